#!/bin/sh
# Dump and restore: every gov_disclosure type in user tables, a domain and
# CHECK constraints built on gd_is_consistent, rows in the extension's own
# gd_reports (pg_extension_config_dump), views over the SRFs and gd_audit,
# btree and hash indexes on gd_applications; pg_dump -Fp (restored with psql)
# and -Fc (restored with pg_restore, serially and with -j 2) into fresh
# databases; then the restored data is compared with the source.
#
#   pg_virtualenv -t -v 15 sh test/dba/dump_restore.sh
#
# The reference for the comparison does not travel through pg_dump: each
# source table is also exported with COPY (FORMAT binary) — the types'
# send/receive functions, where pg_dump uses their text output/input — and
# loaded into schema "ref" of every restored database. Per table: the counts
# are equal, EXCEPT both ways on the text form is empty, and every row is
# equal to its reference with the types' = operator. The views are compared
# row for row between source and restored databases.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

seed=$here/../data/hongqi-2024.txt
src=gd_dba_dump_src
work=$(mktemp -d "${TMPDIR:-/tmp}/gd_dba_dump.XXXXXX")
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

fresh_db "$src"

# --- the source database ----------------------------------------------------
psql -X -q -v ON_ERROR_STOP=1 -d "$src" -v report="$(cat "$seed")" <<'SQL' >"$work/setup.out" 2>&1 || setup_failed=1
SET client_min_messages = warning;
CREATE EXTENSION gov_disclosure;

-- helpers live in pg_temp: not part of the dump
CREATE FUNCTION pg_temp.bump(m gd_applications, col text, k int) RETURNS gd_applications
LANGUAGE sql AS $$
    -- add k to one applicant column and to total, in new_received, granted and
    -- total_processed: identities A, B and C keep holding
    SELECT gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(m,
        'new_received', col, gd_cell(m, 'new_received', col) + k),
        'new_received', 'total', gd_cell(m, 'new_received', 'total') + k),
        'granted', col, gd_cell(m, 'granted', col) + k),
        'granted', 'total', gd_cell(m, 'granted', 'total') + k),
        'total_processed', col, gd_cell(m, 'total_processed', col) + k),
        'total_processed', 'total', gd_cell(m, 'total_processed', 'total') + k)
$$;

CREATE TEMP TABLE s AS SELECT gd_parse_report(:'report') AS r;
CREATE TEMP TABLE base AS SELECT (r).applications AS m, (r).appeals AS a, (r).proactive AS p FROM s;

-- gd_applications, both formats, blank cells, NULL, the maximum count, generated variety
CREATE TABLE apps (id int PRIMARY KEY, m gd_applications, label text);
INSERT INTO apps SELECT 1, m, 'seed 2021' FROM base;
INSERT INTO apps SELECT 2, replace(replace(m::text,
        'carried_over:[0,0,0,0,0,0,0]', 'carried_over:[-,-,-,-,-,-,-]'),
        'withheld_state_secret:[0,0,0,0,0,0,0]', 'withheld_state_secret:[-,0,-,0,-,0,-]')::gd_applications,
    '2021 with blank cells' FROM base;
INSERT INTO apps SELECT 3, gd_to_2019(m), 'seed folded to 2019' FROM base;
INSERT INTO apps VALUES (4, ARRAY[
    [3,NULL::int,0,0,0,1,4], [NULL::int,NULL,NULL,NULL,NULL,NULL,NULL],
    [1,NULL,0,0,0,1,2], [1,NULL,0,0,0,0,1],
    [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0],
    [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0],
    [1,NULL,0,0,0,0,1], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0],
    [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0], [0,NULL,0,0,0,0,0],
    [0,NULL,0,0,0,0,0],
    [3,NULL,0,0,0,1,4], [NULL::int,NULL,NULL,NULL,NULL,NULL,NULL]]::gd_applications,
    '2019 from int[] with blank cells');
