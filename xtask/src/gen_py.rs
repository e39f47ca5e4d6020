//! The Python layer: the record classes and client methods of `vpncert._native`
//! (`py/src/generated/`), the exception classes (`_errors.py`), the package's exports
//! (`__init__.py`) and the stubs (`_native.pyi`, completed by the hand-written
//! `py/stubs/native_hand.pyi` for the members whose behaviour is hand-written) and
//! `vpncert.aio.Client` (`aio.py`, over the hand-written `_aio.py`).

use std::collections::BTreeMap;

use crate::emit::{doc, lit, module_doc, Generated};
use crate::spec::{snake, FieldType, Operation, Param, Spec};

pub fn generate(spec: &Spec, root: &std::path::Path) -> Result<Vec<Generated>, String> {
    let hand = std::fs::read_to_string(root.join("py/stubs/native_hand.pyi"))
        .map_err(|e| format!("cannot read py/stubs/native_hand.pyi: {e}"))?;
    Ok(vec![
        Generated::rust("py/src/generated/mod.rs", module(spec)),
        Generated::rust("py/src/generated/records.rs", records(spec)),
        Generated::rust("py/src/generated/client.rs", client(spec)),
        Generated::rust("py/src/generated/errors.rs", errors_rs(spec)),
        Generated::python("py/python/vpncert/_errors.py", errors_py(spec)),
        Generated::python("py/python/vpncert/__init__.py", init_py(spec, &hand)),
        Generated::python("py/python/vpncert/_native.pyi", stubs(spec, &hand)?),
        Generated::python("py/python/vpncert/aio.py", aio_py(spec)),
    ])
}

/// Page and iterator classes of the paged operations: (page, iterator, item py, item core).
fn pages(spec: &Spec) -> Vec<(String, String, String, String)> {
    let mut out: Vec<(String, String, String, String)> = Vec::new();
    for op in spec.operations.values() {
        if let Some(p) = &op.paged {
            let item_py = spec.py_class(&p.item).to_owned();
            let page = p
                .py_page
                .clone()
                .unwrap_or_else(|| format!("{item_py}Page"));
            let iter = p
                .py_iter
                .clone()
                .unwrap_or_else(|| format!("{item_py}Iterator"));
            if !out.iter().any(|(pg, ..)| *pg == page) {
                out.push((page, iter, item_py, p.item.clone()));
            }
        }
    }
    out
}

fn module(spec: &Spec) -> String {
    let mut s = module_doc(
        "What `spec/api.toml` says, as Python: the record, page and iterator classes, the \
         client's methods, and the exception class of each error kind.",
    );
    s.push_str("\npub(crate) mod client;\npub(crate) mod errors;\npub(crate) mod records;\n\nuse pyo3::prelude::*;\n\n");
    s.push_str("/// Adds every generated class to the module.\npub(crate) fn add_classes(m: &Bound<'_, PyModule>) -> PyResult<()> {\n    m.add_class::<client::Client>()?;\n");
    for name in spec.records.keys() {
        s.push_str(&format!(
            "    m.add_class::<records::{}>()?;\n",
            spec.py_class(name)
        ));
    }
    for (page, iter, ..) in pages(spec) {
        s.push_str(&format!(
            "    m.add_class::<records::{page}>()?;\n    m.add_class::<records::{iter}>()?;\n"
        ));
    }
    s.push_str("    Ok(())\n}\n");
    s
}

// ---------------------------------------------------------------------------------------------
// Records

