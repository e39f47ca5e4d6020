//! Gives the shared library its SONAME (`libvpncert.so.0` on Linux), and writes `vpncert.pc`
//! and the `libvpncert.so.0` link next to the built library (`target/<profile>/`) so that
//! `PKG_CONFIG_PATH=target/release pkg-config --cflags --libs vpncert` works straight from a build
//! tree. It writes only into the target directory, never into the sources; `ffi-c/install.sh`
//! writes the installed variant from the same template.

use std::path::{Path, PathBuf};

/// What a static `libvpncert.a` needs besides itself on Linux and macOS (from
/// `cargo rustc -p vpncert-ffi --crate-type staticlib -- --print native-static-libs`).
fn libs_private() -> &'static str {
    match std::env::var("CARGO_CFG_TARGET_OS").as_deref() {
        Ok("macos") => "-framework Security -framework CoreFoundation -liconv -lSystem -lc -lm",
        _ => "-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc",
    }
}

/// `target/<profile>` (or `target/<triple>/<profile>`): three levels above `OUT_DIR`, which cargo
/// puts at `<that>/build/<package>-<hash>/out`.
fn profile_dir() -> Option<PathBuf> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR")?);
    let build = out.parent()?.parent()?;
    if build.file_name()? != "build" {
        return None;
    }
    build.parent().map(Path::to_path_buf)
}

/// The ABI version: the `0` of `libvpncert.so.0`. Programs record the SONAME when they link and
/// the loader looks for that file name, so this changes only with an incompatible ABI (see
/// `ffi-c/symbols.txt` for the exported functions).
const ABI_MAJOR: &str = "0";

/// On ELF targets, sets the SONAME of the cdylib and links `libvpncert.so.<major>` to the built
/// `libvpncert.so` (which cargo names without a version), so that programs linked in the build
/// tree find the file their NEEDED entry names.
fn soname(libdir: Option<&Path>) {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if matches!(os.as_str(), "macos" | "ios" | "windows") {
        return;
    }
    let soname = format!("libvpncert.so.{ABI_MAJOR}");
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,{soname}");
    #[cfg(unix)]
    if let Some(libdir) = libdir {
        let link = libdir.join(&soname);
        if std::fs::read_link(&link).ok().as_deref() != Some(Path::new("libvpncert.so")) {
            let _ = std::fs::remove_file(&link);
            if let Err(e) = std::os::unix::fs::symlink("libvpncert.so", &link) {
                println!("cargo:warning=cannot link {}: {e}", link.display());
            }
        }
    }
    #[cfg(not(unix))]
    let _ = libdir;
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=vpncert.pc.in");
    soname(profile_dir().as_deref());
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let Some(root) = manifest.parent() else {
        return;
    };
    let Some(libdir) = profile_dir() else {
        println!(
            "cargo:warning=unusual target layout; vpncert.pc not written (use ffi-c/install.sh)"
        );
        return;
    };
    let template =
        std::fs::read_to_string(manifest.join("vpncert.pc.in")).expect("read vpncert.pc.in");
    let pc = template
        .replace("@PREFIX@", &root.display().to_string())
        .replace("@LIBDIR@", &libdir.display().to_string())
        .replace("@INCLUDEDIR@", "${prefix}/include")
        .replace(
            "@VERSION@",
            &std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        )
        // A build tree is not on the loader's path: let programs linked from it find the library.
        .replace("@RPATH@", " -Wl,-rpath,${libdir}")
        .replace("@LIBS_PRIVATE@", libs_private());
    let path = libdir.join("vpncert.pc");
    // Rewrite only on change, so that the file's timestamp means something to make-style tools.
    if std::fs::read_to_string(&path).ok().as_deref() != Some(pc.as_str()) {
        if let Err(e) = std::fs::write(&path, pc) {
            println!("cargo:warning=cannot write {}: {e}", path.display());
        }
    }
}
