//! The self-check's views: start screen, one question per screen, result. They only render
//! what `crate::screening` decides. Answers live in signals in memory and nowhere else.

mod result;
mod self_check;
mod switch;
mod text;

pub use result::ResultView;
pub use self_check::{Check, SelfCheck, Step, HEADING_ID};
pub use switch::ViewSwitch;
