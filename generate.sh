#!/usr/bin/env bash
# docs → specs → SDK build → NuGet packages in artifacts/packages/.
#   ./generate.sh              regenerate every specs/<api>/openapi.json, build and pack
#   ./generate.sh --api NAME   only one API (its spec and its SDK package)
#   ./generate.sh --check      write nothing; fail (and print the diff) when a committed spec is stale
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

check=0
api=""
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --api) [ $# -ge 2 ] || { echo "generate.sh: --api needs a name" >&2; exit 2; }; api="$2"; shift ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "generate.sh: unknown argument '$1' (use --check, --api NAME)" >&2; exit 2 ;;
  esac
  shift
done

specgen_args=(generate --specs specs)
[ -n "$api" ] && specgen_args+=(--api "$api")
[ "$check" -eq 1 ] && specgen_args+=(--check)

echo "==> [1/3] docs → specs"
dotnet build generator/SpecGen.Cli -c Release -v quiet -nologo >/dev/null
dotnet generator/SpecGen.Cli/bin/Release/net10.0/specgen.dll "${specgen_args[@]}"
[ "$check" -eq 1 ] && exit 0

echo "==> [2/3] build SDKs"
projects=()
if [ -n "$api" ]; then
  for p in src/*/*.csproj; do
    if grep -q "specs/$api/openapi.json" "$p"; then projects+=("$p"); fi
  done
  [ ${#projects[@]} -gt 0 ] || { echo "generate.sh: no SDK project under src/ uses specs/$api/openapi.json" >&2; exit 1; }
else
  projects=(SpecGen.sln)
fi
for p in "${projects[@]}"; do
  dotnet build "$p" -c Release -v quiet -nologo
done

echo "==> [3/3] pack into artifacts/packages"
mkdir -p artifacts/packages
for p in "${projects[@]}"; do
  dotnet pack "$p" -c Release --no-build -o artifacts/packages -v quiet -nologo
done
ls -1 artifacts/packages/*.nupkg 2>/dev/null | sed 's|^|    |'
