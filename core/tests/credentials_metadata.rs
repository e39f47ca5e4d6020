//! The ECS instance metadata source against a metadata service on loopback: IMDSv2 tokens, the
//! IMDSv1 fallback and its switch, role discovery, refusals, caching and concurrent refresh.

mod credentials_support;

use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use credentials_support::{
    start_metadata, ManualClock, MetadataConfig, Server, TempHome, METADATA_TOKEN,
};
use vpncert::credentials::{
    ChainConfig, CliConfigProvider, CredentialsFileProvider, CredentialsProvider,
    EcsMetadataProvider,
};
use vpncert::{Environment, Error};

const CREDS: &str = "/latest/meta-data/ram/security-credentials/";

fn provider(server: &Server, clock: &Arc<ManualClock>, env: Environment) -> EcsMetadataProvider {
    EcsMetadataProvider::new(
        &ChainConfig::new()
            .environment(env)
            .clock(clock.clone())
            .metadata_endpoint(server.url()),
    )
}

fn err_of(p: &dyn CredentialsProvider) -> String {
    match p.credentials() {
        Err(Error::Credentials(m)) => m,
        other => panic!("expected a credentials error, got {other:?}"),
    }
}

fn trail(server: &Server) -> Vec<String> {
    server
        .requests()
        .iter()
        .map(|r| {
            format!(
                "{} {}{}",
                r.method,
                r.path,
                if r.header("X-aliyun-ecs-metadata-token") == Some(METADATA_TOKEN) {
                    " +token"
                } else {
                    ""
                }
            )
        })
        .collect()
}

#[test]
fn imdsv2_token_then_discovered_role() {
    let clock = ManualClock::now_real();
    let mut cfg = MetadataConfig::new("EcsVpnRole", clock.clone());
    cfg.require_token = true;
    let server = start_metadata(cfg);
    let c = provider(&server, &clock, Environment::empty())
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.ecs1");
    assert_eq!(c.access_key_secret().expose(), "ecs-secret-1");
    assert_eq!(c.security_token().unwrap().expose(), "ecs-token-1");
    assert!(c.expiration().unwrap() > clock_now(&clock) + Duration::from_secs(5 * 3600));
    assert_eq!(
        trail(&server),
        [
            "PUT /latest/api/token".to_owned(),
            format!("GET {CREDS} +token"),
            format!("GET {CREDS}EcsVpnRole +token"),
        ]
    );
    let ttl = server.requests()[0]
        .header("X-aliyun-ecs-metadata-token-ttl-seconds")
        .map(str::to_owned);
    assert_eq!(ttl.as_deref(), Some("21600"));
}

fn clock_now(clock: &Arc<ManualClock>) -> std::time::SystemTime {
    use vpncert::credentials::Clock;
    clock.now()
}

#[test]
fn role_named_by_variable_skips_discovery() {
    let clock = ManualClock::now_real();
    let server = start_metadata(MetadataConfig::new("Named", clock.clone()));
    let env = Environment::empty().with_var("ALIBABA_CLOUD_ECS_METADATA", "Named");
    provider(&server, &clock, env).credentials().unwrap();
    assert_eq!(
        trail(&server),
        [
            "PUT /latest/api/token".to_owned(),
            format!("GET {CREDS}Named +token"),
        ]
    );
}

#[test]
fn imdsv1_fallback_and_its_switch() {
    let clock = ManualClock::now_real();
    let mut cfg = MetadataConfig::new("R", clock.clone());
    cfg.token_available = false;
    let server = start_metadata(cfg);
    let c = provider(&server, &clock, Environment::empty())
        .credentials()
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.ecs1");
    assert_eq!(
        trail(&server),
        [
            "PUT /latest/api/token".to_owned(),
            format!("GET {CREDS}"),
            format!("GET {CREDS}R"),
        ]
    );

    let env = Environment::empty().with_var("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");
    let msg = err_of(&provider(&server, &clock, env));
    assert!(msg.contains("no metadata token (HTTP 403"), "{msg}");
    assert!(
        msg.contains("IMDSv1 is disabled by ALIBABA_CLOUD_IMDSV1_DISABLED=true"),
        "{msg}"
    );
    assert_eq!(server.hits(), 4, "nothing read after the refused token");
}

