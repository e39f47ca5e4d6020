//! `vpncert demo`: the main job, end to end, on an emulator started inside this process.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde::Serialize;
use vpncert::{DescribeSslVpnClientCerts, IssueClientCert};
use vpncert_emulator::{
    EmulatorBuilder, DEFAULT_ACCESS_KEY_ID, DEFAULT_REGION_ID, DEFAULT_SSL_VPN_SERVER_ID,
};

use super::in_process;

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::files;
use crate::output::Printer;
use crate::view::{cert_table, CertView};

/// The person the demo onboards.
const DEMO_NAME: &str = "alice";

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Directory to write alice.ovpn into
    #[arg(long, value_name = "DIR", default_value = ".")]
    out_dir: PathBuf,
    /// Replace an existing alice.ovpn (without it the demo refuses and changes nothing)
    #[arg(long)]
    force: bool,
}

#[derive(Serialize)]
struct DemoReport {
    emulator_url: String,
    region_id: String,
    ssl_vpn_server_id: String,
    issued: CertView,
    profile: String,
    ssl_vpn_client_certs: Vec<CertView>,
    next_steps: Vec<String>,
}

fn next_steps() -> Vec<String> {
    vec![
        "export ALIBABA_CLOUD_ACCESS_KEY_ID=<your AccessKey id> ALIBABA_CLOUD_ACCESS_KEY_SECRET=<its secret>".into(),
        "vpncert --region cn-hangzhou servers".into(),
        "vpncert --region cn-hangzhou issue --server <vss-... from the list> --name alice --out alice.ovpn".into(),
        "vpncert --region cn-hangzhou list --server <vss-...>".into(),
    ]
}

pub fn run(args: &DemoArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    in_process::warn_ignored("demo", global);
    let path = args.out_dir.join(files::profile_file_name(DEMO_NAME));
    files::check_target(&path, args.force).map_err(|mut f| {
        f.message.push_str(", or --out-dir DIR to write elsewhere");
        f
    })?;
    // An existing directory is not checked: the default is `.`, and the emulator's key protects
    // nothing.
    vpncert::profile::private_dir(&args.out_dir)?;
    let emulator = in_process::start(EmulatorBuilder::new())?;
    let client = in_process::client(&emulator, global)?;

    let bundle = client.issue_client_cert(
        &IssueClientCert::new(DEFAULT_SSL_VPN_SERVER_ID, DEMO_NAME)
            .poll_interval(Duration::from_millis(100)),
    )?;
    if let Err(e) = bundle.write_ovpn(&path, args.force) {
        return Err(super::issue::not_saved(
            e,
            &bundle.ssl_vpn_client_cert_id,
            &path,
        ));
    }
    let certs = client
        .ssl_vpn_client_certs(
            &DescribeSslVpnClientCerts::new().ssl_vpn_server_id(DEFAULT_SSL_VPN_SERVER_ID),
        )
        .map(|c| c.map(|c| CertView::from(&c)))
        .collect::<Result<Vec<_>, _>>()?;

    let report = DemoReport {
        emulator_url: emulator.url(),
        region_id: DEFAULT_REGION_ID.into(),
        ssl_vpn_server_id: DEFAULT_SSL_VPN_SERVER_ID.into(),
        issued: CertView::from(&bundle),
        profile: path.display().to_string(),
        ssl_vpn_client_certs: certs,
        next_steps: next_steps(),
    };
    drop(emulator);
    out.result(&report, || text(&report));
    Ok(())
}

fn text(r: &DemoReport) -> String {
    let mut s = String::new();
    s.push_str(
        "vpncert demo: onboarding one person on a local emulator of the API (no account, no network)\n\n",
    );
    s.push_str(&format!(
        "1. Started the emulator at {}\n   (SSL-VPN server {} in {}, access key {}).\n",
        r.emulator_url, r.ssl_vpn_server_id, r.region_id, DEFAULT_ACCESS_KEY_ID
    ));
    s.push_str(&format!(
        "2. Issued certificate {} for \"{}\": created it (CreateSslVpnClientCert),\n   waited until it was normal and downloaded it with its key (DescribeSslVpnClientCert).\n",
        r.issued.ssl_vpn_client_cert_id, r.issued.name
    ));
    s.push_str(&format!(
        "3. Wrote the OpenVPN profile {} (mode 0600: it holds the private key).\n   It points at the emulator's made-up gateway address: for reading, not for connecting.\n",
        r.profile
    ));
    s.push_str("4. Listed the server's certificates (DescribeSslVpnClientCerts, every page):\n\n");
    for line in cert_table(&r.ssl_vpn_client_certs).lines() {
        s.push_str("   ");
        s.push_str(line);
        s.push('\n');
    }
    s.push_str("\nThe emulator has stopped. The same job against the real API:\n\n");
    for step in &r.next_steps {
        s.push_str("   ");
        s.push_str(step);
        s.push('\n');
    }
    s.push_str(
        "\nFrom a clone, `cargo run --release -p vpncert-cli --` stands for `vpncert`\n\
         (or install it: cargo install --path cli).\n\
         Many people at once: vpncert issue --server vss-... --names-from people.txt --out-dir profiles/\n\
         A local API to experiment with: vpncert emulator (then --endpoint http://127.0.0.1:PORT,\n\
         with ALIBABA_CLOUD_ACCESS_KEY_ID=testid ALIBABA_CLOUD_ACCESS_KEY_SECRET=testsecret).\n",
    );
    s
}
