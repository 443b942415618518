#!/usr/bin/env bash
# Writes generator/SpecGen.Core/Naming/pinyin.txt: Mandarin readings of Han characters, for
# deterministic ASCII names (component keys, operationIds) made from Chinese text.
#
# Source: Unicode's Unihan database, field kMandarin of Unihan_Readings.txt, as shipped by the
# Debian/Ubuntu package `unicode-data` (apt-get install unicode-data bzip2).
#   tools/pinyin/make-table.sh [path/to/Unihan_Readings.txt.bz2]
#
# Rules: the first kMandarin reading only (the most customary one, e.g. 长 -> zhang, 行 -> xing);
# tone marks removed; ü -> v (绿 -> lv, as pinyin input methods write it). Only the CJK Unified
# Ideographs block (U+4E00-9FFF, every character in everyday use, simplified and traditional)
# and the CJK Compatibility Ideographs (U+F900-FAFF) are kept: the rare characters of the
# extension blocks would double the table, and the loader works on UTF-16 chars anyway.
# Output: a comment header, then one line per syllable, sorted, "<syllable> <characters>",
# the characters in code point order. Re-running on the same input gives the same bytes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_file="${1:-/usr/share/unicode/Unihan_Readings.txt.bz2}"
out="$repo/generator/SpecGen.Core/Naming/pinyin.txt"

if [ ! -f "$source_file" ]; then
  echo "missing $source_file: install the unicode-data package (apt-get install -y unicode-data bzip2)" >&2
  exit 1
fi

bzcat "$source_file" | python3 "$here/make_table.py" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c < "$out") bytes, $(grep -vc '^#' "$out") syllables)"
