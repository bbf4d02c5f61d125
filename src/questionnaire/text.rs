//! Locale text for the screening engine's values, so the engine stays free of UI types.

use leptos_i18n::I18nContext;

use crate::i18n::{t_string, Locale};
use crate::screening::law::{self, Date, MinimumWage};
use crate::screening::{Group, Indicator, QuestionId, Rule};

/// The question as asked; the wage question names the minimum wage valid on `today`.
pub fn question_text(i18n: I18nContext<Locale>, q: QuestionId, today: Date) -> String {
    use QuestionId::*;
    let rules = &law::RULES;
    let s: &str = match q {
        A1 => t_string!(i18n, q_a1),
        A2 => t_string!(i18n, q_a2),
        A3 => t_string!(i18n, q_a3),
        A4 => t_string!(i18n, q_a4),
        B1 => t_string!(i18n, q_b1),
        C1 => t_string!(i18n, q_c1),
        C2 => t_string!(i18n, q_c2),
        D1 => t_string!(i18n, q_d1),
        D2 => t_string!(i18n, q_d2),
        E1 => {
            return match law::minimum_wage(today) {
                Some(w) => t_string!(i18n, q_e1, amount = money(i18n, w)).to_string(),
                None => t_string!(i18n, q_e1_unknown).to_string(),
            }
        }
        E2 => t_string!(i18n, q_e2),
        E3 => t_string!(i18n, q_e3),
        F1 => {
            return t_string!(
                i18n,
                q_f1,
                hours = rules.day_hours_max,
                days = rules.week_days
            )
            .to_string()
        }
        F2 => {
            return t_string!(
                i18n,
                q_f2,
                rest = rules.rest_hours,
                hours = rules.break_after_hours
            )
            .to_string()
        }
        F3 => t_string!(i18n, q_f3),
        G1 => t_string!(i18n, q_g1),
        G2 => t_string!(i18n, q_g2),
        G2b => {
            return t_string!(i18n, q_g2b, after = rules.sick_pay_after_weeks).to_string();
        }
        G3 => t_string!(i18n, q_g3),
        H1 => t_string!(i18n, q_h1),
        H2 => t_string!(i18n, q_h2),
        I1 => t_string!(i18n, q_i1),
        I1b => t_string!(i18n, q_i1b),
        I2 => t_string!(i18n, q_i2),
        J1 => t_string!(i18n, q_j1),
        J1b => t_string!(i18n, q_j1b),
        J2 => t_string!(i18n, q_j2),
        J2b => t_string!(i18n, q_j2b),
    };
    s.to_string()
}

/// What the person said, as a sentence about their situation ("You had to pay for this job.").
pub fn sign_text(i18n: I18nContext<Locale>, q: QuestionId) -> &'static str {
    use QuestionId::*;
    match q {
        A1 => t_string!(i18n, q_sign_a1),
        A2 => t_string!(i18n, q_sign_a2),
        A3 => t_string!(i18n, q_sign_a3),
        A4 => t_string!(i18n, q_sign_a4),
        B1 => t_string!(i18n, q_sign_b1),
        C1 => t_string!(i18n, q_sign_c1),
        C2 => t_string!(i18n, q_sign_c2),
        D1 => t_string!(i18n, q_sign_d1),
        D2 => t_string!(i18n, q_sign_d2),
        E1 => t_string!(i18n, q_sign_e1),
        E2 => t_string!(i18n, q_sign_e2),
        E3 => t_string!(i18n, q_sign_e3),
        F1 => t_string!(i18n, q_sign_f1),
        F2 => t_string!(i18n, q_sign_f2),
        F3 => t_string!(i18n, q_sign_f3),
        G1 => t_string!(i18n, q_sign_g1),
        G2 => t_string!(i18n, q_sign_g2),
        G2b => t_string!(i18n, q_sign_g2b),
        G3 => t_string!(i18n, q_sign_g3),
        H1 => t_string!(i18n, q_sign_h1),
        H2 => t_string!(i18n, q_sign_h2),
        I1 => t_string!(i18n, q_sign_i1),
        I1b => t_string!(i18n, q_sign_i1b),
        I2 => t_string!(i18n, q_sign_i2),
        J1 => t_string!(i18n, q_sign_j1),
        J1b => t_string!(i18n, q_sign_j1b),
        J2 => t_string!(i18n, q_sign_j2),
        J2b => t_string!(i18n, q_sign_j2b),
    }
}

