#!/bin/sh
# Federation test: two province databases and a national one on the same
# cluster (loopback); the national database sums the provinces'
# gd_applications through postgres_fdw with the aggregate pushed down.
#
#   pg_virtualenv -v 15 sh test/fdw/run.sh
#
# Needs gov_disclosure installed system-wide and postgres_fdw (contrib,
# part of postgresql-15). Prints "ok N - ..." / "not ok N - ..." lines,
# "# ..." diagnostics (the Remote SQL observed), and finally
# "N passed, N failed"; exits non-zero if any check failed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)

# Connection of the test itself (pg_virtualenv: PGHOST=localhost, TCP with
# scram-sha-256, PGUSER/PGPASSWORD of a superuser). The FDW connects back
# the same way.
host=${PGHOST:-localhost}
case $host in
    /*) echo "# PGHOST is a socket directory ($host); the FDW and the analyst use localhost (TCP, password)";
        host=localhost ;;
esac
port=$(psql -X -At -d postgres -c 'SHOW port')
user=$(psql -X -At -d postgres -c 'SELECT current_user')
pw=${PGPASSWORD:?PGPASSWORD must be set: the user mappings carry the password (run under pg_virtualenv)}
analyst=gd_fdw_analyst
analyst_pw=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

# --- setup (idempotent within one cluster) ---------------------------------
for db in gd_national gd_prov_a gd_prov_b; do
    admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
done
admin -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS $analyst"
admin -c "CREATE ROLE $analyst LOGIN PASSWORD '$analyst_pw'"   # hex: no quoting issue
for db in gd_national gd_prov_a gd_prov_b; do
    admin -c "CREATE DATABASE $db"
done

# Province A (Jiangsu prefix 32): 200 reports, all 2021-format.
# Province B (Zhejiang prefix 33): 150 reports, the first 12 2019-format.
psql -X -q -v ON_ERROR_STOP=1 -d gd_prov_a -v prov=甲省 -v region=32 -v n=200 -v n2019=0 \
    -v analyst="$analyst" -f "$here/province.sql"
psql -X -q -v ON_ERROR_STOP=1 -d gd_prov_b -v prov=乙省 -v region=33 -v n=150 -v n2019=12 \
    -v analyst="$analyst" -f "$here/province.sql"
psql -X -q -v ON_ERROR_STOP=1 -d gd_national \
    -v host="$host" -v port="$port" -v user="$user" -v pw="$pw" \
    -v analyst="$analyst" -v analyst_pw="$analyst_pw" -f "$here/national.sql"

# --- checks ----------------------------------------------------------------
n=0 passed=0 failed=0
report() {  # report STATUS DESCRIPTION   (STATUS 0 = ok)
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then
        passed=$((passed + 1)); echo "ok $n - $2"
    else
        failed=$((failed + 1)); echo "not ok $n - $2"
    fi
}
nat() { psql -X -q -At -v ON_ERROR_STOP=1 -d gd_national -c "$1" 2>&1; }
diag() { sed 's/^/#   /'; }

# check_true DESCRIPTION SQL   -- SQL yields one boolean, which must be t
check_true() {
    if out=$(nat "$2") && [ "$out" = t ]; then
        report 0 "$1"
    else
        report 1 "$1"; printf '%s\n' "$out" | diag
    fi
}

# plan SQL -- EXPLAIN (VERBOSE, COSTS OFF) of SQL into $plan, Remote SQL lines into $remote
plan() {
    plan=$(nat "${2:-}EXPLAIN (VERBOSE, COSTS OFF) $1") || true
    remote=$(printf '%s\n' "$plan" | grep 'Remote SQL:' | sed 's/^ *//') || true
    printf '%s\n' "$remote" | sed 's/^/# /'
}
count_matching() { printf '%s\n' "$1" | grep -Ec "$2" || true; }

pushed_re='Remote SQL: SELECT .*sum\(applications\)'

# 1. the plain sum is pushed down
plan "SELECT sum(applications) FROM prov_a.gd_reports"
if printf '%s\n' "$remote" | grep -Eq "$pushed_re" &&
   printf '%s\n' "$plan" | head -n 1 | grep -q '^Foreign Scan' &&
   printf '%s\n' "$plan" | grep -q 'Relations: Aggregate on (prov_a.gd_reports)'; then
    report 0 "sum(applications) over prov_a is pushed down (Foreign Scan: Aggregate on prov_a.gd_reports)"
else
    report 1 "sum(applications) over prov_a is pushed down"; printf '%s\n' "$plan" | diag
fi

