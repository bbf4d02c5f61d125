//! Files for a direct mount (issue 7): a site that hosts `dist/` itself imports `mount.js`
//! and calls `mount(element, options)`. The prerender step writes, next to the built page:
//!
//! - `mount.js`: `public/mount.js` with the hashed name of the wasm-bindgen glue filled in
//!   (the name changes with every build; `mount.js` keeps its name, so partners link it once);
//! - `mount.css`: `style.css` with every rule scoped to the mount element (class
//!   [`SCOPE_CLASS`]), so the partner page's own elements keep their look;
//! - `map.svg`: the static map on its own; `mount.js` loads it for the outlines (the wasm
//!   carries none), only when the view shows the map.

use std::path::Path;

/// The class of the mount element (the app sets it: `wegweiser::embed::mount::SCOPE_CLASS`).
pub const SCOPE_CLASS: &str = "wegweiser";
/// Marks the two places in `public/mount.js` where the glue's file name goes.
pub const GLUE_PLACEHOLDER: &str = "WEGWEISER_GLUE";

/// The stem of the wasm-bindgen glue among the built files: `wegweiser-<hash>` (or
/// `wegweiser` without file hashes), checked to have its `<stem>_bg.wasm` beside it.
pub fn glue_stem(files: &[String]) -> Result<String, String> {
    let stems: Vec<&str> = files
        .iter()
        .filter_map(|f| f.strip_suffix(".js"))
        .filter(|stem| {
            *stem == "wegweiser"
                || stem.strip_prefix("wegweiser-").is_some_and(|hash| {
                    !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit())
                })
        })
        .collect();
    let [stem] = stems.as_slice() else {
        return Err(format!(
            "expected one wasm-bindgen glue file wegweiser-<hash>.js among the built files, found {}: {stems:?}",
            stems.len()
        ));
    };
    let wasm = format!("{stem}_bg.wasm");
    if !files.contains(&wasm) {
        return Err(format!("{stem}.js has no {wasm} beside it"));
    }
    Ok(stem.to_string())
}

/// `public/mount.js` with the glue's stem in place of [`GLUE_PLACEHOLDER`] (exactly twice:
/// the import and the wasm file).
pub fn mount_js(template: &str, stem: &str) -> Result<String, String> {
    let n = template.matches(GLUE_PLACEHOLDER).count();
    if n != 2 {
        return Err(format!(
            "public/mount.js: expected {GLUE_PLACEHOLDER} twice (glue import and wasm file), found it {n} times"
        ));
    }
    Ok(template.replace(GLUE_PLACEHOLDER, stem))
}

/// The map's `<svg>` as a file of its own (with the SVG namespace).
pub fn standalone_svg(svg: &str) -> Result<String, String> {
    let rest = svg
        .strip_prefix("<svg ")
        .ok_or("the map does not start with <svg ")?;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" {rest}\n"
    ))
}

/// Rewrites a stylesheet so that every rule applies inside `.scope` only:
///
/// - `:root` → `.scope` (the custom properties, font and colours go on the mount element);
/// - `html`, `body` → `:where(.scope)` (no weight: the partner's own rules for the element's
///   box win over the app's page margins);
/// - `html.leaving …` stays: quick exit blanks the whole page while it leaves;
/// - any other selector `s` → `.scope s` (also `*` and `:focus-visible`).
///
/// Rules inside `@media` and `@supports` are rewritten the same way; other at-rules
/// (`@keyframes`, `@font-face`, `@import`) are kept as they are. Comments are dropped.
/// Errors on unbalanced braces, comments or strings.
pub fn scope_css(css: &str, scope: &str) -> Result<String, String> {
    let css = strip_comments(css)?;
    let mut out = String::with_capacity(css.len() + css.len() / 4);
    let rest = rules(&css, scope, &mut out, 0)?;
    if !rest.trim().is_empty() {
        return Err(format!("unexpected \"}}\" before {:?}", head(rest)));
    }
    Ok(out)
}

fn head(s: &str) -> String {
    s.trim().chars().take(40).collect()
}

