#!/bin/sh
# BI client tests: real client drivers from Debian's packages read the
# extension's set-returning functions, the gd_audit view and the custom-typed
# columns, and must see plain standard column types.
#
#   pg_virtualenv -t -v 15 sh test/bi/run.sh
#
# Runs inside a throwaway cluster (PGHOST, PGPORT, PGUSER, PGPASSWORD set by
# pg_virtualenv) with gov_disclosure installed system-wide.  Creates its own
# database, loads fixture.sql, then runs three clients:
#   test_psycopg.py  python3 + psycopg2           (python3-psycopg2)
#   TestJdbc.java    PgJDBC, compiled here         (libpostgresql-jdbc-java, default-jdk-headless)
#   test_odbc.c      unixODBC + psqlODBC, compiled (unixodbc-dev, odbc-postgresql, gcc)
# Each prints TAP-style "ok N - …" / "not ok N - …" lines; the last line of
# this script is "N passed, N failed" over all three, and it exits non-zero
# on any failure.  The packages come from tools/install-deps.sh.
# GD_BI_CLIENTS="psycopg2 jdbc odbc" picks clients; GD_BI_DB names the database.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
db=${GD_BI_DB:-gd_bi_test}
port=${PGPORT:-5432}
# JDBC and ODBC connect over TCP; a socket directory in PGHOST means the
# cluster's TCP address is localhost (pg_virtualenv listens there too).
case ${PGHOST:-} in
	'' | /*) tcp_host=localhost ;;
	*) tcp_host=$PGHOST ;;
esac
export GD_BI_DB="$db" GD_BI_HOST="$tcp_host" GD_BI_PORT="$port"

python=/usr/bin/python3          # Debian's, which python3-psycopg2 is built for
jar=/usr/share/java/postgresql.jar
odbc_driver=$(dpkg -L odbc-postgresql 2>/dev/null | grep '/psqlodbcw\.so$' | head -n 1 || true)
export GD_BI_ODBC_DRIVER="${odbc_driver:-/usr/lib/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)/odbc/psqlodbcw.so}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gd_bi.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

total_pass=0
total_fail=0

# A database of our own with the fixture; if that fails nothing else can run.
if ! { PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$db" >/dev/null &&
	createdb "$db" &&
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$here/fixture.sql" >/dev/null; }; then
	echo "not ok - create database $db and load fixture.sql"
	echo "0 passed, 1 failed"
	exit 1
fi

# run_client NAME COMMAND...: run one client, echo its output, add up its
# "ok" and "not ok" lines; a client that exits non-zero without reporting a
# failure (crash, compile error) counts as one failure.
run_client() {
	name=$1
	shift
	echo "# --- $name"
	if "$@" >"$tmp/$name.out" 2>&1; then rc=0; else rc=$?; fi
	cat "$tmp/$name.out"
	p=$(grep -c '^ok ' "$tmp/$name.out" || true)
	f=$(grep -c '^not ok ' "$tmp/$name.out" || true)
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name: exited with status $rc without reporting a failure"
		f=1
	fi
	if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name: made no assertions"
		f=1
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
}

psycopg() {
	PYTHONIOENCODING=utf-8 "$python" "$here/test_psycopg.py" "$db"
}

jdbc() {
	javac -encoding UTF-8 -d "$tmp/jdbc" -cp "$jar" "$here/TestJdbc.java" &&
		java -Dfile.encoding=UTF-8 -cp "$tmp/jdbc:$jar" TestJdbc
}

odbc() {
	gcc -std=c99 -O1 -Wall -Wextra -Werror -o "$tmp/test_odbc" "$here/test_odbc.c" -lodbc &&
		"$tmp/test_odbc"
}

for client in ${GD_BI_CLIENTS:-psycopg2 jdbc odbc}; do
	case $client in
		psycopg2) run_client psycopg2 psycopg ;;
		jdbc) run_client jdbc jdbc ;;
		odbc) run_client odbc odbc ;;
		*) echo "not ok - unknown client $client"; total_fail=$((total_fail + 1)) ;;
	esac
done

PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$db" >/dev/null || true
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
