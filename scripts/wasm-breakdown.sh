#!/usr/bin/env bash
# Where the app's wasm bytes go (a measurement, not a test): builds the
# release wasm, keeps function names through wasm-bindgen and wasm-opt -O2,
# and prints sections and code size by crate. Usage: scripts/wasm-breakdown.sh [bin=backcheck]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bin="${1:-backcheck}"
out="target/wasm-breakdown"
cargo build --release --offline --target wasm32-unknown-unknown --bin "$bin"
wasm-bindgen --target web --keep-debug --out-dir "$out" "target/wasm32-unknown-unknown/release/$bin.wasm"
wasm-opt -O2 -g --strip-dwarf --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue --low-memory-unused "$out/${bin}_bg.wasm" -o "$out/$bin.named.wasm"
node scripts/wasm-breakdown.mjs "$out/$bin.named.wasm" "${2:-15}"
