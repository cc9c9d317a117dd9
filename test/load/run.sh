#!/bin/sh
# Loading reports: the gd_load command on every file kind and every
# outcome, the store's identity (region code, organ, year), history,
# diagnostics, the SQL inbox with bad rows, and row-level security on a
# store of one's own.  Runs inside pg_virtualenv from the repository root
# (tools/run-server-tests.sh):
#
#   pg_virtualenv -t -v 15 sh test/load/run.sh
#
# GD_LOAD overrides the command (default: the installed one, in pg_config
# --bindir).  Prints "ok N - …" / "not ok N - …" and "N passed, N failed".
set -eu

root=$(pwd)
GD_LOAD=${GD_LOAD:-$(pg_config --bindir)/gd_load}
db=gd_load_test
files=$root/test/load/files
work=$(mktemp -d /tmp/gd-load-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

result() {
	if [ "$1" = ok ]; then passed=$((passed + 1)); echo "ok $((passed + failed)) - $2"
	else failed=$((failed + 1)); echo "not ok $((passed + failed)) - $2"; fi
}
same() {	# name, want, got
	if [ "$2" = "$3" ]; then result ok "$1"
	else result fail "$1"; echo "# want: $2"; printf '%s\n' "$3" | sed 's/^/# got:  /'; fi
}
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
# gd_load's exit status, then its output, in $out
load() { set +e; out=$("$GD_LOAD" -d "$db" -o "$work/outcomes.jsonl" "$@" 2>&1); rc=$?; set -e; }
# the outcome column of gd_load's per-file lines, sorted, one line
outcomes() { printf '%s\n' "$out" | awk '$1 ~ /^(loaded|unchanged|replaced|partial|duplicate|refused)$/ {print $1}' | sort | tr '\n' ' '; }

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
sql -c "CREATE EXTENSION gov_disclosure"
same "gd_load is installed and says how to use it" "0" "$("$GD_LOAD" --help >/dev/null; echo $?)"

# --- every file kind -------------------------------------------------------
kinds=$work/kinds
mkdir "$kinds"
cp "$files"/* "$kinds/"
# the encodings of the wild, made from the bundled UTF-8 reports as a user's iconv would
sed 's/<meta charset="utf-8"/<meta charset="gb2312"/' "$root/test/data/pingtan-2025.html" |
	iconv -f UTF-8 -t GBK > "$kinds/pingtan-2025-gbk.html"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$root/test/data/hongqi-2024.txt"; } > "$kinds/hongqi-2024-utf16.txt"
iconv -f UTF-8 -t GB18030 "$root/test/data/shanghai-2019-html.txt" > "$kinds/shanghai-2019-gb18030.txt"
has_soffice=no
command -v soffice >/dev/null 2>&1 && has_soffice=yes
[ "$has_soffice" = yes ] || rm "$kinds/pingtan-2025.doc"
load --region 350128 --jobs 2 "$kinds"
same "a folder of every kind (PDF, GBK HTML, UTF-16 and GB18030 text, .docx, .doc) loads: exit 0" "0" "$rc"
if [ "$has_soffice" = yes ]; then want="loaded loaded loaded loaded unchanged unchanged "; else want="loaded loaded loaded loaded unchanged "; fi
same "each file has one outcome; the .docx (and .doc) of the page already loaded from GBK HTML are unchanged" "$want" "$(outcomes)"
same "the tables read from each kind" \
	"上海市人民政府办公厅|2019|2019|t|t|t|f
平潭综合实验区|2025|2021|t|t|t|f
淮安市人民政府|2024|2021|t|t|t|f
红旗区人民政府|2024|2021|t|t|t|f" \
	"$(sql -c "SELECT organ, year, format, proactive IS NOT NULL, applications IS NOT NULL, appeals IS NOT NULL, partial FROM gd_reports ORDER BY organ")"
same "the GBK page and the .docx give the same report as the UTF-8 page" "t" \
	"$(echo "SELECT (SELECT applications FROM gd_reports WHERE organ = '平潭综合实验区') = (gd_parse_report(:'b')).applications;" | sql -v b="$(cat test/data/pingtan-2025.html)" 2>&1)"
same "the outcome file has one JSON line per file, with its kind" \
	"$(ls "$kinds" | wc -l)|$( [ "$has_soffice" = yes ] && echo 'doc,' || true)docx,html,pdf,txt" \
	"$(wc -l < "$work/outcomes.jsonl" | tr -d ' ')|$(grep -o '"kind": "[a-z]*"' "$work/outcomes.jsonl" | sed 's/.*: "//; s/"//' | sort -u | tr '\n' ',' | sed 's/,$//')"
load --region 350128 "$kinds"
same "loading the same folder again: every file unchanged, exit 0" "0|$(ls "$kinds" | sed 's/.*/unchanged/' | tr '\n' ' ')" "$rc|$(outcomes)"

# --- identity: region code, organ, year -------------------------------------
load --region 230102 test/data/hongqi-2024.txt
load --region 120101 test/data/hongqi-2024.txt
same "two organs of the same name in different regions are two reports" "350128,230102,120101" \
	"$(sql -c "SELECT string_agg(region_code, ',' ORDER BY loaded_at) FROM gd_reports WHERE organ = '红旗区人民政府' AND year = 2024")"
sed 's/^\(一、本年新收政府信息公开申请数量\t*\)16\t/\117\t/' test/data/hongqi-2024.txt > "$work/hongqi-2024-v2.txt"
load --region 230102 "$work/hongqi-2024-v2.txt"
same "a different version of a stored report is a duplicate, refused: exit 1, nothing changed" "1|duplicate |test/data/hongqi-2024.txt" \
	"$rc|$(outcomes)|$(sql -c "SELECT source FROM gd_reports WHERE organ = '红旗区人民政府' AND region_code = '230102'")"
case "$out" in *"--replace"*) result ok "the duplicate's message says how to replace it" ;; *) result fail "the duplicate's message says how to replace it"; echo "# $out" ;; esac
load --region 230102 --replace --reason "corrected table 三" "$work/hongqi-2024-v2.txt"
same "--replace stores the new version: exit 0, replaced" "0|replaced " "$rc|$(outcomes)"
same "the replaced version is in the history with its source, time and reason" \
	"test/data/hongqi-2024.txt|UPDATE|corrected table 三|t|16" \
	"$(sql -c "SELECT h.source, h.replaced_how, h.replaced_reason, h.replaced_at >= h.loaded_at, gd_cell(h.applications, 'new_received', 'natural_person') FROM gd_reports_history h WHERE organ = '红旗区人民政府' AND region_code = '230102'")"
