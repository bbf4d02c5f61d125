//! Locale wiring. All user-facing text lives in `locales/<lang>.json`; `build.rs` turns them
//! into the typed `i18n` module (leptos_i18n), so a missing key is a compile error.

#[allow(missing_docs, clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}
pub use generated::i18n::*;

mod labels;
pub use labels::*;
