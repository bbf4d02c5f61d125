//! The CSV tables: `nrw-municipalities.csv` (ags,name,district_ags,lon,lat),
//! `nrw-postcodes.csv` (plz,place,municipality_ags,district_ags) and `nrw-localities.csv`
//! (name,municipality_ags,district_ags,kind,lon,lat). They feed the search index.

use std::collections::{HashMap, HashSet};

use crate::districts::{LAT_RANGE, LON_RANGE};
use crate::error::{DataError, Report};

pub const MUNICIPALITIES_HEADER: &str = "ags,name,district_ags,lon,lat";
pub const POSTCODES_HEADER: &str = "plz,place,municipality_ags,district_ags";
pub const LOCALITIES_HEADER: &str = "name,municipality_ags,district_ags,kind,lon,lat";
/// The values of the `kind` column of the localities.
pub const LOCALITY_KINDS: [&str; 3] = ["town part", "borough", "quarter"];

#[derive(Clone, Debug, PartialEq)]
pub struct Municipality {
    /// 8-digit AGS.
    pub ags: String,
    pub name: String,
    pub district_ags: String,
    pub lon: f64,
    pub lat: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Postcode {
    pub plz: String,
    pub place: String,
    pub municipality_ags: String,
    pub district_ags: String,
}

/// Splits one CSV line (RFC 4180 quoting). `None` if a quote is not closed.
pub fn split_csv_line(line: &str) -> Option<Vec<String>> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cur.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if cur.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut cur)),
            (_, c) => cur.push(c),
        }
    }
    if quoted {
        return None;
    }
    fields.push(cur);
    Some(fields)
}

/// Data rows as (line number, fields); checks the header and the column count.
fn rows(r: &mut Report, text: &str, header: &str) -> Vec<(usize, Vec<String>)> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.trim_end_matches('\r') == header => {}
        Some((_, h)) => {
            r.push(
                Some("line 1"),
                None,
                format!("header is {h:?}, expected {header:?}"),
            );
            return Vec::new();
        }
        None => {
            r.file_error("is empty");
            return Vec::new();
        }
    }
    let n = header.split(',').count();
    let mut out = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        let entry = format!("line {}", i + 1);
        if line.is_empty() {
            r.push(Some(&entry), None, "is empty");
            continue;
        }
        match split_csv_line(line) {
            None => r.push(Some(&entry), None, "has an unclosed quote"),
            Some(f) if f.len() != n => r.push(
                Some(&entry),
                None,
                format!("has {} columns, expected {n} ({header})", f.len()),
            ),
            Some(f) => out.push((i + 1, f)),
        }
    }
    out
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// Validates the municipalities table; `known_districts` are the valid district AGS.
pub fn validate_municipalities(
    file_label: &str,
    text: &str,
    known_districts: &[&str],
) -> Result<Vec<Municipality>, Vec<DataError>> {
    let (out, r) = check_municipalities(file_label, text, known_districts);
    r.finish(out)
}

/// The valid rows (also when other rows are broken) and the report.
pub(crate) fn check_municipalities(
    file_label: &str,
    text: &str,
    known_districts: &[&str],
) -> (Vec<Municipality>, Report) {
    let mut r = Report::new(file_label);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (line, f) in rows(&mut r, text, MUNICIPALITIES_HEADER) {
        let e = format!("line {line} (ags {:?})", f[0]);
        let before = r.errors.len();
        let [ags, name, district_ags, lon, lat] = [&f[0], &f[1], &f[2], &f[3], &f[4]];
        if !digits(ags, 8) {
            r.error(&e, "ags", format!("{ags:?} is not an 8-digit AGS"));
        } else if !known_districts.contains(&&ags[..5]) {
            r.error(
                &e,
                "ags",
                format!("{ags:?} does not start with an NRW district code"),
            );
        } else if let Some(prev) = seen.insert(ags.clone(), line) {
            r.error(
                &e,
                "ags",
                format!("{ags:?} is listed on line {prev} already"),
            );
        }
        if name.trim().is_empty() {
            r.error(&e, "name", "is empty");
        }
        if !ags.starts_with(district_ags.as_str()) || !digits(district_ags, 5) {
            r.error(
                &e,
                "district_ags",
                format!("{district_ags:?} is not the first 5 digits of the AGS {ags:?}"),
            );
        }
        let coord = |r: &mut Report, s: &str, col: &str, range: (f64, f64)| -> f64 {
            match s.parse::<f64>() {
                Ok(v) if v.is_finite() && (range.0..=range.1).contains(&v) => v,
                _ => {
                    r.error(
                        &e,
                        col,
                        format!("{s:?} is not a number in {}..{}", range.0, range.1),
                    );
                    f64::NAN
                }
            }
        };
        let lon = coord(&mut r, lon, "lon", LON_RANGE);
        let lat = coord(&mut r, lat, "lat", LAT_RANGE);
        if r.errors.len() == before {
            out.push(Municipality {
                ags: ags.clone(),
                name: name.clone(),
                district_ags: district_ags.clone(),
                lon,
                lat,
            });
        }
    }
    (out, r)
}

