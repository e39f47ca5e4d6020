//! How the client behaves on the wire, against a scripted loopback server: retries reuse the
//! ClientToken with fresh nonces, bad input sends nothing, the clock is corrected once, timeouts
//! and the overall deadline hold, oversized bodies are refused, secrets stay off the wire.

mod support;

use std::time::{Duration, Instant};

use support::{Reply, Scripted};
use vpncert::{
    sign, Client, CreateSslVpnClientCert, Credentials, DeleteSslVpnClientCert, Error, ErrorKind,
    RetryPolicy, SignatureVersion,
};

const SECRET: &str = "s3cr3t-value-never-on-the-wire";
const TOKEN: &str = "sts-token-never-in-debug";
const OK: &str = r#"{"RequestId":"R-OK","Name":"alice","SslVpnClientCertId":"vsc-1"}"#;

fn fast_retries(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        deadline: Duration::from_secs(20),
        ..RetryPolicy::default()
    }
}

fn client(url: &str, policy: RetryPolicy) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", SECRET))
        .endpoint(url)
        .retry_policy(policy)
        .build()
        .unwrap()
}

fn err_body(code: &str) -> String {
    format!(
        r#"{{"RequestId":"R-{code}","HostId":"vpc.aliyuncs.com","Code":"{code}","Message":"m"}}"#
    )
}

fn create() -> CreateSslVpnClientCert {
    CreateSslVpnClientCert::new("vss-1").name("alice")
}

#[test]
fn retried_create_keeps_one_client_token_and_renews_nonce_and_timestamp() {
    let server = Scripted::start(vec![
        Reply::json(503, &err_body("ServiceUnavailable")),
        Reply::Close,
        Reply::json(400, &err_body("Throttling.User")),
        Reply::json(200, OK),
    ]);
    let c = client(&server.url, fast_retries(3));
    let out = c.create_ssl_vpn_client_cert(&create()).unwrap();
    assert_eq!(out.ssl_vpn_client_cert_id, "vsc-1");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 4);
    let tokens: Vec<_> = reqs
        .iter()
        .map(|r| r.param("ClientToken").unwrap())
        .collect();
    assert!(
        tokens.iter().all(|t| t == &tokens[0]),
        "one token per logical call: {tokens:?}"
    );
    assert_eq!(
        uuid::Uuid::parse_str(&tokens[0]).unwrap().get_version_num(),
        4
    );
    let nonces: std::collections::HashSet<_> = reqs
        .iter()
        .map(|r| r.param("SignatureNonce").unwrap())
        .collect();
    assert_eq!(nonces.len(), 4, "a fresh nonce per attempt");
    let stats = c.stats();
    // The close came on the connection kept from the 503: a pooled connection found closed is
    // sent again at once (re-signed), not a retry.
    assert_eq!((stats.calls, stats.attempts, stats.retries), (1, 4, 2));

    // A second logical call gets a new token.
    let _ = c.create_ssl_vpn_client_cert(&create()).unwrap();
    let last = server.requests().pop().unwrap();
    assert_ne!(last.param("ClientToken").unwrap(), tokens[0]);
}

#[test]
fn caller_token_is_sent_as_given() {
    let server = Scripted::start(vec![
        Reply::json(503, &err_body("ServiceUnavailable")),
        Reply::json(200, OK),
    ]);
    let c = client(&server.url, fast_retries(3));
    c.create_ssl_vpn_client_cert(&create().client_token("onboard-alice"))
        .unwrap();
    for r in server.requests() {
        assert_eq!(r.param("ClientToken").as_deref(), Some("onboard-alice"));
    }
}

#[test]
fn retries_stop_at_max_retries_and_only_for_retryable_codes() {
    let server = Scripted::start(vec![Reply::json(503, &err_body("ServiceUnavailable"))]);
    let c = client(&server.url, fast_retries(2));
    let e = c.create_ssl_vpn_client_cert(&create()).unwrap_err();
    assert_eq!(e.api_kind(), Some(ErrorKind::ServiceUnavailable));
    assert_eq!(server.count(), 3);

    for code in [
        "Resource.QuotaFull",
        "Forbidden",
        "InvalidSslVpnServerId.NotFound",
        "SignatureDoesNotMatch",
    ] {
        let server = Scripted::start(vec![Reply::json(400, &err_body(code))]);
        let c = client(&server.url, fast_retries(3));
        let e = c.create_ssl_vpn_client_cert(&create()).unwrap_err();
        assert_eq!(e.as_api().unwrap().code, code);
        assert_eq!(server.count(), 1, "{code} is not retried");
    }

    let server = Scripted::start(vec![
        Reply::json(400, &err_body("VpnGateway.Configuring")),
        Reply::json(200, OK),
    ]);
    client(&server.url, fast_retries(3))
        .create_ssl_vpn_client_cert(&create())
        .unwrap();
    assert_eq!(server.count(), 2, "VpnGateway.Configuring is retried");
}