# 2. ... and so is a GROUP BY year
plan "SELECT year, sum(applications) FROM prov_a.gd_reports GROUP BY year"
if printf '%s\n' "$remote" | grep -Eq "$pushed_re.* GROUP BY " &&
   printf '%s\n' "$plan" | head -n 1 | grep -q '^Foreign Scan'; then
    report 0 "GROUP BY year with sum(applications) is pushed down"
else
    report 1 "GROUP BY year with sum(applications) is pushed down"; printf '%s\n' "$plan" | diag
fi

# The national sum: one pushed-down sum per province, summed again locally
# (sum over sums: the aggregate's combine function, gd_applications_accum).
national_pushed="(SELECT sum(s) FROM (SELECT sum(applications) AS s FROM prov_a.gd_reports
                                       UNION ALL
                                       SELECT sum(applications) FROM prov_b.gd_reports) AS p)"
# The same from raw rows: OFFSET 0 keeps each subquery from being merged into
# the aggregate, so every row's matrix is fetched and summed here.
national_local="(SELECT sum(applications) FROM (
                    (SELECT applications FROM prov_a.gd_reports OFFSET 0)
                    UNION ALL
                    (SELECT applications FROM prov_b.gd_reports OFFSET 0)) AS r)"

# 3. the national query pushes both provinces' sums and combines locally
plan "SELECT ${national_pushed}"
if [ "$(count_matching "$remote" "$pushed_re")" -eq 2 ] &&
   printf '%s\n' "$plan" | grep -Eq '^ *->  Aggregate|^ *Aggregate|InitPlan'; then
    report 0 "national sum: both provinces' sums pushed down, combined locally"
else
    report 1 "national sum: both provinces' sums pushed down, combined locally"; printf '%s\n' "$plan" | diag
fi

# 4. the reference query really fetches rows (else the comparison is vacuous)
plan "SELECT ${national_local}"
if [ "$(count_matching "$remote" 'sum\(')" -eq 0 ] &&
   [ "$(count_matching "$remote" 'Remote SQL: SELECT applications FROM public.gd_reports')" -eq 2 ]; then
    report 0 "reference query fetches raw rows from both provinces (no sum in Remote SQL)"
else
    report 1 "reference query fetches raw rows from both provinces"; printf '%s\n' "$plan" | diag
fi

# 5. pushed-down national sum = sum of the fetched rows, as whole values
check_true "national sum pushed down = sum of fetched rows (whole gd_applications, =)" \
    "SELECT ${national_pushed} = ${national_local}"

# 6. ... = plain SQL per cell (fold to 2019, then sum(int) per cell; sum()
#     of ints also ignores NULLs and is NULL when all are: the same rule)
check_true "national sum pushed down = per-cell sum in plain SQL over gd_cells" \
    "WITH pushed AS (SELECT row_key, column_key, value FROM gd_cells(${national_pushed})),
          plain AS (SELECT c.row_key, c.column_key, sum(c.value)::int AS value
                    FROM (SELECT applications FROM prov_a.gd_reports
                          UNION ALL SELECT applications FROM prov_b.gd_reports) r,
                         gd_cells(gd_to_2019(r.applications)) c
                    GROUP BY 1, 2),
          diff AS ((SELECT * FROM pushed EXCEPT SELECT * FROM plain)
                   UNION ALL (SELECT * FROM plain EXCEPT SELECT * FROM pushed))
     SELECT (SELECT count(*) FROM diff) = 0 AND (SELECT count(*) FROM pushed) = 23 * 7"

# 7. not stated survives the round trip: blank in every report -> blank in the sum
check_true "a cell blank in every report stays not stated in the national sum; a partly blank one is stated" \
    "SELECT gd_cell(s, 'carried_forward', 'research') IS NULL
        AND gd_cell(s, 'carried_over', 'legal_service') = 0
        AND gd_cell(s, 'new_received', 'total') > 0
     FROM ${national_pushed} AS t(s)"

# 8. mixed formats: province sums keep their format, the national one is 2019
check_true "per-province pushed sums: prov_a (all 2021) is 2021, prov_b (some 2019) is 2019" \
    "SELECT (SELECT gd_format(sum(applications)) FROM prov_a.gd_reports) = 2021
        AND (SELECT gd_format(sum(applications)) FROM prov_b.gd_reports) = 2019
        AND (SELECT count(*) FROM prov_b.gd_reports WHERE format = 2019) = 12"
check_true "mixed formats: gd_format(national sum) = 2019" \
    "SELECT gd_format(${national_pushed}) = 2019"
