//! Whether a native speaker reviewed the current translation. The state lives in each locale
//! file, key `i18n_review_status`: `"reviewed"` or `"unreviewed"` (checked by `tests/locales.rs`).

use leptos_i18n::I18nContext;

use super::{t_string, Locale};

/// Review state of one locale file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewStatus {
    /// A native speaker read and corrected it (or it is the source language).
    Reviewed,
    /// Machine-translated or not yet read by a native speaker.
    Unreviewed,
}

impl ReviewStatus {
    /// Reads the marker value. Anything but `"reviewed"` counts as unreviewed, so a typo
    /// errs on the side of telling the reader.
    pub fn parse(marker: &str) -> Self {
        if marker.trim() == "reviewed" {
            Self::Reviewed
        } else {
            Self::Unreviewed
        }
    }
}

/// The review state of the current language.
pub fn review_status(i18n: I18nContext<Locale>) -> ReviewStatus {
    ReviewStatus::parse(t_string!(i18n, i18n_review_status))
}

#[cfg(test)]
mod tests {
    use super::ReviewStatus;

    #[test]
    fn only_the_exact_marker_counts_as_reviewed() {
        assert_eq!(ReviewStatus::parse("reviewed"), ReviewStatus::Reviewed);
        assert_eq!(ReviewStatus::parse("unreviewed"), ReviewStatus::Unreviewed);
        assert_eq!(ReviewStatus::parse("geprüft"), ReviewStatus::Unreviewed);
        assert_eq!(ReviewStatus::parse(""), ReviewStatus::Unreviewed);
    }
}
