//! Assuming RAM roles through an STS endpoint on loopback that checks each V1 signature with the
//! core's own signing functions: the profile shapes that lead there, caching and refresh with an
//! injected clock, one refresh for many threads, and refusals that carry their code.

mod credentials_support;

use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, SystemTime};

use credentials_support::{ManualClock, Response, Server, Sts, StsConfig, TempHome};
use vpncert::credentials::{
    AssumeRole, AssumeRoleProvider, ChainConfig, CliConfigProvider, Clock, CredentialsFileProvider,
    CredentialsProvider, StaticProvider,
};
use vpncert::{Credentials, Environment, Error};

const SOURCE_ID: &str = "LTAIsource";
const SOURCE_SECRET: &str = "source-secret";

fn sts(clock: &Arc<ManualClock>, delay: Duration) -> Sts {
    Sts::start(StsConfig {
        keys: vec![
            (SOURCE_ID.into(), SOURCE_SECRET.into()),
            ("STS.source".into(), "sts-source-secret".into()),
        ],
        clock: clock.clone(),
        refuse: None,
        delay,
    })
}

fn config(home: &TempHome, sts: &Sts, clock: &Arc<ManualClock>) -> ChainConfig {
    ChainConfig::new()
        .environment(
            Environment::empty()
                .with_home(home.path())
                .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
        )
        .clock(clock.clone())
        .sts_endpoint(sts.server.url())
}

#[test]
fn cli_ram_role_arn_with_the_profile_own_keys() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::ZERO);
    let home = TempHome::new();
    home.write_cli_config("role",
        &[&format!(
            r#"{{"name":"role","mode":"RamRoleArn","access_key_id":"{SOURCE_ID}","access_key_secret":"{SOURCE_SECRET}",
                "ram_role_arn":"acs:ram::1234567890:role/vpn-admin","ram_session_name":"onboarding","expired_seconds":1800}}"#
        )],
    );
    let c = CliConfigProvider::new(&config(&home, &sts, &clock))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.assumed1");
    assert_eq!(c.access_key_secret().expose(), "assumed-secret-1");
    assert_eq!(c.security_token().unwrap().expose(), "assumed-token-1");
    let expected = clock.now() + Duration::from_secs(1800);
    let got = c.expiration().unwrap();
    assert!(
        got <= expected && expected.duration_since(got).unwrap() < Duration::from_secs(1),
        "{got:?} vs {expected:?}"
    );

    let reqs = sts.server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let p = r.params();
    assert_eq!(p["RoleArn"], "acs:ram::1234567890:role/vpn-admin");
    assert_eq!(p["RoleSessionName"], "onboarding");
    assert_eq!(p["DurationSeconds"], "1800");
    assert_eq!(p["AccessKeyId"], SOURCE_ID);
    assert_eq!(p["SignatureMethod"], "HMAC-SHA1");
    assert_eq!(p["SignatureVersion"], "1.0");
    assert!(!p.contains_key("SecurityToken"));
    // The role's parameters travel in the form body, the common ones in the query.
    assert!(r.body.contains("RoleArn=") && !r.query.contains("RoleArn"));
    assert!(r.query.contains("Signature=") && r.query.contains("Timestamp="));
    assert_eq!(
        vpncert::sign::parse_timestamp(&p["Timestamp"]),
        Some(
            SystemTime::UNIX_EPOCH
                + Duration::from_secs(
                    clock
                        .now()
                        .duration_since(SystemTime::UNIX_EPOCH)
                        .unwrap()
                        .as_secs()
                )
        ),
        "signed with the injected clock's time"
    );
}

