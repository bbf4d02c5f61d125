//! Table-driven tests of the search on the real compiled-in data.

use super::*;
use crate::data::{district_index, DISTRICTS};

fn found(q: &str) -> Vec<Hit> {
    match search(q, usize::MAX) {
        Outcome::Found { hits, total } => {
            assert_eq!(hits.len(), total, "{q}");
            hits
        }
        other => panic!("{q:?}: {other:?}"),
    }
}

fn ags(h: &Hit) -> &'static str {
    DISTRICTS[h.district].ags
}

/// The first hit's district and tier.
fn first(q: &str) -> (&'static str, Tier, String) {
    let h = found(q)[0];
    (ags(&h), h.tier, h.label())
}

#[test]
fn towns_town_parts_and_districts_find_their_district() {
    let cases = [
        // query, district of the first hit, tier, label of the first hit
        ("Wanne-Eickel", "05916", Tier::Exact, "Wanne-Eickel"),
        ("wanne eickel", "05916", Tier::Exact, "Wanne-Eickel"),
        ("WanneEickel", "05916", Tier::Exact, "Wanne-Eickel"),
        ("Bad Godesberg", "05314", Tier::Exact, "Bad Godesberg"),
        ("Rheydt", "05116", Tier::Exact, "Rheydt"),
        (
            "Rheda Wiedenbrueck",
            "05754",
            Tier::Exact,
            "Rheda-Wiedenbrück",
        ),
        (
            "rheda-wiedenbrück",
            "05754",
            Tier::Exact,
            "Rheda-Wiedenbrück",
        ),
        ("Muenster", "05515", Tier::Exact, "Münster"),
        ("Munster", "05515", Tier::Exact, "Münster"),
        ("KÖLN", "05315", Tier::Exact, "Köln"),
        ("Koeln", "05315", Tier::Exact, "Köln"),
        ("St. Augustin", "05382", Tier::Exact, "Sankt Augustin"),
        ("Sankt Augustin", "05382", Tier::Exact, "Sankt Augustin"),
        ("Gütersloh", "05754", Tier::Exact, "Gütersloh"),
        ("Guetersloh", "05754", Tier::Exact, "Gütersloh"),
        ("Kreis Unna", "05978", Tier::Exact, "Unna"),
        (
            "Ennepe Ruhr Kreis",
            "05954",
            Tier::Exact,
            "Ennepe-Ruhr-Kreis",
        ),
        ("Dortm", "05913", Tier::Prefix, "Dortmund"),
        // one typo: missing, extra, wrong, swapped letter
        ("Düseldorf", "05111", Tier::Fuzzy, "Düsseldorf"),
        ("Dortmnud", "05913", Tier::Fuzzy, "Dortmund"),
        ("Bielefelt", "05711", Tier::Fuzzy, "Bielefeld"),
        ("Wupperrtal", "05124", Tier::Fuzzy, "Wuppertal"),
    ];
    for (q, want_ags, want_tier, want_label) in cases {
        let (a, t, label) = first(q);
        assert_eq!(
            (a, t, label.as_str()),
            (want_ags, want_tier, want_label),
            "query {q:?}"
        );
    }
}

#[test]
fn a_later_word_of_a_name_finds_it() {
    let hits = found("godesberg");
    let bad = hits
        .iter()
        .find(|h| h.label() == "Bad Godesberg")
        .expect("Bad Godesberg");
    assert_eq!((ags(bad), bad.tier), ("05314", Tier::WordPrefix));
    // Names that start with the word come first.
    assert_eq!(hits[0].tier, Tier::Prefix);
}

#[test]
fn a_kreisfreie_stadt_is_listed_once() {
    let hits = found("Düsseldorf");
    let exact: Vec<_> = hits.iter().filter(|h| h.tier == Tier::Exact).collect();
    assert_eq!(exact.len(), 1, "{exact:?}");
    assert_eq!(
        exact[0].place,
        Place::District(district_index("05111").unwrap() as u8)
    );
}

#[test]
fn exact_beats_prefix_beats_fuzzy() {
    for q in ["Essen", "Hamm", "Herne", "Unna", "Bonn", "Soest"] {
        let hits = found(q);
        assert!(
            hits.windows(2).all(|w| w[0].tier <= w[1].tier),
            "{q}: {hits:?}"
        );
        assert_eq!(hits[0].tier, Tier::Exact, "{q}");
    }
    // "Essen" is exact for the city before "Essen-…" names that merely start with it.
    assert_eq!(first("Essen").0, "05113");
}

#[test]
fn names_that_exist_twice_list_every_place_with_its_municipality() {
    let hits = found("Mülheim");
    let districts: Vec<&str> = hits.iter().map(ags).collect();
    // Mülheim an der Ruhr (its own district) and Köln-Mülheim, among others.
    assert!(districts.contains(&"05117"), "{districts:?}");
    assert!(districts.contains(&"05315"), "{districts:?}");
    let koeln = hits.iter().find(|h| ags(h) == "05315").unwrap();
    assert_eq!(koeln.label(), "Mülheim");
    assert_eq!(koeln.municipality(), Some("Köln"));
    // Two Mülheims in Kreis Euskirchen, in different municipalities: both are listed.
    let euskirchen: Vec<_> = hits.iter().filter(|h| ags(h) == "05366").collect();
    assert_eq!(euskirchen.len(), 2, "{euskirchen:?}");
    assert_ne!(euskirchen[0].municipality(), euskirchen[1].municipality());

    let altstadt: Vec<_> = found("Altstadt")
        .into_iter()
        .filter(|h| h.tier == Tier::Exact)
        .collect();
    assert!(altstadt.len() >= 4, "{altstadt:?}");
    assert!(altstadt.iter().all(|h| h.municipality().is_some()));
}

