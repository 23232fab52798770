# vnportal — see README.md.
CARGO ?= cargo

.PHONY: demo test services build lint fmt clean

## Crawl the built-in portal simulator (no network needed) and show the warehouse.
demo:
	$(CARGO) run --quiet --bin vnportal -- demo

## Every test: unit, integration and end-to-end (simulator → run --once → SQLite;
## simulator → crawl → Kafka → parse → sink → PostgreSQL). Starts the broker and
## PostgreSQL on 127.0.0.1 first when they are not running.
test: services
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) test --workspace --all-targets --locked

## The crash test alone (it is also part of `make test`): parsers and sink
## killed (-9) while 2,750 pages flow through Kafka into PostgreSQL; every
## article must land exactly once. Repeat it with `make test-crash N=5`.
.PHONY: test-crash
N ?= 1
test-crash: services
	for i in $$(seq $(N)); do \
	  $(CARGO) test --locked -p vnportal-cli --test kafka_pipeline killed_processes -- --nocapture || exit 1; \
	done

## The Kafka broker (tansu) and PostgreSQL the tests talk to.
services:
	deploy/test-services.sh

build:
	$(CARGO) build --workspace --release --locked

lint:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

fmt:
	$(CARGO) fmt --all

clean:
	$(CARGO) clean
	rm -rf data

## Pipeline benchmark: 20,000 raw pages through Kafka → parse → sink → PostgreSQL;
## prints articles/s, p50/p99 publish-to-row latency and peak RSS per service.
## First a burst (sustained throughput), then a paced run (latency at 400 pages/s).
.PHONY: bench-pipeline
bench-pipeline: services
	$(CARGO) build --release --locked --bin vnportal --example bench_pipeline
	target/release/examples/bench_pipeline target/release/vnportal 20000 1 0
	target/release/examples/bench_pipeline target/release/vnportal 8000 1 400

## Crawler benchmark: 1,000 simulated hosts on loopback, each with a Crawl-delay;
## prints requests/s, per-host delay violations and peak RSS (about a minute).
.PHONY: bench-crawl
bench-crawl:
	$(CARGO) run --release --locked -p vnportal-crawler --example bench_crawl -- 1000 1 30

## Extraction benchmark: the gold set, the first held-out set and the blind
## held-out sets (body F1, exact title, date and author rates, ms/page and MB/s
## on one core), then the criterion bench.
.PHONY: bench-extract
GOLD := $(CURDIR)/crates/parser/gold
bench-extract:
	$(CARGO) bench --locked -p vnportal-parser --bench gold
	GOLD_DIR=$(GOLD)/holdout $(CARGO) bench --locked -p vnportal-parser --bench gold
	for d in $(GOLD)/blind-*/; do GOLD_DIR=$$d $(CARGO) bench --locked -p vnportal-parser --bench gold || exit 1; done
	$(CARGO) bench --locked -p vnportal-parser --bench extract

## Fuzz the extractor (nightly toolchain and cargo-fuzz); the corpus is fuzz/corpus/extract.
.PHONY: fuzz-extract
fuzz-extract:
	cargo +nightly fuzz run extract -- -max_total_time=600
