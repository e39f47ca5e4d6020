//! The few HTTP exchanges credential sources make (STS, instance metadata, a credentials URI).

use std::time::Duration;

use crate::transport::{self, RawResponse, MAX_RESPONSE_BYTES};
use crate::Error;

/// An agent for one credentials service.
pub(crate) fn agent(
    connect_timeout: Duration,
    timeout: Duration,
    proxy: Option<ureq::Proxy>,
    tls: Option<ureq::tls::TlsConfig>,
) -> ureq::Agent {
    let mut config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(connect_timeout))
        .timeout_global(Some(timeout))
        .user_agent(concat!(
            "vpncert/",
            env!("CARGO_PKG_VERSION"),
            " (credentials)"
        ))
        .max_redirects(0)
        .proxy(proxy);
    if let Some(tls) = tls {
        config = config.tls_config(tls);
    }
    config.build().new_agent()
}

/// The requests credential sources make.
pub(crate) enum Method {
    Get,
    Put,
    /// A POST carrying a form body.
    PostForm(String),
}

/// Sends one request and reads the whole (bounded) body.
pub(crate) fn exchange(
    agent: &ureq::Agent,
    method: Method,
    url: &str,
    headers: &[(&str, &str)],
) -> Result<RawResponse, Error> {
    let result = match method {
        Method::Get => {
            let mut req = agent.get(url);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            req.call()
        }
        Method::Put => {
            let mut req = agent.put(url);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            req.send_empty()
        }
        Method::PostForm(body) => {
            let mut req = agent
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded");
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            req.send(body)
        }
    };
    let mut resp = result.map_err(transport::map_error)?;
    let status = resp.status().as_u16();
    let request_id_header = resp
        .headers()
        .get("x-acs-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut bytes = resp
        .body_mut()
        .with_config()
        .limit(MAX_RESPONSE_BYTES)
        .read_to_vec()
        .map_err(transport::map_error)?;
    // The body may carry credentials: the copy in `bytes` is wiped, the body when it is dropped.
    let body = String::from_utf8_lossy(&bytes).into_owned();
    zeroize::Zeroize::zeroize(&mut bytes);
    Ok(RawResponse {
        status,
        body,
        request_id_header,
        date: None,
        retry_after: None,
    })
}

/// The first characters of a body, for error messages about bodies that are not what was
/// expected (never used on bodies that carry credentials).
pub(crate) fn snippet(body: &str) -> String {
    let s: String = body.chars().take(120).collect();
    s.replace(['\r', '\n'], " ")
}
