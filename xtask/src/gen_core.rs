//! The core crate's generated modules: `core/src/generated/{errors,records}.rs` and one module
//! per operation under `core/src/generated/ops/`.

use crate::emit::{doc, lit, module_doc, Generated};
use crate::spec::{snake, FieldType, Kind, Operation, Param, Record, Retry, Spec};

pub fn generate(spec: &Spec) -> Vec<Generated> {
    let mut files = vec![
        Generated::rust("core/src/generated/mod.rs", module(spec)),
        Generated::rust("core/src/generated/errors.rs", errors(spec)),
        Generated::rust("core/src/generated/records.rs", records(spec)),
        Generated::rust("core/src/generated/ops/mod.rs", ops_module(spec)),
    ];
    for (name, op) in &spec.operations {
        files.push(Generated::rust(
            format!("core/src/generated/ops/{}.rs", snake(name)),
            operation(spec, name, op),
        ));
    }
    files
}

fn module(spec: &Spec) -> String {
    let mut s = module_doc(
        "What `spec/api.toml` says about the API, as Rust: the error kinds, the records answers \
         carry, and each operation's request builder. Behaviour (the call loop, waits, checks \
         of answers) is hand-written in `crate::ops` and `crate::client`.",
    );
    s.push_str("\npub mod errors;\npub mod ops;\npub mod records;\n\n");
    s.push_str(&format!(
        "/// The API version of the {} product.\npub const API_VERSION: &str = {};\n\n",
        spec.service.product,
        lit(&spec.service.version)
    ));
    s.push_str("/// Everything the crate root re-exports.\npub mod reexports {\n");
    s.push_str("    pub use super::records::*;\n");
    for (name, op) in &spec.operations {
        s.push_str(&format!(
            "    pub use crate::ops::{}::{name};\n",
            snake(name)
        ));
        let _ = op;
    }
    s.push_str("}\n");
    s
}

// ---------------------------------------------------------------------------------------------
// Errors

fn kind_doc(k: &Kind) -> String {
    let mut names: Vec<String> = k.codes.iter().map(|c| format!("`{c}`")).collect();
    names.extend(k.patterns.iter().map(|p| format!("`{p}`")));
    if k.http_5xx {
        names.push("any HTTP 5xx".into());
    }
    let retry = match k.retry {
        Retry::No => "",
        Retry::Yes => " Retried.",
        Retry::Clock => " Retried once, with the clock corrected from the server's `Date`.",
    };
    format!("{}: {}{retry}", names.join(", "), k.doc)
}

