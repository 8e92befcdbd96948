#!/usr/bin/env bash
# Builds the release app into a static folder (default: public/) that any
# static host can serve, at its root or under a sub-path such as /backcheck/:
# all URLs are relative and routes live in the URL's #fragment, so no server
# rewrite rules are needed. The host should serve .wasm as application/wasm.
# Usage: scripts/build-static.sh [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-public}"
scripts/setup.sh
source scripts/env.sh
trunk build --release
rm -rf "$out"
cp -r dist "$out"
node scripts/size-report.mjs "$out"
echo "build-static: ready in $out/ (upload its contents; any path works)"
