#!/bin/sh
# test/bench/run.sh — the gov_disclosure benchmark.  Not a test: it asserts
# nothing about time; it fails only when a query errors.
#
#   make bench                       # 1,000,000 rows in a throwaway cluster
#   ROWS=50000 make bench            # a quick run
#   RUNS=9 make bench                # median of 9 timed rounds, not 5
#   PAIRS=60 make bench              # 60 triples of count(*), sum(m), count(m), not 30
#   PGDATABASE=mydb OUT=/tmp/r.md ROWS=20000 sh test/bench/run.sh
#                                    # against a running server, as a
#                                    # superuser (gen.sql lays out values
#                                    # without their verdict through casts)
#
# Measures, on ROWS rows of table 三 (gd_applications) stored two ways,
# bench_m (id, m gd_applications) and bench_plain (id, c1 … c175 int), for
# realistic data and again for uniform data (bench_mu, bench_plain_u):
# count(*) (the floor), sum(m), count(m) (PostgreSQL reading the column
# without our code), the 175 column sums, the consistency scan
# (also on bench_m_judged / bench_mu_judged: the values without their stored
# verdict, judged cell by cell),
# sum(m) with 2 parallel workers, and the bytes per value and per row.
# gen.sql builds the data (UNLOGGED, deterministic, every row consistent,
# ~10 % of cells not stated); bench.sql times and prints a Markdown report, written to stdout
# and to $OUT (default test/bench/RESULTS.md, only after a complete run).
# The tables are left in the database (dropped and rebuilt by the next run).
set -eu

ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
PAIRS=${PAIRS:-30}
dir=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$dir/RESULTS.md}

for n in "$ROWS" "$RUNS" "$PAIRS"; do
	case $n in
	'' | *[!0-9]* | 0) echo "run.sh: ROWS, RUNS and PAIRS must be positive integers, not '$n'" >&2; exit 2 ;;
	esac
done

PSQL="psql -X -q -v ON_ERROR_STOP=1"

nproc=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)
cpu=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -n 1)
[ -n "$cpu" ] || cpu=unknown
when=$(date -u '+%Y-%m-%d %H:%M UTC')
# the code measured: commit, "-dirty" when the work tree has local changes
code=$(git -C "$dir" describe --always --dirty 2>/dev/null) || code=unknown

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

echo "bench: generating $ROWS rows into bench_plain, bench_m (realistic) and bench_plain_u, bench_mu (uniform)" >&2
$PSQL -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION IF NOT EXISTS gov_disclosure' \
	-c 'DROP TABLE IF EXISTS bench_meta'
$PSQL -v rows="$ROWS" -v dist=panel -f "$dir/gen.sql" >/dev/null
$PSQL -v rows="$ROWS" -v dist=uniform -f "$dir/gen.sql" >/dev/null

echo "bench: timing (1 warm-up round + $RUNS rounds)" >&2
$PSQL -v rows="$ROWS" -v runs="$RUNS" -v pairs="$PAIRS" -v nproc="$nproc" -v cpu="$cpu" \
	-v when="$when" -v code="$code" -f "$dir/bench.sql" >"$tmp"

# Parse throughput over the bundled real reports (header blocks stripped).
COPIES=${COPIES:-200}
echo "bench: parse throughput over the real reports × $COPIES" >&2
root=$(cd "$dir/../.." && pwd)
$PSQL -c 'DROP TABLE IF EXISTS bench_samples' -c 'CREATE UNLOGGED TABLE bench_samples (name text, body text)'
for f in hongqi-2024.txt huaian-2024-pdftotext.txt shanghai-2019-html.txt pingtan-2025.html \
	pingtan-2021-flattened.txt pingtan-2023-flattened.txt; do
	if grep -q '^---$' "$root/test/data/$f"; then body=$(sed '1,/^---$/d' "$root/test/data/$f")
	else body=$(cat "$root/test/data/$f"); fi
	printf '%s\n' "INSERT INTO bench_samples VALUES (:'name', :'body');" |
		$PSQL -v name="$f" -v body="$body"
done
$PSQL -v copies="$COPIES" -v runs="$RUNS" -f "$dir/parse.sql" >>"$tmp"
$PSQL -c 'DROP TABLE bench_samples'

echo "bench: cancelling a parse of adversarial texts" >&2
sh "$dir/cancel.sh" >>"$tmp"

cat "$tmp"
cp "$tmp" "$OUT"
echo "bench: report written to $OUT" >&2
