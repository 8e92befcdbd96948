#!/usr/bin/env bash
# Installs whatever Back Check's build and tests need and is missing; skips what
# is there. Safe to run again. Prints each step and how long it took.
# Machine: Debian, Rust by rustup, Node.js with npm, root; only the package
# registries are reachable, so nothing here downloads a prebuilt tool.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132

step() { # step "what" command...
  local what=$1; shift
  local t0=$SECONDS
  echo "setup: $what"
  "$@"
  echo "setup: $what: done in $((SECONDS - t0)) s"
}

have_version() { # have_version cmd expected-substring
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q -- "$2"
}

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "installing Rust target wasm32-unknown-unknown" rustup target add wasm32-unknown-unknown
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  install_chromium() {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium chromium-driver fonts-dejavu-core >/dev/null
  }
  step "installing Debian chromium and chromium-driver" install_chromium
fi

# The spell check (scripts/spellcheck.sh): Debian's hunspell with en_GB and de_DE.
if ! command -v hunspell >/dev/null || [ ! -f /usr/share/hunspell/en_GB.dic ] \
   || [ ! -f /usr/share/hunspell/de_DE.dic ]; then
  install_hunspell() {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      hunspell hunspell-en-gb hunspell-de-de >/dev/null
  }
  step "installing Debian hunspell with en_GB and de_DE" install_hunspell
fi

if ! have_version trunk "trunk $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (cargo install, about 15 min on 2 cores)" \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # Not --locked: its lock file names a crate version the registry lacks.
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, about 7 min)" \
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages (Playwright, axe, binaryen for wasm-opt) exactly as package-lock.json says.
npm_in_sync() { # every locked package is installed at its locked version
  [ -f node_modules/.package-lock.json ] && node -e '
    const want = require("./package-lock.json").packages;
    const have = require("./node_modules/.package-lock.json").packages;
    for (const [k, v] of Object.entries(want))
      if (k && (!have[k] || have[k].version !== v.version)) process.exit(1);'
}
if ! npm_in_sync; then
  step "installing npm packages from package-lock.json" \
    env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk builds offline: every crate must already be in cargo's cache.
step "fetching crates named in Cargo.lock" cargo fetch --locked --quiet

# Checks: the tools trunk will find first on scripts/env.sh's PATH.
# shellcheck source=scripts/env.sh
source scripts/env.sh
wasm_opt_found=$(command -v wasm-opt || true)
if [ "$wasm_opt_found" != "$PWD/node_modules/.bin/wasm-opt" ] \
   || ! wasm-opt --version | grep -q "version $WASM_OPT_VERSION"; then
  echo "setup: error: wasm-opt on PATH is '$wasm_opt_found', expected binaryen $WASM_OPT_VERSION in node_modules/.bin" >&2
  exit 1
fi
echo "setup: ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $WASM_OPT_VERSION, $(chromium --version 2>/dev/null | head -1)"
