#!/bin/sh
# Concurrency: a bounded pgbench run (4 clients, 2 threads, a fixed number of
# transactions per client, so that the per-script counts are exact)
# mixing, by weight, the scripts in test/dba/pgbench/:
#   insert_good.sql  consistent gd_applications into a table with
#                    CHECK (gd_is_consistent(m)), varied by pgbench random
#                    variables, each insert's (row, column, k) kept in a ledger
#   insert_bad.sql   an inconsistent value, rejected by the CHECK; the
#                    rejection is caught in a DO block and logged, so pgbench
#                    counts no error
#   parse.sql        gd_parse_report on the seed report text
#   sum.sql          sum() over the growing table
#   table.sql        gd_table reads
# Then: zero failed transactions (and pgbench's exit status), no anomaly
# logged by the scripts, as many rejections as inconsistent attempts, and the
# final sum(m) equal cell by cell to base × count + the ledger's sums (serial
# and parallel plans).
#
#   pg_virtualenv -t -v 15 sh test/dba/concurrency.sh
#
# GD_BENCH_TX (default 10000) sets the transactions per client: with -t the
# total is known in advance and checked against the runs the scripts log.
# The tps and latency lines are printed as "# " diagnostics.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

seed=$here/../data/hongqi-2024.txt
db=gd_dba_bench
per_client=${GD_BENCH_TX:-10000}
clients=4 threads=2
base_rows=200
work=$(mktemp -d "${TMPDIR:-/tmp}/gd_dba_bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

fresh_db "$db"

psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v report="$(cat "$seed")" -v base_rows="$base_rows" \
    <<'SQL' >"$work/setup.out" 2>&1 && setup_rc=0 || setup_rc=$?
SET client_min_messages = warning;
CREATE EXTENSION gov_disclosure;

-- the seed report's text, and what it parses to
CREATE TABLE seed (body text NOT NULL);
INSERT INTO seed VALUES (:'report');
CREATE TABLE base AS
SELECT r.organ, r.year, r.applications AS m, r.appeals AS a, r.proactive AS p
FROM seed, LATERAL gd_parse_report(seed.body) r;

CREATE TABLE filed (
    id bigserial PRIMARY KEY,
    m gd_applications NOT NULL CONSTRAINT filed_consistent CHECK (gd_is_consistent(m))
);
CREATE TABLE ledger (
    id bigint PRIMARY KEY REFERENCES filed,
    r int NOT NULL,    -- the outcome row (FORMAT.md row number, 3..23)
    c int NOT NULL,    -- the applicant column (1..6)
    k int NOT NULL     -- added to (new_received, r, total_processed) × (c, total)
);
CREATE TABLE rejections (at timestamptz NOT NULL DEFAULT clock_timestamp(),
                         backend int NOT NULL DEFAULT pg_backend_pid());
CREATE TABLE runs (script text NOT NULL);   -- one row per script execution
CREATE TABLE anomalies (what text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());

-- base + k in (new_received, r, total_processed) × (column c, total): rules
-- A, B and C keep holding. Two ways: int[] arithmetic, or gd_set_cell.
CREATE FUNCTION dba_bump(m gd_applications, r int, c int, k int, via_set_cell bool)
RETURNS gd_applications LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    a int[];
    rk text;
    ck text;
BEGIN
    IF NOT via_set_cell THEN
        a := m::int[];
        a[1][c] := a[1][c] + k;   a[1][7] := a[1][7] + k;
        a[r][c] := a[r][c] + k;   a[r][7] := a[r][7] + k;
        a[24][c] := a[24][c] + k; a[24][7] := a[24][7] + k;
        RETURN a::gd_applications;
    END IF;
    -- r is the printed position (the int[] row); row_no names the row across formats
    SELECT g.row_key INTO STRICT rk
    FROM gd_rows(2021) WITH ORDINALITY AS g(row_no, row_key, group_key, label, label_en, printed_no)
    WHERE g.printed_no = r;
    SELECT column_key INTO STRICT ck FROM gd_columns() WHERE column_no = c;
    FOREACH rk IN ARRAY ARRAY['new_received', rk, 'total_processed'] LOOP
        m := gd_set_cell(m, rk, ck, gd_cell(m, rk, ck) + k);
        m := gd_set_cell(m, rk, 'total', gd_cell(m, rk, 'total') + k);
    END LOOP;
    RETURN m;
END
$$;

-- the first rows, so that table.sql always finds one
WITH i AS (INSERT INTO filed (m) SELECT m FROM base, generate_series(1, :base_rows) RETURNING id)
INSERT INTO ledger SELECT id, 3, 1, 0 FROM i;
ANALYZE;
SQL
if [ "$setup_rc" -ne 0 ]; then
    report 1 "benchmark database set up"; diag < "$work/setup.out"; finish; exit 1
fi
check_true "set up: both ways of building a bumped matrix agree, and the result is consistent" "$db" \
    "SELECT bool_and(dba_bump(m, r, c, 17, false) = dba_bump(m, r, c, 17, true)
                     AND gd_is_consistent(dba_bump(m, r, c, 17, false)))
     FROM base, generate_series(3, 23) r, generate_series(1, 6) c"
