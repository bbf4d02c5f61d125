use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::map_point;
use crate::data::DISTRICTS;
use crate::directory::show_district;
use crate::i18n::*;
use crate::map::districts_containing;
use crate::state::use_selection;

/// Where the last "where am I" ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Idle,
    Busy,
    Found(usize),
    Denied,
    Unavailable,
    Timeout,
    Outside,
    Unsupported,
}

/// The button "Where am I?". Only on a press it asks the browser for the position (the browser
/// asks for permission), finds the district on the device and selects it. The position is not
/// kept and not sent.
#[component]
pub fn LocateButton() -> impl IntoView {
    let i18n = use_i18n();
    let selected = use_selection().0;
    let status = RwSignal::new(Status::Idle);

    let on_click = move |_| {
        let Some(geo) = window().navigator().geolocation().ok() else {
            status.set(Status::Unsupported);
            return;
        };
        status.set(Status::Busy);
        let success = Closure::once_into_js(move |pos: web_sys::Position| {
            let c = pos.coords();
            let found = map_point(c.longitude(), c.latitude())
                .and_then(|p| districts_containing(&[p]).into_iter().next());
            match found {
                Some(i) => {
                    status.set(Status::Found(i));
                    show_district(selected, i);
                }
                None => status.set(Status::Outside),
            }
        });
        let failure = Closure::once_into_js(move |err: web_sys::PositionError| {
            status.set(match err.code() {
                web_sys::PositionError::PERMISSION_DENIED => Status::Denied,
                web_sys::PositionError::TIMEOUT => Status::Timeout,
                _ => Status::Unavailable,
            });
        });
        let options = web_sys::PositionOptions::new();
        options.set_enable_high_accuracy(false);
        options.set_timeout(20_000);
        options.set_maximum_age(0);
        let asked = geo.get_current_position_with_error_callback_and_options(
            success.unchecked_ref(),
            Some(failure.unchecked_ref()),
            &options,
        );
        if asked.is_err() {
            status.set(Status::Unsupported);
        }
    };

    let message = move || match status.get() {
        Status::Idle => String::new(),
        Status::Busy => t_string!(i18n, locate_busy).to_string(),
        Status::Found(i) => t_string!(i18n, locate_found, name = DISTRICTS[i].name).to_string(),
        Status::Denied => t_string!(i18n, locate_denied).to_string(),
        Status::Unavailable => t_string!(i18n, locate_unavailable).to_string(),
        Status::Timeout => t_string!(i18n, locate_timeout).to_string(),
        Status::Outside => t_string!(i18n, locate_outside).to_string(),
        Status::Unsupported => t_string!(i18n, locate_unsupported).to_string(),
    };
    let problem = move || !matches!(status.get(), Status::Idle | Status::Busy | Status::Found(_));
    view! {
        <div class="locate">
            <button
                type="button"
                class="locate-button"
                data-testid="locate-button"
                aria-describedby="locate-note"
                disabled=move || status.get() == Status::Busy
                on:click=on_click
            >
                {t!(i18n, locate_button)}
            </button>
            <p class="hint" id="locate-note">{t!(i18n, locate_note)}</p>
            <p class="locate-status" class:locate-problem=problem role="status" data-testid="locate-status">
                {message}
            </p>
        </div>
    }
}
