//! German legal numbers the result explains, each with its source and the time it holds.
//! Source: `/work/shared/questionnaire/FACTS.md` §2 (sources read 2026-11-23) and the legal fact
//! check of every statement the app shows (`/work/shared/reviews/legal-facts.md`), whose
//! conditions the texts carry since 2026-12-02.
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

/// Minimum wages by start date (§ 1 MiLoG; MiLoV4, MiLoV5). Each holds until the next one starts.
/// Who is owed it and when (shown with the wage): every employee, for every hour worked incl.
/// standby at the workplace, judged on the month's total (BAG 29.06.2016, 5 AZR 716/15); due at
/// the latest at the end of the following month, except overtime on a written working-time
/// account (§ 2 MiLoG); exceptions for under-18s without vocational training, trainees and some
/// internships (§ 22 MiLoG). Legal check (`shared/reviews/legal-facts.md`) W1–W6.
pub static MINIMUM_WAGES: [MinimumWage; 3] = [
    MinimumWage {
        cents: 1282,
        from: Date::new(2025, 1, 1),
        source: Source {
            law: "§ 1 Nr. 2 MiLoV4",
            url: "https://www.bmas.de/DE/Service/Gesetze-und-Gesetzesvorhaben/vierte-mindestlohnanpassungsverordnung-milov4.html",
        },
    },
    MinimumWage {
        cents: 1390,
        from: Date::new(2026, 1, 1),
        source: Source {
            law: "§ 1 Nr. 1 MiLoV5, §§ 1, 2, 22 MiLoG",
            url: "https://www.gesetze-im-internet.de/milov5/BJNR10C0A0025.html",
        },
    },
    MinimumWage {
        cents: 1460,
        from: Date::new(2027, 1, 1),
        source: Source {
            law: "§ 1 Nr. 2 MiLoV5, §§ 1, 2, 22 MiLoG",
            url: "https://www.gesetze-im-internet.de/milov5/BJNR10C0A0025.html",
        },
    },
];

/// First day after the known range: no decision about 2028 was found (FACTS §2.1).
pub const KNOWN_UNTIL_EXCLUSIVE: Date = Date::new(2028, 1, 1);

/// The date the numbers and conditions below were last checked against their sources (the
/// legal fact check `shared/reviews/legal-facts.md`, taken into the texts on this date). Shown
/// to the reader under the rights.
pub const CHECKED_ON: Date = Date::new(2026, 12, 2);

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
///
/// Each number is shown with the conditions the law attaches to it (legal check, 2026-12-02):
/// the locale texts name them, this table holds the numbers and where they stand.
#[derive(Debug, PartialEq, Eq)]
pub struct Rules {
    /// Hours per working day (Werktag, Mon–Sat): normally, and at most if the average over
    /// `hours_average_months` months stays at the normal (§ 3 ArbZG).
    pub day_hours: u8,
    pub day_hours_max: u8,
    pub hours_average_months: u8,
    /// Working days (Mon–Sat) per week, so the weekly maximum is `day_hours × week_days`.
    pub week_days: u8,
    /// A break of `break_minutes` after more than `break_after_hours` of work, of
    /// `long_break_minutes` after more than `long_break_after_hours`; never more than
    /// `break_after_hours` in a row without a break (§ 4 ArbZG).
    pub break_after_hours: u8,
    pub break_minutes: u8,
    pub long_break_after_hours: u8,
    pub long_break_minutes: u8,
    /// Hours of rest between two working days, as a rule; some sectors may shorten it by an
    /// hour with compensation on another day (§ 5 Abs. 1, 2 ArbZG).
    pub rest_hours: u8,
    /// Paid leave: working days (Werktage, Mon–Sat) per year = weeks (§ 3 BUrlG), also in a
    /// mini-job; in full after `leave_full_after_months` months, before that one twelfth per
    /// full month (§§ 4, 5 BUrlG).
    pub leave_werktage: u8,
    pub leave_weeks: u8,
    pub leave_full_after_months: u8,
    /// Sick pay: weeks of full pay, after weeks of employment (§ 3 Abs. 1, 3 EntgFG); a doctor's
    /// certificate when ill for more than `sick_note_after_days` calendar days (§ 5 EntgFG).
    pub sick_pay_weeks: u8,
    pub sick_pay_after_weeks: u8,
    pub sick_note_after_days: u8,
    /// Written terms (§ 2 NachwG): parties, pay and working time on day 1; start, place, job,
    /// probation by this calendar day; the rest within a month. For jobs that started before
    /// `written_terms_since` only on request (§ 5 NachwG).
    pub written_terms_days: u8,
    pub written_terms_since: Date,
    /// Years until wage claims expire, from the end of the year they fell due (§§ 195, 199 BGB).
    pub claim_years: u8,
    /// Cut-off clauses in contracts and collective agreements can be as short as this many
    /// months from the due date (BRTV-Bau § 14: 2 months); they cannot take the minimum wage
    /// (§ 3 MiLoG).
    pub cutoff_months: u8,
    /// Weeks to go to the labour court against a dismissal (§ 4 KSchG).
    pub dismissal_weeks: u8,
    /// Victims of trafficking, forced labour or labour exploitation without a right to stay:
    /// months the foreigners authority is to give them, when it has concrete indications
    /// (§ 59 Abs. 7 AufenthG).
    pub reflection_months: u8,
    pub sources: RuleSources,
}

