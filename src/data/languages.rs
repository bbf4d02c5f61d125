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
