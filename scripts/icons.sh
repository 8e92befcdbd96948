#!/usr/bin/env bash
# Renders the app icons (assets/icon-192.png, assets/icon-512.png) from
# assets/icon.svg with librsvg's rsvg-convert, then reduces them to a 16-colour
# palette with pngquant (a quarter of the bytes; the icon has three colours and
# their anti-aliased edges). Both are Debian's (librsvg2-bin, pngquant),
# installed here if missing. The PNGs are committed: run this after changing
# the SVG, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rsvg-convert >/dev/null || ! command -v pngquant >/dev/null; then
  echo "icons: installing Debian's librsvg2-bin and pngquant"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends librsvg2-bin pngquant >/dev/null
fi
for size in 192 512; do
  rsvg-convert --width "$size" --height "$size" assets/icon.svg \
    | pngquant --speed 1 --strip 16 - > "assets/icon-$size.png"
  echo "icons: assets/icon-$size.png, $(stat -c %s "assets/icon-$size.png") B"
done
