//! The static page: the map as inline SVG and the whole directory as plain semantic HTML,
//! rendered at build time from the same validated tables the app is compiled from.
//!
//! It goes into `index.html` (inside `<div id="app">`, see the `prerender` binary) so that the
//! map shows with the first bytes of the page and the help can be read where JavaScript or
//! WebAssembly is blocked, broken or too old. When the app starts it reads the path data from
//! this SVG (the wasm carries no paths) and replaces the static markup with the same layout.
//!
//! Without JavaScript every district on the map and in the list is a link to its section
//! (`#bezirk-05978`): centres with phone numbers, sources and dates, then the statewide offers.
//! Text comes from `locales/de.json`, so there is one place for wording.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::centres::{Centre, CentreKind, DateClass, Directory, Source};
use crate::map::{DistrictOut, MapOut};
use crate::nrw::{DistrictKind, RegBez};
use crate::source_date::{format_source_date, DateTexts};

#[path = "../../src/data/languages.rs"]
mod languages;
pub use languages::endonym;
#[path = "../../src/data/display.rs"]
mod display;
use display::display_url;

/// Where the static markup goes in the built `index.html`.
pub const SLOT: &str = "<div id=\"app\">";
/// The filled slot: the attribute tells the app (`wegweiser::PRERENDERED_ATTR`) that this
/// `#app` is its own page's, the only one it takes over.
pub const FILLED_SLOT: &str = "<div id=\"app\" data-prerendered>";
/// The ministry's overview of all Beratungsstellen Arbeit (the app has the same constant).
pub const OFFICIAL_OVERVIEW: &str = "https://www.mags.nrw/beratungsstellen-arbeit";

/// The strings of one locale file (flat `key: text`).
#[derive(Debug, Default)]
pub struct Texts {
    file: String,
    map: BTreeMap<String, String>,
}

impl Texts {
    /// Parses a flat locale file; `file` names it in messages.
    pub fn parse(file: &str, json: &str) -> Result<Texts, String> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| format!("{file}: not valid JSON: {e}"))?;
        let obj = value
            .as_object()
            .ok_or_else(|| format!("{file}: the top level is not an object"))?;
        let mut map = BTreeMap::new();
        for (k, v) in obj {
            if let Some(s) = v.as_str() {
                map.insert(k.clone(), s.to_string());
            }
        }
        Ok(Texts {
            file: file.to_string(),
            map,
        })
    }

    /// The text of `key`, or an error naming the file and key.
    pub fn get(&self, key: &str) -> Result<&str, String> {
        self.map
            .get(key)
            .map(String::as_str)
            .ok_or_else(|| format!("{}: key \"{key}\" is missing", self.file))
    }

    /// `key` with `{{ name }}` placeholders filled in (values are HTML-escaped).
    fn fill(&self, key: &str, args: &[(&str, &str)]) -> Result<String, String> {
        let mut out = esc(self.get(key)?);
        for (name, value) in args {
            out = out.replace(&format!("{{{{ {name} }}}}"), &esc(value));
        }
        Ok(out)
    }

    fn html(&self, key: &str) -> Result<String, String> {
        self.get(key).map(esc)
    }
}

/// Escapes text for HTML element content and double-quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
    out
}

fn kind_key(k: DistrictKind) -> &'static str {
    match k {
        DistrictKind::KreisfreieStadt => "kind_kreisfreie_stadt",
        DistrictKind::Kreis => "kind_kreis",
        DistrictKind::Staedteregion => "kind_staedteregion",
    }
}

fn regbez_key(r: RegBez) -> &'static str {
    match r {
        RegBez::Duesseldorf => "regbez_duesseldorf",
        RegBez::Koeln => "regbez_koeln",
        RegBez::Muenster => "regbez_muenster",
        RegBez::Detmold => "regbez_detmold",
        RegBez::Arnsberg => "regbez_arnsberg",
    }
}

/// The id of a district's section; the app's deep links accept it too.
pub fn section_id(ags: &str) -> String {
    format!("bezirk-{ags}")
}

