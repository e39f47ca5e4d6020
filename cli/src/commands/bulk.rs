//! `vpncert issue --names-from FILE --out-dir DIR`: onboarding many people, safe to rerun.
//!
//! Each name's ClientToken is derived from the server and the name, so a rerun after an
//! interruption gets back the certificate the first run created instead of a second one, and
//! names whose profile is already in DIR are not asked for again. "Already there" means the
//! file's owner line names that server and that name: a file that is someone else's profile
//! (or no profile of ours) is never taken for it. A name that already has a certificate on the
//! server (made by an earlier run elsewhere, by hand, or by `vpncert apply`) is adopted, as
//! `apply` adopts it: its profile is written, and no second certificate is made.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use vpncert::{DescribeSslVpnClientCerts, ErrorKind, IssueClientCert};

use crate::args::GlobalArgs;
use crate::failure::{Class, Failure};
use crate::output::{printable, table, Printer};
use crate::{files, names, token};

pub struct Job<'a> {
    pub server: &'a str,
    pub names_from: &'a Path,
    pub out_dir: &'a Path,
    pub batch: Option<&'a str>,
    pub force: bool,
    pub concurrency: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    /// Created (or found again by its ClientToken) and its profile written.
    Issued,
    /// Its profile (by its owner line) was already in the output directory; nothing was asked.
    Present,
    /// It had a certificate on the server already (the newest, when several): its profile was
    /// written, and nothing was created.
    Adopted,
    /// The name repeats an earlier line; issued once.
    Duplicate,
    /// Issuing or writing failed.
    Failed,
    /// Not tried: an earlier failure would have failed it too (rerun to continue).
    NotAttempted,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Outcome::Issued => "issued",
            Outcome::Present => "present",
            Outcome::Adopted => "adopted",
            Outcome::Duplicate => "duplicate",
            Outcome::Failed => "FAILED",
            Outcome::NotAttempted => "not attempted",
        }
    }
}

#[derive(Debug, Serialize)]
struct Item {
    name: String,
    line: usize,
    result: Outcome,
    ssl_vpn_client_cert_id: Option<String>,
    profile: Option<String>,
    duplicate_of_line: Option<usize>,
    /// Why a name was not attempted.
    note: Option<String>,
    error: Option<Failure>,
}

impl Item {
    fn new(name: &str, line: usize, result: Outcome) -> Self {
        Item {
            name: name.to_owned(),
            line,
            result,
            ssl_vpn_client_cert_id: None,
            profile: None,
            duplicate_of_line: None,
            note: None,
            error: None,
        }
    }

    fn detail(&self) -> String {
        if let Some(e) = &self.error {
            return e.line();
        }
        if let Some(first) = self.duplicate_of_line {
            return format!("same as line {first}");
        }
        self.note
            .clone()
            .or_else(|| self.profile.clone())
            .unwrap_or_default()
    }
}

#[derive(Debug, Serialize)]
struct Summary {
    ssl_vpn_server_id: String,
    out_dir: String,
    issued: usize,
    present: usize,
    adopted: usize,
    duplicates: usize,
    failed: usize,
    not_attempted: usize,
    results: Vec<Item>,
}

impl Summary {
    fn new(job: &Job<'_>, mut results: Vec<Item>) -> Self {
        results.sort_by_key(|i| i.line);
        let count = |o: Outcome| results.iter().filter(|i| i.result == o).count();
        Summary {
            ssl_vpn_server_id: job.server.to_owned(),
            out_dir: job.out_dir.display().to_string(),
            issued: count(Outcome::Issued),
            present: count(Outcome::Present),
            adopted: count(Outcome::Adopted),
            duplicates: count(Outcome::Duplicate),
            failed: count(Outcome::Failed),
            not_attempted: count(Outcome::NotAttempted),
            results,
        }
    }

