//! The rules the service applies to an SSL-VPN server's settings (CreateSslVpnServer and
//! ModifySslVpnServer). Every refusal is 400 `InvalidParameter` naming the parameter, except
//! a bad name (`InvalidName`, as for certificates).

use std::net::{IpAddr, Ipv4Addr};

use crate::builder::Idaas;
use crate::error::Failure;

/// The ciphers the service offers.
pub(crate) const CIPHERS: [&str; 4] = ["AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "none"];

/// Ports the service keeps for itself and refuses for an SSL-VPN server.
pub(crate) const REFUSED_PORTS: [u64; 16] = [
    22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500,
];

/// Blocks neither the local networks nor the client pool may touch.
const RESERVED: [(&str, &str); 4] = [
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("224.0.0.0/4", "multicast"),
    ("255.0.0.0/8", "reserved"),
];

/// Also refused for the client pool: the carrier-grade NAT range the gateway uses inside.
const SHARED_ADDRESS_SPACE: (&str, &str) = ("100.64.0.0/10", "shared address space");

/// Local networks one server may have (the console's limit).
const MAX_LOCAL_SUBNETS: usize = 5;

/// Addresses the client pool needs per connection the gateway allows.
const ADDRESSES_PER_CONNECTION: u64 = 4;

/// `a.b.c.d/n` as an address and a mask length.
pub(crate) fn parse_cidr(s: &str) -> Option<(Ipv4Addr, u8)> {
    let (addr, mask) = s.trim().split_once('/')?;
    let addr: Ipv4Addr = addr.parse().ok()?;
    // Digits only: `u8::from_str` would take `+8`.
    if mask.is_empty() || !mask.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mask: u8 = mask.parse().ok().filter(|m| *m <= 32)?;
    Some((addr, mask))
}

/// The first and last address of a block, as numbers.
pub(crate) fn cidr_range(addr: Ipv4Addr, mask: u8) -> (u32, u32) {
    let host = u32::MAX.checked_shr(u32::from(mask)).unwrap_or(0);
    let start = u32::from(addr) & !host;
    (start, start | host)
}

fn overlaps(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn cidr(parameter: &str, value: &str) -> Result<(Ipv4Addr, u8), Failure> {
    parse_cidr(value).ok_or_else(|| {
        Failure::invalid_parameter(
            parameter,
            &format!("{value:?} is not an IPv4 CIDR block such as 192.168.0.0/16."),
        )
    })
}

fn outside(
    parameter: &str,
    block: &str,
    range: (u32, u32),
    extra: Option<(&str, &str)>,
) -> Result<(), Failure> {
    for (reserved, what) in RESERVED.into_iter().chain(extra) {
        let (a, m) = parse_cidr(reserved).unwrap_or((Ipv4Addr::UNSPECIFIED, 32));
        if overlaps(range, cidr_range(a, m)) {
            return Err(Failure::invalid_parameter(
                parameter,
                &format!("{block} overlaps {reserved} ({what}), which cannot be used."),
            ));
        }
    }
    Ok(())
}

/// `LocalSubnet`: 1 to 5 blocks, masks 8-32, outside the reserved blocks.
pub(crate) fn local_subnet(blocks: &[String]) -> Result<Vec<String>, Failure> {
    const P: &str = "LocalSubnet";
    if blocks.is_empty() {
        return Err(Failure::invalid_parameter(
            P,
            "it needs at least one CIDR block.",
        ));
    }
    if blocks.len() > MAX_LOCAL_SUBNETS {
        return Err(Failure::invalid_parameter(
            P,
            &format!(
                "at most {MAX_LOCAL_SUBNETS} CIDR blocks are allowed, got {}.",
                blocks.len()
            ),
        ));
    }
    for block in blocks {
        let (addr, mask) = cidr(P, block)?;
        if !(8..=32).contains(&mask) {
            return Err(Failure::invalid_parameter(
                P,
                &format!("{block}: the mask must be 8 to 32 bits."),
            ));
        }
        outside(P, block, cidr_range(addr, mask), None)?;
    }
    Ok(blocks.iter().map(|b| b.trim().to_owned()).collect())
}

/// `ClientIpPool`: one block, mask 16-29, outside the reserved blocks and 100.64.0.0/10.
pub(crate) fn client_ip_pool(pool: &str) -> Result<String, Failure> {
    const P: &str = "ClientIpPool";
    let (addr, mask) = cidr(P, pool)?;
    if !(16..=29).contains(&mask) {
        return Err(Failure::invalid_parameter(
            P,
            &format!("{pool}: the mask must be 16 to 29 bits."),
        ));
    }
    outside(P, pool, cidr_range(addr, mask), Some(SHARED_ADDRESS_SPACE))?;
    Ok(pool.trim().to_owned())
}

/// The client pool must not share an address with a local network: the gateway could not
/// route between them.
pub(crate) fn no_overlap(pool: &str, subnets: &[String]) -> Result<(), Failure> {
    let Some((a, m)) = parse_cidr(pool) else {
        return Ok(());
    };
    let p = cidr_range(a, m);
    for s in subnets {
        if let Some((b, n)) = parse_cidr(s) {
            if overlaps(p, cidr_range(b, n)) {
                return Err(Failure::invalid_parameter(
                    "ClientIpPool",
                    &format!("{pool} overlaps the local network {s}."),
                ));
            }
        }
    }
    Ok(())
}

/// The pool holds 4 addresses per connection the gateway allows.
pub(crate) fn pool_fits(pool: &str, ssl_max_connections: u32) -> Result<(), Failure> {
    let Some((_, mask)) = parse_cidr(pool) else {
        return Ok(());
    };
    let size = 1u64 << (32 - u32::from(mask));
    let needed = u64::from(ssl_max_connections) * ADDRESSES_PER_CONNECTION;
    if size < needed {
        return Err(Failure::invalid_parameter(
            "ClientIpPool",
            &format!(
                "{pool} holds {size} addresses; the gateway allows {ssl_max_connections} \
                 SSL-VPN connections, which need at least {needed}."
            ),
        ));
    }
    Ok(())
}

pub(crate) fn cipher(v: &str) -> Result<String, Failure> {
    if CIPHERS.contains(&v) {
        Ok(v.to_owned())
    } else {
        Err(Failure::invalid_parameter(
            "Cipher",
            &format!("it must be one of {}, got {v:?}.", CIPHERS.join(", ")),
        ))
    }
}

pub(crate) fn proto(v: &str) -> Result<String, Failure> {
    if v == "TCP" || v == "UDP" {
        Ok(v.to_owned())
    } else {
        Err(Failure::invalid_parameter(
            "Proto",
            &format!("it must be TCP or UDP, got {v:?}."),
        ))
    }
}

pub(crate) fn port(v: u64) -> Result<u16, Failure> {
    let port = u16::try_from(v).ok().filter(|p| *p >= 1).ok_or_else(|| {
        Failure::invalid_parameter("Port", &format!("it must be 1 to 65535, got {v}."))
    })?;
    if REFUSED_PORTS.contains(&v) {
        return Err(Failure::invalid_parameter(
            "Port",
            &format!("{v} is reserved by the gateway and cannot be used for SSL-VPN."),
        ));
    }
    Ok(port)
}

/// `DnsServers`: IP addresses; none is `None` (the field is then left out of answers).
pub(crate) fn dns_servers(list: &[String]) -> Result<Option<String>, Failure> {
    for ip in list {
        if ip.parse::<IpAddr>().is_err() {
            return Err(Failure::invalid_parameter(
                "DnsServers",
                &format!("{ip:?} is not an IP address."),
            ));
        }
    }
    Ok((!list.is_empty()).then(|| list.join(",")))
}

/// The IDaaS binding of a server with two-factor authentication: the instance and its region
/// are required; an application makes it EIAM 2.0.
pub(crate) fn idaas(
    instance_id: Option<&str>,
    region_id: Option<&str>,
    application_id: Option<&str>,
) -> Result<Idaas, Failure> {
    let required = |name: &str, v: Option<&str>| -> Result<String, Failure> {
        v.filter(|s| !s.trim().is_empty())
            .map(str::to_owned)
            .ok_or_else(|| {
                Failure::invalid_parameter(
                    name,
                    "it is required when EnableMultiFactorAuth is true.",
                )
            })
    };
    let instance = required("IDaaSInstanceId", instance_id)?;
    let region = required("IDaaSRegionId", region_id)?;
    Ok(match application_id.filter(|a| !a.trim().is_empty()) {
        Some(app) => Idaas::v2(instance, region, app),
        None => Idaas::v1(instance, region),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn param(r: Result<impl std::fmt::Debug, Failure>) -> String {
        let f = r.unwrap_err();
        assert_eq!(f.status, 400, "{f:?}");
        assert_eq!(f.code, "InvalidParameter", "{f:?}");
        f.message
    }

    #[test]
    fn client_pools_follow_the_service() {
        assert_eq!(client_ip_pool("192.168.0.0/16").unwrap(), "192.168.0.0/16");
        assert!(client_ip_pool("10.10.0.0/29").is_ok());
        for bad in [
            "10.0.0.0/15",
            "10.0.0.0/30",
            "100.64.0.0/24",
            "100.127.255.0/24",
            "127.0.0.0/24",
            "169.254.1.0/24",
            "224.0.0.0/24",
            "239.255.255.0/24",
            "255.1.0.0/16",
            "10.0.0.0",
            "10.0.0.0/+8",
            "10.0.0/24",
            "fd00::/64",
            "",
        ] {
            assert!(param(client_ip_pool(bad)).contains("ClientIpPool"), "{bad}");
        }
        assert!(client_ip_pool("100.128.0.0/24").is_ok());
    }

    #[test]
    fn local_networks_follow_the_service() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(local_subnet(&v(&["10.0.0.0/8", "172.16.0.0/12", "192.168.1.1/32"])).is_ok());
        assert!(param(local_subnet(&v(&[]))).contains("LocalSubnet"));
        assert!(param(local_subnet(&v(&["10.0.0.0/7"]))).contains("mask"));
        assert!(param(local_subnet(&v(&["127.0.0.1/32"]))).contains("loopback"));
        assert!(param(local_subnet(&v(&["224.0.0.0/8"]))).contains("multicast"));
        assert!(local_subnet(&v(&["100.64.0.0/24"])).is_ok());
        let six = v(&[
            "10.1.0.0/16",
            "10.2.0.0/16",
            "10.3.0.0/16",
            "10.4.0.0/16",
            "10.5.0.0/16",
            "10.6.0.0/16",
        ]);
        assert!(param(local_subnet(&six)).contains("at most 5"));
        assert!(local_subnet(&six[..5]).is_ok());
    }

    #[test]
    fn overlap_and_pool_size() {
        let subnets = vec!["10.0.0.0/8".to_string(), "172.16.0.0/16".to_string()];
        assert!(no_overlap("192.168.0.0/24", &subnets).is_ok());
        assert!(param(no_overlap("10.20.0.0/24", &subnets)).contains("10.0.0.0/8"));
        assert!(param(no_overlap("172.16.255.248/29", &subnets)).contains("172.16.0.0/16"));
        assert!(pool_fits("192.168.0.0/27", 5).is_ok());
        assert!(param(pool_fits("192.168.0.0/28", 5)).contains("at least 20"));
        assert!(pool_fits("192.168.0.0/26", 10).is_ok());
        assert!(pool_fits("192.168.0.0/27", 10).is_err());
        assert!(pool_fits("192.168.0.0/20", 1000).is_ok());
        assert!(pool_fits("192.168.0.0/21", 1000).is_err());
    }

    #[test]
    fn ciphers_protocols_ports_and_dns() {
        for c in CIPHERS {
            assert_eq!(cipher(c).unwrap(), c);
        }
        assert!(param(cipher("aes-128-cbc")).contains("Cipher"));
        assert!(proto("TCP").is_ok() && proto("UDP").is_ok());
        assert!(param(proto("tcp")).contains("Proto"));
        assert_eq!(port(1194).unwrap(), 1194);
        assert_eq!(port(1).unwrap(), 1);
        assert_eq!(port(65535).unwrap(), 65535);
        for bad in [0, 65536, u64::MAX] {
            assert!(param(port(bad)).contains("1 to 65535"), "{bad}");
        }
        for refused in REFUSED_PORTS {
            assert!(param(port(refused)).contains("reserved"), "{refused}");
        }
        assert_eq!(dns_servers(&[]).unwrap(), None);
        assert_eq!(
            dns_servers(&["10.0.0.2".into(), "2001:db8::53".into()]).unwrap(),
            Some("10.0.0.2,2001:db8::53".into())
        );
        assert!(param(dns_servers(&["dns.example".into()])).contains("DnsServers"));
    }

    #[test]
    fn two_factor_authentication_needs_its_instance() {
        assert!(param(idaas(None, Some("cn-hangzhou"), None)).contains("IDaaSInstanceId"));
        assert!(param(idaas(Some("idaas-x"), Some(" "), None)).contains("IDaaSRegionId"));
        let v1 = idaas(Some("idaas-x"), Some("cn-hangzhou"), None).unwrap();
        assert_eq!(v1.instance_version, "");
        let v2 = idaas(Some("idaas-x"), Some("cn-hangzhou"), Some("app-y")).unwrap();
        assert_eq!(
            (v2.application_id.as_str(), v2.instance_version.as_str()),
            ("app-y", "2.0")
        );
    }

    #[test]
    fn ranges() {
        let (a, m) = parse_cidr("192.168.1.77/24").unwrap();
        assert_eq!(
            cidr_range(a, m),
            (
                u32::from(Ipv4Addr::new(192, 168, 1, 0)),
                u32::from(Ipv4Addr::new(192, 168, 1, 255))
            )
        );
        assert_eq!(cidr_range(a, 0), (0, u32::MAX));
        assert_eq!(cidr_range(a, 32).0, u32::from(a));
        assert!(parse_cidr("1.2.3.4/33").is_none());
    }
}
