//! The credentials URI source against a credentials agent on loopback: the exact request, the
//! answer and its expiry, refresh through the cache (once for many threads), refusals, a URI
//! whose user information and query hold secrets, the CLI config's `CredentialsURI` mode, and the
//! source's place at the end of the default chain.

mod credentials_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex, Once};
use std::thread;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use credentials_support::{
    start_metadata, ManualClock, MetadataConfig, Response, Server, Sts, StsConfig, TempHome,
};
use vpncert::credentials::{
    ChainConfig, CliConfigProvider, Clock, CredentialsFileProvider, CredentialsProvider,
    CredentialsUriEnvProvider, CredentialsUriProvider, DefaultChain, CREDENTIALS_URI_VAR,
};
use vpncert::{Environment, Error};

const PATH: &str = "/v1/credentials";
/// What the agent hands out carries these, so a test can find any of it in a message.
const SECRET_MARK: &str = "uri-secret-";
const TOKEN_MARK: &str = "uri-sts-token-";
/// Secrets a URI may carry.
const URI_USER: &str = "agent-user";
const URI_PASSWORD: &str = "Pa55-UserInfo-SECRET";
const URI_TOKEN: &str = "QueryToken-SECRET-0042";

/// A credentials agent: answers every GET with credentials valid `lifetime` from the clock's now,
/// numbered from 1; or with `answer` when one is set.
struct Agent {
    server: Server,
    answer: Arc<Mutex<Option<(u16, String)>>>,
}

impl Agent {
    fn start(clock: &Arc<ManualClock>, lifetime: Duration, delay: Duration) -> Self {
        let clock = clock.clone();
        let answer: Arc<Mutex<Option<(u16, String)>>> = Arc::new(Mutex::new(None));
        let issued = Arc::new(AtomicUsize::new(0));
        let server = {
            let answer = answer.clone();
            Server::start(move |req| {
                thread::sleep(delay);
                if let Some((status, body)) = answer.lock().unwrap().clone() {
                    return Response::new(status, body);
                }
                if req.method != "GET" {
                    return Response::new(405, r#"{"Code":"MethodNotAllowed"}"#);
                }
                let n = issued.fetch_add(1, Ordering::SeqCst) + 1;
                let exp = vpncert::sign::format_timestamp(clock.now() + lifetime);
                Response::new(
                    200,
                    format!(
                        r#"{{"Code":"Success","AccessKeyId":"STS.uri{n}","AccessKeySecret":"{SECRET_MARK}{n}","SecurityToken":"{TOKEN_MARK}{n}","Expiration":"{exp}","LastUpdated":"{now}"}}"#,
                        now = vpncert::sign::format_timestamp(clock.now()),
                    ),
                )
            })
        };
        Agent { server, answer }
    }

    fn answer_with(&self, status: u16, body: &str) {
        *self.answer.lock().unwrap() = Some((status, body.into()));
    }

    fn uri(&self) -> String {
        format!("{}{PATH}", self.server.url())
    }

    /// The URI with secrets in its user information and query.
    fn secret_uri(&self) -> String {
        format!(
            "http://{URI_USER}:{URI_PASSWORD}@{}{PATH}?role=vpn&token={URI_TOKEN}",
            self.server.addr
        )
    }
}

fn config(clock: &Arc<ManualClock>, env: Environment) -> ChainConfig {
    ChainConfig::new().environment(env).clock(clock.clone())
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

/// Nothing the agent handed out, and nothing secret in the URI, appears in `shown`.
fn assert_clean(what: &str, shown: &str) {
    for s in [SECRET_MARK, TOKEN_MARK, URI_PASSWORD, URI_TOKEN] {
        assert!(!shown.contains(s), "{what} shows a secret ({s}): {shown}");
    }
}

// ---------------------------------------------------------------------------------------------
// Log lines, gathered for the whole test binary (every test here uses the same secrets).

struct Capture;

static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        LINES.lock().unwrap().push(format!(
            "{} {}: {}",
            record.level(),
            record.target(),
            record.args()
        ));
    }

    fn flush(&self) {}
}

static CAPTURE: Capture = Capture;

fn capture_logs() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        log::set_logger(&CAPTURE).expect("no other logger in this test binary");
        log::set_max_level(log::LevelFilter::Debug);
    });
}

// ---------------------------------------------------------------------------------------------
// The answer

