//! Validation of `centres.json`, the directory of counselling centres
//! (`{generated, schema_version: 2, finder, entries: [...]}`; conventions in
//! `geodata/CENTRES-NOTES.md`).

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::error::{DataError, Report};
use crate::json::{field, kind_of, unknown_keys};
use crate::source_date::{Date, SourceDate, FUNDING_PERIOD_2026};

/// The fields of an entry, in file order. `sources[].fields` may name any of them.
pub const ENTRY_FIELDS: [&str; 18] = [
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
    "audience",
    "description_de",
    "description_translations",
    "sources",
    "date_class",
    "ended",
    "verified",
];

/// Fields that, when set, must be named by at least one source (`audience` only when it is not
/// the default `public`).
pub const SOURCED_FIELDS: [&str; 10] = [
    "name",
    "carrier",
    "districts",
    "address",
    "phone",
    "email",
    "website",
    "languages",
    "audience",
    "ended",
];

/// The schema version this generator understands.
pub const SCHEMA_VERSION: u64 = 2;

/// The app's languages (the ids of `locales/*.json`), in the app's order: German, the source
/// language, first, then the others sorted by id (as `build.rs` registers them). Every entry's
/// description exists in each: German in `description_de`, the others in
/// `description_translations`. A test checks this list against the `locales/` directory.
pub const LOCALES: [&str; 11] = [
    "de",
    "ar",
    "bg",
    "de-x-simple",
    "en",
    "hu",
    "pl",
    "ro",
    "ru",
    "tr",
    "uk",
];

/// How current an entry is, given its sources (checked against them by the build).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateClass {
    /// A source with a known date on or after 2026-01-01 (the start of the funding period
    /// 2026–2028) supports the entry.
    Current,
    /// No source is known to date from 2026 on: the carrier or contact may have changed with
    /// the new funding period.
    Before2026,
    /// A source says the offer ended (field `ended`); it is not offered as current.
    Ended,
}

impl DateClass {
    pub const ALL: [DateClass; 3] = [DateClass::Current, DateClass::Before2026, DateClass::Ended];

    pub fn key(self) -> &'static str {
        match self {
            DateClass::Current => "current",
            DateClass::Before2026 => "before-2026",
            DateClass::Ended => "ended",
        }
    }

    pub fn rust(self) -> &'static str {
        match self {
            DateClass::Current => "DateClass::Current",
            DateClass::Before2026 => "DateClass::Before2026",
            DateClass::Ended => "DateClass::Ended",
        }
    }
}

/// Whom an offer is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// People who need help (workers, the unemployed, people affected by exploitation).
    Public,
    /// Only professionals (counselling centres, authorities, police): not a first contact for
    /// people affected.
    Professionals,
}

impl Audience {
    pub const ALL: [Audience; 2] = [Audience::Public, Audience::Professionals];

    pub fn key(self) -> &'static str {
        match self {
            Audience::Public => "public",
            Audience::Professionals => "professionals",
        }
    }

    pub fn rust(self) -> &'static str {
        match self {
            Audience::Public => "Audience::Public",
            Audience::Professionals => "Audience::Professionals",
        }
    }
}

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
    /// The ministry's finder for Beratungsstellen Arbeit, linked where we know a centre exists
    /// but not who runs it or how to reach it.
    pub finder: Finder,
    /// In file order.
    pub centres: Vec<Centre>,
}

/// The ministry's online finder of Beratungsstellen Arbeit, with the source that names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Finder {
    /// An https link.
    pub url: String,
    pub source: Source,
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
    pub audience: Audience,
    pub description_de: String,
    /// The description in every language of [`LOCALES`], in that order (German first).
    pub descriptions: Vec<Description>,
    pub sources: Vec<Source>,
    pub date_class: DateClass,
    /// When a source says the offer ended.
    pub ended: Option<Date>,
    pub verified: bool,
}

