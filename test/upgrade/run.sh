#!/bin/sh
# Upgrade path: the released scripts are byte for byte what was released;
# install 0.1.0, fill tables of every type it has, update to 0.2.0 and put
# values in the form 0.2.0 stored next to them, ALTER EXTENSION … UPDATE to
# the current version, check the values survived and read alike, compare
# the catalogue with a fresh install of the current version (generated from
# sql/catalog/), then run the whole pg_regress suite on the upgraded database.  Run from the repository root inside pg_virtualenv:
#
#   pg_virtualenv -t -v 15 sh test/upgrade/run.sh
#
# Prints "ok N - …" / "not ok N - …" and a final "N passed, N failed".
set -eu

old=gd_upgraded
new=gd_fresh
passed=0
failed=0

sql() { db=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
result() {
	if [ "$1" = ok ]; then passed=$((passed + 1)); echo "ok $((passed + failed)) - $2"
	else failed=$((failed + 1)); echo "not ok $((passed + failed)) - $2"; fi
}
same() {	# name, want, got
	if [ "$2" = "$3" ]; then result ok "$1"
	else result fail "$1"; echo "# want: $2"; echo "# got:  $3"; fi
}

current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" gov_disclosure.control)

# A released script is never edited: a database that ran it must be able to
# trust that the next upgrade script starts from exactly that catalogue.
if (cd sql && sha256sum --quiet -c ../test/upgrade/released.sha256) >/tmp/gd_released.txt 2>&1; then
	result ok "the released scripts are unchanged ($(wc -l < test/upgrade/released.sha256) files)"
else
	result fail "a released script was edited"; sed 's/^/# /' /tmp/gd_released.txt
fi

for db in $old $new; do
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

sql $old -c "CREATE EXTENSION gov_disclosure VERSION '0.1.0'"
same "the old version is installed" "0.1.0" "$(sql $old -c "SELECT extversion FROM pg_extension WHERE extname = 'gov_disclosure'")"

# Values of every 0.1.0 type, in tables, a domain, a CHECK and a view.
sql $old <<'SQL'
CREATE DOMAIN upg_consistent AS gd_appeals CHECK (gd_is_consistent(VALUE));
CREATE TABLE upg_reports (id int PRIMARY KEY, m gd_applications CHECK (gd_is_consistent(m)), a upg_consistent);
CREATE INDEX upg_reports_m ON upg_reports (m);
INSERT INTO upg_reports
SELECT i,
       gd_set_cell(gd_set_cell(ARRAY[[16,0,0,0,0,4,20],[0,0,0,0,0,0,0],[6,0,0,0,0,4,10],[5,0,0,0,0,0,5],
              [0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],
              [0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[5,0,0,0,0,0,5],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],
              [0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],
              [0,0,0,0,0,0,0],[16,0,0,0,0,4,20],[0,0,0,0,0,0,0]]::gd_applications,
              'carried_over', 'total', CASE WHEN i % 2 = 0 THEN NULL ELSE 0 END),
              'withheld_state_secret', 'research', CASE WHEN i % 3 = 0 THEN NULL ELSE 0 END),
       '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,-,0,1,2]}'
FROM generate_series(1, 50) i;
INSERT INTO upg_reports SELECT 100 + id, gd_to_2019(m), a FROM upg_reports WHERE id <= 10;
CREATE VIEW upg_table AS SELECT id, t.* FROM upg_reports, gd_table(m) t;
CREATE TABLE upg_before AS
SELECT id, m::text AS m_text, a::text AS a_text, (SELECT sum(m)::text FROM upg_reports) AS total
FROM upg_reports;
SQL
before_sum=$(sql $old -c "SELECT sum(m)::text FROM upg_reports")

sql $old -c "ALTER EXTENSION gov_disclosure UPDATE TO '0.2.0'"
# 0.2.0's gd_reports, keyed by organ and year, with rows in it: a loaded
# report, plain INSERTs, one without table 四.
sql $old -v h="$(cat test/data/hongqi-2024.txt)" <<'SQL'
SELECT (gd_load_report(:'h', '230102', 'hongqi-2024.txt')).organ;
INSERT INTO gd_reports (organ, region_code, year, format, applications, appeals, source)
SELECT '和平区人民政府', '120101', 2020 + i, 2021, m, a, 'insert ' || i FROM upg_reports, generate_series(0, 4) i WHERE id = 1;
INSERT INTO gd_reports (organ, region_code, year, format, applications, source)
SELECT '乙区人民政府', NULL, 2024, 2021, m, 'no table 四' FROM upg_reports WHERE id = 2;
CREATE TABLE upg_store_before AS SELECT organ, region_code, year, format, proactive::text, applications::text, appeals::text, source, loaded_at FROM gd_reports;
SQL

# Values in the form 0.1.0 and 0.2.0 stored (src/gov_disclosure.h of 0.2.0):
# the varlena header, the format (int16; gd_appeals has none and starts with
# its flags), a flags word of zero, then every cell as int32 (-1 for a
# blank), in the machine's byte order (little-endian here).  The library
# installed now writes the compact form of 0.3.0, so these bytes are laid
# out here by hand and put in place through binary-coercible casts from
# bytea (superuser only), under the 0.2.0 catalogue; the casts are dropped
# before the update.  gd_proactive is aligned to 8 bytes and bytea to 4, so
# no such cast exists for it: its 0.2.0 form is read by test_compact and
# the fuzz corpus (proactive-2019-wide-0.2.0) instead.
sql $old <<'SQL'
CREATE FUNCTION upg_le(v bigint, n int) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(set_byte('\x00'::bytea, 0, ((v >> (8 * i)) & 255)::int), ''::bytea ORDER BY i)
    FROM generate_series(0, n - 1) i $$;
CREATE FUNCTION upg_wide(m gd_applications) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT upg_le(gd_format(m), 2) || '\x0000'::bytea
           || string_agg(upg_le(coalesce(c, -1), 4), ''::bytea ORDER BY o)
    FROM unnest(gd_to_array(m)) WITH ORDINALITY u(c, o) $$;
CREATE FUNCTION upg_wide(a gd_appeals) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT '\x00000000'::bytea || string_agg(upg_le(coalesce(c, -1), 4), ''::bytea ORDER BY o)
    FROM unnest(gd_to_array(a)) WITH ORDINALITY u(c, o) $$;
CREATE CAST (bytea AS gd_applications) WITHOUT FUNCTION;
CREATE CAST (bytea AS gd_appeals) WITHOUT FUNCTION;
CREATE CAST (gd_applications AS bytea) WITHOUT FUNCTION;
-- the loaded report's tables 三 and 四 as 0.2.0 stored them: reloading it must be "unchanged"
UPDATE gd_reports SET applications = upg_wide(applications)::gd_applications, appeals = upg_wide(appeals)::gd_appeals
WHERE region_code = '230102';
CREATE TABLE upg_wide_src (id int PRIMARY KEY, m gd_applications, a gd_appeals);
INSERT INTO upg_wide_src VALUES
 (1, (SELECT m FROM upg_reports WHERE id = 1), '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,-,0,1,2]}'),
 (2, (SELECT gd_to_2019(m) FROM upg_reports WHERE id = 2), '{review:[2147483647,-,-,-,-], suit_direct:[0,0,0,0,0], suit_after_review:[-,-,-,-,-]}'),
 (3, gd_set_cell(gd_set_cell((SELECT m FROM upg_reports WHERE id = 3), 'granted', 'natural_person', 2147483647),
                 'carried_over', 'commercial', 65535), NULL);
CREATE TABLE upg_wide (id int PRIMARY KEY, m gd_applications, a gd_appeals);
CREATE INDEX upg_wide_m_hash ON upg_wide USING hash (m);
INSERT INTO upg_wide SELECT id, upg_wide(m)::gd_applications, upg_wide(a)::gd_appeals FROM upg_wide_src;
CREATE TABLE upg_wide_before AS
SELECT id, w.m::bytea AS m_bytes, pg_column_size(w.m) AS m_size, s.m::text AS m_text, s.a::text AS a_text
FROM upg_wide w JOIN upg_wide_src s USING (id);
DROP CAST (bytea AS gd_applications);
DROP CAST (bytea AS gd_appeals);
SQL

sql $old -c "ALTER EXTENSION gov_disclosure UPDATE"
same "every 0.2.0 gd_reports row is kept under the new identity, the organ as printed filled, partial marked (6 lack a table)" "7|7|7|6" \
	"$(sql $old -c "SELECT count(*), count(*) FILTER (WHERE (b.proactive IS NOT DISTINCT FROM g.proactive::text) AND (b.applications IS NOT DISTINCT FROM g.applications::text) AND (b.appeals IS NOT DISTINCT FROM g.appeals::text) AND b.source = g.source AND b.loaded_at = g.loaded_at AND b.format = g.format), count(*) FILTER (WHERE g.organ_printed = g.organ), count(*) FILTER (WHERE g.partial) FROM gd_reports g JOIN upg_store_before b ON b.organ = g.organ AND b.year = g.year AND b.region_code IS NOT DISTINCT FROM g.region_code")"
same "after the update, a same-named organ of another region is a second report, the report stored by 0.2.0 (wide form) loaded again is unchanged, and a replaced version goes to the history" "loaded|708|unchanged|replaced|1" \
	"$(sql $old -v h="$(cat test/data/hongqi-2024.txt)" -F '|' <<'SQL'
SELECT (gd_load_report(:'h', '120101', 'other city')).outcome AS a,
       (SELECT pg_column_size(applications) FROM gd_reports WHERE region_code = '230102') AS w,
       (gd_load_report(:'h', '230102', 'again')).outcome AS u \gset
SELECT (gd_load_report(replace(:'h', E'\t16\t', E'\t15\t'), '230102', 'v2', replace => true)).outcome AS b \gset
SELECT :'a', :'w', :'u', :'b', count(*) FROM gd_reports_history;
SQL
)"
same "ALTER EXTENSION … UPDATE reaches the default version" "$current" \
	"$(sql $old -c "SELECT extversion FROM pg_extension WHERE extname = 'gov_disclosure'")"
