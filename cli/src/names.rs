//! The names file of bulk issuance: one certificate name per line.

/// A name to issue and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameLine {
    pub name: String,
    pub line: usize,
}

/// A name given again, ignored after its first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub name: String,
    pub line: usize,
    pub first_line: usize,
}

/// The parsed file: unique names in file order, and the repeats.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Names {
    pub names: Vec<NameLine>,
    pub duplicates: Vec<Duplicate>,
}

/// Reads one name per line. Surrounding whitespace is trimmed; blank lines and lines starting
/// with `#` are ignored; a name seen before is reported, not issued twice.
pub fn parse(text: &str) -> Names {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Names::default();
    let mut first_seen = std::collections::HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let name = raw.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        match first_seen.get(name) {
            Some(&first_line) => out.duplicates.push(Duplicate {
                name: name.to_owned(),
                line,
                first_line,
            }),
            None => {
                first_seen.insert(name.to_owned(), line);
                out.names.push(NameLine {
                    name: name.to_owned(),
                    line,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blanks_and_duplicates() {
        let text = "\u{feff}# team A\nalice\n\n  bob  \r\n#carol\nalice\n证书 user\nbob\n";
        let got = parse(text);
        let names: Vec<_> = got
            .names
            .iter()
            .map(|n| (n.name.as_str(), n.line))
            .collect();
        assert_eq!(names, [("alice", 2), ("bob", 4), ("证书 user", 7)]);
        assert_eq!(
            got.duplicates,
            [
                Duplicate {
                    name: "alice".into(),
                    line: 6,
                    first_line: 2
                },
                Duplicate {
                    name: "bob".into(),
                    line: 8,
                    first_line: 4
                },
            ]
        );
    }

    #[test]
    fn empty_file_has_no_names() {
        assert_eq!(parse(""), Names::default());
        assert_eq!(parse("# only\n\n   \n").names, []);
    }
}
