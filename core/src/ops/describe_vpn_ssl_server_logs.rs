//! `DescribeVpnSslServerLogs`, and a lazy walk over every page of the logs. The answer counts
//! lines (`Count`) rather than carrying ids, so the walk is bounded by that count.

pub use crate::generated::ops::describe_vpn_ssl_server_logs::*;

use crate::{Client, Error, MAX_PAGE_SIZE};

/// Pages a walk accepts from a server that never says how many lines there are.
const MAX_PAGES_WITHOUT_COUNT: u32 = 2_000;

/// Every page of an SSL-VPN server's logs, fetched as it goes (see
/// [`Client::vpn_ssl_server_logs`]).
#[derive(Debug)]
pub struct LogPages {
    client: Client,
    request: DescribeVpnSslServerLogs,
    next_page: u32,
    seen: u64,
    done: bool,
}

impl Client {
    /// Walks every page of the logs that `filter` selects (its page number is where the walk
    /// starts; its page size, 50 when unset), lazily. Stops once `Count` lines were seen, on a
    /// short or empty page, or, when the service sends more pages than `Count` needs, with an
    /// [`Error::Decode`]: it never loops.
    pub fn vpn_ssl_server_logs(&self, filter: &DescribeVpnSslServerLogs) -> LogPages {
        let request = match filter.get_page_size() {
            Some(_) => filter.clone(),
            None => filter.clone().page_size(MAX_PAGE_SIZE),
        };
        LogPages {
            client: self.clone(),
            next_page: request.get_page_number().unwrap_or(1),
            request,
            seen: 0,
            done: false,
        }
    }
}

impl Iterator for LogPages {
    type Item = Result<VpnSslServerLogs, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let number = self.next_page;
        let request = self.request.clone().page_number(number);
        let page = match self.client.describe_vpn_ssl_server_logs(&request) {
            Ok(page) => page,
            Err(e) => {
                self.done = true;
                return Some(Err(e));
            }
        };
        let size = u64::from(self.request.get_page_size().unwrap_or(MAX_PAGE_SIZE));
        let lines = page.logs.len() as u64;
        self.seen += lines;
        let pages_needed = page.count.div_ceil(size.max(1)) as u32;
        let bound = if page.count > 0 {
            pages_needed.saturating_add(1)
        } else {
            MAX_PAGES_WITHOUT_COUNT
        };
        if number > bound {
            self.done = true;
            return Some(Err(Error::Decode {
                http_status: 200,
                reason: format!(
                    "the logs do not end: page {number} goes past what Count {} needs",
                    page.count
                ),
                snippet: String::new(),
            }));
        }
        self.done = lines < size || (page.count > 0 && self.seen >= page.count);
        self.next_page = number.saturating_add(1);
        Some(Ok(page))
    }
}
