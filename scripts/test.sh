#!/usr/bin/env bash
# Runs every test of Back Check, after installing what is missing:
#   1. lint      rustfmt and clippy (warnings are errors), native and wasm32
#   2. native    cargo test: the assessment core and all plain Rust
#   3. browser   wasm-bindgen-test component tests in headless Chromium
#   4. build     trunk release build, then the size report
#   5. e2e       Playwright + axe in Chromium against dist/ on 127.0.0.1
# Ends with one line "N passed, M failed" over all layers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

LOG_DIR=test-results
mkdir -p "$LOG_DIR"
passed=0 failed=0

summary() {
  local code=$?
  echo
  if [ "$code" -ne 0 ]; then
    echo "test: stopped by a failure (exit $code)"
    [ "$failed" -gt 0 ] || failed=1
  fi
  echo "all layers: $passed passed, $failed failed"
  exit "$code"
}
trap summary EXIT

layer() { echo; echo "=== test: $1"; }

# Adds up the "test result:" lines of a cargo test log.
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

layer lint
cargo fmt --all --check
cargo clippy --locked --all-targets --quiet -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test components --quiet -- -D warnings

layer "native (cargo test)"
cargo test --locked 2>&1 | tee "$LOG_DIR/native.log"
count_cargo "$LOG_DIR/native.log"

layer "browser components (wasm-bindgen-test in Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test components 2>&1 | tee "$LOG_DIR/components.log"
count_cargo "$LOG_DIR/components.log"

layer "release build (trunk)"
trunk build --release
node scripts/size-report.mjs dist

layer "end to end (Playwright, axe, Chromium)"
# Two free neighbouring ports: the app at / and the same build under /backcheck/.
E2E_PORT=$(node -e '
  const net = require("net");
  const free = (p) => new Promise((ok) => { const s = net.createServer().once("error", () => ok(false))
    .listen(p, "127.0.0.1", () => s.close(() => ok(true))); });
  (async () => { for (let p = 4173; p < 4273; p += 2) if (await free(p) && await free(p + 1)) { console.log(p); return; }
    process.exit(1); })();')
export E2E_PORT
rm -f test-results/e2e-results.json
set +e
(cd tests/e2e && playwright test -c playwright.config.mjs)
e2e=$?
set -e
read -r p f < <(node -e '
  const s = require("./test-results/e2e-results.json").stats;
  console.log(s.expected + s.flaky, s.unexpected)')
passed=$((passed + p)); failed=$((failed + f))
echo "screenshots: $(ls test-results/screenshots | wc -l) files in test-results/screenshots"
exit "$e2e"
