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

// ---- Questions are asked positively (issue 14) ----
//
// A person confirms a negated question with "no" ("No, I don't get it back"), and the check
// would score the opposite. So no question text, in any language, may contain a negation.

/// How each language says "not", "no", "never", "nothing", "nobody", "without": whole words,
/// word beginnings (for inflected forms), and for Turkish, where negation is a suffix of the
/// verb, the negative suffixes.
struct Negation {
    words: &'static [&'static str],
    prefixes: &'static [&'static str],
    infixes: &'static [&'static str],
}

const GERMAN: Negation = Negation {
    words: &[
        "nicht",
        "nichts",
        "nie",
        "niemals",
        "nirgends",
        "nirgendwo",
        "ohne",
        "weder",
    ],
    prefixes: &["kein", "niemand"],
    infixes: &[],
};

fn negation(locale: &str) -> Option<Negation> {
    Some(match locale {
        "de" | "de-x-simple" => GERMAN,
        "en" => Negation {
            words: &[
                "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without",
                "cannot", "no-one",
            ],
            // don't, can't, isn't …
            prefixes: &[],
            infixes: &["n't", "n’t"],
        },
        "ar" => Negation {
            words: &[
                "لا",
                "ولا",
                "فلا",
                "ألا",
                "لم",
                "ولم",
                "فلم",
                "ألم",
                "لن",
                "ولن",
                "ليس",
                "ليست",
                "لست",
                "لستم",
                "ليسوا",
                "بدون",
                "وبدون",
                "دون",
                "بلا",
                "أبدا",
                "غير",
                "وغير",
            ],
            prefixes: &[],
            infixes: &[],
        },
        "bg" => Negation {
            words: &[
                "не",
                "няма",
                "нямате",
                "нито",
                "никога",
                "нищо",
                "никой",
                "никого",
                "без",
            ],
            prefixes: &[],
            infixes: &[],
        },
        "hu" => Negation {
            words: &["nem", "sem", "se", "soha", "sehol", "ne"],
            prefixes: &["nincs", "semmi", "senki", "nélkül"],
            infixes: &[],
        },
        "pl" => Negation {
            words: &[
                "nie", "nigdy", "nic", "nikt", "nikogo", "nikomu", "niczego", "bez", "ani",
            ],
            prefixes: &["żadn", "żaden"],
            infixes: &[],
        },
        "ro" => Negation {
            words: &["nu", "nici", "niciodată", "nimic", "nimeni", "fără"],
            // n-are, n-ați …; niciun, nicio, niciunei …
            prefixes: &["n-", "nicio", "niciun"],
            infixes: &[],
        },
        "ru" => Negation {
            words: &[
                "не",
                "нет",
                "ни",
                "никогда",
                "ничего",
                "ничто",
                "никто",
                "никого",
                "никому",
                "нигде",
                "без",
                "нельзя",
            ],
            prefixes: &[],
            infixes: &[],
        },
        "tr" => Negation {
            words: &["değil", "yok", "hiç", "hiçbir", "asla", "olmadan"],
            prefixes: &[],
            // vermiyor, ödemedi(ğ), ödememiş, gitmeden …
            infixes: &[
                "mıyor", "miyor", "muyor", "müyor", "madı", "medi", "mamış", "memiş", "madan",
                "meden",
            ],
        },
        "uk" => Negation {
            words: &[
                "не",
                "ні",
                "ніколи",
                "нічого",
                "ніщо",
                "ніхто",
                "нікого",
                "нікому",
                "ніде",
                "без",
                "нема",
                "немає",
            ],
            prefixes: &["жодн", "жоден"],
            infixes: &[],
        },
        _ => return None,
    })
}

