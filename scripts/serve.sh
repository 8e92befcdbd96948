#!/usr/bin/env bash
# Sets up what is missing, builds the release app and serves it at
# http://127.0.0.1:8080 (PORT=... to change). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
# The size report (brotli at its highest level, about a second) prints while
# the server starts.
node scripts/size-report.mjs dist &
exec node scripts/serve-dist.mjs dist "${PORT:-8080}" 127.0.0.1
