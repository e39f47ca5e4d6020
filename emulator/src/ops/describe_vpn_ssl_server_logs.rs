//! DescribeVpnSslServerLogs: an SSL-VPN server's log lines (connects, disconnects and
//! certificate changes) in a period, paged. Note the parameter's name, `VpnSslServerId`.

use serde_json::{json, Value};

use super::{page, paging, Ctx};
use crate::error::Failure;
use crate::generated::actions::DescribeVpnSslServerLogsParams;
use crate::world::epoch_ms;

pub(crate) fn run(cx: &mut Ctx<'_>, p: &DescribeVpnSslServerLogsParams) -> Result<Value, Failure> {
    let (number, size) = paging(cx.params)?;
    let (from, to) = period(p, epoch_ms(cx.now) / 1000)?;
    let index = cx
        .world
        .server_index(cx.region_id, &p.vpn_ssl_server_id)
        .ok_or_else(Failure::server_not_found)?;
    let server_id = &cx.world.servers[index].ssl_vpn_server_id;
    let cert = p
        .ssl_vpn_client_cert_id
        .as_deref()
        .filter(|c| !c.is_empty());
    let lines: Vec<String> = cx
        .world
        .logs_of(server_id)
        .filter(|l| (from..=to).contains(&(l.time_ms / 1000)))
        .filter(|l| cert.is_none_or(|c| l.ssl_vpn_client_cert_id.as_deref() == Some(c)))
        .map(|l| l.text.clone())
        .collect();
    let count = lines.len();
    Ok(json!({
        "Count": count,
        // The emulator's log is exact, never still being collected.
        "IsCompleted": true,
        "PageNumber": number,
        "PageSize": size,
        "Data": { "Logs": page(lines, number, size) },
    }))
}

/// The period asked for, in epoch seconds, both ends included: `From` and `To`, or one of them
/// and `MinutePeriod` minutes on the other side, or the last `MinutePeriod` minutes.
fn period(p: &DescribeVpnSslServerLogsParams, now_s: u64) -> Result<(u64, u64), Failure> {
    let minutes = match p.minute_period {
        Some(0) => {
            return Err(Failure::invalid_parameter(
                "MinutePeriod",
                "it must be at least 1.",
            ))
        }
        Some(m) => Some(m.saturating_mul(60)),
        None => None,
    };
    let (from, to) = match (p.from, p.to, minutes) {
        (Some(from), Some(to), _) => (from, to),
        (Some(from), None, Some(span)) => (from, from.saturating_add(span)),
        (None, Some(to), Some(span)) => (to.saturating_sub(span), to),
        (None, None, Some(span)) => (now_s.saturating_sub(span), now_s),
        (Some(_), None, None) => {
            return Err(Failure::invalid_parameter(
                "From",
                "To or MinutePeriod must be given with it.",
            ))
        }
        (None, Some(_), None) => {
            return Err(Failure::invalid_parameter(
                "To",
                "From or MinutePeriod must be given with it.",
            ))
        }
        (None, None, None) => {
            return Err(Failure::invalid_parameter(
                "MinutePeriod",
                "it is required when From and To are not given.",
            ))
        }
    };
    if from > to {
        return Err(Failure::invalid_parameter(
            "From",
            &format!("the start {from} is after the end {to}."),
        ));
    }
    Ok((from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(
        from: Option<u64>,
        to: Option<u64>,
        minutes: Option<u64>,
    ) -> DescribeVpnSslServerLogsParams {
        DescribeVpnSslServerLogsParams {
            from,
            to,
            minute_period: minutes,
            ..Default::default()
        }
    }

    #[test]
    fn periods_follow_the_reference() {
        let now = 1_000_000;
        assert_eq!(period(&p(Some(10), Some(20), None), now).unwrap(), (10, 20));
        assert_eq!(
            period(&p(Some(10), Some(20), Some(1)), now).unwrap(),
            (10, 20)
        );
        assert_eq!(period(&p(Some(10), None, Some(2)), now).unwrap(), (10, 130));
        assert_eq!(
            period(&p(None, Some(200), Some(2)), now).unwrap(),
            (80, 200)
        );
        assert_eq!(period(&p(None, Some(20), Some(2)), now).unwrap(), (0, 20));
        assert_eq!(
            period(&p(None, None, Some(10)), now).unwrap(),
            (now - 600, now)
        );
        assert_eq!(
            period(&p(Some(u64::MAX - 1), None, Some(u64::MAX)), now).unwrap(),
            (u64::MAX - 1, u64::MAX)
        );
        for (bad, named) in [
            (p(Some(10), None, None), "From"),
            (p(None, Some(10), None), "To"),
            (p(None, None, None), "MinutePeriod"),
            (p(None, None, Some(0)), "MinutePeriod"),
            (p(Some(21), Some(20), None), "From"),
        ] {
            let f = period(&bad, now).unwrap_err();
            assert_eq!(f.code, "InvalidParameter");
            assert!(f.message.contains(named), "{}", f.message);
        }
    }
}
