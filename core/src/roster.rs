//! Keeping a VPN's people right: a roster (who should have access) planned against the
//! certificates of its SSL-VPN servers, then applied: create, revoke, rotate, hand over.
//!
//! ```no_run
//! # let client = vpncert::Client::builder().region_id("cn-hangzhou").build()?;
//! use vpncert::roster::{self, ApplyOptions, PlanOptions};
//! let people = roster::load("people.csv")?;
//! let plan = roster::plan(&client, &people, &PlanOptions::default().server("vss-emulator0001"))?;
//! for action in &plan.actions {
//!     println!("{:?} {} ({})", action.action, action.name, action.reason);
//! }
//! let report = roster::apply(&client, &plan, &ApplyOptions::new("profiles"), &mut |_| {})?;
//! # Ok::<(), vpncert::Error>(())
//! ```
//!
//! The service's state and the ClientTokens are the only truth, so `apply` can be rerun after a
//! crash at any point: every create carries a token derived from what identifies the person
//! (server, name, and, for a rotation, the certificate it replaces), so a rerun gets back the
//! certificate the first run made; a rotated-out certificate left by a killed run is planned for
//! revocation again; a person whose profile never reached the directory gets it written. The
//! audit record (`audit.jsonl`) is for people, not for correctness: a missing or damaged one
//! never causes a duplicate.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::profile::{self, DirCheck};
use crate::{
    validate, CertStatus, Client, CreateSslVpnClientCertResponse, DeleteSslVpnClientCert,
    DescribeSslVpnClientCerts, DescribeSslVpnClients, DescribeSslVpnServers, Error, ErrorKind,
    IssueClientCert, SslVpnClientCertSummary,
};

// ---------------------------------------------------------------------------------------------
// The roster file

/// One person of a roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Person {
    /// The line of the file it was read from (1-based).
    pub line: usize,
    /// The certificate name.
    pub name: String,
    /// The SSL-VPN server from the `server` column (else the plan's default applies).
    pub server: Option<String>,
    /// The other columns of the row, kept for reports (`email`, ...).
    pub columns: BTreeMap<String, String>,
}

/// Who should have access.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Roster {
    /// The people, in file order, each (server, name) once.
    pub people: Vec<Person>,
    /// Lines that repeat an earlier (server, name): `(line, first line)`.
    pub duplicates: Vec<(usize, usize)>,
}

/// Reads a roster file (see [`parse`]).
pub fn load(path: impl AsRef<Path>) -> Result<Roster, Error> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::invalid("roster", format!("{} is not UTF-8 text", path.display())))?;
    parse(&text)
}

/// Reads a roster: CSV with a header row that has a `name` column (and optionally `server`
/// and any others), or plain text with one name per line. Blank lines and lines starting with
/// `#` are ignored. Every bad row (an empty name, a name the API would refuse, a malformed
/// server id) is reported at once, naming its line, and then nothing is planned.
pub fn parse(text: &str) -> Result<Roster, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .collect();
    let header = lines.first().map(|(_, l)| split_csv(l));
    let csv = header.as_ref().is_some_and(|h| {
        h.as_ref()
            .is_ok_and(|cells| cells.iter().any(|c| c.trim().eq_ignore_ascii_case("name")))
    });
    let mut problems = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    if csv {
        let header: Vec<String> = header
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.trim().to_ascii_lowercase())
            .collect();
        for (line, text) in lines.iter().skip(1) {
            let cells = match split_csv(text) {
                Ok(c) => c,
                Err(why) => {
                    problems.push(format!("line {line}: {why}"));
                    continue;
                }
            };
            if cells.len() > header.len() {
                problems.push(format!(
                    "line {line}: {} fields, but the header names {}",
                    cells.len(),
                    header.len()
                ));
                continue;
            }
            let mut name = String::new();
            let mut server = None;
            let mut columns = BTreeMap::new();
            for (key, value) in header.iter().zip(cells) {
                match key.as_str() {
                    "name" => name = value.trim().to_owned(),
                    "server" => server = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                    _ => {
                        columns.insert(key.clone(), value);
                    }
                }
            }
            rows.push((*line, name, server, columns));
        }
    } else {
        for (line, text) in &lines {
            rows.push((*line, text.trim().to_owned(), None, BTreeMap::new()));
        }
    }
    let mut roster = Roster::default();
    let mut first: HashMap<(Option<String>, String), usize> = HashMap::new();
    for (line, name, server, columns) in rows {
        if name.is_empty() {
            problems.push(format!("line {line}: the name is empty"));
            continue;
        }
        if let Err(Error::InvalidInput { reason, .. }) = validate::name("Name", &name) {
            problems.push(format!("line {line}: the name {reason}"));
            continue;
        }
        if let Some(s) = &server {
            if let Err(Error::InvalidInput { reason, .. }) = validate::id("server", s) {
                problems.push(format!("line {line}: the server {reason}"));
                continue;
            }
        }
        let key = (server.clone(), name.clone());
        if let Some(&earlier) = first.get(&key) {
            roster.duplicates.push((line, earlier));
            continue;
        }
        first.insert(key, line);
        roster.people.push(Person {
            line,
            name,
            server,
            columns,
        });
    }
    if !problems.is_empty() {
        return Err(Error::invalid("roster", problems.join("; ")));
    }
    if roster.people.is_empty() {
        return Err(Error::invalid("roster", "names nobody"));
    }
    Ok(roster)
}

/// A row read from a roster: line, name, server, other columns.
type Row = (usize, String, Option<String>, BTreeMap<String, String>);

/// One CSV record (RFC 4180: fields separated by commas, `"` quotes a field, `""` is a quote).
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.trim().is_empty() && !was_quoted => {
                cell.clear();
                quoted = true;
                was_quoted = true;
            }
            (false, ',') => {
                cells.push(std::mem::take(&mut cell));
                was_quoted = false;
            }
            (false, c) => cell.push(c),
        }
    }
    if quoted {
        return Err("a quoted field is not closed".into());
    }
    cells.push(cell);
    Ok(cells)
}

