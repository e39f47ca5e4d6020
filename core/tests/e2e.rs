//! End to end against the emulator over real loopback HTTP: every operation, every documented
//! error code reaching its kind, retries that never duplicate, and onboarding in one call.

use std::time::Duration;

use serde_json::Value;
use vpncert::{
    CertStatus, Client, ClientBuilder, CreateSslVpnClientCert, Credentials, DeleteSslVpnClientCert,
    DescribeSslVpnClientCerts, DescribeSslVpnServers, Error, ErrorKind, IssueClientCert,
    ModifySslVpnClientCert, RetryPolicy, SignatureDiagnosis, SignatureVersion,
};
use vpncert_emulator::{Emulator, FaultKind, Role, ServerState};

const SERVER: &str = "vss-emulator0001";

fn fast(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
        deadline: Duration::from_secs(30),
        ..RetryPolicy::default()
    }
}

/// A builder for `emu` in cn-hangzhou with the given key and fast retries.
fn builder_for(emu: &Emulator, id: &str, secret: &str) -> ClientBuilder {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key(id, secret))
        .endpoint(emu.url())
        .retry_policy(fast(3))
}

fn client_for(emu: &Emulator, id: &str, secret: &str) -> Client {
    builder_for(emu, id, secret).build().unwrap()
}

fn owner_builder(emu: &Emulator) -> ClientBuilder {
    builder_for(emu, "testid", "testsecret")
}

fn client(emu: &Emulator) -> Client {
    client_for(emu, "testid", "testsecret")
}