#[test]
fn postcodes_full_partial_and_shared() {
    let hits = found("44135");
    assert_eq!(hits.len(), 1);
    assert_eq!((ags(&hits[0]), hits[0].tier), ("05913", Tier::Exact));
    assert_eq!(hits[0].label(), "44135 Dortmund");
    // A postcode that spans two districts offers both.
    for (plz, a, b) in [("40472", "05111", "05158"), ("51467", "05315", "05378")] {
        let mut d: Vec<&str> = found(plz).iter().map(ags).collect();
        d.sort_unstable();
        d.dedup();
        assert_eq!(d, [a, b], "{plz}");
    }
    // Partial: every hit starts with the digits, all prefix tier.
    let hits = found("441");
    assert_eq!(hits.len(), 8, "{hits:?}");
    assert!(hits
        .iter()
        .all(|h| h.label().starts_with("441") && h.tier == Tier::Prefix));
    // "44135 Dortmund" as typed from an address.
    assert_eq!(first("44135 Dortmund").0, "05913");
}

#[test]
fn outside_nrw_and_blank_queries() {
    assert_eq!(search("10115", 10), Outcome::NotFound { postcode: true }); // Berlin
    assert_eq!(search("801", 10), Outcome::NotFound { postcode: true }); // Munich area
    assert_eq!(search("441350", 10), Outcome::NotFound { postcode: true });
    assert_eq!(
        search("Stuttgart", 10),
        Outcome::NotFound { postcode: false }
    );
    assert_eq!(search("Leipzig", 10), Outcome::NotFound { postcode: false });
    assert_eq!(search("Dresden", 10), Outcome::NotFound { postcode: false });
    assert_eq!(search("", 10), Outcome::Blank);
    assert_eq!(search("  - . ", 10), Outcome::Blank);
}

#[test]
fn the_limit_keeps_the_best_and_reports_the_total() {
    let Outcome::Found { hits, total } = search("B", 5) else {
        panic!()
    };
    assert_eq!(hits.len(), 5);
    assert!(total > 100, "{total}");
}

#[test]
fn every_municipality_finds_its_district_by_its_own_name() {
    let index = Index::get();
    for (m, name) in crate::data::MUNICIPALITY_NAMES.split('\n').enumerate() {
        let d = index.municipality_district(m as u16);
        let hits = found(name);
        assert!(
            hits.iter()
                .any(|h| h.tier == Tier::Exact && h.district == d),
            "{name}: {:?}",
            &hits[..hits.len().min(5)]
        );
    }
}

/// A small deterministic generator (xorshift): arbitrary Unicode without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn string(&mut self) -> String {
        const SPICE: &[char] = &[
            'ä', 'Ö', 'ü', 'ß', 'ẞ', '-', ' ', '.', 'e', 'S', 't', '0', '9', '\u{301}', '\u{200d}',
            '😀', 'İ', 'ﬃ', '\u{202e}', 'ا', '中', '\0', '\n', '5', '4',
        ];
        let len = self.next() % 24;
        (0..len)
            .map(|_| match self.next() % 3 {
                0 => SPICE[(self.next() % SPICE.len() as u64) as usize],
                1 => char::from_u32((self.next() % 0x11_0000) as u32).unwrap_or('x'),
                _ => char::from(b' ' + (self.next() % 95) as u8),
            })
            .collect()
    }
}

#[test]
fn search_never_panics_on_arbitrary_unicode() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let q = rng.string();
        match search(&q, 8) {
            Outcome::Found { hits, total } => {
                assert!(
                    !hits.is_empty() && hits.len() <= 8 && total >= hits.len(),
                    "{q:?}"
                );
                for h in hits {
                    assert!(h.district < DISTRICTS.len());
                    let _ = (h.label(), h.municipality());
                }
            }
            Outcome::Blank | Outcome::NotFound { .. } => {}
        }
        let n = normalise(&q);
        assert!(
            !n.starts_with(' ') && !n.ends_with(' ') && !n.contains("  "),
            "{q:?} → {n:?}"
        );
    }
}

/// Prefixes of real names, cut at any character, always find that name (the user is typing).
#[test]
fn every_prefix_of_a_town_part_keeps_it_in_the_results() {
    for name in [
        "Wanne-Eickel",
        "Bad Godesberg",
        "Rheda-Wiedenbrück",
        "Mönchengladbach",
    ] {
        for (cut, _) in name.char_indices().skip(1) {
            let prefix = &name[..cut];
            if compact(&normalise(prefix)).is_empty() {
                continue;
            }
            let hits = found(prefix);
            assert!(
                hits.iter().any(|h| h.label() == name),
                "{prefix:?} lost {name}"
            );
        }
    }
}