/// Removes `/* … */` outside strings.
fn strip_comments(css: &str) -> Result<String, String> {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.char_indices().peekable();
    let mut quote: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == '\\' {
                    if let Some((_, next)) = chars.next() {
                        out.push(next);
                    }
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '/' && css[i..].starts_with("/*") => {
                let end = css[i + 2..]
                    .find("*/")
                    .ok_or_else(|| format!("a comment is not closed: {:?}", head(&css[i..])))?;
                let resume = i + 2 + end + 2;
                while chars.peek().is_some_and(|(j, _)| *j < resume) {
                    chars.next();
                }
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    if quote.is_some() {
        return Err("a string is not closed".into());
    }
    Ok(out)
}

/// Index of the first of `stops` at nesting depth 0 (outside strings and brackets).
fn find_top_level(s: &str, stops: &[char]) -> Option<usize> {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth == 0 && stops.contains(&c) => return Some(i),
            _ => {}
        }
    }
    None
}

/// The index of the `}` that closes a block whose `{` came just before `s`.
fn block_end(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut from = 0;
    loop {
        let i = from + find_top_level(&s[from..], &['{', '}'])?;
        if s[i..].starts_with('{') {
            depth += 1;
        } else if depth == 0 {
            return Some(i);
        } else {
            depth -= 1;
        }
        from = i + 1;
    }
}

/// Rewrites rules until the end of `css` or an unmatched `}`; returns what is left from there.
fn rules<'a>(
    mut css: &'a str,
    scope: &str,
    out: &mut String,
    level: usize,
) -> Result<&'a str, String> {
    let indent = "  ".repeat(level);
    loop {
        css = css.trim_start();
        if css.is_empty() || css.starts_with('}') {
            return Ok(css);
        }
        let Some(at) = find_top_level(css, &['{', ';', '}']) else {
            return Err(format!("a rule has no block: {:?}", head(css)));
        };
        let prelude = css[..at].trim();
        if css[at..].starts_with('}') {
            return Err(format!("a rule has no block: {:?}", head(prelude)));
        }
        if css[at..].starts_with(';') {
            // A statement at-rule (`@import …;`, `@charset …;`).
            if !prelude.starts_with('@') {
                return Err(format!(
                    "a declaration outside any rule: {:?}",
                    head(prelude)
                ));
            }
            out.push_str(&format!("{indent}{prelude};\n"));
            css = &css[at + 1..];
            continue;
        }
        let body_start = at + 1;
        let end = body_start
            + block_end(&css[body_start..])
                .ok_or_else(|| format!("a block is not closed: {:?}", head(prelude)))?;
        let body = &css[body_start..end];
        let at_rule = prelude
            .split(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        match at_rule {
            "@media" | "@supports" => {
                out.push_str(&format!("{indent}{prelude} {{\n"));
                let rest = rules(body, scope, out, level + 1)?;
                if !rest.trim().is_empty() {
                    return Err(format!("unexpected \"}}\" in {prelude:?}"));
                }
                out.push_str(&format!("{indent}}}\n"));
            }
            a if a.starts_with('@') => {
                out.push_str(&format!(
                    "{indent}{prelude} {{ {} }}\n",
                    one_line(body).trim()
                ));
            }
            _ => {
                let selectors = split_selectors(prelude)
                    .iter()
                    .map(|s| scope_selector(s, scope))
                    .collect::<Vec<_>>()
                    .join(", ");
                out.push_str(&format!(
                    "{indent}{selectors} {{ {} }}\n",
                    one_line(body).trim()
                ));
            }
        }
        css = &css[end + 1..];
    }
}

/// A block's text on one line (CSS strings cannot hold a line break, so none is inside one).
fn one_line(body: &str) -> String {
    body.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

/// Splits a selector list at its top-level commas.
fn split_selectors(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = list;
    while let Some(i) = find_top_level(rest, &[',']) {
        out.push(rest[..i].trim().to_string());
        rest = &rest[i + 1..];
    }
    out.push(rest.trim().to_string());
    out
}

/// `selector` starts with the type or pseudo-class `name` as a whole word.
fn strip_word<'a>(selector: &'a str, name: &str) -> Option<&'a str> {
    let rest = selector.strip_prefix(name)?;
    let word_goes_on = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
    (!word_goes_on).then_some(rest)
}

