//! The page and iterator classes of the list calls, as macros the generated code
//! (`generated/records.rs`) invokes once per paged item: a `#[pyclass]` cannot be generic.
//! `$item` is the Python class of an item, `$core` the core's record.

/// Defines a page class over one item class: paging fields, `items` as a tuple, `len()`,
/// iteration over the items, `to_dict()` and a short `repr()`.
macro_rules! page_class {
    ($page:ident, $item:ident, $core:ident, $doc:literal) => {
        #[doc = $doc]
        #[::pyo3::pyclass(frozen, module = "vpncert._native")]
        pub(crate) struct $page {
            request_id: String,
            page_number: u32,
            page_size: u32,
            total_count: u64,
            items: ::pyo3::Py<::pyo3::types::PyTuple>,
        }

        impl $page {
            pub(crate) fn new(
                py: ::pyo3::Python<'_>,
                page: vpncert::Page<vpncert::$core>,
            ) -> ::pyo3::PyResult<Self> {
                let items = page
                    .items
                    .into_iter()
                    .map(|i| ::pyo3::Py::new(py, $item(i)))
                    .collect::<::pyo3::PyResult<Vec<_>>>()?;
                Ok($page {
                    request_id: page.request_id,
                    page_number: page.page_number,
                    page_size: page.page_size,
                    total_count: page.total_count,
                    items: ::pyo3::types::PyTuple::new(py, items)?.unbind(),
                })
            }
        }

        #[::pyo3::pymethods]
        impl $page {
            /// The request id.
            #[getter]
            fn request_id(&self) -> &str {
                &self.request_id
            }

            /// 1-based page number.
            #[getter]
            fn page_number(&self) -> u32 {
                self.page_number
            }

            /// Page size asked for.
            #[getter]
            fn page_size(&self) -> u32 {
                self.page_size
            }

            /// Items across all pages.
            #[getter]
            fn total_count(&self) -> u64 {
                self.total_count
            }

            /// This page's items.
            #[getter]
            fn items<'py>(
                &self,
                py: ::pyo3::Python<'py>,
            ) -> ::pyo3::Bound<'py, ::pyo3::types::PyTuple> {
                self.items.bind(py).clone()
            }

            fn __len__(&self, py: ::pyo3::Python<'_>) -> usize {
                self.items.bind(py).len()
            }

            fn __iter__<'py>(
                &self,
                py: ::pyo3::Python<'py>,
            ) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::types::PyIterator>> {
                self.items.bind(py).try_iter()
            }

            /// The fields as a dict, items as a list of dicts.
            fn to_dict<'py>(
                &self,
                py: ::pyo3::Python<'py>,
            ) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::types::PyDict>> {
                let d = ::pyo3::types::PyDict::new(py);
                d.set_item("request_id", &self.request_id)?;
                d.set_item("page_number", self.page_number)?;
                d.set_item("page_size", self.page_size)?;
                d.set_item("total_count", self.total_count)?;
                let items = self
                    .items
                    .bind(py)
                    .iter()
                    .map(|i| i.cast_into::<$item>()?.get().to_dict(py))
                    .collect::<::pyo3::PyResult<Vec<_>>>()?;
                d.set_item("items", items)?;
                Ok(d)
            }

            fn __repr__(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<String> {
                Ok($crate::repr::Repr::new(py, stringify!($page))
                    .raw("page_number", self.page_number)
                    .raw("page_size", self.page_size)
                    .raw("total_count", self.total_count)
                    .raw(
                        "items",
                        format_args!("<{} of {}>", self.items.bind(py).len(), self.total_count),
                    )
                    .str("request_id", &self.request_id)?
                    .finish())
            }
        }
    };
}
pub(crate) use page_class;

/// Defines a Python iterator over a core `Pages` walk: each `next()` that needs a new page
/// fetches it with the interpreter detached.
macro_rules! iterator_class {
    ($iter:ident, $item:ident, $core:ident, $doc:literal) => {
        #[doc = $doc]
        #[::pyo3::pyclass(frozen, module = "vpncert._native")]
        pub(crate) struct $iter {
            // A Python iterator may be advanced from several threads; the lock keeps the walk
            // in one piece, and it is taken with the interpreter detached, so waiting for it
            // never blocks other Python threads.
            pages: ::std::sync::Mutex<vpncert::Pages<vpncert::$core>>,
        }

        impl $iter {
            pub(crate) fn new(pages: vpncert::Pages<vpncert::$core>) -> Self {
                $iter {
                    pages: ::std::sync::Mutex::new(pages),
                }
            }
        }

        #[::pyo3::pymethods]
        impl $iter {
            fn __iter__(slf: ::pyo3::Bound<'_, Self>) -> ::pyo3::Bound<'_, Self> {
                slf
            }

            fn __next__(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<Option<$item>> {
                let next = crate::pylogging::detach(py, || {
                    let mut pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
                    pages.next()
                });
                match next {
                    Some(item) => Ok(Some($item($crate::errors::IntoPyResult::into_py_result(
                        item, py,
                    )?))),
                    None => Ok(None),
                }
            }

            fn __repr__(&self) -> String {
                format!(
                    "<{} (lazy; fetches pages of {})>",
                    stringify!($iter),
                    vpncert::MAX_PAGE_SIZE
                )
            }
        }
    };
}
pub(crate) use iterator_class;
