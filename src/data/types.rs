//! Types of the tables that `datagen` generates at build time (see `build.rs`).
//!
//! Everything here is `'static` data compiled into the wasm: the page never parses
//! or fetches data at run time.

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
    /// The date the source itself gives (`"2025-03"`), or `"undated …"`.
    pub date: &'static str,
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
    pub description_de: &'static str,
    pub sources: &'static [Source],
    /// True when a supporting source is the organisation itself or the ministry.
    pub verified: bool,
}
