//! The compiled-in data: districts with projected boundaries and the directory of centres.

mod display;
mod languages;
pub mod types;

pub use display::display_url;
pub use languages::endonym;
pub use types::*;

#[allow(clippy::all, clippy::pedantic)]
mod generated {
    use super::types::*;
    include!(concat!(env!("OUT_DIR"), "/generated.rs"));
}
pub use generated::{CENTRES, DIRECTORY_AS_OF, DISTRICTS, VIEW_BOX};
// Search and "where am I" (src/directory/search/, src/directory/locate/).
pub use generated::{
    LOCALITY_COUNTS, LOCALITY_NAMES, LOCATE_ORIGIN, LOCATE_X, LOCATE_Y, MUNICIPALITY_DISTRICT,
    MUNICIPALITY_NAMES, POSTCODES, POSTCODE_MUNICIPALITY,
};

/// The ministry's official overview of all Beratungsstellen Arbeit: the fallback where we
/// know no centre, and the place to check whether our details are still current.
pub const OFFICIAL_OVERVIEW: &str = "https://www.mags.nrw/beratungsstellen-arbeit";

/// Index into [`DISTRICTS`] of the district with this five-digit AGS.
pub fn district_index(ags: &str) -> Option<usize> {
    DISTRICTS.binary_search_by(|d| d.ags.cmp(ags)).ok()
}

/// The entries that serve one district, Beratungsstellen Arbeit first, then partners.
pub fn centres_for(ags: &str) -> Vec<&'static Centre> {
    let mut found: Vec<&'static Centre> = CENTRES
        .iter()
        .filter(|c| c.kind != CentreKind::Statewide && c.districts.contains(&ags))
        .collect();
    // Stable: within a kind, the order of the data file is kept.
    found.sort_by_key(|c| c.kind);
    found
}

/// Offers for all of NRW; emergency numbers first.
pub fn statewide() -> Vec<&'static Centre> {
    let mut found: Vec<&'static Centre> = CENTRES
        .iter()
        .filter(|c| c.kind == CentreKind::Statewide)
        .collect();
    found.sort_by_key(|c| !c.topics.contains(&Topic::Notruf));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn districts_are_sorted_so_lookup_by_ags_works() {
        assert_eq!(DISTRICTS.len(), 53);
        assert!(DISTRICTS.windows(2).all(|w| w[0].ags < w[1].ags));
        assert_eq!(DISTRICTS[district_index("05978").unwrap()].name, "Unna");
        assert_eq!(district_index("05999"), None);
    }

    #[test]
    fn unna_lists_its_bsa_before_its_partners() {
        let found = centres_for("05978");
        assert!(found.len() >= 2, "Unna has BSA and partners in the data");
        assert_eq!(found[0].kind, CentreKind::Bsa);
        assert!(found.windows(2).all(|w| w[0].kind <= w[1].kind));
        assert!(found.iter().all(|c| c.districts.contains(&"05978")));
    }

    #[test]
    fn statewide_offers_start_with_the_emergency_number() {
        let found = statewide();
        assert!(!found.is_empty());
        assert!(found[0].topics.contains(&Topic::Notruf));
        assert!(found.iter().all(|c| c.kind == CentreKind::Statewide));
    }

    #[test]
    fn every_app_language_has_an_endonym() {
        use leptos_i18n::Locale as _;
        for l in crate::i18n::Locale::get_all() {
            assert_ne!(
                endonym(l.as_str()),
                l.as_str(),
                "no endonym for the locale {l}"
            );
        }
    }

    #[test]
    fn every_language_in_the_directory_has_an_endonym() {
        for c in CENTRES.iter() {
            for code in c.languages {
                assert_ne!(endonym(code), *code, "{}: no endonym for {code}", c.id);
            }
        }
    }

    #[test]
    fn every_centre_district_is_a_known_district() {
        for c in CENTRES.iter() {
            for ags in c.districts {
                assert!(district_index(ags).is_some(), "{}: {ags}", c.id);
            }
        }
    }
}
