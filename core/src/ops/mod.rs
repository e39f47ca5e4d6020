//! The operations of the SSL-VPN family, one module each.
//!
//! Each module holds the request builder, the answer, the `Client` method and the list of the
//! operation's documented error codes. What only restates the spec is generated
//! (`crate::generated::ops`); the modules here add an operation's behaviour: checks of its
//! answer, waits, composite steps.

pub mod create_ssl_vpn_client_cert;
pub mod create_ssl_vpn_server;
pub mod delete_ssl_vpn_client_cert;
pub mod delete_ssl_vpn_server;
pub mod describe_ssl_vpn_client_cert;
pub mod describe_vpn_ssl_server_logs;
pub mod issue_client_cert;
pub mod modify_ssl_vpn_server;
pub mod paging;
pub(crate) mod wait;
pub mod wait_for_gateway;

// The operations with no behaviour of their own are the generated modules as they are (an
// explicit module above shadows its generated namesake).
pub use crate::generated::ops::*;

use serde::de::DeserializeOwned;

use crate::Error;

/// What the call loop needs to know about an operation (implemented by the generated code).
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
    /// The request's own region, if it names one (else the client's applies).
    fn region_id(&self) -> Option<&str> {
        None
    }
    /// Checks on a decoded success (e.g. that it is about the resource asked for).
    fn check(&self, out: Self::Output) -> Result<Self::Output, Error>;
}

/// An operation's hand-written behaviour around the generated code: local checks beyond the
/// spec's rules, and checks of a decoded answer. Operations without any implement it empty.
pub(crate) trait Hooks: Operation {
    /// Checks beyond the spec's rules (which the generated `validate` has run already).
    fn validate_more(&self) -> Result<(), Error> {
        Ok(())
    }
    /// Checks a decoded success.
    fn check_answer(&self, out: Self::Output) -> Result<Self::Output, Error> {
        Ok(out)
    }
}
