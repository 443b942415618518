#!/usr/bin/env bash
# Long fuzz run over mutated seed docs (issue 10): the CI fuzz test with a larger count.
#   tools/fuzz/run.sh [count=20000] [seed=20261129]
# Prints and writes (artifacts/fuzz/report.txt) the figures: crashes, hangs, conversions over 5 s,
# outputs Microsoft.OpenApi or NSwag reject. Exit code 0 when all are zero.
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-20000}"
seed="${2:-20261129}"
mkdir -p artifacts/fuzz
report="$PWD/artifacts/fuzz/report.txt"
SPECGEN_FUZZ_COUNT="$count" SPECGEN_FUZZ_SEED="$seed" SPECGEN_FUZZ_REPORT="$report" \
  dotnet test tests/SpecGen.Core.Tests/SpecGen.Core.Tests.csproj -c Release \
  --filter "FullyQualifiedName~SpecGen.Core.Tests.Fuzz" --logger "console;verbosity=normal" \
  || status=$?
cat "$report"
exit "${status:-0}"
