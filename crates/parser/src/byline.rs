//! The byline and the "Nguồn: …" attribution at the end of an article body.

use std::sync::LazyLock;

use regex::Regex;

static SOURCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\(?\s*(nguồn|nguồn tin|theo)\s*:\s*(.+?)\)?$").expect("valid regex"));

/// Words that open a person's role under a name.
const PERSON_ROLES: &[&str] = &[
    "phó",
    "trưởng",
    "chủ tịch",
    "bí thư",
    "chuyên viên",
    "cán bộ",
    "giám đốc",
    "phóng viên",
    "ctv",
    "cộng tác viên",
];

/// Words that open the name of a unit: the office or body a byline names
/// under the writer ("Chi cục Trồng trọt và Bảo vệ thực vật"), or alone when
/// the unit signs the article ("Văn phòng HĐND-UBND xã").
const UNIT_STARTS: &[&str] = &[
    "ban",
    // Teams of a school or a newsroom: "Tổ Văn phòng", "Nhóm phóng viên".
    "tổ",
    "nhóm",
    "trung tâm",
    "phòng",
    "văn phòng",
    "hội",
    "ubnd",
    "hđnd",
    "ủy ban",
    "uỷ ban",
    "sở",
    "đài",
    "báo",
    "huyện",
    "tỉnh",
    "xã",
    "phường",
    "thị trấn",
    "thị xã",
    "thành phố",
    "quận",
    "thành ủy",
    "huyện ủy",
    "tỉnh ủy",
    "đảng ủy",
    "đảng bộ",
    "cơ quan",
    "cục",
    "chi cục",
    "tổng cục",
    "viện",
    "trường",
    "bệnh viện",
    // A hospital's department: "Khoa Nội tiết".
    "khoa",
    "công an",
    "bộ chỉ huy",
    "kho bạc",
    "chi nhánh",
    "thanh tra",
    "đoàn",
    "liên đoàn",
    "mặt trận",
    "công ty",
    "hợp tác xã",
    "học viện",
    "đại học",
    // Sector agencies: "Đồn Biên phòng …", "Tòa án nhân dân …".
    "đồn",
    "tòa án",
    "toà án",
    // The portal's own newsroom: "Cổng TTĐT tỉnh".
    "cổng ttđt",
    "cổng thông tin",
    "trang ttđt",
    "trang thông tin",
];

/// `line` (lower-cased) opens with one of `words` as whole words: "ban" is
/// not the start of "bang".
fn starts_with_word(lower: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        lower
            .strip_prefix(w)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// What a credit label names the person for: "Tin", "Ảnh", "Thực hiện".
const SHORT_ROLES: &str = r"tin|bài|ảnh|video|clip|thực\s+hiện|quay\s+phim|dựng\s+phim|đồ\s+họa";

/// Roles that credit only with a colon: e-magazines credit the text, the
/// design and the layout ("Nội dung:", "Thiết kế:", "Trình bày:"), English
/// editions the story and the photos; without the colon these words open
/// ordinary lines ("Nội dung chính", "Story of …").
const COLON_ROLES: &str = r"nội\s+dung|thiết\s+kế|trình\s+bày|story|photos?|reporting";

/// All credit roles.
static ROLES: LazyLock<String> = LazyLock::new(|| format!("{SHORT_ROLES}|{COLON_ROLES}"));

/// One or more roles joined: "Tin, ảnh", "Bài và ảnh".
fn role_chain(roles: &str) -> String {
    format!(r"(?:{roles})(?:\s*(?:,|và|&|-|/)\s*(?:{roles}))*")
}

/// Whether a label credits only photos or video ("Ảnh", "Ảnh - Video").
fn is_photo_label(label: &str) -> bool {
    label
        .to_lowercase()
        .split([',', '&', '-', '/'])
        .flat_map(|p| p.split(" và "))
        .all(|p| matches!(p.trim(), "ảnh" | "video" | "clip" | "photo" | "photos"))
}

/// The label a credit line opens with.
static LEADING_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^[\(•·\s]*({})\s*:", role_chain(&ROLES))).expect("valid regex"));

/// A credit line that opens with the photo or video credit: under the top
/// image it credits the image, not the article.
fn photo_first(line: &str) -> bool {
    LEADING_LABEL.captures(line).is_some_and(|c| is_photo_label(&c[1]))
}

/// The name in a line that credits only the photos ("Ảnh: Đoàn trường").
/// A single word is no credit here: "Ảnh: Internet", "Ảnh: TTXVN" name a
/// source.
pub(crate) fn photo_credit(line: &str) -> Option<String> {
    photo_first(line)
        .then(|| credit_name(line))
        .flatten()
        .filter(|n| n.split_whitespace().count() >= 2)
}

/// Labels for the writer: "Tác giả", "Người viết".
const WRITER_LABELS: &str = r"tác\s+giả(?:\s+bài\s+viết)?|người\s+viết|người\s+đăng";

/// Labels in front of a name: "Tin, ảnh: Lê Hà", "Viết bởi Trần Văn Khải".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &format!(
            r"(?i)^[\(•·\s]*(?:{short}\s*:?\s+|{all}\s*:\s*|(?:{WRITER_LABELS}|viết\s+bởi|đăng\s+bởi|bởi|by|posted\s+by|written\s+by)\s*:?\s+)",
            short = role_chain(SHORT_ROLES),
            all = role_chain(&ROLES),
        ),
    )
    .expect("valid regex")
});

/// Account names that are no byline.
const NOT_AUTHORS: &[&str] = &[
    "admin",
    "administrator",
    "quản trị",
    "quản trị viên",
    "super user",
    "webmaster",
    "ban biên tập",
    "biên tập",
    "biên tập viên",
];

/// A second credit inside one line: "Hoàng Yến - Ảnh: Quốc Toản".
static INNER_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\s*[-–—,;|/•·]\s*(?:{})\s*:\s*", &*ROLES)).expect("valid regex"));

/// A byline label standing alone on the first line of an author element.
static LABEL_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{WRITER_LABELS}|bút\s+danh)\s*,\s+")).expect("valid regex"));

/// A date or a time: a meta line ("Thứ năm, 14/08/2025 - 06:05"), not a name.
static DATE_OR_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{1,2}:\d{2}\b").expect("valid regex"));

/// Without trailing full stops and a closing bracket that closes nothing:
/// "(Tin, ảnh: Lê Hà)" loses its ")", "Quang Vinh (Văn phòng UBND tỉnh)"
/// keeps it.
fn trim_end_punct(text: &str) -> &str {
    let mut text = text.trim().trim_end_matches('.').trim_end();
    // Counted once: recounting per bracket is quadratic on a hostile "))))…".
    let mut unopened = text.matches(')').count().saturating_sub(text.matches('(').count());
    while unopened > 0 && text.ends_with(')') {
        text = text[..text.len() - 1].trim_end_matches('.').trim_end();
        unopened -= 1;
    }
    text
}

/// The credited names of a line after its first label, one per credit:
/// "Hoàng Yến - Ảnh: Quốc Toản" → "Hoàng Yến, Quốc Toản".
fn join_credits(names: &str) -> String {
    INNER_CREDIT
        .split(names)
        .map(trim_end_punct)
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A source label after a byline in one line ("… | Nguồn: Văn phòng Sở").
static SOURCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // Labelled ("| Nguồn: …") or in brackets closing the line ("Quang Hùng,
    // (Theo Báo Hải quan)").
    Regex::new(r"(?i)\s*[|;,–—-]\s*(nguồn(\s+tin)?|theo)\s*:|[\s|;,–—-]*\(\s*(nguồn(\s+tin)?|theo)\b[^()]*\)\s*$")
        .expect("valid regex")
});

