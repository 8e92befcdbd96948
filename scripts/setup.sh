#!/usr/bin/env bash
# Installs what Back Check's build and tests need and is missing, and only
# that; when everything is there it only checks (a few seconds). Safe to run
# again. Says what it installs and how long that took.
# Machine: Debian, Rust by rustup, Node.js with npm, root; only the package
# registries are reachable, so nothing here downloads a prebuilt tool.
# Versions: trunk, wasm-bindgen and wasm-opt as Trunk.toml names them (the
# wasm-bindgen CLI must also match the library in Cargo.lock); npm packages,
# binaryen's wasm-opt among them, as package-lock.json says.
set -euo pipefail
cd "$(dirname "$0")/.."
t_start=$SECONDS

step() { # step "what" command...
  local what=$1; shift
  local t0=$SECONDS
  echo "setup: $what"
  "$@"
  echo "setup: $what: done in $((SECONDS - t0)) s"
}
die() { echo "setup: error: $*" >&2; exit 1; }

# What Trunk.toml says (`trunk-version = "=X"`, `wasm_bindgen = "X"`, `wasm_opt = "version_X"`).
TRUNK_VERSION=$(sed -nE 's/^trunk-version = "=([0-9.]+)"$/\1/p' Trunk.toml)
WASM_BINDGEN_VERSION=$(sed -nE 's/^wasm_bindgen = "([0-9.]+)"$/\1/p' Trunk.toml)
WASM_OPT_VERSION=$(sed -nE 's/^wasm_opt = "version_([0-9]+)"$/\1/p' Trunk.toml)
[ -n "$TRUNK_VERSION" ] && [ -n "$WASM_BINDGEN_VERSION" ] && [ -n "$WASM_OPT_VERSION" ] \
  || die "Trunk.toml must pin trunk-version = \"=X\", wasm_bindgen and wasm_opt"
locked_bindgen=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
[ "$locked_bindgen" = "$WASM_BINDGEN_VERSION" ] \
  || die "Cargo.lock has wasm-bindgen $locked_bindgen, Trunk.toml $WASM_BINDGEN_VERSION: they must be the same"

# shellcheck source=scripts/env.sh
source scripts/env.sh
have_version() { # have_version command "expected --version output"
  command -v "$1" >/dev/null 2>&1 && [ "$("$1" --version 2>/dev/null | head -1)" = "$2" ]
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "installing Rust target wasm32-unknown-unknown" rustup target add wasm32-unknown-unknown
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  install_chromium() {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium chromium-driver fonts-dejavu-core >/dev/null
  }
  step "installing Debian's chromium and chromium-driver" install_chromium
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

npm_in_sync() { # every package in package-lock.json is installed at its locked version
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
if ! cargo fetch --locked --offline --quiet 2>/dev/null; then
  step "fetching the crates named in Cargo.lock" cargo fetch --locked --quiet
fi

# The wasm-opt trunk finds first on scripts/env.sh's PATH must be binaryen's
# from node_modules, of the version Trunk.toml names (trunk checks that too
# when it runs it; asking wasm-opt itself takes two seconds).
wasm_opt_found=$(command -v wasm-opt || true)
binaryen=$(node -p 'require("./node_modules/binaryen/package.json").version' 2>/dev/null || true)
if [ "$wasm_opt_found" != "$PWD/node_modules/.bin/wasm-opt" ] || [ "${binaryen%%.*}" != "$WASM_OPT_VERSION" ]; then
  die "wasm-opt on PATH is '$wasm_opt_found' (binaryen '$binaryen'), expected binaryen $WASM_OPT_VERSION in node_modules/.bin (package.json)"
fi
echo "setup: ready in $((SECONDS - t_start)) s: trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $WASM_OPT_VERSION, $(chromium --version 2>/dev/null | head -1)"
