//! Projection (WGS84 → ETRS89 / UTM 32N), quantisation to integer SVG units, SVG path
//! encoding, bounding boxes and label points.

use proj4rs::proj::Proj;
use proj4rs::transform::transform;

use crate::districts::DistrictIn;
use crate::error::{DataError, Report};
use crate::nrw::{DistrictKind, RegBez};

/// Source CRS of the GeoJSON.
pub const FROM_CRS: &str = "+proj=longlat +datum=WGS84 +no_defs";
/// Target CRS: ETRS89 / UTM zone 32N (EPSG:25832).
pub const TO_CRS: &str = "+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs";
/// Candidate sizes of one SVG unit in metres, coarsest first; the first that keeps every ring
/// a ring is used.
pub const QUANTA_M: [u32; 3] = [200, 150, 100];
/// Empty SVG units around the map on every side.
pub const MARGIN: i32 = 4;

/// A quantised ring in SVG units: no closing duplicate, no consecutive duplicates.
pub type QRing = Vec<[i32; 2]>;

/// One district ready to be emitted.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictOut {
    pub ags: String,
    pub name: String,
    pub kind: DistrictKind,
    pub regbez: RegBez,
    /// SVG path data (`M x y` + relative `l` + `z` per ring).
    pub path: String,
    /// `[min_x, min_y, max_x, max_y]` in SVG units.
    pub bbox: [u16; 4],
    /// A point strictly inside the district.
    pub label: [u16; 2],
    /// The rings the path was made from (all parts; outer rings clockwise on screen).
    pub rings: Vec<QRing>,
}

/// The whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapOut {
    /// Metres per SVG unit.
    pub quantum_m: u32,
    /// `[width, height]` in SVG units.
    pub view_box: [u16; 2],
    /// Sorted by AGS.
    pub districts: Vec<DistrictOut>,
    /// Why coarser quanta were not used, e.g. `"200 m: 05334 polygon 3 ring 0 collapses"`.
    pub rejected: Vec<String>,
    /// UTM `[min easting, max northing]` in metres: the map's top-left corner before the
    /// margin (SVG `x = (E − origin_m[0]) / quantum + MARGIN`, `y = (origin_m[1] − N) / quantum + MARGIN`).
    pub origin_m: [f64; 2],
}

impl MapOut {
    pub fn rings(&self) -> usize {
        self.districts.iter().map(|d| d.rings.len()).sum()
    }
    pub fn vertices(&self) -> usize {
        self.districts
            .iter()
            .flat_map(|d| &d.rings)
            .map(Vec::len)
            .sum()
    }
    pub fn path_bytes(&self) -> usize {
        self.districts.iter().map(|d| d.path.len()).sum()
    }
}

/// Projected rings of one district in metres (easting, northing), closing position included.
type MRings = Vec<(String, Vec<[f64; 2]>, bool)>; // (label, points, is_outer)

