//! "Find help": the search box, the "where am I" button and the note for a wrong deep link,
//! above the map. Choosing a district here uses the shared selection (`crate::state`).

use leptos::prelude::*;

use super::deeplink::{parse_hash, HashTarget};
use super::locate::LocateButton;
use super::search_box::SearchBox;
use super::PANEL_HEADING_ID;
use crate::i18n::*;
use crate::state::use_selection;

/// Search, locate and deep links, grouped under one heading.
#[component]
pub fn FindHelp() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="find" aria-labelledby="find-heading">
            <h2 id="find-heading">{t!(i18n, search_heading)}</h2>
            <DeepLink/>
            <SearchBox/>
            <LocateButton/>
        </section>
    }
}

/// Selects district `i` and brings its help into view (on a phone the panel is below the map).
pub fn show_district(selected: RwSignal<Option<usize>>, i: usize) {
    selected.set(Some(i));
    request_animation_frame(reveal_panel);
}

/// Scrolls the panel heading to the top unless it is already well in view (below the sticky
/// quick-exit bar and in the upper part of the screen).
pub fn reveal_panel() {
    let Some(heading) = document().get_element_by_id(PANEL_HEADING_ID) else {
        return;
    };
    let viewport = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let bar = document()
        .query_selector(".quick-exit")
        .ok()
        .flatten()
        .map_or(0.0, |b| b.get_bounding_client_rect().bottom());
    let top = heading.get_bounding_client_rect().top();
    if top < bar || top > viewport * 0.6 {
        crate::a11y::scroll_into_view(&heading);
    }
}

/// Opens the district named in the URL hash (`#/bezirk/05978`, `#bezirk-05978`) at start and
/// whenever the hash changes (mounted: the `district` option); a wrong code gets a visible note. Never writes the URL: choosing
/// districts adds nothing to the history.
#[component]
fn DeepLink() -> impl IntoView {
    let i18n = use_i18n();
    let selected = use_selection().0;
    let unknown = RwSignal::new(None::<String>);
    let apply = move |hash: String| match parse_hash(&hash) {
        HashTarget::District(i) => {
            unknown.set(None);
            show_district(selected, i);
        }
        HashTarget::Unknown => unknown.set(Some(hash)),
        HashTarget::None => {}
    };
    let start = crate::embed::use_start_settings();
    if start.mounted_in().is_some() {
        // Mounted in a partner's page: its URL is its own. The district comes from the mount
        // options and opens without scrolling the partner's page.
        if let Some(i) = start.district {
            selected.set(Some(i));
        }
    } else {
        apply(window().location().hash().unwrap_or_default());
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            apply(window().location().hash().unwrap_or_default());
        });
        on_cleanup(move || handle.remove());
    }
    move || {
        unknown.get().map(|hash| {
            let code: String = hash.chars().skip(1).take(40).collect();
            view! {
                <div class="link-note" role="alert" data-testid="link-note">
                    <p>{t!(i18n, link_unknown, code = code)}</p>
                    <button type="button" on:click=move |_| unknown.set(None)>
                        {t!(i18n, link_dismiss)}
                    </button>
                </div>
            }
        })
    }
}
