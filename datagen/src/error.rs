//! The error type: every problem names the file, the entry and the field it is about.

use std::fmt;

/// One problem found in the input data.
///
/// `Display` gives one line such as
/// `geodata/centres.json: entry "bsa-unna": field "website": "http://example.org" is not an https link`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The file as the caller named it, e.g. `geodata/centres.json`.
    pub file: String,
    /// Which entry of the file, already phrased: `entry "bsa-unna"`, `feature #12 (ags "05978")`,
    /// `line 17 (ags "05111000")`. `None` for problems with the file as a whole.
    pub entry: Option<String>,
    /// The field inside the entry (`website`, `properties.ags`, `sources[1].date`), if any.
    pub field: Option<String>,
    /// What is wrong, quoting the offending value where there is one.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(entry) = &self.entry {
            write!(f, ": {entry}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field \"{field}\"")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}

/// All problems found in one run (never only the first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Errors(pub Vec<DataError>);

impl Errors {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, DataError> {
        self.0.iter()
    }
}

impl fmt::Display for Errors {
    /// One error per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}

impl From<Vec<DataError>> for Errors {
    fn from(v: Vec<DataError>) -> Self {
        Errors(v)
    }
}

impl<'a> IntoIterator for &'a Errors {
    type Item = &'a DataError;
    type IntoIter = std::slice::Iter<'a, DataError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Collects the errors of one file.
#[derive(Debug)]
pub(crate) struct Report {
    file: String,
    pub(crate) errors: Vec<DataError>,
}

impl Report {
    pub(crate) fn new(file: &str) -> Self {
        Report {
            file: file.to_string(),
            errors: Vec::new(),
        }
    }

    /// A problem with the file as a whole.
    pub(crate) fn file_error(&mut self, message: impl Into<String>) {
        self.push(None, None, message);
    }

    /// A problem with one field of one entry.
    pub(crate) fn error(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        self.push(Some(entry), Some(field), message);
    }

    pub(crate) fn push(
        &mut self,
        entry: Option<&str>,
        field: Option<&str>,
        message: impl Into<String>,
    ) {
        self.errors.push(DataError {
            file: self.file.clone(),
            entry: entry.map(str::to_string),
            field: field.map(str::to_string),
            message: message.into(),
        });
    }

    /// `Ok(value)` if nothing was reported, else all errors.
    pub(crate) fn finish<T>(self, value: T) -> Result<T, Vec<DataError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_entry_and_field() {
        let e = DataError {
            file: "geodata/centres.json".into(),
            entry: Some("entry \"bsa-unna\"".into()),
            field: Some("website".into()),
            message: "\"http://example.org\" is not an https link".into(),
        };
        assert_eq!(
            e.to_string(),
            r#"geodata/centres.json: entry "bsa-unna": field "website": "http://example.org" is not an https link"#
        );
    }

    #[test]
    fn display_of_file_level_error_and_list() {
        let mut r = Report::new("a.json");
        r.file_error("is not valid JSON");
        r.error("entry #0", "id", "is missing");
        let errors = Errors(r.errors);
        assert_eq!(
            errors.to_string(),
            "a.json: is not valid JSON\na.json: entry #0: field \"id\": is missing"
        );
    }
}
