//! How commands print certificates and servers. The JSON records are generated from the spec
//! (`generated/views.rs`: every field, snake_case); their table and text forms are chosen here.

use crate::output::{fields, printable_lines, table};

pub use crate::generated::views::*;

/// A certificate without its secrets, as lists show it.
pub type CertView = SslVpnClientCertSummaryView;

/// A certificate with its PEM material; the private key only when asked for.
pub type BundleView = SslVpnClientCertBundleView;

/// An SSL-VPN server.
pub type ServerView = SslVpnServerView;

impl From<&vpncert::SslVpnClientCertSummary> for CertView {
    fn from(c: &vpncert::SslVpnClientCertSummary) -> Self {
        CertView::new(c, false)
    }
}

impl From<&vpncert::SslVpnClientCertBundle> for CertView {
    fn from(b: &vpncert::SslVpnClientCertBundle) -> Self {
        CertView::new(&b.summary(), false)
    }
}

impl From<&vpncert::SslVpnServer> for ServerView {
    fn from(s: &vpncert::SslVpnServer) -> Self {
        ServerView::new(s, false)
    }
}

/// The `Id:`, `Name:`, ... lines of a certificate, from either view of it (the two are separate
/// generated types with these fields in common).
macro_rules! certificate_fields {
    ($view:expr) => {
        vec![
            ("Id", $view.ssl_vpn_client_cert_id.clone()),
            ("Name", $view.name.clone()),
            ("Server", $view.ssl_vpn_server_id.clone()),
            ("Region", $view.region_id.clone()),
            ("Status", $view.status.clone()),
            ("Created", $view.created_at.clone().unwrap_or_default()),
            ("Expires", $view.expires_at.clone().unwrap_or_default()),
            ("Resource group", $view.resource_group_id.clone()),
        ]
    };
}

impl CertView {
    /// `Id:`, `Name:`, ... lines.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        certificate_fields!(self)
    }
}

/// Certificates as a table.
pub fn cert_table(certs: &[CertView]) -> String {
    let rows: Vec<Vec<String>> = certs
        .iter()
        .map(|c| {
            vec![
                c.ssl_vpn_client_cert_id.clone(),
                c.name.clone(),
                c.ssl_vpn_server_id.clone(),
                c.status.clone(),
                c.expires_at.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table(&["ID", "NAME", "SERVER", "STATUS", "EXPIRES"], &rows)
}

impl BundleView {
    /// The fields, then the PEM blocks.
    pub fn text(&self) -> String {
        let summary = certificate_fields!(self);
        let mut out = fields(&summary);
        for (title, pem) in [
            ("CA certificate", &self.ca_cert),
            ("Client certificate", &self.client_cert),
        ] {
            out.push_str(&format!(
                "\n{title}:\n{}\n",
                printable_lines(pem.trim_end())
            ));
        }
        match &self.client_key {
            Some(key) => out.push_str(&format!(
                "\nPrivate key:\n{}\n",
                printable_lines(key.expose().trim_end())
            )),
            None => out.push_str(
                "\nPrivate key: not shown (--with-key prints it; --out FILE writes a profile)\n",
            ),
        }
        out
    }
}

/// Servers as a table.
pub fn server_table(servers: &[ServerView]) -> String {
    let rows: Vec<Vec<String>> = servers
        .iter()
        .map(|s| {
            vec![
                s.ssl_vpn_server_id.clone(),
                s.name.clone(),
                s.vpn_gateway_id.clone(),
                s.internet_ip.clone(),
                format!("{}/{}", s.proto, s.port),
                format!("{}/{}", s.connections, s.max_connections),
            ]
        })
        .collect();
    table(
        &[
            "ID",
            "NAME",
            "GATEWAY",
            "ADDRESS",
            "PROTO/PORT",
            "CONNECTIONS",
        ],
        &rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_the_key_every_secret_block_of_the_profile_is_redacted() {
        let mut b = vpncert::SslVpnClientCertBundle::default();
        b.client_key = "-----BEGIN PRIVATE KEY-----\nKEY0\n-----END PRIVATE KEY-----".into();
        b.client_config = "client\n<key>\nKEY1\n</key>\n<pkcs12>\nKEY2\n</pkcs12>\n\
            <auth-user-pass>\nalice\nKEY3\n</auth-user-pass>\n<tls-crypt>\nKEY4\n</tls-crypt>\nverb 3\n"
            .into();
        let hidden = serde_json::to_string(&BundleView::new(&b, false)).unwrap();
        for n in 0..=4 {
            assert!(!hidden.contains(&format!("KEY{n}")), "KEY{n} in {hidden}");
        }
        assert!(hidden.contains("verb 3"), "{hidden}");
        let shown = serde_json::to_string(&BundleView::new(&b, true)).unwrap();
        for n in 0..=4 {
            assert!(
                shown.contains(&format!("KEY{n}")),
                "--with-key shows KEY{n}"
            );
        }
    }
}
