//! The options of a direct mount (`mount(element, { view, lang, district })` in `mount.js`).
//! Pure, so it is tested natively: every value that is not understood is named in a warning
//! and replaced by its default; nothing here can fail.

use super::EmbedView;
use crate::data::district_index;
use crate::i18n::{match_locale, supported_locales, Locale};

/// One option value as the page passed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawValue<'a> {
    /// `undefined` or `null`: as if not given.
    Missing,
    /// A string.
    Text(&'a str),
    /// Anything else; carries its JavaScript type (`typeof`) for the message.
    Other(&'a str),
}

/// The understood options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MountOptions {
    pub view: EmbedView,
    /// A supported language asked for; `None`: the reader's browser language, else German.
    pub lang: Option<Locale>,
    /// A district to open with, as an index into `DISTRICTS`.
    pub district: Option<usize>,
}

/// The option names, as they are written in the page.
pub const OPTION_NAMES: [&str; 3] = ["view", "lang", "district"];

/// Values in messages are cut to this many characters: a message never repeats a page's
/// whole string back.
const SHOWN: usize = 40;

fn shown(s: &str) -> String {
    let cut: String = s.chars().take(SHOWN).collect();
    if cut.len() < s.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Reads `(name, value)` pairs. Returns the options and one warning per value that was not
/// understood (each names the value, what is accepted and what is used instead).
pub fn parse_options<'a>(
    entries: impl IntoIterator<Item = (&'a str, RawValue<'a>)>,
) -> (MountOptions, Vec<String>) {
    let mut options = MountOptions::default();
    let mut warnings = Vec::new();
    for (name, value) in entries {
        let text = match value {
            RawValue::Missing => continue,
            RawValue::Text(t) => Some(t),
            RawValue::Other(_) => None,
        };
        match name {
            "view" => match text.and_then(EmbedView::from_name) {
                Some(view) => options.view = view,
                None => warnings.push(format!(
                    "Wegweiser mount: view {} is not \"map\", \"questionnaire\" or \"both\"; showing both",
                    describe(value)
                )),
            },
            "lang" => match text.and_then(match_locale) {
                Some(l) => options.lang = Some(l),
                None => warnings.push(format!(
                    "Wegweiser mount: lang {} is not a supported language ({}); using the reader's browser language or German",
                    describe(value),
                    supported_locales()
                )),
            },
            "district" => match text.filter(|t| well_formed_code(t)).and_then(district_index) {
                Some(i) => options.district = Some(i),
                None => warnings.push(format!(
                    "Wegweiser mount: district {} is not the 5-digit code of a district of North Rhine-Westphalia as a string (e.g. \"05978\" for Unna); opening without a district",
                    describe(value)
                )),
            },
            other => warnings.push(format!(
                "Wegweiser mount: unknown option \"{}\" ignored; the options are {}",
                shown(other),
                OPTION_NAMES.join(", ")
            )),
        }
    }
    (options, warnings)
}

fn well_formed_code(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

fn describe(value: RawValue) -> String {
    match value {
        RawValue::Missing => "(none)".into(),
        RawValue::Text(t) => format!("\"{}\"", shown(t)),
        RawValue::Other(kind) => format!("of type {}", shown(kind)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DISTRICTS;
    use RawValue::*;

    fn parse(entries: &[(&'static str, RawValue<'static>)]) -> (MountOptions, Vec<String>) {
        parse_options(entries.iter().copied())
    }

    #[test]
    fn reads_valid_options() {
        let unna = district_index("05978").unwrap();
        let (o, w) = parse(&[
            ("view", Text("map")),
            ("lang", Text("ro")),
            ("district", Text("05978")),
        ]);
        assert_eq!(
            o,
            MountOptions {
                view: EmbedView::Map,
                lang: Some(Locale::ro),
                district: Some(unna)
            }
        );
        assert!(w.is_empty(), "{w:?}");
        // Language tags are matched as on the page: region subtags fall back.
        let (o, w) = parse(&[("view", Text("questionnaire")), ("lang", Text("ar-EG"))]);
        assert_eq!(o.view, EmbedView::Questionnaire);
        assert_eq!(o.lang, Some(Locale::ar));
        assert!(w.is_empty());
        // Nothing given, or only undefined/null: the defaults, silently.
        for entries in [&[][..], &[("view", Missing), ("lang", Missing)][..]] {
            let (o, w) = parse(entries);
            assert_eq!(o, MountOptions::default());
            assert_eq!(o.view, EmbedView::Both);
            assert!(w.is_empty());
        }
        for (i, d) in DISTRICTS.iter().enumerate() {
            assert_eq!(parse(&[("district", Text(d.ags))]).0.district, Some(i));
        }
    }

    #[test]
    fn each_bad_value_warns_once_and_falls_back() {
        let (o, w) = parse(&[
            ("view", Text("karte")),
            ("lang", Text("xx")),
            ("district", Text("99999")),
            ("colour", Text("red")),
        ]);
        assert_eq!(o, MountOptions::default());
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(w[0].contains("view \"karte\"") && w[0].contains("showing both"));
        assert!(w[1].contains("lang \"xx\"") && w[1].contains("de, "));
        assert!(w[2].contains("district \"99999\"") && w[2].contains("\"05978\""));
        assert!(w[3].contains("unknown option \"colour\""));
        // Wrong types: a number for the district loses its leading zero, so it is refused.
        let (o, w) = parse(&[
            ("district", Other("number")),
            ("view", Other("object")),
            ("lang", Text("")),
        ]);
        assert_eq!(o, MountOptions::default());
        assert_eq!(w.len(), 3);
        assert!(w[0].contains("of type number"));
        // Case matters for the view (as in `?view=`), and codes are exactly five digits.
        for (name, value) in [
            ("view", "MAP"),
            ("view", " map"),
            ("district", "5978"),
            ("district", "059780"),
            ("district", "０５９７８"),
            ("district", " 05978"),
        ] {
            let (o, w) = parse_options([(name, Text(value))]);
            assert_eq!(o, MountOptions::default(), "{name}={value}");
            assert_eq!(w.len(), 1, "{name}={value}");
        }
        // A good value after a bad one still counts; the later of two good ones wins.
        let (o, w) = parse(&[
            ("view", Text("x")),
            ("view", Text("map")),
            ("view", Text("questionnaire")),
        ]);
        assert_eq!(o.view, EmbedView::Questionnaire);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn messages_stay_short_whatever_the_page_passes() {
        let long = "ä".repeat(10_000);
        let (_, w) = parse_options([
            ("view", Text(long.as_str())),
            (long.as_str(), Text("x")),
            ("lang", Other(long.as_str())),
        ]);
        assert_eq!(w.len(), 3);
        assert!(w.iter().all(|m| m.chars().count() < 300), "{w:?}");
    }

    #[test]
    fn view_names_parse_back() {
        for v in EmbedView::ALL {
            assert_eq!(parse_options([("view", Text(v.name()))]).0.view, v);
        }
    }
}
