//! "Where am I": only when the user presses the button, the browser's geolocation gives a
//! position; it is projected to map units on the device ([`projection`]) and looked up in the
//! map's own district shapes (`SVGGeometryElement.isPointInFill`). Nothing is sent anywhere.

mod button;
pub mod projection;

pub use button::LocateButton;

use crate::data::{LOCATE_ORIGIN, LOCATE_X, LOCATE_Y, VIEW_BOX};
use projection::Fitted;

/// The compiled-in projection.
pub const FITTED: Fitted = Fitted {
    origin: LOCATE_ORIGIN,
    cx: LOCATE_X,
    cy: LOCATE_Y,
};

/// Map coordinates (SVG units) of a position, or `None` if it is not a finite position on
/// the map's view box (then it is certainly outside NRW).
pub fn map_point(lon: f64, lat: f64) -> Option<[f64; 2]> {
    if !lon.is_finite()
        || !lat.is_finite()
        || !(-180.0..=180.0).contains(&lon)
        || !(-90.0..=90.0).contains(&lat)
    {
        return None;
    }
    // The polynomial is only meaningful near NRW; farther away, say "outside" directly.
    if !(4.0..=11.5).contains(&lon) || !(49.0..=54.0).contains(&lat) {
        return None;
    }
    let [x, y] = FITTED.to_svg(lon, lat);
    let inside =
        (0.0..=f64::from(VIEW_BOX[0])).contains(&x) && (0.0..=f64::from(VIEW_BOX[1])).contains(&y);
    inside.then_some([x, y])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{district_index, DISTRICTS};

    #[test]
    fn known_places_project_into_their_district_bbox() {
        for (lon, lat, ags) in [
            (6.9583, 50.9413, "05315"), // Kölner Dom
            (7.4681, 51.5139, "05913"), // Dortmund, Reinoldikirche
            (7.6261, 51.9625, "05515"), // Münster, Prinzipalmarkt
            (7.2226, 51.5369, "05916"), // Herne centre
        ] {
            let [x, y] = map_point(lon, lat).unwrap();
            let b = DISTRICTS[district_index(ags).unwrap()].bbox;
            assert!(
                f64::from(b[0]) <= x
                    && x <= f64::from(b[2])
                    && f64::from(b[1]) <= y
                    && y <= f64::from(b[3]),
                "{ags}: {x} {y} not in {b:?}"
            );
        }
    }

    #[test]
    fn far_away_and_invalid_positions_are_outside() {
        assert_eq!(map_point(13.405, 52.52), None); // Berlin
        assert_eq!(map_point(11.576, 48.137), None); // München
        assert_eq!(map_point(f64::NAN, 51.0), None);
        assert_eq!(map_point(7.0, f64::INFINITY), None);
        assert_eq!(map_point(500.0, 51.0), None);
    }
}
