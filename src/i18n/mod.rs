//! Locale wiring. All user-facing text lives in `locales/<id>.json`; `build.rs` turns every
//! file there into the typed `i18n` module (leptos_i18n), so a key missing from German is a
//! compile error and `tests/locales.rs` checks every other file against German.

#[allow(missing_docs, clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}
pub use generated::i18n::*;

mod labels;
mod picker;
mod review;
mod start;
pub use labels::*;
pub use picker::{LanguagePicker, REVIEW_NOTE_ID};
pub use review::{review_status, ReviewStatus};
pub use start::{
    browser_start_locale, lang_param, match_locale, navigator_languages, start_locale,
    supported_locales,
};

use leptos::prelude::*;

/// Switches to the start language (for the page: [`browser_start_locale`]) once, after
/// leptos_i18n has applied its own guess from the browser (its first effect runs before this one).
pub fn apply_start_locale(start: Locale) {
    let i18n = use_i18n();
    Effect::new(move |_| i18n.set_locale(start));
}
