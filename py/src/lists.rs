//! The list calls' results: certificate summaries, SSL-VPN servers, one page of either, and the
//! lazy iterators over every page.

use std::sync::Mutex;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyTuple};

use crate::errors::IntoPyResult;
use crate::repr::{py_bool, Repr};

/// A certificate as the list shows it (no secrets).
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct SslVpnClientCertSummary(pub(crate) vpncert::SslVpnClientCertSummary);

#[pymethods]
impl SslVpnClientCertSummary {
    /// The certificate id (`vsc-...`).
    #[getter]
    fn ssl_vpn_client_cert_id(&self) -> &str {
        &self.0.ssl_vpn_client_cert_id
    }

    /// The SSL-VPN server (`vss-...`).
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The region.
    #[getter]
    fn region_id(&self) -> &str {
        &self.0.region_id
    }

    /// `normal`, `expiring-soon`, `expired`, or another value as sent.
    #[getter]
    fn status(&self) -> &str {
        self.0.status.as_str()
    }

    /// Creation time, epoch milliseconds.
    #[getter]
    fn create_time(&self) -> u64 {
        self.0.create_time
    }

    /// Expiry time, epoch milliseconds.
    #[getter]
    fn end_time(&self) -> u64 {
        self.0.end_time
    }

    /// The resource group.
    #[getter]
    fn resource_group_id(&self) -> &str {
        &self.0.resource_group_id
    }

    /// The fields as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = &self.0;
        let d = PyDict::new(py);
        d.set_item("ssl_vpn_client_cert_id", &c.ssl_vpn_client_cert_id)?;
        d.set_item("ssl_vpn_server_id", &c.ssl_vpn_server_id)?;
        d.set_item("name", &c.name)?;
        d.set_item("region_id", &c.region_id)?;
        d.set_item("status", c.status.as_str())?;
        d.set_item("create_time", c.create_time)?;
        d.set_item("end_time", c.end_time)?;
        d.set_item("resource_group_id", &c.resource_group_id)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = &self.0;
        Ok(Repr::new(py, "SslVpnClientCertSummary")
            .str("ssl_vpn_client_cert_id", &c.ssl_vpn_client_cert_id)?
            .str("name", &c.name)?
            .str("ssl_vpn_server_id", &c.ssl_vpn_server_id)?
            .str("status", c.status.as_str())?
            .raw("end_time", c.end_time)
            .finish())
    }
}

/// An SSL-VPN server.
#[pyclass(frozen, module = "vpncert._native")]
pub(crate) struct SslVpnServer(pub(crate) vpncert::SslVpnServer);

#[pymethods]
impl SslVpnServer {
    /// The server id (`vss-...`).
    #[getter]
    fn ssl_vpn_server_id(&self) -> &str {
        &self.0.ssl_vpn_server_id
    }

    /// The VPN gateway it runs on.
    #[getter]
    fn vpn_gateway_id(&self) -> &str {
        &self.0.vpn_gateway_id
    }

    /// The region.
    #[getter]
    fn region_id(&self) -> &str {
        &self.0.region_id
    }

    /// The name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// The public address clients connect to.
    #[getter]
    fn internet_ip(&self) -> &str {
        &self.0.internet_ip
    }

    /// The client address pool (CIDR).
    #[getter]
    fn client_ip_pool(&self) -> &str {
        &self.0.client_ip_pool
    }