/// Projects, quantises and encodes all districts. `file` labels errors (the districts file).
pub fn build_map(file: &str, districts: &[DistrictIn]) -> Result<MapOut, Vec<DataError>> {
    let mut r = Report::new(file);
    let (from, to) = match (
        Proj::from_proj_string(FROM_CRS),
        Proj::from_proj_string(TO_CRS),
    ) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            r.file_error(format!("cannot set up the projection: {e}"));
            return Err(r.errors);
        }
    };
    let entry = |d: &DistrictIn| format!("district {:?} ({})", d.ags, d.name);

    // 1. Project everything.
    let mut projected: Vec<MRings> = Vec::new();
    for d in districts {
        let mut rings = Vec::new();
        for (p, polygon) in d.polygons.iter().enumerate() {
            for (k, ring) in polygon.iter().enumerate() {
                let label = if d.polygons.len() > 1 {
                    format!("polygon {p} ring {k}")
                } else {
                    format!("ring {k}")
                };
                let mut pts = Vec::with_capacity(ring.len());
                for &[lon, lat] in ring {
                    match project(&from, &to, lon, lat) {
                        Ok(en) => pts.push(en),
                        Err(e) => {
                            r.error(
                                &entry(d),
                                "geometry",
                                format!("{label}: cannot project [{lon}, {lat}]: {e}"),
                            );
                            break;
                        }
                    }
                }
                rings.push((label, pts, k == 0));
            }
        }
        projected.push(rings);
    }
    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    let all = || {
        projected
            .iter()
            .flatten()
            .flat_map(|(_, pts, _)| pts.iter())
    };
    let e_min = all().map(|p| p[0]).fold(f64::INFINITY, f64::min);
    let e_max = all().map(|p| p[0]).fold(f64::NEG_INFINITY, f64::max);
    let n_min = all().map(|p| p[1]).fold(f64::INFINITY, f64::min);
    let n_max = all().map(|p| p[1]).fold(f64::NEG_INFINITY, f64::max);
    if !e_min.is_finite() {
        r.file_error("has no coordinates");
        return Err(r.errors);
    }

    // 2. Pick the coarsest quantum that keeps every ring.
    let mut rejected = Vec::new();
    for (qi, &q) in QUANTA_M.iter().enumerate() {
        let qf = f64::from(q);
        let quantise = |p: &[f64; 2]| -> [i32; 2] {
            [
                ((p[0] - e_min) / qf).round() as i32 + MARGIN,
                ((n_max - p[1]) / qf).round() as i32 + MARGIN,
            ]
        };
        let mut collapsed = Vec::new();
        let mut quantised: Vec<Vec<QRing>> = Vec::new();
        for (d, rings) in districts.iter().zip(&projected) {
            let mut out = Vec::new();
            for (label, pts, outer) in rings {
                let mut ring = clean_ring(pts.iter().map(quantise));
                if is_collapsed(&ring) {
                    collapsed.push((entry(d), label.clone(), ring.len()));
                }
                // Outer rings clockwise on screen (positive area with y down), holes the other way,
                // so the default nonzero fill rule shows holes.
                if (area2(&ring) > 0) != *outer {
                    ring.reverse();
                }
                out.push(ring);
            }
            quantised.push(out);
        }
        if !collapsed.is_empty() {
            if qi + 1 < QUANTA_M.len() {
                let what: Vec<String> = collapsed
                    .iter()
                    .map(|(e, l, _)| format!("{e} {l} collapses"))
                    .collect();
                rejected.push(format!("{q} m: {}", what.join("; ")));
                continue;
            }
            for (e, l, n) in collapsed {
                r.error(
                    &e,
                    "geometry",
                    format!(
                        "{l} collapses at {q} m per SVG unit ({n} distinct points left, or no area); \
                         a ring needs at least 3 points that span an area"
                    ),
                );
            }
            return Err(r.errors);
        }

        let width = ((e_max - e_min) / qf).round() as i32 + 2 * MARGIN;
        let height = ((n_max - n_min) / qf).round() as i32 + 2 * MARGIN;
        let (Ok(w), Ok(h)) = (u16::try_from(width), u16::try_from(height)) else {
            r.file_error(format!(
                "the map is {width} × {height} units, too big for u16"
            ));
            return Err(r.errors);
        };
        let mut out = Vec::new();
        for (d, rings) in districts.iter().zip(quantised) {
            let path = encode_path(&rings);
            let bbox = bbox(&rings);
            let Some(label) = label_point(&rings) else {
                r.error(&entry(d), "geometry", "has no interior point for the label");
                continue;
            };
            out.push(DistrictOut {
                ags: d.ags.clone(),
                name: d.name.clone(),
                kind: d.kind,
                regbez: d.regbez,
                path,
                bbox: bbox.map(to_u16),
                label: label.map(to_u16),
                rings,
            });
        }
        out.sort_by(|a, b| a.ags.cmp(&b.ags));
        return r.finish(MapOut {
            quantum_m: q,
            view_box: [w, h],
            districts: out,
            rejected,
            origin_m: [e_min, n_max],
        });
    }
    unreachable!("the last quantum either succeeds or returns the errors")
}

fn to_u16(v: i32) -> u16 {
    // Every coordinate lies in 0..=view box, which was checked to fit.
    u16::try_from(v).unwrap_or(0)
}

/// WGS84 degrees → UTM 32N metres.
pub fn project(from: &Proj, to: &Proj, lon: f64, lat: f64) -> Result<[f64; 2], String> {
    let mut p = (lon.to_radians(), lat.to_radians(), 0.0);
    transform(from, to, &mut p).map_err(|e| e.to_string())?;
    if p.0.is_finite() && p.1.is_finite() {
        Ok([p.0, p.1])
    } else {
        Err("the result is not finite".into())
    }
}

