//! `vpncert plan`, `vpncert apply` and `vpncert expiring`: keeping a VPN's people right from a
//! roster file (see `vpncert::roster`).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use vpncert::roster::{
    self, Action, ActionKind, Applied, ApplyOptions, Bundle, Event, Plan, PlanOptions,
};

use crate::args::{parse_span, GlobalArgs};
use crate::failure::{Class, Failure};
use crate::output::{table, Printer};
use crate::timefmt::iso8601;

/// What `plan` and `apply` both take: the roster and how it is compared.
#[derive(Debug, Args)]
pub struct RosterArgs {
    /// The roster: CSV with a `name` column (and optionally `server`, and any others), or one
    /// name per line
    #[arg(long, value_name = "FILE")]
    roster: PathBuf,
    /// The SSL-VPN server of rows that name none (vss-...)
    #[arg(long, value_name = "SSL_VPN_SERVER_ID")]
    server: Option<String>,
    /// Also revoke certificates whose name is not in the roster (and older duplicates)
    #[arg(long)]
    prune: bool,
    /// Rotate certificates that expire within this time, e.g. 30d
    #[arg(long, value_name = "SPAN", value_parser = parse_span)]
    rotate_within: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    roster: RosterArgs,
    /// Exit 0 when there is nothing to do, 2 when there are changes, 1 on any error
    #[arg(long)]
    detailed_exitcode: bool,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    roster: RosterArgs,
    /// Where new and rotated people's profiles go (created mode 0700)
    #[arg(long, value_name = "DIR")]
    out_dir: PathBuf,
    /// Refuse (changing nothing) to revoke more certificates than this in one run
    #[arg(long, value_name = "N", default_value_t = 5)]
    max_revocations: usize,
    /// What each person gets: ovpn (one inline profile), zip (config.ovpn, ca.crt,
    /// client.crt, client.key) or both
    #[arg(long, value_name = "KIND", default_value = "ovpn", value_parser = ["ovpn", "zip", "both"])]
    bundle: String,
    /// Use an --out-dir that its group or others may read
    #[arg(long)]
    force: bool,
    /// Calls in flight at once (changes still go one at a time per gateway)
    #[arg(long, value_name = "N", default_value_t = vpncert::bulk::DEFAULT_CONCURRENCY)]
    concurrency: usize,
}

#[derive(Debug, Args)]
pub struct ExpiringArgs {
    /// How far ahead to look, e.g. 30d
    #[arg(long, value_name = "SPAN", value_parser = parse_span)]
    within: Duration,
    /// Only the certificates of this server (repeat for several)
    #[arg(long, value_name = "SSL_VPN_SERVER_ID")]
    server: Vec<String>,
}

fn load(path: &std::path::Path) -> Result<roster::Roster, Failure> {
    roster::load(path).map_err(|e| {
        let mut f = Failure::from(e);
        f.class = Class::Usage;
        f.message = format!("{}: {}", path.display(), f.message);
        f
    })
}

impl RosterArgs {
    /// The roster, read and checked.
    fn people(&self) -> Result<roster::Roster, Failure> {
        load(&self.roster)
    }

    fn options(&self) -> PlanOptions {
        let mut o = PlanOptions::default().prune(self.prune);
        if let Some(s) = &self.server {
            o = o.server(s);
        }
        if let Some(w) = self.rotate_within {
            o = o.rotate_within(w);
        }
        o
    }
}

fn label(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::Create => "create",
        ActionKind::Revoke => "revoke",
        ActionKind::Rotate => "rotate",
        ActionKind::Keep => "keep",
    }
}

#[derive(Serialize)]
struct Planned<'a> {
    actions: &'a [Action],
    summary: roster::Summary,
}

fn plan_text(plan: &Plan) -> String {
    let rows: Vec<Vec<String>> = plan
        .actions
        .iter()
        .filter(|a| a.action != ActionKind::Keep)
        .map(|a| {
            vec![
                label(a.action).to_owned(),
                a.name.clone(),
                a.ssl_vpn_server_id.clone(),
                a.ssl_vpn_client_cert_id.clone().unwrap_or_default(),
                a.reason.clone(),
            ]
        })
        .collect();
    let s = plan.summary();
    let mut out = if rows.is_empty() {
        String::new()
    } else {
        table(&["ACTION", "NAME", "SERVER", "CERT ID", "WHY"], &rows)
    };
    out.push_str(&format!(
        "\n{} to create, {} to rotate, {} to revoke, {} unchanged\n",
        s.create, s.rotate, s.revoke, s.keep
    ));
    out
}

impl PlanArgs {
    /// Whether the exit code tells "changes pending" (2) from any error (1).
    pub fn detailed_exitcode(&self) -> bool {
        self.detailed_exitcode
    }
}

pub fn plan(args: &PlanArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let people = args.roster.people()?;
    let client = crate::client::build(global)?;
    let plan = roster::plan(&client, &people, &args.roster.options())?;
    let shown = Planned {
        actions: &plan.actions,
        summary: plan.summary(),
    };
    out.result(&shown, || plan_text(&plan));
    if args.detailed_exitcode && plan.has_changes() {
        return Err(Failure::pending());
    }
    Ok(())
}

#[derive(Serialize)]
struct Report<'a> {
    out_dir: String,
    outcomes: &'a [roster::Outcome],
    connected: &'a std::collections::BTreeMap<String, usize>,
    summary: roster::Summary,
    audit: String,
}

