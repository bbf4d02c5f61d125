//! How names and queries are made comparable: lower case, umlauts and other accents folded to
//! plain letters, ß → ss, "ae"/"oe"/"ue" → "a"/"o"/"u" (so "Muenster", "Münster" and "Munster"
//! meet), every run of other characters (spaces, hyphens, dots, brackets) → one space, and the
//! word "st" → "sankt".

/// The folded form of one character: `Some(letters)` for letters and digits, `None` for
/// separators. Letters outside Latin are kept (lower-cased), so they simply match nothing.
fn fold(c: char, out: &mut String) -> bool {
    let s = match c {
        'a'..='z' | '0'..='9' => {
            out.push(c);
            return true;
        }
        'A'..='Z' => {
            out.push(c.to_ascii_lowercase());
            return true;
        }
        'ß' | 'ẞ' => "ss",
        'ä' | 'Ä' | 'á' | 'Á' | 'à' | 'À' | 'â' | 'Â' | 'ã' | 'Ã' | 'å' | 'Å' | 'ā' | 'ă' | 'ą'
        | 'æ' | 'Æ' => "a",
        'ö' | 'Ö' | 'ó' | 'Ó' | 'ò' | 'Ò' | 'ô' | 'Ô' | 'õ' | 'Õ' | 'ø' | 'Ø' | 'ő' | 'œ' | 'Œ' => {
            "o"
        }
        'ü' | 'Ü' | 'ú' | 'Ú' | 'ù' | 'Ù' | 'û' | 'Û' | 'ů' | 'ű' | 'ū' => "u",
        'é' | 'É' | 'è' | 'È' | 'ê' | 'Ê' | 'ë' | 'Ë' | 'ė' | 'ę' | 'ě' | 'ē' => "e",
        'í' | 'Í' | 'ì' | 'Ì' | 'î' | 'Î' | 'ï' | 'Ï' | 'ı' | 'ī' => "i",
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => "c",
        'ñ' | 'Ñ' | 'ń' | 'ň' => "n",
        'š' | 'Š' | 'ś' | 'Ś' | 'ş' | 'ș' => "s",
        'ž' | 'Ž' | 'ź' | 'ż' => "z",
        'ł' | 'Ł' => "l",
        'ý' | 'ÿ' => "y",
        'đ' | 'ď' => "d",
        'ř' => "r",
        'ť' | 'ţ' | 'ț' => "t",
        'ğ' => "g",
        c if c.is_alphanumeric() => {
            out.extend(c.to_lowercase());
            return true;
        }
        _ => return false,
    };
    out.push_str(s);
    true
}

/// Words of the folded form, separated by single spaces, no leading or trailing space.
///
/// ```
/// use wegweiser::directory::search::normalise;
/// assert_eq!(normalise("Rheda-Wiedenbrück"), "rheda wiedenbruck");
/// assert_eq!(normalise("  RHEDA  wiedenbrueck "), "rheda wiedenbruck");
/// assert_eq!(normalise("St. Augustin"), "sankt augustin");
/// ```
pub fn normalise(s: &str) -> String {
    let mut letters = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let mark = letters.len();
        if pending_space && !letters.is_empty() {
            letters.push(' ');
        }
        if fold(c, &mut letters) {
            pending_space = false;
        } else {
            letters.truncate(mark);
            pending_space = true;
        }
    }
    // ae/oe/ue → a/o/u inside words, then "st" → "sankt".
    let mut out = String::with_capacity(letters.len() + 4);
    for word in letters.split(' ') {
        if !out.is_empty() {
            out.push(' ');
        }
        if word == "st" {
            out.push_str("sankt");
            continue;
        }
        let mut prev: Option<char> = None;
        for c in word.chars() {
            if c == 'e' && matches!(prev, Some('a' | 'o' | 'u')) {
                prev = None;
                continue;
            }
            out.push(c);
            prev = Some(c);
        }
    }
    out
}

/// The normalised form without spaces: what is compared.
pub fn compact(normalised: &str) -> String {
    normalised.chars().filter(|&c| c != ' ').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_the_same_name_meet() {
        let cases: &[(&[&str], &str)] = &[
            (
                &[
                    "Rheda-Wiedenbrück",
                    "Rheda Wiedenbrueck",
                    "rheda wiedenbruck",
                    "RHEDA–WIEDENBRÜCK",
                ],
                "rheda wiedenbruck",
            ),
            (&["Münster", "Muenster", "Munster", "MÜNSTER"], "munster"),
            (
                &[
                    "Mülheim an der Ruhr",
                    "Muelheim an der Ruhr",
                    "Mulheim an der Ruhr",
                ],
                "mulheim an der ruhr",
            ),
            (&["Gießen", "Giessen", "GIESSEN"], "giessen"),
            (
                &[
                    "Sankt Augustin",
                    "St. Augustin",
                    "St Augustin",
                    "st.augustin",
                ],
                "sankt augustin",
            ),
            (
                &["Bad Godesberg", "bad-godesberg", " Bad   Godesberg "],
                "bad godesberg",
            ),
            (&["Köln", "Koeln", "Koln", "KÖLN"], "koln"),
            (&["Wanne-Eickel", "wanne eickel"], "wanne eickel"),
        ];
        for (inputs, want) in cases {
            for input in *inputs {
                assert_eq!(normalise(input), *want, "{input:?}");
            }
        }
    }

    #[test]
    fn separators_only_give_an_empty_key() {
        assert_eq!(normalise(""), "");
        assert_eq!(normalise(" - . / "), "");
        assert_eq!(compact(&normalise("Rheda-Wiedenbrück")), "rhedawiedenbruck");
    }

    #[test]
    fn st_inside_a_word_is_not_sankt() {
        assert_eq!(normalise("Stolberg"), "stolberg");
        assert_eq!(normalise("Oststeinbek"), "oststeinbek");
    }
}
