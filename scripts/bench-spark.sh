#!/usr/bin/env bash
# The Spark job against `tally extract` on one machine: documents/s and MB/s for `tally extract --threads 1`
# and `--threads 2`, and for `tally spark` on local[1] and local[2] (the whole job: start-up, extract, the
# Parquet and JSON Lines tables, incident resolution), the Spark/threads ratio and Spark's overhead per document.
#
#   scripts/bench-spark.sh ARTICLES_FOLDER [MIN_MB]      MIN_MB defaults to 28
#
# The articles (e.g. the FA-KES articles' docs/ folder, with its meta.json in the folder above) are read at
# run time and copied into a temporary corpus, repeated (r1-NAME, r2-NAME ...) until it holds MIN_MB of text;
# nothing is copied into the repository. Needs a built tree (bin/tally builds it) and python3.
set -euo pipefail

src="${1:?usage: scripts/bench-spark.sh ARTICLES_FOLDER [MIN_MB]}"
min_mb="${2:-28}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d -t tally-bench-spark-XXXXXX)"
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"

python3 - "$src" "$corpus" "$min_mb" <<'PY'
import json, os, shutil, sys
src, corpus, min_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
os.makedirs(corpus)
names = sorted(n for n in os.listdir(src) if os.path.isfile(os.path.join(src, n)) and n != "meta.json")
meta_path = next((p for p in (os.path.join(src, "meta.json"), os.path.join(src, "..", "meta.json")) if os.path.isfile(p)), None)
meta = json.load(open(meta_path)).get("documents", {}) if meta_path else {}
size = sum(os.path.getsize(os.path.join(src, n)) for n in names)
if size == 0:
    sys.exit("bench-spark: no articles in " + src)
out, total, r = {}, 0, 0
while total < min_mb * 1e6:
    r += 1
    for n in names:
        shutil.copyfile(os.path.join(src, n), os.path.join(corpus, f"r{r}-{n}"))
        if n in meta:
            out[f"r{r}-{n}"] = meta[n]
    total += size
json.dump({"documents": out}, open(os.path.join(corpus, "meta.json"), "w"))
print(f"bench-spark: corpus of {len(names) * r} documents, {total / 1e6:.1f} MB ({r} x {len(names)} articles)", file=sys.stderr)
PY

docs=$(find "$corpus" -type f ! -name meta.json | wc -l)
bytes=$(find "$corpus" -type f ! -name meta.json -printf '%s\n' | awk '{s+=$1} END {print s}')
"$root/bin/tally" --version >/dev/null   # builds the tree when needed, outside the timings

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>"$work/last.err" || [ $? -eq 3 ]; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
row() { awk -v name="$1" -v s="$2" -v d="$docs" -v b="$bytes" 'BEGIN { printf "%-30s %8.1f s %10.0f docs/s %8.2f MB/s\n", name, s, d / s, b / s / 1e6 }'; }

echo "corpus: $docs documents, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $(nproc) cores"
declare -A t
for n in 1 2; do
  t[extract$n]=$(TALLY_JAVA_OPTS="${TALLY_JAVA_OPTS:--Xmx1g}" seconds "$root/bin/tally" extract --threads "$n" "$corpus")
  row "tally extract --threads $n" "${t[extract$n]}"
done
for n in 1 2; do
  t[spark$n]=$(seconds "$root/bin/tally" spark --no-incidents --master "local[$n]" "$corpus" "$work/out$n")
  row "tally spark local[$n]" "${t[spark$n]}"
  grep -h "stages:" "$work/last.err" | sed 's/^tally spark: /    /'
done
for n in 1 2; do
  awk -v n="$n" -v s="${t[spark$n]}" -v e="${t[extract$n]}" -v d="$docs" \
    'BEGIN { printf "local[%d] / --threads %d: %.2fx; Spark overhead %.2f ms per document\n", n, n, s / e, (s - e) * 1000 / d }'
done
