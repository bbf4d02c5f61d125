//! Names of languages in their own language and script, so that a reader finds their
//! language whatever the page language is.

/// The endonym for an ISO 639-1 code or one of our locale ids, or the code itself where we
/// have none.
pub fn endonym(code: &str) -> &str {
    match code {
        "ar" => "العربية",
        "bg" => "Български",
        "de" => "Deutsch",
        // Our locale id for German in plain language (Einfache Sprache), see locales/README.md.
        "de-x-simple" => "Einfache Sprache",
        "el" => "Ελληνικά",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fr" => "Français",
        "hr" => "Hrvatski",
        "hu" => "Magyar",
        "it" => "Italiano",
        "ku" => "Kurdî",
        "mk" => "Македонски",
        "pl" => "Polski",
        "pt" => "Português",
        "ro" => "Română",
        "ru" => "Русский",
        "sq" => "Shqip",
        "sr" => "Srpski",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "vi" => "Tiếng Việt",
        "zh" => "中文",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::CENTRES;

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
}
