//! One test per broken input in `tests/fixtures/bad/` (see its README.md): each asserts the
//! exact message of the error the file must cause.

use std::path::Path;

use datagen::nrw::expected_codes;
use datagen::{validate_centres, validate_districts};

fn fixture_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad"))
}

/// All error messages for a fixture; panics if it passes validation.
fn errors_of(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(fixture_dir().join(file))
        .unwrap_or_else(|e| panic!("cannot read fixture {file}: {e}"));
    let label = format!("tests/fixtures/bad/{file}");
    let result = if file.ends_with(".geojson") {
        validate_districts(&label, &text).map(|_| ())
    } else {
        validate_centres(&label, &text, &expected_codes()).map(|_| ())
    };
    match result {
        Ok(()) => panic!("{file} passed validation, but it is supposed to be broken"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// `bad!(test_name, "file", only "message")`: the file gives exactly this one error.
/// `bad!(test_name, "file", among "message")`: this error is one of those the file gives.
macro_rules! bad {
    ($name:ident, $file:literal, only $expected:literal) => {
        #[test]
        fn $name() {
            let errors = errors_of($file);
            assert_eq!(
                errors,
                [concat!("tests/fixtures/bad/", $file, ": ", $expected)]
            );
        }
    };
    ($name:ident, $file:literal, among $expected:literal) => {
        #[test]
        fn $name() {
            let errors = errors_of($file);
            let expected = concat!("tests/fixtures/bad/", $file, ": ", $expected);
            assert!(
                errors.iter().any(|e| e == expected),
                "expected\n  {expected}\namong\n  {}",
                errors.join("\n  ")
            );
        }
    };
}

/// Every fixture file has a test below and a line in the README.
const FIXTURES: [&str; 15] = [
    "missing-district.geojson",
    "unknown-ags.geojson",
    "too-few-points.geojson",
    "ring-not-closed.geojson",
    "unknown-district.json",
    "http-website.json",
    "javascript-website.json",
    "phone-without-source.json",
    "duplicate-id.json",
    "malformed-phone.json",
    "malformed-email.json",
    "missing-translation.json",
    "missing-date-class.json",
    "date-class-contradicts-sources.json",
    "german-date-note.json",
];

bad!(
    missing_district,
    "missing-district.geojson",
    among r#"district "05978" (Unna): field "properties.ags": no feature has this code; all 53 NRW districts are required"#
);
bad!(
    unknown_ags,
    "unknown-ags.geojson",
    among r#"feature #0 (ags "05999"): field "properties.ags": "05999" is not one of the 53 NRW district codes"#
);
bad!(
    too_few_points,
    "too-few-points.geojson",
    among r#"feature #1 (ags "05978"): field "geometry": ring 0 has 3 positions, a closed ring needs at least 4"#
);
bad!(
    ring_not_closed,
    "ring-not-closed.geojson",
    among r#"feature #0 (ags "05111"): field "geometry": ring 0 is not closed: the last position [6.7, 51.26] differs from the first [6.7, 51.2]"#
);
bad!(
    unknown_district,
    "unknown-district.json",
    only r#"entry "bsa-unna": field "districts": "05999" is not an NRW district"#
);
bad!(
    http_website,
    "http-website.json",
    only r#"entry "bsa-unna": field "website": "http://example.org" is not an https link"#
);
bad!(
    javascript_website,
    "javascript-website.json",
    only r#"entry "bsa-unna": field "website": "javascript:alert(1)" is not an https link"#
);
bad!(
    phone_without_source,
    "phone-without-source.json",
    only r#"entry "bsa-unna": field "phone": no source names this field (every contact detail needs a source and a date)"#
);
bad!(
    duplicate_id,
    "duplicate-id.json",
    only r#"entry "bsa-unna": field "id": duplicate: entry #0 has the same id "bsa-unna""#
);
bad!(
    malformed_phone,
    "malformed-phone.json",
    only r#"entry "bsa-unna": field "phone": "Tel. 0231 144491" contains 'T'; a phone number may only contain digits, spaces and / - – + ( )"#
);
bad!(
    malformed_email,
    "malformed-email.json",
    only r#"entry "bsa-unna": field "email": "info(at)example.org" is not a plain e-mail address like name@example.org"#
);

bad!(
    missing_translation,
    "missing-translation.json",
    only r#"entry "bsa-unna": field "description_translations": has no "uk"; every entry needs its description in all 11 languages (de in description_de, and ar, bg, de-x-simple, en, hu, pl, ro, ru, tr, uk)"#
);
bad!(
    missing_date_class,
    "missing-date-class.json",
    only r#"entry "bsa-unna": field "date_class": is missing; every entry needs a date class: current, before-2026, ended"#
);
bad!(
    date_class_contradicts_sources,
    "date-class-contradicts-sources.json",
    only r#"entry "bsa-unna": field "date_class": is "current", but no source dates from 2026-01-01 or later (the newest known date is 2025-03 in sources[0]); write "before-2026""#
);
bad!(
    german_date_note,
    "german-date-note.json",
    only r#"entry "bsa-unna": field "sources[0].date": "undated (Jahresbericht 2020)" is not a date; write "undated" alone: a date the content implies goes into about or not_before, a note into note_de"#
);

#[test]
fn every_fixture_is_tested_and_described() {
    let readme = std::fs::read_to_string(fixture_dir().join("README.md")).unwrap();
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "README.md")
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "fixtures on disk vs. FIXTURES");
    for f in FIXTURES {
        assert!(
            readme.contains(&format!("`{f}`")),
            "{f} is not described in README.md"
        );
    }
}

#[test]
fn the_districts_fixture_with_one_feature_reports_all_52_missing() {
    let errors = errors_of("missing-district.geojson");
    assert_eq!(errors.len(), 52, "{errors:#?}");
}
