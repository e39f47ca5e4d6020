//! The command line: global flags shared by every command.

use std::time::Duration;

use clap::{ArgAction, Args, Parser, ValueEnum};

use crate::commands::Command;

/// Issue, list, rename and revoke Alibaba Cloud SSL-VPN client certificates.
///
/// Credentials come from the SDK's default chain (ALIBABA_CLOUD_ACCESS_KEY_ID and
/// ALIBABA_CLOUD_ACCESS_KEY_SECRET, ...); the region from --region or ALIBABA_CLOUD_REGION_ID.
/// Exit codes: 0 success, 1 API error (or a result that could not be saved), 2 usage error,
/// 3 credentials, transport or timeout, 130 interrupted.
#[derive(Debug, Parser)]
#[command(name = "vpncert", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command, before or after its name.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Region id, e.g. cn-hangzhou [default: ALIBABA_CLOUD_REGION_ID]
    #[arg(long, global = true, value_name = "REGION_ID")]
    pub region: Option<String>,

    /// Network the region's default endpoint is reached over: vpc (from inside a VPC: vpc-vpc.REGION.aliyuncs.com) or public [default: ALIBABA_CLOUD_NETWORK, else public]
    #[arg(long, global = true, value_name = "NETWORK")]
    pub network: Option<String>,

    /// Credentials profile in ~/.aliyun/config.json and ~/.alibabacloud/credentials [default: ALIBABA_CLOUD_PROFILE, else the CLI's current profile]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// API endpoint, e.g. https://vpc.cn-shanghai.aliyuncs.com or http://127.0.0.1:PORT for the emulator [default: ALIBABA_CLOUD_ENDPOINT_VPC, else the region's]
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint: Option<String>,

    /// A PEM file of CA certificates to trust instead of the built-in roots (e.g. a TLS-inspecting
    /// proxy's) [default: ALIBABA_CLOUD_CA_BUNDLE]
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_bundle: Option<std::path::PathBuf>,

    /// Output format of results on stdout; errors go to stderr in the same format
    #[arg(long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Log to stderr: -v for progress, -vv for each HTTP attempt (secrets are never logged)
    #[arg(short, long, global = true, action = ArgAction::Count)]
    pub verbose: u8,

    /// Request signature: v1 (HMAC-SHA1) or v3 (ACS3-HMAC-SHA256)
    #[arg(long, global = true, value_enum, default_value_t = SignatureArg::V1)]
    pub signature_version: SignatureArg,

    /// Timeout of each HTTP attempt, e.g. 10s, 500ms, 2m [default: 10s]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<Duration>,

    /// Retries of a failed attempt that may succeed when repeated (0 disables) [default: 3]
    #[arg(long, global = true, value_name = "N")]
    pub max_retries: Option<u32>,

    /// How retries adapt to a struggling service: standard (backoff and a retry quota) or
    /// adaptive (also paces each API to the rate the service's flow control accepts)
    /// [default: adaptive for apply and issue --names-from, standard otherwise]
    #[arg(long, global = true, value_enum, value_name = "MODE")]
    pub retry_mode: Option<RetryModeArg>,

    /// How long issue and delete wait out a gateway that answers VpnGateway.Configuring (it does
    /// for a while after every change), e.g. 3m; 0 leaves only --max-retries [default: 3m]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_wait)]
    pub configuring_timeout: Option<Duration>,
}

/// `--retry-mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RetryModeArg {
    /// Exponential backoff with jitter and a retry quota shared by the run's threads.
    Standard,
    /// Standard, plus a per-API rate limiter learned from Throttling answers.
    Adaptive,
}

impl From<RetryModeArg> for vpncert::RetryMode {
    fn from(m: RetryModeArg) -> Self {
        match m {
            RetryModeArg::Standard => vpncert::RetryMode::Standard,
            RetryModeArg::Adaptive => vpncert::RetryMode::Adaptive,
        }
    }
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for people.
    Table,
    /// One JSON document with snake_case fields, for programs.
    Json,
}

