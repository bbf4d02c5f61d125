//! Accessibility helpers shared by every view: one polite live region for announcements, and
//! scrolling that never animates.
//!
//! Announce from any component below [`crate::App`]:
//! ```ignore
//! let announcer = use_announcer();
//! announcer.say(t_string!(i18n, search_result_count, count = n).to_string());
//! ```

mod announcer;
mod scroll;

pub use announcer::{provide_announcer, use_announcer, Announcer, LiveRegion};
pub use scroll::scroll_into_view;

use wasm_bindgen::JsCast;

/// Moves focus to the element with `id` once the current change has rendered (next frame),
/// for example to a view's heading after switching views.
pub fn focus_after_render(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = leptos::prelude::document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