pub fn apply(args: &ApplyArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let people = args.roster.people()?;
    let client = crate::client::build_bulk(global)?;
    let plan = roster::plan(&client, &people, &args.roster.options())?;
    let options = ApplyOptions::new(&args.out_dir)
        .max_revocations(args.max_revocations)
        .bundle(Bundle::parse(&args.bundle).unwrap_or_default())
        .allow_shared_dir(args.force)
        .concurrency(args.concurrency);
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(plan.actions.len() as u64);
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {wide_msg}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    });
    crate::interrupt::resumable();
    if let Some(b) = &bar {
        crate::interrupt::show_bar(b);
    }
    let report = roster::apply(&client, &plan, &options, &mut |event| match event {
        Event::Revoking {
            server,
            count,
            connected,
        } => {
            let line = match connected {
                Some(n) => format!("revoking {count} certificate(s) on {server}: its {n} connected client(s) are disconnected while the gateway applies it"),
                None => format!("revoking {count} certificate(s) on {server}"),
            };
            match &bar {
                Some(b) => b.println(format!("vpncert: {line}")),
                None => log::warn!("{line}"),
            }
        }
        Event::Done { outcome, .. } => match &bar {
            Some(b) => {
                b.set_message(outcome.planned.name.clone());
                b.inc(1);
            }
            None => log::info!(
                "{} {}: {:?}",
                label(outcome.planned.action),
                outcome.planned.name,
                outcome.result
            ),
        },
        _ => {}
    });
    if let Some(b) = &bar {
        crate::interrupt::hide_bar();
        b.finish_and_clear();
    }
    let report = report.map_err(|e| {
        let guard = matches!(&e, vpncert::Error::InvalidInput { parameter, .. } if parameter == "max_revocations" || parameter == "out_dir");
        let mut f = Failure::from(e);
        if guard {
            f.class = Class::Usage;
        }
        f
    })?;
    let shown = Report {
        out_dir: args.out_dir.display().to_string(),
        outcomes: &report.outcomes,
        connected: &report.connected,
        summary: plan.summary(),
        audit: report.audit.display().to_string(),
    };
    out.result(&shown, || {
        let rows: Vec<Vec<String>> = report
            .outcomes
            .iter()
            .map(|o| {
                let result = match o.result {
                    Applied::Done if o.planned.action == ActionKind::Keep => "unchanged",
                    Applied::Done => "done",
                    Applied::Delivered => "profile written",
                    Applied::Failed => "FAILED",
                    Applied::NotAttempted => "not attempted",
                };
                let detail = o
                    .error
                    .clone()
                    .or_else(|| o.files.first().map(|p| p.display().to_string()))
                    .unwrap_or_else(|| o.planned.reason.clone());
                vec![
                    label(o.planned.action).to_owned(),
                    o.planned.name.clone(),
                    result.to_owned(),
                    o.issued_cert_id
                        .clone()
                        .or_else(|| o.planned.ssl_vpn_client_cert_id.clone())
                        .unwrap_or_default(),
                    detail,
                ]
            })
            .collect();
        let mut text = table(
            &["ACTION", "NAME", "RESULT", "CERT ID", "PROFILE / DETAIL"],
            &rows,
        );
        text.push_str(&format!("\naudit record: {}\n", report.audit.display()));
        text
    });
    if report.failed() {
        let failed: Vec<&roster::Outcome> = report
            .outcomes
            .iter()
            .filter(|o| matches!(o.result, Applied::Failed | Applied::NotAttempted))
            .collect();
        let mut f = Failure::usage(
            "ApplyFailed",
            format!(
                "{} of {} changes failed or were not attempted (first: {}); rerun to continue",
                failed.len(),
                report.outcomes.len(),
                failed[0].error.clone().unwrap_or_default()
            ),
        );
        f.class = Class::Api;
        return Err(f);
    }
    Ok(())
}

#[derive(Serialize)]
struct ExpiringRow {
    ssl_vpn_client_cert_id: String,
    name: String,
    ssl_vpn_server_id: String,
    status: String,
    end_time: u64,
    expires_at: String,
    days_left: u64,
}

#[derive(Serialize)]
struct Expiring {
    within_days: u64,
    count: usize,
    certificates: Vec<ExpiringRow>,
}

pub fn expiring(args: &ExpiringArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    let client = crate::client::build(global)?;
    let found = roster::expiring(&client, &args.server, args.within)?;
    let certificates: Vec<ExpiringRow> = found
        .into_iter()
        .map(|e| ExpiringRow {
            expires_at: iso8601(e.certificate.end_time),
            ssl_vpn_client_cert_id: e.certificate.ssl_vpn_client_cert_id,
            name: e.certificate.name,
            ssl_vpn_server_id: e.certificate.ssl_vpn_server_id,
            status: e.certificate.status.to_string(),
            end_time: e.certificate.end_time,
            days_left: e.days_left,
        })
        .collect();
    let shown = Expiring {
        within_days: args.within.as_secs() / 86_400,
        count: certificates.len(),
        certificates,
    };
    out.result(&shown, || {
        let rows: Vec<Vec<String>> = shown
            .certificates
            .iter()
            .map(|c| {
                vec![
                    c.days_left.to_string(),
                    c.expires_at.clone(),
                    c.name.clone(),
                    c.ssl_vpn_client_cert_id.clone(),
                    c.ssl_vpn_server_id.clone(),
                    c.status.clone(),
                ]
            })
            .collect();
        table(
            &[
                "DAYS LEFT",
                "EXPIRES",
                "NAME",
                "CERT ID",
                "SERVER",
                "STATUS",
            ],
            &rows,
        )
    });
    Ok(())
}
