//! The CLI's JSON views (`cli/src/generated/views.rs`): one struct per record with every field
//! in snake_case, epoch-millisecond times also as ISO 8601, secrets only when asked for.

use crate::emit::{doc, module_doc, Generated};
use crate::spec::{FieldType, Spec};

pub fn generate(spec: &Spec) -> Vec<Generated> {
    vec![
        Generated::rust("cli/src/generated/mod.rs", {
            let mut s = module_doc("What `spec/api.toml` says, as the CLI's JSON output.");
            s.push_str("\npub mod views;\n");
            s
        }),
        Generated::rust("cli/src/generated/views.rs", views(spec)),
    ]
}

fn views(spec: &Spec) -> String {
    let mut s = module_doc(
        "One view per record: the JSON `--output json` prints, with every field of the record in \
         snake_case. Times in epoch milliseconds come with their ISO 8601 UTC form (null when \
         unknown); secrets, and the inline secret blocks of profiles, only with `with_secrets`.",
    );
    s.push_str("\n#![allow(dead_code)]\n\nuse serde::Serialize;\n\n");
    for (name, r) in &spec.records {
        let view = format!("{name}View");
        s.push_str(&doc("", &format!("{} (the JSON of `{name}`.)", r.doc)));
        s.push_str(&format!(
            "#[derive(Debug, Clone, Serialize)]\npub struct {view} {{\n"
        ));
        let mut init = Vec::new();
        for f in &r.fields {
            let n = f.name();
            let (ty, value) = match f.kind() {
                // The record's `Secret`, shared rather than copied (its `Debug` shows nothing).
                FieldType::String if f.secret => (
                    "Option<vpncert::Secret>".to_owned(),
                    format!("with_secrets.then(|| r.{n}.clone())"),
                ),
                FieldType::String if f.profile => (
                    "vpncert::Secret".to_owned(),
                    format!("if with_secrets {{ r.{n}.clone() }} else {{ vpncert::profile::redact_secret_blocks(r.{n}.expose()).into() }}"),
                ),
                FieldType::String => ("String".to_owned(), format!("r.{n}.clone()")),
                FieldType::U64 | FieldType::TimeMs => ("u64".to_owned(), format!("r.{n}")),
                FieldType::Bool => ("bool".to_owned(), format!("r.{n}")),
                FieldType::List | FieldType::Strings => ("Vec<String>".to_owned(), format!("r.{n}.clone()")),
                FieldType::CertStatus => ("String".to_owned(), format!("r.{n}.to_string()")),
                FieldType::OptRecord(rec) => (
                    format!("Option<{rec}View>"),
                    format!("r.{n}.as_ref().map(|v| {rec}View::new(v, with_secrets))"),
                ),
                FieldType::Record(rec) => (format!("{rec}View"), format!("{rec}View::new(&r.{n}, with_secrets)")),
                FieldType::Records(rec) => (
                    format!("Vec<{rec}View>"),
                    format!("r.{n}.iter().map(|v| {rec}View::new(v, with_secrets)).collect()"),
                ),
            };
            s.push_str(&doc("    ", &f.doc));
            if f.secret {
                s.push_str("    #[serde(skip_serializing_if = \"Option::is_none\")]\n");
            }
            s.push_str(&format!("    pub {n}: {ty},\n"));
            init.push(format!("{n}: {value}"));
            if let (FieldType::TimeMs, Some(at)) = (f.kind(), &f.at) {
                s.push_str(&format!("    /// `{n}` as ISO 8601 UTC (null when unknown).\n    pub {at}: Option<String>,\n"));
                init.push(format!("{at}: crate::timefmt::iso(r.{n})"));
            }
        }
        s.push_str("}\n\n");
        s.push_str(&format!(
            "impl {view} {{\n    /// The view of `r`; secrets only `with_secrets`.\n    pub fn new(r: &vpncert::{name}, with_secrets: bool) -> Self {{\n        let _ = with_secrets;\n        {view} {{\n{}        }}\n    }}\n}}\n\n",
            init.iter().map(|i| format!("            {i},\n")).collect::<String>()
        ));
    }
    s
}
