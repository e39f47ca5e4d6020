//! Generated files: their header line, formatting (rustfmt for Rust), and the directories that
//! hold nothing but generated files.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The first line of every generated file (after the comment marker of its language).
pub const HEADER: &str = "generated from spec/api.toml; edit the spec, then run cargo xtask gen";

/// Directories whose every file is generated: a file there that the spec no longer produces is
/// stale.
pub const GENERATED_DIRS: [&str; 6] = [
    "core/src/generated",
    "tests/c/generated",
    "ffi-c/src/generated",
    "py/src/generated",
    "cli/src/generated",
    "emulator/src/generated",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Rust,
    Python,
    C,
}

/// One generated file: where it goes and what it holds (without the header line).
pub struct Generated {
    pub path: String,
    pub lang: Lang,
    pub body: String,
}

impl Generated {
    pub fn rust(path: impl Into<String>, body: String) -> Self {
        Generated {
            path: path.into(),
            lang: Lang::Rust,
            body,
        }
    }

    pub fn python(path: impl Into<String>, body: String) -> Self {
        Generated {
            path: path.into(),
            lang: Lang::Python,
            body,
        }
    }

    pub fn c(path: impl Into<String>, body: String) -> Self {
        Generated {
            path: path.into(),
            lang: Lang::C,
            body,
        }
    }

    /// The file's final text: header line, then the body, formatted.
    pub fn render(&self, root: &Path) -> Result<String, String> {
        match self.lang {
            Lang::Rust => {
                let text = format!("// {HEADER}\n{}", self.body);
                rustfmt(root, &text).map_err(|e| format!("{}: {e}", self.path))
            }
            Lang::Python => Ok(format!("# {HEADER}\n{}", self.body)),
            Lang::C => Ok(format!("/* {HEADER} */\n{}", self.body)),
        }
    }
}

/// Formats Rust source with the workspace's rustfmt settings.
fn rustfmt(root: &Path, text: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("rustfmt has no stdin")?
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot feed rustfmt: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt failed: {e}"))?;
    if !out.status.success() {
        let numbered: String = text
            .lines()
            .enumerate()
            .map(|(i, l)| format!("{:5} {l}\n", i + 1))
            .collect();
        return Err(format!(
            "rustfmt refused the generated code:\n{}\n{numbered}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("rustfmt output: {e}"))
}

/// Files in the generated directories that the spec no longer produces. They are stale: the
/// caller reports them (`--check`) or removes them (`gen`).
pub fn orphans(root: &Path, files: &[Generated]) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    for dir in GENERATED_DIRS {
        collect(root, &root.join(dir), &mut found)?;
    }
    Ok(found
        .into_iter()
        .filter(|p| !files.iter().any(|f| &f.path == p))
        .collect())
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

/// A Rust doc comment (`///` lines) for `text`, wrapped at about 96 columns.
pub fn doc(indent: &str, text: &str) -> String {
    comment(indent, "///", text)
}

/// A Rust inner doc comment (`//!` lines).
pub fn module_doc(text: &str) -> String {
    comment("", "//!", text)
}

fn comment(indent: &str, marker: &str, text: &str) -> String {
    let mut out = String::new();
    for (i, paragraph) in text.trim().split("\n\n").enumerate() {
        if i > 0 {
            out.push_str(&format!("{indent}{marker}\n"));
        }
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty()
                && indent.len() + marker.len() + 1 + line.len() + 1 + word.len() > 96
            {
                out.push_str(&format!("{indent}{marker} {line}\n"));
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            out.push_str(&format!("{indent}{marker} {line}\n"));
        }
    }
    out
}

/// A Rust string literal.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}
