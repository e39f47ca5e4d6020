//! Property tests of the response decoder: arbitrary bytes, arbitrary JSON and mutated real
//! bodies never panic, whatever the HTTP status.

use proptest::prelude::*;
use serde_json::Value;
use vpncert::fuzzing::decode_response;

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        let keys = prop_oneof![
            Just("RequestId".to_owned()),
            Just("Code".to_owned()),
            Just("code".to_owned()),
            Just("Message".to_owned()),
            Just("SslVpnClientCertId".to_owned()),
            Just("TotalCount".to_owned()),
            Just("PageSize".to_owned()),
            Just("SslVpnClientCertKeys".to_owned()),
            Just("SslVpnClientCertKey".to_owned()),
            Just("SslVpnServers".to_owned()),
            Just("SslVpnServer".to_owned()),
            Just("Port".to_owned()),
            Just("Compress".to_owned()),
            Just("Status".to_owned()),
            Just("LocalSubnet".to_owned()),
            ".{0,8}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

const REAL: &str = r#"{"RequestId":"R","PageNumber":1,"PageSize":50,"TotalCount":2,"SslVpnClientCertKeys":{"SslVpnClientCertKey":[{"Status":"normal","EndTime":1,"CreateTime":"2","SslVpnClientCertId":"vsc-1","Name":"a"}]},"Code":"Forbidden","Message":"m"}"#;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(status in 100u16..600, body in prop::collection::vec(any::<u8>(), 0..512)) {
        decode_response(status, &body);
    }

    #[test]
    fn arbitrary_json_never_panics(status in prop::sample::select(vec![200u16, 400, 403, 404, 500, 503]), v in json_value()) {
        decode_response(status, v.to_string().as_bytes());
    }

    #[test]
    fn truncated_and_mutated_real_bodies_never_panic(cut in 0usize..REAL.len(), at in 0usize..REAL.len(), byte in any::<u8>()) {
        decode_response(200, &REAL.as_bytes()[..cut]);
        let mut m = REAL.as_bytes().to_vec();
        m[at] = byte;
        decode_response(200, &m);
        decode_response(400, &m);
    }
}

#[test]
fn a_real_body_decodes() {
    assert!(decode_response(200, REAL.as_bytes()) >= 1);
}
