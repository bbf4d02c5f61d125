//! The embed codes the generator offers, and the check of a code a partner already has.
//! Pure string work, tested natively; the view is in [`super::generator`].
//!
//! Two variants, both documented in the README: the loader (`embed.js`, sizes itself to the
//! content) and a bare iframe (fixed height, scrolls; for pages that allow no foreign script).

use super::EmbedView;
use crate::data::{district_index, DISTRICTS};
use crate::directory::deeplink::{parse_hash, HashTarget};
use crate::i18n::match_locale;

/// What a partner picked in the generator. `lang` is a locale id (`"ro"`) or `None` for the
/// visitor's browser language; `district` an index into [`DISTRICTS`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    pub view: EmbedView,
    pub lang: Option<&'static str>,
    pub district: Option<usize>,
}

/// The directory an app URL lives in: `https://host/path/?x#y` → `https://host/path/`.
///
/// ```
/// use wegweiser::embed::snippet::app_base;
/// assert_eq!(app_base("https://example.org/wegweiser/index.html?lang=ro#/bezirk/05978"),
///            "https://example.org/wegweiser/");
/// ```
pub fn app_base(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let path = &href[..end];
    match path.rfind('/') {
        Some(i) => &path[..=i],
        None => path,
    }
}

/// The address the app has inside the iframe, relative to [`app_base`]: the same parameters
/// `embed.js` builds from its `data-*` attributes.
pub fn frame_query(choice: Choice) -> String {
    let mut q = String::from("?embed=1");
    if choice.view != EmbedView::Both {
        q.push_str("&view=");
        q.push_str(choice.view.name());
    }
    if let Some(lang) = choice.lang {
        q.push_str("&lang=");
        q.push_str(lang);
    }
    if let Some(d) = choice.district.and_then(|i| DISTRICTS.get(i)) {
        q.push_str("#/bezirk/");
        q.push_str(d.ags);
    }
    q
}

/// The one line with the loader. Defaults are left out, so the line stays short.
pub fn loader_snippet(base: &str, choice: Choice) -> String {
    let mut s = format!("<script src=\"{base}embed.js\"");
    if choice.view != EmbedView::Both {
        s.push_str(&format!(" data-view=\"{}\"", choice.view.name()));
    }
    if let Some(lang) = choice.lang {
        s.push_str(&format!(" data-lang=\"{lang}\""));
    }
    if let Some(d) = choice.district.and_then(|i| DISTRICTS.get(i)) {
        s.push_str(&format!(" data-district=\"{}\"", d.ags));
    }
    s.push_str(" async></script>");
    s
}

/// The bare iframe: a fixed height (it scrolls), attributes only (no `style`, which a
/// partner's own CSP may forbid), and the same referrer and permission policy as the loader.
pub fn iframe_snippet(base: &str, choice: Choice) -> String {
    format!(
        "<iframe src=\"{base}{}\" title=\"Wegweiser Arbeit NRW\" width=\"100%\" height=\"640\" \
         allow=\"geolocation\" referrerpolicy=\"no-referrer\"></iframe>",
        frame_query(choice).replace('&', "&amp;")
    )
}

/// Something in a partner's code that the widget will not understand. Each carries the value
/// as written (shortened), so the hint can quote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Neither `embed.js` nor an iframe of the app's page is in the code.
    NoWidget,
    /// A view other than map, questionnaire, both: the widget shows both.
    View(String),
    /// A language the app does not have: the widget uses the visitor's browser language.
    Lang(String),
    /// Not one of the 53 district codes: no district is preselected.
    District(String),
}

/// Checks an embed code pasted by a partner: the loader's `data-*` attributes and the
/// parameters of a bare iframe's `src`. Returns nothing when the code is fine. Never panics.
pub fn check_snippet(code: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let has_loader = code.contains("embed.js");
    let frame_src = if has_loader {
        None
    } else {
        attribute(code, "src").filter(|_| code.contains("<iframe"))
    };
    if !has_loader && frame_src.is_none() {
        return vec![Problem::NoWidget];
    }
    let (view, lang, district) = match frame_src {
        Some(src) => {
            let (query, hash) = src.split_once('#').unwrap_or((src, ""));
            let query = query.split_once('?').map_or("", |(_, q)| q);
            let param = |name: &str| {
                query
                    .split("&amp;")
                    .flat_map(|p| p.split('&'))
                    .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
            };
            let district = match parse_hash(hash) {
                HashTarget::Unknown => hash
                    .strip_prefix("/bezirk/")
                    .or_else(|| hash.strip_prefix("bezirk-")),
                _ => None,
            };
            (param("view"), param("lang"), district)
        }
        None => (
            attribute(code, "data-view"),
            attribute(code, "data-lang"),
            attribute(code, "data-district"),
        ),
    };
    let short = |v: &str| v.chars().take(40).collect::<String>();
    if let Some(v) = view.filter(|v| EmbedView::from_name(v).is_none()) {
        problems.push(Problem::View(short(v)));
    }
    if let Some(l) = lang.filter(|l| match_locale(l).is_none()) {
        problems.push(Problem::Lang(short(l)));
    }
    let valid_district = |d: &str| d.len() == 5 && district_index(d).is_some();
    if let Some(d) = district.filter(|d| !valid_district(d)) {
        problems.push(Problem::District(short(d)));
    }
    problems
}

