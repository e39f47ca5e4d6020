//! Walking every page of a list operation, lazily.

use std::collections::{HashSet, VecDeque};

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
    /// Items across all pages (0 when the answer does not say).
    pub total_count: u64,
    /// This page's items.
    pub items: Vec<T>,
    /// Whether the answer carried `TotalCount` (older answers and some gateways leave it out).
    #[serde(skip)]
    pub(crate) total_known: bool,
}

/// A list operation whose pages can be walked.
pub(crate) trait Paged: Operation + Clone + Send + 'static {
    type Item;
    fn at_page(&self, number: u32, size: u32) -> Self;
    fn into_page(out: Self::Output) -> Page<Self::Item>;
    fn item_id(item: &Self::Item) -> &str;
}

type FetchPage<T> = Box<dyn FnMut(u32) -> Result<Page<T>, Error> + Send>;

/// Items a walk accepts from a server that never says how many there are; far beyond any
/// account's certificates or servers.
pub const MAX_ITEMS_WITHOUT_TOTAL: u64 = 100_000;

/// Items of earlier pages a walk tolerates seeing again: a list shifts by one item for each
/// one added in front of it during the walk, never by thousands. Without this bound a server
/// sending one new item among 49 old ones per page would be walked 100,000 pages long.
pub const MAX_REPEATED_ITEMS: u64 = 1_000;

/// An iterator over every item of a list, fetching pages of 50 as it goes.
///
/// Owns a clone of the client (cheap), so it can outlive the borrow it was made from. Stops
/// once `TotalCount` items were seen when the answer has `TotalCount`, otherwise on a short or
/// empty page. It never loops forever: items already seen (the list shifting under the walk)
/// are skipped, and a page that brings nothing new, more pages than the first `TotalCount`
/// needs (a later page cannot raise it), more than [`MAX_REPEATED_ITEMS`] repeats, or more
/// than [`MAX_ITEMS_WITHOUT_TOTAL`] items without a `TotalCount` end the walk with an
/// [`Error::Decode`]. A failed page is yielded as an error, then the walk ends.
pub struct Pages<T> {
    fetch: FetchPage<T>,
    item_id: fn(&T) -> &str,
    next_page: u32,
    seen: HashSet<String>,
    repeated: u64,
    /// The first `TotalCount` the walk was told: what bounds its pages.
    first_total: Option<u64>,
    buffer: VecDeque<T>,
    done: bool,
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("next_page", &self.next_page)
            .field("seen", &self.seen.len())
            .field("buffered", &self.buffer.len())
            .field("done", &self.done)
            .finish()
    }
}

impl<T> Pages<T> {
    pub(crate) fn new<O: Paged<Item = T>>(client: &Client, op: O) -> Self {
        let client = client.clone();
        Self::from_fetch(
            Box::new(move |n| {
                client
                    .execute(&op.at_page(n, MAX_PAGE_SIZE))
                    .map(O::into_page)
            }),
            O::item_id,
        )
    }

    fn from_fetch(fetch: FetchPage<T>, item_id: fn(&T) -> &str) -> Self {
        Pages {
            fetch,
            item_id,
            next_page: 1,
            seen: HashSet::new(),
            repeated: 0,
            first_total: None,
            buffer: VecDeque::new(),
            done: false,
        }
    }

    fn fetch_next(&mut self) -> Result<(), Error> {
        let number = self.next_page;
        let page = (self.fetch)(number)?;
        self.next_page = number.saturating_add(1);
        let fetched = page.items.len() as u64;
        let item_id = self.item_id;
        let seen = &mut self.seen;
        let fresh: Vec<T> = page
            .items
            .into_iter()
            .filter(|i| seen.insert(item_id(i).to_owned()))
            .collect();
        if fetched > 0 && fresh.is_empty() {
            return Err(malformed(format!(
                "page {number} repeats only items of earlier pages"
            )));
        }
        self.repeated += fetched - fresh.len() as u64;
        if self.repeated > MAX_REPEATED_ITEMS {
            return Err(malformed(format!(
                "by page {number}, more than {MAX_REPEATED_ITEMS} items of earlier pages came again"
            )));
        }
        let seen_now = self.seen.len() as u64;
        let short = fetched < MAX_PAGE_SIZE as u64;
        if page.total_known {
            let first_total = *self.first_total.get_or_insert(page.total_count);
            let pages_needed = first_total.div_ceil(MAX_PAGE_SIZE as u64);
            // One page more than TotalCount needs is allowed: items added while walking.
            if u64::from(number) > pages_needed + 1 && !fresh.is_empty() {
                return Err(malformed(format!(
                    "page {number} goes past the {pages_needed} pages that TotalCount \
                     {first_total} needs"
                )));
            }
            self.done = short || seen_now >= page.total_count;
        } else {
            if seen_now > MAX_ITEMS_WITHOUT_TOTAL {
                return Err(malformed(format!(
                    "more than {MAX_ITEMS_WITHOUT_TOTAL} items and no TotalCount"
                )));
            }
            self.done = short;
        }
        self.buffer.extend(fresh);
        Ok(())
    }
}

