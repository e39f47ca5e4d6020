//! `vpncert.roster` from Python: the core's roster files, plans and their application. The
//! results are frozen objects with the fields of the core's; `to_dict()` is their JSON form.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::args;
use crate::client::Client;
use crate::errors::IntoPyResult;

/// A Python dict of a serializable value (the same shape as the CLI's `--output json`).
fn dict_of<'py>(py: Python<'py>, value: &impl serde::Serialize) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// A roster read from a file: who should have access.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct Roster(pub(crate) vpncert::roster::Roster);

#[pymethods]
impl Roster {
    /// How many people.
    fn __len__(&self) -> usize {
        self.0.people.len()
    }

    /// The names, in file order.
    #[getter]
    fn names<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.people.iter().map(|p| p.name.as_str()))
    }

    /// The people as dicts (`line`, `name`, `server`, `columns`), and repeated lines.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!("Roster(<{} people>)", self.0.people.len())
    }
}

/// One line of a plan.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct RosterAction(vpncert::roster::Action);

#[pymethods]
impl RosterAction {
    /// `"create"`, `"revoke"`, `"rotate"` or `"keep"`.
    #[getter]
    fn action(&self) -> &'static str {
        match self.0.action {
            vpncert::roster::ActionKind::Create => "create",
            vpncert::roster::ActionKind::Revoke => "revoke",
            vpncert::roster::ActionKind::Rotate => "rotate",
            _ => "keep",
        }
    }

    /// The certificate name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The SSL-VPN server.
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The certificate kept, revoked or rotated out (``None`` for a create).
    #[getter]
    fn ssl_vpn_client_cert_id(&self) -> Option<&str> {
        self.0.ssl_vpn_client_cert_id.as_deref()
    }

    /// Why, in words.
    #[getter]
    fn reason(&self) -> &str {
        &self.0.reason
    }

    /// The roster line of the person (``None`` for a certificate not in the roster).
    #[getter]
    fn line(&self) -> Option<usize> {
        self.0.line
    }

    /// The fields as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "RosterAction(action={:?}, name={:?}, ssl_vpn_server_id={:?}, ssl_vpn_client_cert_id={:?})",
            self.action(),
            self.0.name,
            self.0.ssl_vpn_server_id,
            self.0.ssl_vpn_client_cert_id
        )
    }
}

/// What `apply` would do; `apply` does it.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct RosterPlan {
    plan: vpncert::roster::Plan,
    client: vpncert::Client,
}

#[pymethods]
impl RosterPlan {
    /// The actions, one per person and per certificate to revoke.
    #[getter]
    fn actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items = self
            .plan
            .actions
            .iter()
            .map(|a| Py::new(py, RosterAction(a.clone())))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, items)
    }

    /// Whether applying it changes anything.
    #[getter]
    fn has_changes(&self) -> bool {
        self.plan.has_changes()
    }

    /// ``{"actions": [...], "summary": {"create", "revoke", "rotate", "keep"}}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let value =
            serde_json::json!({ "actions": self.plan.actions, "summary": self.plan.summary() });
        dict_of(py, &value)
    }

    /// Applies the plan: hand-over files into ``out_dir`` (mode 0700; ``NAME.ovpn`` 0600, and
    /// ``NAME.zip`` with ``bundle="zip"`` or ``"both"``), creates before revocations, at most
    /// ``max_revocations`` revocations (else nothing changes), ``concurrency`` calls in flight
    /// (changes still one at a time per gateway). Returns the report. A client made with
    /// ``retry_mode="adaptive"`` paces the job to the service's flow control.
    #[pyo3(signature = (out_dir, *, max_revocations=None, bundle=None, allow_shared_dir=None, concurrency=None))]
    #[pyo3(
        text_signature = "($self, out_dir, *, max_revocations=5, bundle='ovpn', allow_shared_dir=False, concurrency=8)"
    )]
    fn apply(
        &self,
        py: Python<'_>,
        out_dir: Bound<'_, PyAny>,
        max_revocations: Option<Bound<'_, PyAny>>,
        bundle: Option<Bound<'_, PyAny>>,
        allow_shared_dir: Option<Bound<'_, PyAny>>,
        concurrency: Option<Bound<'_, PyAny>>,
    ) -> PyResult<RosterReport> {
        let out_dir: PathBuf = args::arg("out_dir", &out_dir)?;
        let max_revocations: i64 = args::or("max_revocations", max_revocations, 5)?;
        let bundle: String = args::or("bundle", bundle, "ovpn".to_owned())?;
        let allow_shared_dir: bool = args::or("allow_shared_dir", allow_shared_dir, false)?;
        let concurrency: i64 = args::or("concurrency", concurrency, 8)?;
        let options = (|| -> Result<vpncert::roster::ApplyOptions, vpncert::Error> {
            let bundle = vpncert::roster::Bundle::parse(&bundle).ok_or_else(|| {
                vpncert::Error::invalid("bundle", "must be \"ovpn\", \"zip\" or \"both\"")
            })?;
            Ok(vpncert::roster::ApplyOptions::new(out_dir)
                .max_revocations(args::count("max_revocations", max_revocations)? as usize)
                .bundle(bundle)
                .allow_shared_dir(allow_shared_dir)
                .concurrency(args::count("concurrency", concurrency)? as usize))
        })()
        .into_py_result(py)?;
        crate::pylogging::detach(py, || {
            vpncert::roster::apply(&self.client, &self.plan, &options, &mut |_| {})
        })
        .into_py_result(py)
        .map(RosterReport)
    }

    fn __repr__(&self) -> String {
        let s = self.plan.summary();
        format!(
            "RosterPlan(create={}, rotate={}, revoke={}, keep={})",
            s.create, s.rotate, s.revoke, s.keep
        )
    }
}