    fn text(&self) -> String {
        let rows: Vec<Vec<String>> = self
            .results
            .iter()
            .map(|i| {
                vec![
                    i.name.clone(),
                    i.result.label().to_owned(),
                    i.ssl_vpn_client_cert_id.clone().unwrap_or_default(),
                    i.detail(),
                ]
            })
            .collect();
        let mut out = table(&["NAME", "RESULT", "CERT ID", "PROFILE / DETAIL"], &rows);
        out.push_str(&format!(
            "\n{} issued, {} already present, {} adopted, {} duplicate, {} failed, {} not attempted\n",
            self.issued, self.present, self.adopted, self.duplicates, self.failed, self.not_attempted
        ));
        out
    }
}

/// Errors that every later name would hit too: stop instead of repeating them.
fn stops_the_batch(f: &Failure, e_kind: Option<ErrorKind>) -> bool {
    f.class == Class::Environment
        || matches!(
            e_kind,
            Some(
                ErrorKind::AuthFailure
                    | ErrorKind::Forbidden
                    | ErrorKind::SubUserForbidden
                    | ErrorKind::SslVpnServerNotFound
                    | ErrorKind::RegionNotFound
                    | ErrorKind::FinancialLocked
                    | ErrorKind::QuotaFull
                    | ErrorKind::CreateLimitReached
                    | ErrorKind::ClockSkew
            )
        )
}

/// Shows progress: a bar on a terminal, else one line per name on stderr.
struct Progress {
    bar: Option<ProgressBar>,
    total: usize,
    finished: std::cell::Cell<usize>,
}

impl Progress {
    fn new(total: usize) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total as u64);
            if let Ok(style) =
                ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {wide_msg}")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(120));
            crate::interrupt::show_bar(&bar);
            bar
        });
        Progress {
            bar,
            total,
            finished: std::cell::Cell::new(0),
        }
    }

    fn done(&self, item: &Item) {
        self.finished.set(self.finished.get() + 1);
        let line = format!(
            "[{}/{}] {}: {} {}",
            self.finished.get(),
            self.total,
            printable(&item.name),
            item.result.label(),
            printable(&item.detail())
        );
        match &self.bar {
            Some(bar) => {
                if item.result == Outcome::Failed {
                    bar.println(line.trim_end());
                }
                bar.set_message(printable(&item.name).into_owned());
                bar.inc(1);
            }
            None => {
                // A closed stderr must not stop the batch.
                let _ = writeln!(std::io::stderr().lock(), "vpncert: {}", line.trim_end());
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            crate::interrupt::hide_bar();
            bar.finish_and_clear();
        }
    }
}

fn read_names(path: &Path) -> Result<names::Names, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::usage("NamesFile", format!("cannot read {}: {e}", path.display())))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Failure::usage("NamesFile", format!("{} is not UTF-8 text", path.display()))
    })?;
    let names = names::parse(&text);
    if names.names.is_empty() {
        return Err(Failure::usage(
            "NamesFile",
            format!("{} contains no names", path.display()),
        ));
    }
    Ok(names)
}

