//! German legal numbers the result explains, each with its source and the time it holds.
//! Source: `/work/shared/questionnaire/FACTS.md` §2 (sources read 2026-11-23).
//!
//! The caller passes the device's date; the tables answer only for dates they know. A date
//! before or after the known range gives `None` ("not known"), never a guessed number.

/// A calendar date, as the device reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date from its parts (not validated: the tables only compare dates).
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }
}

/// Where a number comes from.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// The law and section, e.g. `"§ 3 ArbZG"`.
    pub law: &'static str,
    /// A page that states it.
    pub url: &'static str,
}

/// The statutory minimum wage in one period.
#[derive(Debug, PartialEq, Eq)]
pub struct MinimumWage {
    /// Euro cents gross per hour.
    pub cents: u32,
    pub from: Date,
    pub source: Source,
}

impl MinimumWage {
    /// Euros and cents, for the locale to format ("13" and "90").
    pub fn parts(&self) -> (u32, String) {
        (self.cents / 100, format!("{:02}", self.cents % 100))
    }
}

/// Minimum wages by start date (MiLoG; MiLoV5 §1). Each holds until the next one starts.
pub static MINIMUM_WAGES: [MinimumWage; 3] = [
    MinimumWage {
        cents: 1282,
        from: Date::new(2025, 1, 1),
        source: Source {
            law: "MiLoG",
            url: "https://www.sueddeutsche.de/politik/beschluss-im-bundeskabinett-mindestlohn-steigt-in-zwei-schritten-li.3331968",
        },
    },
    MinimumWage {
        cents: 1390,
        from: Date::new(2026, 1, 1),
        source: Source { law: "§ 1 Nr. 1 MiLoV5", url: "https://gesetze.legal/bund/milov5/1" },
    },
    MinimumWage {
        cents: 1460,
        from: Date::new(2027, 1, 1),
        source: Source { law: "§ 1 Nr. 2 MiLoV5", url: "https://gesetze.legal/bund/milov5/1" },
    },
];

/// First day after the known range: no decision about 2028 was found (FACTS §2.1).
pub const KNOWN_UNTIL_EXCLUSIVE: Date = Date::new(2028, 1, 1);

/// The date the numbers below were last checked against their sources.
pub const CHECKED_ON: &str = "2026-11-23";

/// The minimum wage on `date`, or `None` if our table does not cover that date.
///
/// # Examples
/// ```
/// use wegweiser::screening::law::{minimum_wage, Date};
/// assert_eq!(minimum_wage(Date::new(2026, 11, 23)).map(|w| w.cents), Some(1390));
/// assert!(minimum_wage(Date::new(2030, 1, 1)).is_none());
/// ```
pub fn minimum_wage(date: Date) -> Option<&'static MinimumWage> {
    if date >= KNOWN_UNTIL_EXCLUSIVE {
        return None;
    }
    MINIMUM_WAGES.iter().rev().find(|w| w.from <= date)
}

/// The next known minimum wage after `date` (already decided, not yet in force).
pub fn next_minimum_wage(date: Date) -> Option<&'static MinimumWage> {
    minimum_wage(date)?;
    MINIMUM_WAGES.iter().find(|w| w.from > date)
}

/// The other rules the result explains. They have no end date in law, but a reform of the
/// working-time act is planned (FACTS §2.2), so they are shown only within the range we
/// checked; outside it the result says "not known" and points to a counselling centre.
#[derive(Debug, PartialEq, Eq)]
pub struct Rules {
    /// Hours per working day: normally, and at most (if averaged back to the normal).
    pub day_hours: u8,
    pub day_hours_max: u8,
    /// Working days (Mon–Sat) per week, so the weekly maximum is `day_hours × week_days`.
    pub week_days: u8,
    /// A break of `break_minutes` after more than `break_after_hours` of work, of
    /// `long_break_minutes` after more than `long_break_after_hours`; never more than
    /// `break_after_hours` in a row without a break.
    pub break_after_hours: u8,
    pub break_minutes: u8,
    pub long_break_after_hours: u8,
    pub long_break_minutes: u8,
    /// Hours of rest between two working days.
    pub rest_hours: u8,
    /// Paid leave: working days (Werktage, Mon–Sat) per year = weeks.
    pub leave_werktage: u8,
    pub leave_weeks: u8,
    /// Sick pay: weeks of full pay, after weeks of employment.
    pub sick_pay_weeks: u8,
    pub sick_pay_after_weeks: u8,
    /// Written terms: pay and working time on day 1, the rest within days / a month.
    pub written_terms_days: u8,
    /// Years until wage claims expire (from the end of the year they arose).
    pub claim_years: u8,
    /// Contract cut-off clauses can be as short as this many months.
    pub cutoff_months: u8,
    /// Victims of trafficking from outside the EU: months of reflection period at least.
    pub reflection_months: u8,
    pub sources: RuleSources,
}

/// The source of each rule.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleSources {
    pub hours: Source,
    pub breaks: Source,
    pub rest: Source,
    pub leave: Source,
    pub sick_pay: Source,
    pub written_terms: Source,
    pub claims: Source,
    pub documents: Source,
    pub safety: Source,
    pub victims: Source,
}

