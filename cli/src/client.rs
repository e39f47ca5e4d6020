//! The SDK client, configured from the global flags.

use vpncert::{Client, RetryMode};

use crate::args::GlobalArgs;
use crate::failure::Failure;

/// Builds the client: the flags given, else the SDK's defaults (region from
/// `ALIBABA_CLOUD_REGION_ID`, credentials from the default chain).
pub fn build(global: &GlobalArgs) -> Result<Client, Failure> {
    build_with(global, RetryMode::Standard)
}

/// The client of a bulk job: adaptive retries unless `--retry-mode` says otherwise, since a
/// job of hundreds of calls is what runs into the service's flow control.
pub fn build_bulk(global: &GlobalArgs) -> Result<Client, Failure> {
    build_with(global, RetryMode::Adaptive)
}

fn build_with(global: &GlobalArgs, default_mode: RetryMode) -> Result<Client, Failure> {
    let mode = global.retry_mode.map_or(default_mode, Into::into);
    let mut builder = Client::builder()
        .user_agent(format!("vpncert-cli/{}", env!("CARGO_PKG_VERSION")))
        .signature_version(global.signature_version.into())
        .retry_mode(mode);
    if let Some(region) = &global.region {
        builder = builder.region_id(region);
    }
    if let Some(profile) = &global.profile {
        builder = builder.profile(profile);
    }
    if let Some(path) = &global.ca_bundle {
        let pem = std::fs::read(path).map_err(|e| {
            Failure::usage(
                "CaBundle",
                format!("cannot read --ca-bundle {}: {e}", path.display()),
            )
        })?;
        builder = builder.ca_bundle_pem(pem);
    }
    if let Some(network) = &global.network {
        builder = builder.network(network);
    }
    if let Some(endpoint) = &global.endpoint {
        builder = builder.endpoint(endpoint);
    }
    if let Some(timeout) = global.timeout {
        builder = builder.timeout(timeout);
    }
    if let Some(n) = global.max_retries {
        builder = builder.max_retries(n);
    }
    if let Some(budget) = global.configuring_timeout {
        builder = builder.configuring_budget(budget);
    }
    let client = builder.build()?;
    log::info!(
        "region {}, endpoint {}, signature {:?}, {mode} retries",
        client.region_id(),
        client.endpoint_url(),
        client.signature_version()
    );
    Ok(client)
}
