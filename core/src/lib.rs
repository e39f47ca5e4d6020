//! # vpncert
//!
//! A native SDK for Alibaba Cloud SSL-VPN client certificates: signing (V1 HMAC-SHA1 and V3
//! ACS3-HMAC-SHA256), a keep-alive HTTP transport, retries that never duplicate a certificate,
//! and typed errors for every documented API code.
//!
//! ```no_run
//! let client = vpncert::Client::builder()
//!     .region_id("cn-hangzhou")
//!     .credentials(vpncert::Credentials::access_key("id", "secret"))
//!     .endpoint("http://127.0.0.1:8080")
//!     .build()?;
//! let out = client.create_ssl_vpn_client_cert(
//!     &vpncert::CreateSslVpnClientCert::new("vss-emulator0001").name("alice"))?;
//! println!("{} {}", out.ssl_vpn_client_cert_id, out.name);
//! # Ok::<(), vpncert::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod bulk;
mod client;
pub mod credentials;
mod decode;
pub mod endpoint;
mod error;
#[doc(hidden)]
pub mod fuzzing;
mod generated;
pub mod ops;
pub mod profile;
mod proxy;
pub mod redact;
mod resolver;
pub mod retry;
pub mod roster;
pub mod sign;
mod transport;
mod validate;
mod zip;

pub use client::{Client, ClientBuilder, ClientStats, API_VERSION};
pub use credentials::{
    ChainConfig, Credentials, CredentialsProvider, DefaultChain, Environment, Secret,
};
pub use error::{ApiError, Error, ErrorKind, SignatureDiagnosis};
pub use generated::reexports::*;
pub use ops::delete_ssl_vpn_client_cert::DeleteOutcome;
pub use ops::describe_ssl_vpn_client_cert::CertStatus;
pub use ops::paging::{Page, Pages, MAX_PAGE_SIZE};
pub use retry::{RetryMode, RetryPolicy};
pub use sign::SignatureVersion;
pub use transport::MAX_RESPONSE_BYTES;
pub use validate::MAX_DURATION;

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

// The crate's README (its page on the registry) is compiled as a doctest, so its example stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctest;
