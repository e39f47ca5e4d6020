//! OIDC role credentials (RRSA on ACK / Kubernetes): STS `AssumeRoleWithOIDC` emulated on
//! loopback. The sources that lead there (environment, CLI config mode `OIDC`, INI type
//! `oidc_role_arn`), the exact unsigned request, the token file read again at every refresh,
//! refusals, partial settings, the place in the default chain, and secrets kept out of every
//! message.

mod credentials_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::thread;
use std::time::{Duration, SystemTime};

use credentials_support::{ManualClock, Request, Response, Server, TempHome};
use vpncert::credentials::{
    ChainConfig, CliConfigProvider, Clock, CredentialsFileProvider, CredentialsProvider,
    DefaultChain, OidcEnvProvider, OidcRole, OidcRoleProvider,
};
use vpncert::{Environment, Error};

const ROLE_ARN: &str = "acs:ram::1234567890123456:role/vpn-pod";
const PROVIDER_ARN: &str = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-c0ffee";
/// Token values are spelled so a test can tell them from anything else in a message.
const TOKEN_A: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QtYSJ9.c2lnLWEtT0lEQ1RPS0VO";
const TOKEN_B: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QtYiJ9.c2lnLWItT0lEQ1RPS0VO";
const TOKEN_PATH: &str = "rrsa/token";

/// STS answering `AssumeRoleWithOIDC` the way the API reference shows it, with credentials valid
/// for `DurationSeconds` from the clock's now; or refusing every call with `refuse`.
struct OidcSts {
    server: Server,
    refuse: Arc<Mutex<Option<(u16, String, String)>>>,
}

impl OidcSts {
    fn start(clock: &Arc<ManualClock>, delay: Duration) -> Self {
        let clock = clock.clone();
        let refuse: Arc<Mutex<Option<(u16, String, String)>>> = Arc::new(Mutex::new(None));
        let issued = Arc::new(AtomicUsize::new(0));
        let server = {
            let refuse = refuse.clone();
            Server::start(move |req| {
                thread::sleep(delay);
                if let Some((status, code, message)) = refuse.lock().unwrap().clone() {
                    return Response::new(
                        status,
                        format!(
                            r#"{{"RequestId":"RID-OIDC-REFUSED","HostId":"sts.aliyuncs.com","Code":"{code}","Message":"{message}"}}"#
                        ),
                    );
                }
                answer(req, &clock, &issued)
            })
        };
        OidcSts { server, refuse }
    }

    fn refuse_with(&self, status: u16, code: &str, message: &str) {
        *self.refuse.lock().unwrap() = Some((status, code.into(), message.into()));
    }
}

fn answer(req: &Request, clock: &Arc<ManualClock>, issued: &AtomicUsize) -> Response {
    let p = req.params();
    if p.get("Action").map(String::as_str) != Some("AssumeRoleWithOIDC")
        || p.get("Version").map(String::as_str) != Some("2015-04-01")
    {
        return Response::new(404, r#"{"Code":"InvalidAction.NotFound","Message":"?"}"#);
    }
    for required in [
        "RoleArn",
        "OIDCProviderArn",
        "OIDCToken",
        "RoleSessionName",
        "Timestamp",
    ] {
        if !p.contains_key(required) {
            return Response::new(
                400,
                format!(r#"{{"Code":"MissingParameter","Message":"{required}"}}"#),
            );
        }
    }
    let n = issued.fetch_add(1, Ordering::SeqCst) + 1;
    let secs: u64 = p
        .get("DurationSeconds")
        .map_or(3600, |d| d.parse().unwrap());
    let now = clock.now();
    let exp = vpncert::sign::format_timestamp(now + Duration::from_secs(secs));
    Response::new(
        200,
        format!(
            r#"{{"RequestId":"RID-OIDC-{n}",
                "OIDCTokenInfo":{{"Subject":"system:serviceaccount:vpn:agent","Issuer":"https://oidc-ack.example","ClientIds":"sts.aliyuncs.com","IssuanceTime":"{iat}","ExpirationTime":"{exp}"}},
                "AssumedRoleUser":{{"Arn":"{arn}/{session}","AssumedRoleId":"3:{session}"}},
                "Credentials":{{"AccessKeyId":"STS.oidc{n}","AccessKeySecret":"oidc-secret-{n}","SecurityToken":"oidc-sts-token-{n}","Expiration":"{exp}"}}}}"#,
            iat = vpncert::sign::format_timestamp(now),
            arn = p["RoleArn"],
            session = p["RoleSessionName"],
        ),
    )
}