/// The error that ends a walk over pages that do not add up.
fn malformed(reason: String) -> Error {
    Error::Decode {
        http_status: 200,
        reason: format!("the list does not end: {reason}"),
        snippet: String::new(),
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

impl<T> Page<T> {
    /// A page from the API's (leniently decoded) paging fields.
    pub(crate) fn from_raw(
        request_id: String,
        page_number: u64,
        page_size: u64,
        total_count: Option<u64>,
        items: Vec<T>,
    ) -> Self {
        Page {
            request_id,
            page_number: page_number.min(u32::MAX as u64) as u32,
            page_size: page_size.min(u32::MAX as u64) as u32,
            total_count: total_count.unwrap_or(0),
            items,
            total_known: total_count.is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(number: u32, total: Option<u64>, ids: std::ops::Range<u32>) -> Page<String> {
        Page::from_raw(
            format!("R{number}"),
            number.into(),
            MAX_PAGE_SIZE.into(),
            total,
            ids.map(|i| format!("id-{i}")).collect(),
        )
    }

    fn walk(
        pages: impl Fn(u32) -> Page<String> + Send + 'static,
    ) -> (Vec<String>, Option<Error>, u32) {
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
        let counter = calls.clone();
        let walk = Pages::from_fetch(
            Box::new(move |n| {
                counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Ok(pages(n))
            }),
            |s: &String| s.as_str(),
        );
        let mut items = Vec::new();
        let mut error = None;
        for r in walk.take(1_000_000) {
            match r {
                Ok(i) => items.push(i),
                Err(e) => error = Some(e),
            }
        }
        (
            items,
            error,
            calls.load(std::sync::atomic::Ordering::Relaxed),
        )
    }

    #[test]
    fn two_alternating_pages_end_with_an_error() {
        let (items, error, calls) = walk(|n| {
            if n % 2 == 1 {
                page(n, Some(1_000_000), 0..50)
            } else {
                page(n, Some(1_000_000), 50..100)
            }
        });
        assert_eq!(items.len(), 100);
        assert!(matches!(error, Some(Error::Decode { .. })), "{error:?}");
        assert_eq!(calls, 3);
    }

    #[test]
    fn pages_beyond_what_total_count_needs_end_with_an_error() {
        // Each page brings one new item among repeats: never "all repeats", never done.
        let (items, error, calls) = walk(|n| {
            let mut p = page(n, Some(100), 0..49);
            p.items.push(format!("extra-{n}"));
            p
        });
        assert!(matches!(error, Some(Error::Decode { .. })), "{error:?}");
        assert_eq!(
            calls, 4,
            "TotalCount 100 needs two pages; a third is tolerated"
        );
        assert_eq!(items.len(), 49 + 3);
        let (items, error, calls) = walk(|n| page(n, Some(60), n * 50..n * 50 + 50));
        assert!(error.is_none(), "{error:?}");
        assert_eq!(
            (items.len(), calls),
            (100, 2),
            "stops once TotalCount items were seen"
        );
    }

    #[test]
    fn a_missing_total_count_walks_until_a_short_page() {
        let (items, error, calls) = walk(|n| {
            let end = if n == 3 { n * 50 + 7 } else { n * 50 + 50 };
            page(n, None, n * 50..end)
        });
        assert!(error.is_none(), "{error:?}");
        assert_eq!((items.len(), calls), (107, 3));
        let (items, error, _) = walk(|n| page(n, None, n * 50..n * 50 + 50));
        assert!(matches!(error, Some(Error::Decode { .. })), "{error:?}");
        assert!(items.len() as u64 <= MAX_ITEMS_WITHOUT_TOTAL + 50);
    }

    #[test]
    fn a_total_count_raised_page_by_page_does_not_extend_the_walk() {
        // Every page full of new items, and a TotalCount always one page ahead.
        let (items, error, calls) =
            walk(|n| page(n, Some(u64::from(n + 1) * 50), n * 50..n * 50 + 50));
        assert!(matches!(error, Some(Error::Decode { .. })), "{error:?}");
        assert_eq!(
            calls, 4,
            "the first TotalCount (100) needs two pages; a third is tolerated"
        );
        assert_eq!(items.len(), 150);
    }

    #[test]
    fn many_repeats_end_the_walk_without_a_total_count() {
        // One new item among 49 old ones per page: each page brings something new.
        let (items, error, calls) = walk(|n| {
            let mut p = page(n, None, 0..49);
            p.items.push(format!("extra-{n}"));
            p
        });
        assert!(matches!(error, Some(Error::Decode { .. })), "{error:?}");
        let pages = MAX_REPEATED_ITEMS / 49 + 2;
        assert_eq!(u64::from(calls), pages, "{items:?}");
        assert!(items.len() < 100, "{}", items.len());
    }

    #[test]
    fn items_repeated_by_a_shifting_list_are_skipped() {
        let (items, error, _) = walk(|n| match n {
            1 => page(1, Some(90), 0..50),
            _ => page(2, Some(90), 45..85),
        });
        assert!(error.is_none(), "{error:?}");
        assert_eq!(items.len(), 85);
    }
}
