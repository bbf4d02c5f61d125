//! Validation of `nrw-districts.geojson`: a FeatureCollection with one Polygon or MultiPolygon
//! feature per NRW district, properties `ags`, `name`, `type`, `regbez`, WGS84 coordinates.

use std::collections::HashMap;

use geojson::{Geometry, GeometryValue, Position};
use serde::Deserialize;
use serde_json::Value;

use crate::error::{DataError, Report};
use crate::json::{field, kind_of};
use crate::nrw::{expected_district, DistrictKind, RegBez, EXPECTED_DISTRICTS};

/// A ring as `[lon, lat]` positions, closing position included.
pub type Ring = Vec<[f64; 2]>;
/// Outer ring first, then holes.
pub type Polygon = Vec<Ring>;

/// Plausible bounds of NRW (with room to spare): lon 5..10, lat 50..53.
pub const LON_RANGE: (f64, f64) = (5.0, 10.0);
pub const LAT_RANGE: (f64, f64) = (50.0, 53.0);

/// One valid district feature, still in WGS84.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictIn {
    pub ags: String,
    pub name: String,
    pub kind: DistrictKind,
    pub regbez: RegBez,
    pub polygons: Vec<Polygon>,
    /// Index of the feature in the file.
    pub feature: usize,
}

/// Validates a districts file given as text. `file_label` is used in the messages
/// (e.g. `geodata/nrw-districts.geojson`). On success the districts are sorted by AGS.
pub fn validate_districts(file_label: &str, text: &str) -> Result<Vec<DistrictIn>, Vec<DataError>> {
    let checked = check(file_label, text);
    checked.report.finish(checked.districts)
}

pub(crate) struct Checked {
    pub districts: Vec<DistrictIn>,
    /// NRW district codes that some feature carries (also when other parts of it are broken),
    /// for checking references from the other files.
    pub codes: Vec<String>,
    pub report: Report,
}

pub(crate) fn check(file: &str, text: &str) -> Checked {
    let mut r = Report::new(file);
    let mut districts = Vec::new();
    let mut first_index: HashMap<String, usize> = HashMap::new();

    let root: Option<Value> = match serde_json::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            r.file_error(format!("is not valid JSON: {e}"));
            None
        }
    };
    let features = root.as_ref().and_then(|root| {
        let Some(obj) = root.as_object() else {
            r.file_error(format!(
                "must be a GeoJSON FeatureCollection, found {}",
                kind_of(root)
            ));
            return None;
        };
        if obj.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
            r.push(None, Some("type"), "must be \"FeatureCollection\"");
        }
        match obj.get("features") {
            Some(Value::Array(a)) => Some(a),
            _ => {
                r.push(None, Some("features"), "must be an array of features");
                None
            }
        }
    });

    if let Some(features) = features {
        for (i, fv) in features.iter().enumerate() {
            if let Some(d) = check_feature(&mut r, i, fv, &mut first_index) {
                districts.push(d);
            }
        }
        for exp in &EXPECTED_DISTRICTS {
            if !first_index.contains_key(exp.ags) {
                r.error(
                    &format!("district {:?} ({})", exp.ags, exp.name),
                    "properties.ags",
                    "no feature has this code; all 53 NRW districts are required",
                );
            }
        }
    }
    districts.sort_by(|a, b| a.ags.cmp(&b.ags));
    let mut codes: Vec<String> = first_index.into_keys().collect();
    codes.sort();
    Checked {
        districts,
        codes,
        report: r,
    }
}

