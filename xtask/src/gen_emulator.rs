//! The emulator's action table and typed parameters (`emulator/src/generated/actions.rs`): the
//! actions it serves, and for each a struct of its parameters parsed from the request the way
//! the gateway reads them (a missing required one is `Missing<Name>`, a malformed number or
//! boolean `InvalidParameter`). What each action does is hand-written in `emulator/src/ops/`.

use crate::emit::{doc, lit, module_doc, Generated};
use crate::spec::{snake, Spec};

pub fn generate(spec: &Spec, root: &std::path::Path) -> Vec<Generated> {
    vec![
        Generated::rust("emulator/src/generated/mod.rs", {
            let mut s = module_doc("What `spec/api.toml` says, as the emulator's action table.");
            s.push_str("\npub(crate) mod actions;\n");
            s
        }),
        Generated::rust("emulator/src/generated/actions.rs", actions(spec, root)),
    ]
}

fn actions(spec: &Spec, root: &std::path::Path) -> String {
    // An action is served once its handler exists (`emulator/src/ops/<action>.rs`); until then
    // the emulator answers it as it answers any unknown action.
    let ops: Vec<(&String, &crate::spec::Operation)> = spec
        .operations
        .iter()
        .filter(|(name, op)| {
            !op.composite
                && root
                    .join(format!("emulator/src/ops/{}.rs", snake(name)))
                    .is_file()
        })
        .collect();
    let mut s =
        module_doc("The actions of the API the emulator serves, and the typed parameters of each.");
    s.push_str("\nuse serde_json::Value;\n\nuse crate::error::Failure;\nuse crate::ops::Ctx;\nuse crate::params::Params;\n\n");
    s.push_str("/// An operation of the API.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub(crate) enum Action {\n");
    for (name, _) in &ops {
        s.push_str(&format!("    {name},\n"));
    }
    s.push_str("}\n\nimpl Action {\n");
    s.push_str(&format!(
        "    /// Every action.\n    pub(crate) const ALL: [Action; {}] = [\n",
        ops.len()
    ));
    for (name, _) in &ops {
        s.push_str(&format!("        Action::{name},\n"));
    }
    s.push_str("    ];\n\n    /// The API's name of the action.\n    pub fn name(self) -> &'static str {\n        match self {\n");
    for (name, _) in &ops {
        s.push_str(&format!("            Action::{name} => {},\n", lit(name)));
    }
    s.push_str("        }\n    }\n\n    /// The action called `name` (exact spelling, as the gateway wants it).\n    pub fn from_name(name: &str) -> Option<Action> {\n        Self::ALL.into_iter().find(|a| a.name() == name)\n    }\n\n");
    let mutating: Vec<String> = ops
        .iter()
        .filter(|(_, op)| op.mutating)
        .map(|(n, _)| format!("Action::{n}"))
        .collect();
    s.push_str(&format!(
        "    /// Whether the action changes state (and so can be hit by \"commit then drop\").\n    pub fn is_mutating(self) -> bool {{\n        matches!(self, {})\n    }}\n}}\n\n",
        mutating.join(" | ")
    ));
    for (name, op) in &ops {
        let st = format!("{name}Params");
        s.push_str(&doc(
            "",
            &format!("The parameters of `{name}` (besides `RegionId` and the common ones)."),
        ));
        s.push_str(&format!(
            "#[derive(Debug, Clone, Default)]\n#[allow(dead_code)]\npub(crate) struct {st} {{\n"
        ));
        for p in &op.params {
            let t = match p.ty.as_str() {
                "tags" => "Vec<(String, String)>",
                "u32" | "u64" => "u64",
                "bool" => "bool",
                "list" => "Vec<String>",
                _ => "String",
            };
            let t = if (p.required && !p.api_optional) || p.default.is_some() {
                t.to_owned()
            } else {
                format!("Option<{t}>")
            };
            s.push_str(&format!("    pub(crate) {}: {t},\n", p.name()));
        }
        s.push_str(&format!("}}\n\nimpl {st} {{\n    pub(crate) fn parse(p: &Params) -> Result<Self, Failure> {{\n        Ok({st} {{\n"));
        for p in &op.params {
            let w = lit(&p.wire);
            let value = match (p.ty.as_str(), p.required && !p.api_optional) {
                ("tags", _) => format!("p.tags({w})"),
                ("u32" | "u64", false) => format!("p.number({w})?"),
                ("u32" | "u64", true) => {
                    format!("p.number({w})?.ok_or_else(|| Failure::missing({w}))?")
                }
                ("bool", false) => format!("p.flag({w})?"),
                ("bool", true) => format!("p.flag({w})?.ok_or_else(|| Failure::missing({w}))?"),
                ("list", false) => format!("p.list({w})"),
                ("list", true) => format!(
                    "p.list({w}).filter(|l| !l.is_empty()).ok_or_else(|| Failure::missing({w}))?"
                ),
                (_, false) => format!("p.get({w}).map(str::to_owned)"),
                (_, true) => {
                    format!("p.non_empty({w}).ok_or_else(|| Failure::missing({w}))?.to_owned()")
                }
            };
            let value = match &p.default {
                Some(d) if p.ty == "string" => {
                    format!("{value}.unwrap_or_else(|| {})", default_value(&p.ty, d))
                }
                Some(d) => format!("{value}.unwrap_or({})", default_value(&p.ty, d)),
                None => value,
            };
            s.push_str(&format!("            {}: {value},\n", p.name()));
        }
        s.push_str("        })\n    }\n}\n\n");
    }
    s.push_str("/// Runs an authenticated, authorised call: its parameters parsed, then the action's handler.\n/// The result is the success body without `RequestId`.\npub(crate) fn run(action: Action, cx: &mut Ctx<'_>) -> Result<Value, Failure> {\n    match action {\n");
    for (name, _) in &ops {
        s.push_str(&format!(
            "        Action::{name} => {{\n            let params = {name}Params::parse(cx.params)?;\n            crate::ops::{}::run(cx, &params)\n        }}\n",
            snake(name)
        ));
    }
    s.push_str("    }\n}\n");
    s.push_str("\n/// The HTTP status the API answers a documented error code with (the spec's error table).\npub(crate) fn documented_status(code: &str) -> Option<u16> {\n    Some(match code {\n");
    for k in &spec.errors.kinds {
        for c in &k.codes {
            s.push_str(&format!("        {} => {},\n", lit(&c.code), c.http));
        }
    }
    s.push_str("        _ => return None,\n    })\n}\n");
    s
}

/// A spec default as the Rust value of the emulator's parsed parameter.
fn default_value(ty: &str, d: &toml::Value) -> String {
    match (ty, d) {
        ("u32" | "u64", toml::Value::Integer(n)) => format!("{n}"),
        ("bool", toml::Value::Boolean(b)) => format!("{b}"),
        (_, toml::Value::String(v)) => format!("{}.to_owned()", lit(v)),
        // `Spec::check` allows no other pairs.
        _ => "Default::default()".to_owned(),
    }
}