/// The three RRSA variables, the token file written in `home`, STS and metadata settled.
fn rrsa_env(home: &TempHome) -> Environment {
    let token_file = home.write(TOKEN_PATH, TOKEN_A);
    Environment::empty()
        .with_home(home.path())
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .with_var("ALIBABA_CLOUD_ROLE_ARN", ROLE_ARN)
        .with_var("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", PROVIDER_ARN)
        .with_var(
            "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
            token_file.display().to_string(),
        )
}

fn config(env: Environment, sts: &OidcSts, clock: &Arc<ManualClock>) -> ChainConfig {
    ChainConfig::new()
        .environment(env)
        .clock(clock.clone())
        .sts_endpoint(sts.server.url())
}

fn err_of(p: &dyn CredentialsProvider) -> String {
    match p.credentials() {
        Err(Error::Credentials(m)) => m,
        other => panic!("expected a credentials error, got {other:?}"),
    }
}

fn whole_seconds(t: SystemTime) -> SystemTime {
    let secs = t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
    SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
}

// ---------------------------------------------------------------------------------------------
// The environment

#[test]
fn environment_role_sends_the_exact_unsigned_request() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    // A trailing newline (echo, an editor) is not part of the token.
    let env = rrsa_env(&home).with_var("ALIBABA_CLOUD_ROLE_SESSION_NAME", "vpn-agent-7");
    home.write(TOKEN_PATH, &format!("{TOKEN_A}\n"));
    let c = OidcEnvProvider::new(&config(env, &sts, &clock))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.oidc1");
    assert_eq!(c.access_key_secret().expose(), "oidc-secret-1");
    assert_eq!(c.security_token().unwrap().expose(), "oidc-sts-token-1");
    assert_eq!(
        c.expiration(),
        Some(whole_seconds(clock.now()) + Duration::from_secs(3600))
    );

    let reqs = sts.server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/");
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let p = r.params();
    let expected: Vec<(&str, String)> = vec![
        ("Action", "AssumeRoleWithOIDC".into()),
        ("DurationSeconds", "3600".into()),
        ("Format", "JSON".into()),
        ("OIDCProviderArn", PROVIDER_ARN.into()),
        ("OIDCToken", TOKEN_A.into()),
        ("RoleArn", ROLE_ARN.into()),
        ("RoleSessionName", "vpn-agent-7".into()),
        ("Timestamp", vpncert::sign::format_timestamp(clock.now())),
        ("Version", "2015-04-01".into()),
    ];
    let got: Vec<(&str, String)> = p.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    assert_eq!(got, expected, "exactly these parameters, nothing signed");
    // The token and the role travel in the body; the URL carries only the call's name and time.
    assert!(r.body.contains("OIDCToken=") && !r.query.contains("OIDCToken"));
    assert!(r.body.contains("RoleArn=") && !r.query.contains("RoleArn"));
    assert!(r.query.contains("Action=AssumeRoleWithOIDC"));
}

#[test]
fn without_a_session_name_one_is_generated() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let p = OidcEnvProvider::new(&config(rrsa_env(&home), &sts, &clock));
    p.credentials().unwrap();
    let name = &sts.server.requests()[0].params()["RoleSessionName"];
    let ms = clock
        .now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    assert_eq!(name, &format!("vpncert-{ms}"));
}

#[test]
fn partial_environment_names_the_missing_variables_and_no_token() {
    let home = TempHome::new();
    let full = rrsa_env(&home);
    let cases = [
        (
            full.clone().without_var("ALIBABA_CLOUD_ROLE_ARN"),
            "ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are set but ALIBABA_CLOUD_ROLE_ARN is not (all three are needed)",
        ),
        (
            full.clone()
                .without_var("ALIBABA_CLOUD_OIDC_PROVIDER_ARN")
                .without_var("ALIBABA_CLOUD_OIDC_TOKEN_FILE"),
            "ALIBABA_CLOUD_ROLE_ARN is set but ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are not (all three are needed)",
        ),
        (
            full.clone().without_var("ALIBABA_CLOUD_OIDC_TOKEN_FILE"),
            "ALIBABA_CLOUD_ROLE_ARN and ALIBABA_CLOUD_OIDC_PROVIDER_ARN are set but ALIBABA_CLOUD_OIDC_TOKEN_FILE is not (all three are needed)",
        ),
    ];
    for (env, expected) in cases {
        let chain = DefaultChain::with_config(ChainConfig::new().environment(env));
        let msg = err_of(&chain);
        assert!(msg.contains(&format!("2) OIDC role: {expected}")), "{msg}");
        assert!(!msg.contains(TOKEN_A), "{msg}");
    }
}

