//! Wegweiser Arbeit NRW: find free counselling for problems at work in every district of
//! North Rhine-Westphalia.
//!
//! Client-side rendered Leptos app. All data is compiled in at build time (`build.rs` →
//! `datagen`), nothing is fetched, stored or sent at run time.

pub mod app;
pub mod data;
pub mod directory;
pub mod i18n;
pub mod map;
pub mod questionnaire;
pub mod safety;
pub mod screening;
pub mod state;

pub use app::App;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the app into the page's `#app` element (see `index.html`).
pub fn start() {
    safety::install_panic_hook();
    let Some(root) = document().get_element_by_id("app") else {
        leptos::logging::warn!(
            "Wegweiser: no element with id \"app\" on this page; nothing mounted"
        );
        return;
    };
    // The page lives as long as the app: the mount handle is never dropped.
    leptos::mount::mount_to(root.unchecked_into(), App).forget();
}
