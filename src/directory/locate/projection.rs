//! Longitude/latitude → SVG units of the map, on the device, without a projection library.
//!
//! The boundaries were projected at build time to ETRS89 / UTM 32N and quantised (see
//! `datagen/src/map.rs`). `datagen/src/locate.rs` fits a cubic polynomial in (lon, lat) to
//! that projection over NRW and proves in a native test against proj4rs that it stays within
//! one SVG unit; this file only evaluates it. It has no dependencies, so `datagen` includes it
//! with `#[path]` and tests exactly this code.

/// Number of coefficients of a full cubic in two variables.
pub const TERMS: usize = 10;

/// A fitted projection: `x = Σ cx[k]·m_k(u, v)`, `y = Σ cy[k]·m_k(u, v)` with
/// `u = lon − origin[0]`, `v = lat − origin[1]` (degrees).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fitted {
    pub origin: [f64; 2],
    pub cx: [f64; TERMS],
    pub cy: [f64; TERMS],
}

/// The monomials 1, u, v, u², uv, v², u³, u²v, uv², v³.
pub fn monomials(u: f64, v: f64) -> [f64; TERMS] {
    [
        1.0,
        u,
        v,
        u * u,
        u * v,
        v * v,
        u * u * u,
        u * u * v,
        u * v * v,
        v * v * v,
    ]
}

impl Fitted {
    /// SVG coordinates `[x, y]` (y grows southwards) of a WGS84 position in degrees.
    pub fn to_svg(&self, lon: f64, lat: f64) -> [f64; 2] {
        let m = monomials(lon - self.origin[0], lat - self.origin[1]);
        let dot = |c: &[f64; TERMS]| c.iter().zip(m.iter()).map(|(a, b)| a * b).sum::<f64>();
        [dot(&self.cx), dot(&self.cy)]
    }
}