check_true "set up: the inconsistent value of insert_bad.sql is judged inconsistent" "$db" \
    "SELECT bool_and(NOT gd_is_consistent(gd_set_cell(m, 'granted', column_key, 999)))
     FROM base, gd_columns() WHERE column_no <= 6"

# --- the run ------------------------------------------------------------------
b=$here/pgbench
echo "# $(nproc) CPUs; $(psql -X -At -d postgres -c 'SELECT version()' | cut -d' ' -f1-2)"
echo "# pgbench -n -c $clients -j $threads -t $per_client: insert_good@10 insert_bad@2 parse@2 sum@1 table@3"
pgbench -n -c "$clients" -j "$threads" -t "$per_client" \
    -f "$b/insert_good.sql@10" -f "$b/insert_bad.sql@2" -f "$b/parse.sql@2" \
    -f "$b/sum.sql@1" -f "$b/table.sql@3" \
    "$db" >"$work/pgbench.out" 2>"$work/pgbench.err" && bench_rc=0 || bench_rc=$?

grep -E '^(number of transactions|number of failed|latency|tps|initial connection)' "$work/pgbench.out" | sed 's/^/# /' || true
# per script: " - NNN transactions (…)" follows "SQL script N: path"
awk '/^SQL script [0-9]+:/ { name = $NF; sub(".*/", "", name) }
     /^ - [0-9]+ transactions/ { print name, $2 }' "$work/pgbench.out" > "$work/per_script"
sed "s/^/# pgbench per-script count (racy with -j > 1): /" "$work/per_script"
q "$db" "SELECT script, count(*) FROM runs GROUP BY 1 ORDER BY 1" | sed 's/^/# runs logged: /' || true


if [ "$bench_rc" -eq 0 ]; then
    report 0 "pgbench exits 0"
else
    report 1 "pgbench exits 0 (exit $bench_rc)"
    { cat "$work/pgbench.err"; tail -20 "$work/pgbench.out"; } | diag
fi
if grep -q '^number of failed transactions: 0 ' "$work/pgbench.out" && ! grep -q 'aborted' "$work/pgbench.out" "$work/pgbench.err"; then
    report 0 "pgbench: number of failed transactions: 0, no client aborted"
else
    report 1 "pgbench: number of failed transactions: 0, no client aborted"
    { grep -E 'failed|aborted' "$work/pgbench.out" "$work/pgbench.err"; head -5 "$work/pgbench.err"; } | diag
fi

# The attempts are counted by the scripts themselves (table runs): pgbench's
# per-script counters are shared by its threads without a lock (pgbench.c:
# "XXX could use a mutex here, but we choose not to"), so with -j 2 they can
# miss a few; its overall count is per thread and exact.
total=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.out")
runs() { q "$db" "SELECT count(*) FROM runs WHERE script LIKE '$1'" || echo 0; }
good=$(runs insert_good.sql) bad=$(runs insert_bad.sql) all=$(runs %)
if [ "$total" = $((clients * per_client)) ] && [ "$all" = "$total" ] && [ "$good" -gt 0 ] && [ "$bad" -gt 0 ] &&
   [ "$(runs parse.sql)" -gt 0 ] && [ "$(runs sum.sql)" -gt 0 ] && [ "$(runs table.sql)" -gt 0 ]; then
    report 0 "every script ran: $total transactions (= $clients × $per_client = runs logged), $good consistent inserts, $bad inconsistent attempts"
