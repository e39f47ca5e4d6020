//! A structural check of the C boundary that the compiler cannot make: every exported function
//! runs inside the panic boundary. (What each does with NULL is checked by running it: the
//! generated tests/c/test_contract.c calls every accessor, setter and call with NULL.)

use std::path::PathBuf;

struct Exported {
    name: String,
    file: String,
    body: String,
}

/// The `#[no_mangle]` functions of ffi-c/src (generated ones included), with their bodies.
fn exported() -> Vec<Exported> {
    let mut files = Vec::new();
    let mut dirs = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.trim() != "#[no_mangle]" {
                continue;
            }
            let signature = lines[i + 1];
            let name = signature
                .split("fn ")
                .nth(1)
                .and_then(|s| s.split('(').next())
                .unwrap_or_default()
                .to_owned();
            // The body: up to the closing brace at column 0.
            let body: Vec<&str> = lines[i + 1..]
                .iter()
                .take_while(|l| **l != "}")
                .copied()
                .collect();
            out.push(Exported {
                name,
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
                body: body.join("\n"),
            });
        }
    }
    out
}

#[test]
fn every_export_is_a_vpncert_function_inside_the_panic_boundary() {
    let all = exported();
    assert!(
        all.len() > 80,
        "found only {} exported functions",
        all.len()
    );
    for f in &all {
        assert!(f.name.starts_with("vpncert_"), "{} in {}", f.name, f.file);
        assert!(
            f.body.contains("extern \"C\" fn"),
            "{} in {} is #[no_mangle] but not extern \"C\"",
            f.name,
            f.file
        );
        assert_eq!(
            f.body.matches("ffi_panic_boundary!").count(),
            1,
            "{} in {} must run its body inside exactly one ffi_panic_boundary!",
            f.name,
            f.file
        );
    }
}