same "every stored value is unchanged" "60|60" \
	"$(sql $old -c "SELECT count(*), count(*) FILTER (WHERE b.m_text = r.m::text AND b.a_text = r.a::text) FROM upg_reports r JOIN upg_before b USING (id)")"
same "sum() over the stored values is unchanged" "$before_sum" "$(sql $old -c "SELECT sum(m)::text FROM upg_reports")"
same "the view and the index still work" "1480|t" \
	"$(sql $old -c "SET enable_seqscan = off" -c "SELECT (SELECT count(*) FROM upg_table), (SELECT count(*) FROM upg_reports WHERE m = (SELECT m FROM upg_reports WHERE id = 1)) > 0")"
same "the CHECK and the domain still reject inconsistent values" "23514|23514" \
	"$(sql $old -c "DO \$\$ DECLARE s1 text; s2 text; BEGIN
	    BEGIN INSERT INTO upg_reports SELECT 999, gd_set_cell(m, 'granted', 'total', 11), a FROM upg_reports WHERE id = 1; EXCEPTION WHEN OTHERS THEN s1 := SQLSTATE; END;
	    BEGIN INSERT INTO upg_reports SELECT 998, m, gd_set_cell(a, 'review', 'total', 12) FROM upg_reports WHERE id = 1; EXCEPTION WHEN OTHERS THEN s2 := SQLSTATE; END;
	    RAISE NOTICE '%|%', s1, s2; END \$\$" 2>&1 | sed 's/^NOTICE:  //')"
