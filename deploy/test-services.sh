#!/usr/bin/env bash
# Starts the services the tests talk to, on 127.0.0.1, when they are not
# already running: a Kafka-protocol broker (tansu, memory storage) on 9092
# and PostgreSQL on 5432. Idempotent; used by `make test` and `.ci/run`.
set -euo pipefail

KAFKA_PORT=${VNPORTAL_TEST_KAFKA_PORT:-9092}
LOG_DIR=${VNPORTAL_TEST_LOG_DIR:-/tmp/vnportal-test-services}
mkdir -p "$LOG_DIR"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! port_open "$KAFKA_PORT"; then
  if ! command -v tansu >/dev/null 2>&1; then
    echo "tansu is not installed: run 'cargo install tansu --locked --version 0.6.0 --features dynostore' (or .ci/run)" >&2
    exit 1
  fi
  echo "starting tansu on 127.0.0.1:$KAFKA_PORT (log: $LOG_DIR/tansu.log)"
  nohup tansu broker --listener-url "tcp://127.0.0.1:$KAFKA_PORT" \
    --advertised-listener-url "tcp://127.0.0.1:$KAFKA_PORT" >"$LOG_DIR/tansu.log" 2>&1 &
  for _ in $(seq 1 100); do port_open "$KAFKA_PORT" && break; sleep 0.1; done
  port_open "$KAFKA_PORT" || { echo "tansu did not start; see $LOG_DIR/tansu.log" >&2; exit 1; }
fi

if ! port_open 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 1 100); do port_open 5432 && break; sleep 0.1; done
  fi
  port_open 5432 || { echo "PostgreSQL is not running on 127.0.0.1:5432" >&2; exit 1; }
fi