/// A byline from an author element: labels cut, e-mail addresses dropped,
/// account names, meta lines with a date and long texts rejected.
pub fn clean_author(text: &str) -> Option<String> {
    // A separator from the field before it: "| Đăng bởi: …".
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '/'));
    // "Tác giả: X | Nguồn: Y": the source is no author part.
    let text = SOURCE_AFTER.find(text).map_or(text, |m| &text[..m.start()]);
    let text = trim_end_punct(text);
    if DATE_OR_TIME.is_match(text) {
        return None;
    }
    // A label on its own line ("<div class=field__label>Tác giả</div>"),
    // which the style sheet follows with a colon.
    let text = LABEL_LINE.replace(text, "");
    let name = CREDIT.replace(&text, "");
    let name: Vec<&str> = name.split_whitespace().filter(|w| !w.contains('@')).collect();
    // Inline elements flatten with spaces: "<span>Thanh Hà</span>, <span>…".
    let name = join_credits(&name.join(" ").replace(" ,", ","));
    let name = name.trim_end_matches([',', '-', '–', '|']).trim();
    let lower = name.to_lowercase();
    (!name.is_empty() && name.chars().count() <= 120 && !NOT_AUTHORS.contains(&lower.as_str()) && !is_account(name))
        .then(|| name.to_owned())
}

/// A CMS login shown as the poster ("admin_xaconcuong", "bientap01",
/// "quantri"): one word, in lower-case Latin letters, digits and
/// underscores. Bylines are capitalised ("TTXVN", "Reuters", "Hải Đăng").
fn is_account(name: &str) -> bool {
    !name.contains(char::is_whitespace)
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '-'))
}

/// The name in a credit line ("Tin, ảnh: Lê Hà" → "Lê Hà"), if it is one.
pub(crate) fn credit_name(line: &str) -> Option<String> {
    let m = CREDIT.find(line)?;
    let names = trim_end_punct(&line[m.end()..]);
    // After a label the office that signs is the author too ("Tác giả bài
    // viết: Văn phòng HĐND và UBND xã").
    // A rank, a name and a long unit may run past a short line ("Tin, ảnh:
    // Thiếu tá Lê Văn Khánh – Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo");
    // "Ảnh: Ông Lê Văn Hải – Trung tâm Y tế huyện kiểm tra …" is a caption.
    let ranked_unit = |name: &str| {
        is_name_and_unit(name)
            && has_rank(name)
            && DASHES
                .iter()
                .find_map(|d| name.split_once(d))
                .is_some_and(|(_, unit)| unit.split_whitespace().count() <= 12)
    };
    // Under a label a commune's officer signs for the post: "Tác giả bài
    // viết: Công chức Văn hóa - Xã hội".
    let officer =
        |name: &str| starts_with_word(&name.to_lowercase(), &["công chức"]) && name.split_whitespace().count() <= 8;
    let each = |name: &str| {
        is_short_line(name) && (is_name(name_part(name)) || is_unit_byline(name) || officer(name)) || ranked_unit(name)
    };
    let parts: Vec<&str> = INNER_CREDIT
        .split(names)
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    let short = is_short_line(names) || parts.len() == 1 && ranked_unit(names);
    (!parts.is_empty() && short && parts.iter().all(|n| each(n))).then(|| parts.join(", "))
}

/// Labelled names inside a meta line: "Ngày cập nhật: 08/01/2020 - Người
/// đăng: Hoàng Thu Hằng", "15/01/2024 | Tác giả: Lê Hà | Lượt xem: 20",
/// "02/06/2025 - 08:45 • Bài: Văn Long • Ảnh: Khánh Linh". A label may
/// follow the time without a space, where two spans abut ("16:10Ảnh: …").
static LABELLED_IN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[\s|,;•·\d-])(người\s+đăng|đăng\s+bởi|người\s+viết|viết\s+bởi|tác\s+giả|{})\s*:\s*([^|•·;()\[\]]+)",
        role_chain(&ROLES)
    ))
    .expect("valid regex")
});

/// The names after byline labels in a date or meta line, one per credit,
/// if they are names. A line whose labels credit only photos or videos
/// credits the top image.
pub(crate) fn labelled_in_line(line: &str) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    let mut writer = false;
    for c in LABELLED_IN_LINE.captures_iter(line) {
        // "Nguồn tin:", "Thông tin:", "Loạt bài:": a role word closing
        // another word is no label.
        let label = c.get(1).map_or(0, |m| m.start());
        if line[..label].trim_end().chars().last().is_some_and(char::is_alphabetic) {
            continue;
        }
        // "Ảnh: Đức Phương - Bài: Hồng Duyên": the writer's label may be an
        // inner one.
        writer |= !is_photo_label(&c[1])
            || INNER_CREDIT.find_iter(&c[2]).any(|m| {
                let label = m
                    .as_str()
                    .trim_start_matches(|ch: char| "-–—,;|/•·".contains(ch) || ch.is_whitespace());
                !is_photo_label(label.trim_end().trim_end_matches(':'))
            });
        for part in INNER_CREDIT.split(&c[2]) {
            // The name runs to the next field: " - Lượt xem: 12", " – 08:30".
            let name = part
                .split(" - ")
                .next()
                .unwrap_or("")
                .split(" – ")
                .next()
                .unwrap_or("")
                // Or to the date in the next inline element ("<span>Tác giả: Đỗ
                // Quang Huy</span><span> 11/02/2026</span>"): names hold no digits.
                .split(|c: char| c.is_ascii_digit())
                .next()
                .unwrap_or("")
                .trim();
            if is_short_line(name)
                && is_name(name)
                && let Some(name) = clean_author(name)
            {
                names.push(name);
            }
        }
    }
    // Photo and video credits alone credit the top image.
    (writer && !names.is_empty()).then(|| join_unique(names))
}

/// "Thứ Năm, 12/03/2026 | 08:45 | Hoàng Lan": the last field of a meta
/// line, set off by bars after the time, is the writer when it is a name
/// with a family name first and not a province ("… | 08:45 | Đắk Lắk"); a
/// section ("Kinh Tế") or a tool ("Gửi Email") in title case is none.
pub(crate) fn unlabelled_in_line(line: &str) -> Option<String> {
    static TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,2}:\d{2}$").expect("valid regex"));
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    let [.., time, last] = fields.as_slice() else {
        return None;
    };
    let surname = last.split_whitespace().next().is_some_and(is_family_name);
    (TIME.is_match(time)
        && (2..=4).contains(&last.split_whitespace().count())
        && is_plain_name(last)
        && surname
        && !crate::places::is_province(last))
    .then(|| (*last).to_owned())
}

/// The common Vietnamese family names.
fn is_family_name(word: &str) -> bool {
    const FAMILY: &[&str] = &[
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
        "dương", "lý", "đinh", "đoàn", "lâm", "mai", "trịnh", "trương", "cao", "lương", "hà", "tạ", "kim", "quách",
        "tô", "thái", "châu", "lưu", "chu", "đào", "triệu", "hứa", "kiều", "lò", "mạc", "nông", "phùng", "quan",
        "tăng", "thân", "tôn", "từ", "vương", "văn", "lại", "khổng", "giang", "âu", "diệp",
    ];
    FAMILY.contains(&word.to_lowercase().as_str())
}

/// Names joined with ", ", each once: "Bài: Lê Hà" / "Ảnh: Lê Hà" is one
/// person.
pub(crate) fn join_unique(names: Vec<String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen.join(", ")
}

/// Credit lines at the top of the body: an e-magazine's credit strip
/// ("Nội dung: …" / "Ảnh: …" / "Thiết kế: …"), an infographic's "Nội dung:
/// Hải Yến | Đồ họa: Tuấn Anh". Returns their names, one per credit. A photo
/// credit first there belongs to the top image and stays.
pub fn take_leading_credits(paragraphs: &mut Vec<String>) -> Option<String> {
    if photo_first(paragraphs.first()?) {
        return None;
    }
    // Labelled with a colon: a capitalised first line ("TIN HOẠT ĐỘNG",
    // "NỘI DUNG CHÍNH") is a heading, not a credit.
    let credit = |p: &str| {
        if LEADING_LABEL.is_match(p) {
            credit_name(p)
        } else {
            name_before_role(p)
        }
    };
    let n = paragraphs
        .iter()
        .take(MAX_TRAILER_LINES)
        .take_while(|p| credit(p).is_some())
        .count();
    if n == 0 || n == paragraphs.len() {
        return None;
    }
    let names: Vec<String> = paragraphs.drain(..n).filter_map(|p| credit(&p)).collect();
    Some(join_unique(names))
}

/// A writer's line among co-writers one a line: a whole name of two words
/// or more, not a caption's "Ông …" / "Bà …" nor a "name, unit" line.
fn is_co_writer(line: &str) -> bool {
    const PRONOUNS: &[&str] = &["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu"];
    line.split_whitespace().count() >= 2
        && is_name(line)
        && !starts_with_word(&line.to_lowercase(), PRONOUNS)
        && !crate::places::is_province(line)
}