fn certs_in(emu: &Emulator) -> Vec<Value> {
    emu.state()["certificates"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn kind_of<T: std::fmt::Debug>(r: Result<T, Error>) -> (ErrorKind, String, u16, String) {
    match r {
        Err(Error::Api(e)) => (e.kind, e.code.clone(), e.http_status, e.request_id.clone()),
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[test]
fn create_succeeds_with_v1_and_v3() {
    let emu = Emulator::start_default().unwrap();
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let c = owner_builder(&emu)
            .signature_version(version)
            .build()
            .unwrap();
        let name = format!("证书 alice {} *~()!'", version.as_str());
        let out = c
            .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER).name(&name))
            .unwrap();
        assert!(out.ssl_vpn_client_cert_id.starts_with("vsc-"));
        assert_eq!(out.name, name);
        assert!(!out.request_id.is_empty());
    }
    let names: Vec<_> = certs_in(&emu)
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn every_documented_create_error_reaches_its_kind() {
    let emu = Emulator::builder()
        .access_key("testid", "testsecret", Role::Owner)
        .access_key("sub", "subsecret", Role::SubUser)
        .access_key("noperm", "npsecret", Role::NoPerm)
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        .server("cn-hangzhou", "vss-locked", ServerState::Locked)
        .server("cn-hangzhou", "vss-busy", ServerState::Configuring(1000))
        .server("cn-shanghai", "vss-sh", ServerState::Ready)
        .start()
        .unwrap();
    let owner = client_for(&emu, "testid", "testsecret");
    let no_retry = owner_builder(&emu).max_retries(0).build().unwrap();
    let create = |c: &Client, server: &str| {
        c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(server).name("x"))
    };

    let cases: Vec<(Result<_, Error>, ErrorKind, &str, u16)> = vec![
        (
            create(&no_retry, "vss-busy"),
            ErrorKind::GatewayConfiguring,
            "VpnGateway.Configuring",
            400,
        ),
        (
            create(&owner, "vss-locked"),
            ErrorKind::FinancialLocked,
            "VpnGateway.FinancialLocked",
            400,
        ),
        (
            create(&client_for(&emu, "sub", "subsecret"), SERVER),
            ErrorKind::SubUserForbidden,
            "Forbbiden.SubUser",
            403,
        ),
        (
            create(&client_for(&emu, "noperm", "npsecret"), SERVER),
            ErrorKind::Forbidden,
            "Forbidden",
            403,
        ),
        (
            create(&owner, "vss-nope"),
            ErrorKind::SslVpnServerNotFound,
            "InvalidSslVpnServerId.NotFound",
            404,
        ),
        (
            create(&client_for(&emu, "testid", "wrong"), SERVER),
            ErrorKind::AuthFailure,
            "SignatureDoesNotMatch",
            400,
        ),
    ];
    for (result, kind, code, status) in cases {
        let (k, c, s, rid) = kind_of(result);
        assert_eq!((k, c.as_str(), s), (kind, code, status));
        assert!(!rid.is_empty(), "{code} carries a request id");
    }
    let unknown_region = owner_builder(&emu)
        .region_id("xx-nowhere-1")
        .build()
        .unwrap();
    let (k, c, s, _) = kind_of(create(&unknown_region, SERVER));
    assert_eq!(
        (k, c.as_str(), s),
        (ErrorKind::RegionNotFound, "InvalidRegionId.NotFound", 404)
    );

    // Quota and creation limits.
    let full = Emulator::builder().quota(1).start().unwrap();
    create(&client(&full), SERVER).unwrap();
    let (k, c, _, _) = kind_of(create(&client(&full), SERVER));
    assert_eq!(k, ErrorKind::QuotaFull, "{c}");
    let limited = Emulator::builder().create_limit(1).start().unwrap();
    create(&client(&limited), SERVER).unwrap();
    let (k, c, s, _) = kind_of(create(&client(&limited), SERVER));
    assert_eq!(
        (k, c.as_str(), s),
        (
            ErrorKind::CreateLimitReached,
            "SslVpnClientCreateTimes.ReachLimits",
            400
        )
    );
}

#[test]
fn wrong_secret_is_diagnosed_as_such() {
    let emu = Emulator::start_default().unwrap();
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let c = Client::builder()
            .region_id("cn-hangzhou")
            .credentials(Credentials::access_key("testid", "not-the-secret"))
            .endpoint(emu.url())
            .signature_version(version)
            .build()
            .unwrap();
        match c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER).name("证书 *~")) {
            Err(Error::Api(e)) => {
                assert_eq!(e.code, "SignatureDoesNotMatch");
                assert_eq!(
                    e.signature_diagnosis,
                    Some(SignatureDiagnosis::WrongSecret),
                    "{version:?}: {e}"
                );
                assert!(!e.to_string().contains("not-the-secret"));
            }
            other => panic!("{other:?}"),
        }
    }
    let unknown = client_for(&emu, "nobody", "x");
    let (k, c, _, _) =
        kind_of(unknown.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER)));
    assert_eq!(
        (k, c.as_str()),
        (ErrorKind::AuthFailure, "InvalidAccessKeyId.NotFound")
    );
}

#[test]
fn sts_credentials_are_accepted_and_checked() {
    let emu = Emulator::builder()
        .sts_credentials("STS.tmp", "tmpsecret", "tok-1")
        .start()
        .unwrap();
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let build = |token: &str| {
            Client::builder()
                .region_id("cn-hangzhou")
                .credentials(Credentials::sts("STS.tmp", "tmpsecret", token))
                .endpoint(emu.url())
                .signature_version(version)
                .build()
                .unwrap()
        };
        build("tok-1")
            .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER))
            .unwrap();
        let (k, c, _, _) = kind_of(
            build("tok-2").create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER)),
        );
        assert_eq!(k, ErrorKind::AuthFailure, "{c}");
        assert!(c.starts_with("InvalidSecurityToken."), "{c}");
    }
}

