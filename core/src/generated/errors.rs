// generated from spec/api.toml; edit the spec, then run cargo xtask gen
//! The classification of API error codes: the kinds of the error table, which codes and
//! patterns each covers, and which are retried.

/// The classification of an API error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// `Resource.QuotaFull`, `CreateSslCertsQuotaFull.QuotaFull`: No room for another
    /// certificate.
    QuotaFull,
    /// `VpnGateway.Configuring`: The gateway is busy applying another change. Retried.
    GatewayConfiguring,
    /// `VpnGateway.FinancialLocked`: The gateway is suspended for overdue payment.
    FinancialLocked,
    /// `InvalidName`: The service refused the name.
    InvalidName,
    /// `SslVpnClientCreateTimes.ReachLimits`: The account made too many certificates.
    CreateLimitReached,
    /// `Forbbiden.SubUser`, `Forbidden.SubUser`: The RAM user may not act on this resource (the
    /// API spells the code with two b).
    SubUserForbidden,
    /// `Forbidden`: The caller lacks the permission.
    Forbidden,
    /// `InvalidSslVpnServerId.NotFound`: The SSL-VPN server does not exist.
    SslVpnServerNotFound,
    /// `InvalidRegionId.NotFound`: The region does not exist.
    RegionNotFound,
    /// `InvalidSslVpnClientCertId.NotFound`, `InvalidInstanceId.NotFound`: The certificate does
    /// not exist (also a 200 answer about another certificate).
    CertNotFound,
    /// `Throttling*`, `*.Throttling`: The service's flow control refused the request. Retried.
    Throttling,
    /// `ServiceUnavailable`, `InternalError`, `UnknownError`, any HTTP 5xx: The service failed
    /// or is unavailable (any HTTP 5xx). Retried.
    ServiceUnavailable,
    /// `SignatureDoesNotMatch`, `IncompleteSignature`, `InvalidAccessKeyId.*`,
    /// `InvalidSecurityToken.*`: The request's signature or credentials were refused.
    AuthFailure,
    /// `InvalidTimeStamp.Expired`: The local clock is off by more than the service allows.
    /// Retried once, with the clock corrected from the server's `Date`.
    ClockSkew,
    /// `DryRunOperation`: A dry run found that the request would succeed (a call with `dry_run`
    /// returns this as its result instead).
    DryRunPassed,
    /// `InvalidVpnGatewayInstanceId.NotFound`, `InvalidVpnGatewayId.NotFound`: The VPN gateway
    /// does not exist.
    GatewayNotFound,
    /// Any other code.
    Other,
}

impl ErrorKind {
    /// Every kind, in the order of the error table (`Other` last).
    pub const ALL: [ErrorKind; 17] = [
        Self::QuotaFull,
        Self::GatewayConfiguring,
        Self::FinancialLocked,
        Self::InvalidName,
        Self::CreateLimitReached,
        Self::SubUserForbidden,
        Self::Forbidden,
        Self::SslVpnServerNotFound,
        Self::RegionNotFound,
        Self::CertNotFound,
        Self::Throttling,
        Self::ServiceUnavailable,
        Self::AuthFailure,
        Self::ClockSkew,
        Self::DryRunPassed,
        Self::GatewayNotFound,
        Self::Other,
    ];