/// Validates the postcode table against the municipalities.
pub fn validate_postcodes(
    file_label: &str,
    text: &str,
    municipalities: &[Municipality],
) -> Result<Vec<Postcode>, Vec<DataError>> {
    let mut r = Report::new(file_label);
    let by_ags: HashMap<&str, &Municipality> =
        municipalities.iter().map(|m| (m.ags.as_str(), m)).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, f) in rows(&mut r, text, POSTCODES_HEADER) {
        let e = format!("line {line} (plz {:?})", f[0]);
        let before = r.errors.len();
        let [plz, place, municipality_ags, district_ags] = [&f[0], &f[1], &f[2], &f[3]];
        if !digits(plz, 5) {
            r.error(&e, "plz", format!("{plz:?} is not a 5-digit postcode"));
        }
        if place.trim().is_empty() {
            r.error(&e, "place", "is empty");
        }
        match by_ags.get(municipality_ags.as_str()) {
            None => r.error(
                &e,
                "municipality_ags",
                format!("{municipality_ags:?} is not in the municipalities table"),
            ),
            Some(m) if &m.district_ags != district_ags => r.error(
                &e,
                "district_ags",
                format!(
                    "{district_ags:?} is not the district of {municipality_ags} ({}), which is {}",
                    m.name, m.district_ags
                ),
            ),
            Some(_) => {}
        }
        if !seen.insert((plz.clone(), place.clone(), municipality_ags.clone())) {
            r.push(Some(&e), None, "repeats an earlier row");
        }
        if r.errors.len() == before {
            out.push(Postcode {
                plz: plz.clone(),
                place: place.clone(),
                municipality_ags: municipality_ags.clone(),
                district_ags: district_ags.clone(),
            });
        }
    }
    r.finish(out)
}

/// A named part of a municipality (Ortsteil, Stadtbezirk), from `nrw-localities.csv`.
#[derive(Clone, Debug, PartialEq)]
pub struct Locality {
    pub name: String,
    pub municipality_ags: String,
    pub district_ags: String,
    /// One of [`LOCALITY_KINDS`].
    pub kind: String,
}