/// Everything that goes inside `<div id="app">`.
pub fn page(map: &MapOut, dir: &Directory, t: &Texts) -> Result<String, String> {
    let mut s = String::with_capacity(96 * 1024);
    // Header: the same structure as the app's, so nothing moves when it takes over. The
    // language picker needs the app; its place is kept free.
    let _ = write!(
        s,
        "<header class=\"site-header\"><div class=\"brand\"><h1>{}</h1><p class=\"tagline\">{}</p></div>\
         <div class=\"language language-placeholder\" aria-hidden=\"true\"></div></header>",
        t.html("app_title")?,
        t.html("tagline")?
    );
    // The switch to the self-check, as the app draws it; it needs the app, so here it only
    // keeps its place (and shows where the reader is).
    let _ = write!(
        s,
        "<nav class=\"view-switch\" aria-hidden=\"true\"><button type=\"button\" aria-pressed=\"true\" disabled>{}</button>\
         <button type=\"button\" aria-pressed=\"false\" disabled>{}</button></nav>",
        t.html("q_nav_find_help")?,
        t.html("q_nav_self_check")?
    );
    // Search and "where am I" need the app: drawn disabled, so that they keep their place.
    let _ = write!(
        s,
        "<main id=\"main\" tabindex=\"-1\"><div class=\"find-help\">\
         <section class=\"find\" aria-hidden=\"true\"><h2>{}</h2><div class=\"search\"><label>{}</label>\
         <p class=\"hint\">{}</p><input type=\"text\" disabled></div><div class=\"locate\">\
         <button type=\"button\" class=\"locate-button\" disabled>{}</button><p class=\"hint\">{}</p></div></section>",
        t.html("search_heading")?,
        t.html("search_label")?,
        t.html("search_hint")?,
        t.html("locate_button")?,
        t.html("locate_note")?
    );
    let _ = write!(
        s,
        "<div class=\"layout\">\
         <section class=\"map-section\" aria-labelledby=\"map-heading\">\
         <h2 id=\"map-heading\" class=\"visually-hidden\">{}</h2>\
         <p class=\"hint\" id=\"map-instructions\">{}</p><div class=\"map-wrap\">{}</div></section>",
        t.html("map_heading")?,
        t.html("map_instructions")?,
        svg(map, t)?
    );
    // The panel as the app first shows it: no district chosen yet, then the statewide offers.
    let _ = write!(
        s,
        "<section class=\"panel\" aria-labelledby=\"panel-heading\">\
         <h2 id=\"panel-heading\">{}</h2><p>{}</p>\
         <noscript><p class=\"noscript\">{}</p></noscript>\
         <h3>{}</h3><ul class=\"centres\" id=\"landesweit\">",
        t.html("panel_heading_empty")?,
        t.html("panel_empty")?,
        t.html("static_needs_js")?,
        t.html("statewide_heading")?
    );
    for c in statewide(dir) {
        s.push_str("<li>");
        card(&mut s, c, t)?;
        s.push_str("</li>");
    }
    s.push_str("</ul></section></div>");
    list(&mut s, map, dir, t)?;
    s.push_str("</div></main>");
    footer(&mut s, dir, t)?;
    Ok(s)
}

/// The map: one link per district around its path. The app reads `d` from these paths.
pub fn svg(map: &MapOut, t: &Texts) -> Result<String, String> {
    let [w, h] = map.view_box;
    let mut s = format!(
        "<svg class=\"map\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"group\" \
         aria-label=\"{}\" aria-describedby=\"map-instructions\">",
        t.html("map_label")?
    );
    for d in &map.districts {
        let _ = write!(
            s,
            "<a href=\"#{}\" aria-label=\"{}\"><path id=\"d-{}\" data-ags=\"{}\" d=\"{}\"/></a>",
            section_id(&d.ags),
            district_label(d, t)?,
            d.ags,
            d.ags,
            d.path
        );
    }
    s.push_str("</svg>");
    Ok(s)
}