/// The source of each rule: the law, and a page with its text or the ministry's or an
/// authority's account of it (never a newspaper).
#[derive(Debug, PartialEq, Eq)]
pub struct RuleSources {
    pub hours: Source,
    pub breaks: Source,
    pub rest: Source,
    pub leave: Source,
    pub sick_pay: Source,
    pub written_terms: Source,
    pub claims: Source,
    pub dismissal: Source,
    pub documents: Source,
    pub safety: Source,
    pub victims: Source,
}

/// The rules as checked on [`CHECKED_ON`]. Questions use them for their thresholds; results
/// should go through [`rules`], which knows the date range.
pub static RULES: Rules = Rules {
    day_hours: 8,
    day_hours_max: 10,
    hours_average_months: 6,
    week_days: 6,
    break_after_hours: 6,
    break_minutes: 30,
    long_break_after_hours: 9,
    long_break_minutes: 45,
    rest_hours: 11,
    leave_werktage: 24,
    leave_weeks: 4,
    leave_full_after_months: 6,
    sick_pay_weeks: 6,
    sick_pay_after_weeks: 4,
    sick_note_after_days: 3,
    written_terms_days: 7,
    written_terms_since: Date::new(2022, 8, 1),
    claim_years: 3,
    cutoff_months: 2,
    dismissal_weeks: 3,
    reflection_months: 3,
    sources: RuleSources {
        hours: Source { law: "§§ 2, 3 ArbZG", url: "https://dejure.org/gesetze/ArbZG/3.html" },
        breaks: Source { law: "§ 4 ArbZG", url: "https://de.openlegaldata.io/law/arbzg/4" },
        rest: Source { law: "§ 5 ArbZG", url: "https://ra.de/g/arbzg-5" },
        leave: Source { law: "§§ 3–5 BUrlG", url: "https://lexmea.de/gesetz/burlg/3" },
        sick_pay: Source { law: "§§ 3, 5 EntgFG", url: "https://bpb.de/kurz-knapp/lexika/lexikon-der-wirtschaft/19214/entgeltfortzahlung" },
        written_terms: Source { law: "§§ 2, 5 NachwG", url: "https://www.ihk-muenchen.de/ratgeber/recht/abeitsrecht/bestehende-arbeitsverhaeltnisse-kuendigung-sozialversicherung/nachweisgesetz-arbeitsbedingungen" },
        claims: Source { law: "§§ 195, 199 BGB, § 3 MiLoG", url: "https://www.deubner-recht.de/produkte/arbeitsrecht-sozialrecht/nav/handbucher/handbuch-arbeitsrecht/6-arbeitsvertragsrecht/6-3-arbeitsentgelt/6-3-9-einwendungen-und-einreden/6-3-9-3-verjahrung" },
        dismissal: Source { law: "§ 4 KSchG", url: "https://lexetius.com/KSchG/4" },
        documents: Source { law: "§ 2a SchwarzArbG, § 1 PAuswG, § 4a Abs. 5 AufenthG", url: "https://www.hwk-bayern.de/artikel/neue-pflichten-fuer-friseur-und-kosmetikbetriebe-ab-2026-74,0,14880.html" },
        safety: Source { law: "§ 3 Abs. 3 ArbSchG", url: "https://dejure.org/gesetze/ArbSchG/3.html" },
        victims: Source { law: "§ 59 Abs. 7, § 25 Abs. 4a AufenthG", url: "https://www.kok-gegen-menschenhandel.de/menschenhandel/was-ist-menschenhandel/rechtsgrundlagen-national/bedenkfrist" },
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
    fn no_source_is_a_newspaper() {
        let s = &RULES.sources;
        for src in [
            &s.hours,
            &s.breaks,
            &s.rest,
            &s.leave,
            &s.sick_pay,
            &s.written_terms,
            &s.claims,
            &s.dismissal,
            &s.documents,
            &s.safety,
            &s.victims,
        ]
        .into_iter()
        .chain(MINIMUM_WAGES.iter().map(|w| &w.source))
        {
            for press in [
                "sueddeutsche",
                "spiegel",
                "zeit.de",
                "faz.net",
                "welt.de",
                "tagesschau",
            ] {
                assert!(!src.url.contains(press), "{} cites a newspaper", src.url);
            }
        }
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
            &s.dismissal,
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
