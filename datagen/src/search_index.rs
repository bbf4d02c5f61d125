//! The tables behind the app's search box: municipality names, the localities (town parts)
//! grouped by municipality, and the postcodes. Names are stored as written (the app shows
//! them); the app derives its normalised keys from them once, on the device.
//!
//! Layout, chosen for size (see `src/directory/search/`):
//! - municipalities in AGS order: one newline-separated string + the district of each (`u8`);
//! - localities grouped by municipality in the same order: one newline-separated string + how
//!   many each municipality has (`u16`), so no per-name municipality id is stored;
//! - postcodes sorted: the number (`u32`) and the municipality (`u16`) of each row.

use std::collections::HashMap;

use crate::map::MapOut;
use crate::tables::{Locality, Municipality, Postcode};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchTables {
    /// Municipality names in AGS order, joined with `\n`.
    pub municipality_names: String,
    /// For each municipality, the index of its district in the (AGS-sorted) district table.
    pub municipality_district: Vec<u8>,
    /// Locality names, grouped by municipality (in municipality order), joined with `\n`.
    pub locality_names: String,
    /// For each municipality, how many localities follow in `locality_names`.
    pub locality_counts: Vec<u16>,
    /// Postcode numbers, ascending.
    pub postcodes: Vec<u32>,
    /// For each postcode row, the index of its municipality.
    pub postcode_municipality: Vec<u16>,
}

impl SearchTables {
    /// Bytes of the tables as stored in the wasm (strings + arrays).
    pub fn raw_bytes(&self) -> usize {
        self.municipality_names.len()
            + self.municipality_district.len()
            + self.locality_names.len()
            + 2 * self.locality_counts.len()
            + 4 * self.postcodes.len()
            + 2 * self.postcode_municipality.len()
    }
}

/// Builds the tables. Inputs are already validated, so every reference resolves; a reference
/// that does not is reported as a message rather than a panic.
pub fn build_search_tables(
    map: &MapOut,
    municipalities: &[Municipality],
    localities: &[Locality],
    postcodes: &[Postcode],
) -> Result<SearchTables, String> {
    let district_index: HashMap<&str, u8> = map
        .districts
        .iter()
        .enumerate()
        .map(|(i, d)| (d.ags.as_str(), i as u8))
        .collect();
    let mut ms: Vec<&Municipality> = municipalities.iter().collect();
    ms.sort_by(|a, b| a.ags.cmp(&b.ags));
    let muni_index: HashMap<&str, usize> = ms
        .iter()
        .enumerate()
        .map(|(i, m)| (m.ags.as_str(), i))
        .collect();
    let mut municipality_district = Vec::with_capacity(ms.len());
    for m in &ms {
        if m.name.contains('\n') {
            return Err(format!(
                "municipality {} has a line break in its name",
                m.ags
            ));
        }
        let d = district_index.get(m.district_ags.as_str()).ok_or_else(|| {
            format!(
                "municipality {}: unknown district {}",
                m.ags, m.district_ags
            )
        })?;
        municipality_district.push(*d);
    }
    let municipality_names = ms
        .iter()
        .map(|m| m.name.as_str())
        .collect::<Vec<_>>()
        .join("\n");

    let mut grouped: Vec<Vec<&str>> = vec![Vec::new(); ms.len()];
    for l in localities {
        let i = muni_index.get(l.municipality_ags.as_str()).ok_or_else(|| {
            format!(
                "locality {:?}: unknown municipality {}",
                l.name, l.municipality_ags
            )
        })?;
        if l.name.contains('\n') {
            return Err(format!(
                "locality {:?} has a line break in its name",
                l.name
            ));
        }
        grouped[*i].push(&l.name);
    }
    let mut locality_counts = Vec::with_capacity(ms.len());
    let mut names: Vec<&str> = Vec::with_capacity(localities.len());
    for g in &grouped {
        locality_counts
            .push(u16::try_from(g.len()).map_err(|_| "too many localities".to_string())?);
        names.extend(g);
    }

    let mut rows: Vec<(u32, u16)> = Vec::with_capacity(postcodes.len());
    for p in postcodes {
        let n: u32 = p
            .plz
            .parse()
            .map_err(|_| format!("postcode {:?} is not a number", p.plz))?;
        let m = muni_index.get(p.municipality_ags.as_str()).ok_or_else(|| {
            format!(
                "postcode {}: unknown municipality {}",
                p.plz, p.municipality_ags
            )
        })?;
        rows.push((n, *m as u16));
    }
    rows.sort_unstable();
    rows.dedup();
    Ok(SearchTables {
        municipality_names,
        municipality_district,
        locality_names: names.join("\n"),
        locality_counts,
        postcodes: rows.iter().map(|r| r.0).collect(),
        postcode_municipality: rows.iter().map(|r| r.1).collect(),
    })
}
