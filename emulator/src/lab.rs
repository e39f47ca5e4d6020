//! A local SSL-VPN lab: real OpenVPN processes on loopback, a server from
//! [`Emulator::openvpn_server_config`](crate::Emulator::openvpn_server_config) and a client
//! from a profile, to prove that a profile connects (or that a revoked one does not).
//!
//! Both run without a TUN device (`dev null`), so no privileges are needed: the server is a
//! point-to-point TLS server that serves one client per run, and each [`OpenVpn::attempt`]
//! starts a server, connects one client, then stops both.
//!
//! ```no_run
//! use vpncert_emulator::{lab, Emulator, OpenVpnRemote};
//! let openvpn = lab::OpenVpn::find()?; // an error that says how to install it when missing
//! let port = lab::free_port(lab::LOOPBACK, vpncert_emulator::OpenVpnProto::Udp)?;
//! let emu = Emulator::builder().openvpn_remote(OpenVpnRemote::new(lab::LOOPBACK, port)).start()?;
//! // ... issue a profile from emu.url() into "alice.ovpn", then:
//! let config = emu.openvpn_server_config("vss-emulator0001")?;
//! let attempt = openvpn.attempt(&config, "alice.ovpn".as_ref(), lab::DEFAULT_TIMEOUT)?;
//! assert!(attempt.connected(), "{}", attempt.client_log);
//! # Ok::<(), std::io::Error>(())
//! ```

use std::fs::{self, File};
use std::io::{self, Write};
use std::net::{TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::OpenVpnProto;

/// The address the lab's server listens on.
pub const LOOPBACK: &str = "127.0.0.1";

/// How long an attempt waits for both sides by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

/// How long a server may take to start listening.
const SERVER_START_TIMEOUT: Duration = Duration::from_secs(10);

/// What both sides print once the connection is up.
pub const COMPLETED: &str = "Initialization Sequence Completed";

/// Where OpenVPN is installed when it is not on `PATH` (Debian and Ubuntu put it in
/// `/usr/sbin`, which is not on an ordinary user's `PATH`; Homebrew in its prefix).
const FALLBACK_DIRS: &[&str] = &[
    "/usr/sbin",
    "/usr/local/sbin",
    "/sbin",
    "/opt/homebrew/sbin",
    "/usr/local/opt/openvpn/sbin",
];

/// How to get OpenVPN, for error messages.
const INSTALL_HINT: &str = "install OpenVPN 2.5 or later (Debian and Ubuntu: apt-get install \
     openvpn; Fedora: dnf install openvpn; macOS: brew install openvpn), or name the program \
     with --openvpn PATH or VPNCERT_OPENVPN";

/// An OpenVPN program that runs.
#[derive(Debug, Clone)]
pub struct OpenVpn {
    program: PathBuf,
    version: String,
}

impl OpenVpn {
    /// Finds `openvpn`: `$VPNCERT_OPENVPN` when set, else on `PATH`, else in the usual
    /// system directories. [`io::ErrorKind::NotFound`] with how to install it when there is
    /// none.
    pub fn find() -> io::Result<OpenVpn> {
        if let Some(p) = std::env::var_os("VPNCERT_OPENVPN").filter(|p| !p.is_empty()) {
            return OpenVpn::at(p);
        }
        let path_dirs = std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
            .unwrap_or_default();
        let candidates = path_dirs
            .into_iter()
            .chain(FALLBACK_DIRS.iter().map(PathBuf::from))
            .map(|d| {
                d.join(if cfg!(windows) {
                    "openvpn.exe"
                } else {
                    "openvpn"
                })
            });
        for candidate in candidates {
            if candidate.is_file() {
                return OpenVpn::at(candidate);
            }
        }
        Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "openvpn is not installed (looked on PATH and in {}); {INSTALL_HINT}",
                FALLBACK_DIRS.join(", ")
            ),
        ))
    }

    /// The OpenVPN at `program`, once `openvpn --version` runs.
    pub fn at(program: impl Into<PathBuf>) -> io::Result<OpenVpn> {
        let program = program.into();
        let out = Command::new(&program)
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| {
                let hint = if e.kind() == io::ErrorKind::NotFound {
                    format!("; {INSTALL_HINT}")
                } else {
                    String::new()
                };
                io::Error::new(
                    e.kind(),
                    format!("cannot run {} --version: {e}{hint}", program.display()),
                )
            })?;
        let text = String::from_utf8_lossy(&out.stdout);
        // `--version` exits 1 on OpenVPN 2.x; what counts is what it prints.
        let Some(version) = text.lines().find(|l| l.starts_with("OpenVPN ")) else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} --version does not print an OpenVPN version; is it OpenVPN?",
                    program.display()
                ),
            ));
        };
        Ok(OpenVpn {
            version: version.trim().to_owned(),
            program,
        })
    }

    /// The program.
    pub fn program(&self) -> &Path {
        &self.program
    }

    /// The first line of `openvpn --version`, e.g. `OpenVPN 2.6.14 x86_64-pc-linux-gnu ...`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Starts a server from `server_config` (the text of
    /// [`Emulator::openvpn_server_config`](crate::Emulator::openvpn_server_config)) and, once
    /// it listens, a client from the profile at `profile` (run in the profile's directory, so
    /// that a bundle's `ca ca.crt` lines find their files), with `--dev null`. Waits until both
    /// print [`COMPLETED`], the server refuses the client's certificate (`VERIFY ERROR`), the
    /// client stops, or `timeout` passes; then stops both and returns what happened with both
    /// logs. An error only when a process cannot be started or the server does not come up.
    pub fn attempt(
        &self,
        server_config: &str,
        profile: &Path,
        timeout: Duration,
    ) -> io::Result<Attempt> {
        let work = ScratchDir::new()?;
        let started = Instant::now();
        let server_conf = work.path.join("server.conf");
        write_private(&server_conf, server_config.as_bytes())?;
        let server_log = work.path.join("server.log");
        let server = Running::spawn(
            Command::new(&self.program)
                .arg("--config")
                .arg(&server_conf)
                .current_dir(&work.path),
            &server_log,
        )?;
        let listening = |log: &str| {
            log.contains("link local (bound)")
                || log.contains("Listening for incoming TCP connection")
        };
        let deadline = Instant::now() + SERVER_START_TIMEOUT;
        let mut server = server;
        loop {
            let log = read_log(&server_log);
            if listening(&log) {
                break;
            }
            if server.exited() || Instant::now() >= deadline {
                return Err(io::Error::other(format!(
                    "the OpenVPN server did not start listening; its log:\n{}",
                    log.trim_end()
                )));
            }
            std::thread::sleep(Duration::from_millis(20));
        }

        let profile = profile.canonicalize().map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot read the profile {}: {e}", profile.display()),
            )
        })?;
        let client_dir = profile.parent().unwrap_or(Path::new("/")).to_owned();
        let client_log = work.path.join("client.log");
        let mut client = Running::spawn(
            Command::new(&self.program)
                .arg("--config")
                .arg(&profile)
                // No TUN device: the tunnel's packets go nowhere, the handshake is real.
                .args(["--dev", "null"])
                .current_dir(&client_dir),
            &client_log,
        )?;
        let deadline = Instant::now() + timeout;
        let mut outcome = Outcome::TimedOut;
        loop {
            let (s, c) = (read_log(&server_log), read_log(&client_log));
            if completed(&s) && completed(&c) {
                outcome = Outcome::Connected;
                break;
            }
            if let Some(line) = s.lines().find(|l| l.contains("VERIFY ERROR")) {
                outcome = Outcome::Refused(after_timestamp(line).to_owned());
                break;
            }
            // A client that cannot use what the server pushed, or that the server turned away,
            // only tries again.
            if let Some(line) = c.lines().find(|l| {
                l.contains("OPTIONS ERROR")
                    || l.contains("AUTH_FAILED")
                    || l.contains("Options error")
            }) {
                outcome = Outcome::ClientFailed(after_timestamp(line).to_owned());
                break;
            }
            if client.exited() {
                let why = c
                    .lines()
                    .rev()
                    .find(|l| l.contains("rror"))
                    .map_or("the client stopped", after_timestamp);
                outcome = Outcome::ClientFailed(why.to_owned());
                break;
            }
            if server.exited() {
                outcome = Outcome::ClientFailed("the server stopped".into());
                break;
            }
            if Instant::now() >= deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        client.stop();
        server.stop();
        Ok(Attempt {
            outcome,
            client_log: read_log(&client_log),
            server_log: read_log(&server_log),
            elapsed: started.elapsed(),
        })
    }
}

