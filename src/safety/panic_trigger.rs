//! A deliberate panic for the robustness test (cargo feature `panic-trigger`, off by default).
//!
//! Only `scripts/test` builds with this feature, into `target/dist-panic`; the release `dist/`
//! must never contain [`TRIGGER`] (`tests/e2e/robustness.spec.ts` checks both).

use leptos::prelude::*;

/// The URL hash that makes a test build panic right after mounting.
pub const TRIGGER: &str = "#__panic_trigger__";

/// Panics when the page was opened with [`TRIGGER`] as its hash, so that the panic hook,
/// the friendly error and quick exit can be checked on a real, crashed app.
pub fn panic_if_requested() {
    if window().location().hash().ok().as_deref() == Some(TRIGGER) {
        panic!("panic-trigger: deliberate panic for the robustness test");
    }
}