/// The ClientToken that issues `name` on `server`: the same person always gets the same token,
/// so a rerun gets back the certificate an earlier run created. `scope` tells apart the tokens
/// of one person's successive certificates (`rotate:<the replaced certificate>`) and of the
/// CLI's named batches (`batch:<name>`). 56 ASCII characters.
pub fn client_token(server: &str, name: &str, scope: Option<&str>) -> String {
    let seed = match scope {
        None => format!("vpncert-issue:{server}:{name}"),
        Some(s) => format!("vpncert-issue:{server}:{name}:{s}"),
    };
    let digest = hex::encode(Sha256::digest(seed.as_bytes()));
    format!("vpncert-{}", &digest[..48])
}

// ---------------------------------------------------------------------------------------------
// The plan

/// What a plan does for one certificate or person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionKind {
    /// Issue a certificate for a person who has none.
    Create,
    /// Revoke a certificate (its name left the roster, or it is a duplicate, or it was rotated
    /// out).
    Revoke,
    /// Replace a certificate that expires soon: issue a new one, hand it over, then revoke the
    /// old one.
    Rotate,
    /// Nothing to do.
    Keep,
}

/// One line of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Action {
    /// What happens.
    pub action: ActionKind,
    /// The certificate name.
    pub name: String,
    /// The SSL-VPN server.
    pub ssl_vpn_server_id: String,
    /// The certificate kept, revoked or rotated out (none for a create).
    pub ssl_vpn_client_cert_id: Option<String>,
    /// Why, in words.
    pub reason: String,
    /// The roster line of the person (none for a certificate not in the roster).
    pub line: Option<usize>,
    /// The roster's other columns for the person.
    pub columns: BTreeMap<String, String>,
    /// The expiry of the certificate concerned, epoch milliseconds (0 for a create).
    pub end_time: u64,
}

/// How many actions of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Summary {
    /// Creates.
    pub create: usize,
    /// Revocations.
    pub revoke: usize,
    /// Rotations.
    pub rotate: usize,
    /// People with nothing to do.
    pub keep: usize,
}

/// What `apply` would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Plan {
    /// One action per person and per certificate to revoke, grouped by server.
    pub actions: Vec<Action>,
}

impl Plan {
    /// How many actions of each kind.
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for a in &self.actions {
            match a.action {
                ActionKind::Create => s.create += 1,
                ActionKind::Revoke => s.revoke += 1,
                ActionKind::Rotate => s.rotate += 1,
                ActionKind::Keep => s.keep += 1,
            }
        }
        s
    }

    /// The hand-over files of `action`'s person in `dir`: `NAME.ovpn` and `NAME.zip`, or,
    /// for a name the plan has on several servers (one person with access to two VPNs), the
    /// same inside a subdirectory named after the server, so that the files never collide.
    pub fn hand_over_paths(&self, dir: &Path, action: &Action) -> (PathBuf, PathBuf) {
        let elsewhere = self.actions.iter().any(|o| {
            o.name == action.name
                && o.ssl_vpn_server_id != action.ssl_vpn_server_id
                && o.action != ActionKind::Revoke
        });
        if elsewhere && action.action != ActionKind::Revoke {
            hand_over_paths(
                &dir.join(profile::file_stem(&action.ssl_vpn_server_id)),
                &action.name,
            )
        } else {
            hand_over_paths(dir, &action.name)
        }
    }

    /// Whether applying it changes anything.
    pub fn has_changes(&self) -> bool {
        self.actions.iter().any(|a| a.action != ActionKind::Keep)
    }

    /// How many certificates applying it revokes (rotations revoke the certificate they
    /// replace).
    pub fn revocations(&self) -> usize {
        self.actions
            .iter()
            .filter(|a| matches!(a.action, ActionKind::Revoke | ActionKind::Rotate))
            .count()
    }
}

/// How a plan is made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PlanOptions {
    /// The server of people whose row names none.
    pub server: Option<String>,
    /// Revoke certificates on the roster's servers whose name is not in the roster, and all
    /// but the newest when several share one roster name. Without it nothing is revoked
    /// (but for the certificates a rotation replaced).
    pub prune: bool,
    /// Rotate certificates that expire within this time (or are `expiring-soon` or
    /// `expired`).
    pub rotate_within: Option<Duration>,
}

impl PlanOptions {
    /// The default server.
    pub fn server(mut self, server: impl Into<String>) -> Self {
        self.server = Some(server.into());
        self
    }

    /// See [`PlanOptions::prune`].
    pub fn prune(mut self, prune: bool) -> Self {
        self.prune = prune;
        self
    }