fn district_label(d: &DistrictOut, t: &Texts) -> Result<String, String> {
    t.fill(
        "district_label",
        &[("name", &d.name), ("kind", t.get(kind_key(d.kind))?)],
    )
}

/// BSA first, then partners, each in file order (as the app's `centres_for`); ended entries
/// are not offered.
pub fn centres_for<'a>(dir: &'a Directory, ags: &str) -> Vec<&'a Centre> {
    let mut found: Vec<&Centre> = dir
        .centres
        .iter()
        .filter(|c| {
            c.kind != CentreKind::Statewide
                && c.date_class != DateClass::Ended
                && c.districts.iter().any(|a| a == ags)
        })
        .collect();
    found.sort_by_key(|c| c.kind != CentreKind::Bsa);
    found
}

/// Statewide offers, emergency numbers first (as the app's `statewide`).
pub fn statewide(dir: &Directory) -> Vec<&Centre> {
    let mut found: Vec<&Centre> = dir
        .centres
        .iter()
        .filter(|c| c.kind == CentreKind::Statewide && c.date_class != DateClass::Ended)
        .collect();
    found.sort_by_key(|c| !c.topics.iter().any(|t| t == "notruf"));
    found
}

fn list(s: &mut String, map: &MapOut, dir: &Directory, t: &Texts) -> Result<(), String> {
    let _ = write!(
        s,
        "<nav class=\"district-list\" aria-labelledby=\"list-heading\" id=\"bezirke\">\
         <h2 id=\"list-heading\">{}</h2><div class=\"groups\">",
        t.html("list_heading")?
    );
    for r in RegBez::ALL {
        let _ = write!(
            s,
            "<section class=\"regbez\"><h3>{}</h3><ul>",
            t.html(regbez_key(r))?
        );
        for d in map.districts.iter().filter(|d| d.regbez == r) {
            let _ = write!(
                s,
                "<li><a class=\"district-link\" href=\"#{}\"><span class=\"name\">{}</span> \
                 <span class=\"kind\">{}</span></a></li>",
                section_id(&d.ags),
                esc(&d.name),
                t.html(kind_key(d.kind))?
            );
        }
        s.push_str("</ul></section>");
    }
    s.push_str("</div></nav><div class=\"district-sections\">");
    for d in &map.districts {
        district_section(s, d, dir, t)?;
    }
    s.push_str("</div>");
    Ok(())
}

fn district_section(
    s: &mut String,
    d: &DistrictOut,
    dir: &Directory,
    t: &Texts,
) -> Result<(), String> {
    let centres = centres_for(dir, &d.ags);
    let (bsa, partners): (Vec<&Centre>, Vec<&Centre>) =
        centres.into_iter().partition(|c| c.kind == CentreKind::Bsa);
    let _ = write!(
        s,
        "<section class=\"district-static\" id=\"{}\" data-ags=\"{}\" aria-labelledby=\"h-{}\">\
         <h3 id=\"h-{}\">{}</h3><p class=\"district-kind\">{}</p><h4>{}</h4>",
        section_id(&d.ags),
        d.ags,
        d.ags,
        d.ags,
        esc(&d.name),
        t.html(kind_key(d.kind))?,
        t.html("bsa_heading")?
    );
    let overview = format!(
        "<a href=\"{OFFICIAL_OVERVIEW}\" rel=\"noopener noreferrer\">{}</a>",
        t.html("official_overview_link")?
    );
    if bsa.is_empty() {
        let _ = write!(
            s,
            "<p class=\"no-bsa\">{} {overview}</p>",
            t.fill("no_bsa_known", &[("name", &d.name)])?
        );
    } else {
        cards(s, &bsa, t)?;
        let _ = write!(
            s,
            "<p class=\"overview\">{} {overview}</p>",
            t.html("official_overview_always")?
        );
    }
    if !partners.is_empty() {
        let _ = write!(s, "<h4>{}</h4>", t.html("partners_heading")?);
        cards(s, &partners, t)?;
    }
    let _ = write!(
        s,
        "<p class=\"static-links\"><a href=\"#landesweit\">{}</a> · <a href=\"#bezirke\">{}</a></p></section>",
        t.html("statewide_heading")?,
        t.html("static_back_to_list")?
    );
    Ok(())
}