fn records(spec: &Spec) -> String {
    let mut s = module_doc(
        "The result classes: frozen wrappers of the core's records, with a getter per field, \
         `to_dict()` (every field) and a `repr()` that never shows a secret.",
    );
    s.push_str("\nuse pyo3::prelude::*;\nuse pyo3::types::{PyDict, PyTuple};\n\n#[allow(unused_imports)]\nuse crate::repr::{py_bool, Repr};\n\n");
    for (name, r) in &spec.records {
        let class = spec.py_class(name);
        s.push_str(&doc("", &py_record_doc(r)));
        s.push_str(&format!(
            "#[pyclass(frozen, module = \"vpncert._native\")]\npub(crate) struct {class}(pub(crate) vpncert::{name});\n\n#[pymethods]\nimpl {class} {{\n"
        ));
        for f in &r.fields {
            let n = f.name();
            s.push_str(&doc("    ", &f.doc));
            let getter = match f.kind() {
                FieldType::String if f.held_secret() => format!("fn {n}(&self) -> &str {{\n        self.0.{n}.expose()\n    }}"),
                FieldType::String => format!("fn {n}(&self) -> &str {{\n        &self.0.{n}\n    }}"),
                FieldType::U64 | FieldType::TimeMs => format!("fn {n}(&self) -> u64 {{\n        self.0.{n}\n    }}"),
                FieldType::Bool => format!("fn {n}(&self) -> bool {{\n        self.0.{n}\n    }}"),
                FieldType::List | FieldType::Strings => format!(
                    "fn {n}<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {{\n        PyTuple::new(py, &self.0.{n})\n    }}"
                ),
                FieldType::CertStatus => format!("fn {n}(&self) -> &str {{\n        self.0.{n}.as_str()\n    }}"),
                FieldType::OptRecord(rec) => {
                    let c = spec.py_class(&rec);
                    format!("fn {n}(&self) -> Option<{c}> {{\n        self.0.{n}.clone().map({c})\n    }}")
                }
                FieldType::Record(rec) => {
                    let c = spec.py_class(&rec);
                    format!("fn {n}(&self) -> {c} {{\n        {c}(self.0.{n}.clone())\n    }}")
                }
                FieldType::Records(rec) => {
                    let c = spec.py_class(&rec);
                    format!(
                        "fn {n}<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {{\n        let items = self.0.{n}.iter().map(|i| Py::new(py, {c}(i.clone()))).collect::<PyResult<Vec<_>>>()?;\n        PyTuple::new(py, items)\n    }}"
                    )
                }
            };
            s.push_str(&format!("    #[getter]\n    {getter}\n\n"));
            if f.kind() == FieldType::TimeMs {
                s.push_str(&doc("    ", &dt_doc(&n)));
                s.push_str(&format!(
                    "    #[getter]\n    fn {n}_dt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {{\n        crate::times::utc_datetime(py, self.0.{n})\n    }}\n\n"
                ));
            }
        }
        s.push_str(&format!(
            "    /// Every field as a dict{}.\n    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {{\n        let d = PyDict::new(py);\n",
            if r.fields.iter().any(|f| f.secret) { ", secrets included (they are the caller's data)" } else { "" }
        ));
        for f in &r.fields {
            let n = f.name();
            let value = match f.kind() {
                FieldType::CertStatus => format!("self.0.{n}.as_str()"),
                FieldType::String if f.held_secret() => format!("self.0.{n}.expose()"),
                FieldType::String | FieldType::List | FieldType::Strings => format!("&self.0.{n}"),
                FieldType::OptRecord(rec) => {
                    let c = spec.py_class(&rec);
                    s.push_str(&format!(
                        "        match &self.0.{n} {{\n            Some(v) => d.set_item({}, {c}(v.clone()).to_dict(py)?)?,\n            None => d.set_item({}, py.None())?,\n        }}\n",
                        lit(&n),
                        lit(&n)
                    ));
                    continue;
                }
                FieldType::Record(rec) => {
                    format!("{}(self.0.{n}.clone()).to_dict(py)?", spec.py_class(&rec))
                }
                FieldType::Records(rec) => {
                    let c = spec.py_class(&rec);
                    format!("self.0.{n}.iter().map(|i| {c}(i.clone()).to_dict(py)).collect::<PyResult<Vec<_>>>()?")
                }
                _ => format!("self.0.{n}"),
            };
            s.push_str(&format!("        d.set_item({}, {value})?;\n", lit(&n)));
        }
        s.push_str("        Ok(d)\n    }\n\n");
        s.push_str(&format!("    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {{\n        Ok(Repr::new(py, {})\n", lit(class)));
        let shown: Vec<&crate::spec::Field> = match &r.repr {
            Some(names) => names
                .iter()
                .filter_map(|n| {
                    r.fields
                        .iter()
                        .find(|f| f.wire.as_deref() == Some(n.as_str()) || &f.name() == n)
                })
                .collect(),
            None => r
                .fields
                .iter()
                .filter(|f| {
                    !(f.secret || f.profile)
                        && matches!(
                            f.kind(),
                            FieldType::String
                                | FieldType::U64
                                | FieldType::TimeMs
                                | FieldType::Bool
                                | FieldType::CertStatus
                        )
                })
                .collect(),
        };
        for f in shown {
            let n = f.name();
            let line = if f.secret || f.profile {
                format!("            .raw({}, \"<redacted>\")", lit(&n))
            } else {
                match f.kind() {
                    FieldType::String => format!("            .str({}, &self.0.{n})?", lit(&n)),
                    FieldType::CertStatus => {
                        format!("            .str({}, self.0.{n}.as_str())?", lit(&n))
                    }
                    FieldType::Bool => {
                        format!("            .raw({}, py_bool(self.0.{n}))", lit(&n))
                    }
                    FieldType::List | FieldType::Strings => format!(
                        "            .raw({}, format_args!(\"{{:?}}\", self.0.{n}))",
                        lit(&n)
                    ),
                    _ => format!("            .raw({}, self.0.{n})", lit(&n)),
                }
            };
            s.push_str(&line);
            s.push('\n');
        }
        s.push_str("            .finish())\n    }\n}\n\n");
    }
    for (page, iter, item_py, item_core) in pages(spec) {
        s.push_str(&format!(
            "crate::lists::page_class!({page}, {item_py}, {item_core}, \"One page of `{item_py}` items.\");\n\
             crate::lists::iterator_class!({iter}, {item_py}, {item_core}, \"Every `{item_py}` matching the filters, fetched lazily in pages of 50.\");\n\n"
        ));
    }
    s
}

/// The docstring of the `datetime` accessor of a `time_ms` field.
fn dt_doc(field: &str) -> String {
    format!(
        "``{field}`` as a timezone-aware ``datetime`` in UTC (``None`` when the API gives 0: \
         unknown). ``to_dict()`` keeps the epoch milliseconds."
    )
}

fn py_record_doc(r: &crate::spec::Record) -> String {
    let mut d = r.doc.clone();
    if r.fields.iter().any(|f| f.secret) {
        d.push_str("\n\n`repr()` never shows the secrets; `to_dict()` includes them (they are the caller's data).");
    }
    d
}

// ---------------------------------------------------------------------------------------------
// Client methods

/// The Python spelling of a parameter: the API's name in snake_case.
fn py_name(p: &Param) -> String {
    let n = p.name();
    // `from` is a Python keyword.
    if n == "from" {
        "from_".to_owned()
    } else {
        n
    }
}

fn is_page_param(p: &Param) -> bool {
    matches!(p.rule.as_deref(), Some("page_number" | "page_size"))
}

/// The Rust type a Python argument is converted to (by `args::arg`, which names the parameter
/// in a `TypeError`), and how that value becomes the core's.
fn py_arg(p: &Param) -> (String, String) {
    match p.ty.as_str() {
        "u32" => ("i64".into(), format!("args::count({}, v)?", lit(&p.wire))),
        "u64" => ("u64".into(), "v".into()),
        "bool" => ("bool".into(), "v".into()),
        "list" => ("Vec<String>".into(), "v".into()),
        _ => ("String".into(), "v".into()),
    }
}

/// The statement converting the Python object `n` (`Option<Bound>` unless `required`) to `t`.
fn convert(n: &str, t: &str, required: bool) -> String {
    match (t, required) {
        ("Vec<String>", true) => format!("let {n} = args::strings({}, &{n})?;", lit(n)),
        ("Vec<String>", false) => format!("let {n} = args::opt_strings({}, {n})?;", lit(n)),
        (_, true) => format!("let {n}: {t} = args::arg({}, &{n})?;", lit(n)),
        (_, false) => format!("let {n}: Option<{t}> = args::opt({}, {n})?;", lit(n)),
    }
}

