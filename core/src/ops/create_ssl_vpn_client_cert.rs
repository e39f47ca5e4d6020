//! `CreateSslVpnClientCert`: create an SSL client certificate on an SSL-VPN server.
//!
//! ```
//! let req = vpncert::CreateSslVpnClientCert::new("vss-m5et0q3iy1qex328w")
//!     .name("alice")
//!     .client_token("onboard-alice-1");
//! assert_eq!(req.ssl_vpn_server_id(), "vss-m5et0q3iy1qex328w");
//! ```

pub use crate::generated::ops::create_ssl_vpn_client_cert::*;

use super::Hooks;
use crate::Error;

impl Hooks for CreateSslVpnClientCert {
    fn check_answer(&self, out: Self::Output) -> Result<Self::Output, Error> {
        // Without the id nothing can be done with the certificate, and a retry would not know
        // whether one was made.
        if out.ssl_vpn_client_cert_id.is_empty() {
            return Err(Error::Decode {
                http_status: 200,
                reason: "the response has no SslVpnClientCertId".into(),
                snippet: String::new(),
            });
        }
        Ok(out)
    }
}
