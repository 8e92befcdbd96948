#!/usr/bin/env bash
# Benchmark command (prints figures; not a test): builds the release app and
# the bare Yew page in bench/bare, then runs scripts/bench.mjs.
# Usage: scripts/bench.sh [loads=20] (at least 10)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
(cd bench/bare && trunk build --release)
node scripts/bench.mjs "${1:-20}"
