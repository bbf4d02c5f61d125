//! The compiled-in data: districts with projected boundaries and the directory of centres.

mod display;
mod languages;
pub mod source_date;
pub mod types;

pub use display::display_url;
pub use languages::endonym;
pub use source_date::{format_source_date, DateTexts, DATE_KEYS, FUNDING_PERIOD_2026};
pub use types::*;

#[allow(clippy::all, clippy::pedantic)]
mod generated {
    use super::types::*;
    include!(concat!(env!("OUT_DIR"), "/generated.rs"));
}
pub use generated::{CENTRES, DIRECTORY_AS_OF, DISTRICTS, VIEW_BOX};
// Every entry's description in all languages, and the ministry's finder (issue 15; the
// renderer reads them, see `types::Description`).
pub use generated::{BSA_FINDER, BSA_FINDER_SOURCE, DESCRIPTIONS, DESCRIPTION_LOCALES};
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

/// The current entries that serve one district, Beratungsstellen Arbeit first, then partners.
/// Entries a source says have ended are not offered (see [`ended_for`]).
pub fn centres_for(ags: &str) -> Vec<&'static Centre> {
    let mut found: Vec<&'static Centre> = CENTRES
        .iter()
        .filter(|c| {
            c.kind != CentreKind::Statewide
                && c.date_class != DateClass::Ended
                && c.districts.contains(&ags)
        })
        .collect();
    // Stable: within a kind, the order of the data file is kept.
    found.sort_by_key(|c| c.kind);
    found
}

/// Entries of one district that a source says have ended (e.g. a carrier not selected for the
/// funding period 2026–2028): for an "ended" note, never as an offer.
pub fn ended_for(ags: &str) -> Vec<&'static Centre> {
    CENTRES
        .iter()
        .filter(|c| c.date_class == DateClass::Ended && c.districts.contains(&ags))
        .collect()
}

/// Current offers for all of NRW; emergency numbers first.
pub fn statewide() -> Vec<&'static Centre> {
    let mut found: Vec<&'static Centre> = CENTRES
        .iter()
        .filter(|c| c.kind == CentreKind::Statewide && c.date_class != DateClass::Ended)
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
    fn an_ended_entry_is_not_offered_as_current() {
        // Kreis Paderborn: PadAlz e.V. was not selected for the funding period from 2026.
        let ended = ended_for("05774");
        assert!(
            !ended.is_empty(),
            "the data records an ended carrier in Paderborn"
        );
        for c in &ended {
            assert_eq!(c.date_class, DateClass::Ended);
            assert!(c.ended.is_some(), "{}", c.id);
            assert!(
                !centres_for("05774").iter().any(|x| x.id == c.id),
                "{}",
                c.id
            );
        }
        assert!(
            centres_for("05774")
                .iter()
                .any(|c| c.kind == CentreKind::Bsa),
            "Paderborn still has its (current) Beratungsstelle Arbeit"
        );
        assert!(CENTRES
            .iter()
            .filter(|c| c.date_class != DateClass::Ended)
            .all(|c| c.ended.is_none()));
        assert!(statewide().iter().all(|c| c.date_class != DateClass::Ended));
    }

    #[test]
    fn every_entry_has_a_description_in_every_app_language() {
        use leptos_i18n::Locale as _;
        assert_eq!(DESCRIPTIONS.len(), CENTRES.len());
        for l in crate::i18n::Locale::get_all() {
            let j = DESCRIPTION_LOCALES
                .iter()
                .position(|d| *d == l.as_str())
                .unwrap_or_else(|| panic!("no descriptions in {l}"));
            for (c, row) in CENTRES.iter().zip(DESCRIPTIONS.iter()) {
                assert!(!row[j].text.trim().is_empty(), "{}: {l}", c.id);
            }
        }
        for (c, row) in CENTRES.iter().zip(DESCRIPTIONS.iter()) {
            assert_eq!(
                row[0].text, c.description_de,
                "{}: column 0 is German",
                c.id
            );
        }
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
