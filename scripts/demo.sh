#!/usr/bin/env bash
# `npm run demo [-- --headless]`: sets up, builds the extension, serves the demo article on
# 127.0.0.1 and opens it in Chromium with Kontext loaded. Without a display (or with --headless)
# it saves a screenshot of a hover card and prints the mentions it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-setup.sh
npx wxt build >/dev/null
echo "Built .output/chrome-mv3"
exec node scripts/demo.mjs "$@"
