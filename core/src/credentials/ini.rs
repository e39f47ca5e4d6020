//! A small reader for the INI credentials file.
//!
//! The format the official tools write: `[section]` headers, `key = value` lines, comment lines
//! starting with `#` or `;`. Values keep everything after the first `=` (trimmed, one pair of
//! surrounding quotes removed), so a secret containing `#` or `=` survives intact.

use std::collections::BTreeMap;

/// One section: keys and values, keys in lower case.
pub(crate) type Section = BTreeMap<String, String>;

/// A parsed file: sections by name. A section given twice is merged; later keys win.
#[derive(Debug, Default)]
pub(crate) struct Ini {
    sections: BTreeMap<String, Section>,
}

/// The values hold secrets (`access_key_secret`, `security_token`): wiped before their memory
/// goes back.
impl Drop for Ini {
    fn drop(&mut self) {
        for section in self.sections.values_mut() {
            for value in section.values_mut() {
                zeroize::Zeroize::zeroize(value);
            }
        }
    }
}

impl Ini {
    /// Parses `text`; the error says which line is wrong and why (never quoting a value).
    pub(crate) fn parse(text: &str) -> Result<Ini, String> {
        let mut ini = Ini::default();
        let mut current: Option<String> = None;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let name = rest
                    .strip_suffix(']')
                    .ok_or_else(|| format!("line {n}: section header without closing ']'"))?
                    .trim();
                if name.is_empty() {
                    return Err(format!("line {n}: empty section name"));
                }
                ini.sections.entry(name.to_owned()).or_default();
                current = Some(name.to_owned());
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                return Err(format!(
                    "line {n}: expected 'key = value', a [section] or a comment"
                ));
            };
            let key = key.trim();
            if key.is_empty() {
                return Err(format!("line {n}: missing key before '='"));
            }
            let Some(section) = current.as_ref() else {
                // Quote the key only when it looks like one: a malformed line may hold a secret.
                let plausible = key.len() <= 64
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                return Err(if plausible {
                    format!("line {n}: key '{key}' before any [section]")
                } else {
                    format!("line {n}: a key before any [section]")
                });
            };
            ini.sections
                .get_mut(section)
                .expect("section inserted when its header was read")
                .insert(key.to_ascii_lowercase(), unquote(value.trim()).to_owned());
        }
        Ok(ini)
    }

    /// The section called `name`, if any.
    pub(crate) fn section(&self, name: &str) -> Option<&Section> {
        self.sections.get(name)
    }

    /// Section names, for error messages.
    pub(crate) fn section_names(&self) -> impl Iterator<Item = &str> {
        self.sections.keys().map(String::as_str)
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_keys_comments_and_quotes() {
        let ini = Ini::parse(
            "\u{feff}# comment\n; other comment\n\n[default]\ntype = access_key\nAccess_Key_Id=id\n\
             access_key_secret = \"a#b=c\"\n[ prod ]\ntype='ecs_ram_role'\n[default]\nrole_name = r\n",
        )
        .unwrap();
        let d = ini.section("default").unwrap();
        assert_eq!(d["type"], "access_key");
        assert_eq!(d["access_key_id"], "id");
        assert_eq!(d["access_key_secret"], "a#b=c");
        assert_eq!(d["role_name"], "r");
        assert_eq!(ini.section("prod").unwrap()["type"], "ecs_ram_role");
        assert_eq!(ini.section_names().collect::<Vec<_>>(), ["default", "prod"]);
    }

    #[test]
    fn malformed_lines_are_named() {
        assert_eq!(
            Ini::parse("[a]\nnonsense\n").unwrap_err(),
            "line 2: expected 'key = value', a [section] or a comment"
        );
        assert_eq!(
            Ini::parse("k = v\n").unwrap_err(),
            "line 1: key 'k' before any [section]"
        );
        assert_eq!(
            Ini::parse("[a\n").unwrap_err(),
            "line 1: section header without closing ']'"
        );
        assert_eq!(
            Ini::parse("[]\n").unwrap_err(),
            "line 1: empty section name"
        );
        assert_eq!(
            Ini::parse("{\"secret\":\"s3cr3t\" = x\n").unwrap_err(),
            "line 1: a key before any [section]"
        );
        assert_eq!(
            Ini::parse("[a]\n = v\n").unwrap_err(),
            "line 2: missing key before '='"
        );
    }
}
