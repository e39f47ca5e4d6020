//! The C layer's generated modules under `ffi-c/src/generated/`: the status table, a handle with
//! accessors for every record, a list handle for every paged item, and a request object with a
//! setter for every parameter and option of every operation (`vpncert_<operation>_request_*`,
//! called by `vpncert_<operation>_with`). Then `include/vpncert.h`, cbindgen's reading of
//! `ffi-c/src`.

use std::collections::BTreeMap;

use crate::emit::{doc, lit, module_doc, Generated};
use crate::spec::{snake, FieldType, Operation, Record, Spec};

pub fn generate(spec: &Spec) -> Vec<Generated> {
    let mut files = vec![
        Generated::rust("ffi-c/src/generated/mod.rs", module(spec)),
        Generated::rust("ffi-c/src/generated/status.rs", status(spec)),
        Generated::rust("ffi-c/src/generated/records.rs", records(spec)),
    ];
    for (name, op) in &spec.operations {
        files.push(Generated::rust(
            format!("ffi-c/src/generated/{}.rs", snake(name)),
            request(spec, name, op),
        ));
    }
    files.push(Generated::c(
        "tests/c/generated/test_contract.c",
        contract_test(spec),
    ));
    files
}

const CONTRACT_PRELUDE: &str = r#"/*
 * Every function of the generated C layer, called with NULL handles and bad strings: accessors
 * give "", 0, false or NULL, calls give VPNCERT_INVALID_ARGUMENT naming the argument with
 * out-parameters untouched, _free(NULL) does nothing; a setter's refusal fails the request when
 * sent. Run under AddressSanitizer and valgrind by tests/c/run.sh.
 */
#define _POSIX_C_SOURCE 200809L

#include <stddef.h>
#include <string.h>

#include "harness.h"

static char sentinel_storage;
#define SENTINEL ((void *)&sentinel_storage)

static void refused(const char *file, int line, vpncert_status s, vpncert_error **err,
                    const char *arg) {
    check_status_at(file, line, s, VPNCERT_INVALID_ARGUMENT, *err);
    if (*err) {
        check_contains_at(file, line, vpncert_error_message(*err), arg);
        vpncert_error_free(*err);
        *err = NULL;
    }
}
#define REFUSED(s, arg) refused(__FILE__, __LINE__, (s), &err, (arg))

