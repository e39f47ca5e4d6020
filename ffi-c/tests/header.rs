//! `include/vpncert.h` is generated from these sources by the pinned cbindgen and committed.
//! This test regenerates it in memory and fails when the committed file differs.
//!
//! Regenerate: `cargo xtask gen` (or `VPNCERT_BLESS=1 cargo test -p vpncert-ffi --test header` for
//! the header alone).

use std::path::PathBuf;

const REGENERATE: &str = "cargo xtask gen";

#[test]
fn committed_header_is_current() {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let header = crate_dir.join("../include/vpncert.h");
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .expect("ffi-c/cbindgen.toml is readable");
    let bindings = cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen parses ffi-c/src");
    let mut generated = Vec::new();
    bindings.write(&mut generated);
    let generated = String::from_utf8(generated).expect("the header is UTF-8");

    if std::env::var_os("VPNCERT_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&header, &generated).expect("write include/vpncert.h");
        eprintln!("wrote {}", header.display());
        return;
    }
    let committed = std::fs::read_to_string(&header).unwrap_or_default();
    if committed != generated {
        let first_difference = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "include/vpncert.h is stale (first difference at line {}).\nRegenerate it with:\n    {REGENERATE}\n",
            first_difference + 1
        );
    }
}
