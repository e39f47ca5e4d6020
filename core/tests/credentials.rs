//! Each credentials source in isolation, the order of the default chain, profile selection and
//! the errors users see. Every test brings its own home directory and variables through an
//! `Environment`; nothing reads the real home or changes the process environment.

mod credentials_support;

use std::sync::{Arc, Mutex};

use credentials_support::{
    start_metadata, ManualClock, MetadataConfig, Response, Server, TempHome,
};
use vpncert::credentials::{
    ChainConfig, CliConfigProvider, CredentialsFileProvider, CredentialsProvider, DefaultChain,
    EnvProvider,
};
use vpncert::{Credentials, Environment, Error};

const CLI_PATH: &str = ".aliyun/config.json";
const INI_PATH: &str = ".alibabacloud/credentials";

fn home_env(home: &TempHome) -> Environment {
    Environment::empty().with_home(home.path())
}

fn creds_of(p: &dyn CredentialsProvider) -> Credentials {
    p.credentials().unwrap()
}

fn err_of(p: &dyn CredentialsProvider) -> String {
    match p.credentials() {
        Err(Error::Credentials(m)) => m,
        other => panic!("expected a credentials error, got {other:?}"),
    }
}

fn cli_config(profiles: &str, current: &str) -> String {
    format!(r#"{{"current": "{current}", "profiles": [{profiles}], "meta_path": ""}}"#)
}

fn ak_profile(name: &str, id: &str, secret: &str) -> String {
    format!(
        r#"{{"name": "{name}", "mode": "AK", "access_key_id": "{id}", "access_key_secret": "{secret}",
            "sts_token": "", "ram_role_name": "", "ram_role_arn": "", "ram_session_name": "",
            "private_key": "", "key_pair_name": "", "expired_seconds": 0, "verified": "",
            "region_id": "cn-shanghai", "output_format": "json", "language": "en", "site": "",
            "retry_timeout": 0, "connect_timeout": 0, "retry_count": 0}}"#
    )
}

// ---------------------------------------------------------------------------------------------
// Environment

#[test]
fn environment_primary_names_and_cli_fallbacks() {
    let env = Environment::empty()
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
    let c = creds_of(&EnvProvider::with_environment(env));
    assert_eq!(c.access_key_id(), "LTAIenv");
    assert_eq!(c.access_key_secret().expose(), "env-secret");
    assert!(c.security_token().is_none());

    let env = Environment::empty()
        .with_var("ALICLOUD_ACCESS_KEY_ID", "STS.fallback")
        .with_var("ALIBABACLOUD_ACCESS_KEY_SECRET", "fb-secret")
        .with_var("ALICLOUD_SECURITY_TOKEN", "fb-token");
    let c = creds_of(&EnvProvider::with_environment(env));
    assert_eq!(c.access_key_id(), "STS.fallback");
    assert_eq!(c.security_token().unwrap().expose(), "fb-token");

    // The primary name wins over a fallback.
    let env = Environment::empty()
        .with_var("ALICLOUD_ACCESS_KEY_ID", "old")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "new")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s");
    assert_eq!(
        creds_of(&EnvProvider::with_environment(env)).access_key_id(),
        "new"
    );
}

#[test]
fn environment_half_set_names_the_variable_not_the_value() {
    let env = Environment::empty().with_var("ALIBABACLOUD_ACCESS_KEY_SECRET", "only-the-secret");
    let msg = err_of(&EnvProvider::with_environment(env));
    assert!(
        msg.contains("ALIBABACLOUD_ACCESS_KEY_SECRET is set"),
        "{msg}"
    );
    assert!(!msg.contains("only-the-secret"), "{msg}");
}

// ---------------------------------------------------------------------------------------------
// The CLI config

#[test]
fn cli_config_uses_the_current_profile() {
    let home = TempHome::new();
    home.write(
        CLI_PATH,
        &cli_config(
            &[
                ak_profile("default", "LTAIdefault", "s1"),
                ak_profile("work", "LTAIwork", "s2"),
            ]
            .join(","),
            "work",
        ),
    );
    let cfg = ChainConfig::new().environment(home_env(&home));
    let c = creds_of(&CliConfigProvider::new(&cfg));
    assert_eq!(c.access_key_id(), "LTAIwork");
    assert_eq!(c.access_key_secret().expose(), "s2");
}