/// An entry's description in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Description {
    pub text: String,
    /// `false` for machine translations until a native speaker has checked them; German, the
    /// source, is reviewed.
    pub reviewed: bool,
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
    /// What the source states about its date (see `src/data/source_date.rs`).
    pub date: SourceDate,
    /// A German research note on the date ("Jahresbericht 2020"); never shown to readers.
    pub note_de: Option<String>,
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
            "must be an object with generated, schema_version, finder and entries, found {}",
            kind_of(&root)
        ));
        return Err(r.errors);
    };
    const TOP: [&str; 4] = ["generated", "schema_version", "finder", "entries"];
    for key in top.keys() {
        if !TOP.contains(&key.as_str()) {
            r.push(
                None,
                Some(key),
                format!("unknown field; the known fields are: {}", TOP.join(", ")),
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
    let generated_ok = generated
        .as_deref()
        .filter(|g| is_iso_date(g))
        .and_then(Date::parse);
    let finder = top_field::<Value>(&mut r, top, "finder")
        .and_then(|v| check_finder(&mut r, &v, generated_ok));
    let entries = top_field::<Vec<Value>>(&mut r, top, "entries").unwrap_or_default();

    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut centres = Vec::new();
    for (i, v) in entries.iter().enumerate() {
        let n_errors = r.errors.len();
        let c = check_entry(&mut r, i, v, known_ags, &mut ids, generated_ok);
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
    match finder {
        Some(finder) => r.finish(Directory {
            generated: generated.unwrap_or_default(),
            finder,
            centres,
        }),
        None => Err(r.errors),
    }
}

/// `finder`: `{"url": "https://…", "source": {url_or_seed, date, fields: ["url"]}}`.
fn check_finder(r: &mut Report, v: &Value, generated: Option<Date>) -> Option<Finder> {
    let e = "finder";
    let Some(obj) = v.as_object() else {
        r.push(
            Some(e),
            None,
            format!(
                "must be an object with url and source, found {}",
                kind_of(v)
            ),
        );
        return None;
    };
    unknown_keys(r, e, obj, &["url", "source"], "");
    let url =
        text_field(r, e, obj, "url", "url").and_then(|u| match check_url(&u, &["https://"]) {
            Ok(()) => Some(u),
            Err(m) => {
                r.error(e, "url", m);
                None
            }
        });
    let source = field::<Value>(r, e, obj, "source", "source")
        .and_then(|s| check_source(r, e, "source", &s, generated, &["url"]));
    Some(Finder {
        url: url?,
        source: source?,
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
    generated: Option<Date>,
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

    let audience = field::<String>(r, e, obj, "audience", "audience").and_then(|a| {
        let found = Audience::ALL.into_iter().find(|x| x.key() == a);
        if found.is_none() {
            r.error(
                e,
                "audience",
                format!("{a:?} is not an audience; the audiences are: public, professionals"),
            );
        }
        found
    });
    let description_de = text_field(r, e, obj, "description_de", "description_de");
    let descriptions = check_translations(r, e, obj, description_de.as_deref());
    let sources = check_sources(r, e, obj, generated);
    let ended = optional_text(r, e, obj, "ended").and_then(|t| match t {
        None => Some(None),
        Some(t) => match Date::parse(&t) {
            None => {
                r.error(
                    e,
                    "ended",
                    format!("{t:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                );
                None
            }
            Some(d) if generated.is_some_and(|g| d.is_after(g)) => {
                r.error(
                    e,
                    "ended",
                    format!(
                        "{t:?} lies after the directory date {}; an offer that ends later has not ended yet",
                        generated.map(Date::iso).unwrap_or_default()
                    ),
                );
                None
            }
            Some(d) => Some(Some(d)),
        },
    });
    let date_class = check_date_class(r, e, obj, sources.as_deref(), ended);
    let verified = field::<bool>(r, e, obj, "verified", "verified");

    // Every contact detail that is set needs a source that names it.
    if let Some(sources) = &sources {
        for f in SOURCED_FIELDS {
            let set = match obj.get(f) {
                None | Some(Value::Null) => false,
                Some(Value::Array(a)) => !a.is_empty(),
                // Only a non-default audience is a claim that needs a source.
                Some(Value::String(s)) if f == "audience" => s == "professionals",
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

    let mut description_all = vec![Description {
        text: description_de.clone()?,
        reviewed: true,
    }];
    description_all.extend(descriptions?);
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
        audience: audience?,
        description_de: description_de?,
        descriptions: description_all,
        sources: sources?,
        date_class: date_class?,
        ended: ended?,
        verified: verified?,
    })
}

/// `description_translations`: `{"<locale>": {"text": "…", "review_status": "unreviewed"}}` for
/// every language of [`LOCALES`] except German. Gives them in [`LOCALES`] order.
fn check_translations(
    r: &mut Report,
    e: &str,
    obj: &Map<String, Value>,
    german: Option<&str>,
) -> Option<Vec<Description>> {
    const KEY: &str = "description_translations";
    let map = field::<Map<String, Value>>(r, e, obj, KEY, KEY)?;
    let others = &LOCALES[1..];
    unknown_keys(r, e, &map, others, &format!("{KEY}."));
    let mut out = Vec::new();
    let mut ok = true;
    for locale in others {
        let label = format!("{KEY}.{locale}");
        let Some(v) = map.get(*locale) else {
            r.error(
                e,
                KEY,
                format!(
                    "has no {locale:?}; every entry needs its description in all {} languages \
                     (de in description_de, and {})",
                    LOCALES.len(),
                    others.join(", ")
                ),
            );
            ok = false;
            continue;
        };
        let Some(t) = v.as_object() else {
            r.error(
                e,
                &label,
                format!(
                    "must be an object with text and review_status, found {}",
                    kind_of(v)
                ),
            );
            ok = false;
            continue;
        };
        unknown_keys(r, e, t, &["text", "review_status"], &format!("{label}."));
        let text = text_field(r, e, t, "text", &format!("{label}.text"));
        if german.is_some() && text.as_deref() == german {
            r.error(
                e,
                &format!("{label}.text"),
                "is the German text of description_de; write the translation",
            );
            ok = false;
        }
        let status = field::<String>(r, e, t, "review_status", &format!("{label}.review_status"))
            .and_then(|s| match s.as_str() {
                "reviewed" => Some(true),
                "unreviewed" => Some(false),
                _ => {
                    r.error(
                        e,
                        &format!("{label}.review_status"),
                        format!(
                            "{s:?} is not \"reviewed\" or \"unreviewed\" (machine translations \
                             stay \"unreviewed\" until a native speaker has checked them)"
                        ),
                    );
                    None
                }
            });
        match (text, status) {
            (Some(text), Some(reviewed)) => out.push(Description { text, reviewed }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// The date class an entry's sources and `ended` call for.
pub fn derive_date_class(sources: &[Source], ended: Option<Date>) -> DateClass {
    if ended.is_some() {
        DateClass::Ended
    } else if sources.iter().any(|s| {
        s.date
            .known_from()
            .is_some_and(|d| d.is_on_or_after(FUNDING_PERIOD_2026))
    }) {
        DateClass::Current
    } else {
        DateClass::Before2026
    }
}

/// `date_class` must be given and must be what the sources and `ended` call for.
fn check_date_class(
    r: &mut Report,
    e: &str,
    obj: &Map<String, Value>,
    sources: Option<&[Source]>,
    ended: Option<Option<Date>>,
) -> Option<DateClass> {
    const KEY: &str = "date_class";
    let all: Vec<&str> = DateClass::ALL.iter().map(|c| c.key()).collect();
    let Some(v) = obj.get(KEY) else {
        r.error(
            e,
            KEY,
            format!(
                "is missing; every entry needs a date class: {}",
                all.join(", ")
            ),
        );
        return None;
    };
    let Some(k) = v.as_str() else {
        r.error(
            e,
            KEY,
            format!("must be one of {}, found {}", all.join(", "), kind_of(v)),
        );
        return None;
    };
    let Some(declared) = DateClass::ALL.into_iter().find(|c| c.key() == k) else {
        r.error(
            e,
            KEY,
            format!(
                "{k:?} is not a date class; the date classes are: {}",
                all.join(", ")
            ),
        );
        return None;
    };
    // Without valid sources and `ended` the class cannot be checked (their errors are reported).
    let (sources, ended) = (sources?, ended?);
    let derived = derive_date_class(sources, ended);
    if declared == derived {
        return Some(declared);
    }
    let newest = sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.date.known_from().map(|d| (i, d)))
        .max_by_key(|(_, d)| d.first_day());
    let why = match (declared, derived) {
        (_, DateClass::Ended) => format!(
            "field \"ended\" says the offer ended ({}); write \"ended\"",
            ended.map(Date::iso).unwrap_or_default()
        ),
        (DateClass::Ended, _) => {
            "field \"ended\" is null; give the date a source says the offer ended, or the class \
             the sources call for"
                .to_string()
        }
        (_, DateClass::Current) => match newest {
            Some((i, d)) => format!(
                "sources[{i}] dates from {} (on or after 2026-01-01); write \"current\"",
                d.iso()
            ),
            None => "write \"current\"".to_string(),
        },
        _ => match newest {
            Some((i, d)) => format!(
                "no source dates from 2026-01-01 or later (the newest known date is {} in \
                 sources[{i}]); write \"before-2026\"",
                d.iso()
            ),
            None => "no source has a known date from 2026-01-01 or later; write \"before-2026\""
                .to_string(),
        },
    };
    r.error(e, KEY, format!("is {k:?}, but {why}"));
    None
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
    generated: Option<Date>,
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
        match check_source(r, e, &format!("sources[{k}]"), v, generated, &ENTRY_FIELDS) {
            Some(s) => out.push(s),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// The keys of a source object.
const SOURCE_KEYS: [&str; 6] = [
    "url_or_seed",
    "date",
    "about",
    "not_before",
    "note_de",
    "fields",
];

/// One source: `{url_or_seed, date, about?, not_before?, note_de?, fields}`. `date` is what the
/// source states (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or `"undated"`; an undated source may give
/// `about` (a date its content implies) or `not_before` (a date it cannot be older than).
/// `fields` may name any of `field_names`.
fn check_source(
    r: &mut Report,
    e: &str,
    prefix: &str,
    v: &Value,
    generated: Option<Date>,
    field_names: &[&str],
) -> Option<Source> {
    let label = |f: &str| format!("{prefix}{f}");
    let Some(s) = v.as_object() else {
        r.error(
            e,
            prefix,
            format!(
                "must be an object with url_or_seed, date and fields, found {}",
                kind_of(v)
            ),
        );
        return None;
    };
    let before = r.errors.len();
    unknown_keys(r, e, s, &SOURCE_KEYS, &label("."));
    let reference = field::<String>(r, e, s, "url_or_seed", &label(".url_or_seed"));
    let link = reference.as_deref().and_then(|u| match source_link(u) {
        Ok(link) => link,
        Err(m) => {
            r.error(e, &label(".url_or_seed"), m);
            None
        }
    });
    let mut date_of = |key: &str| -> Option<Option<Date>> {
        let text = match s.get(key) {
            None | Some(Value::Null) if key != "date" => return Some(None),
            _ => field::<String>(r, e, s, key, &label(&format!(".{key}")))?,
        };
        if key == "date" && text == "undated" {
            return Some(None);
        }
        match check_date(&text, generated) {
            Ok(d) => Some(Some(d)),
            Err(m) => {
                r.error(e, &label(&format!(".{key}")), m);
                None
            }
        }
    };
    let stated = date_of("date");
    let about = date_of("about");
    let not_before = date_of("not_before");
    let date = match (stated, about, not_before) {
        (Some(Some(d)), Some(None), Some(None)) => Some(SourceDate::Dated(d)),
        (Some(None), Some(None), Some(None)) => Some(SourceDate::Undated),
        (Some(None), Some(Some(d)), Some(None)) => Some(SourceDate::UndatedAbout(d)),
        (Some(None), Some(None), Some(Some(d))) => Some(SourceDate::UndatedNotBefore(d)),
        (Some(None), Some(Some(_)), Some(Some(_))) => {
            r.error(
                e,
                &label(".about"),
                "and not_before are both set; give one of them",
            );
            None
        }
        (Some(Some(_)), Some(a), Some(n)) => {
            let key = if a.is_some() { "about" } else { "not_before" };
            debug_assert!(a.is_some() || n.is_some());
            r.error(
                e,
                &label(&format!(".{key}")),
                "is only for an undated source; this source states its date",
            );
            None
        }
        _ => None,
    };
    let note_de = match s.get("note_de") {
        None | Some(Value::Null) => Some(None),
        Some(_) => text_field(r, e, s, "note_de", &label(".note_de")).map(Some),
    };
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
            if !field_names.contains(&f.as_str()) {
                r.error(
                    e,
                    &label(".fields"),
                    format!("{f:?} is not one of the fields: {}", field_names.join(", ")),
                );
            } else if fields[..j].contains(f) {
                r.error(e, &label(".fields"), format!("{f:?} is listed twice"));
            }
        }
    }
    match (reference, date, note_de, fields) {
        (Some(reference), Some(date), Some(note_de), Some(fields)) if r.errors.len() == before => {
            Some(Source {
                reference,
                link,
                date,
                note_de,
                fields,
            })
        }
        _ => None,
    }
}

fn is_iso_date(s: &str) -> bool {
    s.len() == 10 && matches!(Date::parse(s), Some(Date::Day(..)))
}

/// A date as a source states it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, nothing else (notes go to
/// `note_de`). It must not lie after the directory date `generated`.
pub fn check_date(d: &str, generated: Option<Date>) -> Result<Date, String> {
    if d.trim().is_empty() {
        return Err("is empty; write the date the source gives, or \"undated\"".into());
    }
    let Some(date) = Date::parse(d) else {
        let hint = if d.starts_with("undated") {
            "write \"undated\" alone: a date the content implies goes into about or not_before, \
             a note into note_de"
        } else {
            "write YYYY, YYYY-MM or YYYY-MM-DD as the source states it, or \"undated\" \
             (notes go into note_de)"
        };
        return Err(format!("{d:?} is not a date; {hint}"));
    };
    if let Some(g) = generated {
        if date.is_after(g) {
            return Err(format!("{d:?} lies after the directory date {}", g.iso()));
        }
    }
    Ok(date)
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
        let g = Date::parse("2026-11-23");
        for (ok, date) in [
            ("2025-03", Date::Month(2025, 3)),
            ("2021-03-25", Date::Day(2021, 3, 25)),
            ("2023", Date::Year(2023)),
            ("2026-11-23", Date::Day(2026, 11, 23)),
            ("2026", Date::Year(2026)),
        ] {
            assert_eq!(check_date(ok, g), Ok(date), "{ok}");
        }
        for bad in [
            "",
            "März 2025",
            "25.03.2021",
            "2025-13",
            "2025/03",
            "20250",
            "2023 (Umzug zum 01.07.2023)",
            "undated",
        ] {
            assert!(check_date(bad, g).is_err(), "{bad}");
        }
        assert_eq!(
            check_date("2026-12", g).unwrap_err(),
            "\"2026-12\" lies after the directory date 2026-11-23"
        );
        assert_eq!(
            check_date("undated (Jahresbericht 2020)", g).unwrap_err(),
            "\"undated (Jahresbericht 2020)\" is not a date; write \"undated\" alone: a date the \
             content implies goes into about or not_before, a note into note_de"
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
    use serde_json::json;

    /// A valid directory with one partner entry; `edit` changes the entry before it is written.
    fn directory(edit: impl FnOnce(&mut Map<String, Value>)) -> String {
        let mut translations = Map::new();
        for l in &LOCALES[1..] {
            translations.insert(
                (*l).to_string(),
                json!({"text": format!("P ({l})"), "review_status": "unreviewed"}),
            );
        }
        let mut entry = json!({
            "id": "p", "kind": "partner", "name": "P", "carrier": null, "districts": ["05111"],
            "address": {"street": "Rathausplatz 3", "postcode": null, "city": "Monheim"},
            "phone": "110", "email": null, "website": null, "languages": ["de"], "topics": [],
            "audience": "public",
            "description_de": "P berät.", "description_translations": translations,
            "sources": [{"url_or_seed": "001_f7e79100f78d2940.txt", "date": "undated",
                         "fields": ["name", "districts", "address", "phone", "languages"]}],
            "date_class": "before-2026", "ended": null, "verified": true
        });
        edit(entry.as_object_mut().unwrap());
        json!({
            "generated": "2026-11-23", "schema_version": 2,
            "finder": {"url": "https://www.mags.nrw/beratungsstellen-arbeit-finden",
                       "source": {"url_or_seed": "https://example.org/partner.php",
                                  "date": "undated", "about": "2024", "fields": ["url"]}},
            "entries": [entry]
        })
        .to_string()
    }

    fn errors(text: &str) -> Vec<String> {
        validate_centres("c.json", text, &["05111"])
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn sources(v: Value) -> impl FnOnce(&mut Map<String, Value>) {
        move |e| {
            e.insert("sources".into(), v);
        }
    }

    #[test]
    fn a_valid_entry_and_district_messages() {
        let d = validate_centres("c.json", &directory(|_| {}), &["05111", "05112"]).unwrap();
        let c = &d.centres[0];
        assert_eq!(c.phone.as_ref().map(|p| p.tel.as_str()), Some("110"));
        assert_eq!(c.sources[0].link, None);
        assert_eq!(c.sources[0].date, SourceDate::Undated);
        assert_eq!(c.date_class, DateClass::Before2026);
        assert_eq!(c.audience, Audience::Public);
        assert_eq!(c.descriptions.len(), LOCALES.len());
        assert_eq!(
            c.descriptions[0],
            Description {
                text: "P berät.".into(),
                reviewed: true
            }
        );
        assert_eq!(c.descriptions[4].text, "P (en)", "LOCALES[4] is en");
        assert!(!c.descriptions[4].reviewed);
        assert_eq!(
            d.finder.url,
            "https://www.mags.nrw/beratungsstellen-arbeit-finden"
        );
        assert_eq!(
            d.finder.source.date,
            SourceDate::UndatedAbout(Date::Year(2024))
        );
        let districts = |ds: Value| {
            errors(&directory(|e| {
                e.insert("districts".into(), ds);
            }))
        };
        assert_eq!(
            districts(json!(["05112"])),
            ["c.json: entry \"p\": field \"districts\": \"05112\" is an NRW district, but the districts file has no feature for it"]
        );
        assert_eq!(
            districts(json!([])),
            ["c.json: entry \"p\": field \"districts\": is empty; a partner entry must name the districts it serves"]
        );
        assert_eq!(
            districts(json!(["05111", "05111"])),
            ["c.json: entry \"p\": field \"districts\": \"05111\" is listed twice"]
        );
    }

    #[test]
    fn structured_source_dates() {
        let one = |mut src: Value| {
            src["fields"]
                .as_array_mut()
                .unwrap()
                .push(json!("districts"));
            let all = sources(json!([src]));
            validate_centres(
                "c.json",
                &directory(|e| {
                    all(e);
                    e.insert("phone".into(), Value::Null);
                    e.insert("address".into(), Value::Null);
                    e.insert("languages".into(), json!([]));
                }),
                &["05111"],
            )
        };
        let ok = |src: Value| one(src).unwrap().centres[0].sources[0].clone();
        let err = |src: Value| -> Vec<String> {
            one(src)
                .unwrap_err()
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        let src = ok(
            json!({"url_or_seed": "https://a.de/x", "date": "undated", "about": "2020",
                            "note_de": "Jahresbericht 2020", "fields": ["name"]}),
        );
        assert_eq!(src.date, SourceDate::UndatedAbout(Date::Year(2020)));
        assert_eq!(src.note_de.as_deref(), Some("Jahresbericht 2020"));
        let src = ok(json!({"url_or_seed": "https://a.de/x", "date": "undated",
                            "not_before": "2025-11", "fields": ["name"]}));
        assert_eq!(
            src.date,
            SourceDate::UndatedNotBefore(Date::Month(2025, 11))
        );
        let src = ok(json!({"url_or_seed": "https://a.de/x", "date": "2023",
                            "note_de": "Umzug zum 01.07.2023", "fields": ["name"]}));
        assert_eq!(src.date, SourceDate::Dated(Date::Year(2023)));
        assert_eq!(
            err(json!({"url_or_seed": "https://a.de/x", "date": "2023", "about": "2022",
                       "fields": ["name"]})),
            ["c.json: entry \"p\": field \"sources[0].about\": is only for an undated source; this source states its date"]
        );
        assert_eq!(
            err(json!({"url_or_seed": "https://a.de/x", "date": "undated", "about": "2022",
                       "not_before": "2021", "fields": ["name"]})),
            ["c.json: entry \"p\": field \"sources[0].about\": and not_before are both set; give one of them"]
        );
        assert_eq!(
            err(json!({"url_or_seed": "https://a.de/x", "date": "undated", "about": "ca. 2020",
                       "fields": ["name"]})),
            ["c.json: entry \"p\": field \"sources[0].about\": \"ca. 2020\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD as the source states it, or \"undated\" (notes go into note_de)"]
        );
        assert_eq!(
            err(json!({"url_or_seed": "https://a.de/x", "date": "undated", "not_before": "2027",
                       "fields": ["name"]})),
            ["c.json: entry \"p\": field \"sources[0].not_before\": \"2027\" lies after the directory date 2026-11-23"]
        );
        assert_eq!(
            err(
                json!({"url_or_seed": "https://a.de/x", "date": "undated", "note_de": " ",
                       "fields": ["name"]})
            ),
            ["c.json: entry \"p\": field \"sources[0].note_de\": is empty"]
        );
    }

    #[test]
    fn date_class_follows_the_sources() {
        let with = |class: &str, ended: Value, date: Value| {
            let class = class.to_string();
            directory(move |e| {
                e.insert("date_class".into(), json!(class));
                e.insert("ended".into(), ended);
                e.insert(
                    "sources".into(),
                    json!([
                        {"url_or_seed": "001_f7e79100f78d2940.txt", "date": "undated",
                         "fields": ["name", "districts", "address", "phone", "languages"]},
                        date
                    ]),
                );
            })
        };
        let dated =
            |d: &str| json!({"url_or_seed": "https://a.de/x", "date": d, "fields": ["name"]});
        let class = |text: &str| {
            validate_centres("c.json", text, &["05111"])
                .unwrap()
                .centres[0]
                .date_class
        };
        assert_eq!(
            class(&with("current", Value::Null, dated("2026-01-09"))),
            DateClass::Current
        );
        assert_eq!(
            class(&with("current", Value::Null, dated("2026"))),
            DateClass::Current
        );
        assert_eq!(
            class(&with("before-2026", Value::Null, dated("2025-12-31"))),
            DateClass::Before2026
        );
        // Only a stated date or a lower bound counts, not an approximate one.
        let about = json!({"url_or_seed": "https://a.de/x", "date": "undated", "about": "2026", "fields": ["name"]});
        let not_before = json!({"url_or_seed": "https://a.de/x", "date": "undated", "not_before": "2026-01-01", "fields": ["name"]});
        assert_eq!(
            class(&with("before-2026", Value::Null, about)),
            DateClass::Before2026
        );
        assert_eq!(
            class(&with("current", Value::Null, not_before)),
            DateClass::Current
        );
        let ended_by = json!({"url_or_seed": "https://a.de/x", "date": "undated", "not_before": "2025-11", "fields": ["ended"]});
        let d = validate_centres(
            "c.json",
            &with("ended", json!("2026-01-01"), ended_by.clone()),
            &["05111"],
        )
        .unwrap();
        assert_eq!(d.centres[0].date_class, DateClass::Ended);
        assert_eq!(d.centres[0].ended, Some(Date::Day(2026, 1, 1)));

        assert_eq!(
            errors(&with("current", Value::Null, dated("2025-10-08"))),
            ["c.json: entry \"p\": field \"date_class\": is \"current\", but no source dates from 2026-01-01 or later (the newest known date is 2025-10-08 in sources[1]); write \"before-2026\""]
        );
        assert_eq!(
            errors(&with("before-2026", Value::Null, dated("2026-01-09"))),
            ["c.json: entry \"p\": field \"date_class\": is \"before-2026\", but sources[1] dates from 2026-01-09 (on or after 2026-01-01); write \"current\""]
        );
        assert_eq!(
            errors(&with("current", json!("2026-01-01"), ended_by.clone())),
            ["c.json: entry \"p\": field \"date_class\": is \"current\", but field \"ended\" says the offer ended (2026-01-01); write \"ended\""]
        );
        assert_eq!(
            errors(&with("ended", Value::Null, dated("2025"))),
            ["c.json: entry \"p\": field \"date_class\": is \"ended\", but field \"ended\" is null; give the date a source says the offer ended, or the class the sources call for"]
        );
        assert_eq!(
            errors(&with("ended", json!("2026-01-01"), dated("2025"))),
            ["c.json: entry \"p\": field \"ended\": no source names this field (every contact detail needs a source and a date)"]
        );
        assert_eq!(
            errors(&with("ended", json!("2027"), ended_by)),
            ["c.json: entry \"p\": field \"ended\": \"2027\" lies after the directory date 2026-11-23; an offer that ends later has not ended yet"]
        );
        assert_eq!(
            errors(&with("old", Value::Null, dated("2025"))),
            ["c.json: entry \"p\": field \"date_class\": \"old\" is not a date class; the date classes are: current, before-2026, ended"]
        );
        assert_eq!(
            errors(&directory(|e| {
                e.remove("date_class");
            })),
            ["c.json: entry \"p\": field \"date_class\": is missing; every entry needs a date class: current, before-2026, ended"]
        );
    }

    #[test]
    fn every_language_and_its_review_status() {
        let edit = |locale: &'static str, v: Option<Value>| {
            directory(move |e| {
                let t = e["description_translations"].as_object_mut().unwrap();
                match v {
                    Some(v) => t.insert(locale.into(), v),
                    None => t.remove(locale),
                };
            })
        };
        assert_eq!(
            errors(&edit("uk", None)),
            ["c.json: entry \"p\": field \"description_translations\": has no \"uk\"; every entry needs its description in all 11 languages (de in description_de, and ar, bg, de-x-simple, en, hu, pl, ro, ru, tr, uk)"]
        );
        assert_eq!(
            errors(&edit("ar", Some(json!({"text": "P berät.", "review_status": "unreviewed"})))),
            ["c.json: entry \"p\": field \"description_translations.ar.text\": is the German text of description_de; write the translation"]
        );
        assert_eq!(
            errors(&edit("ar", Some(json!({"text": "x", "review_status": "machine"})))),
            ["c.json: entry \"p\": field \"description_translations.ar.review_status\": \"machine\" is not \"reviewed\" or \"unreviewed\" (machine translations stay \"unreviewed\" until a native speaker has checked them)"]
        );
        assert_eq!(
            errors(&edit("fr", Some(json!({"text": "x", "review_status": "unreviewed"})))),
            ["c.json: entry \"p\": field \"description_translations.fr\": unknown field; the known fields are: ar, bg, de-x-simple, en, hu, pl, ro, ru, tr, uk"]
        );
        assert_eq!(
            errors(&edit(
                "en",
                Some(json!({"text": " ", "review_status": "reviewed"}))
            )),
            ["c.json: entry \"p\": field \"description_translations.en.text\": is empty"]
        );
        let d = validate_centres(
            "c.json",
            &edit(
                "en",
                Some(json!({"text": "P advises.", "review_status": "reviewed"})),
            ),
            &["05111"],
        )
        .unwrap();
        assert_eq!(
            d.centres[0].descriptions[4],
            Description {
                text: "P advises.".into(),
                reviewed: true
            }
        );
    }

    #[test]
    fn an_audience_of_professionals_needs_a_source() {
        let pro = |fields: Value| {
            directory(move |e| {
                e.insert("audience".into(), json!("professionals"));
                e["sources"][0]["fields"] = fields;
            })
        };
        assert_eq!(
            errors(&pro(json!(["name", "districts", "address", "phone", "languages"]))),
            ["c.json: entry \"p\": field \"audience\": no source names this field (every contact detail needs a source and a date)"]
        );
        let d = validate_centres(
            "c.json",
            &pro(json!([
                "name",
                "districts",
                "address",
                "phone",
                "languages",
                "audience"
            ])),
            &["05111"],
        )
        .unwrap();
        assert_eq!(d.centres[0].audience, Audience::Professionals);
        assert_eq!(
            errors(&directory(|e| {
                e.insert("audience".into(), json!("victims"));
            })),
            ["c.json: entry \"p\": field \"audience\": \"victims\" is not an audience; the audiences are: public, professionals"]
        );
    }

    #[test]
    fn schema_version_and_missing_fields() {
        let text = r#"{"generated": "23.11.2026", "schema_version": 1, "entries": [{"id": "X"}]}"#;
        let msgs = errors(text);
        assert_eq!(
            msgs[0],
            "c.json: field \"generated\": \"23.11.2026\" is not a date like \"2026-11-23\""
        );
        assert_eq!(
            msgs[1],
            "c.json: field \"schema_version\": is 1; this generator understands schema_version 2"
        );
        assert_eq!(msgs[2], "c.json: field \"finder\": is missing");
        assert_eq!(
            msgs[3],
            "c.json: entry #0: field \"id\": \"X\" may only contain a-z, 0-9 and -"
        );
        for expected in [
            "c.json: entry #0: field \"sources\": is missing",
            "c.json: entry #0: field \"description_translations\": is missing",
            "c.json: entry #0: field \"audience\": is missing",
            "c.json: entry #0: field \"date_class\": is missing; every entry needs a date class: current, before-2026, ended",
        ] {
            assert!(msgs.contains(&expected.to_string()), "{expected}\nnot in {msgs:#?}");
        }
    }

    #[test]
    fn the_finder_link_is_checked() {
        let text = directory(|_| {}).replace(
            "https://www.mags.nrw/beratungsstellen-arbeit-finden",
            "http://www.mags.nrw/beratungsstellen-arbeit-finden",
        );
        assert_eq!(
            errors(&text),
            ["c.json: finder: field \"url\": \"http://www.mags.nrw/beratungsstellen-arbeit-finden\" is not an https link"]
        );
    }
}
