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
    let header_path = root.join("include/vpncert.h");
    if std::fs::read_to_string(&header_path).ok().as_deref() != Some(header.as_str()) {
        if check {
            stale.push("include/vpncert.h".into());
        } else {
            std::fs::write(&header_path, header)
                .map_err(|e| format!("cannot write include/vpncert.h: {e}"))?;
            println!("wrote include/vpncert.h");
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
