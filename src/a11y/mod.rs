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
