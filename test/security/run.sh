#!/bin/sh
# Security test (PostgreSQL's "Security Considerations for Extensions"),
# in two parts:
#
# 1. A database owner WITHOUT superuser installs gov_disclosure (trusted)
#    and uses every kind of object with a hostile schema first in
#    search_path.  The hostile schema holds traps: functions and operators
#    with the names and argument types our SQL would use if it resolved
#    anything through search_path; each trap raises.  Nothing may reach a
#    trap.
# 2. Schema takeover: the owner installs the extension into a schema it
#    owns, renames that schema, creates one with the old name and plants
#    look-alikes of every function, operator and type there (plant.sql),
#    each leaving evidence when it runs; then a SUPERUSER calls every
#    function of the extension (samples.sql) and selects every view.  No
#    plant may run, and the owner must not become a superuser.
#
#   pg_virtualenv -t -v 15 sh test/security/run.sh     (from the repository root)
#
# Prints "ok N - …" / "not ok N - …" and a final "N passed, N failed".
set -eu

db=gd_security
owner=gd_sec_owner
current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" gov_disclosure.control)
passed=0
failed=0

su_psql() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
su_psql -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS gd_takeover" \
	-c "DROP DATABASE IF EXISTS gd_takeover_update" -c "DROP ROLE IF EXISTS $owner"
su_psql -c "CREATE ROLE $owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'gd-sec-pw'" \
	-c "CREATE DATABASE $db OWNER $owner"

# Everything below runs as the owner, over TCP with its password.
owner_psql() {
	PGPASSWORD=gd-sec-pw psql -X -q -v ON_ERROR_STOP=1 -h "${PGHOST:-localhost}" -U "$owner" -d "$db" "$@"
}

check() {
	name=$1
	shift
	if out=$("$@" 2>&1); then
		passed=$((passed + 1))
		echo "ok $((passed + failed)) - $name"
	else
		failed=$((failed + 1))
		echo "not ok $((passed + failed)) - $name"
		printf '%s\n' "$out" | sed 's/^/# /'
	fi
}

expect_value() {
	name=$1
	want=$2
	shift 2
	got=$("$@" 2>&1 || true)
	if [ "$got" = "$want" ]; then
		passed=$((passed + 1))
		echo "ok $((passed + failed)) - $name"
	else
		failed=$((failed + 1))
		echo "not ok $((passed + failed)) - $name"
		echo "# want: $want"
		printf '%s\n' "$got" | sed 's/^/# got:  /'
	fi
}

check "the owner is not a superuser" \
	owner_psql -Atc "DO \$\$ BEGIN IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN RAISE 'superuser'; END IF; END \$\$"