fn errors(spec: &Spec) -> String {
    let kinds = &spec.errors.kinds;
    let mut s = module_doc(
        "The classification of API error codes: the kinds of the error table, which codes and \
         patterns each covers, and which are retried.",
    );
    s.push_str("\n/// The classification of an API error code.\n");
    s.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n#[non_exhaustive]\npub enum ErrorKind {\n");
    for k in kinds {
        s.push_str(&doc("    ", &kind_doc(k)));
        s.push_str(&format!("    {},\n", k.kind));
    }
    s.push_str("    /// Any other code.\n    Other,\n}\n\n");

    s.push_str("impl ErrorKind {\n");
    s.push_str(&format!(
        "    /// Every kind, in the order of the error table (`Other` last).\n    pub const ALL: [ErrorKind; {}] = [\n",
        kinds.len() + 1
    ));
    for k in kinds {
        s.push_str(&format!("        Self::{},\n", k.kind));
    }
    s.push_str("        Self::Other,\n    ];\n\n");

    s.push_str("    /// Classifies an API error code (and HTTP status, for unknown 5xx codes).\n");
    s.push_str(
        "    pub fn classify(code: &str, http_status: u16) -> Self {\n        match code {\n",
    );
    for k in kinds {
        if k.codes.is_empty() {
            continue;
        }
        let alts: Vec<String> = k.codes.iter().map(|c| lit(&c.code)).collect();
        s.push_str(&format!(
            "            {} => return Self::{},\n",
            alts.join(" | "),
            k.kind
        ));
    }
    s.push_str("            _ => {}\n        }\n");
    for k in kinds {
        for p in &k.patterns {
            let test = match (p.strip_suffix('*'), p.strip_prefix('*')) {
                (Some(prefix), _) => format!("code.starts_with({})", lit(prefix)),
                (_, Some(suffix)) => format!("code.ends_with({})", lit(suffix)),
                _ => format!("code == {}", lit(p)),
            };
            s.push_str(&format!(
                "        if {test} {{\n            return Self::{};\n        }}\n",
                k.kind
            ));
        }
    }
    if let Some(k) = kinds.iter().find(|k| k.http_5xx) {
        s.push_str(&format!(
            "        if http_status >= 500 {{\n            return Self::{};\n        }}\n",
            k.kind
        ));
    } else {
        s.push_str("        let _ = http_status;\n");
    }
    s.push_str("        Self::Other\n    }\n\n");

    let retried: Vec<String> = kinds
        .iter()
        .filter(|k| k.retry == Retry::Yes)
        .map(|k| format!("Self::{}", k.kind))
        .collect();
    s.push_str("    /// Whether calls failing with this kind are retried (clock skew is retried once, specially).\n");
    s.push_str(&format!(
        "    pub fn is_retryable(self) -> bool {{\n        matches!(self, {})\n    }}\n\n",
        retried.join(" | ")
    ));
    s.push_str("    /// The kind's name, as in the error table (`QuotaFull`, ...).\n");
    s.push_str("    pub fn name(self) -> &'static str {\n        match self {\n");
    for k in kinds {
        s.push_str(&format!(
            "            Self::{0} => {1},\n",
            k.kind,
            lit(&k.kind)
        ));
    }
    s.push_str("            Self::Other => \"Other\",\n        }\n    }\n\n");
    s.push_str("    /// The exact API codes of this kind (patterns aside).\n");
    s.push_str("    pub fn codes(self) -> &'static [&'static str] {\n        match self {\n");
    for k in kinds {
        let codes: Vec<String> = k.codes.iter().map(|c| lit(&c.code)).collect();
        s.push_str(&format!(
            "            Self::{} => &[{}],\n",
            k.kind,
            codes.join(", ")
        ));
    }
    s.push_str("            Self::Other => &[],\n        }\n    }\n}\n");
    s
}

// ---------------------------------------------------------------------------------------------
// Records

/// The Rust type of a record field.
fn rust_type(t: &FieldType) -> String {
    match t {
        FieldType::String => "String".into(),
        FieldType::U64 | FieldType::TimeMs => "u64".into(),
        FieldType::Bool => "bool".into(),
        FieldType::List | FieldType::Strings => "Vec<String>".into(),
        FieldType::CertStatus => "crate::CertStatus".into(),
        FieldType::Record(r) => r.clone(),
        FieldType::Records(r) => format!("Vec<{r}>"),
        FieldType::OptRecord(r) => format!("Option<{r}>"),
    }
}

/// The lenient decoder of a field type, if it has one.
fn lenient(t: &FieldType) -> Option<&'static str> {
    match t {
        FieldType::String => Some("crate::decode::lenient::string"),
        FieldType::U64 | FieldType::TimeMs => Some("crate::decode::lenient::u64"),
        FieldType::Bool => Some("crate::decode::lenient::bool"),
        FieldType::List | FieldType::Strings => Some("crate::decode::lenient::comma_list"),
        _ => None,
    }
}

fn records(spec: &Spec) -> String {
    let mut s = module_doc(
        "The records answers carry, one struct each, with every field of the official models. \
         Numbers and booleans that older answers send as strings decode all the same.",
    );
    s.push_str("\n#![allow(clippy::doc_markdown)]\n\nuse serde::{Deserialize, Serialize};\n\n");
    for (name, r) in &spec.records {
        s.push_str(&record(name, r));
    }
    s
}

