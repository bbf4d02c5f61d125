//! `datagen`: the build-time data pipeline of Wegweiser Arbeit NRW.
//!
//! It reads the four files in `geodata/`, validates all of them (collecting every problem, each
//! naming file, entry and field), projects the district boundaries to ETRS89 / UTM 32N,
//! quantises them to integer SVG units, and writes the Rust tables the app includes.
//!
//! Modules, one concern each:
//! - [`error`]: [`DataError`] and [`Errors`];
//! - [`nrw`]: the 53 expected districts;
//! - [`districts`]: GeoJSON validation;
//! - [`map`]: projection, quantisation, path encoding, bbox and label points;
//! - [`centres`]: validation of the directory;
//! - [`source_date`]: source dates and their wording in each language (shared with the app);
//! - [`tables`]: the municipality, postcode and locality CSVs;
//! - [`search_index`]: the compact tables behind the search box;
//! - [`locate`]: the lon/lat → SVG polynomial for "where am I";
//! - [`coverage`]: the generated coverage table of the directory;
//! - [`emit`]: the generated Rust source;
//! - [`prerender`]: the static map and directory HTML for `index.html`;
//! - [`csp`]: moves inline scripts out of the built page (strict Content-Security-Policy);
//! - [`offline`]: `sw.js`, the opt-in offline copy's service worker, for the built folder.

use std::fmt;
use std::fs;
use std::path::Path;

pub mod centres;
pub mod coverage;
pub mod csp;
pub mod districts;
pub mod emit;
pub mod error;
mod json;
pub mod locate;
pub mod map;
pub mod mount;
pub mod nrw;
pub mod offline;
pub mod prerender;
pub mod search_index;
/// Source dates and how they read in each language: the app's `src/data/source_date.rs`,
/// included by path so that the build and the app share one definition.
#[path = "../../src/data/source_date.rs"]
pub mod source_date;
pub mod tables;

pub use centres::{validate_centres, CentreKind, Directory};
pub use districts::{validate_districts, DistrictIn};
pub use error::{DataError, Errors};
pub use map::{build_map, DistrictOut, MapOut};
pub use search_index::{build_search_tables, SearchTables};
pub use tables::{
    validate_localities, validate_municipalities, validate_postcodes, Locality, Municipality,
    Postcode,
};

pub const DISTRICTS_FILE: &str = "nrw-districts.geojson";
pub const CENTRES_FILE: &str = "centres.json";
pub const MUNICIPALITIES_FILE: &str = "nrw-municipalities.csv";
pub const POSTCODES_FILE: &str = "nrw-postcodes.csv";
pub const LOCALITIES_FILE: &str = "nrw-localities.csv";

/// Everything the pipeline produced from valid input.
#[derive(Clone, Debug)]
pub struct Generated {
    pub map: MapOut,
    pub directory: Directory,
    pub municipalities: Vec<Municipality>,
    pub postcodes: Vec<Postcode>,
    pub localities: Vec<Locality>,
    pub search: SearchTables,
    pub fit: locate::Fitted,
    /// The Rust source for `generated.rs`.
    pub source: String,
}

/// Counts for the build log and the drift test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub districts: usize,
    pub centres_bsa: usize,
    pub centres_partner: usize,
    pub centres_statewide: usize,
    pub directory_as_of: String,
    pub municipalities: usize,
    pub postcodes: usize,
    pub localities: usize,
    /// Bytes of the search tables in the wasm (names + arrays).
    pub search_bytes: usize,
    /// Metres per SVG unit.
    pub quantum_m: u32,
    /// Why coarser quanta were not used.
    pub rejected_quanta: Vec<String>,
    pub view_box: [u16; 2],
    pub rings: usize,
    pub vertices: usize,
    /// Total length of all district paths.
    pub path_bytes: usize,
}

impl Summary {
    pub fn centres(&self) -> usize {
        self.centres_bsa + self.centres_partner + self.centres_statewide
    }
}

impl fmt::Display for Summary {
    /// One `key: value` per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "districts: {}", self.districts)?;
        writeln!(
            f,
            "centres: {} (bsa {}, partner {}, statewide {})",
            self.centres(),
            self.centres_bsa,
            self.centres_partner,
            self.centres_statewide
        )?;
        writeln!(f, "directory as of: {}", self.directory_as_of)?;
        writeln!(f, "municipalities: {}", self.municipalities)?;
        writeln!(f, "postcodes: {}", self.postcodes)?;
        writeln!(f, "localities: {}", self.localities)?;
        writeln!(f, "search tables: {} bytes", self.search_bytes)?;
        writeln!(f, "quantum: {} m per SVG unit", self.quantum_m)?;
        for r in &self.rejected_quanta {
            writeln!(f, "not used: {r}")?;
        }
        writeln!(f, "view box: {} x {}", self.view_box[0], self.view_box[1])?;
        writeln!(f, "rings: {}", self.rings)?;
        writeln!(f, "vertices: {}", self.vertices)?;
        writeln!(f, "path bytes: {}", self.path_bytes)
    }
}

impl Generated {
    pub fn summary(&self) -> Summary {
        Summary {
            districts: self.map.districts.len(),
            centres_bsa: self.directory.count(CentreKind::Bsa),
            centres_partner: self.directory.count(CentreKind::Partner),
            centres_statewide: self.directory.count(CentreKind::Statewide),
            directory_as_of: self.directory.generated.clone(),
            municipalities: self.municipalities.len(),
            postcodes: self.postcodes.len(),
            localities: self.localities.len(),
            search_bytes: self.search.raw_bytes(),
            quantum_m: self.map.quantum_m,
            rejected_quanta: self.map.rejected.clone(),
            view_box: self.map.view_box,
            rings: self.map.rings(),
            vertices: self.map.vertices(),
            path_bytes: self.map.path_bytes(),
        }
    }
}

