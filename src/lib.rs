//! Wegweiser Arbeit NRW: find free counselling for problems at work in every district of
//! North Rhine-Westphalia.
//!
//! Client-side rendered Leptos app. All data is compiled in at build time (`build.rs` →
//! `datagen`), nothing is fetched, stored or sent at run time.

pub mod a11y;
pub mod app;
pub mod data;
pub mod directory;
pub mod embed;
pub mod i18n;
pub mod map;
pub mod offline;
pub mod questionnaire;
pub mod safety;
pub mod screening;
pub mod state;

pub use app::App;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Marks the `#app` element of the app's own built page (written by the build's prerender
/// step, `datagen/src/prerender.rs`): only that element is ever taken over.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// Mounts the app into the page's `#app` element (see `index.html`), taking over the static
/// map and directory the build put there. Runs whenever the wasm starts, also on a partner's
/// page that loaded `mount.js`: there it does nothing (a partner's own `#app` is not ours).
pub fn start() {
    let Some(root) = document()
        .get_element_by_id("app")
        .filter(|root| root.has_attribute(PRERENDERED_ATTR))
    else {
        return;
    };
    if !embed::mount::claim_page() {
        return;
    }
    safety::install_panic_hook();
    // The page lives as long as the app: the mount handle is never dropped.
    take_over(root).forget();
    #[cfg(feature = "panic-trigger")]
    safety::panic_trigger::panic_if_requested();
}

/// Replaces the prerendered content of `root` with the app. The map outlines are read from
/// the static SVG first (the wasm does not carry them). Removing the static markup and
/// mounting happen in one task, so the browser never paints the element empty.
pub fn take_over(
    root: web_sys::Element,
) -> leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState> {
    let shapes = map::Shapes::read_from(&root);
    root.set_inner_html("");
    let handle = mount_app(root.clone().unchecked_into(), shapes, None);
    // For tests and the benchmark: the static page has become the app.
    let _ = root.set_attribute("data-app", "ready");
    handle
}

/// Mounts [`App`] into `parent` with the map outlines and, for a direct mount, its start
/// settings (without them the app reads its URL). The one place the app is mounted, for its
/// page and for a direct mount alike (one copy of the mount code in the wasm).
pub(crate) fn mount_app(
    parent: web_sys::HtmlElement,
    shapes: map::Shapes,
    settings: Option<embed::StartSettings>,
) -> leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState> {
    leptos::mount::mount_to(parent, move || {
        map::provide_shapes(shapes);
        if let Some(settings) = settings {
            provide_context(settings);
        }
        App().into_any()
    })
}