int main(void) {
    vpncert_error *err = NULL;
    /* Never contacted: every call below is refused before anything is sent. */
    vpncert_client *client = test_client("http://127.0.0.1:9", "cn-hangzhou", "id", "secret", 0);

"#;

/// A C test that calls every generated function with NULL handles and bad arguments.
fn contract_test(spec: &Spec) -> String {
    let mut s = String::from(CONTRACT_PRELUDE);
    for (handle, records) in handles(spec) {
        let (_, r) = records[0];
        s.push_str(&format!("    /* {handle} */\n"));
        for f in &r.fields {
            let n = f.c_name();
            match stored(spec, f) {
                Stored::Text => s.push_str(&format!("    CHECK_STR({handle}_{n}(NULL), \"\");\n")),
                Stored::Number { .. } => {
                    s.push_str(&format!("    CHECK({handle}_{n}(NULL) == 0);\n"))
                }
                Stored::Bool => s.push_str(&format!("    CHECK(!{handle}_{n}(NULL));\n")),
                Stored::Nested { .. } => {
                    s.push_str(&format!("    CHECK({handle}_{n}(NULL) == NULL);\n"))
                }
                Stored::Many { .. } => {
                    s.push_str(&format!("    CHECK({handle}_{n}_count(NULL) == 0);\n"));
                    s.push_str(&format!("    CHECK({handle}_{n}_at(NULL, 0) == NULL);\n"));
                }
                Stored::Texts => {
                    s.push_str(&format!("    CHECK({handle}_{n}_count(NULL) == 0);\n"));
                    s.push_str(&format!("    CHECK_STR({handle}_{n}_at(NULL, 0), \"\");\n"));
                }
            }
        }
        s.push_str(&format!("    {handle}_free(NULL);\n\n"));
    }
    let mut lists: Vec<(String, String)> = spec
        .operations
        .values()
        .filter_map(|op| {
            let p = op.paged.as_ref()?;
            let item = spec.records.get(&p.item).map(|r| prefix(&p.item, r))?;
            Some((list_handle(spec, op), item))
        })
        .collect();
    lists.sort();
    lists.dedup();
    for (list, item) in lists {
        s.push_str(&format!(
            "    {{\n        {item} *item = SENTINEL;\n        REFUSED({list}_next(NULL, &item, &err), \"list\");\n        CHECK(item == SENTINEL);\n        {list}_free(NULL);\n    }}\n\n"
        ));
    }
    for (name, op) in &spec.operations {
        let sn = snake(name);
        let req = format!("vpncert_{sn}_request");
        let required: Vec<_> = op.params.iter().filter(|p| p.required).collect();
        let good_args: Vec<String> = required
            .iter()
            .map(|p| match p.ty.as_str() {
                "u32" | "u64" => "1".to_owned(),
                "bool" => "true".to_owned(),
                _ => "\"x-1\"".to_owned(),
            })
            .collect();
        s.push_str(&format!(
            "    /* {name} */\n    {{\n        {req} *r = SENTINEL;\n"
        ));
        // Each required string argument, NULL and then not UTF-8, is refused by name.
        for (i, p) in required.iter().enumerate() {
            if matches!(p.ty.as_str(), "u32" | "u64" | "bool") {
                continue;
            }
            for bad in ["NULL", "\"\\xff\\xfe\""] {
                let mut args = good_args.clone();
                args[i] = bad.to_owned();
                s.push_str(&format!(
                    "        REFUSED({req}_new({}, &r, &err), \"{}\");\n        CHECK(r == SENTINEL);\n",
                    args.iter().map(String::as_str).chain(std::iter::empty()).collect::<Vec<_>>().join(", "),
                    p.name()
                ));
            }
        }
        let call_args: Vec<String> = good_args.to_vec();
        let new_args = if call_args.is_empty() {
            String::new()
        } else {
            format!("{}, ", call_args.join(", "))
        };
        s.push_str(&format!(
            "        REFUSED({req}_new({new_args}NULL, &err), \"out\");\n"
        ));
        s.push_str(&format!("        r = NULL;\n        CHECK_STATUS({req}_new({new_args}&r, &err), VPNCERT_OK, err);\n"));
        let mut setters: Vec<(String, String)> = c_optional_params(op)
            .map(|p| (p.name(), p.ty.clone()))
            .collect();
        setters.push(("region_id".into(), "string".into()));
        for o in &op.options {
            setters.push((format!("{}_ms", o.name), "u64".into()));
        }
        for (n, ty) in &setters {
            if ty == "tags" {
                s.push_str(&format!("        CHECK_STATUS({req}_add_{n}(NULL, \"k\", \"v\"), VPNCERT_INVALID_ARGUMENT, NULL);\n"));
                s.push_str(&format!(
                    "        CHECK_STATUS({req}_add_{n}(r, \"k\", \"v\"), VPNCERT_OK, NULL);\n"
                ));
                continue;
            }
            let value = match ty.as_str() {
                "u32" | "u64" => "1",
                "bool" => "true",
                _ => "\"x\"",
            };
            s.push_str(&format!(
                "        CHECK_STATUS({req}_set_{n}(NULL, {value}), VPNCERT_INVALID_ARGUMENT, NULL);\n"
            ));
            if !matches!(ty.as_str(), "u32" | "u64" | "bool") {
                s.push_str(&format!(
                    "        CHECK_STATUS({req}_set_{n}(r, NULL), VPNCERT_OK, NULL);\n"
                ));
            }
        }
        let out_ty = match &op.paged {
            Some(_) => list_handle(spec, op),
            None => {
                let a = op.answer.clone().unwrap_or_default();
                spec.records
                    .get(&a)
                    .map(|r| prefix(&a, r))
                    .unwrap_or_default()
            }
        };
        s.push_str(&format!(
            "        {out_ty} *out = SENTINEL;\n        REFUSED(vpncert_{sn}_with(NULL, r, &out, &err), \"c\");\n        REFUSED(vpncert_{sn}_with(client, NULL, &out, &err), \"request\");\n        REFUSED(vpncert_{sn}_with(client, r, NULL, &err), \"out\");\n        CHECK(out == SENTINEL);\n"
        ));
        if let Some((n, _)) = setters
            .iter()
            .find(|(_, ty)| !matches!(ty.as_str(), "u32" | "u64" | "bool"))
        {
            s.push_str(&format!(
                "        CHECK_STATUS({req}_set_{n}(r, \"\\xff\"), VPNCERT_INVALID_ARGUMENT, NULL);\n        REFUSED(vpncert_{sn}_with(client, r, &out, &err), \"{n}\");\n        CHECK(out == SENTINEL);\n"
            ));
        }
        s.push_str(&format!(
            "        {req}_free(r);\n        {req}_free(NULL);\n    }}\n\n"
        ));
    }
    s.push_str("    vpncert_client_free(client);\n    return finish(\"c contract\");\n}\n");
    s
}

/// The header cbindgen writes for the C sources as they are on disk.
pub fn header(root: &std::path::Path) -> Result<String, String> {
    let crate_dir = root.join("ffi-c");
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .map_err(|e| format!("ffi-c/cbindgen.toml: {e}"))?;
    let bindings = cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .map_err(|e| format!("cbindgen: {e}"))?;
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).map_err(|e| format!("the header is not UTF-8: {e}"))
}

