//! Component tests in a real browser (headless Debian Chromium through
//! wasm-bindgen-test-runner): mount the app, act on the DOM, assert what a person sees.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit};

use wegweiser::data::{centres_for, CentreKind};

wasm_bindgen_test_configure!(run_in_browser);

/// The static map and directory exactly as the build puts them into `index.html`.
const PRERENDERED: &str = include_str!(concat!(env!("OUT_DIR"), "/prerendered.html"));

/// Fills a fresh element with the prerendered page and lets the app take it over, as
/// `start()` does on the real page; the handle unmounts it when dropped.
fn mount_app() -> (Element, impl Drop) {
    let wrapper = document().create_element("div").expect("a div");
    wrapper.set_inner_html(PRERENDERED);
    document()
        .body()
        .expect("a body")
        .append_child(&wrapper)
        .expect("appended");
    let handle = wegweiser::take_over(wrapper.clone());
    (wrapper, handle)
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn click(el: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    let ev = MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("an event");
    el.dispatch_event(&ev).expect("dispatched");
}

fn key(el: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    el.dispatch_event(&ev).expect("dispatched");
}

fn panel_heading(root: &Element) -> Option<String> {
    find(root, "[data-testid=panel] h2").text_content()
}

#[wasm_bindgen_test]
async fn clicking_a_district_path_shows_its_centres() {
    let (root, _unmount) = mount_app();
    tick().await;
    assert_eq!(root.query_selector_all("svg path").unwrap().length(), 53);

    let unna = find(&root, "svg path[data-ags='05978']");
    assert_eq!(unna.get_attribute("aria-pressed").as_deref(), Some("false"));
    click(&unna);
    tick().await;

    assert_eq!(panel_heading(&root).as_deref(), Some("Unna"));
    assert_eq!(unna.get_attribute("aria-pressed").as_deref(), Some("true"));
    let expected = centres_for("05978");
    assert!(expected.iter().any(|c| c.kind == CentreKind::Bsa));
    for c in expected {
        let card = find(
            &root,
            &format!("[data-testid=panel] article[data-id='{}'] h4", c.id),
        );
        assert_eq!(card.text_content().as_deref(), Some(c.name));
    }
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_districts_and_enter_selects() {
    let (root, _unmount) = mount_app();
    tick().await;
    let koeln = find(&root, "svg path[data-ags='05315']");
    click(&koeln);
    tick().await;
    assert_eq!(koeln.get_attribute("tabindex").as_deref(), Some("0"));

    key(&koeln, "ArrowRight");
    tick().await;
    let stop = find(&root, "svg path[tabindex='0']");
    let east = stop.get_attribute("data-ags").expect("an ags");
    assert_ne!(east, "05315", "ArrowRight must move the tab stop");
    assert_eq!(koeln.get_attribute("tabindex").as_deref(), Some("-1"));
    // Moving focus does not select.
    assert_eq!(panel_heading(&root).as_deref(), Some("Köln"));

    key(&stop, "Enter");
    tick().await;
    assert_eq!(stop.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        koeln.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_ne!(panel_heading(&root).as_deref(), Some("Köln"));
}

#[wasm_bindgen_test]
async fn the_list_selects_the_same_district_as_the_map() {
    let (root, _unmount) = mount_app();
    tick().await;
    click(&find(
        &root,
        "[data-testid=district-list] button[data-ags='05119']",
    ));
    tick().await;
    assert_eq!(panel_heading(&root).as_deref(), Some("Oberhausen"));
    let path = find(&root, "svg path[data-ags='05119']");
    assert_eq!(path.get_attribute("aria-pressed").as_deref(), Some("true"));
    // No BSA known there: the panel says so instead of guessing.
    find(
        &root,
        "[data-testid=no-bsa] a[href='https://www.mags.nrw/beratungsstellen-arbeit']",
    );
}