    /// See [`PlanOptions::rotate_within`].
    pub fn rotate_within(mut self, within: Duration) -> Self {
        self.rotate_within = Some(within);
        self
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Whether a certificate is due for rotation.
fn due(cert: &SslVpnClientCertSummary, within: Option<Duration>, now: u64) -> Option<String> {
    let within = within?;
    if matches!(cert.status, CertStatus::Expired | CertStatus::ExpiringSoon) {
        return Some(format!("it is {}", cert.status));
    }
    let limit = now.saturating_add(within.as_millis() as u64);
    (cert.end_time > 0 && cert.end_time <= limit).then(|| {
        let days = cert.end_time.saturating_sub(now) / 86_400_000;
        format!("it expires in {days} day(s)")
    })
}

/// The order in which a person's certificates are weighed, newest first: by creation time, the
/// id breaking ties (creation times are whole seconds) so that a plan is the same every time.
/// The first is the one a person keeps.
pub fn newer_first(a: &SslVpnClientCertSummary, b: &SslVpnClientCertSummary) -> std::cmp::Ordering {
    b.create_time
        .cmp(&a.create_time)
        .then_with(|| b.ssl_vpn_client_cert_id.cmp(&a.ssl_vpn_client_cert_id))
}

/// Reads the certificates of every server the roster names (every page) and says what
/// [`apply`] would do. Changes nothing. A server column that names no server of the region is
/// an error naming its lines.
pub fn plan(client: &Client, roster: &Roster, options: &PlanOptions) -> Result<Plan, Error> {
    if let Some(s) = &options.server {
        validate::id("server", s)?;
    }
    if let Some(within) = options.rotate_within {
        validate::duration("rotate_within", within.min(crate::MAX_DURATION))?;
    }
    // Each person's server, and the servers in first-seen order.
    let mut servers: Vec<String> = Vec::new();
    let mut missing = Vec::new();
    for p in &roster.people {
        match p.server.as_ref().or(options.server.as_ref()) {
            Some(s) => {
                if !servers.contains(s) {
                    servers.push(s.clone());
                }
            }
            None => missing.push(p.line.to_string()),
        }
    }
    if !missing.is_empty() {
        return Err(Error::invalid(
            "roster",
            format!(
                "line(s) {} name no server and no default server was given (--server)",
                missing.join(", ")
            ),
        ));
    }
    let known: BTreeSet<String> = client
        .ssl_vpn_servers(&DescribeSslVpnServers::new())
        .map(|s| s.map(|s| s.ssl_vpn_server_id))
        .collect::<Result<_, _>>()?;
    let unknown: Vec<String> = roster
        .people
        .iter()
        .filter(|p| p.server.as_ref().is_some_and(|s| !known.contains(s)))
        .map(|p| {
            format!(
                "line {}: no server {}",
                p.line,
                p.server.as_deref().unwrap_or_default()
            )
        })
        .collect();
    if !unknown.is_empty() {
        return Err(Error::invalid("roster", unknown.join("; ")));
    }
    if let Some(s) = options.server.as_ref().filter(|s| !known.contains(*s)) {
        return Err(Error::invalid(
            "server",
            format!("no SSL-VPN server {s} in the region"),
        ));
    }
    let now = now_ms();
    let mut actions = Vec::new();
    for server in &servers {
        let certs: Vec<SslVpnClientCertSummary> = client
            .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new().ssl_vpn_server_id(server))
            .collect::<Result<_, _>>()?;
        let mut by_name: BTreeMap<&str, Vec<&SslVpnClientCertSummary>> = BTreeMap::new();
        for c in &certs {
            by_name.entry(c.name.as_str()).or_default().push(c);
        }
        for list in by_name.values_mut() {
            list.sort_by(|a, b| newer_first(a, b));
        }
        let people: Vec<&Person> = roster
            .people
            .iter()
            .filter(|p| p.server.as_ref().or(options.server.as_ref()) == Some(server))
            .collect();
        let names: BTreeSet<&str> = people.iter().map(|p| p.name.as_str()).collect();
        let mut revokes = Vec::new();
        for p in &people {
            let action = |kind, cert: Option<&SslVpnClientCertSummary>, reason: String| Action {
                action: kind,
                name: p.name.clone(),
                ssl_vpn_server_id: server.clone(),
                ssl_vpn_client_cert_id: cert.map(|c| c.ssl_vpn_client_cert_id.clone()),
                reason,
                line: Some(p.line),
                columns: p.columns.clone(),
                end_time: cert.map_or(0, |c| c.end_time),
            };
            let Some(held) = by_name.get(p.name.as_str()) else {
                actions.push(action(
                    ActionKind::Create,
                    None,
                    "in the roster, no certificate".into(),
                ));
                continue;
            };
            let newest = held[0];
            match due(newest, options.rotate_within, now) {
                Some(why) => {
                    let lifetime = newest.end_time.saturating_sub(newest.create_time);
                    if options.rotate_within.is_some_and(|w| {
                        newest.create_time > 0 && w.as_millis() >= u128::from(lifetime)
                    }) {
                        log::warn!(
                            "{}: the certificate of {:?} lived {} day(s) in all, within the rotation \
                             window: its replacement will be due at once, and every run rotates it",
                            server,
                            p.name,
                            lifetime / 86_400_000
                        );
                    }
                    actions.push(action(ActionKind::Rotate, Some(newest), why))
                }
                None => actions.push(action(
                    ActionKind::Keep,
                    Some(newest),
                    "in the roster, has a certificate".into(),
                )),
            }
            for older in &held[1..] {
                // A certificate a rotation replaced (an older one that is itself due, next to a
                // newer one that is not) is revoked even without --prune: a killed rotation
                // left it behind.
                // The newest may be due too (certificates that live less than the rotation
                // window): one that expires no sooner still replaced it. Either way it is
                // handed over before the older one goes.
                let rotated_out = due(older, options.rotate_within, now).is_some()
                    && (due(newest, options.rotate_within, now).is_none()
                        || newest.end_time >= older.end_time);
                if options.prune || rotated_out {
                    let why = if rotated_out {
                        format!("rotated out; replaced by {}", newest.ssl_vpn_client_cert_id)
                    } else {
                        format!("a duplicate of {} (newer)", newest.ssl_vpn_client_cert_id)
                    };
                    revokes.push(Action {
                        action: ActionKind::Revoke,
                        name: p.name.clone(),
                        ssl_vpn_server_id: server.clone(),
                        ssl_vpn_client_cert_id: Some(older.ssl_vpn_client_cert_id.clone()),
                        reason: why,
                        line: Some(p.line),
                        columns: p.columns.clone(),
                        end_time: older.end_time,
                    });
                }
            }
        }
        if options.prune {
            for (name, held) in &by_name {
                if names.contains(name) {
                    continue;
                }
                for c in held {
                    revokes.push(Action {
                        action: ActionKind::Revoke,
                        name: (*name).to_owned(),
                        ssl_vpn_server_id: server.clone(),
                        ssl_vpn_client_cert_id: Some(c.ssl_vpn_client_cert_id.clone()),
                        reason: "not in the roster".into(),
                        line: None,
                        columns: BTreeMap::new(),
                        end_time: c.end_time,
                    });
                }
            }
        }
        // A server's revocations together, so that they share its gateway's reconfiguring.
        actions.extend(revokes);
    }
    Ok(Plan { actions })
}

// ---------------------------------------------------------------------------------------------
// Applying

/// Which hand-over files `apply` writes for a new or rotated person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bundle {
    /// `NAME.ovpn`: one profile with everything inline.
    #[default]
    Ovpn,
    /// `NAME.zip`: `config.ovpn` next to `ca.crt`, `client.crt`, `client.key`.
    Zip,
    /// Both.
    Both,
}

impl Bundle {
    /// `ovpn`, `zip` or `both`.
    pub fn parse(s: &str) -> Option<Bundle> {
        match s {
            "ovpn" => Some(Bundle::Ovpn),
            "zip" => Some(Bundle::Zip),
            "both" => Some(Bundle::Both),
            _ => None,
        }
    }

