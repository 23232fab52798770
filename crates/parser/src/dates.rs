//! Vietnamese date and time forms found on portals, to RFC 3339 in +07:00.
//!
//! Recognized (anywhere in a line): `19/06/2019 11:54`, `Thứ hai, 15/01/2024`,
//! `Đăng lúc: 14:54:14 31/12/2020 (GMT+7)`, `15/01/2024 - 08:45`,
//! `08:45, 15/01/2024`, `Cập nhật lúc: 18:00 | 22/05/2022`,
//! `06/10/2024 | 00:35 GMT+7`, `Ngày 12 tháng 1 năm 2024`, `24 Tháng 6 2022 07:30`,
//! `19/06/2024 3:30:00 CH` (12-hour, SA/CH or AM/PM), `6-1-2016`, `15.01.2024`,
//! month first where the day cannot be a month (`4/15/2026 10:15 AM`),
//! and ISO 8601 (`2024-01-15T08:45:00+07:00`, `2024-01-15`, NukeViet's
//! `2025-07-08+0715:20:00`).
//! A date without a time is midnight local time.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use regex::Regex;
use vnportal_model::vietnam_offset;

/// No word boundary after the year: inline elements join without a space
/// ("<span>Ngày đăng: 19/11/2026</span><span>Lượt xem</span>" flattens to
/// "19/11/2026Lượt xem"); only a further digit ends the match.
static DMY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\D|$)").expect("valid regex"));
/// A date in ISO order in running text; the time after it is read like any other.
static YMD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").expect("valid regex"));
/// "Ngày 12 tháng 1 năm 2024", and the month-name form of Vietnamese CMS
/// locales: Joomla's "Thứ sáu, 24 Tháng 6 2022 07:30", "24 tháng 6, 2022".
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|năm\s+)?(\d{4})\b").expect("valid regex")
});
/// The month names of WordPress's Vietnamese locale, capitalised, with the
/// comma its formats put before the year ("16 Tháng Năm, 2026", "Tháng Năm
/// 16, 2026"); without it "9 Tháng Năm 2025" is "nine months of 2025", a
/// report's heading.
const VI_MONTHS: [&str; 12] = [
    "Một",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười Một",
    "Mười Hai",
];
static VI_MONTH: LazyLock<String> = LazyLock::new(|| {
    // Longest first: "Mười Một" before "Mười".
    let mut names: Vec<&str> = VI_MONTHS.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!(r"Tháng\s+({})", names.join("|"))
});
static VI_MONTH_DMY: LazyLock<Regex> = LazyLock::new(|| {
    let month = &*VI_MONTH;
    Regex::new(&format!(r"\b(\d{{1,2}})\s+{month}\s*,\s*(\d{{4}})(?:\D|$)")).expect("valid regex")
});
static VI_MONTH_MDY: LazyLock<Regex> = LazyLock::new(|| {
    let month = &*VI_MONTH;
    Regex::new(&format!(r"{month}\s+(\d{{1,2}}),\s*(\d{{4}})(?:\D|$)")).expect("valid regex")
});

/// The number of a month of [`VI_MONTHS`].
fn vi_month_number(name: &str) -> Option<String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    VI_MONTHS.iter().position(|n| *n == name).map(|i| (i + 1).to_string())
}

/// English month names, as English editions and en-US themes print them:
/// "November 19, 2026", "Nov. 19, 2026", "19 November 2026".
/// Capitalised or in capitals: lower-case "may" is Vietnamese (sewing).
static MONTHS: LazyLock<String> = LazyLock::new(|| {
    const NAMES: [&str; 24] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sept",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ];
    let forms: Vec<String> = NAMES.iter().flat_map(|n| [n.to_string(), n.to_uppercase()]).collect();
    format!(r"({})\.?", forms.join("|"))
});
static ENGLISH_MDY: LazyLock<Regex> = LazyLock::new(|| {
    let months = &*MONTHS;
    Regex::new(&format!(
        r"\b{months}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?:\D|$)"
    ))
    .expect("valid regex")
});
static ENGLISH_DMY: LazyLock<Regex> = LazyLock::new(|| {
    let months = &*MONTHS;
    Regex::new(&format!(r"\b(\d{{1,2}})\s+{months},?\s+(\d{{4}})(?:\D|$)")).expect("valid regex")
});

