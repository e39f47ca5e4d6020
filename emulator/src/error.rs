//! The API errors the emulator answers with: code, HTTP status and message, as the reference
//! documents them.

use crate::FaultKind;

/// An API error answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    pub status: u16,
    pub code: String,
    pub message: String,
}

impl Failure {
    pub fn new(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        Failure {
            status,
            code: code.into(),
            message: message.into(),
        }
    }

    /// The answer with a documented code, at the HTTP status the spec's error table gives it
    /// (400 for a code the table lacks, which a test rules out).
    pub fn api(code: &str, message: impl Into<String>) -> Self {
        let status = crate::generated::actions::documented_status(code).unwrap_or(400);
        Self::new(status, code, message)
    }

    // Gateway level: signatures, keys, time, parameters.

    /// The message carries the server's string to sign after `server string to sign is:` (and no
    /// other colon before it: the legacy Python SDK splits the message on `:` to compare).
    pub fn signature_does_not_match(string_to_sign: &str) -> Self {
        Self::api(
            "SignatureDoesNotMatch",
            format!(
                "Specified signature is not matched with our calculation. server string to sign is:{string_to_sign}"
            ),
        )
    }

    pub fn incomplete_signature(detail: &str) -> Self {
        Self::api(
            "IncompleteSignature",
            format!("The request signature does not conform to Aliyun standards. {detail}"),
        )
    }

    pub fn access_key_not_found() -> Self {
        Self::new(
            404,
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
        )
    }

    pub fn access_key_inactive() -> Self {
        Self::new(
            400,
            "InvalidAccessKeyId.Inactive",
            "Specified access key is disabled.",
        )
    }

    pub fn security_token_expired() -> Self {
        Self::new(
            400,
            "InvalidSecurityToken.Expired",
            "Specified SecurityToken is expired.",
        )
    }

    pub fn security_token_malformed(detail: &str) -> Self {
        Self::new(
            400,
            "InvalidSecurityToken.Malformed",
            format!("Specified SecurityToken is malformed. {detail}"),
        )
    }

    pub fn security_token_mismatch() -> Self {
        Self::new(
            400,
            "InvalidSecurityToken.MismatchWithAccessKey",
            "Specified SecurityToken mismatch with the AccessKey.",
        )
    }

    pub fn timestamp_expired(sent: &str, server_now: &str) -> Self {
        Self::api(
            "InvalidTimeStamp.Expired",
            format!(
                "Specified time stamp or date value is expired. The request time {sent} is more than 15 minutes away from the server time {server_now}."
            ),
        )
    }

    pub fn timestamp_format(name: &str) -> Self {
        Self::new(
            400,
            "InvalidTimeStamp.Format",
            format!("Specified time stamp or date value {name} is not well formatted (expected yyyy-MM-ddTHH:mm:ssZ in UTC)."),
        )
    }

    pub fn nonce_used() -> Self {
        Self::new(
            400,
            "SignatureNonceUsed",
            "Specified signature nonce was used already.",
        )
    }

    /// A common (gateway) parameter is missing.
    pub fn missing_parameter(name: &str) -> Self {
        Self::new(
            400,
            "MissingParameter",
            format!("The input parameter \"{name}\" that is mandatory for processing this request is not supplied."),
        )
    }

    /// A required parameter of the operation is missing: `Missing<Name>`.
    pub fn missing(name: &str) -> Self {
        Self::new(
            400,
            format!("Missing{name}"),
            format!("{name} is mandatory for this action."),
        )
    }

    pub fn invalid_parameter(name: &str, why: &str) -> Self {
        Self::new(
            400,
            "InvalidParameter",
            format!("The specified parameter \"{name}\" is not valid: {why}"),
        )
    }

    pub fn action_not_found(action: &str) -> Self {
        Self::new(
            404,
            "InvalidAction.NotFound",
            format!(
                "Specified api is not found, please check your url and method. Action: {action}"
            ),
        )
    }

    pub fn invalid_version(version: &str) -> Self {
        Self::new(
            400,
            "InvalidVersion",
            format!("Specified parameter Version is not valid: {version} (this product's version is 2016-04-28)."),
        )
    }

    pub fn unsupported_method(method: &str) -> Self {
        Self::new(
            405,
            "UnsupportedHTTPMethod",
            format!("The HTTP method {method} is not supported; use GET or POST."),
        )
    }

    pub fn service_unavailable() -> Self {
        Self::api(
            "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server.",
        )
    }

    pub fn throttling() -> Self {
        Self::new(
            400,
            "Throttling",
            "Request was denied due to request throttling.",
        )
    }

    pub fn throttling_user() -> Self {
        Self::new(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        )
    }

    pub fn throttling_api() -> Self {
        Self::new(
            400,
            "Throttling.Api",
            "Request was denied due to api flow control.",
        )
    }

    pub fn rejected_throttling() -> Self {
        Self::new(400, "Rejected.Throttling", "QPS Limit Exceeded")
    }

    pub fn internal_error() -> Self {
        Self::api(
            "InternalError",
            "The request processing has failed due to some unknown error, exception or failure.",
        )
    }

    pub fn unknown_error() -> Self {
        Self::api(
            "UnknownError",
            "The request processing has failed due to some unknown error.",
        )
    }