#[test]
fn delete_waits_out_a_configuring_gateway_with_one_client_token() {
    let mut script = vec![Reply::json(400, &err_body("VpnGateway.Configuring")); 3];
    script.push(Reply::json(200, r#"{"RequestId":"R-DEL"}"#));
    let server = Scripted::start(script);
    // No retries in the policy: every further attempt comes from the configuring budget.
    let c = client(&server.url, fast_retries(0));
    let out = c
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new("vsc-1").configuring_budget(Duration::from_secs(20)),
        )
        .unwrap();
    assert_eq!(out.request_id(), "R-DEL");
    assert!(!out.was_already_deleted());
    let tokens: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.param("ClientToken").unwrap())
        .collect();
    assert_eq!(tokens.len(), 4);
    assert!(
        tokens.iter().all(|t| t == &tokens[0]),
        "one token for the whole delete: {tokens:?}"
    );
}

#[test]
fn a_configuring_gateway_does_not_use_up_the_retries_meant_for_faults() {
    // With one retry in the policy: every fault gets its retry, and the gateway's reconfiguring
    // is waited out on the configuring budget instead of spending that retry.
    let configuring = || Reply::json(400, &err_body("VpnGateway.Configuring"));
    let unavailable = || Reply::json(503, &err_body("ServiceUnavailable"));
    let server = Scripted::start(vec![
        configuring(),
        unavailable(),
        configuring(),
        unavailable(),
        Reply::json(200, r#"{"RequestId":"R-DEL"}"#),
    ]);
    let c = client(&server.url, fast_retries(1));
    let out = c
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new("vsc-1").configuring_budget(Duration::from_secs(20)),
        )
        .unwrap();
    assert_eq!(out.request_id(), "R-DEL");
    assert_eq!(server.count(), 5);

    // With no configuring budget, the policy's one retry is all there is.
    let server = Scripted::start(vec![configuring(), unavailable(), Reply::json(200, OK)]);
    let e = client(&server.url, fast_retries(1))
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new("vsc-1").configuring_budget(Duration::ZERO),
        )
        .unwrap_err();
    assert_eq!(e.api_kind(), Some(ErrorKind::ServiceUnavailable));
    assert_eq!(server.count(), 2);
}

#[test]
fn the_client_sets_the_default_configuring_budget_and_a_request_overrides_it() {
    let configuring = || Reply::json(400, &err_body("VpnGateway.Configuring"));
    let deleted = || Reply::json(200, r#"{"RequestId":"R-DEL"}"#);
    let impatient = |url: &str| {
        Client::builder()
            .region_id("cn-hangzhou")
            .credentials(Credentials::access_key("testid", SECRET))
            .endpoint(url)
            .retry_policy(fast_retries(0))
            .configuring_budget(Duration::ZERO)
            .build()
            .unwrap()
    };

    let server = Scripted::start(vec![configuring(), deleted()]);
    let c = impatient(&server.url);
    assert_eq!(c.configuring_budget(), Duration::ZERO);
    let e = c
        .delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new("vsc-1"))
        .unwrap_err();
    assert_eq!(e.api_kind(), Some(ErrorKind::GatewayConfiguring));
    assert_eq!(server.count(), 1, "no budget, no retries: one attempt");

    let server = Scripted::start(vec![configuring(), deleted()]);
    let out = impatient(&server.url)
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new("vsc-1").configuring_budget(Duration::from_secs(20)),
        )
        .unwrap();
    assert_eq!(out.request_id(), "R-DEL");
    assert_eq!(server.count(), 2);

    assert_eq!(
        client(&server.url, fast_retries(0)).configuring_budget(),
        Duration::from_secs(180)
    );
}

#[test]
fn invalid_input_sends_nothing_and_names_the_parameter() {
    let server = Scripted::start(vec![Reply::json(200, OK)]);
    let c = client(&server.url, fast_retries(3));
    let cases = [
        (CreateSslVpnClientCert::new(""), "SslVpnServerId"),
        (create().name(""), "Name"),
        (create().name("x".repeat(101)), "Name"),
        (create().name("https://evil"), "Name"),
        (create().client_token("x".repeat(65)), "ClientToken"),
        (create().client_token("令牌"), "ClientToken"),
    ];
    for (req, param) in cases {
        match c.create_ssl_vpn_client_cert(&req) {
            Err(Error::InvalidInput { parameter, .. }) => assert_eq!(parameter, param),
            other => panic!("expected InvalidInput({param}), got {other:?}"),
        }
    }
    assert_eq!(server.count(), 0, "no request is sent for invalid input");
    assert!(matches!(
        Client::builder().region_id("").credentials(Credentials::access_key("a", "b")).build(),
        Err(Error::InvalidInput { ref parameter, .. }) if parameter == "RegionId"
    ));
    // An empty profile name would quietly mean the default profile.
    assert!(matches!(
        Client::builder().region_id("cn-hangzhou").profile(" ").build(),
        Err(Error::InvalidInput { ref parameter, .. }) if parameter == "profile"
    ));
}

