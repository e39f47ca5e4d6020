//! `repr()` text of result objects: `Name(field='value', n=3)`, strings quoted the way Python
//! quotes them. Secret fields are never passed here; callers write a placeholder instead.

use pyo3::prelude::*;
use pyo3::types::PyString;

pub(crate) struct Repr<'py> {
    py: Python<'py>,
    out: String,
    first: bool,
}

impl<'py> Repr<'py> {
    pub(crate) fn new(py: Python<'py>, class: &str) -> Self {
        let mut out = String::with_capacity(128);
        out.push_str(class);
        out.push('(');
        Repr {
            py,
            out,
            first: true,
        }
    }

    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push_str(", ");
        }
        self.first = false;
        self.out.push_str(key);
        self.out.push('=');
    }

    /// A string field, quoted and escaped by Python's own `repr`.
    pub(crate) fn str(mut self, key: &str, value: &str) -> PyResult<Self> {
        self.key(key);
        let quoted = PyString::new(self.py, value).repr()?;
        self.out.push_str(&quoted.to_cow()?);
        Ok(self)
    }

    /// A field shown as is (numbers, booleans, placeholders).
    pub(crate) fn raw(mut self, key: &str, value: impl std::fmt::Display) -> Self {
        self.key(key);
        self.out.push_str(&value.to_string());
        self
    }

    pub(crate) fn finish(mut self) -> String {
        self.out.push(')');
        self.out
    }
}

/// Python's spelling of a boolean.
pub(crate) fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}