struct Signature {
    /// The `#[pyo3(signature = ...)]` text.
    pyo3: String,
    /// The Rust parameters (Python objects, converted by `convert`).
    rust: Vec<String>,
    /// Statements converting each argument, naming it in a `TypeError`.
    convert: Vec<String>,
    /// Statements applying each argument to `req`.
    apply: Vec<String>,
    /// `(name, annotation, default, doc)` for the stubs.
    stub: Vec<(String, String, Option<String>, bool)>,
    /// Whether a default is not `None` (pyo3 sees `None`, so the text signature is written out).
    other_defaults: bool,
}

impl Signature {
    /// The `__text_signature__` of the method, with the defaults of the stubs.
    fn text_signature(&self) -> String {
        let mut parts = vec!["$self".to_owned()];
        let mut star = false;
        for (n, _, default, positional) in &self.stub {
            if !positional && !star {
                parts.push("*".into());
                star = true;
            }
            match default {
                Some(d) => parts.push(format!("{n}={d}")),
                None => parts.push(n.clone()),
            }
        }
        format!("({})", parts.join(", "))
    }
}

fn signature(spec: &Spec, op: &Operation, for_walk: bool) -> Signature {
    let _ = spec;
    let mut pyo3 = Vec::new();
    let mut rust = Vec::new();
    let mut conversions = Vec::new();
    let mut apply = Vec::new();
    let mut stub = Vec::new();
    let mut other_defaults = false;
    let params: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| !(for_walk && is_page_param(p)))
        .collect();
    let positional_optional: Vec<&Param> = params
        .iter()
        .copied()
        .filter(|p| !p.required && op.py_positional.contains(&p.wire))
        .collect();
    for p in params.iter().filter(|p| p.required) {
        let (t, _) = py_arg(p);
        let n = py_name(p);
        pyo3.push(n.clone());
        rust.push(format!("{n}: Bound<'_, PyAny>"));
        conversions.push(convert(&n, &t, true));
        stub.push((n, stub_type(p), None, true));
    }
    for p in &positional_optional {
        let (t, conv) = py_arg(p);
        let n = py_name(p);
        pyo3.push(format!("{n}=None"));
        rust.push(format!("{n}: Option<Bound<'_, PyAny>>"));
        conversions.push(convert(&n, &t, false));
        apply.push(format!(
            "if let Some(v) = {n} {{ req = req.{}({conv}); }}",
            p.name()
        ));
        stub.push((
            n,
            format!("{} | None", stub_type(p)),
            Some("None".into()),
            true,
        ));
    }
    pyo3.push("*".into());
    for p in params
        .iter()
        .filter(|p| !p.required && !op.py_positional.contains(&p.wire))
    {
        let n = py_name(p);
        if p.ty == "tags" {
            pyo3.push(format!("{n}=None"));
            rust.push(format!("{n}: Option<Bound<'_, PyAny>>"));
            conversions.push(convert(
                &n,
                "std::collections::BTreeMap<String, String>",
                false,
            ));
            apply.push(format!(
                "for (k, v) in {n}.into_iter().flatten() {{ req = req.{}(k, v); }}",
                p.name()
            ));
            stub.push((
                n,
                "Mapping[str, str] | None".into(),
                Some("None".into()),
                false,
            ));
            continue;
        }
        let (t, conv) = py_arg(p);
        pyo3.push(format!("{n}=None"));
        rust.push(format!("{n}: Option<Bound<'_, PyAny>>"));
        conversions.push(convert(&n, &t, false));
        apply.push(format!(
            "if let Some(v) = {n} {{ req = req.{}({conv}); }}",
            p.name()
        ));
        stub.push((
            n,
            format!("{} | None", stub_type(p)),
            Some("None".into()),
            false,
        ));
    }
    pyo3.push("region_id=None".into());
    rust.push("region_id: Option<Bound<'_, PyAny>>".into());
    conversions.push(convert("region_id", "String", false));
    apply.push("if let Some(v) = region_id { req = req.region_id(v); }".into());
    stub.push((
        "region_id".into(),
        "str | None".into(),
        Some("None".into()),
        false,
    ));
    for o in &op.options {
        let setter = o.rust.clone().unwrap_or_else(|| o.name.clone());
        let n = &o.name;
        pyo3.push(format!("{n}=None"));
        rust.push(format!("{n}: Option<Bound<'_, PyAny>>"));
        match o.default_ms {
            Some(ms) => {
                let secs = format!("{:?}", ms as f64 / 1000.0);
                other_defaults = true;
                conversions.push(format!(
                    "let {n}: f64 = args::or({}, {n}, {secs})?;",
                    lit(n)
                ));
                apply.push(format!(
                    "req = req.{setter}(args::seconds({}, {n})?);",
                    lit(n)
                ));
                stub.push((n.clone(), "float".into(), Some(secs), false));
            }
            None => {
                conversions.push(convert(n, "f64", false));
                apply.push(format!(
                    "if let Some(v) = {n} {{ req = req.{setter}(args::seconds({}, v)?); }}",
                    lit(n)
                ));
                stub.push((n.clone(), "float | None".into(), Some("None".into()), false));
            }
        }
    }
    if pyo3.last().map(String::as_str) == Some("*") {
        pyo3.pop();
    }
    Signature {
        pyo3: pyo3.join(", "),
        rust,
        convert: conversions,
        apply,
        stub,
        other_defaults,
    }
}

fn stub_type(p: &Param) -> String {
    match p.ty.as_str() {
        "u32" | "u64" => "int".into(),
        "tags" => "Mapping[str, str]".into(),
        "bool" => "bool".into(),
        "list" => "Sequence[str] | str".into(),
        _ => "str".into(),
    }
}

fn method_doc(op: &Operation) -> String {
    with_params(op.doc.clone(), op, false)
}

