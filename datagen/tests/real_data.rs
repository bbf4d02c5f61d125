//! The real `geodata/` must pass, and the result must look like NRW.

use std::path::{Path, PathBuf};

use datagen::centres::{Audience, DateClass, LOCALES};
use datagen::map::{point_in_rings, QRing};
use datagen::source_date::{format_source_date, Date, DateTexts, SourceDate};
use datagen::{build, CentreKind, DistrictOut, Generated};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn real() -> Generated {
    match build(&repo_root(), Path::new("geodata")) {
        Ok(g) => g,
        Err(e) => panic!("geodata is invalid, {} errors:\n{e}", e.len()),
    }
}

fn district<'a>(g: &'a Generated, ags: &str) -> &'a DistrictOut {
    g.map
        .districts
        .iter()
        .find(|d| d.ags == ags)
        .unwrap_or_else(|| panic!("no district {ags}"))
}

fn inside(label: [u16; 2], rings: &[QRing]) -> bool {
    point_in_rings([f64::from(label[0]), f64::from(label[1])], rings)
}

#[test]
fn real_geodata_passes() {
    let g = real();
    assert_eq!(g.map.districts.len(), 53);
    assert_eq!(g.directory.centres.len(), 72);
    assert_eq!(g.directory.generated, "2026-12-02");
    assert_eq!(g.municipalities.len(), 396);
    assert_eq!(g.postcodes.len(), 872);
    let [w, h] = g.map.view_box;
    assert!(
        (800..=3000).contains(&w) && (800..=3000).contains(&h),
        "{w} x {h}"
    );
    for pair in g.map.districts.windows(2) {
        assert!(pair[0].ags < pair[1].ags);
    }
    for d in &g.map.districts {
        assert!(
            d.path.starts_with('M') && d.path.ends_with('z'),
            "{}",
            d.ags
        );
        assert_eq!(d.path.matches('M').count(), d.rings.len(), "{}", d.ags);
        let [x0, y0, x1, y1] = d.bbox;
        assert!(
            x0 < x1 && y0 < y1 && x1 <= w && y1 <= h,
            "{} {:?}",
            d.ags,
            d.bbox
        );
        let [lx, ly] = d.label;
        assert!(
            (x0..=x1).contains(&lx) && (y0..=y1).contains(&ly),
            "{}: label {:?} outside bbox {:?}",
            d.ags,
            d.label,
            d.bbox
        );
        assert!(inside(d.label, &d.rings), "{}: label not inside", d.ags);
    }
    // The Städteregion keeps its Vennbahn exclaves.
    assert_eq!(district(&g, "05334").rings.len(), 5);
}

#[test]
fn projection_looks_like_nrw() {
    let g = real();
    let koeln = district(&g, "05315");
    let dortmund = district(&g, "05913");
    let muenster = district(&g, "05515");
    let duesseldorf = district(&g, "05111");
    let hsk = district(&g, "05958");
    let minden = district(&g, "05770");
    let aachen = district(&g, "05334");
    // x grows to the east, y to the south.
    assert!(koeln.label[0] < dortmund.label[0], "Köln west of Dortmund");
    assert!(koeln.label[1] > muenster.label[1], "Köln south of Münster");
    assert!(
        duesseldorf.label[1] < koeln.label[1],
        "Düsseldorf north of Köln"
    );
    assert!(aachen.bbox[0] < koeln.bbox[0], "Aachen west of Köln");
    assert!(
        minden.bbox[1] < muenster.bbox[1],
        "Minden-Lübbecke reaches the north"
    );
    let area = |d: &DistrictOut| {
        (u32::from(d.bbox[2]) - u32::from(d.bbox[0]))
            * (u32::from(d.bbox[3]) - u32::from(d.bbox[1]))
    };
    assert!(area(duesseldorf) < area(hsk));
    // NRW spans about 250 km east-west and 245 km north-south.
    let [w, h] = g.map.view_box;
    let q = f64::from(g.map.quantum_m);
    let (w_km, h_km) = (f64::from(w) * q / 1000.0, f64::from(h) * q / 1000.0);
    assert!((230.0..=275.0).contains(&w_km), "{w_km} km wide");
    assert!((225.0..=270.0).contains(&h_km), "{h_km} km high");
    let aspect = f64::from(w) / f64::from(h);
    assert!((0.9..=1.15).contains(&aspect), "aspect {aspect}");
}