else
    report 1 "every script ran: pgbench processed ${total:-?} of $((clients * per_client)), runs logged $all"
    diag < "$work/pgbench.out"
fi

# --- the results ----------------------------------------------------------------
check_eq "no anomaly logged by the scripts (parse, sum, gd_table, accepted bad values)" "" "$db" \
    "SELECT string_agg(DISTINCT what, '; ') FROM anomalies"
check_eq "rejections logged = inconsistent attempts ($bad)" "$bad" "$db" \
    "SELECT count(*) FROM rejections"
check_eq "rows = ledger entries = $base_rows + consistent inserts ($good)" \
    "$((base_rows + good))|$((base_rows + good))|0" "$db" \
    "SELECT (SELECT count(*) FROM filed), (SELECT count(*) FROM ledger),
            (SELECT count(*) FROM filed f FULL JOIN ledger l USING (id) WHERE f.id IS NULL OR l.id IS NULL)"
check_eq "every stored row is consistent and is exactly base bumped by its ledger entry" "0|0" "$db" \
    "SELECT count(*) FILTER (WHERE NOT gd_is_consistent(f.m)),
            count(*) FILTER (WHERE f.m <> dba_bump(base.m, l.r, l.c, l.k, false))
     FROM filed f JOIN ledger l USING (id), base"

# expected cell (i, j) = base(i, j) × rows + Σ k over the ledger entries whose
# rows {new_received, printed row r, total_processed} contain i and whose
# columns {c, 7} contain j
expected_sql="
WITH n AS (SELECT count(*) AS rows FROM filed),
     e AS (SELECT b.row_no, b.column_no,
                  b.value::bigint * n.rows
                  + coalesce((SELECT sum(l.k) FROM ledger l
                              WHERE b.row_key IN ('new_received', 'total_processed',
                                                  (SELECT g.row_key FROM gd_rows(2021) WITH ORDINALITY
                                                     AS g(row_no, row_key, group_key, label, label_en, printed_no)
                                                   WHERE g.printed_no = l.r))
                                AND b.column_no IN (l.c, 7)), 0) AS expected
           FROM base, n, gd_cells(base.m) b),
     a AS (SELECT c.row_no, c.column_no, c.value AS actual FROM gd_cells((SELECT sum(m) FROM filed)) c)
SELECT count(*) FILTER (WHERE e.expected IS DISTINCT FROM a.actual), count(*),
       max(e.expected) FILTER (WHERE e.row_no = 1 AND e.column_no = 7)
FROM e FULL JOIN a USING (row_no, column_no)"
exp_total=$(q "$db" "SELECT gd_cell(m, 'new_received', 'total')::bigint * (SELECT count(*) FROM filed)
                            + (SELECT sum(k) FROM ledger) FROM base") || exp_total="?"
check_eq "serial sum(m) is exact: all 175 cells = base × rows + ledger sums (new_received total $exp_total)" \
    "0|175|$exp_total" "$db" "SET max_parallel_workers_per_gather = 0; $expected_sql"

par="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
     SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;"
plan=$(q "$db" "$par EXPLAIN (COSTS OFF) SELECT sum(m) FROM filed") || true
if printf '%s\n' "$plan" | grep -q 'Partial Aggregate'; then
    report 0 "a parallel plan for sum(m) exists (Partial Aggregate, combine function)"
else
    report 1 "a parallel plan for sum(m) exists (Partial Aggregate, combine function)"
    printf '%s\n' "$plan" | diag
fi
check_eq "parallel sum(m) is exact too" "0|175|$exp_total" "$db" "$par $expected_sql"
check_true "parallel sum(m) = serial sum(m) (= operator)" "$db" \
    "$par CREATE TEMP TABLE p AS SELECT sum(m) AS s FROM filed;
     SET max_parallel_workers_per_gather = 0;
     SELECT (SELECT s FROM p) = (SELECT sum(m) FROM filed)"

drop_db "$db"
finish