/// How a file is named in messages: `geodata_dir` as given, then the file name.
fn label(geodata_dir: &Path, name: &str) -> String {
    let dir = geodata_dir.to_string_lossy();
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// Validates everything in `root/geodata_dir` and builds the tables. Messages name the files as
/// `geodata_dir/<file>` (so pass a relative `geodata_dir` such as `geodata`).
pub fn build(root: &Path, geodata_dir: &Path) -> Result<Generated, Errors> {
    let mut errors = Vec::new();
    let mut read = |name: &str| -> (String, Option<String>) {
        let label = label(geodata_dir, name);
        match fs::read_to_string(root.join(geodata_dir).join(name)) {
            Ok(text) => (label, Some(text)),
            Err(e) => {
                errors.push(DataError {
                    file: label.clone(),
                    entry: None,
                    field: None,
                    message: format!("cannot be read: {e}"),
                });
                (label, None)
            }
        }
    };
    let (districts_label, districts_text) = read(DISTRICTS_FILE);
    let (centres_label, centres_text) = read(CENTRES_FILE);
    let (municipalities_label, municipalities_text) = read(MUNICIPALITIES_FILE);
    let (postcodes_label, postcodes_text) = read(POSTCODES_FILE);
    let (localities_label, localities_text) = read(LOCALITIES_FILE);

    // Districts first: the other files refer to them.
    let mut map = None;
    let mut known: Vec<String> = Vec::new();
    if let Some(text) = &districts_text {
        let checked = districts::check(&districts_label, text);
        known = checked.codes;
        if checked.report.errors.is_empty() {
            match build_map(&districts_label, &checked.districts) {
                Ok(m) => map = Some(m),
                Err(e) => errors.extend(e),
            }
        } else {
            errors.extend(checked.report.errors);
        }
    }
    if known.is_empty() {
        // Unreadable districts file: check references against the official list instead of
        // reporting every reference.
        known = nrw::expected_codes()
            .into_iter()
            .map(String::from)
            .collect();
    }
    let known: Vec<&str> = known.iter().map(String::as_str).collect();

    let mut directory = None;
    if let Some(text) = &centres_text {
        match validate_centres(&centres_label, text, &known) {
            Ok(d) => directory = Some(d),
            Err(e) => errors.extend(e),
        }
    }
    let mut municipalities = Vec::new();
    if let Some(text) = &municipalities_text {
        // Against the official list, so that a district missing from the map is reported once
        // there rather than once per municipality.
        let official = nrw::expected_codes();
        let (m, report) = tables::check_municipalities(&municipalities_label, text, &official);
        municipalities = m;
        errors.extend(report.errors);
    }
    let mut postcodes = None;
    if let Some(text) = &postcodes_text {
        match validate_postcodes(&postcodes_label, text, &municipalities) {
            Ok(p) => postcodes = Some(p),
            Err(e) => errors.extend(e),
        }
    }

    let mut localities = None;
    if let Some(text) = &localities_text {
        match validate_localities(&localities_label, text, &municipalities) {
            Ok(l) => localities = Some(l),
            Err(e) => errors.extend(e),
        }
    }

    match (map, directory, postcodes, localities) {
        (Some(map), Some(directory), Some(postcodes), Some(localities)) if errors.is_empty() => {
            let search = build_search_tables(&map, &municipalities, &localities, &postcodes)
                .map_err(|m| {
                    Errors(vec![DataError {
                        file: label(geodata_dir, LOCALITIES_FILE),
                        entry: None,
                        field: None,
                        message: m,
                    }])
                })?;
            let fit = locate::fit(&map).map_err(|m| {
                Errors(vec![DataError {
                    file: districts_label.clone(),
                    entry: None,
                    field: None,
                    message: format!("cannot fit the on-device projection: {m}"),
                }])
            })?;
            let source = emit::emit(&map, &directory, &search, &fit);
            Ok(Generated {
                map,
                directory,
                municipalities,
                postcodes,
                localities,
                search,
                fit,
                source,
            })
        }
        _ => Err(Errors(errors)),
    }
}

/// Validates `geodata_dir` (relative to the current directory), writes the Rust tables to
/// `out_file` and returns the tables. All problems are returned together.
pub fn generate(geodata_dir: &Path, out_file: &Path) -> Result<Generated, Errors> {
    generate_from(Path::new(""), geodata_dir, out_file)
}

/// Like [`generate`], but reads `root/geodata_dir` while messages still say `geodata_dir/…`
/// (the build script passes `CARGO_MANIFEST_DIR` as `root`). Returns the tables, for the
/// caller's summary or prerendering.
pub fn generate_from(
    root: &Path,
    geodata_dir: &Path,
    out_file: &Path,
) -> Result<Generated, Errors> {
    let generated = build(root, geodata_dir)?;
    // Rewrite only on change, so that an unchanged result does not look new.
    if fs::read_to_string(out_file).ok().as_deref() != Some(generated.source.as_str()) {
        fs::write(out_file, &generated.source).map_err(|e| {
            Errors(vec![DataError {
                file: out_file.display().to_string(),
                entry: None,
                field: None,
                message: format!("cannot be written: {e}"),
            }])
        })?;
    }
    Ok(generated)
}