    fn ovpn(self) -> bool {
        matches!(self, Bundle::Ovpn | Bundle::Both)
    }

    fn zip(self) -> bool {
        matches!(self, Bundle::Zip | Bundle::Both)
    }

    /// The files of this kind among a person's two.
    fn paths(self, ovpn: &Path, zip: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        if self.ovpn() {
            files.push(ovpn.to_owned());
        }
        if self.zip() {
            files.push(zip.to_owned());
        }
        files
    }
}

/// How a plan is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApplyOptions {
    /// Where the hand-over files go (created mode 0700).
    pub out_dir: PathBuf,
    /// The most certificates one run may revoke (default 5): past it, nothing is changed.
    pub max_revocations: usize,
    /// Which files a new or rotated person gets.
    pub bundle: Bundle,
    /// Use an existing `out_dir` that its group or others may read (else refused).
    pub allow_shared_dir: bool,
    /// Workers of the bulk engine (default [`DEFAULT_CONCURRENCY`](crate::bulk::DEFAULT_CONCURRENCY)):
    /// reads run on all of them, changes one at a time per gateway.
    pub concurrency: usize,
}

impl ApplyOptions {
    /// Hand-over files into `out_dir`; the other options at their defaults.
    pub fn new(out_dir: impl Into<PathBuf>) -> Self {
        ApplyOptions {
            out_dir: out_dir.into(),
            max_revocations: 5,
            bundle: Bundle::Ovpn,
            allow_shared_dir: false,
            concurrency: crate::bulk::DEFAULT_CONCURRENCY,
        }
    }

    /// See [`ApplyOptions::concurrency`].
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n;
        self
    }

    /// See [`ApplyOptions::max_revocations`].
    pub fn max_revocations(mut self, n: usize) -> Self {
        self.max_revocations = n;
        self
    }

    /// See [`ApplyOptions::bundle`].
    pub fn bundle(mut self, bundle: Bundle) -> Self {
        self.bundle = bundle;
        self
    }

    /// See [`ApplyOptions::allow_shared_dir`].
    pub fn allow_shared_dir(mut self, allow: bool) -> Self {
        self.allow_shared_dir = allow;
        self
    }
}

/// What happened to one action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Applied {
    /// Done (for a kept person: nothing to do).
    Done,
    /// A kept person's missing profile was written.
    Delivered,
    /// It failed (see the outcome's error).
    Failed,
    /// Not tried: an earlier failure would have failed it too (rerun to continue).
    NotAttempted,
}

/// One action, applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Outcome {
    /// What was planned.
    #[serde(flatten)]
    pub planned: Action,
    /// What happened.
    pub result: Applied,
    /// The certificate the person has now (a create's or rotation's new one).
    pub issued_cert_id: Option<String>,
    /// The hand-over files written.
    pub files: Vec<PathBuf>,
    /// The request id of the change.
    pub request_id: Option<String>,
    /// Why it failed.
    pub error: Option<String>,
}

/// What `apply` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ApplyReport {
    /// One outcome per planned action, in the plan's order.
    pub outcomes: Vec<Outcome>,
    /// Per server it revoked on: how many clients were connected before (all of them are
    /// disconnected while the gateway applies a revocation), when that could be read.
    pub connected: BTreeMap<String, usize>,
    /// The audit record appended to.
    pub audit: PathBuf,
}

impl ApplyReport {
    /// Whether any action failed or was not attempted.
    pub fn failed(&self) -> bool {
        self.outcomes
            .iter()
            .any(|o| matches!(o.result, Applied::Failed | Applied::NotAttempted))
    }
}

/// What `apply` reports while it works (for progress bars and logs).
#[derive(Debug)]
#[non_exhaustive]
pub enum Event<'a> {
    /// About to revoke on `server`, whose gateway has `connected` clients now.
    Revoking {
        /// The SSL-VPN server.
        server: &'a str,
        /// How many revocations.
        count: usize,
        /// Connected clients, when readable.
        connected: Option<usize>,
    },
    /// An action is done (or failed); `index` counts from 0 in the plan's order.
    Done {
        /// Its position.
        index: usize,
        /// How it went.
        outcome: &'a Outcome,
    },
}

/// The audit record's name in the output directory.
pub const AUDIT_FILE: &str = "audit.jsonl";

/// Errors every later change would hit too: the run stops instead of repeating them.
fn stops_the_run(e: &Error) -> bool {
    matches!(e, Error::Credentials(_))
        || matches!(
            e.api_kind(),
            Some(
                ErrorKind::AuthFailure
                    | ErrorKind::Forbidden
                    | ErrorKind::SubUserForbidden
                    | ErrorKind::RegionNotFound
                    | ErrorKind::FinancialLocked
                    | ErrorKind::QuotaFull
                    | ErrorKind::CreateLimitReached
                    | ErrorKind::ClockSkew
            )
        )
}

/// The hand-over files of `name` in `dir` (for a name that has access to one server; see
/// [`Plan::hand_over_paths`]).
pub fn hand_over_paths(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let stem = profile::file_stem(name);
    (
        dir.join(format!("{stem}.ovpn")),
        dir.join(format!("{stem}.zip")),
    )
}