fn module(spec: &Spec) -> String {
    let mut s = module_doc(
        "What `spec/api.toml` says, as C: the status table, record handles and their accessors, \
         list handles, and a request object for every operation. The module order is the \
         header's order.",
    );
    s.push_str("\npub mod status;\n\npub mod records;\n\n");
    for name in spec.operations.keys() {
        s.push_str(&format!("pub mod {};\n\n", snake(name)));
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Status

fn status(spec: &Spec) -> String {
    let e = &spec.errors;
    let mut rows: Vec<(String, u32, String)> = Vec::new();
    for l in &e.local {
        rows.push((l.c.name.clone(), l.c.number, l.doc.clone()));
    }
    rows.push((e.api.c.name.clone(), e.api.c.number, e.api.doc.clone()));
    for k in &e.kinds {
        let mut names: Vec<String> = k.codes.iter().map(|c| format!("`{c}`")).collect();
        names.extend(k.patterns.iter().map(|p| format!("`{p}`")));
        if k.http_5xx {
            names.push("any HTTP 5xx".into());
        }
        let retried = match k.retry {
            crate::spec::Retry::No => "",
            crate::spec::Retry::Yes => " (retried before being reported)",
            crate::spec::Retry::Clock => " (retried once with the server's time)",
        };
        rows.push((
            k.c.name.clone(),
            k.c.number,
            format!("{}: {}{retried}", names.join(", "), k.doc),
        ));
    }
    let mut s = module_doc(
        "Status codes: the C column of the project's error table, and the one mapping to it.",
    );
    s.push_str("\nuse std::ffi::{c_char, CStr};\n\nuse vpncert::{Error, ErrorKind};\n\nuse crate::args::EMPTY;\n\n");
    let retired: Vec<String> = e.retired.iter().map(|n| n.to_string()).collect();
    s.push_str(&doc(
        "",
        &format!(
            "What a call did. `VPNCERT_OK` is success; everything else is a failure, whose details are in the `vpncert_error` the call wrote to `*err`.\n\n\
             The numbers are fixed forever: they are never renumbered or reused (retired: {}). 0-99 are local conditions, 100 and up are errors answered by the API.",
            if retired.is_empty() { "none yet".to_owned() } else { retired.join(", ") }
        ),
    ));
    s.push_str("#[repr(u32)]\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum vpncert_status {\n");
    for (name, number, d) in &rows {
        s.push_str(&doc("    ", d));
        s.push_str(&format!("    {name} = {number},\n"));
    }
    s.push_str("}\n\n");

    s.push_str(
        "/// The status an error is reported with: the one mapping of the project's error table.\n",
    );
    s.push_str("pub(crate) fn map_error(e: &Error) -> vpncert_status {\n    use vpncert_status::*;\n    match e {\n");
    for l in &e.local {
        if l.rust == "Ok" || l.rust == "Panic" {
            continue;
        }
        s.push_str(&format!(
            "        Error::{} {{ .. }} => {},\n",
            l.rust, l.c.name
        ));
    }
    s.push_str("        Error::Api(api) => map_kind(api.kind),\n");
    s.push_str(&format!(
        "        // `Error` is `#[non_exhaustive]`: a variant added to the core lands here until the spec names it.\n        _ => {},\n    }}\n}}\n\n",
        e.api.c.name
    ));
    s.push_str("/// The status of an API error kind.\npub(crate) fn map_kind(kind: ErrorKind) -> vpncert_status {\n    use vpncert_status::*;\n    match kind {\n");
    for k in &e.kinds {
        s.push_str(&format!("        ErrorKind::{} => {},\n", k.kind, k.c.name));
    }
    s.push_str(&format!("        _ => {},\n    }}\n}}\n\n", e.api.c.name));
    s.push_str(&format!(
        "impl vpncert_status {{\n    /// Every status, in table order.\n    pub const ALL: [vpncert_status; {}] = [\n",
        rows.len()
    ));
    for (name, _, _) in &rows {
        s.push_str(&format!("        vpncert_status::{name},\n"));
    }
    s.push_str("    ];\n\n");
    s.push_str("    /// The status with this number, if there is one.\n    pub fn from_u32(n: u32) -> Option<Self> {\n        Self::ALL.iter().copied().find(|s| *s as u32 == n)\n    }\n\n");
    s.push_str("    /// The C name, e.g. `VPNCERT_QUOTA_FULL`.\n    pub fn name(self) -> &'static CStr {\n        match self {\n");
    for (name, _, _) in &rows {
        s.push_str(&format!(
            "            vpncert_status::{name} => c{},\n",
            lit(name)
        ));
    }
    s.push_str("        }\n    }\n}\n\n");
    s.push_str(
        "/// The name of a status, e.g. `\"VPNCERT_QUOTA_FULL\"`, or `\"VPNCERT_UNKNOWN\"` for a number that is\n\
         /// not a status.\n\
         ///\n\
         /// Takes the number as `uint32_t` (which is what `vpncert_status` is) so that any value is safe to\n\
         /// pass. Ownership: the string is static; do not free it. Never returns NULL. Thread safety: may be\n\
         /// called from any thread.\n\
         #[no_mangle]\n\
         pub extern \"C\" fn vpncert_status_name(status: u32) -> *const c_char {\n\
         ffi_panic_boundary!(or EMPTY.as_ptr() => {\n\
         match vpncert_status::from_u32(status) {\n\
         Some(s) => s.name().as_ptr(),\n\
         None => c\"VPNCERT_UNKNOWN\".as_ptr(),\n\
         }\n\
         })\n\
         }\n",
    );
    s
}

// ---------------------------------------------------------------------------------------------
// Records

/// The C handle prefix of a record.
pub fn prefix(name: &str, r: &Record) -> String {
    r.c.clone()
        .unwrap_or_else(|| format!("vpncert_{}", snake(name)))
}

/// Records by C handle: the first record of a prefix defines the handle's fields.
fn handles(spec: &Spec) -> BTreeMap<String, Vec<(&String, &Record)>> {
    let mut out: BTreeMap<String, Vec<(&String, &Record)>> = BTreeMap::new();
    for (name, r) in &spec.records {
        out.entry(prefix(name, r)).or_default().push((name, r));
    }
    out
}

/// How a field is kept in a handle and read by its accessor.
enum Stored {
    Text,
    /// A list of strings, read one by one (`_count`, `_at`).
    Texts,
    Number {
        c_type: &'static str,
    },
    Bool,
    Nested {
        handle: String,
        optional: bool,
    },
    Many {
        handle: String,
    },
}

fn stored(spec: &Spec, f: &crate::spec::Field) -> Stored {
    let handle_of = |r: &str| {
        spec.records
            .get(r)
            .map(|rec| prefix(r, rec))
            .unwrap_or_default()
    };
    match f.kind() {
        FieldType::String | FieldType::List | FieldType::CertStatus => Stored::Text,
        FieldType::Strings => Stored::Texts,
        FieldType::U64 | FieldType::TimeMs => match f.c_type.as_deref() {
            Some("u32") => Stored::Number { c_type: "u32" },
            _ => Stored::Number { c_type: "i64" },
        },
        FieldType::Bool => Stored::Bool,
        FieldType::Record(r) => Stored::Nested {
            handle: handle_of(&r),
            optional: false,
        },
        FieldType::OptRecord(r) => Stored::Nested {
            handle: handle_of(&r),
            optional: true,
        },
        FieldType::Records(r) => Stored::Many {
            handle: handle_of(&r),
        },
    }
}

/// The text a field's C string holds (`v` is the core record).
fn text_of(f: &crate::spec::Field, v: &str) -> String {
    let n = f.name();
    match f.kind() {
        FieldType::List | FieldType::Strings => format!("c_string(&{v}.{n}.join(\",\"))"),
        FieldType::CertStatus => format!("c_string({v}.{n}.as_str())"),
        _ if f.held_secret() => format!("secret_c_string({v}.{n}.expose())"),
        _ => format!("c_string(&{v}.{n})"),
    }
}

fn records(spec: &Spec) -> String {
    let mut s = module_doc(
        "Record handles: one per record of the spec (records of one shape share a handle), each \
         with an accessor per field. Accessors return `\"\"`, 0, false or NULL for a NULL \
         handle; strings are borrowed from the handle and valid until it is freed.",
    );
    s.push_str(
        "\n#![allow(clippy::missing_safety_doc)]\n\nuse std::ffi::{c_char, CString};\n\n\
         use crate::args::{c_string, ms, next_out, secret_c_string, string_field, take_handle, EMPTY};\n\
         use crate::error::vpncert_error;\n\
         use crate::status::vpncert_status;\n\n",
    );
    for (handle, records) in handles(spec) {
        s.push_str(&record_handle(spec, &handle, &records));
    }
    // List handles of paged operations.
    let mut lists: BTreeMap<String, String> = BTreeMap::new();
    for op in spec.operations.values() {
        if let Some(p) = &op.paged {
            let item = spec
                .records
                .get(&p.item)
                .map(|r| prefix(&p.item, r))
                .unwrap_or_default();
            lists.insert(list_handle(spec, op), format!("{item}|{}", p.item));
        }
    }
    for (list, v) in lists {
        let (item, record) = v.split_once('|').unwrap_or_default();
        s.push_str(&list_type(&list, item, record));
    }
    s
}

/// The list handle of a paged operation's items.
pub fn list_handle(spec: &Spec, op: &Operation) -> String {
    let Some(p) = &op.paged else {
        return String::new();
    };
    if let Some(c) = &p.c_list {
        return c.clone();
    }
    spec.records
        .get(&p.item)
        .map(|r| format!("{}_list", prefix(&p.item, r)))
        .unwrap_or_default()
}

fn list_type(list: &str, item: &str, record: &str) -> String {
    let mut s = String::new();
    s.push_str(&doc(
        "",
        &format!(
            "A walk over every `{record}` of a list, fetching pages of 50 lazily.\n\n\
             Made by the list calls, advanced by `{list}_next`, freed by `{list}_free`. It holds its own reference to the client's connections, so it stays usable after `vpncert_client_free`. Not thread-safe: one thread at a time (it may move between threads)."
        ),
    ));
    s.push_str(&format!(
        "pub struct {list} {{\n    pub(crate) pages: vpncert::Pages<vpncert::{record}>,\n}}\n\n"
    ));
    s.push_str(&doc(
        "",
        &format!(
            "The next item of the walk: `VPNCERT_OK` with a new `{item}` in `*out` (freed with `{item}_free`), or `VPNCERT_OK` with `*out` set to NULL when there are no more. A page that cannot be fetched is reported once (`*out` untouched, `*err` written); the walk is over after it.\n\n\
             # Safety\n`list` is NULL or a live list; `out` and `err` are NULL or writable."
        ),
    ));
    s.push_str(&format!(
        "#[no_mangle]\npub unsafe extern \"C\" fn {list}_next(list: *mut {list}, out: *mut *mut {item}, err: *mut *mut vpncert_error) -> vpncert_status {{\n\
         ffi_panic_boundary!(err: err => {{\n\
         // SAFETY: the caller's contract is `next_out`'s.\n\
         unsafe {{ next_out(list, out, |l| &mut l.pages, {item}::from) }}\n\
         }})\n}}\n\n"
    ));
    s.push_str(&doc("", "Frees a list. NULL is a no-op.\n\n# Safety\n`list` is NULL or a live list; it is invalid afterwards."));
    s.push_str(&format!(
        "#[no_mangle]\npub unsafe extern \"C\" fn {list}_free(list: *mut {list}) {{\n\
         ffi_panic_boundary!(or () => {{\n\
         // SAFETY: the caller's contract.\n\
         drop(unsafe {{ take_handle(list) }});\n\
         }})\n}}\n\n"
    ));
    s
}

fn record_handle(spec: &Spec, handle: &str, records: &[(&String, &Record)]) -> String {
    let (first_name, first) = records[0];
    let mut s = String::new();
    let names: Vec<String> = records.iter().map(|(n, _)| format!("`{n}`")).collect();
    let secret = first.fields.iter().any(|f| f.secret || f.profile);
    let mut text = format!("{} (C handle of {}.)\n\nOwned by the caller, freed with `{handle}_free`. Immutable: any thread may read it.", first.doc, names.join(", "));
    if secret {
        text.push_str(" Freeing it overwrites its secrets in memory first.");
    }
    s.push_str(&doc("", &text));
    s.push_str(&format!("pub struct {handle} {{\n"));
    for f in &first.fields {
        let n = f.c_name();
        match stored(spec, f) {
            Stored::Text => s.push_str(&format!("    pub(crate) {n}: CString,\n")),
            Stored::Texts => s.push_str(&format!("    pub(crate) {n}: Vec<CString>,\n")),
            Stored::Number { c_type } => {
                let t = if c_type == "u32" { "u32" } else { "u64" };
                s.push_str(&format!("    pub(crate) {n}: {t},\n"));
            }
            Stored::Bool => s.push_str(&format!("    pub(crate) {n}: bool,\n")),
            Stored::Nested {
                handle: h,
                optional: true,
            } => s.push_str(&format!("    pub(crate) {n}: Option<Box<{h}>>,\n")),
            Stored::Nested {
                handle: h,
                optional: false,
            } => s.push_str(&format!("    pub(crate) {n}: Box<{h}>,\n")),
            Stored::Many { handle: h } => s.push_str(&format!("    pub(crate) {n}: Vec<{h}>,\n")),
        }
    }
    s.push_str("}\n\n");

    // One conversion per record of this shape; the core record's strings become C strings.
    for (name, r) in records {
        s.push_str(&format!("impl From<vpncert::{name}> for {handle} {{\n    fn from(v: vpncert::{name}) -> Self {{\n        {handle} {{\n"));
        for f in &r.fields {
            let n = f.c_name();
            let field = f.name();
            let value = match stored(spec, f) {
                Stored::Text => text_of(f, "v"),
                Stored::Texts => format!("v.{field}.iter().map(|s| c_string(s)).collect()"),
                Stored::Number { c_type: "u32" } => {
                    format!("u32::try_from(v.{field}).unwrap_or(0)")
                }
                Stored::Number { .. } => format!("v.{field}"),
                Stored::Bool => format!("v.{field}"),
                Stored::Nested {
                    handle: h,
                    optional: true,
                } => format!("v.{field}.map(|x| Box::new({h}::from(x)))"),
                Stored::Nested {
                    handle: h,
                    optional: false,
                } => format!("Box::new({h}::from(v.{field}))"),
                Stored::Many { handle: h } => {
                    format!("v.{field}.into_iter().map({h}::from).collect()")
                }
            };
            s.push_str(&format!("            {n}: {value},\n"));
        }
        s.push_str("        }\n    }\n}\n\n");
    }
    if records.len() == 1 {
        // The core record back, for behaviour that needs it (writing a profile).
        s.push_str(&format!(
            "impl {handle} {{\n    /// The core record again (strings copied back out of the handle).\n    #[allow(dead_code)]\n    pub(crate) fn record(&self) -> vpncert::{first_name} {{\n        let mut v = vpncert::{first_name}::default();\n"
        ));
        for f in &first.fields {
            let n = f.c_name();
            let field = f.name();
            let text = format!("self.{n}.to_string_lossy().into_owned()");
            let borrowed = format!("self.{n}.to_string_lossy()");
            let line = match (f.kind(), stored(spec, f)) {
                (_, Stored::Texts) => format!("v.{field} = self.{n}.iter().map(|s| s.to_string_lossy().into_owned()).collect();"),
                (FieldType::List, _) => format!(
                    "v.{field} = {borrowed}.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect();"
                ),
                (FieldType::CertStatus, _) => format!("v.{field} = vpncert::CertStatus::parse(&{borrowed});"),
                (_, Stored::Text) if f.held_secret() => format!("v.{field} = vpncert::Secret::new({text});"),
                (_, Stored::Text) => format!("v.{field} = {text};"),
                (FieldType::U64 | FieldType::TimeMs, Stored::Number { c_type: "u32" }) => format!("v.{field} = u64::from(self.{n});"),
                (_, Stored::Number { .. } | Stored::Bool) => format!("v.{field} = self.{n};"),
                (_, Stored::Nested { optional: true, .. }) => format!("v.{field} = self.{n}.as_ref().map(|x| x.record());"),
                (_, Stored::Nested { optional: false, .. }) => format!("v.{field} = self.{n}.record();"),
                (_, Stored::Many { .. }) => format!("v.{field} = self.{n}.iter().map(|x| x.record()).collect();"),
            };
            s.push_str(&format!("        {line}\n"));
        }
        s.push_str("        v\n    }\n}\n\n");
    }
    if secret {
        s.push_str(&format!(
            "impl Drop for {handle} {{\n    fn drop(&mut self) {{\n"
        ));
        for f in first.fields.iter().filter(|f| f.secret || f.profile) {
            s.push_str(&format!(
                "        crate::args::wipe(&mut self.{});\n",
                f.c_name()
            ));
        }
        s.push_str("    }\n}\n\n");
    }

    // Accessors.
    let arg = "h";
    for f in &first.fields {
        let n = f.c_name();
        let what = match &f.wire {
            Some(w) => format!("`{w}`: {}", lowercase_first(&f.doc)),
            None => f.doc.clone(),
        };
        match stored(spec, f) {
            Stored::Text => {
                let extra = match f.kind() {
                    FieldType::List | FieldType::Strings => " Items are separated by commas.",
                    _ => "",
                };
                let secret_note = if f.held_secret() {
                    " The handle's one copy (every call returns the same pointer), \
                     wiped when the handle is freed."
                } else {
                    ""
                };
                s.push_str(&doc("", &format!("{what}{extra}{secret_note}\n\n# Safety\n`{arg}` is NULL or a live `{handle}`.")));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}({arg}: *const {handle}) -> *const c_char {{\n\
                     ffi_panic_boundary!(or EMPTY.as_ptr() => {{\n\
                     // SAFETY: the caller's contract is `string_field`'s.\n\
                     unsafe {{ string_field({arg}, |h| &h.{n}) }}\n}})\n}}\n\n"
                ));
            }
            Stored::Number { c_type } => {
                let (ret, value) = if c_type == "u32" {
                    ("u32", format!("h.{n}"))
                } else {
                    ("i64", format!("ms(h.{n})"))
                };
                s.push_str(&doc(
                    "",
                    &format!("{what}\n\n# Safety\n`{arg}` is NULL or a live `{handle}`."),
                ));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}({arg}: *const {handle}) -> {ret} {{\n\
                     ffi_panic_boundary!(or 0 => {{\n\
                     // SAFETY: the caller's contract.\n\
                     unsafe {{ {arg}.as_ref() }}.map_or(0, |h| {value})\n}})\n}}\n\n"
                ));
            }
            Stored::Bool => {
                s.push_str(&doc(
                    "",
                    &format!("{what}\n\n# Safety\n`{arg}` is NULL or a live `{handle}`."),
                ));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}({arg}: *const {handle}) -> bool {{\n\
                     ffi_panic_boundary!(or false => {{\n\
                     // SAFETY: the caller's contract.\n\
                     unsafe {{ {arg}.as_ref() }}.is_some_and(|h| h.{n})\n}})\n}}\n\n"
                ));
            }
            Stored::Nested {
                handle: h,
                optional,
            } => {
                let (null, get) = if optional {
                    (
                        " NULL when there is none.",
                        format!("h.{n}.as_deref().map_or(std::ptr::null(), |x| x as *const {h})"),
                    )
                } else {
                    ("", format!("&*h.{n} as *const {h}"))
                };
                s.push_str(&doc("", &format!("{what} Borrowed from `{arg}`, valid until it is freed (do not free it).{null}\n\n# Safety\n`{arg}` is NULL or a live `{handle}`.")));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}({arg}: *const {handle}) -> *const {h} {{\n\
                     ffi_panic_boundary!(or std::ptr::null() => {{\n\
                     // SAFETY: the caller's contract.\n\
                     unsafe {{ {arg}.as_ref() }}.map_or(std::ptr::null(), |h| {get})\n}})\n}}\n\n"
                ));
            }
            Stored::Texts => {
                s.push_str(&doc("", &format!("How many items {what} holds (0 when `{arg}` is NULL).\n\n# Safety\n`{arg}` is NULL or a live `{handle}`.")));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}_count({arg}: *const {handle}) -> usize {{\n\
                     ffi_panic_boundary!(or 0 => {{\n\
                     // SAFETY: the caller's contract.\n\
                     unsafe {{ {arg}.as_ref() }}.map_or(0, |h| h.{n}.len())\n}})\n}}\n\n"
                ));
                s.push_str(&doc("", &format!("Item `index` of {what} Borrowed from `{arg}`, valid until it is freed; `\"\"` when `index` is out of range.\n\n# Safety\n`{arg}` is NULL or a live `{handle}`.")));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}_at({arg}: *const {handle}, index: usize) -> *const c_char {{\n\
                     ffi_panic_boundary!(or EMPTY.as_ptr() => {{\n\
                     // SAFETY: the caller's contract.\n\
                     unsafe {{ {arg}.as_ref() }}.and_then(|h| h.{n}.get(index)).map_or(EMPTY.as_ptr(), |x| x.as_ptr())\n}})\n}}\n\n"
                ));
            }
            Stored::Many { handle: h } => {
                s.push_str(&doc("", &format!("How many items {what} holds (0 when `{arg}` is NULL).\n\n# Safety\n`{arg}` is NULL or a live `{handle}`.")));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}_count({arg}: *const {handle}) -> usize {{\n\
                     ffi_panic_boundary!(or 0 => {{\n\
                     // SAFETY: the caller's contract.\n\
                     unsafe {{ {arg}.as_ref() }}.map_or(0, |h| h.{n}.len())\n}})\n}}\n\n"
                ));
                s.push_str(&doc("", &format!("Item `index` of {what} Borrowed from `{arg}` (do not free it); NULL when `index` is out of range.\n\n# Safety\n`{arg}` is NULL or a live `{handle}`.")));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_{n}_at({arg}: *const {handle}, index: usize) -> *const {h} {{\n\
                     ffi_panic_boundary!(or std::ptr::null() => {{\n\
                     // SAFETY: the caller's contract.\n\
                     unsafe {{ {arg}.as_ref() }}.and_then(|h| h.{n}.get(index)).map_or(std::ptr::null(), |x| x as *const {h})\n}})\n}}\n\n"
                ));
            }
        }
    }
    s.push_str(&doc("", &format!("Frees a `{handle}`. NULL is a no-op.\n\n# Safety\n`{arg}` is NULL or a live `{handle}` no other thread uses; it and its strings are invalid afterwards.")));
    s.push_str(&format!(
        "#[no_mangle]\npub unsafe extern \"C\" fn {handle}_free({arg}: *mut {handle}) {{\n\
         ffi_panic_boundary!(or () => {{\n\
         // SAFETY: the caller's contract.\n\
         drop(unsafe {{ take_handle({arg}) }});\n}})\n}}\n\n"
    ));
    s
}

