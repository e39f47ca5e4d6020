//! Walking every page of a list operation, lazily.

use std::collections::VecDeque;

use super::Operation;
use crate::{Client, Error};

/// The largest page the API serves.
pub const MAX_PAGE_SIZE: u32 = 50;

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Page<T> {
    /// The request id.
    pub request_id: String,
    /// 1-based page number.
    pub page_number: u32,
    /// Page size asked for.
    pub page_size: u32,
    /// Items across all pages.
    pub total_count: u64,
    /// This page's items.
    pub items: Vec<T>,
}

/// A list operation whose pages can be walked.
pub(crate) trait Paged: Operation + Clone + Send + 'static {
    type Item;
    fn at_page(&self, number: u32, size: u32) -> Self;
    fn into_page(out: Self::Output) -> Page<Self::Item>;
    fn item_id(item: &Self::Item) -> &str;
}

type FetchPage<T> = Box<dyn FnMut(u32) -> Result<Page<T>, Error> + Send>;

/// An iterator over every item of a list, fetching pages of 50 as it goes.
///
/// Owns a clone of the client (cheap), so it can outlive the borrow it was made from. Stops
/// when `TotalCount` items were seen, on a short or empty page, or when the server repeats a
/// page (it never loops forever). A failed page is yielded as an error, then the walk ends.
pub struct Pages<T> {
    fetch: FetchPage<T>,
    item_id: fn(&T) -> &str,
    next_page: u32,
    seen: u64,
    buffer: VecDeque<T>,
    last_first_id: Option<String>,
    done: bool,
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("next_page", &self.next_page)
            .field("seen", &self.seen)
            .field("buffered", &self.buffer.len())
            .field("done", &self.done)
            .finish()
    }
}

impl<T> Pages<T> {
    pub(crate) fn new<O: Paged<Item = T>>(client: &Client, op: O) -> Self {
        let client = client.clone();
        Pages {
            fetch: Box::new(move |n| {
                client
                    .execute(&op.at_page(n, MAX_PAGE_SIZE))
                    .map(O::into_page)
            }),
            item_id: O::item_id,
            next_page: 1,
            seen: 0,
            buffer: VecDeque::new(),
            last_first_id: None,
            done: false,
        }
    }

    fn fetch_next(&mut self) -> Result<(), Error> {
        let page = (self.fetch)(self.next_page)?;
        self.next_page += 1;
        let first = page.items.first().map(|i| (self.item_id)(i).to_owned());
        if first.is_some() && first == self.last_first_id {
            // The server sent the same page again; stop rather than loop.
            self.done = true;
            return Ok(());
        }
        self.last_first_id = first;
        let n = page.items.len() as u64;
        self.seen += n;
        if n < MAX_PAGE_SIZE as u64 || self.seen >= page.total_count {
            self.done = true;
        }
        self.buffer.extend(page.items);
        Ok(())
    }
}

impl<T> Iterator for Pages<T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.fetch_next() {
                self.done = true;
                return Some(Err(e));
            }
        }
    }
}

/// Adds the filters that are set, then the paging fields.
pub(crate) fn push_list_params(
    out: &mut Vec<(&'static str, String)>,
    filters: &[(&'static str, &Option<String>)],
    page_number: Option<u32>,
    page_size: Option<u32>,
) {
    for (k, v) in filters {
        if let Some(v) = v {
            out.push((k, v.clone()));
        }
    }
    if let Some(n) = page_number {
        out.push(("PageNumber", n.to_string()));
    }
    if let Some(n) = page_size {
        out.push(("PageSize", n.to_string()));
    }
}

impl<T> Page<T> {
    /// A page from the API's (leniently decoded) paging fields.
    pub(crate) fn from_raw(
        request_id: String,
        page_number: u64,
        page_size: u64,
        total_count: u64,
        items: Vec<T>,
    ) -> Self {
        Page {
            request_id,
            page_number: page_number.min(u32::MAX as u64) as u32,
            page_size: page_size.min(u32::MAX as u64) as u32,
            total_count,
            items,
        }
    }
}

pub(crate) fn check_page(page_number: Option<u32>, page_size: Option<u32>) -> Result<(), Error> {
    if page_number == Some(0) {
        return Err(Error::invalid("PageNumber", "must be at least 1"));
    }
    if let Some(size) = page_size {
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(Error::invalid(
                "PageSize",
                format!("must be 1 to {MAX_PAGE_SIZE} (got {size})"),
            ));
        }
    }
    Ok(())
}