fn record(name: &str, r: &Record) -> String {
    let mut s = String::new();
    let hides = r
        .fields
        .iter()
        .any(|f| f.secret || f.debug_len || f.profile);
    let mut text = r.doc.clone();
    if hides {
        text.push_str("\n\n`Debug` never shows the secrets it holds.");
    }
    s.push_str(&doc("", &text));
    let derive_debug = if hides { "" } else { "Debug, " };
    s.push_str(&format!(
        "#[derive({derive_debug}Clone, PartialEq, Eq, Serialize, Deserialize, Default)]\n#[non_exhaustive]\npub struct {name} {{\n"
    ));
    let mut wrappers = String::new();
    for f in &r.fields {
        let fname = f.name();
        let t = f.kind();
        s.push_str(&doc("    ", &f.doc));
        let mut attrs = vec!["default".to_owned()];
        match &f.wire {
            Some(w) if f.local => attrs.push(format!("rename = {}", lit(w))),
            Some(w) if w.contains('.') => {
                let outer = w.split('.').next().unwrap_or(w);
                attrs.push(format!("rename = {}", lit(outer)));
            }
            Some(w) => attrs.push(format!("rename = {}", lit(w))),
            None => attrs.push(format!("rename = {}", lit(&crate::spec::pascal(&fname)))),
        }
        if f.local {
            attrs = vec!["skip".into()];
        } else if let Some(w) = f.wire.as_deref().filter(|w| w.contains('.')) {
            let helper = format!("{}_{}", snake(name), fname);
            attrs.push(format!("deserialize_with = {}", lit(&helper)));
            let inner = w.split('.').nth(1).unwrap_or(w);
            let item = match &t {
                FieldType::Records(r) => r.clone(),
                FieldType::Strings | FieldType::List => "String".into(),
                other => rust_type(other),
            };
            wrappers.push_str(&format!(
                "/// Reads `{w}`: the list inside its wrapping object (a missing or null wrapper is empty).\n\
                 fn {helper}<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<{item}>, D::Error> {{\n\
                 #[derive(Deserialize, Default)]\n\
                 struct Wrapper {{\n\
                 #[serde(rename = {inner_lit}, default)]\n\
                 items: Vec<{item}>,\n\
                 }}\n\
                 Ok(Option::<Wrapper>::deserialize(d)?.unwrap_or_default().items)\n\
                 }}\n\n",
                inner_lit = lit(inner),
            ));
        } else if f.held_secret() {
            attrs.push(format!(
                "deserialize_with = {}",
                lit("crate::decode::lenient::secret")
            ));
        } else if let Some(l) = lenient(&t) {
            attrs.push(format!("deserialize_with = {}", lit(l)));
        }
        s.push_str(&format!("    #[serde({})]\n", attrs.join(", ")));
        let ty = if f.held_secret() {
            "crate::Secret".to_owned()
        } else {
            rust_type(&t)
        };
        s.push_str(&format!("    pub {fname}: {ty},\n"));
    }
    s.push_str("}\n\n");
    if hides {
        s.push_str(&format!(
            "impl std::fmt::Debug for {name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        f.debug_struct({})\n",
            lit(name)
        ));
        for fld in &r.fields {
            let n = fld.name();
            if fld.secret {
                s.push_str(&format!(
                    "            .field({}, &format_args!(\"<redacted>\"))\n",
                    lit(&n)
                ));
            } else if fld.profile {
                s.push_str(&format!(
                    "            .field({}, &crate::profile::redact_secret_blocks(self.{n}.expose()))\n",
                    lit(&n)
                ));
            } else if fld.debug_len {
                s.push_str(&format!(
                    "            .field({}, &format_args!(\"<{{}} bytes>\", self.{n}.len()))\n",
                    lit(&n)
                ));
            } else {
                s.push_str(&format!("            .field({}, &self.{n})\n", lit(&n)));
            }
        }
        s.push_str("            .finish()\n    }\n}\n\n");
    }
    s.push_str(&wrappers);
    s
}

// ---------------------------------------------------------------------------------------------
// Operations

fn ops_module(spec: &Spec) -> String {
    let mut s = module_doc(
        "One module per operation of the spec: request builder, answer and error codes.",
    );
    s.push('\n');
    for name in spec.operations.keys() {
        s.push_str(&format!("pub mod {};\n", snake(name)));
    }
    s
}

/// How a request parameter is held and set.
struct ParamShape {
    field_type: String,
    setter_arg: String,
    setter_value: String,
    /// Text of the value for the query (a `String` expression of `v`).
    wire_value: String,
}

fn param_shape(p: &Param) -> ParamShape {
    match p.ty.as_str() {
        "u64" => ParamShape {
            field_type: "u64".into(),
            setter_arg: "u64".into(),
            setter_value: "v".into(),
            wire_value: "v.to_string()".into(),
        },
        "u32" => ParamShape {
            field_type: "u32".into(),
            setter_arg: "u32".into(),
            setter_value: "v".into(),
            wire_value: "v.to_string()".into(),
        },
        "bool" => ParamShape {
            field_type: "bool".into(),
            setter_arg: "bool".into(),
            setter_value: "v".into(),
            wire_value: "v.to_string()".into(),
        },
        "list" => ParamShape {
            field_type: "Vec<String>".into(),
            setter_arg: "impl IntoIterator<Item = impl Into<String>>".into(),
            setter_value: "v.into_iter().map(Into::into).collect()".into(),
            wire_value: "v.join(\",\")".into(),
        },
        _ => ParamShape {
            field_type: "String".into(),
            setter_arg: "impl Into<String>".into(),
            setter_value: "v.into()".into(),
            wire_value: "v.clone()".into(),
        },
    }
}