/// The docstring of the lazy walk over a paged operation (`iter_...`).
fn walk_doc(op: &Operation, intro: &str) -> String {
    with_params(intro.to_owned(), op, true)
}

/// `d`, then a paragraph per parameter (without the page parameters for a walk).
fn with_params(mut d: String, op: &Operation, for_walk: bool) -> String {
    let mut lines = Vec::new();
    for p in op.params.iter().filter(|p| !(for_walk && is_page_param(p))) {
        lines.push(format!("``{}`` (``{}``): {}", py_name(p), p.wire, p.doc));
    }
    for o in &op.options {
        lines.push(format!("``{}`` (seconds): {}", o.name, o.doc));
    }
    lines.push("``region_id``: the region of this call (default: the client's).".into());
    if !lines.is_empty() {
        d.push_str("\n\n");
        d.push_str(&lines.join("\n\n"));
    }
    d
}

/// The `#[pyo3(...)]` attributes of a method: its signature, and its text signature when
/// pyo3's own would show `None` for a default.
fn pyo3_attrs(sig: &Signature) -> String {
    let mut s = format!("    #[pyo3(signature = ({}))]\n", sig.pyo3);
    if sig.other_defaults {
        s.push_str(&format!(
            "    #[pyo3(text_signature = {})]\n",
            lit(&sig.text_signature())
        ));
    }
    s
}

fn client(spec: &Spec) -> String {
    let mut s = module_doc("`vpncert.Client`: the class, and one method per operation of the spec (each builds the core's request, then calls it with the interpreter detached).");
    s.push_str("\n#![allow(clippy::too_many_arguments)]\n\nuse pyo3::prelude::*;\n\n#[allow(unused_imports)]\nuse crate::args;\nuse crate::errors::IntoPyResult;\n#[allow(unused_imports)]\nuse crate::generated::records::*;\n\n");
    s.push_str(&doc("", &client_doc(spec)));
    s.push_str("#[pyclass(frozen, module = \"vpncert._native\")]\npub(crate) struct Client {\n    pub(crate) inner: vpncert::Client,\n}\n\n#[pymethods]\nimpl Client {\n");
    for (name, op) in &spec.operations {
        let method = op.rust_method.clone().unwrap_or_else(|| snake(name));
        let answer = spec.answer_record(op);
        let sig = signature(spec, op, false);
        let required: Vec<String> = op
            .params
            .iter()
            .filter(|p| p.required)
            .map(py_name)
            .collect();
        let build = format!(
            "{}        let build = || -> Result<vpncert::{name}, vpncert::Error> {{\n            #[allow(unused_mut)]\n            let mut req = vpncert::{name}::new({});\n{}            Ok(req)\n        }};\n        let req = build().into_py_result(py)?;\n",
            sig.convert.iter().map(|c| format!("        {c}\n")).collect::<String>(),
            required.join(", "),
            sig.apply.iter().map(|a| format!("            {a}\n")).collect::<String>()
        );
        s.push_str(&doc("    ", &method_doc(op)));
        let mut rust_params = vec!["&self".to_owned(), "py: Python<'_>".to_owned()];
        rust_params.extend(sig.rust.iter().cloned());
        match &op.paged {
            Some(p) => {
                let (page, iter, ..) = pages(spec)
                    .into_iter()
                    .find(|(_, _, _, core)| *core == p.item)
                    .unwrap_or_default();
                s.push_str(&format!(
                    "{}    fn {method}({}) -> PyResult<{page}> {{\n{build}        let page = crate::pylogging::detach(py, || self.inner.{method}(&req)).into_py_result(py)?;\n        {page}::new(py, page)\n    }}\n\n",
                    pyo3_attrs(&sig),
                    rust_params.join(", ")
                ));
                let walk = signature(spec, op, true);
                let walk_required = required.clone();
                let walk_build = format!(
                    "{}        let build = || -> Result<vpncert::{name}, vpncert::Error> {{\n            #[allow(unused_mut)]\n            let mut req = vpncert::{name}::new({});\n{}            Ok(req)\n        }};\n        let req = build().into_py_result(py)?;\n",
                    walk.convert.iter().map(|c| format!("        {c}\n")).collect::<String>(),
                    walk_required.join(", "),
                    walk.apply.iter().map(|a| format!("            {a}\n")).collect::<String>()
                );
                let mut walk_params = vec!["&self".to_owned(), "py: Python<'_>".to_owned()];
                walk_params.extend(walk.rust.iter().cloned());
                s.push_str(&doc("    ", &walk_doc(op, &format!("Iterates over every item `{method}` lists with these filters, fetching pages of 50 lazily (each with the interpreter detached). A failed page raises from `next()`."))));
                s.push_str(&format!(
                    "{}    fn iter_{}({}) -> PyResult<{iter}> {{\n{walk_build}        Ok({iter}::new(self.inner.{}(&req)))\n    }}\n\n",
                    pyo3_attrs(&walk),
                    p.walk,
                    walk_params.join(", "),
                    p.walk
                ));
            }
            None => {
                let class = spec.py_class(answer);
                let call = if op.rust_takes_id {
                    format!("{method}_with")
                } else {
                    method.clone()
                };
                let wrap = match &op.rust_returns {
                    Some(_) => format!("|v| {class}(vpncert::{answer}::from(&v))"),
                    None => class.to_owned(),
                };
                s.push_str(&format!(
                    "{}    fn {method}({}) -> PyResult<{class}> {{\n{build}        crate::pylogging::detach(py, || self.inner.{call}(&req)).into_py_result(py).map({wrap})\n    }}\n\n",
                    pyo3_attrs(&sig),
                    rust_params.join(", ")
                ));
            }
        }
    }
    s.push_str("}\n");
    s
}

// ---------------------------------------------------------------------------------------------
// Errors

