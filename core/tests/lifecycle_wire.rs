//! Lifecycle decoding and paging against a scripted loopback server: the not-found forms, lazy
//! paging that never loops, lenient fields, and delete's already-deleted outcome.

mod support;

use std::time::Duration;

use support::{Reply, Scripted};
use vpncert::{
    CertStatus, Client, Credentials, DeleteSslVpnClientCert, DescribeSslVpnClientCerts,
    DescribeSslVpnServers, Error, ErrorKind, ModifySslVpnClientCert, RetryPolicy,
};

fn client(url: &str) -> Client {
    Client::builder()
        .region_id("cn-hangzhou")
        .credentials(Credentials::access_key("testid", "testsecret"))
        .endpoint(url)
        .retry_policy(RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(10),
            deadline: Duration::from_secs(10),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

fn cert_item(i: usize) -> String {
    format!(
        r#"{{"Status":"normal","EndTime":1800000000000,"CreateTime":"1700000000000","SslVpnClientCertId":"vsc-{i:04}","SslVpnServerId":"vss-1","Name":"n{i}","RegionId":"cn-hangzhou","ResourceGroupId":"rg-1"}}"#
    )
}

fn page(numbers: std::ops::Range<usize>, page_number: usize, total: usize) -> Reply {
    let items: Vec<String> = numbers.map(cert_item).collect();
    Reply::json(
        200,
        &format!(
            r#"{{"RequestId":"R{page_number}","PageNumber":{page_number},"PageSize":50,"TotalCount":"{total}","SslVpnClientCertKeys":{{"SslVpnClientCertKey":[{}]}}}}"#,
            items.join(",")
        ),
    )
}

#[test]
fn describe_not_found_forms_are_all_cert_not_found() {
    let bodies = [
        (
            400,
            r#"{"RequestId":"R1","Code":"InvalidInstanceId.NotFound","Message":"gone"}"#,
        ),
        (
            404,
            r#"{"RequestId":"R2","Code":"InvalidSslVpnClientCertId.NotFound","Message":"gone"}"#,
        ),
        (
            200,
            r#"{"RequestId":"R3","SslVpnClientCertId":"vsc-other","Name":"x"}"#,
        ),
        (200, r#"{"RequestId":"R4"}"#),
    ];
    for (status, body) in bodies {
        let server = Scripted::start(vec![Reply::json(status, body)]);
        let e = client(&server.url)
            .describe_ssl_vpn_client_cert("vsc-asked")
            .unwrap_err();
        assert_eq!(e.api_kind(), Some(ErrorKind::CertNotFound), "{body}: {e}");
        assert_eq!(server.count(), 1);
    }
}

#[test]
fn describe_decodes_the_bundle_leniently_and_debug_hides_the_key() {
    let body = r#"{"RequestId":"R","RegionId":"cn-hangzhou","SslVpnClientCertId":"vsc-1","SslVpnServerId":"vss-1","Name":"alice",
        "CaCert":"CA-PEM","ClientCert":"CERT-PEM","ClientKey":"-----BEGIN PRIVATE KEY-----\nSECRETKEY\n-----END PRIVATE KEY-----",
        "ClientConfig":"client\n","CreateTime":"1700000000000","EndTime":1794608000000,"Status":"expiring-soon","ResourceGroupId":"rg"}"#;
    let server = Scripted::start(vec![Reply::json(200, body)]);
    let b = client(&server.url)
        .describe_ssl_vpn_client_cert("vsc-1")
        .unwrap();
    assert_eq!(b.status, CertStatus::ExpiringSoon);
    assert_eq!(b.create_time, 1_700_000_000_000);
    assert_eq!(
        b.expires_at(),
        std::time::UNIX_EPOCH + Duration::from_millis(1_794_608_000_000)
    );
    assert!(b.client_key.expose().contains("SECRETKEY"));
    let shown = format!("{b:?}");
    assert!(
        !shown.contains("SECRETKEY") && shown.contains("alice"),
        "{shown}"
    );
    assert_eq!(
        CertStatus::parse("frozen"),
        CertStatus::Other("frozen".into())
    );
}

#[test]
fn paging_walks_120_certificates_in_three_requests() {
    let server = Scripted::start(vec![
        page(0..50, 1, 120),
        page(50..100, 2, 120),
        page(100..120, 3, 120),
    ]);
    let c = client(&server.url);
    let all: Vec<_> = c
        .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new().ssl_vpn_server_id("vss-1"))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 120);
    assert_eq!(all[119].ssl_vpn_client_cert_id, "vsc-0119");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    for (i, r) in reqs.iter().enumerate() {
        assert_eq!(r.param("PageNumber"), Some((i + 1).to_string()));
        assert_eq!(r.param("PageSize").as_deref(), Some("50"));
        assert_eq!(r.param("SslVpnServerId").as_deref(), Some("vss-1"));
    }
}

