//! The offline copy (issue 7): writes `sw.js`, the service worker the app registers only when
//! someone presses "keep this page available offline".
//!
//! The worker's code is the hand-written template `datagen/sw.js`; this module fills in the
//! exact list of the app's files in the built folder (the "app shell") and a cache version made
//! from their names and contents, so every new build gets a new cache and the worker's
//! `activate` deletes the old one. Files that are not part of the page (`_headers`, the partner
//! loader `embed.js`, anything unknown) are left out: the copy holds what the page needs to
//! start, nothing more.

use std::fs;
use std::path::Path;

use crate::csp::fnv1a;

/// The worker's source with the placeholders below.
pub const TEMPLATE: &str = include_str!("../sw.js");
/// Where the template takes the file list (a JSON array of strings).
const FILES_SLOT: &str = "[\"__FILES__\"]";
/// Where the template takes the version (inside a string).
const VERSION_SLOT: &str = "__VERSION__";
/// The file the app registers (`src/offline.rs`).
pub const WORKER_FILE: &str = "sw.js";

/// Whether a file of the built folder belongs to the app shell. Names carry trunk's or our
/// content hash where the build makes one (`wegweiser-1a2b.js`, `start-3c4d.js`).
fn in_shell(name: &str) -> bool {
    let hashed = |prefix: &str, suffix: &str| {
        name.len() > prefix.len() + suffix.len()
            && name.starts_with(prefix)
            && name.ends_with(suffix)
            && !name[prefix.len()..name.len() - suffix.len()].contains('/')
    };
    matches!(name, "index.html" | "quick-exit.js" | "frame.js")
        || hashed("wegweiser-", ".js")
        || hashed("wegweiser-", "_bg.wasm")
        || hashed("style-", ".css")
        || hashed("start-", ".js")
}

/// A required file: how messages name it, and how to recognise it.
type Required = (&'static str, fn(&str) -> bool);

/// The files every page needs: a build without one of them must not produce an offline copy
/// that cannot start.
const REQUIRED: [Required; 7] = [
    ("index.html", |n| n == "index.html"),
    ("wegweiser-*.js", |n| {
        n.starts_with("wegweiser-") && n.ends_with(".js")
    }),
    ("wegweiser-*_bg.wasm", |n| n.ends_with("_bg.wasm")),
    ("style-*.css", |n| n.starts_with("style-")),
    ("start-*.js", |n| n.starts_with("start-")),
    ("quick-exit.js", |n| n == "quick-exit.js"),
    ("frame.js", |n| n == "frame.js"),
];

/// The generated worker and what went into it.
#[derive(Debug, PartialEq, Eq)]
pub struct Worker {
    /// The shell's URLs relative to the worker, sorted; the page itself is `./`.
    pub files: Vec<String>,
    /// 16 hex digits from the names and contents of those files.
    pub version: String,
    /// The worker's source.
    pub source: String,
}

/// Builds the worker from the built folder's files (`name`, `content`), in any order. Files
/// outside the shell are ignored; a missing required file is an error naming it.
pub fn worker(files: &[(String, Vec<u8>)]) -> Result<Worker, String> {
    let mut shell: Vec<&(String, Vec<u8>)> = files.iter().filter(|(n, _)| in_shell(n)).collect();
    shell.sort_by(|a, b| a.0.cmp(&b.0));
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|(_, is)| !shell.iter().any(|(n, _)| is(n)))
        .map(|(what, _)| *what)
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "cannot write {WORKER_FILE}: the built folder has no {}",
            missing.join(", ")
        ));
    }
    // Name and content, each with its length, so that moving bytes between files changes it.
    let mut all = Vec::new();
    for (name, content) in &shell {
        for part in [name.as_bytes(), content.as_slice()] {
            all.extend_from_slice(&(part.len() as u64).to_le_bytes());
            all.extend_from_slice(part);
        }
    }
    let version = format!("{:016x}", fnv1a(&all));
    let mut urls: Vec<String> = shell
        .iter()
        .map(|(n, _)| {
            if n == "index.html" {
                "./".to_string()
            } else {
                n.clone()
            }
        })
        .collect();
    urls.sort();
    let list = serde_json::to_string(&urls).map_err(|e| e.to_string())?;
    for slot in [FILES_SLOT, VERSION_SLOT] {
        if TEMPLATE.matches(slot).count() != 1 {
            return Err(format!(
                "datagen/sw.js: the placeholder {slot} must occur exactly once"
            ));
        }
    }
    let source = TEMPLATE
        .replace(FILES_SLOT, &list)
        .replace(VERSION_SLOT, &version);
    Ok(Worker {
        files: urls,
        version,
        source,
    })
}

