#!/usr/bin/env bash
# Rebuilds the dashboard's bundled third-party files: country outlines (Natural Earth 1:110m, via the
# npm package world-atlas) and the TopoJSON decoder (topojson-client), each with its licence. They
# are committed, so neither users nor CI need npm; run this only to update them.
# Usage: scripts/build-web-assets.sh   (needs node and npm)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/tally-web/src/main/resources/dev/tally/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
# Pinned versions: a rebuild gives the same files until these are bumped on purpose.
npm install --no-audit --no-fund --ignore-scripts --silent world-atlas@2.0.2 topojson-client@3.1.0

mkdir -p "$out"
cp node_modules/world-atlas/countries-110m.json "$out/countries-110m.json"
cp node_modules/world-atlas/LICENSE "$out/world-atlas.LICENSE"
cp node_modules/topojson-client/dist/topojson-client.min.js "$out/topojson-client.min.js"
cp node_modules/topojson-client/LICENSE "$out/topojson-client.LICENSE"
{
  echo "Bundled at build time by scripts/build-web-assets.sh; served from the jar, no network needed."
  echo
  echo "countries-110m.json  world-atlas $(node -p "require('./node_modules/world-atlas/package.json').version")  ISC; outlines from Natural Earth (public domain)"
  echo "topojson-client.min.js  topojson-client $(node -p "require('./node_modules/topojson-client/package.json').version")  ISC"
} > "$out/README.txt"
ls -l "$out"
