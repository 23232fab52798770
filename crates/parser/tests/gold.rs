//! The gold set must stay above the issue's goals: body F1 ≥ 0.97, title and
//! date exact on ≥ 98% of pages, author on ≥ 95%, and no article out of a
//! listing, search, "not found" or challenge page. `make bench-extract`
//! prints the same figures with speed.

mod common;

use common::gold;

fn check(pages: &[gold::GoldPage]) {
    let r = gold::evaluate(pages);
    let summary = format!(
        "F1 {:.4} (P {:.4} R {:.4}), title {}/{n}, date {}/{n}, author {}/{n}, rejected {}/{}\n{}",
        r.f1,
        r.precision,
        r.recall,
        r.title_exact,
        r.date_exact,
        r.author_exact,
        r.others_rejected,
        r.others,
        r.misses.join("\n"),
        n = r.articles
    );
    assert!(r.f1 >= 0.97, "{summary}");
    assert!(r.rate(r.title_exact) >= 0.98, "{summary}");
    assert!(r.rate(r.date_exact) >= 0.98, "{summary}");
    assert!(r.rate(r.author_exact) >= 0.95, "{summary}");
    assert_eq!(r.others_rejected, r.others, "{summary}");
}

#[test]
fn gold_set_meets_the_goals() {
    let pages = gold::load();
    assert!(pages.iter().filter(|p| p.is_article()).count() >= 30);
    check(&pages);
}

#[test]
fn held_out_pages_meet_the_goals() {
    check(&gold::load_from(&gold::holdout_dir()));
}

/// Blind sets, each scored once and then fixed (see gold/README.md): no
/// longer held out, they guard those fixes. A new set joins this list only
/// after its first score is recorded and its misses are fixed.
const FIXED_BLIND_SETS: &[&str] = &[
    "blind-a", "blind-b", "blind-c", "blind-d", "blind-e", "blind-f", "blind-g", "blind-h", "blind-i", "blind-j",
    "blind-k", "blind-l", "blind-m", "blind-n", "blind-o", "blind-p", "blind-q", "blind-r", "blind-s", "blind-t",
    "blind-u", "blind-v", "blind-w", "blind-x", "blind-y", "blind-z", "blind-aa", "blind-ab", "blind-ac", "blind-ad",
    "blind-ae", "blind-af", "blind-ag", "blind-ah", "blind-ai", "blind-aj",
];

#[test]
fn fixed_blind_sets_meet_the_goals() {
    for set in FIXED_BLIND_SETS {
        let pages = gold::load_from(&gold::holdout_dir().with_file_name(set));
        assert!(pages.len() >= 20, "{set}: {} pages", pages.len());
        println!("{set}");
        check(&pages);
    }
}

#[test]
fn the_metric_counts_shingles() {
    // Prediction "a b c d e" against gold "a b c d": shingles abcd+bcde vs abcd.
    assert_eq!(gold::precision_recall("a b c d e", "a b c d"), (0.5, 1.0));
    assert_eq!(gold::precision_recall("", "a b c d"), (0.0, 0.0));
    // A repeated paragraph counts twice in the prediction (multisets).
    let (p, r) = gold::precision_recall("một hai ba bốn. một hai ba bốn.", "một hai ba bốn.");
    assert_eq!(r, 1.0);
    assert!((p - 0.2).abs() < 1e-9, "{p}");
    assert_eq!(gold::f1(&[(1.0, 1.0), (0.0, 0.0)]), (0.5, 0.5, 0.5));
}
