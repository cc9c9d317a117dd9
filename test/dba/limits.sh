#!/bin/sh
# Limits: the extremes of what gov_disclosure accepts.
#   - the maximum count 2147483647 in every cell (both formats, table 四),
#     through text, int[], jsonb and binary COPY round trips; one beyond is
#     refused (22003) naming the cell, a negative count too
#   - sum() reaching exactly 2147483647, and beyond (22003 naming the cell),
#     also when the overflow happens in the combine step (partial aggregates)
#   - gd_fill_totals and group sums (gd_cell with a group key) overflowing: 22003
#   - identities judged in 64 bits on maximal counts, and the metrics on them
#   - a 10 MB report text (the seed with ~10 MB of prose before table 三)
#     parses to the seed's tables; the parsing backend's peak RSS growth
#     (VmHWM in /proc/<pid>/status, read from the shell) stays under a
#     generous bound. Parse time is printed, never asserted.
#
#   pg_virtualenv -t -v 15 sh test/dba/limits.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

seed=$here/../data/hongqi-2024.txt
db=gd_dba_limits
mem_bound_mb=${GD_PARSE_MEM_BOUND_MB:-200}
work=$(mktemp -d "${TMPDIR:-/tmp}/gd_dba_limits.XXXXXX")
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

fresh_db "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v report="$(cat "$seed")" <<'SQL' >"$work/setup.out" 2>&1 && rc=0 || rc=$?
SET client_min_messages = warning;
CREATE EXTENSION gov_disclosure;
CREATE TABLE seed (body text NOT NULL);
INSERT INTO seed VALUES (:'report');
CREATE TABLE base AS SELECT r.* FROM seed, LATERAL gd_parse_report(seed.body) r;
-- every cell at the maximum
CREATE TABLE maxed (name text PRIMARY KEY, m gd_applications, a gd_appeals);
INSERT INTO maxed VALUES
    ('2021', array_fill(2147483647, ARRAY[25, 7])::gd_applications, array_fill(2147483647, ARRAY[15])::gd_appeals),
    ('2019', array_fill(2147483647, ARRAY[23, 7])::gd_applications, NULL);
SQL
if [ "$rc" -ne 0 ]; then
    report 1 "limits database set up"; diag < "$work/setup.out"; finish; exit 1
fi

MAX=2147483647

# --- the maximum count, every form -------------------------------------------
check_eq "2147483647 in all 175 (2021) and 161 (2019) cells and all 15 cells of table 四" "175|161|15" "$db" \
    "SELECT (SELECT count(*) FROM maxed, gd_cells(m) c WHERE name = '2021' AND c.value = $MAX),
            (SELECT count(*) FROM maxed, gd_cells(m) c WHERE name = '2019' AND c.value = $MAX),
            (SELECT count(*) FROM maxed, gd_cells(a) c WHERE name = '2021' AND c.value = $MAX)"
check_true "text round trip of the maximal values" "$db" \
    "SELECT bool_and(m::text::gd_applications = m AND m::text LIKE '%[2147483647,2147483647,%'
                     AND (a IS NULL OR a::text::gd_appeals = a)) FROM maxed"
check_true "text input: 2147483647 written in one cell is read as such" "$db" \
    "SELECT gd_cell(replace(applications::text, 'carried_over:[0,', 'carried_over:[2147483647,')::gd_applications,
                    'carried_over', 'natural_person') = $MAX FROM base"
check_true "int[] round trip of the maximal values (and every element is 2147483647)" "$db" \
    "SELECT bool_and(m::int[]::gd_applications = m AND $MAX = ALL (m::int[])
                     AND (a IS NULL OR (a::int[]::gd_appeals = a AND $MAX = ALL (a::int[])))) FROM maxed"
