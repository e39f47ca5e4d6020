//! Structural checks of the C boundary that the compiler cannot make: every exported function
//! runs inside the panic boundary and documents NULL handling and thread safety (cbindgen copies
//! the documentation into include/vpncert.h).

use std::path::PathBuf;

struct Exported {
    name: String,
    file: String,
    doc: String,
    body: String,
}

/// The `#[no_mangle]` functions of ffi-c/src, with their doc comments and bodies.
fn exported() -> Vec<Exported> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.trim() != "#[no_mangle]" {
                continue;
            }
            let mut doc = Vec::new();
            let mut j = i;
            while j > 0 && lines[j - 1].trim_start().starts_with("///") {
                j -= 1;
                doc.insert(0, lines[j].trim_start().trim_start_matches("///").trim());
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
                doc: doc.join(" "),
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

#[test]
fn every_export_documents_null_and_thread_safety() {
    for f in exported() {
        assert!(!f.doc.is_empty(), "{} has no documentation", f.name);
        assert!(
            f.doc.contains("NULL"),
            "{} does not say what NULL does",
            f.name
        );
        assert!(
            f.doc.contains("Thread safety"),
            "{} does not state its thread safety",
            f.name
        );
        // Parameters hold no parentheses, so they are what lies between the first '(' and ')'.
        let params = f
            .body
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map_or("", |(params, _)| params);
        let takes_pointers = params.contains('*');
        if takes_pointers {
            assert!(
                f.doc.contains("# Safety"),
                "{} takes pointers but has no # Safety section",
                f.name
            );
        }
    }
}

#[test]
fn functions_that_hand_out_objects_say_who_frees_them() {
    for f in exported() {
        let hands_out = f.body.contains("into_handle(") || f.body.contains("into_raw()");
        if hands_out {
            assert!(
                f.doc.contains("free"),
                "{} hands out an object but does not say how it is freed",
                f.name
            );
        }
    }
}