#[test]
fn one_plain_get_of_the_uri_yields_the_answer() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let p =
        CredentialsUriProvider::new(&agent.uri(), &config(&clock, Environment::empty())).unwrap();
    assert_eq!(
        agent.server.hits(),
        0,
        "nothing is fetched before it is needed"
    );
    let c = p.credentials().unwrap();
    assert_eq!(c.access_key_id(), "STS.uri1");
    assert_eq!(c.access_key_secret().expose(), format!("{SECRET_MARK}1"));
    assert_eq!(
        c.security_token().unwrap().expose(),
        format!("{TOKEN_MARK}1")
    );
    assert_eq!(
        c.expiration(),
        Some(whole_seconds(clock.now()) + Duration::from_secs(3600))
    );

    let reqs = agent.server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "GET");
    assert_eq!(r.path, PATH);
    assert_eq!(r.query, "");
    assert_eq!(r.body, "");
    assert_eq!(r.header("authorization"), None);
    assert_eq!(r.header("accept"), Some("application/json"));
    assert_eq!(r.header("host"), Some(agent.server.addr.as_str()));

    // Cached: the next call asks nobody.
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    assert_eq!(agent.server.hits(), 1);
}

#[test]
fn the_variable_is_read_when_credentials_are_needed_and_kept_once_usable() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    // Built without the variable: the first call says it is not set.
    let p = CredentialsUriEnvProvider::new(&config(&clock, Environment::empty()));
    assert_eq!(
        err_of(&p),
        "credentials URI: ALIBABA_CLOUD_CREDENTIALS_URI is not set"
    );
    // Built with it: nothing is fetched until credentials are needed.
    let env = Environment::empty().with_var(CREDENTIALS_URI_VAR, agent.uri());
    let p = CredentialsUriEnvProvider::new(&config(&clock, env));
    assert_eq!(agent.server.hits(), 0);
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    assert_eq!(agent.server.hits(), 1);
    assert!(format!("{p:?}").contains(&agent.uri()), "{p:?}");

    let env = Environment::empty().with_var(CREDENTIALS_URI_VAR, "ftp://files.example/creds");
    let msg = err_of(&CredentialsUriEnvProvider::new(&config(&clock, env)));
    assert_eq!(
        msg,
        "credentials URI in ALIBABA_CLOUD_CREDENTIALS_URI: scheme ftp is not http or https"
    );
}

// ---------------------------------------------------------------------------------------------
// Refresh