#[test]
fn cli_chained_roles_sign_with_the_source_profile() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::ZERO);
    let home = TempHome::new();
    home.write_cli_config("chained",
        &[
            r#"{"name":"base","mode":"StsToken","access_key_id":"STS.source","access_key_secret":"sts-source-secret","sts_token":"source-token"}"#,
            r#"{"name":"chained","mode":"ChainableRamRoleArn","source_profile":"base","ram_role_arn":"acs:ram::1:role/chained","policy":"{\"Version\":\"1\"}","external_id":"ext-1"}"#,
            r#"{"name":"viasource","mode":"RamRoleArn","source_profile":"base","ram_role_arn":"acs:ram::1:role/via"}"#,
        ],
    );
    let cfg = config(&home, &sts, &clock);
    let c = CliConfigProvider::new(&cfg).credentials().unwrap();
    assert_eq!(c.access_key_id(), "STS.assumed1");
    let p = sts.server.requests()[0].params();
    assert_eq!(p["AccessKeyId"], "STS.source");
    assert_eq!(p["SecurityToken"], "source-token");
    assert_eq!(p["RoleArn"], "acs:ram::1:role/chained");
    assert_eq!(p["Policy"], r#"{"Version":"1"}"#);
    assert_eq!(p["ExternalId"], "ext-1");
    assert_eq!(p["DurationSeconds"], "3600");
    assert!(p["RoleSessionName"].starts_with("vpncert-"));

    let c = CliConfigProvider::new(&cfg.clone().profile("viasource"))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.assumed2");
    assert_eq!(
        sts.server.requests()[1].params()["RoleArn"],
        "acs:ram::1:role/via"
    );
}

#[test]
fn ini_ram_role_arn_section() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::ZERO);
    let home = TempHome::new();
    home.write(
        ".alibabacloud/credentials",
        &format!(
            "[default]\ntype = ram_role_arn\naccess_key_id = {SOURCE_ID}\naccess_key_secret = {SOURCE_SECRET}\n\
             role_arn = acs:ram::1:role/ini\nrole_session_name = ini-session\npolicy = {{\"Statement\": []}}\n"
        ),
    );
    let c = CredentialsFileProvider::new(&config(&home, &sts, &clock))
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.assumed1");
    let p = sts.server.requests()[0].params();
    assert_eq!(p["RoleArn"], "acs:ram::1:role/ini");
    assert_eq!(p["RoleSessionName"], "ini-session");
    assert_eq!(p["Policy"], r#"{"Statement": []}"#);
}

fn direct_provider(sts: &Sts, clock: &Arc<ManualClock>) -> AssumeRoleProvider {
    AssumeRoleProvider::new(
        Arc::new(StaticProvider::new(Credentials::access_key(
            SOURCE_ID,
            SOURCE_SECRET,
        ))),
        AssumeRole::new("acs:ram::1:role/cached").role_session_name("s"),
        &ChainConfig::new()
            .environment(Environment::empty())
            .clock(clock.clone())
            .sts_endpoint(sts.server.url()),
    )
    .unwrap()
}