/// An interview's or a translation's credit, the role in brackets after the
/// name: "MAI HƯƠNG (thực hiện)", "Ngọc Anh (ghi)", "Minh Châu (lược dịch)".
fn name_before_role(line: &str) -> Option<String> {
    static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(.{2,60}?)\s*\(\s*(thực\s+hiện|ghi|dịch|lược\s+dịch|biên\s+dịch|tổng\s+hợp)\s*\)$")
            .expect("valid regex")
    });
    let c = ROLE_AFTER.captures(line.trim())?;
    let name = c.get(1)?.as_str().trim();
    // "Hà Nội (tổng hợp)" names a place.
    (is_name(name_part(name)) && !crate::places::is_province(name)).then(|| name.to_owned())
}

/// "(Theo baonghean.vn)": a source in brackets needs no colon; a sentence
/// that opens with "Theo" has none of the brackets.
static THEO_IN_BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\(\s*theo\s+([^()]{2,100}?)\s*\)$").expect("valid regex"));

/// `Nguồn: X` → `X` (also "Nguồn tin:" and a parenthesised form).
pub fn source_of(line: &str) -> Option<String> {
    let line = line.trim();
    if let Some(c) = THEO_IN_BRACKETS.captures(line) {
        return Some(c[1].trim().to_owned());
    }
    let c = SOURCE.captures(line)?;
    let value = c[2].trim().trim_end_matches(')').trim().to_owned();
    (!value.is_empty() && value.chars().count() <= 200).then_some(value)
}

/// A "Nguồn: …" note inside the body, under a table or a chart ("Nguồn:
/// BCTC quý III/2026, Phố Tài Chính tổng hợp"): a source line, not text.
pub fn is_source_note(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    (lower.starts_with("nguồn:") || lower.starts_with("nguồn tin:") || lower.starts_with("nguồn :"))
        && line.split_whitespace().count() <= 40
}

/// "Theo TTXVN", "Theo Trung tâm Dự báo KTTV quốc gia" as the body's last
/// line: a short line naming an outlet or an office, not a sentence ("Theo
/// kế hoạch, …", "Theo Nghị định 100/2019/NĐ-CP mức phạt …") nor a
/// quotation's author ("Theo Chủ tịch Hồ Chí Minh").
fn closing_source(line: &str) -> Option<String> {
    let outlets = line.trim().strip_prefix("Theo ")?.trim();
    // Several outlets: "Theo Kyodo, NHK", "Theo Reuters, AFP".
    let parts: Vec<&str> = outlets.split(", ").collect();
    let one = |outlet: &str| {
        let named_by_kind = starts_with_word(&outlet.to_lowercase(), OUTLET_KINDS);
        outlet.starts_with(char::is_uppercase)
            && outlet.split_whitespace().count() <= if parts.len() > 1 && !named_by_kind { 3 } else { 8 }
            && !outlet.contains([',', ';', ':'])
            && !outlet.chars().any(|c| c.is_ascii_digit())
            && !outlet.ends_with(['.', '!', '?'])
            && !starts_with_word(&outlet.to_lowercase(), PERSON_ROLES)
            // A person has two names at least; one word is an outlet in
            // capitals or in Latin letters ("TTXVN", "Reuters"), not "Bác".
            && match outlet.split_whitespace().count() {
                1 => outlet.is_ascii() || !outlet.chars().any(char::is_lowercase),
                _ => !is_name(outlet),
            }
            // Outlets in a list are proper names ("Kế hoạch, UBND xã" opens a
            // sentence), or named by their kind: "Thông tấn xã Việt Nam, Reuters".
            && (parts.len() == 1
                || outlet.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                || named_by_kind)
    };
    (parts.len() <= 4 && parts.iter().all(|p| one(p))).then(|| outlets.to_owned())
}

/// Words naming a kind of outlet, which a listed outlet may open with in lower
/// case after its capital ("Thông tấn xã Việt Nam", "Báo điện tử Chính phủ").
const OUTLET_KINDS: &[&str] = &[
    "thông tấn xã",
    "báo",
    "đài",
    "tạp chí",
    "cổng thông tin",
    "trang thông tin",
];

/// Ranks and titles written before a name, in lower case after the first
/// letter: police and army bylines sign "Thượng úy Đặng Minh Tuấn", health
/// and school sites "ThS. BS Lê Văn Hải".
const NAME_PREFIXES: &[&str] = &[
    "thiếu úy",
    "trung úy",
    "thượng úy",
    "đại úy",
    "thiếu tá",
    "trung tá",
    "thượng tá",
    "đại tá",
    "thiếu tướng",
    "trung tướng",
    "thượng tướng",
    "đại tướng",
    "nhà báo",
    "nhà giáo",
    "nghệ sĩ",
    "luật sư",
    "bác sĩ",
    "kỹ sư",
    "thạc sĩ",
    "tiến sĩ",
];

/// A person's name: 1 to 5 words, each capitalised, letters only; after a
/// rank or title ("Đại úy", "Luật sư"), at least two such words.
/// The line opens with a rank or a title of [`NAME_PREFIXES`] ("Thiếu tá …").
fn has_rank(text: &str) -> bool {
    after_rank(text).is_some()
}

/// What follows a rank or title of [`NAME_PREFIXES`] opening `text`.
fn after_rank(text: &str) -> Option<&str> {
    // The prefix is compared on the line itself: lower-casing may change
    // byte lengths ("İ"), so offsets into a lower-cased copy are not offsets
    // into the line.
    NAME_PREFIXES.iter().find_map(|p| {
        let head = text.get(..p.len())?;
        let rest = &text[p.len()..];
        (head.to_lowercase() == *p && rest.starts_with(char::is_whitespace)).then_some(rest)
    })
}

/// One name, or co-writers listed in one line: "Hoàng Minh, Thu Trang".
fn is_names(text: &str) -> bool {
    is_name(text) || {
        let parts: Vec<&str> = text.split(", ").collect();
        (2..=4).contains(&parts.len()) && parts.iter().all(|p| is_name(p) && p.split_whitespace().count() >= 2)
    }
}

fn is_name(text: &str) -> bool {
    match after_rank(text) {
        Some(name) => name.split_whitespace().count() >= 2 && is_plain_name(name),
        None => is_plain_name(text),
    }
}

fn is_plain_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            // Ê Đê and Jrai names write "H’Linh", "Y-Moan".
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '’' | '\'' | '-'))
        })
}

/// The name part of a "Name, Org" or "Name – Org" line.
fn name_part(line: &str) -> &str {
    line.split([',', '–', '—', '-', '(']).next().unwrap_or(line).trim()
}

fn is_short_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words > 0 && words <= 14 && line.chars().count() <= 100 && !line.ends_with([':', ';', '?', '!'])
}

/// The dashes, spaced, that set a name off from a unit or from the text.
const DASHES: [&str; 3] = [" - ", " – ", " — "];

/// "Đại úy Lê Văn Hùng - Phòng An ninh mạng và phòng, chống tội phạm sử
/// dụng công nghệ cao": a name, a dash and a unit whose name alone runs past
/// a short line.
fn is_name_and_unit(line: &str) -> bool {
    let Some((name, unit)) = DASHES.iter().find_map(|sep| line.split_once(sep)) else {
        return false;
    };
    let (name, unit) = (name.trim(), unit.trim());
    line.chars().count() <= 160
        && !line.ends_with('.')
        && name.split_whitespace().count() >= 2
        && is_name(name)
        && unit.starts_with(char::is_uppercase)
        && starts_with_word(&unit.to_lowercase(), UNIT_STARTS)
}

/// The newsroom's signatures in capitals: the reporter ("PV"), the
/// contributor ("CTV"), the editorial board ("BBT"); other capitals alone
/// are offices of a signature block or a date line's place.
const NEWSROOM_SIGNS: &[&str] = &["PV", "CTV", "BBT", "NHÓM PV", "Nhóm PV"];