    /// The networks reachable through the VPN (CIDRs).
    #[getter]
    fn local_subnet<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.0.local_subnet)
    }

    /// `UDP` or `TCP`.
    #[getter]
    fn proto(&self) -> &str {
        &self.0.proto
    }

    /// The port.
    #[getter]
    fn port(&self) -> u64 {
        self.0.port
    }

    /// The cipher, e.g. `AES-128-CBC`.
    #[getter]
    fn cipher(&self) -> &str {
        &self.0.cipher
    }

    /// Whether traffic is compressed.
    #[getter]
    fn compress(&self) -> bool {
        self.0.compress
    }

    /// Current connections.
    #[getter]
    fn connections(&self) -> u64 {
        self.0.connections
    }

    /// Maximum connections.
    #[getter]
    fn max_connections(&self) -> u64 {
        self.0.max_connections
    }

    /// Creation time, epoch milliseconds.
    #[getter]
    fn create_time(&self) -> u64 {
        self.0.create_time
    }

    /// Whether multi-factor authentication (IDaaS) is on.
    #[getter]
    fn enable_multi_factor_auth(&self) -> bool {
        self.0.enable_multi_factor_auth
    }

    /// The IDaaS instance, when MFA is on.
    #[getter]
    fn idaas_instance_id(&self) -> &str {
        &self.0.idaas_instance_id
    }

    /// The IDaaS region.
    #[getter]
    fn idaas_region_id(&self) -> &str {
        &self.0.idaas_region_id
    }

    /// The IDaaS application.
    #[getter]
    fn idaas_application_id(&self) -> &str {
        &self.0.idaas_application_id
    }

    /// The IDaaS instance version.
    #[getter]
    fn idaas_instance_version(&self) -> &str {
        &self.0.idaas_instance_version
    }

    /// The resource group.
    #[getter]
    fn resource_group_id(&self) -> &str {
        &self.0.resource_group_id
    }

    /// DNS servers pushed to clients.
    #[getter]
    fn dns_servers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.0.dns_servers)
    }

    /// The fields as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        server_dict(py, &self.0)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let s = &self.0;
        Ok(Repr::new(py, "SslVpnServer")
            .str("ssl_vpn_server_id", &s.ssl_vpn_server_id)?
            .str("name", &s.name)?
            .str("region_id", &s.region_id)?
            .str("internet_ip", &s.internet_ip)?
            .str("proto", &s.proto)?
            .raw("port", s.port)
            .raw("compress", py_bool(s.compress))
            .finish())
    }
}

/// `SslVpnServer.to_dict()`, also nested in a bundle's dict.
pub(crate) fn server_dict<'py>(
    py: Python<'py>,
    s: &vpncert::SslVpnServer,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("ssl_vpn_server_id", &s.ssl_vpn_server_id)?;
    d.set_item("vpn_gateway_id", &s.vpn_gateway_id)?;
    d.set_item("region_id", &s.region_id)?;
    d.set_item("name", &s.name)?;
    d.set_item("internet_ip", &s.internet_ip)?;
    d.set_item("client_ip_pool", &s.client_ip_pool)?;
    d.set_item("local_subnet", &s.local_subnet)?;
    d.set_item("proto", &s.proto)?;
    d.set_item("port", s.port)?;
    d.set_item("cipher", &s.cipher)?;
    d.set_item("compress", s.compress)?;
    d.set_item("connections", s.connections)?;
    d.set_item("max_connections", s.max_connections)?;
    d.set_item("create_time", s.create_time)?;
    d.set_item("enable_multi_factor_auth", s.enable_multi_factor_auth)?;
    d.set_item("idaas_instance_id", &s.idaas_instance_id)?;
    d.set_item("idaas_region_id", &s.idaas_region_id)?;
    d.set_item("idaas_application_id", &s.idaas_application_id)?;
    d.set_item("idaas_instance_version", &s.idaas_instance_version)?;
    d.set_item("resource_group_id", &s.resource_group_id)?;
    d.set_item("dns_servers", &s.dns_servers)?;
    Ok(d)
}