check_true "jsonb round trip of the maximal values, numbers intact in the JSON" "$db" \
    "SELECT bool_and(m::jsonb::gd_applications = m
                     AND (m::jsonb #>> '{carried_forward,total}') = '$MAX'
                     AND (a IS NULL OR (a::jsonb::gd_appeals = a AND (a::jsonb #>> '{review,total}') = '$MAX')))
     FROM maxed"

psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
    -c "\\copy maxed TO '$work/maxed.bin' WITH (FORMAT binary)" \
    -c "CREATE TABLE maxed_back (LIKE maxed)" \
    -c "\\copy maxed_back FROM '$work/maxed.bin' WITH (FORMAT binary)" >"$work/copy.out" 2>&1 && rc=0 || rc=$?
if [ "$rc" -eq 0 ]; then report 0 "binary COPY out and in of the maximal values"
else report 1 "binary COPY out and in of the maximal values"; diag < "$work/copy.out"; fi
check_eq "binary COPY round trip: both rows equal (= operator), cells still 2147483647" "2|2" "$db" \
    "SELECT count(*) FILTER (WHERE x.m = y.m AND x.a IS NOT DISTINCT FROM y.a),
            count(*) FILTER (WHERE gd_cell(y.m, 'carried_forward', 'total') = $MAX)
     FROM maxed x JOIN maxed_back y USING (name)"

# one beyond, and below zero
check_sqlstate "text input: 2147483648 in a cell is 22003, naming the cell" 22003 "$db" \
    "SELECT replace(applications::text, 'carried_over:[0,', 'carried_over:[2147483648,')::gd_applications FROM base" \
    'carried_over × natural_person'
check_sqlstate "jsonb input: 2147483648 in a cell is 22003, naming the cell" 22003 "$db" \
    "SELECT jsonb_set(applications::jsonb, '{carried_over,research}', '2147483648')::gd_applications FROM base" \
    'carried_over × research'
check_sqlstate "table 四 text input: 2147483648 is 22003, naming the cell" 22003 "$db" \
    "SELECT '{review:[2147483648,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals" \
    'review'
check_sqlstate "text input: a negative count is refused (22023), naming the cell" 22023 "$db" \
    "SELECT replace(applications::text, 'carried_over:[0,', 'carried_over:[-1,')::gd_applications FROM base" \
    'carried_over × natural_person'
check_sqlstate "int[] input: a negative count is refused, naming the cell" 22023 "$db" \
    "SELECT (SELECT array_agg(CASE WHEN i = 3 THEN ARRAY[-1,0,0,0,0,0,0] ELSE ARRAY[0,0,0,0,0,0,0] END ORDER BY i)
             FROM generate_series(1, 25) i)::gd_applications" \
    'granted'

# --- sums ------------------------------------------------------------------------
one() {  # a seed matrix with carried_over × research set to $1
    echo "gd_set_cell((SELECT applications FROM base), 'carried_over', 'research', $1)"
}
check_eq "sum() reaching exactly 2147483647 in a cell is accepted" "$MAX" "$db" \
    "SELECT gd_cell(sum(m), 'carried_over', 'research') FROM (VALUES ($(one 2147483000)), ($(one 600)), ($(one 47))) v(m)"
check_sqlstate "sum() one beyond 2147483647 is 22003, naming the cell" 22003 "$db" \
    "SELECT sum(m) FROM (VALUES ($(one 2147483000)), ($(one 600)), ($(one 48))) v(m)" \
    'carried_over × research'
check_sqlstate "the + operator beyond 2147483647 is 22003, naming the cell" 22003 "$db" \
    "SELECT $(one $MAX) + $(one 1)" 'carried_over × research'
check_eq "sum(gd_appeals) reaching exactly 2147483647 is accepted" "$MAX" "$db" \
    "SELECT gd_cell(sum(a), 'suit_direct', 'pending')
     FROM (VALUES (gd_set_cell((SELECT appeals FROM base), 'suit_direct', 'pending', 2147483646)),
                  (gd_set_cell((SELECT appeals FROM base), 'suit_direct', 'pending', 1))) v(a)"
check_sqlstate "sum(gd_appeals) beyond 2147483647 is 22003, naming the cell" 22003 "$db" \
    "SELECT sum(a) FROM (VALUES (gd_set_cell((SELECT appeals FROM base), 'suit_direct', 'pending', 2147483647)),
                                (gd_set_cell((SELECT appeals FROM base), 'suit_direct', 'pending', 1))) v(a)" \
    'suit_direct'
# the combine step: two partitions, each partial sum in range, their combination not
q "$db" "CREATE TABLE parts (p int, m gd_applications) PARTITION BY LIST (p);
         CREATE TABLE parts_1 PARTITION OF parts FOR VALUES IN (1);
         CREATE TABLE parts_2 PARTITION OF parts FOR VALUES IN (2);
         INSERT INTO parts VALUES (1, $(one 1500000000)), (2, $(one 647483647));" >/dev/null || true
pwa="SET enable_partitionwise_aggregate = on; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
     SET min_parallel_table_scan_size = 0;"
plan=$(q "$db" "$pwa EXPLAIN (COSTS OFF) SELECT sum(m) FROM parts") || true
if printf '%s\n' "$plan" | grep -q 'Partial Aggregate' && printf '%s\n' "$plan" | grep -q 'Finalize Aggregate'; then
    report 0 "sum() over two partitions plans as partial aggregates combined (Finalize Aggregate)"
else
    report 1 "sum() over two partitions plans as partial aggregates combined (Finalize Aggregate)"
    printf '%s\n' "$plan" | diag
fi
check_eq "... and the combined sum reaches exactly 2147483647" "$MAX" "$db" \
    "$pwa SELECT gd_cell(sum(m), 'carried_over', 'research') FROM parts"
q "$db" "INSERT INTO parts VALUES (2, $(one 1))" >/dev/null || true
check_sqlstate "... one more in the other partition: the combine step is 22003, naming the cell" 22003 "$db" \
    "$pwa SELECT sum(m) FROM parts" 'carried_over × research'

# --- filled totals, group sums ---------------------------------------------------
check_sqlstate "gd_fill_totals: a row total beyond 2147483647 is 22003" 22003 "$db" \
    "SELECT gd_fill_totals(gd_set_cell(gd_set_cell(applications, 'new_received', 'natural_person', $MAX),
                                       'new_received', 'total', NULL)) FROM base" 'new_received × total'