/// A name or an office that can sign by itself ("Diệu Hoa", "Văn phòng
/// Hội"), for a line standing apart from the body.
pub(crate) fn stands_alone(line: &str) -> bool {
    let line = line.trim().trim_end_matches('.');
    let lower = line.to_lowercase();
    if NEWSROOM_SIGNS.contains(&line) {
        return true;
    }
    // Outside the body a right-aligned line may as well be a date line
    // ("Thứ Năm, 20/11/2025"), a signature office in capitals or a source
    // ("Theo TTXVN").
    // So may a place: a quotation's "Hồ Chí Minh", a dateline's province.
    if line.chars().any(|c| c.is_ascii_digit())
        || !line.chars().any(char::is_lowercase)
        || crate::places::is_place_only(line)
        || is_signature(line)
        || ["theo ", "nguồn"].iter().any(|p| lower.starts_with(p))
    {
        return false;
    }
    // An office by itself only with a capitalised name after the unit word:
    // "Văn phòng Hội", not "Hội nghị kết thúc thành công".
    let named_unit = is_unit_byline(line)
        && line
            .split_whitespace()
            .nth(unit_words(&lower))
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    is_short_byline(line) || is_name_and_unit(line) || named_unit
}

/// A person's name, maybe with a unit after it: what a link to a writer's
/// page must hold ("Hoàng Lan", not "Tác giả" or "Xem tất cả bài viết").
/// A line opening with a person's role ("Phóng viên Ban Thời sự").
pub(crate) fn opens_with_role(text: &str) -> bool {
    text.starts_with(char::is_uppercase) && starts_with_word(&text.to_lowercase(), PERSON_ROLES)
}

/// A writer's name as a link prints it: a person, not a unit ("Báo Lào
/// Cai") nor a place.
pub(crate) fn is_writer_name(text: &str) -> bool {
    is_person(text) && !opens_with_unit(text) && !crate::places::is_place_only(text)
}

pub(crate) fn is_person(text: &str) -> bool {
    let name = name_part(text);
    name.split_whitespace().count() >= 2 && is_name(name)
}

/// How many words the unit word opening `lower` has ("văn phòng": 2).
fn unit_words(lower: &str) -> usize {
    UNIT_STARTS
        .iter()
        .filter(|w| starts_with_word(lower, &[w]))
        .map(|w| w.split_whitespace().count())
        .max()
        .unwrap_or(1)
}

/// The line opens with a unit word: "Khoa Nội tiết", not "Khoa học".
fn opens_with_unit(line: &str) -> bool {
    let lower = line.to_lowercase();
    starts_with_word(&lower, UNIT_STARTS)
        && !(starts_with_word(&lower, &["khoa"])
            && line
                .split_whitespace()
                .nth(1)
                .is_none_or(|w| !w.starts_with(char::is_uppercase)))
}

/// A line that can stand as a byline by itself.
fn is_byline(line: &str) -> bool {
    is_name_and_unit(line) || is_short_byline(line)
}

fn is_short_byline(line: &str) -> bool {
    is_short_line(line)
        && !line.ends_with('.')
        && is_name(name_part(line))
        && name_part(line).split_whitespace().count() >= 2
        || is_short_line(line) && is_name(line.trim_end_matches('.'))
}

/// The text opens with a credit's role: "Tin và ảnh Minh Anh", "Ảnh: …".
pub(crate) fn opens_with_credit(text: &str) -> bool {
    static ROLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)^\s*(?:{}|{WRITER_LABELS})\b", role_chain(SHORT_ROLES))).expect("valid regex")
    });
    ROLE_FIRST.is_match(text)
}

/// A person's role under a name: "Phó Chủ tịch Hội CCB tỉnh", ending with
/// the office's name or level; not a sentence opening with a role's word
/// ("Cán bộ địa chính xã sẽ hỗ trợ người dân.", "Giám đốc Trung tâm cũng
/// đã phát biểu").
pub(crate) fn is_person_role(line: &str) -> bool {
    const LEVELS: &[&str] = &["xã", "phường", "tỉnh", "huyện", "thị trấn", "đặc khu"];
    let line = line.trim();
    let last = line.split_whitespace().last().unwrap_or_default();
    is_short_line(line)
        && line.split_whitespace().count() <= 8
        && !line.ends_with('.')
        && !line.chars().any(|c| c.is_ascii_digit())
        && starts_with_word(&line.to_lowercase(), PERSON_ROLES)
        && (last.starts_with(char::is_uppercase) || LEVELS.iter().any(|l| line.to_lowercase().ends_with(l)))
}

/// The committee issuing a notice, in capitals under it: "BAN LỄ TANG",
/// "HỘI ĐỒNG TUYỂN DỤNG", "BAN TỔ CHỨC". Newsrooms and offices signing a
/// report ("BAN TUYÊN GIÁO HUYỆN ỦY") are its writers.
fn is_office_signature(line: &str) -> bool {
    const ISSUERS: &[&str] = &["ban lễ tang", "ban tổ chức", "hội đồng", "ban chỉ đạo"];
    let line = line.trim();
    !line.chars().any(char::is_lowercase) && starts_with_word(&line.to_lowercase(), ISSUERS)
}

pub(crate) fn is_role(line: &str) -> bool {
    let lower = line.to_lowercase();
    is_short_line(line) && (starts_with_word(&lower, PERSON_ROLES) || opens_with_unit(line))
}

/// A unit signing the article by itself: a capitalised unit name of a few
/// words, no sentence ("Văn phòng HĐND-UBND xã", "Trung tâm VH-TT huyện").
pub(crate) fn is_unit_byline(line: &str) -> bool {
    // Ten words: "Trung tâm Văn hóa, Thông tin và Thể thao xã". Past a few
    // words a unit is named ("Chi cục Trồng trọt …"); a caption opening
    // with a unit word goes on in lower case ("Xã ra mắt mô hình …").
    let words = line.split_whitespace().count();
    let lower = line.to_lowercase();
    let named = || {
        line.split_whitespace()
            .nth(unit_words(&lower))
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    words <= 10
        && (words <= 4 || named())
        && line.starts_with(char::is_uppercase)
        && !line.ends_with(['.', ':', ';', ',', '?', '!'])
        && !line.chars().any(|c| c.is_ascii_digit())
        && opens_with_unit(line)
}

/// A line of a signature block above the signer's name: "(Đã ký)", an
/// office in capitals ("CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC").
fn is_signature(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let signed = ["(đã ký)", "đã ký", "(ký)", "(đã ký và đóng dấu)", "(ký tên, đóng dấu)"];
    // Short: an all-capitals caption ("CHỦ TỊCH UBND XÃ TRAO QUÀ CHO CÁC HỘ
    // NGHÈO") is no office line; "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" is six words.
    let capitals = line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && line.split_whitespace().count() <= 6;
    signed.contains(&lower.as_str())
        || capitals
            && (["tm.", "kt.", "tl.", "tuq.", "q."].iter().any(|p| lower.starts_with(p))
                || starts_with_word(&lower, PERSON_ROLES))
}

/// The end of a sentence: the paragraph above a unit byline must be prose,
/// not one item of a list of units.
fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”', '…', ')'])
}

/// "… thực tiễn. - Đại tá Nguyễn Đức Cường": a byline after a dash at the
/// end of the last paragraph, once a sentence has ended. Returns the
/// paragraph without it and the byline.
fn dash_byline(paragraph: &str) -> Option<(String, String)> {
    let (text, name) = DASHES
        .iter()
        .filter_map(|sep| paragraph.rsplit_once(sep))
        .max_by_key(|(text, _)| text.len())?;
    let name = name.trim().trim_end_matches('.');
    // Not a quotation's author ("“…” - Hồ Chí Minh"), nor a source.
    let quoted = paragraph.trim_start().starts_with(['“', '"']);
    let source = ["Theo ", "Báo ", "Nguồn", "Đài "].iter().any(|p| name.starts_with(p));
    // Nor a dateline's place ("… phát triển. - TP. Hồ Chí Minh").
    let place = crate::places::is_place_only(name);
    (!quoted && !source && !place && ends_sentence(text) && is_name(name) && name.split_whitespace().count() >= 2)
        .then(|| (text.trim_end().to_owned(), name.to_owned()))
}

/// At most this many lines are taken off the end of a body: a source and a
/// few credit lines.
const MAX_TRAILER_LINES: usize = 6;

/// A comment form's heading: "Ý kiến bạn đọc", "Gửi ý kiến của bạn".
static COMMENT_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:ý\s+kiến\s+bạn\s+đọc|gửi\s+ý\s+kiến(?:\s+của\s+bạn)?|viết\s+bình\s+luận)(?:\s*\(\d+\))?\s*:?\s*$",
    )
    .expect("valid regex")
});

