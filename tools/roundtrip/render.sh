#!/usr/bin/env bash
# Regenerates the round-trip fixtures in tests/SpecGen.Core.Tests/Fixtures/RoundTrip/.
#   tools/roundtrip/render.sh [name-filter]
# Inputs: the public specs in $CORPUS_DIR (default: ../shared/corpus/public next to the
# repository) and the specs in tools/roundtrip/specs/. Needs Node 18+ and npm; installs the
# pinned renderers with `npm ci` (package-lock.json). Deterministic: re-running produces
# identical files. Renderer options are documented in lib/widdershins.js, lib/apifox.js and
# lib/to-swagger2.js.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="${CORPUS_DIR:-$repo/../shared/corpus/public}"
out="$repo/tests/SpecGen.Core.Tests/Fixtures/RoundTrip"

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
mkdir -p "$out"
node render.js "$corpus" "$here/specs" "$out" "${1:-}"
echo "fixtures written to $out"
