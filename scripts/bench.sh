#!/usr/bin/env bash
# Benchmark command (prints figures; not a test): builds the release app, the
# bare Yew page (bench/bare: the app's Trunk.toml and wasm-opt flags, its own
# bin) and the SurveyJS peer (../shared/peer, built in a copy under
# target/bench/peer), then runs scripts/bench.mjs, which loads all three side
# by side, times one assessment natively, and times the log reader
# (scripts/bench-logs.sh: 1,000 run files and a 100 MB archive).
# Usage: scripts/bench.sh [loads=20] (at least 10)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
node bench/bare/page.mjs target/bench/bare-page
trunk build --release --config Trunk.toml --dist target/bench/bare target/bench/bare-page/index.html
# The bare page registers no service worker: the one the hook wrote is never loaded.
rm target/bench/bare/sw.js

peer_src="${PEER_DIR:-../shared/peer}"
peer="target/bench/peer"
if [ ! -f "$peer_src/build.mjs" ]; then
  echo "bench: no SurveyJS peer at $peer_src (set PEER_DIR)" >&2
  exit 1
fi
mkdir -p "$peer"
# A copy: shared/ may be read-only, and its node_modules are not ours.
cp "$peer_src"/package.json "$peer_src"/package-lock.json "$peer_src"/build.mjs "$peer_src"/survey.json "$peer"/
cp -r "$peer_src"/src "$peer"/
if ! cmp -s "$peer/package-lock.json" "$peer/node_modules/.package-lock.json.copy" 2>/dev/null; then
  (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.package-lock.json.copy)
fi
(cd "$peer" && node build.mjs)

node scripts/bench.mjs "${1:-20}"
echo "bench: one assessment, native (criterion, cargo bench --bench assess):"
# criterion prints a long name on a line of its own, before its "time:" line.
cargo bench --quiet --bench assess -- --warm-up-time 1 --measurement-time 3 2>&1 \
  | awk '/time:/ { sub(/^ +/, ""); print "bench:   " ($1 == "time:" ? prev " " : "") $0 } { prev = $0 }'
# The log reader, against the build above.
BENCH_LOGS_NO_BUILD=1 scripts/bench-logs.sh