check_sqlstate "gd_fill_totals: a total_processed beyond 2147483647 is 22003" 22003 "$db" \
    "SELECT gd_fill_totals(gd_set_cell(gd_set_cell(gd_set_cell(applications, 'granted', 'other_org', $MAX),
                                       'partially_granted', 'other_org', 1),
                                       'total_processed', 'other_org', NULL)) FROM base" 'total_processed × other_org'
check_sqlstate "gd_fill_totals(gd_appeals): a block total beyond 2147483647 is 22003" 22003 "$db" \
    "SELECT gd_fill_totals('{review:[2147483647,1,0,0,-], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals)" \
    'review × total'
check_eq "gd_fill_totals reaching exactly 2147483647 is accepted" "$MAX|t" "$db" \
    "SELECT gd_cell(f, 'new_received', 'total'), gd_is_consistent(f) FROM base,
            LATERAL gd_fill_totals(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(applications,
                'new_received', 'natural_person', 2147483643), 'new_received', 'total', NULL),
                'granted', 'natural_person', 2147483633), 'granted', 'total', NULL),
                'total_processed', 'natural_person', NULL), 'total_processed', 'total', NULL)) f"
check_sqlstate "gd_cell with a group key whose sum is beyond 2147483647 is 22003" 22003 "$db" \
    "SELECT gd_cell(gd_set_cell(gd_set_cell(applications, 'withheld_state_secret', 'research', $MAX),
                                'withheld_third_party', 'research', 1), 'withheld', 'research') FROM base" 'withheld'

# --- identities and metrics on maximal counts ----------------------------------------
# new_received = carried_over = granted... = carried_forward = 2147483647 in natural_person and total:
# rule A reads 4294967294 = 4294967294, which only 64-bit arithmetic sees
bigm="(SELECT gd_fill_totals((SELECT array_agg(CASE WHEN i IN (1, 2, 3, 25) THEN ARRAY[$MAX, 0, 0, 0, 0, 0, NULL]
                                                  WHEN i = 24 THEN ARRAY[NULL::int, NULL, NULL, NULL, NULL, NULL, NULL]
                                                  ELSE ARRAY[0, 0, 0, 0, 0, 0, NULL] END ORDER BY i)
                             FROM generate_series(1, 25) i)::gd_applications))"
