//! Reading a JSON object field by field, so that every problem can name its field.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::Report;

/// Deserialises `obj[key]` as `T`. A missing key or a value of the wrong shape is reported
/// under the field name `label` (e.g. `address.city` for the key `city`), and gives `None`.
pub(crate) fn field<T: DeserializeOwned>(
    r: &mut Report,
    entry: &str,
    obj: &Map<String, Value>,
    key: &str,
    label: &str,
) -> Option<T> {
    match obj.get(key) {
        None => {
            r.error(entry, label, "is missing");
            None
        }
        Some(v) => match T::deserialize(v) {
            Ok(t) => Some(t),
            Err(e) => {
                r.error(entry, label, e.to_string());
                None
            }
        },
    }
}

/// Reports every key of `obj` that is not in `allowed` (usually a typo).
pub(crate) fn unknown_keys(
    r: &mut Report,
    entry: &str,
    obj: &Map<String, Value>,
    allowed: &[&str],
    prefix: &str,
) {
    for key in obj.keys() {
        if !allowed.contains(&key.as_str()) {
            r.error(
                entry,
                &format!("{prefix}{key}"),
                format!(
                    "unknown field; the known fields are: {}",
                    allowed.join(", ")
                ),
            );
        }
    }
}

/// A short description of a JSON value for messages ("a number", "null").
pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_field_of_a_missing_or_mistyped_value() {
        let obj: Map<String, Value> = serde_json::from_str(r#"{"a": 5, "b": "x"}"#).unwrap();
        let mut r = Report::new("f.json");
        assert_eq!(
            field::<String>(&mut r, "entry #0", &obj, "b", "b"),
            Some("x".into())
        );
        assert_eq!(field::<String>(&mut r, "entry #0", &obj, "a", "a"), None);
        assert_eq!(field::<String>(&mut r, "entry #0", &obj, "c", "x.c"), None);
        unknown_keys(&mut r, "entry #0", &obj, &["a"], "");
        let msgs: Vec<String> = r.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            msgs,
            [
                "f.json: entry #0: field \"a\": invalid type: integer `5`, expected a string",
                "f.json: entry #0: field \"x.c\": is missing",
                "f.json: entry #0: field \"b\": unknown field; the known fields are: a",
            ]
        );
    }
}
