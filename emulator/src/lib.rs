//! # vpncert-emulator
//!
//! A local emulator of the Alibaba Cloud VPC endpoint for the SSL-VPN client-certificate API
//! family, so that tests, examples and demos run without an account or a network.
//!
//! It is a real HTTP/1.1 server (keep-alive, concurrent connections, optional TLS) that
//! behaves like the gateway and the service behind it:
//! - verifies signature V1 (HMAC-SHA1, parameters in the query and/or a form body) and V3
//!   (ACS3-HMAC-SHA256 in `Authorization`), the 15-minute timestamp window, nonce reuse,
//!   access keys and STS tokens, answering `SignatureDoesNotMatch` with
//!   `server string to sign is:<the string it computed>`;
//! - models regions, VPN gateways (`active`, `updating` while a change is applied or for the
//!   next N changes, financially locked) with at most one SSL-VPN server each, and client
//!   certificates with real X.509 material (a CA per server, a client certificate and key
//!   issued by it, an OpenVPN profile embedding them);
//! - serves the thirteen operations of the family with the official models' response shapes:
//!   CreateSslVpnClientCert, DescribeSslVpnClientCert, DescribeSslVpnClientCerts,
//!   ModifySslVpnClientCert, DeleteSslVpnClientCert, DescribeSslVpnServers,
//!   DescribeVpnGateway, DescribeVpnGateways, DescribeSslVpnClients, CreateSslVpnServer,
//!   ModifySslVpnServer, DeleteSslVpnServer and DescribeVpnSslServerLogs; with ClientToken
//!   idempotency per access key and action, dry runs (`DryRunOperation`), the service's checks
//!   of server settings, quotas, creation limits, roles, and every documented error code;
//! - is asynchronous where the service is: after a certificate delete and an SSL-VPN server
//!   create, change (other than a rename) or delete, the gateway is `updating` for a settle
//!   window ([`EmulatorBuilder::settle`], 300 ms; [`EmulatorBuilder::create_settle`] after a
//!   certificate create, 0 by default) and other changes answer `VpnGateway.Configuring`;
//! - has clients that connect and disconnect on request ([`Emulator::connect`],
//!   `POST /__emulator/connect`), listed by DescribeSslVpnClients and logged, with the log
//!   served by DescribeVpnSslServerLogs; deleting a certificate disconnects every client of
//!   its server, as the gateway does;
//! - models, per SSL-VPN server, the DNS servers pushed to clients (`DnsServers`, a string
//!   of comma-separated IP addresses, left out for servers without any);
//! - plays the gateway's data side for tests: with [`EmulatorBuilder::openvpn_remote`]
//!   (`--openvpn-remote HOST:PORT[/PROTO]`) the servers' address, port and protocol are there,
//!   so the profiles issued connect to it, and [`Emulator::openvpn_server_config`] (also
//!   `GET /__emulator/openvpn-server-config?SslVpnServerId=..`) is a complete OpenVPN server
//!   configuration for an SSL-VPN server on its own PKI, with a CRL of the deleted
//!   certificates; [`lab`] runs real OpenVPN processes with it;
//! - injects faults at given rates, deterministically under a seed, and added latency. The
//!   [`FaultKind`]s and their command-line names: `503` (503 `ServiceUnavailable`), `throttle`
//!   (400 `Throttling`), `throttle-user` (400 `Throttling.User`), `throttle-api`
//!   (400 `Throttling.Api`), `rejected-throttling` (400 `Rejected.Throttling`),
//!   `internal-error` (500 `InternalError`), `unknown-error` (500 `UnknownError`) reject the
//!   request before anything happens; `drop-after-commit` carries out a change, then closes
//!   the connection without an answer. Below HTTP: `reset-before` and `stall` break the
//!   connection before anything happens, `reset-after`, `truncate`, `drip` and `garbage` after
//!   the request is carried out, and `close-idle` closes a keep-alive connection after its
//!   answer (see [`FaultKind`] for the exact bytes and timings).
//!
//! Answers are always JSON (`Format=XML` is not emulated).
//!
//! Errors of the gateway operations. Where the service's reference names a code, it is used
//! (`InvalidVpnGatewayInstanceId.NotFound` 404, `InvalidSslVpnServerId.NotFound` 404,
//! `VpnGateway.Configuring` 400, `VpnGateway.FinancialLocked` 400, `DryRunOperation` 400
//! with "Request validation has been passed with DryRun flag set."); where it names none,
//! the emulator answers as the gateway answers bad input elsewhere:
//! - a server setting the service refuses (cipher, protocol, port, client pool, local
//!   networks, DNS servers, IDaaS settings missing for two-factor authentication, a malformed
//!   number or boolean, a log period without its other end): 400 `InvalidParameter`, the
//!   message naming the parameter and the rule; a bad server name: 400 `InvalidName`, as for
//!   certificates; a missing required parameter: 400 `Missing<Name>`;
//! - a second SSL-VPN server on a gateway: 400 `OperationFailed.SslVpnServerExists` (the
//!   family's `OperationFailed.<Reason>` pattern for an operation the resource's state
//!   forbids).
//!
//! Dry runs are checked as fully as the real request (a busy or locked gateway answers its
//! error), count against `configuring=N` like any other change request, and change nothing.
//! The server's `Connections` and DescribeSslVpnClients count the clients connected through
//! [`Emulator::connect`]; no pending orders are modelled, so `ReservationData` is never in an
//! answer. Log lines read `YYYY-MM-DD HH:MM:SS SERVER CERT WHAT` in Beijing time (UTC+8), as
//! in the service's examples; `Count` is every line of the period, `Data.Logs` one page.
//!
//! ```
//! use vpncert_emulator::{Emulator, Role, ServerState};
//!
//! let emu = Emulator::builder()
//!     .access_key("testid", "testsecret", Role::Owner)
//!     .server("cn-hangzhou", "vss-emulator0001", ServerState::Ready)
//!     .quota(2)
//!     .start()?;
//! let client = vpncert::Client::builder()
//!     .region_id("cn-hangzhou")
//!     .credentials(vpncert::Credentials::access_key("testid", "testsecret"))
//!     .endpoint(emu.url())
//!     .build()
//!     .unwrap();
//! let cert = client
//!     .create_ssl_vpn_client_cert(
//!         &vpncert::CreateSslVpnClientCert::new("vss-emulator0001").name("alice"),
//!     )
//!     .unwrap();
//! assert_eq!(emu.state()["certificates"][0]["ssl_vpn_client_cert_id"], cert.ssl_vpn_client_cert_id);
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! The binary `vpncert-emulator` takes the flags of `cli::EmulatorArgs` (feature `cli`, on by
//! default). Its control routes answer loopback clients that are not web pages:
//! `GET /__emulator/state` returns [`Emulator::state`];
//! `POST /__emulator/server-state?SslVpnServerId=..&State=..` (or `VpnGatewayId=..`) sets a
//! gateway's state; `POST /__emulator/connect` with
//! `{"ssl_vpn_client_cert_id": "vsc-...", "ip": "..."}` (`ip` optional) connects a client
//! (409 with the reason when the gateway would refuse it) and `POST /__emulator/disconnect`
//! with the same body disconnects the certificate's clients;
//! `GET /__emulator/openvpn-server-config?SslVpnServerId=..` answers
//! [`Emulator::openvpn_server_config`] as text (404 for an unknown server, 409 without an
//! OpenVPN remote).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod api;
mod auth;
mod builder;
#[cfg(feature = "cli")]
pub mod cli;
mod error;
mod faults;
#[doc(hidden)]
pub mod fuzzing;
mod generated;
mod http;
pub mod lab;
pub mod limits;
mod openvpn;
mod ops;
mod params;
mod pki;
mod server;
mod tls;
mod world;

pub use builder::{
    EmulatorBuilder, FaultKind, Idaas, Role, ServerState, DEFAULT_ACCESS_KEY_ID,
    DEFAULT_ACCESS_KEY_SECRET, DEFAULT_CERT_VALIDITY, DEFAULT_CREATE_LIMIT, DEFAULT_CREATE_SETTLE,
    DEFAULT_DELETE_SETTLE, DEFAULT_MAX_CONNECTIONS, DEFAULT_QUOTA, DEFAULT_REGION_ID,
    DEFAULT_SETTLE, DEFAULT_SSL_MAX_CONNECTIONS, DEFAULT_SSL_VPN_SERVER_ID,
    SSL_MAX_CONNECTIONS_CHOICES,
};
pub use openvpn::{OpenVpnProto, OpenVpnRemote};
pub use server::Emulator;

// The crate's README (its page on the registry) is compiled as a doctest, so its example stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctest;

#[cfg(test)]
mod tests {
    #[test]
    fn the_handle_can_be_shared_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<crate::Emulator>();
        assert_send_sync::<crate::EmulatorBuilder>();
    }
}
