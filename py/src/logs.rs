//! `Client.iter_vpn_ssl_server_logs`: every line of an SSL-VPN server's logs, fetched page by
//! page as the iteration goes (the core's walk counts lines against `Count`).

use std::collections::VecDeque;
use std::sync::Mutex;

use pyo3::prelude::*;

use crate::args;
use crate::client::Client;
use crate::errors::IntoPyResult;

/// Every log line matching the filters, fetched lazily in pages of 50.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct VpnSslServerLogIterator {
    // The walk and the lines of its current page, advanced from any thread one at a time.
    state: Mutex<(
        vpncert::ops::describe_vpn_ssl_server_logs::LogPages,
        VecDeque<String>,
    )>,
}

#[pymethods]
impl VpnSslServerLogIterator {
    fn __iter__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<String>> {
        let next = crate::pylogging::detach(py, || {
            let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            loop {
                if let Some(line) = state.1.pop_front() {
                    return Ok(Some(line));
                }
                match state.0.next() {
                    Some(Ok(page)) => state.1.extend(page.logs),
                    Some(Err(e)) => return Err(e),
                    None => return Ok(None),
                }
            }
        });
        next.into_py_result(py)
    }
}

#[pymethods]
impl Client {
    /// Iterates over every line of an SSL-VPN server's logs, fetching pages of 50 lazily with
    /// the interpreter detached.
    ///
    /// ``vpn_ssl_server_id`` (``VpnSslServerId``): The SSL-VPN server (`vss-...`).
    ///
    /// ``ssl_vpn_client_cert_id`` (``SslVpnClientCertId``): Only the logs of this certificate.
    ///
    /// ``from_`` (``From``): The start of the period, epoch seconds.
    ///
    /// ``to`` (``To``): The end of the period, epoch seconds.
    ///
    /// ``minute_period`` (``MinutePeriod``): The period in minutes, when ``from_`` and ``to``
    /// are not given.
    ///
    /// ``region_id``: the region of this call (default: the client's).
    #[pyo3(signature = (vpn_ssl_server_id, *, ssl_vpn_client_cert_id=None, from_=None, to=None, minute_period=None, region_id=None))]
    #[allow(clippy::too_many_arguments)]
    fn iter_vpn_ssl_server_logs(
        &self,
        py: Python<'_>,
        vpn_ssl_server_id: Bound<'_, PyAny>,
        ssl_vpn_client_cert_id: Option<Bound<'_, PyAny>>,
        from_: Option<Bound<'_, PyAny>>,
        to: Option<Bound<'_, PyAny>>,
        minute_period: Option<Bound<'_, PyAny>>,
        region_id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<VpnSslServerLogIterator> {
        let vpn_ssl_server_id: String = args::arg("vpn_ssl_server_id", &vpn_ssl_server_id)?;
        let ssl_vpn_client_cert_id: Option<String> =
            args::opt("ssl_vpn_client_cert_id", ssl_vpn_client_cert_id)?;
        let from_: Option<u64> = args::opt("from_", from_)?;
        let to: Option<u64> = args::opt("to", to)?;
        let minute_period: Option<i64> = args::opt("minute_period", minute_period)?;
        let region_id: Option<String> = args::opt("region_id", region_id)?;
        let build = || -> Result<vpncert::DescribeVpnSslServerLogs, vpncert::Error> {
            let mut req = vpncert::DescribeVpnSslServerLogs::new(vpn_ssl_server_id);
            if let Some(v) = ssl_vpn_client_cert_id {
                req = req.ssl_vpn_client_cert_id(v);
            }
            if let Some(v) = from_ {
                req = req.from(v);
            }
            if let Some(v) = to {
                req = req.to(v);
            }
            if let Some(v) = minute_period {
                req = req.minute_period(args::count("MinutePeriod", v)?);
            }
            if let Some(v) = region_id {
                req = req.region_id(v);
            }
            Ok(req)
        };
        let req = build().into_py_result(py)?;
        Ok(VpnSslServerLogIterator {
            state: Mutex::new((self.inner.vpn_ssl_server_logs(&req), VecDeque::new())),
        })
    }
}