#[test]
fn summary_has_not_drifted() {
    let summary = real().summary().to_string();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected-summary.txt");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &summary).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        summary, expected,
        "the generated data changed; if that is intended, run \
         `UPDATE_EXPECT=1 cargo test -p datagen --test real_data` and commit tests/expected-summary.txt"
    );
}

/// The generated source compiles against the app's `src/data/types.rs` (the contract).
#[test]
fn generated_code_compiles_against_app_types() {
    let g = real();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("generated-check");
    std::fs::create_dir_all(&dir).unwrap();
    let types = repo_root().join("src/data/types.rs");
    let dates = repo_root().join("src/data/source_date.rs");
    let generated = dir.join("generated.rs");
    std::fs::write(&generated, &g.source).unwrap();
    let main = dir.join("check.rs");
    std::fs::write(
        &main,
        format!(
            "#![allow(dead_code)]\n\
             #[path = {dates:?}] mod source_date;\n\
             #[path = {types:?}] mod types;\n\
             mod generated {{ use super::types::*; include!({generated:?}); }}\n\
             pub fn check() -> usize {{ generated::DISTRICTS.len() + generated::CENTRES.len() \
             + generated::VIEW_BOX[0] as usize + generated::DIRECTORY_AS_OF.len() \
             + generated::DESCRIPTIONS.len() + generated::DESCRIPTION_LOCALES.len() \
             + generated::BSA_FINDER.len() + generated::BSA_FINDER_SOURCE.fields.len() }}\n"
        ),
    )
    .unwrap();
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = std::process::Command::new(rustc)
        .args([
            "--edition",
            "2021",
            "--crate-type",
            "lib",
            "--emit",
            "metadata",
            "-o",
        ])
        .arg(dir.join("libcheck.rmeta"))
        .arg(&main)
        .output()
        .expect("rustc runs");
    assert!(
        out.status.success(),
        "generated.rs does not compile against src/data/types.rs:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Problems in several files are all reported in one run, and nothing is written.
#[test]
fn errors_of_all_files_are_collected() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken-geodata");
    let geodata = dir.join("geodata");
    std::fs::create_dir_all(&geodata).unwrap();
    for f in [
        datagen::DISTRICTS_FILE,
        datagen::CENTRES_FILE,
        datagen::MUNICIPALITIES_FILE,
        datagen::POSTCODES_FILE,
        datagen::LOCALITIES_FILE,
    ] {
        std::fs::copy(repo_root().join("geodata").join(f), geodata.join(f)).unwrap();
    }
    let centres = std::fs::read_to_string(geodata.join(datagen::CENTRES_FILE)).unwrap();
    let centres = centres.replacen(
        "\"website\": \"https://zwd.de\"",
        "\"website\": \"http://zwd.de\"",
        1,
    );
    std::fs::write(geodata.join(datagen::CENTRES_FILE), centres).unwrap();
    let postcodes = std::fs::read_to_string(geodata.join(datagen::POSTCODES_FILE)).unwrap();
    let postcodes = postcodes.replacen("32049,Herford", "3204,Herford", 1);
    std::fs::write(geodata.join(datagen::POSTCODES_FILE), postcodes).unwrap();

    let out = dir.join("generated.rs");
    let _ = std::fs::remove_file(&out);
    let errors = datagen::generate_from(&dir, Path::new("geodata"), &out).unwrap_err();
    let text = errors.to_string();
    assert_eq!(errors.len(), 2, "{text}");
    assert!(text.contains(
        r#"geodata/centres.json: entry "bsa-duesseldorf": field "website": "http://zwd.de" is not an https link"#
    ), "{text}");
    assert!(text.contains(
        r#"geodata/nrw-postcodes.csv: line 2 (plz "3204"): field "plz": "3204" is not a 5-digit postcode"#
    ), "{text}");
    assert!(!out.exists());
}

/// `generate_from` writes the same source `build` returns.
#[test]
fn generate_writes_the_tables() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("generated-write.rs");
    let summary = datagen::generate_from(&repo_root(), Path::new("geodata"), &out)
        .unwrap()
        .summary();
    assert_eq!(summary.districts, 53);
    assert_eq!(summary.centres(), 72);
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, real().source);
    assert!(written.contains("pub static DISTRICTS: [District; 53] = ["));
    assert!(written.contains("pub static CENTRES: [Centre; 72] = ["));
    assert!(written.contains("pub const DIRECTORY_AS_OF: &str = \"2026-12-02\";"));
    assert!(written.contains("pub static DESCRIPTIONS: [[Description; 11]; 72] = ["));
}

