//! Where profiles are written.

use std::path::Path;

use crate::failure::Failure;

/// Longest file name produced, in bytes, leaving room for `.ovpn` under the usual 255-byte limit.
const MAX_STEM_BYTES: usize = 200;

/// A file name for a certificate name: letters and digits (any script), `-`, `_`, `.`, `@` and `+`
/// are kept, anything else (path separators included) becomes `_`, and a leading dot is
/// replaced so the profile is never hidden. `alice` gives `alice.ovpn`.
pub fn profile_file_name(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        let keep = c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '@' | '+');
        let c = if keep { c } else { '_' };
        if stem.len() + c.len_utf8() > MAX_STEM_BYTES {
            break;
        }
        stem.push(c);
    }
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    if stem.is_empty() {
        stem.push('_');
    }
    format!("{stem}.ovpn")
}

/// The code of the refusal to replace an existing file.
pub const FILE_EXISTS: &str = "FileExists";

/// Whether `path` exists (a dangling symlink counts: writing there would still be refused).
fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Checks, before anything is created on the service, that a profile can go to `path`: not a
/// directory, and not an existing file unless `force`.
pub fn check_target(path: &Path, force: bool) -> Result<(), Failure> {
    if path.is_dir() {
        return Err(Failure::usage(
            "IsADirectory",
            format!("{} is a directory; name the profile file", path.display()),
        ));
    }
    if !force && exists(path) {
        return Err(Failure::usage(
            FILE_EXISTS,
            format!(
                "{} already exists; pass --force to replace it",
                path.display()
            ),
        ));
    }
    Ok(())
}

/// Creates `dir` and its parents.
pub fn create_dir(dir: &Path) -> Result<(), Failure> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Failure::from(vpncert::Error::Io {
            path: dir.display().to_string(),
            kind: e.kind(),
            message: e.to_string(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_file_names() {
        assert_eq!(profile_file_name("alice"), "alice.ovpn");
        assert_eq!(
            profile_file_name("bob.smith@example.com"),
            "bob.smith@example.com.ovpn"
        );
        assert_eq!(profile_file_name("../etc/passwd"), "_._etc_passwd.ovpn");
        assert_eq!(profile_file_name(".hidden"), "_hidden.ovpn");
        assert_eq!(profile_file_name("a b\\c:d"), "a_b_c_d.ovpn");
        assert_eq!(profile_file_name("证书"), "证书.ovpn");
        let long = profile_file_name(&"证".repeat(100));
        assert!(long.len() <= 255, "{}", long.len());
        assert!(long.ends_with(".ovpn"));
    }

    #[test]
    fn targets_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ovpn");
        assert!(check_target(&file, false).is_ok());
        std::fs::write(&file, "x").unwrap();
        assert_eq!(check_target(&file, false).unwrap_err().code, "FileExists");
        assert!(check_target(&file, true).is_ok());
        for force in [false, true] {
            assert_eq!(
                check_target(dir.path(), force).unwrap_err().code,
                "IsADirectory"
            );
        }
    }
}
