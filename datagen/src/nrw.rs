//! The fixed facts about NRW: the 53 districts (AGS, official name, kind, Regierungsbezirk)
//! as listed at the end of `geodata/SOURCES.md`.

/// Kreis-level unit kind, as spelled in the `type` property of the districts file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DistrictKind {
    KreisfreieStadt,
    Kreis,
    Staedteregion,
}

impl DistrictKind {
    pub const ALL: [DistrictKind; 3] = [
        DistrictKind::KreisfreieStadt,
        DistrictKind::Kreis,
        DistrictKind::Staedteregion,
    ];

    /// The spelling in the data (`"Kreisfreie Stadt"`).
    pub fn label(self) -> &'static str {
        match self {
            DistrictKind::KreisfreieStadt => "Kreisfreie Stadt",
            DistrictKind::Kreis => "Kreis",
            DistrictKind::Staedteregion => "Städteregion",
        }
    }

    pub fn from_label(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.label() == s)
    }

    /// The variant of the app's `DistrictKind`.
    pub fn rust(self) -> &'static str {
        match self {
            DistrictKind::KreisfreieStadt => "DistrictKind::KreisfreieStadt",
            DistrictKind::Kreis => "DistrictKind::Kreis",
            DistrictKind::Staedteregion => "DistrictKind::Staedteregion",
        }
    }
}

/// Regierungsbezirk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegBez {
    Duesseldorf,
    Koeln,
    Muenster,
    Detmold,
    Arnsberg,
}

impl RegBez {
    pub const ALL: [RegBez; 5] = [
        RegBez::Duesseldorf,
        RegBez::Koeln,
        RegBez::Muenster,
        RegBez::Detmold,
        RegBez::Arnsberg,
    ];

    /// The spelling in the data (`"Düsseldorf"`).
    pub fn label(self) -> &'static str {
        match self {
            RegBez::Duesseldorf => "Düsseldorf",
            RegBez::Koeln => "Köln",
            RegBez::Muenster => "Münster",
            RegBez::Detmold => "Detmold",
            RegBez::Arnsberg => "Arnsberg",
        }
    }

    pub fn from_label(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.label() == s)
    }

    /// The Regierungsbezirk an AGS belongs to, by its 3rd digit (1, 3, 5, 7, 9).
    pub fn from_ags(ags: &str) -> Option<Self> {
        match ags.as_bytes().get(2)? {
            b'1' => Some(RegBez::Duesseldorf),
            b'3' => Some(RegBez::Koeln),
            b'5' => Some(RegBez::Muenster),
            b'7' => Some(RegBez::Detmold),
            b'9' => Some(RegBez::Arnsberg),
            _ => None,
        }
    }

    /// The variant of the app's `RegBez`.
    pub fn rust(self) -> &'static str {
        match self {
            RegBez::Duesseldorf => "RegBez::Duesseldorf",
            RegBez::Koeln => "RegBez::Koeln",
            RegBez::Muenster => "RegBez::Muenster",
            RegBez::Detmold => "RegBez::Detmold",
            RegBez::Arnsberg => "RegBez::Arnsberg",
        }
    }
}

/// One row of the expected district list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpectedDistrict {
    pub ags: &'static str,
    pub name: &'static str,
    pub kind: DistrictKind,
    pub regbez: RegBez,
}