check_eq "identities on maximal counts are judged in 64 bits: consistent" "t|$MAX|0" "$db" \
    "SELECT gd_is_consistent($bigm), gd_cell($bigm, 'total_processed', 'total'), (SELECT count(*) FROM gd_check($bigm))"
check_eq "... and one off: rule A expected 4294967294, reported 4294967293" "A|natural_person|4294967294|4294967293" "$db" \
    "SELECT rule, column_key, expected, reported
     FROM gd_check(gd_set_cell($bigm, 'carried_forward', 'natural_person', 2147483646)) WHERE rule = 'A'"
check_eq "gd_carry_forward_rate on a consistent matrix with new_received + carried_over = 4294967294" "0.5" "$db" \
    "SELECT round(gd_carry_forward_rate($bigm), 6)::float8"
check_eq "gd_disclosure_rate on maximal counts" "1" "$db" "SELECT gd_disclosure_rate($bigm)::float8"
bigap="ARRAY[$MAX,0,0,0,$MAX, 0,$MAX,0,0,$MAX, 0,0,0,$MAX,$MAX]::gd_appeals"
check_eq "a table 四 with every block total 2147483647 is consistent" "t" "$db" "SELECT gd_is_consistent($bigap)"
check_eq "gd_dispute_rate with three block totals of 2147483647 (sum 6442450941)" "3" "$db" \
    "SELECT gd_dispute_rate($bigm, $bigap)::float8"
check_eq "gd_litigation_loss_rate with maximal suits" "1" "$db" "SELECT gd_litigation_loss_rate($bigap, 'suit_direct')::float8"
check_true "a report with every cell maximal renders and parses back to the same tables" "$db" \
    "SELECT p.applications = r.applications AND p.appeals = r.appeals
     FROM (SELECT ROW('某区人民政府', NULL, 2024, 2021, NULL, m, a)::gd_report AS r FROM maxed WHERE name = '2021') x,
          LATERAL (SELECT (x.r).applications, (x.r).appeals) r,
          LATERAL gd_parse_report(gd_render(x.r, 'text')) p"

