//! The model of `spec/api.toml`, read with serde, and the checks that keep it coherent (every
//! answer names a record, every documented code classifies, C numbers are unique).

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    pub service: Service,
    pub python: Python,
    pub errors: Errors,
    pub records: BTreeMap<String, Record>,
    pub operations: BTreeMap<String, Operation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub product: String,
    pub version: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Python {
    pub doc: String,
    pub client_doc: String,
    pub settings: Vec<Setting>,
}

/// A keyword of `vpncert.Client(...)`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub default: String,
    #[serde(default)]
    pub positional: bool,
    pub doc: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Errors {
    #[serde(default)]
    pub retired: Vec<u32>,
    pub local: Vec<LocalError>,
    pub api: ApiRow,
    #[serde(default)]
    pub python_only: Vec<PyClass>,
    pub kinds: Vec<Kind>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct CStatus {
    pub name: String,
    pub number: u32,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct PyException {
    pub class: String,
    pub bases: Vec<String>,
    #[serde(default)]
    pub attrs: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalError {
    pub rust: String,
    pub c: CStatus,
    pub python: Option<PyException>,
    pub doc: String,
    pub python_doc: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiRow {
    pub c: CStatus,
    pub python: PyException,
    pub doc: String,
    pub python_doc: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PyClass {
    pub class: String,
    pub bases: Vec<String>,
    pub doc: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kind {
    pub kind: String,
    pub c: CStatus,
    pub python: PyException,
    pub retry: Retry,
    pub doc: String,
    #[serde(default)]
    pub codes: Vec<ApiCode>,
    #[serde(default)]
    pub patterns: Vec<String>,
    #[serde(default)]
    pub http_5xx: bool,
}

/// One documented API code and the HTTP status the API answers it with.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiCode {
    pub code: String,
    pub http: u16,
}

impl std::fmt::Display for ApiCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code)
    }
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Retry {
    No,
    Yes,
    Clock,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub doc: String,
    /// Prefix of the C handle and its accessors.
    pub c: Option<String>,
    /// The Python class (default: the record's name).
    pub py: Option<String>,
    /// Fields `repr()` shows, by wire name or local name (default: every field not secret).
    pub repr: Option<Vec<String>>,
    pub fields: Vec<Field>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The wire name; a dotted path (`Tags.Tag`) for a list wrapped in an object.
    pub wire: Option<String>,
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub ty: String,
    pub doc: String,
    /// Suffix of the C accessor (default: the field's snake_case name).
    pub c: Option<String>,
    /// The C type when it differs from the default for `type` (`u32`).
    pub c_type: Option<String>,
    #[serde(default)]
    pub secret: bool,
    /// Long text (PEM, profiles) that `Debug` shows as its length only: it may hold inline
    /// secrets, and it would drown everything else.
    #[serde(default)]
    pub debug_len: bool,
    /// An OpenVPN profile: `Debug` and the CLI show it with its inline secret blocks redacted.
    #[serde(default)]
    pub profile: bool,
    #[serde(default)]
    pub local: bool,
    /// For a `time_ms` field: the name of its ISO 8601 form in the CLI's JSON.
    pub at: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    pub doc: String,
    #[serde(default)]
    pub mutating: bool,
    /// A job of the SDK made of other calls: a request builder, no action of its own.
    #[serde(default)]
    pub composite: bool,
    pub answer: Option<String>,
    pub paged: Option<Paged>,
    #[serde(default)]
    pub hooks: bool,
    #[serde(default)]
    pub behaviour: bool,
    /// The Rust client method takes the required id instead of the request.
    #[serde(default)]
    pub rust_takes_id: bool,
    pub rust_method: Option<String>,
    /// The type the Rust client method returns when it is not the answer record (the answer
    /// record then has a `From<&that type>`).
    pub rust_returns: Option<String>,
    #[serde(default)]
    pub py_positional: Vec<String>,
    pub params: Vec<Param>,
    #[serde(default)]
    pub options: Vec<Opt>,
    #[serde(default)]
    pub errors: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paged {
    /// Dotted path of the item list in the answer.
    pub items: String,
    pub item: String,
    /// The wire name of an item's id.
    pub id: String,
    /// The name of the lazy walk over every page (Rust method; Python `iter_<walk>`).
    pub walk: String,
    /// The C list handle (default: the item's handle with `_list`).
    pub c_list: Option<String>,
    /// The Python class of one page (default: the item's class with `Page`).
    pub py_page: Option<String>,
    /// The Python class of the lazy walk (default: the item's class with `Iterator`).
    pub py_iter: Option<String>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub wire: String,
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub required: bool,
    /// Required by the SDK, optional for the API itself (the official models): the emulator
    /// parses it as optional and answers its absence as the service does.
    #[serde(default)]
    pub api_optional: bool,
    pub rule: Option<String>,
    /// What the service takes when the parameter is left out (the emulator does the same).
    pub default: Option<toml::Value>,
    pub doc: String,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Opt {
    pub name: String,
    /// The Rust setter when it is not the option's name.
    pub rust: Option<String>,
    #[serde(rename = "type")]
    pub ty: String,
    pub default_ms: Option<u64>,
    #[serde(default)]
    pub positive: bool,
    pub doc: String,
}

/// `SslVpnServerId` -> `ssl_vpn_server_id`.
pub fn snake(pascal: &str) -> String {
    let chars: Vec<char> = pascal.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_ascii_uppercase();
            if i > 0 && (prev_lower || (prev_upper && next_lower)) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '.' {
            out.push('_');
        } else {
            out.push(c);
        }
    }
    out
}

/// `ssl_vpn_server_id` -> `SslVpnServerId`.
pub fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

impl Field {
    /// The snake_case name of the field in every language.
    pub fn name(&self) -> String {
        match (&self.name, &self.wire) {
            (Some(n), _) => n.clone(),
            (None, Some(w)) => snake(w.split('.').next().unwrap_or(w)),
            (None, None) => String::from("unnamed"),
        }
    }

    /// The C accessor suffix.
    pub fn c_name(&self) -> String {
        self.c.clone().unwrap_or_else(|| self.name())
    }

    pub fn kind(&self) -> FieldType {
        FieldType::parse(&self.ty)
    }

    /// Text that holds key material (a `secret`, or a `profile` with its inline key): the core
    /// record holds it in a `vpncert::Secret`, one copy wiped on drop.
    pub fn held_secret(&self) -> bool {
        (self.secret || self.profile) && self.kind() == FieldType::String
    }
}

impl Param {
    pub fn name(&self) -> String {
        self.name.clone().unwrap_or_else(|| snake(&self.wire))
    }
}

/// A field's type, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    String,
    U64,
    Bool,
    TimeMs,
    List,
    Strings,
    CertStatus,
    Record(String),
    Records(String),
    OptRecord(String),
}

impl FieldType {
    pub fn parse(s: &str) -> FieldType {
        match s {
            "string" => FieldType::String,
            "u64" => FieldType::U64,
            "bool" => FieldType::Bool,
            "time_ms" => FieldType::TimeMs,
            "list" => FieldType::List,
            "strings" => FieldType::Strings,
            "cert_status" => FieldType::CertStatus,
            other => {
                if let Some(inner) = other.strip_prefix('[').and_then(|o| o.strip_suffix(']')) {
                    FieldType::Records(inner.to_owned())
                } else if let Some(inner) = other.strip_suffix('?') {
                    FieldType::OptRecord(inner.to_owned())
                } else {
                    FieldType::Record(other.to_owned())
                }
            }
        }
    }
}

impl Spec {
    pub fn load(text: &str) -> Result<Spec, String> {
        let spec: Spec = toml::from_str(text).map_err(|e| format!("spec/api.toml: {e}"))?;
        spec.check()?;
        Ok(spec)
    }

    /// Kinds in table order, with the local rows and the catch-all first for C.
    pub fn kind_of_code(&self, code: &str) -> Option<&Kind> {
        self.errors
            .kinds
            .iter()
            .find(|k| k.codes.iter().any(|c| c.code == code))
            .or_else(|| {
                self.errors.kinds.iter().find(|k| {
                    k.patterns
                        .iter()
                        .any(|p| match (p.strip_suffix('*'), p.strip_prefix('*')) {
                            (Some(prefix), _) => code.starts_with(prefix),
                            (_, Some(suffix)) => code.ends_with(suffix),
                            _ => p == code,
                        })
                })
            })
    }

    fn check(&self) -> Result<(), String> {
        let mut problems = Vec::new();
        let mut numbers = BTreeMap::new();
        let mut names = BTreeSet::new();
        let statuses = self
            .errors
            .local
            .iter()
            .map(|l| &l.c)
            .chain(std::iter::once(&self.errors.api.c))
            .chain(self.errors.kinds.iter().map(|k| &k.c));
        for c in statuses {
            if let Some(other) = numbers.insert(c.number, c.name.clone()) {
                problems.push(format!(
                    "C status {} is used by {other} and {}",
                    c.number, c.name
                ));
            }
            if !names.insert(c.name.clone()) {
                problems.push(format!("C status name {} is used twice", c.name));
            }
            if self.errors.retired.contains(&c.number) {
                problems.push(format!("C status {} ({}) is retired", c.number, c.name));
            }
        }
        for (name, record) in &self.records {
            for f in &record.fields {
                if f.ty == "u32" {
                    problems.push(format!("record {name}: field {} is u32; record numbers are u64 (c_type = \"u32\" for C)", f.name()));
                }
                if f.wire.is_none() && !f.local {
                    problems.push(format!(
                        "record {name}: a field without a wire name must be local"
                    ));
                }
                let referenced = match f.kind() {
                    FieldType::Record(r) | FieldType::Records(r) | FieldType::OptRecord(r) => {
                        Some(r)
                    }
                    _ => None,
                };
                if let Some(r) = referenced {
                    if !self.records.contains_key(&r) {
                        problems.push(format!(
                            "record {name}: field {} names unknown record {r}",
                            f.name()
                        ));
                    }
                }
            }
        }
        for (name, op) in &self.operations {
            for p in op.params.iter().filter(|p| p.default.is_some()) {
                let fits = matches!(
                    (p.ty.as_str(), &p.default),
                    ("u32" | "u64", Some(toml::Value::Integer(n))) if *n >= 0
                ) || matches!(
                    (p.ty.as_str(), &p.default),
                    ("bool", Some(toml::Value::Boolean(_)))
                ) || matches!(
                    (p.ty.as_str(), &p.default),
                    ("string", Some(toml::Value::String(_)))
                );
                if p.required || !fits {
                    problems.push(format!(
                        "operation {name}: parameter {} has a default that is not an optional {}'s",
                        p.wire, p.ty
                    ));
                }
            }
            match (&op.answer, &op.paged) {
                (Some(a), None) if !self.records.contains_key(a) => {
                    problems.push(format!("operation {name}: unknown answer record {a}"))
                }
                (None, Some(p)) if !self.records.contains_key(&p.item) => {
                    problems.push(format!("operation {name}: unknown item record {}", p.item))
                }
                (None, None) => {
                    problems.push(format!("operation {name}: needs an answer or paged"))
                }
                (Some(_), Some(_)) => {
                    problems.push(format!("operation {name}: answer and paged both given"))
                }
                _ => {}
            }
            for code in &op.errors {
                if self.kind_of_code(code).is_none() && !op.errors.is_empty() {
                    // Codes without a kind are ApiError; that is allowed, but a typo of a known
                    // code is not: flag codes that differ from a known one only in case.
                    let lower = code.to_ascii_lowercase();
                    let near = self
                        .errors
                        .kinds
                        .iter()
                        .flat_map(|k| &k.codes)
                        .find(|c| c.code.to_ascii_lowercase() == lower);
                    if let Some(near) = near {
                        problems.push(format!("operation {name}: code {code} looks like {near}"));
                    }
                }
            }
            for o in &op.options {
                if o.ty != "duration" {
                    problems.push(format!(
                        "operation {name}: option {} has type {}; options are durations",
                        o.name, o.ty
                    ));
                }
            }
            for p in &op.py_positional {
                if !op.params.iter().any(|q| &q.wire == p) {
                    problems.push(format!("operation {name}: py_positional names unknown {p}"));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }

    /// The record an operation returns to callers (the item for paged operations).
    pub fn answer_record<'a>(&self, op: &'a Operation) -> &'a str {
        match (&op.answer, &op.paged) {
            (Some(a), _) => a,
            (None, Some(p)) => &p.item,
            (None, None) => "",
        }
    }

    /// The Python class of a record.
    pub fn py_class<'a>(&'a self, record: &'a str) -> &'a str {
        self.records
            .get(record)
            .and_then(|r| r.py.as_deref())
            .unwrap_or(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_of_wire_names() {
        assert_eq!(snake("SslVpnServerId"), "ssl_vpn_server_id");
        assert_eq!(snake("VSwitchId"), "v_switch_id");
        assert_eq!(snake("RequestId"), "request_id");
        assert_eq!(snake("IDaaSInstanceId"), "i_daa_s_instance_id");
        assert_eq!(snake("EniInstanceIds"), "eni_instance_ids");
        assert_eq!(snake("Ipv6"), "ipv6");
        assert_eq!(pascal("ssl_vpn_server_id"), "SslVpnServerId");
    }
}
