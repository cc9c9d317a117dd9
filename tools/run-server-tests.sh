#!/bin/sh
# Runs inside pg_virtualenv (PGHOST, PGPORT, PGUSER, PGPASSWORD point at a
# throwaway cluster): pg_regress, federation over postgres_fdw, BI drivers,
# the loader, the security, DBA and upgrade tests, the README's examples, then the
# pgTAP suites last (their closing "Result:" line ends the run).
set -eu
make installcheck || { cat regression.diffs 2>/dev/null | head -200; exit 1; }

echo "== federation (postgres_fdw, loopback)"
sh test/fdw/run.sh

echo "== BI clients (psycopg2, PgJDBC, psqlODBC)"
sh test/bi/run.sh

echo "== loading: gd_load on every file kind and outcome, stores, history, inbox, RLS"
sh test/load/run.sh

echo "== security (non-superuser owner, hostile search_path)"
sh test/security/run.sh

echo "== DBA: dump/restore, concurrent load, limits"
sh test/dba/run.sh

echo "== upgrade path (0.1.0 → 0.2.0 → current)"
sh test/upgrade/run.sh

echo "== README examples: every SQL and shell block runs, with the output shown"
python3 test/readme/doctest.py

db=gd_pgtap
dropdb --if-exists "$db"
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
	-c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION gov_disclosure'
pg_prove -d "$db" test/pgtap/*.sql
