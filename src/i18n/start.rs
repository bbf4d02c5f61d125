//! Which language the app starts in. Pure functions, tested natively; the browser glue is in
//! [`browser_start_locale`]. The choice is never stored: every visit starts afresh.

use super::Locale;
use leptos_i18n::Locale as _;

/// The supported locale for a language tag, or `None`.
///
/// Case and `_`/`-` do not matter, and region or script subtags fall back to the language:
/// `ro-RO` → `ro`, `ar_EG` → `ar`, `de-AT` → `de`. An exact id such as `de-x-simple`
/// (Einfache Sprache) matches as a whole.
///
/// ```
/// use wegweiser::i18n::{match_locale, Locale};
/// assert_eq!(match_locale("ar-EG"), Some(Locale::ar));
/// assert_eq!(match_locale("xx"), None);
/// ```
pub fn match_locale(tag: &str) -> Option<Locale> {
    let mut tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    loop {
        if tag.is_empty() {
            return None;
        }
        if let Some(l) = Locale::get_all().iter().find(|l| l.as_str() == tag) {
            return Some(*l);
        }
        // Drop the last subtag and try again: "de-at" → "de".
        match tag.rfind('-') {
            Some(i) => tag.truncate(i),
            None => return None,
        }
    }
}

/// The language to start in: a valid `?lang=` parameter wins, else the first supported
/// browser language (in the browser's order of preference), else German.
///
/// ```
/// use wegweiser::i18n::{start_locale, Locale};
/// assert_eq!(start_locale(Some("ro"), &["de-DE"]), Locale::ro);
/// assert_eq!(start_locale(Some("xx"), &["uk-UA", "de"]), Locale::uk);
/// assert_eq!(start_locale(None, &["fr-FR"]), Locale::de);
/// ```
pub fn start_locale(param: Option<&str>, navigator_languages: &[impl AsRef<str>]) -> Locale {
    param
        .and_then(match_locale)
        .or_else(|| {
            navigator_languages
                .iter()
                .find_map(|l| match_locale(l.as_ref()))
        })
        .unwrap_or_default()
}

/// The value of the `lang` parameter in a query string (`?view=map&lang=ro` → `ro`).
/// If it is given twice the first one counts, as with `URLSearchParams::get`.
pub fn lang_param(search: &str) -> Option<&str> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// Reads `?lang=` and `navigator.languages` and resolves them with [`start_locale`]. An
/// unknown `lang` parameter is reported on the console (for whoever embeds the app).
pub fn browser_start_locale() -> Locale {
    let search = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    let param = lang_param(&search);
    if let Some(p) = param.filter(|p| match_locale(p).is_none()) {
        leptos::logging::warn!(
            "Wegweiser: unknown language {p:?} in ?lang=; supported: {}. Using the browser language or German.",
            supported_locales()
        );
    }
    start_locale(param, &navigator_languages())
}

/// The browser's languages in its order of preference (`navigator.languages`).
pub fn navigator_languages() -> Vec<String> {
    leptos::prelude::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// The ids of every locale, comma-separated, for console messages.
pub fn supported_locales() -> String {
    let ids: Vec<&str> = Locale::get_all().iter().map(|l| l.as_str()).collect();
    ids.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: &[&str] = &[];

    #[test]
    fn a_valid_parameter_wins_over_the_browser() {
        let table: &[(Option<&str>, &[&str], Locale)] = &[
            (Some("ro"), &["de-DE", "en"], Locale::ro),
            (Some("RO"), &["de-DE"], Locale::ro),
            (Some("ar"), &["uk"], Locale::ar),
            (Some("ar-EG"), &["uk"], Locale::ar),
            (Some("de-x-simple"), &["en"], Locale::de_x_simple),
            (Some("de-X-Simple"), &["en"], Locale::de_x_simple),
            (Some("tr"), NONE, Locale::tr),
        ];
        for (param, nav, want) in table {
            assert_eq!(start_locale(*param, nav), *want, "{param:?} {nav:?}");
        }
    }

    #[test]
    fn an_invalid_or_missing_parameter_falls_back_to_the_browser_then_german() {
        let table: &[(Option<&str>, &[&str], Locale)] = &[
            (Some("xx"), &["uk-UA", "de"], Locale::uk),
            (Some(""), &["pl"], Locale::pl),
            (Some("x"), NONE, Locale::de),
            (None, &["ro-RO"], Locale::ro),
            (None, &["ar-EG", "en"], Locale::ar),
            (None, &["fr-FR", "es", "bg-BG"], Locale::bg),
            (None, &["en-GB"], Locale::en),
            (None, &["de-AT"], Locale::de),
            (None, &["ru_RU"], Locale::ru),
            (None, &["hu"], Locale::hu),
            (None, &["zh-Hant-TW", "fr"], Locale::de),
            (None, NONE, Locale::de),
        ];
        for (param, nav, want) in table {
            assert_eq!(start_locale(*param, nav), *want, "{param:?} {nav:?}");
        }
    }

    #[test]
    fn region_fallback_does_not_invent_einfache_sprache() {
        // Plain German is chosen only on purpose, never from a browser's "de-DE".
        assert_eq!(match_locale("de-DE"), Some(Locale::de));
        assert_eq!(match_locale("de-x"), Some(Locale::de));
        assert_eq!(match_locale("de-x-simple-foo"), Some(Locale::de_x_simple));
    }

    #[test]
    fn the_lang_parameter_is_read_from_the_query_string() {
        assert_eq!(lang_param("?lang=ro"), Some("ro"));
        assert_eq!(lang_param("?view=map&lang=ar&x=1"), Some("ar"));
        assert_eq!(lang_param("?lang=uk&lang=ro"), Some("uk"));
        assert_eq!(lang_param("?language=ro"), None);
        assert_eq!(lang_param(""), None);
    }
}
