use leptos::prelude::*;

use super::self_check::{Check, DeleteButton, SafetyNotice, HEADING_ID};
use super::text::{date_text, indicator_name, money, question_text, rule_name, sign_text, today};
use crate::data::{centres_for, statewide, CentreKind, CENTRES, DISTRICTS, OFFICIAL_OVERVIEW};
use crate::directory::CentreCard;
use crate::i18n::*;
use crate::screening::law::{self, Date, Source};
use crate::screening::{
    assess, next_steps, Assessment, Band, Indicator, Length, NextStep, Outcome,
};
use crate::state::use_selection;

/// The result: band in plain words, why, rights with the legal numbers of today's date,
/// next steps, help in the chosen district, and a summary to show a counsellor.
#[component]
pub fn ResultView(
    /// The check's state.
    check: Check,
) -> impl IntoView {
    let i18n = use_i18n();
    let length = check.length.get_untracked();
    let a = assess(&check.answers.get_untracked(), length);
    let date = today();
    let band = a.band;
    let (title, testid_band) = match a.outcome {
        Outcome::NotEnoughAnswers => (0, "none"),
        Outcome::Band(Band::NoSigns) => (1, "0"),
        Outcome::Band(Band::Unfair) => (2, "1"),
        Outcome::Band(Band::Exploitation) => (3, "2"),
        Outcome::Band(Band::ForcedLabour) => (4, "3"),
    };
    let title_text = move || match title {
        0 => t_string!(i18n, q_not_enough_title),
        1 => t_string!(i18n, q_band0_title),
        2 => t_string!(i18n, q_band1_title),
        3 => t_string!(i18n, q_band2_title),
        _ => t_string!(i18n, q_band3_title),
    };
    let band_text = move || match title {
        0 => t_string!(i18n, q_not_enough_text),
        1 => t_string!(i18n, q_band0_text),
        2 => t_string!(i18n, q_band1_text),
        3 => t_string!(i18n, q_band2_text),
        _ => t_string!(i18n, q_band3_text),
    };
    let emergency = a.emergency || band == Band::ForcedLabour;
    let possible = (a.possible > band).then_some(a.possible);
    let signs = a.signs.clone();
    let unsure = a.unsure.clone();
    view! {
        <div class="q-result" data-testid="q-result" data-band=testid_band>
            <p class="q-caption">{t!(i18n, q_result_heading)}</p>
            <h2 id=HEADING_ID tabindex="-1" data-testid="q-band">{title_text}</h2>
            {emergency.then(|| view! { <Emergency/> })}
            <p>{band_text}</p>
            <p class="q-not-advice" data-testid="q-not-advice">{t!(i18n, q_not_advice)}</p>
            {(a.incomplete && a.outcome != Outcome::NotEnoughAnswers)
                .then(|| view! { <p class="q-note" data-testid="q-incomplete">{t!(i18n, q_incomplete)}</p> })}
            {possible.map(|p| view! {
                <p class="q-note" data-testid="q-possible">
                    {move || match p {
                        Band::ForcedLabour => t_string!(i18n, q_possible_3),
                        Band::Exploitation => t_string!(i18n, q_possible_2),
                        _ => t_string!(i18n, q_possible_1),
                    }}
                </p>
            })}
            {(length == Length::Short).then(|| view! {
                <p>
                    {t!(i18n, q_short_more)} " "
                    <button type="button" class="q-link" data-testid="q-start-long-now"
                        on:click=move |_| check.start(Length::Long)>
                        {t!(i18n, q_start_long_now)}
                    </button>
                </p>
            })}

            <h3>{t!(i18n, q_why_heading)}</h3>
            {if signs.is_empty() {
                view! { <p>{t!(i18n, q_why_none)}</p> }.into_any()
            } else {
                view! {
                    <p>{t!(i18n, q_why_intro)}</p>
                    <ul data-testid="q-reasons">
                        {signs.iter().map(|&q| view! {
                            <li data-question=format!("{q:?}")>{move || sign_text(i18n, q)}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!unsure.is_empty()).then(|| view! {
                <p>{t!(i18n, q_unsure_heading)}</p>
                <ul data-testid="q-unsure">
                    {unsure.iter().map(|&q| view! { <li>{move || question_text(i18n, q, date)}</li> }).collect_view()}
                </ul>
            })}

            <NextSteps assessment=a.clone()/>
            <Rights date=date band=band/>
            <HelpNearby/>
            <Summary check=check date=date/>
            <div class="q-nav">
                <button type="button" class="q-secondary" data-testid="q-back" on:click=move |_| check.back()>
                    {t!(i18n, q_back)}
                </button>
                <DeleteButton check=check/>
            </div>
            <SafetyNotice/>
        </div>
    }
}

/// 110 and 112 as big call links, and the Hilfetelefon from the directory (sourced there).
#[component]
fn Emergency() -> impl IntoView {
    let i18n = use_i18n();
    let women = CENTRES
        .iter()
        .find(|c| c.id == "statewide-hilfetelefon-gewalt-gegen-frauen");
    view! {
        <section class="q-emergency" data-testid="q-emergency" aria-labelledby="q-emergency-heading">
            <h3 id="q-emergency-heading">{t!(i18n, q_emergency_heading)}</h3>
            <ul class="q-calls">
                <li><a class="q-call" href="tel:110">{t!(i18n, q_emergency_police)} <span class="q-number" dir="ltr">"110"</span></a></li>
                <li><a class="q-call" href="tel:112">{t!(i18n, q_emergency_ambulance)} <span class="q-number" dir="ltr">"112"</span></a></li>
            </ul>
            <p>{t!(i18n, q_emergency_free)}</p>
            <p data-testid="q-emergency-papers">{t!(i18n, q_emergency_papers)}</p>
            {women.map(|c| view! { <CentreCard centre=c/> })}
        </section>
    }
}

/// The advice in the order `screening::next_steps` gives (in band 3: 110 first).
#[component]
fn NextSteps(
    /// The result the steps are for.
    assessment: Assessment,
) -> impl IntoView {
    let i18n = use_i18n();
    let order = next_steps(&assessment);
    let steps = move || {
        order
            .iter()
            .map(|step| {
                let text = match step {
                    NextStep::Records => t_string!(i18n, q_next0_records),
                    NextStep::AskLater => t_string!(i18n, q_next0_ask),
                    NextStep::Evidence => t_string!(i18n, q_next1_evidence),
                    NextStep::Counsel => t_string!(i18n, q_next1_counsel),
                    NextStep::Origin => t_string!(i18n, q_next1_eu),
                    NextStep::TalkFirst => t_string!(i18n, q_next2_first),
                    NextStep::Safety => t_string!(i18n, q_next2_safety),
                    NextStep::Papers => t_string!(i18n, q_next2_status),
                    NextStep::Danger => t_string!(i18n, q_next3_danger),
                    NextStep::Specialist => t_string!(i18n, q_next3_specialist),
                    NextStep::Free => t_string!(i18n, q_next_free),
                };
                view! { <li data-step=format!("{step:?}")>{text}</li> }
            })
            .collect_view()
    };
    view! {
        <h3>{t!(i18n, q_next_heading)}</h3>
        <ul class="q-steps" data-testid="q-next">{steps}</ul>
    }
}

/// One right as shown: the sentence with its numbers, its source, and when it started.
struct RightLine {
    text: String,
    source: Option<&'static Source>,
    from: Option<Date>,
}

/// The rights with their numbers for `date`; a "not known" line outside the known range.
fn right_lines(i18n: leptos_i18n::I18nContext<Locale>, date: Date, band: Band) -> Vec<RightLine> {
    let line = |text: String, source: &'static Source| RightLine {
        text,
        source: Some(source),
        from: None,
    };
    let mut out = Vec::new();
    match law::minimum_wage(date) {
        Some(w) => {
            let mut text = t_string!(i18n, q_right_wage, amount = money(i18n, w)).to_string();
            if let Some(n) = law::next_minimum_wage(date) {
                text.push(' ');
                text.push_str(
                    &t_string!(
                        i18n,
                        q_right_wage_next,
                        date = date_text(i18n, n.from),
                        amount = money(i18n, n)
                    )
                    .to_string(),
                );
            }
            out.push(RightLine {
                text,
                source: Some(&w.source),
                from: Some(w.from),
            });
        }
        None => out.push(RightLine {
            text: t_string!(i18n, q_right_wage_unknown).to_string(),
            source: None,
            from: None,
        }),
    }
    let Some(r) = law::rules(date) else {
        out.push(RightLine {
            text: t_string!(i18n, q_rights_unknown, date = date_text(i18n, date)).to_string(),
            source: None,
            from: None,
        });
        return out;
    };
    let s = &r.sources;
    out.push(line(
        t_string!(
            i18n,
            q_right_hours,
            day = r.day_hours,
            max = r.day_hours_max,
            months = r.hours_average_months,
            week = r.day_hours * r.week_days
        )
        .to_string(),
        &s.hours,
    ));
    out.push(line(
        t_string!(
            i18n,
            q_right_breaks,
            after = r.break_after_hours,
            short = r.break_minutes,
            after_long = r.long_break_after_hours,
            long = r.long_break_minutes
        )
        .to_string(),
        &s.breaks,
    ));
    out.push(line(
        t_string!(i18n, q_right_rest, hours = r.rest_hours).to_string(),
        &s.rest,
    ));
    out.push(line(
        t_string!(
            i18n,
            q_right_leave,
            days = r.leave_werktage,
            weeks = r.leave_weeks,
            months = r.leave_full_after_months
        )
        .to_string(),
        &s.leave,
    ));
    out.push(line(
        t_string!(
            i18n,
            q_right_sick,
            weeks = r.sick_pay_weeks,
            after = r.sick_pay_after_weeks,
            days = r.sick_note_after_days
        )
        .to_string(),
        &s.sick_pay,
    ));
    out.push(line(
        t_string!(
            i18n,
            q_right_written,
            days = r.written_terms_days,
            date = date_text(i18n, r.written_terms_since)
        )
        .to_string(),
        &s.written_terms,
    ));
    out.push(line(
        t_string!(i18n, q_right_documents).to_string(),
        &s.documents,
    ));
    out.push(line(t_string!(i18n, q_right_safety).to_string(), &s.safety));
    out.push(line(
        t_string!(
            i18n,
            q_right_claims,
            years = r.claim_years,
            months = r.cutoff_months
        )
        .to_string(),
        &s.claims,
    ));
    out.push(line(
        t_string!(i18n, q_right_dismissal, weeks = r.dismissal_weeks).to_string(),
        &s.dismissal,
    ));
    if band >= Band::Exploitation {
        out.push(line(
            t_string!(i18n, q_right_victims, months = r.reflection_months).to_string(),
            &s.victims,
        ));
    }
    out
}

/// The rules with their numbers for `date`, each with its source; "not known" outside the
/// range the tables cover.
#[component]
fn Rights(
    /// The device's date.
    date: Date,
    /// The band found: protection rights for victims are shown from band 2.
    band: Band,
) -> impl IntoView {
    let i18n = use_i18n();
    let checked = law::CHECKED_ON;
    // One list rebuilt as a whole when the language changes: less code than a view per right.
    let items = move || {
        right_lines(i18n, date, band)
            .into_iter()
            .map(|l| view! { <li>{l.text} {l.source.map(|s| view! { <SourceNote source=s from=l.from/> })}</li> })
            .collect_view()
    };
    view! {
        <h3>{t!(i18n, q_rights_heading)}</h3>
        <p>{t!(i18n, q_rights_intro)}</p>
        <ul class="q-rights" data-testid="q-rights">{items}</ul>
        <p class="q-source" data-testid="q-rights-checked">{move || t_string!(i18n, q_rights_checked, date = date_text(i18n, checked)).to_string()}</p>
    }
}

/// "Source: § 3 ArbZG" linked to the page that states it, and the start date if it has one.
#[component]
fn SourceNote(
    /// The source.
    source: &'static Source,
    /// When the number started to hold, if it changes over time.
    from: Option<Date>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="q-source">
            " ("
            <a href=source.url rel="noopener noreferrer" target="_blank">
                {move || t_string!(i18n, q_right_source, law = source.law).to_string()}
                <span class="visually-hidden">" " {t!(i18n, opens_new_tab)}</span>
            </a>
            {from.map(|d| view! { ", " {move || t_string!(i18n, q_right_valid_from, date = date_text(i18n, d)).to_string()} })}
            ")"
        </span>
    }
}

/// Choose the district right here (the shared selection, so the map agrees) and see its
/// Beratungsstelle(n) Arbeit, partners and the statewide offers.
#[component]
fn HelpNearby() -> impl IntoView {
    let i18n = use_i18n();
    let selected = use_selection().0;
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        selected.set(crate::data::district_index(&value));
    };
    let mut order: Vec<usize> = (0..DISTRICTS.len()).collect();
    order.sort_by(|&a, &b| DISTRICTS[a].name.cmp(DISTRICTS[b].name));
    let options = order
        .into_iter()
        .map(|i| {
            let d = &DISTRICTS[i];
            view! {
                <option value=d.ags selected=move || selected.get() == Some(i)>
                    {move || district_label(i18n, d)}
                </option>
            }
        })
        .collect_view();
    let centres = move || match selected.get() {
        None => view! { <p>{t!(i18n, q_help_none_yet)}</p> }.into_any(),
        Some(i) => {
            let d = &DISTRICTS[i];
            let found = centres_for(d.ags);
            let has_bsa = found.iter().any(|c| c.kind == CentreKind::Bsa);
            view! {
                {(!has_bsa).then(|| view! {
                    <p class="no-bsa">
                        {move || t_string!(i18n, no_bsa_known, name = d.name).to_string()} " "
                        <a href=OFFICIAL_OVERVIEW rel="noopener noreferrer" target="_blank">{t!(i18n, official_overview_link)}</a>
                    </p>
                })}
                <ul class="centres" data-testid="q-help-local">
                    {found.into_iter().map(|c| view! { <li><CentreCard centre=c/></li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="q-help" aria-labelledby="q-help-heading" data-testid="q-help">
            <h3 id="q-help-heading">{t!(i18n, q_help_heading)}</h3>
            <label class="q-select">
                <span>{t!(i18n, q_help_choose)}</span>
                <select on:change=on_change data-testid="q-district">
                    <option value="" selected=move || selected.get().is_none()>{t!(i18n, q_help_choose_none)}</option>
                    {options}
                </select>
            </label>
            {centres}
            <h4>{t!(i18n, statewide_heading)}</h4>
            <ul class="centres" data-testid="q-help-statewide">
                {statewide().into_iter().map(|c| view! { <li><CentreCard centre=c/></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// What a counsellor needs to see: check, date, band, rules and ILO indicators with the
/// answers behind them. On screen and in print only; never stored, never sent.
#[component]
fn Summary(
    /// The check's state.
    check: Check,
    /// The device's date.
    date: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    let length = check.length.get_untracked();
    let a = assess(&check.answers.get_untracked(), length);
    let indicators: Vec<(Indicator, Vec<_>)> = Indicator::ALL
        .into_iter()
        .map(|ind| {
            let qs: Vec<_> = a
                .signs
                .iter()
                .copied()
                .filter(|q| q.question().indicators.contains(&ind))
                .collect();
            (ind, qs)
        })
        .filter(|(_, qs)| !qs.is_empty())
        .collect();
    let rules = a.rules.clone();
    let (answered, shown) = (a.answered, a.shown);
    view! {
        <section class="q-summary" aria-labelledby="q-summary-heading" data-testid="q-summary">
            <h3 id="q-summary-heading">{t!(i18n, q_summary_heading)}</h3>
            <p>{t!(i18n, q_summary_intro)}</p>
            <p>
                {move || if length == Length::Short { t_string!(i18n, q_summary_check_short) } else { t_string!(i18n, q_summary_check_long) }}
                ", " {move || date_text(i18n, date)} ", "
                {move || t_string!(i18n, q_summary_answered, answered = answered, shown = shown).to_string()}
            </p>
            <h4>{t!(i18n, q_summary_rules)}</h4>
            {if rules.is_empty() {
                view! { <p>{t!(i18n, q_summary_none)}</p> }.into_any()
            } else {
                view! { <ul>{rules.into_iter().map(|r| view! { <li>{move || rule_name(i18n, r)}</li> }).collect_view()}</ul> }.into_any()
            }}
            <h4>{t!(i18n, q_summary_indicators)}</h4>
            {if indicators.is_empty() {
                view! { <p>{t!(i18n, q_summary_none)}</p> }.into_any()
            } else {
                view! {
                    <ul data-testid="q-summary-indicators">
                        {indicators.into_iter().map(|(ind, qs)| view! {
                            <li data-indicator=ind.number()>
                                <strong>{format!("{}. ", ind.number())} {move || indicator_name(i18n, ind)}</strong>
                                <ul>{qs.into_iter().map(|q| view! { <li>{move || sign_text(i18n, q)}</li> }).collect_view()}</ul>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
