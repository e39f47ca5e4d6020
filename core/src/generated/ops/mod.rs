// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! One module per operation of the spec: request builder, answer and error codes.

pub mod create_ssl_vpn_client_cert;
pub mod delete_ssl_vpn_client_cert;
pub mod describe_ssl_vpn_client_cert;
pub mod describe_ssl_vpn_client_certs;
pub mod describe_ssl_vpn_servers;
pub mod issue_client_cert;
pub mod modify_ssl_vpn_client_cert;
