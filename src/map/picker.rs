use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::DISTRICTS;
use crate::i18n::*;

/// "Which one did you mean?": the districts near a tap, as buttons of at least 44 × 44 px.
/// Shown by the map when a tap is ambiguous (see [`super::touch`]); empty `choices` hides it.
#[component]
pub fn NearbyPicker(
    /// The districts to offer (indices into `DISTRICTS`); set to empty to close.
    choices: RwSignal<Vec<usize>>,
    /// Called with the chosen district.
    on_pick: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Move focus into the list when it opens, so keyboard and screen reader users land there.
    Effect::new(move |_| {
        if !choices.get().is_empty() {
            request_animation_frame(|| {
                if let Some(b) = document()
                    .query_selector("[data-testid=nearby-picker] button")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    options.set_behavior(web_sys::ScrollBehavior::Instant);
                    b.scroll_into_view_with_scroll_into_view_options(&options);
                    let _ = b.focus();
                }
            });
        }
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            choices.set(Vec::new());
        }
    };
    move || {
        let list = choices.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="nearby-picker" role="group" aria-labelledby="pick-heading" data-testid="nearby-picker" on:keydown=on_keydown>
                    <p id="pick-heading" class="pick-heading">{t!(i18n, pick_heading)}</p>
                    <ul>
                        {list
                            .into_iter()
                            .map(|i| {
                                let d = &DISTRICTS[i];
                                view! {
                                    <li>
                                        <button type="button" data-ags=d.ags on:click=move |_| on_pick.run(i)>
                                            {move || district_label(i18n, d)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <button type="button" class="pick-close" on:click=move |_| choices.set(Vec::new())>
                        {t!(i18n, pick_close)}
                    </button>
                </div>
            }
        })
    }
}
