use leptos::prelude::*;

use super::self_check::focus_heading;
use crate::i18n::*;
use crate::state::{use_view, View};

/// Two buttons above the content: "Find help" (map and directory) and "Self-check".
/// Switching changes only an in-memory signal: no URL change, no history entry.
#[component]
pub fn ViewSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let view = use_view().0;
    let show = move |v: View| {
        view.set(v);
        if v == View::SelfCheck {
            focus_heading();
        }
    };
    let pressed = move |v: View| move || if view.get() == v { "true" } else { "false" };
    view! {
        <nav class="view-switch" aria-label=move || t_string!(i18n, q_nav_label) data-testid="view-switch">
            <button type="button" data-testid="view-find-help" aria-pressed=pressed(View::FindHelp)
                on:click=move |_| show(View::FindHelp)>
                {t!(i18n, q_nav_find_help)}
            </button>
            <button type="button" data-testid="view-self-check" aria-pressed=pressed(View::SelfCheck)
                on:click=move |_| show(View::SelfCheck)>
                {t!(i18n, q_nav_self_check)}
            </button>
        </nav>
    }
}