INSERT INTO apps SELECT 5, (SELECT array_agg(r ORDER BY i)
                            FROM generate_series(1, 25) i,
                                 LATERAL (SELECT ARRAY[NULL::int,NULL,NULL,NULL,NULL,NULL,NULL]::int[] r) x)::gd_applications,
    'every cell blank';
INSERT INTO apps VALUES (6, NULL, 'SQL NULL');
INSERT INTO apps SELECT 7, gd_set_cell(m, 'carried_over', 'other_org', 2147483647), 'maximum count (inconsistent)' FROM base;
INSERT INTO apps SELECT 100 + k,
       CASE WHEN k % 3 = 0 THEN gd_to_2019(pg_temp.bump(m, col, k % 40)) ELSE pg_temp.bump(m, col, k % 40) END,
       'generated ' || k
FROM base, generate_series(1, 300) k,
     LATERAL (SELECT (ARRAY['natural_person','commercial','research','public_interest','legal_service','other_org'])[1 + k % 6] AS col) c;
CREATE INDEX apps_m_btree ON apps (m);
CREATE INDEX apps_m_hash ON apps USING hash (m);

-- a domain and CHECK constraints on gd_is_consistent
CREATE DOMAIN consistent_applications AS gd_applications CHECK (gd_is_consistent(VALUE));
CREATE TABLE vetted (id int PRIMARY KEY, m consistent_applications NOT NULL);
INSERT INTO vetted SELECT id, m FROM apps WHERE gd_is_consistent(m);
CREATE TABLE filed (
    id int PRIMARY KEY,
    m gd_applications CONSTRAINT filed_m_consistent CHECK (gd_is_consistent(m)),
    a gd_appeals CONSTRAINT filed_a_consistent CHECK (gd_is_consistent(a))
);
INSERT INTO filed SELECT 1, m, a FROM base;
INSERT INTO filed SELECT id, m, NULL FROM apps WHERE id > 100 AND id % 7 = 0;

-- gd_appeals
CREATE TABLE appeals (id int PRIMARY KEY, a gd_appeals);
INSERT INTO appeals SELECT 1, a FROM base;
INSERT INTO appeals VALUES
    (2, '{review:[-,-,-,-,-], suit_direct:[1,0,0,1,2], suit_after_review:[1,-,0,2,3]}'),
    (3, ARRAY[2147483647,0,0,0,2147483647, 0,0,0,0,0, NULL,NULL,NULL,NULL,NULL]::gd_appeals),
    (4, NULL),
    (5, '{"review": {"upheld": 1, "corrected": 2, "other": 3, "pending": 4, "total": 10}, "suit_direct": {"upheld": null, "corrected": null, "other": null, "pending": null, "total": null}, "suit_after_review": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}}'::jsonb::gd_appeals);
INSERT INTO appeals SELECT 10 + k, gd_set_cell(gd_set_cell(a, 'review', 'upheld', 4 + k), 'review', 'total', 11 + k)
FROM base, generate_series(1, 50) k;

-- gd_proactive: six-decimal money, 2019 with negative changes, blanks
CREATE TABLE proactive (id int PRIMARY KEY, p gd_proactive);
INSERT INTO proactive SELECT 1, p FROM base;
INSERT INTO proactive VALUES
    (2, '2021:{rules_issued:-, rules_repealed:-, rules_in_force:-, normative_docs_issued:8, normative_docs_repealed:26, normative_docs_in_force:66, licensing_decisions:447228, penalty_decisions:3985758, coercion_decisions:88283, fees_collected:24252.311082}'),
    (3, '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:0, normative_docs_repealed:0, normative_docs_in_force:0, licensing_decisions:0, penalty_decisions:0, coercion_decisions:0, fees_collected:0.000001}'),
    (4, '2019:{rules_made:13, rules_published:13, rules_total_published:524, normative_docs_made:60, normative_docs_published:60, normative_docs_total_published:368, licensing_items_prev:0, licensing_items_change:-3, licensing_decisions:0, other_services_items_prev:5, other_services_items_change:+2, other_services_decisions:0, penalty_items_prev:12, penalty_items_change:-12, penalty_decisions:0, coercion_items_prev:0, coercion_items_change:0, coercion_decisions:0, fee_items_prev:7, fee_items_change:-1, procurement_projects:6, procurement_amount:25.100001}'),
    (5, '2019:{rules_made:-, rules_published:-, rules_total_published:-, normative_docs_made:-, normative_docs_published:-, normative_docs_total_published:-, licensing_items_prev:-, licensing_items_change:-, licensing_decisions:-, other_services_items_prev:-, other_services_items_change:-, other_services_decisions:-, penalty_items_prev:-, penalty_items_change:-, penalty_decisions:-, coercion_items_prev:-, coercion_items_change:-, coercion_decisions:-, fee_items_prev:-, fee_items_change:-, procurement_projects:-, procurement_amount:-}'),
    (6, NULL);

