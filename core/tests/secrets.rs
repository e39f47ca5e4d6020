//! Secrets never show: every Debug/Display of settings, credentials, clients, signed requests,
//! bundles and errors is swept for known secret values, including errors produced by real
//! failures against the emulator and by the credential chain reading files full of secrets.

use std::time::Duration;

use vpncert::credentials::{ChainConfig, Environment};
use vpncert::sign::{sign_request, RequestToSign};
use vpncert::{
    Client, CreateSslVpnClientCert, Credentials, DefaultChain, Error, Secret, SignatureVersion,
};
use vpncert_emulator::Emulator;

const SECRET: &str = "SeCrEt-4f1c9a-VALUE";
const TOKEN: &str = "ToKeN-8d2e77-VALUE";
const PROXY_PASSWORD: &str = "PrOxYpAsS-31337";
const KEY_BODY: &str = "PRIVATE-KEY-BODY-0xDEADBEEF";

fn assert_clean(what: &str, shown: &str) {
    for s in [SECRET, TOKEN, PROXY_PASSWORD, KEY_BODY] {
        assert!(!shown.contains(s), "{what} shows a secret: {shown}");
    }
}

fn sweep_error(what: &str, e: &Error) {
    assert_clean(what, &format!("{e}"));
    assert_clean(what, &format!("{e:?}"));
    assert_clean(what, &format!("{e:#?}"));
}

#[test]
fn settings_credentials_and_clients() {
    let creds = Credentials::sts("STS.id", SECRET, TOKEN);
    assert_clean("Credentials", &format!("{creds:?} {creds:#?}"));
    let secret = Secret::new(SECRET);
    assert_clean("Secret", &format!("{secret} {secret:?}"));
    let builder = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(creds.clone())
        .endpoint("http://127.0.0.1:9")
        .proxy(format!("http://user:{PROXY_PASSWORD}@127.0.0.1:3128"));
    assert_clean("ClientBuilder", &format!("{builder:?}"));
    let client = builder.build().unwrap();
    assert_clean("Client", &format!("{client:?} {client:#?}"));
    let env = Environment::empty()
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "id")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
        .with_var("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN);
    assert_clean("Environment", &format!("{env:?}"));
    let chain = DefaultChain::with_config(ChainConfig::new().environment(env));
    assert_clean("DefaultChain", &format!("{chain:?}"));
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let signed = sign_request(&RequestToSign {
            version,
            base_url: "https://vpc.aliyuncs.com/",
            host: "vpc.aliyuncs.com",
            action: "CreateSslVpnClientCert",
            api_version: "2016-04-28",
            params: &[("RegionId", "cn-hangzhou")],
            credentials: &creds,
            timestamp: std::time::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
            nonce: "n",
        });
        assert_clean("SignedRequest", &format!("{signed:?}"));
    }
}

#[test]
fn errors_from_real_failures() {
    let emu = Emulator::builder()
        .sts_credentials("STS.id", "right-secret", TOKEN)
        .start()
        .unwrap();
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        // A wrong secret with an STS token: the server echoes its string to sign.
        let c = Client::builder()
            .region_id("cn-hangzhou")
            .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
            .endpoint(emu.url())
            .signature_version(version)
            .build()
            .unwrap();
        let e = c
            .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-emulator0001"))
            .unwrap_err();
        assert_eq!(
            e.as_api().map(|a| a.code.as_str()),
            Some("SignatureDoesNotMatch")
        );
        sweep_error("SignatureDoesNotMatch", &e);
        // A wrong token.
        let c = Client::builder()
            .region_id("cn-hangzhou")
            .credentials(Credentials::sts(
                "STS.id",
                "right-secret",
                format!("{TOKEN}-stale"),
            ))
            .endpoint(emu.url())
            .signature_version(version)
            .build()
            .unwrap();
        let e = c
            .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-emulator0001"))
            .unwrap_err();
        sweep_error("InvalidSecurityToken", &e);
    }
    // Transport failures.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
        .endpoint(format!("http://127.0.0.1:{port}"))
        .max_retries(0)
        .build()
        .unwrap();
    sweep_error(
        "Transport",
        &c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-1"))
            .unwrap_err(),
    );
}

#[test]
fn credential_chain_errors_from_files_full_of_secrets() {
    let home = std::env::temp_dir().join(format!("vpncert-secrets-{}", std::process::id()));
    std::fs::create_dir_all(home.join(".aliyun")).unwrap();
    std::fs::create_dir_all(home.join(".alibabacloud")).unwrap();
    // Broken in ways that make the parsers talk about the content.
    std::fs::write(
        home.join(".aliyun/config.json"),
        format!(r#"{{"current":"p","profiles":[{{"name":"p","mode":"StsToken","access_key_id":"","access_key_secret":"{SECRET}","sts_token":"{TOKEN}"}}]"#),
    )
    .unwrap();
    std::fs::write(
        home.join(".alibabacloud/credentials"),
        format!(
            "[default]\ntype = access_key\naccess_key_secret = {SECRET}\nsecurity_token {TOKEN}\n"
        ),
    )
    .unwrap();
    let env = Environment::empty()
        .with_home(&home)
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .environment(env)
        .endpoint("http://127.0.0.1:9")
        .build()
        .unwrap();
    let e = c
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-1"))
        .unwrap_err();
    assert!(matches!(e, Error::Credentials(_)), "{e:?}");
    sweep_error("Credentials", &e);
    std::fs::remove_dir_all(&home).unwrap();
}

#[test]
fn bundles_hide_the_private_key() {
    let emu = Emulator::start_default().unwrap();
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emu.url())
        .build()
        .unwrap();
    let id = c
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new("vss-emulator0001"))
        .unwrap()
        .ssl_vpn_client_cert_id;
    let b = c.describe_ssl_vpn_client_cert(&id).unwrap();
    let key_line = b.client_key.expose().lines().nth(1).unwrap().to_owned();
    let shown = format!("{b:?} {b:#?}");
    assert!(
        !shown.contains(&key_line),
        "the bundle's Debug shows key material"
    );
    assert!(!shown.contains("PRIVATE KEY"));
}
