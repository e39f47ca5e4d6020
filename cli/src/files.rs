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

/// Whether `path` exists (a dangling symlink counts: writing there would still be refused).
pub fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// The refusal to replace an existing file without `--force`.
pub fn exists_failure(path: &Path) -> Failure {
    Failure::usage(
        "FileExists",
        format!(
            "{} already exists; pass --force to replace it",
            path.display()
        ),
    )
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
}