/// Drops consecutive duplicates, including the closing position.
pub fn clean_ring(points: impl IntoIterator<Item = [i32; 2]>) -> QRing {
    let mut ring: QRing = Vec::new();
    for p in points {
        if ring.last() != Some(&p) {
            ring.push(p);
        }
    }
    while ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    ring
}

/// Twice the signed area (shoelace); positive = clockwise on screen (y grows downward).
pub fn area2(ring: &[[i32; 2]]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let [x1, y1] = ring[i];
            let [x2, y2] = ring[(i + 1) % n];
            i64::from(x1) * i64::from(y2) - i64::from(x2) * i64::from(y1)
        })
        .sum()
}

/// Fewer than 3 distinct points, or no area.
pub fn is_collapsed(ring: &[[i32; 2]]) -> bool {
    let mut distinct = ring.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() < 3 || area2(ring) == 0
}

/// SVG path data: per ring `M x y`, then relative `l` deltas with implicit repeats, then `z`.
/// Separators are minimal: a minus sign separates itself.
pub fn encode_path(rings: &[QRing]) -> String {
    let mut s = String::new();
    for ring in rings {
        let Some(&[x0, y0]) = ring.first() else {
            continue;
        };
        s.push('M');
        push_num(&mut s, x0, true);
        push_num(&mut s, y0, false);
        let mut prev = [x0, y0];
        for (i, &[x, y]) in ring.iter().enumerate().skip(1) {
            if i == 1 {
                s.push('l');
            }
            push_num(&mut s, x - prev[0], i == 1);
            push_num(&mut s, y - prev[1], false);
            prev = [x, y];
        }
        s.push('z');
    }
    s
}

fn push_num(s: &mut String, v: i32, after_command: bool) {
    if !after_command && v >= 0 {
        s.push(' ');
    }
    s.push_str(&v.to_string());
}

/// `[min_x, min_y, max_x, max_y]`.
pub fn bbox(rings: &[QRing]) -> [i32; 4] {
    let mut b = [i32::MAX, i32::MAX, i32::MIN, i32::MIN];
    for &[x, y] in rings.iter().flatten() {
        b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
    }
    b
}

fn edges(rings: &[QRing]) -> impl Iterator<Item = ([f64; 2], [f64; 2])> + '_ {
    rings.iter().flat_map(|ring| {
        (0..ring.len()).map(move |i| {
            let a = ring[i];
            let b = ring[(i + 1) % ring.len()];
            (
                [f64::from(a[0]), f64::from(a[1])],
                [f64::from(b[0]), f64::from(b[1])],
            )
        })
    })
}

/// Even-odd point-in-polygon test over all rings (parts and holes).
pub fn point_in_rings(p: [f64; 2], rings: &[QRing]) -> bool {
    let mut inside = false;
    for (a, b) in edges(rings) {
        if (a[1] > p[1]) != (b[1] > p[1]) {
            let x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
            if p[0] < x {
                inside = !inside;
            }
        }
    }
    inside
}

