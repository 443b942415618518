#!/usr/bin/env bash
# docs → specs → SDK build → NuGet packages in artifacts/packages/.
#   ./generate.sh              regenerate every specs/<api>/openapi.json, build and pack
#   ./generate.sh --api NAME   only one API (its spec and its SDK package)
#   ./generate.sh --check      write nothing; fail (and print the diff) when a committed spec is stale
#   ./generate.sh --fetch      first `specgen fetch`: download each API's vendor doc (its "source" in specgen.json)
# Packages: one SDK per src/<Api>/ (version from `specgen version`, see below), SpecGen.SourceGenerator and
# SpecGen.Cli (the `specgen` tool; version in generator/Directory.Build.props). A released SDK is a git tag
# <api>/v<X.Y.Z> (e.g. napcat/v1.2.0): the next version is that one raised by the bump `specgen diff` suggests
# between the tagged spec and the current one (at least patch when the generator changed since the tag).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

check=0
fetch=0
api=""
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --fetch) fetch=1 ;;
    --api) [ $# -ge 2 ] || { echo "generate.sh: --api needs a name" >&2; exit 2; }; api="$2"; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "generate.sh: unknown argument '$1' (use --check, --fetch, --api NAME)" >&2; exit 2 ;;
  esac
  shift
done

specgen_args=(generate --specs specs)
fetch_args=(fetch --specs specs)
[ -n "$api" ] && specgen_args+=(--api "$api") && fetch_args+=(--api "$api")
[ "$check" -eq 1 ] && specgen_args+=(--check)

# Packages are release artifacts: source paths in PDBs are mapped to /_/ and the build is deterministic.
build_props=(-c Release -v quiet -nologo -clp:NoSummary -p:ContinuousIntegrationBuild=true)

echo "==> [1/3] docs → specs"
dotnet build generator/SpecGen.Cli "${build_props[@]}" >/dev/null
specgen=(dotnet generator/SpecGen.Cli/bin/Release/net10.0/specgen.dll)
[ "$fetch" -eq 1 ] && "${specgen[@]}" "${fetch_args[@]}"
"${specgen[@]}" "${specgen_args[@]}"
[ "$check" -eq 1 ] && exit 0

# SDK projects (src/*/*.csproj) with the API whose spec each one is generated from.
sdk_projects=()
sdk_apis=()
for p in src/*/*.csproj; do
  spec_api="$(grep -o 'specs/[^/"]*/openapi.json' "$p" | head -n 1 | cut -d/ -f2)"
  [ -n "$spec_api" ] || continue
  if [ -z "$api" ] || [ "$spec_api" = "$api" ]; then
    sdk_projects+=("$p")
    sdk_apis+=("$spec_api")
  fi
done
if [ -n "$api" ] && [ ${#sdk_projects[@]} -eq 0 ]; then
  echo "generate.sh: no SDK project under src/ uses specs/$api/openapi.json" >&2
  exit 1
fi

# Prints the package version of the SDK generated from specs/$1/openapi.json (reasoning on stderr): in a git
# work tree `specgen version --api` (against the last release tag, the rule `specgen release` applies), else
# (e.g. a source archive) the spec's own info.version.
sdk_version() {
  if command -v git >/dev/null 2>&1 && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    "${specgen[@]}" version --api "$1" --repo .
  else
    "${specgen[@]}" version "specs/$1/openapi.json"
  fi
}

echo "==> [2/3] build"
versions=()
for i in "${!sdk_projects[@]}"; do
  versions+=("$(sdk_version "${sdk_apis[$i]}")") || exit 1
done
# The generator and the tool are packed with a full build only (no --api): they don't depend on one API.
tool_projects=()
[ -n "$api" ] || tool_projects=(generator/SpecGen.SourceGenerator/SpecGen.SourceGenerator.csproj generator/SpecGen.Cli/SpecGen.Cli.csproj)
for p in ${tool_projects[@]+"${tool_projects[@]}"}; do
  dotnet build "$p" "${build_props[@]}"
done
for i in "${!sdk_projects[@]}"; do
  echo "    ${sdk_projects[$i]} → ${versions[$i]}"
  dotnet build "${sdk_projects[$i]}" "${build_props[@]}" -p:Version="${versions[$i]}"
done

echo "==> [3/3] pack into artifacts/packages"
mkdir -p artifacts/packages
# One version per package in the folder: older versions of what is packed now are removed (idempotent).
pack() {
  local project="$1"; shift
  local id; id="$(basename "$project" .csproj)"
  rm -f artifacts/packages/"$id".[0-9]*.nupkg artifacts/packages/"$id".[0-9]*.snupkg
  dotnet pack "$project" "${build_props[@]}" -o artifacts/packages "$@"
}
for p in ${tool_projects[@]+"${tool_projects[@]}"}; do
  if [ "$(basename "$p")" = SpecGen.Cli.csproj ]; then
    # The tool is packed per runtime (SpecGen.Cli.csproj's RuntimeIdentifiers): SpecGen.Cli.<rid> published ReadyToRun
    # for each, SpecGen.Cli.any the portable fallback, SpecGen.Cli pointing at them. Pack publishes them, so it builds.
    rm -f artifacts/packages/SpecGen.Cli.*.nupkg
    pack "$p"
  else
    pack "$p" --no-build
  fi
done
for i in "${!sdk_projects[@]}"; do
  pack "${sdk_projects[$i]}" --no-build -p:Version="${versions[$i]}"
done
ls -1 artifacts/packages/*.nupkg artifacts/packages/*.snupkg 2>/dev/null | sed 's|^|    |'