/// The rules as checked on [`CHECKED_ON`]. Questions use them for their thresholds; results
/// should go through [`rules`], which knows the date range.
pub static RULES: Rules = Rules {
    day_hours: 8,
    day_hours_max: 10,
    week_days: 6,
    break_after_hours: 6,
    break_minutes: 30,
    long_break_after_hours: 9,
    long_break_minutes: 45,
    rest_hours: 11,
    leave_werktage: 24,
    leave_weeks: 4,
    sick_pay_weeks: 6,
    sick_pay_after_weeks: 4,
    written_terms_days: 7,
    claim_years: 3,
    cutoff_months: 3,
    reflection_months: 3,
    sources: RuleSources {
        hours: Source { law: "§ 3 ArbZG", url: "https://betriebswirtschaft-lernen.net/erklaerung/arbeitszeitrecht" },
        breaks: Source { law: "§ 4 ArbZG", url: "https://betriebswirtschaft-lernen.net/erklaerung/arbeitszeitrecht" },
        rest: Source { law: "§ 5 ArbZG", url: "https://betriebswirtschaft-lernen.net/erklaerung/arbeitszeitrecht" },
        leave: Source { law: "§ 3 BUrlG", url: "https://lexmea.de/gesetz/burlg/3" },
        sick_pay: Source { law: "§ 3 EFZG", url: "https://bpb.de/kurz-knapp/lexika/lexikon-der-wirtschaft/19214/entgeltfortzahlung" },
        written_terms: Source { law: "§ 2 NachwG", url: "https://www.klenner-anwaelte.de/aenderung-des-nachweisgesetzes-arbeitsrecht.html" },
        claims: Source { law: "§§ 195, 199 BGB", url: "https://www.deubner-recht.de/produkte/arbeitsrecht-sozialrecht/nav/handbucher/handbuch-arbeitsrecht/6-arbeitsvertragsrecht/6-3-arbeitsentgelt/6-3-9-einwendungen-und-einreden/6-3-9-3-verjahrung" },
        documents: Source { law: "§ 1 PAuswG, § 2a SchwarzArbG", url: "https://www.barmer.de/firmenkunden/sozialversicherung/sozialversicherungslexikon/mitfuehrungspflicht-personaldokumente-1057830" },
        safety: Source { law: "§ 3 Abs. 3 ArbSchG", url: "https://dejure.org/gesetze/ArbSchG/3.html" },
        victims: Source { law: "§ 59 Abs. 7, § 25 Abs. 4a AufenthG", url: "https://www.kok-gegen-menschenhandel.de/menschenhandel/was-ist-menschenhandel/rechtsgrundlagen-national/aufenthaltsgesetz" },
    },
};

/// First day of the range the rules were checked for.
pub const KNOWN_FROM: Date = Date::new(2025, 1, 1);

/// The rules on `date`, or `None` outside the range we checked.
pub fn rules(date: Date) -> Option<&'static Rules> {
    (KNOWN_FROM <= date && date < KNOWN_UNTIL_EXCLUSIVE).then_some(&RULES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_wage_by_date() {
        let cents = |y, m, d| minimum_wage(Date::new(y, m, d)).map(|w| w.cents);
        assert_eq!(cents(2025, 6, 1), Some(1282));
        assert_eq!(cents(2025, 12, 31), Some(1282));
        assert_eq!(cents(2026, 1, 1), Some(1390));
        assert_eq!(cents(2026, 11, 23), Some(1390));
        assert_eq!(cents(2027, 1, 1), Some(1460));
        assert_eq!(cents(2027, 12, 31), Some(1460));
        // Outside the table: not known, rather than a wrong number.
        assert_eq!(cents(2024, 12, 31), None);
        assert_eq!(cents(2028, 1, 1), None);
        assert_eq!(cents(1970, 1, 1), None);
    }

    #[test]
    fn the_next_increase_is_announced_only_when_known() {
        let next = |y, m, d| next_minimum_wage(Date::new(y, m, d)).map(|w| w.cents);
        assert_eq!(next(2026, 11, 23), Some(1460));
        assert_eq!(next(2025, 3, 1), Some(1390));
        assert_eq!(next(2027, 5, 1), None);
        assert_eq!(next(2024, 5, 1), None);
    }

    #[test]
    fn money_parts_keep_two_digit_cents() {
        assert_eq!(MINIMUM_WAGES[1].parts(), (13, "90".to_string()));
        assert_eq!(MINIMUM_WAGES[0].parts(), (12, "82".to_string()));
    }

    #[test]
    fn rules_only_within_the_checked_range() {
        assert!(rules(Date::new(2026, 11, 23)).is_some());
        assert!(rules(Date::new(2025, 1, 1)).is_some());
        assert!(rules(Date::new(2024, 12, 31)).is_none());
        assert!(rules(Date::new(2028, 1, 1)).is_none());
        let r = rules(Date::new(2027, 7, 1)).unwrap();
        assert_eq!((r.day_hours, r.day_hours_max, r.rest_hours), (8, 10, 11));
        assert_eq!(r.day_hours * r.week_days, 48);
    }

    #[test]
    fn every_source_is_an_https_link() {
        let s = &RULES.sources;
        for src in [
            &s.hours,
            &s.breaks,
            &s.rest,
            &s.leave,
            &s.sick_pay,
            &s.written_terms,
            &s.claims,
            &s.documents,
            &s.safety,
            &s.victims,
        ]
        .into_iter()
        .chain(MINIMUM_WAGES.iter().map(|w| &w.source))
        {
            assert!(src.url.starts_with("https://"), "{}", src.url);
            assert!(!src.law.is_empty());
        }
    }
}
