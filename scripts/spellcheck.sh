#!/usr/bin/env bash
# Spell check of every text the app shows, in both languages, with Debian's
# hunspell dictionaries (en_GB, de_DE). The texts come from the source itself
# (`cargo run --example texts`). A word that is neither in the dictionary nor
# in tests/spelling/accepted-<lang>.txt fails the check, with where it is
# written. Accepted words that no text uses any more are listed, not failed.
#
#   scripts/spellcheck.sh            check
#   scripts/spellcheck.sh --list     print every unknown word, for review
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hunspell >/dev/null \
  || [ ! -f /usr/share/hunspell/en_GB.dic ] || [ ! -f /usr/share/hunspell/de_DE.dic ]; then
  echo "spellcheck: needs hunspell with en_GB and de_DE (apt-get install hunspell hunspell-en-gb hunspell-de-de)" >&2
  exit 1
fi

out=target/spelling
mkdir -p "$out"
failed=0
for pair in en:en_GB de:de_DE; do
  lang=${pair%%:*} dict=${pair#*:}
  cargo run -q --locked --example texts -- "$lang" >"$out/$lang.tsv"
  # hunspell keeps a sentence's full stop or a "Fersen-" hyphen on a word
  # it does not know; without them the word is looked up again.
  cut -f2 "$out/$lang.tsv" | hunspell -i UTF-8 -d "$dict" -l | sed -E 's/[.-]+$//' \
    | hunspell -i UTF-8 -d "$dict" -l | LC_ALL=C sort -u >"$out/$lang.unknown"
  if [ "${1:-}" = --list ]; then
    echo "== $lang: $(wc -l <"$out/$lang.unknown") words not in $dict"
    cat "$out/$lang.unknown"
    continue
  fi
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' "tests/spelling/accepted-$lang.txt" | grep -v '^$' \
    | LC_ALL=C sort -u >"$out/$lang.accepted"
  LC_ALL=C comm -23 "$out/$lang.unknown" "$out/$lang.accepted" >"$out/$lang.new"
  LC_ALL=C comm -13 "$out/$lang.unknown" "$out/$lang.accepted" >"$out/$lang.unused"
  words=$(cut -f2 "$out/$lang.tsv" | wc -w)
  echo "spellcheck $lang ($dict): $(wc -l <"$out/$lang.tsv") texts, $words words," \
    "$(wc -l <"$out/$lang.unknown") not in the dictionary, all accepted in tests/spelling/accepted-$lang.txt" \
    | if [ -s "$out/$lang.new" ]; then sed 's/, all accepted.*/:/'; else cat; fi
  if [ -s "$out/$lang.new" ]; then
    failed=1
    while read -r word; do
      echo "  unknown word \"$word\" in:"
      grep -F -- "$word" "$out/$lang.tsv" | cut -f1 | sed 's/^/    /' | head -5
    done <"$out/$lang.new"
  fi
  if [ -s "$out/$lang.unused" ]; then
    echo "  accepted but no longer used (remove from tests/spelling/accepted-$lang.txt):"
    sed 's/^/    /' "$out/$lang.unused"
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "spellcheck: fix the spelling, or add the word to tests/spelling/accepted-<lang>.txt under the group it belongs to"
  exit 1
fi