/// The value of the first `name="…"` (or `'…'`) attribute in `code`.
fn attribute<'a>(code: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = code;
    while let Some(i) = rest.find(name) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + name.len()..].trim_start();
        rest = &rest[i + name.len()..];
        // A whole attribute name (not the end of `data-src`), followed by `=`.
        if before.is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        let Some(value) = after.strip_prefix('=').map(str::trim_start) else {
            continue;
        };
        let quote = value.chars().next()?;
        if quote == '"' || quote == '\'' {
            let value = &value[1..];
            return Some(&value[..value.find(quote).unwrap_or(value.len())]);
        }
        let end = value
            .find(|c: char| c.is_whitespace() || c == '>')
            .unwrap_or(value.len());
        return Some(&value[..end]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.org/wegweiser/";

    fn unna() -> usize {
        district_index("05978").unwrap()
    }

    #[test]
    fn defaults_make_the_shortest_code() {
        let c = Choice::default();
        assert_eq!(
            loader_snippet(BASE, c),
            "<script src=\"https://example.org/wegweiser/embed.js\" async></script>"
        );
        assert_eq!(frame_query(c), "?embed=1");
    }

    #[test]
    fn every_choice_reaches_both_codes() {
        let c = Choice {
            view: EmbedView::Questionnaire,
            lang: Some("ro"),
            district: Some(unna()),
        };
        assert_eq!(
            loader_snippet(BASE, c),
            "<script src=\"https://example.org/wegweiser/embed.js\" data-view=\"questionnaire\" \
             data-lang=\"ro\" data-district=\"05978\" async></script>"
        );
        let frame = iframe_snippet(BASE, c);
        assert!(
            frame.starts_with(
                "<iframe src=\"https://example.org/wegweiser/?embed=1&amp;view=questionnaire&amp;lang=ro#/bezirk/05978\""
            ),
            "{frame}"
        );
        assert!(frame.contains("height=\"640\"") && !frame.contains("style="));
    }

    #[test]
    fn the_codes_we_generate_pass_our_own_check() {
        for view in EmbedView::ALL {
            for lang in [None, Some("ar"), Some("de-x-simple")] {
                for district in [None, Some(0), Some(DISTRICTS.len() - 1)] {
                    let c = Choice {
                        view,
                        lang,
                        district,
                    };
                    assert_eq!(check_snippet(&loader_snippet(BASE, c)), [], "{c:?}");
                    assert_eq!(check_snippet(&iframe_snippet(BASE, c)), [], "{c:?}");
                }
            }
        }
    }

    #[test]
    fn bad_values_are_named() {
        let cases: &[(&str, &[Problem])] = &[
            (
                r#"<script src="/embed.js" data-view="karte" data-lang="fr" data-district="05999"></script>"#,
                &[
                    Problem::View("karte".into()),
                    Problem::Lang("fr".into()),
                    Problem::District("05999".into()),
                ],
            ),
            (
                "<script data-district='5978' src='embed.js'></script>",
                &[Problem::District("5978".into())],
            ),
            (
                r#"<iframe src="https://x.org/?embed=1&view=quiz&lang=ro-RO#/bezirk/12345"></iframe>"#,
                &[
                    Problem::View("quiz".into()),
                    Problem::District("12345".into()),
                ],
            ),
            ("<p>hello</p>", &[Problem::NoWidget]),
            ("", &[Problem::NoWidget]),
        ];
        for (code, want) in cases {
            assert_eq!(check_snippet(code), *want, "{code}");
        }
    }

    #[test]
    fn app_base_keeps_the_directory() {
        assert_eq!(app_base("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
        assert_eq!(
            app_base("http://127.0.0.1:8080/?a=/b#/c/d"),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(app_base("https://x.org/a/b.html"), "https://x.org/a/");
    }

    #[test]
    fn the_check_never_panics() {
        let alphabet: Vec<char> = "<>=\"' embed.jsiframesrcdata-viewlang#?&05978äß🙂\u{0}"
            .chars()
            .collect();
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..5000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let s: String = (0..(state % 80))
                .map(|k| alphabet[((state >> (k % 40)) as usize + k as usize) % alphabet.len()])
                .collect();
            for p in check_snippet(&s) {
                if let Problem::View(v) | Problem::Lang(v) | Problem::District(v) = p {
                    assert!(v.chars().count() <= 40, "{s:?}");
                }
            }
        }
    }
}
