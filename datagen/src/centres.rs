//! Validation of `centres.json`, the directory of counselling centres
//! (`{generated, schema_version: 1, entries: [...]}`; conventions in `geodata/CENTRES-NOTES.md`).

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::error::{DataError, Report};
use crate::json::{field, kind_of, unknown_keys};

/// The fields of an entry, in file order. `sources[].fields` may name any of them.
pub const ENTRY_FIELDS: [&str; 14] = [
    "id",
    "kind",
    "name",
    "carrier",
    "districts",
    "address",
    "phone",
    "email",
    "website",
    "languages",
    "topics",
    "description_de",
    "sources",
    "verified",
];

/// Fields that, when set, must be named by at least one source.
pub const SOURCED_FIELDS: [&str; 8] = [
    "name",
    "carrier",
    "districts",
    "address",
    "phone",
    "email",
    "website",
    "languages",
];

/// The schema version this generator understands.
pub const SCHEMA_VERSION: u64 = 1;

/// ISO 639-1 two-letter language codes.
pub const ISO_639_1: [&str; 184] = [
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// What a directory entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CentreKind {
    Bsa,
    Partner,
    Statewide,
}

impl CentreKind {
    pub const ALL: [CentreKind; 3] = [CentreKind::Bsa, CentreKind::Partner, CentreKind::Statewide];

    pub fn key(self) -> &'static str {
        match self {
            CentreKind::Bsa => "bsa",
            CentreKind::Partner => "partner",
            CentreKind::Statewide => "statewide",
        }
    }

    pub fn rust(self) -> &'static str {
        match self {
            CentreKind::Bsa => "CentreKind::Bsa",
            CentreKind::Partner => "CentreKind::Partner",
            CentreKind::Statewide => "CentreKind::Statewide",
        }
    }
}

/// The topic vocabulary: (key in the file, variant of the app's `Topic`).
pub const TOPICS: [(&str, &str); 13] = [
    ("arbeitsausbeutung", "Arbeitsausbeutung"),
    ("arbeitslosigkeit", "Arbeitslosigkeit"),
    ("arbeitsrecht", "Arbeitsrecht"),
    ("aufenthalt", "Aufenthalt"),
    ("fluechtlinge", "Fluechtlinge"),
    ("gewalt", "Gewalt"),
    ("lohn", "Lohn"),
    ("menschenhandel", "Menschenhandel"),
    ("notruf", "Notruf"),
    ("saisonarbeit", "Saisonarbeit"),
    ("sozialleistungen", "Sozialleistungen"),
    ("werkvertrag", "Werkvertrag"),
    ("wohnen", "Wohnen"),
];

/// The validated directory.
#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    /// The `generated` date (`YYYY-MM-DD`).
    pub generated: String,
    /// In file order.
    pub centres: Vec<Centre>,
}

