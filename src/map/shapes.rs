//! The district outlines, taken over from the page.
//!
//! The build puts the map into `index.html` as static SVG (so it shows before the wasm has
//! loaded and works without JavaScript). The wasm carries no path data: when the app starts it
//! reads each district's `d` from that SVG, then renders its interactive map from it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{district_index, DISTRICTS};

/// Path data per district, indexed like [`DISTRICTS`]; empty where the page had none.
#[derive(Clone, Debug, Default)]
pub struct Shapes(pub Arc<[String]>);

impl Shapes {
    /// Reads `svg.map path[data-ags]` below `root`. Unknown or repeated codes are ignored.
    pub fn read_from(root: &web_sys::Element) -> Shapes {
        let mut paths = vec![String::new(); DISTRICTS.len()];
        if let Ok(list) = root.query_selector_all("svg.map path[data-ags]") {
            for n in 0..list.length() {
                let Some(el) = list
                    .item(n)
                    .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
                else {
                    continue;
                };
                let ags = el.get_attribute("data-ags").unwrap_or_default();
                if let (Some(i), Some(d)) = (district_index(&ags), el.get_attribute("d")) {
                    if paths[i].is_empty() {
                        paths[i] = d;
                    }
                }
            }
        }
        let missing = paths.iter().filter(|p| p.is_empty()).count();
        if missing > 0 {
            leptos::logging::warn!(
                "Wegweiser: the page has no map outline for {missing} of {} districts; \
                 they are missing from the map (the list below the map has all of them)",
                DISTRICTS.len()
            );
        }
        Shapes(paths.into())
    }

    /// The path data of district `i` (empty when unknown).
    pub fn path(&self, i: usize) -> &str {
        self.0.get(i).map_or("", String::as_str)
    }
}

/// Makes the outlines available to [`super::DistrictMap`].
pub fn provide_shapes(shapes: Shapes) {
    provide_context(shapes);
}

/// The outlines provided at mount, or none (the map then draws nothing; the list still works).
pub fn use_shapes() -> Shapes {
    use_context::<Shapes>().unwrap_or_default()
}