/// What an [`OpenVpn::attempt`] came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Both sides printed [`COMPLETED`].
    Connected,
    /// The server refused the client's certificate: its `VERIFY ERROR` line, e.g.
    /// `VERIFY ERROR: depth=0, error=certificate revoked: CN=vsc-..., serial=...`.
    Refused(String),
    /// The client stopped (or the server did) before connecting, or cannot use what the
    /// server sent (`OPTIONS ERROR`, `AUTH_FAILED`): the error it printed.
    ClientFailed(String),
    /// Neither happened in time.
    TimedOut,
}

/// One client's connection attempt, with both sides' logs.
#[derive(Debug, Clone)]
pub struct Attempt {
    /// What happened.
    pub outcome: Outcome,
    /// What the client printed (`verb 3` or the profile's own level).
    pub client_log: String,
    /// What the server printed.
    pub server_log: String,
    /// From starting the server to the end.
    pub elapsed: Duration,
}

impl Attempt {
    /// Whether both sides printed [`COMPLETED`].
    pub fn connected(&self) -> bool {
        self.outcome == Outcome::Connected
    }

    /// Whether the server refused the certificate as revoked (its CRL lists it).
    pub fn revoked(&self) -> bool {
        matches!(&self.outcome, Outcome::Refused(why) if why.contains("certificate revoked"))
    }