same "the store holds the new version, with its reason" "corrected table 三|17" \
	"$(sql -c "SELECT reason, gd_cell(applications, 'new_received', 'natural_person') FROM gd_reports WHERE organ = '红旗区人民政府' AND region_code = '230102'")"

# --- partial, refused, overrides, a bad file among good ones ----------------
bad=$work/bad
mkdir "$bad"
cp test/data/district-stats-2023-pipes-partial.txt test/data/nanhu-2019-collapsed-cells-partial.txt test/data/hongqi-2024.txt "$bad/"
printf 'not a report at all\n' > "$bad/notes.txt"
head -c 3000 /dev/urandom > "$bad/random.txt"
printf 'x' > "$bad/photo.jpg"
load --region 230104 "$bad" "$bad/photo.jpg"
same "a folder with bad files: every file gets its outcome, exit 1" "1|loaded partial refused refused refused refused " "$rc|$(outcomes)"
same "the partial report is stored with partial = true, its missing tables NULL and its diagnostics" "t|f|f|t|t" \
	"$(sql -c "SELECT partial, applications IS NOT NULL, appeals IS NOT NULL, proactive IS NOT NULL, jsonb_path_exists(diagnostics, '\$[*] ? (@.severity == \"error\" && @.section == \"三\")') FROM gd_reports WHERE organ = '区统计局'")"
same "the partial report's outcome names the tables it lacks" "stored without tables 三 and 四 (see diagnostics)" \
	"$(printf '%s\n' "$out" | awk '$1 == "partial"' | grep -o 'stored without.*')"
same "gd_audit lists the partial report's stored diagnostics" "t" \
	"$(sql -c "SELECT count(*) > 0 FROM gd_audit WHERE organ = '区统计局' AND severity = 'error' AND rule = 'parse'")"
for f in notes.txt random.txt photo.jpg nanhu-2019-collapsed-cells-partial.txt; do
	line=$(printf '%s\n' "$out" | grep "^refused .*$f" || true)
	case "$f:$line" in
	notes.txt:*22P02*"table 三 not found"* | random.txt:*"neither UTF-8"* | photo.jpg:*"not a report file"* | nanhu*:*"gives no organ"*)
		result ok "refused $f with the reason" ;;
	*) result fail "refused $f with the reason"; echo "# $line" ;;
	esac
