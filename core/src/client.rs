//! The client: configuration, the shared agent, and the signed, retried call loop.

use std::fmt;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crate::credentials::{
    ChainConfig, Credentials, CredentialsProvider, DefaultChain, Environment, StaticProvider,
};
use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorKind};
use crate::ops::Operation;
use crate::redact::Scrubber;
use crate::retry::adaptive::Limiters;
use crate::retry::quota::{self, RetryQuota};
use crate::retry::{RetryMode, RetryPolicy};
use crate::sign::{self, SignatureVersion};
use crate::transport::{self, RawResponse, TransportConfig};
use crate::{decode, validate};

pub use crate::generated::API_VERSION;

/// A VPC OpenAPI client for the SSL-VPN client-certificate family.
///
/// Cheap to clone; clones share one keep-alive connection pool, the credentials cache and the
/// learned clock offset. `Send + Sync`: share it between threads freely.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    agent: ureq::Agent,
    endpoint: Endpoint,
    region_id: String,
    provider: Arc<dyn CredentialsProvider>,
    signature_version: SignatureVersion,
    timeout: Duration,
    retry: RetryPolicy,
    configuring_budget: Duration,
    clock_offset_ms: AtomicI64,
    stats: Counters,
    /// Shared by the clones, like everything here: that is what makes it a quota.
    quota: RetryQuota,
    /// Used in adaptive mode only.
    limiters: Limiters,
    /// The secrets known when the client was built (a proxy password); each call adds the
    /// credentials it signed with.
    scrubber: Scrubber,
}

#[derive(Default)]
struct Counters {
    calls: AtomicU64,
    attempts: AtomicU64,
    retries: AtomicU64,
    transport_errors: AtomicU64,
    api_errors: AtomicU64,
    throttled: AtomicU64,
    quota_refusals: AtomicU64,
    paced_ns: AtomicU64,
}

/// Counts of what a client (and its clones) did, for reports and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClientStats {
    /// Logical calls started.
    pub calls: u64,
    /// HTTP attempts made.
    pub attempts: u64,
    /// Attempts that were retries of an earlier one.
    pub retries: u64,
    /// Attempts that ended in a transport error or timeout.
    pub transport_errors: u64,
    /// Attempts answered with an API error.
    pub api_errors: u64,
    /// Attempts answered `Throttling`.
    pub throttled: u64,
    /// Retries not made because the retry quota was empty.
    pub quota_refusals: u64,
    /// Time attempts spent waiting for the adaptive rate limiter, summed over threads.
    pub paced: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("region_id", &self.inner.region_id)
            .field("endpoint", &self.inner.endpoint.base_url())
            .field("signature_version", &self.inner.signature_version)
            .field("credentials", &self.inner.provider)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .finish()
    }
}

/// Builds a [`Client`].
///
/// ```no_run
/// let client = vpncert::Client::builder()
///     .region_id("cn-hangzhou")
///     .credentials(vpncert::Credentials::access_key("id", "secret"))
///     .build()?;
/// # Ok::<(), vpncert::Error>(())
/// ```
#[derive(Clone)]
pub struct ClientBuilder {
    region_id: Option<String>,
    provider: Option<Arc<dyn CredentialsProvider>>,
    endpoint: Option<String>,
    signature_version: SignatureVersion,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryPolicy,
    configuring_budget: Duration,
    user_agent_suffix: Option<String>,
    ca_bundle_pem: Option<Vec<u8>>,
    proxy: Option<String>,
    profile: Option<String>,
    network: Option<String>,
    environment: Environment,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            region_id: None,
            provider: None,
            endpoint: None,
            signature_version: SignatureVersion::V1,
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            configuring_budget: crate::ops::wait::DEFAULT_CONFIGURING_BUDGET,
            user_agent_suffix: None,
            ca_bundle_pem: None,
            proxy: None,
            profile: None,
            network: None,
            environment: Environment::process(),
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A proxy URL may carry a password; the CA bundle is long and not interesting.
        f.debug_struct("ClientBuilder")
            .field("region_id", &self.region_id)
            .field("credentials", &self.provider)
            .field("endpoint", &self.endpoint)
            .field("signature_version", &self.signature_version)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("ca_bundle_pem", &self.ca_bundle_pem.as_ref().map(Vec::len))
            .field("proxy", &self.proxy.as_deref().map(crate::proxy::redact))
            .field("profile", &self.profile)
            .field("network", &self.network)
            .field("environment", &self.environment)
            .finish()
    }
}

