//! Types of the tables that `datagen` generates at build time (see `build.rs`).
//!
//! Everything here is `'static` data compiled into the wasm: the page never parses
//! or fetches data at run time.

// Source dates are defined beside their wording (`source_date.rs`, shared with the build).
pub use super::source_date::{Date, SourceDate};

/// What kind of district (Kreis-level unit) this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DistrictKind {
    /// Kreisfreie Stadt: a city that is its own district.
    KreisfreieStadt,
    /// Kreis: a rural district made of several municipalities.
    Kreis,
    /// Städteregion Aachen, the one district of its kind.
    Staedteregion,
}

/// Regierungsbezirk, the administrative region a district belongs to (3rd AGS digit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RegBez {
    Duesseldorf,
    Koeln,
    Muenster,
    Detmold,
    Arnsberg,
}

impl RegBez {
    /// All five, in AGS order.
    pub const ALL: [RegBez; 5] = [
        RegBez::Duesseldorf,
        RegBez::Koeln,
        RegBez::Muenster,
        RegBez::Detmold,
        RegBez::Arnsberg,
    ];
}

/// One of the 53 districts. Its boundary (projected and quantised to SVG units at build time)
/// is not here: it ships once, in the prerendered SVG of `index.html` (see `crate::map::shapes`).
#[derive(Debug)]
pub struct District {
    /// Five-digit Amtlicher Gemeindeschlüssel of the district, e.g. `"05978"`.
    pub ags: &'static str,
    /// Official short name (VG250 `GEN`), e.g. `"Unna"`, `"Städteregion Aachen"`.
    pub name: &'static str,
    pub kind: DistrictKind,
    pub regbez: RegBez,
    /// Bounding box in SVG units: `[min_x, min_y, max_x, max_y]`.
    pub bbox: [u16; 4],
    /// A point inside the district (SVG units), used for keyboard navigation and labels.
    pub label: [u16; 2],
}

/// What a directory entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CentreKind {
    /// A Beratungsstelle Arbeit funded by the Land NRW.
    Bsa,
    /// A network partner working in one or more districts.
    Partner,
    /// An offer for all of NRW (or all of Germany).
    Statewide,
}

/// A postal address as the source gives it (parts may be missing in the source).
#[derive(Debug)]
pub struct Address {
    pub street: &'static str,
    pub postcode: Option<&'static str>,
    pub city: &'static str,
}

/// A phone number as written in the source, plus the `tel:` target derived from it.
#[derive(Debug)]
pub struct Phone {
    /// As written in the source, e.g. `"0231 144491"`.
    pub display: &'static str,
    /// E.164 for ordinary numbers (`"+49231144491"`), the digits for short numbers (`"110"`).
    pub tel: &'static str,
}

/// Where a piece of the directory comes from.
#[derive(Debug)]
pub struct Source {
    /// The URL or the name of the research note, as recorded.
    pub reference: &'static str,
    /// The same URL if it is an https link we may show as a link; `None` otherwise.
    pub link: Option<&'static str>,
    /// The date the source itself gives, or what is known of it when it gives none. Shown in
    /// the reader's language with `source_date::format_source_date`.
    pub date: SourceDate,
    /// Which fields of the entry this source supports.
    pub fields: &'static [&'static str],
}

/// What a centre helps with (the vocabulary of `centres.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Arbeitsausbeutung,
    Arbeitslosigkeit,
    Arbeitsrecht,
    Aufenthalt,
    Fluechtlinge,
    Gewalt,
    Lohn,
    Menschenhandel,
    Notruf,
    Saisonarbeit,
    Sozialleistungen,
    Werkvertrag,
    Wohnen,
}

/// How current an entry is (checked against its sources' dates by the build).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateClass {
    /// A source dated 2026-01-01 or later (the funding period 2026–2028) supports it.
    Current,
    /// No source is known to date from 2026 on: the carrier or contact may have changed when
    /// the new funding period began on 2026-01-01. Show the "call first" note.
    Before2026,
    /// A source says the offer ended (`Centre::ended`): never offer it as current.
    Ended,
}

/// Whom an offer is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// People who need help.
    Public,
    /// Only professionals (counselling centres, authorities): say so, it is no first contact
    /// for people affected.
    Professionals,
}

/// An entry's description in one language (see `DESCRIPTIONS`).
#[derive(Debug)]
pub struct Description {
    pub text: &'static str,
    /// `false` for a machine translation no native speaker has checked yet.
    pub reviewed: bool,
}

/// One entry of the directory: a counselling centre, partner or statewide offer.
#[derive(Debug)]
pub struct Centre {
    pub id: &'static str,
    pub kind: CentreKind,
    pub name: &'static str,
    pub carrier: Option<&'static str>,
    /// AGS of the districts it serves; empty for statewide offers.
    pub districts: &'static [&'static str],
    pub address: Option<Address>,
    pub phone: Option<Phone>,
    pub email: Option<&'static str>,
    /// Always https (checked at build time).
    pub website: Option<&'static str>,
    /// ISO 639-1 codes of the languages offered.
    pub languages: &'static [&'static str],
    pub topics: &'static [Topic],
    pub audience: Audience,
    /// German (the source text); every language is in `DESCRIPTIONS`, same row as in `CENTRES`.
    pub description_de: &'static str,
    pub date_class: DateClass,
    /// When the offer ended, if a source says so (then `date_class` is `Ended`).
    pub ended: Option<Date>,
    pub sources: &'static [Source],
    /// True when a supporting source is the organisation itself or the ministry.
    pub verified: bool,
}
