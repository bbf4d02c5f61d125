//! Small districts on small screens. On a 360 px phone the Ruhr cities are a few pixels wide,
//! too small to hit with a finger. When a tap lands where several districts lie within
//! [`TOUCH_RADIUS_PX`] and one of them is smaller than a [`TARGET_PX`] square on screen, the
//! map asks "Which one did you mean?" with a list of ≥ 44 px buttons ([`super::NearbyPicker`]);
//! otherwise the tap selects directly. The hit test uses the map's own shapes in the page
//! (`SVGGeometryElement.isPointInFill`), so no boundary data is needed in Rust.

use wasm_bindgen::JsCast;

use crate::data::{district_index, DISTRICTS};

/// Half the minimum target size: districts this close to the tap are candidates.
pub const TOUCH_RADIUS_PX: f64 = 22.0;
/// Minimum touch target (WCAG 2.5.5 / platform guidelines), in CSS pixels.
pub const TARGET_PX: f64 = 44.0;

/// Points (SVG units) at which to test the districts around a tap at `c`: the centre and two
/// rings, at half and full radius `r`.
pub fn sample_points(c: [f64; 2], r: f64) -> Vec<[f64; 2]> {
    let mut pts = vec![c];
    for (ring, n) in [(0.5, 8), (1.0, 16)] {
        for k in 0..n {
            let a = std::f64::consts::TAU * f64::from(k) / f64::from(n);
            pts.push([c[0] + ring * r * a.cos(), c[1] + ring * r * a.sin()]);
        }
    }
    pts
}

/// Whether a bounding box `[x0, y0, x1, y1]` (SVG units) comes near a circle around `c`.
pub fn bbox_near(b: [u16; 4], c: [f64; 2], r: f64) -> bool {
    f64::from(b[0]) - r <= c[0]
        && c[0] <= f64::from(b[2]) + r
        && f64::from(b[1]) - r <= c[1]
        && c[1] <= f64::from(b[3]) + r
}

/// Whether a district with bounding box `b` is drawn smaller than a target at `scale` CSS px
/// per SVG unit.
pub fn too_small(b: [u16; 4], scale: f64) -> bool {
    let w = f64::from(b[2].saturating_sub(b[0])) * scale;
    let h = f64::from(b[3].saturating_sub(b[1])) * scale;
    w < TARGET_PX || h < TARGET_PX
}

/// The districts to offer for a tap: empty or one means "select directly".
pub fn choices(candidates: &[usize], scale: f64) -> Vec<usize> {
    if candidates.len() > 1
        && candidates
            .iter()
            .any(|&i| too_small(DISTRICTS[i].bbox, scale))
    {
        candidates.to_vec()
    } else {
        Vec::new()
    }
}

/// The map's district shapes in the page, with their index into `DISTRICTS`.
fn shapes() -> Vec<(usize, web_sys::SvgGeometryElement)> {
    let Ok(list) = document().query_selector_all("svg.map path[data-ags]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|k| {
            let el: web_sys::Element = list.item(k)?.dyn_into().ok()?;
            let i = district_index(&el.get_attribute("data-ags")?)?;
            Some((i, el.dyn_into().ok()?))
        })
        .collect()
}

use leptos::prelude::document;

/// The districts (ascending index) whose shape contains at least one of `points` (SVG units).
pub fn districts_containing(points: &[[f64; 2]]) -> Vec<usize> {
    let p = web_sys::DomPointInit::new();
    let mut found: Vec<usize> = shapes()
        .into_iter()
        .filter(|(i, _)| {
            points
                .iter()
                .any(|pt| bbox_near(DISTRICTS[*i].bbox, *pt, 1.0))
        })
        .filter(|(_, shape)| {
            points.iter().any(|pt| {
                p.set_x(pt[0]);
                p.set_y(pt[1]);
                shape.is_point_in_fill_with_point(&p)
            })
        })
        .map(|(i, _)| i)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// For a pointer tap on the map: the districts to ask about, or empty to select directly.
pub fn tap_choices(ev: &web_sys::MouseEvent) -> Vec<usize> {
    let Some(svg) = document().query_selector("svg.map").ok().flatten() else {
        return Vec::new();
    };
    let rect = svg.get_bounding_client_rect();
    let view_w = f64::from(crate::data::VIEW_BOX[0]);
    if rect.width() <= 0.0 {
        return Vec::new();
    }
    // The map keeps its aspect ratio (width 100 %, height auto), so one scale fits both axes.
    let scale = rect.width() / view_w;
    let c = [
        (f64::from(ev.client_x()) - rect.left()) / scale,
        (f64::from(ev.client_y()) - rect.top()) / scale,
    ];
    let r = TOUCH_RADIUS_PX / scale;
    choices(&districts_containing(&sample_points(c, r)), scale)
}

/// After a choice in the picker the list disappears: bring the help into view and move focus
/// there (without a second scroll).
pub fn focus_panel_heading() {
    leptos::prelude::request_animation_frame(|| {
        crate::directory::reveal_panel();
        if let Some(h) = document()
            .get_element_by_id(crate::directory::PANEL_HEADING_ID)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = h.focus_with_options(&options);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_cover_the_centre_and_the_rim() {
        let pts = sample_points([100.0, 100.0], 10.0);
        assert_eq!(pts.len(), 25);
        assert!(pts.contains(&[100.0, 100.0]));
        assert!(pts
            .iter()
            .all(|p| ((p[0] - 100.0).powi(2) + (p[1] - 100.0).powi(2)).sqrt() <= 10.0 + 1e-9));
        assert!(pts.iter().any(|p| (p[0] - 110.0).abs() < 1e-9));
    }

    #[test]
    fn picker_only_when_a_small_district_is_among_several() {
        let herne = district_index("05916").unwrap();
        let bochum = district_index("05911").unwrap();
        let hsk = district_index("05958").unwrap();
        let soest = district_index("05974").unwrap();
        // A 360 px phone shows the 1265-unit map at about 0.26 px per unit: Herne is tiny.
        let phone = 328.0 / 1265.0;
        assert!(too_small(DISTRICTS[herne].bbox, phone));
        assert_eq!(choices(&[bochum, herne], phone), vec![bochum, herne]);
        // Two big districts side by side: select directly.
        assert!(choices(&[hsk, soest], phone).is_empty());
        // One district only: select directly.
        assert!(choices(&[herne], phone).is_empty());
        // On a big screen where Herne is large enough, no question either.
        assert!(choices(&[bochum, herne], 10.0).is_empty());
    }

    #[test]
    fn bbox_near_includes_the_margin() {
        let b = [10, 10, 20, 20];
        assert!(bbox_near(b, [15.0, 15.0], 0.0));
        assert!(bbox_near(b, [8.0, 15.0], 3.0));
        assert!(!bbox_near(b, [5.0, 15.0], 3.0));
    }
}
