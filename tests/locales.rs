//! Every locale file in `locales/` (found by listing the directory) has every key of the German
//! source locale, with the same placeholders, and states whether a native speaker reviewed it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

fn load(path: &Path) -> BTreeMap<String, String> {
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let value: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()));
    let obj = value
        .as_object()
        .unwrap_or_else(|| panic!("{} is not a JSON object", path.display()));
    obj.iter()
        .map(|(k, v)| {
            let text = v
                .as_str()
                .unwrap_or_else(|| panic!("{}: key {k:?} is not a string", path.display()));
            (k.clone(), text.to_string())
        })
        .collect()
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split("{{")
        .skip(1)
        .filter_map(|rest| {
            rest.split_once("}}")
                .map(|(name, _)| name.trim().to_string())
        })
        .collect()
}

/// Compares one locale against the source; returns the problems found.
fn compare(
    source: &BTreeMap<String, String>,
    name: &str,
    other: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, text) in source {
        match other.get(key) {
            None => problems.push(format!("locales/{name}: key {key:?} is missing")),
            Some(t) if t.trim().is_empty() => {
                problems.push(format!("locales/{name}: key {key:?} is empty"))
            }
            Some(t) if placeholders(t) != placeholders(text) => problems.push(format!(
                "locales/{name}: key {key:?} has placeholders {:?}, de.json has {:?}",
                placeholders(t),
                placeholders(text)
            )),
            Some(_) => {}
        }
    }
    for key in other.keys().filter(|k| !source.contains_key(*k)) {
        problems.push(format!("locales/{name}: key {key:?} is not in de.json"));
    }
    problems
}

/// The key that records the review state of a locale file, and its allowed values.
const REVIEW_KEY: &str = "i18n_review_status";
const REVIEW_VALUES: [&str; 2] = ["reviewed", "unreviewed"];

/// Problems with the review marker of one locale file.
fn review_problems(name: &str, locale: &BTreeMap<String, String>) -> Vec<String> {
    match locale.get(REVIEW_KEY) {
        None => vec![format!("locales/{name}: key {REVIEW_KEY:?} is missing")],
        Some(v) if !REVIEW_VALUES.contains(&v.as_str()) => vec![format!(
            "locales/{name}: {REVIEW_KEY:?} is {v:?}, must be one of {REVIEW_VALUES:?} (do not translate it)"
        )],
        Some(_) => vec![],
    }
}

/// Every `*.json` in `locales/`, sorted by name.
fn locale_files() -> Vec<(String, BTreeMap<String, String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("locales/ exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                load(&p),
            )
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

#[test]
fn every_locale_states_whether_it_was_reviewed() {
    let files = locale_files();
    let problems: Vec<String> = files
        .iter()
        .flat_map(|(name, l)| review_problems(name, l))
        .collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    // German is the source language, written by the team.
    let de = &files
        .iter()
        .find(|(n, _)| n == "de.json")
        .expect("de.json")
        .1;
    assert_eq!(de[REVIEW_KEY], "reviewed");
}

#[test]
fn the_review_check_catches_a_missing_or_translated_marker() {
    let missing = BTreeMap::new();
    assert_eq!(review_problems("xx.json", &missing).len(), 1);
    let translated: BTreeMap<_, _> = [(REVIEW_KEY.to_string(), "geprüft".to_string())].into();
    assert!(review_problems("xx.json", &translated)[0].contains("do not translate"));
    let fine: BTreeMap<_, _> = [(REVIEW_KEY.to_string(), "unreviewed".to_string())].into();
    assert!(review_problems("xx.json", &fine).is_empty());
}

#[test]
fn all_eleven_languages_are_there() {
    let names: Vec<String> = locale_files().into_iter().map(|(n, _)| n).collect();
    for want in [
        "de",
        "de-x-simple",
        "en",
        "ro",
        "bg",
        "pl",
        "uk",
        "ar",
        "tr",
        "ru",
        "hu",
    ] {
        assert!(
            names.contains(&format!("{want}.json")),
            "locales/{want}.json is missing; found {names:?}"
        );
    }
}

#[test]
fn every_locale_has_every_key_with_the_same_placeholders() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let source = load(&dir.join("de.json"));
    let mut problems = Vec::new();
    let mut seen = 0;
    for entry in fs::read_dir(&dir).expect("locales/ exists") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name == "de.json" || !name.ends_with(".json") {
            continue;
        }
        seen += 1;
        problems.extend(compare(&source, &name, &load(&path)));
    }
    assert!(seen >= 1, "no locale besides de.json");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_check_catches_a_missing_key_and_a_changed_placeholder() {
    let source: BTreeMap<_, _> = [
        ("a".to_string(), "Hallo {{ name }}".to_string()),
        ("b".to_string(), "x".to_string()),
    ]
    .into();
    let other: BTreeMap<_, _> = [("a".to_string(), "Hello {{ nome }}".to_string())].into();
    let problems = compare(&source, "xx.json", &other);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("placeholders"));
    assert_eq!(problems[1], "locales/xx.json: key \"b\" is missing");
}