#[test]
fn cli_profile_selection_order_explicit_then_variable_then_current() {
    let home = TempHome::new();
    let profiles = [
        ak_profile("default", "LTAIdefault", "s1"),
        ak_profile("work", "LTAIwork", "s2"),
        ak_profile("prod", "LTAIprod", "s3"),
    ]
    .join(",");
    home.write(CLI_PATH, &cli_config(&profiles, "work"));
    let env = home_env(&home).with_var("ALIBABA_CLOUD_PROFILE", "default");
    let by_var = ChainConfig::new().environment(env.clone());
    assert_eq!(
        creds_of(&CliConfigProvider::new(&by_var)).access_key_id(),
        "LTAIdefault"
    );
    let explicit = ChainConfig::new().environment(env).profile("prod");
    assert_eq!(
        creds_of(&CliConfigProvider::new(&explicit)).access_key_id(),
        "LTAIprod"
    );
}

#[test]
fn cli_sts_token_mode() {
    let home = TempHome::new();
    home.write(
        CLI_PATH,
        &cli_config(
            r#"{"name":"t","mode":"StsToken","access_key_id":"STS.cli","access_key_secret":"s","sts_token":"cli-token"}"#,
            "t",
        ),
    );
    let c = creds_of(&CliConfigProvider::new(
        &ChainConfig::new().environment(home_env(&home)),
    ));
    assert_eq!(c.access_key_id(), "STS.cli");
    assert_eq!(c.security_token().unwrap().expose(), "cli-token");
}

