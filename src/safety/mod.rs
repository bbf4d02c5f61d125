//! Safety: quick exit and the friendly error message.
//!
//! Quick exit itself is a plain link plus `public/quick-exit.js`, outside the wasm, so it
//! works without JavaScript and keeps working when the app has crashed. The app only puts
//! the link and the error message into the reader's language.

use leptos::prelude::*;

#[cfg(feature = "panic-trigger")]
pub mod panic_trigger;

use crate::i18n::*;

/// Where quick exit goes: a neutral page (also in `index.html`).
pub const QUICK_EXIT_URL: &str = "https://www.wetteronline.de/";

/// Shows the friendly error message (static markup in `index.html`) when the app panics,
/// and still logs the panic to the console for developers.
pub fn install_panic_hook() {
    install_panic_hook_for("app-error");
}

/// Like [`install_panic_hook`], for the error message with id `error_id`.
pub fn install_panic_hook_for(error_id: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        if let Some(el) = document().get_element_by_id(error_id) {
            let _ = el.remove_attribute("hidden");
        }
    }));
}

/// Keeps the quick-exit link and the error message outside the app root in the current
/// language. Renders nothing itself.
#[component]
pub fn LocalisedChrome() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let doc = document();
        let set = |id: &str, text: &str| {
            if let Some(el) = doc.get_element_by_id(id) {
                el.set_text_content(Some(text));
            }
        };
        set("quick-exit-label", t_string!(i18n, quick_exit));
        set("quick-exit-hint", t_string!(i18n, quick_exit_hint));
        set("app-error-text", t_string!(i18n, error_message));
        set("skip-link", t_string!(i18n, skip_to_content));
    });
}
