# Sourced by the other scripts: puts the project's own tools first on PATH,
# so trunk finds binaryen 132 from node_modules and never a stray system wasm-opt.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
unset _root
# The wasm names the source files of dependencies in its panic locations:
# written relative to the cargo home, so the build's bytes (and the size
# budget) do not depend on where a machine keeps it. The wasm target's flags
# replace .cargo/config.toml's, which is why the cfg is repeated here.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg=web_sys_unstable_apis --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"
