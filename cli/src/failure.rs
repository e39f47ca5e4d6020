//! What went wrong, classified into the command's exit codes.

use serde::Serialize;

/// The exit code classes of `vpncert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// 1: the API answered with an error, or the result could not be saved.
    Api,
    /// 2: the command line, a local check or an input file is wrong; nothing was sent.
    Usage,
    /// 3: no usable credentials, or the API could not be reached or read in time.
    Environment,
    /// 2 from `plan --detailed-exitcode`: not a failure, changes are pending.
    Pending,
}

impl Class {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Class::Api => 1,
            Class::Usage => 2,
            Class::Environment => 3,
            Class::Pending => 2,
        }
    }
}

/// A failed command or bulk item: an error code, a one-line message and, for API errors, the
/// request id and HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    #[serde(skip)]
    pub class: Class,
    /// The API's code (e.g. `Resource.QuotaFull`) or a local one (`InvalidInput`, `Transport`, ...).
    pub code: String,
    pub message: String,
    pub request_id: Option<String>,
    pub http_status: Option<u16>,
}

impl Failure {
    /// `plan --detailed-exitcode` found changes to make: exit 2, nothing printed as an error.
    pub fn pending() -> Self {
        Self::local(
            Class::Pending,
            "ChangesPending",
            "changes are pending".into(),
        )
    }

    /// A usage error found by the command itself.
    pub fn usage(code: &str, message: impl Into<String>) -> Self {
        Self::local(Class::Usage, code, message.into())
    }

    fn local(class: Class, code: &str, message: String) -> Self {
        Failure {
            class,
            code: code.to_owned(),
            message: one_line(&message),
            request_id: None,
            http_status: None,
        }
    }

    /// The failure of building or writing a profile. A profile refused because of what the
    /// service sent is an API failure (exit 1), not a usage error: requests were sent and acted
    /// on.
    pub fn from_profile(e: vpncert::Error) -> Self {
        let refused = matches!(e, vpncert::Error::InvalidInput { .. });
        let mut f = Failure::from(e);
        if refused {
            f.class = Class::Api;
        }
        f
    }

    pub fn exit_code(&self) -> u8 {
        self.class.code()
    }

    /// `CODE: message (HTTP 403, request id X)`: everything on one line.
    pub fn line(&self) -> String {
        let mut s = format!("{}: {}", self.code, self.message);
        let mut extra = Vec::new();
        if let Some(status) = self.http_status {
            extra.push(format!("HTTP {status}"));
        }
        if let Some(id) = &self.request_id {
            extra.push(format!("request id {id}"));
        }
        if !extra.is_empty() {
            s.push_str(&format!(" ({})", extra.join(", ")));
        }
        s
    }
}

/// Folds line breaks and other control characters so a message always fits on one line.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = false;
    for c in s.trim().chars() {
        let c = if c.is_control() { ' ' } else { c };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        out.push(c);
    }
    out
}

impl From<vpncert::Error> for Failure {
    fn from(e: vpncert::Error) -> Self {
        use vpncert::Error as E;
        match e {
            E::Api(api) => {
                let mut message = api.message.clone();
                match &api.signature_diagnosis {
                    Some(vpncert::SignatureDiagnosis::WrongSecret) => message.push_str(
                        " [the server signed the same string: the AccessKey secret is wrong]",
                    ),
                    Some(vpncert::SignatureDiagnosis::EncodingMismatch { .. }) => {
                        message.push_str(" [the server's string to sign differs from the client's]")
                    }
                    _ => {}
                }
                if let Some(url) = &api.recommend {
                    log::info!("{}: see {url}", api.code);
                }
                Failure {
                    class: Class::Api,
                    code: if api.code.is_empty() {
                        format!("HTTP{}", api.http_status)
                    } else {
                        api.code.clone()
                    },
                    message: one_line(&message),
                    request_id: Some(api.request_id.clone()).filter(|r| !r.is_empty()),
                    http_status: Some(api.http_status).filter(|s| *s != 0),
                }
            }
            e @ E::InvalidInput { .. } => Self::local(Class::Usage, "InvalidInput", e.to_string()),
            E::Credentials(m) => Self::local(Class::Environment, "Credentials", m),
            E::Transport(m) => Self::local(Class::Environment, "Transport", m),
            E::Timeout(m) => Self::local(Class::Environment, "Timeout", m),
            // An unreadable answer usually means something other than the API answered (a proxy,
            // a captive portal, a wrong --endpoint): a problem of reaching the API.
            e @ E::Decode { .. } => Self::local(Class::Environment, "Decode", e.to_string()),
            E::Io {
                path,
                kind: std::io::ErrorKind::AlreadyExists,
                ..
            } => Self::local(
                Class::Usage,
                "FileExists",
                format!("{path} already exists; pass --force to replace it"),
            ),
            E::Io { path, message, .. } => {
                Self::local(Class::Api, "Io", format!("{path}: {message}"))
            }
            other => Self::local(Class::Api, "Error", other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_errors_keep_code_status_and_request_id() {
        let mut api = vpncert::ApiError::new("Forbidden", "User not\nauthorized", 403);
        api.request_id = "RID-1".into();
        let f = Failure::from(vpncert::Error::from(api));
        assert_eq!(f.class, Class::Api);
        assert_eq!(
            f.line(),
            "Forbidden: User not authorized (HTTP 403, request id RID-1)"
        );
    }

    #[test]
    fn local_errors_are_classified() {
        let usage = Failure::from(vpncert::Error::invalid("Name", "must not be empty"));
        assert_eq!(
            (usage.class, usage.code.as_str()),
            (Class::Usage, "InvalidInput")
        );
        assert_eq!(
            usage.line(),
            "InvalidInput: invalid parameter Name: must not be empty"
        );
        for e in [
            vpncert::Error::Credentials("none".into()),
            vpncert::Error::Transport("refused".into()),
            vpncert::Error::Timeout("slow".into()),
        ] {
            assert_eq!(Failure::from(e).class, Class::Environment);
        }
        let exists = Failure::from(vpncert::Error::Io {
            path: "a.ovpn".into(),
            kind: std::io::ErrorKind::AlreadyExists,
            message: "exists".into(),
        });
        assert_eq!(exists.class, Class::Usage);
        assert!(exists.message.contains("--force"));
        assert_eq!(
            [
                Class::Api.code(),
                Class::Usage.code(),
                Class::Environment.code()
            ],
            [1, 2, 3]
        );
    }
}
