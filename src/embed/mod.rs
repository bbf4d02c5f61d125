//! Embedding: the parameters a partner page passes in the query string (`public/embed.js`
//! builds them from its `data-*` attributes; a bare iframe may carry them too).
//!
//! `?embed=1&view=map|questionnaire|both&lang=ro`, and the district as `#/bezirk/05978`. The
//! language is resolved with the other start-language rules (`crate::i18n`), the district by
//! the deep-link handling. Anything invalid falls back to the default with a console warning,
//! never to a blank widget. The height reporting lives in `public/frame.js`.
//!
//! Direct mount (a partner hosting `dist/` itself, `mount.js`): [`mount`], [`options`]; the
//! start settings both ways of starting provide: [`settings`].

pub mod mount;
pub mod options;
pub mod settings;

pub use mount::PageChrome;
pub use settings::{use_start_settings, StartSettings};

pub mod generator;
pub mod snippet;

pub use generator::EmbedGenerator;

/// Which part of the app an embedding shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmbedView {
    /// The map and directory only.
    Map,
    /// The self-check only.
    Questionnaire,
    /// Both, with the switch between them (the app's normal page).
    #[default]
    Both,
}

impl EmbedView {
    /// Every view, for tests and choosers.
    pub const ALL: [EmbedView; 3] = [EmbedView::Map, EmbedView::Questionnaire, EmbedView::Both];

    /// How the view is written in `view=`, `data-view` and the mount option `view`.
    pub fn name(self) -> &'static str {
        match self {
            EmbedView::Map => "map",
            EmbedView::Questionnaire => "questionnaire",
            EmbedView::Both => "both",
        }
    }

    /// The view a name stands for (exactly as [`EmbedView::name`] writes it), or `None`.
    pub fn from_name(name: &str) -> Option<EmbedView> {
        EmbedView::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// What the query string asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedParams {
    /// `embed=1`: the app runs inside a partner's page.
    pub embedded: bool,
    pub view: EmbedView,
}

/// Reads `embed` and `view` from a query string (with or without the leading `?`). Returns
/// the parameters and one warning per value that was not understood. Never panics.
pub fn parse_query(query: &str) -> (EmbedParams, Vec<String>) {
    let mut params = EmbedParams::default();
    let mut warnings = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "embed" => params.embedded = value != "0",
            "view" => match EmbedView::from_name(value) {
                Some(view) => params.view = view,
                None => warnings.push(format!(
                    "Wegweiser: view={} is not map, questionnaire or both; showing both",
                    value.chars().take(40).collect::<String>()
                )),
            },
            _ => {}
        }
    }
    (params, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_loader_parameters() {
        let cases = [
            ("", EmbedParams::default(), 0),
            (
                "?embed=1&view=map&lang=ro",
                EmbedParams {
                    embedded: true,
                    view: EmbedView::Map,
                },
                0,
            ),
            (
                "embed=1&view=questionnaire",
                EmbedParams {
                    embedded: true,
                    view: EmbedView::Questionnaire,
                },
                0,
            ),
            (
                "?view=both",
                EmbedParams {
                    embedded: false,
                    view: EmbedView::Both,
                },
                0,
            ),
            ("?view=karte", EmbedParams::default(), 1),
            ("?view", EmbedParams::default(), 1),
            ("?embed=0&view=MAP", EmbedParams::default(), 1),
        ];
        for (query, expected, warnings) in cases {
            let (got, w) = parse_query(query);
            assert_eq!(got, expected, "{query}");
            assert_eq!(w.len(), warnings, "{query}: {w:?}");
        }
    }

    #[test]
    fn never_panics_and_keeps_warnings_short() {
        // Deterministic pseudo-random strings over a nasty alphabet (multi-byte, separators).
        let alphabet: Vec<char> = "=&?%#view=embed1mapquestionnaireäß\u{202e}\u{0}🙂 "
            .chars()
            .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..5000 {
            let mut s = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            for k in 0..(state % 60) {
                let i = ((state >> (k % 50)) as usize).wrapping_add(k as usize) % alphabet.len();
                s.push(alphabet[i]);
            }
            let (_, warnings) = parse_query(&s);
            assert!(warnings.iter().all(|w| w.chars().count() < 120), "{s:?}");
        }
    }
}
