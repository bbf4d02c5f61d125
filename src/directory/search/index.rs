//! The normalised keys of every searchable name, derived once from the compiled-in tables.

use std::sync::OnceLock;

use super::normalise::normalise;
use crate::data::{
    DISTRICTS, LOCALITY_COUNTS, LOCALITY_NAMES, MUNICIPALITY_DISTRICT, MUNICIPALITY_NAMES,
    POSTCODE_MUNICIPALITY,
};

/// What a search result points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// Index into `DISTRICTS`.
    District(u8),
    /// Index into the municipality table (AGS order).
    Municipality(u16),
    /// Index into the locality names, and the municipality it belongs to.
    Locality { index: u16, municipality: u16 },
    /// Row of `POSTCODES`.
    Postcode { row: u16 },
}

impl Place {
    /// Order within a tier: districts, municipalities, town parts, postcodes.
    pub fn rank(self) -> u8 {
        match self {
            Place::District(_) => 0,
            Place::Municipality(_) => 1,
            Place::Locality { .. } => 2,
            Place::Postcode { .. } => 3,
        }
    }
}

/// One searchable name.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub place: Place,
    /// Index into `DISTRICTS`.
    pub district: u8,
    key_start: u32,
    key_len: u8,
    words_start: u32,
    words_len: u8,
}

/// All keys, compact (without spaces) and concatenated, with per-entry word starts.
pub struct Index {
    keys: String,
    word_starts: Vec<u8>,
    entries: Vec<Entry>,
    municipality_names: Vec<&'static str>,
    locality_names: Vec<&'static str>,
}

static INDEX: OnceLock<Index> = OnceLock::new();

impl Index {
    /// The index, built on first use (a few milliseconds once; the UI builds it when the
    /// search box gets focus, so keystrokes do not pay for it).
    pub fn get() -> &'static Index {
        INDEX.get_or_init(Index::build)
    }

    fn build() -> Index {
        let municipality_names: Vec<&'static str> = MUNICIPALITY_NAMES.split('\n').collect();
        let locality_names: Vec<&'static str> = LOCALITY_NAMES.split('\n').collect();
        let mut index = Index {
            keys: String::with_capacity(LOCALITY_NAMES.len() + MUNICIPALITY_NAMES.len()),
            word_starts: Vec::new(),
            entries: Vec::with_capacity(locality_names.len() + municipality_names.len() + 90),
            municipality_names,
            locality_names,
        };
        for (i, d) in DISTRICTS.iter().enumerate() {
            index.add(d.name, Place::District(i as u8), i as u8);
            let display = super::district_display_name(i);
            if display != d.name {
                index.add(&display, Place::District(i as u8), i as u8);
            }
        }
        for (m, name) in index.municipality_names.clone().into_iter().enumerate() {
            index.add(
                name,
                Place::Municipality(m as u16),
                MUNICIPALITY_DISTRICT[m],
            );
        }
        let mut next = 0usize;
        for (m, &count) in LOCALITY_COUNTS.iter().enumerate() {
            for k in next..next + usize::from(count) {
                let name = index.locality_names[k];
                let place = Place::Locality {
                    index: k as u16,
                    municipality: m as u16,
                };
                index.add(name, place, MUNICIPALITY_DISTRICT[m]);
            }
            next += usize::from(count);
        }
        index
    }

    fn add(&mut self, name: &str, place: Place, district: u8) {
        let key_start = self.keys.len() as u32;
        let words_start = self.word_starts.len() as u32;
        let mut len = 0usize;
        for (w, word) in normalise(name).split(' ').enumerate() {
            if w > 0 && len <= usize::from(u8::MAX) {
                self.word_starts.push(len as u8);
            }
            self.keys.push_str(word);
            len += word.len();
        }
        // Names are short; a (theoretical) longer one is cut, which only loses its tail.
        let key_len = len.min(usize::from(u8::MAX));
        self.keys.truncate(key_start as usize + key_len);
        self.entries.push(Entry {
            place,
            district,
            key_start,
            key_len: key_len as u8,
            words_start,
            words_len: (self.word_starts.len() as u32 - words_start) as u8,
        });
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The compact key of an entry.
    pub fn key(&self, e: &Entry) -> &[u8] {
        let s = e.key_start as usize;
        &self.keys.as_bytes()[s..s + usize::from(e.key_len)]
    }

    /// Where the later words of an entry's key start (byte offsets into [`Index::key`]).
    pub fn word_starts(&self, e: &Entry) -> &[u8] {
        let s = e.words_start as usize;
        &self.word_starts[s..s + usize::from(e.words_len)]
    }

    /// The name as written.
    pub fn name(&self, place: Place) -> &'static str {
        match place {
            Place::District(i) => DISTRICTS[usize::from(i)].name,
            Place::Municipality(m) => self.municipality_name(m),
            Place::Locality { index, .. } => self.locality_names[usize::from(index)],
            Place::Postcode { row } => self.municipality_name(self.postcode_municipality(row)),
        }
    }

    pub fn municipality_name(&self, m: u16) -> &'static str {
        self.municipality_names[usize::from(m)]
    }

    pub fn municipality_district(&self, m: u16) -> usize {
        usize::from(MUNICIPALITY_DISTRICT[usize::from(m)])
    }

    pub fn postcode_municipality(&self, row: u16) -> u16 {
        POSTCODE_MUNICIPALITY[usize::from(row)]
    }

    /// Bytes of the derived keys and tables in memory (for the report, not shipped).
    pub fn memory_bytes(&self) -> usize {
        self.keys.len() + self.word_starts.len() + self.entries.len() * std::mem::size_of::<Entry>()
    }
}