/// Applies `plan` on the bulk engine ([`crate::bulk`]): the changes of each gateway one at a
/// time, creates and rotations first, each followed by a wait until the gateway is `active`
/// again; different gateways side by side; each new person's hand-over fetched and written into
/// the output directory by the pool's other workers as soon as the certificate is ready; a
/// rotation's old certificate revoked only once its replacement is handed over. Refuses,
/// changing nothing, a plan that revokes more than `max_revocations`.
pub fn apply(
    client: &Client,
    plan: &Plan,
    options: &ApplyOptions,
    progress: &mut dyn FnMut(Event<'_>),
) -> Result<ApplyReport, Error> {
    let revocations = plan.revocations();
    if revocations > options.max_revocations {
        return Err(Error::invalid(
            "max_revocations",
            format!(
                "the plan revokes {revocations} certificate(s), more than the {} allowed; nothing was changed (raise the limit to go ahead)",
                options.max_revocations
            ),
        ));
    }
    let workers = crate::bulk::check_concurrency(options.concurrency)?;
    if let DirCheck::Shared(mode) = profile::private_dir(&options.out_dir)? {
        if !options.allow_shared_dir {
            return Err(Error::invalid(
                "out_dir",
                format!(
                    "{} can be read or written by its group or others (mode {mode:04o}), and \
                     hand-over files hold private keys",
                    options.out_dir.display()
                ),
            ));
        }
        log::warn!(
            "{} is not private (mode {mode:04o})",
            options.out_dir.display()
        );
    }
    // What a killed run left half-written: files found in place below are not written again.
    profile::remove_interrupted_writes_in(&options.out_dir);
    let mut subdirs: BTreeSet<PathBuf> = BTreeSet::new();
    for a in &plan.actions {
        let (ovpn, _) = plan.hand_over_paths(&options.out_dir, a);
        if let Some(dir) = ovpn.parent().filter(|d| *d != options.out_dir) {
            if subdirs.insert(dir.to_owned()) {
                profile::remove_interrupted_writes_in(dir);
            }
        }
    }
    let audit_path = options.out_dir.join(AUDIT_FILE);
    let job = Job {
        client,
        plan,
        options,
        audit: Mutex::new(Audit::open(&audit_path)?),
        stopped: Mutex::new(None),
        lanes: lanes(client, plan),
        announced: Mutex::new(BTreeSet::new()),
        revocations_per_server: revocations_per_server(plan),
        followers: followers(plan),
        delivered: Mutex::new(HashSet::new()),
        revoked: Mutex::new(revoked_in(&audit_path)),
        settler: crate::bulk::Settler::default(),
    };
    let job = &job;

    let mut outcomes: Vec<Option<Outcome>> = vec![None; plan.actions.len()];
    let mut connected = BTreeMap::new();
    crate::bulk::run(
        workers,
        |scope| {
            // Creates and rotations queue ahead of the revocations of their lane.
            for (i, a) in plan.actions.iter().enumerate() {
                match a.action {
                    ActionKind::Create | ActionKind::Rotate => {
                        scope.change(job.lane(a), move |scope| job.issue(scope, i, a));
                    }
                    ActionKind::Keep => scope.read(move |scope| {
                        let outcome = job.keep(a);
                        let handed = matches!(outcome.result, Applied::Done | Applied::Delivered);
                        scope.emit(Progress::Done(i, Box::new(outcome)));
                        job.release_followers(scope, i, handed);
                    }),
                    ActionKind::Revoke => {}
                }
            }
            let following: BTreeSet<usize> = job.followers.values().flatten().copied().collect();
            for (i, a) in plan.actions.iter().enumerate() {
                if a.action == ActionKind::Revoke && !following.contains(&i) {
                    scope.change(job.lane(a), move |scope| job.revoke(scope, i, a));
                }
            }
        },
        |event| match event {
            Progress::Done(i, outcome) => {
                progress(Event::Done {
                    index: i,
                    outcome: &outcome,
                });
                outcomes[i] = Some(*outcome);
            }
            Progress::Revoking(server, connected_now) => {
                if let Some(n) = connected_now {
                    connected.insert(server.to_owned(), n);
                }
                progress(Event::Revoking {
                    server,
                    count: job.revocations_per_server.get(server).copied().unwrap_or(0),
                    connected: connected_now,
                });
            }
        },
    );
    let outcomes = outcomes
        .into_iter()
        .zip(&plan.actions)
        .map(|(o, a)| o.unwrap_or_else(|| not_attempted(a, "not reached")))
        .collect();
    Ok(ApplyReport {
        outcomes,
        connected,
        audit: audit_path,
    })
}

/// What the engine's tasks report to `apply`'s thread.
enum Progress<'a> {
    Done(usize, Box<Outcome>),
    Revoking(&'a str, Option<usize>),
}

/// The revocations of a roster person's other certificates (duplicates, ones a rotation
/// replaced), by the index of the person's keep or rotation: they wait for its hand-over.
fn followers(plan: &Plan) -> HashMap<usize, Vec<usize>> {
    let mut out: HashMap<usize, Vec<usize>> = HashMap::new();
    for (j, b) in plan.actions.iter().enumerate() {
        if b.action != ActionKind::Revoke || b.line.is_none() {
            continue;
        }
        let held = plan.actions.iter().position(|a| {
            matches!(a.action, ActionKind::Keep | ActionKind::Rotate)
                && a.name == b.name
                && a.ssl_vpn_server_id == b.ssl_vpn_server_id
        });
        if let Some(i) = held {
            out.entry(i).or_default().push(j);
        }
    }
    out
}

/// One server's lane: the gateway it runs on, when that could be read.
struct LaneOf {
    key: String,
    gateway: Option<String>,
}

/// The lane of each server the plan changes: its gateway, read once.
fn lanes(client: &Client, plan: &Plan) -> HashMap<String, LaneOf> {
    let mut lanes = HashMap::new();
    for a in &plan.actions {
        if a.action == ActionKind::Keep || lanes.contains_key(&a.ssl_vpn_server_id) {
            continue;
        }
        let gateway = match client.gateway_of_server(&a.ssl_vpn_server_id, None) {
            Ok(g) => g,
            Err(e) => {
                // The changes themselves will say what is wrong; only the waits are lost.
                log::info!("cannot read the gateway of {}: {e}", a.ssl_vpn_server_id);
                None
            }
        };
        let key = gateway
            .clone()
            .unwrap_or_else(|| format!("server:{}", a.ssl_vpn_server_id));
        lanes.insert(a.ssl_vpn_server_id.clone(), LaneOf { key, gateway });
    }
    lanes
}

fn revocations_per_server(plan: &Plan) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for a in &plan.actions {
        if matches!(a.action, ActionKind::Revoke | ActionKind::Rotate) {
            *counts.entry(a.ssl_vpn_server_id.clone()).or_insert(0) += 1;
        }
    }
    counts
}

