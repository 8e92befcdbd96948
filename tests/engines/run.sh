#!/usr/bin/env bash
# The cross-engine layer: the app's journeys in Firefox ESR and WebKitGTK, in
# English and German, against the release build in dist/ (trunk build
# --release). Installs what is missing first (Debian packages, the two locales,
# npm packages), never a browser download. Ends with
# "engines: N passed, M failed" and exits non-zero on any failure.
# Usage: tests/engines/run.sh [--engines firefox,webkit] [--langs en,de] [--only TEXT]
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v xwd >/dev/null || missing+=(x11-apps)
[ -d /usr/share/i18n/locales ] && command -v localedef >/dev/null || missing+=(locales)
if [ ${#missing[@]} -gt 0 ]; then
  echo "engines: installing ${missing[*]} (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# WebKit takes its language from the process locale: both must exist.
for loc in en_GB de_DE; do
  if ! locale -a 2>/dev/null | grep -qix "$loc.utf-\?8"; then
    echo "engines: generating locale $loc.UTF-8"
    localedef -i "$loc" -f UTF-8 "$loc.UTF-8"
  fi
done

if [ ! -d node_modules/puppeteer-core ] || [ ! -d node_modules/selenium-webdriver ]; then
  echo "engines: installing npm packages from package-lock.json"
  PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

if [ ! -f dist/index.html ]; then
  echo "engines: no release build in dist/ (run: trunk build --release)" >&2
  exit 2
fi

# Firefox runs headless; WebKit's MiniBrowser needs a display. The screen is
# tall so that a whole page fits in one window for its screenshot (xwd).
export PUPPETEER_SKIP_DOWNLOAD=1
exec xvfb-run -a -s "-screen 0 480x6000x24 -nolisten tcp" node tests/engines/run.mjs "$@"