/// The month number of an English month name's first three letters.
fn month_number(name: &str) -> Option<String> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let name = name.get(..3)?.to_ascii_lowercase();
    NAMES.iter().position(|n| *n == name).map(|i| (i + 1).to_string())
}

/// No word boundary on either side: inline elements of a meta line join
/// without a space ("<span>16/01/2025 | 10:02</span><span>Cỡ chữ</span>"
/// flattens to "10:02Cỡ chữ", "<span>Kim Ngân</span><span>16:12 …" to
/// "Kim Ngân16:12"); only a further digit ends the match.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\D)([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)(?:\s*:\s*([0-5]\d))?(?:[^\d]|$)").expect("valid regex")
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?\b")
        .expect("valid regex")
});

/// How far (in bytes) from the date a time may stand and still belong to it.
const TIME_REACH: usize = 16;

/// Labels of the publication date in a meta line that also shows an update:
/// "Cập nhật: 11:20, 05/03/2026 · Đăng: 08:30, 05/03/2026".
static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|đăng\s+vào|đăng|ngày\s+xuất\s+bản|xuất\s+bản|ngày\s+tạo|published|posted\s+on)")
        .expect("valid regex")
});
static UPDATED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(ngày\s+cập\s+nhật|cập\s+nhật|ngày\s+sửa|sửa\s+lúc|chỉnh\s+sửa|last\s+updated|updated|modified)")
        .expect("valid regex")
});

/// The date a publication label labels: the label is followed by the date
/// (after a colon, "lúc" or "ngày"), not by more words ("Hạn đăng ký:",
/// "Người đăng: …", "Nhà xuất bản Kim Đồng").
fn labels_a_date(text: &str, label: regex::Match<'_>) -> bool {
    let rest = text[label.end()..].trim_start().trim_start_matches(':').trim_start();
    let lower: String = rest.chars().take(12).collect::<String>().to_lowercase();
    let rest = ["lúc ", "ngày ", "vào "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .unwrap_or(&lower)
        .trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with("thứ") || rest.starts_with("chủ nhật")
}

/// The date in `text`: the first one, unless the line labels both an update
/// and the publication, whichever comes first, when the publication's is
/// taken.
pub fn find_date(text: &str) -> Option<DateTime<FixedOffset>> {
    if let Some(updated) = UPDATED_LABEL.find(text)
        && let Some(published) = PUBLISHED_LABEL
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .find(|m| labels_a_date(text, *m))
    {
        // Up to the update label when it follows; the line's end otherwise.
        let end = if updated.start() > published.end() {
            updated.start()
        } else {
            text.len()
        };
        if let Some(date) = first_date(&text[published.end()..end]) {
            return Some(date);
        }
    }
    first_date(text)
}

/// The first date (with its time, if one stands next to it) in `text`.
fn first_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let dmy = DMY.captures(text).and_then(|c| {
        // The match ends after the year, not the character after it.
        let (start, end) = (c.get(0)?.start(), c.get(3)?.end());
        // Day first, as Vietnamese write it; month first only where the day
        // cannot be a month: SharePoint in its en-US locale prints
        // "4/15/2026 10:15 AM".
        let date = ymd(&c[3], &c[2], &c[1]).or_else(|| ymd(&c[3], &c[1], &c[2]))?;
        Some((start, end, date))
    });
    let words = WORDS.captures(text).and_then(|c| {
        let m = c.get(0)?;
        Some((m.start(), m.end(), ymd(&c[3], &c[2], &c[1])?))
    });
    // Hand-written PHP themes print the database value as it is: "2026-03-02 16:40".
    let ymd_text = YMD.captures(text).and_then(|c| {
        let m = c.get(0)?;
        Some((m.start(), m.end(), ymd(&c[1], &c[2], &c[3])?))
    });
    let english = named_month(text, &ENGLISH_MDY, &ENGLISH_DMY, month_number);
    // The month word needs its "Tháng": most lines have none, and skip two regexes.
    let vietnamese = text
        .contains("Tháng")
        .then(|| named_month(text, &VI_MONTH_MDY, &VI_MONTH_DMY, vi_month_number))
        .flatten();
    // The first of the forms in the line.
    let (start, end, date) = [dmy, words, ymd_text, english, vietnamese]
        .into_iter()
        .flatten()
        .min_by_key(|f| f.0)?;
    // "Hôm nay: Chủ nhật, 22-11-2026": the header's today, never the
    // article's date; a date after it on the line may be.
    if TODAY.is_match(&text[..start]) {
        return first_date(&text[end..]);
    }
    let time = nearby_time(text, start, end).unwrap_or(NaiveTime::MIN);
    local(date.and_time(time))
}

