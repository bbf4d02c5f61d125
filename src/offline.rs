//! The opt-in offline copy (issue 7): a button in the footer, "keep this page available
//! offline", with the trade-off written next to it.
//!
//! Only after the press does the app register `sw.js` (written by the build,
//! `datagen/src/offline.rs`), which stores the app's own files once, from its own origin.
//! Without the press nothing is registered and nothing is cached: a stored copy is a trace on
//! the phone, so it must be the reader's choice. "Delete the offline copy" unregisters the
//! worker and deletes our caches. On load the app only asks the browser whether a
//! registration exists (no request, nothing stored) to show the right state.
//!
//! The block is not shown inside a partner's frame (the copy would belong to the partner's
//! visitor without the partner page saying so) or where the browser has no service workers
//! (e.g. a page not served over https), so it never offers what cannot work.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use crate::a11y::use_announcer;
use crate::i18n::*;

/// Every cache of ours starts with this (`datagen/sw.js` names its caches so).
pub const CACHE_PREFIX: &str = "wegweiser-offline-";
/// The worker the build writes next to `index.html`.
const WORKER_URL: &str = "sw.js";

/// Whether a cache name is one of ours (the only ones "delete" removes).
pub fn is_our_cache(name: &str) -> bool {
    name.starts_with(CACHE_PREFIX)
}

/// Where the offline copy stands, as the block shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    /// No copy: the button.
    Off,
    /// Registering and storing.
    Saving,
    /// A copy is stored: "is available offline", and the delete button.
    On,
    /// Unregistering and deleting.
    Deleting,
}

/// What the last action ended with (shown, and said through the live region).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Saved,
    Deleted,
    SaveFailed,
    DeleteFailed,
}

/// The browser's service-worker container, or `None` where the block must not show: inside a
/// frame, or without service workers or the Cache API.
fn container() -> Option<ServiceWorkerContainer> {
    let window = window();
    let framed = match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window.clone()),
        _ => true,
    };
    if framed {
        return None;
    }
    let has = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false)
    };
    let navigator = window.navigator();
    if !has(&navigator, "serviceWorker") || !has(&window, "caches") {
        return None;
    }
    Some(navigator.service_worker())
}

/// The registration that controls this page's scope, if any.
async fn registration(
    sw: &ServiceWorkerContainer,
) -> Result<Option<ServiceWorkerRegistration>, JsValue> {
    let found = JsFuture::from(sw.get_registration()).await?;
    Ok(found.dyn_into::<ServiceWorkerRegistration>().ok())
}

/// Resolves with the worker's next `statechange`.
async fn next_state(worker: &ServiceWorker) {
    let changed = js_sys::Promise::new(&mut |resolve, _| worker.set_onstatechange(Some(&resolve)));
    let _ = JsFuture::from(changed).await;
    worker.set_onstatechange(None);
}

/// Registers `sw.js` for this folder and waits until it has stored every file and is active.
async fn save(sw: &ServiceWorkerContainer) -> Result<(), JsValue> {
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let reg: ServiceWorkerRegistration =
        JsFuture::from(sw.register_with_options(WORKER_URL, &options))
            .await?
            .dyn_into()?;
    let worker = reg
        .installing()
        .or_else(|| reg.waiting())
        .or_else(|| reg.active())
        .ok_or_else(|| JsValue::from_str("the registration has no worker"))?;
    // The state is read and the listener set in the same task: no change can slip between.
    loop {
        match worker.state() {
            ServiceWorkerState::Activated => return Ok(()),
            ServiceWorkerState::Redundant => {
                return Err(JsValue::from_str("storing the files failed"));
            }
            _ => next_state(&worker).await,
        }
    }
}

/// Unregisters our worker and deletes every cache of ours.
async fn delete(sw: &ServiceWorkerContainer) -> Result<(), JsValue> {
    if let Some(reg) = registration(sw).await? {
        JsFuture::from(reg.unregister()?).await?;
    }
    let caches = window().caches()?;
    let names: js_sys::Array = JsFuture::from(caches.keys()).await?.dyn_into()?;
    for name in names.iter().filter_map(|n| n.as_string()) {
        if is_our_cache(&name) {
            JsFuture::from(caches.delete(&name)).await?;
        }
    }
    Ok(())
}