-- gd_report composite column (with a CHECK through the SQL-language gd_is_consistent(gd_report))
CREATE TABLE reports (id int PRIMARY KEY, r gd_report CONSTRAINT reports_r_consistent CHECK (gd_is_consistent(r)));
INSERT INTO reports SELECT 1, r FROM s;
INSERT INTO reports SELECT 2, ROW('某县人民政府', '230102', 2019, 2019, (SELECT p FROM proactive WHERE id = 4),
                                  (SELECT m FROM apps WHERE id = 4), (SELECT a FROM appeals WHERE id = 2))::gd_report;
INSERT INTO reports VALUES (3, ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL)::gd_report), (4, NULL);
INSERT INTO reports SELECT 5, ROW('引号"与,逗号(括号)', NULL, 2023, 2021, (SELECT p FROM proactive WHERE id = 2),
                                  (SELECT m FROM apps WHERE id = 2), NULL)::gd_report;

-- the extension's own table: loaded, inserted, one year inconsistent, one carrying over wrongly
SELECT organ FROM gd_load_report(:'report', '230102', 'hongqi-2024.txt');
INSERT INTO gd_reports (organ, region_code, year, format, proactive, applications, appeals, source, loaded_at)
SELECT '红旗区人民政府', '230102', 2023, 2021, p,
       gd_set_cell(gd_set_cell(m, 'carried_forward', 'natural_person', 3), 'carried_forward', 'total', 3),
       a, 'hand-made 2023', '2024-03-01 12:00:00+08' FROM base;
INSERT INTO gd_reports (organ, region_code, year, format, applications, appeals, source, loaded_at)
SELECT '某县人民政府', '330100', 2019, 2019, m, '{review:[1,1,1,1,5], suit_direct:[-,-,-,-,-], suit_after_review:[0,0,0,0,0]}', 'inconsistent 2019', '2020-01-31 00:00:00+08'
FROM apps WHERE id = 4;

-- views over the SRFs, gd_audit and sum()
CREATE VIEW v_table AS SELECT a.id, t.* FROM apps a, gd_table(a.m) t;
CREATE VIEW v_cells AS SELECT a.id, c.* FROM apps a, gd_cells(a.m) c WHERE c.value IS DISTINCT FROM 0;
CREATE VIEW v_appeals AS SELECT p.id, t.* FROM appeals p, gd_table(p.a) t
                         UNION ALL SELECT p.id, NULL, c.row_key, c.column_key, NULL, NULL, NULL, NULL, c.value
                         FROM appeals p, gd_cells(p.a) c;
CREATE VIEW v_proactive AS SELECT p.id, t.* FROM proactive p, gd_table(p.p) t;
CREATE VIEW v_audit AS SELECT organ, year, rule, severity, row_key, column_key, expected, reported, message FROM gd_audit;
CREATE VIEW v_sums AS SELECT gd_format(s.m) AS format, s.m, (SELECT sum(a) FROM appeals WHERE id <> 3) AS a
                      FROM (SELECT sum(m) AS m FROM apps) s;
SQL

if [ "${setup_failed:-0}" = 1 ]; then
    report 1 "source database set up"; diag < "$work/setup.out"; finish; exit 1
