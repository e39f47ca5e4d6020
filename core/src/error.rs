//! The one error type of the SDK, and the classification of API error codes.
//!
//! The table in the project's design maps each [`ErrorKind`] to a C status code and a Python
//! exception class; the bindings match on these enums exhaustively.

use std::fmt;
use std::time::Duration;

use crate::redact::Scrubber;

/// Everything that can go wrong in a call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A parameter failed local validation; no request was sent.
    #[error("invalid parameter {parameter}: {reason}")]
    InvalidInput {
        /// The API name of the parameter (`SslVpnServerId`, `Name`, ...) or builder option.
        parameter: String,
        /// What is wrong with it.
        reason: String,
    },
    /// No usable credentials were found, or a credentials source failed.
    #[error("credentials: {0}")]
    Credentials(String),
    /// Connecting, TLS or I/O failed before a complete response arrived.
    #[error("transport: {0}")]
    Transport(String),
    /// A connect, read or overall deadline passed.
    #[error("timeout: {0}")]
    Timeout(String),
    /// The response could not be read as the API's JSON.
    #[error("cannot decode response (HTTP {http_status}): {reason}; body starts with {snippet:?}")]
    Decode {
        /// HTTP status of the response (0 when none).
        http_status: u16,
        /// What went wrong.
        reason: String,
        /// The first bytes of the body, for diagnosis.
        snippet: String,
    },
    /// The API answered with an error code.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// A local file could not be written (or already exists and overwriting was not asked for).
    #[error("{path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error kind (`AlreadyExists` when a file would be overwritten).
        kind: std::io::ErrorKind,
        /// What went wrong.
        message: String,
    },
}

impl Error {
    /// Shorthand for [`Error::InvalidInput`].
    pub fn invalid(parameter: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::InvalidInput {
            parameter: parameter.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn io(path: &std::path::Path, e: &std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            kind: e.kind(),
            message: e.to_string(),
        }
    }

    /// The API error, if this is one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The classified kind when this is an API error.
    pub fn api_kind(&self) -> Option<ErrorKind> {
        self.as_api().map(|e| e.kind)
    }

    /// Whether the retry policy retries this error.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(_) | Error::Timeout(_) => true,
            Error::Api(e) => e.is_retryable(),
            _ => false,
        }
    }
}

impl Error {
    /// This error with every secret `scrubber` knows, and every secret-bearing pattern, removed
    /// from each of its texts. The client passes every error through this before returning it.
    pub fn scrub(mut self, scrubber: &Scrubber) -> Self {
        match &mut self {
            Error::InvalidInput { parameter, reason } => {
                scrubber.in_place(parameter);
                scrubber.in_place(reason);
            }
            Error::Credentials(text) | Error::Transport(text) | Error::Timeout(text) => {
                scrubber.in_place(text)
            }
            Error::Decode {
                reason, snippet, ..
            } => {
                scrubber.in_place(reason);
                scrubber.in_place(snippet);
            }
            Error::Api(api) => {
                for text in [&mut api.code, &mut api.message, &mut api.request_id] {
                    scrubber.in_place(text);
                }
                for text in [&mut api.recommend, &mut api.host_id].into_iter().flatten() {
                    scrubber.in_place(text);
                }
                if let Some(SignatureDiagnosis::EncodingMismatch { client, server }) =
                    &mut api.signature_diagnosis
                {
                    scrubber.in_place(client);
                    scrubber.in_place(server);
                }
            }
            Error::Io { path, message, .. } => {
                scrubber.in_place(path);
                scrubber.in_place(message);
            }
        }
        self
    }
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

pub use crate::generated::errors::ErrorKind;

/// How the server's string to sign compares with ours after `SignatureDoesNotMatch`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureDiagnosis {
    /// Both sides signed the same string: the AccessKey secret is wrong.
    WrongSecret,
    /// The strings differ: the request was changed on the way or encoded differently.
    EncodingMismatch {
        /// The string the client signed.
        client: String,
        /// The string the server says it signed.
        server: String,
    },
}

/// An error answered by the API.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// The API's code, e.g. `Resource.QuotaFull` (empty when a 5xx carried no readable body).
    pub code: String,
    /// The classification of `code`.
    pub kind: ErrorKind,
    /// The API's message.
    pub message: String,
    /// The request id, from the body or the `x-acs-request-id` header (empty when none).
    pub request_id: String,
    /// HTTP status.
    pub http_status: u16,
    /// A troubleshooting URL, when the API gives one.
    pub recommend: Option<String>,
    /// The host that answered, when the API says.
    pub host_id: Option<String>,
    /// For `SignatureDoesNotMatch`: which of wrong secret or encoding mismatch it is.
    pub signature_diagnosis: Option<SignatureDiagnosis>,
    /// The server's `Retry-After`, when it sent one.
    pub retry_after: Option<Duration>,
}