fn cards(s: &mut String, centres: &[&Centre], t: &Texts) -> Result<(), String> {
    s.push_str("<ul class=\"centres\">");
    for c in centres {
        s.push_str("<li>");
        card(s, c, t)?;
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    Ok(())
}

/// One entry, with the markup and classes of the app's `CentreCard` (headings one level
/// lower are not needed: the static page nests them under the district's `h3`/`h4`).
fn card(s: &mut String, c: &Centre, t: &Texts) -> Result<(), String> {
    let _ = write!(
        s,
        "<article class=\"centre\" data-id=\"{}\"><h4>{}</h4><p class=\"description\" lang=\"de\">{}</p><dl>",
        esc(&c.id),
        esc(&c.name),
        esc(&c.description_de)
    );
    let mut row = |label: &str, value: String| -> Result<(), String> {
        let _ = write!(s, "<dt>{}</dt><dd>{value}</dd>", t.html(label)?);
        Ok(())
    };
    if let Some(v) = &c.carrier {
        row("label_carrier", esc(v))?;
    }
    if let Some(a) = &c.address {
        let postcode = a
            .postcode
            .as_deref()
            .map(|p| format!("{} ", esc(p)))
            .unwrap_or_default();
        row(
            "label_address",
            format!("{}, {postcode}{}", esc(&a.street), esc(&a.city)),
        )?;
    }
    if let Some(p) = &c.phone {
        row(
            "label_phone",
            format!(
                "<a class=\"tel\" href=\"tel:{}\" dir=\"ltr\">{}</a>",
                esc(&p.tel),
                esc(&p.display)
            ),
        )?;
    }
    if let Some(e) = &c.email {
        row(
            "label_email",
            format!("<a href=\"mailto:{0}\" dir=\"ltr\">{0}</a>", esc(e)),
        )?;
    }
    if let Some(w) = &c.website {
        row(
            "label_website",
            format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\" dir=\"ltr\">{}</a>",
                esc(w),
                esc(display_url(w))
            ),
        )?;
    }
    if !c.languages.is_empty() {
        let names: Vec<&str> = c.languages.iter().map(|l| endonym(l)).collect();
        row("label_languages", esc(&names.join(", ")))?;
    }
    if !c.topics.is_empty() {
        let names = c
            .topics
            .iter()
            .map(|k| t.get(&format!("topic_{k}")))
            .collect::<Result<Vec<_>, _>>()?;
        row("label_topics", esc(&names.join(", ")))?;
    }
    let _ = write!(
        s,
        "</dl><p class=\"verified\">{}</p><details class=\"sources\"><summary>{}</summary><ul>",
        t.html(if c.verified {
            "verified_yes"
        } else {
            "verified_no"
        })?,
        t.html("label_sources")?
    );
    for src in &c.sources {
        s.push_str("<li>");
        source_line(s, src, t)?;
        s.push_str("</li>");
    }
    s.push_str("</ul></details></article>");
    Ok(())
}

/// As the app's `SourceLine`: the reference (linked where https) and "Stand: DATE".
fn source_line(s: &mut String, src: &Source, t: &Texts) -> Result<(), String> {
    match &src.link {
        Some(url) => {
            let _ = write!(
                s,
                "<a href=\"{}\" rel=\"noopener noreferrer\" dir=\"ltr\">{}</a>",
                esc(url),
                esc(display_url(url))
            );
        }
        None if src.reference.starts_with("http") => {
            let _ = write!(
                s,
                "<span dir=\"ltr\">{}</span>",
                esc(display_url(&src.reference))
            );
        }
        None => {
            let _ = write!(
                s,
                "<span>{}</span>",
                t.fill("source_note", &[("name", &src.reference)])?
            );
        }
    }
    let texts =
        DateTexts::from_lookup(|k| t.get(k).ok()).map_err(|e| format!("{}: {e}", t.file))?;
    let date = format_source_date(src.date, &texts);
    let _ = write!(
        s,
        ", <span class=\"as-of\">{}</span>",
        t.fill("as_of", &[("date", &date)])?
    );
    Ok(())
}

