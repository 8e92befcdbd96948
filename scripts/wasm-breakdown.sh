#!/usr/bin/env bash
# Where the wasm's bytes go (a measurement, not a test), by twiggy: builds the
# wasm as trunk does (cargo, wasm-bindgen, wasm-opt with index.html's level and
# flags) but keeps the function names, then prints twiggy's largest items and
# their bytes summed by crate. Installs twiggy (cargo install, a few minutes)
# the first time.
# Usage: scripts/wasm-breakdown.sh [bin=backcheck] [items=25]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  echo "wasm-breakdown: installing twiggy $TWIGGY_VERSION (cargo install)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
bin="${1:-backcheck}"
items="${2:-25}"
out="target/wasm-breakdown"
cargo build --release --locked --offline --target wasm32-unknown-unknown --bin "$bin"
wasm-bindgen --target web --keep-debug --out-dir "$out" "target/wasm32-unknown-unknown/release/$bin.wasm"
# shellcheck disable=SC2046 # the flags are words
wasm-opt $(node scripts/wasm-opt-flags.mjs) -g --strip-dwarf "$out/${bin}_bg.wasm" -o "$out/$bin.named.wasm"
echo "wasm-breakdown: $bin, $(stat -c %s "$out/$bin.named.wasm") B with function names (the shipped wasm has none)"
twiggy top -n "$items" "$out/$bin.named.wasm"
echo
echo "wasm-breakdown: bytes by crate (the first path segment of each item's name; generic code counts where it is instantiated from)"
twiggy top -f csv "$out/$bin.named.wasm" | node -e '
  const rows = require("fs").readFileSync(0, "utf8").trim().split("\n").slice(1);
  const by = new Map();
  for (const row of rows) {
    const m = row.match(/^"?(.*?)"?,(\d+),/);
    if (!m) continue;
    const [, name, bytes] = m;
    const key = name.startsWith("data segment") ? "(data)"
      : name.startsWith("custom section") || name.includes("subsection") ? "(custom sections)"
      : (name.replace(/^[<&*\s]+|^dyn /g, "").match(/^([A-Za-z_][A-Za-z0-9_]*)::/)?.[1] ?? "(other)");
    by.set(key, (by.get(key) ?? 0) + Number(bytes));
  }
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(String(v).padStart(9), k);'