#[test]
fn retries_through_5xx_throttling_and_dropped_connections_never_duplicate() {
    let emu = Emulator::builder()
        .fault(FaultKind::ServiceUnavailable, 0.15)
        .fault(FaultKind::InternalError, 0.1)
        .fault(FaultKind::ThrottlingUser, 0.1)
        .fault(FaultKind::DropAfterCommit, 0.3)
        .seed(7)
        .start()
        .unwrap();
    let c = owner_builder(&emu).retry_policy(fast(10)).build().unwrap();
    let mut ids = Vec::new();
    for i in 0..20 {
        let out = c
            .create_ssl_vpn_client_cert(
                &CreateSslVpnClientCert::new(SERVER).name(format!("user{i}")),
            )
            .unwrap();
        ids.push(out.ssl_vpn_client_cert_id);
    }
    let held: Vec<String> = certs_in(&emu)
        .iter()
        .map(|c| c["ssl_vpn_client_cert_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(held.len(), 20, "one certificate per logical create");
    let mut sorted = ids.clone();
    sorted.sort();
    let mut held_sorted = held.clone();
    held_sorted.sort();
    assert_eq!(
        sorted, held_sorted,
        "every call returned the id the emulator holds"
    );
    assert!(
        c.stats().retries > 0,
        "faults were injected and retried: {:?}",
        c.stats()
    );
    let faults = &emu.state()["faults"];
    for counter in [
        "service_unavailable",
        "internal_error",
        "throttling_user",
        "drop_after_commit",
    ] {
        assert!(
            faults[counter].as_u64() > Some(0),
            "{counter} was injected: {faults}"
        );
    }
}

#[test]
fn same_client_token_returns_the_same_certificate() {
    let emu = Emulator::start_default().unwrap();
    let c = client(&emu);
    let req = CreateSslVpnClientCert::new(SERVER)
        .name("bob")
        .client_token("onboard-bob-1");
    let a = c.create_ssl_vpn_client_cert(&req).unwrap();
    let b = c.create_ssl_vpn_client_cert(&req).unwrap();
    assert_eq!(a.ssl_vpn_client_cert_id, b.ssl_vpn_client_cert_id);
    assert_eq!(certs_in(&emu).len(), 1);
}

#[test]
fn describe_list_rename_delete_round_trip() {
    let emu = Emulator::start_default().unwrap();
    let c = client(&emu);
    let created = c
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER).name("carol"))
        .unwrap();
    let id = created.ssl_vpn_client_cert_id.clone();

    let b = c.describe_ssl_vpn_client_cert(&id).unwrap();
    assert_eq!(
        (
            b.ssl_vpn_client_cert_id.as_str(),
            b.name.as_str(),
            b.ssl_vpn_server_id.as_str()
        ),
        (id.as_str(), "carol", SERVER)
    );
    assert_eq!(b.status, CertStatus::Normal);
    assert!(b.ca_cert.contains("BEGIN CERTIFICATE") && b.client_cert.contains("BEGIN CERTIFICATE"));
    assert!(b.client_key.expose().contains("PRIVATE KEY"));
    let three_years_ms = 3 * 365 * 24 * 3600 * 1000u64;
    assert!(
        b.end_time.abs_diff(b.create_time + three_years_ms) < 2 * 24 * 3600 * 1000,
        "3-year validity"
    );
    assert!(!format!("{b:?}").contains("PRIVATE KEY"));
    let ovpn = b.to_ovpn().unwrap();
    assert!(
        ovpn.contains("<ca>")
            && ovpn.contains("<cert>")
            && ovpn.contains("<key>")
            && ovpn.contains("remote ")
    );

    let renamed = c
        .modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(&id, "carol-laptop"))
        .unwrap();
    assert_eq!(renamed.name, "carol-laptop");
    let listed: Vec<_> = c
        .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new().ssl_vpn_server_id(SERVER))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "carol-laptop");

    let out = c
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new(&id).wait_until_gone(Duration::from_secs(10)),
        )
        .unwrap();
    assert!(!out.was_already_deleted());
    let again = c
        .delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id))
        .unwrap();
    assert!(again.was_already_deleted());
    let (k, _, _, _) = kind_of(c.describe_ssl_vpn_client_cert(&id));
    assert_eq!(k, ErrorKind::CertNotFound);
    let (k, _, _, _) =
        kind_of(c.modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(&id, "x")));
    assert_eq!(k, ErrorKind::CertNotFound);
}