    /// The client's lines that warn or complain (`WARNING`, `DEPRECATED`, errors), without
    /// their timestamps: what a profile's own lines should never cause.
    pub fn client_warnings(&self) -> Vec<&str> {
        self.client_log
            .lines()
            .map(after_timestamp)
            .filter(|l| {
                let upper = l.to_ascii_uppercase();
                upper.contains("WARNING") || upper.contains("DEPRECATED") || upper.contains("ERROR")
            })
            .collect()
    }

    /// The data channel's cipher as the client reports it (`AES-128-CBC`), once connected.
    pub fn data_cipher(&self) -> Option<&str> {
        let line = self
            .client_log
            .lines()
            .find(|l| l.contains("Data Channel: cipher '"))?;
        let rest = &line[line.find("cipher '")? + "cipher '".len()..];
        rest.split('\'').next()
    }

    /// The control channel's TLS version and cipher as the client reports them.
    pub fn control_channel(&self) -> Option<&str> {
        let line = self
            .client_log
            .lines()
            .find(|l| l.contains("Control Channel: "))?;
        let rest = &line[line.find("Control Channel: ")? + "Control Channel: ".len()..];
        rest.split(", peer certificate").next()
    }
}

/// A port on `host` that nothing listens on now, for the lab's server (taken only for a
/// moment, so another program could take it first: good enough for a local lab).
pub fn free_port(host: &str, proto: OpenVpnProto) -> io::Result<u16> {
    match proto {
        OpenVpnProto::Udp => Ok(UdpSocket::bind((host, 0))?.local_addr()?.port()),
        OpenVpnProto::Tcp => Ok(TcpListener::bind((host, 0))?.local_addr()?.port()),
    }
}

fn completed(log: &str) -> bool {
    log.lines()
        .any(|l| l.contains(COMPLETED) && !l.contains("With Errors"))
}

/// A log line without OpenVPN's `YYYY-MM-DD HH:MM:SS ` prefix.
fn after_timestamp(line: &str) -> &str {
    let b = line.as_bytes();
    let stamped = b.len() > 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b' ';
    if stamped {
        &line[20..]
    } else {
        line
    }
}

fn read_log(path: &Path) -> String {
    fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn write_private(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path)?;
    f.write_all(contents)?;
    f.sync_all()
}

/// A child process that is killed when dropped.
struct Running {
    child: Child,
    done: bool,
}

impl Running {
    fn spawn(command: &mut Command, log: &Path) -> io::Result<Running> {
        let out = File::create(log)?;
        let err = out.try_clone()?;
        let child = command
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()?;
        Ok(Running { child, done: false })
    }

    fn exited(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }

    fn stop(&mut self) {
        if !self.done {
            let _ = self.child.kill();
            let _ = self.child.wait();
            self.done = true;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A private directory (mode 0700) of its own under the system's temporary directory, removed
/// with what it holds on drop: where the lab keeps configurations, profiles and logs.
#[derive(Debug)]
pub struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    /// Makes one.
    pub fn new() -> io::Result<ScratchDir> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let base = std::env::temp_dir();
        for _ in 0..100 {
            let path = base.join(format!(
                "vpncert-lab-{}-{}-{:08x}",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::Relaxed),
                fastrand::u32(..)
            ));
            let mut builder = fs::DirBuilder::new();
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            match builder.create(&path) {
                Ok(()) => return Ok(ScratchDir { path }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::other(
            "cannot make a directory of the lab's own in the temporary directory",
        ))
    }
}

impl ScratchDir {
    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_cut_from_log_lines() {
        assert_eq!(
            after_timestamp("2026-12-01 09:57:24 VERIFY ERROR: depth=0"),
            "VERIFY ERROR: depth=0"
        );
        assert_eq!(after_timestamp("Options error: x"), "Options error: x");
    }

    #[test]
    fn completion_with_errors_does_not_count() {
        assert!(completed(
            "x\n2026-12-01 09:57:24 Initialization Sequence Completed\n"
        ));
        assert!(!completed(
            "2026-12-01 09:57:24 Initialization Sequence Completed With Errors\n"
        ));
    }

    #[test]
    fn a_missing_program_is_not_found() {
        let e = OpenVpn::at("/nonexistent/openvpn").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound, "{e}");
        assert!(e.to_string().contains("/nonexistent/openvpn"), "{e}");
    }

    #[test]
    fn the_attempts_parse_what_openvpn_prints() {
        let a = Attempt {
            outcome: Outcome::Connected,
            client_log: "2026-12-01 09:57:24 Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 256 bits\n\
                         2026-12-01 09:57:25 Data Channel: cipher 'AES-128-CBC', auth 'SHA1'\n\
                         2026-12-01 09:57:25 DEPRECATED OPTION: --cipher set\n"
                .into(),
            server_log: String::new(),
            elapsed: Duration::ZERO,
        };
        assert_eq!(a.data_cipher(), Some("AES-128-CBC"));
        assert_eq!(
            a.control_channel(),
            Some("TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384")
        );
        assert_eq!(a.client_warnings(), vec!["DEPRECATED OPTION: --cipher set"]);
    }
}