/// The words of a text, lower case; Arabic vowel marks removed so that a word is one token.
fn words(text: &str) -> Vec<String> {
    let plain: String = text
        .chars()
        .filter(|c| !('\u{064B}'..='\u{065F}').contains(c) && *c != '\u{0670}')
        .collect();
    plain
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| {
            w.trim_matches(|c: char| c == '\'' || c == '’' || c == '-')
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The negations found in `text`.
fn negations(neg: &Negation, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for w in words(text) {
        let hit = neg.words.contains(&w.as_str())
            || neg.prefixes.iter().any(|p| w.starts_with(p))
            || neg.infixes.iter().any(|i| w.contains(i));
        if hit {
            found.push(w);
        }
    }
    found
}

/// The locale key of every question the engine asks, plus the wage question's variant for a
/// date without a known minimum wage.
fn question_keys() -> Vec<String> {
    let mut keys: Vec<String> = wegweiser::screening::QUESTIONS
        .iter()
        .map(|q| format!("q_{:?}", q.id).to_lowercase())
        .collect();
    keys.push("q_e1_unknown".to_string());
    keys
}

#[test]
fn no_question_in_any_language_contains_a_negation() {
    let files = locale_files();
    let keys = question_keys();
    assert_eq!(keys.len(), wegweiser::screening::QUESTION_COUNT + 1);
    let mut problems = Vec::new();
    for (name, locale) in &files {
        let id = name.trim_end_matches(".json");
        let Some(neg) = negation(id) else {
            problems.push(format!(
                "locales/{name}: no list of negation words for {id:?}"
            ));
            continue;
        };
        for key in &keys {
            let Some(text) = locale.get(key) else {
                problems.push(format!("locales/{name}: question {key:?} is missing"));
                continue;
            };
            let found = negations(&neg, text);
            if !found.is_empty() {
                problems.push(format!("locales/{name}: {key} contains {found:?}: {text}"));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_negation_check_catches_the_questions_it_was_written_for() {
    // Wordings the app shipped before issue 14, one per language (shortened).
    let old = [
        ("de", "Oder dürfen Sie nicht allein hinausgehen?"),
        (
            "de",
            "Und Sie bekommen sie nicht zurück, wenn Sie danach fragen?",
        ),
        ("de", "Oder haben Sie keine gültige Erlaubnis?"),
        (
            "de",
            "…wann Sie wollen, ohne dass Ihnen dann etwas Schlimmes passiert?",
        ),
        ("de-x-simple", "Und passiert Ihnen dann nichts Schlimmes?"),
        ("de-x-simple", "Oder Sie kennen niemanden, der Ihnen hilft."),
        (
            "en",
            "Has your employer not paid you, paid much later than agreed?",
        ),
        ("en", "And you don't get it back when you ask?"),
        ("ar", "هَلْ لَمْ يَدْفَعْ لك صاحب العمل أجرك؟"),
        ("bg", "И не ви ги връщат, когато ги поискате?"),
        ("hu", "És nem kapja vissza, ha kéri?"),
        ("pl", "Czy pracodawca nie wypłacił wynagrodzenia?"),
        ("ro", "Și nu vi le dă înapoi când le cereți?"),
        ("ru", "И вам их не возвращают, когда вы просите?"),
        ("tr", "Ve istediğinizde geri vermiyor mu?"),
        ("tr", "İşvereniniz ücretinizi ödemedi mi?"),
        ("uk", "Або у вас немає дійсного дозволу?"),
    ];
    for (locale, text) in old {
        let neg = negation(locale).expect("a list for every language");
        assert!(
            !negations(&neg, text).is_empty(),
            "{locale}: missed in {text:?}"
        );
    }
    // …and passes positive wordings, including words that only look like a negation.
    let fine = [
        (
            "de",
            "Ist es Ihnen verboten, allein hinauszugehen? Fehlt Ihnen eine gültige Erlaubnis?",
        ),
        (
            "en",
            "Do they keep it even when you want it back? Is it noted?",
        ),
        ("pl", "Czy praca jest niebezpieczna? Czy jest bezpieczna?"),
        (
            "ru",
            "Это жильё небезопасно? Вам запрещают выходить одному?",
        ),
        (
            "hu",
            "Nemzetközi munka? Meg van tiltva, hogy egyedül kimenjen?",
        ),
        ("ro", "Sunteți nevoit(ă) să lucrați noaptea?"),
    ];
    for (locale, text) in fine {
        let neg = negation(locale).expect("a list for every language");
        assert_eq!(
            negations(&neg, text),
            Vec::<String>::new(),
            "{locale}: {text:?}"
        );
    }
}