/// Distance from `p` to the nearest edge of any ring.
pub fn distance_to_boundary(p: [f64; 2], rings: &[QRing]) -> f64 {
    edges(rings)
        .map(|(a, b)| {
            let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 {
                0.0
            } else {
                (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
            };
            let (cx, cy) = (a[0] + t * dx, a[1] + t * dy);
            ((p[0] - cx).powi(2) + (p[1] - cy).powi(2)).sqrt()
        })
        .fold(f64::INFINITY, f64::min)
}

/// A label point strictly inside the district: on every horizontal grid line through the
/// district, the midpoints of the interior intervals are candidates; the candidate farthest
/// from the boundary wins (ties: the first, top to bottom, left to right).
pub fn label_point(rings: &[QRing]) -> Option<[i32; 2]> {
    let b = bbox(rings);
    let mut best: Option<([i32; 2], f64)> = None;
    for y in b[1]..=b[3] {
        let yf = f64::from(y);
        let mut xs: Vec<f64> = edges(rings)
            .filter(|(a, c)| (a[1] > yf) != (c[1] > yf))
            .map(|(a, c)| a[0] + (yf - a[1]) * (c[0] - a[0]) / (c[1] - a[1]))
            .collect();
        xs.sort_by(f64::total_cmp);
        for pair in xs.chunks_exact(2) {
            let x = ((pair[0] + pair[1]) / 2.0).round() as i32;
            let p = [f64::from(x), yf];
            if !point_in_rings(p, rings) {
                continue;
            }
            let d = distance_to_boundary(p, rings);
            if d > 0.0 && best.is_none_or(|(_, bd)| d > bd) {
                best = Some(([x, y], d));
            }
        }
    }
    best.map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_encoding_uses_minimal_separators() {
        let ring = vec![[120, 45], [123, 43], [118, 47], [125, 47]];
        assert_eq!(encode_path(&[ring]), "M120 45l3-2-5 4 7 0z");
        let two = vec![
            vec![[0, 0], [5, 0], [5, 5]],
            vec![[10, 10], [12, 10], [12, 8]],
        ];
        assert_eq!(encode_path(&two), "M0 0l5 0 0 5zM10 10l2 0 0-2z");
        assert_eq!(encode_path(&[]), "");
    }

    #[test]
    fn clean_ring_drops_duplicates_and_closing_point() {
        let r = clean_ring([[1, 1], [1, 1], [2, 1], [2, 2], [2, 2], [1, 1]]);
        assert_eq!(r, vec![[1, 1], [2, 1], [2, 2]]);
        assert!(!is_collapsed(&r));
        assert!(is_collapsed(&clean_ring([[1, 1], [2, 1], [1, 1], [1, 1]])));
        // three distinct but collinear points have no area
        assert!(is_collapsed(&[[0, 0], [1, 1], [2, 2]]));
    }

    #[test]
    fn area_sign_is_clockwise_on_screen() {
        // right, then down, then left: clockwise when y grows downward
        assert!(area2(&[[0, 0], [4, 0], [4, 4], [0, 4]]) > 0);
        assert!(area2(&[[0, 0], [0, 4], [4, 4], [4, 0]]) < 0);
    }

    #[test]
    fn point_in_polygon_with_hole() {
        let outer = vec![[0, 0], [10, 0], [10, 10], [0, 10]];
        let hole = vec![[3, 3], [3, 7], [7, 7], [7, 3]];
        let rings = vec![outer, hole];
        assert!(point_in_rings([1.0, 1.0], &rings));
        assert!(!point_in_rings([5.0, 5.0], &rings));
        assert!(!point_in_rings([11.0, 5.0], &rings));
        assert!(point_in_rings([8.5, 5.0], &rings));
    }

    #[test]
    fn label_is_inside_a_concave_shape() {
        // A "U": the bbox centre (5, 5) is outside.
        let u = vec![vec![
            [0, 0],
            [3, 0],
            [3, 7],
            [7, 7],
            [7, 0],
            [10, 0],
            [10, 10],
            [0, 10],
        ]];
        assert!(!point_in_rings([5.0, 5.0], &u));
        let l = label_point(&u).unwrap();
        let p = [f64::from(l[0]), f64::from(l[1])];
        assert!(point_in_rings(p, &u), "{l:?}");
        assert!(distance_to_boundary(p, &u) >= 1.0, "{l:?}");
    }

    #[test]
    fn label_of_a_tiny_triangle() {
        let t = vec![vec![[0, 0], [4, 0], [0, 4]]];
        let l = label_point(&t).unwrap();
        assert!(point_in_rings([f64::from(l[0]), f64::from(l[1])], &t));
        assert_eq!(label_point(&[vec![[0, 0], [1, 0], [0, 1]]]), None);
    }

    #[test]
    fn projection_of_cologne_cathedral() {
        let from = Proj::from_proj_string(FROM_CRS).unwrap();
        let to = Proj::from_proj_string(TO_CRS).unwrap();
        // Kölner Dom, 50.9413 N 6.9583 E. Reference from the Krüger series (GRS80, zone 32,
        // k0 = 0.9996, false easting 500 km): E 356 560.26, N 5 645 282.14.
        let [e, n] = project(&from, &to, 6.9583, 50.9413).unwrap();
        assert!((e - 356_560.26).abs() < 1.0, "{e}");
        assert!((n - 5_645_282.14).abs() < 1.0, "{n}");
    }
}