fn check_feature(
    r: &mut Report,
    i: usize,
    fv: &Value,
    first_index: &mut HashMap<String, usize>,
) -> Option<DistrictIn> {
    let raw_ags = fv
        .get("properties")
        .and_then(|p| p.get("ags"))
        .and_then(Value::as_str);
    let entry = match raw_ags {
        Some(a) => format!("feature #{i} (ags {a:?})"),
        None => format!("feature #{i}"),
    };
    let entry = entry.as_str();
    let Some(f) = fv.as_object() else {
        r.push(
            Some(entry),
            None,
            format!("must be a Feature object, found {}", kind_of(fv)),
        );
        return None;
    };
    if f.get("type").and_then(Value::as_str) != Some("Feature") {
        r.error(entry, "type", "must be \"Feature\"");
    }
    let props = match f.get("properties") {
        Some(Value::Object(p)) => Some(p),
        _ => {
            r.error(
                entry,
                "properties",
                "must be an object with ags, name, type and regbez",
            );
            None
        }
    };
    let n_errors = r.errors.len();

    let mut ags = None;
    let mut name = None;
    let mut kind = None;
    let mut regbez = None;
    if let Some(p) = props {
        ags = field::<String>(r, entry, p, "ags", "properties.ags");
        name = field::<String>(r, entry, p, "name", "properties.name");
        let type_ = field::<String>(r, entry, p, "type", "properties.type");
        let regbez_ = field::<String>(r, entry, p, "regbez", "properties.regbez");

        let mut expected = None;
        if let Some(a) = &ags {
            if a.len() != 5 || !a.bytes().all(|b| b.is_ascii_digit()) {
                r.error(
                    entry,
                    "properties.ags",
                    format!("{a:?} is not a 5-digit AGS"),
                );
            } else if let Some(exp) = expected_district(a) {
                expected = Some(exp);
                if let Some(j) = first_index.get(a) {
                    r.error(
                        entry,
                        "properties.ags",
                        format!("{a:?} is used by feature #{j} already"),
                    );
                } else {
                    first_index.insert(a.clone(), i);
                }
            } else {
                r.error(
                    entry,
                    "properties.ags",
                    format!("{a:?} is not one of the 53 NRW district codes"),
                );
            }
        }
        if let Some(n) = &name {
            if n.trim().is_empty() {
                r.error(entry, "properties.name", "is empty");
            } else if let Some(exp) = expected.filter(|e| e.name != n) {
                r.error(
                    entry,
                    "properties.name",
                    format!(
                        "{n:?} is not the official name of {}, which is {:?}",
                        exp.ags, exp.name
                    ),
                );
            }
        }
        if let Some(t) = &type_ {
            match DistrictKind::from_label(t) {
                None => r.error(
                    entry,
                    "properties.type",
                    format!(
                        "{t:?} is not one of \"Kreisfreie Stadt\", \"Kreis\", \"Städteregion\""
                    ),
                ),
                Some(k) => match expected.filter(|e| e.kind != k) {
                    Some(exp) => r.error(
                        entry,
                        "properties.type",
                        format!(
                            "{t:?} does not match {} ({}), which is a {}",
                            exp.ags,
                            exp.name,
                            exp.kind.label()
                        ),
                    ),
                    None => kind = Some(k),
                },
            }
        }
        if let Some(s) = &regbez_ {
            match RegBez::from_label(s) {
                None => r.error(
                    entry,
                    "properties.regbez",
                    format!(
                        "{s:?} is not one of \"Düsseldorf\", \"Köln\", \"Münster\", \"Detmold\", \"Arnsberg\""
                    ),
                ),
                Some(rb) => match ags.as_deref().and_then(RegBez::from_ags) {
                    Some(by_code) if by_code != rb => r.error(
                        entry,
                        "properties.regbez",
                        format!(
                            "{s:?} does not match the AGS: its 3rd digit {} means {}",
                            ags.as_deref().unwrap_or_default().as_bytes()[2] as char,
                            by_code.label()
                        ),
                    ),
                    _ => regbez = Some(rb),
                },
            }
        }
    }

    let polygons = check_geometry(r, entry, f.get("geometry"));
    if r.errors.len() > n_errors {
        return None;
    }
    Some(DistrictIn {
        ags: ags?,
        name: name?,
        kind: kind?,
        regbez: regbez?,
        polygons: polygons?,
        feature: i,
    })
}

fn check_geometry(r: &mut Report, entry: &str, g: Option<&Value>) -> Option<Vec<Polygon>> {
    let g = match g {
        None | Some(Value::Null) => {
            r.error(
                entry,
                "geometry",
                "is missing; a district needs a Polygon or MultiPolygon",
            );
            return None;
        }
        Some(g) => g,
    };
    let geometry = match Geometry::deserialize(g) {
        Ok(geometry) => geometry,
        Err(e) => {
            r.error(entry, "geometry", format!("is not valid GeoJSON: {e}"));
            return None;
        }
    };
    let parts: Vec<(String, &Vec<Vec<Position>>)> = match &geometry.value {
        GeometryValue::Polygon { coordinates } => vec![(String::new(), coordinates)],
        GeometryValue::MultiPolygon { coordinates } => {
            if coordinates.is_empty() {
                r.error(entry, "geometry", "is a MultiPolygon without polygons");
                return None;
            }
            coordinates
                .iter()
                .enumerate()
                .map(|(p, c)| (format!("polygon {p} "), c))
                .collect()
        }
        other => {
            r.error(
                entry,
                "geometry",
                format!(
                    "is a {}; a district must be a Polygon or MultiPolygon",
                    other.type_name()
                ),
            );
            return None;
        }
    };
    let mut polygons = Vec::new();
    let mut ok = true;
    for (prefix, rings) in parts {
        if rings.is_empty() {
            r.error(entry, "geometry", format!("{prefix}has no rings"));
            ok = false;
            continue;
        }
        let mut polygon = Vec::new();
        for (k, ring) in rings.iter().enumerate() {
            match check_ring(&format!("{prefix}ring {k}"), ring) {
                Ok(ring) => polygon.push(ring),
                Err(messages) => {
                    ok = false;
                    for m in messages {
                        r.error(entry, "geometry", m);
                    }
                }
            }
        }
        polygons.push(polygon);
    }
    ok.then_some(polygons)
}

fn show(p: [f64; 2]) -> String {
    format!("[{}, {}]", p[0], p[1])
}