#[test]
fn cli_config_file_override_and_switch_off() {
    let home = TempHome::new();
    home.write(
        CLI_PATH,
        &cli_config(&ak_profile("default", "LTAIhome", "s"), "default"),
    );
    let other = home.write(
        "elsewhere/cli.json",
        &cli_config(&ak_profile("default", "LTAIother", "s"), "default"),
    );
    let env = home_env(&home).with_var("ALIBABA_CLOUD_CONFIG_FILE", other.to_str().unwrap());
    let cfg = ChainConfig::new().environment(env.clone());
    assert_eq!(
        creds_of(&CliConfigProvider::new(&cfg)).access_key_id(),
        "LTAIother"
    );

    let off =
        ChainConfig::new().environment(env.with_var("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "TRUE"));
    let msg = err_of(&CliConfigProvider::new(&off));
    assert!(
        msg.contains("disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED"),
        "{msg}"
    );
}

#[test]
fn cli_malformed_file_names_the_file_and_the_problem() {
    let home = TempHome::new();
    let path = home.write(
        CLI_PATH,
        r#"{"current": "default", "profiles": [{"name": "default", "access_key_secret": "leaky-secret" "#,
    );
    let msg = err_of(&CliConfigProvider::new(
        &ChainConfig::new().environment(home_env(&home)),
    ));
    assert!(msg.contains(path.to_str().unwrap()), "{msg}");
    assert!(msg.contains("malformed JSON"), "{msg}");
    assert!(msg.contains("line 1"), "{msg}");
    assert!(!msg.contains("leaky-secret"), "{msg}");
}

#[test]
fn cli_problems_in_a_profile_are_explained() {
    let home = TempHome::new();
    let profiles = [
        r#"{"name":"sso","mode":"CloudSSO"}"#.to_owned(),
        r#"{"name":"empty","mode":"AK","access_key_id":"","access_key_secret":""}"#.to_owned(),
        r#"{"name":"a","mode":"ChainableRamRoleArn","source_profile":"b","ram_role_arn":"acs:ram::1:role/x"}"#.to_owned(),
        r#"{"name":"b","mode":"ChainableRamRoleArn","source_profile":"a","ram_role_arn":"acs:ram::1:role/y"}"#.to_owned(),
        r#"{"name":"norole","mode":"RamRoleArn","access_key_id":"LTAI","access_key_secret":"s"}"#.to_owned(),
    ]
    .join(",");
    let path = home.write(CLI_PATH, &cli_config(&profiles, "sso"));
    let msg_for = |profile: &str| {
        err_of(&CliConfigProvider::new(
            &ChainConfig::new()
                .environment(home_env(&home))
                .profile(profile),
        ))
    };
    let m = msg_for("sso");
    assert!(m.contains("mode CloudSSO is not supported"), "{m}");
    assert!(
        m.contains(path.to_str().unwrap()) && m.contains("profile 'sso'"),
        "{m}"
    );
    let m = msg_for("empty");
    assert!(
        m.contains("access_key_id or access_key_secret is empty"),
        "{m}"
    );
    let m = msg_for("a");
    assert!(m.contains("source_profile loop: a -> b -> a"), "{m}");
    let m = msg_for("norole");
    assert!(m.contains("ram_role_arn is empty"), "{m}");
    let m = msg_for("missing");
    assert!(
        m.contains("no profile 'missing' (profiles: sso, empty, a, b, norole)"),
        "{m}"
    );
}

// ---------------------------------------------------------------------------------------------
// The INI credentials file

const INI: &str = "\
# written by hand
[default]
type = access_key
access_key_id = LTAIinidefault
access_key_secret = ini-secret-1

[staging]
enable = true
type = sts
access_key_id = STS.inistaging
access_key_secret = ini-secret-2
security_token = ini-token

[off]
enable = false
type = access_key
access_key_id = LTAIoff
access_key_secret = x

[weird]
type = rsa_key_pair

[tokenless]
type = sts
access_key_id = STS.x
access_key_secret = y
";

#[test]
fn ini_default_section_and_profile_selection() {
    let home = TempHome::new();
    home.write(INI_PATH, INI);
    let p = CredentialsFileProvider::new(&ChainConfig::new().environment(home_env(&home)));
    assert_eq!(creds_of(&p).access_key_id(), "LTAIinidefault");

    let env = home_env(&home).with_var("ALIBABA_CLOUD_PROFILE", "staging");
    let c = creds_of(&CredentialsFileProvider::new(
        &ChainConfig::new().environment(env.clone()),
    ));
    assert_eq!(c.access_key_id(), "STS.inistaging");
    assert_eq!(c.security_token().unwrap().expose(), "ini-token");

    // The explicit profile beats the variable.
    let c = creds_of(&CredentialsFileProvider::new(
        &ChainConfig::new().environment(env).profile("default"),
    ));
    assert_eq!(c.access_key_id(), "LTAIinidefault");
}

#[test]
fn ini_file_override_and_section_problems() {
    let home = TempHome::new();
    let path = home.write("custom/creds.ini", INI);
    let env = home_env(&home).with_var("ALIBABA_CLOUD_CREDENTIALS_FILE", path.to_str().unwrap());
    let msg_for = |profile: &str| {
        err_of(&CredentialsFileProvider::new(
            &ChainConfig::new().environment(env.clone()).profile(profile),
        ))
    };
    assert!(msg_for("off").contains("disabled (enable = false)"));
    let m = msg_for("tokenless");
    assert!(
        m.contains("[tokenless]: security_token is missing or empty"),
        "{m}"
    );
    let m = msg_for("weird");
    assert!(m.contains("type rsa_key_pair is not supported"), "{m}");
    assert!(
        m.contains(path.to_str().unwrap()) && m.contains("[weird]"),
        "{m}"
    );
    let m = msg_for("nope");
    assert!(
        m.contains("no section [nope] (sections: default, off, staging, tokenless, weird)"),
        "{m}"
    );
    let c = creds_of(&CredentialsFileProvider::new(
        &ChainConfig::new().environment(env.clone()),
    ));
    assert_eq!(c.access_key_id(), "LTAIinidefault");
}

#[test]
fn ini_malformed_file_names_the_file_and_line() {
    let home = TempHome::new();
    let path = home.write(
        INI_PATH,
        "[default]\ntype = access_key\naccess_key_secret: secret-with-colon\n",
    );
    let m = err_of(&CredentialsFileProvider::new(
        &ChainConfig::new().environment(home_env(&home)),
    ));
    assert!(m.contains(path.to_str().unwrap()), "{m}");
    assert!(m.contains("malformed: line 3"), "{m}");
    assert!(!m.contains("secret-with-colon"), "{m}");
}

// ---------------------------------------------------------------------------------------------
// The chain

fn metadata_off(env: Environment) -> Environment {
    env.with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
}

#[test]
fn nothing_anywhere_lists_every_source_in_order() {
    let home = TempHome::new();
    let chain =
        DefaultChain::with_config(ChainConfig::new().environment(metadata_off(home_env(&home))));
    let msg = err_of(&chain);
    let cli = home.path().join(CLI_PATH);
    let ini = home.path().join(INI_PATH);
    let expected = format!(
        "no credentials found; tried \
         1) environment: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set; \
         2) OIDC role: ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set; \
         3) CLI config {}: no such file; \
         4) credentials file {}: no such file; \
         5) ECS metadata: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true; \
         6) credentials URI: ALIBABA_CLOUD_CREDENTIALS_URI is not set",
        cli.display(),
        ini.display()
    );
    assert_eq!(msg, expected);
}

#[test]
fn unreachable_metadata_service_is_reported() {
    let port = credentials_support::closed_port();
    let home = TempHome::new();
    let chain = DefaultChain::with_config(
        ChainConfig::new()
            .environment(home_env(&home))
            .metadata_endpoint(format!("http://127.0.0.1:{port}")),
    );
    let msg = err_of(&chain);
    assert!(
        msg.contains(&format!(
            "5) ECS metadata service http://127.0.0.1:{port}: not reachable"
        )),
        "{msg}"
    );
}

#[test]
fn no_home_directory_is_said_plainly() {
    let chain = DefaultChain::with_config(
        ChainConfig::new().environment(metadata_off(Environment::empty())),
    );
    let msg = err_of(&chain);
    assert!(
        msg.contains("3) CLI config: no home directory (HOME is not set)"),
        "{msg}"
    );
    assert!(
        msg.contains("4) credentials file: no home directory"),
        "{msg}"
    );
}

#[test]
fn chain_order_environment_cli_ini_metadata() {
    let clock = ManualClock::now_real();
    let metadata = start_metadata(MetadataConfig::new("EcsRole", clock.clone()));
    let home = TempHome::new();
    home.write(
        CLI_PATH,
        &cli_config(&ak_profile("default", "LTAIcli", "s"), "default"),
    );
    home.write(INI_PATH, INI);
    let with_env = home_env(&home)
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s");
    let first = |env: Environment| {
        let chain = DefaultChain::with_config(
            ChainConfig::new()
                .environment(env)
                .clock(clock.clone())
                .metadata_endpoint(metadata.url()),
        );
        chain.credentials().unwrap().access_key_id().to_owned()
    };
    assert_eq!(first(with_env.clone()), "LTAIenv");
    let no_env = with_env
        .without_var("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .without_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    assert_eq!(first(no_env.clone()), "LTAIcli");
    let no_cli = no_env.with_var("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
    assert_eq!(first(no_cli.clone()), "LTAIinidefault");
    std::fs::remove_file(home.path().join(INI_PATH)).unwrap();
    assert_eq!(
        metadata.hits(),
        0,
        "metadata asked before the files ran out"
    );
    assert_eq!(first(no_cli), "STS.ecs1");
}

#[test]
fn files_are_read_when_credentials_are_needed_not_before() {
    let home = TempHome::new();
    let chain =
        DefaultChain::with_config(ChainConfig::new().environment(metadata_off(home_env(&home))));
    // The file appears after the chain (or a client) was made.
    home.write(INI_PATH, INI);
    assert_eq!(
        chain.credentials().unwrap().access_key_id(),
        "LTAIinidefault"
    );
}

#[test]
fn a_broken_source_does_not_hide_a_later_one_and_is_still_reported() {
    let home = TempHome::new();
    home.write(CLI_PATH, "{ not json");
    home.write(INI_PATH, INI);
    let chain =
        DefaultChain::with_config(ChainConfig::new().environment(metadata_off(home_env(&home))));
    assert_eq!(
        chain.credentials().unwrap().access_key_id(),
        "LTAIinidefault"
    );

    std::fs::remove_file(home.path().join(INI_PATH)).unwrap();
    let chain =
        DefaultChain::with_config(ChainConfig::new().environment(metadata_off(home_env(&home))));
    let msg = err_of(&chain);
    assert!(
        msg.contains("3) CLI config") && msg.contains("malformed JSON"),
        "{msg}"
    );
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let home = TempHome::new();
    home.write(INI_PATH, INI);
    let chain = DefaultChain::with_config(
        ChainConfig::new().environment(
            metadata_off(home_env(&home))
                .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-only-secret"),
        ),
    );
    let c = chain.credentials().unwrap();
    let shown = format!("{chain:?} {c:?}");
    for secret in ["ini-secret-1", "env-only-secret"] {
        assert!(!shown.contains(secret), "{shown}");
    }
    assert!(shown.contains("LTAIinidefault"), "{shown}");
}

// ---------------------------------------------------------------------------------------------
// Through a client: the profile option and the region from the profile

fn vpc_server() -> Server {
    Server::start(|req| {
        let params = req.params();
        Response::new(
            200,
            format!(
                r#"{{"RequestId":"RID-VPC","Name":"{}","SslVpnClientCertId":"vsc-{}"}}"#,
                params.get("Name").cloned().unwrap_or_default(),
                params.get("AccessKeyId").cloned().unwrap_or_default()
            ),
        )
    })
}

#[test]
fn client_profile_option_selects_the_profile_in_both_files() {
    let vpc = vpc_server();
    let home = TempHome::new();
    home.write(
        CLI_PATH,
        &cli_config(
            &[
                ak_profile("default", "LTAIclidefault", "s"),
                ak_profile("vpn", "LTAIclivpn", "s"),
            ]
            .join(","),
            "default",
        ),
    );
    let client = vpncert::Client::builder()
        .environment(metadata_off(home_env(&home)))
        .profile("vpn")
        .endpoint(vpc.url())
        .max_retries(0)
        .build()
        .unwrap();
    // The region comes from the profile, as the aliyun CLI does it, unless the variable says.
    assert_eq!(client.region_id(), "cn-shanghai");
    let by_var = vpncert::Client::builder()
        .environment(
            metadata_off(home_env(&home)).with_var("ALIBABA_CLOUD_REGION_ID", "cn-beijing"),
        )
        .profile("vpn")
        .endpoint(vpc.url())
        .build()
        .unwrap();
    assert_eq!(by_var.region_id(), "cn-beijing");
    let out = client
        .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new("vss-1").name("alice"))
        .unwrap();
    assert_eq!(out.ssl_vpn_client_cert_id, "vsc-LTAIclivpn");

    // The same name selects the INI section when the CLI config has no such profile.
    let home = TempHome::new();
    home.write(INI_PATH, INI);
    let client = vpncert::Client::builder()
        .environment(metadata_off(home_env(&home)))
        .profile("staging")
        .region_id("cn-hangzhou")
        .endpoint(vpc.url())
        .max_retries(0)
        .build()
        .unwrap();
    let out = client
        .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new("vss-1").name("bob"))
        .unwrap();
    assert_eq!(out.ssl_vpn_client_cert_id, "vsc-STS.inistaging");
    let last = vpc.requests().pop().unwrap();
    assert_eq!(
        last.params().get("SecurityToken").map(String::as_str),
        Some("ini-token")
    );
}

#[test]
fn client_settings_come_from_the_given_environment() {
    let vpc = vpc_server();
    let home = TempHome::new();
    let env = metadata_off(home_env(&home))
        .with_var("ALIBABA_CLOUD_REGION_ID", "eu-central-1")
        .with_var("ALIBABA_CLOUD_ENDPOINT_VPC", vpc.url())
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIviaenv")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s");
    let client = vpncert::Client::builder()
        .environment(env)
        .max_retries(0)
        .build()
        .unwrap();
    assert_eq!(client.region_id(), "eu-central-1");
    assert_eq!(client.endpoint_url(), format!("{}/", vpc.url()));
    let out = client
        .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new("vss-1"))
        .unwrap();
    assert_eq!(out.ssl_vpn_client_cert_id, "vsc-LTAIviaenv");

    // No region anywhere.
    let err = vpncert::Client::builder()
        .environment(metadata_off(home_env(&home)))
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput { ref parameter, .. } if parameter == "RegionId"),
        "{err:?}"
    );

    // A client without credentials anywhere fails its call with the chain's report.
    let client = vpncert::Client::builder()
        .environment(metadata_off(home_env(&home)))
        .region_id("cn-hangzhou")
        .endpoint(vpc.url())
        .build()
        .unwrap();
    let err = client
        .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new("vss-1"))
        .unwrap_err();
    assert!(
        matches!(&err, Error::Credentials(m) if m.starts_with("no credentials found; tried 1) environment")),
        "{err:?}"
    );
    assert_eq!(vpc.hits(), 1, "no request is sent without credentials");
}

