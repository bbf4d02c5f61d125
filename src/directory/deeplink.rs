//! Deep links into a district: `#/bezirk/05978` (what we share and what partners link to) and
//! `#bezirk-05978` (the anchors of the prerendered page). Pure, so it is tested natively; it
//! never panics, whatever the URL holds.

use crate::data::district_index;

/// What a location hash asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashTarget {
    /// Not a district link (empty, `#main`, …): ignore it silently.
    None,
    /// A known district, as an index into `DISTRICTS`.
    District(usize),
    /// A district link with a code that is not one of the 53 districts: say so.
    Unknown,
}

/// Parses `location.hash` (with or without the leading `#`).
///
/// ```
/// use wegweiser::directory::deeplink::{parse_hash, HashTarget};
/// use wegweiser::data::district_index;
/// assert_eq!(parse_hash("#/bezirk/05978"), HashTarget::District(district_index("05978").unwrap()));
/// assert_eq!(parse_hash("#bezirk-05978"), HashTarget::District(district_index("05978").unwrap()));
/// assert_eq!(parse_hash("#/bezirk/99999"), HashTarget::Unknown);
/// assert_eq!(parse_hash("#main"), HashTarget::None);
/// ```
pub fn parse_hash(hash: &str) -> HashTarget {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let Some(code) = h
        .strip_prefix("/bezirk/")
        .or_else(|| h.strip_prefix("bezirk-"))
    else {
        return HashTarget::None;
    };
    // Tolerate a trailing slash from hand-typed links.
    let code = code.strip_suffix('/').unwrap_or(code);
    let well_formed = code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit());
    match well_formed.then(|| district_index(code)).flatten() {
        Some(i) => HashTarget::District(i),
        None => HashTarget::Unknown,
    }
}

/// The hash that links to a district.
pub fn district_hash(ags: &str) -> String {
    format!("#/bezirk/{ags}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DISTRICTS;

    #[test]
    fn both_link_forms_open_every_district() {
        for (i, d) in DISTRICTS.iter().enumerate() {
            assert_eq!(parse_hash(&district_hash(d.ags)), HashTarget::District(i));
            assert_eq!(
                parse_hash(&format!("#bezirk-{}", d.ags)),
                HashTarget::District(i)
            );
            assert_eq!(
                parse_hash(&format!("/bezirk/{}/", d.ags)),
                HashTarget::District(i)
            );
        }
    }

    #[test]
    fn wrong_codes_are_unknown_and_other_hashes_are_ignored() {
        for h in [
            "#/bezirk/05999",
            "#/bezirk/5978",
            "#/bezirk/059780",
            "#/bezirk/",
            "#bezirk-abcde",
            "#/bezirk/０５９７８",
            "#bezirk-05978x",
        ] {
            assert_eq!(parse_hash(h), HashTarget::Unknown, "{h}");
        }
        for h in [
            "",
            "#",
            "#main",
            "#/",
            "#/bezirke/05978",
            "05978",
            "#panel-heading",
        ] {
            assert_eq!(parse_hash(h), HashTarget::None, "{h}");
        }
    }

    #[test]
    fn never_panics_on_arbitrary_strings() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let pieces = [
            "#",
            "/bezirk/",
            "bezirk-",
            "0",
            "5",
            "9",
            "7",
            "8",
            "é",
            "😀",
            "/",
            "\u{0}",
            "\u{10ffff}",
            "-",
        ];
        for _ in 0..20_000 {
            let mut s = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mut y = x;
            for _ in 0..(y % 8) {
                s.push_str(pieces[(y % pieces.len() as u64) as usize]);
                y /= 7;
                if y.is_multiple_of(5) {
                    s.push(char::from_u32((y % 0x11_0000) as u32).unwrap_or('?'));
                }
            }
            let _ = parse_hash(&s);
        }
    }
}
