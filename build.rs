//! Validates `geodata/` and generates the data tables (`$OUT_DIR/generated.rs`) with `datagen`.
//! Any problem in the data fails the build with every error listed, one per line.

use std::path::{Path, PathBuf};
use std::process::exit;

fn env_path(name: &str) -> PathBuf {
    match std::env::var_os(name) {
        Some(v) => PathBuf::from(v),
        None => {
            eprintln!("build.rs: the environment variable {name} is not set (cargo sets it for build scripts)");
            exit(1);
        }
    }
}

fn main() {
    println!("cargo::rerun-if-changed=geodata");
    println!("cargo::rerun-if-changed=build.rs");
    // A new locale file must rebuild too, not only a changed one.
    println!("cargo::rerun-if-changed=locales");

    generate_i18n(&env_path("OUT_DIR"));

    let manifest_dir = env_path("CARGO_MANIFEST_DIR");
    let out_file = env_path("OUT_DIR").join("generated.rs");
    // Files are opened below the manifest dir; messages name them `geodata/...`.
    match datagen::generate_from(&manifest_dir, Path::new("geodata"), &out_file) {
        Ok(generated) => {
            // Visible with `cargo build -vv` and in target/*/build/*/output.
            for line in generated.summary().to_string().lines() {
                println!("datagen: {line}");
            }
            write_prerendered(&manifest_dir, &generated);
        }
        Err(errors) => {
            eprintln!("geodata is invalid, {} errors:", errors.len());
            for e in &errors {
                eprintln!("{e}");
            }
            exit(1);
        }
    }
}

/// The static page fragment that `index.html` gets at build time (see `datagen/src/bin/
/// prerender.rs`), also written to `$OUT_DIR/prerendered.html` so that the browser tests take
/// over exactly what the served page contains.
fn write_prerendered(manifest_dir: &Path, generated: &datagen::Generated) {
    use datagen::prerender::{page, Texts};
    let result = (|| -> Result<(), String> {
        let json = std::fs::read_to_string(manifest_dir.join("locales/de.json"))
            .map_err(|e| format!("locales/de.json: cannot be read: {e}"))?;
        let texts = Texts::parse("locales/de.json", &json)?;
        let html = page(&generated.map, &generated.directory, &texts)?;
        let out = env_path("OUT_DIR").join("prerendered.html");
        std::fs::write(&out, html).map_err(|e| format!("{}: cannot be written: {e}", out.display()))
    })();
    if let Err(e) = result {
        eprintln!("prerender: {e}");
        exit(1);
    }
}

/// German is the source language: every other locale falls back to it and is checked against it.
const SOURCE_LOCALE: &str = "de";

/// Every `locales/<id>.json` except the source, sorted by id: adding a language is adding its
/// file. The id must be a locale id leptos_i18n accepts (BCP 47, e.g. `de-x-simple`).
fn other_locales(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            if let Some(id) = path.file_stem().and_then(|s| s.to_str()) {
                if id != SOURCE_LOCALE {
                    ids.push(id.to_string());
                }
            }
        }
    }
    ids.sort();
    Ok(ids)
}

/// Turns `locales/*.json` into the typed `i18n` module (leptos_i18n): a key used in the code but
/// missing from a locale is a compile error.
fn generate_i18n(out_dir: &Path) {
    let result = (|| -> Result<(), Box<dyn std::error::Error>> {
        let options = leptos_i18n_build::ParseOptions::new().interpolate_display(true);
        let mut cfg = leptos_i18n_build::Config::new(SOURCE_LOCALE)?;
        for locale in other_locales(Path::new("locales"))? {
            cfg = cfg.add_locale(&locale)?;
        }
        let cfg = cfg.parse_options(options);
        let infos = leptos_i18n_build::TranslationsInfos::parse(cfg)?;
        infos.emit_diagnostics();
        infos.rerun_if_locales_changed();
        infos.generate_i18n_module(out_dir.join("i18n"))?;
        Ok(())
    })();
    if let Err(e) = result {
        eprintln!("locales/ is invalid: {e}");
        exit(1);
    }
}