/// Reads the built folder `dir` (its top level: the app has no subfolders) and writes
/// `dir/sw.js`. Run it last, after everything else has written its files into `dir`.
pub fn write_worker(dir: &Path) -> Result<Worker, String> {
    let read_err = |e: std::io::Error| format!("{}: cannot be read: {e}", dir.display());
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if in_shell(&name) && entry.file_type().map_err(read_err)?.is_file() {
            let content = fs::read(entry.path())
                .map_err(|e| format!("{}: cannot be read: {e}", entry.path().display()))?;
            files.push((name, content));
        }
    }
    let worker = worker(&files).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(WORKER_FILE);
    fs::write(&path, &worker.source)
        .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
    Ok(worker)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built(extra: &[(&str, &str)]) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![
            ("index.html", "<html>page</html>"),
            ("wegweiser-1a2b.js", "glue"),
            ("wegweiser-1a2b_bg.wasm", "\0asm"),
            ("style-9f8e.css", "body{}"),
            ("start-0011.js", "init()"),
            ("quick-exit.js", "exit"),
            ("frame.js", "height"),
            ("_headers", "/*"),
            ("embed.js", "loader"),
        ];
        files.extend_from_slice(extra);
        files
            .into_iter()
            .map(|(n, c)| (n.to_string(), c.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn lists_exactly_the_app_shell() {
        let w = worker(&built(&[("map.svg", "<svg/>"), ("notes.txt", "x")])).unwrap();
        assert_eq!(
            w.files,
            [
                "./",
                "frame.js",
                "quick-exit.js",
                "start-0011.js",
                "style-9f8e.css",
                "wegweiser-1a2b.js",
                "wegweiser-1a2b_bg.wasm"
            ]
        );
        assert!(w.source.contains(
            r#"const FILES = ["./","frame.js","quick-exit.js","start-0011.js","style-9f8e.css","wegweiser-1a2b.js","wegweiser-1a2b_bg.wasm"];"#
        ));
        assert!(w
            .source
            .contains(&format!("const CACHE = PREFIX + \"{}\";", w.version)));
        assert!(!w.source.contains("__FILES__") && !w.source.contains("__VERSION__"));
        for left_out in ["_headers", "embed.js", "map.svg", "notes.txt", "sw.js"] {
            assert!(!w.source.contains(&format!("\"{left_out}\"")), "{left_out}");
        }
    }

    #[test]
    fn the_version_follows_every_file_of_the_shell_and_nothing_else() {
        let base = worker(&built(&[])).unwrap().version;
        assert_eq!(base.len(), 16);
        // Same files in another order: same version.
        let mut reversed = built(&[]);
        reversed.reverse();
        assert_eq!(worker(&reversed).unwrap().version, base);
        // A changed page (e.g. a new phone number in the directory): a new version.
        let mut page = built(&[]);
        page[0].1 = b"<html>new</html>".to_vec();
        assert_ne!(worker(&page).unwrap().version, base);
        // A changed frame.js, even with the same name: a new version.
        let mut frame = built(&[]);
        frame[6].1 = b"height2".to_vec();
        assert_ne!(worker(&frame).unwrap().version, base);
        // Files outside the shell do not count.
        let mut loader = built(&[("map.svg", "<svg/>")]);
        loader[8].1 = b"new loader".to_vec();
        assert_eq!(worker(&loader).unwrap().version, base);
    }

    #[test]
    fn a_build_without_the_wasm_or_the_page_has_no_offline_copy() {
        let without: Vec<_> = built(&[])
            .into_iter()
            .filter(|(n, _)| !n.ends_with(".wasm") && n != "index.html")
            .collect();
        let err = worker(&without).unwrap_err();
        assert!(err.contains("index.html"), "{err}");
        assert!(err.contains("wegweiser-*_bg.wasm"), "{err}");
        assert!(!err.contains("style-"), "{err}");
    }

    #[test]
    fn the_app_deletes_what_the_worker_creates() {
        // src/offline.rs deletes caches by this prefix; the two must agree.
        assert!(TEMPLATE.contains("const PREFIX = \"wegweiser-offline-\";"));
        assert!(TEMPLATE.contains("const CACHE = PREFIX + \"__VERSION__\";"));
    }

    #[test]
    fn writes_sw_js_into_the_built_folder() {
        let dir =
            std::env::temp_dir().join(format!("wegweiser-offline-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("snippets")).unwrap();
        for (name, content) in built(&[]) {
            fs::write(dir.join(name), content).unwrap();
        }
        let w = write_worker(&dir).unwrap();
        assert_eq!(fs::read_to_string(dir.join("sw.js")).unwrap(), w.source);
        // Writing again (sw.js now exists) gives the same worker: sw.js is not in its own list.
        assert_eq!(write_worker(&dir).unwrap(), w);
        fs::remove_dir_all(&dir).unwrap();
    }
}
