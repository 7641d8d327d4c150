#!/usr/bin/env bash
# Makes a fresh checkout runnable: Debian's chromium, Firefox ESR and emoji font, and node_modules.
# Safe to run repeatedly; does nothing when both are present.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium for the demo and e2e tests; the emoji font so flags render in screenshots.
missing=()
if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then missing+=(chromium); fi
# Firefox ESR for the Firefox build's end-to-end tests (tests/firefox).
if ! command -v firefox-esr >/dev/null 2>&1 && [ -z "${FIREFOX_PATH:-}" ]; then missing+=(firefox-esr); fi
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-noto-color-emoji >/dev/null 2>&1; then missing+=(fonts-noto-color-emoji); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]} (needs root or sudo)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
