#!/usr/bin/env bash
# Makes sure the browser the e2e tests drive is installed at /usr/bin/chromium.
# The tests use playwright-core with the system Chromium (never `npx playwright install`, which downloads a
# browser build from outside the Debian archive). As root on Debian/Ubuntu it installs the package itself;
# anywhere else it stops with a message saying how to install it.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing; installing the Debian package 'chromium'…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  if [ -x "$CHROMIUM" ]; then
    echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)."
    exit 0
  fi
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi

cat >&2 <<MSG
ensure-chromium: the e2e tests need Chromium at $CHROMIUM, and it is not there.
Install it with your system's package manager, for example:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Fedora:         sudo dnf install chromium
then run the e2e tests again (npm run test:e2e).
MSG
exit 1
