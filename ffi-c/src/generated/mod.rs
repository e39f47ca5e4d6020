// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! What `spec/api.toml` says, as C: the status table, record handles and their accessors, list
//! handles, and a request object for every operation. The module order is the header's order.

pub mod status;

pub mod records;

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