done
load --region 230104 --strict "$bad/district-stats-2023-pipes-partial.txt"
same "--strict refuses a partial report (it was stored before: the full parse fails)" "1|refused " "$rc|$(outcomes)"
load --region 230105 --organ 南湖区人民政府 --year 2019 "$bad/nanhu-2019-collapsed-cells-partial.txt"
same "--organ and --year give a report without a title an identity" "1|partial |南湖区人民政府|2019|" \
	"$rc|$(outcomes)|$(sql -c "SELECT organ, year, organ_printed FROM gd_reports WHERE region_code = '230105'")"
load --region 12345 "$bad/hongqi-2024.txt"
same "a bad --region is a usage error (exit 2), nothing loaded" "2" "$rc"
load --year 1999 "$bad/hongqi-2024.txt"
same "a bad --year is a usage error (exit 2)" "2" "$rc"
set +e; "$GD_LOAD" -d gd_load_no_such_db "$bad" >/dev/null 2>&1; rc=$?; set -e
same "no database: exit 2" "2" "$rc"

# --- the SQL path: gd_load_report and the inbox ------------------------------
same "gd_load_report(NULL) is an error, not a silent NULL" "22004" \
	"$(sql -c "DO \$\$ BEGIN PERFORM gd_load_report(NULL); EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 | sed 's/^NOTICE:  //')"
sql -v h="$(cat test/data/hongqi-2024.txt)" -v p="$(cat test/data/district-stats-2023-pipes-partial.txt)" <<'SQL'
INSERT INTO gd_inbox (body, source, region_code) VALUES
    (:'h', 'inbox-1', '330100'), ('garbage', 'inbox-2', NULL), (:'h', 'inbox-3', '330100'),
    (replace(:'h', E'\t16\t', E'\t15\t'), 'inbox-4', '330100'), (:'p', 'inbox-5', '330101'), (:'h', 'inbox-6', 'x');
INSERT INTO gd_inbox (body, source, region_code, replace) VALUES (replace(:'h', E'\t16\t', E'\t15\t'), 'inbox-7', '330100', true);
SQL
same "gd_load_inbox: one bad row never stops the batch; counts per outcome" "duplicate|1,loaded|1,partial|1,refused|2,replaced|1,unchanged|1" \
	"$(sql -c "SELECT string_agg(outcome || '|' || reports, ',' ORDER BY outcome) FROM gd_load_inbox()")"
same "each inbox row has its outcome, message and diagnostics written back" \
	"inbox-1 loaded t t
inbox-2 refused t t
inbox-3 unchanged t t
inbox-4 duplicate t t
inbox-5 partial t t
inbox-6 refused t t
inbox-7 replaced t t" \
	"$(sql -F ' ' -c "SELECT source, outcome, message <> '', diagnostics IS NOT NULL FROM gd_inbox ORDER BY id")"
same "a second gd_load_inbox finds nothing pending" "" "$(sql -c "SELECT * FROM gd_load_inbox()")"

# --- a store of one's own, with row-level security ---------------------------
psql -X -q -d postgres -v ON_ERROR_STOP=1 <<SQL
DROP ROLE IF EXISTS gd_load_owner; DROP ROLE IF EXISTS gd_load_a; DROP ROLE IF EXISTS gd_load_b;
CREATE ROLE gd_load_owner LOGIN PASSWORD 'gd-load-pw'; CREATE ROLE gd_load_a LOGIN PASSWORD 'gd-load-pw'; CREATE ROLE gd_load_b LOGIN PASSWORD 'gd-load-pw';
GRANT CREATE ON DATABASE $db TO gd_load_owner;
SQL
sql -c "GRANT CREATE ON SCHEMA public TO gd_load_owner"
PGPASSWORD=gd-load-pw psql -X -q -At -v ON_ERROR_STOP=1 -U gd_load_owner -d "$db" <<'SQL'
CREATE SCHEMA city;
SELECT gd_create_store('city.reports');
ALTER TABLE city.reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE city.reports_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY a ON city.reports TO gd_load_a USING (region_code = '230102') WITH CHECK (region_code = '230102' AND loaded_by = current_user);
CREATE POLICY b ON city.reports TO gd_load_b USING (region_code = '120101') WITH CHECK (region_code = '120101' AND loaded_by = current_user);
CREATE POLICY a ON city.reports_history TO gd_load_a USING (region_code = '230102') WITH CHECK (region_code = '230102');
CREATE POLICY b ON city.reports_history TO gd_load_b USING (region_code = '120101') WITH CHECK (region_code = '120101');
GRANT USAGE ON SCHEMA city TO gd_load_a, gd_load_b;
GRANT SELECT, INSERT, UPDATE, DELETE ON city.reports TO gd_load_a, gd_load_b;
GRANT SELECT, INSERT ON city.reports_history TO gd_load_a, gd_load_b;
SQL
same "gd_create_store makes a store and its history owned by the caller, with the history trigger" \
	"gd_load_owner|gd_load_owner|gd_keep_history" \
	"$(sql -c "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'city.reports'::regclass" -c "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'city.reports_history'::regclass" -c "SELECT tgname FROM pg_trigger WHERE tgrelid = 'city.reports'::regclass" | tr '\n' '|' | sed 's/|$//')"
