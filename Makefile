# vnportal — see README.md.
CARGO ?= cargo

.PHONY: demo test build lint fmt clean

## Crawl the built-in portal simulator (no network needed) and show the warehouse.
demo:
	$(CARGO) run --quiet --bin vnportal -- demo

## Every test: unit, integration and end-to-end (simulator → run --once → SQLite).
test:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) test --workspace --all-targets --locked

build:
	$(CARGO) build --workspace --release --locked

lint:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

fmt:
	$(CARGO) fmt --all

clean:
	$(CARGO) clean
	rm -rf data
