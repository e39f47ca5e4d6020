//! Attacks from hostile servers and hostile settings, each reproduced against a loopback
//! listener: a region that redirects the signed request, a server or proxy page that echoes the
//! STS token, a SOCKS proxy, pages that never end, a proxy for a loopback endpoint, durations
//! that overflow the clock, decode errors that quote a key, an endpoint with a password.

mod support;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use support::{Reply, Scripted};
use vpncert::{
    sign, Client, Credentials, DescribeSslVpnClientCerts, DescribeSslVpnServers, Environment,
    Error, IssueClientCert, RetryPolicy,
};

const SECRET: &str = "Hostile-Echo-Secret-0001";
const TOKEN: &str = "CAIS+hostile/token=value~1";

fn quick() -> RetryPolicy {
    RetryPolicy {
        max_retries: 1,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(2),
        deadline: Duration::from_secs(10),
        ..RetryPolicy::default()
    }
}

fn sts_client(url: &str) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
        .endpoint(url)
        .retry_policy(quick())
        .environment(Environment::empty())
        .build()
        .unwrap()
}

/// Every form the token and secret travel in, and the bare values.
fn secret_forms() -> Vec<String> {
    let mut forms = Vec::new();
    for s in [SECRET, TOKEN] {
        let once = sign::percent_encode(s);
        forms.push(sign::percent_encode(&once));
        forms.push(once);
        forms.push(s.to_owned());
    }
    forms
}

fn assert_no_secret(what: &str, text: &str) {
    for form in secret_forms() {
        assert!(!text.contains(&form), "{what} leaks {form:?}: {text}");
    }
}

/// A listener that counts connections and answers nothing useful.
fn counting_listener() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    thread::spawn(move || {
        for stream in listener.incoming() {
            counter.fetch_add(1, Ordering::SeqCst);
            drop(stream);
        }
    });
    (addr, hits)
}

#[test]
fn a_region_cannot_send_the_signed_request_elsewhere() {
    let (addr, hits) = counting_listener();
    for region in [
        format!("x@{addr}/"),
        format!("x@{addr}#"),
        format!("x.{addr}?"),
        "cn-hangzhou.evil.example".to_owned(),
    ] {
        let direct = Client::builder()
            .region_id(region.clone())
            .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
            .environment(Environment::empty())
            .build();
        assert!(
            matches!(&direct, Err(Error::InvalidInput { parameter, .. }) if parameter == "RegionId"),
            "{region}: {direct:?}"
        );
        let from_env = Client::builder()
            .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
            .environment(Environment::empty().with_var("ALIBABA_CLOUD_REGION_ID", region.clone()))
            .build();
        assert!(
            matches!(&from_env, Err(Error::InvalidInput { parameter, .. }) if parameter == "RegionId"),
            "{region}: {from_env:?}"
        );
    }
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "nothing reached the listener"
    );
}

/// Every log line of this test binary's vpncert crates, at every level. (ureq logs request URLs
/// at trace level; the CLI's and Python's log bridges pass on vpncert's own records only.)
static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        if record.target().starts_with("vpncert") {
            LINES.lock().unwrap().push(record.args().to_string());
        }
    }
    fn flush(&self) {}
}

fn capture_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        log::set_logger(&Capture).unwrap();
        log::set_max_level(log::LevelFilter::Trace);
    });
}

#[test]
fn an_echoed_token_never_reaches_errors_or_logs() {
    capture_logs();
    // The V1 query carries the token percent-encoded; the string to sign carries it twice
    // encoded. A gateway page that echoes the request, and an API error whose Recommend and
    // Message quote it bare, must all come back clean.
    let echo_page = format!(
        "<html>502 Bad Gateway: upstream refused GET /?SecurityToken={}&x=1 for token {TOKEN} \
         (string to sign {})</html>",
        sign::percent_encode(TOKEN),
        sign::percent_encode(&sign::percent_encode(TOKEN)),
    );
    let api_echo = serde_json::json!({
        "RequestId": format!("R-{TOKEN}"),
        "HostId": format!("vpc.{}", sign::percent_encode(TOKEN)),
        "Code": "Forbidden",
        "Message": format!("token {TOKEN} and secret {SECRET} are not allowed"),
        "Recommend": format!("https://help.example/?token={}", sign::percent_encode(TOKEN)),
    })
    .to_string();
    let not_json = format!(
        "upstream said: {} / {}",
        TOKEN,
        sign::percent_encode(SECRET)
    );
    for (status, body) in [(502, echo_page), (403, api_echo), (400, not_json)] {
        let server = Scripted::start(vec![Reply::Http(status, vec![], body)]);
        let err = sts_client(&server.url)
            .describe_ssl_vpn_client_cert("vsc-1")
            .unwrap_err();
        assert_no_secret("Display", &err.to_string());
        assert_no_secret("Debug", &format!("{err:?}"));
        if let Some(api) = err.as_api() {
            for field in [&api.code, &api.message, &api.request_id] {
                assert_no_secret("field", field);
            }
            for field in [&api.recommend, &api.host_id].into_iter().flatten() {
                assert_no_secret("field", field);
            }
        }
    }
    let lines = LINES.lock().unwrap().clone();
    assert!(
        lines.iter().any(|l| l.contains("attempt")),
        "attempts were logged: {lines:?}"
    );
    for line in lines {
        assert_no_secret("log line", &line);
    }
}

