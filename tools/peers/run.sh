#!/usr/bin/env bash
# Peer benchmark: SpecGen's generator, NSwag 14.7.1 and Kiota 1.38.0 on the same specs, one markdown table.
#   tools/peers/run.sh                  # tools/peers/specs/*.json and specs/*/openapi.json
#   tools/peers/run.sh a.json b.json    # only these
#   PEERS_KEEP_OUTPUT=1 tools/peers/run.sh a.json   # compile the NSwag/Kiota outputs on disk again (edited by hand)
# Known compile errors of a peer are fixed as tools/peers/HandFixes.cs says (GitHub: NSwag and Kiota), and reported.
# NSwag and Kiota are installed as dotnet tools into artifacts/peers/tools; their output goes to
# artifacts/peers/<spec>/. The three outputs are compiled by the same in-process Roslyn (tools/peers).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/artifacts/peers"
mkdir -p "$out/tools"
[ -x "$out/tools/nswag" ] || dotnet tool install --tool-path "$out/tools" NSwag.ConsoleCore --version 14.7.1 >/dev/null
[ -x "$out/tools/kiota" ] || dotnet tool install --tool-path "$out/tools" Microsoft.OpenApi.Kiota --version 1.38.0 >/dev/null
if [ "$#" -gt 0 ]; then specs=("$@"); else specs=("$root"/tools/peers/specs/*.json "$root"/specs/*/openapi.json); fi
dotnet run -c Release --project "$root/tools/peers" -- "$out" "${specs[@]}"
