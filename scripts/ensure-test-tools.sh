#!/usr/bin/env bash
# Makes sure the system tools the tests use are installed:
#   /usr/bin/chromium  the browser the e2e tests drive with playwright-core (never `npx playwright install`,
#                      which downloads a browser build from outside the Debian archive);
#   /usr/bin/xmllint   an XML checker other than our own, for the GraphML and GEXF exports.
# As root on Debian/Ubuntu it installs the missing packages itself; anywhere else it stops with a message
# saying how to install them.
set -euo pipefail

declare -A wanted=([/usr/bin/chromium]=chromium [/usr/bin/xmllint]=libxml2-utils)
missing=()
for tool in "${!wanted[@]}"; do
  [ -x "$tool" ] || missing+=("${wanted[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: installing the Debian package(s): ${missing[*]}…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  for tool in "${!wanted[@]}"; do
    if [ ! -x "$tool" ]; then
      echo "ensure-test-tools: apt-get finished but $tool is still missing." >&2
      exit 1
    fi
  done
  echo "ensure-test-tools: installed ${missing[*]}."
  exit 0
fi

cat >&2 <<MSG
ensure-test-tools: the tests need these packages, and they are not installed: ${missing[*]}
Install them with your system's package manager, for example:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${missing[*]}
then run the tests again.
MSG
exit 1