check_true "mixed formats: national other_handling = prov_a's three (六) rows + prov_b's other_handling, > 0" \
    "SELECT gd_cell(${national_pushed}, 'other_handling', 'total')
            = (SELECT gd_cell(sum(applications), 'other_handling', 'total') FROM prov_a.gd_reports)
            + (SELECT gd_cell(sum(applications), 'other_handling', 'total') FROM prov_b.gd_reports)
        AND gd_cell(${national_pushed}, 'other_handling', 'total') > 0"
plan "SELECT sum(s) FROM (SELECT sum(applications) AS s FROM prov_a.gd_reports WHERE year >= 2021
                          UNION ALL SELECT sum(applications) FROM prov_b.gd_reports WHERE year >= 2021) p"
if [ "$(count_matching "$remote" "$pushed_re.*WHERE .*year >= 2021")" -eq 2 ] &&
   out=$(nat "SELECT gd_format(sum(s)) FROM (SELECT sum(applications) AS s FROM prov_a.gd_reports WHERE year >= 2021
              UNION ALL SELECT sum(applications) FROM prov_b.gd_reports WHERE year >= 2021) p") &&
   [ "$out" = 2021 ]; then
    report 0 "years >= 2021 only (filter and sum pushed down): the national sum is 2021-format"
else
    report 1 "years >= 2021 only: the national sum is 2021-format"; printf '%s\n%s\n' "$plan" "${out:-}" | diag
fi

# 9. without extensions 'gov_disclosure' nothing of the extension is shipped
plan "SELECT sum(applications) FROM prov_a_noext.gd_reports"
if [ -n "$remote" ] && [ "$(count_matching "$remote" 'sum\(')" -eq 0 ] &&
   printf '%s\n' "$plan" | head -n 1 | grep -q '^Aggregate'; then
    report 0 "server without extensions 'gov_disclosure': sum NOT pushed down (local Aggregate over fetched rows)"
else
    report 1 "server without extensions 'gov_disclosure': sum NOT pushed down"; printf '%s\n' "$plan" | diag
fi
plan "SELECT year, sum(applications) FROM prov_a_noext.gd_reports GROUP BY year"
check_true "... but the result is the same: sum via prov_a_noext = pushed-down sum via prov_a" \
    "SELECT (SELECT sum(applications) FROM prov_a_noext.gd_reports)
          = (SELECT sum(applications) FROM prov_a.gd_reports)"
check_true "... and the same per year (GROUP BY year, 4 years)" \
    "SELECT count(*) = 4 AND bool_and(l.s = r.s)
     FROM (SELECT year, sum(applications) s FROM prov_a_noext.gd_reports GROUP BY year) l
     FULL JOIN (SELECT year, sum(applications) s FROM prov_a.gd_reports GROUP BY year) r USING (year)"

# 9b. the option also ships the extension's functions in WHERE
plan "SELECT sum(applications) FROM prov_a.gd_reports WHERE gd_is_consistent(applications)"
if printf '%s\n' "$remote" | grep -Eq "$pushed_re.*WHERE .*public\.gd_is_consistent\(applications\)"; then
    report 0 "WHERE gd_is_consistent(applications) is shipped with the sum"
else
    report 1 "WHERE gd_is_consistent(applications) is shipped with the sum"; printf '%s\n' "$plan" | diag
fi
# Shown, not asserted: postgres_fdw (15) keeps a call with text constants
# such as gd_cell(applications, 'granted', 'total') local, because its
# input collation comes from constants and not from a remote column.
echo "# a WHERE on gd_cell(m, 'granted', 'total'):"
plan "SELECT sum(applications) FROM prov_a.gd_reports WHERE gd_cell(applications, 'granted', 'total') > 12"

# 10. sum(gd_appeals) ships the same way
plan "SELECT sum(appeals) FROM prov_b.gd_reports"
if printf '%s\n' "$remote" | grep -Eq 'Remote SQL: SELECT .*sum\(appeals\)'; then
    report 0 "sum(appeals) is pushed down too"
else
    report 1 "sum(appeals) is pushed down too"; printf '%s\n' "$plan" | diag
fi
check_true "national sum(appeals) pushed down = sum of fetched rows" \
    "SELECT (SELECT sum(s) FROM (SELECT sum(appeals) s FROM prov_a.gd_reports
                                 UNION ALL SELECT sum(appeals) FROM prov_b.gd_reports) p)
          = (SELECT sum(appeals) FROM ((SELECT appeals FROM prov_a.gd_reports OFFSET 0)
                                       UNION ALL (SELECT appeals FROM prov_b.gd_reports OFFSET 0)) r)"

