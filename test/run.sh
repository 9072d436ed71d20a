#!/usr/bin/env bash
# Every test tier, in order of cost: types, lint, format, unit, architecture, build, security, browser.
# This is what `npm test` runs and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

tier() { printf '\n== %s\n' "$1"; }

# Debian's Chromium (browser tier) and jing (Atom schema check in the build tier).
bash test/ensure-tools.sh

tier "typecheck"
npx tsc --noEmit -p .

tier "lint"
npx eslint --max-warnings 0 .

tier "format"
npx prettier --check . --log-level warn

tier "unit"
# node --test neither expands globs nor finds .ts files in folders: the shell expands them.
shopt -s globstar nullglob
node --import tsx --test test/unit/**/*.test.ts test/unit/**/*.test.tsx

tier "architecture"
# No import cycle between files (type imports included) or between folders (docs/ARCHITECTURE.md).
node --import tsx --test test/architecture/*.test.ts

tier "build"
node --import tsx --test --test-concurrency=2 test/build/*.test.ts

security=(test/security/*.test.ts)
if [ ${#security[@]} -gt 0 ]; then
  tier "security"
  node --import tsx --test --test-concurrency=2 "${security[@]}"
fi

tier "browser"
node --import tsx --test test/browser/*.test.ts