fi
report 0 "source database set up: every type in tables, domain, constraints, gd_reports rows, views, indexes"

# what must come back, counted in the source
tables="apps vetted filed appeals proactive reports gd_reports"
views="v_table v_cells v_appeals v_proactive v_audit v_sums"
for t in $tables $views; do
    q "$src" "SELECT count(*) FROM $t" > "$work/count.$t"
done
check_true "source: gd_audit reports the inconsistent and the badly carried-over years" "$src" \
    "SELECT count(*) FILTER (WHERE severity = 'error') > 0 AND count(*) FILTER (WHERE rule = 'X1') > 0 FROM gd_audit"

# reference copies through the binary send/receive path (gd_report expanded:
# a binary record carries type OIDs, which differ between databases)
export_ref() {  # export_ref NAME QUERY
    psql -X -q -v ON_ERROR_STOP=1 -d "$src" -c "\\copy ($2) TO '$work/ref.$1' WITH (FORMAT binary)"
}
export_ref apps       "SELECT id, m, label FROM apps"
export_ref vetted     "SELECT id, m FROM vetted"
export_ref filed      "SELECT id, m, a FROM filed"
export_ref appeals    "SELECT id, a FROM appeals"
export_ref proactive  "SELECT id, p FROM proactive"
export_ref reports    "SELECT id, r::text IS NULL, (r).organ, (r).region_code, (r).year, (r).format, (r).proactive, (r).applications, (r).appeals FROM reports"
export_ref gd_reports "SELECT organ, region_code, year, format, proactive, applications, appeals, source, loaded_at FROM gd_reports"

# views, as text, in a stable order
dump_views() {  # dump_views DB DIR
    for v in $views; do
        q "$1" "SELECT x::text FROM $v x ORDER BY 1" > "$2/view.$v" || echo "(query failed)" >> "$2/view.$v"
    done
}
mkdir "$work/src"
dump_views "$src" "$work/src"

# --- dumps ------------------------------------------------------------------
check_cmd "pg_dump -Fp" pg_dump -Fp -f "$work/dump.sql" "$src"
check_cmd "pg_dump -Fc" pg_dump -Fc -f "$work/dump.fc" "$src"

if grep -q '^CREATE EXTENSION IF NOT EXISTS gov_disclosure' "$work/dump.sql" &&
   ! grep -Eq '^CREATE (TYPE|FUNCTION|AGGREGATE|OPERATOR)' "$work/dump.sql"; then
    report 0 "plain dump creates the extension and none of its members"
else
    report 1 "plain dump creates the extension and none of its members"
    grep -E '^CREATE (EXTENSION|TYPE|FUNCTION|AGGREGATE|OPERATOR)' "$work/dump.sql" | diag
fi
if grep -q '^COPY public.gd_reports ' "$work/dump.sql"; then
    report 0 "plain dump carries the rows of gd_reports (pg_extension_config_dump)"
else
    report 1 "plain dump carries the rows of gd_reports (pg_extension_config_dump)"
fi

# --- restores ---------------------------------------------------------------
restore_plain() {
    fresh_db "$1"
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$work/dump.sql" >"$work/restore.out" 2>&1
}
restore_custom() {
    fresh_db "$1"
    pg_restore --exit-on-error -d "$1" "$work/dump.fc" >"$work/restore.out" 2>&1
}
restore_custom_j2() {
    fresh_db "$1"
    pg_restore -j 2 -d "$1" "$work/dump.fc" >"$work/restore.out" 2>&1
}

