//! The operations of the SSL-VPN client-certificate family, one module each.
//!
//! Each module holds the request builder, the response struct, the `Client` method and the list
//! of the operation's documented error codes.

pub mod create_ssl_vpn_client_cert;
pub mod delete_ssl_vpn_client_cert;
pub mod describe_ssl_vpn_client_cert;
pub mod describe_ssl_vpn_client_certs;
pub mod describe_ssl_vpn_servers;
pub mod issue_client_cert;
pub mod modify_ssl_vpn_client_cert;
pub mod paging;
pub(crate) mod wait;

use serde::de::DeserializeOwned;

use crate::Error;

/// What the call loop needs to know about an operation.
pub(crate) trait Operation {
    /// The API action name.
    const ACTION: &'static str;
    /// Mutating operations carry a ClientToken, reused by every attempt of one logical call.
    const MUTATING: bool;
    /// The decoded success body.
    type Output: DeserializeOwned;

    /// Local checks; no request is sent when they fail.
    fn validate(&self) -> Result<(), Error>;
    /// Business parameters (RegionId and ClientToken are added by the client).
    fn params(&self, out: &mut Vec<(&'static str, String)>);
    /// The caller's ClientToken, if any.
    fn client_token(&self) -> Option<&str> {
        None
    }
    /// Checks on a decoded success (e.g. that it is about the resource asked for).
    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {
        Ok(out)
    }
}