/// The short name of a question's group, shown above the question.
pub fn group_name(i18n: I18nContext<Locale>, g: Group) -> &'static str {
    match g {
        Group::SafetyNow => t_string!(i18n, q_group_safety_now),
        Group::Documents => t_string!(i18n, q_group_documents),
        Group::Debt => t_string!(i18n, q_group_debt),
        Group::Housing => t_string!(i18n, q_group_housing),
        Group::Pay => t_string!(i18n, q_group_pay),
        Group::Hours => t_string!(i18n, q_group_hours),
        Group::Contract => t_string!(i18n, q_group_contract),
        Group::Health => t_string!(i18n, q_group_health),
        Group::Recruitment => t_string!(i18n, q_group_recruitment),
        Group::Contact => t_string!(i18n, q_group_contact),
    }
}

/// The ILO indicator's name.
pub fn indicator_name(i18n: I18nContext<Locale>, i: Indicator) -> &'static str {
    match i {
        Indicator::Vulnerability => t_string!(i18n, q_ind_1),
        Indicator::Deception => t_string!(i18n, q_ind_2),
        Indicator::Movement => t_string!(i18n, q_ind_3),
        Indicator::Isolation => t_string!(i18n, q_ind_4),
        Indicator::Violence => t_string!(i18n, q_ind_5),
        Indicator::Threats => t_string!(i18n, q_ind_6),
        Indicator::Documents => t_string!(i18n, q_ind_7),
        Indicator::Wages => t_string!(i18n, q_ind_8),
        Indicator::Debt => t_string!(i18n, q_ind_9),
        Indicator::Conditions => t_string!(i18n, q_ind_10),
        Indicator::Overtime => t_string!(i18n, q_ind_11),
    }
}

/// The scoring rule's name, for the counsellor summary.
pub fn rule_name(i18n: I18nContext<Locale>, r: Rule) -> &'static str {
    match r {
        Rule::Acute => t_string!(i18n, q_rule_acute),
        Rule::ForcedLabour => t_string!(i18n, q_rule_forced_labour),
        Rule::Coercion => t_string!(i18n, q_rule_coercion),
        Rule::Trafficking => t_string!(i18n, q_rule_trafficking),
        Rule::ExploitativeConditions => t_string!(i18n, q_rule_exploitative_conditions),
        Rule::StrongCoercionSign => t_string!(i18n, q_rule_strong_coercion_sign),
        Rule::SevereWithDependency => t_string!(i18n, q_rule_severe_with_dependency),
        Rule::SevereSigns => t_string!(i18n, q_rule_severe_signs),
        Rule::LegalBreach => t_string!(i18n, q_rule_legal_breach),
    }
}

/// An amount per hour, formatted for the language ("13,90 €", "€13.90").
pub fn money(i18n: I18nContext<Locale>, w: &MinimumWage) -> String {
    let (euros, cents) = w.parts();
    t_string!(i18n, q_money, euros = euros, cents = cents).to_string()
}

/// A date, formatted for the language.
pub fn date_text(i18n: I18nContext<Locale>, d: Date) -> String {
    let day = format!("{:02}", d.day);
    let month = format!("{:02}", d.month);
    t_string!(i18n, q_date, day = day, month = month, year = d.year).to_string()
}

/// The device's date. Only used to choose legal numbers; never stored or sent.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::new(
        d.get_full_year().clamp(0, u16::MAX as u32) as u16,
        (d.get_month() + 1) as u8,
        d.get_date() as u8,
    )
}
