#!/bin/sh
# Security test (PostgreSQL's "Security Considerations for Extensions"):
# a database owner WITHOUT superuser installs gov_disclosure (trusted) and
# uses every kind of object with a hostile schema first in search_path.
# The hostile schema holds traps: functions and operators with the names and
# argument types our SQL would use if it resolved anything through
# search_path; each trap raises.  Nothing may reach a trap.
#
#   pg_virtualenv -t -v 15 sh test/security/run.sh
#
# Prints "ok N - …" / "not ok N - …" and a final "N passed, N failed".
set -eu

db=gd_security
owner=gd_sec_owner
passed=0
failed=0

su_psql() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
su_psql -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $owner"
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

expect_value "jsonb round trip of a gd_report (SQL and plpgsql bodies)" "t" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_report(gd.gd_to_jsonb(gd.gd_report_of(g))) OPERATOR(pg_catalog.=) gd.gd_report_of(g) FROM gd.gd_reports g WHERE organ OPERATOR(pg_catalog.=) '甲' AND year OPERATOR(pg_catalog.=) 2023"

expect_value "metrics (SQL bodies with arithmetic and nullif)" "0.75000000000000000000|0.63636363636363636364|0.00000000000000000000|0.80000000000000000000" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_disclosure_rate(applications), gd.gd_review_correction_rate(appeals), gd.gd_litigation_loss_rate(appeals), gd.gd_dispute_rate(applications, appeals) FROM gd.gd_reports WHERE organ OPERATOR(pg_catalog.=) '甲' AND year OPERATOR(pg_catalog.=) 2023"

expect_value "region helpers (regex, substr, array_position)" "county|230100|230000" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_region_level('230102'), gd.gd_region_parent('230102'), gd.gd_region_at('230102', 'province')"

expect_value "sum, gd_table, gd_cells, gd_render, gd_parse_diagnostics" "20|t|175|红旗区人民政府|0" \
	owner_psql -At -c "$HOSTILE" -c "SELECT gd.gd_cell(gd.sum(applications), 'new_received', 'total'), (SELECT count(*) OPERATOR(pg_catalog.=) 25 FROM gd.gd_table(gd.sum(applications))), (SELECT count(*) FROM gd.gd_cells((SELECT applications FROM gd.gd_reports LIMIT 1))), (gd.gd_parse_report(gd.gd_render(gd.gd_report_of((SELECT g FROM gd.gd_reports g WHERE organ OPERATOR(pg_catalog.=) '红旗区人民政府'))))).organ, (SELECT count(*) FROM gd.gd_parse_diagnostics('') WHERE severity OPERATOR(pg_catalog.=) 'note') FROM gd.gd_reports WHERE year OPERATOR(pg_catalog.=) 2023"

check "the CHECK constraints of gd_reports still reject bad years and formats" \
	owner_psql -c "$HOSTILE" -c "DO \$\$ BEGIN INSERT INTO gd.gd_reports (organ, year) VALUES ('x', 1999); RAISE 'accepted'; EXCEPTION WHEN check_violation THEN NULL; END \$\$"

check "a superuser-only function is not reachable: the owner cannot read server files through us" \
	owner_psql -c "DO \$\$ BEGIN PERFORM pg_read_file('/etc/passwd'); RAISE 'read'; EXCEPTION WHEN insufficient_privilege THEN NULL; END \$\$"

check "DROP EXTENSION as the owner" owner_psql -c "DROP EXTENSION gov_disclosure CASCADE"

su_psql -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $owner"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
