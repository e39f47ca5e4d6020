// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! What `spec/api.toml` says, as Python: the record, page and iterator classes, the client's
//! methods, and the exception class of each error kind.

pub(crate) mod client;
pub(crate) mod errors;
pub(crate) mod records;

use pyo3::prelude::*;

/// Adds every generated class to the module.
pub(crate) fn add_classes(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<client::Client>()?;
    m.add_class::<records::CreateSslVpnClientCertResponse>()?;
    m.add_class::<records::CreateSslVpnServerResponse>()?;
    m.add_class::<records::DeleteOutcome>()?;
    m.add_class::<records::DeleteSslVpnServerResponse>()?;
    m.add_class::<records::ModifySslVpnClientCertResponse>()?;
    m.add_class::<records::ModifySslVpnServerResponse>()?;
    m.add_class::<records::SslVpnClientCertBundle>()?;
    m.add_class::<records::SslVpnClientCertSummary>()?;
    m.add_class::<records::SslVpnClientInfo>()?;
    m.add_class::<records::SslVpnServer>()?;
    m.add_class::<records::VpnGateway>()?;
    m.add_class::<records::VpnGatewayReservationData>()?;
    m.add_class::<records::VpnGatewayTag>()?;
    m.add_class::<records::VpnSslServerLogs>()?;
    m.add_class::<records::SslVpnClientCertPage>()?;
    m.add_class::<records::SslVpnClientCertIterator>()?;
    m.add_class::<records::SslVpnClientInfoPage>()?;
    m.add_class::<records::SslVpnClientInfoIterator>()?;
    m.add_class::<records::SslVpnServerPage>()?;
    m.add_class::<records::SslVpnServerIterator>()?;
    m.add_class::<records::VpnGatewayPage>()?;
    m.add_class::<records::VpnGatewayIterator>()?;
    Ok(())
}