/// What `apply` did.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct RosterReport(vpncert::roster::ApplyReport);

#[pymethods]
impl RosterReport {
    /// Whether any action failed or was not attempted (a rerun continues).
    #[getter]
    fn failed(&self) -> bool {
        self.0.failed()
    }

    /// The audit record appended to.
    #[getter]
    fn audit(&self) -> String {
        self.0.audit.display().to_string()
    }

    /// Per server revoked on, the clients connected before (all of them are disconnected while
    /// the gateway applies a revocation).
    #[getter]
    fn connected<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in &self.0.connected {
            d.set_item(k, v)?;
        }
        Ok(d)
    }

    /// The outcomes as dicts: the planned action's fields, ``result`` (``done``,
    /// ``delivered``, ``failed``, ``not_attempted``), ``issued_cert_id``, ``files``,
    /// ``request_id``, ``error``.
    #[getter]
    fn outcomes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.0.outcomes)
    }

    /// Everything as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_of(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "RosterReport(<{} outcomes>, failed={})",
            self.0.outcomes.len(),
            if self.0.failed() { "True" } else { "False" }
        )
    }
}

/// `vpncert.roster.load(path)`.
#[pyfunction]
#[pyo3(name = "_roster_load")]
pub(crate) fn roster_load(py: Python<'_>, path: Bound<'_, PyAny>) -> PyResult<Roster> {
    let path: PathBuf = args::arg("path", &path)?;
    crate::pylogging::detach(py, || vpncert::roster::load(&path))
        .into_py_result(py)
        .map(Roster)
}

/// `vpncert.roster.client_token(ssl_vpn_server_id, name, scope=None)`.
#[pyfunction]
#[pyo3(name = "_roster_client_token")]
#[pyo3(signature = (ssl_vpn_server_id, name, scope=None))]
pub(crate) fn roster_client_token(
    ssl_vpn_server_id: Bound<'_, PyAny>,
    name: Bound<'_, PyAny>,
    scope: Option<Bound<'_, PyAny>>,
) -> PyResult<String> {
    let server: String = args::arg("ssl_vpn_server_id", &ssl_vpn_server_id)?;
    let name: String = args::arg("name", &name)?;
    let scope: Option<String> = args::opt("scope", scope)?;
    Ok(vpncert::roster::client_token(
        &server,
        &name,
        scope.as_deref(),
    ))
}

/// `vpncert.roster.plan(client, roster, ...)`.
#[pyfunction]
#[pyo3(name = "_roster_plan")]
#[pyo3(signature = (client, roster, *, server=None, prune=None, rotate_within=None))]
#[pyo3(text_signature = "(client, roster, *, server=None, prune=False, rotate_within=None)")]
pub(crate) fn roster_plan(
    py: Python<'_>,
    client: Bound<'_, PyAny>,
    roster: Bound<'_, PyAny>,
    server: Option<Bound<'_, PyAny>>,
    prune: Option<Bound<'_, PyAny>>,
    rotate_within: Option<Bound<'_, PyAny>>,
) -> PyResult<RosterPlan> {
    let client = args::instance::<Client>("client", &client)?;
    let roster = args::instance::<Roster>("roster", &roster)?;
    let server: Option<String> = args::opt("server", server)?;
    let prune: bool = args::or("prune", prune, false)?;
    let rotate_within: Option<f64> = args::opt("rotate_within", rotate_within)?;
    let options = (|| -> Result<vpncert::roster::PlanOptions, vpncert::Error> {
        let mut o = vpncert::roster::PlanOptions::default().prune(prune);
        if let Some(s) = server {
            o = o.server(s);
        }
        if let Some(w) = rotate_within {
            o = o.rotate_within(args::seconds("rotate_within", w)?);
        }
        Ok(o)
    })()
    .into_py_result(py)?;
    let inner = client.get().inner.clone();
    let roster = &roster.get().0;
    let plan = crate::pylogging::detach(py, || vpncert::roster::plan(&inner, roster, &options))
        .into_py_result(py)?;
    Ok(RosterPlan {
        plan,
        client: inner,
    })
}