/// Validates the localities table against the municipalities: known municipality, matching
/// district, a known kind, coordinates empty or inside the NRW box, no repeated
/// (name, municipality).
pub fn validate_localities(
    file_label: &str,
    text: &str,
    municipalities: &[Municipality],
) -> Result<Vec<Locality>, Vec<DataError>> {
    let mut r = Report::new(file_label);
    let by_ags: HashMap<&str, &Municipality> =
        municipalities.iter().map(|m| (m.ags.as_str(), m)).collect();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut out = Vec::new();
    for (line, f) in rows(&mut r, text, LOCALITIES_HEADER) {
        let e = format!("line {line} (name {:?})", f[0]);
        let before = r.errors.len();
        let [name, municipality_ags, district_ags, kind, lon, lat] =
            [&f[0], &f[1], &f[2], &f[3], &f[4], &f[5]];
        if name.trim().is_empty() || name.trim() != name {
            r.error(
                &e,
                "name",
                format!("{name:?} is empty or has spaces around it"),
            );
        }
        match by_ags.get(municipality_ags.as_str()) {
            None => r.error(
                &e,
                "municipality_ags",
                format!("{municipality_ags:?} is not in the municipalities table"),
            ),
            Some(m) if &m.district_ags != district_ags => r.error(
                &e,
                "district_ags",
                format!(
                    "{district_ags:?} is not the district of {municipality_ags} ({}), which is {}",
                    m.name, m.district_ags
                ),
            ),
            Some(_) => {}
        }
        if !LOCALITY_KINDS.contains(&kind.as_str()) {
            r.error(
                &e,
                "kind",
                format!("{kind:?} is not one of {LOCALITY_KINDS:?}"),
            );
        }
        for (col, v, range) in [("lon", lon, LON_RANGE), ("lat", lat, LAT_RANGE)] {
            let ok = v.is_empty()
                || v.parse::<f64>()
                    .is_ok_and(|x| x.is_finite() && (range.0..=range.1).contains(&x));
            if !ok {
                r.error(
                    &e,
                    col,
                    format!(
                        "{v:?} is neither empty nor a number in {}..{}",
                        range.0, range.1
                    ),
                );
            }
        }
        if let Some(prev) = seen.insert((name.clone(), municipality_ags.clone()), line) {
            r.push(
                Some(&e),
                None,
                format!("repeats line {prev} (same name and municipality)"),
            );
        }
        if r.errors.len() == before {
            out.push(Locality {
                name: name.clone(),
                municipality_ags: municipality_ags.clone(),
                district_ags: district_ags.clone(),
                kind: kind.clone(),
            });
        }
    }
    r.finish(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_split_handles_quotes() {
        assert_eq!(split_csv_line("a,b,,c").unwrap(), ["a", "b", "", "c"]);
        assert_eq!(
            split_csv_line("1,\"Mülheim, Ruhr\",\"x\"\"y\"").unwrap(),
            ["1", "Mülheim, Ruhr", "x\"y"]
        );
        assert_eq!(split_csv_line("1,\"open"), None);
    }

    #[test]
    fn municipalities_and_postcodes() {
        let m = "ags,name,district_ags,lon,lat\n\
                 05111000,Düsseldorf,05111,6.8,51.2\n\
                 05999000,Nowhere,05999,6.8,51.2\n\
                 05978004,Bergkamen,05978,16.0,51.6\n";
        let errs: Vec<String> = validate_municipalities("m.csv", m, &["05111", "05978"])
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errs,
            [
                "m.csv: line 3 (ags \"05999000\"): field \"ags\": \"05999000\" does not start with an NRW district code",
                "m.csv: line 4 (ags \"05978004\"): field \"lon\": \"16.0\" is not a number in 5..10",
            ]
        );
        let ms = validate_municipalities(
            "m.csv",
            &m.lines().take(2).collect::<Vec<_>>().join("\n"),
            &["05111"],
        )
        .unwrap();
        let p = "plz,place,municipality_ags,district_ags\n\
                 40210,Düsseldorf,05111000,05111\n\
                 40211,Düsseldorf,05111000,05158\n\
                 4021,Düsseldorf,05158004,05158\n";
        let errs: Vec<String> = validate_postcodes("p.csv", p, &ms)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errs,
            [
                "p.csv: line 3 (plz \"40211\"): field \"district_ags\": \"05158\" is not the district of 05111000 (Düsseldorf), which is 05111",
                "p.csv: line 4 (plz \"4021\"): field \"plz\": \"4021\" is not a 5-digit postcode",
                "p.csv: line 4 (plz \"4021\"): field \"municipality_ags\": \"05158004\" is not in the municipalities table",
            ]
        );
        assert!(validate_postcodes("p.csv", "plz,place\n", &ms).is_err());
    }

    #[test]
    fn localities_are_checked_against_municipalities() {
        let ms = validate_municipalities(
            "m.csv",
            "ags,name,district_ags,lon,lat\n05916000,Herne,05916,7.2,51.5\n",
            &["05916"],
        )
        .unwrap();
        let l = "name,municipality_ags,district_ags,kind,lon,lat\n\
                 Wanne-Eickel,05916000,05916,town part,,\n\
                 Wanne-Eickel,05916000,05916,town part,,\n\
                 Holsterhausen,05916000,05913,village,,\n\
                 Baukau,05999000,05999,borough,7.2,60\n";
        let errs: Vec<String> = validate_localities("l.csv", l, &ms)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errs,
            [
                "l.csv: line 3 (name \"Wanne-Eickel\"): repeats line 2 (same name and municipality)",
                "l.csv: line 4 (name \"Holsterhausen\"): field \"district_ags\": \"05913\" is not the district of 05916000 (Herne), which is 05916",
                "l.csv: line 4 (name \"Holsterhausen\"): field \"kind\": \"village\" is not one of [\"town part\", \"borough\", \"quarter\"]",
                "l.csv: line 5 (name \"Baukau\"): field \"municipality_ags\": \"05999000\" is not in the municipalities table",
                "l.csv: line 5 (name \"Baukau\"): field \"lat\": \"60\" is neither empty nor a number in 50..53",
            ]
        );
        let ok = validate_localities(
            "l.csv",
            &l.lines().take(2).collect::<Vec<_>>().join("\n"),
            &ms,
        )
        .unwrap();
        assert_eq!(ok[0].name, "Wanne-Eickel");
    }
}
