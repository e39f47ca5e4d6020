//! `vpncert show`: DescribeSslVpnClientCert, optionally writing the OpenVPN profile.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use vpncert::{Client, SslVpnClientCertBundle};

use crate::args::GlobalArgs;
use crate::failure::Failure;
use crate::files;
use crate::output::Printer;
use crate::view::BundleView;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The certificate (vsc-...)
    #[arg(value_name = "CERT_ID")]
    cert_id: String,
    /// Also print the private key
    #[arg(long)]
    with_key: bool,
    /// Write the OpenVPN profile (with the key inline) to FILE, mode 0600
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "out")]
    force: bool,
}

#[derive(Serialize)]
struct Shown {
    #[serde(flatten)]
    bundle: BundleView,
    /// Where the profile was written, when --out was given.
    profile: Option<String>,
}

/// The service's profile, or (when it sends none) the server settings needed to build one.
pub fn attach_server(client: &Client, bundle: &mut SslVpnClientCertBundle) -> Result<(), Failure> {
    Ok(client.fill_server_settings(bundle)?)
}

pub fn run(args: &ShowArgs, global: &GlobalArgs, out: &Printer) -> Result<(), Failure> {
    if let Some(path) = &args.out {
        files::check_target(path, args.force)?;
    }
    let client = crate::client::build(global)?;
    let mut bundle = client.describe_ssl_vpn_client_cert(&args.cert_id)?;
    if let Some(path) = &args.out {
        attach_server(&client, &mut bundle)?;
        bundle
            .write_ovpn(path, args.force)
            .map_err(Failure::from_profile)?;
        log::info!("wrote {}", path.display());
    }
    let shown = Shown {
        bundle: BundleView::new(&bundle, args.with_key),
        profile: args.out.as_ref().map(|p| p.display().to_string()),
    };
    out.result(&shown, || {
        let mut text = shown.bundle.text();
        if let Some(p) = &shown.profile {
            text.push_str(&format!(
                "\nProfile written to {} (mode 0600)\n",
                crate::output::printable(p)
            ));
        }
        text
    });
    Ok(())
}
