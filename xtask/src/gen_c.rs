//! The C layer: `include/vpncert.h`, cbindgen's reading of `ffi-c/src`.

/// The header cbindgen writes for the C sources as they are on disk.
pub fn header(root: &std::path::Path) -> Result<String, String> {
    let crate_dir = root.join("ffi-c");
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .map_err(|e| format!("ffi-c/cbindgen.toml: {e}"))?;
    let bindings = cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .map_err(|e| format!("cbindgen: {e}"))?;
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).map_err(|e| format!("the header is not UTF-8: {e}"))
}
