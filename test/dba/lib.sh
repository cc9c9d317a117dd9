# Shared helpers for the DBA tests (sourced, POSIX sh).
#
# Each script prints "ok N - ..." / "not ok N - ..." lines, "# ..."
# diagnostics, and ends with "N passed, N failed" (finish), exiting non-zero
# when anything failed. Connection: PGHOST/PGPORT/PGUSER/PGPASSWORD as set by
# pg_virtualenv.

n=0 passed=0 failed=0

report() {  # report STATUS DESCRIPTION   (STATUS 0 = ok)
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then
        passed=$((passed + 1)); echo "ok $n - $2"
    else
        failed=$((failed + 1)); echo "not ok $n - $2"
    fi
}

diag() { sed 's/^/#   /'; }

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# q DB SQL -- one statement (or several), unaligned, tuples only; stops at the first error
q() {
    _db=$1; shift
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$_db" -c "$1" 2>&1
}

# check_eq DESCRIPTION EXPECTED DB SQL -- SQL's output must equal EXPECTED
check_eq() {
    if _out=$(q "$3" "$4") && [ "$_out" = "$2" ]; then
        report 0 "$1"
    else
        report 1 "$1"
        { echo "expected: $2"; echo "got:"; printf '%s\n' "$_out"; } | diag
    fi
}

# check_true DESCRIPTION DB SQL -- SQL yields one boolean, which must be t
check_true() { check_eq "$1" t "$2" "$3"; }

# check_sqlstate DESCRIPTION SQLSTATE DB SQL [PATTERN]
#   SQL must fail with SQLSTATE; if PATTERN is given, the error text must
#   match it (grep -E).
check_sqlstate() {
    _out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$3" \
        -c '\set VERBOSITY verbose' -c "$4" 2>&1) && _rc=0 || _rc=$?
    if [ "$_rc" -ne 0 ] && printf '%s\n' "$_out" | grep -q "ERROR:  $2:" &&
        { [ -z "${5:-}" ] || printf '%s\n' "$_out" | grep -Eq "$5"; }; then
        report 0 "$1"
        printf '%s\n' "$_out" | grep "ERROR:" | head -1 | diag
    else
        report 1 "$1"
        { echo "expected SQLSTATE $2${5:+ matching /$5/}; got (exit $_rc):"; printf '%s\n' "$_out"; } | diag
    fi
}

# check_cmd DESCRIPTION COMMAND... -- the command must exit 0 (its output shown on failure)
check_cmd() {
    _d=$1; shift
    if _out=$("$@" 2>&1); then
        report 0 "$_d"
    else
        report 1 "$_d"; printf '%s\n' "$_out" | tail -30 | diag
    fi
}

admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

fresh_db() {  # fresh_db NAME -- drop if present, create
    admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
    admin -c "CREATE DATABASE $1"
}

drop_db() {
    admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
}
