#!/usr/bin/env bash
# The ledger at scale: runs `tally-bench ledger` on SQLite and on PostgreSQL, each with SMALL
# documents (claims extracted from every document) and LARGE documents (--no-extract: the
# template's claims carried over, to measure storage and resolution without extraction).
#
#   scripts/bench-ledger.sh [SMALL [LARGE]]      defaults: 10000 100000; LARGE 0 skips the large runs
#
# PostgreSQL: TALLY_BENCH_PG_URL=jdbc:postgresql://host:port/db?user=..&password=.. uses that server
# (the database must be empty; it is dropped and re-created only when this script made it). Else a
# throw-away cluster is made in a temporary folder on a free port of 127.0.0.1 with the local
# PostgreSQL binaries (installing Debian's postgresql package when there are none and we are root),
# and stopped and removed at the end. TALLY_BENCH_PG=skip runs SQLite only.
# Reports go to TALLY_BENCH_OUT (default: a new temporary folder), one file per run; progress to stderr.
set -euo pipefail

small="${1:-10000}"
large="${2:-100000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/tally-cli/target/tally.jar"
bench="$root/tally-bench/target/tally-bench.jar"
java_opts="${TALLY_BENCH_JAVA_OPTS:--Xmx1g}"
out="${TALLY_BENCH_OUT:-$(mktemp -d -t tally-bench-XXXXXX)}"
work="$(mktemp -d -t tally-bench-db-XXXXXX)"
pg_bin=""
pg_data=""
pg_port=""
failed=0

log() { echo "bench-ledger.sh: $*" >&2; }

cleanup() {
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null || log "could not stop the cluster in $pg_data"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

build() {
  if [ ! -f "$jar" ] || [ ! -f "$bench" ]; then
    log "building the jar"
    (cd "$root" && mvn -o -q -B -pl tally-bench -am package -DskipTests)
  fi
}

# One benchmark run: backend label, db, documents, extraction flag.
run() {
  local label="$1" db="$2" n="$3" extract="$4"
  local report="$out/$label-$n.txt"
  log "$label, $n documents ($extract); load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
  if ! (cd "$root" && java $java_opts -cp "$bench:$jar" dev.tally.bench.TallyBench ledger --db "$db" --documents "$n" "$extract" \
      --examples "$root/examples/seeds") > "$report" 2> "$out/$label-$n.log"; then
    log "$label, $n documents FAILED; the end of $out/$label-$n.log:"
    grep -v '^documents ' "$out/$label-$n.log" | head -5 >&2
    failed=1
  fi
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >> "$report"
  cat "$report"
}

find_pg_bin() {
  local initdb
  initdb="$(command -v initdb || true)"
  if [ -z "$initdb" ]; then initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)"; fi
  if [ -z "$initdb" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing PostgreSQL (apt-get install postgresql)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)"
  fi
  [ -n "$initdb" ] && pg_bin="$(dirname "$(readlink -f "$initdb")")"
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  return 1
}

start_pg() {
  pg_data="$work/pg"
  pg_port="$(free_port)"
  mkdir -p "$pg_data"
  echo "tally-bench" > "$work/pw"
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$work"; chmod 700 "$work"; fi
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U tally --pwfile="$work/pw" -A scram-sha-256 -E UTF8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w \
      -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_data)"
}

# A new, empty database for each run: the benchmark needs an empty ledger.
fresh_pg_db() {
  PGPASSWORD=tally-bench PGOPTIONS="-c client_min_messages=warning" "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U tally -d postgres \
      -c "DROP DATABASE IF EXISTS tally" -c "CREATE DATABASE tally" >/dev/null
  echo "jdbc:postgresql://127.0.0.1:$pg_port/tally?user=tally&password=tally-bench"
}

build
log "reports in $out"
run sqlite "$work/small.db" "$small" --extract
rm -f "$work"/small.db*
if [ "$large" -gt 0 ]; then
  run sqlite "$work/large.db" "$large" --no-extract
  rm -f "$work"/large.db*
fi

if [ "${TALLY_BENCH_PG:-}" = skip ]; then exit "$failed"; fi
if [ -n "${TALLY_BENCH_PG_URL:-}" ]; then
  run postgres "$TALLY_BENCH_PG_URL" "$small" --extract
  log "a given server is benchmarked once: the large run needs another empty database"
  exit "$failed"
fi
find_pg_bin
if [ -z "$pg_bin" ]; then
  log "no PostgreSQL binaries and none could be installed: PostgreSQL skipped"
  exit "$failed"
fi
start_pg
run postgres "$(fresh_pg_db)" "$small" --extract
if [ "$large" -gt 0 ]; then run postgres "$(fresh_pg_db)" "$large" --no-extract; fi
exit "$failed"