pub fn run(job: &Job<'_>, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let names = read_names(job.names_from)?;
    for d in &names.duplicates {
        log::warn!(
            "{}:{}: {:?} repeats line {}; it is issued once",
            job.names_from.display(),
            d.line,
            d.name,
            d.first_line
        );
    }
    let client = crate::client::build_bulk(global)?;
    files::private_out_dir(job.out_dir, job.force)?;
    // What a killed run left half-written: profiles found in place are not written again.
    vpncert::profile::remove_interrupted_writes_in(job.out_dir);
    crate::interrupt::resumable();

    let mut results: Vec<Item> = names
        .duplicates
        .iter()
        .map(|d| {
            let mut item = Item::new(&d.name, d.line, Outcome::Duplicate);
            item.duplicate_of_line = Some(d.first_line);
            item
        })
        .collect();
    // Two names that map to one file would share a profile. Compared without case, because on
    // a case-insensitive file system `Alice.ovpn` would find `alice.ovpn` and skip as present.
    let mut file_owner: HashMap<String, usize> = HashMap::new();
    let progress = Progress::new(names.names.len());
    // Everything decided locally first; the rest is issued on the bulk engine.
    let mut pending: Vec<(Item, std::path::PathBuf)> = Vec::new();
    for entry in &names.names {
        let file_name = files::profile_file_name(&entry.name);
        let path = job.out_dir.join(&file_name);
        if let Some(first) = file_owner.get(&file_name.to_lowercase()) {
            let mut item = Item::new(&entry.name, entry.line, Outcome::Failed);
            item.error = Some(Failure::usage(
                "FileNameCollision",
                format!("its profile {file_name} is also the profile of line {first}; rename one"),
            ));
            progress.done(&item);
            results.push(item);
            continue;
        }
        file_owner.insert(file_name.to_lowercase(), entry.line);
        match already_there(job, &entry.name, entry.line, &path) {
            Some(item) => {
                progress.done(&item);
                results.push(item);
            }
            None => pending.push((Item::new(&entry.name, entry.line, Outcome::Issued), path)),
        }
    }
    // Names that already have a certificate on the server get it, not a second one.
    let held = if pending.is_empty() {
        HashMap::new()
    } else {
        certificates_by_name(&client, job.server)?
    };
    let mut to_issue = Vec::with_capacity(pending.len());
    for (mut item, path) in pending {
        match held.get(&item.name) {
            Some(id) => {
                let result = client
                    .describe_ssl_vpn_client_cert(id)
                    .and_then(|mut bundle| {
                        client.fill_server_settings(&mut bundle)?;
                        Ok(bundle)
                    });
                hand_over(job, &mut item, &path, result);
                if item.result == Outcome::Issued {
                    item.result = Outcome::Adopted;
                }
                progress.done(&item);
                results.push(item);
            }
            None => to_issue.push((item, path)),
        }
    }
    let mut pending = to_issue;
    let requests: Vec<IssueClientCert> = pending
        .iter()
        .map(|(item, _)| {
            IssueClientCert::new(job.server, &item.name)
                .client_token(token::issue_token(job.server, &item.name, job.batch))
        })
        .collect();
    let mut stopped: Option<String> = None;
    // The same test as on each item's failure below, decided in the engine at once.
    let stops = |e: &vpncert::Error| {
        use vpncert::Error as E;
        matches!(
            e,
            E::Credentials(_) | E::Transport(_) | E::Timeout(_) | E::Decode { .. }
        ) || stops_the_batch(&Failure::usage("", ""), e.api_kind())
    };
    vpncert::bulk::issue_all(&client, &requests, job.concurrency, stops, |i, result| {
        let (item, path) = &mut pending[i];
        match result {
            None => {
                item.result = Outcome::NotAttempted;
                item.note = stopped.clone();
            }
            Some(result) => {
                let kind = result.as_ref().err().and_then(vpncert::Error::api_kind);
                hand_over(job, item, path, result);
                if let Some(e) = item.error.as_ref().filter(|e| stops_the_batch(e, kind)) {
                    stopped.get_or_insert_with(|| {
                        format!(
                            "stopped after line {} failed with {}; rerun to continue",
                            item.line, e.code
                        )
                    });
                }
            }
        }
        progress.done(item);
        stopped.is_none()
    })?;
    progress.finish();
    results.extend(pending.into_iter().map(|(item, _)| item));

    let summary = Summary::new(job, results);
    out.result(&summary, || summary.text());
    batch_result(&summary)
}

