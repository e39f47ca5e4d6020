//! Printing results (tables for people, JSON for programs) and errors.

use std::borrow::Cow;
use std::io::Write;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::args::OutputFormat;
use crate::failure::Failure;

/// Where results and errors go, in the chosen format.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    format: OutputFormat,
}

impl Printer {
    pub fn new(format: OutputFormat) -> Self {
        Printer { format }
    }

    /// Prints `value` as pretty JSON in JSON mode, else the text `table` builds.
    pub fn result<T: Serialize>(&self, value: &T, table: impl FnOnce() -> String) {
        let text = match self.format {
            OutputFormat::Json => match serde_json::to_string_pretty(value) {
                Ok(s) => s + "\n",
                Err(e) => {
                    log::error!("cannot encode the result as JSON: {e}");
                    return;
                }
            },
            OutputFormat::Table => table(),
        };
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (`vpncert list | head`) is not worth a panic.
        let _ = stdout.write_all(text.as_bytes());
        let _ = stdout.flush();
    }

    /// One line on stderr: `vpncert: error: CODE: message (HTTP n, request id X)`, or in JSON
    /// mode `{"error":{...}}`.
    pub fn error(&self, failure: &Failure) {
        let line = match self.format {
            OutputFormat::Json => {
                let doc = serde_json::json!({
                    "error": {
                        "code": failure.code,
                        "message": failure.message,
                        "request_id": failure.request_id,
                        "http_status": failure.http_status,
                        "exit_code": failure.class.code(),
                    }
                });
                doc.to_string()
            }
            OutputFormat::Table => format!("vpncert: error: {}", printable(&failure.line())),
        };
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }
}

/// Whether a terminal would act on `c` instead of showing it: control characters (C0, DEL,
/// C1), and the invisible controls of bidirectional text that reorder what follows them.
fn acts_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `s` as it may go to a terminal: every character a terminal would act on is written as a
/// visible escape (`\t`, `\n`, `\r`, `\x1b`, `\u{9b}`, `\u{202e}`). Text from the service
/// (names, messages) goes through this, so it cannot retitle the window, move the cursor or
/// reorder the rest of the line.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(acts_on_terminal) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if acts_on_terminal(c) && u32::from(c) < 0x80 => {
                out.push_str(&format!("\\x{:02x}", u32::from(c)));
            }
            c if acts_on_terminal(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`printable`] for text of several lines: line breaks stay.
pub fn printable_lines(s: &str) -> String {
    s.split('\n').map(printable).collect::<Vec<_>>().join("\n")
}

/// Aligned columns under upper-case headers; an empty list prints `(none)` under them. Cells
/// are [`printable`].
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<Cow<'_, str>>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| printable(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    let mut push_row = |cells: &mut dyn Iterator<Item = &str>| {
        let mut line = String::new();
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            if let Some(w) = widths.get(i) {
                line.push_str(&" ".repeat(w.saturating_sub(cell.width())));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    };
    push_row(&mut headers.iter().copied());
    for row in &rows {
        push_row(&mut row.iter().map(|c| c.as_ref()));
    }
    if rows.is_empty() {
        out.push_str("(none)\n");
    }
    out
}

/// `Key:  value` lines with the values aligned; empty values are left out. Values are
/// [`printable`].
pub fn fields(pairs: &[(&str, String)]) -> String {
    let shown: Vec<_> = pairs.iter().filter(|(_, v)| !v.is_empty()).collect();
    let width = shown.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (key, value) in shown {
        out.push_str(key);
        out.push(':');
        out.push_str(&" ".repeat(width - key.width() + 2));
        out.push_str(&printable(value));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_display_width() {
        let t = table(
            &["ID", "NAME"],
            &[
                vec!["vsc-1".into(), "证书".into()],
                vec!["vsc-22".into(), "bob".into()],
            ],
        );
        assert_eq!(t, "ID      NAME\nvsc-1   证书\nvsc-22  bob\n");
        assert_eq!(table(&["ID"], &[]), "ID\n(none)\n");
    }

    #[test]
    fn what_a_terminal_acts_on_is_shown_escaped() {
        assert_eq!(printable("alice"), "alice");
        assert!(matches!(printable("证书 user"), Cow::Borrowed(_)));
        assert_eq!(
            printable("\u{1b}]0;pwned\u{7}a\tb\nc\rd\u{7f}\u{9b}2J"),
            "\\x1b]0;pwned\\x07a\\tb\\nc\\rd\\x7f\\u{9b}2J"
        );
        for (bidi, shown) in [
            ('\u{202e}', "\\u{202e}"),
            ('\u{202a}', "\\u{202a}"),
            ('\u{2066}', "\\u{2066}"),
            ('\u{2069}', "\\u{2069}"),
            ('\u{200e}', "\\u{200e}"),
            ('\u{200f}', "\\u{200f}"),
            ('\u{61c}', "\\u{61c}"),
        ] {
            assert_eq!(printable(&format!("a{bidi}b")), format!("a{shown}b"));
        }
        assert_eq!(printable_lines("a\u{1b}\nb\n"), "a\\x1b\nb\n");
    }

    #[test]
    fn table_cells_and_fields_are_escaped_and_aligned() {
        let t = table(
            &["ID", "NAME"],
            &[
                vec!["vsc-1".into(), "\u{202e}evil\u{1b}[2J".into()],
                vec!["vsc-22".into(), "bob".into()],
            ],
        );
        assert_eq!(
            t,
            "ID      NAME\nvsc-1   \\u{202e}evil\\x1b[2J\nvsc-22  bob\n"
        );
        let f = fields(&[("Name", "a\u{7}\nb".into())]);
        assert_eq!(f, "Name:  a\\x07\\nb\n");
    }

    #[test]
    fn fields_skip_empty_values() {
        let f = fields(&[
            ("Id", "vsc-1".into()),
            ("Region", String::new()),
            ("Name", "a".into()),
        ]);
        assert_eq!(f, "Id:    vsc-1\nName:  a\n");
    }
}
