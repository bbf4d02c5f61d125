//! How one normalised query meets one normalised name.

/// How well a name matched; lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// The whole name.
    Exact,
    /// The beginning of the name.
    Prefix,
    /// The beginning of a later word of the name ("godesberg" in "Bad Godesberg").
    WordPrefix,
    /// The beginning of the name or of a word, with one typo.
    Fuzzy,
}

/// Shortest query (bytes) that is matched with a typo: shorter ones would match too much.
pub const FUZZY_MIN_LEN: usize = 4;

/// Whether `q` turns into a prefix of `key` with at most one edit: one letter wrong, one too
/// many, one missing, or two neighbours swapped.
pub fn within_one_edit_of_prefix(q: &[u8], key: &[u8]) -> bool {
    let i = q.iter().zip(key).take_while(|(a, b)| a == b).count();
    if i == q.len() {
        return true;
    }
    let rest = &q[i + 1..];
    let key_rest = key.get(i + 1..).unwrap_or(&[]);
    // wrong letter, extra letter in q, missing letter in q
    if (i < key.len() && key_rest.starts_with(rest))
        || key[i.min(key.len())..].starts_with(rest)
        || (i < key.len() && key_rest.starts_with(&q[i..]))
    {
        return true;
    }
    // swapped neighbours
    i + 1 < q.len()
        && i + 1 < key.len()
        && q[i] == key[i + 1]
        && q[i + 1] == key[i]
        && key[i + 2..].starts_with(&q[i + 2..])
}

/// The tier at which the compact query `q` matches a name given as its compact key and the
/// byte offsets (in the key) where its later words start; `None` if it does not match.
pub fn tier(q: &[u8], key: &[u8], word_starts: &[u8]) -> Option<Tier> {
    if key == q {
        return Some(Tier::Exact);
    }
    if key.starts_with(q) {
        return Some(Tier::Prefix);
    }
    let words = || {
        word_starts
            .iter()
            .filter_map(|&w| key.get(usize::from(w)..))
    };
    if words().any(|rest| rest.starts_with(q)) {
        return Some(Tier::WordPrefix);
    }
    if q.len() >= FUZZY_MIN_LEN
        && key.len() + 1 >= q.len()
        && (within_one_edit_of_prefix(q, key)
            || words().any(|rest| within_one_edit_of_prefix(q, rest)))
    {
        return Some(Tier::Fuzzy);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_cases() {
        let yes = [
            ("dortmund", "dortmund"),
            ("dortmnd", "dortmund"),   // missing letter
            ("dortmuund", "dortmund"), // extra letter
            ("dortmand", "dortmund"),  // wrong letter
            ("dortmudn", "dortmund"),  // swapped
            ("dortmnud", "dortmund"),  // swapped
            ("odrt", "dortmund"),      // swapped at the start
            ("bonnx", "bonn"),         // extra letter at the end
            ("essn", "essen"),
            ("wupertal", "wuppertal"),
        ];
        for (q, k) in yes {
            assert!(
                within_one_edit_of_prefix(q.as_bytes(), k.as_bytes()),
                "{q} {k}"
            );
        }
        let no = [
            ("dxrtmxnd", "dortmund"),
            ("xxrtmund", "dortmund"),
            ("bonnxx", "bonn"),
            ("snes", "essen"),
        ];
        for (q, k) in no {
            assert!(
                !within_one_edit_of_prefix(q.as_bytes(), k.as_bytes()),
                "{q} {k}"
            );
        }
    }

    #[test]
    fn tiers_rank_exact_prefix_word_fuzzy() {
        let key = b"badgodesberg";
        let words = [3u8];
        assert_eq!(tier(b"badgodesberg", key, &words), Some(Tier::Exact));
        assert_eq!(tier(b"badgo", key, &words), Some(Tier::Prefix));
        assert_eq!(tier(b"godes", key, &words), Some(Tier::WordPrefix));
        assert_eq!(tier(b"godesburg", key, &words), Some(Tier::Fuzzy));
        assert_eq!(tier(b"bda", key, &words), None, "short queries get no typo");
        assert_eq!(tier(b"desberg", key, &words), None, "not at a word start");
        assert!(
            Tier::Exact < Tier::Prefix
                && Tier::Prefix < Tier::WordPrefix
                && Tier::WordPrefix < Tier::Fuzzy
        );
    }
}