#[test]
fn lifecycle_errors_of_each_operation() {
    let emu = Emulator::builder()
        .access_key("testid", "testsecret", Role::Owner)
        .access_key("sub", "subsecret", Role::SubUser)
        .access_key("noperm", "npsecret", Role::NoPerm)
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        .delete_settle(Duration::from_secs(30))
        .start()
        .unwrap();
    let owner = client(&emu);
    let id = owner
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER))
        .unwrap()
        .ssl_vpn_client_cert_id;
    let other = owner
        .create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER))
        .unwrap()
        .ssl_vpn_client_cert_id;
    for (who, secret, kind) in [
        ("sub", "subsecret", ErrorKind::SubUserForbidden),
        ("noperm", "npsecret", ErrorKind::Forbidden),
    ] {
        let c = client_for(&emu, who, secret);
        assert_eq!(kind_of(c.describe_ssl_vpn_client_cert(&id)).0, kind);
        assert_eq!(
            kind_of(c.describe_ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())).0,
            kind
        );
        assert_eq!(
            kind_of(c.modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(&id, "n"))).0,
            kind
        );
        assert_eq!(
            kind_of(c.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id))).0,
            kind
        );
        assert_eq!(
            kind_of(c.describe_ssl_vpn_servers(&DescribeSslVpnServers::new())).0,
            kind
        );
    }
    let nowhere = owner_builder(&emu)
        .region_id("xx-nowhere-1")
        .build()
        .unwrap();
    assert_eq!(
        kind_of(nowhere.describe_ssl_vpn_client_cert(&id)).0,
        ErrorKind::RegionNotFound
    );
    assert_eq!(
        kind_of(nowhere.describe_ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())).0,
        ErrorKind::RegionNotFound
    );
    assert_eq!(
        kind_of(nowhere.modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new(&id, "n"))).0,
        ErrorKind::RegionNotFound
    );
    assert_eq!(
        kind_of(nowhere.delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id))).0,
        ErrorKind::RegionNotFound
    );

    // The describe not-found form of today's API.
    let (k, code, status, _) = kind_of(owner.describe_ssl_vpn_client_cert("vsc-doesnotexist"));
    assert_eq!(
        (k, code.as_str(), status),
        (ErrorKind::CertNotFound, "InvalidInstanceId.NotFound", 400)
    );

    // While a delete settles, the gateway refuses other changes; with no configuring budget and
    // no retries, that reaches the caller.
    owner
        .delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new(&id))
        .unwrap();
    let no_retry = owner_builder(&emu).max_retries(0).build().unwrap();
    let (k, code, _, _) = kind_of(no_retry.delete_ssl_vpn_client_cert(
        &DeleteSslVpnClientCert::new(&other).configuring_budget(Duration::ZERO),
    ));
    assert_eq!(
        (k, code.as_str()),
        (ErrorKind::GatewayConfiguring, "VpnGateway.Configuring")
    );
}

