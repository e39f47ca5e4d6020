//! Raw signed requests for the tests: every part of a request (time, nonce, token, where the
//! parameters travel, which headers are signed) can be set, so that each gateway error can be
//! provoked on purpose. Signing uses the core's pure functions, as any client would.
#![allow(dead_code)]

use std::time::{Duration, SystemTime};

use serde_json::Value;
use vpncert::sign::{self, v1, v3};

pub const ID: &str = "testid";
pub const SECRET: &str = "testsecret";
pub const REGION: &str = "cn-hangzhou";
pub const SERVER: &str = "vss-emulator0001";

/// A request to send to the emulator.
#[derive(Debug, Clone)]
pub struct Req {
    pub action: String,
    pub version: String,
    pub params: Vec<(String, String)>,
    pub key_id: String,
    pub secret: String,
    pub token: Option<String>,
    pub method: &'static str,
    pub time: SystemTime,
    pub nonce: String,
    /// V1: business parameters in a form body instead of the query string.
    pub form_body: bool,
    /// V1: common parameters to leave out (e.g. "Timestamp").
    pub omit: Vec<&'static str>,
    /// V1: common parameters to override (e.g. ("SignatureMethod", "HMAC-SHA256")).
    pub set: Vec<(&'static str, String)>,
    /// V3: extra headers sent but not signed.
    pub unsigned_headers: Vec<(&'static str, String)>,
    /// V3: headers to leave out of the request (and so of the signature).
    pub omit_headers: Vec<&'static str>,
}

impl Req {
    /// `action` with `RegionId=cn-hangzhou`, signed by testid:testsecret, now, fresh nonce.
    pub fn new(action: &str) -> Req {
        Req {
            action: action.into(),
            version: "2016-04-28".into(),
            params: vec![("RegionId".into(), REGION.into())],
            key_id: ID.into(),
            secret: SECRET.into(),
            token: None,
            method: "POST",
            time: SystemTime::now(),
            nonce: sign::new_nonce(),
            form_body: false,
            omit: Vec::new(),
            set: Vec::new(),
            unsigned_headers: Vec::new(),
            omit_headers: Vec::new(),
        }
    }

    pub fn param(mut self, k: &str, v: &str) -> Req {
        self.params.retain(|(name, _)| name != k);
        self.params.push((k.into(), v.into()));
        self
    }

    pub fn without(mut self, k: &str) -> Req {
        self.params.retain(|(name, _)| name != k);
        self
    }

    pub fn key(mut self, id: &str, secret: &str) -> Req {
        self.key_id = id.into();
        self.secret = secret.into();
        self
    }

    pub fn token(mut self, t: &str) -> Req {
        self.token = Some(t.into());
        self
    }

    pub fn nonce(mut self, n: &str) -> Req {
        self.nonce = n.into();
        self
    }

    pub fn at(mut self, t: SystemTime) -> Req {
        self.time = t;
        self
    }

    pub fn shifted(self, secs: i64) -> Req {
        let now = SystemTime::now();
        let t = if secs >= 0 {
            now + Duration::from_secs(secs as u64)
        } else {
            now - Duration::from_secs(secs.unsigned_abs())
        };
        self.at(t)
    }

    pub fn get(mut self) -> Req {
        self.method = "GET";
        self
    }

    pub fn form(mut self) -> Req {
        self.form_body = true;
        self
    }

    pub fn omit(mut self, common: &'static str) -> Req {
        self.omit.push(common);
        self
    }

    pub fn set(mut self, common: &'static str, v: &str) -> Req {
        self.set.push((common, v.into()));
        self
    }
}

/// What came back.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub text: String,
    pub request_id_header: Option<String>,
    pub date: Option<String>,
    /// The string to sign this side computed.
    pub string_to_sign: String,
}

impl Reply {
    pub fn code(&self) -> &str {
        self.body["Code"].as_str().unwrap_or("")
    }

    pub fn message(&self) -> &str {
        self.body["Message"].as_str().unwrap_or("")
    }

    /// Panics with the body unless the status is 200.
    pub fn ok(self) -> Reply {
        assert_eq!(self.status, 200, "expected success, got {}", self.text);
        self
    }

