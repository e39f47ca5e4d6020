//! `vpncert lab`: the whole hand-over proven on this machine with a real OpenVPN. An emulator
//! inside this process plays the API and the gateway: a certificate is issued, an OpenVPN
//! server is started from the emulator's configuration for its SSL-VPN server, a client
//! connects with the profile vpncert wrote, then the certificate is revoked and the restarted
//! server refuses the same profile (its CRL). Everything runs on 127.0.0.1 without a TUN
//! device or privileges, and is removed afterwards.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde::Serialize;
use vpncert::{DeleteSslVpnClientCert, IssueClientCert, SslVpnClientCertBundle};
use vpncert_emulator::lab::{self, Attempt, OpenVpn, Outcome, ScratchDir};
use vpncert_emulator::{
    Emulator, EmulatorBuilder, OpenVpnProto, OpenVpnRemote, DEFAULT_SSL_VPN_SERVER_ID,
};

use crate::args::GlobalArgs;
use crate::failure::{Class, Failure};

use super::in_process::{self, environment};
use crate::output::Printer;

#[derive(Debug, Args)]
pub struct LabArgs {
    /// The OpenVPN program [default: $VPNCERT_OPENVPN, else openvpn on PATH or in /usr/sbin]
    #[arg(long, value_name = "PATH")]
    openvpn: Option<PathBuf>,
    /// The transport of the local SSL-VPN server
    #[arg(long, value_name = "PROTO", default_value = "udp", value_parser = ["udp", "tcp"])]
    proto: String,
    /// The certificate name to issue
    #[arg(long, value_name = "NAME", default_value = "alice")]
    name: String,
}

#[derive(Serialize)]
struct Step {
    /// `connected`, `refused`, `client_failed` or `timed_out`.
    outcome: &'static str,
    /// Why the server refused, or what the client last complained about.
    detail: Option<String>,
    data_cipher: Option<String>,
    control_channel: Option<String>,
    client_warnings: Vec<String>,
    seconds: f64,
}

impl Step {
    fn of(a: &Attempt) -> Step {
        let (outcome, detail) = match &a.outcome {
            Outcome::Connected => ("connected", None),
            Outcome::Refused(why) => ("refused", Some(why.clone())),
            Outcome::ClientFailed(why) => ("client_failed", Some(why.clone())),
            Outcome::TimedOut => ("timed_out", None),
        };
        Step {
            outcome,
            detail,
            data_cipher: a.data_cipher().map(str::to_owned),
            control_channel: a.control_channel().map(str::to_owned),
            client_warnings: a.client_warnings().into_iter().map(str::to_owned).collect(),
            seconds: (a.elapsed.as_secs_f64() * 100.0).round() / 100.0,
        }
    }
}

#[derive(Serialize)]
struct LabReport {
    openvpn: String,
    openvpn_version: String,
    emulator_url: String,
    openvpn_remote: String,
    ssl_vpn_server_id: String,
    ssl_vpn_client_cert_id: String,
    name: String,
    /// The first connection, with the profile as issued.
    connect: Step,
    /// The same profile after the certificate is deleted and the server restarted.
    after_revoke: Step,
}

