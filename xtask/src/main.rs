//! `cargo xtask gen [--check]`: writes every file that only restates `spec/api.toml`, or, with
//! `--check`, fails naming every file that differs from what the spec says.
//!
//! What is generated (see CONTRIBUTING.md): the core's error kinds, records and request
//! builders; the C status table, handles, accessors and request objects (and, through cbindgen,
//! `include/vpncert.h`); the Python record classes, client methods, exceptions, `__init__`
//! exports and stubs; the CLI's JSON views; the emulator's action table and typed parameters.

mod emit;
mod gen_c;
mod gen_cli;
mod gen_core;
mod gen_emulator;
mod gen_py;
mod spec;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use emit::Generated;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["gen"] => false,
        ["gen", "--check"] => true,
        _ => {
            eprintln!("usage: cargo xtask gen [--check]");
            return ExitCode::from(2);
        }
    };
    let root = workspace_root();
    match run(&root, check) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn run(root: &Path, check: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(root.join("spec/api.toml"))
        .map_err(|e| format!("cannot read spec/api.toml: {e}"))?;
    let spec = spec::Spec::load(&text)?;
    let mut files: Vec<Generated> = Vec::new();
    files.extend(gen_core::generate(&spec));
    files.extend(gen_c::generate(&spec));
    files.extend(gen_py::generate(&spec, root)?);
    files.extend(gen_cli::generate(&spec));
    files.extend(gen_emulator::generate(&spec, root));
    let mut stale = Vec::new();
    for file in &files {
        let content = file.render(root)?;
        let path = root.join(&file.path);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(content.as_str()) {
            continue;
        }
        if check {
            stale.push(file.path.clone());
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(&path, content)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            println!("wrote {}", file.path);
        }
    }
    // The C header is cbindgen's reading of the (now current) C sources.
    let header = gen_c::header(root)?;
    // The ABI record is the header's functions: a change to it shows in review as a diff of
    // ffi-c/symbols.txt, and ffi-c/check-abi.sh holds the built library to it.
    let symbols = gen_c::symbols(&header);
    for (path, content) in [
        ("include/vpncert.h", header),
        ("ffi-c/symbols.txt", symbols),
    ] {
        let full = root.join(path);
        if std::fs::read_to_string(&full).ok().as_deref() == Some(content.as_str()) {
            continue;
        }
        if check {
            stale.push(path.into());
        } else {
            std::fs::write(&full, content).map_err(|e| format!("cannot write {path}: {e}"))?;
            println!("wrote {path}");
        }
    }
    stale.extend(emit::orphans(root, &files)?);
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "stale generated files (run `cargo xtask gen`):\n  {}",
            stale.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every generated file, from `text` as the spec.
    fn generate_all(text: &str) -> Vec<Generated> {
        let root = workspace_root();
        let spec = spec::Spec::load(text).unwrap();
        let mut files = gen_core::generate(&spec);
        files.extend(gen_c::generate(&spec));
        files.extend(gen_py::generate(&spec, &root).unwrap());
        files.extend(gen_cli::generate(&spec));
        files.extend(gen_emulator::generate(&spec, &root));
        files
    }

    fn body<'a>(files: &'a [Generated], path: &str) -> &'a str {
        &files.iter().find(|f| f.path == path).unwrap().body
    }

    #[test]
    fn one_spec_line_adds_a_field_to_every_binding() {
        let text = std::fs::read_to_string(workspace_root().join("spec/api.toml")).unwrap();
        let line = text
            .lines()
            .find(|l| l.contains("wire = \"MaxConnections\""))
            .unwrap();
        let added = line.replace("MaxConnections", "ProbeCount");
        let text = text.replacen(line, &format!("{line}\n{added}"), 1);
        let before =
            generate_all(&std::fs::read_to_string(workspace_root().join("spec/api.toml")).unwrap());
        let after = generate_all(&text);
        let expect = [
            ("core/src/generated/records.rs", "rename = \"ProbeCount\""),
            ("core/src/generated/records.rs", "pub probe_count: u64"),
            (
                "ffi-c/src/generated/records.rs",
                "fn vpncert_server_probe_count(",
            ),
            (
                "tests/c/generated/test_contract.c",
                "vpncert_server_probe_count(NULL)",
            ),
            ("py/src/generated/records.rs", "d.set_item(\"probe_count\""),
            (
                "py/src/generated/records.rs",
                "fn probe_count(&self) -> u64",
            ),
            (
                "py/python/vpncert/_native.pyi",
                "def probe_count(self) -> int:",
            ),
            ("cli/src/generated/views.rs", "pub probe_count: u64"),
        ];
        for (path, needle) in expect {
            assert!(
                !body(&before, path).contains(needle),
                "{path} had {needle} already"
            );
            assert!(body(&after, path).contains(needle), "{path} lacks {needle}");
        }
    }

    #[test]
    fn one_spec_line_adds_a_code_to_a_kind() {
        let text = std::fs::read_to_string(workspace_root().join("spec/api.toml")).unwrap();
        let line = "  { code = \"Resource.QuotaFull\", http = 400 },\n";
        assert!(text.contains(line));
        let text = text.replacen(
            line,
            &format!("{line}  {{ code = \"Quota.Exceeded.Certificates\", http = 409 }},\n"),
            1,
        );
        let after = generate_all(&text);
        assert!(body(&after, "emulator/src/generated/actions.rs")
            .contains("\"Quota.Exceeded.Certificates\" => 409,"));
        let errors = body(&after, "core/src/generated/errors.rs");
        assert!(
            errors.contains("\"Quota.Exceeded.Certificates\""),
            "{errors}"
        );
        assert!(body(&after, "py/python/vpncert/_errors.py")
            .contains("``Quota.Exceeded.Certificates``"));
    }

    #[test]
    fn c_status_numbers_may_not_be_reused() {
        let text = std::fs::read_to_string(workspace_root().join("spec/api.toml")).unwrap();
        let text = text.replacen(
            "{ name = \"VPNCERT_FINANCIAL_LOCKED\", number = 103 }",
            "{ name = \"VPNCERT_FINANCIAL_LOCKED\", number = 102 }",
            1,
        );
        let err = spec::Spec::load(&text).unwrap_err();
        assert!(err.contains("C status 102"), "{err}");
    }
}
