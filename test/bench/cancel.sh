#!/bin/sh
# test/bench/cancel.sh — how soon a parse stops when cancelled.  Part of the
# benchmark, not a test: it asserts nothing about time.
#
# For each adversarial report text (about 40 MB, the shapes test_limits
# uses: repeated row labels inside a table, a long run of digits, deep and
# wide HTML), it times in one session, with psql's \timing:
#   - a whole gd_parse_diagnostics of it,
#   - the same under statement_timeout = 100 ms,
# and prints a Markdown table; the latency is the time the cancelled parse
# ran past its 100 ms.  Runs against the server psql reaches (run.sh's).
set -eu

PSQL="psql -X -q -v ON_ERROR_STOP=1"
MB=${CANCEL_MB:-40}

$PSQL -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION IF NOT EXISTS gov_disclosure' \
	-c 'DROP TABLE IF EXISTS bench_adversarial'
$PSQL -v mb="$MB" <<'SQL'
CREATE UNLOGGED TABLE bench_adversarial (shape text, body text);
ALTER TABLE bench_adversarial ALTER body SET STORAGE EXTERNAL;  -- no compression: read as stored
INSERT INTO bench_adversarial
SELECT shape, left(head || repeat(unit, (:mb * 1000000 / octet_length(unit))::int), :mb * 1000000)
FROM (VALUES
  ('row labels repeated inside table 三', E'三、收到和处理政府信息公开申请情况\n', E'（一）予以公开 1 1 1 1 1 1 6\n'),
  ('one run of digits', E'三、收到和处理政府信息公开申请情况\n', '1234567890'),
  ('deep HTML', '<html><body>', '<div>'),
  ('wide HTML table', '<html><body><table>', '<tr><td>予以公开</td><td>1</td><td>2</td></tr>')
) v(shape, head, unit);
SQL

# the milliseconds psql reports for one statement (it reports them on an error too)
timed() {	# shape, timeout ms (0 = none), query
	printf '%s\n' "SET statement_timeout = $2;" '\timing on' "$3" |
		psql -X -q -v shape="$1" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1
}

echo
echo "## Cancelling a parse (statement_timeout = 100 ms)"
echo
echo "Adversarial texts of $MB MB each, stored uncompressed; one session, one core."
echo
echo '| text | whole parse ms | cancelled after ms | past the timeout ms |'
echo '|---|---:|---:|---:|'
$PSQL -At -c 'SELECT shape FROM bench_adversarial ORDER BY shape' | while IFS= read -r shape; do
	sel="FROM bench_adversarial WHERE shape = :'shape'"
	timed "$shape" 0 "SELECT octet_length(body || '') $sel;" >/dev/null	# warm the cache
	whole_ms=$(timed "$shape" 0 "SELECT count(*) FROM (SELECT body $sel) b, gd_parse_diagnostics(b.body);")
	cancel_ms=$(timed "$shape" 100 "SELECT count(*) FROM (SELECT body $sel) b, gd_parse_diagnostics(b.body);")
	past=$(awk -v c="$cancel_ms" 'BEGIN { printf "%.1f", c - 100 }')
	echo "| $shape | $whole_ms | $cancel_ms | $past |"
done
$PSQL -c 'DROP TABLE bench_adversarial'
