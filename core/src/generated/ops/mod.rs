// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! One module per operation of the spec: request builder, answer and error codes.

pub mod create_ssl_vpn_client_cert;
pub mod create_ssl_vpn_server;
pub mod delete_ssl_vpn_client_cert;
pub mod delete_ssl_vpn_server;
pub mod describe_ssl_vpn_client_cert;
pub mod describe_ssl_vpn_client_certs;
pub mod describe_ssl_vpn_clients;
pub mod describe_ssl_vpn_servers;
pub mod describe_vpn_gateway;
pub mod describe_vpn_gateways;
pub mod describe_vpn_ssl_server_logs;
pub mod issue_client_cert;
pub mod modify_ssl_vpn_client_cert;
pub mod modify_ssl_vpn_server;
pub mod wait_for_gateway;