#[test]
fn refreshed_before_expiry_by_the_injected_clock() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let p =
        CredentialsUriProvider::new(&agent.uri(), &config(&clock, Environment::empty())).unwrap();
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    clock.advance(Duration::from_secs(50 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    assert_eq!(agent.server.hits(), 1, "ten minutes left: still fresh");
    // Four minutes left, inside the default five-minute margin: fetched again.
    clock.advance(Duration::from_secs(6 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri2");
    assert_eq!(agent.server.hits(), 2);
    // Long past expiry: fetched again, never the expired ones.
    clock.advance(Duration::from_secs(3 * 3600));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri3");
    assert_eq!(agent.server.hits(), 3);
}

#[test]
fn a_failed_refresh_keeps_the_current_credentials_until_they_expire() {
    capture_logs();
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let p = CredentialsUriProvider::new(&agent.secret_uri(), &config(&clock, Environment::empty()))
        .unwrap();
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    agent.answer_with(
        503,
        &format!(r#"{{"Code":"Unavailable","Message":"token {URI_TOKEN} is being rotated"}}"#),
    );
    clock.advance(Duration::from_secs(58 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    clock.advance(Duration::from_secs(5 * 60));
    let msg = err_of(&p);
    assert!(
        msg.contains("refused: HTTP 503, Code \"Unavailable\": token *** is being rotated"),
        "{msg}"
    );
    assert_clean("refusal", &msg);
    let warned = LINES.lock().unwrap().clone();
    assert!(
        warned
            .iter()
            .any(|l| l.starts_with("WARN") && l.contains("HTTP 503")),
        "the failed refresh is logged: {warned:?}"
    );
}

#[test]
fn eight_threads_on_a_cold_or_expired_cache_cause_one_fetch() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(
        &clock,
        Duration::from_secs(3600),
        Duration::from_millis(150),
    );
    let p = Arc::new(
        CredentialsUriProvider::new(&agent.uri(), &config(&clock, Environment::empty())).unwrap(),
    );
    let run = |p: &Arc<CredentialsUriProvider>| -> Vec<String> {
        let barrier = Arc::new(Barrier::new(8));
        let hs: Vec<_> = (0..8)
            .map(|_| {
                let (p, b) = (p.clone(), barrier.clone());
                thread::spawn(move || {
                    b.wait();
                    p.credentials().unwrap().access_key_id().to_owned()
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    };
    assert_eq!(run(&p), vec!["STS.uri1"; 8]);
    assert_eq!(agent.server.hits(), 1, "one fetch for eight threads");
    // Expired: nobody may use the old ones, all wait for the one fetch.
    clock.advance(Duration::from_secs(2 * 3600));
    assert_eq!(run(&p), vec!["STS.uri2"; 8]);
    assert_eq!(agent.server.hits(), 2);
}

// ---------------------------------------------------------------------------------------------
// Refusals

#[test]
fn refusals_carry_status_code_and_message_and_never_a_secret() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let p = || {
        CredentialsUriProvider::new(&agent.uri(), &config(&clock, Environment::empty())).unwrap()
    };
    let prefix = format!("credentials URI {}: ", agent.uri());
    let cases: Vec<(u16, String, &str)> = vec![
        // A Code other than Success, even with credentials in the body.
        (
            200,
            format!(
                r#"{{"Code":"RoleNotAttached","Message":"no role for this pod","AccessKeyId":"STS.x","AccessKeySecret":"{SECRET_MARK}x","SecurityToken":"{TOKEN_MARK}x","Expiration":"2030-01-01T00:00:00Z"}}"#
            ),
            r#"refused: HTTP 200, Code "RoleNotAttached": no role for this pod"#,
        ),
        (
            200,
            format!(r#"{{"AccessKeyId":"STS.x","AccessKeySecret":"{SECRET_MARK}x"}}"#),
            r#"refused: HTTP 200, the answer has no Code ("Success" expected)"#,
        ),
        (
            500,
            r#"{"Code":"InternalError","Message":"the agent could not reach STS"}"#.into(),
            r#"refused: HTTP 500, Code "InternalError": the agent could not reach STS"#,
        ),
        (
            503,
            "<html>upstream unavailable</html>".into(),
            "refused: HTTP 503: <html>upstream unavailable</html>",
        ),
        (
            200,
            format!("AccessKeySecret={SECRET_MARK}x&SecurityToken={TOKEN_MARK}x"),
            "answered HTTP 200 with a body that is not JSON (syntax error at line 1 column 1)",
        ),
        (
            200,
            format!(
                r#"{{"Code":"Success","AccessKeyId":"STS.x","AccessKeySecret":"{SECRET_MARK}x"}}"#
            ),
            "the answer lacks SecurityToken, Expiration (or they are not text)",
        ),
        (
            200,
            format!(
                r#"{{"Code":"Success","AccessKeyId":"STS.x","AccessKeySecret":"{SECRET_MARK}x","SecurityToken":"{TOKEN_MARK}x","Expiration":"tomorrow"}}"#
            ),
            r#"unreadable Expiration "tomorrow" (expected yyyy-MM-ddTHH:mm:ssZ)"#,
        ),
        (
            200,
            format!(
                r#"{{"Code":"Failed","Message":"echo {SECRET_MARK}x and {TOKEN_MARK}x","AccessKeySecret":"{SECRET_MARK}x","SecurityToken":"{TOKEN_MARK}x"}}"#
            ),
            r#"refused: HTTP 200, Code "Failed": echo *** and ***"#,
        ),
    ];
    for (status, body, expected) in cases {
        agent.answer_with(status, &body);
        let msg = err_of(&p());
        assert_eq!(msg, format!("{prefix}{expected}"), "answer {status} {body}");
        assert_clean("refusal", &msg);
    }
}

#[test]
fn an_unreachable_uri_is_reported_with_its_shown_form() {
    let port = credentials_support::closed_port();
    let clock = ManualClock::now_real();
    let uri = format!("http://{URI_USER}:{URI_PASSWORD}@127.0.0.1:{port}/creds?token={URI_TOKEN}");
    let msg =
        err_of(&CredentialsUriProvider::new(&uri, &config(&clock, Environment::empty())).unwrap());
    assert!(
        msg.starts_with(&format!(
            "credentials URI http://127.0.0.1:{port}/creds: not reachable ("
        )),
        "{msg}"
    );
    assert_clean("unreachable", &msg);
}

#[test]
fn a_path_that_may_hold_a_token_is_not_shown() {
    // Found by the config_files fuzz target: a token in the path came back in the message.
    let port = credentials_support::closed_port();
    let clock = ManualClock::now_real();
    let token_path = "/creds/tok+EN/value=";
    let uri = format!("http://127.0.0.1:{port}{token_path}");
    let provider =
        CredentialsUriProvider::new(&uri, &config(&clock, Environment::empty())).unwrap();
    let msg = err_of(&provider);
    assert!(
        msg.starts_with(&format!(
            "credentials URI http://127.0.0.1:{port}/(a path that does not look like a plain path): not reachable ("
        )),
        "{msg}"
    );
    for shown in [msg, format!("{provider:?}")] {
        assert!(!shown.contains("tok+EN"), "{shown}");
        assert!(!shown.contains("value="), "{shown}");
    }
}

// ---------------------------------------------------------------------------------------------
// Secrets in the URI

#[test]
fn user_information_and_query_are_sent_but_never_shown() {
    capture_logs();
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let home = TempHome::new();
    let env = Environment::empty()
        .with_home(home.path())
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .with_var(CREDENTIALS_URI_VAR, agent.secret_uri());
    let cfg = config(&clock, env);
    let chain = DefaultChain::with_config(cfg.clone());
    let direct = CredentialsUriProvider::new(&agent.secret_uri(), &cfg).unwrap();
    let c = chain.credentials().unwrap();
    assert_eq!(c.access_key_id(), "STS.uri1");
    let c2 = direct.credentials().unwrap();

    let r = &agent.server.requests()[0];
    assert_eq!(r.path, PATH);
    assert_eq!(r.query, format!("role=vpn&token={URI_TOKEN}"));
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{URI_USER}:{URI_PASSWORD}"));
    assert_eq!(
        r.header("authorization"),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(
        r.header("host"),
        Some(agent.server.addr.as_str()),
        "no user information in Host"
    );

    assert_eq!(direct.shown_uri(), agent.uri());
    let shown = format!("{chain:?} {chain:#?} {direct:?} {c:?} {c2:?} {cfg:?}");
    assert!(shown.contains(&agent.uri()), "{shown}");
    assert_clean("Debug", &shown);

    // The agent echoes the token in a refusal; the message does not.
    agent.answer_with(
        401,
        &format!(r#"{{"Code":"Unauthorized","Message":"token {URI_TOKEN} for {URI_USER}:{URI_PASSWORD} is not known"}}"#),
    );
    clock.advance(Duration::from_secs(2 * 3600));
    let msg = err_of(&chain);
    assert!(
        msg.contains(r#"refused: HTTP 401, Code "Unauthorized": token *** for ***"#),
        "{msg}"
    );
    assert_clean("refusal", &msg);

    // A URI that cannot be used is described, never repeated.
    for bad in [
        format!("ftp://{URI_USER}:{URI_PASSWORD}@host/x?token={URI_TOKEN}"),
        format!("http://{URI_USER}:{URI_PASSWORD}@/x?token={URI_TOKEN}"),
        format!("{URI_PASSWORD}{URI_TOKEN}"),
    ] {
        let e = CredentialsUriProvider::new(&bad, &cfg).unwrap_err();
        assert_clean("unusable URI", &format!("{e} {e:?}"));
    }
    // https is spoken to https URIs: a plain HTTP agent fails the handshake, and says so cleanly.
    let tls = format!(
        "https://{URI_USER}:{URI_PASSWORD}@{}{PATH}?token={URI_TOKEN}",
        agent.server.addr
    );
    let msg = err_of(&CredentialsUriProvider::new(&tls, &cfg).unwrap());
    assert!(
        msg.starts_with(&format!(
            "credentials URI https://{}{PATH}: not reachable",
            agent.server.addr
        )),
        "{msg}"
    );
    assert_clean("TLS failure", &msg);

    let lines = LINES.lock().unwrap().clone();
    assert_clean("logs", &lines.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// The aliyun CLI config

#[test]
fn cli_config_mode_credentials_uri() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let home = TempHome::new();
    home.write_cli_config(
        "agent",
        &[
            &format!(
                r#"{{"name":"agent","mode":"CredentialsURI","credentials_uri":"{}"}}"#,
                agent.secret_uri()
            ),
            r#"{"name":"from-env","mode":"CredentialsURI","credentials_uri":""}"#,
        ],
    );
    let env = Environment::empty().with_home(home.path());
    let p = CliConfigProvider::new(&config(&clock, env.clone()));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.uri1");
    let r = &agent.server.requests()[0];
    assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", PATH));
    assert!(r.header("authorization").is_some());
    assert_clean("CLI provider", &format!("{p:?}"));

    // An empty credentials_uri falls back to the variable, as the CLI does.
    let cfg = config(
        &clock,
        env.clone().with_var(CREDENTIALS_URI_VAR, agent.uri()),
    )
    .profile("from-env");
    assert_eq!(
        CliConfigProvider::new(&cfg)
            .credentials()
            .unwrap()
            .access_key_id(),
        "STS.uri2"
    );
    let msg = err_of(&CliConfigProvider::new(
        &config(&clock, env.clone()).profile("from-env"),
    ));
    assert!(
        msg.ends_with(
            "profile 'from-env': mode CredentialsURI: credentials_uri is missing or empty and ALIBABA_CLOUD_CREDENTIALS_URI is not set"
        ),
        "{msg}"
    );

    // The INI file has no such type in any official library; it says where to put the URI.
    home.write(
        ".alibabacloud/credentials",
        &format!(
            "[default]\ntype = credentials_uri\ncredentials_uri = {}\n",
            agent.secret_uri()
        ),
    );
    let msg = err_of(&CredentialsFileProvider::new(&config(&clock, env)));
    assert!(
        msg.ends_with(
            "section [default]: type credentials_uri is not read from this file (by vpncert or the official libraries); set ALIBABA_CLOUD_CREDENTIALS_URI or use an aliyun CLI profile with mode CredentialsURI"
        ),
        "{msg}"
    );
    assert_clean("INI refusal", &msg);
}

#[test]
fn cli_credentials_uri_profile_as_the_source_of_a_chained_role() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let sts = Sts::start(StsConfig {
        keys: vec![("STS.uri1".into(), format!("{SECRET_MARK}1"))],
        clock: clock.clone(),
        refuse: None,
        delay: Duration::ZERO,
    });
    let home = TempHome::new();
    home.write_cli_config(
        "admin",
        &[
            &format!(r#"{{"name":"agent","mode":"CredentialsURI","credentials_uri":"{}"}}"#, agent.uri()),
            r#"{"name":"admin","mode":"ChainableRamRoleArn","source_profile":"agent","ram_role_arn":"acs:ram::1234567890123456:role/vpn-admin","ram_session_name":"onboarding"}"#,
        ],
    );
    let cfg =
        config(&clock, Environment::empty().with_home(home.path())).sts_endpoint(sts.server.url());
    let c = CliConfigProvider::new(&cfg).credentials().unwrap();
    assert_eq!(c.access_key_id(), "STS.assumed1");
    let p = sts.server.requests()[0].params();
    assert_eq!(p["AccessKeyId"], "STS.uri1");
    assert_eq!(p["SecurityToken"], format!("{TOKEN_MARK}1"));
    assert_eq!(agent.server.hits(), 1);
}

// ---------------------------------------------------------------------------------------------
// The default chain

#[test]
fn last_in_the_chain_it_is_used_when_nothing_else_yields() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let home = TempHome::new();
    let env = Environment::empty()
        .with_home(home.path())
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");

    let msg = err_of(&DefaultChain::with_config(config(&clock, env.clone())));
    assert!(
        msg.ends_with(
            "; 5) ECS metadata: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true; \
             6) credentials URI: ALIBABA_CLOUD_CREDENTIALS_URI is not set"
        ),
        "{msg}"
    );

    let chain = DefaultChain::with_config(config(
        &clock,
        env.with_var(CREDENTIALS_URI_VAR, agent.uri()),
    ));
    assert_eq!(
        agent.server.hits(),
        0,
        "the chain reads nothing when it is built"
    );
    assert_eq!(chain.credentials().unwrap().access_key_id(), "STS.uri1");
    // The chain keeps asking the source that yielded, which caches and refreshes.
    assert_eq!(chain.credentials().unwrap().access_key_id(), "STS.uri1");
    clock.advance(Duration::from_secs(58 * 60));
    assert_eq!(chain.credentials().unwrap().access_key_id(), "STS.uri2");
    assert_eq!(agent.server.hits(), 2);
}

#[test]
fn access_keys_and_the_instance_role_come_before_it() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let home = TempHome::new();
    let base = Environment::empty()
        .with_home(home.path())
        .with_var(CREDENTIALS_URI_VAR, agent.uri());

    let env = base
        .clone()
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv")
        .with_var("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
    let c = DefaultChain::with_config(config(&clock, env))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "LTAIenv");

    // An instance role (the metadata service, 5th) also comes before the URI (6th).
    let metadata = start_metadata(MetadataConfig::new("EcsVpnRole", clock.clone()));
    let c = DefaultChain::with_config(config(&clock, base).metadata_endpoint(metadata.url()))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.ecs1");

    assert_eq!(agent.server.hits(), 0, "the URI was never asked");
}

// ---------------------------------------------------------------------------------------------
// https

#[test]
fn https_uris_are_verified_with_the_clients_ca_bundle() {
    // The emulator over TLS, with a CA of its own, stands in for an https agent: it is not one,
    // so a verified connection ends in a refusal from it, an unverified one in a TLS failure.
    let emu = vpncert_emulator::Emulator::builder()
        .tls(true)
        .start()
        .unwrap();
    let url = emu.url();
    let uri = format!("{url}{PATH}?token={URI_TOKEN}");
    let home = TempHome::new();
    let env = Environment::empty()
        .with_home(home.path())
        .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .with_var(CREDENTIALS_URI_VAR, &uri);
    let call = |client: vpncert::Client| match client
        .create_ssl_vpn_client_cert(&vpncert::CreateSslVpnClientCert::new("vss-emulator0001"))
    {
        Err(Error::Credentials(m)) => m,
        other => panic!("expected a credentials error, got {other:?}"),
    };
    let builder = || {
        vpncert::Client::builder()
            .environment(env.clone())
            .region_id("cn-hangzhou")
            .endpoint(&url)
            .max_retries(0)
    };

    let untrusting = call(builder().build().unwrap());
    let shown = format!("6) credentials URI {url}{PATH}: not reachable (");
    assert!(untrusting.contains(&shown), "{untrusting}");
    let lower = untrusting.to_lowercase();
    assert!(
        lower.contains("tls") || lower.contains("certificate"),
        "{untrusting}"
    );

    let ca = emu.ca_pem().unwrap().to_owned();
    let trusting = call(builder().ca_bundle_pem(ca.as_bytes()).build().unwrap());
    assert!(
        trusting.contains(&format!("6) credentials URI {url}{PATH}: refused: HTTP ")),
        "the TLS handshake succeeded and the emulator answered: {trusting}"
    );
    assert_clean("https", &format!("{untrusting} {trusting}"));
    assert_eq!(
        emu.state()["certificates"].as_array().map(Vec::len),
        Some(0),
        "no API call was made without credentials"
    );
}

#[test]
fn an_echoed_authorization_header_never_reaches_the_error() {
    let clock = ManualClock::now_real();
    let agent = Agent::start(&clock, Duration::from_secs(3600), Duration::ZERO);
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{URI_USER}:{URI_PASSWORD}"));
    // A gateway page that quotes the request it refused, header and all.
    agent.answer_with(
        403,
        &format!(
            r#"{{"Code":"Denied","Message":"request was GET {PATH} Authorization: Basic {basic} Host: x"}}"#
        ),
    );
    let p = CredentialsUriProvider::new(&agent.secret_uri(), &config(&clock, Environment::empty()))
        .unwrap();
    let message = err_of(&p);
    assert!(!message.contains(&basic), "{message}");
    assert!(message.contains("Denied"), "{message}");
    assert_clean("refusal", &message);
}

#[test]
fn plain_http_only_to_loopback_and_link_local_metadata_addresses() {
    let config = ChainConfig::new().environment(Environment::empty());
    for ok in [
        "http://127.0.0.1:8400/creds",
        "http://localhost/creds",
        "http://[::1]:1/creds",
        "http://169.254.170.2/v2/credentials",
        "http://100.100.100.200/latest/creds",
        "https://agent.example.com/creds",
    ] {
        assert!(CredentialsUriProvider::new(ok, &config).is_ok(), "{ok}");
    }
    for refused in [
        "http://agent.example.com/creds",
        "http://10.0.0.7:8400/creds",
        "http://100.100.100.201/creds",
        "http://[2001:db8::1]/creds",
    ] {
        match CredentialsUriProvider::new(refused, &config) {
            Err(Error::Credentials(m)) => assert!(m.contains("plain http"), "{refused}: {m}"),
            other => panic!("{refused}: expected a refusal, got {other:?}"),
        }
    }
}
