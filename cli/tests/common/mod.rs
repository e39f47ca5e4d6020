//! Running the `vpncert` binary hermetically: no inherited variables, an empty home directory,
//! no ECS metadata lookups, and only 127.0.0.1 endpoints.
#![allow(dead_code)] // each test file uses its own subset

pub mod hostile;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const KEY_ID: &str = "testid";
pub const KEY_SECRET: &str = "testsecret";
pub const REGION: &str = "cn-hangzhou";
pub const SERVER: &str = "vss-emulator0001";

/// A scratch directory that is also the home directory and working directory of each run.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    /// `vpncert` with nothing from the caller's environment.
    pub fn bare(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_vpncert"));
        c.env_clear()
            .env("HOME", self.path())
            .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
            .current_dir(self.path());
        c
    }

    /// `vpncert` with the emulator's access key and region, talking to `endpoint`.
    pub fn cli(&self, endpoint: &str) -> Command {
        let mut c = self.bare();
        c.env("ALIBABA_CLOUD_ACCESS_KEY_ID", KEY_ID)
            .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", KEY_SECRET)
            .env("ALIBABA_CLOUD_REGION_ID", REGION)
            .args(["--endpoint", endpoint]);
        c
    }
}

/// `cmd` run under the umask `umask` (octal), through `/bin/sh`.
#[cfg(unix)]
pub fn with_umask(cmd: &Command, umask: &str) -> Command {
    let mut c = Command::new("/bin/sh");
    c.env_clear()
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    if let Some(dir) = cmd.get_current_dir() {
        c.current_dir(dir);
    }
    c
}

/// What a finished run printed.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// The one-line JSON error of `--output json` runs.
    pub fn json_error(&self) -> serde_json::Value {
        let lines: Vec<&str> = self.stderr.lines().collect();
        let last = lines
            .last()
            .unwrap_or_else(|| panic!("no stderr; stdout:\n{}", self.stdout));
        let v: serde_json::Value = serde_json::from_str(last)
            .unwrap_or_else(|e| panic!("stderr's last line is not JSON ({e}): {last}"));
        v["error"].clone()
    }

    #[track_caller]
    pub fn assert_code(&self, want: i32) -> &Self {
        assert_eq!(
            self.code, want,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

pub fn run(cmd: &mut Command) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("run vpncert");
    Run {
        code: status.code().expect("exited normally, not by a signal"),
        stdout: String::from_utf8(stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(stderr).expect("UTF-8 stderr"),
    }
}

/// An endpoint on 127.0.0.1 where nothing listens.
pub fn closed_endpoint() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Certificates per name in the emulator's state.
pub fn certs_per_name(state: &serde_json::Value) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for c in state["certificates"]
        .as_array()
        .expect("certificates array")
    {
        let name = c["name"].as_str().expect("name").to_owned();
        *counts.entry(name).or_insert(0) += 1;
    }
    counts
}

/// The PEM blocks of `tag` (`<ca>`, `<cert>`, `<key>`) in a profile, checked to be DER
/// structures (an ASN.1 SEQUENCE whose length matches the decoded bytes).
pub fn assert_inline_pem(profile: &str, tag: &str, label: &str) {
    use base64::Engine;
    let open = format!("<{tag}>\n");
    let close = format!("</{tag}>");
    let start = profile
        .find(&open)
        .unwrap_or_else(|| panic!("no {open:?} in profile:\n{profile}"))
        + open.len();
    let end = profile[start..]
        .find(&close)
        .unwrap_or_else(|| panic!("no {close:?}"))
        + start;
    let block = profile[start..end].trim();
    let begin = format!("-----BEGIN {label}-----");
    let finish = format!("-----END {label}-----");
    assert!(
        block.starts_with(&begin) && block.ends_with(&finish),
        "{tag}: {block}"
    );
    let body: String = block[begin.len()..block.len() - finish.len()]
        .lines()
        .map(str::trim)
        .collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap_or_else(|e| panic!("{tag}: bad base64: {e}"));
    assert_eq!(der[0], 0x30, "{tag}: not a DER SEQUENCE");
    let (len, header) = match der[1] {
        n if n < 0x80 => (n as usize, 2),
        0x81 => (der[2] as usize, 3),
        0x82 => (((der[2] as usize) << 8) | der[3] as usize, 4),
        other => panic!("{tag}: unexpected DER length byte {other:#x}"),
    };
    assert_eq!(header + len, der.len(), "{tag}: DER length does not match");
}