# --- a 10 MB report text ------------------------------------------------------------
# The padding: the seed's own prose paragraphs (（四）, （五）, 存在问题, 改进措施),
# repeated to ~10 MB and put before table 三 (big_before_3), or split before
# table 二, before table 三 and after table 四 (big_spread).
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL' >"$work/big.out" 2>&1 && rc=0 || rc=$?
CREATE TABLE pad AS
SELECT string_agg(l, E'\n\n' ORDER BY n) || E'\n\n' AS para
FROM seed, regexp_split_to_table(seed.body, E'\n') WITH ORDINALITY AS t(l, n)
WHERE l LIKE '(四)%' OR l LIKE '(五)%' OR l LIKE '存在问题%' OR l LIKE '改进措施%';
CREATE TABLE big (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO big
SELECT 'big_before_3', replace(seed.body, '### 三、', repeat(para, 10 * 1024 * 1024 / octet_length(para)) || '### 三、')
FROM seed, pad;
INSERT INTO big
SELECT 'big_spread', replace(replace(seed.body || E'\n\n' || repeat(para, 3 * 1024 * 1024 / octet_length(para)),
                                     '## 二、', repeat(para, 3 * 1024 * 1024 / octet_length(para)) || '## 二、'),
                             '### 三、', repeat(para, 4 * 1024 * 1024 / octet_length(para)) || '### 三、')
FROM seed, pad;
SQL
if [ "$rc" -eq 0 ]; then
    report 0 "10 MB report texts built from the seed and its prose"
else
    report 1 "10 MB report texts built from the seed and its prose"; diag < "$work/big.out"
fi
check_true "both texts are over 10 MB (10485760 bytes), the seed's tables intact in them" "$db" \
    "SELECT bool_and(octet_length(body) > 10 * 1024 * 1024 AND body LIKE '%一、本年新收政府信息公开申请数量%')
            AND count(*) = 2 FROM big"

# the measuring session: its pid, VmHWM before (after a warm-up parse of the
# seed) and after parsing the 10 MB text, read from /proc by the shell (\!)
psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" <<'SQL' >"$work/mem.out" 2>&1 && rc=0 || rc=$?
SELECT pg_backend_pid() AS pid \gset
\setenv GD_PID :pid
SELECT 'warm-up ' || (gd_parse_report(body)).organ FROM seed;
SELECT 'loaded ' || octet_length(body) FROM big WHERE name = 'big_before_3';
\! echo "before $(awk '/^VmHWM:/ { print $2 }' /proc/$GD_PID/status) $(awk '/^VmRSS:/ { print $2 }' /proc/$GD_PID/status)"
\timing on
SELECT 'match ' || (r.organ = b.organ AND r.year = b.year AND r.format = b.format
                    AND r.applications = b.applications AND r.appeals = b.appeals AND r.proactive = b.proactive)
FROM big, LATERAL gd_parse_report(big.body) r, base b WHERE big.name = 'big_before_3';
\timing off
\! echo "after $(awk '/^VmHWM:/ { print $2 }' /proc/$GD_PID/status) $(awk '/^VmRSS:/ { print $2 }' /proc/$GD_PID/status)"
SQL
if [ "$rc" -eq 0 ] && grep -q '^match true$' "$work/mem.out"; then
    report 0 "gd_parse_report of the 10 MB text (prose before table 三) gives the seed's organ, year and tables 二, 三, 四"
else
    report 1 "gd_parse_report of the 10 MB text (prose before table 三) gives the seed's organ, year and tables 二, 三, 四"
    diag < "$work/mem.out"
fi
grep '^Time:' "$work/mem.out" | sed 's/^/# 10 MB parse: /' || true
before=$(awk '$1 == "before" { print $2 }' "$work/mem.out")
after=$(awk '$1 == "after" { print $2 }' "$work/mem.out")
rss_after=$(awk '$1 == "after" { print $3 }' "$work/mem.out")
case "$before$after" in
    ''|*[!0-9]*)
        report 1 "peak RSS of the parsing backend readable from /proc (VmHWM)"; diag < "$work/mem.out" ;;
    *)
        growth_kb=$((after - before))
        echo "# backend VmHWM before parsing: $((before / 1024)) MB; after: $((after / 1024)) MB;" \
             "growth: $(awk -v k="$growth_kb" 'BEGIN { printf "%.1f", k / 1024 }') MB (VmRSS after: $((rss_after / 1024)) MB)"
        if [ "$growth_kb" -lt $((mem_bound_mb * 1024)) ]; then
            report 0 "parsing 10 MB raises the backend's peak RSS by less than $mem_bound_mb MB"
        else
            report 1 "parsing 10 MB raises the backend's peak RSS by less than $mem_bound_mb MB"
        fi ;;
esac

check_true "gd_parse_report of the 10 MB text with prose before 二, before 三 and after 四 gives the seed's tables" "$db" \
    "SELECT r.applications = b.applications AND r.appeals = b.appeals AND r.proactive = b.proactive
            AND r.organ = b.organ AND r.year = b.year
     FROM big, LATERAL gd_parse_report(big.body) r, base b WHERE big.name = 'big_spread'"
check_eq "gd_parse_diagnostics of the 10 MB texts reports no error" "0" "$db" \
    "SELECT count(*) FROM big, gd_parse_diagnostics(big.body) d WHERE d.severity = 'error'"
check_sqlstate "a 10 MB text without table 三 is refused with 22P02" 22P02 "$db" \
    "SELECT gd_parse_report(substr(body, 1, strpos(body, '### 三、') - 1)) FROM big WHERE name = 'big_before_3'" \
    '三'

drop_db "$db"
finish
