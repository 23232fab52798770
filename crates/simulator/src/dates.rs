//! The date forms Vietnamese portals display, and "today" in Vietnam time.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDateTime, Timelike, Utc, Weekday};

/// How a page displays a publication time. These are the only forms the
/// simulator emits, for article dates as well as for dates in lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateForm {
    /// `19/06/2019 11:54` (SharePoint "/Trang/" portals).
    DayTime,
    /// `Thứ hai, 15/01/2024` (custom district portals; also their header's today).
    Weekday,
    /// `Đăng lúc: 14:54:14 31/12/2020 (GMT+7)` (SharePoint Tân Dân).
    Posted,
    /// `15/01/2024 - 08:45` (lists of related news).
    DashTime,
    /// `Cập nhật lúc: 18:00 | 22/05/2022` (VNPT ePortal).
    Updated,
    /// `Ngày 12 tháng 1 năm 2024` (formal style).
    Long,
}

impl DateForm {
    /// The displayed text for `at` (local Vietnam time).
    pub(crate) fn render(self, at: NaiveDateTime) -> String {
        let (d, m, y) = (at.day(), at.month(), at.year());
        let (hh, mm, ss) = (at.hour(), at.minute(), at.second());
        match self {
            DateForm::DayTime => format!("{d:02}/{m:02}/{y} {hh:02}:{mm:02}"),
            DateForm::Weekday => format!("{}, {d:02}/{m:02}/{y}", weekday_vi(at.weekday())),
            DateForm::Posted => {
                format!("Đăng lúc: {hh:02}:{mm:02}:{ss:02} {d:02}/{m:02}/{y} (GMT+7)")
            }
            DateForm::DashTime => format!("{d:02}/{m:02}/{y} - {hh:02}:{mm:02}"),
            DateForm::Updated => format!("Cập nhật lúc: {hh:02}:{mm:02} | {d:02}/{m:02}/{y}"),
            DateForm::Long => format!("Ngày {d} tháng {m} năm {y}"),
        }
    }

    /// What a reader of the displayed text knows of `at`: seconds dropped
    /// when not shown, midnight when only the date is shown, in `+07:00`.
    pub(crate) fn shown(self, at: NaiveDateTime) -> DateTime<FixedOffset> {
        let date = at.date();
        let naive = match self {
            DateForm::Posted => at,
            DateForm::DayTime | DateForm::DashTime | DateForm::Updated => {
                date.and_hms_opt(at.hour(), at.minute(), 0).unwrap_or(at)
            }
            DateForm::Weekday | DateForm::Long => date.and_hms_opt(0, 0, 0).unwrap_or(at),
        };
        naive
            .and_local_timezone(vnportal_model::vietnam_offset())
            .single()
            .expect("a fixed offset maps every local time exactly once")
    }
}

/// The Vietnamese weekday name as portal headers write it (`Thứ hai` … `Chủ nhật`).
pub(crate) fn weekday_vi(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Thứ hai",
        Weekday::Tue => "Thứ ba",
        Weekday::Wed => "Thứ tư",
        Weekday::Thu => "Thứ năm",
        Weekday::Fri => "Thứ sáu",
        Weekday::Sat => "Thứ bảy",
        Weekday::Sun => "Chủ nhật",
    }
}

/// The current local time in Vietnam (`+07:00`).
pub(crate) fn now_vietnam() -> NaiveDateTime {
    Utc::now()
        .with_timezone(&vnportal_model::vietnam_offset())
        .naive_local()
}

/// Today's date as portal headers show it: `Thứ bảy, 21/11/2026`.
pub(crate) fn today_vi() -> String {
    DateForm::Weekday.render(now_vietnam())
}

/// Parses the corpus form `2024-01-15 08:45:00`.
pub(crate) fn parse_local(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        parse_local(text).expect("valid test date")
    }

    #[test]
    fn forms_render_like_the_portals() {
        let t = at("2020-12-31 14:54:14");
        assert_eq!(DateForm::Posted.render(t), "Đăng lúc: 14:54:14 31/12/2020 (GMT+7)");
        assert_eq!(DateForm::DayTime.render(t), "31/12/2020 14:54");
        assert_eq!(DateForm::Weekday.render(t), "Thứ năm, 31/12/2020");
        assert_eq!(DateForm::DashTime.render(t), "31/12/2020 - 14:54");
        assert_eq!(DateForm::Updated.render(t), "Cập nhật lúc: 14:54 | 31/12/2020");
        assert_eq!(
            DateForm::Long.render(at("2016-01-06 09:30:00")),
            "Ngày 6 tháng 1 năm 2016"
        );
    }

    #[test]
    fn shown_keeps_only_displayed_precision() {
        let t = at("2020-12-31 14:54:14");
        assert_eq!(DateForm::Posted.shown(t).to_rfc3339(), "2020-12-31T14:54:14+07:00");
        assert_eq!(DateForm::DayTime.shown(t).to_rfc3339(), "2020-12-31T14:54:00+07:00");
        assert_eq!(DateForm::Weekday.shown(t).to_rfc3339(), "2020-12-31T00:00:00+07:00");
    }
}
