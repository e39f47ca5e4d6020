// The README's Rust example: create a certificate, then onboard a person into an .ovpn file,
// against the built-in emulator (no account needed). `cargo run -p vpncert --example quickstart`
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = vpncert_emulator::Emulator::start_default()?; // or skip it and talk to the real API
    let client = vpncert::Client::builder()
        .region_id("cn-hangzhou")
        .credentials(vpncert::Credentials::access_key("testid", "testsecret")) // default: env, ~/.aliyun
        .endpoint(emulator.url())
        .build()?;
    let cert = client.create_ssl_vpn_client_cert(
        &vpncert::CreateSslVpnClientCert::new("vss-emulator0001").name("alice"),
    )?;
    println!("created {} ({})", cert.ssl_vpn_client_cert_id, cert.name);
    let bundle =
        client.issue_client_cert(&vpncert::IssueClientCert::new("vss-emulator0001", "bob"))?;
    let dir = tempfile::tempdir()?; // a scratch directory, removed with bob's key at the end
    let path = dir.path().join("bob.ovpn");
    bundle.write_ovpn(&path, false)?; // mode 0600, atomic, never overwrites unless asked
    println!("wrote {}", path.display());
    Ok(())
}