#[test]
fn the_variables_are_read_when_credentials_are_needed_and_kept_once_complete() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let p = OidcEnvProvider::new(&config(
        rrsa_env(&home).without_var("ALIBABA_CLOUD_ROLE_ARN"),
        &sts,
        &clock,
    ));
    assert!(err_of(&p).contains("ALIBABA_CLOUD_ROLE_ARN is not"));
    assert_eq!(sts.server.hits(), 0);

    // Complete: the role is assumed once and its cache reused.
    let p = OidcEnvProvider::new(&config(rrsa_env(&home), &sts, &clock));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.oidc1");
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.oidc1");
    assert_eq!(sts.server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// The files

#[test]
fn cli_config_oidc_mode() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let token_file = home.write(TOKEN_PATH, TOKEN_A);
    // The fields as `aliyun configure --mode OIDC` writes them.
    home.write_cli_config("rrsa",
        &[&format!(
            r#"{{"name":"rrsa","mode":"OIDC","ram_role_arn":"{ROLE_ARN}","oidc_provider_arn":"{PROVIDER_ARN}",
                "oidc_token_file":"{}","ram_session_name":"cli-session","expired_seconds":1800,
                "policy":"{{\"Version\":\"1\"}}","sts_region":"cn-shanghai","region_id":"cn-shanghai",
                "access_key_id":"","access_key_secret":"","sts_token":"","output_format":"json"}}"#,
            token_file.display()
        )],
    );
    let env = Environment::empty().with_home(home.path());
    let c = CliConfigProvider::new(&config(env, &sts, &clock))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.oidc1");
    assert_eq!(
        c.expiration(),
        Some(whole_seconds(clock.now()) + Duration::from_secs(1800))
    );
    let p = sts.server.requests()[0].params();
    assert_eq!(p["RoleArn"], ROLE_ARN);
    assert_eq!(p["OIDCProviderArn"], PROVIDER_ARN);
    assert_eq!(p["OIDCToken"], TOKEN_A);
    assert_eq!(p["RoleSessionName"], "cli-session");
    assert_eq!(p["DurationSeconds"], "1800");
    assert_eq!(p["Policy"], r#"{"Version":"1"}"#);
    assert!(!p.contains_key("Signature") && !p.contains_key("AccessKeyId"));
}

#[test]
fn cli_oidc_profile_fields_fall_back_to_the_variables() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let token_file = home.write(TOKEN_PATH, TOKEN_A);
    home.write_cli_config(
        "rrsa",
        &[&format!(
            r#"{{"name":"rrsa","mode":"OIDC","oidc_provider_arn":"{PROVIDER_ARN}"}}"#
        )],
    );
    // Without the variables: the missing fields and their variables are named.
    let env = Environment::empty()
        .with_home(home.path())
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    let msg = err_of(&CliConfigProvider::new(&config(env.clone(), &sts, &clock)));
    assert!(
        msg.ends_with(
            "profile 'rrsa': mode OIDC: ram_role_arn is missing or empty and ALIBABA_CLOUD_ROLE_ARN is not set"
        ),
        "{msg}"
    );
    let env = env.with_var("ALIBABA_CLOUD_ROLE_ARN", ROLE_ARN);
    let msg = err_of(&CliConfigProvider::new(&config(env.clone(), &sts, &clock)));
    assert!(
        msg.ends_with(
            "mode OIDC: oidc_token_file is missing or empty and ALIBABA_CLOUD_OIDC_TOKEN_FILE is not set"
        ),
        "{msg}"
    );
    // The role and the token file from the environment, the provider from the profile. (Through
    // the chain, the variables alone are incomplete, so the CLI profile is what yields.)
    let env = env.with_var(
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
        token_file.display().to_string(),
    );
    let chain = DefaultChain::with_config(config(
        env.without_var("ALIBABA_CLOUD_OIDC_PROVIDER_ARN"),
        &sts,
        &clock,
    ));
    assert_eq!(chain.credentials().unwrap().access_key_id(), "STS.oidc1");
    let p = sts.server.requests()[0].params();
    assert_eq!(p["RoleArn"], ROLE_ARN);
    assert_eq!(p["OIDCProviderArn"], PROVIDER_ARN);
    assert_eq!(p["OIDCToken"], TOKEN_A);
}