#[test]
fn clock_skew_is_corrected_once_from_the_date_header() {
    let server_now = std::time::SystemTime::now() + Duration::from_secs(2 * 3600);
    let date = httpdate::fmt_http_date(server_now);
    let server = Scripted::start(vec![
        Reply::json(400, &err_body("InvalidTimeStamp.Expired")).with_header("Date", &date),
        Reply::json(200, OK),
    ]);
    let c = client(&server.url, fast_retries(0));
    c.create_ssl_vpn_client_cert(&create()).unwrap();
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2, "re-signed once even with max_retries 0");
    let sent = sign::parse_timestamp(&reqs[1].param("Timestamp").unwrap()).unwrap();
    let diff = sent
        .duration_since(server_now)
        .unwrap_or_else(|e| e.duration());
    assert!(
        diff < Duration::from_secs(5),
        "second attempt uses the server's clock: off by {diff:?}"
    );
    assert!((c.clock_offset_ms() - 7_200_000).abs() < 5_000);

    // Still refused after correction: the error surfaces, no loop.
    let server = Scripted::start(vec![Reply::json(
        400,
        &err_body("InvalidTimeStamp.Expired"),
    )
    .with_header("Date", &date)]);
    let c = client(&server.url, fast_retries(3));
    let e = c.create_ssl_vpn_client_cert(&create()).unwrap_err();
    assert_eq!(e.api_kind(), Some(ErrorKind::ClockSkew));
    assert_eq!(server.count(), 2);
}

#[test]
fn nonce_reuse_is_retried_once_with_a_new_nonce() {
    let server = Scripted::start(vec![
        Reply::json(400, &err_body("SignatureNonceUsed")),
        Reply::json(200, OK),
    ]);
    client(&server.url, fast_retries(0))
        .create_ssl_vpn_client_cert(&create())
        .unwrap();
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_ne!(
        reqs[0].param("SignatureNonce"),
        reqs[1].param("SignatureNonce")
    );

    let server = Scripted::start(vec![Reply::json(400, &err_body("SignatureNonceUsed"))]);
    let e = client(&server.url, fast_retries(3))
        .create_ssl_vpn_client_cert(&create())
        .unwrap_err();
    assert_eq!(e.as_api().unwrap().code, "SignatureNonceUsed");
    assert_eq!(server.count(), 2);
}

#[test]
fn silent_and_dribbling_servers_time_out() {
    let server = Scripted::start(vec![Reply::Silent(Duration::from_secs(10))]);
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", SECRET))
        .endpoint(&server.url)
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let t = Instant::now();
    let e = c.create_ssl_vpn_client_cert(&create()).unwrap_err();
    assert!(matches!(e, Error::Timeout(_)), "{e:?}");
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "took {:?}",
        t.elapsed()
    );

    let server = Scripted::start(vec![Reply::Dribble(
        200,
        OK.into(),
        Duration::from_millis(50),
    )]);
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", SECRET))
        .endpoint(&server.url)
        .timeout(Duration::from_millis(400))
        .max_retries(0)
        .build()
        .unwrap();
    let t = Instant::now();
    assert!(matches!(
        c.create_ssl_vpn_client_cert(&create()),
        Err(Error::Timeout(_))
    ));
    assert!(t.elapsed() < Duration::from_secs(5));
}

#[test]
fn overall_deadline_bounds_retries() {
    let server = Scripted::start(vec![Reply::Silent(Duration::from_secs(10))]);
    let policy = RetryPolicy {
        max_retries: 50,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        deadline: Duration::from_millis(900),
        ..RetryPolicy::default()
    };
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", SECRET))
        .endpoint(&server.url)
        .timeout(Duration::from_millis(400))
        .retry_policy(policy)
        .build()
        .unwrap();
    let t = Instant::now();
    let e = c.create_ssl_vpn_client_cert(&create()).unwrap_err();
    assert!(matches!(e, Error::Timeout(_)), "{e:?}");
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "deadline held: {:?}",
        t.elapsed()
    );
    assert!(server.count() <= 4);
}