/// The editor's credit: "Biên tập: …", "Người duyệt: …".
static EDITOR_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:biên\s+tập(?:\s+viên)?|người\s+duyệt|duyệt\s+bài)\s*:\s*\p{Lu}").expect("valid regex")
});

/// A writer's or a source's label alone: "Tác giả:", "Tin, ảnh:", "Nguồn:";
/// not a photo's ("Ảnh:" over a caption) nor a colon-only role ("Nội dung:"
/// over an agenda item).
static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:tin|bài)(?:\s*(?:,|và|&|-|/)\s*ảnh)?|thực\s+hiện|{WRITER_LABELS}|nguồn(?:\s+tin)?)\s*:\s*$"
    ))
    .expect("valid regex")
});

/// The writer's label alone on a line, with or without its colon: a table
/// of the article's details prints it in a cell of its own.
static WRITER_CELL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^\s*(?:{WRITER_LABELS})\s*:?\s*$")).expect("valid regex"));

/// The labels of an article's details table, with or without their colon:
/// "Tác giả", "Ngày đăng:", "Nguồn".
pub(crate) fn is_field_label(text: &str) -> bool {
    const FIELD_LABELS: &[&str] = &[
        "nguồn",
        "nguồn tin",
        "ngày",
        "ngày đăng",
        "ngày cập nhật",
        "ngày xuất bản",
        "cập nhật",
        "lượt xem",
        "lượt đọc",
        "chuyên mục",
        "danh mục",
        "từ khóa",
        "tác giả",
        "tác giả bài viết",
        "người viết",
        "người đăng",
    ];
    let label = text.trim().trim_end_matches(':').trim_end().to_lowercase();
    FIELD_LABELS.contains(&label.as_str())
}

/// The writer a details table names: "Tác giả" (or "Tác giả:") in one cell,
/// the byline in the next ("Đại úy Nguyễn Văn Hòa - Công an xã Tam Nông");
/// no account ("Super User") and no next label (an empty cell).
pub(crate) fn cell_writer(label: &str, value: &str) -> Option<String> {
    let label = WRITER_CELL
        .is_match(label)
        .then(|| label.trim().trim_end_matches(':').trim_end())?;
    let value = value.trim();
    if value.ends_with(':') || is_field_label(value) {
        return None;
    }
    credit_name(&format!("{label}: {value}")).and_then(|name| clean_author(&name))
}

/// A label in a cell of its own with its value in the next ("<td>Tác giả:</td>
/// <td>Lê Thị Mỹ Linh</td>") reads as one line, when that line is a credit
/// or a source.
fn join_bare_labels(paragraphs: &mut Vec<String>, from: usize) {
    let mut i = from;
    while i + 1 < paragraphs.len() {
        // The value a short line closing the body, or followed by the next
        // label, a unit, a byline or a labelled line: "Nguồn:" over a list
        // of references labels the list.
        let value = paragraphs[i + 1].trim();
        let closes = paragraphs.get(i + 2).is_none_or(|next| {
            BARE_LABEL.is_match(next)
                || is_role(next)
                || is_byline(next)
                || source_of(next).is_some()
                || credit_name(next).is_some()
        });
        if closes && BARE_LABEL.is_match(&paragraphs[i]) && is_short_line(value) {
            let line = format!("{} {value}", paragraphs[i].trim());
            let credit = credit_name(&line).and_then(|name| clean_author(&name));
            // A source is a name, not a sentence.
            let source = source_of(&line).filter(|_| !value.ends_with('.'));
            if credit.is_some() || source.is_some() {
                paragraphs[i] = line;
                paragraphs.remove(i + 1);
            }
        }
        i += 1;
    }
}

