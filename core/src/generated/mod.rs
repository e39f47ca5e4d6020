// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! What `spec/api.toml` says about the API, as Rust: the error kinds, the records answers
//! carry, and each operation's request builder. Behaviour (the call loop, waits, checks of
//! answers) is hand-written in `crate::ops` and `crate::client`.

pub mod errors;
pub mod ops;
pub mod records;

/// The API version of the Vpc product.
pub const API_VERSION: &str = "2016-04-28";

/// Everything the crate root re-exports.
pub mod reexports {
    pub use super::records::*;
    pub use crate::ops::create_ssl_vpn_client_cert::CreateSslVpnClientCert;
    pub use crate::ops::create_ssl_vpn_server::CreateSslVpnServer;
    pub use crate::ops::delete_ssl_vpn_client_cert::DeleteSslVpnClientCert;
    pub use crate::ops::delete_ssl_vpn_server::DeleteSslVpnServer;
    pub use crate::ops::describe_ssl_vpn_client_cert::DescribeSslVpnClientCert;
    pub use crate::ops::describe_ssl_vpn_client_certs::DescribeSslVpnClientCerts;
    pub use crate::ops::describe_ssl_vpn_clients::DescribeSslVpnClients;
    pub use crate::ops::describe_ssl_vpn_servers::DescribeSslVpnServers;
    pub use crate::ops::describe_vpn_gateway::DescribeVpnGateway;
    pub use crate::ops::describe_vpn_gateways::DescribeVpnGateways;
    pub use crate::ops::describe_vpn_ssl_server_logs::DescribeVpnSslServerLogs;
    pub use crate::ops::issue_client_cert::IssueClientCert;
    pub use crate::ops::modify_ssl_vpn_client_cert::ModifySslVpnClientCert;
    pub use crate::ops::modify_ssl_vpn_server::ModifySslVpnServer;
    pub use crate::ops::wait_for_gateway::WaitForGateway;
}
