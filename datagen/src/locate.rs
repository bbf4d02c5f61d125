//! The on-device projection for "where am I": a cubic polynomial fitted by least squares to
//! the build-time projection (proj4rs, ETRS89 / UTM 32N, quantised to SVG units), so the wasm
//! needs neither proj4rs nor trigonometry. The app evaluates it with the same code
//! ([`projection`], included from `src/directory/locate/projection.rs`).

use proj4rs::proj::Proj;

use crate::map::{project, MapOut, FROM_CRS, MARGIN, TO_CRS};

#[path = "../../src/directory/locate/projection.rs"]
pub mod projection;

pub use projection::{monomials, Fitted, TERMS};

/// The area the fit covers (degrees): NRW's bounding box (5.87–9.46 E, 50.32–52.53 N) with a
/// margin, so that positions just outside NRW still land just outside the map.
pub const FIT_LON: (f64, f64) = (5.5, 9.9);
pub const FIT_LAT: (f64, f64) = (50.0, 52.9);
/// Centre of the fit; keeps the monomials small and the normal equations well conditioned.
pub const ORIGIN: [f64; 2] = [7.7, 51.45];

/// Exact SVG coordinates of a position: proj4rs, then the map's offset and scale (not rounded).
pub fn exact_svg(map: &MapOut, from: &Proj, to: &Proj, lon: f64, lat: f64) -> Option<[f64; 2]> {
    let [e, n] = project(from, to, lon, lat).ok()?;
    let q = f64::from(map.quantum_m);
    let m = f64::from(MARGIN);
    Some([(e - map.origin_m[0]) / q + m, (map.origin_m[1] - n) / q + m])
}

/// The projection set-up used for fitting and checking.
pub fn projs() -> Result<(Proj, Proj), String> {
    let from = Proj::from_proj_string(FROM_CRS).map_err(|e| e.to_string())?;
    let to = Proj::from_proj_string(TO_CRS).map_err(|e| e.to_string())?;
    Ok((from, to))
}

/// Least-squares fit on a 41 × 41 grid over [`FIT_LON`] × [`FIT_LAT`].
pub fn fit(map: &MapOut) -> Result<Fitted, String> {
    let (from, to) = projs()?;
    let mut ata = [[0.0f64; TERMS]; TERMS];
    let mut atx = [0.0f64; TERMS];
    let mut aty = [0.0f64; TERMS];
    let steps = 40;
    for i in 0..=steps {
        for j in 0..=steps {
            let lon = FIT_LON.0 + (FIT_LON.1 - FIT_LON.0) * f64::from(i) / f64::from(steps);
            let lat = FIT_LAT.0 + (FIT_LAT.1 - FIT_LAT.0) * f64::from(j) / f64::from(steps);
            let [x, y] = exact_svg(map, &from, &to, lon, lat)
                .ok_or_else(|| format!("cannot project [{lon}, {lat}]"))?;
            let m = monomials(lon - ORIGIN[0], lat - ORIGIN[1]);
            for (r, row) in ata.iter_mut().enumerate() {
                for (cell, mc) in row.iter_mut().zip(&m) {
                    *cell += m[r] * mc;
                }
                atx[r] += m[r] * x;
                aty[r] += m[r] * y;
            }
        }
    }
    Ok(Fitted {
        origin: ORIGIN,
        cx: solve(ata, atx).ok_or("the fit is singular")?,
        cy: solve(ata, aty).ok_or("the fit is singular")?,
    })
}

/// Gaussian elimination with partial pivoting.
fn solve(mut a: [[f64; TERMS]; TERMS], mut b: [f64; TERMS]) -> Option<[f64; TERMS]> {
    for col in 0..TERMS {
        let pivot = (col..TERMS).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..TERMS {
            let f = a[row][col] / a[col][col];
            let pivot_row = a[col];
            for (x, p) in a[row][col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; TERMS];
    for row in (0..TERMS).rev() {
        let s: f64 = (row + 1..TERMS).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solve_recovers_a_known_polynomial() {
        // A system whose solution is 0, 1, 2, …: diagonal-dominant matrix.
        let mut a = [[0.0; TERMS]; TERMS];
        let mut want = [0.0; TERMS];
        for (i, w) in want.iter_mut().enumerate() {
            *w = i as f64;
            for (j, cell) in a[i].iter_mut().enumerate() {
                *cell = if i == j {
                    10.0
                } else {
                    1.0 / (1.0 + (i + j) as f64)
                };
            }
        }
        let b: [f64; TERMS] = std::array::from_fn(|i| (0..TERMS).map(|j| a[i][j] * want[j]).sum());
        let got = solve(a, b).unwrap();
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 1e-9, "{got:?}");
        }
    }
}