impl ClientBuilder {
    /// The region, e.g. `cn-hangzhou` (default: `ALIBABA_CLOUD_REGION_ID`, else the `region_id`
    /// of the aliyun CLI profile in use).
    pub fn region_id(mut self, region_id: impl Into<String>) -> Self {
        self.region_id = Some(region_id.into());
        self
    }

    /// Fixed credentials (default: the [`DefaultChain`]).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.provider = Some(Arc::new(StaticProvider::new(credentials)));
        self
    }

    /// A credentials provider consulted before every attempt.
    pub fn credentials_provider(mut self, provider: Arc<dyn CredentialsProvider>) -> Self {
        self.provider = Some(provider);
        self
    }

    /// An explicit endpoint, e.g. `https://vpc.cn-shanghai.aliyuncs.com` or, for the emulator,
    /// `http://127.0.0.1:8080` (plain http only for loopback). Default: `ALIBABA_CLOUD_ENDPOINT_VPC`,
    /// else the region's endpoint.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// Signature V1 (HMAC-SHA1, the default) or V3 (ACS3-HMAC-SHA256).
    pub fn signature_version(mut self, v: SignatureVersion) -> Self {
        self.signature_version = v;
        self
    }

    /// Connect timeout of each attempt (default 5 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Timeout of each attempt, from sending to the last byte of the body (default 10 s).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// How retries and the sending rate adapt to a struggling or throttling service
    /// (default [`RetryMode::Standard`]; see [`crate::retry`]). Adaptive suits bulk jobs that
    /// would otherwise run into the service's flow control.
    pub fn retry_mode(mut self, mode: RetryMode) -> Self {
        self.retry.mode = mode;
        self
    }

    /// Retries after the first attempt (default 3; 0 disables retries).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.retry.max_retries = n;
        self
    }

    /// The whole retry policy.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// How long [`issue_client_cert`](Client::issue_client_cert) and
    /// [`delete_ssl_vpn_client_cert`](Client::delete_ssl_vpn_client_cert) keep trying while the
    /// gateway answers `VpnGateway.Configuring`, as it does for a while after every change
    /// (default 3 minutes; a request's own `configuring_budget` overrides it). Zero leaves only
    /// the retry policy.
    pub fn configuring_budget(mut self, budget: Duration) -> Self {
        self.configuring_budget = budget;
        self
    }

    /// Text appended to the `User-Agent` header, e.g. `my-onboarding-tool/1.2`.
    pub fn user_agent(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Trust these PEM certificates instead of the built-in roots (default:
    /// `ALIBABA_CLOUD_CA_BUNDLE` names a PEM file when set).
    pub fn ca_bundle_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.ca_bundle_pem = Some(pem.into());
        self
    }

    /// An HTTP proxy URL such as `http://proxy:3128`, used for every request (STS included),
    /// whatever `NO_PROXY` says. Default, from the environment: for https endpoints the first
    /// of `HTTPS_PROXY`, `https_proxy`, `HTTP_PROXY`, `http_proxy` that is set, for http
    /// (loopback) endpoints `HTTP_PROXY`, `http_proxy`; then `NO_PROXY` (else `no_proxy`)
    /// exempts a host matching one of its entries: `*`, a domain (itself and its subdomains, a
    /// leading `.` or `*.` ignored), an IP address or a CIDR block, each optionally with `:port`.
    /// `ALL_PROXY` is not read. The ECS metadata service is always reached directly, as is a
    /// loopback credentials URI.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into());
        self
    }

    /// The network the default endpoint is reached over: `vpc` for calls from inside a VPC
    /// (`vpc-vpc.<region>.aliyuncs.com`), or another the service offers; `public` (the
    /// default) is the public endpoint. Regions of the official endpoint map keep their host.
    /// Default: `ALIBABA_CLOUD_NETWORK`. An explicit endpoint ignores it.
    pub fn network(mut self, network: impl Into<String>) -> Self {
        self.network = Some(network.into());
        self
    }

    /// The profile to take credentials from, in both `~/.aliyun/config.json` and
    /// `~/.alibabacloud/credentials` (default: `ALIBABA_CLOUD_PROFILE`, else the CLI config's
    /// `current` and the INI file's `default`). Used by the default chain only, so it has no
    /// effect together with [`ClientBuilder::credentials`].
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Where settings are read from: variables such as `ALIBABA_CLOUD_REGION_ID`,
    /// `ALIBABA_CLOUD_ENDPOINT_VPC`, `ALIBABA_CLOUD_CA_BUNDLE`, `HTTPS_PROXY` and `NO_PROXY`,
    /// the credential chain's variables, and the home directory holding the credential files
    /// (default: the process environment).
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// Checks the settings and builds the client. Credentials are resolved later, by each call.
    pub fn build(self) -> Result<Client, Error> {
        let mut chain_config = ChainConfig::new().environment(self.environment.clone());
        if let Some(p) = &self.profile {
            // An empty name would silently mean the default profile: say so instead.
            if p.trim().is_empty() {
                return Err(Error::invalid("profile", "must not be empty"));
            }
            chain_config = chain_config.profile(p.clone());
        }
        let region_id = match self.region_id {
            Some(r) => r,
            None => self
                .environment
                .var("ALIBABA_CLOUD_REGION_ID")
                .or_else(|| crate::credentials::profile_region(&chain_config))
                .ok_or_else(|| {
                    Error::invalid(
                        "RegionId",
                        "no region given, ALIBABA_CLOUD_REGION_ID is not set and no aliyun CLI profile names one",
                    )
                })?,
        };
        validate::region_id("RegionId", &region_id)?;
        let endpoint = match self
            .endpoint
            .or_else(|| self.environment.var("ALIBABA_CLOUD_ENDPOINT_VPC"))
        {
            Some(e) => Endpoint::parse(&e)?,
            None => {
                let network = self
                    .network
                    .or_else(|| self.environment.var("ALIBABA_CLOUD_NETWORK"))
                    .filter(|n| !n.trim().is_empty());
                Endpoint::for_region(&region_id, network.as_deref())?
            }
        };
        for (parameter, value) in [
            ("timeout", self.timeout),
            ("connect_timeout", self.connect_timeout),
            ("configuring_budget", self.configuring_budget),
            ("retry.base_delay", self.retry.base_delay),
            ("retry.max_delay", self.retry.max_delay),
            ("retry.deadline", self.retry.deadline),
        ] {
            validate::duration(parameter, value)?;
        }
        if self.timeout.is_zero() {
            return Err(Error::invalid("timeout", "must be greater than zero"));
        }
        if self.connect_timeout.is_zero() {
            return Err(Error::invalid(
                "connect_timeout",
                "must be greater than zero",
            ));
        }
        let mut user_agent = format!(
            "vpncert/{} (rust; {})",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        );
        if let Some(s) = self.user_agent_suffix.filter(|s| !s.trim().is_empty()) {
            if s.chars().any(|c| c.is_control()) {
                return Err(Error::invalid(
                    "user_agent",
                    "must not contain control characters",
                ));
            }
            user_agent.push(' ');
            user_agent.push_str(s.trim());
        }
        let ca_pem = match self.ca_bundle_pem {
            Some(pem) => Some(pem),
            None => match self.environment.var("ALIBABA_CLOUD_CA_BUNDLE") {
                Some(path) => Some(std::fs::read(&path).map_err(|e| {
                    Error::invalid(
                        "ca_bundle",
                        format!("cannot read ALIBABA_CLOUD_CA_BUNDLE file {path}: {e}"),
                    )
                })?),
                None => None,
            },
        };
        let tls = tls_config(ca_pem.as_deref())?;
        let proxy = crate::proxy::select(
            &self.environment,
            self.proxy.as_deref(),
            &endpoint.scheme,
            &endpoint.authority,
        )?;
        let mut scrubber = Scrubber::new();
        if let Some(password) = proxy.as_ref().and_then(ureq::Proxy::password) {
            scrubber.add(password);
        }
        chain_config.proxy = self.proxy;
        chain_config.tls = Some(tls.clone());
        let agent = transport::new_agent(&TransportConfig {
            connect_timeout: self.connect_timeout,
            user_agent,
            proxy,
            tls,
        });
        Ok(Client {
            inner: Arc::new(Inner {
                agent,
                endpoint,
                region_id,
                provider: self
                    .provider
                    .unwrap_or_else(|| Arc::new(DefaultChain::with_config(chain_config))),
                signature_version: self.signature_version,
                timeout: self.timeout,
                retry: self.retry,
                configuring_budget: self.configuring_budget,
                clock_offset_ms: AtomicI64::new(0),
                stats: Counters::default(),
                quota: RetryQuota::default(),
                limiters: Limiters::default(),
                scrubber,
            }),
        })
    }
}

