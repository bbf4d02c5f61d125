use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::nav::{neighbour, Direction};
use super::shapes::use_shapes;
use super::{touch, NearbyPicker};
use crate::data::{district_index, DISTRICTS, VIEW_BOX};
use crate::i18n::*;
use crate::state::use_selection;

/// Inline SVG map: one focusable `<path>` per district, drawn from the outlines the page
/// brought (see [`super::shapes`]). Pointer: click or tap selects.
/// Keyboard: the map is one tab stop (roving tabindex); arrow keys move between districts,
/// Home/End jump to the first/last, Enter or Space selects.
#[component]
pub fn DistrictMap() -> impl IntoView {
    let i18n = use_i18n();
    let selected = use_selection().0;
    // Which path carries tabindex=0. Follows the selection, so Tab lands on it.
    let tab_stop = RwSignal::new(0usize);

    let select = move |i: usize| {
        tab_stop.set(i);
        selected.set(Some(i));
    };

    // Districts offered after an ambiguous tap on a small district (see `touch.rs`).
    let nearby = RwSignal::new(Vec::<usize>::new());
    let on_pick = Callback::new(move |i: usize| {
        nearby.set(Vec::new());
        select(i);
        touch::focus_panel_heading();
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(i) = event_district(&ev) {
            // Pointer taps (detail ≥ 1, not keyboard) near a small district ask which one.
            let ask = if ev.detail() > 0 {
                touch::tap_choices(&ev)
            } else {
                Vec::new()
            };
            let asking = !ask.is_empty();
            nearby.set(ask);
            if asking {
                return;
            }
            select(i);
            // On a phone the panel sits below the map: bring the help into view. Focus stays
            // where the pointer was; keyboard selection does not scroll (the live region speaks).
            request_animation_frame(crate::directory::reveal_panel);
        }
    };
    let on_focusin = move |ev: leptos::ev::FocusEvent| {
        if let Some(i) = event_district(&ev) {
            tab_stop.set(i);
        }
    };
    let labels: Vec<[u16; 2]> = DISTRICTS.iter().map(|d| d.label).collect();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let current = tab_stop.get_untracked();
        let key = ev.key();
        let target = match key.as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                select(current);
                return;
            }
            "Home" => Some(0),
            "End" => Some(DISTRICTS.len() - 1),
            _ => Direction::from_key(&key)
                .map(|dir| neighbour(&labels, current, dir).unwrap_or(current)),
        };
        if let Some(next) = target {
            ev.prevent_default();
            tab_stop.set(next);
            focus_path(next);
        }
    };

    let shapes = use_shapes();
    let paths = DISTRICTS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            view! {
                <path
                    id=format!("d-{}", d.ags)
                    data-ags=d.ags
                    d=shapes.path(i).to_string()
                    role="button"
                    tabindex=move || if tab_stop.get() == i { "0" } else { "-1" }
                    aria-pressed=move || if selected.get() == Some(i) { "true" } else { "false" }
                    aria-label=move || district_label(i18n, d)
                ></path>
            }
        })
        .collect_view();

    view! {
        <div class="map-wrap">
        <svg
            class="map"
            viewBox=format!("0 0 {} {}", VIEW_BOX[0], VIEW_BOX[1])
            role="group"
            aria-label=move || t_string!(i18n, map_label)
            aria-describedby="map-instructions"
            on:click=on_click
            on:focusin=on_focusin
            on:keydown=on_keydown
        >
            {paths}
        </svg>
        <NearbyPicker choices=nearby on_pick=on_pick/>
        </div>
    }
}

/// The district whose path is the event's target, if any.
fn event_district(ev: &leptos::ev::Event) -> Option<usize> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    district_index(&el.get_attribute("data-ags")?)
}

fn focus_path(i: usize) {
    let id = format!("d-{}", DISTRICTS[i].ags);
    let path = document()
        .get_element_by_id(&id)
        .and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok());
    if let Some(path) = path {
        let _ = path.focus();
    }
}