#[test]
fn paging_stops_on_a_repeated_page_or_exact_total() {
    // A server that ignores PageNumber and repeats page 1 forever: the 50 items, then an
    // error saying the list does not end (not a silently short list).
    let server = Scripted::start(vec![page(0..50, 1, 1000)]);
    let results: Vec<_> = client(&server.url)
        .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
        .collect();
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 50);
    assert!(matches!(
        results.last(),
        Some(Err(vpncert::Error::Decode { .. }))
    ));
    assert_eq!(server.count(), 2);

    // Exactly 100 items: no third request.
    let server = Scripted::start(vec![page(0..50, 1, 100), page(50..100, 2, 100)]);
    assert_eq!(
        client(&server.url)
            .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
            .count(),
        100
    );
    assert_eq!(server.count(), 2);

    // Empty list.
    let server = Scripted::start(vec![Reply::json(
        200,
        r#"{"RequestId":"R","TotalCount":0,"PageNumber":1,"PageSize":50}"#,
    )]);
    assert_eq!(
        client(&server.url)
            .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
            .count(),
        0
    );
}

#[test]
fn paging_error_is_yielded_once_then_ends() {
    let server = Scripted::start(vec![
        page(0..50, 1, 120),
        Reply::json(403, r#"{"Code":"Forbidden","Message":"no"}"#),
    ]);
    let items: Vec<_> = client(&server.url)
        .ssl_vpn_client_certs(&DescribeSslVpnClientCerts::new())
        .collect();
    assert_eq!(items.len(), 51);
    assert_eq!(
        items[50].as_ref().unwrap_err().api_kind(),
        Some(ErrorKind::Forbidden)
    );
}

#[test]
fn bad_page_arguments_are_refused_locally() {
    let server = Scripted::start(vec![]);
    let c = client(&server.url);
    for (req, param) in [
        (DescribeSslVpnClientCerts::new().page_size(51), "PageSize"),
        (DescribeSslVpnClientCerts::new().page_size(0), "PageSize"),
        (
            DescribeSslVpnClientCerts::new().page_number(0),
            "PageNumber",
        ),
        (
            DescribeSslVpnClientCerts::new().ssl_vpn_server_id(""),
            "SslVpnServerId",
        ),
    ] {
        match c.describe_ssl_vpn_client_certs(&req) {
            Err(Error::InvalidInput { parameter, .. }) => assert_eq!(parameter, param),
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(
        c.modify_ssl_vpn_client_cert(&ModifySslVpnClientCert::new("vsc-1", "")),
        Err(Error::InvalidInput { ref parameter, .. }) if parameter == "Name"
    ));
    assert_eq!(server.count(), 0);
}

#[test]
fn servers_decode_every_field() {
    let body = r#"{"RequestId":"R","PageNumber":"1","PageSize":"10","TotalCount":"1","SslVpnServers":{"SslVpnServer":[{
        "SslVpnServerId":"vss-1","VpnGatewayId":"vpn-1","RegionId":"cn-hangzhou","Name":"office","InternetIp":"47.1.2.3",
        "ClientIpPool":"192.168.0.0/16","LocalSubnet":"10.0.0.0/8, 172.16.0.0/12","Proto":"UDP","Port":"1194","Cipher":"AES-128-CBC",
        "Compress":"true","Connections":2,"MaxConnections":5,"CreateTime":1700000000000,"EnableMultiFactorAuth":false,
        "IDaaSInstanceId":"idaas-1","IDaaSRegionId":"cn-hangzhou","IDaaSApplicationId":"app","IDaaSInstanceVersion":"2","ResourceGroupId":"rg",
        "DnsServers":"100.100.2.136, 100.100.2.138"}]}}"#;
    let server = Scripted::start(vec![Reply::json(200, body)]);
    let page = client(&server.url)
        .describe_ssl_vpn_servers(&DescribeSslVpnServers::new())
        .unwrap();
    assert_eq!((page.page_number, page.total_count), (1, 1));
    let s = &page.items[0];
    assert_eq!(s.local_subnet, ["10.0.0.0/8", "172.16.0.0/12"]);
    assert_eq!(
        (s.port, s.compress, s.connections, s.max_connections),
        (1194, true, 2, 5)
    );
    assert_eq!(
        (
            s.idaas_instance_id.as_str(),
            s.idaas_instance_version.as_str()
        ),
        ("idaas-1", "2")
    );
    assert_eq!(s.dns_servers, ["100.100.2.136", "100.100.2.138"]);
}