/// All 53 NRW districts, sorted by AGS (from `geodata/SOURCES.md`, "Expected district list").
pub static EXPECTED_DISTRICTS: [ExpectedDistrict; 53] = {
    const T: [(&str, &str, DistrictKind, RegBez); 53] = [
        (
            "05111",
            "Düsseldorf",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05112",
            "Duisburg",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05113",
            "Essen",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05114",
            "Krefeld",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05116",
            "Mönchengladbach",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05117",
            "Mülheim an der Ruhr",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05119",
            "Oberhausen",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05120",
            "Remscheid",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05122",
            "Solingen",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        (
            "05124",
            "Wuppertal",
            DistrictKind::KreisfreieStadt,
            RegBez::Duesseldorf,
        ),
        ("05154", "Kleve", DistrictKind::Kreis, RegBez::Duesseldorf),
        (
            "05158",
            "Mettmann",
            DistrictKind::Kreis,
            RegBez::Duesseldorf,
        ),
        (
            "05162",
            "Rhein-Kreis Neuss",
            DistrictKind::Kreis,
            RegBez::Duesseldorf,
        ),
        ("05166", "Viersen", DistrictKind::Kreis, RegBez::Duesseldorf),
        ("05170", "Wesel", DistrictKind::Kreis, RegBez::Duesseldorf),
        (
            "05314",
            "Bonn",
            DistrictKind::KreisfreieStadt,
            RegBez::Koeln,
        ),
        (
            "05315",
            "Köln",
            DistrictKind::KreisfreieStadt,
            RegBez::Koeln,
        ),
        (
            "05316",
            "Leverkusen",
            DistrictKind::KreisfreieStadt,
            RegBez::Koeln,
        ),
        (
            "05334",
            "Städteregion Aachen",
            DistrictKind::Staedteregion,
            RegBez::Koeln,
        ),
        ("05358", "Düren", DistrictKind::Kreis, RegBez::Koeln),
        (
            "05362",
            "Rhein-Erft-Kreis",
            DistrictKind::Kreis,
            RegBez::Koeln,
        ),
        ("05366", "Euskirchen", DistrictKind::Kreis, RegBez::Koeln),
        ("05370", "Heinsberg", DistrictKind::Kreis, RegBez::Koeln),
        (
            "05374",
            "Oberbergischer Kreis",
            DistrictKind::Kreis,
            RegBez::Koeln,
        ),
        (
            "05378",
            "Rheinisch-Bergischer Kreis",
            DistrictKind::Kreis,
            RegBez::Koeln,
        ),
        (
            "05382",
            "Rhein-Sieg-Kreis",
            DistrictKind::Kreis,
            RegBez::Koeln,
        ),
        (
            "05512",
            "Bottrop",
            DistrictKind::KreisfreieStadt,
            RegBez::Muenster,
        ),
        (
            "05513",
            "Gelsenkirchen",
            DistrictKind::KreisfreieStadt,
            RegBez::Muenster,
        ),
        (
            "05515",
            "Münster",
            DistrictKind::KreisfreieStadt,
            RegBez::Muenster,
        ),
        ("05554", "Borken", DistrictKind::Kreis, RegBez::Muenster),
        ("05558", "Coesfeld", DistrictKind::Kreis, RegBez::Muenster),
        (
            "05562",
            "Recklinghausen",
            DistrictKind::Kreis,
            RegBez::Muenster,
        ),
        ("05566", "Steinfurt", DistrictKind::Kreis, RegBez::Muenster),
        ("05570", "Warendorf", DistrictKind::Kreis, RegBez::Muenster),
        (
            "05711",
            "Bielefeld",
            DistrictKind::KreisfreieStadt,
            RegBez::Detmold,
        ),
        ("05754", "Gütersloh", DistrictKind::Kreis, RegBez::Detmold),
        ("05758", "Herford", DistrictKind::Kreis, RegBez::Detmold),
        ("05762", "Höxter", DistrictKind::Kreis, RegBez::Detmold),
        ("05766", "Lippe", DistrictKind::Kreis, RegBez::Detmold),
        (
            "05770",
            "Minden-Lübbecke",
            DistrictKind::Kreis,
            RegBez::Detmold,
        ),
        ("05774", "Paderborn", DistrictKind::Kreis, RegBez::Detmold),
        (
            "05911",
            "Bochum",
            DistrictKind::KreisfreieStadt,
            RegBez::Arnsberg,
        ),
        (
            "05913",
            "Dortmund",
            DistrictKind::KreisfreieStadt,
            RegBez::Arnsberg,
        ),
        (
            "05914",
            "Hagen",
            DistrictKind::KreisfreieStadt,
            RegBez::Arnsberg,
        ),
        (
            "05915",
            "Hamm",
            DistrictKind::KreisfreieStadt,
            RegBez::Arnsberg,
        ),
        (
            "05916",
            "Herne",
            DistrictKind::KreisfreieStadt,
            RegBez::Arnsberg,
        ),
        (
            "05954",
            "Ennepe-Ruhr-Kreis",
            DistrictKind::Kreis,
            RegBez::Arnsberg,
        ),
        (
            "05958",
            "Hochsauerlandkreis",
            DistrictKind::Kreis,
            RegBez::Arnsberg,
        ),
        (
            "05962",
            "Märkischer Kreis",
            DistrictKind::Kreis,
            RegBez::Arnsberg,
        ),
        ("05966", "Olpe", DistrictKind::Kreis, RegBez::Arnsberg),
        (
            "05970",
            "Siegen-Wittgenstein",
            DistrictKind::Kreis,
            RegBez::Arnsberg,
        ),
        ("05974", "Soest", DistrictKind::Kreis, RegBez::Arnsberg),
        ("05978", "Unna", DistrictKind::Kreis, RegBez::Arnsberg),
    ];
    let mut out = [ExpectedDistrict {
        ags: "",
        name: "",
        kind: DistrictKind::Kreis,
        regbez: RegBez::Duesseldorf,
    }; 53];
    let mut i = 0;
    while i < T.len() {
        out[i] = ExpectedDistrict {
            ags: T[i].0,
            name: T[i].1,
            kind: T[i].2,
            regbez: T[i].3,
        };
        i += 1;
    }
    out
};

/// The expected district with this AGS, if it is one of the 53.
pub fn expected_district(ags: &str) -> Option<&'static ExpectedDistrict> {
    EXPECTED_DISTRICTS.iter().find(|d| d.ags == ags)
}

/// The AGS of all 53 districts.
pub fn expected_codes() -> Vec<&'static str> {
    EXPECTED_DISTRICTS.iter().map(|d| d.ags).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_consistent_with_the_third_digit() {
        for pair in EXPECTED_DISTRICTS.windows(2) {
            assert!(
                pair[0].ags < pair[1].ags,
                "{} !< {}",
                pair[0].ags,
                pair[1].ags
            );
        }
        for d in &EXPECTED_DISTRICTS {
            assert_eq!(d.ags.len(), 5);
            assert!(d.ags.starts_with("05"));
            assert_eq!(RegBez::from_ags(d.ags), Some(d.regbez), "{}", d.ags);
        }
        let kreisfrei = EXPECTED_DISTRICTS
            .iter()
            .filter(|d| d.kind == DistrictKind::KreisfreieStadt)
            .count();
        let kreise = EXPECTED_DISTRICTS
            .iter()
            .filter(|d| d.kind == DistrictKind::Kreis)
            .count();
        assert_eq!((kreisfrei, kreise), (22, 30));
    }

    #[test]
    fn labels_round_trip() {
        for k in DistrictKind::ALL {
            assert_eq!(DistrictKind::from_label(k.label()), Some(k));
        }
        for r in RegBez::ALL {
            assert_eq!(RegBez::from_label(r.label()), Some(r));
        }
        assert_eq!(RegBez::from_label("Koeln"), None);
        assert_eq!(expected_district("05978").map(|d| d.name), Some("Unna"));
        assert_eq!(expected_district("05999"), None);
    }
}
