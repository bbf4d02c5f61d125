//! The search behind the search box: find the district for a municipality, a town part
//! (Ortsteil), a district name or a postcode. Pure Rust on the compiled-in tables, no UI types,
//! so it is tested natively (`cargo test`).
//!
//! Names are stored as written (`crate::data::{MUNICIPALITY_NAMES, LOCALITY_NAMES}`); the
//! normalised keys are derived from them once, on first use ([`Index::get`]), which keeps
//! the wasm smaller than storing both forms.

mod index;
mod matching;
mod normalise;

pub use index::{Index, Place};
pub use matching::{tier, within_one_edit_of_prefix, Tier, FUZZY_MIN_LEN};
pub use normalise::{compact, normalise};

use crate::data::{DistrictKind, DISTRICTS, POSTCODES};

/// One result: a place and the district it lies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub place: Place,
    /// Index into [`DISTRICTS`].
    pub district: usize,
    pub tier: Tier,
}

impl Hit {
    /// The name to show: the place's name, or "44135 Dortmund" for a postcode.
    pub fn label(&self) -> String {
        let index = Index::get();
        match self.place {
            Place::Postcode { row } => {
                let m = index.postcode_municipality(row);
                format!(
                    "{:05} {}",
                    POSTCODES[usize::from(row)],
                    index.municipality_name(m)
                )
            }
            _ => index.name(self.place).to_string(),
        }
    }

    /// The municipality the place belongs to, if it is a town part or a postcode and the
    /// municipality is not the district itself (shown as "part of …").
    pub fn municipality(&self) -> Option<&'static str> {
        let index = Index::get();
        let m = match self.place {
            Place::Locality { municipality, .. } => municipality,
            Place::Postcode { row } => index.postcode_municipality(row),
            _ => return None,
        };
        Some(index.municipality_name(m))
    }
}

/// What a search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to search for yet (empty, or only punctuation).
    Blank,
    /// The best `hits` (at most the limit) of `total` matches, best first.
    Found { hits: Vec<Hit>, total: usize },
    /// Nothing in NRW matches. `postcode` tells whether the query was a postcode.
    NotFound { postcode: bool },
}

/// Searches names and postcodes; returns at most `limit` hits, best first.
///
/// Ranking: exact name > name starts with the query > a later word starts with it > one typo;
/// within a tier districts before municipalities before town parts, then shorter names, then
/// alphabetical. A place that several names lead to (a Kreis as "Unna" and "Kreis Unna") is
/// listed once; names shared by several places (Mülheim) are all listed.
pub fn search(query: &str, limit: usize) -> Outcome {
    let digits: String = query
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if !digits.is_empty() {
        return search_postcode(&digits, limit);
    }
    let q = compact(&normalise(query));
    if q.is_empty() {
        return Outcome::Blank;
    }
    let index = Index::get();
    let mut hits: Vec<(Hit, usize)> = Vec::new();
    for (i, entry) in index.entries().iter().enumerate() {
        let Some(t) = tier(q.as_bytes(), index.key(entry), index.word_starts(entry)) else {
            continue;
        };
        hits.push((
            Hit {
                place: entry.place,
                district: usize::from(entry.district),
                tier: t,
            },
            i,
        ));
    }
    hits.sort_by(|(a, ia), (b, ib)| {
        let ea = &index.entries()[*ia];
        let eb = &index.entries()[*ib];
        (
            a.tier,
            a.place.rank(),
            index.key(ea).len(),
            index.name(a.place),
        )
            .cmp(&(
                b.tier,
                b.place.rank(),
                index.key(eb).len(),
                index.name(b.place),
            ))
    });
    // A district has two keys ("Unna", "Kreis Unna"): list it once. A kreisfreie Stadt is
    // also a municipality of the same name: list only the district.
    let mut districts: Vec<(usize, &[u8])> = Vec::new();
    let mut out = Vec::new();
    for (hit, i) in hits {
        let key = index.key(&index.entries()[i]);
        match hit.place {
            Place::District(_) if districts.iter().any(|(d, _)| *d == hit.district) => continue,
            Place::District(_) => districts.push((hit.district, key)),
            Place::Municipality(_) if districts.contains(&(hit.district, key)) => continue,
            _ => {}
        }
        out.push(hit);
    }
    if out.is_empty() {
        return Outcome::NotFound { postcode: false };
    }
    let total = out.len();
    out.truncate(limit);
    Outcome::Found { hits: out, total }
}

/// Postcodes starting with `digits` (full or partial), ascending.
fn search_postcode(digits: &str, limit: usize) -> Outcome {
    if digits.len() > 5 {
        return Outcome::NotFound { postcode: true };
    }
    let index = Index::get();
    let width = 5 - digits.len() as u32;
    let Ok(n) = digits.parse::<u32>() else {
        return Outcome::NotFound { postcode: true };
    };
    let low = n * 10u32.pow(width);
    let high = low + 10u32.pow(width);
    let from = POSTCODES.partition_point(|&p| p < low);
    let to = POSTCODES.partition_point(|&p| p < high);
    let tier = if width == 0 {
        Tier::Exact
    } else {
        Tier::Prefix
    };
    let hits: Vec<Hit> = (from..to)
        .map(|row| {
            let row = row as u16;
            Hit {
                place: Place::Postcode { row },
                district: index.municipality_district(index.postcode_municipality(row)),
                tier,
            }
        })
        .collect();
    if hits.is_empty() {
        return Outcome::NotFound { postcode: true };
    }
    let total = hits.len();
    Outcome::Found {
        hits: hits.into_iter().take(limit).collect(),
        total,
    }
}

/// The district's name as the search shows it: "Kreis Unna", "Bochum", "Rhein-Sieg-Kreis".
pub fn district_display_name(i: usize) -> String {
    let d = &DISTRICTS[i];
    if d.kind == DistrictKind::Kreis && !d.name.to_lowercase().contains("kreis") {
        format!("Kreis {}", d.name)
    } else {
        d.name.to_string()
    }
}

#[cfg(test)]
mod tests;
