#!/usr/bin/env bash
# Benchmark of the running-log reader (prints figures; not a test): the time
# to read 1,000 run files and a Strava-style archive of about 100 MB,
# natively (release build of logreader) and in the log worker in headless
# Chromium (release build in dist/, with the main thread's longest task).
# Usage: scripts/bench-logs.sh      (scripts/bench.sh calls it after its build)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
out=target/bench-logs
rm -rf "$out"
cargo run --quiet --release -p logreader --example bench "$out"
[ -n "${BENCH_LOGS_NO_BUILD:-}" ] || trunk build --release
node scripts/bench-logs.mjs "$out"