same "values stored in the 0.2.0 form read back as they were written" "3|3|3" \
	"$(sql $old -c "SELECT count(*), count(*) FILTER (WHERE w.m::text = b.m_text), count(*) FILTER (WHERE w.a::text IS NOT DISTINCT FROM b.a_text) FROM upg_wide w JOIN upg_wide_before b USING (id)")"
same "they were not rewritten: the same bytes, 708 for a 2021 table 三" "3|t|708" \
	"$(sql $old -c "SELECT count(*) FILTER (WHERE w.m::bytea = b.m_bytes), bool_and(pg_column_size(w.m) = b.m_size), max(pg_column_size(w.m)) FROM upg_wide w JOIN upg_wide_before b USING (id)")"
# (rows 2 and 3 hold 2147483647 in cells row 1 has stated: each sum leaves one out)
same "the 0.2.0 form and the compact form of a value are equal, hash alike and sum alike" "t|t|t|t|t" \
	"$(sql $old -c "SET enable_seqscan = off" -c "SELECT w.m = s.m, gd_applications_hash(w.m) = gd_applications_hash(s.m), (SELECT count(*) FROM upg_wide x WHERE x.m = s.m) = 1, (SELECT sum(m) FROM upg_wide WHERE id <> 3) = (SELECT sum(m) FROM upg_wide_src WHERE id <> 3), (SELECT sum(a) FROM upg_wide WHERE id <> 2) = (SELECT sum(a) FROM upg_wide_src WHERE id <> 2) FROM upg_wide w JOIN upg_wide_src s USING (id) WHERE id = 1")"