impl Directory {
    pub fn count(&self, kind: CentreKind) -> usize {
        self.centres.iter().filter(|c| c.kind == kind).count()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Centre {
    pub id: String,
    pub kind: CentreKind,
    pub name: String,
    pub carrier: Option<String>,
    pub districts: Vec<String>,
    pub address: Option<Address>,
    pub phone: Option<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub languages: Vec<String>,
    /// Keys of [`TOPICS`].
    pub topics: Vec<String>,
    pub description_de: String,
    pub sources: Vec<Source>,
    pub verified: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Address {
    pub street: String,
    pub postcode: Option<String>,
    pub city: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Phone {
    /// As written in the source.
    pub display: String,
    /// E.164 (`+49231144491`) or the digits of a short number (`110`).
    pub tel: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// `url_or_seed` as recorded.
    pub reference: String,
    /// The URL if it is https, else `None`.
    pub link: Option<String>,
    pub date: String,
    pub fields: Vec<String>,
}

/// Validates `centres.json` given as text. `known_ags` are the districts an entry may name
/// (those of the districts file).
pub fn validate_centres(
    file_label: &str,
    text: &str,
    known_ags: &[&str],
) -> Result<Directory, Vec<DataError>> {
    let mut r = Report::new(file_label);
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            r.file_error(format!("is not valid JSON: {e}"));
            return Err(r.errors);
        }
    };
    let Some(top) = root.as_object() else {
        r.file_error(format!(
            "must be an object with generated, schema_version and entries, found {}",
            kind_of(&root)
        ));
        return Err(r.errors);
    };
    for key in top.keys() {
        if !["generated", "schema_version", "entries"].contains(&key.as_str()) {
            r.push(
                None,
                Some(key),
                "unknown field; the known fields are: generated, schema_version, entries",
            );
        }
    }
    let generated = top_field::<String>(&mut r, top, "generated");
    if let Some(g) = &generated {
        if !is_iso_date(g) {
            r.push(
                None,
                Some("generated"),
                format!("{g:?} is not a date like \"2026-11-23\""),
            );
        }
    }
    if let Some(v) = top_field::<u64>(&mut r, top, "schema_version") {
        if v != SCHEMA_VERSION {
            r.push(
                None,
                Some("schema_version"),
                format!("is {v}; this generator understands schema_version {SCHEMA_VERSION}"),
            );
        }
    }
    let entries = top_field::<Vec<Value>>(&mut r, top, "entries").unwrap_or_default();
    let generated_ok = generated.clone().filter(|g| is_iso_date(g));

    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut centres = Vec::new();
    for (i, v) in entries.iter().enumerate() {
        let n_errors = r.errors.len();
        let c = check_entry(&mut r, i, v, known_ags, &mut ids, generated_ok.as_deref());
        match c {
            Some(c) if r.errors.len() == n_errors => centres.push(c),
            Some(_) => {}
            // Every path that drops an entry reports why; this guards against one that does not.
            None if r.errors.len() == n_errors => r.push(
                Some(&format!("entry #{i}")),
                None,
                "could not be read (a datagen bug: no reason was reported)",
            ),
            None => {}
        }
    }
    r.finish(Directory {
        generated: generated.unwrap_or_default(),
        centres,
    })
}

fn top_field<T: serde::de::DeserializeOwned>(
    r: &mut Report,
    top: &Map<String, Value>,
    key: &str,
) -> Option<T> {
    match top.get(key) {
        None => {
            r.push(None, Some(key), "is missing");
            None
        }
        Some(v) => match T::deserialize(v) {
            Ok(t) => Some(t),
            Err(e) => {
                r.push(None, Some(key), e.to_string());
                None
            }
        },
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_entry(
    r: &mut Report,
    i: usize,
    v: &Value,
    known_ags: &[&str],
    ids: &mut HashMap<String, usize>,
    generated: Option<&str>,
) -> Option<Centre> {
    let raw_id = v
        .get("id")
        .and_then(Value::as_str)
        .filter(|s| is_valid_id(s));
    let entry = match raw_id {
        Some(id) => format!("entry {id:?}"),
        None => format!("entry #{i}"),
    };
    let e = entry.as_str();
    let Some(obj) = v.as_object() else {
        r.push(
            Some(e),
            None,
            format!("must be an object, found {}", kind_of(v)),
        );
        return None;
    };
    unknown_keys(r, e, obj, &ENTRY_FIELDS, "");

    // id
    let id = field::<String>(r, e, obj, "id", "id");
    if let Some(id) = &id {
        if id.is_empty() {
            r.error(e, "id", "is empty");
        } else if !is_valid_id(id) {
            r.error(e, "id", format!("{id:?} may only contain a-z, 0-9 and -"));
        } else if let Some(j) = ids.get(id) {
            r.error(
                e,
                "id",
                format!("duplicate: entry #{j} has the same id {id:?}"),
            );
        } else {
            ids.insert(id.clone(), i);
        }
    }

    // kind
    let kind = field::<String>(r, e, obj, "kind", "kind").and_then(|k| {
        let found = CentreKind::ALL.into_iter().find(|c| c.key() == k);
        if found.is_none() {
            r.error(
                e,
                "kind",
                format!("{k:?} is not one of bsa, partner, statewide"),
            );
        }
        found
    });

    let name = text_field(r, e, obj, "name", "name");
    let carrier = optional_text(r, e, obj, "carrier");

    // districts
    let districts = field::<Vec<String>>(r, e, obj, "districts", "districts");
    if let Some(list) = &districts {
        for (k, a) in list.iter().enumerate() {
            if !known_ags.contains(&a.as_str()) {
                let message = if crate::nrw::expected_district(a).is_some() {
                    format!(
                        "{a:?} is an NRW district, but the districts file has no feature for it"
                    )
                } else {
                    format!("{a:?} is not an NRW district")
                };
                r.error(e, "districts", message);
            } else if list[..k].contains(a) {
                r.error(e, "districts", format!("{a:?} is listed twice"));
            }
        }
        match kind {
            Some(CentreKind::Statewide) if !list.is_empty() => r.error(
                e,
                "districts",
                "must be empty for a statewide entry (it serves all of NRW)",
            ),
            Some(k @ (CentreKind::Bsa | CentreKind::Partner)) if list.is_empty() => r.error(
                e,
                "districts",
                format!(
                    "is empty; a {} entry must name the districts it serves",
                    k.key()
                ),
            ),
            _ => {}
        }
    }

    let address = check_address(r, e, obj);

    let phone = optional_text(r, e, obj, "phone").and_then(|p| match p {
        None => Some(None),
        Some(p) => match phone_tel(&p) {
            Ok(tel) => Some(Some(Phone { display: p, tel })),
            Err(m) => {
                r.error(e, "phone", m);
                None
            }
        },
    });

    let email = optional_text(r, e, obj, "email").and_then(|m| {
        if let Some(m) = &m {
            if let Err(msg) = check_email(m) {
                r.error(e, "email", msg);
                return None;
            }
        }
        Some(m)
    });

    let website = optional_text(r, e, obj, "website").and_then(|w| {
        if let Some(w) = &w {
            if let Err(msg) = check_url(w, &["https://"]) {
                r.error(e, "website", msg);
                return None;
            }
        }
        Some(w)
    });

    let languages = field::<Vec<String>>(r, e, obj, "languages", "languages");
    if let Some(list) = &languages {
        for (k, l) in list.iter().enumerate() {
            if !ISO_639_1.contains(&l.as_str()) {
                r.error(
                    e,
                    "languages",
                    format!("{l:?} is not an ISO 639-1 code (two lowercase letters, e.g. \"de\")"),
                );
            } else if list[..k].contains(l) {
                r.error(e, "languages", format!("{l:?} is listed twice"));
            }
        }
    }

    let topics = field::<Vec<String>>(r, e, obj, "topics", "topics");
    if let Some(list) = &topics {
        for (k, t) in list.iter().enumerate() {
            if !TOPICS.iter().any(|(key, _)| key == t) {
                let all: Vec<&str> = TOPICS.iter().map(|(key, _)| *key).collect();
                r.error(
                    e,
                    "topics",
                    format!("{t:?} is not a topic; the topics are: {}", all.join(", ")),
                );
            } else if list[..k].contains(t) {
                r.error(e, "topics", format!("{t:?} is listed twice"));
            }
        }
    }

    let description_de = field::<String>(r, e, obj, "description_de", "description_de");
    let sources = check_sources(r, e, obj, generated);
    let verified = field::<bool>(r, e, obj, "verified", "verified");

    // Every contact detail that is set needs a source that names it.
    if let Some(sources) = &sources {
        for f in SOURCED_FIELDS {
            let set = match obj.get(f) {
                None | Some(Value::Null) => false,
                Some(Value::Array(a)) => !a.is_empty(),
                Some(Value::String(s)) => !s.is_empty(),
                Some(_) => true,
            };
            if set && !sources.iter().any(|s| s.fields.iter().any(|n| n == f)) {
                r.error(
                    e,
                    f,
                    "no source names this field (every contact detail needs a source and a date)",
                );
            }
        }
    }

    Some(Centre {
        id: id?,
        kind: kind?,
        name: name?,
        carrier: carrier?,
        districts: districts?,
        address: address?,
        phone: phone?,
        email: email?,
        website: website?,
        languages: languages?,
        topics: topics?,
        description_de: description_de?,
        sources: sources?,
        verified: verified?,
    })
}

/// A string that must not be empty or blank.
fn text_field(
    r: &mut Report,
    e: &str,
    obj: &Map<String, Value>,
    key: &str,
    label: &str,
) -> Option<String> {
    let s = field::<String>(r, e, obj, key, label)?;
    if s.trim().is_empty() {
        r.error(e, label, "is empty");
        return None;
    }
    Some(s)
}

/// `null` or a non-empty string. `None` = invalid, `Some(None)` = null.
fn optional_text(
    r: &mut Report,
    e: &str,
    obj: &Map<String, Value>,
    key: &str,
) -> Option<Option<String>> {
    let s = field::<Option<String>>(r, e, obj, key, key)?;
    if s.as_deref().is_some_and(|s| s.trim().is_empty()) {
        r.error(e, key, "is an empty string; write null when there is none");
        return None;
    }
    Some(s)
}

fn check_address(r: &mut Report, e: &str, obj: &Map<String, Value>) -> Option<Option<Address>> {
    let v = field::<Value>(r, e, obj, "address", "address")?;
    let a = match &v {
        Value::Null => return Some(None),
        Value::Object(a) => a,
        other => {
            r.error(
                e,
                "address",
                format!(
                    "must be null or an object with street, postcode and city, found {}",
                    kind_of(other)
                ),
            );
            return None;
        }
    };
    unknown_keys(r, e, a, &["street", "postcode", "city"], "address.");
    let street = text_field(r, e, a, "street", "address.street");
    let postcode =
        field::<Option<String>>(r, e, a, "postcode", "address.postcode").and_then(|p| match p {
            Some(p) if p.len() != 5 || !p.bytes().all(|b| b.is_ascii_digit()) => {
                r.error(
                    e,
                    "address.postcode",
                    format!("{p:?} is not a 5-digit postcode"),
                );
                None
            }
            p => Some(p),
        });
    let city = text_field(r, e, a, "city", "address.city");
    Some(Some(Address {
        street: street?,
        postcode: postcode?,
        city: city?,
    }))
}

fn check_sources(
    r: &mut Report,
    e: &str,
    obj: &Map<String, Value>,
    generated: Option<&str>,
) -> Option<Vec<Source>> {
    let list = field::<Vec<Value>>(r, e, obj, "sources", "sources")?;
    if list.is_empty() {
        r.error(
            e,
            "sources",
            "is empty; every entry needs at least one source",
        );
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for (k, v) in list.iter().enumerate() {
        let label = |f: &str| format!("sources[{k}]{f}");
        let Some(s) = v.as_object() else {
            r.error(
                e,
                &label(""),
                format!(
                    "must be an object with url_or_seed, date and fields, found {}",
                    kind_of(v)
                ),
            );
            ok = false;
            continue;
        };
        let before = r.errors.len();
        unknown_keys(r, e, s, &["url_or_seed", "date", "fields"], &label("."));
        let reference = field::<String>(r, e, s, "url_or_seed", &label(".url_or_seed"));
        let link = reference.as_deref().and_then(|u| match source_link(u) {
            Ok(link) => link,
            Err(m) => {
                r.error(e, &label(".url_or_seed"), m);
                None
            }
        });
        let date = field::<String>(r, e, s, "date", &label(".date"));
        if let Some(d) = &date {
            if let Err(m) = check_date(d, generated) {
                r.error(e, &label(".date"), m);
            }
        }
        let fields = field::<Vec<String>>(r, e, s, "fields", &label(".fields"));
        if let Some(fields) = &fields {
            if fields.is_empty() {
                r.error(
                    e,
                    &label(".fields"),
                    "is empty; name the fields this source supports",
                );
            }
            for (j, f) in fields.iter().enumerate() {
                if !ENTRY_FIELDS.contains(&f.as_str()) {
                    r.error(
                        e,
                        &label(".fields"),
                        format!("{f:?} is not a field of an entry"),
                    );
                } else if fields[..j].contains(f) {
                    r.error(e, &label(".fields"), format!("{f:?} is listed twice"));
                }
            }
        }
        match (reference, date, fields) {
            (Some(reference), Some(date), Some(fields)) if r.errors.len() == before => {
                out.push(Source {
                    reference,
                    link,
                    date,
                    fields,
                })
            }
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

/// A source date: starts with `undated` or with a year (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
/// optionally followed by a space and a note. It must not lie after `generated`.
pub fn check_date(d: &str, generated: Option<&str>) -> Result<(), String> {
    if d.trim().is_empty() {
        return Err("is empty; write the date the source gives, or \"undated\"".into());
    }
    if d.starts_with("undated") {
        return Ok(());
    }
    let bad =
        || format!("{d:?} does not start with a year (YYYY, YYYY-MM or YYYY-MM-DD) or \"undated\"");
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) {
        return Err(bad());
    }
    let mut end = 4;
    if b.get(4) == Some(&b'-') && digits(5..7) {
        let month: u8 = d[5..7].parse().unwrap_or(0);
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        end = 7;
        if b.get(7) == Some(&b'-') && digits(8..10) {
            let day: u8 = d[8..10].parse().unwrap_or(0);
            if !(1..=31).contains(&day) {
                return Err(bad());
            }
            end = 10;
        }
    }
    if !(end == b.len() || b[end] == b' ') {
        return Err(bad());
    }
    if let Some(g) = generated {
        if d[..end] > g[..end] {
            return Err(format!("{d:?} lies after the directory date {g}"));
        }
    }
    Ok(())
}

/// Characters a link must never contain.
fn bad_url_char(c: char) -> bool {
    c.is_whitespace() || c.is_control() || "\"'<>`\\{}|^".contains(c)
}

/// Checks a URL with one of the given scheme prefixes (`"https://"`), a plain host name and no
/// whitespace or quotes.
pub fn check_url(url: &str, schemes: &[&str]) -> Result<(), String> {
    let Some(rest) = schemes.iter().find_map(|s| url.strip_prefix(s)) else {
        return Err(if schemes == ["https://"] {
            format!("{url:?} is not an https link")
        } else {
            format!("{url:?} is not an http(s) link")
        });
    };
    if url.chars().any(bad_url_char) {
        return Err(format!(
            "{url:?} contains whitespace, a quote or another character a link must not contain"
        ));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => authority,
    };
    let labels: Vec<&str> = host.split('.').collect();
    let host_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if !host_ok {
        return Err(format!("{url:?} has no valid host name"));
    }
    Ok(())
}

/// Seed file names look like `001_f7e79100f78d2940.txt`.
pub fn is_seed_name(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 24
        && b[..3].iter().all(u8::is_ascii_digit)
        && b[3] == b'_'
        && b[4..20]
            .iter()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
        && &s[20..] == ".txt"
}

/// `url_or_seed` of a source: an http(s) URL or a seed file name. Gives the link to show
/// (https only).
pub fn source_link(s: &str) -> Result<Option<String>, String> {
    if is_seed_name(s) {
        return Ok(None);
    }
    if s.starts_with("http://") || s.starts_with("https://") {
        check_url(s, &["http://", "https://"])?;
        return Ok(s.starts_with("https://").then(|| s.to_string()));
    }
    Err(format!(
        "{s:?} is neither an http(s) URL nor a seed file name like \"001_f7e79100f78d2940.txt\""
    ))
}

/// A simple e-mail address `local@domain.tld` without spaces.
pub fn check_email(m: &str) -> Result<(), String> {
    let bad = || format!("{m:?} is not a plain e-mail address like name@example.org");
    let (local, domain) = m.split_once('@').ok_or_else(bad)?;
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()));
    if local_ok && domain_ok {
        Ok(())
    } else {
        Err(bad())
    }
}

/// Checks a phone number as written and derives the `tel:` target: E.164 for numbers with a
/// leading 0 (→ +49), 00 or +; the bare digits for short numbers (110, 112, 116 016).
pub fn phone_tel(display: &str) -> Result<String, String> {
    const ALLOWED: &str = "digits, spaces and / - – + ( )";
    if let Some(c) = display
        .chars()
        .find(|&c| !(c.is_ascii_digit() || " /-–+()".contains(c)))
    {
        return Err(format!(
            "{display:?} contains {c:?}; a phone number may only contain {ALLOWED}"
        ));
    }
    if display != display.trim() {
        return Err(format!("{display:?} has leading or trailing spaces"));
    }
    let plus = display.matches('+').count();
    if plus > 1 || (plus == 1 && !display.starts_with('+')) {
        return Err(format!("{display:?} may have a + only at the start"));
    }
    let digits: String = display.chars().filter(char::is_ascii_digit).collect();
    if !(3..=15).contains(&digits.len()) {
        return Err(format!(
            "{display:?} has {} digits; a phone number has 3 to 15",
            digits.len()
        ));
    }
    let e164 = |national: &str| -> Result<String, String> {
        if national.starts_with('0') || national.len() > 15 || national.len() < 6 {
            return Err(format!("{display:?} is not a valid international number"));
        }
        Ok(format!("+{national}"))
    };
    if plus == 1 {
        // "+49 (0)231 …": the (0) is not dialled from abroad.
        let without_trunk: String = display
            .replace("(0)", "")
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        e164(&without_trunk)
    } else if let Some(rest) = digits.strip_prefix("00") {
        e164(rest)
    } else if let Some(rest) = digits.strip_prefix('0') {
        e164(&format!("49{rest}"))
    } else if digits.len() <= 6 {
        Ok(digits)
    } else {
        Err(format!(
            "{display:?} has no area code (leading 0) and is too long for a short number (at most 6 digits)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tel_derivation() {
        assert_eq!(phone_tel("0231 144491").unwrap(), "+49231144491");
        assert_eq!(phone_tel("02303/ 283-135").unwrap(), "+492303283135");
        assert_eq!(phone_tel("0211 – 68 68 54").unwrap(), "+49211686854");
        assert_eq!(phone_tel("030 / 263 911 76").unwrap(), "+493026391176");
        assert_eq!(phone_tel("116 016").unwrap(), "116016");
        assert_eq!(phone_tel("110").unwrap(), "110");
        assert_eq!(phone_tel("+49 (0)231 144491").unwrap(), "+49231144491");
        assert_eq!(phone_tel("+49 231 144491").unwrap(), "+49231144491");
        assert_eq!(phone_tel("0049 231 144491").unwrap(), "+49231144491");
    }

    #[test]
    fn malformed_phones() {
        assert_eq!(
            phone_tel("0231 14449x").unwrap_err(),
            "\"0231 14449x\" contains 'x'; a phone number may only contain digits, spaces and / - – + ( )"
        );
        assert_eq!(
            phone_tel("11").unwrap_err(),
            "\"11\" has 2 digits; a phone number has 3 to 15"
        );
        assert!(phone_tel("0231 1234 5678 9012 34").is_err());
        assert!(phone_tel("0231+144491").is_err());
        assert!(phone_tel("231 144491").is_err());
        assert!(phone_tel(" 110").is_err());
        assert!(phone_tel("").is_err());
        assert!(phone_tel("+0 231 144491").is_err());
    }

    #[test]
    fn emails() {
        for ok in [
            "info@kok-buero.de",
            "alz_unna@werkstatt-im-kreis-unna.de",
            "mindestlohn@buergerservice.bund.de",
            "a.b+c@x.nrw",
        ] {
            assert_eq!(check_email(ok), Ok(()), "{ok}");
        }
        for bad in [
            "info@kok-buero",
            "info kok@buero.de",
            "@buero.de",
            "info@@buero.de",
            "info@buero..de",
            "mailto:info@buero.de",
            "info@buero.de ",
            "info@-buero.de",
            "info@buero.d3",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert_eq!(
            check_email("info(at)kok.de").unwrap_err(),
            "\"info(at)kok.de\" is not a plain e-mail address like name@example.org"
        );
    }

    #[test]
    fn websites_must_be_https() {
        assert_eq!(
            check_url("https://www.hilfetelefon.de", &["https://"]),
            Ok(())
        );
        assert_eq!(
            check_url(
                "https://www.mags.nrw/beratungsstelle-arbeit-dortmund?a=1#x",
                &["https://"]
            ),
            Ok(())
        );
        assert_eq!(
            check_url("https://localhost:8080/", &["https://"]).unwrap_err(),
            "\"https://localhost:8080/\" has no valid host name"
        );
        assert_eq!(
            check_url("http://example.org", &["https://"]).unwrap_err(),
            "\"http://example.org\" is not an https link"
        );
        assert_eq!(
            check_url("javascript:alert(1)", &["https://"]).unwrap_err(),
            "\"javascript:alert(1)\" is not an https link"
        );
        for bad in [
            "data:text/html,x",
            "HTTPS://example.org",
            "//example.org",
            "https://",
            "https://exa mple.org",
            "https://example.org/\"onmouseover=\"x",
            "https://user@example.org",
            "https://.org",
        ] {
            assert!(check_url(bad, &["https://"]).is_err(), "{bad}");
        }
    }

    #[test]
    fn source_references() {
        assert_eq!(source_link("001_f7e79100f78d2940.txt"), Ok(None));
        assert_eq!(source_link("http://www.mags.nrw/node/2882"), Ok(None));
        assert_eq!(
            source_link("https://zwd.de/x"),
            Ok(Some("https://zwd.de/x".to_string()))
        );
        assert!(source_link("javascript:alert(1)").is_err());
        assert!(source_link("ftp://example.org/x").is_err());
        assert!(source_link("001_f7e79100f78d294.txt").is_err());
        assert!(source_link("notes.txt").is_err());
    }

    #[test]
    fn dates() {
        for ok in [
            "2025-03",
            "2021-03-25",
            "2023 (Umzug zum 01.07.2023)",
            "undated",
            "undated (Jahresbericht 2020)",
            "2026-11-23",
        ] {
            assert_eq!(check_date(ok, Some("2026-11-23")), Ok(()), "{ok}");
        }
        for bad in ["", "März 2025", "25.03.2021", "2025-13", "2025/03", "20250"] {
            assert!(check_date(bad, Some("2026-11-23")).is_err(), "{bad}");
        }
        assert_eq!(
            check_date("2026-12", Some("2026-11-23")).unwrap_err(),
            "\"2026-12\" lies after the directory date 2026-11-23"
        );
    }

    #[test]
    fn iso_list_and_topics() {
        let mut sorted = ISO_639_1.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ISO_639_1.len());
        assert!(ISO_639_1.iter().all(|c| c.len() == 2));
        for c in ["de", "uk", "el", "zh", "sq", "ku"] {
            assert!(ISO_639_1.contains(&c), "{c}");
        }
        for c in ["ua", "gr", "cz", "dk", "jp", "DE"] {
            assert!(!ISO_639_1.contains(&c), "{c}");
        }
        assert!(TOPICS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}

#[cfg(test)]
mod entry_tests {
    use super::*;

    fn entry(districts: &str) -> String {
        format!(
            r#"{{"generated": "2026-11-23", "schema_version": 1, "entries": [
            {{"id": "p", "kind": "partner", "name": "P", "carrier": null, "districts": {districts},
             "address": {{"street": "Rathausplatz 3", "postcode": null, "city": "Monheim"}},
             "phone": "110", "email": null, "website": null, "languages": ["de"], "topics": [],
             "description_de": "", "verified": true,
             "sources": [{{"url_or_seed": "001_f7e79100f78d2940.txt", "date": "undated",
                          "fields": ["name", "districts", "address", "phone", "languages"]}}]}}]}}"#
        )
    }

    #[test]
    fn a_valid_entry_and_district_messages() {
        let d = validate_centres("c.json", &entry(r#"["05111"]"#), &["05111", "05112"]).unwrap();
        assert_eq!(
            d.centres[0].phone.as_ref().map(|p| p.tel.as_str()),
            Some("110")
        );
        assert_eq!(d.centres[0].sources[0].link, None);
        let msgs = |ds: &str| -> Vec<String> {
            validate_centres("c.json", &entry(ds), &["05111"])
                .unwrap_err()
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        assert_eq!(
            msgs(r#"["05112"]"#),
            ["c.json: entry \"p\": field \"districts\": \"05112\" is an NRW district, but the districts file has no feature for it"]
        );
        assert_eq!(
            msgs(r#"[]"#),
            ["c.json: entry \"p\": field \"districts\": is empty; a partner entry must name the districts it serves"]
        );
        assert_eq!(
            msgs(r#"["05111", "05111"]"#),
            ["c.json: entry \"p\": field \"districts\": \"05111\" is listed twice"]
        );
    }

    #[test]
    fn schema_version_and_missing_fields() {
        let text = r#"{"generated": "23.11.2026", "schema_version": 2, "entries": [{"id": "X"}]}"#;
        let msgs: Vec<String> = validate_centres("c.json", text, &[])
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            msgs[0],
            "c.json: field \"generated\": \"23.11.2026\" is not a date like \"2026-11-23\""
        );
        assert_eq!(
            msgs[1],
            "c.json: field \"schema_version\": is 2; this generator understands schema_version 1"
        );
        assert_eq!(
            msgs[2],
            "c.json: entry #0: field \"id\": \"X\" may only contain a-z, 0-9 and -"
        );
        assert!(
            msgs.contains(&"c.json: entry #0: field \"sources\": is missing".to_string()),
            "{msgs:#?}"
        );
    }
}
