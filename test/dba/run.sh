#!/bin/sh
# The DBA tests in sequence: dump/restore, concurrency (pgbench), limits.
#
#   pg_virtualenv -t -v 15 sh test/dba/run.sh
#
# Each script's output is shown as it runs; the last line is the combined
# "N passed, N failed". Exits non-zero if any script failed or did not end
# with its own summary line.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp "${TMPDIR:-/tmp}/gd_dba_run.XXXXXX")
trap 'rm -f "$out"' EXIT

passed=0 failed=0 broken=""
for t in dump_restore concurrency limits; do
    echo "== $t"
    sh "$here/$t.sh" 2>&1 | tee "$out" || true
    # tee's status is what set -e sees; the script's own result is its summary line
    summary=$(tail -1 "$out")
    case $summary in
        *" passed, "*" failed")
            p=${summary%% passed*}; f=${summary#*passed, }; f=${f%% failed}
            passed=$((passed + p)); failed=$((failed + f))
            [ "$f" -eq 0 ] || broken="$broken $t" ;;
        *)
            echo "not ok - $t ended without its summary line"
            failed=$((failed + 1)); broken="$broken $t" ;;
    esac
done
[ -z "$broken" ] || echo "# failed:$broken"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
