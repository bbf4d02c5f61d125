//! Puts the static map and directory into a built page.
//!
//! Usage: `prerender <project root> <built index.html>`. Trunk runs it as a post-build hook on
//! the staged `index.html` (see `Trunk.toml`). It validates `geodata/` exactly as the build
//! script does, reads the wording from `locales/de.json`, and fails with every problem listed.
//! It also moves trunk's inline start-up script into a file (strict CSP, see README), and
//! writes the files of a direct mount beside the page (`mount.js`, `mount.css`, `map.svg`;
//! see `datagen/src/mount.rs`) and `sw.js`, the worker of the opt-in offline copy, listing the
//! finished files.

use std::path::{Path, PathBuf};
use std::process::exit;

use datagen::csp::externalize_scripts;
use datagen::prerender::{inject, page, svg, Texts};

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    exit(1);
}

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [root, html_file] = args.as_slice() else {
        fail("usage: prerender <project root> <built index.html>");
    };
    let generated = match datagen::build(root, Path::new("geodata")) {
        Ok(g) => g,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            fail(&format!("geodata is invalid, {} errors", errors.len()));
        }
    };
    let locale = root.join("locales/de.json");
    let json = std::fs::read_to_string(&locale)
        .unwrap_or_else(|e| fail(&format!("{}: cannot be read: {e}", locale.display())));
    let texts = Texts::parse("locales/de.json", &json).unwrap_or_else(|e| fail(&e));
    let fragment = page(&generated.map, &generated.directory, &texts).unwrap_or_else(|e| fail(&e));
    let html = std::fs::read_to_string(html_file)
        .unwrap_or_else(|e| fail(&format!("{}: cannot be read: {e}", html_file.display())));
    let out =
        inject(&html, &fragment).unwrap_or_else(|e| fail(&format!("{}: {e}", html_file.display())));
    // No inline script may remain: the documented CSP allows scripts from the origin only.
    let (out, scripts) = externalize_scripts(&out)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", html_file.display())));
    let dir = html_file.parent().unwrap_or(Path::new("."));
    for script in &scripts {
        let path = dir.join(&script.name);
        std::fs::write(&path, &script.content)
            .unwrap_or_else(|e| fail(&format!("{}: cannot be written: {e}", path.display())));
    }
    std::fs::write(html_file, &out)
        .unwrap_or_else(|e| fail(&format!("{}: cannot be written: {e}", html_file.display())));
    println!(
        "prerender: {} bytes of static map and directory into {}",
        fragment.len(),
        html_file.display()
    );
    let map = svg(&generated.map, &texts).unwrap_or_else(|e| fail(&e));
    let written = datagen::mount::write_files(root, dir, &map).unwrap_or_else(|e| fail(&e));
    for (name, size) in written {
        println!("prerender: {name}, {size} bytes (direct mount)");
    }
    // Last: the offline copy's worker lists the finished files, index.html included.
    let worker = datagen::offline::write_worker(dir).unwrap_or_else(|e| fail(&e));
    println!(
        "prerender: sw.js lists {} files (cache version {})",
        worker.files.len(),
        worker.version
    );
}