fn german() -> datagen::prerender::Texts {
    let json = std::fs::read_to_string(repo_root().join("locales/de.json")).unwrap();
    datagen::prerender::Texts::parse("locales/de.json", &json).unwrap()
}

/// The static page carries every district's outline once and every directory entry, with the
/// same grouping as the app: one section per district, the statewide offers once.
#[test]
fn prerendered_page_has_map_and_whole_directory() {
    let g = real();
    let html = datagen::prerender::page(&g.map, &g.directory, &german()).unwrap();
    assert_eq!(html.matches("<path id=\"d-").count(), 53);
    for d in &g.map.districts {
        assert_eq!(
            html.matches(&format!(" d=\"{}\"", d.path)).count(),
            1,
            "{}",
            d.ags
        );
        assert!(html.contains(&format!(
            "<section class=\"district-static\" id=\"bezirk-{}\"",
            d.ags
        )));
        assert!(html.contains(&format!("href=\"#bezirk-{}\"", d.ags)));
    }
    for c in &g.directory.centres {
        let cards = html.matches(&format!("data-id=\"{}\"", c.id)).count();
        // An entry a source says has ended is not offered.
        let expected = if c.date_class == DateClass::Ended {
            0
        } else if c.kind == datagen::CentreKind::Statewide {
            1
        } else {
            c.districts.len()
        };
        assert_eq!(cards, expected, "{}", c.id);
        if let Some(p) = &c.phone {
            assert!(
                html.contains(&format!("href=\"tel:{}\"", p.tel)),
                "{}",
                c.id
            );
        }
    }
    // Wording comes from the locale file, never from code.
    assert!(html.contains("Hilfe für ganz NRW und Deutschland"));
    assert!(!html.contains("{{"), "a placeholder was left unfilled");
}

/// A missing key stops the build with the file and key named.
#[test]
fn prerender_names_a_missing_locale_key() {
    let g = real();
    let texts =
        datagen::prerender::Texts::parse("locales/xx.json", r#"{"app_title": "X"}"#).unwrap();
    let err = datagen::prerender::page(&g.map, &g.directory, &texts).unwrap_err();
    assert_eq!(err, "locales/xx.json: key \"tagline\" is missing");
}

/// The polynomial the app evaluates stays within one SVG unit (200 m) of proj4rs everywhere in
/// NRW's bounding box (checked on a grid four times finer than the fit's and offset from it).
#[test]
fn on_device_projection_is_within_one_svg_unit_of_proj4rs() {
    let g = real();
    let (from, to) = datagen::locate::projs().unwrap();
    let mut worst = 0.0f64;
    let n = 157;
    for i in 0..=n {
        for j in 0..=n {
            let lon = 5.8 + (9.5 - 5.8) * f64::from(i) / f64::from(n);
            let lat = 50.3 + (52.6 - 50.3) * f64::from(j) / f64::from(n);
            let exact = datagen::locate::exact_svg(&g.map, &from, &to, lon, lat).unwrap();
            let fitted = g.fit.to_svg(lon, lat);
            let err = ((exact[0] - fitted[0]).powi(2) + (exact[1] - fitted[1]).powi(2)).sqrt();
            worst = worst.max(err);
        }
    }
    eprintln!("largest error of the on-device projection: {worst:.4} SVG units");
    assert!(worst < 1.0, "{worst} SVG units");
    // And it lands in the right district: Kölner Dom in Köln, Dortmund's Reinoldikirche in Dortmund.
    for (lon, lat, ags) in [(6.9583, 50.9413, "05315"), (7.4681, 51.5139, "05913")] {
        let p = g.fit.to_svg(lon, lat);
        assert!(point_in_rings(p, &district(&g, ags).rings), "{ags} {p:?}");
    }
}

#[test]
fn coverage_table_has_not_drifted() {
    let g = real();
    let table = datagen::coverage::coverage_markdown(&g.map, &g.directory);
    let path = repo_root().join("geodata/COVERAGE.generated.md");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &table).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        table, expected,
        "the directory changed; run `UPDATE_EXPECT=1 cargo test -p datagen --test real_data` \
         and commit geodata/COVERAGE.generated.md"
    );
    // One row per district, and Oberhausen (no BSA known) points to the official overview.
    assert_eq!(table.lines().filter(|l| l.starts_with("| 05")).count(), 53);
    assert!(table.contains("| 05119 | Oberhausen | none known: official overview |"));
    // The source check of issue 15: 44 of 53 districts have a BSA or a documented centre.
    assert!(table.contains("- districts with a BSA or a documented centre: **44 / 53**"));
}

