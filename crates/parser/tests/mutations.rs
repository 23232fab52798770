//! A stable-toolchain stand-in for fuzzing, run with every `cargo test`:
//! gold pages cut, spliced and corrupted in deterministic ways must still
//! give an article or an error, never a panic. (`make fuzz-extract` runs
//! libFuzzer on nightly for real; its corpus is in `fuzz/corpus/extract`.)

mod common;

use chrono::{DateTime, Utc};
use common::gold;

/// xorshift32: reproducible pseudo-random choices without a dependency.
struct Rng(u32);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        self.next() as usize % n.max(1)
    }
}

const SNIPPETS: &[&[u8]] = &[
    b"<div>",
    b"</div>",
    b"<table><tr><td>",
    b"<!--",
    b"<script>",
    b"&#x110000;",
    b"&nbsp;&ecirc;&#7879;",
    b"\xff\xfe",
    b"\xe1\xbb",
    b"<p class=\"tandan-date\">31/02/2024 99:99</p>",
    b"<h1>",
    b"<time datetime=\"2024-13-45T25:61:00+99:99\">",
    b"<meta property=\"article:published_time\" content=\"0000-00-00\">",
    b"Nguy\xe1\xbb\x85n",
    b"\x00",
];

fn mutate(page: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = page.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(4) {
            // Truncate, as a dropped connection does.
            0 => out.truncate(at),
            // Insert markup or bytes that have broken parsers before.
            1 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                out.splice(at..at, s.iter().copied());
            }
            // Flip a byte.
            2 if at < out.len() => out[at] ^= 1 << rng.below(8),
            // Duplicate a slice (repeated templates, doubled bodies).
            _ => {
                let end = (at + rng.below(2048)).min(out.len());
                let slice = out[at..end].to_vec();
                out.splice(at..at, slice);
            }
        }
    }
    out
}

#[test]
fn mutated_gold_pages_never_panic() {
    let pages = gold::load();
    let mut rng = Rng(0x2545_f491);
    let mut articles = 0;
    let mut runs = 0;
    for round in 0..2 {
        for page in &pages {
            let mut raw = page.raw();
            raw.body = mutate(&raw.body, &mut rng);
            if round % 2 == 1 {
                raw.charset = None;
            }
            runs += 1;
            if let Ok(a) = vnportal_parser::parse_page(&raw, DateTime::<Utc>::UNIX_EPOCH) {
                articles += 1;
                assert!(!a.title.is_empty());
                assert_eq!(a.content_hash, vnportal_model::content_hash(&a.body));
            }
        }
    }
    // Many mutations leave the article readable: the test is not vacuous.
    assert!(articles * 3 >= runs, "{articles} articles in {runs} runs");
}