/// The end of a log, for a failure report.
fn tail(log: &str, lines: usize) -> String {
    let all: Vec<&str> = log.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

pub fn run(args: &LabArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    in_process::warn_ignored("lab", global);
    let openvpn = match &args.openvpn {
        Some(p) => OpenVpn::at(p),
        None => OpenVpn::find(),
    }
    .map_err(|e| environment(e.to_string(), "OpenVpnMissing"))?;
    log::info!(
        "using {} ({})",
        openvpn.program().display(),
        openvpn.version()
    );

    let proto = OpenVpnProto::parse(&args.proto).unwrap_or_default();
    let port = lab::free_port(lab::LOOPBACK, proto)
        .map_err(|e| environment(format!("no free port on {}: {e}", lab::LOOPBACK), "Lab"))?;
    let remote = OpenVpnRemote::new(lab::LOOPBACK, port).proto(proto);
    let emulator = EmulatorBuilder::new()
        .openvpn_remote(remote.clone())
        .settle(Duration::from_millis(100));
    let emulator = in_process::start(emulator)?;
    let client = in_process::client(&emulator, global)?;
    let bundle: SslVpnClientCertBundle = client.issue_client_cert(
        &IssueClientCert::new(DEFAULT_SSL_VPN_SERVER_ID, &args.name)
            .poll_interval(Duration::from_millis(100)),
    )?;

    let scratch = ScratchDir::new()
        .map_err(|e| environment(format!("cannot make a scratch directory: {e}"), "Lab"))?;
    let profile = scratch
        .path()
        .join(crate::files::profile_file_name(&args.name));
    bundle
        .write_ovpn(&profile, false)
        .map_err(Failure::from_profile)?;
    let server_config = |emulator: &Emulator| {
        emulator
            .openvpn_server_config(DEFAULT_SSL_VPN_SERVER_ID)
            .map_err(|e| environment(e.to_string(), "Emulator"))
    };
    let try_connect = |config: &str| {
        openvpn
            .attempt(config, &profile, lab::DEFAULT_TIMEOUT)
            .map_err(|e| environment(format!("cannot run OpenVPN: {e}"), "Lab"))
    };

    let first = try_connect(&server_config(&emulator)?)?;
    let mut revoked = None;
    if first.connected() {
        client.delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new(&bundle.ssl_vpn_client_cert_id)
                .wait_until_gone(Duration::from_secs(30)),
        )?;
        revoked = Some(try_connect(&server_config(&emulator)?)?);
    }

    let report = LabReport {
        openvpn: openvpn.program().display().to_string(),
        openvpn_version: openvpn.version().to_owned(),
        emulator_url: emulator.url(),
        openvpn_remote: remote.to_string(),
        ssl_vpn_server_id: DEFAULT_SSL_VPN_SERVER_ID.into(),
        ssl_vpn_client_cert_id: bundle.ssl_vpn_client_cert_id.clone(),
        name: bundle.name.clone(),
        connect: Step::of(&first),
        after_revoke: revoked.as_ref().map_or(
            Step {
                outcome: "skipped",
                detail: None,
                data_cipher: None,
                control_channel: None,
                client_warnings: Vec::new(),
                seconds: 0.0,
            },
            Step::of,
        ),
    };
    drop(emulator);
    drop(scratch);
    out.result(&report, || text(&report));

    let failed = |what: &str, a: &Attempt| {
        eprintln!(
            "--- the OpenVPN client's last lines\n{}\n--- the server's\n{}",
            tail(&a.client_log, 15),
            tail(&a.server_log, 15)
        );
        Failure {
            class: Class::Api,
            code: "LabFailed".into(),
            message: what.into(),
            request_id: None,
            http_status: None,
        }
    };
    if !first.connected() {
        return Err(failed(
            "the profile vpncert wrote did not connect to the local OpenVPN server",
            &first,
        ));
    }
    if let Some(a) = revoked.as_ref().filter(|a| !a.revoked()) {
        return Err(failed(
            "the revoked profile was not refused by the restarted server",
            a,
        ));
    }
    Ok(())
}

fn text(r: &LabReport) -> String {
    let mut s = String::new();
    s.push_str(
        "vpncert lab: a real OpenVPN connection with a profile vpncert wrote, on this machine\n\
         (an emulator of the API in this process, OpenVPN on 127.0.0.1 without a TUN device)\n\n",
    );
    s.push_str(&format!(
        "OpenVPN:  {} ({})\n",
        r.openvpn_version, r.openvpn
    ));
    s.push_str(&format!(
        "Emulator: {} (SSL-VPN server {}, its gateway at {})\n\n",
        r.emulator_url, r.ssl_vpn_server_id, r.openvpn_remote
    ));
    s.push_str(&format!(
        "1. Issued certificate {} for \"{}\" and wrote its profile (inline, mode 0600).\n",
        r.ssl_vpn_client_cert_id, r.name
    ));
    s.push_str(
        "2. Started an OpenVPN server from the emulator's configuration of the SSL-VPN server\n   \
         (its CA, a server certificate of that CA, its cipher, its CRL).\n",
    );
    let c = &r.connect;
    match c.outcome {
        "connected" => s.push_str(&format!(
            "3. Connected in {:.1} s: both sides printed \"{}\".\n   Data channel {}, control channel {}.\n",
            c.seconds,
            lab::COMPLETED,
            c.data_cipher.as_deref().unwrap_or("?"),
            c.control_channel.as_deref().unwrap_or("?"),
        )),
        other => s.push_str(&format!(
            "3. Did NOT connect ({other}{}).\n",
            c.detail
                .as_deref()
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        )),
    }
    if c.client_warnings.is_empty() {
        if c.outcome == "connected" {
            s.push_str("   The client printed no warning.\n");
        }
    } else {
        s.push_str("   The client warned:\n");
        for w in &c.client_warnings {
            s.push_str(&format!("     {w}\n"));
        }
    }
    let v = &r.after_revoke;
    match v.outcome {
        "refused" => s.push_str(&format!(
            "4. Deleted (revoked) the certificate and restarted the server with its new CRL:\n   \
             the same profile is refused ({}).\n",
            v.detail.as_deref().unwrap_or("")
        )),
        "skipped" => s.push_str("4. Skipped the revocation check: the first connection failed.\n"),
        other => s.push_str(&format!(
            "4. Deleted the certificate, but the restarted server did NOT refuse it ({other}).\n"
        )),
    }
    s.push_str(
        "\nThe emulator and both OpenVPN processes have stopped; the files are removed.\n\
         The same server for your own tests: vpncert emulator --openvpn-remote 127.0.0.1:1194,\n\
         then GET /__emulator/openvpn-server-config?SslVpnServerId=vss-emulator0001 and\n\
         openvpn --config THAT_FILE (one client per run).\n",
    );
    s
}
