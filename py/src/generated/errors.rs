// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! The exception class of each API error kind (the Python column of the error table).

use vpncert::ErrorKind;

/// The class in `vpncert/_errors.py` for an API error kind.
pub(crate) fn api_class(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::QuotaFull => "QuotaFullError",
        ErrorKind::GatewayConfiguring => "GatewayConfiguringError",
        ErrorKind::FinancialLocked => "FinancialLockedError",
        ErrorKind::InvalidName => "InvalidNameError",
        ErrorKind::CreateLimitReached => "CreateLimitReachedError",
        ErrorKind::SubUserForbidden => "SubUserForbiddenError",
        ErrorKind::Forbidden => "ForbiddenError",
        ErrorKind::SslVpnServerNotFound => "SslVpnServerNotFoundError",
        ErrorKind::RegionNotFound => "RegionNotFoundError",
        ErrorKind::CertNotFound => "CertNotFoundError",
        ErrorKind::Throttling => "ThrottlingError",
        ErrorKind::ServiceUnavailable => "ServiceUnavailableError",
        ErrorKind::AuthFailure => "AuthenticationError",
        ErrorKind::ClockSkew => "ClockSkewError",
        ErrorKind::DryRunPassed => "DryRunPassedError",
        ErrorKind::GatewayNotFound => "GatewayNotFoundError",
        // A kind the core adds later is still an `ApiError`.
        _ => "ApiError",
    }
}