set +e
out=$(PGPASSWORD=gd-load-pw "$GD_LOAD" -d "$db" -U gd_load_a -o - --store city.reports --region 230102 test/data/hongqi-2024.txt 2>&1); rc_a=$?
out_b=$(PGPASSWORD=gd-load-pw "$GD_LOAD" -d "$db" -U gd_load_b -o - --store city.reports --region 230102 test/data/hongqi-2024.txt 2>&1); rc_b=$?
out_b2=$(PGPASSWORD=gd-load-pw "$GD_LOAD" -d "$db" -U gd_load_b -o - --store city.reports --region 120101 test/data/hongqi-2024.txt 2>&1); rc_b2=$?
set -e
same "RLS: a role loads into its own region" "0" "$rc_a"
case "$out_b" in
*refused*42501*"row-level security"*) result ok "RLS: a role cannot load a report of another region (refused, 42501)" ;;
*) result fail "RLS: a role cannot load a report of another region (refused, 42501)"; echo "# $out_b" ;;
esac
same "RLS: the other role loads its own region" "0" "$rc_b2"
same "RLS: each role sees only its region, in the store and in gd_audit(store)" "230102|0|120101|0|2" \
	"$(PGPASSWORD=gd-load-pw psql -X -At -U gd_load_a -d "$db" -c "SELECT string_agg(region_code, ',') FROM city.reports" -c "SELECT count(*) FROM gd_audit('city.reports') WHERE region_code <> '230102'" | tr '\n' '|')$(PGPASSWORD=gd-load-pw psql -X -At -U gd_load_b -d "$db" -c "SELECT string_agg(region_code, ',') FROM city.reports" -c "SELECT count(*) FROM gd_audit('city.reports') WHERE region_code <> '120101'" | tr '\n' '|')$(sql -c "SELECT count(*) FROM city.reports")"
same "RLS: a role cannot fake who loaded a report (the policy checks loaded_by)" "42501" \
	"$(PGPASSWORD=gd-load-pw psql -X -q -At -U gd_load_a -d "$db" -c "DO \$\$ BEGIN INSERT INTO city.reports (organ, region_code, year, loaded_by) VALUES ('x', '230102', 2024, 'gd_load_b'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 | sed 's/^NOTICE:  //')"
PGPASSWORD=gd-load-pw psql -X -q -U gd_load_a -d "$db" -c "DELETE FROM city.reports"
same "a role's DELETE moves its rows to the history, nothing is lost; the other region's row stays" "1|DELETE|1" \
	"$(sql -c "SELECT count(*) FROM city.reports_history" -c "SELECT replaced_how FROM city.reports_history" -c "SELECT count(*) FROM city.reports" | tr '\n' '|' | sed 's/|$//')"
same "the owner can add an index and a NOT NULL column with a default to the default store" "ok" \
	"$(sql -c "CREATE INDEX ON gd_reports (organ)" -c "ALTER TABLE gd_reports ADD COLUMN batch int NOT NULL DEFAULT 0" -c "ALTER TABLE gd_reports_history ADD COLUMN batch int" -c "SELECT 'ok'")"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS gd_load_owner" -c "DROP ROLE IF EXISTS gd_load_a" -c "DROP ROLE IF EXISTS gd_load_b"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
