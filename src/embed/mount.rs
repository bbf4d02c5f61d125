//! Direct mount (issue 7): a site that hosts the built `dist/` folder itself puts the app into
//! one of its own elements with `mount(element, options)` from `mount.js` (a file the build
//! writes, `public/mount.js`). This module holds what `mount.js` calls in the wasm.
//!
//! Mounted, the app leaves the partner's page alone: it does not read or write the URL, does
//! not touch `<html lang/dir>` or the title (lang and dir go on the mount element), and scopes
//! its styles to that element (`mount.css`). It brings its own quick exit when the page has
//! none. One app per page: its element ids would clash, so a second mount is refused.

use std::cell::Cell;

use leptos::prelude::*;
use leptos_i18n::Locale as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::options::{parse_options, MountOptions, RawValue};
use super::settings::{use_start_settings, Host, StartSettings};
use super::EmbedParams;
use crate::data::DISTRICTS;
use crate::i18n::*;
use crate::safety::{LocalisedChrome, QUICK_EXIT_URL};

/// Id of the friendly error message of a mounted app (the page's own is `app-error`).
pub const MOUNTED_ERROR_ID: &str = "wegweiser-error";
/// The class the mount element gets; `mount.css` scopes every rule to it.
pub const SCOPE_CLASS: &str = "wegweiser";

thread_local! {
    static TAKEN: Cell<bool> = const { Cell::new(false) };
}

/// Claims the page for the app. `false` when the app is already on it (taken over or mounted).
pub fn claim_page() -> bool {
    TAKEN.with(|t| !t.replace(true))
}

/// Checks and normalises the options object a page passed to `mount` (bad values: a console
/// warning each, and the default). Returns `{ view, lang?, district? }`; `mount.js` reads
/// `view` from it to decide whether to load the map outlines.
#[wasm_bindgen(js_name = wegweiserMountOptions)]
pub fn mount_options(raw: JsValue) -> JsValue {
    let options = read_options(&raw);
    let out = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&out, &key.into(), &value.into());
    };
    set("view", options.view.name());
    if let Some(l) = options.lang {
        set("lang", l.as_str());
    }
    if let Some(i) = options.district {
        set("district", DISTRICTS[i].ags);
    }
    out.into()
}

/// Reads a JavaScript options object into [`MountOptions`], warning about what is not
/// understood. `undefined` and `null` mean "all defaults".
fn read_options(raw: &JsValue) -> MountOptions {
    if raw.is_undefined() || raw.is_null() {
        return MountOptions::default();
    }
    if !raw.is_object() || raw.is_function() || js_sys::Array::is_array(raw) {
        let kind = if js_sys::Array::is_array(raw) {
            "array".to_string()
        } else {
            raw.js_typeof().as_string().unwrap_or_default()
        };
        leptos::logging::warn!(
            "Wegweiser mount: the options must be an object such as {{ view: \"map\", lang: \"ro\", district: \"05978\" }}, not a value of type {kind}; using the defaults"
        );
        return MountOptions::default();
    }
    // Own enumerable keys with their values, as strings where they are strings.
    let object: &js_sys::Object = raw.unchecked_ref();
    let entries: Vec<(String, Option<String>, String)> = js_sys::Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
        .map(|k| {
            let v = js_sys::Reflect::get(raw, &JsValue::from_str(&k)).unwrap_or(JsValue::UNDEFINED);
            let kind = if v.is_null() {
                "null".to_string()
            } else {
                v.js_typeof().as_string().unwrap_or_default()
            };
            (k, v.as_string(), kind)
        })
        .collect();
    let (options, warnings) = parse_options(entries.iter().map(|(k, text, kind)| {
        let value = match (text, kind.as_str()) {
            (Some(t), _) => RawValue::Text(t),
            (None, "undefined" | "null") => RawValue::Missing,
            (None, kind) => RawValue::Other(kind),
        };
        (k.as_str(), value)
    }));
    for w in warnings {
        leptos::logging::warn!("{w}");
    }
    options
}

/// Mounts the app into `element` with the options (as [`mount_options`] returns them) and
/// the map outlines (the `<svg>` of `map.svg`, parsed by `mount.js`; `None` when the view has
/// no map or it could not be loaded). Replaces the element's content. Errors, without a
/// panic, when `element` is not an HTML element or the app is already on the page.
#[wasm_bindgen(js_name = wegweiserMount)]
pub fn mount(
    element: JsValue,
    options: JsValue,
    map: Option<web_sys::Element>,
) -> Result<(), JsError> {
    let Some(host) = element.dyn_ref::<web_sys::HtmlElement>().cloned() else {
        return Err(JsError::new(
            "Wegweiser mount: the target is not an HTML element; nothing mounted",
        ));
    };
    if !claim_page() {
        return Err(JsError::new(
            "Wegweiser mount: the app is already on this page, and a page holds one (its element ids would clash); nothing mounted",
        ));
    }
    crate::safety::install_panic_hook_for(MOUNTED_ERROR_ID);
    let options = read_options(&options);
    let shapes = match &map {
        Some(svg) => crate::map::Shapes::read_from(svg),
        None => crate::map::Shapes::default(),
    };
    let locale = options
        .lang
        .unwrap_or_else(|| start_locale(None, &navigator_languages()));
    host.set_inner_html("");
    let classes = host.class_name();
    if !classes.split_ascii_whitespace().any(|c| c == SCOPE_CLASS) {
        host.set_class_name(format!("{classes} {SCOPE_CLASS}").trim());
    }
    // The element outlives everything: the app is never unmounted.
    let host_element = StoredValue::new_local(web_sys::Element::from(host.clone()));
    let settings = StartSettings {
        embed: EmbedParams {
            embedded: true,
            view: options.view,
        },
        locale,
        district: options.district,
        host: Host::Mounted(host_element),
    };
    crate::mount_app(host.clone(), shapes, Some(settings)).forget();
    let _ = host.set_attribute("data-app", "ready");
    Ok(())
}

/// What the app keeps up outside its own content: on its page the quick exit and error
/// message of `index.html` ([`LocalisedChrome`]); mounted, its own ([`MountedChrome`]).
#[component]
pub fn PageChrome() -> impl IntoView {
    match use_start_settings().mounted_in() {
        None => view! { <LocalisedChrome/> }.into_any(),
        Some(host) => view! { <MountedChrome host/> }.into_any(),
    }
}

/// Mounted in a partner's page: language and direction on the mount element, a quick exit
/// (unless the page has one, `#quick-exit`; `mount.js` then loads `quick-exit.js` for it) and
/// the friendly error message, all inside the element.
#[component]
fn MountedChrome(host: web_sys::Element) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let locale = i18n.get_locale();
        let _ = host.set_attribute("lang", locale.as_str());
        let _ = host.set_attribute("dir", locale.direction().as_str());
    });
    let own_exit = document().get_element_by_id("quick-exit").is_none();
    view! {
        {own_exit.then(|| view! {
            <div class="quick-exit">
                <a id="quick-exit" href=QUICK_EXIT_URL target="_top" rel="noreferrer" data-testid="quick-exit">
                    <span id="quick-exit-label">{t!(i18n, quick_exit)}</span>
                </a>
                <span class="quick-exit-hint" id="quick-exit-hint">{t!(i18n, quick_exit_hint)}</span>
            </div>
        })}
        <div id=MOUNTED_ERROR_ID class="app-error" role="alert" hidden>
            <p>{t!(i18n, error_message)}</p>
        </div>
    }
}
