#!/usr/bin/env bash
# Public-surface naming report of the five SDKs (issue 9): builds each src/<Api>/ SDK with its generated
# sources written out, then prints per SDK the client's methods, pinyin method names where the path or the
# operationId has English words, framework-noise names, pinyin type names, type names over 40 characters and
# the longest name.
#   tools/surface/report.sh [out-dir]     (details of each finding on stderr)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$(mktemp -d)}"
args=()
for project in "$repo"/src/*/*.csproj; do
  api="$(basename "$(dirname "$project")")"
  rm -rf "$out/$api"
  # --no-incremental: an up-to-date build would skip the compiler and write no generated files.
  dotnet build "$project" --no-incremental -m:1 -v quiet -nologo -clp:NoSummary \
    -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$out/$api" >/dev/null
  args+=("$api=$out/$api")
done
dotnet run "$repo/tools/surface/SurfaceReport.cs" -- "${args[@]}"
