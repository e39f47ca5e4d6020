// Who is connected, and revoking someone safely: a revocation disconnects every client of the
// server while the gateway applies it, so look first, then wait until the gateway is active.
use std::time::Duration;
use vpncert::{DeleteSslVpnClientCert, DescribeSslVpnClients, IssueClientCert, WaitForGateway};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = vpncert_emulator::Emulator::start_default()?;
    let client = vpncert::Client::builder()
        .region_id("cn-hangzhou")
        .credentials(vpncert::Credentials::access_key("testid", "testsecret"))
        .endpoint(emulator.url())
        .build()?;
    let carol = client.issue_client_cert(&IssueClientCert::new("vss-emulator0001", "carol"))?;
    emulator.connect(&carol.ssl_vpn_client_cert_id, None)?; // the emulator plays her laptop

    let server = client
        .ssl_vpn_servers(&Default::default())
        .next()
        .ok_or("no SSL-VPN server")??;
    for c in client.ssl_vpn_clients(&DescribeSslVpnClients::new(&server.vpn_gateway_id)) {
        let c = c?;
        println!(
            "{} connected from {}:{} as {}",
            c.common_name, c.ip, c.port, c.private_ip
        );
    }
    let gone = client.delete_ssl_vpn_client_cert(
        &DeleteSslVpnClientCert::new(&carol.ssl_vpn_client_cert_id)
            .wait_until_gone(Duration::from_secs(180)),
    )?;
    let gateway = client.wait_for_gateway(&WaitForGateway::new(&server.vpn_gateway_id))?;
    println!(
        "revoked ({}); gateway {} is {}",
        gone.request_id(),
        gateway.vpn_gateway_id,
        gateway.status
    );
    Ok(())
}