#[test]
fn server_lists_decode_from_strings_arrays_and_nothing() {
    let item = |fields: &str| {
        format!(
            r#"{{"RequestId":"R","TotalCount":1,"SslVpnServers":{{"SslVpnServer":[{{"SslVpnServerId":"vss-1"{fields}}}]}}}}"#
        )
    };
    let server = Scripted::start(vec![
        Reply::json(
            200,
            &item(
                r#","LocalSubnet":["10.0.0.0/8","172.16.0.0/12, 192.168.0.0/16"],"DnsServers":["1.1.1.1"]"#,
            ),
        ),
        Reply::json(200, &item(r#","LocalSubnet":null,"DnsServers":"""#)),
        Reply::json(200, &item("")),
        Reply::json(200, &item(r#","DnsServers":[53]"#)),
    ]);
    let c = client(&server.url);
    let get = || c.describe_ssl_vpn_servers(&DescribeSslVpnServers::new());
    let s = get().unwrap().items.remove(0);
    assert_eq!(
        s.local_subnet,
        ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]
    );
    assert_eq!(s.dns_servers, ["1.1.1.1"]);
    for _ in 0..2 {
        let s = get().unwrap().items.remove(0);
        assert!(
            s.local_subnet.is_empty() && s.dns_servers.is_empty(),
            "{s:?}"
        );
    }
    assert!(matches!(get(), Err(Error::Decode { .. })));
}

#[test]
fn delete_of_a_missing_certificate_is_already_deleted() {
    let server = Scripted::start(vec![Reply::json(
        404,
        r#"{"RequestId":"R-gone","Code":"InvalidSslVpnClientCertId.NotFound","Message":"gone"}"#,
    )]);
    let out = client(&server.url)
        .delete_ssl_vpn_client_cert(&DeleteSslVpnClientCert::new("vsc-1"))
        .unwrap();
    assert!(out.was_already_deleted());
    assert_eq!(out.request_id(), "R-gone");

    // Waiting: the gateway is found (from the list, which holds no key) before the delete;
    // then the list is polled until the certificate is gone, then the gateway until active.
    let listed = |certs: &str| {
        format!(
            r#"{{"RequestId":"R-l","TotalCount":{},"PageNumber":1,"PageSize":1,"SslVpnClientCertKeys":{{"SslVpnClientCertKey":[{certs}]}}}}"#,
            usize::from(!certs.is_empty())
        )
    };
    let cert =
        r#"{"SslVpnClientCertId":"vsc-1","SslVpnServerId":"vss-1","Name":"a","Status":"normal"}"#;
    let server = Scripted::start(vec![
        Reply::json(200, &listed(cert)),
        Reply::json(
            200,
            r#"{"RequestId":"R-s","TotalCount":1,"PageNumber":1,"PageSize":1,"SslVpnServers":{"SslVpnServer":[{"SslVpnServerId":"vss-1","VpnGatewayId":"vpn-1"}]}}"#,
        ),
        Reply::json(200, r#"{"RequestId":"R-del"}"#),
        Reply::json(200, &listed(cert)),
        Reply::json(200, &listed("")),
        Reply::json(
            200,
            r#"{"RequestId":"R-g1","VpnGatewayId":"vpn-1","Status":"updating"}"#,
        ),
        Reply::json(
            200,
            r#"{"RequestId":"R-g2","VpnGatewayId":"vpn-1","Status":"active"}"#,
        ),
    ]);
    let out = client(&server.url)
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new("vsc-1").wait_until_gone(Duration::from_secs(5)),
        )
        .unwrap();
    assert!(!out.was_already_deleted());
    assert_eq!(out.request_id(), "R-del");
    let actions: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.param("Action").unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "DescribeSslVpnClientCerts",
            "DescribeSslVpnServers",
            "DeleteSslVpnClientCert",
            "DescribeSslVpnClientCerts",
            "DescribeSslVpnClientCerts",
            "DescribeVpnGateway",
            "DescribeVpnGateway",
        ]
    );
    // One token for the delete; the reads carry none.
    let reqs = server.requests();
    assert!(reqs[2].param("ClientToken").is_some());
    assert!(reqs[3].param("ClientToken").is_none());
}

#[test]
fn a_modify_reads_the_gateway_only_when_it_needs_it_and_survives_not_being_allowed_to() {
    let modified = r#"{"RequestId":"R-mod","SslVpnServerId":"vss-1","Name":"n2"}"#;
    // A rename: no pool to check, no wait: the change alone.
    let server = Scripted::start(vec![Reply::json(200, modified)]);
    let out = client(&server.url)
        .modify_ssl_vpn_server(&vpncert::ModifySslVpnServer::new("vss-1").name("n2"))
        .unwrap();
    assert_eq!(out.request_id, "R-mod");
    let actions: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.param("Action").unwrap())
        .collect();
    assert_eq!(actions, ["ModifySslVpnServer"]);

    // With a wait, a caller not allowed to read servers still gets the change made.
    let server = Scripted::start(vec![
        Reply::json(
            403,
            r#"{"RequestId":"R-f","Code":"Forbidden","Message":"no"}"#,
        ),
        Reply::json(200, modified),
    ]);
    let out = client(&server.url)
        .modify_ssl_vpn_server(
            &vpncert::ModifySslVpnServer::new("vss-1")
                .name("n2")
                .wait(Duration::from_secs(5)),
        )
        .unwrap();
    assert_eq!(out.request_id, "R-mod");
    assert_eq!(server.count(), 2);
}