/// The signature version flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SignatureArg {
    /// HMAC-SHA1 RPC signature.
    V1,
    /// ACS3-HMAC-SHA256.
    V3,
}

impl From<SignatureArg> for vpncert::SignatureVersion {
    fn from(v: SignatureArg) -> Self {
        match v {
            SignatureArg::V1 => vpncert::SignatureVersion::V1,
            SignatureArg::V3 => vpncert::SignatureVersion::V3,
        }
    }
}

/// A number and a unit from `units` (name, seconds; the empty name is a bare number), more
/// than zero and at most `max_secs`; `example` is shown when the text is no such thing.
fn parse_with_units(
    s: &str,
    units: &[(&str, f64)],
    max_secs: f64,
    example: &str,
) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("{s:?} is not {example}"))?;
    let per = units
        .iter()
        .find(|(name, _)| *name == unit.trim())
        .map(|(_, secs)| *secs)
        .ok_or_else(|| {
            let names: Vec<&str> = units
                .iter()
                .map(|(n, _)| *n)
                .filter(|n| !n.is_empty())
                .collect();
            format!("unknown unit {:?}: use {}", unit.trim(), names.join(", "))
        })?;
    let seconds = value * per;
    if !seconds.is_finite() || seconds <= 0.0 || seconds > max_secs {
        return Err(format!(
            "must be greater than zero and at most {}",
            if max_secs > 86_400.0 {
                "ten years"
            } else {
                "one day"
            }
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Reads `10`, `10s`, `500ms`, `2m` or `1.5s`; a bare number is seconds; at most one day.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    parse_with_units(
        s,
        &[
            ("", 1.0),
            ("s", 1.0),
            ("ms", 0.001),
            ("m", 60.0),
            ("min", 60.0),
        ],
        86_400.0,
        "a duration such as 10s, 500ms or 2m",
    )
}

/// A span of calendar time: `90s`, `45m`, `12h`, `30d` or `2w` (a bare number is days), for
/// how far back or ahead to look; at most ten years.
pub fn parse_span(s: &str) -> Result<Duration, String> {
    parse_with_units(
        s,
        &[
            ("s", 1.0),
            ("m", 60.0),
            ("min", 60.0),
            ("h", 3600.0),
            ("", 86_400.0),
            ("d", 86_400.0),
            ("w", 7.0 * 86_400.0),
        ],
        3650.0 * 86_400.0,
        "a span such as 30d, 12h or 2w",
    )
}

/// A duration as [`parse_duration`] reads it, or zero (`0`, `0s`, `0ms`, ...) for "no wait".
pub fn parse_wait(s: &str) -> Result<Duration, String> {
    let number = s.trim().trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if number.trim().parse::<f64>() == Ok(0.0) {
        return Ok(Duration::ZERO);
    }
    parse_duration(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_take_calendar_units() {
        assert_eq!(parse_span("30d"), Ok(Duration::from_secs(30 * 86_400)));
        assert_eq!(parse_span("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_span("2w"), Ok(Duration::from_secs(14 * 86_400)));
        assert_eq!(parse_span("7"), Ok(Duration::from_secs(7 * 86_400)));
        assert!(parse_span("0d").is_err());
        assert!(parse_span("11000d").is_err());
        assert!(parse_span("3y").unwrap_err().contains("unit"));
    }

    #[test]
    fn waits_may_be_zero() {
        for zero in ["0", "0s", "0ms", " 0.0m "] {
            assert_eq!(parse_wait(zero), Ok(Duration::ZERO), "{zero}");
        }
        assert_eq!(parse_wait("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_wait("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_wait("-1s").is_err());
        assert!(parse_wait("soon").is_err());
        assert!(
            parse_duration("0s").is_err(),
            "plain durations stay positive"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        for bad in ["", "0", "0s", "-1", "abc", "10h", "1e9", "99999999"] {
            assert!(parse_duration(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