fn errors_rs(spec: &Spec) -> String {
    let mut s = module_doc(
        "The exception class of each API error kind (the Python column of the error table).",
    );
    s.push_str("\nuse vpncert::ErrorKind;\n\n/// The class in `vpncert/_errors.py` for an API error kind.\npub(crate) fn api_class(kind: ErrorKind) -> &'static str {\n    match kind {\n");
    for k in &spec.errors.kinds {
        s.push_str(&format!(
            "        ErrorKind::{} => {},\n",
            k.kind,
            lit(&k.python.class)
        ));
    }
    s.push_str(&format!(
        "        // A kind the core adds later is still an `{0}`.\n        _ => {1},\n    }}\n}}\n",
        spec.errors.api.python.class,
        lit(&spec.errors.api.python.class)
    ));
    s
}

struct PyExc {
    class: String,
    bases: Vec<String>,
    attrs: Vec<String>,
    doc: String,
}

fn exception_classes(spec: &Spec) -> Vec<PyExc> {
    let e = &spec.errors;
    let mut list: Vec<PyExc> = Vec::new();
    for l in &e.local {
        if let Some(p) = &l.python {
            list.push(PyExc {
                class: p.class.clone(),
                bases: p.bases.clone(),
                attrs: p.attrs.clone(),
                doc: l.python_doc.clone().unwrap_or_else(|| l.doc.clone()),
            });
        }
    }
    list.push(PyExc {
        class: e.api.python.class.clone(),
        bases: e.api.python.bases.clone(),
        attrs: e.api.python.attrs.clone(),
        doc: e
            .api
            .python_doc
            .clone()
            .unwrap_or_else(|| e.api.doc.clone()),
    });
    for k in &e.kinds {
        let mut names: Vec<String> = k.codes.iter().map(|c| format!("``{c}``")).collect();
        names.extend(k.patterns.iter().map(|p| format!("``{p}``")));
        if k.http_5xx {
            names.push("any HTTP 5xx".into());
        }
        let retried = match k.retry {
            crate::spec::Retry::No => "",
            crate::spec::Retry::Yes => " (retried)",
            crate::spec::Retry::Clock => " (retried once, with the clock corrected)",
        };
        list.push(PyExc {
            class: k.python.class.clone(),
            bases: k.python.bases.clone(),
            attrs: k.python.attrs.clone(),
            doc: format!("{}: {}{retried}", names.join(", "), lowercase_first(&k.doc)),
        });
    }
    // Classes of their own in Python (bases of others), placed after their first base.
    for extra in &e.python_only {
        let at = list
            .iter()
            .position(|c| Some(&c.class) == extra.bases.first())
            .map_or(list.len(), |i| i + 1);
        list.insert(
            at,
            PyExc {
                class: extra.class.clone(),
                bases: extra.bases.clone(),
                attrs: Vec::new(),
                doc: extra.doc.clone(),
            },
        );
    }
    // Every base before the classes that use it.
    let mut ordered: Vec<PyExc> = Vec::new();
    fn place(c: PyExc, pending: &mut Vec<PyExc>, ordered: &mut Vec<PyExc>) {
        for b in &c.bases {
            if let Some(i) = pending.iter().position(|p| &p.class == b) {
                let base = pending.remove(i);
                place(base, pending, ordered);
            }
        }
        ordered.push(c);
    }
    let mut pending = list;
    while !pending.is_empty() {
        let c = pending.remove(0);
        place(c, &mut pending, &mut ordered);
    }
    ordered
}

fn py_docstring(indent: &str, text: &str) -> String {
    let text = text.trim();
    if text.contains('\n') {
        let body: String = text
            .lines()
            .map(|l| {
                if l.is_empty() {
                    "\n".to_owned()
                } else {
                    format!("{indent}{l}\n")
                }
            })
            .collect();
        let body = body.trim_start();
        format!("{indent}\"\"\"{body}{indent}\"\"\"\n")
    } else {
        format!("{indent}\"\"\"{text}\"\"\"\n")
    }
}

fn errors_py(spec: &Spec) -> String {
    let classes = exception_classes(spec);
    let mut s = String::from(
        "\"\"\"The exceptions of vpncert: one class per row of the project's error table.\n\n\
         Every exception derives from :class:`VpnCertError`. Errors answered by the API derive from\n\
         :class:`ApiError` and carry the API's ``code``, ``message``, ``request_id``, ``http_status``,\n\
         ``recommend`` and ``host_id``. The native module raises instances of these classes; they are\n\
         plain Python classes, so they can be caught, subclassed, pickled and raised by users' own\n\
         fakes like any other exception.\n\"\"\"\n\nfrom __future__ import annotations\n\n__all__ = [\n    \"VpnCertError\",\n",
    );
    for c in &classes {
        s.push_str(&format!("    {},\n", lit(&c.class)));
    }
    s.push_str("]\n\n\nclass VpnCertError(Exception):\n    \"\"\"Base class of every error raised by vpncert.\"\"\"\n");
    for c in &classes {
        s.push_str(&format!("\n\nclass {}({}):\n", c.class, c.bases.join(", ")));
        s.push_str(&py_docstring("    ", &c.doc));
        if !c.attrs.is_empty() {
            s.push('\n');
            let parsed: Vec<(String, String)> = c
                .attrs
                .iter()
                .map(|a| {
                    let (n, t) = a.split_once(':').unwrap_or((a, "str"));
                    (n.trim().to_owned(), t.trim().to_owned())
                })
                .collect();
            for (n, t) in &parsed {
                s.push_str(&format!("    {n}: {t}\n"));
            }
            s.push_str(
                "\n    def __init__(\n        self,\n        text: str = \"\",\n        *,\n",
            );
            for (n, t) in &parsed {
                let default = if t.contains("None") {
                    "None"
                } else if t == "int" {
                    "0"
                } else {
                    "\"\""
                };
                s.push_str(&format!("        {n}: {t} = {default},\n"));
            }
            s.push_str("    ) -> None:\n        super().__init__(text)\n");
            for (n, _) in &parsed {
                s.push_str(&format!("        self.{n} = {n}\n"));
            }
        }
    }
    s.push_str(
        "\n\n# Shown and pickled under the package's name (``vpncert.QuotaFullError``), where users import\n\
         # them from.\nfor _name in __all__:\n    globals()[_name].__module__ = \"vpncert\"\ndel _name\n",
    );
    s
}