same "checks judge the 0.2.0 form as the compact one" "3|0" \
	"$(sql $old -c "SELECT count(*) FILTER (WHERE gd_is_consistent(w.m) = gd_is_consistent(s.m)), (SELECT count(*) FROM upg_wide x, gd_check(x.m) c) - (SELECT count(*) FROM upg_wide_src y, gd_check(y.m) c) FROM upg_wide w JOIN upg_wide_src s USING (id)")"
same "values written now are compact, the 0.2.0 ones rewrite compact on update" "t|t" \
	"$(sql $old -c "UPDATE upg_wide SET m = gd_set_cell(m, 'granted', 'research', gd_cell(m, 'granted', 'research')) WHERE id = 1" -c "SELECT pg_column_size(m) < 708, m::text = (SELECT m_text FROM upg_wide_before WHERE id = 1) FROM upg_wide WHERE id = 1")"
sql $old -c "DROP CAST (gd_applications AS bytea)" -c "DROP TABLE upg_wide, upg_wide_src, upg_wide_before" -c "DROP FUNCTION upg_wide(gd_applications), upg_wide(gd_appeals), upg_le(bigint, int)"
same "0.2.0 and later objects work on the upgraded database" "t|8" \
	"$(sql $old -c "SELECT gd_parse_report(gd_render(ROW('甲区人民政府', NULL, 2024, 2021, NULL, m, a)::gd_report)) = ROW('甲区人民政府', NULL, 2024, 2021, NULL, m, a)::gd_report, (SELECT count(*) FROM gd_reports) FROM upg_reports WHERE id = 1")"

# A fresh install and the upgraded one have identical catalogues.
sql $new -c "CREATE EXTENSION gov_disclosure"
psql -X -d $old -c '\dx+ gov_disclosure' > /tmp/gd_upgrade_old.txt
psql -X -d $new -c '\dx+ gov_disclosure' > /tmp/gd_upgrade_new.txt
if diff -u /tmp/gd_upgrade_new.txt /tmp/gd_upgrade_old.txt > /tmp/gd_upgrade.diff; then
	result ok "\\dx+ of the upgraded and the fresh install are identical ($(grep -c '' /tmp/gd_upgrade_new.txt) lines)"