impl ApiError {
    /// Builds an error, classifying `code`.
    pub fn new(code: impl Into<String>, message: impl Into<String>, http_status: u16) -> Self {
        let code = code.into();
        ApiError {
            kind: ErrorKind::classify(&code, http_status),
            code,
            message: message.into(),
            request_id: String::new(),
            http_status,
            recommend: None,
            host_id: None,
            signature_diagnosis: None,
            retry_after: None,
        }
    }

    /// Whether the retry policy retries this error.
    pub fn is_retryable(&self) -> bool {
        self.kind.is_retryable()
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("code", &self.code)
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("http_status", &self.http_status)
            .field("recommend", &self.recommend)
            .field("host_id", &self.host_id)
            .field("signature_diagnosis", &self.signature_diagnosis)
            .finish()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = if self.code.is_empty() {
            "(no code)"
        } else {
            &self.code
        };
        write!(f, "{code} (HTTP {}): {}", self.http_status, self.message)?;
        match &self.signature_diagnosis {
            Some(SignatureDiagnosis::WrongSecret) => {
                f.write_str(" [the server signed the same string as the client: the AccessKey secret is wrong]")?
            }
            Some(SignatureDiagnosis::EncodingMismatch { .. }) => f.write_str(
                " [the server's string to sign differs from the client's: the request was encoded or altered differently]",
            )?,
            None => {}
        }
        if !self.request_id.is_empty() {
            write!(f, " [RequestId: {}]", self.request_id)?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification_of_documented_codes() {
        let cases = [
            ("Resource.QuotaFull", 400, ErrorKind::QuotaFull),
            (
                "CreateSslCertsQuotaFull.QuotaFull",
                400,
                ErrorKind::QuotaFull,
            ),
            ("VpnGateway.Configuring", 400, ErrorKind::GatewayConfiguring),
            (
                "VpnGateway.FinancialLocked",
                400,
                ErrorKind::FinancialLocked,
            ),
            ("InvalidName", 400, ErrorKind::InvalidName),
            (
                "SslVpnClientCreateTimes.ReachLimits",
                400,
                ErrorKind::CreateLimitReached,
            ),
            ("Forbbiden.SubUser", 403, ErrorKind::SubUserForbidden),
            ("Forbidden", 403, ErrorKind::Forbidden),
            (
                "InvalidSslVpnServerId.NotFound",
                404,
                ErrorKind::SslVpnServerNotFound,
            ),
            ("InvalidRegionId.NotFound", 404, ErrorKind::RegionNotFound),
            (
                "InvalidSslVpnClientCertId.NotFound",
                404,
                ErrorKind::CertNotFound,
            ),
            ("InvalidInstanceId.NotFound", 400, ErrorKind::CertNotFound),
            ("Throttling", 400, ErrorKind::Throttling),
            ("Throttling.User", 400, ErrorKind::Throttling),
            ("Throttling.Api", 503, ErrorKind::Throttling),
            ("Rejected.Throttling", 400, ErrorKind::Throttling),
            ("ServiceUnavailable", 503, ErrorKind::ServiceUnavailable),
            ("InternalError", 500, ErrorKind::ServiceUnavailable),
            ("UnknownError", 500, ErrorKind::ServiceUnavailable),
            ("SomethingNew", 502, ErrorKind::ServiceUnavailable),
            ("SignatureDoesNotMatch", 400, ErrorKind::AuthFailure),
            ("IncompleteSignature", 400, ErrorKind::AuthFailure),
            ("InvalidAccessKeyId.NotFound", 404, ErrorKind::AuthFailure),
            ("InvalidAccessKeyId.Inactive", 400, ErrorKind::AuthFailure),
            ("InvalidSecurityToken.Expired", 400, ErrorKind::AuthFailure),
            (
                "InvalidSecurityToken.MismatchWithAccessKey",
                400,
                ErrorKind::AuthFailure,
            ),
            ("InvalidTimeStamp.Expired", 400, ErrorKind::ClockSkew),
            ("SignatureNonceUsed", 400, ErrorKind::Other),
            ("MissingParameter", 400, ErrorKind::Other),
        ];
        for (code, status, kind) in cases {
            assert_eq!(ErrorKind::classify(code, status), kind, "{code}");
        }
    }

    #[test]
    fn retryable_kinds() {
        let retried: Vec<_> = ErrorKind::ALL
            .iter()
            .copied()
            .filter(|k| k.is_retryable())
            .collect();
        assert_eq!(
            retried,
            [
                ErrorKind::GatewayConfiguring,
                ErrorKind::Throttling,
                ErrorKind::ServiceUnavailable
            ]
        );
        assert!(Error::Transport("x".into()).is_retryable());
        assert!(Error::Timeout("x".into()).is_retryable());
        assert!(!Error::invalid("Name", "x").is_retryable());
    }

    #[test]
    fn display_names_code_status_and_request_id() {
        let mut e = ApiError::new("Forbidden", "User not authorized", 403);
        e.request_id = "RID-1".into();
        let s = Error::from(e).to_string();
        assert_eq!(
            s,
            "Forbidden (HTTP 403): User not authorized [RequestId: RID-1]"
        );
    }
}