/// The footer block: the trade-off in plain words, then the button for the current state.
#[component]
pub fn OfflineCopy() -> impl IntoView {
    let Some(sw) = container() else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let announcer = use_announcer();
    let status = RwSignal::new(Status::Off);
    let outcome = RwSignal::new(None::<Outcome>);
    let sw = StoredValue::new_local(sw);

    // A copy stored on an earlier visit: offer to delete it. (The answer comes later; the block
    // may be gone by then, e.g. in a test that unmounts the app: `try_` does nothing then.)
    let container = sw.get_value();
    spawn_local(async move {
        if let Ok(Some(_)) = registration(&container).await {
            if status.try_get_untracked() == Some(Status::Off) {
                status.set(Status::On);
            }
        }
    });

    let finish = move |next: Status, result: Outcome| {
        if status.try_get_untracked().is_none() {
            return; // unmounted meanwhile
        }
        status.set(next);
        outcome.set(Some(result));
        let text = match result {
            Outcome::Saved => t_string!(i18n, offline_saved),
            Outcome::Deleted => t_string!(i18n, offline_deleted),
            Outcome::SaveFailed => t_string!(i18n, offline_save_failed),
            Outcome::DeleteFailed => t_string!(i18n, offline_delete_failed),
        };
        announcer.say(text.to_string());
    };
    let save_copy = move || {
        status.set(Status::Saving);
        outcome.set(None);
        let sw = sw.get_value();
        spawn_local(async move {
            match save(&sw).await {
                Ok(()) => finish(Status::On, Outcome::Saved),
                Err(e) => {
                    leptos::logging::warn!(
                        "Wegweiser: the offline copy could not be stored: {e:?}"
                    );
                    // Whatever was stored before the failure goes again.
                    match delete(&sw).await {
                        Ok(()) => finish(Status::Off, Outcome::SaveFailed),
                        Err(_) => finish(Status::On, Outcome::DeleteFailed),
                    }
                }
            }
        });
    };
    let delete_copy = move || {
        status.set(Status::Deleting);
        outcome.set(None);
        let sw = sw.get_value();
        spawn_local(async move {
            match delete(&sw).await {
                Ok(()) => finish(Status::Off, Outcome::Deleted),
                Err(e) => {
                    leptos::logging::warn!(
                        "Wegweiser: the offline copy could not be deleted: {e:?}"
                    );
                    finish(Status::On, Outcome::DeleteFailed)
                }
            }
        });
    };
    // One button whose label follows the state, so keyboard focus stays on it.
    let on_click = move |_| match status.get_untracked() {
        Status::Off => save_copy(),
        Status::On => delete_copy(),
        Status::Saving | Status::Deleting => {}
    };
    let busy = move || matches!(status.get(), Status::Saving | Status::Deleting);
    let label = move || match status.get() {
        Status::Off | Status::Saving => t_string!(i18n, offline_save),
        Status::On | Status::Deleting => t_string!(i18n, offline_delete),
    };
    let message = move || match (outcome.get(), status.get()) {
        (Some(Outcome::Saved), _) => t_string!(i18n, offline_saved),
        (Some(Outcome::Deleted), _) => t_string!(i18n, offline_deleted),
        (Some(Outcome::SaveFailed), _) => t_string!(i18n, offline_save_failed),
        (Some(Outcome::DeleteFailed), _) => t_string!(i18n, offline_delete_failed),
        (None, Status::Saving) => t_string!(i18n, offline_saving),
        (None, Status::Deleting) => t_string!(i18n, offline_deleting),
        (None, Status::On) => t_string!(i18n, offline_stored),
        (None, Status::Off) => "",
    };
    let problem = move || {
        matches!(
            outcome.get(),
            Some(Outcome::SaveFailed | Outcome::DeleteFailed)
        )
    };
    view! {
        <section class="offline" aria-labelledby="offline-heading" data-testid="offline">
            <h2 id="offline-heading">{t!(i18n, offline_heading)}</h2>
            <div id="offline-note">
                <p>{t!(i18n, offline_what)}</p>
                <p>{t!(i18n, offline_trace)}</p>
            </div>
            <button
                type="button"
                class="offline-button"
                data-testid="offline-button"
                data-state=move || if matches!(status.get(), Status::On | Status::Deleting) { "on" } else { "off" }
                aria-describedby="offline-note"
                aria-disabled=move || busy().then_some("true")
                on:click=on_click
            >
                {label}
            </button>
            <p class="offline-status" class:offline-problem=problem data-testid="offline-status">
                {message}
            </p>
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletes_only_our_caches() {
        assert!(is_our_cache("wegweiser-offline-0123456789abcdef"));
        assert!(!is_our_cache("wegweiser-other"));
        assert!(!is_our_cache("partner-cache"));
    }

    #[test]
    fn the_worker_names_its_caches_with_our_prefix() {
        let template = include_str!("../datagen/sw.js");
        assert!(template.contains(&format!("const PREFIX = \"{CACHE_PREFIX}\";")));
        assert!(template.contains("const CACHE = PREFIX + "));
    }
}