verify() {  # verify DB HOW
    db=$1 how=$2

    # the reference tables, loaded through binary COPY
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL >"$work/ref.out" 2>&1 && _rc=0 || _rc=$?
CREATE SCHEMA ref;
CREATE TABLE ref.apps (id int, m gd_applications, label text);
CREATE TABLE ref.vetted (id int, m gd_applications);
CREATE TABLE ref.filed (id int, m gd_applications, a gd_appeals);
CREATE TABLE ref.appeals (id int, a gd_appeals);
CREATE TABLE ref.proactive (id int, p gd_proactive);
CREATE TABLE ref.reports_flat (id int, is_null bool, organ text, region_code text, year int, format int,
                               proactive gd_proactive, applications gd_applications, appeals gd_appeals);
CREATE TABLE ref.gd_reports (organ text, region_code text, year int, format int, proactive gd_proactive,
                             applications gd_applications, appeals gd_appeals, source text, loaded_at timestamptz);
\\copy ref.apps FROM '$work/ref.apps' WITH (FORMAT binary)
\\copy ref.vetted FROM '$work/ref.vetted' WITH (FORMAT binary)
\\copy ref.filed FROM '$work/ref.filed' WITH (FORMAT binary)
\\copy ref.appeals FROM '$work/ref.appeals' WITH (FORMAT binary)
\\copy ref.proactive FROM '$work/ref.proactive' WITH (FORMAT binary)
\\copy ref.reports_flat FROM '$work/ref.reports' WITH (FORMAT binary)
\\copy ref.gd_reports FROM '$work/ref.gd_reports' WITH (FORMAT binary)
CREATE TABLE ref.reports AS
SELECT id, CASE WHEN NOT is_null THEN ROW(organ, region_code, year, format, proactive, applications, appeals)::gd_report END AS r
FROM ref.reports_flat;
SQL
    if [ "$_rc" -eq 0 ]; then
        report 0 "$how: binary-COPY reference of every source table loaded into schema ref"
    else
        report 1 "$how: binary-COPY reference of every source table loaded into schema ref"
        diag < "$work/ref.out"
    fi

    # per table: counts, EXCEPT both ways on the text form, = on the values
    for spec in apps:id:m,label vetted:id:m filed:id:m,a appeals:id:a proactive:id:p reports:id:r \
                gd_reports:organ,year:region_code,format,proactive,applications,appeals,source,loaded_at; do
        t=${spec%%:*}; rest=${spec#*:}; keys=${rest%%:*}; cols=${rest#*:}
        textcols=$(printf '%s' "$cols" | sed 's/\([a-z_][a-z_]*\)/\1::text/g')
        eqcond=$(printf '%s' "$cols" | sed 's/\([a-z_][a-z_]*\)/x.\1 IS NOT DISTINCT FROM y.\1/g; s/,/ AND /g')
        joincond=$(printf '%s' "$keys" | sed 's/\([a-z_][a-z_]*\)/x.\1 = y.\1/g; s/,/ AND /g')
        firstkey=${keys%%,*}
        check_eq "$how: $t: $(cat "$work/count.$t") rows, as many as in the source and the binary reference" \
            "$(cat "$work/count.$t")|$(cat "$work/count.$t")" "$db" \
            "SELECT (SELECT count(*) FROM public.$t), (SELECT count(*) FROM ref.$t)"
        check_eq "$how: $t: restored EXCEPT reference, and reference EXCEPT restored, on the text form: empty" \
            "0|0" "$db" \
            "SELECT (SELECT count(*) FROM (SELECT $keys, $textcols FROM public.$t EXCEPT ALL SELECT $keys, $textcols FROM ref.$t) d),
                    (SELECT count(*) FROM (SELECT $keys, $textcols FROM ref.$t EXCEPT ALL SELECT $keys, $textcols FROM public.$t) d)"
        check_eq "$how: $t: every restored row equals its reference with the = operator" \
            "0" "$db" \
            "SELECT count(*) FROM public.$t x FULL JOIN ref.$t y ON $joincond
             WHERE x.$firstkey IS NULL OR y.$firstkey IS NULL OR NOT ($eqcond)"
    done

    # views
    mkdir -p "$work/$db"
    dump_views "$db" "$work/$db"
    for v in $views; do
        if cmp -s "$work/src/view.$v" "$work/$db/view.$v" && [ -s "$work/src/view.$v" ]; then
            report 0 "$how: view $v returns the same $(wc -l < "$work/src/view.$v") rows as in the source"
        else
            report 1 "$how: view $v returns the same rows as in the source"
            diff "$work/src/view.$v" "$work/$db/view.$v" | head -10 | diag
        fi
    done

    # the domain and the constraints still reject an inconsistent value
    bad="gd_set_cell((SELECT m FROM apps WHERE id = 1), 'granted', 'natural_person', 7)"
    check_sqlstate "$how: domain consistent_applications rejects an inconsistent value (23514)" 23514 "$db" \
        "INSERT INTO vetted VALUES (-1, $bad)" 'consistent_applications'
    check_sqlstate "$how: CHECK filed_m_consistent rejects an inconsistent gd_applications (23514)" 23514 "$db" \
        "INSERT INTO filed VALUES (-1, $bad, NULL)" 'filed_m_consistent'
    check_sqlstate "$how: CHECK filed_a_consistent rejects an inconsistent gd_appeals (23514)" 23514 "$db" \
        "INSERT INTO filed VALUES (-1, NULL, '{review:[1,1,1,1,5], suit_direct:[-,-,-,-,-], suit_after_review:[0,0,0,0,0]}')" \
        'filed_a_consistent'
    check_sqlstate "$how: CHECK reports_r_consistent rejects an inconsistent gd_report (23514)" 23514 "$db" \
        "INSERT INTO reports SELECT -1, ROW('x', NULL, 2024, 2021, NULL, $bad, NULL)::gd_report" 'reports_r_consistent'
    check_true "$how: ... and still accepts a consistent one" "$db" \
        "WITH i AS (INSERT INTO vetted SELECT -2, m FROM apps WHERE id = 1 RETURNING 1) SELECT count(*) = 1 FROM i"

    # indexes came back valid and are used, with the same answers as a seqscan
    check_true "$how: btree and hash indexes on apps.m are valid" "$db" \
        "SELECT count(*) = 2 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE c.relname IN ('apps_m_btree', 'apps_m_hash') AND i.indisvalid AND i.indisready"
    seq=$(q "$db" "SET enable_indexscan = off; SET enable_bitmapscan = off;
                  SELECT string_agg(id::text, ',' ORDER BY id) FROM apps WHERE m = (SELECT m FROM apps WHERE id = 140)") || seq=""
    for idx in apps_m_btree apps_m_hash; do
        other=apps_m_hash; [ "$idx" = apps_m_hash ] && other=apps_m_btree
        got=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" 2>&1 <<SQL
BEGIN;
SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off;
-- the other index out of the way, for this transaction only
DROP INDEX $other;
EXPLAIN (COSTS OFF) SELECT id FROM apps WHERE m = (SELECT p.m FROM apps p WHERE p.id = 140);
SELECT string_agg(id::text, ',' ORDER BY id) FROM apps WHERE m = (SELECT p.m FROM apps p WHERE p.id = 140);
ROLLBACK;
SQL
) || true
        if printf '%s\n' "$got" | grep -q "Index.* using $idx on apps" &&
           [ "$(printf '%s\n' "$got" | tail -1)" = "$seq" ] && [ -n "$seq" ]; then
            report 0 "$how: equality lookup through $idx finds rows $seq, as a seqscan does"
        else
            report 1 "$how: equality lookup through $idx finds the same rows as a seqscan ($seq)"
            printf '%s\n' "$got" | diag
        fi
    done
    check_cmd "$how: amcheck bt_index_check(apps_m_btree, heapallindexed) passes" \
        psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION amcheck" \
        -c "SELECT bt_index_check('apps_m_btree', true)"
}

i=0
for how in plain custom custom_j2; do
    i=$((i + 1))
    db=gd_dba_dump_$how
    if restore_$how "$db" && ! grep -q 'ERROR' "$work/restore.out"; then
        report 0 "restore of the $how dump into a fresh database, without errors"
        grep -E 'WARNING|NOTICE' "$work/restore.out" | diag || true
    else
        report 1 "restore of the $how dump into a fresh database, without errors"
        diag < "$work/restore.out"
    fi
    verify "$db" "$how"
    drop_db "$db"
done

drop_db "$src"
finish