/// What every task of one `apply` shares.
struct Job<'a> {
    client: &'a Client,
    plan: &'a Plan,
    options: &'a ApplyOptions,
    audit: Mutex<Audit>,
    /// Why the run stopped, once a failure every later change would repeat happened.
    stopped: Mutex<Option<String>>,
    lanes: HashMap<String, LaneOf>,
    /// Servers whose connected clients were counted before their first revocation.
    announced: Mutex<BTreeSet<String>>,
    revocations_per_server: HashMap<String, usize>,
    /// The revocations that wait for a person's hand-over (by the index of their keep or
    /// rotation): a person's other certificates go only once the one they keep is delivered.
    followers: HashMap<usize, Vec<usize>>,
    /// The certificates this run handed over: never revoked by it, whatever the plan says (a
    /// rotation's create can answer with a certificate the plan took for an older one: two
    /// made in the same second sort by id, and a token answers with what it made before).
    delivered: Mutex<HashSet<String>>,
    /// The certificates revoked so far, by this run and (from the audit record) earlier ones.
    revoked: Mutex<HashSet<String>>,
    settler: crate::bulk::Settler,
}

type Scope<'s, 'a> = crate::bulk::Scope<'s, 'a, Progress<'a>>;

impl<'a> Job<'a> {
    fn lane<'s>(&'s self, a: &'s Action) -> &'s str {
        self.lanes
            .get(&a.ssl_vpn_server_id)
            .map_or(a.ssl_vpn_server_id.as_str(), |l| l.key.as_str())
    }

    fn gateway(&self, a: &Action) -> Option<&str> {
        self.lanes
            .get(&a.ssl_vpn_server_id)
            .and_then(|l| l.gateway.as_deref())
    }

    /// The per-server subdirectory a hand-over goes to, made private, when it is one.
    fn server_dir(&self, file: &Path) -> Result<(), Error> {
        match file.parent() {
            Some(dir) if dir != self.options.out_dir => profile::private_dir(dir).map(drop),
            _ => Ok(()),
        }
    }

    fn stopped(&self) -> Option<String> {
        lock(&self.stopped).clone()
    }

    fn stop(&self, why: String) {
        lock(&self.stopped).get_or_insert(why);
    }

    /// After a change: the lane's gateway applies it before the lane's next change.
    fn settle(&self, a: &Action, change: &str) {
        if let Some(gateway) = self.gateway(a) {
            if let Err(e) = self.settler.settle(
                self.client,
                gateway,
                change,
                self.client.configuring_budget(),
            ) {
                // The next change of the lane waits out VpnGateway.Configuring instead.
                log::warn!("{gateway}: {e}");
            }
        }
    }

    /// A create or a rotation's create (a change), then its hand-over (a read).
    fn issue(&'a self, scope: &Scope<'_, 'a>, i: usize, a: &'a Action) {
        if let Some(why) = self.stopped() {
            scope.emit(Progress::Done(i, Box::new(not_attempted(a, &why))));
            return;
        }
        let scoped = match a.action {
            ActionKind::Rotate => Some(format!(
                "rotate:{}",
                a.ssl_vpn_client_cert_id.as_deref().unwrap_or_default()
            )),
            _ => None,
        };
        let mut scoped = scoped;
        let mut tries = 0;
        let (request, created) = loop {
            let request = IssueClientCert::new(&a.ssl_vpn_server_id, &a.name).client_token(
                client_token(&a.ssl_vpn_server_id, &a.name, scoped.as_deref()),
            );
            match self.client.issue_create(&request) {
                // The token answered with what it made before, which has since been revoked
                // (the person left and is back): issue anew under a token derived from the
                // revoked certificate, so that a rerun gets the same new one.
                Ok(c) if tries < 4 && lock(&self.revoked).contains(&c.ssl_vpn_client_cert_id) => {
                    log::info!(
                        "{:?}: its token's certificate {} was revoked; issuing a new one",
                        a.name,
                        c.ssl_vpn_client_cert_id
                    );
                    scoped = Some(format!("reissue:{}", c.ssl_vpn_client_cert_id));
                    tries += 1;
                }
                other => break (request, other),
            }
        };
        let created = match created {
            Ok(c) => {
                // The change is recorded when it is made, with its own request id: a hand-over
                // that fails afterwards leaves a certificate the record must still show.
                let kind = if a.action == ActionKind::Rotate {
                    "rotate"
                } else {
                    "create"
                };
                lock(&self.audit).record(a, kind, &c.ssl_vpn_client_cert_id, &c.request_id);
                c
            }
            Err(e) => {
                if stops_the_run(&e) {
                    self.stop(format!(
                        "stopped after {} failed; rerun to continue",
                        a.name
                    ));
                }
                scope.emit(Progress::Done(i, Box::new(failed(a, &e))));
                return;
            }
        };
        scope.read(move |scope| {
            let outcome = self.hand_over(&request, &created, a);
            let handed = outcome.result == Applied::Done;
            scope.emit(Progress::Done(i, Box::new(outcome)));
            if handed && a.action == ActionKind::Rotate {
                scope.change(self.lane(a), move |scope| self.revoke(scope, i, a));
            }
            self.release_followers(scope, i, handed);
        });
        self.settle(a, "create");
    }

    /// Once the hand-over of action `i` is settled: the person's other certificates are revoked
    /// when it was delivered, and left alone (with a word why) when it was not, so that nobody
    /// loses access before holding their new profile.
    fn release_followers(&'a self, scope: &Scope<'_, 'a>, i: usize, handed: bool) {
        for &j in self.followers.get(&i).into_iter().flatten() {
            let b = &self.plan.actions[j];
            if handed {
                scope.change(self.lane(b), move |scope| self.revoke(scope, j, b));
            } else {
                let why = "not revoked: the hand-over of the certificate kept in its place failed";
                scope.emit(Progress::Done(j, Box::new(not_attempted(b, why))));
            }
        }
    }