    /// Asserts an error answer with this status and code, and the gateway's error shape.
    pub fn expect_error(&self, status: u16, code: &str) {
        assert_eq!(
            (self.status, self.code()),
            (status, code),
            "unexpected answer: {}",
            self.text
        );
        for field in ["RequestId", "HostId", "Code", "Message", "Recommend"] {
            assert!(
                self.body[field].as_str().is_some_and(|s| !s.is_empty()),
                "error body lacks {field}: {}",
                self.text
            );
        }
        assert_eq!(
            self.request_id_header.as_deref(),
            self.body["RequestId"].as_str(),
            "x-acs-request-id differs from RequestId"
        );
    }
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(20)))
        .build()
        .new_agent()
}

fn finish(resp: Result<ureq::http::Response<ureq::Body>, ureq::Error>, sts: String) -> Reply {
    let mut resp = resp.expect("the request reaches the emulator");
    let status = resp.status().as_u16();
    let header = |n: &str| {
        resp.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let request_id_header = header("x-acs-request-id");
    let date = header("date");
    let text = resp.body_mut().read_to_string().expect("a body");
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Reply {
        status,
        body,
        text,
        request_id_header,
        date,
        string_to_sign: sts,
    }
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// The request target (`/?...&Signature=...`) of `r` signed with V1, its form body if any, and
/// the string to sign.
pub fn v1_target(r: &Req) -> (String, Option<String>, String) {
    let ts = sign::format_timestamp(r.time);
    let mut common: Vec<(String, String)> = vec![
        ("Action".into(), r.action.clone()),
        ("Version".into(), r.version.clone()),
        ("Format".into(), "JSON".into()),
        ("AccessKeyId".into(), r.key_id.clone()),
        ("SignatureMethod".into(), "HMAC-SHA1".into()),
        ("SignatureVersion".into(), "1.0".into()),
        ("SignatureNonce".into(), r.nonce.clone()),
        ("Timestamp".into(), ts),
    ];
    if let Some(t) = &r.token {
        common.push(("SecurityToken".into(), t.clone()));
    }
    common.retain(|(k, _)| !r.omit.contains(&k.as_str()));
    for (k, v) in &r.set {
        common.retain(|(name, _)| name != k);
        common.push(((*k).into(), v.clone()));
    }
    let mut all = common.clone();
    all.extend(r.params.iter().cloned());
    let sts = v1::string_to_sign(r.method, pairs(&all));
    let signature = v1::signature(&r.secret, &sts);
    let (query_pairs, body) = if r.form_body {
        (common, Some(v1::canonical_query(pairs(&r.params))))
    } else {
        (all, None)
    };
    let mut target = format!("/?{}", v1::canonical_query(pairs(&query_pairs)));
    if !r.omit.contains(&"Signature") {
        target.push_str("&Signature=");
        target.push_str(&sign::percent_encode(&signature));
    }
    (target, body, sts)
}

/// A V1-signed request for a raw socket, `Connection: keep-alive`.
pub fn raw_v1(port: u16, r: &Req) -> Vec<u8> {
    let (target, body, _) = v1_target(r);
    let body = body.unwrap_or_default();
    let form = if body.is_empty() {
        ""
    } else {
        "Content-Type: application/x-www-form-urlencoded\r\n"
    };
    format!(
        "{} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{form}Content-Length: {}\r\n\r\n{body}",
        r.method,
        body.len()
    )
    .into_bytes()
}

/// Sends `r` signed with V1 and returns the answer, or the transport error.
pub fn try_v1(url: &str, r: &Req) -> Result<Reply, ureq::Error> {
    let (target, body, sts) = v1_target(r);
    let url = format!("{url}{target}");
    let mut req = ureq::http::Request::builder().method(r.method).uri(&url);
    if body.is_some() {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    let req = req
        .body(body.unwrap_or_default())
        .expect("a well-formed request");
    agent().run(req).map(|ok| finish(Ok(ok), sts))
}

/// Sends `r` signed with V1.
pub fn v1(url: &str, r: &Req) -> Reply {
    try_v1(url, r).expect("the request reaches the emulator")
}

/// Sends `r` signed with V3 (parameters in the query, empty body).
pub fn try_v3(url: &str, r: &Req) -> Result<Reply, ureq::Error> {
    let host = url
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(url)
        .trim_end_matches('/')
        .to_owned();
    let ts = sign::format_timestamp(r.time);
    let payload = v3::hashed_payload(b"");
    let mut headers: Vec<(&str, String)> = vec![
        ("host", host),
        ("x-acs-action", r.action.clone()),
        ("x-acs-version", r.version.clone()),
        ("x-acs-date", ts),
        ("x-acs-signature-nonce", r.nonce.clone()),
        ("x-acs-content-sha256", payload.clone()),
    ];
    if let Some(t) = &r.token {
        headers.push(("x-acs-security-token", t.clone()));
    }
    headers.retain(|(k, _)| !r.omit_headers.contains(k));
    let signed: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let query = pairs(&r.params);
    let (canonical, signed_names) = v3::canonical_request(&v3::CanonicalInput {
        method: r.method,
        path: "/",
        query: &query,
        headers: &signed,
        hashed_payload: &payload,
    });
    let sts = v3::string_to_sign(&canonical);
    let signature = v3::signature(&r.secret, &sts);
    let auth = v3::authorization(&r.key_id, &signed_names, &signature);
    let url = format!("{url}/?{}", v1::canonical_query(query.iter().copied()));
    let mut req = ureq::http::Request::builder()
        .method(r.method)
        .uri(&url)
        .header("authorization", &auth);
    for (k, v) in &headers {
        if *k != "host" {
            req = req.header(*k, v);
        }
    }
    for (k, v) in &r.unsigned_headers {
        req = req.header(*k, v);
    }
    let resp = agent().run(req.body(()).expect("a well-formed request"));
    resp.map(|ok| finish(Ok(ok), sts))
}

/// Sends `r` signed with V3.
pub fn v3(url: &str, r: &Req) -> Reply {
    try_v3(url, r).expect("the request reaches the emulator")
}

/// Creates a certificate with V1 and returns its id.
pub fn create(url: &str, name: &str) -> String {
    let r = v1(
        url,
        &Req::new("CreateSslVpnClientCert")
            .param("SslVpnServerId", SERVER)
            .param("Name", name),
    )
    .ok();
    r.body["SslVpnClientCertId"].as_str().unwrap().to_owned()
}

/// A core client for the emulator, V1 or V3, without retries unless asked.
pub fn client(url: &str, v: vpncert::SignatureVersion) -> vpncert::Client {
    vpncert::Client::builder()
        .region_id(REGION)
        .credentials(vpncert::Credentials::access_key(ID, SECRET))
        .endpoint(url)
        .signature_version(v)
        .max_retries(0)
        .build()
        .expect("client")
}

/// POSTs a JSON body to a control route (`/__emulator/...`); the status and the JSON answer.
pub fn control_post(url: &str, path: &str, body: &Value) -> (u16, Value) {
    let req = ureq::http::Request::builder()
        .method("POST")
        .uri(format!("{url}{path}"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .expect("a well-formed request");
    let mut resp = agent().run(req).expect("the request reaches the emulator");
    let status = resp.status().as_u16();
    let text = resp.body_mut().read_to_string().expect("a body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// Polls `DescribeVpnGateway` until the gateway's `Status` is `active`; how long it took.
pub fn until_active(url: &str, gateway: &str, within: Duration) -> Duration {
    let started = std::time::Instant::now();
    loop {
        let g = v1(
            url,
            &Req::new("DescribeVpnGateway").param("VpnGatewayId", gateway),
        )
        .ok();
        if g.body["Status"] == "active" {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < within,
            "{gateway} still {} after {within:?}",
            g.body["Status"]
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The `Status` of a gateway now.
pub fn gateway_status(url: &str, gateway: &str) -> String {
    let g = v1(
        url,
        &Req::new("DescribeVpnGateway").param("VpnGatewayId", gateway),
    )
    .ok();
    g.body["Status"].as_str().unwrap_or("").to_owned()
}