#[test]
fn switched_off_by_variable_without_a_request() {
    let clock = ManualClock::now_real();
    let server = start_metadata(MetadataConfig::new("R", clock.clone()));
    let env = Environment::empty().with_var("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    let msg = err_of(&provider(&server, &clock, env));
    assert_eq!(
        msg,
        "ECS metadata: disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true"
    );
    assert_eq!(server.hits(), 0);
}

#[test]
fn refusals_carry_code_or_status() {
    let clock = ManualClock::now_real();
    let mut cfg = MetadataConfig::new("R", clock.clone());
    cfg.code = "Failed".into();
    let server = start_metadata(cfg);
    let msg = err_of(&provider(&server, &clock, Environment::empty()));
    assert!(
        msg.contains("credentials of role R refused with Code \"Failed\""),
        "{msg}"
    );
    assert!(!msg.contains("ecs-secret"), "{msg}");

    let server = start_metadata(MetadataConfig::new("R", clock.clone()));
    let env = Environment::empty().with_var("ALIBABA_CLOUD_ECS_METADATA", "NotAttached");
    let msg = err_of(&provider(&server, &clock, env));
    assert!(
        msg.contains("credentials of role NotAttached refused: HTTP 404"),
        "{msg}"
    );
}

#[test]
fn cached_and_refreshed_once_by_many_threads() {
    let clock = ManualClock::now_real();
    let mut cfg = MetadataConfig::new("R", clock.clone());
    cfg.lifetime = Duration::from_secs(3600);
    cfg.delay = Duration::from_millis(100);
    let server = start_metadata(cfg);
    let p = Arc::new(provider(&server, &clock, Environment::empty()));
    let fetches = |server: &Server| {
        server
            .requests()
            .iter()
            .filter(|r| r.path == format!("{CREDS}R"))
            .count()
    };
    let run = |p: &Arc<EcsMetadataProvider>| -> Vec<String> {
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
    assert!(run(&p).iter().all(|id| id == "STS.ecs1"));
    assert_eq!(fetches(&server), 1);
    clock.advance(Duration::from_secs(30 * 60));
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.ecs1");
    assert_eq!(fetches(&server), 1);
    // Two minutes before expiry: the threads share one refresh (those that find it running use
    // the still-valid credentials meanwhile).
    clock.advance(Duration::from_secs(28 * 60));
    let ids = run(&p);
    assert_eq!(fetches(&server), 2);
    assert!(
        ids.iter().all(|id| id == "STS.ecs1" || id == "STS.ecs2"),
        "{ids:?}"
    );
    assert_eq!(p.credentials().unwrap().access_key_id(), "STS.ecs2");
}

#[test]
fn profiles_naming_an_instance_role() {
    let clock = ManualClock::now_real();
    let server = start_metadata(MetadataConfig::new("ProfileRole", clock.clone()));
    let home = TempHome::new();
    home.write(
        ".aliyun/config.json",
        r#"{"current":"ecs","profiles":[{"name":"ecs","mode":"EcsRamRole","ram_role_name":"ProfileRole"}]}"#,
    );
    home.write(
        ".alibabacloud/credentials",
        "[default]\ntype = ecs_ram_role\nrole_name = ProfileRole\n",
    );
    let cfg = ChainConfig::new()
        .environment(Environment::empty().with_home(home.path()))
        .clock(clock.clone())
        .metadata_endpoint(server.url());
    assert_eq!(
        CliConfigProvider::new(&cfg)
            .credentials()
            .unwrap()
            .access_key_id(),
        "STS.ecs1"
    );
    assert_eq!(
        CredentialsFileProvider::new(&cfg)
            .credentials()
            .unwrap()
            .access_key_id(),
        "STS.ecs2"
    );
    // Neither asked the service which role the instance has.
    assert!(server.requests().iter().all(|r| r.path != CREDS));
}