fn scope_selector(selector: &str, scope: &str) -> String {
    let selector = selector.split_whitespace().collect::<Vec<_>>().join(" ");
    if selector.starts_with("html.leaving") {
        return selector;
    }
    if let Some(rest) = strip_word(&selector, ":root") {
        return format!(".{scope}{rest}");
    }
    if let Some(rest) = strip_word(&selector, "html").or_else(|| strip_word(&selector, "body")) {
        return format!(":where(.{scope}){rest}");
    }
    format!(".{scope} {selector}")
}

/// Writes `mount.js`, `mount.css` and `map.svg` into the build's output folder `out`.
/// `root` is the project root (`public/mount.js`, `style.css`), `map_svg` the page's map.
/// Returns each file's name and size.
pub fn write_files(root: &Path, out: &Path, map_svg: &str) -> Result<Vec<(String, usize)>, String> {
    let read = |rel: &str| {
        std::fs::read_to_string(root.join(rel)).map_err(|e| format!("{rel}: cannot be read: {e}"))
    };
    let files: Vec<String> = std::fs::read_dir(out)
        .map_err(|e| format!("{}: cannot be listed: {e}", out.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    let stem = glue_stem(&files)?;
    let outputs = [
        ("mount.js", mount_js(&read("public/mount.js")?, &stem)?),
        (
            "mount.css",
            scope_css(&read("style.css")?, SCOPE_CLASS).map_err(|e| format!("style.css: {e}"))?,
        ),
        ("map.svg", standalone_svg(map_svg)?),
    ];
    let mut written = Vec::new();
    for (name, content) in outputs {
        let path = out.join(name);
        std::fs::write(&path, &content)
            .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
        written.push((name.to_string(), content.len()));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn finds_the_hashed_glue_and_its_wasm() {
        let built = names(&[
            "index.html",
            "quick-exit.js",
            "start-ac5555665b1c9f84.js",
            "wegweiser-7881ba70ac5fcb7.js",
            "wegweiser-7881ba70ac5fcb7_bg.wasm",
            "style-f051fd4c5ce7437e.css",
            "embed.js",
        ]);
        assert_eq!(glue_stem(&built).unwrap(), "wegweiser-7881ba70ac5fcb7");
        assert_eq!(
            glue_stem(&names(&["wegweiser.js", "wegweiser_bg.wasm"])).unwrap(),
            "wegweiser"
        );
        // None, two, or one without its wasm: an error naming what was found.
        assert!(glue_stem(&names(&["index.html", "embed.js"]))
            .unwrap_err()
            .contains("found 0"));
        let two = names(&[
            "wegweiser-aa.js",
            "wegweiser-aa_bg.wasm",
            "wegweiser-bb.js",
            "wegweiser-bb_bg.wasm",
        ]);
        assert!(glue_stem(&two).unwrap_err().contains("found 2"));
        assert!(
            glue_stem(&names(&["wegweiser-aa.js", "wegweiser-bb_bg.wasm"]))
                .unwrap_err()
                .contains("no wegweiser-aa_bg.wasm")
        );
        assert!(glue_stem(&names(&["wegweiser-zz.js", "wegweiser-zz_bg.wasm"])).is_err());
    }

    #[test]
    fn fills_the_glue_name_into_the_real_template() {
        let template = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/mount.js"),
        )
        .unwrap();
        let js = mount_js(&template, "wegweiser-0123abc").unwrap();
        assert!(js.contains("from \"./wegweiser-0123abc.js\""), "{js}");
        assert!(js.contains("new URL(\"wegweiser-0123abc_bg.wasm\", here)"));
        assert!(js.contains("export async function mount("));
        assert!(!js.contains(GLUE_PLACEHOLDER));
        assert!(mount_js("import x from './a.js'", "w").is_err());
        assert!(mount_js(&format!("{template}{GLUE_PLACEHOLDER}"), "w").is_err());
    }

    #[test]
    fn the_map_file_is_namespaced_svg() {
        let svg = "<svg class=\"map\" viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>";
        assert_eq!(
            standalone_svg(svg).unwrap(),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>\n"
        );
        assert!(standalone_svg("<div>").is_err());
    }

    #[test]
    fn scopes_page_wide_selectors_to_the_element() {
        let css = "/* c { } */\n:root { --ink: #111; color: var(--ink); }\n\
                   *, *::before { box-sizing: border-box; }\n\
                   body { margin: 0; }\nhtml { scroll-padding: 1rem; }\n\
                   html.leaving body { visibility: hidden; }\n\
                   :focus-visible { outline: 3px solid; }\n\
                   :root:lang(ar) { line-height: 1.7; }\n\
                   .site-header, main , .site-footer { max-width: 72rem; }\n\
                   .map path:is(.a, .b)[data-x=\"{,}\"] { fill: red; }\n\
                   .q-source a::after { content: \" \" attr(href); }\n\
                   @media (min-width: 50rem) { .layout { display: grid; } }\n\
                   @media print { @supports (display: grid) { body, .x { display: none; } } }\n\
                   @keyframes spin { from { rotate: 0deg; } to { rotate: 360deg; } }\n\
                   .htmlish, bodyguard { color: red; }";
        let got = scope_css(css, "w").unwrap();
        let expected = "\
.w { --ink: #111; color: var(--ink); }
.w *, .w *::before { box-sizing: border-box; }
:where(.w) { margin: 0; }
:where(.w) { scroll-padding: 1rem; }
html.leaving body { visibility: hidden; }
.w :focus-visible { outline: 3px solid; }
.w:lang(ar) { line-height: 1.7; }
.w .site-header, .w main, .w .site-footer { max-width: 72rem; }
.w .map path:is(.a, .b)[data-x=\"{,}\"] { fill: red; }
.w .q-source a::after { content: \" \" attr(href); }
@media (min-width: 50rem) {
  .w .layout { display: grid; }
}
@media print {
  @supports (display: grid) {
    :where(.w), .w .x { display: none; }
  }
}
@keyframes spin { from { rotate: 0deg; } to { rotate: 360deg; } }
.w .htmlish, .w bodyguard { color: red; }
";
        assert_eq!(got, expected);
    }

    #[test]
    fn broken_stylesheets_are_named_not_guessed() {
        for (css, says) in [
            (".a { color: red;", "not closed"),
            (".a { color: red; } }", "unexpected"),
            ("/* open", "comment is not closed"),
            (".a { content: \"x; }", "string is not closed"),
            ("color: red;", "outside any rule"),
            (".a", "no block"),
        ] {
            let err = scope_css(css, "w").unwrap_err();
            assert!(err.contains(says), "{css:?}: {err}");
        }
    }

    /// The real stylesheet: every rule stays, and every selector is scoped (or is the
    /// page-blanking rule of quick exit).
    #[test]
    fn every_rule_of_the_real_stylesheet_is_scoped() {
        let css =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../style.css"))
                .unwrap();
        let scoped = scope_css(&css, SCOPE_CLASS).unwrap();
        let declarations = |s: &str| strip_comments(s).unwrap().matches(';').count();
        assert_eq!(declarations(&css), declarations(&scoped));
        let mut selectors = 0;
        for line in scoped
            .lines()
            .filter(|l| l.ends_with('}') && l.contains(" { "))
        {
            let prelude = line.trim_start().split(" { ").next().unwrap();
            if prelude.starts_with("@keyframes") {
                continue;
            }
            for s in split_selectors(prelude) {
                selectors += 1;
                assert!(
                    s.starts_with(".wegweiser ")
                        || s.starts_with(".wegweiser:")
                        || s == ".wegweiser"
                        || s.starts_with(":where(.wegweiser)")
                        || s == "html.leaving body",
                    "not scoped: {s:?}"
                );
            }
        }
        assert!(selectors > 100, "{selectors}");
    }
}
