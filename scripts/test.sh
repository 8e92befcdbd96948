#!/usr/bin/env bash
# Runs Back Check's tests, layer by layer, after installing what is missing
# (scripts/setup.sh).
#
#   scripts/test.sh                 every layer, in the order below
#   scripts/test.sh e2e             one layer
#   scripts/test.sh lint native     several, in the order given
#
# Layers:
#   lint     rustfmt; clippy with warnings as errors, native and wasm32;
#            the spell check of every text (hunspell en_GB, de_DE)
#   native   cargo test: the assessment core and all plain Rust
#   browser  wasm-bindgen-test component tests in headless Chromium
#   build    trunk release build, then the size report and its budget
#   e2e      Playwright + axe in Chromium against dist/, the last build
#   engines  the journeys in Firefox ESR and WebKitGTK against dist/
#
# Counting: a test runner's own counts of passed and failed tests (cargo's
# "test result:" lines, Playwright's JSON report). A check that is no test
# runner (rustfmt, each clippy run, the build, the size budget) counts as one
# test. A runner that exits with an error but reports no failed test (it did
# not compile, crashed, or never started) counts as one failed test, so a
# broken layer can never pass unseen.
#
# Every layer runs even when an earlier one failed, so one run shows all that
# is wrong. Only e2e depends on another: after a build layer that failed in
# the same run it does not run (dist/ would be an older build) and counts as
# one failed test; run alone it tests the dist/ already there.
#
# Ends with one line per layer and "all layers: N passed, M failed"; exits 0
# only when nothing failed.
#
# Adding a layer: a function layer_<name> that runs it through `check`,
# `cargo_tests` or `playwright_tests` (which do the counting), and its name in
# LAYERS.
set -uo pipefail
cd "$(dirname "$0")/.."

LAYERS=(lint native browser build e2e engines)

usage() { echo "usage: scripts/test.sh [$(IFS='|'; echo "${LAYERS[*]}") ...]" >&2; exit 2; }
selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${LAYERS[@]}")
for l in "${selected[@]}"; do [[ " ${LAYERS[*]} " == *" $l "* ]] || usage; done

scripts/setup.sh || { echo "test: setup failed"; echo "all layers: 0 passed, 1 failed"; exit 1; }
source scripts/env.sh
LOGS=test-results
mkdir -p "$LOGS"

passed=0 failed=0      # the current layer's counts
build_failed=no        # whether this run's build layer failed (e2e needs its dist/)

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "test: FAILED: $*"; }

# check NAME COMMAND...: one check, one test.
check() {
  local name=$1; shift
  echo "--- $name"
  if "$@"; then pass; else fail "$name"; fi
}

# cargo_tests LOG COMMAND...: a cargo test run; adds up its "test result:" lines.
cargo_tests() {
  local log="$LOGS/$1.log"; shift
  "$@" 2>&1 | tee "$log"
  local code=${PIPESTATUS[0]} p f
  read -r p f < <(sed -nE 's/^test result: [A-Za-z]+\. ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/p' "$log" \
    | awk '{p += $1; f += $2} END {print p + 0, f + 0}')
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then fail "$* exited with $code and reported no failed test (see $log)"; fi
}

# playwright_tests NAME CONFIG: a Playwright run; its config writes the JSON
# report to test-results/NAME-results.json. E2E_PORT and E2E_PORT+1 are free
# ports for its servers.
playwright_tests() {
  local name=$1 config=$2 report="$LOGS/$1-results.json" code p f
  rm -f "$report"
  E2E_PORT=$(free_port_pair) || { fail "$name: no two free neighbouring ports"; return; }
  export E2E_PORT
  (cd "$(dirname "$config")" && playwright test -c "$(basename "$config")")
  code=$?
  if [ -f "$report" ] && read -r p f < <(node -e '
      const s = require(process.argv[1]).stats;
      console.log(s.expected + s.flaky, s.unexpected)' "$PWD/$report"); then
    passed=$((passed + p)); failed=$((failed + f))
  else
    p=0 f=0
  fi
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then fail "playwright ($name) exited with $code and reported no failed test"; fi
}

# Two free neighbouring ports on 127.0.0.1: the app at / and the same build under /backcheck/.
free_port_pair() {
  node -e '
    const net = require("net");
    const free = (p) => new Promise((ok) => { const s = net.createServer().once("error", () => ok(false))
      .listen(p, "127.0.0.1", () => s.close(() => ok(true))); });
    (async () => { for (let p = 4173; p < 4273; p += 2) if (await free(p) && await free(p + 1)) { console.log(p); return; }
      process.exit(1); })();'
}

layer_lint() {
  check "rustfmt" cargo fmt --all --check
  check "clippy (native)" cargo clippy --locked --all-targets --quiet -- -D warnings
  check "clippy (wasm32)" cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test components --quiet -- -D warnings
  check "spell check" scripts/spellcheck.sh
}

layer_native() {
  cargo_tests native cargo test --locked --no-fail-fast
}

layer_browser() {
  cargo_tests browser cargo test --locked --no-fail-fast --target wasm32-unknown-unknown --test components
}

layer_build() {
  check "trunk build --release" trunk build --release || true
  if [ "$failed" -gt 0 ]; then
    build_failed=yes
    fail "size budget: no build to measure"
    return
  fi
  check "size budget" node scripts/size-report.mjs dist --check
}

layer_e2e() {
  if [ "$build_failed" = yes ]; then fail "e2e: not run, this run's build failed"; return; fi
  if [ ! -f dist/index.html ]; then fail "e2e: no dist/ to test (scripts/test.sh build first)"; return; fi
  playwright_tests e2e tests/e2e/playwright.config.mjs
  if [ -d "$LOGS/screenshots" ]; then echo "screenshots: $(ls "$LOGS/screenshots" | wc -l) files in $LOGS/screenshots"; fi
}

layer_engines() {
  if [ "$build_failed" = yes ]; then fail "engines: not run, this run's build failed"; return; fi
  local log="$LOGS/engines.log" code p f
  tests/engines/run.sh 2>&1 | tee "$log"
  code=${PIPESTATUS[0]}
  if read -r p f < <(sed -nE 's/^engines: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$log" | tail -n 1) && [ -n "$p" ]; then
    passed=$((passed + p)); failed=$((failed + f))
  else
    f=0
  fi
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then fail "engines exited with $code and reported no failed test (see $log)"; fi
}

summary=() total_passed=0 total_failed=0
for l in "${selected[@]}"; do
  echo; echo "=== test: $l"
  passed=0 failed=0
  "layer_$l"
  summary+=("layer $l: $passed passed, $failed failed")
  total_passed=$((total_passed + passed)); total_failed=$((total_failed + failed))
done
echo
printf '%s\n' "${summary[@]}"
echo "all layers: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