/// Takes the byline and the source off the end of `paragraphs`.
/// Returns `(author, source)`.
pub fn take_trailer(paragraphs: &mut Vec<String>) -> (Option<String>, Option<String>) {
    join_bare_labels(paragraphs, paragraphs.len().saturating_sub(2 * MAX_TRAILER_LINES));
    let mut source = None;
    let mut author: Option<String> = None;
    // The byline came from a credit line: credits for other roles may stand
    // above it, one a line ("Bài: Lan Anh" / "Ảnh: Quốc Việt").
    let mut credited = false;
    // The source and the byline come in either order; each pass takes a line or stops.
    for _ in 0..MAX_TRAILER_LINES {
        let Some(last) = paragraphs.last() else { break };
        // The editor's credit under the byline ("Biên tập: Lâm Thanh Tú")
        // is the newsroom's, neither text nor the writer; so is a comment
        // form's heading closing the body, when an ASP.NET page's own
        // `<form>` swallowed the form's box ("Ý kiến bạn đọc").
        if EDITOR_CREDIT.is_match(last) && is_short_line(last) || COMMENT_FORM.is_match(last) {
            paragraphs.pop();
            continue;
        }
        // A closing "Theo …" line, not under a quotation.
        let quoted = paragraphs.len() >= 2 && paragraphs[paragraphs.len() - 2].trim_start().starts_with(['“', '"']);
        if source.is_none()
            && let Some(s) = source_of(last).or_else(|| closing_source(last).filter(|_| !quoted))
        {
            source = Some(s);
            paragraphs.pop();
            continue;
        }
        if credited
            && paragraphs.len() >= 2
            && let Some(name) = credit_name(last)
            && let Some(below) = author.take()
        {
            author = Some(join_unique(vec![name, below]));
            paragraphs.pop();
            continue;
        }
        // An office signing the notice in capitals ("BAN LỄ TANG") is its
        // issuer, part of the notice, not a writer.
        if author.is_none()
            && is_office_signature(last)
            && paragraphs
                .len()
                .checked_sub(2)
                .is_none_or(|i| !is_names(&paragraphs[i]) && credit_name(&paragraphs[i]).is_none())
        {
            break;
        }
        if author.is_none() {
            let n = paragraphs.len();
            if n >= 2
                && let Some(name) = credit_name(last)
            {
                author = Some(name);
                credited = true;
                paragraphs.pop();
                continue;
            }
            // A credit line and a role line under it: "Tin, ảnh: Lê Hà" / "Trung tâm VHTT".
            if n >= 3
                && is_role(last)
                && let Some(name) = credit_name(&paragraphs[n - 2])
            {
                author = Some(format!("{name}, {last}"));
                paragraphs.truncate(n - 2);
                continue;
            }
            // Not names listed under "… có các đồng chí:", over their office.
            if n >= 3
                && is_role(last)
                && is_names(&paragraphs[n - 2])
                && !(n >= 4
                    && paragraphs[n - 3].trim_end().ends_with(':')
                    && paragraphs[n - 3].split_whitespace().count() >= 4
                    && !paragraphs[n - 3].to_lowercase().contains("tác giả"))
            {
                author = Some(format!("{}, {}", paragraphs[n - 2], last));
                paragraphs.truncate(n - 2);
                continue;
            }
            // A notice's signer ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" /
            // "(Đã ký)" / name) signs as an office, not as its writer: the
            // block is part of the notice.
            if n >= 2 && is_signature(&paragraphs[n - 2]) {
                break;
            }
            if n >= 2 && is_byline(last) {
                let name = last.trim_end_matches('.').to_owned();
                // Co-writers one a line, each a person: "Thượng tá Nguyễn
                // Văn Bình" / "Trung úy Lê Quang Vinh".
                if n >= 3 && is_co_writer(&name) && is_co_writer(&paragraphs[n - 2]) {
                    author = Some(format!("{}, {name}", paragraphs[n - 2]));
                    paragraphs.truncate(n - 2);
                    continue;
                }
                author = Some(name);
                // A credit line above names a co-writer: "Bài và ảnh: Đại úy
                // Lê Văn Tú (…)" / "Thượng úy Hoàng Anh (…)".
                credited = true;
                paragraphs.pop();
                continue;
            }
            if let Some((text, name)) = dash_byline(last) {
                author = Some(name);
                if let Some(p) = paragraphs.last_mut() {
                    *p = text;
                }
                break;
            }
            if n >= 2 && is_unit_byline(last) && ends_sentence(&paragraphs[n - 2]) {
                author = Some(last.clone());
                paragraphs.pop();
                continue;
            }
        }
        break;
    }
    (author, source)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trailer(lines: &[&str]) -> (Option<String>, Option<String>, usize) {
        let mut p: Vec<String> = std::iter::once("Nội dung bài viết dài, có dấu phẩy.")
            .chain(lines.iter().copied())
            .map(str::to_owned)
            .collect();
        let (a, s) = take_trailer(&mut p);
        (a, s, p.len())
    }

    #[test]
    fn seed_bylines() {
        assert_eq!(trailer(&["Diệu Hoa"]).0.as_deref(), Some("Diệu Hoa"));
        assert_eq!(
            trailer(&["Nguyễn Thanh Tùng, Ban Dân vận Tỉnh ủy"]).0.as_deref(),
            Some("Nguyễn Thanh Tùng, Ban Dân vận Tỉnh ủy")
        );
        assert_eq!(
            trailer(&["Thanh Hằng – Trung tâm VHTT TT&DL huyện"]).0.as_deref(),
            Some("Thanh Hằng – Trung tâm VHTT TT&DL huyện")
        );
        let (a, _, left) = trailer(&["Nguyễn Mạnh Khôi", "Phó trưởng ban TT Ban Dân vận Tỉnh ủy"]);
        assert_eq!(
            a.as_deref(),
            Some("Nguyễn Mạnh Khôi, Phó trưởng ban TT Ban Dân vận Tỉnh ủy")
        );
        assert_eq!(left, 1);
    }

    #[test]
    fn a_credit_with_a_rank_and_a_long_unit() {
        let line = "Tin, ảnh: Thiếu tá Lê Văn Khánh – Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo";
        assert_eq!(
            trailer(&[line]).0.as_deref(),
            Some("Thiếu tá Lê Văn Khánh – Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo")
        );
        // A caption credited to its photographer's subject is none.
        let caption = "Ảnh: Ông Lê Văn Hải – Trung tâm Y tế huyện kiểm tra công tác tiêm chủng tại các trạm y tế xã trên địa bàn huyện";
        assert_eq!(trailer(&[caption]).0, None);
    }

    #[test]
    fn co_writers_one_a_line() {
        assert_eq!(
            trailer(&["Thượng tá Nguyễn Văn Bình", "Trung úy Lê Quang Vinh"]),
            (
                Some("Thượng tá Nguyễn Văn Bình, Trung úy Lê Quang Vinh".into()),
                None,
                1
            )
        );
        // A caption above a byline is no co-writer.
        for caption in [
            "Ông Nguyễn Văn Hùng, Chủ tịch UBND xã phát biểu tại hội nghị",
            "Bà Trần Thị Lan",
        ] {
            assert_eq!(
                trailer(&[caption, "Minh Châu"]),
                (Some("Minh Châu".into()), None, 2),
                "{caption}"
            );
        }
        // A name over a role is one writer.
        assert_eq!(
            trailer(&["Nguyễn Mạnh Khôi", "Phó trưởng ban TT Ban Dân vận Tỉnh ủy"])
                .0
                .as_deref(),
            Some("Nguyễn Mạnh Khôi, Phó trưởng ban TT Ban Dân vận Tỉnh ủy")
        );
    }

    #[test]
    fn the_portals_newsroom_signs() {
        assert_eq!(trailer(&["Cổng TTĐT tỉnh"]).0.as_deref(), Some("Cổng TTĐT tỉnh"));
    }

    #[test]
    fn several_outlets_closing_the_body_are_the_source() {
        assert_eq!(
            trailer(&["Minh Châu", "Theo Kyodo, NHK"]),
            (Some("Minh Châu".into()), Some("Kyodo, NHK".into()), 1)
        );
        assert_eq!(trailer(&["Theo Reuters"]).1.as_deref(), Some("Reuters"));
        // A sentence opening with "Theo" is none, nor a person.
        assert_eq!(trailer(&["Minh Châu", "Theo Bác Hồ, đạo đức là gốc"]).1, None);
        assert_eq!(trailer(&["Theo Nguyễn Văn An"]).1, None);
        assert_eq!(trailer(&["Theo Bác"]).1, None);
        assert_eq!(trailer(&["Theo Kế hoạch, UBND xã"]).1, None);
        // Listed outlets named by their kind.
        assert_eq!(
            trailer(&["Theo Thông tấn xã Việt Nam, Reuters"]).1.as_deref(),
            Some("Thông tấn xã Việt Nam, Reuters")
        );
        assert_eq!(
            trailer(&["Theo Báo điện tử Chính phủ, TTXVN"]).1.as_deref(),
            Some("Báo điện tử Chính phủ, TTXVN")
        );
        assert_eq!(trailer(&["Theo báo cáo, số hộ nghèo giảm"]).1, None);
    }

    #[test]
    fn a_credit_line_above_a_byline_names_a_co_writer() {
        let (a, _, left) = trailer(&[
            "Bài và ảnh: Đại úy LÊ VĂN TÚ (Tiểu đoàn 4, Trung đoàn 141)",
            "Thượng úy HOÀNG ANH (Đại đội 2, Tiểu đoàn 4)",
        ]);
        assert_eq!(
            a.as_deref(),
            Some("Đại úy LÊ VĂN TÚ (Tiểu đoàn 4, Trung đoàn 141), Thượng úy HOÀNG ANH (Đại đội 2, Tiểu đoàn 4)")
        );
        assert_eq!(left, 1);
    }

    #[test]
    fn provinces_are_no_bylines() {
        assert_eq!(
            unlabelled_in_line("Thứ Năm, 12/03/2026 | 08:45 | Hoàng Lan").as_deref(),
            Some("Hoàng Lan")
        );
        assert_eq!(unlabelled_in_line("Thứ Năm, 12/03/2026 | 08:45 | Đắk Lắk"), None);
        assert_eq!(unlabelled_in_line("12/03/2026 | Kinh tế"), None);
        assert_eq!(unlabelled_in_line("Thứ Năm, 12/03/2026 | 08:45 | Kinh Tế"), None);
        assert_eq!(unlabelled_in_line("12/03/2026 | 08:45 | In Bài | Gửi Email"), None);
        assert_eq!(unlabelled_in_line("12/03/2026 08:45 | Nha Trang"), None);
        assert_eq!(unlabelled_in_line("Hoàng Lan | Minh Anh"), None);
        let last = "Tỉnh đặt mục tiêu tăng trưởng hai con số. - TP. Hồ Chí Minh";
        assert_eq!(dash_byline(last), None);
        // Provinces that are pen names too sign.
        assert!(dash_byline("Tỉnh đặt mục tiêu tăng trưởng hai con số. - Hải Dương").is_some());
        assert!(dash_byline("Tỉnh đặt mục tiêu tăng trưởng hai con số. - Lê Thanh Hà").is_some());
        assert!(!stands_alone("Hồ Chí Minh"));
        assert!(stands_alone("Diệu Hoa"));
    }

    #[test]
    fn author_elements_are_cleaned() {
        let cases = [
            ("Tin: Hoàng Yến - Ảnh: Quốc Toản", Some("Hoàng Yến, Quốc Toản")),
            ("Mai Phương maiphuong@thanhnien.vn", Some("Mai Phương")),
            ("Tác giả, Thanh Bình", Some("Thanh Bình")),
            ("Thực hiện: Hữu Phước", Some("Hữu Phước")),
            // A meta line in an "author-wrap" box is no byline.
            ("Thứ năm, 14/08/2025 - 06:05, Chia sẻ Lưu bài", None),
            ("Quản trị viên", None),
            (
                "Tác giả: Nguyễn Thị Hoài Thương | Nguồn: Văn phòng Sở",
                Some("Nguyễn Thị Hoài Thương"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(clean_author(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn several_credits_in_one_line_are_one_byline() {
        assert_eq!(
            trailer(&["Tin: Ngọc Anh - Ảnh: Quang Huy"]).0.as_deref(),
            Some("Ngọc Anh, Quang Huy")
        );
        assert_eq!(
            credit_name("Bài: Lê Hà; Ảnh: Trần Minh").as_deref(),
            Some("Lê Hà, Trần Minh")
        );
        // A credit whose second part is a sentence is not a byline.
        assert_eq!(credit_name("Tin: Lê Hà - Ảnh: chụp tại hội nghị sáng nay ở xã."), None);
    }

    #[test]
    fn ranks_and_titles_before_a_name() {
        for line in [
            "Bài, ảnh: Thượng úy Đặng Minh Tuấn",
            "Đại tá Nguyễn Văn Bình",
            "Tin: Luật sư Trần Thu Hà",
        ] {
            let want = line.rsplit(": ").next().unwrap();
            assert_eq!(trailer(&[line]).0.as_deref(), Some(want), "{line}");
        }
        // A rank alone, or before one word, is no byline; nor a sentence.
        assert_eq!(trailer(&["Đại úy"]).0, None);
        assert_eq!(trailer(&["Đại tá Bình"]).0, None);
        assert_eq!(trailer(&["Đại tá Nguyễn Văn Bình phát biểu tại hội nghị."]).0, None);
        // Lower-casing "İ" adds a byte: no panic, and no rank read into it.
        assert_eq!(trailer(&["Đại tá İlhan Kaya"]).0.as_deref(), Some("Đại tá İlhan Kaya"));
        assert_eq!(trailer(&["İİİİİİ Đại tá"]).0, None);
    }

    #[test]
    fn source_line() {
        let (a, s, left) = trailer(&["Nguồn: baodaklak.vn, ngày 6/1/2016"]);
        assert_eq!((a, s.as_deref(), left), (None, Some("baodaklak.vn, ngày 6/1/2016"), 1));
        let (a, s, _) = trailer(&["Minh Anh", "Nguồn: Báo Nghệ An"]);
        assert_eq!((a.as_deref(), s.as_deref()), (Some("Minh Anh"), Some("Báo Nghệ An")));
        let (a, s, left) = trailer(&["Trần Quang Vinh", "(Theo baonghean.vn)"]);
        assert_eq!(
            (a.as_deref(), s.as_deref(), left),
            (Some("Trần Quang Vinh"), Some("baonghean.vn"), 1)
        );
        // A sentence that opens with "Theo" is no source.
        assert_eq!(trailer(&["Theo kế hoạch, xã hoàn thành trước ngày 30/11."]).1, None);
    }

    #[test]
    fn credit_labels_are_not_part_of_the_name() {
        assert_eq!(trailer(&["Tin, ảnh: Ngọc Ánh"]).0.as_deref(), Some("Ngọc Ánh"));
        assert_eq!(trailer(&["Bài và ảnh: Lê Hà"]).0.as_deref(), Some("Lê Hà"));
        assert_eq!(clean_author("Viết bởi Trần Văn Khải").as_deref(), Some("Trần Văn Khải"));
        assert_eq!(clean_author("Tác giả: Minh Anh").as_deref(), Some("Minh Anh"));
        assert_eq!(clean_author("admin"), None);
        // CMS logins, not bylines; outlets in capitals or capitalised stay.
        for login in ["admin_xaconcuong", "bientap01", "quantri", "nguyen.van.a"] {
            assert_eq!(clean_author(login), None, "{login}");
        }
        assert_eq!(clean_author("TTXVN").as_deref(), Some("TTXVN"));
        assert_eq!(clean_author("Reuters").as_deref(), Some("Reuters"));
        assert_eq!(
            credit_name("Tác giả bài viết: Phạm Thu Hà").as_deref(),
            Some("Phạm Thu Hà")
        );
        assert_eq!(
            credit_name("Tác giả bài viết: Văn phòng HĐND và UBND xã").as_deref(),
            Some("Văn phòng HĐND và UBND xã")
        );
        // The date of the next inline element ends the name.
        assert_eq!(
            labelled_in_line("Tác giả: Đỗ Quang Huy 11/02/2026").as_deref(),
            Some("Đỗ Quang Huy")
        );
        // A sentence that merely starts with "Tin" keeps its words.
        assert_eq!(trailer(&["Tin tức tổng hợp từ các xã trong huyện"]).0, None);
    }

    #[test]
    fn credits_on_separate_lines_are_one_byline() {
        let (a, s, left) = trailer(&["Bài: Lan Anh", "Ảnh: Quốc Việt"]);
        assert_eq!((a.as_deref(), s, left), (Some("Lan Anh, Quốc Việt"), None, 1));
        let (a, s, left) = trailer(&["Bài: Lan Anh", "Ảnh: Quốc Việt", "Video: Minh Tú", "Nguồn: Báo Lào Cai"]);
        assert_eq!(
            (a.as_deref(), s.as_deref(), left),
            (Some("Lan Anh, Quốc Việt, Minh Tú"), Some("Báo Lào Cai"), 1)
        );
        // A bare name above a credit line is body text, not a second credit.
        let (a, _, left) = trailer(&["Hoàng Long", "Ảnh: Quốc Việt"]);
        assert_eq!((a.as_deref(), left), (Some("Quốc Việt"), 2));
    }

    #[test]
    fn names_labelled_inside_a_meta_line() {
        assert_eq!(
            labelled_in_line("Ngày cập nhật: 08/01/2020 - Người đăng: Hoàng Thu Hằng").as_deref(),
            Some("Hoàng Thu Hằng")
        );
        assert_eq!(
            labelled_in_line("15/01/2024 | Tác giả: Lê Hà | Lượt xem: 20").as_deref(),
            Some("Lê Hà")
        );
        assert_eq!(
            labelled_in_line("Đăng bởi: Trần Minh - 08:30 15/01/2024").as_deref(),
            Some("Trần Minh")
        );
        assert_eq!(labelled_in_line("15/01/2024 - Người đăng: admin"), None);
        assert_eq!(labelled_in_line("Tác giả: các hộ dân trong thôn đã góp công"), None);
        assert_eq!(labelled_in_line("15/01/2024 - 415 lượt xem"), None);
    }

    #[test]
    fn a_name_over_a_unit_and_a_unit_alone_are_bylines() {
        let (a, _, left) = trailer(&["Phạm Thị Hà", "Chi cục Trồng trọt và Bảo vệ thực vật"]);
        assert_eq!(
            (a.as_deref(), left),
            (Some("Phạm Thị Hà, Chi cục Trồng trọt và Bảo vệ thực vật"), 1)
        );
        let (a, _, left) = trailer(&["Văn phòng HĐND-UBND xã"]);
        assert_eq!((a.as_deref(), left), (Some("Văn phòng HĐND-UBND xã"), 1));
        // Teams sign like offices.
        let (a, _, left) = trailer(&["Tổ Văn phòng"]);
        assert_eq!((a.as_deref(), left), (Some("Tổ Văn phòng"), 1));
        let (a, _, left) = trailer(&["Nhóm phóng viên"]);
        assert_eq!((a.as_deref(), left), (Some("Nhóm phóng viên"), 1));
        let (a, s, left) = trailer(&["Trung tâm Y tế huyện", "Nguồn: Báo Lào Cai"]);
        assert_eq!(
            (a.as_deref(), s.as_deref(), left),
            (Some("Trung tâm Y tế huyện"), Some("Báo Lào Cai"), 1)
        );
        // A unit at the end of a list of units is body text.
        let mut p: Vec<String> = ["Các đơn vị tham gia gồm:", "Phòng Y tế;", "Trung tâm Y tế huyện"]
            .map(str::to_owned)
            .to_vec();
        assert_eq!(take_trailer(&mut p), (None, None));
        // A sentence about a unit is no byline.
        assert_eq!(trailer(&["Trường Tiểu học xã đạt chuẩn quốc gia năm 2024."]).0, None);
    }

    #[test]
    fn a_closing_bracket_goes_only_when_it_closes_nothing() {
        assert_eq!(
            trailer(&["Tin, ảnh: Quang Vinh (Văn phòng UBND tỉnh)"]).0.as_deref(),
            Some("Quang Vinh (Văn phòng UBND tỉnh)")
        );
        assert_eq!(trailer(&["(Tin, ảnh: Ngọc Ánh)"]).0.as_deref(), Some("Ngọc Ánh"));
        assert_eq!(clean_author("Lê Hà).").as_deref(), Some("Lê Hà"));
    }

    #[test]
    fn magazine_and_english_credits() {
        assert_eq!(
            clean_author("Story: Nguyen Thu Trang – Photos: Le Hoang").as_deref(),
            Some("Nguyen Thu Trang, Le Hoang")
        );
        assert_eq!(
            credit_name("Nội dung: Hải Yến | Đồ họa: Tuấn Anh").as_deref(),
            Some("Hải Yến, Tuấn Anh")
        );
        assert_eq!(credit_name("Thiết kế: Hoàng Yến").as_deref(), Some("Hoàng Yến"));
        assert_eq!(clean_author("Biên tập viên"), None);
    }

    #[test]
    fn credit_strips_at_the_top_of_the_body() {
        let mut p: Vec<String> = [
            "Nội dung: Vàng Thị Mỷ, Đặng Quang Huy",
            "Ảnh: Lý Văn Chiến",
            "Thiết kế: Hoàng Yến",
            "Nội dung bài viết dài, có dấu phẩy.",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(
            take_leading_credits(&mut p).as_deref(),
            Some("Vàng Thị Mỷ, Đặng Quang Huy, Lý Văn Chiến, Hoàng Yến")
        );
        assert_eq!(p.len(), 1);
        // A photo credit first credits the top image; a body of credits only is left alone.
        for lines in [&["Ảnh: Lý Văn Chiến", "Nội dung bài viết."][..], &["Bài: Lê Hà"][..]] {
            let mut p: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            assert_eq!(take_leading_credits(&mut p), None, "{lines:?}");
            assert_eq!(p.len(), lines.len());
        }
    }

    #[test]
    fn several_credits_in_a_meta_line() {
        assert_eq!(
            labelled_in_line("Thứ Hai, 02/06/2025 - 08:45 • Bài: Văn Long • Ảnh: Khánh Linh").as_deref(),
            Some("Văn Long, Khánh Linh")
        );
        assert_eq!(
            labelled_in_line("08:45 | Tin: Ngọc Anh - Ảnh: Quang Huy").as_deref(),
            Some("Ngọc Anh, Quang Huy")
        );
        // A photo credit alone in a line under the top image is no byline.
        assert_eq!(labelled_in_line("Ảnh: Khánh Linh"), None);
        assert_eq!(labelled_in_line("Ảnh: Khánh Linh - Video: Quốc Anh"), None);
        // With the writer's credit after it, the photo credit is a byline part.
        assert_eq!(
            labelled_in_line("Chủ nhật, 20/09/2026 | 16:10Ảnh: Đức Phương - Bài: Hồng Duyên").as_deref(),
            Some("Đức Phương, Hồng Duyên")
        );
    }

    #[test]
    fn highland_names_with_apostrophes_and_hyphens() {
        assert_eq!(
            labelled_in_line("08:45, 15/01/2026 Tin: H’Linh Êban - Ảnh: Hồ Quang Vinh 815").as_deref(),
            Some("H’Linh Êban, Hồ Quang Vinh")
        );
        assert_eq!(trailer(&["Y-Moan Niê"]).0.as_deref(), Some("Y-Moan Niê"));
    }

    #[test]
    fn a_notices_signer_is_no_byline() {
        // An all-capitals caption above a byline is no office line.
        assert_eq!(
            trailer(&["CHỦ TỊCH UBND XÃ TRAO QUÀ CHO CÁC HỘ NGHÈO", "Minh Anh"])
                .0
                .as_deref(),
            Some("Minh Anh")
        );
        for above in ["(Đã ký)", "CHỦ TỊCH", "KT. GIÁM ĐỐC"] {
            let (a, _, left) = trailer(&["TM. ỦY BAN NHÂN DÂN", above, "Nguyễn Văn Khải"]);
            assert_eq!((a, left), (None, 4), "{above}");
        }
        // A name under ordinary prose still signs the article.
        assert_eq!(trailer(&["Nguyễn Văn Khải"]).0.as_deref(), Some("Nguyễn Văn Khải"));
    }

    #[test]
    fn capitalised_first_lines_are_headings_not_credits() {
        for first in ["NỘI DUNG CHÍNH", "TIN HOẠT ĐỘNG", "Nội dung chính của hội nghị"] {
            let mut p: Vec<String> = [first, "Nội dung bài viết dài, có dấu phẩy."]
                .map(str::to_owned)
                .to_vec();
            assert_eq!(take_leading_credits(&mut p), None, "{first}");
            assert_eq!(p.len(), 2);
        }
        // The same person credited twice is named once.
        let mut p: Vec<String> = ["Bài: Lê Hà", "Ảnh: Lê Hà", "Nội dung bài viết."]
            .map(str::to_owned)
            .to_vec();
        assert_eq!(take_leading_credits(&mut p).as_deref(), Some("Lê Hà"));
    }

    #[test]
    fn a_role_word_closing_another_word_is_no_label() {
        assert_eq!(labelled_in_line("12/03/2024 08:30 | Nguồn tin: TTXVN"), None);
        assert_eq!(labelled_in_line("Loạt bài: Ba Bể mùa nước nổi"), None);
        // Combined roles: the writer is credited, not only the photos.
        assert_eq!(
            labelled_in_line("12/03/2024 08:30 | Bài, ảnh: Văn Long").as_deref(),
            Some("Văn Long")
        );
    }

    #[test]
    fn unopened_brackets_are_trimmed_in_linear_time() {
        let hostile = format!("Lê Hà{}", ")".repeat(200_000));
        assert_eq!(trim_end_punct(&hostile), "Lê Hà");
    }

    #[test]
    fn a_name_and_a_long_unit_after_a_dash() {
        let line = "Đại úy Lê Văn Hùng - Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao";
        assert_eq!(trailer(&[line]).0.as_deref(), Some(line));
        // A sentence with a dash is no byline.
        assert_eq!(
            trailer(&["Lê Văn Hùng - Phòng An ninh mạng cho biết đã xử lý 12 vụ việc trong tháng."]).0,
            None
        );
    }

    #[test]
    fn bylines_of_the_second_portal_round() {
        // After a dash at the end of the last paragraph.
        let mut p: Vec<String> = [
            "Mở đầu bài viết.",
            "Mô hình được đánh giá là điểm sáng trong thực tiễn. - Đại tá Nguyễn Đức Cường",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(take_trailer(&mut p).0.as_deref(), Some("Đại tá Nguyễn Đức Cường"));
        assert_eq!(p[1], "Mô hình được đánh giá là điểm sáng trong thực tiễn.");
        // A dash inside a sentence is no byline.
        assert_eq!(
            trailer(&["Giai đoạn 2021 - 2025 đạt nhiều kết quả - Nguyễn Văn A nói"]).0,
            None
        );
        // A degree before the name, a hospital department under it.
        assert_eq!(
            trailer(&["BS.CKII Nguyễn Thị Hạnh", "Khoa Nội tiết"]).0.as_deref(),
            Some("BS.CKII Nguyễn Thị Hạnh, Khoa Nội tiết")
        );
        // Inline elements flattened with a space before the comma.
        assert_eq!(
            clean_author("Thanh Hà , Minh Quân").as_deref(),
            Some("Thanh Hà, Minh Quân")
        );
    }

    #[test]
    fn lines_that_only_look_like_bylines() {
        // Standing apart from the body, right-aligned.
        for line in [
            "Thứ Năm, 20/11/2025",
            "Theo TTXVN",
            "CHỦ TỊCH",
            "Hội nghị kết thúc thành công",
        ] {
            assert!(!stands_alone(line), "{line}");
        }
        assert!(stands_alone("Văn phòng Hội"));
        // Capitals alone are an office, unless the newsroom's own signature.
        assert!(stands_alone("PV") && stands_alone("BBT") && !stands_alone("UBND"));
        // "Khoa học" is no department.
        assert_eq!(trailer(&["Khoa học - Công nghệ"]).0, None);
        // A quotation's author and a source after a dash are no byline.
        for last in [
            "“Không có gì quý hơn độc lập, tự do.” - Hồ Chí Minh",
            "Hội nghị kết thúc lúc 11 giờ. - Theo TTXVN",
        ] {
            assert_eq!(trailer(&[last]).0, None, "{last}");
        }
        // A writer's page link names a person.
        assert!(is_person("Hoàng Lan") && !is_person("Tác giả") && !is_person("Xem tất cả bài viết"));
    }

    #[test]
    fn captions_and_sentences_are_not_bylines() {
        assert_eq!(trailer(&["Quang cảnh hội nghị."]).0, None);
        assert_eq!(trailer(&["Các đại biểu phát biểu tại hội nghị"]).0, None);
        assert_eq!(trailer(&["Hội nghị kết thúc lúc 11 giờ cùng ngày."]).0, None);
    }
}