/// A date with the month named, month first ("November 19, 2026") or day
/// first ("19 November 2026"): the span and the day. Both regexes capture
/// (month, day, year) and (day, month, year) respectively.
fn named_month(
    text: &str,
    month_first: &Regex,
    day_first: &Regex,
    number: fn(&str) -> Option<String>,
) -> Option<(usize, usize, NaiveDate)> {
    let read = |c: regex::Captures<'_>, m: usize, d: usize| {
        let (start, end) = (c.get(0)?.start(), c.get(3)?.end());
        Some((start, end, ymd(&c[3], &number(&c[m])?, &c[d])?))
    };
    month_first
        .captures(text)
        .and_then(|c| read(c, 1, 2))
        .or_else(|| read(day_first.captures(text)?, 2, 1))
}

/// A label of today's date opening the line before a date: "Hôm nay: Chủ
/// nhật,", "Today is"; "Cập nhật: Hôm nay, 20/11/2025" dates an update.
static TODAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^\p{L}\d]*(?:hôm\s+nay|today)(?:\s+is)?[^\p{L}\d]*(?:(?:là\s+)?(?:thứ\s+\S+|chủ\s+nhật|ngày|cn|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[^\p{L}\d]*){0,2}$")
        .expect("valid regex")
});

/// The date in a page's address: "/2026-08-14/slug.html", "/2026/08/14/",
/// SharePoint's "/Pages/2020-12-31/slug.aspx". A year and month alone
/// ("/2026/08/") say no day; Joomla's aliases of a menu's creation time
/// ("/2012-05-28-08-20-34/") date no article.
pub fn date_in_path(path: &str) -> Option<DateTime<FixedOffset>> {
    static PATH_DATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/.]|$)").expect("valid regex"));
    let c = PATH_DATE.captures(path)?;
    local(ymd(&c[1], &c[2], &c[3])?.and_time(NaiveTime::MIN))
}

/// Parses an ISO 8601 / RFC 3339 value as found in meta tags and JSON-LD.
/// Without an offset the value is taken as Vietnam time; the result is
/// expressed in +07:00.
pub fn parse_iso(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Some(dt.with_timezone(&vietnam_offset()));
    }
    if let Some(dt) = zone_in_place_of_t(text) {
        return Some(dt);
    }
    let c = ISO.captures(text)?;
    let date = ymd(&c[1], &c[2], &c[3])?;
    let time = match (c.get(4), c.get(5)) {
        (Some(h), Some(m)) => {
            let s = c.get(6).map_or(0, |s| s.as_str().parse().unwrap_or(0));
            NaiveTime::from_hms_opt(h.as_str().parse().ok()?, m.as_str().parse().ok()?, s)?
        }
        _ => NaiveTime::MIN,
    };
    let naive = date.and_time(time);
    match c.get(7).map(|m| m.as_str()) {
        None => local(naive),
        Some("Z") => Some(chrono::Utc.from_utc_datetime(&naive).with_timezone(&vietnam_offset())),
        Some(offset) => {
            let digits: String = offset.chars().filter(char::is_ascii_digit).collect();
            let (h, m): (i32, i32) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
            let secs = (h * 3600 + m * 60) * if offset.starts_with('-') { -1 } else { 1 };
            at_offset(naive, secs)
        }
    }
}

