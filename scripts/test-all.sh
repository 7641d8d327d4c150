#!/usr/bin/env bash
# Runs every check and test Kontext has, in the order a failure is cheapest to find:
# typecheck, lint, unit tests, Chrome and Firefox builds + zips, web-ext lint, size budget, e2e
# (the Chrome build in Chromium, the Firefox build in Firefox ESR).
# Ends with one plain line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-setup.sh
mkdir -p test-results
failed_steps=()

step() {
  local name="$1"; shift
  echo "::: $name"
  if "$@"; then echo "::: $name ok"; else echo "::: $name FAILED"; failed_steps+=("$name"); fi
}

step prepare npx wxt prepare
step typecheck npx tsc --noEmit
step lint npx eslint .
step unit npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json
step build-chrome npx wxt build
step build-firefox npx wxt build -b firefox
step zip-chrome npx wxt zip
step zip-firefox npx wxt zip -b firefox
step web-ext-lint node scripts/web-ext-lint.mjs .output/firefox-mv2
step size-budget node scripts/size-budget.mjs
# The e2e suites load .output/chrome-mv3 (Chromium) and .output/firefox-mv2 (Firefox ESR); the
# Chrome build is rebuilt last so it is the plain build, not the one the zip step made.
step build-chrome-for-e2e npx wxt build
step e2e npx playwright test

node scripts/summarize-tests.mjs "${#failed_steps[@]}" "${failed_steps[*]:-}"