#[test]
fn cli_oidc_profile_as_the_source_of_a_chained_role() {
    // AssumeRoleWithOIDC first, then AssumeRole signed with what it returned.
    let clock = ManualClock::now_real();
    let issued = Arc::new(AtomicUsize::new(0));
    let sts = {
        let (clock, issued) = (clock.clone(), issued.clone());
        Server::start(move |req| {
            let p = req.params();
            if p.get("Action").map(String::as_str) == Some("AssumeRole") {
                assert_eq!(p["AccessKeyId"], "STS.oidc1");
                assert_eq!(p["SecurityToken"], "oidc-sts-token-1");
                let sts_to_sign: Vec<(&str, &str)> = p
                    .iter()
                    .filter(|(k, _)| k.as_str() != "Signature")
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let expected = vpncert::sign::v1::signature(
                    "oidc-secret-1",
                    &vpncert::sign::v1::string_to_sign(&req.method, sts_to_sign),
                );
                assert_eq!(p["Signature"], expected, "signed with the OIDC session");
                let exp = vpncert::sign::format_timestamp(clock.now() + Duration::from_secs(3600));
                return Response::new(
                    200,
                    format!(
                        r#"{{"RequestId":"R","Credentials":{{"AccessKeyId":"STS.chained","AccessKeySecret":"s","SecurityToken":"t","Expiration":"{exp}"}}}}"#
                    ),
                );
            }
            answer(req, &clock, &issued)
        })
    };
    let home = TempHome::new();
    let token_file = home.write(TOKEN_PATH, TOKEN_A);
    home.write_cli_config("admin",
        &[
            &format!(
                r#"{{"name":"pod","mode":"OIDC","ram_role_arn":"{ROLE_ARN}","oidc_provider_arn":"{PROVIDER_ARN}","oidc_token_file":"{}"}}"#,
                token_file.display()
            ),
            r#"{"name":"admin","mode":"ChainableRamRoleArn","source_profile":"pod","ram_role_arn":"acs:ram::1:role/admin"}"#,
        ],
    );
    let c = CliConfigProvider::new(
        &ChainConfig::new()
            .environment(Environment::empty().with_home(home.path()))
            .clock(clock.clone())
            .sts_endpoint(sts.url()),
    )
    .credentials()
    .unwrap();
    assert_eq!(c.access_key_id(), "STS.chained");
    let actions: Vec<String> = sts
        .requests()
        .iter()
        .map(|r| r.params()["Action"].clone())
        .collect();
    assert_eq!(actions, ["AssumeRoleWithOIDC", "AssumeRole"]);
}

#[test]
fn ini_oidc_role_arn_type() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let token_file = home.write(TOKEN_PATH, TOKEN_A);
    home.write(
        ".alibabacloud/credentials",
        &format!(
            "[default]\ntype = oidc_role_arn\nrole_arn = {ROLE_ARN}\noidc_provider_arn = {PROVIDER_ARN}\n\
             oidc_token_file_path = {}\nrole_session_name = ini-session\nduration_seconds = 900\n\
             policy = {{\"Statement\": []}}\n",
            token_file.display()
        ),
    );
    let env = Environment::empty().with_home(home.path());
    let c = CredentialsFileProvider::new(&config(env.clone(), &sts, &clock))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.oidc1");
    let p = sts.server.requests()[0].params();
    assert_eq!(p["RoleArn"], ROLE_ARN);
    assert_eq!(p["OIDCProviderArn"], PROVIDER_ARN);
    assert_eq!(p["OIDCToken"], TOKEN_A);
    assert_eq!(p["RoleSessionName"], "ini-session");
    assert_eq!(p["DurationSeconds"], "900");
    assert_eq!(p["Policy"], r#"{"Statement": []}"#);

    home.write(
        ".alibabacloud/credentials",
        &format!(
            "[default]\ntype = oidc_role_arn\nrole_arn = {ROLE_ARN}\nduration_seconds = 600\n"
        ),
    );
    let msg = err_of(&CredentialsFileProvider::new(&config(
        env.clone(),
        &sts,
        &clock,
    )));
    assert!(
        msg.ends_with(
            "section [default]: oidc_provider_arn is missing or empty and ALIBABA_CLOUD_OIDC_PROVIDER_ARN is not set"
        ),
        "{msg}"
    );
    let env = env
        .with_var("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", PROVIDER_ARN)
        .with_var(
            "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
            token_file.display().to_string(),
        );
    let msg = err_of(&CredentialsFileProvider::new(&config(env, &sts, &clock)));
    assert!(
        msg.ends_with("OIDC role: DurationSeconds 600 is below the minimum of 900"),
        "{msg}"
    );
}