#[test]
fn search_tables_hold_every_name_once_in_order() {
    let g = real();
    let t = &g.search;
    assert_eq!(t.municipality_names.split('\n').count(), 396);
    assert_eq!(t.municipality_district.len(), 396);
    assert_eq!(t.locality_names.split('\n').count(), 7994);
    assert_eq!(
        t.locality_counts
            .iter()
            .map(|&c| usize::from(c))
            .sum::<usize>(),
        7994
    );
    assert!(t.postcodes.windows(2).all(|w| w[0] <= w[1]));
    // Wanne-Eickel is listed under Herne (05916000).
    let munis: Vec<&str> = t.municipality_names.split('\n').collect();
    let herne = munis.iter().position(|m| *m == "Herne").unwrap();
    let start: usize = t.locality_counts[..herne]
        .iter()
        .map(|&c| usize::from(c))
        .sum();
    let names: Vec<&str> = t.locality_names.split('\n').collect();
    let herne_parts = &names[start..start + usize::from(t.locality_counts[herne])];
    assert!(herne_parts.contains(&"Wanne-Eickel"), "{herne_parts:?}");
    assert_eq!(
        g.map.districts[usize::from(t.municipality_district[herne])].ags,
        "05916"
    );
}

fn centre<'a>(g: &'a Generated, id: &str) -> &'a datagen::centres::Centre {
    g.directory
        .centres
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no entry {id}"))
}

/// Every entry has a date class that its sources call for (checked by the build); the data holds
/// all three, the one ended entry included.
#[test]
fn date_classes_of_the_real_directory() {
    let g = real();
    // Newest source from 2026: the Regionalagentur OWL page of 2026-01-09.
    for id in [
        "bsa-bielefeld",
        "bsa-kreis-herford",
        "bsa-kreis-lippe",
        "bsa-kreis-minden-luebbecke",
        "bsa-kreis-paderborn",
        "partner-hza-bielefeld",
    ] {
        assert_eq!(centre(&g, id).date_class, DateClass::Current, "{id}");
    }
    // Faire Integration: an undated page that cannot be older than 2026-01-01.
    assert_eq!(
        centre(&g, "statewide-faire-integration").date_class,
        DateClass::Current
    );
    // Newest source October 2025: may have changed with the new funding period.
    assert_eq!(
        centre(&g, "bsa-mettmann-skfm-monheim").date_class,
        DateClass::Before2026
    );
    // Paderborn's PadAlz: not selected for 2026, so not offered as current.
    let padalz = centre(&g, "bsa-paderborn-padalz");
    assert_eq!(padalz.date_class, DateClass::Ended);
    assert_eq!(padalz.ended, Some(Date::Day(2026, 1, 1)));
    assert!(padalz.districts.iter().any(|a| a == "05774"));
    let ended: Vec<&str> = g
        .directory
        .centres
        .iter()
        .filter(|c| c.date_class == DateClass::Ended)
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ended, ["bsa-paderborn-padalz"]);
    for c in &g.directory.centres {
        assert_eq!(
            c.date_class,
            datagen::centres::derive_date_class(&c.sources, c.ended),
            "{}",
            c.id
        );
    }
}

