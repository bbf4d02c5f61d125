//! The search box: an ARIA 1.2 combobox (input `role=combobox` + `listbox`), arrow keys move
//! through the results, Enter chooses, Escape closes (a second Escape clears); the number of
//! results is announced in a polite live region. The search itself is [`super::search`].

use leptos::prelude::*;

use super::find::show_district;
use super::search::{district_display_name, search, Hit, Index, Outcome, Place};
use crate::data::DISTRICTS;
use crate::i18n::*;
use crate::state::use_selection;

/// How many results the list shows at most; the live region says how many there are.
pub const SHOWN: usize = 30;
const LISTBOX_ID: &str = "search-results";

fn option_id(i: usize) -> String {
    format!("search-option-{i}")
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let selected = use_selection().0;
    let query = RwSignal::new(String::new());
    let outcome = Memo::new(move |_| search(&query.get(), SHOWN));
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let hits = move || match outcome.get() {
        Outcome::Found { hits, .. } => hits,
        _ => Vec::new(),
    };
    let expanded = move || open.get() && matches!(outcome.get(), Outcome::Found { .. });

    let choose = move |hit: Hit| {
        open.set(false);
        active.set(None);
        show_district(selected, hit.district);
    };
    let on_input = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        active.set(None);
        open.set(true);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = hits().len();
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                ev.prevent_default();
                let down = ev.key() == "ArrowDown";
                let next = match (active.get_untracked(), down, open.get_untracked()) {
                    (_, true, false) | (None, true, _) => 0,
                    (_, false, false) | (None, false, _) => n - 1,
                    (Some(i), true, true) => (i + 1) % n,
                    (Some(i), false, true) => (i + n - 1) % n,
                };
                open.set(true);
                active.set(Some(next));
                scroll_option_into_view(next);
            }
            "Enter" if expanded() && n > 0 => {
                ev.prevent_default();
                choose(hits()[active.get_untracked().unwrap_or(0)]);
            }
            "Escape" => {
                if open.get_untracked() && n > 0 {
                    open.set(false);
                    active.set(None);
                } else {
                    query.set(String::new());
                }
            }
            _ => {}
        }
    };

    let status = move || match outcome.get() {
        Outcome::Blank => String::new(),
        Outcome::Found { total, hits } if total > hits.len() => {
            t_string!(i18n, search_count_more, count = total, shown = hits.len()).to_string()
        }
        Outcome::Found { total, .. } => t_string!(i18n, search_count, count = total).to_string(),
        Outcome::NotFound { postcode: true } => {
            t_string!(i18n, search_not_found_postcode).to_string()
        }
        Outcome::NotFound { postcode: false } => t_string!(i18n, search_not_found).to_string(),
    };
    let not_found = move || matches!(outcome.get(), Outcome::NotFound { .. });

    let options = move || {
        hits()
            .into_iter()
            .enumerate()
            .map(|(i, hit)| {
                view! {
                    <li
                        id=option_id(i)
                        role="option"
                        data-ags=DISTRICTS[hit.district].ags
                        aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| choose(hit)
                    >
                        <span class="search-name">{hit_name(hit)}</span>
                        " "
                        <span class="search-where">{move || hit_context(i18n, hit)}</span>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <div class="search">
            <label for="search-input">{t!(i18n, search_label)}</label>
            <p class="hint" id="search-hint">{t!(i18n, search_hint)}</p>
            <input
                id="search-input"
                data-testid="search-input"
                type="text"
                role="combobox"
                aria-autocomplete="list"
                aria-controls=LISTBOX_ID
                aria-describedby="search-hint"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().filter(|_| open.get()).map(option_id)
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                enterkeyhint="search"
                prop:value=move || query.get()
                on:input=on_input
                on:keydown=on_keydown
                on:focus=move |_| {
                    // Build the search keys now, so that typing does not wait for it.
                    let _ = Index::get();
                }
                on:blur=move |_| open.set(false)
            />
            <ul
                id=LISTBOX_ID
                role="listbox"
                data-testid="search-results"
                aria-label=move || t_string!(i18n, search_results_label)
                hidden=move || !expanded()
            >
                {options}
            </ul>
            <p
                class="search-status"
                class:search-not-found=not_found
                role="status"
                aria-live="polite"
                data-testid="search-status"
            >
                {status}
            </p>
        </div>
    }
}

/// What a result is called: "Kreis Unna", "Wanne-Eickel", "44135 Dortmund".
fn hit_name(hit: Hit) -> String {
    match hit.place {
        Place::District(_) => district_display_name(hit.district),
        _ => hit.label(),
    }
}

/// Where a result lies, in words: "Ortsteil von Herne, Herne".
fn hit_context(i18n: leptos_i18n::I18nContext<Locale>, hit: Hit) -> String {
    let d = &DISTRICTS[hit.district];
    let district = district_display_name(hit.district);
    match hit.place {
        Place::District(_) => district_kind(i18n, d.kind).to_string(),
        Place::Municipality(_) => {
            t_string!(i18n, search_municipality_in, district = district).to_string()
        }
        Place::Locality { .. } => t_string!(
            i18n,
            search_locality_in,
            municipality = hit.municipality().unwrap_or_default(),
            district = district
        )
        .to_string(),
        Place::Postcode { .. } => {
            t_string!(i18n, search_postcode_in, district = district).to_string()
        }
    }
}

fn scroll_option_into_view(i: usize) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&option_id(i)) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}
