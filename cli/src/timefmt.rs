//! Epoch milliseconds as ISO 8601 UTC text.

/// `2024-05-01T08:30:00Z`, or an empty string for 0 (the API's "unknown").
/// `epoch_ms` as ISO 8601 UTC, or `None` when it is 0 (unknown).
pub fn iso(epoch_ms: u64) -> Option<String> {
    Some(iso8601(epoch_ms)).filter(|s| !s.is_empty())
}

pub fn iso8601(epoch_ms: u64) -> String {
    if epoch_ms == 0 {
        return String::new();
    }
    let secs = epoch_ms / 1000;
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01, using 400-year eras
/// (146 097 days each) so that leap years need no table.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468; // days since 0000-03-01
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        assert_eq!(iso8601(0), "");
        assert_eq!(iso8601(1), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1_709_251_199_000), "2024-02-29T23:59:59Z");
        assert_eq!(iso8601(1_735_689_600_000), "2025-01-01T00:00:00Z");
        assert_eq!(iso8601(4_102_444_800_000), "2100-01-01T00:00:00Z");
    }

    #[test]
    fn agrees_with_http_dates() {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        // Every 13 hours for 150 years: crosses every month end and leap day at varied times.
        let mut secs = 0u64;
        while secs < 150 * 365 * 86_400 {
            let ours = iso8601(secs * 1000 + 999);
            let (y, m, d) = (&ours[0..4], &ours[5..7], &ours[8..10]);
            let month = MONTHS[m.parse::<usize>().unwrap() - 1];
            let http = httpdate::fmt_http_date(
                std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs),
            );
            // "Sun, 06 Nov 1994 08:49:37 GMT"
            let want = format!("{d} {month} {y} {}", &ours[11..19]);
            assert_eq!(&http[5..25], want, "at {secs}");
            secs += 13 * 3600;
        }
    }
}
