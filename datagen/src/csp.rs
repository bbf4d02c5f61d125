//! Makes the built page fit a strict Content-Security-Policy (`script-src 'self'`, no inline
//! script): trunk writes its start-up code as an inline module script; this moves every inline
//! script into a file of its own, named by a hash of its content so it can be cached forever.

/// A script moved out of the page: file name (relative to the page) and content.
#[derive(Debug, PartialEq, Eq)]
pub struct ScriptFile {
    pub name: String,
    pub content: String,
}

/// FNV-1a, 64 bit: enough to tell builds apart in a file name (not a security hash; the page
/// keeps trunk's subresource-integrity attributes for that).
pub(crate) fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Replaces each `<script …>code</script>` without `src` by `<script … src="start-HASH.js">`
/// and returns the new page and the files to write next to it.
pub fn externalize_scripts(html: &str) -> Result<(String, Vec<ScriptFile>), String> {
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(tag_len) = rest[start..].find('>') else {
            return Err("a <script tag is not closed".into());
        };
        let tag = &rest[start..start + tag_len];
        let body_start = start + tag_len + 1;
        let Some(body_len) = rest[body_start..].find("</script>") else {
            return Err("a <script> element has no </script>".into());
        };
        let body = &rest[body_start..body_start + body_len];
        out.push_str(&rest[..start]);
        let has_src = tag
            .split(|c: char| c.is_ascii_whitespace())
            .any(|attr| attr.starts_with("src="));
        if has_src || body.trim().is_empty() {
            out.push_str(&rest[start..body_start + body_len]);
        } else {
            let name = format!("start-{:016x}.js", fnv1a(body.as_bytes()));
            out.push_str(tag);
            out.push_str(&format!(" src=\"{name}\">"));
            files.push(ScriptFile {
                name,
                content: body.to_string(),
            });
        }
        out.push_str("</script>");
        rest = &rest[body_start + body_len + "</script>".len()..];
    }
    out.push_str(rest);
    Ok((out, files))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_inline_scripts_and_keeps_external_ones() {
        let page = "<head><script type=module>import init from '/a.js';\nawait init();</script>\
                    <script defer src=quick-exit.js></script></head>";
        let (html, files) = externalize_scripts(page).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].content, "import init from '/a.js';\nawait init();");
        assert!(files[0].name.starts_with("start-") && files[0].name.ends_with(".js"));
        assert_eq!(
            html,
            format!(
                "<head><script type=module src=\"{}\"></script><script defer src=quick-exit.js></script></head>",
                files[0].name
            )
        );
        // Idempotent: nothing inline is left to move.
        let (again, none) = externalize_scripts(&html).unwrap();
        assert_eq!(again, html);
        assert!(none.is_empty());
    }

    #[test]
    fn the_name_follows_the_content() {
        let a = externalize_scripts("<script>a()</script>").unwrap().1;
        let b = externalize_scripts("<script>b()</script>").unwrap().1;
        assert_ne!(a[0].name, b[0].name);
        assert!(externalize_scripts("<script>x").is_err());
    }
}