/// The classification fixes of issue 15.
#[test]
fn audience_and_local_offices() {
    let g = real();
    assert_eq!(
        centre(&g, "statewide-servicestelle-arbeitsausbeutung").audience,
        Audience::Professionals
    );
    let professionals: Vec<&str> = g
        .directory
        .centres
        .iter()
        .filter(|c| c.audience == Audience::Professionals)
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(professionals, ["statewide-servicestelle-arbeitsausbeutung"]);
    // The Dortmund office of Faire Mobilität is a Dortmund partner; the network stays statewide.
    let dortmund = centre(&g, "partner-faire-mobilitaet-dortmund");
    assert_eq!(dortmund.kind, CentreKind::Partner);
    assert_eq!(dortmund.districts, ["05913"]);
    assert_eq!(
        centre(&g, "statewide-faire-mobilitaet").kind,
        CentreKind::Statewide
    );
    for c in &g.directory.centres {
        if c.kind == CentreKind::Statewide {
            assert!(
                !c.name.contains("Beratungsstelle Dortmund"),
                "{} is a local office listed as statewide",
                c.id
            );
        }
    }
}

/// Every entry has its description in each of the 11 languages, no language is the German text,
/// and machine translations are marked unreviewed.
#[test]
fn every_entry_has_a_description_in_every_language() {
    let g = real();
    let on_disk = {
        let mut ids: Vec<String> = std::fs::read_dir(repo_root().join("locales"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter_map(|n| n.strip_suffix(".json").map(String::from))
            .filter(|n| n != "de")
            .collect();
        ids.sort();
        ids.insert(0, "de".to_string());
        ids
    };
    assert_eq!(LOCALES.to_vec(), on_disk, "datagen's LOCALES vs. locales/");
    for c in &g.directory.centres {
        assert_eq!(c.descriptions.len(), LOCALES.len(), "{}", c.id);
        assert_eq!(c.descriptions[0].text, c.description_de, "{}", c.id);
        for (l, d) in LOCALES.iter().zip(&c.descriptions).skip(1) {
            assert!(!d.text.trim().is_empty(), "{}: {l}", c.id);
            assert_ne!(d.text, c.description_de, "{}: {l} is German", c.id);
        }
    }
    // Names stay as written inside the translations (checked on one entry per script).
    let essen = centre(&g, "bsa-essen");
    for d in &essen.descriptions {
        assert!(d.text.contains("NEUE ARBEIT"), "{}", d.text);
    }
}

fn date_texts_of(json: &serde_json::Value) -> DateTexts<'_> {
    DateTexts::from_lookup(|k| json.get(k).and_then(serde_json::Value::as_str)).unwrap()
}

/// Every source date of the directory reads in every language, never as German text outside
/// German: no "ohne Datum", no German month name, no research note.
#[test]
fn source_dates_read_in_every_language() {
    let g = real();
    let german_months = [
        "Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
    ];
    let dates: Vec<SourceDate> = g
        .directory
        .centres
        .iter()
        .flat_map(|c| c.sources.iter().map(|s| s.date))
        .chain(std::iter::once(g.directory.finder.source.date))
        .collect();
    assert!(dates
        .iter()
        .any(|d| matches!(d, SourceDate::UndatedAbout(_))));
    assert!(dates
        .iter()
        .any(|d| matches!(d, SourceDate::UndatedNotBefore(_))));
    assert!(dates
        .iter()
        .any(|d| matches!(d, SourceDate::Dated(Date::Day(..)))));
    assert!(dates
        .iter()
        .any(|d| matches!(d, SourceDate::Dated(Date::Month(..)))));
    for l in LOCALES {
        let text = std::fs::read_to_string(repo_root().join(format!("locales/{l}.json"))).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let texts = date_texts_of(&json);
        for d in &dates {
            let shown = format_source_date(*d, &texts);
            assert!(!shown.contains("{{"), "{l}: {shown}");
            assert!(!shown.contains("undated ("), "{l}: {shown}");
            if !l.starts_with("de") {
                assert!(!shown.contains("ohne Datum"), "{l}: {shown}");
                for word in shown.split(|c: char| !c.is_alphabetic()) {
                    assert!(!german_months.contains(&word), "{l}: {shown}");
                }
            }
            if l != "en" {
                assert!(!shown.contains("undated"), "{l}: {shown}");
            }
        }
    }
    // The research notes stay out of what is shown and out of the generated tables.
    assert!(!g.source.contains("Jahresbericht 2020"));
    assert!(g
        .directory
        .centres
        .iter()
        .flat_map(|c| &c.sources)
        .any(|s| s.note_de.as_deref() == Some("Jahresbericht 2020")));
}