#[test]
fn cached_until_a_few_minutes_before_expiry_then_refreshed() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::ZERO);
    let p = direct_provider(&sts, &clock);
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.assumed1");
    clock.advance(Duration::from_secs(50 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.assumed1");
    assert_eq!(sts.server.hits(), 1);
    // 4 minutes left of the hour: inside the default 5-minute margin.
    clock.advance(Duration::from_secs(6 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.assumed2");
    assert_eq!(sts.server.hits(), 2);
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.assumed2");
    assert_eq!(sts.server.hits(), 2);
}

#[test]
fn the_refresh_margin_is_configurable() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::ZERO);
    let p = AssumeRoleProvider::new(
        Arc::new(StaticProvider::new(Credentials::access_key(
            SOURCE_ID,
            SOURCE_SECRET,
        ))),
        AssumeRole::new("acs:ram::1:role/cached"),
        &ChainConfig::new()
            .environment(Environment::empty())
            .clock(clock.clone())
            .refresh_before(Duration::from_secs(20 * 60))
            .sts_endpoint(sts.server.url()),
    )
    .unwrap();
    p.credentials().unwrap();
    clock.advance(Duration::from_secs(41 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.assumed2");
}

#[test]
fn eight_threads_on_a_cold_or_expired_cache_cause_one_call() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::from_millis(200));
    let p = Arc::new(direct_provider(&sts, &clock));
    let run = |p: &Arc<AssumeRoleProvider>| -> Vec<String> {
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
    let ids = run(&p);
    assert_eq!(sts.server.hits(), 1);
    assert!(ids.iter().all(|id| id == "STS.assumed1"), "{ids:?}");
    clock.advance(Duration::from_secs(2 * 3600));
    let ids = run(&p);
    assert_eq!(sts.server.hits(), 2);
    assert!(ids.iter().all(|id| id == "STS.assumed2"), "{ids:?}");
}

#[test]
fn threads_sharing_a_client_refresh_once() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::from_millis(200));
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
    home.write_cli_config("role",
        &[&format!(
            r#"{{"name":"role","mode":"RamRoleArn","access_key_id":"{SOURCE_ID}","access_key_secret":"{SOURCE_SECRET}","ram_role_arn":"acs:ram::1:role/shared"}}"#
        )],
    );
    let client = vpncert::Client::builder()
        .environment(
            Environment::empty()
                .with_home(home.path())
                .with_var("ALIBABA_CLOUD_STS_ENDPOINT", sts.server.url())
                .with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
        )
        .region_id("cn-hangzhou")
        .endpoint(vpc.url())
        .max_retries(0)
        .build()
        .unwrap();
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let (client, barrier) = (client.clone(), barrier.clone());
            thread::spawn(move || {
                barrier.wait();
                client
                    .create_ssl_vpn_client_cert(
                        &vpncert::CreateSslVpnClientCert::new("vss-1").name(format!("u{i}")),
                    )
                    .unwrap()
                    .ssl_vpn_client_cert_id
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), "vsc-STS.assumed1");
    }
    assert_eq!(sts.server.hits(), 1, "one AssumeRole for eight threads");
    assert_eq!(vpc.hits(), 8);
    for r in vpc.requests() {
        assert_eq!(r.params()["SecurityToken"], "assumed-token-1");
    }
}

#[test]
fn a_refused_call_carries_its_code_and_no_secret() {
    let clock = ManualClock::now_real();
    let refusing = Sts::start(StsConfig {
        keys: vec![],
        clock: clock.clone(),
        refuse: Some((403, "NoPermission".into())),
        delay: Duration::ZERO,
    });
    let p = direct_provider(&refusing, &clock);
    let msg = match p.credentials() {
        Err(Error::Credentials(m)) => m,
        other => panic!("{other:?}"),
    };
    assert!(
        msg.contains("STS AssumeRole of acs:ram::1:role/cached"),
        "{msg}"
    );
    assert!(msg.contains("refused: NoPermission (HTTP 403)"), "{msg}");
    assert!(msg.contains("[RequestId: RID-REFUSED]"), "{msg}");
    assert!(!msg.contains(SOURCE_SECRET), "{msg}");

    // A wrong secret: the server's echo of the string to sign (with the caller's token) is cut.
    let sts = sts(&clock, Duration::ZERO);
    let p = AssumeRoleProvider::new(
        Arc::new(StaticProvider::new(Credentials::sts(
            "STS.source",
            "wrong-secret",
            "source-token-value",
        ))),
        AssumeRole::new("acs:ram::1:role/x"),
        &ChainConfig::new()
            .environment(Environment::empty())
            .sts_endpoint(sts.server.url()),
    )
    .unwrap();
    let msg = match p.credentials() {
        Err(Error::Credentials(m)) => m,
        other => panic!("{other:?}"),
    };
    assert!(msg.contains("SignatureDoesNotMatch (HTTP 400)"), "{msg}");
    assert!(!msg.contains("source-token-value"), "{msg}");
    assert!(!msg.contains("wrong-secret"), "{msg}");
}

#[test]
fn no_source_credentials_says_so() {
    let clock = ManualClock::now_real();
    let sts = sts(&clock, Duration::ZERO);
    let empty_env = vpncert::credentials::EnvProvider::with_environment(Environment::empty());
    let p = AssumeRoleProvider::new(
        Arc::new(empty_env),
        AssumeRole::new("acs:ram::1:role/x"),
        &ChainConfig::new()
            .environment(Environment::empty())
            .sts_endpoint(sts.server.url()),
    )
    .unwrap();
    let msg = p.credentials().unwrap_err().to_string();
    assert!(
        msg.contains("no source credentials to assume acs:ram::1:role/x with: environment:"),
        "{msg}"
    );
    assert_eq!(sts.server.hits(), 0);
}