#[test]
fn oversized_and_non_json_bodies_are_decode_errors() {
    let huge = format!(r#"{{"RequestId":"{}"}}"#, "x".repeat(2 * 1024 * 1024));
    let server = Scripted::start(vec![Reply::json(200, &huge)]);
    match client(&server.url, fast_retries(3)).create_ssl_vpn_client_cert(&create()) {
        Err(Error::Decode { reason, .. }) => assert!(reason.contains("exceeds"), "{reason}"),
        other => panic!("{other:?}"),
    }
    let server = Scripted::start(vec![Reply::Http(
        200,
        vec![],
        "<html>captive portal</html>".into(),
    )]);
    match client(&server.url, fast_retries(3)).create_ssl_vpn_client_cert(&create()) {
        Err(Error::Decode {
            http_status: 200,
            snippet,
            ..
        }) => assert!(snippet.contains("captive")),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.count(), 1, "decode errors are not retried");
}

#[test]
fn v1_request_shape_and_secret_stays_off_the_wire() {
    let server = Scripted::start(vec![Reply::json(200, OK)]);
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
        .endpoint(&server.url)
        .build()
        .unwrap();
    c.create_ssl_vpn_client_cert(&create().name("证书 alice *~"))
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.method, "POST");
    let q = r.query();
    for (k, v) in [
        ("Action", "CreateSslVpnClientCert"),
        ("Version", "2016-04-28"),
        ("Format", "JSON"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureVersion", "1.0"),
        ("RegionId", "cn-hangzhou"),
        ("SslVpnServerId", "vss-1"),
        ("Name", "证书 alice *~"),
        ("AccessKeyId", "STS.id"),
        ("SecurityToken", TOKEN),
    ] {
        assert_eq!(r.param(k).as_deref(), Some(v), "{k}");
    }
    // The signature verifies over every other parameter.
    let params: Vec<(&str, &str)> = q
        .iter()
        .filter(|(k, _)| k != "Signature")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let sts = sign::v1::string_to_sign("POST", params);
    assert_eq!(
        r.param("Signature").unwrap(),
        sign::v1::signature(SECRET, &sts)
    );
    let wire = format!("{} {:?} {}", r.target, r.headers, r.body);
    assert!(!wire.contains(SECRET), "the secret never travels");
    assert!(
        !r.target.contains('+') && !r.target.contains(' '),
        "spaces are %20: {}",
        r.target
    );
}

#[test]
fn v3_request_verifies_with_the_v3_signer() {
    let server = Scripted::start(vec![Reply::json(200, OK)]);
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
        .endpoint(&server.url)
        .signature_version(SignatureVersion::V3)
        .build()
        .unwrap();
    c.create_ssl_vpn_client_cert(&create().name("证书 alice *~"))
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.header("x-acs-action"), Some("CreateSslVpnClientCert"));
    assert_eq!(r.header("x-acs-version"), Some("2016-04-28"));
    assert_eq!(r.header("x-acs-security-token"), Some(TOKEN));
    assert_eq!(r.param("Action"), None, "Action travels only in headers");
    let auth = sign::v3::parse_authorization(r.header("authorization").unwrap()).unwrap();
    assert_eq!(auth.access_key_id, "STS.id");
    let signed: Vec<&str> = auth.signed_headers.split(';').collect();
    for h in [
        "host",
        "x-acs-action",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-security-token",
        "x-acs-signature-nonce",
        "x-acs-version",
    ] {
        assert!(signed.contains(&h), "{h} is signed");
    }
    let headers: Vec<(&str, &str)> = signed.iter().map(|h| (*h, r.header(h).unwrap())).collect();
    let query = r.query();
    let query: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let payload = sign::v3::hashed_payload(b"");
    let (canonical, _) = sign::v3::canonical_request(&sign::v3::CanonicalInput {
        method: "POST",
        path: "/",
        query: &query,
        headers: &headers,
        hashed_payload: &payload,
    });
    let expected = sign::v3::signature(SECRET, &sign::v3::string_to_sign(&canonical));
    assert_eq!(auth.signature, expected);
    assert!(!format!("{:?}", r).contains(SECRET));
}

#[test]
fn debug_output_hides_secrets() {
    let c = Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::sts("STS.id", SECRET, TOKEN))
        .endpoint("http://127.0.0.1:1")
        .build()
        .unwrap();
    let shown = format!("{c:?} {:?}", Credentials::sts("STS.id", SECRET, TOKEN));
    assert!(shown.contains("STS.id"));
    assert!(!shown.contains(SECRET) && !shown.contains(TOKEN), "{shown}");
}

#[test]
fn refused_connection_is_a_retried_transport_error() {
    // Bind then drop to get a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = client(&format!("http://127.0.0.1:{port}"), fast_retries(2));
    let e = c.create_ssl_vpn_client_cert(&create()).unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    assert_eq!(c.stats().attempts, 3);
}