/// The local check of a parameter (`v` is a reference to the value).
fn rule_call(p: &Param) -> Option<String> {
    let rule = p.rule.as_deref()?;
    let arg = match p.ty.as_str() {
        "u32" | "u64" | "bool" => "*v",
        "list" => "v",
        _ => "v",
    };
    Some(format!(
        "crate::validate::{rule}({}, {arg})?;",
        lit(&p.wire)
    ))
}

fn operation(spec: &Spec, name: &str, op: &Operation) -> String {
    let answer = spec.answer_record(op).to_owned();
    let mut s = module_doc(&format!(
        "`{name}`: the request builder{}.",
        if op.composite {
            ""
        } else {
            ", its answer and its documented error codes"
        }
    ));
    s.push_str("\n#![allow(clippy::doc_markdown)]\n\n");
    s.push_str("#[allow(unused_imports)]\nuse crate::{Client, Error};\n");
    s.push_str(&format!("pub use crate::generated::records::{answer};\n"));
    if !op.composite {
        s.push_str(&format!(
            "\n/// The documented error codes of `{name}`.\npub const ERROR_CODES: &[&str] = &[{}];\n\n",
            op.errors.iter().map(|c| lit(c)).collect::<Vec<_>>().join(", ")
        ));
    }

    // The request struct.
    let required: Vec<&Param> = op.params.iter().filter(|p| p.required).collect();
    let optional: Vec<&Param> = op.params.iter().filter(|p| !p.required).collect();
    let mut text = if op.composite {
        op.doc.clone()
    } else {
        format!("A `{name}` request: {}", lowercase_first(&op.doc))
    };
    if !op.composite {
        text.push_str("\n\nRequired parameters are taken by `new`; each optional one has a setter and a `get_` getter.");
    }
    s.push_str(&doc("", &text));
    let derive_default = if required.is_empty() && op.options.iter().all(|o| o.default_ms.is_none())
    {
        ", Default"
    } else {
        ""
    };
    s.push_str(&format!(
        "#[derive(Debug, Clone, PartialEq, Eq{derive_default})]\npub struct {name} {{\n"
    ));
    for p in &required {
        s.push_str(&format!(
            "    pub(crate) {}: {},\n",
            p.name(),
            param_shape(p).field_type
        ));
    }
    for p in &optional {
        if p.ty == "tags" {
            s.push_str(&format!(
                "    pub(crate) {}: Vec<(String, String)>,\n",
                p.name()
            ));
        } else {
            s.push_str(&format!(
                "    pub(crate) {}: Option<{}>,\n",
                p.name(),
                param_shape(p).field_type
            ));
        }
    }
    s.push_str("    pub(crate) region_id: Option<String>,\n");
    for o in &op.options {
        let t = if o.default_ms.is_some() {
            "std::time::Duration".to_owned()
        } else {
            "Option<std::time::Duration>".to_owned()
        };
        s.push_str(&format!("    pub(crate) {}: {t},\n", o.name));
    }
    s.push_str("}\n\n");

    // Constructor, setters, getters.
    s.push_str(&format!("impl {name} {{\n"));
    let ctor_args: Vec<String> = required
        .iter()
        .map(|p| format!("{}: {}", p.name(), param_shape(p).setter_arg))
        .collect();
    let ctor_doc = if required.is_empty() {
        "A request with none of the optional parameters set.".to_owned()
    } else {
        let names: Vec<String> = required.iter().map(|p| format!("`{}`", p.name())).collect();
        format!(
            "A request with its required parameters: {}.",
            names.join(", ")
        )
    };
    s.push_str(&doc("    ", &ctor_doc));
    s.push_str(&format!(
        "    pub fn new({}) -> Self {{\n        {name} {{\n",
        ctor_args.join(", ")
    ));
    for p in &required {
        let shape = param_shape(p);
        s.push_str(&format!(
            "            {}: {{ let v = {}; {} }},\n",
            p.name(),
            p.name(),
            shape.setter_value
        ));
    }
    for p in &optional {
        let empty = if p.ty == "tags" { "Vec::new()" } else { "None" };
        s.push_str(&format!("            {}: {empty},\n", p.name()));
    }
    s.push_str("            region_id: None,\n");
    for o in &op.options {
        match o.default_ms {
            Some(ms) => s.push_str(&format!(
                "            {}: std::time::Duration::from_millis({ms}),\n",
                o.name
            )),
            None => s.push_str(&format!("            {}: None,\n", o.name)),
        }
    }
    s.push_str("        }\n    }\n\n");
    for p in optional.iter().filter(|p| p.ty == "tags") {
        let n = p.name();
        s.push_str(&doc(
            "    ",
            &format!(
                "`{}.N.Key` / `{}.N.Value`: adds one; {}",
                p.wire,
                p.wire,
                lowercase_first(&p.doc)
            ),
        ));
        s.push_str(&format!(
            "    pub fn {n}(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {{\n        self.{n}.push((key.into(), value.into()));\n        self\n    }}\n\n"
        ));
    }
    for p in optional.iter().filter(|p| p.ty != "tags") {
        let shape = param_shape(p);
        let n = p.name();
        s.push_str(&doc(
            "    ",
            &format!("`{}`: {}", p.wire, lowercase_first(&p.doc)),
        ));
        s.push_str(&format!(
            "    pub fn {n}(mut self, v: {}) -> Self {{\n        self.{n} = Some({});\n        self\n    }}\n\n",
            shape.setter_arg, shape.setter_value
        ));
    }
    s.push_str("    /// `RegionId`: the region of this request (default: the client's), so one client can work in several regions.\n");
    s.push_str("    pub fn region_id(mut self, v: impl Into<String>) -> Self {\n        self.region_id = Some(v.into());\n        self\n    }\n\n");
    for p in &optional {
        let n = p.name();
        let empty = if p.ty == "tags" { "Vec::new()" } else { "None" };
        s.push_str(&doc("    ", &format!("Unsets `{}`.", p.wire)));
        s.push_str(&format!("    pub fn clear_{n}(mut self) -> Self {{\n        self.{n} = {empty};\n        self\n    }}\n\n"));
    }
    s.push_str("    /// Unsets `RegionId` (the client's applies).\n    pub fn clear_region_id(mut self) -> Self {\n        self.region_id = None;\n        self\n    }\n\n");
    for o in &op.options {
        let setter = o.rust.clone().unwrap_or_else(|| o.name.clone());
        s.push_str(&doc("    ", &o.doc));
        let value = if o.default_ms.is_some() {
            "v".to_owned()
        } else {
            "Some(v)".to_owned()
        };
        s.push_str(&format!(
            "    pub fn {setter}(mut self, v: std::time::Duration) -> Self {{\n        self.{} = {value};\n        self\n    }}\n\n",
            o.name
        ));
    }
    for p in &required {
        let n = p.name();
        let (ret, body) = match p.ty.as_str() {
            "u32" | "u64" | "bool" => (param_shape(p).field_type, format!("self.{n}")),
            "list" => ("&[String]".to_owned(), format!("&self.{n}")),
            _ => ("&str".to_owned(), format!("&self.{n}")),
        };
        s.push_str(&doc("    ", &format!("The `{}` of this request.", p.wire)));
        s.push_str(&format!(
            "    pub fn {n}(&self) -> {ret} {{\n        {body}\n    }}\n\n"
        ));
    }
    for p in &optional {
        let n = p.name();
        let (ret, body) = match p.ty.as_str() {
            "tags" => ("&[(String, String)]".to_owned(), format!("&self.{n}")),
            "u32" | "u64" | "bool" => (
                format!("Option<{}>", param_shape(p).field_type),
                format!("self.{n}"),
            ),
            "list" => (
                "Option<&[String]>".to_owned(),
                format!("self.{n}.as_deref()"),
            ),
            _ => ("Option<&str>".to_owned(), format!("self.{n}.as_deref()")),
        };
        s.push_str(&doc(
            "    ",
            &format!("The `{}` of this request, if set.", p.wire),
        ));
        s.push_str(&format!(
            "    pub fn get_{n}(&self) -> {ret} {{\n        {body}\n    }}\n\n"
        ));
    }
    s.push_str("    /// The `RegionId` of this request, if set (else the client's applies).\n");
    s.push_str("    pub fn get_region_id(&self) -> Option<&str> {\n        self.region_id.as_deref()\n    }\n\n");

    // Local checks of every parameter and option.
    s.push_str(
        "    /// The local checks of the spec's rules; no request is sent when one fails.\n",
    );
    s.push_str("    pub(crate) fn check_parameters(&self) -> Result<(), Error> {\n");
    for p in &required {
        if let Some(call) = rule_call(p) {
            s.push_str(&format!(
                "        {{ let v = &self.{}; {call} }}\n",
                p.name()
            ));
        }
    }
    for p in &optional {
        if p.ty == "tags" {
            s.push_str(&format!(
                "        crate::validate::tags({}, &self.{})?;\n",
                lit(&p.wire),
                p.name()
            ));
        } else if let Some(call) = rule_call(p) {
            s.push_str(&format!(
                "        if let Some(v) = &self.{} {{ {call} }}\n",
                p.name()
            ));
        }
    }
    s.push_str("        if let Some(v) = &self.region_id { crate::validate::region_id(\"RegionId\", v)?; }\n");
    for o in &op.options {
        let n = &o.name;
        let value = if o.default_ms.is_some() {
            format!("Some(self.{n})")
        } else {
            format!("self.{n}")
        };
        s.push_str(&format!(
            "        if let Some(v) = {value} {{\n            crate::validate::duration({}, v)?;\n",
            lit(n)
        ));
        if o.positive {
            s.push_str(&format!(
                "            if v.is_zero() {{ return Err(Error::invalid({}, \"must be greater than zero when given\")); }}\n",
                lit(n)
            ));
        }
        s.push_str("        }\n");
    }
    s.push_str("        Ok(())\n    }\n}\n\n");

    if op.composite {
        return s;
    }

    // The Operation impl.
    let output = match &op.paged {
        Some(_) => format!("{name}Answer"),
        None => answer.clone(),
    };
    s.push_str(&format!("impl crate::ops::Operation for {name} {{\n"));
    s.push_str(&format!(
        "    const ACTION: &'static str = {};\n",
        lit(name)
    ));
    s.push_str(&format!("    const MUTATING: bool = {};\n", op.mutating));
    s.push_str(&format!("    type Output = {output};\n\n"));
    s.push_str("    fn validate(&self) -> Result<(), Error> {\n        self.check_parameters()?;\n        crate::ops::Hooks::validate_more(self)\n    }\n\n");
    s.push_str("    fn params(&self, out: &mut Vec<(&'static str, String)>) {\n");
    for p in &op.params {
        if p.wire == "ClientToken" {
            continue;
        }
        if p.ty == "tags" {
            s.push_str(&format!(
                "        for (i, (k, v)) in self.{}.iter().enumerate().take(crate::validate::MAX_TAGS) {{\n            out.push((crate::validate::TAG_KEYS[i], k.clone()));\n            out.push((crate::validate::TAG_VALUES[i], v.clone()));\n        }}\n",
                p.name()
            ));
            continue;
        }
        let shape = param_shape(p);
        if p.required {
            s.push_str(&format!(
                "        {{ let v = &self.{}; out.push(({}, {})); }}\n",
                p.name(),
                lit(&p.wire),
                shape.wire_value
            ));
        } else {
            s.push_str(&format!(
                "        if let Some(v) = &self.{} {{ out.push(({}, {})); }}\n",
                p.name(),
                lit(&p.wire),
                shape.wire_value
            ));
        }
    }
    s.push_str("    }\n\n");
    if op.params.iter().any(|p| p.wire == "ClientToken") {
        s.push_str("    fn client_token(&self) -> Option<&str> {\n        self.client_token.as_deref()\n    }\n\n");
    }
    s.push_str(
        "    fn region_id(&self) -> Option<&str> {\n        self.region_id.as_deref()\n    }\n\n",
    );
    s.push_str("    fn check(&self, out: Self::Output) -> Result<Self::Output, Error> {\n        crate::ops::Hooks::check_answer(self, out)\n    }\n}\n\n");
    if !op.hooks {
        s.push_str(&format!("impl crate::ops::Hooks for {name} {{}}\n\n"));
    }

    if let Some(p) = &op.paged {
        let mut path = p.items.split('.');
        let outer = path.next().unwrap_or_default().to_owned();
        let inner = path.next().map(str::to_owned);
        let item = &p.item;
        let (items_type, items_wrapper, unwrap) = match &inner {
            Some(inner) => (
                format!("Option<{name}Items>"),
                format!(
                    "#[derive(Debug, serde::Deserialize, Default)]\nstruct {name}Items {{\n#[serde(rename = {}, default)]\nitems: Vec<{item}>,\n}}\n\n",
                    lit(inner)
                ),
                "out.items.unwrap_or_default().items".to_owned(),
            ),
            None => (format!("Vec<{item}>"), String::new(), "out.items".to_owned()),
        };
        s.push_str(&format!(
            "/// The raw answer of `{name}`: paging fields and the items' wrapper.\n\
             #[derive(Debug, serde::Deserialize)]\n\
             #[doc(hidden)]\n\
             pub struct {name}Answer {{\n\
             #[serde(rename = \"RequestId\", default, deserialize_with = \"crate::decode::lenient::string\")]\n\
             request_id: String,\n\
             #[serde(rename = \"PageNumber\", default, deserialize_with = \"crate::decode::lenient::u64\")]\n\
             page_number: u64,\n\
             #[serde(rename = \"PageSize\", default, deserialize_with = \"crate::decode::lenient::u64\")]\n\
             page_size: u64,\n\
             #[serde(rename = \"TotalCount\", default, deserialize_with = \"crate::decode::lenient::opt_u64\")]\n\
             total_count: Option<u64>,\n\
             #[serde(rename = {outer_lit}, default)]\n\
             items: {items_type},\n\
             }}\n\n\
             {items_wrapper}",
            outer_lit = lit(&outer),
        ));
        let id_field = spec
            .records
            .get(item)
            .and_then(|r| {
                r.fields
                    .iter()
                    .find(|f| f.wire.as_deref() == Some(p.id.as_str()))
            })
            .map(|f| f.name())
            .unwrap_or_else(|| snake(&p.id));
        s.push_str(&format!(
            "impl crate::ops::paging::Paged for {name} {{\n\
             type Item = {item};\n\n\
             fn at_page(&self, number: u32, size: u32) -> Self {{\n\
             Self {{ page_number: Some(number), page_size: Some(size), ..self.clone() }}\n\
             }}\n\n\
             fn into_page(out: {name}Answer) -> crate::Page<{item}> {{\n\
             crate::Page::from_raw(out.request_id, out.page_number, out.page_size, out.total_count, {unwrap})\n\
             }}\n\n\
             fn item_id(item: &{item}) -> &str {{\n\
             &item.{id_field}\n\
             }}\n\
             }}\n\n"
        ));
    }

    if !op.behaviour {
        s.push_str("impl Client {\n");
        let method = op.rust_method.clone().unwrap_or_else(|| snake(name));
        match &op.paged {
            Some(p) => {
                let item = &p.item;
                s.push_str(&doc("    ", &op.doc));
                s.push_str(&format!(
                    "    pub fn {method}(&self, request: &{name}) -> Result<crate::Page<{item}>, Error> {{\n\
                     self.execute(request).map(<{name} as crate::ops::paging::Paged>::into_page)\n    }}\n\n"
                ));
                s.push_str(&doc(
                    "    ",
                    &format!("Iterates over every item `{method}` lists with these filters, fetching pages of 50 lazily (see [`Pages`](crate::Pages))."),
                ));
                s.push_str(&format!(
                    "    pub fn {}(&self, filter: &{name}) -> crate::Pages<{item}> {{\n        crate::Pages::new(self, filter.clone())\n    }}\n",
                    p.walk
                ));
            }
            None if op.rust_takes_id => {
                let id = required.first().map(|p| p.name()).unwrap_or_default();
                s.push_str(&doc("    ", &op.doc));
                s.push_str(&format!(
                    "    pub fn {method}(&self, {id}: &str) -> Result<{answer}, Error> {{\n        self.execute(&{name}::new({id}))\n    }}\n\n"
                ));
                s.push_str(&doc("    ", &format!("[`{method}`](Self::{method}) with every parameter of the request (its region, say).")));
                s.push_str(&format!(
                    "    pub fn {method}_with(&self, request: &{name}) -> Result<{answer}, Error> {{\n        self.execute(request)\n    }}\n"
                ));
            }
            None => {
                s.push_str(&doc("    ", &op.doc));
                s.push_str(&format!(
                    "    pub fn {method}(&self, request: &{name}) -> Result<{answer}, Error> {{\n        self.execute(request)\n    }}\n"
                ));
            }
        }
        s.push_str("}\n");
    }
    s
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
