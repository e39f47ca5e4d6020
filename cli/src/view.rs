//! What commands print about certificates and servers: stable snake_case JSON records and their
//! table forms. The SDK's own types keep the API's PascalCase names; these are the CLI's.

use serde::Serialize;

use crate::output::{fields, printable_lines, table};
use crate::timefmt::iso8601;

fn iso(ms: u64) -> Option<String> {
    Some(iso8601(ms)).filter(|s| !s.is_empty())
}

/// A certificate without its secrets.
#[derive(Debug, Clone, Serialize)]
pub struct CertView {
    pub ssl_vpn_client_cert_id: String,
    pub name: String,
    pub ssl_vpn_server_id: String,
    pub region_id: String,
    pub status: String,
    /// Epoch milliseconds, as the API gives them.
    pub create_time: u64,
    pub end_time: u64,
    /// The same instants as ISO 8601 UTC (null when unknown).
    pub created_at: Option<String>,
    pub expires_at: Option<String>,
    pub resource_group_id: String,
}

impl From<&vpncert::SslVpnClientCertSummary> for CertView {
    fn from(c: &vpncert::SslVpnClientCertSummary) -> Self {
        CertView {
            ssl_vpn_client_cert_id: c.ssl_vpn_client_cert_id.clone(),
            name: c.name.clone(),
            ssl_vpn_server_id: c.ssl_vpn_server_id.clone(),
            region_id: c.region_id.clone(),
            status: c.status.to_string(),
            create_time: c.create_time,
            end_time: c.end_time,
            created_at: iso(c.create_time),
            expires_at: iso(c.end_time),
            resource_group_id: c.resource_group_id.clone(),
        }
    }
}

impl From<&vpncert::SslVpnClientCertBundle> for CertView {
    fn from(b: &vpncert::SslVpnClientCertBundle) -> Self {
        CertView {
            ssl_vpn_client_cert_id: b.ssl_vpn_client_cert_id.clone(),
            name: b.name.clone(),
            ssl_vpn_server_id: b.ssl_vpn_server_id.clone(),
            region_id: b.region_id.clone(),
            status: b.status.to_string(),
            create_time: b.create_time,
            end_time: b.end_time,
            created_at: iso(b.create_time),
            expires_at: iso(b.end_time),
            resource_group_id: b.resource_group_id.clone(),
        }
    }
}

impl CertView {
    /// `Id:`, `Name:`, ... lines.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.ssl_vpn_client_cert_id.clone()),
            ("Name", self.name.clone()),
            ("Server", self.ssl_vpn_server_id.clone()),
            ("Region", self.region_id.clone()),
            ("Status", self.status.clone()),
            ("Created", self.created_at.clone().unwrap_or_default()),
            ("Expires", self.expires_at.clone().unwrap_or_default()),
            ("Resource group", self.resource_group_id.clone()),
        ]
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

/// A certificate with its PEM material; the private key only when asked for.
#[derive(Debug, Clone, Serialize)]
pub struct BundleView {
    #[serde(flatten)]
    pub cert: CertView,
    pub ca_cert: String,
    pub client_cert: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_key: Option<String>,
    pub client_config: String,
    pub request_id: String,
}

impl BundleView {
    pub fn new(b: &vpncert::SslVpnClientCertBundle, with_key: bool) -> Self {
        BundleView {
            cert: CertView::from(b),
            ca_cert: b.ca_cert.clone(),
            client_cert: b.client_cert.clone(),
            client_key: with_key.then(|| b.client_key.clone()),
            client_config: if with_key {
                b.client_config.clone()
            } else {
                vpncert::profile::redact_secret_blocks(&b.client_config)
            },
            request_id: b.request_id.clone(),
        }
    }

    /// The fields, then the PEM blocks.
    pub fn text(&self) -> String {
        let mut out = fields(&self.cert.fields());
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
                printable_lines(key.trim_end())
            )),
            None => out.push_str(
                "\nPrivate key: not shown (--with-key prints it; --out FILE writes a profile)\n",
            ),
        }
        out
    }
}

/// An SSL-VPN server.
#[derive(Debug, Clone, Serialize)]
pub struct ServerView {
    pub ssl_vpn_server_id: String,
    pub name: String,
    pub vpn_gateway_id: String,
    pub region_id: String,
    pub internet_ip: String,
    pub proto: String,
    pub port: u64,
    pub cipher: String,
    pub compress: bool,
    pub client_ip_pool: String,
    pub local_subnet: Vec<String>,
    pub dns_servers: Vec<String>,
    pub connections: u64,
    pub max_connections: u64,
    pub enable_multi_factor_auth: bool,
    pub create_time: u64,
    pub created_at: Option<String>,
}

impl From<&vpncert::SslVpnServer> for ServerView {
    fn from(s: &vpncert::SslVpnServer) -> Self {
        ServerView {
            ssl_vpn_server_id: s.ssl_vpn_server_id.clone(),
            name: s.name.clone(),
            vpn_gateway_id: s.vpn_gateway_id.clone(),
            region_id: s.region_id.clone(),
            internet_ip: s.internet_ip.clone(),
            proto: s.proto.clone(),
            port: s.port,
            cipher: s.cipher.clone(),
            compress: s.compress,
            client_ip_pool: s.client_ip_pool.clone(),
            local_subnet: s.local_subnet.clone(),
            dns_servers: s.dns_servers.clone(),
            connections: s.connections,
            max_connections: s.max_connections,
            enable_multi_factor_auth: s.enable_multi_factor_auth,
            create_time: s.create_time,
            created_at: iso(s.create_time),
        }
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