#[test]
fn shared_provider_type_is_usable_directly() {
    let p: Arc<dyn CredentialsProvider> = Arc::new(EnvProvider::with_environment(
        Environment::empty()
            .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIx")
            .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "y"),
    ));
    let chain = DefaultChain::from_sources(vec![p]);
    assert_eq!(chain.credentials().unwrap().access_key_id(), "LTAIx");
}

/// Serializes the one test that changes the process environment (it uses its own variable name,
/// so other tests, which never read the process environment, are unaffected either way).
static PROCESS_ENV: Mutex<()> = Mutex::new(());

#[test]
fn the_process_environment_is_read_at_lookup_time() {
    const NAME: &str = "VPNCERT_TEST_CREDENTIALS_PROBE";
    let _guard = PROCESS_ENV.lock().unwrap_or_else(|p| p.into_inner());
    std::env::remove_var(NAME);
    let env = Environment::process();
    assert_eq!(env.var(NAME), None);
    std::env::set_var(NAME, " set later ");
    assert_eq!(env.var(NAME).as_deref(), Some("set later"));
    assert_eq!(env.clone().without_var(NAME).var(NAME), None);
    assert_eq!(
        env.clone().with_var(NAME, "override").var(NAME).as_deref(),
        Some("override")
    );
    std::env::remove_var(NAME);
    assert_eq!(env.var(NAME), None);
}