/// Checks one ring; `Err` holds one message per problem, each starting with `label`.
pub(crate) fn check_ring(label: &str, ring: &[Position]) -> Result<Ring, Vec<String>> {
    let mut messages = Vec::new();
    let mut points = Vec::with_capacity(ring.len());
    let mut outside: Vec<(usize, [f64; 2])> = Vec::new();
    for (k, pos) in ring.iter().enumerate() {
        if pos.len() < 2 {
            messages.push(format!(
                "{label} position {k} has {} coordinate(s); a position needs lon and lat",
                pos.len()
            ));
            continue;
        }
        let p = [pos[0], pos[1]];
        if !p[0].is_finite() || !p[1].is_finite() {
            messages.push(format!("{label} position {k} is not a finite number pair"));
            continue;
        }
        let inside = (LON_RANGE.0..=LON_RANGE.1).contains(&p[0])
            && (LAT_RANGE.0..=LAT_RANGE.1).contains(&p[1]);
        if !inside {
            outside.push((k, p));
        }
        points.push(p);
    }
    if let Some(&(k, p)) = outside.first() {
        let more = match outside.len() - 1 {
            0 => String::new(),
            n => format!(" (and {n} more positions)"),
        };
        messages.push(format!(
            "{label} position {k} {} is outside NRW (lon {}..{}, lat {}..{}){more}",
            show(p),
            LON_RANGE.0,
            LON_RANGE.1,
            LAT_RANGE.0,
            LAT_RANGE.1
        ));
    }
    let n = ring.len();
    if n < 4 {
        messages.push(format!(
            "{label} has {n} positions, a closed ring needs at least 4"
        ));
    }
    if points.len() == n && n >= 2 && points[0] != points[n - 1] {
        messages.push(format!(
            "{label} is not closed: the last position {} differs from the first {}",
            show(points[n - 1]),
            show(points[0])
        ));
    }
    if n >= 4 {
        let mut distinct: Vec<[u64; 2]> = points
            .iter()
            .map(|p| [p[0].to_bits(), p[1].to_bits()])
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < 3 {
            messages.push(format!(
                "{label} has only {} distinct points, a ring needs at least 3",
                distinct.len()
            ));
        }
    }
    if messages.is_empty() {
        Ok(points)
    } else {
        Err(messages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(points: &[[f64; 2]]) -> Vec<Position> {
        points.iter().map(|&p| Position::from(p)).collect()
    }

    #[test]
    fn ring_checks() {
        let ok = ring(&[[6.0, 51.0], [6.1, 51.0], [6.1, 51.1], [6.0, 51.0]]);
        assert!(check_ring("ring 0", &ok).is_ok());

        let short = ring(&[[6.0, 51.0], [6.1, 51.0], [6.0, 51.0]]);
        assert_eq!(
            check_ring("ring 0", &short).unwrap_err(),
            ["ring 0 has 3 positions, a closed ring needs at least 4"]
        );

        let open = ring(&[[6.0, 51.0], [6.1, 51.0], [6.1, 51.1], [6.0, 51.1]]);
        assert_eq!(
            check_ring("polygon 1 ring 0", &open).unwrap_err(),
            ["polygon 1 ring 0 is not closed: the last position [6, 51.1] differs from the first [6, 51]"]
        );

        let flat = ring(&[[6.0, 51.0], [6.1, 51.0], [6.0, 51.0], [6.0, 51.0]]);
        assert_eq!(
            check_ring("ring 0", &flat).unwrap_err(),
            ["ring 0 has only 2 distinct points, a ring needs at least 3"]
        );

        let far = ring(&[[6.0, 51.0], [13.4, 52.5], [13.4, 52.6], [6.0, 51.0]]);
        assert_eq!(
            check_ring("ring 0", &far).unwrap_err(),
            ["ring 0 position 1 [13.4, 52.5] is outside NRW (lon 5..10, lat 50..53) (and 1 more positions)"]
        );
    }

    #[test]
    fn collects_all_errors_of_a_file() {
        let text = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"ags":"05111","name":"Duesseldorf","type":"Kreis","regbez":"Köln"},
             "geometry":{"type":"Point","coordinates":[6.8,51.2]}}]}"#;
        let errors: Vec<String> = validate_districts("d.geojson", text)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        let feature = "d.geojson: feature #0 (ags \"05111\")";
        for expected in [
            format!("{feature}: field \"properties.name\": \"Duesseldorf\" is not the official name of 05111, which is \"Düsseldorf\""),
            format!("{feature}: field \"properties.type\": \"Kreis\" does not match 05111 (Düsseldorf), which is a Kreisfreie Stadt"),
            format!("{feature}: field \"properties.regbez\": \"Köln\" does not match the AGS: its 3rd digit 1 means Düsseldorf"),
            format!("{feature}: field \"geometry\": is a Point; a district must be a Polygon or MultiPolygon"),
            "d.geojson: district \"05978\" (Unna): field \"properties.ags\": no feature has this code; all 53 NRW districts are required".to_string(),
        ] {
            assert!(errors.contains(&expected), "{expected}\nnot in\n{errors:#?}");
        }
        // 52 missing districts + 4 problems of the one feature.
        assert_eq!(errors.len(), 56, "{errors:#?}");
    }

    #[test]
    fn not_json_is_one_file_error() {
        let errors = validate_districts("d.geojson", "{").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0]
            .to_string()
            .starts_with("d.geojson: is not valid JSON: "));
    }
}