#[test]
fn deletes_with_a_wait_go_ahead_for_a_caller_not_allowed_to_read_servers() {
    let forbidden = || {
        Reply::json(
            403,
            r#"{"RequestId":"R-f","Code":"Forbidden","Message":"no"}"#,
        )
    };
    // The certificate: its gateway is looked up through the list and the servers.
    let server = Scripted::start(vec![
        forbidden(),
        Reply::json(200, r#"{"RequestId":"R-del"}"#),
        Reply::json(
            200,
            r#"{"RequestId":"R-l","PageNumber":1,"PageSize":50,"TotalCount":0,"SslVpnClientCertKeys":{"SslVpnClientCertKey":[]}}"#,
        ),
    ]);
    let out = client(&server.url)
        .delete_ssl_vpn_client_cert(
            &DeleteSslVpnClientCert::new("vsc-1").wait_until_gone(Duration::from_secs(5)),
        )
        .unwrap();
    assert_eq!(out.request_id(), "R-del");
    let actions: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.param("Action").unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "DescribeSslVpnClientCerts",
            "DeleteSslVpnClientCert",
            "DescribeSslVpnClientCerts"
        ]
    );

    // The server: the same, without the wait for its gateway.
    let server = Scripted::start(vec![
        forbidden(),
        Reply::json(200, r#"{"RequestId":"R-ds"}"#),
    ]);
    let out = client(&server.url)
        .delete_ssl_vpn_server(
            &vpncert::DeleteSslVpnServer::new("vss-1").wait(Duration::from_secs(5)),
        )
        .unwrap();
    assert_eq!(out.request_id, "R-ds");
    assert_eq!(server.count(), 2);

    // Any other failure of the lookup still stops the delete before it is sent.
    let server = Scripted::start(vec![Reply::json(
        400,
        r#"{"RequestId":"R-x","Code":"InvalidRegionId.NotFound","Message":"no"}"#,
    )]);
    let err = client(&server.url)
        .delete_ssl_vpn_server(
            &vpncert::DeleteSslVpnServer::new("vss-1").wait(Duration::from_secs(5)),
        )
        .unwrap_err();
    assert_eq!(err.api_kind(), Some(ErrorKind::RegionNotFound));
    assert_eq!(server.count(), 1);
}
