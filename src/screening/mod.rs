//! The anonymous self-check, as pure Rust: questions, scoring and the legal numbers.
//! No UI types here; the views live in `crate::questionnaire`. Unit-tested natively.
//!
//! Answers are plain values passed in; nothing here stores or sends anything.

mod advice;
pub mod law;
mod model;
#[cfg(test)]
mod scenarios;
mod score;

pub use advice::*;
pub use model::*;
pub use score::*;