    /// Fetches a new certificate once it is `normal` and writes its hand-over files.
    fn hand_over(
        &self,
        request: &IssueClientCert,
        created: &CreateSslVpnClientCertResponse,
        a: &Action,
    ) -> Outcome {
        let id = created.ssl_vpn_client_cert_id.as_str();
        let (ovpn, zip) = self.plan.hand_over_paths(&self.options.out_dir, a);
        let result = (|| {
            let deadline = std::time::Instant::now() + request.ready_timeout;
            let mut issued = self.client.issue_ready(request, id, deadline)?;
            self.client.fill_server_settings(&mut issued)?;
            self.server_dir(&ovpn)?;
            write_files(&issued, &ovpn, &zip, self.options.bundle, a)
        })();
        match result {
            Ok(()) => {
                lock(&self.delivered).insert(id.to_owned());
                Outcome {
                    planned: a.clone(),
                    result: Applied::Done,
                    issued_cert_id: Some(id.to_owned()),
                    files: self.options.bundle.paths(&ovpn, &zip),
                    request_id: Some(created.request_id.clone()),
                    error: None,
                }
            }
            Err(e) => {
                let mut o = failed(a, &e);
                // The certificate exists: a rerun gets it back by its token.
                o.issued_cert_id = Some(id.to_owned());
                o
            }
        }
    }

    /// A kept person: their hand-over written again when it never reached the directory (a
    /// killed run).
    fn keep(&self, a: &Action) -> Outcome {
        let (ovpn, zip) = self.plan.hand_over_paths(&self.options.out_dir, a);
        let id = a.ssl_vpn_client_cert_id.as_deref().unwrap_or_default();
        let which = self.options.bundle;
        // Each file asked for must hold this certificate: a run killed in a rotation leaves the
        // replaced certificate's files, and one killed between the two files leaves one.
        let holds = |owner: Option<profile::ProfileOwner>| {
            owner.is_some_and(|o| o.ssl_vpn_client_cert_id == id)
        };
        let delivered = (!which.ovpn() || holds(profile::read_profile_owner(&ovpn)))
            && (!which.zip() || holds(profile::read_zip_owner(&zip)));
        let done = |result, files| Outcome {
            planned: a.clone(),
            result,
            issued_cert_id: Some(id.to_owned()),
            files,
            request_id: None,
            error: None,
        };
        if delivered {
            lock(&self.delivered).insert(id.to_owned());
            return done(Applied::Done, Vec::new());
        }
        if let Some(why) = self.stopped() {
            return not_attempted(a, &why);
        }
        let result = (|| {
            let mut bundle = self.client.describe_ssl_vpn_client_cert(id)?;
            self.client.fill_server_settings(&mut bundle)?;
            self.server_dir(&ovpn)?;
            write_files(&bundle, &ovpn, &zip, which, a)
        })();
        match result {
            Ok(()) => {
                lock(&self.delivered).insert(id.to_owned());
                done(Applied::Delivered, which.paths(&ovpn, &zip))
            }
            Err(e) => {
                if stops_the_run(&e) {
                    self.stop(format!(
                        "stopped after {} failed; rerun to continue",
                        a.name
                    ));
                }
                failed(a, &e)
            }
        }
    }

    /// A revocation (a change), the server's connected clients counted before its first one.
    fn revoke(&self, scope: &Scope<'_, 'a>, i: usize, a: &'a Action) {
        let plain = a.action == ActionKind::Revoke;
        if let Some(why) = self.stopped() {
            if plain {
                scope.emit(Progress::Done(i, Box::new(not_attempted(a, &why))));
            }
            return;
        }
        let Some(id) = &a.ssl_vpn_client_cert_id else {
            return;
        };
        if lock(&self.delivered).contains(id) {
            log::warn!(
                "{id} of {:?} is the certificate this run handed over; not revoked",
                a.name
            );
            if plain {
                let mut kept = not_attempted(a, "");
                kept.result = Applied::Done;
                kept.error = None;
                scope.emit(Progress::Done(i, Box::new(kept)));
            }
            return;
        }
        if lock(&self.announced).insert(a.ssl_vpn_server_id.clone()) {
            let count = connected_clients(self.client, self.gateway(a));
            scope.emit(Progress::Revoking(&a.ssl_vpn_server_id, count));
        }
        let mut request = DeleteSslVpnClientCert::new(id);
        if self.gateway(a).is_none() {
            // No gateway to watch: the certificate's disappearance is the sign left.
            request = request.wait_until_gone(Duration::from_secs(180));
        }
        match self.client.delete_ssl_vpn_client_cert(&request) {
            Ok(outcome) => {
                lock(&self.revoked).insert(id.clone());
                lock(&self.audit).record(a, "revoke", id, outcome.request_id());
                if plain {
                    scope.emit(Progress::Done(
                        i,
                        Box::new(Outcome {
                            planned: a.clone(),
                            result: Applied::Done,
                            issued_cert_id: None,
                            files: Vec::new(),
                            request_id: Some(outcome.request_id().to_owned()),
                            error: None,
                        }),
                    ));
                }
                self.settle(a, "delete");
            }
            Err(e) => {
                if stops_the_run(&e) {
                    self.stop(format!(
                        "stopped after revoking {id} failed; rerun to continue"
                    ));
                }
                scope.emit(Progress::Done(i, Box::new(failed(a, &e))));
            }
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn not_attempted(a: &Action, why: &str) -> Outcome {
    Outcome {
        planned: a.clone(),
        result: Applied::NotAttempted,
        issued_cert_id: None,
        files: Vec::new(),
        request_id: None,
        error: Some(why.to_owned()),
    }
}

fn failed(a: &Action, e: &Error) -> Outcome {
    Outcome {
        planned: a.clone(),
        result: Applied::Failed,
        issued_cert_id: None,
        files: Vec::new(),
        request_id: e.as_api().map(|x| x.request_id.clone()),
        error: Some(e.to_string()),
    }
}

/// Writes the hand-over files of one person. An existing file is replaced only when it is this
/// person's (its owner line names the same server and name): another person's file, or one
/// vpncert did not write, is never overwritten.
fn write_files(
    bundle: &crate::SslVpnClientCertBundle,
    ovpn: &Path,
    zip: &Path,
    which: Bundle,
    a: &Action,
) -> Result<(), Error> {
    let ours = |path: &Path, owner: fn(&Path) -> Option<profile::ProfileOwner>| {
        if path.symlink_metadata().is_err() {
            return Ok(false);
        }
        match owner(path) {
            Some(o) if o.is_for(&a.ssl_vpn_server_id, &a.name) => Ok(true),
            _ => Err(Error::Io {
                path: path.display().to_string(),
                kind: std::io::ErrorKind::AlreadyExists,
                message: format!(
                    "exists and is not the profile of {:?} on {}; not replaced",
                    a.name, a.ssl_vpn_server_id
                ),
            }),
        }
    };
    if which.ovpn() {
        let replace = ours(ovpn, |p| profile::read_profile_owner(p))?;
        bundle.write_ovpn(ovpn, replace)?;
    }
    if which.zip() {
        let replace = ours(zip, |p| profile::read_zip_owner(p))?;
        bundle.write_zip(zip, replace)?;
    }
    Ok(())
}

/// How many clients are connected to a gateway now, when that can be read.
fn connected_clients(client: &Client, gateway: Option<&str>) -> Option<usize> {
    let gateway = gateway?;
    match client
        .ssl_vpn_clients(&DescribeSslVpnClients::new(gateway))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(list) => Some(list.len()),
        Err(e) => {
            log::info!("cannot list the clients of {gateway}: {e}");
            None
        }
    }
}

/// The certificates an audit record says were revoked. A missing or damaged record is an
/// empty or partial set: it only makes a returning person's create wait for a certificate that
/// is gone (an error), never a second certificate.
fn revoked_in(path: &Path) -> HashSet<String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return HashSet::new();
    };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["action"] == "revoke")
        .filter_map(|v| v["ssl_vpn_client_cert_id"].as_str().map(str::to_owned))
        .collect()
}