else
	result fail "\\dx+ of the upgraded and the fresh install differ"
	sed 's/^/# /' /tmp/gd_upgrade.diff | head -40
fi
# Beyond the member list: comments, labels and signatures of every function.
catalog="SELECT p.oid::regprocedure::text || ' ' || p.provolatile::text || p.proisstrict::text || p.proparallel::text || ' ' || coalesce(obj_description(p.oid, 'pg_proc'), '') FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure' ORDER BY 1"
same "function labels and comments are identical" "$(sql $new -c "$catalog" | md5sum)" "$(sql $old -c "$catalog" | md5sum)"
# And what each function runs: its language, its settings (SET clauses) and
# its body, deparsed from the stored tree for an SQL-standard body (so an
# upgraded database cannot keep a body resolved by name at call time that a
# fresh install no longer has), the C symbol otherwise.
bodies="SELECT p.oid::regprocedure::text || ' ' || l.lanname || ' ' || coalesce(p.proconfig::text, '-') || ' ' || md5(coalesce(pg_get_function_sqlbody(p.oid), p.prosrc)) FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure' ORDER BY 1"
sql $new -c "$bodies" > /tmp/gd_upgrade_bodies_new.txt
sql $old -c "$bodies" > /tmp/gd_upgrade_bodies_old.txt
if diff -u /tmp/gd_upgrade_bodies_new.txt /tmp/gd_upgrade_bodies_old.txt > /tmp/gd_upgrade_bodies.diff; then
	result ok "every function's language, settings and body are identical ($(grep -c '' /tmp/gd_upgrade_bodies_new.txt) functions)"
else
	result fail "functions' languages, settings or bodies differ (fresh -, upgraded +)"
	sed 's/^/# /' /tmp/gd_upgrade_bodies.diff | head -40
fi
views="SELECT c.oid::regclass::text || ' ' || md5(pg_get_viewdef(c.oid)) FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure' WHERE c.relkind = 'v' ORDER BY 1"
same "view definitions are identical" "$(sql $new -c "$views")" "$(sql $old -c "$views")"

tables="SELECT c.oid::regclass::text || ' ' || string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':' || a.attnotnull || ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-'), ', ' ORDER BY a.attnum) || ' | ' || (SELECT coalesce(string_agg(conname || ' ' || pg_get_constraintdef(k.oid), '; ' ORDER BY conname), '') FROM pg_constraint k WHERE k.conrelid = c.oid) || ' | ' || (SELECT coalesce(string_agg(pg_get_indexdef(i.indexrelid), '; ' ORDER BY pg_get_indexdef(i.indexrelid)), '') FROM pg_index i WHERE i.indrelid = c.oid) || ' | ' || (SELECT coalesce(string_agg(pg_get_triggerdef(t.oid), '; '), '') FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) || ' | ' || pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_depend dp ON dp.objid = c.oid AND dp.classid = 'pg_class'::regclass AND dp.deptype = 'e' JOIN pg_extension e ON e.oid = dp.refobjid AND e.extname = 'gov_disclosure' JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE c.relkind IN ('r', 'p') GROUP BY c.oid ORDER BY 1"
same "the extension's tables (columns, defaults, constraints, indexes, triggers, owner) are identical" "$(sql $new -c "$tables")" "$(sql $old -c "$tables")"

# The whole regression suite, on the upgraded database (its store emptied).
sql $old -c "TRUNCATE gd_reports, gd_reports_history"
if make -s installcheck REGRESS_OPTS="--use-existing --dbname=$old" > /tmp/gd_upgrade_regress.txt 2>&1; then
	result ok "the pg_regress suite passes on the upgraded database"
else
	result fail "the pg_regress suite fails on the upgraded database"
	tail -20 /tmp/gd_upgrade_regress.txt | sed 's/^/# /'
	head -60 regression.diffs 2>/dev/null | sed 's/^/# /'
fi

for db in $old $new; do psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