/// Defines a page class over one item class: paging fields, `items` as a tuple, `len()`,
/// iteration over the items, `to_dict()` and a short `repr()`.
macro_rules! page_class {
    ($page:ident, $item:ident, $doc:literal) => {
        #[doc = $doc]
        #[pyclass(frozen, module = "vpncert._native")]
        pub(crate) struct $page {
            request_id: String,
            page_number: u32,
            page_size: u32,
            total_count: u64,
            items: Py<PyTuple>,
        }

        impl $page {
            pub(crate) fn new(
                py: Python<'_>,
                page: vpncert::Page<vpncert::$item>,
            ) -> PyResult<Self> {
                let items = page
                    .items
                    .into_iter()
                    .map(|i| Py::new(py, $item(i)))
                    .collect::<PyResult<Vec<_>>>()?;
                Ok($page {
                    request_id: page.request_id,
                    page_number: page.page_number,
                    page_size: page.page_size,
                    total_count: page.total_count,
                    items: PyTuple::new(py, items)?.unbind(),
                })
            }
        }

        #[pymethods]
        impl $page {
            /// The request id.
            #[getter]
            fn request_id(&self) -> &str {
                &self.request_id
            }

            /// 1-based page number.
            #[getter]
            fn page_number(&self) -> u32 {
                self.page_number
            }

            /// Page size asked for.
            #[getter]
            fn page_size(&self) -> u32 {
                self.page_size
            }

            /// Items across all pages.
            #[getter]
            fn total_count(&self) -> u64 {
                self.total_count
            }

            /// This page's items.
            #[getter]
            fn items<'py>(&self, py: Python<'py>) -> Bound<'py, PyTuple> {
                self.items.bind(py).clone()
            }

            fn __len__(&self, py: Python<'_>) -> usize {
                self.items.bind(py).len()
            }

            fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
                self.items.bind(py).try_iter()
            }

            /// The fields as a dict, items as a list of dicts.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                let d = PyDict::new(py);
                d.set_item("request_id", &self.request_id)?;
                d.set_item("page_number", self.page_number)?;
                d.set_item("page_size", self.page_size)?;
                d.set_item("total_count", self.total_count)?;
                let items = self
                    .items
                    .bind(py)
                    .iter()
                    .map(|i| i.cast_into::<$item>()?.get().to_dict(py))
                    .collect::<PyResult<Vec<_>>>()?;
                d.set_item("items", items)?;
                Ok(d)
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                Ok(Repr::new(py, stringify!($page))
                    .raw("page_number", self.page_number)
                    .raw("page_size", self.page_size)
                    .raw("total_count", self.total_count)
                    .raw(
                        "items",
                        format_args!("<{} of {}>", self.items.bind(py).len(), self.total_count),
                    )
                    .str("request_id", &self.request_id)?
                    .finish())
            }
        }
    };
}

page_class!(
    SslVpnClientCertPage,
    SslVpnClientCertSummary,
    "One page of `describe_ssl_vpn_client_certs`."
);
page_class!(
    SslVpnServerPage,
    SslVpnServer,
    "One page of `describe_ssl_vpn_servers`."
);

/// Defines a Python iterator over a core `Pages` walk: each `next()` that needs a new page
/// fetches it with the interpreter detached.
macro_rules! iterator_class {
    ($iter:ident, $item:ident, $doc:literal) => {
        #[doc = $doc]
        #[pyclass(frozen, module = "vpncert._native")]
        pub(crate) struct $iter {
            // A Python iterator may be advanced from several threads; the lock keeps the walk
            // in one piece, and it is taken with the interpreter detached, so waiting for it
            // never blocks other Python threads.
            pages: Mutex<vpncert::Pages<vpncert::$item>>,
        }

        impl $iter {
            pub(crate) fn new(pages: vpncert::Pages<vpncert::$item>) -> Self {
                $iter {
                    pages: Mutex::new(pages),
                }
            }
        }

        #[pymethods]
        impl $iter {
            fn __iter__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
                slf
            }

            fn __next__(&self, py: Python<'_>) -> PyResult<Option<$item>> {
                let next = py.detach(|| {
                    let mut pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
                    pages.next()
                });
                match next {
                    Some(item) => Ok(Some($item(item.into_py_result(py)?))),
                    None => Ok(None),
                }
            }

            fn __repr__(&self) -> String {
                format!(
                    "<{} (lazy; fetches pages of {})>",
                    stringify!($iter),
                    vpncert::MAX_PAGE_SIZE
                )
            }
        }
    };
}

iterator_class!(
    SslVpnClientCertIterator,
    SslVpnClientCertSummary,
    "Every certificate matching the filters, fetched lazily in pages of 50."
);
iterator_class!(
    SslVpnServerIterator,
    SslVpnServer,
    "Every SSL-VPN server matching the filters, fetched lazily in pages of 50."
);