#[test]
fn a_role_arn_that_is_not_an_arn_is_never_repeated() {
    // Found by the config_files fuzz target: a secret pasted where the role ARN belongs came back
    // in "STS AssumeRole of <value> at ..." when the call failed. Messages and Debug show the
    // ARN only when it looks like one.
    const PASTED: &str = "pasted+SECRET/value=";
    let clock = ManualClock::now_real();
    let closed = ChainConfig::new()
        .environment(Environment::empty())
        .clock(clock.clone())
        .sts_endpoint("http://127.0.0.1:9");
    let source = || {
        Arc::new(StaticProvider::new(Credentials::access_key(
            SOURCE_ID,
            SOURCE_SECRET,
        )))
    };
    let role = AssumeRole::new(PASTED);
    assert!(!format!("{role:?}").contains(PASTED), "{role:?}");
    let p = AssumeRoleProvider::new(source(), role, &closed).unwrap();
    assert!(!format!("{p:?}").contains(PASTED), "{p:?}");
    let msg = p.credentials().unwrap_err().to_string();
    assert!(msg.contains("STS AssumeRole of (a value"), "{msg}");
    assert!(!msg.contains(PASTED), "{msg}");

    // A real ARN is still named.
    let p =
        AssumeRoleProvider::new(source(), AssumeRole::new("acs:ram::1:role/x"), &closed).unwrap();
    let msg = p.credentials().unwrap_err().to_string();
    assert!(
        msg.contains("STS AssumeRole of acs:ram::1:role/x at"),
        "{msg}"
    );
}

#[test]
fn sts_endpoint_resolution() {
    let src: Arc<dyn CredentialsProvider> =
        Arc::new(StaticProvider::new(Credentials::access_key("a", "b")));
    let url = |env: Environment, role: AssumeRole| {
        AssumeRoleProvider::new(src.clone(), role, &ChainConfig::new().environment(env))
            .unwrap()
            .sts_endpoint_url()
    };
    let role = || AssumeRole::new("acs:ram::1:role/x");
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
            Environment::empty().with_var("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true"),
            role().sts_region("cn-shanghai")
        ),
        "https://sts-vpc.cn-shanghai.aliyuncs.com/"
    );
    assert_eq!(
        url(
            Environment::empty().with_var(
                "ALIBABA_CLOUD_STS_ENDPOINT",
                "sts-vpc.cn-hangzhou.aliyuncs.com"
            ),
            role().sts_region("cn-shanghai")
        ),
        "https://sts-vpc.cn-hangzhou.aliyuncs.com/"
    );
    let err = AssumeRoleProvider::new(
        src.clone(),
        role().duration_seconds(600),
        &ChainConfig::new().environment(Environment::empty()),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("below the minimum of 900"),
        "{err}"
    );
}

#[test]
fn unusable_sts_answers_are_explained() {
    let cases = [
        (
            r#"{"RequestId":"RID-EMPTY"}"#,
            "response has no Credentials (RequestId RID-EMPTY)",
        ),
        (
            r#"{"RequestId":"R","Credentials":{"AccessKeyId":"STS.x","AccessKeySecret":"never-shown","SecurityToken":"t","Expiration":"tomorrow"}}"#,
            "unreadable Expiration \"tomorrow\"",
        ),
        ("<html>gateway</html>", "unreadable response"),
    ];
    for (body, expected) in cases {
        let server = Server::start(move |_| Response::new(200, body));
        let p = AssumeRoleProvider::new(
            Arc::new(StaticProvider::new(Credentials::access_key(
                SOURCE_ID,
                SOURCE_SECRET,
            ))),
            AssumeRole::new("acs:ram::1:role/x"),
            &ChainConfig::new()
                .environment(Environment::empty())
                .sts_endpoint(server.url()),
        )
        .unwrap();
        let msg = p.credentials().unwrap_err().to_string();
        assert!(msg.contains(expected), "{msg}");
        assert!(!msg.contains("never-shown"), "{msg}");
    }
}
