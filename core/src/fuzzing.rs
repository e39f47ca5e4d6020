//! Entry points for the fuzz targets in `fuzz/` and the property tests: they drive the response
//! decoder with arbitrary bytes. Not part of the supported API.

use crate::ops::create_ssl_vpn_client_cert::CreateSslVpnClientCertResponse;
use crate::ops::describe_ssl_vpn_client_cert::SslVpnClientCertBundle;
use crate::transport::RawResponse;
use crate::{decode, Error};

/// Decodes `body` as every response type and as an error body, the way a call would after
/// receiving it with `status`. Returns how many decodes succeeded; must never panic.
pub fn decode_response(status: u16, body: &[u8]) -> usize {
    let Ok(text) = std::str::from_utf8(body) else {
        return 0;
    };
    let raw = RawResponse {
        status,
        body: text.to_owned(),
        request_id_header: Some("fuzz".into()),
        date: None,
        retry_after: None,
    };
    let mut ok = 0;
    ok += usize::from(decode::success::<CreateSslVpnClientCertResponse>(&raw).is_ok());
    ok += usize::from(decode::success::<SslVpnClientCertBundle>(&raw).is_ok());
    ok +=
        usize::from(
            decode::success::<
                crate::ops::describe_ssl_vpn_client_certs::DescribeSslVpnClientCertsAnswer,
            >(&raw)
            .is_ok(),
        );
    ok += usize::from(
        decode::success::<crate::ops::describe_ssl_vpn_servers::DescribeSslVpnServersAnswer>(&raw)
            .is_ok(),
    );
    match decode::failure(&raw, "POST&%2F&A%3Db") {
        Error::Api(e) => {
            // Display must hold up whatever the body said.
            let _ = e.to_string();
        }
        Error::Decode { snippet, .. } => {
            let shown = snippet
                .strip_suffix(decode::KEY_REDACTED)
                .unwrap_or(&snippet);
            assert!(shown.chars().count() <= decode::SNIPPET_CHARS, "{snippet}");
        }
        other => panic!("an error body decodes to Api or Decode, not {other:?}"),
    }
    ok
}

/// Reads `text` as an aliyun CLI `config.json` and as an `~/.alibabacloud/credentials` INI
/// file, through the real credential sources, writing it to `scratch` first. Secrets in the
/// seeds are spelled `SECRET+MARKER/=` and `TOKEN+MARKER/=` (never a plain label). STS and metadata
/// point at a closed loopback port, so nothing leaves the machine. Must never panic, and no
/// error may repeat a secret from the file.
pub fn parse_config_files(text: &str, scratch: &std::path::Path) {
    use crate::credentials::{
        ChainConfig, CliConfigProvider, CredentialsFileProvider, Environment,
    };
    use crate::CredentialsProvider;

    if std::fs::write(scratch, text).is_err() {
        return;
    }
    let path = scratch.display().to_string();
    let env = Environment::empty()
        .with_var("ALIBABA_CLOUD_CONFIG_FILE", &path)
        .with_var("ALIBABA_CLOUD_CREDENTIALS_FILE", &path);
    let config = ChainConfig::new()
        .environment(env)
        .sts_endpoint("http://127.0.0.1:9")
        .metadata_endpoint("http://127.0.0.1:9");
    let sources: [Box<dyn CredentialsProvider>; 2] = [
        Box::new(CliConfigProvider::new(&config)),
        Box::new(CredentialsFileProvider::new(&config)),
    ];
    for source in sources {
        if let Err(e) = source.credentials() {
            let shown = e.to_string();
            for secret in ["SECRET+MARKER/=", "TOKEN+MARKER/="] {
                assert!(
                    !shown.contains(secret),
                    "an error repeated a secret: {shown}"
                );
            }
        }
    }
}