/// The classes of the native module, in the order of the stubs.
fn native_classes(spec: &Spec) -> Vec<String> {
    let mut out = vec!["Client".to_owned()];
    for name in spec.records.keys() {
        out.push(spec.py_class(name).to_owned());
    }
    for (page, iter, ..) in pages(spec) {
        out.push(page);
        out.push(iter);
    }
    out
}

fn init_py(spec: &Spec, hand: &str) -> String {
    let mut s = format!("\"\"\"{}\n\"\"\"\n\n", spec.python.doc.trim());
    let mut errors: Vec<String> = vec!["VpnCertError".into()];
    errors.extend(exception_classes(spec).into_iter().map(|c| c.class));
    let mut sorted = errors.clone();
    sorted.sort();
    s.push_str("from ._errors import (\n");
    for e in &sorted {
        s.push_str(&format!("    {e},\n"));
    }
    s.push_str(")\nfrom ._native import (\n");
    let mut classes = native_classes(spec);
    let module = hand_sections(hand)
        .ok()
        .and_then(|h| h.get("").cloned())
        .unwrap_or_default();
    classes.extend(
        hand_classes(&module)
            .into_iter()
            .filter(|c| !c.starts_with('_')),
    );
    let mut sorted_classes = classes.clone();
    sorted_classes.sort();
    for c in &sorted_classes {
        s.push_str(&format!("    {c},\n"));
    }
    s.push_str("    __version__,\n)\n\n__all__ = [\n    \"__version__\",\n    # The client and its results.\n");
    for c in &classes {
        s.push_str(&format!("    {},\n", lit(c)));
    }
    s.push_str("    # Exceptions, in the order of the error table.\n");
    for e in &errors {
        s.push_str(&format!("    {},\n", lit(e)));
    }
    s.push_str("]\n");
    s
}

// ---------------------------------------------------------------------------------------------
// Stubs

/// The classes the hand-written stubs declare at module level.
fn hand_classes(module: &str) -> Vec<String> {
    // Classes and functions alike: the module lists both in its `__all__`.
    module
        .lines()
        .filter_map(|l| l.strip_prefix("class ").or_else(|| l.strip_prefix("def ")))
        .filter_map(|rest| rest.split([':', '(']).next())
        .map(|c| c.trim().to_owned())
        .collect()
}

/// The hand-written stub members, by class (`""` for the module's own lines).
fn hand_sections(hand: &str) -> Result<BTreeMap<String, String>, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in hand.lines() {
        if let Some(rest) = line.strip_prefix("# @class ") {
            current = Some(rest.trim().to_owned());
            continue;
        }
        if line.starts_with("# @module") {
            current = Some(String::new());
            continue;
        }
        if let Some(c) = &current {
            let entry = out.entry(c.clone()).or_default();
            entry.push_str(line);
            entry.push('\n');
        }
    }
    Ok(out)
}

fn stubs(spec: &Spec, hand: &str) -> Result<String, String> {
    let hand = hand_sections(hand)?;
    let mut s = String::from("\"\"\"Type stubs of the native module (checked against the built module by mypy.stubtest).\"\"\"\n\nimport datetime\nimport os\nfrom collections.abc import Iterator, Mapping, Sequence\nfrom typing import Any, final\n\n__all__ = [\n    \"__version__\",\n");
    for c in native_classes(spec) {
        s.push_str(&format!("    {},\n", lit(&c)));
    }
    for class in hand_classes(hand.get("").map(String::as_str).unwrap_or("")) {
        s.push_str(&format!("    {},\n", lit(&class)));
    }
    s.push_str("]\n\n__version__: str\n\n");
    // Client.
    s.push_str("@final\nclass Client:\n");
    s.push_str(&py_docstring("    ", &client_doc(spec)));
    s.push_str("    def __new__(\n        cls,\n");
    s.push_str(&settings_parameters(spec));
    s.push_str("    ) -> Client:\n");
    s.push_str(&py_docstring(
        "        ",
        &settings_doc(spec, "Makes a client."),
    ));
    s.push_str("        ...\n");
    if let Some(extra) = hand.get("Client") {
        s.push_str(extra);
    }
    for (name, op) in &spec.operations {
        let method = op.rust_method.clone().unwrap_or_else(|| snake(name));
        let answer = spec.answer_record(op);
        let sig = signature(spec, op, false);
        let ret = match &op.paged {
            Some(p) => pages(spec)
                .into_iter()
                .find(|(_, _, _, core)| *core == p.item)
                .map(|(pg, ..)| pg)
                .unwrap_or_default(),
            None => spec.py_class(answer).to_owned(),
        };
        s.push_str(&stub_method(&method, &sig, &ret, &method_doc(op)));
        if let Some(p) = &op.paged {
            let walk = signature(spec, op, true);
            let iter = pages(spec)
                .into_iter()
                .find(|(_, _, _, core)| *core == p.item)
                .map(|(_, it, ..)| it)
                .unwrap_or_default();
            s.push_str(&stub_method(&format!("iter_{}", p.walk), &walk, &iter, &walk_doc(op, &format!("Every item ``{method}`` lists with these filters, fetched lazily in pages of 50."))));
        }
    }
    // Records.
    for (name, r) in &spec.records {
        let class = spec.py_class(name);
        s.push_str(&format!("\n@final\nclass {class}:\n"));
        s.push_str(&py_docstring("    ", &py_record_doc(r)));
        for f in &r.fields {
            let t = match f.kind() {
                FieldType::String | FieldType::CertStatus => "str".to_owned(),
                FieldType::U64 | FieldType::TimeMs => "int".to_owned(),
                FieldType::Bool => "bool".to_owned(),
                FieldType::List | FieldType::Strings => "tuple[str, ...]".to_owned(),
                FieldType::OptRecord(rec) => format!("{} | None", spec.py_class(&rec)),
                FieldType::Record(rec) => spec.py_class(&rec).to_owned(),
                FieldType::Records(rec) => format!("tuple[{}, ...]", spec.py_class(&rec)),
            };
            s.push_str(&format!(
                "    @property\n    def {}(self) -> {t}:\n",
                f.name()
            ));
            s.push_str(&py_docstring("        ", &f.doc));
            s.push_str("        ...\n");
            if f.kind() == FieldType::TimeMs {
                s.push_str(&format!(
                    "    @property\n    def {}_dt(self) -> datetime.datetime | None:\n",
                    f.name()
                ));
                s.push_str(&py_docstring("        ", &dt_doc(&f.name())));
                s.push_str("        ...\n");
            }
        }
        if let Some(extra) = hand.get(class) {
            s.push_str(extra);
        }
        s.push_str(&format!(
            "    def to_dict(self) -> dict[str, Any]:\n        \"\"\"Every field as a dict{} (epoch milliseconds stay numbers).\"\"\"\n        ...\n",
            if r.fields.iter().any(|f| f.secret) {
                ", secrets included (they are the caller's data)"
            } else {
                ""
            }
        ));
    }
    for (page, iter, item, _) in pages(spec) {
        s.push_str(&format!(
            "\n@final\nclass {page}:\n    \"\"\"One page of ``{item}`` items.\"\"\"\n\n    @property\n    def request_id(self) -> str:\n        \"\"\"The request id.\"\"\"\n        ...\n    @property\n    def page_number(self) -> int:\n        \"\"\"1-based page number.\"\"\"\n        ...\n    @property\n    def page_size(self) -> int:\n        \"\"\"Page size asked for.\"\"\"\n        ...\n    @property\n    def total_count(self) -> int:\n        \"\"\"Items across all pages.\"\"\"\n        ...\n    @property\n    def items(self) -> tuple[{item}, ...]:\n        \"\"\"This page's items.\"\"\"\n        ...\n    def __len__(self) -> int: ...\n    def __iter__(self) -> Iterator[{item}]: ...\n    def to_dict(self) -> dict[str, Any]:\n        \"\"\"The fields as a dict, items as a list of dicts.\"\"\"\n        ...\n\n@final\nclass {iter}:\n    \"\"\"Every ``{item}`` matching the filters, fetched lazily in pages of 50.\"\"\"\n\n    def __iter__(self) -> {iter}: ...\n    def __next__(self) -> {item}: ...\n"
        ));
    }
    if let Some(module) = hand.get("") {
        s.push('\n');
        s.push_str(module.trim_start_matches('\n'));
    }
    Ok(s)
}