#[test]
fn a_socks_proxy_is_used_not_a_panic() {
    let emulator = vpncert_emulator::Emulator::start_default().unwrap();
    let proxy = Socks5Relay::start();
    let client = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(emulator.url())
        .proxy(format!("socks5h://{}", proxy.addr))
        .environment(Environment::empty())
        .build()
        .unwrap();
    let page = client
        .describe_ssl_vpn_servers(&DescribeSslVpnServers::new())
        .unwrap();
    assert_eq!(page.items[0].ssl_vpn_server_id, "vss-emulator0001");
    assert!(
        proxy.connections.load(Ordering::SeqCst) >= 1,
        "went through the proxy"
    );
    assert_eq!(
        proxy.targets.lock().unwrap()[0],
        emulator
            .url()
            .trim_start_matches("http://")
            .trim_end_matches('/'),
        "the proxy was asked for the endpoint's host and port"
    );

    // Through a SOCKS proxy from the environment to a host only the proxy resolves: a closed
    // proxy port is a transport error.
    let (closed, _) = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        (l.local_addr().unwrap().to_string(), drop(l))
    };
    let client = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint("https://vpc.example.invalid")
        .retry_policy(quick())
        .environment(Environment::empty().with_var("HTTPS_PROXY", format!("socks5h://{closed}")))
        .build()
        .unwrap();
    let err = client
        .describe_ssl_vpn_servers(&DescribeSslVpnServers::new())
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");

    let unsupported = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint("https://vpc.example.invalid")
        .environment(Environment::empty().with_var("HTTPS_PROXY", "gopher://127.0.0.1:70"))
        .build();
    assert!(
        matches!(&unsupported, Err(Error::InvalidInput { parameter, .. }) if parameter == "HTTPS_PROXY"),
        "{unsupported:?}"
    );
}

#[test]
fn two_alternating_pages_end_the_walk_with_an_error() {
    let page = |ids: std::ops::Range<u32>| {
        let items: Vec<_> = ids
            .map(|i| serde_json::json!({"SslVpnClientCertId": format!("vsc-{i}"), "Name": "n"}))
            .collect();
        Reply::json(
            200,
            &serde_json::json!({
                "RequestId": "R", "PageNumber": 1, "PageSize": 50, "TotalCount": 100000,
                "SslVpnClientCertKeys": {"SslVpnClientCertKey": items},
            })
            .to_string(),
        )
    };
    let replies = (0..20)
        .map(|i| {
            if i % 2 == 0 {
                page(0..50)
            } else {
                page(50..100)
            }
        })
        .collect();
    let server = Scripted::start(replies);
    let results: Vec<_> = sts_client(&server.url)
        .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
        .collect();
    assert!(
        matches!(results.last(), Some(Err(Error::Decode { .. }))),
        "{:?}",
        results.last()
    );
    assert_eq!(results.len(), 101, "100 distinct items, then the error");
    assert_eq!(server.count(), 3);
}

#[test]
fn a_loopback_endpoint_ignores_the_environments_proxy() {
    let proxy = Scripted::start(vec![Reply::Close]);
    let endpoint = Scripted::start(vec![Reply::json(
        200,
        r#"{"RequestId":"R","TotalCount":0,"SslVpnServers":{"SslVpnServer":[]}}"#,
    )]);
    let env = Environment::empty()
        .with_var("HTTP_PROXY", proxy.url.clone())
        .with_var("HTTPS_PROXY", proxy.url.clone());
    let client = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
        .endpoint(&endpoint.url)
        .environment(env)
        .build()
        .unwrap();
    client
        .describe_ssl_vpn_servers(&DescribeSslVpnServers::new())
        .unwrap();
    assert_eq!(
        proxy.count(),
        0,
        "the cleartext request never went to the proxy"
    );
    assert_eq!(endpoint.count(), 1);
}

