//! `make bench-extract`: extraction quality and speed over the gold set.
//!
//! Prints body F1 (4-gram shingles of `\w+` tokens, P and R averaged over
//! article pages), exact-match rates for title, date and author, how many
//! non-article pages were rejected, and single-threaded speed: median
//! milliseconds per page, throughput in MB/s, and the largest page alone.
//! Times are the parsing thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), so
//! other processes on a shared machine do not inflate them; wall-clock
//! medians are printed beside them. `--verbose` lists every mismatch.
//! `GOLD_DIR=…` scores another directory of pages (the held-out set).

#[path = "../tests/common/gold.rs"]
mod gold;

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

/// Timed passes over the gold set; the median pass is reported.
const PASSES: usize = 15;

/// CPU time consumed by the calling thread.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose" || a == "-v");
    let dir = std::env::var_os("GOLD_DIR").map_or_else(gold::gold_dir, std::path::PathBuf::from);
    let pages = gold::load_from(&dir);
    println!("{}", dir.display());
    let report = gold::evaluate(&pages);
    if verbose {
        for m in &report.misses {
            println!("{m}");
        }
        println!();
    }
    println!(
        "gold set: {} article pages, {} other pages",
        report.articles, report.others
    );
    println!(
        "body        P {:.4}  R {:.4}  F1 {:.4}",
        report.precision, report.recall, report.f1
    );
    for (name, n) in [
        ("title", report.title_exact),
        ("date", report.date_exact),
        ("author", report.author_exact),
    ] {
        println!(
            "{name:<11} exact {n}/{} = {:.1}%",
            report.articles,
            100.0 * report.rate(n)
        );
    }
    println!("non-article rejected {}/{}", report.others_rejected, report.others);

    // Speed: every page parsed PASSES times; per page the median time.
    let raws: Vec<_> = pages.iter().map(|p| p.raw()).collect();
    let mut cpu_per_page = Vec::new();
    let mut by_page: Vec<(Duration, &str)> = Vec::new();
    let mut wall_per_page = Vec::new();
    let (mut total_bytes, mut total_cpu) = (0usize, Duration::ZERO);
    let mut largest: Option<(usize, Duration, Duration, &str)> = None;
    for (raw, page) in raws.iter().zip(&pages) {
        let (mut cpu, mut wall) = (Vec::new(), Vec::new());
        for _ in 0..PASSES {
            let (c, w) = (thread_cpu(), Instant::now());
            let _ = std::hint::black_box(vnportal_parser::parse_page(
                std::hint::black_box(raw),
                DateTime::<Utc>::UNIX_EPOCH,
            ));
            wall.push(w.elapsed());
            cpu.push(thread_cpu().saturating_sub(c));
        }
        let (cpu, wall) = (median(cpu), median(wall));
        cpu_per_page.push(cpu);
        by_page.push((cpu, &page.name));
        wall_per_page.push(wall);
        total_bytes += raw.body.len();
        total_cpu += cpu;
        if largest.is_none_or(|(n, ..)| raw.body.len() > n) {
            largest = Some((raw.body.len(), cpu, wall, &page.name));
        }
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    if verbose {
        by_page.sort();
        for (cpu, name) in by_page.iter().rev().take(5) {
            println!("slow page   {name}: {:.3} ms CPU", ms(*cpu));
        }
    }
    println!(
        "speed       median {:.3} ms/page CPU ({:.3} ms wall), {:.1} MB/s over {} pages ({:.1} KB average), one thread",
        ms(median(cpu_per_page)),
        ms(median(wall_per_page)),
        total_bytes as f64 / 1e6 / total_cpu.as_secs_f64().max(1e-9),
        pages.len(),
        total_bytes as f64 / 1024.0 / pages.len().max(1) as f64
    );
    if let Some((bytes, cpu, wall, name)) = largest {
        println!(
            "large page  {name} ({:.0} KB): {:.3} ms CPU ({:.3} ms wall), {:.1} MB/s; HTML parsing alone {:.3} ms",
            bytes as f64 / 1024.0,
            ms(cpu),
            ms(wall),
            bytes as f64 / 1e6 / cpu.as_secs_f64().max(1e-9),
            ms(html_parse_only(&raws, name, &pages))
        );
    }
}

/// The yardstick for the large page: html5ever building the DOM (what every
/// extractor pays before it reads a word), CPU median over PASSES.
fn html_parse_only(raws: &[vnportal_model::RawPage], name: &str, pages: &[gold::GoldPage]) -> Duration {
    let Some(raw) = pages.iter().position(|p| p.name == name).and_then(|i| raws.get(i)) else {
        return Duration::ZERO;
    };
    let text = String::from_utf8_lossy(&raw.body);
    let mut cpu = Vec::new();
    for _ in 0..PASSES {
        let c = thread_cpu();
        std::hint::black_box(scraper::Html::parse_document(std::hint::black_box(&text)));
        cpu.push(thread_cpu().saturating_sub(c));
    }
    median(cpu)
}