// ---------------------------------------------------------------------------------------------
// Requests

fn c_arg_type(ty: &str) -> &'static str {
    match ty {
        "u32" => "u32",
        "u64" => "u64",
        "bool" => "bool",
        _ => "*const c_char",
    }
}

fn request(spec: &Spec, name: &str, op: &Operation) -> String {
    let snake_name = snake(name);
    let req = format!("vpncert_{snake_name}_request");
    let mut s = module_doc(&format!(
        "`{name}` from C: its request object and `vpncert_{snake_name}_with`."
    ));
    s.push_str(
        "\n#![allow(clippy::missing_safety_doc)]\n\nuse std::ffi::c_char;\n\n\
         #[allow(unused_imports)]\nuse crate::args::{handle, handle_mut, into_handle, opt_str_arg, out_arg, str_arg, take_handle, write_out};\n\
         use crate::client::vpncert_client;\n\
         use crate::error::vpncert_error;\n\
         use crate::status::vpncert_status;\n\n",
    );
    s.push_str(&doc(
        "",
        &format!(
            "A `{name}` request: {}\n\nMade by `{req}_new` with the required parameters, completed by its setters, sent by `vpncert_{snake_name}_with` (any number of times, from any thread), freed by `{req}_free`. A setter given a NULL string unsets the parameter; one given invalid UTF-8 returns `VPNCERT_INVALID_ARGUMENT`, and the request then fails with that error, naming the parameter, when sent.",
            lowercase_first(&op.doc)
        ),
    ));
    s.push_str(&format!(
        "pub struct {req} {{\n    pub(crate) inner: vpncert::{name},\n    /// The first parameter a setter refused, and why: the request fails with it when sent.\n    pub(crate) refused: Option<(String, String)>,\n}}\n\n\
         impl {req} {{\n\
         /// Remembers the first refusal, and returns the error for the setter's own status.\n\
         #[allow(dead_code)]\n\
         fn refuse(&mut self, e: vpncert::Error) -> vpncert::Error {{\n\
         if let vpncert::Error::InvalidInput {{ parameter, reason }} = &e {{\n\
         self.refused.get_or_insert_with(|| (parameter.clone(), reason.clone()));\n\
         }}\n\
         e\n\
         }}\n\
         }}\n\n"
    ));

    // _new
    let required: Vec<_> = op.params.iter().filter(|p| p.required).collect();
    let mut args: Vec<String> = required
        .iter()
        .map(|p| format!("{}: {}", p.name(), c_arg_type(&p.ty)))
        .collect();
    args.push(format!("out: *mut *mut {req}"));
    args.push("err: *mut *mut vpncert_error".into());
    let req_names: Vec<String> = required
        .iter()
        .map(|p| format!("`{}` ({})", p.name(), p.wire))
        .collect();
    s.push_str(&doc(
        "",
        &format!(
            "A new `{name}` request{}. On success `*out` receives the request (free it with `{req}_free`); `*err` is written only on failure.\n\n# Safety\nStrings are NULL or NUL-terminated; `out` and `err` are NULL or writable.",
            if req_names.is_empty() { String::new() } else { format!(" with {}", req_names.join(", ")) }
        ),
    ));
    s.push_str(&format!("#[no_mangle]\npub unsafe extern \"C\" fn {req}_new({}) -> vpncert_status {{\n    ffi_panic_boundary!(err: err => {{\n", args.join(", ")));
    let mut ctor = Vec::new();
    for p in &required {
        let n = p.name();
        match p.ty.as_str() {
            "u32" | "u64" | "bool" => ctor.push(n.clone()),
            "list" => {
                s.push_str(&format!("        // SAFETY: the caller's contract.\n        let {n} = unsafe {{ str_arg({n}, {}) }}?;\n", lit(&n)));
                ctor.push(format!(
                    "{n}.split(',').map(str::trim).filter(|s| !s.is_empty())"
                ));
            }
            _ => {
                s.push_str(&format!("        // SAFETY: the caller's contract.\n        let {n} = unsafe {{ str_arg({n}, {}) }}?;\n", lit(&n)));
                ctor.push(n.clone());
            }
        }
    }
    s.push_str(&format!(
        "        out_arg(out, \"out\")?;\n        let request = {req} {{ inner: vpncert::{name}::new({}), refused: None }};\n        // SAFETY: `out` was checked above and is writable by the caller's contract.\n        unsafe {{ write_out(out, into_handle(request)) }};\n        Ok(())\n    }})\n}}\n\n",
        ctor.join(", ")
    ));

    // Setters.
    let setter_head = |s: &mut String, fname: &str, what: &str, arg_ty: &str| {
        s.push_str(&doc(
            "",
            &format!("Sets {what}\n\n# Safety\n`request` is NULL or a live request no other thread uses; strings are NULL or NUL-terminated."),
        ));
        s.push_str(&format!(
            "#[no_mangle]\npub unsafe extern \"C\" fn {req}_set_{fname}(request: *mut {req}, value: {arg_ty}) -> vpncert_status {{\n\
             ffi_panic_boundary!(err: std::ptr::null_mut() => {{\n\
             // SAFETY: the caller's contract.\n\
             let request = unsafe {{ handle_mut(request, \"request\") }}?;\n"
        ));
    };
    let mut optional: Vec<(String, String, String)> = c_optional_params(op)
        .map(|p| (p.name(), p.wire.clone(), p.ty.clone()))
        .collect();
    optional.push(("region_id".into(), "RegionId".into(), "string".into()));
    for (n, wire, ty) in &optional {
        let what = format!("`{wire}` (`{n}`).");
        match ty.as_str() {
            "tags" => {
                s.push_str(&doc(
                    "",
                    &format!("Adds a tag (`{wire}.N.Key` / `{wire}.N.Value`).\n\n# Safety\n`request` is NULL or a live request no other thread uses; strings are NULL or NUL-terminated."),
                ));
                s.push_str(&format!(
                    "#[no_mangle]\npub unsafe extern \"C\" fn {req}_add_{n}(request: *mut {req}, key: *const c_char, value: *const c_char) -> vpncert_status {{\n\
                     ffi_panic_boundary!(err: std::ptr::null_mut() => {{\n\
                     // SAFETY: the caller's contract.\n\
                     let request = unsafe {{ handle_mut(request, \"request\") }}?;\n\
                     // SAFETY: the caller's contract.\n\
                     match unsafe {{ (str_arg(key, \"key\"), str_arg(value, \"value\")) }} {{\n\
                     (Ok(k), Ok(v)) => request.inner = request.inner.clone().{n}(k, v),\n\
                     (Err(e), _) | (_, Err(e)) => return Err(request.refuse(e)),\n\
                     }}\n\
                     Ok(())\n    }})\n}}\n\n"
                ));
            }
            "u32" | "u64" | "bool" => {
                setter_head(&mut s, n, &what, c_arg_type(ty));
                s.push_str(&format!("        request.inner = request.inner.clone().{n}(value);\n        Ok(())\n    }})\n}}\n\n"));
            }
            _ => {
                setter_head(&mut s, n, &what, "*const c_char");
                let apply = if ty == "list" {
                    "v.split(',').map(str::trim).filter(|s| !s.is_empty())".to_owned()
                } else {
                    "v".to_owned()
                };
                s.push_str(&format!(
                    "        // SAFETY: the caller's contract.\n\
                     match unsafe {{ opt_str_arg(value, {nl}) }} {{\n\
                     Ok(Some(v)) => request.inner = request.inner.clone().{n}({apply}),\n\
                     Ok(None) => request.inner = request.inner.clone().clear_{n}(),\n\
                     Err(e) => return Err(request.refuse(e)),\n\
                     }}\n\
                     Ok(())\n    }})\n}}\n\n",
                    nl = lit(n),
                ));
            }
        }
    }
    for o in &op.options {
        let setter = o.rust.clone().unwrap_or_else(|| o.name.clone());
        let fname = format!("{}_ms", o.name);
        setter_head(
            &mut s,
            &fname,
            &format!(
                "the option `{}`, in milliseconds: {}",
                o.name,
                lowercase_first(&o.doc)
            ),
            "u64",
        );
        s.push_str(&format!(
            "        request.inner = request.inner.clone().{setter}(std::time::Duration::from_millis(value));\n        Ok(())\n    }})\n}}\n\n"
        ));
    }
    s.push_str(&doc("", "Frees a request. NULL is a no-op.\n\n# Safety\n`request` is NULL or a live request no other thread uses."));
    s.push_str(&format!(
        "#[no_mangle]\npub unsafe extern \"C\" fn {req}_free(request: *mut {req}) {{\n    ffi_panic_boundary!(or () => {{\n        // SAFETY: the caller's contract.\n        drop(unsafe {{ take_handle(request) }});\n    }})\n}}\n\n"
    ));

    // _with
    let method = op.rust_method.clone().unwrap_or_else(|| snake_name.clone());
    let (out_ty, call, wrap, what) = match &op.paged {
        Some(p) => {
            let list = list_handle(spec, op);
            (
                list.clone(),
                format!("c.client.{}(&request.inner)", p.walk),
                format!("{list} {{ pages: value }}"),
                format!("a walk over every item (`{list}`, freed with `{list}_free`; no request is sent until its first `_next`)"),
            )
        }
        None => {
            let answer = op.answer.clone().unwrap_or_default();
            let h = spec
                .records
                .get(&answer)
                .map(|r| prefix(&answer, r))
                .unwrap_or_default();
            let call = if op.rust_takes_id {
                format!("c.client.{method}_with(&request.inner)?")
            } else {
                format!("c.client.{method}(&request.inner)?")
            };
            let converted = match &op.rust_returns {
                Some(_) => format!("vpncert::{answer}::from(&{call})"),
                None => call,
            };
            (
                h.clone(),
                converted,
                format!("{h}::from(value)"),
                format!("the answer (`{h}`, freed with `{h}_free`)"),
            )
        }
    };
    // A paged operation's C call walks every page (see `c_optional_params`).
    let what_it_does = match &op.paged {
        Some(p) if p.c_list.is_some() => format!(
            "walks every page of what `{name}` lists ({}).",
            lowercase_first(op.doc.trim_end_matches('.'))
        ),
        _ => lowercase_first(&op.doc),
    };
    s.push_str(&doc(
        "",
        &format!(
            "Sends the request: {what_it_does}\n\nOn success `*out` receives {what}; `*err` is written only on failure. The request is left as it was and may be sent again.\n\n# Safety\n`c` and `request` are NULL or live; `out` and `err` are NULL or writable.",
        ),
    ));
    s.push_str(&format!(
        "#[no_mangle]\npub unsafe extern \"C\" fn vpncert_{snake_name}_with(c: *const vpncert_client, request: *const {req}, out: *mut *mut crate::generated::records::{out_ty}, err: *mut *mut vpncert_error) -> vpncert_status {{\n\
         ffi_panic_boundary!(err: err => {{\n\
         // SAFETY: the caller's contract.\n\
         let (c, request) = unsafe {{ (handle(c, \"c\")?, handle(request, \"request\")?) }};\n\
         out_arg(out, \"out\")?;\n\
         if let Some((parameter, reason)) = &request.refused {{\n\
         return Err(vpncert::Error::invalid(parameter.clone(), reason.clone()));\n\
         }}\n\
         let value = {call};\n\
         let handle = crate::generated::records::{wrap};\n\
         // SAFETY: `out` was checked above and is writable by the caller's contract.\n\
         unsafe {{ write_out(out, into_handle(handle)) }};\n\
         Ok(())\n\
         }})\n}}\n"
    ));
    s
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The optional parameters C sets on a request. A paged operation's C call walks every page
/// itself (pages of 50, lazily), so its `PageNumber` and `PageSize` would set nothing: C has no
/// setters for them.
fn c_optional_params(op: &Operation) -> impl Iterator<Item = &crate::spec::Param> {
    let walks = op.paged.as_ref().is_some_and(|p| p.c_list.is_some());
    let paging = |p: &crate::spec::Param| matches!(p.wire.as_str(), "PageNumber" | "PageSize");
    op.params
        .iter()
        .filter(move |p| !(p.required || walks && paging(p)))
}

/// `ffi-c/symbols.txt`: the functions `header` declares, sorted as `LC_ALL=C sort` sorts them.
pub fn symbols(header: &str) -> String {
    let mut names: Vec<&str> = header
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| {
            // The identifier just before the first `(`: the function's name.
            let head = &l[..l.find('(')?];
            let start = head
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or(0, |i| i + 1);
            let name = &head[start..];
            (start > 0 && name.starts_with("vpncert_")).then_some(name)
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut out = String::from(
        "# The functions libvpncert.so exports, one per line, sorted (LC_ALL=C): its ABI, as\n\
         # include/vpncert.h declares it. Written by `cargo xtask gen`; ffi-c/check-abi.sh (run by\n\
         # tests/c/run.sh) fails when a built library differs.\n",
    );
    for n in names {
        out.push_str(n);
        out.push('\n');
    }
    out
}
