//! The settle windows: after a certificate delete and each SSL-VPN server create, change
//! (other than a rename) or delete, the gateway is `updating` for `settle`, and after a
//! certificate create for `create_settle`; meanwhile other changes answer
//! `VpnGateway.Configuring`. `configuring=N` keeps its meaning.

mod common;

use std::time::Duration;

use common::*;
use vpncert_emulator::{Emulator, ServerState, DEFAULT_CREATE_SETTLE, DEFAULT_SETTLE};

const GATEWAY: &str = "vpn-emulator0001";

fn change_requests(cert: &str) -> Vec<(&'static str, Req)> {
    vec![
        (
            "CreateSslVpnClientCert",
            Req::new("CreateSslVpnClientCert").param("SslVpnServerId", SERVER),
        ),
        (
            "DeleteSslVpnClientCert",
            Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", cert),
        ),
        (
            "ModifySslVpnServer (rename)",
            Req::new("ModifySslVpnServer")
                .param("SslVpnServerId", SERVER)
                .param("Name", "n"),
        ),
        (
            "ModifySslVpnServer",
            Req::new("ModifySslVpnServer")
                .param("SslVpnServerId", SERVER)
                .param("Port", "1300"),
        ),
        (
            "DeleteSslVpnServer",
            Req::new("DeleteSslVpnServer").param("SslVpnServerId", SERVER),
        ),
    ]
}

#[test]
fn the_defaults() {
    assert_eq!(DEFAULT_SETTLE, Duration::from_millis(300));
    assert_eq!(DEFAULT_CREATE_SETTLE, Duration::ZERO);
    let emu = Emulator::start_default().unwrap();
    let url = emu.url();
    let a = create(&url, "a");
    create(&url, "b");
    assert_eq!(gateway_status(&url, GATEWAY), "active");
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &a),
    )
    .ok();
    assert_eq!(gateway_status(&url, GATEWAY), "updating");
    let took = until_active(&url, GATEWAY, Duration::from_secs(5));
    assert!(took >= Duration::from_millis(150), "{took:?}");
}

#[test]
fn every_change_is_refused_while_a_delete_settles() {
    let emu = Emulator::builder()
        .settle(Duration::from_secs(30))
        .start()
        .unwrap();
    let url = emu.url();
    let a = create(&url, "a");
    let b = create(&url, "b");
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &a),
    )
    .ok();
    for (what, req) in change_requests(&b) {
        let r = v1(&url, &req);
        r.expect_error(400, "VpnGateway.Configuring");
        assert_eq!(
            r.message(),
            "The specified service is configuring.",
            "{what}"
        );
    }
    // Reads and certificate renames are not gateway changes.
    v1(
        &url,
        &Req::new("ModifySslVpnClientCert")
            .param("SslVpnClientCertId", &b)
            .param("Name", "b2"),
    )
    .ok();
    v1(&url, &Req::new("DescribeSslVpnServers")).ok();
    let state = emu.state();
    assert_eq!(state["servers"][0]["state"], "configuring");
    assert_eq!(state["certificates"].as_array().unwrap().len(), 1);
    // Ready again on request.
    assert!(emu.set_server_state(SERVER, ServerState::Ready));
    assert_eq!(gateway_status(&url, GATEWAY), "active");
    create(&url, "c");
}

#[test]
fn server_changes_settle_and_a_rename_does_not() {
    let emu = Emulator::builder()
        .settle(Duration::from_millis(250))
        .start()
        .unwrap();
    let url = emu.url();
    v1(
        &url,
        &Req::new("ModifySslVpnServer")
            .param("SslVpnServerId", SERVER)
            .param("Name", "renamed"),
    )
    .ok();
    assert_eq!(gateway_status(&url, GATEWAY), "active");
    for (param, value) in [
        ("Cipher", "AES-256-CBC"),
        ("Compress", "true"),
        ("LocalSubnet", "10.0.0.0/16"),
        ("DnsServers", "10.0.0.2"),
    ] {
        v1(
            &url,
            &Req::new("ModifySslVpnServer")
                .param("SslVpnServerId", SERVER)
                .param(param, value),
        )
        .ok();
        assert_eq!(gateway_status(&url, GATEWAY), "updating", "{param}");
        until_active(&url, GATEWAY, Duration::from_secs(5));
    }
    v1(
        &url,
        &Req::new("DeleteSslVpnServer").param("SslVpnServerId", SERVER),
    )
    .ok();
    assert_eq!(gateway_status(&url, GATEWAY), "updating");
    until_active(&url, GATEWAY, Duration::from_secs(5));
}

#[test]
fn create_settle_makes_creates_asynchronous_too() {
    let emu = Emulator::builder()
        .create_settle(Duration::from_millis(300))
        .settle(Duration::ZERO)
        .start()
        .unwrap();
    let url = emu.url();
    let a = create(&url, "a");
    assert_eq!(gateway_status(&url, GATEWAY), "updating");
    v1(
        &url,
        &Req::new("CreateSslVpnClientCert").param("SslVpnServerId", SERVER),
    )
    .expect_error(400, "VpnGateway.Configuring");
    until_active(&url, GATEWAY, Duration::from_secs(5));
    // With settle zero, a delete leaves the gateway active at once.
    v1(
        &url,
        &Req::new("DeleteSslVpnClientCert").param("SslVpnClientCertId", &a),
    )
    .ok();
    assert_eq!(gateway_status(&url, GATEWAY), "active");
}

#[test]
fn configuring_n_refuses_the_next_n_changes_of_any_kind() {
    let emu = Emulator::builder()
        .server(REGION, SERVER, ServerState::Configuring(3))
        .settle(Duration::ZERO)
        .start()
        .unwrap();
    let url = emu.url();
    assert_eq!(gateway_status(&url, GATEWAY), "updating");
    // Each request is built anew: a fresh nonce.
    for i in [0, 3, 0] {
        let (_, req) = change_requests("vsc-none").swap_remove(i);
        v1(&url, &req).expect_error(400, "VpnGateway.Configuring");
    }
    assert_eq!(gateway_status(&url, GATEWAY), "active");
    assert_eq!(emu.state()["servers"][0]["configuring_requests"], 0);
    create(&url, "now");
}