    /// Classifies an API error code (and HTTP status, for unknown 5xx codes).
    pub fn classify(code: &str, http_status: u16) -> Self {
        match code {
            "Resource.QuotaFull" | "CreateSslCertsQuotaFull.QuotaFull" => return Self::QuotaFull,
            "VpnGateway.Configuring" => return Self::GatewayConfiguring,
            "VpnGateway.FinancialLocked" => return Self::FinancialLocked,
            "InvalidName" => return Self::InvalidName,
            "SslVpnClientCreateTimes.ReachLimits" => return Self::CreateLimitReached,
            "Forbbiden.SubUser" | "Forbidden.SubUser" => return Self::SubUserForbidden,
            "Forbidden" => return Self::Forbidden,
            "InvalidSslVpnServerId.NotFound" => return Self::SslVpnServerNotFound,
            "InvalidRegionId.NotFound" => return Self::RegionNotFound,
            "InvalidSslVpnClientCertId.NotFound" | "InvalidInstanceId.NotFound" => {
                return Self::CertNotFound
            }
            "ServiceUnavailable" | "InternalError" | "UnknownError" => {
                return Self::ServiceUnavailable
            }
            "SignatureDoesNotMatch" | "IncompleteSignature" => return Self::AuthFailure,
            "InvalidTimeStamp.Expired" => return Self::ClockSkew,
            "DryRunOperation" => return Self::DryRunPassed,
            "InvalidVpnGatewayInstanceId.NotFound" | "InvalidVpnGatewayId.NotFound" => {
                return Self::GatewayNotFound
            }
            _ => {}
        }
        if code.starts_with("Throttling") {
            return Self::Throttling;
        }
        if code.ends_with(".Throttling") {
            return Self::Throttling;
        }
        if code.starts_with("InvalidAccessKeyId.") {
            return Self::AuthFailure;
        }
        if code.starts_with("InvalidSecurityToken.") {
            return Self::AuthFailure;
        }
        if http_status >= 500 {
            return Self::ServiceUnavailable;
        }
        Self::Other
    }

    /// Whether calls failing with this kind are retried (clock skew is retried once, specially).
    pub fn is_retryable(self) -> bool {
        matches!(
            self,
            Self::GatewayConfiguring | Self::Throttling | Self::ServiceUnavailable
        )
    }

    /// The kind's name, as in the error table (`QuotaFull`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Self::QuotaFull => "QuotaFull",
            Self::GatewayConfiguring => "GatewayConfiguring",
            Self::FinancialLocked => "FinancialLocked",
            Self::InvalidName => "InvalidName",
            Self::CreateLimitReached => "CreateLimitReached",
            Self::SubUserForbidden => "SubUserForbidden",
            Self::Forbidden => "Forbidden",
            Self::SslVpnServerNotFound => "SslVpnServerNotFound",
            Self::RegionNotFound => "RegionNotFound",
            Self::CertNotFound => "CertNotFound",
            Self::Throttling => "Throttling",
            Self::ServiceUnavailable => "ServiceUnavailable",
            Self::AuthFailure => "AuthFailure",
            Self::ClockSkew => "ClockSkew",
            Self::DryRunPassed => "DryRunPassed",
            Self::GatewayNotFound => "GatewayNotFound",
            Self::Other => "Other",
        }
    }

    /// The exact API codes of this kind (patterns aside).
    pub fn codes(self) -> &'static [&'static str] {
        match self {
            Self::QuotaFull => &["Resource.QuotaFull", "CreateSslCertsQuotaFull.QuotaFull"],
            Self::GatewayConfiguring => &["VpnGateway.Configuring"],
            Self::FinancialLocked => &["VpnGateway.FinancialLocked"],
            Self::InvalidName => &["InvalidName"],
            Self::CreateLimitReached => &["SslVpnClientCreateTimes.ReachLimits"],
            Self::SubUserForbidden => &["Forbbiden.SubUser", "Forbidden.SubUser"],
            Self::Forbidden => &["Forbidden"],
            Self::SslVpnServerNotFound => &["InvalidSslVpnServerId.NotFound"],
            Self::RegionNotFound => &["InvalidRegionId.NotFound"],
            Self::CertNotFound => &[
                "InvalidSslVpnClientCertId.NotFound",
                "InvalidInstanceId.NotFound",
            ],
            Self::Throttling => &[],
            Self::ServiceUnavailable => &["ServiceUnavailable", "InternalError", "UnknownError"],
            Self::AuthFailure => &["SignatureDoesNotMatch", "IncompleteSignature"],
            Self::ClockSkew => &["InvalidTimeStamp.Expired"],
            Self::DryRunPassed => &["DryRunOperation"],
            Self::GatewayNotFound => &[
                "InvalidVpnGatewayInstanceId.NotFound",
                "InvalidVpnGatewayId.NotFound",
            ],
            Self::Other => &[],
        }
    }
}
