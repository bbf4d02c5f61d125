use leptos::prelude::*;

use super::{CentreCard, PANEL_HEADING_ID};
use crate::data::{centres_for, statewide, CentreKind, District, DISTRICTS, OFFICIAL_OVERVIEW};
use crate::i18n::*;
use crate::state::use_selection;

/// Help for the selected district: its Beratungsstelle(n) Arbeit, network partners, and
/// the statewide offers. Where we know no BSA we say so and link the official overview.
#[component]
pub fn DistrictPanel() -> impl IntoView {
    let i18n = use_i18n();
    let selected = use_selection().0;
    view! {
        <section class="panel" aria-labelledby=PANEL_HEADING_ID data-testid="panel">
            {move || match selected.get() {
                None => view! {
                    <h2 id=PANEL_HEADING_ID tabindex="-1">{t!(i18n, panel_heading_empty)}</h2>
                    <p>{t!(i18n, panel_empty)}</p>
                }
                .into_any(),
                Some(i) => view! { <DistrictHelp district=&DISTRICTS[i]/> }.into_any(),
            }}
            <h3>{t!(i18n, statewide_heading)}</h3>
            <ul class="centres" data-testid="statewide">
                {statewide()
                    .into_iter()
                    .map(|c| view! { <li><CentreCard centre=c/></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn DistrictHelp(
    /// The district to show.
    district: &'static District,
) -> impl IntoView {
    let i18n = use_i18n();
    let centres = centres_for(district.ags);
    let (bsa, partners): (Vec<_>, Vec<_>) =
        centres.into_iter().partition(|c| c.kind == CentreKind::Bsa);
    let has_bsa = !bsa.is_empty();
    let has_partners = !partners.is_empty();
    let overview_link = move || {
        view! {
            <a href=OFFICIAL_OVERVIEW rel="noopener noreferrer" target="_blank">
                {t!(i18n, official_overview_link)}
                <span class="visually-hidden">" " {t!(i18n, opens_new_tab)}</span>
            </a>
        }
    };
    view! {
        <h2 id=PANEL_HEADING_ID tabindex="-1" data-ags=district.ags>
            {district.name}
        </h2>
        <p class="district-kind">{move || district_kind(i18n, district.kind)}</p>
        <h3>{t!(i18n, bsa_heading)}</h3>
        <p class="intro">{t!(i18n, bsa_intro)}</p>
        {if has_bsa {
            view! {
                <ul class="centres" data-testid="bsa">
                    {bsa.into_iter().map(|c| view! { <li><CentreCard centre=c/></li> }).collect_view()}
                </ul>
                <p class="overview">{t!(i18n, official_overview_always)} " " {overview_link()}</p>
            }
            .into_any()
        } else {
            view! {
                <p class="no-bsa" data-testid="no-bsa">
                    {t!(i18n, no_bsa_known, name = district.name)} " " {overview_link()}
                </p>
            }
            .into_any()
        }}
        {has_partners.then(|| view! {
            <h3>{t!(i18n, partners_heading)}</h3>
            <ul class="centres" data-testid="partners">
                {partners.into_iter().map(|c| view! { <li><CentreCard centre=c/></li> }).collect_view()}
            </ul>
        })}
    }
}
