//! How links read on screen. Shared with the build's static page (`datagen/src/prerender.rs`
//! includes this file), so the app and the prerendered HTML show a URL the same way.

/// A URL without scheme and trailing slash, for reading: "www.example.org/page".
pub fn display_url(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    rest.strip_suffix('/').unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::display_url;

    #[test]
    fn urls_read_without_scheme_or_trailing_slash() {
        assert_eq!(display_url("https://www.example.org/"), "www.example.org");
        assert_eq!(display_url("http://example.org/a"), "example.org/a");
        assert_eq!(display_url("001_f7.txt"), "001_f7.txt");
    }
}
