//! Where profiles are written.

use std::path::Path;

use crate::failure::Failure;

/// A file name for a certificate name, different for every name (see
/// [`vpncert::profile::file_stem`]): `alice` gives `alice.ovpn`, `Jane Doe` `Jane%20Doe.ovpn`.
pub fn profile_file_name(name: &str) -> String {
    format!("{}.ovpn", vpncert::profile::file_stem(name))
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

/// Checks, before anything is created on the service, that the directory of `path` exists and
/// takes a new file, so that the profile can be written once the certificate is made.
pub fn check_parent(path: &Path) -> Result<(), Failure> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => writable(dir, path),
        Ok(_) => Err(Failure::usage(
            "NotADirectory",
            format!(
                "{} is not a directory; cannot write {}",
                dir.display(),
                path.display()
            ),
        )),
        Err(e) => Err(Failure::usage(
            "NoSuchDirectory",
            format!(
                "cannot write {}: {} ({e}); create it first",
                path.display(),
                dir.display()
            ),
        )),
    }
}

/// Whether a file can be made in `dir`, found by making one (permission bits say nothing about
/// read-only mounts, ACLs or a full quota of inodes), then removing it.
fn writable(dir: &Path, path: &Path) -> Result<(), Failure> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let probe = dir.join(format!(
        ".vpncert-write-check-{}-{nanos:09}",
        std::process::id()
    ));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(Failure::usage(
            "NotWritable",
            format!(
                "cannot write {}: no new file can be made in {} ({e})",
                path.display(),
                dir.display()
            ),
        )),
    }
}

/// Makes `dir` ready to receive profiles (see [`vpncert::profile::private_dir`]): an existing
/// one its group or others may read or write is refused (a usage error), unless `force`, which
/// only warns.
pub fn private_out_dir(dir: &Path, force: bool) -> Result<(), Failure> {
    match vpncert::profile::private_dir(dir)? {
        vpncert::profile::DirCheck::Shared(mode) => {
            let what = format!(
                "{} can be read or written by its group or others (mode {mode:04o}), and the \
                 profiles put in it hold private keys",
                dir.display()
            );
            if !force {
                return Err(Failure::usage(
                    "OutDirNotPrivate",
                    format!(
                        "{what}; `chmod 700 {}` it, or pass --force to use it anyway",
                        dir.display()
                    ),
                ));
            }
            log::warn!("{what}; using it because of --force");
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vpncert::profile::{CUT_MARK, MAX_STEM_BYTES};

    /// The name a whole (not cut) stem stands for.
    fn decode(stem: &str) -> String {
        let mut bytes = Vec::new();
        let mut rest = stem.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            if b == b'%' {
                let hex = std::str::from_utf8(&tail[..2]).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
                rest = &tail[2..];
            } else {
                bytes.push(b);
                rest = tail;
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn names_become_safe_file_names() {
        assert_eq!(profile_file_name("alice"), "alice.ovpn");
        assert_eq!(
            profile_file_name("bob.smith@example.com"),
            "bob.smith@example.com.ovpn"
        );
        assert_eq!(
            profile_file_name("../etc/passwd"),
            "%2E.%2Fetc%2Fpasswd.ovpn"
        );
        assert_eq!(profile_file_name(".hidden"), "%2Ehidden.ovpn");
        assert_eq!(profile_file_name("a b\\c:d"), "a%20b%5Cc%3Ad.ovpn");
        assert_eq!(profile_file_name("证书"), "证书.ovpn");
        assert_eq!(profile_file_name("Jane Doe"), "Jane%20Doe.ovpn");
        assert_eq!(profile_file_name("Jane_Doe"), "Jane_Doe.ovpn");
        assert_eq!(profile_file_name("100%"), "100%25.ovpn");
        assert_eq!(profile_file_name("a\u{301}"), "a%CC%81.ovpn");
    }

    #[test]
    fn different_names_never_share_a_file_name() {
        let names = [
            "Jane Doe",
            "Jane_Doe",
            "Jane%20Doe",
            "Jane%2520Doe",
            "Jane\tDoe",
            "Jane/Doe",
            "Jane\\Doe",
            ".Jane",
            "%2EJane",
            "_Jane",
            "Jane.",
            "Jane~",
            "Jane%7E",
            "",
            "%",
            "_",
            "é",
            "e\u{301}",
            "Alice",
            "alice",
        ];
        let mut seen = std::collections::HashMap::new();
        for name in names {
            let file = profile_file_name(name);
            let stem = file.strip_suffix(".ovpn").unwrap();
            assert!(
                !stem.starts_with('.') && !stem.contains('/') && !stem.contains('\\'),
                "{file}"
            );
            if !name.is_empty() {
                assert_eq!(decode(stem), name, "{file} stands for {name:?}");
            }
            if let Some(other) = seen.insert(file.clone(), name) {
                panic!("{name:?} and {other:?} both map to {file}");
            }
        }
    }

    #[test]
    fn long_names_are_cut_with_a_hash_and_stay_distinct() {
        let a = "证".repeat(99) + "a";
        let b = "证".repeat(99) + "b";
        let spaces = " ".repeat(100);
        for name in [&a, &b, &spaces] {
            let file = profile_file_name(name);
            let stem = file.strip_suffix(".ovpn").unwrap();
            assert!(stem.len() <= MAX_STEM_BYTES, "{}", stem.len());
            let (_, hash) = stem.rsplit_once(CUT_MARK).expect("a cut stem");
            assert_eq!(hash.len(), 32);
        }
        assert_ne!(profile_file_name(&a), profile_file_name(&b));
        let spaced = profile_file_name(&spaces);
        assert!(spaced.starts_with("%20%20"), "{spaced}");
        let cut = spaced.split(CUT_MARK).next().unwrap();
        assert_eq!(cut.len() % 3, 0, "never cut inside a %XX: {cut}");
        // A name that fits is never cut, so it cannot meet a cut one.
        let fits = "a".repeat(100);
        assert_eq!(profile_file_name(&fits), format!("{fits}.ovpn"));
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