#[test]
fn huge_durations_are_refused_naming_the_setting() {
    let huge = Duration::from_secs_f64(1e19);
    let base = || {
        Client::builder()
            .region_id("cn-hangzhou")
            .credentials(Credentials::access_key("id", "secret"))
            .endpoint("http://127.0.0.1:9")
            .environment(Environment::empty())
    };
    let cases: Vec<(&str, vpncert::ClientBuilder)> = vec![
        ("timeout", base().timeout(huge)),
        ("connect_timeout", base().connect_timeout(huge)),
        ("configuring_budget", base().configuring_budget(huge)),
        (
            "retry.deadline",
            base().retry_policy(RetryPolicy {
                deadline: Duration::MAX,
                ..RetryPolicy::default()
            }),
        ),
    ];
    for (want, builder) in cases {
        let r = builder.build();
        assert!(
            matches!(&r, Err(Error::InvalidInput { parameter, .. }) if parameter == want),
            "{want}: {r:?}"
        );
    }
    let server = Scripted::start(vec![Reply::Close]);
    let client = sts_client(&server.url);
    for (want, request) in [
        (
            "ready_timeout",
            IssueClientCert::new("vss-1", "a").ready_timeout(huge),
        ),
        (
            "poll_interval",
            IssueClientCert::new("vss-1", "a").poll_interval(huge),
        ),
        (
            "configuring_budget",
            IssueClientCert::new("vss-1", "a").configuring_budget(Duration::MAX),
        ),
    ] {
        let r = client.issue_client_cert(&request);
        assert!(
            matches!(&r, Err(Error::InvalidInput { parameter, .. }) if parameter == want),
            "{want}: {r:?}"
        );
    }
    let r = client.delete_ssl_vpn_client_cert(
        &vpncert::DeleteSslVpnClientCert::new("vsc-1").wait_until_gone(huge),
    );
    assert!(matches!(&r, Err(Error::InvalidInput { parameter, .. }) if parameter == "wait"));
    assert_eq!(server.count(), 0, "nothing was sent");
}

#[test]
fn a_key_in_a_wrong_typed_field_is_not_quoted() {
    let key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n";
    let body = serde_json::json!({
        "RequestId": "R", "SslVpnClientCertId": "vsc-1", "EndTime": key, "ClientKey": key,
    })
    .to_string();
    let server = Scripted::start(vec![Reply::json(200, &body)]);
    let err = sts_client(&server.url)
        .describe_ssl_vpn_client_cert("vsc-1")
        .unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(matches!(err, Error::Decode { .. }), "{shown}");
    assert!(!shown.contains("MIIEvQ"), "{shown}");
}

#[test]
fn an_endpoints_password_is_never_repeated() {
    for endpoint in [
        "https://admin:hunter2-pass@vpc.example.com",
        "https://admin:hunter2-pass@vpc.example.com/path",
        "ftp://admin:hunter2-pass@vpc.example.com",
        "admin:hunter2-pass@vpc.example.com",
    ] {
        let r = Client::builder()
            .region_id("cn-hangzhou")
            .credentials(Credentials::access_key("id", "secret"))
            .endpoint(endpoint)
            .environment(Environment::empty())
            .build();
        let shown = format!("{r:?}");
        assert!(
            matches!(&r, Err(Error::InvalidInput { parameter, .. }) if parameter == "endpoint"),
            "{endpoint}: {shown}"
        );
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}

/// A SOCKS5 relay (no authentication, CONNECT only) that records what it was asked to reach.
struct Socks5Relay {
    addr: String,
    connections: Arc<AtomicUsize>,
    targets: Arc<Mutex<Vec<String>>>,
}

impl Socks5Relay {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let connections = Arc::new(AtomicUsize::new(0));
        let targets = Arc::new(Mutex::new(Vec::new()));
        let (count, seen) = (connections.clone(), targets.clone());
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                count.fetch_add(1, Ordering::SeqCst);
                let seen = seen.clone();
                thread::spawn(move || {
                    let _ = relay(stream, &seen);
                });
            }
        });
        Socks5Relay {
            addr,
            connections,
            targets,
        }
    }
}

fn relay(mut client: TcpStream, seen: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut head = [0u8; 2];
    client.read_exact(&mut head)?;
    let mut methods = vec![0u8; head[1] as usize];
    client.read_exact(&mut methods)?;
    client.write_all(&[5, 0])?;
    let mut request = [0u8; 4];
    client.read_exact(&mut request)?;
    let host = match request[3] {
        1 => {
            let mut a = [0u8; 4];
            client.read_exact(&mut a)?;
            std::net::Ipv4Addr::from(a).to_string()
        }
        3 => {
            let mut len = [0u8; 1];
            client.read_exact(&mut len)?;
            let mut name = vec![0u8; len[0] as usize];
            client.read_exact(&mut name)?;
            String::from_utf8_lossy(&name).into_owned()
        }
        _ => return Ok(()),
    };
    let mut port = [0u8; 2];
    client.read_exact(&mut port)?;
    let target = format!("{host}:{}", u16::from_be_bytes(port));
    seen.lock().unwrap().push(target.clone());
    let upstream = TcpStream::connect(&target)?;
    client.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0])?;
    let (mut up_read, mut up_write) = (upstream.try_clone()?, upstream);
    let mut client_read = client.try_clone()?;
    let to_upstream = thread::spawn(move || std::io::copy(&mut client_read, &mut up_write));
    std::io::copy(&mut up_read, &mut client)?;
    let _ = to_upstream.join();
    Ok(())
}
