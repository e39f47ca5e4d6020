//! `vpncert issue`: one person's profile, or a whole names file (see `bulk`).

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;
use vpncert::IssueClientCert;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::files;
use crate::output::{fields, Printer};
use crate::view::CertView;

#[derive(Debug, Args)]
pub struct IssueArgs {
    /// The SSL-VPN server (vss-...)
    #[arg(long, value_name = "SSL_VPN_SERVER_ID")]
    pub server: String,
    /// The certificate's name, e.g. the person's
    // Not `required_unless_present`: clap would then say only that --name is missing, and
    // `run` says whom for, naming both ways.
    #[arg(long, conflicts_with = "names_from")]
    pub name: Option<String>,
    /// Where to write the profile; - prints it on stdout [default: NAME.ovpn]
    #[arg(long, value_name = "FILE", conflicts_with = "names_from")]
    pub out: Option<PathBuf>,
    /// Idempotency token of the create [default: derived from the server and the name, as bulk
    /// issuance does, so a rerun gets the same certificate back]
    #[arg(long, value_name = "TOKEN", conflicts_with = "names_from")]
    pub client_token: Option<String>,
    /// Bulk: one certificate per line of FILE (blank lines and # comments are ignored); a name
    /// that already has one on the server gets it written, not a second one
    #[arg(long, value_name = "FILE", requires = "out_dir")]
    pub names_from: Option<PathBuf>,
    /// Bulk: write each profile to DIR/NAME.ovpn. DIR is created mode 0700 if missing, and
    /// refused if its group or others can read or write it; names whose profile is already there
    /// are skipped
    #[arg(long, value_name = "DIR", requires = "names_from")]
    pub out_dir: Option<PathBuf>,
    /// Bulk: a label mixed into every ClientToken. Reruns with the same label (or none) never
    /// duplicate; a new label issues new certificates, e.g. after the old ones were deleted
    #[arg(long, value_name = "LABEL", requires = "names_from")]
    pub batch: Option<String>,
    /// Replace existing profile files; in bulk, also use a DIR others can read or write
    #[arg(long)]
    pub force: bool,
    /// Bulk: calls in flight at once (creates still go one at a time per gateway)
    #[arg(long, value_name = "N", requires = "names_from", default_value_t = vpncert::bulk::DEFAULT_CONCURRENCY)]
    pub concurrency: usize,
}

#[derive(Serialize)]
struct Issued {
    #[serde(flatten)]
    cert: CertView,
    profile: String,
    request_id: String,
}

pub fn run(args: &IssueArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    match (&args.names_from, &args.out_dir, &args.name) {
        (Some(names_from), Some(out_dir), _) => super::bulk::run(
            &super::bulk::Job {
                server: &args.server,
                names_from,
                out_dir,
                batch: args.batch.as_deref(),
                force: args.force,
                concurrency: args.concurrency,
            },
            global,
            out,
        ),
        (None, None, Some(name)) => issue_one(args, name, global, out),
        _ => Err(Failure::usage(
            "Usage",
            "whom for? give --name NAME for one person, or --names-from FILE --out-dir DIR \
             for one certificate per line of FILE",
        )),
    }
}

fn issue_one(
    args: &IssueArgs,
    name: &str,
    global: &GlobalArgs,
    out: &Printer,
) -> Result<(), Failure> {
    let to_stdout = args.out.as_deref() == Some(Path::new("-"));
    let path = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(files::profile_file_name(name)));
    // Checked before anything is created (a rerun after fixing the output would otherwise make
    // a second certificate); the write itself refuses too, without a race.
    if !to_stdout {
        files::check_target(&path, args.force)?;
        files::check_parent(&path)?;
    }
    let client = crate::client::build(global)?;
    // The same token as bulk issuance's: a rerun, whatever failed before, gets the same
    // certificate back.
    let token = args
        .client_token
        .clone()
        .unwrap_or_else(|| vpncert::roster::client_token(&args.server, name, None));
    let request = IssueClientCert::new(&args.server, name).client_token(token);
    let bundle = client.issue_client_cert(&request)?;
    if to_stdout {
        let profile = bundle
            .to_ovpn()
            .map_err(|e| not_saved(e, &bundle.ssl_vpn_client_cert_id, &path))?;
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(profile.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| {
                Failure::from(vpncert::Error::Io {
                    path: "-".into(),
                    kind: e.kind(),
                    message: e.to_string(),
                })
            })?;
        return Ok(());
    }
    if let Err(e) = bundle.write_ovpn(&path, args.force) {
        return Err(not_saved(e, &bundle.ssl_vpn_client_cert_id, &path));
    }
    let issued = Issued {
        cert: CertView::from(&bundle),
        profile: path.display().to_string(),
        request_id: bundle.request_id.clone(),
    };
    out.result(&issued, || {
        let mut f = issued.cert.fields();
        f.push(("Profile", format!("{} (mode 0600)", issued.profile)));
        fields(&f)
    });
    Ok(())
}

/// A profile that could not be written although its certificate exists: say how to get it, or,
/// when the service's answer itself was refused, that there is no way to.
pub fn not_saved(e: vpncert::Error, cert_id: &str, path: &Path) -> Failure {
    let refused = matches!(e, vpncert::Error::InvalidInput { .. });
    let mut f = Failure::from_profile(e);
    if refused {
        f.message.push_str(&format!(
            "; certificate {cert_id} was issued, but no profile was written"
        ));
    } else {
        f.message.push_str(&format!(
            "; certificate {cert_id} was issued: `vpncert show {cert_id} --out {}` writes its profile",
            path.display()
        ));
    }
    f
}
