use leptos::prelude::*;

use super::PANEL_HEADING_ID;
use crate::data::{RegBez, DISTRICTS};
use crate::i18n::*;
use crate::state::use_selection;

/// Every district as a button, grouped by Regierungsbezirk: everything the map does,
/// without the map. Choosing one moves focus to the panel heading.
#[component]
pub fn DistrictList() -> impl IntoView {
    let i18n = use_i18n();
    let selected = use_selection().0;
    let choose = move |i: usize| {
        selected.set(Some(i));
        // After the panel has rendered the new district, move focus (and the view) there.
        crate::a11y::focus_after_render(PANEL_HEADING_ID);
    };
    let groups = RegBez::ALL
        .into_iter()
        .map(|r| {
            let items = DISTRICTS
                .iter()
                .enumerate()
                .filter(|(_, d)| d.regbez == r)
                .map(|(i, d)| {
                    view! {
                        <li>
                            <button
                                type="button"
                                data-ags=d.ags
                                aria-pressed=move || if selected.get() == Some(i) { "true" } else { "false" }
                                on:click=move |_| choose(i)
                            >
                                <span class="name">{d.name}</span>
                                " "
                                <span class="kind">{move || district_kind(i18n, d.kind)}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="regbez">
                    <h3>{move || regbez_name(i18n, r)}</h3>
                    <ul>{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="district-list" aria-labelledby="list-heading" data-testid="district-list">
            <h2 id="list-heading">{t!(i18n, list_heading)}</h2>
            <div class="groups">{groups}</div>
        </nav>
    }
}