    /// The answer of a rejecting fault; `None` for the kinds that break the connection instead.
    pub fn fault(kind: FaultKind) -> Option<Self> {
        Some(match kind {
            FaultKind::ServiceUnavailable => Self::service_unavailable(),
            FaultKind::Throttling => Self::throttling(),
            FaultKind::DropAfterCommit
            | FaultKind::ResetBefore
            | FaultKind::ResetAfter
            | FaultKind::Truncate
            | FaultKind::Stall
            | FaultKind::Drip
            | FaultKind::Garbage
            | FaultKind::CloseIdle => return None,
            FaultKind::ThrottlingUser => Self::throttling_user(),
            FaultKind::ThrottlingApi => Self::throttling_api(),
            FaultKind::RejectedThrottling => Self::rejected_throttling(),
            FaultKind::InternalError => Self::internal_error(),
            FaultKind::UnknownError => Self::unknown_error(),
        })
    }

    // Authorization and location.

    pub fn region_not_found() -> Self {
        Self::api(
            "InvalidRegionId.NotFound",
            "The specified region is not found during access authentication.",
        )
    }

    pub fn forbidden_sub_user() -> Self {
        Self::api(
            "Forbbiden.SubUser",
            "User not authorized to operate on the specified resource as your account is created by another user.",
        )
    }

    pub fn forbidden() -> Self {
        Self::api(
            "Forbidden",
            "User not authorized to operate on the specified resource.",
        )
    }

    // Operations.

    pub fn quota_full() -> Self {
        Self::api("Resource.QuotaFull", "The quota of resource is full")
    }

    pub fn server_quota_full() -> Self {
        Self::api(
            "CreateSslCertsQuotaFull.QuotaFull",
            "The number of SSL client certificates of this SSL server reaches the quota.",
        )
    }

    pub fn create_limit_reached() -> Self {
        Self::api(
            "SslVpnClientCreateTimes.ReachLimits",
            "The number of client cert creation operations reaches the upper limit.",
        )
    }

    pub fn gateway_configuring() -> Self {
        Self::api(
            "VpnGateway.Configuring",
            "The specified service is configuring.",
        )
    }

    pub fn gateway_locked() -> Self {
        Self::api(
            "VpnGateway.FinancialLocked",
            "The specified service is financial locked.",
        )
    }

    pub fn invalid_name(why: &str) -> Self {
        Self::api("InvalidName", format!("The name is not valid: {why}"))
    }

    pub fn server_not_found() -> Self {
        Self::api(
            "InvalidSslVpnServerId.NotFound",
            "The specified SSL VPN server id does not exist.",
        )
    }

    /// The gateway family's answer for an unknown VPN gateway.
    pub fn gateway_not_found() -> Self {
        Self::api(
            "InvalidVpnGatewayInstanceId.NotFound",
            "The specified vpn gateway instance id does not exist.",
        )
    }

    /// A gateway has one SSL-VPN server at most. The service's reference lists no code for
    /// this; the family's pattern for refusing an operation on a resource's state is
    /// `OperationFailed.<Reason>`.
    pub fn ssl_vpn_server_exists() -> Self {
        Self::new(
            400,
            "OperationFailed.SslVpnServerExists",
            "The specified VPN gateway already has an SSL-VPN server; a gateway has at most one.",
        )
    }

    /// A dry run that would have succeeded (the common answer of the OpenAPI gateway).
    pub fn dry_run_passed() -> Self {
        Self::api(
            "DryRunOperation",
            "Request validation has been passed with DryRun flag set.",
        )
    }

    /// DescribeSslVpnClientCert's current answer for an unknown certificate.
    pub fn instance_not_found() -> Self {
        Self::api(
            "InvalidInstanceId.NotFound",
            "The specified instance does not exist.",
        )
    }

    /// ModifySslVpnClientCert's and DeleteSslVpnClientCert's answer for an unknown certificate.
    pub fn cert_not_found() -> Self {
        Self::api(
            "InvalidSslVpnClientCertId.NotFound",
            "The specified SSL VPN client certificate id does not exist.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rejecting_fault_answers_its_own_code() {
        for &kind in FaultKind::ALL {
            let failure = Failure::fault(kind);
            assert_eq!(
                failure.as_ref().map(|f| f.code.as_str()),
                kind.error_code(),
                "{kind:?}"
            );
            if let Some(f) = failure {
                let status = if f.code.contains("Throttling") {
                    400
                } else if f.code == "ServiceUnavailable" {
                    503
                } else {
                    500
                };
                assert_eq!(f.status, status, "{kind:?}");
                assert!(f.message.ends_with('.') || f.code == "Rejected.Throttling");
            }
        }
    }

    #[test]
    fn every_documented_code_is_answered_at_the_status_of_the_spec() {
        // The constructors of this file that go through `api`, by their code.
        let source = include_str!("error.rs");
        let constructors = source.split("#[cfg(test)]").next().unwrap_or_default();
        let codes: Vec<&str> = constructors
            .split("Self::api(")
            .skip(1)
            .filter_map(|rest| rest.trim_start().strip_prefix('"')?.split('"').next())
            .collect();
        assert!(codes.len() >= 15, "{codes:?}");
        for code in codes {
            assert!(
                crate::generated::actions::documented_status(code).is_some(),
                "{code} is not in the spec's error table"
            );
        }
        assert_eq!(Failure::cert_not_found().status, 404);
        assert_eq!(Failure::server_not_found().status, 404);
        assert_eq!(Failure::service_unavailable().status, 503);
    }
}