/// The audit record: one JSON line per change, appended (mode 0600), never a key.
struct Audit {
    file: Option<std::fs::File>,
    path: PathBuf,
}

impl Audit {
    fn open(path: &Path) -> Result<Audit, Error> {
        let mut opts = std::fs::OpenOptions::new();
        opts.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(path).map_err(|e| Error::io(path, &e))?;
        Ok(Audit {
            file: Some(file),
            path: path.to_owned(),
        })
    }

    fn record(&mut self, a: &Action, action: &str, cert_id: &str, request_id: &str) {
        let time = crate::sign::format_timestamp(SystemTime::now());
        let line = serde_json::json!({
            "time": time,
            "action": action,
            "name": a.name,
            "ssl_vpn_server_id": a.ssl_vpn_server_id,
            "ssl_vpn_client_cert_id": cert_id,
            "replaced": if action == "rotate" { a.ssl_vpn_client_cert_id.clone() } else { None },
            "request_id": request_id,
        });
        if let Some(f) = &mut self.file {
            // The record is for people; failing to write it must not fail the change it records.
            if let Err(e) = writeln!(f, "{line}").and_then(|()| f.sync_data()) {
                log::warn!("cannot append to {}: {e}", self.path.display());
                self.file = None;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Expiry

/// A certificate that expires soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Expiring {
    /// The certificate.
    pub certificate: SslVpnClientCertSummary,
    /// Whole days left (0 when expired or expiring today).
    pub days_left: u64,
}

/// Every certificate (of `servers`, or of the region) that expires within `within`, soonest
/// first.
pub fn expiring(
    client: &Client,
    servers: &[String],
    within: Duration,
) -> Result<Vec<Expiring>, Error> {
    let now = now_ms();
    let limit = now.saturating_add(within.as_millis().min(u64::MAX as u128) as u64);
    let filters: Vec<DescribeSslVpnClientCerts> = if servers.is_empty() {
        vec![DescribeSslVpnClientCerts::new()]
    } else {
        servers
            .iter()
            .map(|s| DescribeSslVpnClientCerts::new().ssl_vpn_server_id(s))
            .collect()
    };
    let mut out = Vec::new();
    for filter in filters {
        for cert in client.ssl_vpn_client_certs(&filter) {
            let cert = cert?;
            if cert.end_time > 0 && cert.end_time <= limit {
                let days_left = cert.end_time.saturating_sub(now) / 86_400_000;
                out.push(Expiring {
                    certificate: cert,
                    days_left,
                });
            }
        }
    }
    out.sort_by_key(|e| e.certificate.end_time);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(r: Result<Roster, Error>) -> String {
        match r {
            Err(Error::InvalidInput { parameter, reason }) if parameter == "roster" => reason,
            other => panic!("expected a roster error, got {other:?}"),
        }
    }

    #[test]
    fn plain_text_rosters() {
        let r = parse("\u{feff}# people\nalice\n\n  bob  \nalice\n").unwrap();
        let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["alice", "bob"]);
        assert_eq!(r.people[1].line, 4);
        assert_eq!(r.duplicates, [(5, 2)]);
    }

    #[test]
    fn csv_rosters_keep_their_columns() {
        let r = parse("Name,email,server\nalice,a@example.com,vss-1\n\"Doe, Jane\",\"j\"\"d@x\",\nbob,,vss-2\n").unwrap();
        assert_eq!(r.people.len(), 3);
        assert_eq!(r.people[0].server.as_deref(), Some("vss-1"));
        assert_eq!(r.people[1].name, "Doe, Jane");
        assert_eq!(r.people[1].columns["email"], "j\"d@x");
        assert_eq!(r.people[1].server, None);
        assert_eq!(r.people[2].line, 4);
    }

    #[test]
    fn every_bad_row_is_named() {
        let why = reason(parse(
            "name,server\n,vss-1\nhttps://x,vss-1\nok,vss 1\n\"open\n",
        ));
        for want in [
            "line 2: the name is empty",
            "line 3: the name",
            "line 4: the server",
            "line 5: a quoted",
        ] {
            assert!(why.contains(want), "{want} missing from {why}");
        }
        assert!(reason(parse("# nobody\n\n")).contains("names nobody"));
        assert!(reason(parse("a\u{7}b\n")).contains("line 1"));
    }

    #[test]
    fn tokens_are_stable_scoped_and_compatible() {
        // The CLI's bulk issue made these tokens before the roster existed: reruns of old
        // invocations must keep getting the same certificates.
        assert_eq!(
            client_token("vss-1", "alice", None),
            "vpncert-7128e42f4355f09e924f65b45ffe42646cbfa6cae1a15ecd"
        );
        let rotate = client_token("vss-1", "alice", Some("rotate:vsc-old"));
        assert_ne!(rotate, client_token("vss-1", "alice", None));
        assert_eq!(
            rotate,
            client_token("vss-1", "alice", Some("rotate:vsc-old"))
        );
        assert!(rotate.len() <= 64 && rotate.is_ascii());
    }
}
