//! Printing results (tables for people, JSON for programs) and errors.

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
            OutputFormat::Table => format!("vpncert: error: {}", failure.line()),
        };
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }
}

/// Aligned columns under upper-case headers; an empty list prints `(none)` under them.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in rows {
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
    for row in rows {
        push_row(&mut row.iter().map(String::as_str));
    }
    if rows.is_empty() {
        out.push_str("(none)\n");
    }
    out
}

/// `Key:  value` lines with the values aligned; empty values are left out.
pub fn fields(pairs: &[(&str, String)]) -> String {
    let shown: Vec<_> = pairs.iter().filter(|(_, v)| !v.is_empty()).collect();
    let width = shown.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (key, value) in shown {
        out.push_str(key);
        out.push(':');
        out.push_str(&" ".repeat(width - key.width() + 2));
        out.push_str(value);
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
    fn fields_skip_empty_values() {
        let f = fields(&[
            ("Id", "vsc-1".into()),
            ("Region", String::new()),
            ("Name", "a".into()),
        ]);
        assert_eq!(f, "Id:    vsc-1\nName:  a\n");
    }
}
