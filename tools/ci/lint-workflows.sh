#!/usr/bin/env bash
# Validates every GitHub Actions workflow (.github/workflows/*.yml) with npm's @action-validator/cli.
#   tools/ci/lint-workflows.sh
# The validator is installed with npm into artifacts/node-tools (pinned version, no global install). Node.js
# and npm are on the project's machines (see README, "Workflows"); when npm is missing this fails, loudly:
# a lint that silently skipped would let a broken workflow through.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="0.6.0"
tools="artifacts/node-tools"
validator="$tools/node_modules/.bin/action-validator"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "lint-workflows: FAIL: node and npm are needed to run @action-validator/cli (apt-get install nodejs npm); the workflows were NOT validated" >&2
  exit 1
fi

if [ ! -x "$validator" ] || ! grep -q "\"version\": \"$version\"" "$tools/node_modules/@action-validator/cli/package.json" 2>/dev/null; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --no-save --loglevel=error "@action-validator/cli@$version" >&2
fi

status=0
count=0
for workflow in .github/workflows/*.yml .github/workflows/*.yaml; do
  [ -f "$workflow" ] || continue
  count=$((count + 1))
  if "$validator" "$workflow"; then
    echo "  ok   $workflow"
  else
    echo "  FAIL $workflow (@action-validator/cli $version)" >&2
    status=1
  fi
done
[ "$count" -gt 0 ] || { echo "lint-workflows: FAIL: no workflow under .github/workflows" >&2; exit 1; }
echo "lint-workflows: $count workflow(s) checked with @action-validator/cli $version"
exit "$status"