/// The class docstring of `Client`: what it is, then each setting with its unit.
fn client_doc(spec: &Spec) -> String {
    settings_doc(spec, &spec.python.client_doc)
}

/// The client's settings as parameters of a Python signature, one a line, keyword-only from the
/// first that is not positional.
fn settings_parameters(spec: &Spec) -> String {
    let mut out = String::new();
    let mut star = false;
    for st in &spec.python.settings {
        if !st.positional && !star {
            out.push_str("        *,\n");
            star = true;
        }
        out.push_str(&format!(
            "        {}: {} = {},\n",
            st.name, st.ty, st.default
        ));
    }
    out
}

/// `intro`, then a paragraph per setting of `vpncert.Client` with its default and unit.
fn settings_doc(spec: &Spec, intro: &str) -> String {
    let mut d = intro.to_owned();
    d.push_str("\n\n");
    let lines: Vec<String> = spec
        .python
        .settings
        .iter()
        .map(|st| format!("``{}`` (default ``{}``): {}", st.name, st.default, st.doc))
        .collect();
    d.push_str(&lines.join("\n\n"));
    d
}

fn stub_method(method: &str, sig: &Signature, ret: &str, doc_text: &str) -> String {
    let mut s = format!("    def {method}(\n        self,\n");
    let mut star = false;
    for (n, t, default, positional) in &sig.stub {
        if !positional && !star {
            s.push_str("        *,\n");
            star = true;
        }
        match default {
            Some(d) => s.push_str(&format!("        {n}: {t} = {d},\n")),
            None => s.push_str(&format!("        {n}: {t},\n")),
        }
    }
    s.push_str(&format!("    ) -> {ret}:\n"));
    s.push_str(&py_docstring("        ", doc_text));
    s.push_str("        ...\n");
    s
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// vpncert.aio

/// `vpncert/aio.py`: `vpncert.aio.Client`, the same methods as awaitables (and the paged walks
/// as async iterators), each running the synchronous call on a thread pool. The hand-written
/// members (properties, the log walk, the thread pool) are in `vpncert/_aio.py`.
fn aio_py(spec: &Spec) -> String {
    let mut s = String::from(
        "\"\"\"``vpncert.Client`` for asyncio: ``vpncert.aio.Client`` has the same methods, as\n\
         coroutines, and the list walks as async iterators.\n\n\
         Each call runs the synchronous one on a thread pool (the event loop's default executor, or\n\
         the ``executor`` given), where it waits for the network with the GIL released, so the loop\n\
         and other threads go on meanwhile::\n\n\
         \x20   import asyncio\n\
         \x20   import vpncert.aio\n\n\
         \x20   async def main() -> None:\n\
         \x20       client = vpncert.aio.Client(\"cn-hangzhou\")\n\
         \x20       bundles = await asyncio.gather(\n\
         \x20           *(client.issue_client_cert(\"vss-...\", n, client_token=f\"onboard-{n}\") for n in (\"alice\", \"bob\"))\n\
         \x20       )\n\
         \x20       async for cert in client.iter_ssl_vpn_client_certs(\"vss-...\"):\n\
         \x20           print(cert.name, cert.end_time_dt)\n\n\
         Cancelling a call (``task.cancel()``, ``asyncio.wait_for`` running out) stops the waiting,\n\
         not the call: a request in flight cannot be taken back, so the call runs to its end on its\n\
         thread and its result is dropped. A cancelled ``create_ssl_vpn_client_cert`` or\n\
         ``issue_client_cert`` may therefore have made the certificate. Run it again with the same\n\
         ``client_token`` and you get that certificate back, not a second one (the service keeps\n\
         the token's answer); without a ``client_token`` each call makes its own token, so pass\n\
         one whenever you may cancel. A cancelled delete or modify may still have been applied.\n\"\"\"\n\n\
         from __future__ import annotations\n\n\
         import os\n\
         from collections.abc import AsyncIterator, Mapping, Sequence\n\
         from concurrent.futures import Executor\n\n\
         from . import _native\n\
         from ._aio import _ClientBase\n\
         from ._native import (\n",
    );
    let mut imported: Vec<String> = Vec::new();
    for op in spec.operations.values() {
        match &op.paged {
            Some(p) => {
                let item = pages(spec)
                    .into_iter()
                    .find(|(_, _, _, core)| *core == p.item)
                    .map(|(pg, _, item, _)| (pg, item))
                    .unwrap_or_default();
                imported.push(item.0);
                imported.push(item.1);
            }
            None => imported.push(spec.py_class(spec.answer_record(op)).to_owned()),
        }
    }
    imported.sort();
    imported.dedup();
    for c in &imported {
        s.push_str(&format!("    {c},\n"));
    }
    s.push_str(")\n\n__all__ = [\"Client\"]\n\n\nclass Client(_ClientBase):\n");
    let mut class_doc = String::from(
        "``vpncert.Client`` for asyncio: the same settings and methods, each method a coroutine \
         (the list walks async iterators) that runs the call on a thread pool with the GIL \
         released. Cancelling a call does not stop it (see the module): rerun a cancelled \
         create with the same ``client_token`` to get the certificate it made.\n\n",
    );
    class_doc.push_str(&client_doc(spec));
    class_doc.push_str(
        "\n\n``executor`` (default ``None``): The ``concurrent.futures.Executor`` the calls run \
         on (default: the event loop's default executor); its workers bound the calls in flight.",
    );
    s.push_str(&py_docstring("    ", &class_doc));
    s.push_str("\n    def __init__(\n        self,\n");
    s.push_str(&settings_parameters(spec));
    s.push_str("        executor: Executor | None = None,\n    ) -> None:\n");
    s.push_str(&py_docstring(
        "        ",
        &format!(
            "{}\n\n``executor`` (default ``None``): The ``concurrent.futures.Executor`` the calls \
             run on (default: the event loop's default executor).",
            settings_doc(spec, "Makes a client.")
        ),
    ));
    s.push_str("        super().__init__(\n            _native.Client(\n");
    for st in &spec.python.settings {
        if st.positional {
            s.push_str(&format!("                {},\n", st.name));
        } else {
            s.push_str(&format!("                {0}={0},\n", st.name));
        }
    }
    s.push_str("            ),\n            executor,\n        )\n");
    for (name, op) in &spec.operations {
        let method = op.rust_method.clone().unwrap_or_else(|| snake(name));
        let sig = signature(spec, op, false);
        let mut doc_text = method_doc(op);
        let has_token = op.params.iter().any(|p| p.wire == "ClientToken");
        if op.mutating || has_token {
            doc_text.push_str(
                "\n\nCancelling the await does not stop the call: it may still be applied",
            );
            doc_text.push_str(if has_token {
                "; rerun it with the same ``client_token`` to get its result (see the module's \
                 docstring)."
            } else {
                " (see the module's docstring)."
            });
        }
        let ret = match &op.paged {
            Some(p) => pages(spec)
                .into_iter()
                .find(|(_, _, _, core)| *core == p.item)
                .map(|(pg, ..)| pg)
                .unwrap_or_default(),
            None => spec.py_class(spec.answer_record(op)).to_owned(),
        };
        s.push('\n');
        s.push_str(&aio_method(&method, &sig, &ret, &doc_text, true));
        if let Some(p) = &op.paged {
            let walk = signature(spec, op, true);
            let item = pages(spec)
                .into_iter()
                .find(|(_, _, _, core)| *core == p.item)
                .map(|(_, _, item, _)| item)
                .unwrap_or_default();
            s.push('\n');
            s.push_str(&aio_method(
                &format!("iter_{}", p.walk),
                &walk,
                &format!("AsyncIterator[{item}]"),
                &walk_doc(
                    op,
                    &format!(
                        "Every item ``{method}`` lists with these filters, as an async \
                         iterator: pages of 50 are fetched on the thread pool as the iteration \
                         reaches them."
                    ),
                ),
                false,
            ));
        }
    }
    s
}

/// One method of `vpncert.aio.Client`: a coroutine running the synchronous method (`awaited`),
/// or a function returning an async iterator over the synchronous walk.
fn aio_method(method: &str, sig: &Signature, ret: &str, doc_text: &str, awaited: bool) -> String {
    let mut s = format!(
        "    {}def {method}(\n        self,\n",
        if awaited { "async " } else { "" }
    );
    let mut star = false;
    let mut positional = Vec::new();
    let mut keywords = Vec::new();
    for (n, t, default, pos) in &sig.stub {
        if !pos && !star {
            s.push_str("        *,\n");
            star = true;
        }
        match default {
            Some(d) => s.push_str(&format!("        {n}: {t} = {d},\n")),
            None => s.push_str(&format!("        {n}: {t},\n")),
        }
        if *pos {
            positional.push(n.clone());
        } else {
            keywords.push(format!("{n}={n}"));
        }
    }
    s.push_str(&format!("    ) -> {ret}:\n"));
    s.push_str(&py_docstring("        ", doc_text));
    let mut call_args = positional;
    call_args.extend(keywords);
    if awaited {
        s.push_str(&format!(
            "        return await self._run(\n            self._client.{method},\n"
        ));
        for a in &call_args {
            s.push_str(&format!("            {a},\n"));
        }
        s.push_str("        )\n");
    } else {
        s.push_str(&format!(
            "        return self._iterate(\n            self._client.{method}(\n"
        ));
        for a in &call_args {
            s.push_str(&format!("                {a},\n"));
        }
        s.push_str("            )\n        )\n");
    }
    s
}