# The traps: same names and argument types as built-ins and as our own
# objects, in a schema the owner puts first.
owner_psql <<'SQL'
CREATE SCHEMA hostile;
CREATE SCHEMA gd;
CREATE FUNCTION hostile.jsonb_typeof(jsonb) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: jsonb_typeof'; END $$;
CREATE FUNCTION hostile.jsonb_object_keys(jsonb) RETURNS SETOF text LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: jsonb_object_keys'; END $$;
CREATE FUNCTION hostile.jsonb_build_object(VARIADIC text[]) RETURNS jsonb LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: jsonb_build_object'; END $$;
CREATE FUNCTION hostile.substr(text, integer) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: substr'; END $$;
CREATE FUNCTION hostile.substr(text, integer, integer) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: substr3'; END $$;
CREATE FUNCTION hostile.array_position(anycompatiblearray, anycompatible) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: array_position'; END $$;
CREATE FUNCTION hostile.now() RETURNS timestamptz LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: now'; END $$;
CREATE FUNCTION hostile.text_eq(text, text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: text ='; END $$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.text_eq);
CREATE FUNCTION hostile.text_concat(text, text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: ||'; END $$;
CREATE OPERATOR hostile.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.text_concat);
CREATE FUNCTION hostile.int_ge(integer, integer) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: >='; END $$;
CREATE OPERATOR hostile.>= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = hostile.int_ge);
CREATE FUNCTION hostile.int_plus(integer, integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: +'; END $$;
CREATE OPERATOR hostile.+ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = hostile.int_plus);
CREATE FUNCTION hostile.int_minus(integer, integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: -'; END $$;
CREATE OPERATOR hostile.- (LEFTARG = integer, RIGHTARG = integer, FUNCTION = hostile.int_minus);
CREATE FUNCTION hostile.num_div(numeric, integer) RETURNS numeric LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: /'; END $$;
CREATE OPERATOR hostile./ (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = hostile.num_div);
CREATE FUNCTION hostile.regex(text, text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RAISE 'captured: ~'; END $$;
CREATE OPERATOR hostile.!~ (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.regex);
CREATE OPERATOR hostile.~ (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.regex);
SQL
echo "# traps installed in schema hostile"

HOSTILE="SET search_path = hostile, gd, public, pg_catalog"

check "a non-superuser owner installs the trusted extension with the hostile schema first" \
	owner_psql -c "$HOSTILE" -c "CREATE EXTENSION gov_disclosure SCHEMA gd"

# A trusted script runs as the bootstrap superuser, who owns the objects; the
# extension itself belongs to the user who created it.
check "the extension belongs to the installing owner" \
	owner_psql -Atc "DO \$\$ BEGIN IF (SELECT pg_get_userbyid(extowner) FROM pg_extension WHERE extname = 'gov_disclosure') <> current_user THEN RAISE 'owner'; END IF; END \$\$"

seed="ARRAY[[16,0,0,0,0,4,20],[0,0,0,0,0,0,0],[6,0,0,0,0,4,10],[5,0,0,0,0,0,5],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[5,0,0,0,0,0,5],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[16,0,0,0,0,4,20],[0,0,0,0,0,0,0]]"
appeals="'{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'"
report_text=$(cat test/data/hongqi-2024.txt)

check "data goes in under the hostile search_path" owner_psql -c "$HOSTILE" \
	-c "INSERT INTO gd.gd_reports (organ, region_code, year, format, applications, appeals) VALUES ('甲', '230102', 2023, 2021, $seed, $appeals), ('甲', '230102', 2024, 2021, gd.gd_set_cell($seed::gd.gd_applications, 'granted', 'natural_person', 7), $appeals)"

load_seed() {
	printf '%s\n' "$HOSTILE;" "SELECT (gd.gd_load_report(:'t', '230102', 'seed')).organ;" |
		owner_psql -v t="$report_text"
}
check "gd_load_report parses and stores under the hostile search_path" load_seed

expect_value "gd_audit (view: lag, gd_check, gd_check_continuity) runs and finds the mistyped cell" \
	"B|total_processed|natural_person|17|16" \
	owner_psql -At -c "$HOSTILE" -c "SELECT rule, row_key, column_key, expected, reported FROM gd.gd_audit WHERE organ OPERATOR(pg_catalog.=) '甲' AND rule OPERATOR(pg_catalog.=) 'B'"

expect_value "jsonb round trip of a gd_report (an SQL-standard body and C)" "t" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_report(gd.gd_to_jsonb(gd.gd_report_of(g))) OPERATOR(pg_catalog.=) gd.gd_report_of(g) FROM gd.gd_reports g WHERE organ OPERATOR(pg_catalog.=) '甲' AND year OPERATOR(pg_catalog.=) 2023"

expect_value "metrics (SQL-standard bodies with arithmetic, and C)" "0.7500|0.6364|0.0000|0.8000" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_disclosure_rate(applications), gd.gd_review_correction_rate(appeals), gd.gd_litigation_loss_rate(appeals), gd.gd_dispute_rate(applications, appeals) FROM gd.gd_reports WHERE organ OPERATOR(pg_catalog.=) '甲' AND year OPERATOR(pg_catalog.=) 2023"

expect_value "region helpers" "county|230100|230000" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_region_level('230102'), gd.gd_region_parent('230102'), gd.gd_region_at('230102', 'province')"

expect_value "sum, gd_table, gd_cells, gd_render, gd_parse_diagnostics" "20|t|175|红旗区人民政府|0" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_cell(gd.sum(applications), 'new_received', 'total'), (SELECT count(*) OPERATOR(pg_catalog.=) 25 FROM gd.gd_table(gd.sum(applications))), (SELECT count(*) FROM gd.gd_cells((SELECT applications FROM gd.gd_reports LIMIT 1))), (gd.gd_parse_report(gd.gd_render(gd.gd_report_of((SELECT g FROM gd.gd_reports g WHERE organ OPERATOR(pg_catalog.=) '红旗区人民政府'))))).organ, (SELECT count(*) FROM gd.gd_parse_diagnostics('') WHERE severity OPERATOR(pg_catalog.=) 'note') FROM gd.gd_reports WHERE year OPERATOR(pg_catalog.=) 2023"

check "the CHECK constraints of gd_reports still reject bad years and formats" \
	owner_psql -c "$HOSTILE" -c "DO \$\$ BEGIN INSERT INTO gd.gd_reports (organ, year) VALUES ('x', 1999); RAISE 'accepted'; EXCEPTION WHEN check_violation THEN NULL; END \$\$"

check "a superuser-only function is not reachable: the owner cannot read server files through us" \
	owner_psql -c "DO \$\$ BEGIN PERFORM pg_read_file('/etc/passwd'); RAISE 'read'; EXCEPTION WHEN insufficient_privilege THEN NULL; END \$\$"

check "DROP EXTENSION as the owner" owner_psql -c "DROP EXTENSION gov_disclosure CASCADE"

# ---------------------------------------------------------------------------
# Schema takeover.  The owner installs the extension into a schema it owns,
# renames that schema, creates a schema with the old name and plants there
# look-alikes of everything a body could name (test/security/plant.sql).
# A body that named our objects as text ("gd.gd_check(…)") and resolved
# them at each call would now run the owner's code; when a superuser calls
# it, the owner becomes superuser.  Every body must be bound by OID at
# creation.  Before installing, the owner also plants operators in the
# target schema that out-match pg_catalog's for mixed-type arithmetic, so a
# body parsed at creation with an unqualified operator would bind to them.
# Then a SUPERUSER calls every function of the extension (enumerated from
# pg_depend, each with the sample of its signature in samples.sql) and
# selects every view, with the planted schema first in search_path.
#
# Twice: on a fresh install, and on 0.1.0 updated to the current version
# with the pre-install plants in place during the update (the update script
# parses its bodies then, in that schema).
#
#   takeover DATABASE LABEL INSTALL-SQL
# ---------------------------------------------------------------------------
takeover() {
	tdb=$1
	how=$2
	install=$3
	# a previous round that failed may have left the owner a superuser
	su_psql -c "ALTER ROLE $owner NOSUPERUSER"
	su_psql -c "CREATE DATABASE $tdb OWNER $owner"
	towner_psql() {
		PGPASSWORD=gd-sec-pw psql -X -q -v ON_ERROR_STOP=1 -h "${PGHOST:-localhost}" -U "$owner" -d "$tdb" "$@"
	}
	tsu_psql() { psql -X -q -v ON_ERROR_STOP=1 -d "$tdb" "$@"; }
	work=$(mktemp -d /tmp/gd-security.XXXXXX)
	bin=/tmp/gd_security_takeover_${PGPORT:-5432}.bin

	# The payload every plant calls, and where it leaves its evidence.
	towner_psql <<-'SQL'
	CREATE SEQUENCE public.gd_planted_ran;
	CREATE TABLE public.gd_planted_log (what text, by_role text);
	CREATE FUNCTION public.gd_planted(what text) RETURNS boolean LANGUAGE plpgsql AS $$
	BEGIN
	    PERFORM pg_catalog.nextval('public.gd_planted_ran'::pg_catalog.regclass);
	    INSERT INTO public.gd_planted_log VALUES (what, current_user);
	    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) current_user) THEN
	        EXECUTE 'ALTER ROLE gd_sec_owner SUPERUSER';
	    END IF;
	    RETURN true;
	END $$;
	-- Before the install: operators in the target schema that match
	-- mixed-type arithmetic exactly (pg_catalog has only numeric / numeric).
	CREATE SCHEMA gd;
	CREATE FUNCTION gd.planted_div_ni(numeric, integer) RETURNS numeric LANGUAGE plpgsql AS
	$$ BEGIN PERFORM public.gd_planted('pre-install operator gd./(numeric, integer)'); RETURN NULL; END $$;
	CREATE OPERATOR gd./ (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = gd.planted_div_ni);
	CREATE FUNCTION gd.planted_div_nb(numeric, bigint) RETURNS numeric LANGUAGE plpgsql AS
	$$ BEGIN PERFORM public.gd_planted('pre-install operator gd./(numeric, bigint)'); RETURN NULL; END $$;
	CREATE OPERATOR gd./ (LEFTARG = numeric, RIGHTARG = bigint, FUNCTION = gd.planted_div_nb);
	CREATE FUNCTION gd.planted_eq_ti(text, integer) RETURNS boolean LANGUAGE plpgsql AS
	$$ BEGIN PERFORM public.gd_planted('pre-install operator gd.=(text, integer)'); RETURN NULL; END $$;
	CREATE OPERATOR gd.= (LEFTARG = text, RIGHTARG = integer, FUNCTION = gd.planted_eq_ti);
	SQL

	check "$how: the owner installs the extension into its own schema" towner_psql -c "$install"
	expect_value "$how: the extension is at the current version" "$current" \
		towner_psql -At -c "SELECT extversion FROM pg_extension WHERE extname = 'gov_disclosure'"
	load_takeover() {
		printf '%s\n' "INSERT INTO gd.gd_reports (organ, region_code, year, format, applications, appeals) VALUES ('甲', '230102', 2023, 2021, $seed, $appeals), ('甲', '230102', 2024, 2021, gd.gd_set_cell($seed::gd.gd_applications, 'granted', 'natural_person', 7), $appeals);" \
			"SELECT (gd.gd_load_report(:'t', '230102', 'owner')).organ;" |
			towner_psql -v t="$report_text"
	}
	check "$how: the owner stores reports (gd_reports rows for gd_audit and gd_report_of)" load_takeover
	check "$how: the owner renames the extension's schema and plants look-alikes under the old name" \
		towner_psql -c "ALTER SCHEMA gd RENAME TO gd_moved" -c "CREATE SCHEMA gd" -f test/security/plant.sql
	expect_value "$how: every function of the extension is planted, but the type I/O functions (no PL takes or returns cstring or internal)" \
		"" \
		towner_psql -At -c "SELECT string_agg(f, ', ' ORDER BY f) FROM (
		    SELECT p.oid::regprocedure::text AS f FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
		    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure'
		    WHERE NOT (p.proargtypes::oid[] || p.prorettype && ARRAY['cstring'::regtype, 'internal'::regtype]::oid[])
		      AND NOT EXISTS (SELECT 1 FROM pg_proc q WHERE q.pronamespace = 'gd'::regnamespace AND q.proname = p.proname AND q.proargtypes = p.proargtypes)
		    UNION ALL
		    SELECT signature || ' (not planted, but not a type I/O function)' FROM public.gd_not_planted
		    WHERE signature !~ '_(in|out|recv)\(') x"

	# The superuser's side: samples (safe search_path), then the calls.
	check "$how: a superuser builds sample values with the extension's C functions" \
		tsu_psql -v body="$report_text" -f test/security/samples.sql
	expect_value "$how: every function of the extension has a sample call, and every sample names one" "" \
		tsu_psql -At -c "SET search_path = gd_moved, pg_catalog" -c "
		    WITH member AS (
		        SELECT p.proname || '(' || coalesce((SELECT string_agg(format_type(t, NULL), ',' ORDER BY i)
		                                             FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, i)), '') || ')' AS signature
		          FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
		          JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure')
		    SELECT string_agg(x, '; ' ORDER BY x) FROM (
		        SELECT 'no sample for ' || signature AS x FROM member WHERE signature NOT IN (SELECT signature FROM gd_sec_su.samples)
		        UNION ALL
		        SELECT 'sample for a function the extension lacks: ' || signature FROM gd_sec_su.samples WHERE signature NOT IN (SELECT signature FROM member)) m"
	# One statement (or a few) per function, and SELECT * from every view; the
	# names come from the catalogue by OID, so they are the extension's own.
	tsu_psql -At -c "SET search_path = gd_moved, pg_catalog" -c "
	    SELECT replace(replace(replace(s.call, '@f@', quote_ident(n.nspname) || '.' || quote_ident(p.proname)),
	                           '@s@', quote_ident(n.nspname)), '@bin@', '$bin') || ';'
	      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
	      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
	      JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure'
	      JOIN gd_sec_su.samples s ON s.signature = p.proname || '(' || coalesce((SELECT string_agg(format_type(t, NULL), ',' ORDER BY i)
	                                                 FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, i)), '') || ')'
	    UNION ALL
	    SELECT 'SELECT * FROM ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ';'
	      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	      JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
	      JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure'
	     WHERE c.relkind IN ('v', 'm')" > "$work/calls.sql"
	expect_value "$how: the calls cover every function and view of the extension" \
		"$(tsu_psql -At -c "SELECT count(*) FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure' WHERE d.deptype = 'e' AND (d.classid = 'pg_proc'::regclass OR d.classid = 'pg_class'::regclass AND (SELECT relkind FROM pg_class WHERE oid = d.objid) IN ('v', 'm'))")" \
		grep -c '' "$work/calls.sql"
	run_calls() {
		# The planted schema first, before pg_catalog: any name resolved at call
		# time would find a plant.  Every statement runs, even after an error.
		{ echo "SET search_path = gd, pg_catalog;"; cat "$work/calls.sql"; } |
			psql -X -q -b -v ON_ERROR_STOP=0 -d "$tdb" >/dev/null 2>"$work/calls.err"
		if grep -q 'ERROR' "$work/calls.err"; then cat "$work/calls.err"; return 1; fi
	}
	check "$how: a superuser calls every function and selects every view of the extension, without an error" run_calls
	ran="SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM public.gd_planted_ran"
	expect_value "$how: no planted object ran (the evidence sequence, advanced by every run of a plant, reads 0)" "0" \
		tsu_psql -At -c "$ran"
	expect_value "$how: no planted object left a trace in gd_planted_log" "" \
		tsu_psql -At -c "SELECT string_agg(what || ' as ' || by_role, '; ') FROM public.gd_planted_log"
	expect_value "$how: the owner is still not a superuser" "f" \
		tsu_psql -At -c "SELECT rolsuper FROM pg_roles WHERE rolname = '$owner'"
	# The alarm is armed: a planted function, operator, domain and table, used
	# by name, do leave evidence (4 uses, 4 more on the sequence).
	before=$(towner_psql -At -c "$ran")
	towner_psql -c "SELECT gd.gd_region_level('230102')" -c "SELECT 'a'::text OPERATOR(gd.=) 'b'::text" \
		-c "SELECT NULL::gd_moved.gd_appeals::gd.gd_appeals" -c "SELECT CAST('x' AS gd.text)" >/dev/null
	expect_value "$how: the evidence works: a planted function, operator and two domains used by name advance the sequence by 4" \
		"$((before + 4))" towner_psql -At -c "$ran"
	rm -rf "$work"; rm -f "$bin" 2>/dev/null || true
	su_psql -c "DROP DATABASE IF EXISTS $tdb"
}

takeover gd_takeover "fresh install" "CREATE EXTENSION gov_disclosure SCHEMA gd"
takeover gd_takeover_update "0.1.0 updated" \
	"CREATE EXTENSION gov_disclosure VERSION '0.1.0' SCHEMA gd; ALTER EXTENSION gov_disclosure UPDATE"

su_psql -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $owner"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