fn footer(s: &mut String, dir: &Directory, t: &Texts) -> Result<(), String> {
    let _ = write!(
        s,
        "<footer class=\"site-footer\"><p class=\"privacy\">{}</p><h2>{}</h2><ul class=\"attribution\">\
         <li><a href=\"https://www.govdata.de/dl-de/by-2-0\" rel=\"noopener noreferrer\">{}</a></li>\
         <li><a href=\"https://www.openstreetmap.org/copyright\" rel=\"noopener noreferrer\">{}</a></li>\
         <li>{}</li></ul></footer>",
        t.html("privacy_note")?,
        t.html("attribution_heading")?,
        t.html("attribution_boundaries")?,
        t.html("attribution_postcodes")?,
        t.fill("attribution_directory", &[("date", &dir.generated)])?
    );
    Ok(())
}

/// Puts `fragment` into the built page, inside its one `<div id="app">`, and marks that
/// element ([`FILLED_SLOT`]). Accepts the minified form (`<div id=app>`) too. Errors when
/// the slot is missing, repeated or not empty, or the page was prerendered already.
pub fn inject(html: &str, fragment: &str) -> Result<String, String> {
    if html.contains(FILLED_SLOT) {
        return Err(format!(
            "{FILLED_SLOT} is there already (already prerendered?); build from the source index.html"
        ));
    }
    let slots = [SLOT, "<div id=app>"];
    let found: Vec<(usize, &str)> = slots
        .iter()
        .flat_map(|slot| html.match_indices(slot))
        .collect();
    let (at, slot) = match found.as_slice() {
        [one] => *one,
        [] => return Err(format!("no {SLOT} in the page")),
        _ => return Err(format!("more than one {SLOT} in the page")),
    };
    let after = at + slot.len();
    let rest = &html[after..];
    if !rest.trim_start().starts_with("</div>") {
        return Err(format!(
            "{SLOT} is not empty (already prerendered?); build from the source index.html"
        ));
    }
    let mut out = String::with_capacity(html.len() + fragment.len());
    out.push_str(&html[..at]);
    out.push_str(FILLED_SLOT);
    out.push_str(fragment);
    out.push_str(rest.trim_start());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc(r#"<a href="x">Tom & Jerry</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;"
        );
    }

    #[test]
    fn fills_placeholders_and_names_missing_keys() {
        let t = Texts::parse("de.json", r#"{"k": "Für {{ name }} & mehr"}"#).unwrap();
        assert_eq!(
            t.fill("k", &[("name", "A<B")]).unwrap(),
            "Für A&lt;B &amp; mehr"
        );
        assert_eq!(
            t.get("nope").unwrap_err(),
            "de.json: key \"nope\" is missing"
        );
    }

    #[test]
    fn injects_into_the_empty_slot_only() {
        let page = "<body><div id=\"app\"></div></body>";
        assert_eq!(
            inject(page, "<p>x</p>").unwrap(),
            "<body><div id=\"app\" data-prerendered><p>x</p></div></body>"
        );
        assert_eq!(
            inject("<div id=app>\n</div>", "X").unwrap(),
            "<div id=\"app\" data-prerendered>X</div>"
        );
        let twice = inject(page, "<p>x</p>").unwrap();
        assert!(inject(&twice, "<p>x</p>")
            .unwrap_err()
            .contains("already prerendered"));
        assert!(inject("<div id=app><p>x</p></div>", "X")
            .unwrap_err()
            .contains("not empty"));
        assert!(inject("<body></body>", "X").unwrap_err().contains("no "));
    }
}
