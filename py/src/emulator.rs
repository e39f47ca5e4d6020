//! `vpncert._native._Emulator`: the emulator of crate `vpncert-emulator`, run in this process
//! for `vpncert.testing` (which documents it for users).

use std::sync::atomic::{AtomicBool, Ordering};

use pyo3::exceptions::{PyConnectionRefusedError, PyKeyError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use vpncert_emulator::{Emulator as Running, EmulatorBuilder, FaultKind, Idaas, Role, ServerState};

use crate::args;

/// A running emulator; `close()` (or garbage collection) stops it.
#[pyclass(frozen, module = "vpncert._native", name = "_Emulator")]
pub(crate) struct Emulator {
    url: String,
    running: Running,
    closed: AtomicBool,
}

/// Settings are test tooling, not SDK input: a bad one is a plain `ValueError`.
fn value_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

fn server_state(state: &str) -> PyResult<ServerState> {
    ServerState::parse(state).ok_or_else(|| {
        value_error(format!(
            "server state must be \"ready\", \"configuring=N\" or \"locked\" (got {state:?})"
        ))
    })
}

type Triple = (String, String, String);

/// Everything `_Emulator(...)` accepts, as the builder wants it.
struct Settings {
    keys: Vec<Triple>,
    sts_keys: Vec<Triple>,
    servers: Vec<Triple>,
    gateways: Vec<Triple>,
    server_idaas: Vec<(String, String)>,
    quota: Option<i64>,
    server_quota: Option<i64>,
    create_limit: Option<i64>,
    faults: Vec<(String, f64)>,
    dns_servers: Vec<(String, String)>,
    ssl_vpn_internet_ips: Vec<(String, String)>,
    seed: Option<u64>,
    latency: f64,
    jitter: f64,
    rate_limits: Vec<(String, f64)>,
    settle: Option<f64>,
    create_settle: Option<f64>,
    cert_validity: Option<f64>,
    client_config: bool,
    clock_skew: i64,
    openvpn_remote: Option<String>,
}

impl Settings {
    fn builder(self) -> PyResult<EmulatorBuilder> {
        let mut b = EmulatorBuilder::new();
        for (id, secret, role) in self.keys {
            let role = Role::parse(&role).ok_or_else(|| {
                value_error(format!(
                    "key role must be owner, subuser, noperm or inactive (got {role:?})"
                ))
            })?;
            b = b.access_key(id, secret, role);
        }
        for (id, secret, token) in self.sts_keys {
            b = b.sts_credentials(id, secret, token);
        }
        for (region_id, id, state) in self.servers {
            b = b.server(region_id, id, server_state(&state)?);
        }
        for (region_id, id, state) in self.gateways {
            b = b.gateway(region_id, id, server_state(&state)?);
        }
        for (server_id, idaas) in self.server_idaas {
            let idaas: Idaas = idaas.parse().map_err(value_error)?;
            b = b.server_idaas(server_id, idaas);
        }
        if let Some(n) = self.quota {
            b = b.quota(args::count("quota", n).map_err(value_error)?);
        }
        if let Some(n) = self.server_quota {
            b = b.server_quota(args::count("server_quota", n).map_err(value_error)?);
        }
        if let Some(n) = self.create_limit {
            b = b.create_limit(args::count("create_limit", n).map_err(value_error)?);
        }
        for (kind, rate) in self.faults {
            let kind = FaultKind::parse(&kind).ok_or_else(|| {
                value_error(format!(
                    "fault must be one of {} (got {kind:?})",
                    FaultKind::names(", ")
                ))
            })?;
            b = b.fault(kind, rate);
        }
        for (server_id, ips) in self.dns_servers {
            b = b.dns_servers(server_id, ips);
        }
        for (id, ip) in self.ssl_vpn_internet_ips {
            b = b.ssl_vpn_internet_ip(id, ip);
        }
        if let Some(seed) = self.seed {
            b = b.seed(seed);
        }
        b = b.latency(args::seconds("latency", self.latency).map_err(value_error)?);
        b = b.latency_jitter(args::seconds("jitter", self.jitter).map_err(value_error)?);
        for (action, rate) in self.rate_limits {
            if !(rate.is_finite() && rate > 0.0) {
                return Err(value_error(format!(
                    "rate_limits[{action:?}] must be more than 0 requests per second (got {rate})"
                )));
            }
            b = b.rate_limit(action, rate);
        }
        if let Some(d) = self.settle {
            b = b.settle(args::seconds("settle", d).map_err(value_error)?);
        }
        if let Some(d) = self.create_settle {
            b = b.create_settle(args::seconds("create_settle", d).map_err(value_error)?);
        }
        if let Some(d) = self.cert_validity {
            b = b.cert_validity(args::seconds("cert_validity", d).map_err(value_error)?);
        }
        b = b.client_config(self.client_config);
        if let Some(remote) = self.openvpn_remote {
            let remote: vpncert_emulator::OpenVpnRemote = remote.parse().map_err(value_error)?;
            b = b.openvpn_remote(remote);
        }
        Ok(b.clock_skew_secs(self.clock_skew))
    }
}

#[pymethods]
impl Emulator {
    /// Starts an emulator on 127.0.0.1 with a free port. Keys are `(id, secret, role)`, STS keys
    /// `(id, secret, token)`, servers `(region_id, ssl_vpn_server_id, state)`, gateways
    /// `(region_id, vpn_gateway_id, state)`, two-factor servers
    /// `(ssl_vpn_server_id, "INSTANCE:REGION[:APPLICATION[:VERSION]]")`, faults
    /// `(kind, rate)`, DNS servers `(ssl_vpn_server_id, "ip,ip")`, the OpenVPN remote
    /// `"HOST:PORT[/udp|/tcp]"`; times are in seconds (`delete_settle` is the older name of
    /// `settle`). Bad settings raise `ValueError`.
    #[new]
    #[pyo3(signature = (
        *,
        keys=None,
        sts_keys=None,
        servers=None,
        gateways=None,
        server_idaas=None,
        quota=None,
        server_quota=None,
        create_limit=None,
        faults=None,
        dns_servers=None,
        ssl_vpn_internet_ips=None,
        seed=None,
        latency=0.0,
        jitter=0.0,
        rate_limits=None,
        delete_settle=None,
        settle=None,
        create_settle=None,
        cert_validity=None,
        client_config=true,
        clock_skew=0,
        openvpn_remote=None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        keys: Option<Vec<Triple>>,
        sts_keys: Option<Vec<Triple>>,
        servers: Option<Vec<Triple>>,
        gateways: Option<Vec<Triple>>,
        server_idaas: Option<Vec<(String, String)>>,
        quota: Option<i64>,
        server_quota: Option<i64>,
        create_limit: Option<i64>,
        faults: Option<Vec<(String, f64)>>,
        dns_servers: Option<Vec<(String, String)>>,
        ssl_vpn_internet_ips: Option<Vec<(String, String)>>,
        seed: Option<u64>,
        latency: f64,
        jitter: f64,
        rate_limits: Option<Vec<(String, f64)>>,
        delete_settle: Option<f64>,
        settle: Option<f64>,
        create_settle: Option<f64>,
        cert_validity: Option<f64>,
        client_config: bool,
        clock_skew: i64,
        openvpn_remote: Option<String>,
    ) -> PyResult<Self> {
        if delete_settle.is_some() && settle.is_some() {
            return Err(value_error(
                "give settle or its older name delete_settle, not both",
            ));
        }
        let builder = Settings {
            keys: keys.unwrap_or_default(),
            sts_keys: sts_keys.unwrap_or_default(),
            servers: servers.unwrap_or_default(),
            gateways: gateways.unwrap_or_default(),
            server_idaas: server_idaas.unwrap_or_default(),
            quota,
            server_quota,
            create_limit,
            faults: faults.unwrap_or_default(),
            dns_servers: dns_servers.unwrap_or_default(),
            ssl_vpn_internet_ips: ssl_vpn_internet_ips.unwrap_or_default(),
            seed,
            latency,
            jitter,
            rate_limits: rate_limits.unwrap_or_default(),
            settle: settle.or(delete_settle),
            create_settle,
            cert_validity,
            client_config,
            clock_skew,
            openvpn_remote,
        }
        .builder()?;
        // Starting generates the servers' CAs: let other Python threads run meanwhile.
        let running = py.detach(|| builder.start()).map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidInput => value_error(e),
            _ => PyRuntimeError::new_err(format!("cannot start the emulator: {e}")),
        })?;
        Ok(Emulator {
            url: running.url(),
            running,
            closed: AtomicBool::new(false),
        })
    }

    /// The base URL, `http://127.0.0.1:PORT`.
    #[getter]
    fn url(&self) -> &str {
        &self.url
    }

    /// Whether `close()` was called.
    #[getter]
    fn closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    /// A JSON snapshot of servers, certificates and counters (still readable after `close()`).
    fn state_json(&self, py: Python<'_>) -> String {
        py.detach(|| self.running.state().to_string())
    }

    /// Sets a server's state: `"ready"`, `"configuring=N"` (the next N creates or deletes on
    /// it answer `VpnGateway.Configuring`) or `"locked"`. Raises `KeyError` for an unknown
    /// server.
    fn set_server_state(
        &self,
        py: Python<'_>,
        ssl_vpn_server_id: &str,
        state: &str,
    ) -> PyResult<()> {
        let state = server_state(state)?;
        if !py.detach(|| self.running.set_server_state(ssl_vpn_server_id, state)) {
            return Err(PyKeyError::new_err(ssl_vpn_server_id.to_owned()));
        }
        Ok(())
    }

    /// Sets a gateway's state, as `set_server_state` sets a server's gateway's. Raises
    /// `KeyError` for an unknown gateway.
    fn set_gateway_state(&self, py: Python<'_>, vpn_gateway_id: &str, state: &str) -> PyResult<()> {
        let state = server_state(state)?;
        if !py.detach(|| self.running.set_gateway_state(vpn_gateway_id, state)) {
            return Err(PyKeyError::new_err(vpn_gateway_id.to_owned()));
        }
        Ok(())
    }

    /// A client connects with a certificate (from `ip`, or one picked; as `user` on a server
    /// with two-factor authentication). Returns the connection as JSON. Raises
    /// `ConnectionRefusedError` when the gateway would refuse it (expired or deleted
    /// certificate, gateway updating or locked, connection limit) and `ValueError` for an `ip`
    /// that is not an IP address.
    #[pyo3(signature = (ssl_vpn_client_cert_id, ip=None, user=None))]
    fn connect(
        &self,
        py: Python<'_>,
        ssl_vpn_client_cert_id: &str,
        ip: Option<&str>,
        user: Option<&str>,
    ) -> PyResult<String> {
        py.detach(|| self.running.connect_as(ssl_vpn_client_cert_id, ip, user))
            .map(|c| c.to_string())
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    PyConnectionRefusedError::new_err(e.to_string())
                }
                _ => value_error(e),
            })
    }

    /// Disconnects the clients of a certificate (only the one from `ip`, when given); how many.
    #[pyo3(signature = (ssl_vpn_client_cert_id, ip=None))]
    fn disconnect(&self, py: Python<'_>, ssl_vpn_client_cert_id: &str, ip: Option<&str>) -> usize {
        py.detach(|| self.running.disconnect(ssl_vpn_client_cert_id, ip))
    }

    /// Every API request answers `Throttling.User` for the next `seconds` (0 ends it).
    fn brownout(&self, seconds: f64) -> PyResult<()> {
        let d = args::seconds("seconds", seconds).map_err(value_error)?;
        self.running.brownout(d);
        Ok(())
    }

    /// The OpenVPN server configuration of an SSL-VPN server (its CA, a server certificate and
    /// key, its cipher, a CRL of the deleted certificates). Raises `KeyError` for an unknown
    /// server and `RuntimeError` for an emulator started without `openvpn_remote`.
    fn openvpn_server_config(&self, py: Python<'_>, ssl_vpn_server_id: &str) -> PyResult<String> {
        py.detach(|| self.running.openvpn_server_config(ssl_vpn_server_id))
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => PyKeyError::new_err(ssl_vpn_server_id.to_owned()),
                _ => PyRuntimeError::new_err(e.to_string()),
            })
    }

    /// Stops the emulator: closes the socket and every connection (idempotent).
    fn close(&self, py: Python<'_>) {
        self.closed.store(true, Ordering::SeqCst);
        // Shutting down joins the server's threads; let other Python threads run meanwhile.
        py.detach(|| self.running.shutdown());
    }

    fn __repr__(&self) -> String {
        let state = if self.closed() { "closed" } else { "running" };
        format!("<_Emulator {} ({state})>", self.url)
    }
}