# 11. a partitioned national table over the foreign tables: with
#     partitionwise aggregation, a GROUP BY on the partition key is pushed
#     to each province whole
grouped="SELECT region_code, sum(applications) AS s FROM national.gd_reports GROUP BY region_code"
plan "$grouped" "SET enable_partitionwise_aggregate = on; "
if [ "$(count_matching "$remote" "$pushed_re.* GROUP BY ")" -eq 2 ]; then
    report 0 "partitioned national table, GROUP BY region_code: sum pushed down to both partitions"
else
    report 1 "partitioned national table, GROUP BY region_code: sum pushed down to both partitions"; printf '%s\n' "$plan" | diag
fi
check_true "... with the same per-region sums as the per-province tables (34 regions)" \
    "SET enable_partitionwise_aggregate = on;
     SELECT count(*) = 34 AND bool_and(l.s = r.s)
     FROM ($grouped) l
     FULL JOIN (SELECT region_code, sum(applications) s FROM prov_a.gd_reports GROUP BY 1
                UNION ALL SELECT region_code, sum(applications) FROM prov_b.gd_reports GROUP BY 1) r
     USING (region_code)"
# An ungrouped total over the parent would need partial aggregates on the
# remote side, which postgres_fdw does not ship: shown, not asserted.
echo "# ungrouped sum over the partitioned parent (partitionwise on):"
plan "SELECT sum(applications) FROM national.gd_reports" "SET enable_partitionwise_aggregate = on; "
check_true "ungrouped sum over the partitioned national table = national sum" \
    "SET enable_partitionwise_aggregate = on;
     SELECT (SELECT sum(applications) FROM national.gd_reports) = ${national_pushed}"

# 12. async_capable: the provinces' pushed-down sums run concurrently
nat "ALTER SERVER prov_a OPTIONS (ADD async_capable 'true');
     ALTER SERVER prov_b OPTIONS (ADD async_capable 'true')" >/dev/null
plan "SELECT ${national_pushed}"
if [ "$(count_matching "$plan" '^ *->  Async Foreign Scan')" -eq 2 ] &&
   [ "$(count_matching "$remote" "$pushed_re")" -eq 2 ]; then
    report 0 "async_capable 'true': both pushed-down sums run as Async Foreign Scans"
else
    report 1 "async_capable 'true': both pushed-down sums run as Async Foreign Scans"; printf '%s\n' "$plan" | diag
fi
check_true "... with the same national sum as the fetched rows" \
    "SELECT ${national_pushed} = ${national_local}"
nat "ALTER SERVER prov_a OPTIONS (DROP async_capable);
     ALTER SERVER prov_b OPTIONS (DROP async_capable)" >/dev/null

# 13. what a distributed planner (parallel query, partitionwise
#     aggregation, Citus) reads from the catalog
check_true "catalog: both sum()s have a combine function, state = the value type itself (no serial/deserial), parallel safe" \
    "SELECT count(*) = 2
        AND bool_and(a.aggcombinefn <> 0 AND a.aggserialfn = 0 AND a.aggdeserialfn = 0
                     AND a.aggfinalfn = 0 AND a.aggtranstype = p.prorettype
                     AND a.aggtranstype::regtype::text IN ('gd_applications', 'gd_appeals')
                     AND p.proparallel = 's')
     FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
     WHERE p.proname = 'sum'
       AND p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'gov_disclosure')"

# 14. a non-superuser: needs a password in its user mapping
as_analyst() {
    PGUSER=$analyst PGPASSWORD=$analyst_pw PGHOST=$host \
        psql -X -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d gd_national -c "$1" 2>&1
}
if out=$(as_analyst "SELECT (SELECT sum(applications) FROM prov_a.gd_reports)::text") &&
   ref=$(nat "SELECT (SELECT sum(applications) FROM prov_a.gd_reports)::text") &&
   [ -n "$out" ] && [ "$out" = "$ref" ]; then
    report 0 "non-superuser with a password in its user mapping: pushed-down sum, same value"
else
    report 1 "non-superuser with a password in its user mapping"; printf '%s\n' "$out" | diag
fi
if out=$(as_analyst "SELECT sum(applications) FROM prov_b.gd_reports"); then
    report 1 "non-superuser without a password in its user mapping is refused"; printf '%s\n' "$out" | diag
elif printf '%s\n' "$out" | grep -q '2F003: password is required'; then
    report 0 "non-superuser without a password in its user mapping is refused (2F003 password is required)"
    printf '%s\n' "$out" | head -n 2 | diag
else
    report 1 "non-superuser without a password in its user mapping is refused with 2F003"; printf '%s\n' "$out" | diag
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
