//! Request parameters: decoding query strings and form bodies the way the gateway does.

/// More parameters than this in one request is refused; the API's requests carry about fifteen.
pub(crate) const MAX_PARAMS: usize = 512;

/// Decodes `a=1&b=%20x+y` into pairs, in order. `+` is a space (servlet and form rules), a
/// malformed `%` escape is kept literally, and invalid UTF-8 becomes U+FFFD. `None` when there
/// are more than [`MAX_PARAMS`] pairs.
pub(crate) fn decode_pairs(s: &str) -> Option<Vec<(String, String)>> {
    let mut out = Vec::new();
    for part in s.split('&') {
        if part.is_empty() {
            continue;
        }
        if out.len() >= MAX_PARAMS {
            return None;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        out.push((decode_component(k), decode_component(v)));
    }
    Some(out)
}

/// Percent-decodes one component, `+` meaning space.
pub(crate) fn decode_component(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let digit = |at: usize| b.get(at).copied().and_then(hex);
                match (digit(i + 1), digit(i + 2)) {
                    (Some(hi), Some(lo)) => {
                        out.push(hi << 4 | lo);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// The parameters of one request, first occurrence wins on lookup.
#[derive(Debug, Clone, Default)]
pub(crate) struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Params { pairs }
    }

    /// The first value of `name`, if present.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name` unless it is missing or empty.
    pub fn non_empty(&self, name: &str) -> Option<&str> {
        self.get(name).filter(|v| !v.is_empty())
    }

    /// A whole number, when given (empty counts as not given).
    pub fn number(&self, name: &str) -> Result<Option<u64>, crate::error::Failure> {
        self.non_empty(name)
            .map(|v| {
                v.trim().parse::<u64>().map_err(|_| {
                    crate::error::Failure::invalid_parameter(name, "it must be a whole number.")
                })
            })
            .transpose()
    }

    /// A boolean, when given: `true`/`false` in any case (the official Python SDK sends
    /// `True`).
    pub fn flag(&self, name: &str) -> Result<Option<bool>, crate::error::Failure> {
        self.non_empty(name)
            .map(|v| match v.trim().to_ascii_lowercase().as_str() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(crate::error::Failure::invalid_parameter(
                    name,
                    "it must be true or false.",
                )),
            })
            .transpose()
    }

    /// A comma-separated list, when given; items trimmed, empty ones dropped.
    pub fn list(&self, name: &str) -> Option<Vec<String>> {
        self.get(name).map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
    }

    /// `Tag.N.Key` / `Tag.N.Value` pairs (N from 1), in the order of N, when any is given. A
    /// value without its key has an empty key; a key without a value, an empty value. Other
    /// `Tag.*` names are not tags and are ignored, as the gateway ignores unknown parameters.
    pub fn tags(&self, name: &str) -> Option<Vec<(String, String)>> {
        type Pair = (Option<String>, Option<String>);
        let prefix = format!("{name}.");
        let mut found: std::collections::BTreeMap<u32, Pair> = std::collections::BTreeMap::new();
        for (k, v) in &self.pairs {
            let Some((n, field)) = k.strip_prefix(&prefix).and_then(|r| r.split_once('.')) else {
                continue;
            };
            // Digits only, without a sign or leading zeros: `Tag.01.Key` is not `Tag.1.Key`.
            if n.is_empty() || n.starts_with('0') || !n.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let Ok(n) = n.parse::<u32>() else {
                continue;
            };
            let slot = match field {
                "Key" => &mut found.entry(n).or_default().0,
                "Value" => &mut found.entry(n).or_default().1,
                _ => continue,
            };
            // The first occurrence wins, as for every other parameter.
            slot.get_or_insert_with(|| v.clone());
        }
        (!found.is_empty()).then(|| {
            found
                .into_values()
                .map(|(k, v)| (k.unwrap_or_default(), v.unwrap_or_default()))
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_a_servlet() {
        let p = decode_pairs("a=1&b=x+y%20z&&c&d=%E8%AF%81&e=%zz%4").unwrap();
        assert_eq!(
            p,
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "x y z".into()),
                ("c".into(), "".into()),
                ("d".into(), "证".into()),
                ("e".into(), "%zz%4".into()),
            ]
        );
        assert_eq!(decode_component("%FF"), "\u{FFFD}");
        assert_eq!(decode_component("%2a%2A~"), "**~");
        assert_eq!(decode_component("%"), "%");
        assert_eq!(decode_component("%4"), "%4");
    }

    #[test]
    fn tags_are_read_by_their_number() {
        let p = Params::new(
            decode_pairs(
                "Tag.2.Key=env&Tag.1.Value=ops&Tag.1.Key=team&Tag.2.Value=prod&Tag.10.Key=x\
                 &Tag.01.Key=no&Tag.x.Key=no&Tag.3.Other=no&Tag.-1.Key=no&Tags.1.Key=no\
                 &Tag.2.Key=again&Tag.4.Value=v",
            )
            .unwrap(),
        );
        let pair = |k: &str, v: &str| (k.to_owned(), v.to_owned());
        assert_eq!(
            p.tags("Tag").unwrap(),
            vec![
                pair("team", "ops"),
                pair("env", "prod"),
                pair("", "v"),
                pair("x", "")
            ]
        );
        assert_eq!(Params::new(decode_pairs("a=1").unwrap()).tags("Tag"), None);
        let big = Params::new(decode_pairs("Tag.99999999999.Key=k").unwrap());
        assert_eq!(big.tags("Tag"), None);
    }

    #[test]
    fn too_many_pairs_are_refused() {
        let s = vec!["a=1"; MAX_PARAMS + 1].join("&");
        assert!(decode_pairs(&s).is_none());
        let s = vec!["a=1"; MAX_PARAMS].join("&");
        assert_eq!(decode_pairs(&s).unwrap().len(), MAX_PARAMS);
    }
}
