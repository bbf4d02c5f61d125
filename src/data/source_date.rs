//! The dates of the directory's sources, and how they read in the reader's language.
//!
//! Pure Rust without dependencies and without Leptos: the app uses it through
//! `crate::data`, and the build (`datagen`) includes this same file by path to parse and
//! validate the dates in `geodata/centres.json` and to write them into the generated tables.
//! It can move as it is into a shared `model` crate.
//!
//! A source date is what the source itself states (`2025-03`), never a text: German notes
//! such as "Jahresbericht 2020" stay research notes in the data and are never shown. An
//! undated source may carry a date its content implies ("about 2020") or a date it cannot
//! be older than ("not before 2026-01-01"); the locale files say how each reads.

/// A calendar date as precise as the source gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Date {
    /// `2025`
    Year(u16),
    /// `2025-03` (month 1–12)
    Month(u16, u8),
    /// `2025-03-15`
    Day(u16, u8, u8),
}

/// The first day of the funding period of the Beratungsstellen Arbeit that began in 2026
/// (2026–2028): carriers were selected anew for it, so a source older than this day may name a
/// carrier that no longer runs the centre.
pub const FUNDING_PERIOD_2026: Date = Date::Day(2026, 1, 1);

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar day), nothing else.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b.get(r.clone())
                .filter(|d| d.iter().all(u8::is_ascii_digit))
                .map(|d| d.iter().fold(0u16, |n, c| n * 10 + u16::from(c - b'0')))
        };
        let year = digits(0..4)?;
        if year == 0 {
            return None;
        }
        match b.len() {
            4 => Some(Date::Year(year)),
            7 if b[4] == b'-' => {
                let month = u8::try_from(digits(5..7)?).ok()?;
                (1..=12)
                    .contains(&month)
                    .then_some(Date::Month(year, month))
            }
            10 if b[4] == b'-' && b[7] == b'-' => {
                let month = u8::try_from(digits(5..7)?).ok()?;
                let day = u8::try_from(digits(8..10)?).ok()?;
                ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
                    .then_some(Date::Day(year, month, day))
            }
            _ => None,
        }
    }

    /// The first day the date can mean (`2025` → 2025-01-01), as `(year, month, day)`:
    /// for comparisons.
    pub fn first_day(self) -> (u16, u8, u8) {
        match self {
            Date::Year(y) => (y, 1, 1),
            Date::Month(y, m) => (y, m, 1),
            Date::Day(y, m, d) => (y, m, d),
        }
    }

    /// The last day the date can mean (`2025` → 2025-12-31), as `(year, month, day)`.
    pub fn last_day(self) -> (u16, u8, u8) {
        match self {
            Date::Year(y) => (y, 12, 31),
            Date::Month(y, m) => (y, m, days_in_month(y, m)),
            Date::Day(y, m, d) => (y, m, d),
        }
    }

    /// True when every day the date can mean lies on or after `day`.
    pub fn is_on_or_after(self, day: Date) -> bool {
        self.first_day() >= day.first_day()
    }

    /// True when the date lies wholly after `day` (`2026-12` after 2026-11-23; `2026-11` not).
    pub fn is_after(self, day: Date) -> bool {
        self.first_day() > day.last_day()
    }

    /// `2025-03-15`, `2025-03` or `2025`, as in the data file.
    pub fn iso(self) -> String {
        match self {
            Date::Year(y) => format!("{y:04}"),
            Date::Month(y, m) => format!("{y:04}-{m:02}"),
            Date::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// When a source was written, as far as we know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceDate {
    /// The source states this date.
    Dated(Date),
    /// The source states no date, and its content gives no hint.
    Undated,
    /// The source states no date; its content implies roughly this one (e.g. a 2020 annual
    /// report). Not precise enough to count as "from 2026 on".
    UndatedAbout(Date),
    /// The source states no date, but cannot be older than this (e.g. it reports an event of
    /// that day).
    UndatedNotBefore(Date),
}

impl SourceDate {
    /// The date from which the source is known to date: the stated date, or the lower bound
    /// of an undated one. `None` when undated or only approximately dated.
    pub fn known_from(self) -> Option<Date> {
        match self {
            SourceDate::Dated(d) | SourceDate::UndatedNotBefore(d) => Some(d),
            SourceDate::Undated | SourceDate::UndatedAbout(_) => None,
        }
    }

    /// The date this source is sorted by: stated, implied or lower bound (`None` if undated).
    pub fn sort_date(self) -> Option<Date> {
        match self {
            SourceDate::Dated(d)
            | SourceDate::UndatedAbout(d)
            | SourceDate::UndatedNotBefore(d) => Some(d),
            SourceDate::Undated => None,
        }
    }
}

/// The locale keys a source date needs, in the order of [`DateTexts::from_lookup`].
pub const DATE_KEYS: [&str; 7] = [
    "date_months",
    "date_months_with_day",
    "date_day",
    "date_month",
    "undated",
    "date_undated_about",
    "date_undated_not_before",
];

/// The texts of one locale that dates are written with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateTexts<'a> {
    /// The twelve month names as used with a year alone ("März 2025"): key `date_months`.
    pub months: [&'a str; 12],
    /// The twelve month names as used with a day ("15. März 2025"; in Polish, Russian and
    /// Ukrainian the genitive): key `date_months_with_day`.
    pub months_with_day: [&'a str; 12],
    /// Pattern with `{{ day }}`, `{{ month }}` and `{{ year }}`: key `date_day`.
    pub day: &'a str,
    /// Pattern with `{{ month }}` and `{{ year }}`: key `date_month`.
    pub month: &'a str,
    /// "undated": key `undated`.
    pub undated: &'a str,
    /// Pattern with `{{ date }}` ("undated, about 2020"): key `date_undated_about`.
    pub undated_about: &'a str,
    /// Pattern with `{{ date }}` ("undated, not before January 2026"): key
    /// `date_undated_not_before`.
    pub undated_not_before: &'a str,
}

/// Splits a `|`-separated list of twelve month names.
fn months<'a>(key: &str, list: &'a str) -> Result<[&'a str; 12], String> {
    let parts: Vec<&'a str> = list.split('|').map(str::trim).collect();
    if parts.len() != 12 || parts.iter().any(|p| p.is_empty()) {
        return Err(format!(
            "key {key:?} must list 12 month names separated by |, found {} (some empty: {})",
            parts.len(),
            parts.iter().any(|p| p.is_empty())
        ));
    }
    let mut out = [""; 12];
    out.copy_from_slice(&parts);
    Ok(out)
}

impl<'a> DateTexts<'a> {
    /// Builds the texts from a locale, given a lookup `key → text`. The error names the key.
    pub fn from_lookup(mut get: impl FnMut(&str) -> Option<&'a str>) -> Result<Self, String> {
        let mut text = |key: &str| get(key).ok_or_else(|| format!("key {key:?} is missing"));
        let [k_months, k_with_day, k_day, k_month, k_undated, k_about, k_not_before] = DATE_KEYS;
        let t = DateTexts {
            months: months(k_months, text(k_months)?)?,
            months_with_day: months(k_with_day, text(k_with_day)?)?,
            day: text(k_day)?,
            month: text(k_month)?,
            undated: text(k_undated)?,
            undated_about: text(k_about)?,
            undated_not_before: text(k_not_before)?,
        };
        for (key, pattern, names) in [
            (k_day, t.day, &["day", "month", "year"][..]),
            (k_month, t.month, &["month", "year"][..]),
            (k_about, t.undated_about, &["date"][..]),
            (k_not_before, t.undated_not_before, &["date"][..]),
        ] {
            let found = placeholder_names(pattern);
            let mut expected: Vec<&str> = names.to_vec();
            expected.sort_unstable();
            if found != expected {
                return Err(format!(
                    "key {key:?} has the placeholders {found:?}, it needs {expected:?}"
                ));
            }
        }
        Ok(t)
    }
}

/// The distinct `{{ name }}` placeholders of a pattern, sorted.
fn placeholder_names(pattern: &str) -> Vec<&str> {
    let mut names: Vec<&str> = pattern
        .split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}").map(|(name, _)| name.trim()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Replaces every `{{ name }}` (spaces optional) by its value.
fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.split_once("}}") {
            Some((name, tail)) => {
                let name = name.trim();
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push_str("{{");
                        out.push_str(name);
                        out.push_str("}}");
                    }
                }
                rest = tail;
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A date in the reader's language: "15. März 2025", "März 2025", "2025".
pub fn format_date(d: Date, t: &DateTexts) -> String {
    match d {
        Date::Year(y) => y.to_string(),
        Date::Month(y, m) => fill(
            t.month,
            &[
                ("month", t.months[usize::from(m - 1)]),
                ("year", &y.to_string()),
            ],
        ),
        Date::Day(y, m, d) => fill(
            t.day,
            &[
                ("day", &d.to_string()),
                ("month", t.months_with_day[usize::from(m - 1)]),
                ("year", &y.to_string()),
            ],
        ),
    }
}

/// A source date in the reader's language: "März 2025", "ohne Datum", "undated, about 2020".
pub fn format_source_date(d: SourceDate, t: &DateTexts) -> String {
    match d {
        SourceDate::Dated(d) => format_date(d, t),
        SourceDate::Undated => t.undated.to_string(),
        SourceDate::UndatedAbout(d) => fill(t.undated_about, &[("date", &format_date(d, t))]),
        SourceDate::UndatedNotBefore(d) => {
            fill(t.undated_not_before, &[("date", &format_date(d, t))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german() -> DateTexts<'static> {
        DateTexts::from_lookup(|k| {
            Some(match k {
                "date_months" => "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
                "date_months_with_day" => "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
                "date_day" => "{{ day }}. {{ month }} {{ year }}",
                "date_month" => "{{ month }} {{ year }}",
                "undated" => "ohne Datum",
                "date_undated_about" => "ohne Datum, etwa {{ date }}",
                "date_undated_not_before" => "ohne Datum, frühestens {{ date }}",
                _ => return None,
            })
        })
        .unwrap()
    }

    fn polish() -> DateTexts<'static> {
        DateTexts::from_lookup(|k| {
            Some(match k {
                "date_months" => "styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień",
                "date_months_with_day" => "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
                "date_day" => "{{day}} {{month}} {{year}}",
                "date_month" => "{{ month }} {{ year }}",
                "undated" => "bez daty",
                "date_undated_about" => "bez daty, ok. {{ date }}",
                "date_undated_not_before" => "bez daty, nie wcześniej niż {{ date }}",
                _ => return None,
            })
        })
        .unwrap()
    }

    #[test]
    fn parses_only_iso_dates_of_the_calendar() {
        assert_eq!(Date::parse("2025"), Some(Date::Year(2025)));
        assert_eq!(Date::parse("2025-03"), Some(Date::Month(2025, 3)));
        assert_eq!(Date::parse("2024-02-29"), Some(Date::Day(2024, 2, 29)));
        for bad in [
            "",
            "25",
            "0000",
            "2025-3",
            "2025-13",
            "2025-00",
            "2025-02-29",
            "2025-04-31",
            "2025-03-1",
            "2025/03",
            "März 2025",
            "25.03.2021",
            "2025-03 ",
            "undated",
            "20250",
            "2025-03-15T00",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn compares_by_the_days_a_date_can_mean() {
        let d = |s| Date::parse(s).unwrap();
        assert!(d("2026").is_on_or_after(FUNDING_PERIOD_2026));
        assert!(d("2026-01-09").is_on_or_after(FUNDING_PERIOD_2026));
        assert!(!d("2025-12").is_on_or_after(FUNDING_PERIOD_2026));
        assert!(!d("2025-12-31").is_on_or_after(FUNDING_PERIOD_2026));
        assert!(d("2026-12").is_after(d("2026-11-23")));
        assert!(!d("2026-11").is_after(d("2026-11-23")));
        assert!(!d("2026").is_after(d("2026-11-23")));
        assert!(d("2027").is_after(d("2026-11-23")));
        assert_eq!(d("2024-02").last_day(), (2024, 2, 29));
        assert_eq!(d("2025-03-05").iso(), "2025-03-05");
        assert_eq!(d("2025-03").iso(), "2025-03");
    }

    #[test]
    fn only_stated_dates_and_lower_bounds_are_known() {
        let y = Date::Year(2026);
        assert_eq!(SourceDate::Dated(y).known_from(), Some(y));
        assert_eq!(SourceDate::UndatedNotBefore(y).known_from(), Some(y));
        assert_eq!(SourceDate::UndatedAbout(y).known_from(), None);
        assert_eq!(SourceDate::Undated.known_from(), None);
        assert_eq!(SourceDate::UndatedAbout(y).sort_date(), Some(y));
    }

    #[test]
    fn dates_read_in_the_locale() {
        let de = german();
        let pl = polish();
        let cases = [
            (
                SourceDate::Dated(Date::Day(2025, 3, 5)),
                "5. März 2025",
                "5 marca 2025",
            ),
            (
                SourceDate::Dated(Date::Month(2025, 3)),
                "März 2025",
                "marzec 2025",
            ),
            (SourceDate::Dated(Date::Year(2025)), "2025", "2025"),
            (SourceDate::Undated, "ohne Datum", "bez daty"),
            (
                SourceDate::UndatedAbout(Date::Year(2020)),
                "ohne Datum, etwa 2020",
                "bez daty, ok. 2020",
            ),
            (
                SourceDate::UndatedNotBefore(Date::Day(2026, 1, 1)),
                "ohne Datum, frühestens 1. Januar 2026",
                "bez daty, nie wcześniej niż 1 stycznia 2026",
            ),
            (
                SourceDate::UndatedNotBefore(Date::Month(2025, 12)),
                "ohne Datum, frühestens Dezember 2025",
                "bez daty, nie wcześniej niż grudzień 2025",
            ),
        ];
        for (date, in_de, in_pl) in cases {
            assert_eq!(format_source_date(date, &de), in_de);
            assert_eq!(format_source_date(date, &pl), in_pl);
        }
    }

    #[test]
    fn broken_locale_texts_name_the_key() {
        let base = |k: &str| -> Option<&'static str> {
            Some(match k {
                "date_months" => "a|b|c|d|e|f|g|h|i|j|k|l",
                "date_months_with_day" => "a|b|c|d|e|f|g|h|i|j|k|l",
                "date_day" => "{{ day }} {{ month }} {{ year }}",
                "date_month" => "{{ month }} {{ year }}",
                "undated" => "u",
                "date_undated_about" => "u {{ date }}",
                "date_undated_not_before" => "u {{ date }}",
                _ => return None,
            })
        };
        assert!(DateTexts::from_lookup(base).is_ok());
        let without =
            |missing: &'static str| move |k: &str| if k == missing { None } else { base(k) };
        assert_eq!(
            DateTexts::from_lookup(without("date_undated_about")).unwrap_err(),
            "key \"date_undated_about\" is missing"
        );
        let eleven = |k: &str| {
            if k == "date_months" {
                Some("a|b|c|d|e|f|g|h|i|j|k")
            } else {
                base(k)
            }
        };
        assert_eq!(
            DateTexts::from_lookup(eleven).unwrap_err(),
            "key \"date_months\" must list 12 month names separated by |, found 11 (some empty: false)"
        );
        let no_year = |k: &str| {
            if k == "date_day" {
                Some("{{ day }}. {{ month }}")
            } else {
                base(k)
            }
        };
        assert_eq!(
            DateTexts::from_lookup(no_year).unwrap_err(),
            "key \"date_day\" has the placeholders [\"day\", \"month\"], it needs [\"day\", \"month\", \"year\"]"
        );
    }

    #[test]
    fn fill_leaves_unknown_placeholders_visible() {
        assert_eq!(
            fill("{{a}}-{{ b }}-{{c", &[("a", "1"), ("b", "2")]),
            "1-2-{{c"
        );
        assert_eq!(fill("x {{ y }}", &[]), "x {{y}}");
    }
}