fn tls_config(ca_pem: Option<&[u8]>) -> Result<ureq::tls::TlsConfig, Error> {
    let builder = ureq::tls::TlsConfig::builder();
    let Some(pem) = ca_pem else {
        return Ok(builder.build());
    };
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(pem) {
        match item.map_err(|e| Error::invalid("ca_bundle", format!("bad PEM: {e}")))? {
            ureq::tls::PemItem::Certificate(c) => certs.push(c),
            _ => continue,
        }
    }
    if certs.is_empty() {
        return Err(Error::invalid("ca_bundle", "contains no PEM certificate"));
    }
    Ok(builder
        .root_certs(ureq::tls::RootCerts::new_with_certs(&certs))
        .build())
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The region requests are made in.
    pub fn region_id(&self) -> &str {
        &self.inner.region_id
    }

    /// The endpoint base URL, e.g. `https://vpc.aliyuncs.com/`.
    pub fn endpoint_url(&self) -> String {
        self.inner.endpoint.base_url()
    }

    /// The signature version in use.
    pub fn signature_version(&self) -> SignatureVersion {
        self.inner.signature_version
    }

    /// The retry policy in use.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.inner.retry
    }

    /// The configuring budget of issue and delete calls that do not set their own.
    pub fn configuring_budget(&self) -> Duration {
        self.inner.configuring_budget
    }

    /// The clock correction learned from the server after `InvalidTimeStamp.Expired`, in ms.
    pub fn clock_offset_ms(&self) -> i64 {
        self.inner.clock_offset_ms.load(Ordering::Relaxed)
    }

    /// What this client and its clones have done so far.
    pub fn stats(&self) -> ClientStats {
        let s = &self.inner.stats;
        ClientStats {
            calls: s.calls.load(Ordering::Relaxed),
            attempts: s.attempts.load(Ordering::Relaxed),
            retries: s.retries.load(Ordering::Relaxed),
            transport_errors: s.transport_errors.load(Ordering::Relaxed),
            api_errors: s.api_errors.load(Ordering::Relaxed),
            throttled: s.throttled.load(Ordering::Relaxed),
            quota_refusals: s.quota_refusals.load(Ordering::Relaxed),
            paced: Duration::from_nanos(s.paced_ns.load(Ordering::Relaxed)),
        }
    }

    /// Tokens left in the retry quota this client and its clones share (at most
    /// [`quota::CAPACITY`](crate::retry::quota::CAPACITY)).
    pub fn retry_quota_available(&self) -> u32 {
        self.inner.quota.available()
    }

    /// The rate (requests per second) the adaptive limiter paces `action` to, or `None` while
    /// the service has not throttled it (or the client is not in adaptive mode).
    pub fn paced_rate(&self, action: &str) -> Option<f64> {
        self.inner.limiters.rate(action)
    }

    fn now(&self) -> SystemTime {
        let offset = self.clock_offset_ms();
        let now = SystemTime::now();
        if offset >= 0 {
            now + Duration::from_millis(offset as u64)
        } else {
            now - Duration::from_millis(offset.unsigned_abs())
        }
    }

    /// Runs one logical call: validate, then sign, send and decode, retrying what the policy
    /// retries. A mutating operation gets one ClientToken that every attempt reuses.
    pub(crate) fn execute<O: Operation>(&self, op: &O) -> Result<O::Output, Error> {
        self.execute_with(op, Configuring::Retry)
    }

    /// [`execute`](Self::execute), with `VpnGateway.Configuring` either retried like any
    /// transient error or handed back at once to a caller that waits it out on its own budget
    /// (so that the gateway's reconfiguring does not use up the retries meant for faults).
    pub(crate) fn execute_with<O: Operation>(
        &self,
        op: &O,
        configuring: Configuring,
    ) -> Result<O::Output, Error> {
        op.validate()?;
        let region_id = op.region_id().unwrap_or(&self.inner.region_id);
        let mut params: Vec<(&'static str, String)> = vec![("RegionId", region_id.to_owned())];
        op.params(&mut params);
        if O::MUTATING {
            let token = match op.client_token() {
                Some(t) => t.to_owned(),
                None => uuid::Uuid::new_v4().to_string(),
            };
            params.push(("ClientToken", token));
        }
        let mut signed_with = None;
        self.send_with_retries(O::ACTION, &params, configuring, &mut signed_with)
            .and_then(|raw| decode::success(&raw))
            .and_then(|out| op.check(out))
            .map_err(|e| e.scrub(&self.scrubber(signed_with.as_ref())))
    }

    /// The client's scrubber, knowing also the secrets of `credentials`.
    fn scrubber(&self, credentials: Option<&Credentials>) -> Scrubber {
        let mut scrubber = self.inner.scrubber.clone();
        if let Some(c) = credentials {
            c.add_secrets_to(&mut scrubber);
        }
        scrubber
    }

    /// Sends one logical call, attempt after attempt; `signed_with` receives the credentials
    /// the last attempt was signed with, so that the caller can scrub them from any error.
    fn send_with_retries(
        &self,
        action: &str,
        params: &[(&'static str, String)],
        configuring: Configuring,
        signed_with: &mut Option<Credentials>,
    ) -> Result<RawResponse, Error> {
        let inner = &self.inner;
        inner.stats.calls.fetch_add(1, Ordering::Relaxed);
        let borrowed: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let base_url = inner.endpoint.base_url();
        let started = Instant::now();
        let deadline = started + inner.retry.deadline;
        let mut retries = 0u32;
        let mut clock_corrected = false;
        let mut nonce_renewed = false;
        // Requests sent again because their pooled connection was found closed.
        let mut stale_resends = 0u32;
        let adaptive = inner.retry.mode == RetryMode::Adaptive;
        // What the last retry took from the quota, paid back if the call succeeds.
        let mut last_retry_cost = None;
        loop {
            let creds = inner
                .provider
                .credentials()
                .map_err(|e| e.scrub(&inner.scrubber))?;
            creds
                .validate()
                .map_err(|e| Error::Credentials(format!("unusable credentials: {e}")))?;
            let scrubber = self.scrubber(Some(&creds));
            let nonce = sign::new_nonce();
            let signed = sign::sign_request(&sign::RequestToSign {
                version: inner.signature_version,
                base_url: &base_url,
                host: &inner.endpoint.authority,
                action,
                api_version: API_VERSION,
                params: &borrowed,
                credentials: &creds,
                timestamp: self.now(),
                nonce: &nonce,
            });
            let headers: Vec<(&str, &str)> = signed
                .headers
                .iter()
                .map(|(k, v)| (*k, v.as_str()))
                .collect();
            let remaining = deadline.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return Err(Error::Timeout(format!(
                    "{action}: overall deadline of {:?} passed",
                    inner.retry.deadline
                )));
            }
            if adaptive {
                let pace = inner.limiters.acquire(action).min(remaining);
                if !pace.is_zero() {
                    inner
                        .stats
                        .paced_ns
                        .fetch_add(pace.as_nanos() as u64, Ordering::Relaxed);
                    std::thread::sleep(pace);
                }
            }
            inner.stats.attempts.fetch_add(1, Ordering::Relaxed);
            let sent_at = SystemTime::now();
            let sent_instant = Instant::now();
            let result = transport::send(
                &inner.agent,
                &signed.url,
                &headers,
                inner.timeout.min(remaining),
            );
            let (err, server_date) = match result {
                Ok(raw) if (200..300).contains(&raw.status) => {
                    if adaptive {
                        inner.limiters.record(action, false, sent_instant);
                    }
                    inner
                        .quota
                        .refund(last_retry_cost.unwrap_or(quota::SUCCESS_REFUND));
                    log::debug!(
                        "{action}: attempt {} answered HTTP {} in {} ms",
                        retries + 1,
                        raw.status,
                        sent_at.elapsed().map_or(0, |d| d.as_millis())
                    );
                    *signed_with = Some(creds);
                    return Ok(raw);
                }
                Ok(raw) => {
                    inner.stats.api_errors.fetch_add(1, Ordering::Relaxed);
                    (decode::failure(&raw, &signed.string_to_sign), raw.date)
                }
                // A server closing an idle keep-alive connection just as it was reused: sent
                // again at once (re-signed, on another connection), not a retry.
                Err(f) if f.stale_connection && stale_resends < transport::STALE_RESENDS => {
                    stale_resends += 1;
                    log::debug!(
                        "{action}: the pooled connection was closed under the request ({}); \
                         sending it again",
                        f.error
                    );
                    continue;
                }
                Err(transport::Failure { error: e, .. }) => {
                    if matches!(e, Error::Transport(_) | Error::Timeout(_)) {
                        inner.stats.transport_errors.fetch_add(1, Ordering::Relaxed);
                    }
                    (e, None)
                }
            };
            let err = err.scrub(&scrubber);
            *signed_with = Some(creds);
            let throttled = err.api_kind() == Some(ErrorKind::Throttling);
            if throttled {
                inner.stats.throttled.fetch_add(1, Ordering::Relaxed);
            }
            if adaptive {
                // Any answer at all is the service accepting the request's rate, except
                // throttling; a transport failure says nothing about the rate.
                if err.as_api().is_some() {
                    inner.limiters.record(action, throttled, sent_instant);
                }
            }
            log::debug!("{action}: attempt {} failed: {err}", retries + 1);
            // Two one-off repairs that do not spend the retry budget.
            if let Some(api) = err.as_api() {
                if api.kind == ErrorKind::ClockSkew && !clock_corrected {
                    if let Some(server_now) = server_date {
                        let offset = system_time_diff_ms(server_now, sent_at);
                        inner.clock_offset_ms.store(offset, Ordering::Relaxed);
                        clock_corrected = true;
                        log::warn!("{action}: local clock is off by {offset} ms; re-signing with the server's time");
                        continue;
                    }
                }
                if api.code == "SignatureNonceUsed" && !nonce_renewed {
                    nonce_renewed = true;
                    continue;
                }
            }
            if configuring == Configuring::HandBack
                && err.api_kind() == Some(ErrorKind::GatewayConfiguring)
            {
                return Err(err);
            }
            if !err.is_retryable() || retries >= inner.retry.max_retries {
                return Err(err);
            }
            let retry_after = err.as_api().and_then(|a| a.retry_after);
            let wait = inner.retry.backoff(retries, retry_after);
            if Instant::now() + wait >= deadline {
                return Err(err);
            }
            // A gateway applying a change is the service working normally, not a brownout:
            // those retries are bounded by the policy alone.
            if err.api_kind() != Some(ErrorKind::GatewayConfiguring) {
                let cost = if matches!(err, Error::Timeout(_)) {
                    quota::TIMEOUT_COST
                } else {
                    quota::RETRY_COST
                };
                if !inner.quota.take(cost) {
                    inner.stats.quota_refusals.fetch_add(1, Ordering::Relaxed);
                    log::warn!(
                        "{action}: not retrying: the retry quota is spent (the service has been \
                         failing for a while; it refills as calls succeed)"
                    );
                    return Err(err);
                }
                last_retry_cost = Some(cost);
            }
            std::thread::sleep(wait);
            retries += 1;
            inner.stats.retries.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// What a logical call does with `VpnGateway.Configuring`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Configuring {
    /// Retry it like any transient error, within the retry policy.
    Retry,
    /// Return it at once: the caller waits it out on a budget of its own.
    HandBack,
}

/// `a - b` in milliseconds, signed.
fn system_time_diff_ms(a: SystemTime, b: SystemTime) -> i64 {
    match a.duration_since(b) {
        Ok(d) => d.as_millis().min(i64::MAX as u128) as i64,
        Err(e) => -(e.duration().as_millis().min(i64::MAX as u128) as i64),
    }
}