/// NukeViet prints `article:published_time` with PHP's `Y-m-dTH:i:s`, where
/// `T` is the time-zone abbreviation, not the literal separator:
/// "2024-07-13ICT08:42:00", or "2025-07-08+0715:20:00" where the zone has
/// no abbreviation ("+07", then 15:20:00). The clock time is the zone's.
fn zone_in_place_of_t(text: &str) -> Option<DateTime<FixedOffset>> {
    static ZONE_T: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})-(\d{2})-(\d{2})([A-Z]{2,5}|[+-]\d{2})(\d{2}):(\d{2})(?::(\d{2}))?$").expect("valid regex")
    });
    let c = ZONE_T.captures(text)?;
    let date = ymd(&c[1], &c[2], &c[3])?;
    let s = c.get(7).map_or(Some(0), |s| s.as_str().parse().ok())?;
    let naive = date.and_time(NaiveTime::from_hms_opt(c[5].parse().ok()?, c[6].parse().ok()?, s)?);
    let offset_secs = match &c[4] {
        "UTC" | "GMT" => 0,
        zone if zone.starts_with(['+', '-']) => {
            let hours: i32 = zone[1..].parse().ok()?;
            hours * 3600 * if zone.starts_with('-') { -1 } else { 1 }
        }
        // ICT and the abbreviations of servers set elsewhere: the portal's own time.
        _ => return local(naive),
    };
    at_offset(naive, offset_secs)
}

/// A wall-clock time at a UTC offset (seconds east), in +07:00.
fn at_offset(naive: NaiveDateTime, secs: i32) -> Option<DateTime<FixedOffset>> {
    let tz = FixedOffset::east_opt(secs)?;
    Some(
        tz.from_local_datetime(&naive)
            .single()?
            .with_timezone(&vietnam_offset()),
    )
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let year: i32 = y.parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

fn local(naive: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
    vietnam_offset().from_local_datetime(&naive).single()
}

/// A time just before or just after the date span `[start, end)`.
fn nearby_time(text: &str, start: usize, end: usize) -> Option<NaiveTime> {
    // `offset`: where the searched window starts in `text`, so that the
    // designator after the time is looked for in the whole line.
    let parse = |c: regex::Captures, offset: usize| {
        let s = c.get(3).map_or(Some(0), |s| s.as_str().parse().ok())?;
        // After the last digit of the time: the match itself ends one character later.
        let digits_end = c.get(3).or_else(|| c.get(2)).map_or(0, |m| m.end());
        let after = &text[offset + digits_end..];
        let hour = twenty_four_hour(c[1].parse().ok()?, designator(after));
        NaiveTime::from_hms_opt(hour, c[2].parse().ok()?, s)
    };
    let after_end = floor_char_boundary(text, (end + TIME_REACH).min(text.len()));
    if let Some(c) = TIME.captures(&text[end..after_end]) {
        return parse(c, end);
    }
    // A weekday between the time and the date: "08:05, Thứ Sáu, 20/11/2026".
    static WEEKDAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,-]?\s*$").expect("valid regex")
    });
    let start = WEEKDAY_BEFORE.find(&text[..start]).map_or(start, |m| m.start());
    let before_start = ceil_char_boundary(text, start.saturating_sub(TIME_REACH));
    TIME.captures_iter(&text[before_start..start])
        .last()
        .and_then(|c| parse(c, before_start))
}

/// The 12-hour designator at the start of `after` (spaces skipped): .NET's
/// vi-VN culture writes "3:30:00 CH" (chiều, afternoon) and "9:05:00 SA"
/// (sáng, morning), English locales AM/PM, prose "3:30 chiều", "7:00 tối".
fn designator(after: &str) -> Option<bool> {
    const FORMS: &[(&str, bool)] = &[
        ("SA", false),
        ("AM", false),
        ("am", false),
        ("sáng", false),
        ("CH", true),
        ("PM", true),
        ("pm", true),
        ("chiều", true),
        ("tối", true),
    ];
    let after = after.trim_start();
    FORMS.iter().find_map(|&(form, pm)| {
        let rest = after.strip_prefix(form)?;
        // A whole word: "CHỦ NHẬT" is no designator.
        (!rest.starts_with(char::is_alphanumeric)).then_some(pm)
    })
}

