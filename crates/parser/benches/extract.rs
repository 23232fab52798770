//! Criterion benchmark of the hot path: bytes → Article for a typical gold
//! page and for the largest one (~170 KB with ASP.NET view state and menus).

#[path = "../tests/common/gold.rs"]
mod gold;

use chrono::{DateTime, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let pages = gold::load();
    let mut group = c.benchmark_group("parse_page");
    for name in ["tandan-01", "wordpress-01", "aspnet-07"] {
        let Some(page) = pages.iter().find(|p| p.name == name) else {
            continue;
        };
        let raw = page.raw();
        group.throughput(Throughput::Bytes(raw.body.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| vnportal_parser::parse_page(std::hint::black_box(&raw), DateTime::<Utc>::UNIX_EPOCH))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
