//! What `demo` and `lab` share: an emulator inside this process, and a client sealed to it.

use vpncert::{Client, Credentials, Environment};
use vpncert_emulator::{
    Emulator, DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET, DEFAULT_REGION_ID,
};

use crate::args::GlobalArgs;
use crate::failure::{Class, Failure};

/// The global options that would point the client elsewhere mean nothing here; say so rather
/// than let a user believe they took effect.
pub fn warn_ignored(command: &str, global: &GlobalArgs) {
    if global.region.is_some() || global.endpoint.is_some() || global.profile.is_some() {
        log::warn!(
            "the {command} uses its own emulator; --region, --endpoint and --profile are ignored"
        );
    }
}

/// A failure of this machine, not of the API.
pub fn environment(message: String, code: &str) -> Failure {
    Failure {
        class: Class::Environment,
        code: code.into(),
        message,
        request_id: None,
        http_status: None,
    }
}

/// Starts `emulator` on loopback; failing to is a failure of this machine.
pub fn start(emulator: vpncert_emulator::EmulatorBuilder) -> Result<Emulator, Failure> {
    let emulator = emulator.start().map_err(|e| {
        environment(
            format!("cannot start the built-in emulator: {e}"),
            "Emulator",
        )
    })?;
    log::info!("emulator listening on {}", emulator.url());
    Ok(emulator)
}

/// A client of `emulator` in a sealed environment: the user's variables, proxies and credential
/// files play no part; the timing and retry options still do.
pub fn client(emulator: &Emulator, global: &GlobalArgs) -> Result<Client, Failure> {
    let mut builder = Client::builder()
        .environment(Environment::empty())
        .region_id(DEFAULT_REGION_ID)
        .credentials(Credentials::access_key(
            DEFAULT_ACCESS_KEY_ID,
            DEFAULT_ACCESS_KEY_SECRET,
        ))
        .endpoint(emulator.url())
        .signature_version(global.signature_version.into());
    if let Some(timeout) = global.timeout {
        builder = builder.timeout(timeout);
    }
    if let Some(n) = global.max_retries {
        builder = builder.max_retries(n);
    }
    Ok(builder.build()?)
}