// ---------------------------------------------------------------------------------------------
// Refresh and caching

fn direct(home: &TempHome, sts: &OidcSts, clock: &Arc<ManualClock>) -> OidcRoleProvider {
    let token_file = home.write(TOKEN_PATH, TOKEN_A);
    OidcRoleProvider::new(
        OidcRole::new(ROLE_ARN, PROVIDER_ARN, token_file).role_session_name("s"),
        &ChainConfig::new()
            .environment(Environment::empty())
            .clock(clock.clone())
            .sts_endpoint(sts.server.url()),
    )
    .unwrap()
}

#[test]
fn the_token_file_is_read_again_at_every_refresh() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let p = direct(&home, &sts, &clock);
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.oidc1");

    // The kubelet rotates the token; cached credentials are still good, so nothing is sent.
    home.write(TOKEN_PATH, TOKEN_B);
    clock.advance(Duration::from_secs(50 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.oidc1");
    assert_eq!(sts.server.hits(), 1);

    // Inside the refresh margin: the new token goes to STS.
    clock.advance(Duration::from_secs(6 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.oidc2");
    let tokens: Vec<String> = sts
        .server
        .requests()
        .iter()
        .map(|r| r.params()["OIDCToken"].clone())
        .collect();
    assert_eq!(tokens, [TOKEN_A, TOKEN_B]);
    let last = &sts.server.requests()[1].params()["Timestamp"];
    assert_eq!(last, &vpncert::sign::format_timestamp(clock.now()));
}

#[test]
fn eight_threads_on_a_cold_or_expired_cache_cause_one_call() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::from_millis(200));
    let home = TempHome::new();
    let p = Arc::new(direct(&home, &sts, &clock));
    let run = |p: &Arc<OidcRoleProvider>| -> Vec<String> {
        let barrier = Arc::new(Barrier::new(8));
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let (p, barrier) = (p.clone(), barrier.clone());
                thread::spawn(move || {
                    barrier.wait();
                    p.credentials().unwrap().access_key_id().to_owned()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    };
    assert!(run(&p).iter().all(|id| id == "STS.oidc1"));
    assert_eq!(sts.server.hits(), 1);
    clock.advance(Duration::from_secs(2 * 3600));
    assert!(run(&p).iter().all(|id| id == "STS.oidc2"));
    assert_eq!(sts.server.hits(), 2);
}

#[test]
fn a_failed_refresh_keeps_the_current_credentials_until_they_expire() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let p = direct(&home, &sts, &clock);
    p.credentials().unwrap();
    std::fs::remove_file(home.path().join(TOKEN_PATH)).unwrap();
    clock.advance(Duration::from_secs(57 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.oidc1");
    clock.advance(Duration::from_secs(5 * 60));
    let msg = err_of(&p);
    assert!(msg.contains("OIDC token file"), "{msg}");
}

// ---------------------------------------------------------------------------------------------
// Errors

#[test]
fn a_refused_call_carries_code_status_and_request_id_and_never_the_token() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    // The documented refusal for an expired token, with the token echoed back for good measure.
    sts.refuse_with(
        401,
        "AuthenticationFail.OIDCToken.Expired",
        &format!("This JsonWebToken is expired: {TOKEN_A}"),
    );
    let home = TempHome::new();
    let p = direct(&home, &sts, &clock);
    let msg = err_of(&p);
    assert!(
        msg.starts_with(&format!(
            "STS AssumeRoleWithOIDC of {ROLE_ARN} at {} refused: AuthenticationFail.OIDCToken.Expired (HTTP 401): This JsonWebToken is expired: ***",
            sts.server.addr
        )),
        "{msg}"
    );
    assert!(msg.ends_with("[RequestId: RID-OIDC-REFUSED]"), "{msg}");
    assert!(!msg.contains(TOKEN_A), "{msg}");
}

#[test]
fn an_unreadable_token_file_names_the_file_and_the_reason() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let p = direct(&home, &sts, &clock);
    let path = home.path().join(TOKEN_PATH);

    std::fs::remove_file(&path).unwrap();
    let msg = err_of(&p);
    let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
    let os_reason = std::fs::File::open(&path).unwrap_err().to_string();
    assert_eq!(
        msg,
        format!(
            "OIDC token file {}: cannot read: {os_reason}",
            path.display()
        )
    );
    assert_eq!(
        std::fs::File::open(&path).unwrap_err().kind(),
        missing.kind()
    );

    std::fs::create_dir_all(&path).unwrap();
    let msg = err_of(&p);
    assert!(
        msg.starts_with(&format!(
            "OIDC token file {}: cannot read: ",
            path.display()
        )),
        "{msg}"
    );
    std::fs::remove_dir(&path).unwrap();

    home.write(TOKEN_PATH, " \n");
    assert_eq!(
        err_of(&p),
        format!("OIDC token file {}: empty", path.display())
    );
    home.write(TOKEN_PATH, &"x".repeat(20_001));
    assert_eq!(
        err_of(&p),
        format!(
            "OIDC token file {}: holds 20001 characters; STS takes 4 to 20000",
            path.display()
        )
    );
    assert_eq!(sts.server.hits(), 0, "nothing sent without a usable token");
}

#[test]
fn a_token_where_the_path_belongs_is_not_repeated() {
    // A common slip: the token itself in ALIBABA_CLOUD_OIDC_TOKEN_FILE.
    let home = TempHome::new();
    let env = rrsa_env(&home).with_var("ALIBABA_CLOUD_OIDC_TOKEN_FILE", TOKEN_A);
    let chain = DefaultChain::with_config(
        ChainConfig::new()
            .environment(env)
            .sts_endpoint("http://127.0.0.1:9"),
    );
    let msg = err_of(&chain);
    assert!(
        msg.contains(
            "2) OIDC token file (a value that does not look like a file path): cannot read"
        ),
        "{msg}"
    );
    assert!(!msg.contains(TOKEN_A), "{msg}");
    assert!(!format!("{chain:?}").contains(TOKEN_A));
}

#[test]
fn settings_are_checked_before_anything_is_sent() {
    let cfg = ChainConfig::new().environment(Environment::empty());
    let err = |role: OidcRole| OidcRoleProvider::new(role, &cfg).unwrap_err().to_string();
    assert!(err(OidcRole::new("", PROVIDER_ARN, "/t")).contains("RoleArn is empty"));
    assert!(err(OidcRole::new(ROLE_ARN, " ", "/t")).contains("OIDCProviderArn is empty"));
    assert!(err(OidcRole::new(ROLE_ARN, PROVIDER_ARN, "")).contains("token file path is empty"));
    assert!(
        err(OidcRole::new(ROLE_ARN, PROVIDER_ARN, "/t").duration_seconds(899))
            .contains("DurationSeconds 899 is below the minimum of 900")
    );
}

#[test]
fn sts_endpoint_resolution() {
    let url = |env: Environment, role: OidcRole| {
        OidcRoleProvider::new(role, &ChainConfig::new().environment(env))
            .unwrap()
            .sts_endpoint_url()
    };
    let role = || OidcRole::new(ROLE_ARN, PROVIDER_ARN, "/t");
    assert_eq!(
        url(Environment::empty(), role()),
        "https://sts.aliyuncs.com/"
    );
    assert_eq!(
        url(Environment::empty(), role().sts_region("cn-shanghai")),
        "https://sts.cn-shanghai.aliyuncs.com/"
    );
    assert_eq!(
        url(
            Environment::empty().with_var("ALIBABA_CLOUD_STS_REGION", "cn-beijing"),
            role()
        ),
        "https://sts.cn-beijing.aliyuncs.com/"
    );
    assert_eq!(
        url(
            Environment::empty()
                .with_var("ALIBABA_CLOUD_STS_REGION", "cn-beijing")
                .with_var("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true"),
            role()
        ),
        "https://sts-vpc.cn-beijing.aliyuncs.com/"
    );
    assert_eq!(
        url(
            Environment::empty(),
            role().sts_region("cn-shanghai").enable_vpc(true)
        ),
        "https://sts-vpc.cn-shanghai.aliyuncs.com/"
    );
    assert_eq!(
        url(
            Environment::empty().with_var(
                "ALIBABA_CLOUD_STS_ENDPOINT",
                "sts.ap-southeast-1.aliyuncs.com"
            ),
            role().sts_region("cn-shanghai")
        ),
        "https://sts.ap-southeast-1.aliyuncs.com/"
    );
}

// ---------------------------------------------------------------------------------------------
// The default chain

#[test]
fn chain_order_access_keys_then_oidc_then_cli_config() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    home.write_cli_config(
        "default",
        &[r#"{"name":"default","mode":"AK","access_key_id":"LTAIcli","access_key_secret":"s"}"#],
    );
    let first = |env: Environment| {
        DefaultChain::with_config(config(env, &sts, &clock))
            .credentials()
            .unwrap()
            .access_key_id()
            .to_owned()
    };
    let everything = rrsa_env(&home)
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s");
    assert_eq!(first(everything.clone()), "LTAIenv");
    assert_eq!(sts.server.hits(), 0, "AccessKey variables come first");

    let no_keys = everything
        .without_var("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .without_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    assert_eq!(first(no_keys.clone()), "STS.oidc1");
    assert_eq!(sts.server.hits(), 1, "the OIDC role before the CLI config");

    let no_oidc = no_keys.without_var("ALIBABA_CLOUD_ROLE_ARN");
    assert_eq!(first(no_oidc), "LTAIcli");
    assert_eq!(sts.server.hits(), 1);
}

#[test]
fn a_client_on_a_pod_uses_the_oidc_role() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let vpc = Server::start(|req| {
        let p = req.params();
        Response::new(
            200,
            format!(
                r#"{{"RequestId":"R","Name":"n","SslVpnClientCertId":"vsc-{}"}}"#,
                p.get("AccessKeyId").cloned().unwrap_or_default()
            ),
        )
    });
    let home = TempHome::new();
    let client = vpncert::Client::builder()
        .environment(rrsa_env(&home).with_var("ALIBABA_CLOUD_STS_ENDPOINT", sts.server.url()))
        .region_id("cn-hangzhou")
        .endpoint(vpc.url())
        .max_retries(0)
        .build()
        .unwrap();
    for i in 0..3 {
        let out = client
            .create_ssl_vpn_client_cert(
                &vpncert::CreateSslVpnClientCert::new("vss-1").name(format!("pod-{i}")),
            )
            .unwrap();
        assert_eq!(out.ssl_vpn_client_cert_id, "vsc-STS.oidc1");
    }
    assert_eq!(sts.server.hits(), 1);
    for r in vpc.requests() {
        assert_eq!(r.params()["SecurityToken"], "oidc-sts-token-1");
    }
}

// ---------------------------------------------------------------------------------------------
// Secrets

#[test]
fn secrets_stay_out_of_debug_display_and_errors() {
    let clock = ManualClock::now_real();
    let sts = OidcSts::start(&clock, Duration::ZERO);
    let home = TempHome::new();
    let env = rrsa_env(&home);
    let cfg = config(env.clone(), &sts, &clock);
    let chain = DefaultChain::with_config(cfg.clone());
    let role = OidcRole::from_environment(&env).unwrap();
    let provider = OidcRoleProvider::new(role.clone(), &cfg).unwrap();
    let c = chain.credentials().unwrap();
    let pc = provider.credentials().unwrap();
    let shown = format!(
        "{chain:?} {chain:#?} {role:?} {provider:?} {c:?} {pc:?} {:?} {cfg:?}",
        OidcEnvProvider::new(&cfg)
    );
    let secrets = [
        TOKEN_A,
        "oidc-secret-1",
        "oidc-sts-token-1",
        "oidc-secret-2",
        "oidc-sts-token-2",
    ];
    for s in secrets {
        assert!(!shown.contains(s), "{s} in {shown}");
    }
    assert!(shown.contains(ROLE_ARN) && shown.contains("STS.oidc1"));

    // Errors from every stage: refused, unreadable, rotated but refused again.
    sts.refuse_with(400, "InvalidParameter", &format!("bad token {TOKEN_A}"));
    clock.advance(Duration::from_secs(2 * 3600));
    let mut errors = vec![chain.credentials().unwrap_err()];
    std::fs::remove_file(home.path().join(TOKEN_PATH)).unwrap();
    errors.push(provider.credentials().unwrap_err());
    for e in &errors {
        let shown = format!("{e} {e:?} {e:#?}");
        assert!(!shown.contains(TOKEN_A), "{shown}");
    }
}