/// The certificate each name on `server` keeps, as `plan` picks it (every page).
fn certificates_by_name(
    client: &vpncert::Client,
    server: &str,
) -> Result<HashMap<String, String>, Failure> {
    let mut kept: HashMap<String, vpncert::SslVpnClientCertSummary> = HashMap::new();
    for c in
        client.ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new().ssl_vpn_server_id(server))
    {
        let c = c?;
        match kept.get(&c.name) {
            Some(k) if vpncert::roster::newer_first(k, &c).is_le() => {}
            _ => {
                kept.insert(c.name.clone(), c);
            }
        }
    }
    Ok(kept
        .into_iter()
        .map(|(name, c)| (name, c.ssl_vpn_client_cert_id))
        .collect())
}

/// Success when nothing failed; else the exit class all failures share (1 when they differ).
fn batch_result(summary: &Summary) -> Result<(), Failure> {
    let failures: Vec<&Failure> = summary
        .results
        .iter()
        .filter(|i| i.result == Outcome::Failed)
        .filter_map(|i| i.error.as_ref())
        .collect();
    let Some(first) = failures.first() else {
        return Ok(());
    };
    let class = if failures.iter().all(|f| f.class == first.class) {
        first.class
    } else {
        Class::Api
    };
    let mut message = format!(
        "{} of {} names failed (first: {})",
        failures.len(),
        summary.results.len() - summary.duplicates,
        first.line()
    );
    if summary.not_attempted > 0 {
        message.push_str(&format!(
            "; {} not attempted, rerun to continue",
            summary.not_attempted
        ));
    }
    let mut f = Failure::usage("BatchFailed", message);
    f.class = class;
    Err(f)
}

/// The item of a name whose profile file is already in the directory (or whose file is in
/// the way), or `None` when the name is to be issued.
fn already_there(job: &Job<'_>, name: &str, line: usize, path: &Path) -> Option<Item> {
    let mut item = Item::new(name, line, Outcome::Issued);
    match files::check_target(path, job.force) {
        Ok(()) => None,
        Err(f) if f.code == files::FILE_EXISTS => {
            match vpncert::profile::read_profile_owner(path) {
                Some(owner) if owner.is_for(job.server, name) => {
                    item.result = Outcome::Present;
                    item.ssl_vpn_client_cert_id = Some(owner.ssl_vpn_client_cert_id);
                    item.profile = Some(path.display().to_string());
                }
                owner => {
                    item.result = Outcome::Failed;
                    item.error = Some(conflict(path, owner.as_ref()));
                }
            }
            Some(item)
        }
        Err(f) => {
            item.result = Outcome::Failed;
            item.error = Some(f);
            Some(item)
        }
    }
}

/// Records what issuing a name gave, writing its profile.
fn hand_over(
    job: &Job<'_>,
    item: &mut Item,
    path: &Path,
    result: Result<vpncert::SslVpnClientCertBundle, vpncert::Error>,
) {
    let bundle = match result {
        Ok(b) => b,
        Err(e) => {
            item.result = Outcome::Failed;
            item.error = Some(Failure::from(e));
            return;
        }
    };
    item.ssl_vpn_client_cert_id = Some(bundle.ssl_vpn_client_cert_id.clone());
    match bundle.write_ovpn(path, job.force) {
        Ok(()) => item.profile = Some(path.display().to_string()),
        Err(e) => {
            item.result = Outcome::Failed;
            item.error = Some(super::issue::not_saved(
                e,
                &bundle.ssl_vpn_client_cert_id,
                path,
            ));
        }
    }
}

/// The failure of a name whose file is there but is not its profile.
fn conflict(path: &Path, owner: Option<&vpncert::profile::ProfileOwner>) -> Failure {
    let whose = match owner {
        Some(o) => format!(
            "holds the profile of {:?} (certificate {} on {})",
            o.name, o.ssl_vpn_client_cert_id, o.ssl_vpn_server_id
        ),
        None => "is not a profile vpncert wrote for it (no `# vpncert:` owner line: written by \
                 hand or by an older vpncert)"
            .to_owned(),
    };
    Failure::usage(
        "ProfileConflict",
        format!(
            "{} already exists and {whose}; check it, then pass --force to replace it with this \
             name's profile",
            path.display()
        ),
    )
}