#[test]
fn revoking_several_certificates_in_a_row_waits_out_each_reconfiguration() {
    // Every delete puts the gateway into `VpnGateway.Configuring` for a while; revoking a team's
    // certificates one after the other must ride through that, each with one ClientToken.
    let emu = Emulator::builder()
        .access_key("testid", "testsecret", Role::Owner)
        .server("cn-hangzhou", SERVER, ServerState::Ready)
        .delete_settle(Duration::from_millis(400))
        .start()
        .unwrap();
    let c = owner_builder(&emu).max_retries(0).build().unwrap();
    let ids: Vec<String> = (0..4)
        .map(|_| {
            c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER))
                .unwrap()
                .ssl_vpn_client_cert_id
        })
        .collect();
    let before = c.stats();
    for id in &ids {
        let out = c
            .delete_ssl_vpn_client_cert(
                &DeleteSslVpnClientCert::new(id).configuring_budget(Duration::from_secs(20)),
            )
            .unwrap();
        assert!(!out.was_already_deleted(), "{id}: {out:?}");
    }
    let after = c.stats();
    assert!(
        after.attempts - before.attempts > ids.len() as u64,
        "the gateway was configuring between deletes, so some were tried again: {before:?} {after:?}"
    );
    assert!(certs_in(&emu).is_empty(), "{:?}", certs_in(&emu));

    // The same sequence with no budget stops at the second delete.
    let ids: Vec<String> = (0..2)
        .map(|_| {
            std::thread::sleep(Duration::from_millis(500));
            c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER))
                .unwrap()
                .ssl_vpn_client_cert_id
        })
        .collect();
    let impatient = |id: &str| {
        c.delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new(id).configuring_budget(Duration::ZERO),
        )
    };
    impatient(&ids[0]).unwrap();
    assert_eq!(kind_of(impatient(&ids[1])).0, ErrorKind::GatewayConfiguring);
}

#[test]
fn paging_over_120_certificates() {
    let emu = Emulator::builder()
        .quota(500)
        .create_limit(500)
        .start()
        .unwrap();
    let c = client(&emu);
    for i in 0..120 {
        c.create_ssl_vpn_client_cert(&CreateSslVpnClientCert::new(SERVER).name(format!("p{i:03}")))
            .unwrap();
    }
    let all: Vec<_> = c
        .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 120);
    let mut ids: Vec<_> = all
        .iter()
        .map(|c| c.ssl_vpn_client_cert_id.clone())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 120, "no item twice");
    let page = c
        .describe_ssl_vpn_client_certs(
            &DescribeSslVpnClientCerts::new()
                .page_number(3)
                .page_size(50),
        )
        .unwrap();
    assert_eq!(
        (page.total_count, page.items.len(), page.page_number),
        (120, 20, 3)
    );
    let servers: Vec<_> = c
        .ssl_vpn_servers(&DescribeSslVpnServers::new())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(servers.len(), 1);
    assert!(
        servers[0].port > 0
            && !servers[0].internet_ip.is_empty()
            && !servers[0].local_subnet.is_empty()
    );
}

#[test]
fn issue_client_cert_rides_through_a_configuring_gateway() {
    let emu = Emulator::builder()
        .server("cn-hangzhou", SERVER, ServerState::Configuring(6))
        .start()
        .unwrap();
    let c = owner_builder(&emu).retry_policy(fast(1)).build().unwrap();
    let bundle = c
        .issue_client_cert(
            &IssueClientCert::new(SERVER, "dave")
                .poll_interval(Duration::from_millis(20))
                .configuring_budget(Duration::from_secs(20)),
        )
        .unwrap();
    assert_eq!(bundle.status, CertStatus::Normal);
    assert_eq!(
        certs_in(&emu).len(),
        1,
        "one certificate despite the retries"
    );
    let dir = std::env::temp_dir().join(format!("vpncert-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("dave.ovpn");
    let _ = std::fs::remove_file(&path);
    bundle.write_ovpn(&path, false).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert!(matches!(
        bundle.write_ovpn(&path, false),
        Err(Error::Io {
            kind: std::io::ErrorKind::AlreadyExists,
            ..
        })
    ));
    std::fs::remove_dir_all(&dir).unwrap();

    // A budget too short for the gateway surfaces the configuring error, still without a duplicate.
    let emu = Emulator::builder()
        .server("cn-hangzhou", SERVER, ServerState::Configuring(1000))
        .start()
        .unwrap();
    let c = client(&emu);
    let e = c
        .issue_client_cert(
            &IssueClientCert::new(SERVER, "erin")
                .poll_interval(Duration::from_millis(10))
                .configuring_budget(Duration::from_millis(300)),
        )
        .unwrap_err();
    assert_eq!(e.api_kind(), Some(ErrorKind::GatewayConfiguring));
    assert_eq!(certs_in(&emu).len(), 0);
}