/// The hour on a 24-hour clock: "3:30 CH" is 15:30, "12:10 SA" is 00:10.
/// A designator after an hour above 12 is redundant ("15:30 chiều").
fn twenty_four_hour(hour: u32, pm: Option<bool>) -> u32 {
    let Some(pm) = pm else { return hour };
    match (hour, pm) {
        (13.., _) => hour,
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> String {
        find_date(s).map(|d| d.to_rfc3339()).unwrap_or_default()
    }

    #[test]
    fn portal_forms() {
        assert_eq!(at("19/06/2019 11:54"), "2019-06-19T11:54:00+07:00");
        assert_eq!(at("Thứ hai, 15/01/2024"), "2024-01-15T00:00:00+07:00");
        assert_eq!(at("Thứ hai, 15/01/2024 415 lượt xem"), "2024-01-15T00:00:00+07:00");
        assert_eq!(at("Đăng lúc: 14:54:14 31/12/2020 (GMT+7)"), "2020-12-31T14:54:14+07:00");
        assert_eq!(at("15/01/2024 - 08:45"), "2024-01-15T08:45:00+07:00");
        assert_eq!(at("08:45, 15/01/2024"), "2024-01-15T08:45:00+07:00");
        assert_eq!(at("Cập nhật lúc: 18:00 | 22/05/2022"), "2022-05-22T18:00:00+07:00");
        assert_eq!(at("06/10/2024 | 00:35 GMT+7"), "2024-10-06T00:35:00+07:00");
        assert_eq!(at("Ngày 12 tháng 1 năm 2024"), "2024-01-12T00:00:00+07:00");
        assert_eq!(at("Nguồn: baodaklak.vn, ngày 6/1/2016"), "2016-01-06T00:00:00+07:00");
        // ISO order as a PHP template prints the database column.
        assert_eq!(at("2026-03-02 16:40 \u{a0} 587"), "2026-03-02T16:40:00+07:00");
        assert_eq!(at("Đăng ngày: 2024-01-15"), "2024-01-15T00:00:00+07:00");
        // A name in the span before the time, joined without a space.
        assert_eq!(at("Kim Ngân16:12 03/07/2026"), "2026-07-03T16:12:00+07:00");
    }

    #[test]
    fn dates_in_addresses() {
        let at = |p: &str| date_in_path(p).map(|d| d.to_rfc3339()).unwrap_or_default();
        assert_eq!(
            at("/tin-tuc/2026-08-14/chu-dong-1842.html"),
            "2026-08-14T00:00:00+07:00"
        );
        assert_eq!(at("/portal/Pages/2020-12-31/slug.aspx"), "2020-12-31T00:00:00+07:00");
        assert_eq!(at("/2026/08/14/slug/"), "2026-08-14T00:00:00+07:00");
        // A month alone, an id, an impossible day.
        for path in [
            "/2026/08/slug.html",
            "/tin-tuc/20260814-slug",
            "/2026-02-30/x",
            "/index.php/2012-05-28-08-20-34/gioi-thieu",
        ] {
            assert_eq!(at(path), "", "{path}");
        }
    }

    #[test]
    fn the_publication_date_over_the_update_in_one_line() {
        for (text, want) in [
            (
                "Cập nhật: 11:20, 05/03/2026 · Đăng: 08:30, 05/03/2026",
                "2026-03-05T08:30:00+07:00",
            ),
            (
                "Ngày đăng: 04/03/2026 08:30 | Cập nhật: 05/03/2026 11:20",
                "2026-03-04T08:30:00+07:00",
            ),
            (
                "Ngày sửa: 06/03/2026 - Ngày tạo: 01/03/2026",
                "2026-03-01T00:00:00+07:00",
            ),
            // The poster's label is no date's.
            (
                "Cập nhật: 05/03/2026 - Người đăng: Hoàng Thu Hằng",
                "2026-03-05T00:00:00+07:00",
            ),
            // A label without a date after it leaves the first date.
            ("Cập nhật: 05/03/2026 | Đăng bởi: Lê Hà", "2026-03-05T00:00:00+07:00"),
            // Words that hold "đăng" or "xuất bản" label no publication.
            (
                "Cập nhật: 05/03/2026 | Hạn đăng ký: 20/03/2026",
                "2026-03-05T00:00:00+07:00",
            ),
            (
                "Ngày cập nhật: 05/03/2026 - Ngày đăng ký: 01/02/2026",
                "2026-03-05T00:00:00+07:00",
            ),
            (
                "Cập nhật: 05/03/2026 | Nhà xuất bản Kim Đồng 01/12/2025",
                "2026-03-05T00:00:00+07:00",
            ),
            (
                "Cập nhật 10:00 05/03/2026, đăng lúc 08:30 ngày 04/03/2026",
                "2026-03-04T08:30:00+07:00",
            ),
        ] {
            assert_eq!(at(text), want, "{text}");
        }
    }

    #[test]
    fn month_word_dates_of_cms_locales() {
        assert_eq!(at("Thứ sáu, 24 Tháng 6 2022 07:30"), "2022-06-24T07:30:00+07:00");
        assert_eq!(at("Thứ Ba, 11/11/2025, 18:47"), "2025-11-11T18:47:00+07:00");
        assert_eq!(
            at("Cập nhật lúc 08:05, Thứ Sáu, 20/11/2026"),
            "2026-11-20T08:05:00+07:00"
        );
        assert_eq!(
            at("Cập nhật lần cuối ( Thứ năm, 18 Tháng 12 2025 16:02 )"),
            "2025-12-18T16:02:00+07:00"
        );
        assert_eq!(at("Cập nhật: 5 tháng 11, 2023"), "2023-11-05T00:00:00+07:00");
        assert_eq!(at("Ngày 12 tháng 1 năm 2024"), "2024-01-12T00:00:00+07:00");
        // A duration is no date.
        assert_eq!(at("Sau 3 tháng 10 ngày thi công"), "");
    }

    #[test]
    fn month_names_of_the_vietnamese_wordpress_locale() {
        assert_eq!(at("16 Tháng Năm, 2026"), "2026-05-16T00:00:00+07:00");
        assert_eq!(at("Tháng Mười Một 3, 2025 08:10"), "2025-11-03T08:10:00+07:00");
        assert_eq!(at("1 Tháng Mười Hai, 2025"), "2025-12-01T00:00:00+07:00");
        // Without the comma it counts months: a report's heading, not a date.
        assert_eq!(at("trong 12 tháng năm 2025"), "");
        assert_eq!(at("I. TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2025"), "");
        assert_eq!(at("Kết Quả Thực Hiện Nhiệm Vụ 9 Tháng Năm 2025"), "");
    }

    #[test]
    fn today_in_a_header_is_no_date() {
        for text in [
            "Hôm nay: Chủ nhật, 22-11-2026",
            "Hôm nay, ngày 22/11/2026",
            "Hôm nay là Chủ nhật, ngày 22 tháng 11 năm 2026",
            "Today is Sunday, 22/11/2026",
            "HÔM NAY: CN, 22/11/2026",
        ] {
            assert_eq!(at(text), "", "{text}");
        }
        // A date after today's on the same line still counts.
        assert_eq!(
            at("Hôm nay: 22/11/2026 | Đăng lúc: 20/11/2026 08:00"),
            "2026-11-20T08:00:00+07:00"
        );
        // "Hôm nay" after another label, or further off, labels no today.
        assert_eq!(at("Cập nhật: Hôm nay, 20/11/2025 08:30"), "2025-11-20T08:30:00+07:00");
        assert_eq!(
            at("Hôm nay đoàn đã về tới xã, ngày 20/11/2026"),
            "2026-11-20T00:00:00+07:00"
        );
    }

    #[test]
    fn english_month_names() {
        for (text, want) in [
            ("Thursday, November 19, 2026 9:15 PM", "2026-11-19T21:15:00+07:00"),
            ("Nov. 19, 2026", "2026-11-19T00:00:00+07:00"),
            ("19 November 2026 | 08:30", "2026-11-19T08:30:00+07:00"),
        ] {
            assert_eq!(find_date(text).map(|d| d.to_rfc3339()).as_deref(), Some(want), "{text}");
        }
        // A year run into the next inline element's text.
        assert_eq!(
            find_date("Ngày đăng: 19/11/2026Lượt xem: 316")
                .map(|d| d.to_rfc3339())
                .as_deref(),
            Some("2026-11-19T00:00:00+07:00")
        );
        // Lower-case "may" is Vietnamese; a year may run into the next text.
        assert_eq!(find_date("xưởng may 12 2000 bộ"), None);
        assert_eq!(
            find_date("Nov 19, 2026Lượt xem").map(|d| d.to_rfc3339()).as_deref(),
            Some("2026-11-19T00:00:00+07:00")
        );
        // A word that starts like a month is none.
        assert_eq!(find_date("Decision 15, 2020"), None);
    }

    #[test]
    fn twelve_hour_designators() {
        assert_eq!(at("19/06/2024 3:30:00 CH"), "2024-06-19T15:30:00+07:00");
        assert_eq!(at("19/06/2024 9:05:00 SA"), "2024-06-19T09:05:00+07:00");
        assert_eq!(at("19/06/2024 12:10:00 SA"), "2024-06-19T00:10:00+07:00");
        assert_eq!(at("12:15 PM, 19/06/2024"), "2024-06-19T12:15:00+07:00");
        assert_eq!(at("7:00 tối 19/06/2024"), "2024-06-19T19:00:00+07:00");
        assert_eq!(at("19/06/2024 15:30 chiều"), "2024-06-19T15:30:00+07:00");
        // A place name after the time is no designator.
        assert_eq!(at("19/06/2024 08:45 Sa Pa"), "2024-06-19T08:45:00+07:00");
        assert_eq!(at("23/06/2024 08:45 CHỦ NHẬT"), "2024-06-23T08:45:00+07:00");
        assert_eq!(at("19/06/2024 3:30pm"), "2024-06-19T15:30:00+07:00");
    }

    #[test]
    fn month_first_only_where_the_day_cannot_be_a_month() {
        assert_eq!(at("Ngày xuất bản: 4/15/2026 10:15 AM"), "2026-04-15T10:15:00+07:00");
        assert_eq!(at("17/11/2025 3:40 CH"), "2025-11-17T15:40:00+07:00");
        // Ambiguous: day first.
        assert_eq!(at("4/5/2026"), "2026-05-04T00:00:00+07:00");
        assert!(find_date("15/15/2026").is_none());
    }

    #[test]
    fn a_time_joined_to_the_next_inline_element() {
        // "<span>…| 10:02</span><span>Cỡ chữ: A A</span>" flattens without a space.
        assert_eq!(
            at("Thứ Năm, 16/01/2025 | 10:02Cỡ chữ: A A A"),
            "2025-01-16T10:02:00+07:00"
        );
        assert_eq!(at("16/01/2025 10:02:07Lượt xem: 12"), "2025-01-16T10:02:07+07:00");
        // A longer number is no time.
        assert_eq!(at("16/01/2025 10:025"), "2025-01-16T00:00:00+07:00");
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(at("Hôm nay: 146"), "");
        assert_eq!(at("31/02/2024"), "");
        assert_eq!(at("Quyết định số 17/2018/QĐ-UBND"), "");
        assert_eq!(at("Lượt truy cập: 1832541"), "");
    }

    #[test]
    fn iso_values_from_meta() {
        let iso = |s| parse_iso(s).map(|d| d.to_rfc3339()).unwrap_or_default();
        assert_eq!(iso("2024-01-15T01:45:00Z"), "2024-01-15T08:45:00+07:00");
        assert_eq!(iso("2024-01-15T08:45:00+07:00"), "2024-01-15T08:45:00+07:00");
        assert_eq!(iso("2024-01-15 08:45"), "2024-01-15T08:45:00+07:00");
        assert_eq!(iso("2024-01-15"), "2024-01-15T00:00:00+07:00");
        assert_eq!(iso("yesterday"), "");
        // NukeViet's zone abbreviation where the "T" belongs.
        assert_eq!(iso("2025-07-08+0715:20:00"), "2025-07-08T15:20:00+07:00");
        assert_eq!(iso("2024-07-13ICT08:42:00"), "2024-07-13T08:42:00+07:00");
        assert_eq!(iso("2024-07-13UTC01:42:00"), "2024-07-13T08:42:00+07:00");
    }
}
