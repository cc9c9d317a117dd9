#!/bin/sh
# test/fuzz/run.sh [SECONDS] — build the libFuzzer targets with ASan+UBSan:
# fuzz_parse (report text), fuzz_io (text and JSON forms), fuzz_compact
# (the stored form).
#
#   FUZZ_REPLAY=1 sh test/fuzz/run.sh     (make test) run every committed
#       corpus input once, and nothing else: the same inputs on every
#       machine, so CI cannot turn red on a mutation nobody has seen.
#   sh test/fuzz/run.sh 600                (make fuzz) explore for SECONDS per
#       target; new finds go to $FUZZ_OUT (default test/fuzz/build).  Add
#       each crash to the corpus once it is fixed, so replay keeps it fixed.
#
# Fails on any crash, leak, UB or broken round trip.  Run from the
# repository root.  Needs clang with libFuzzer (Debian: clang,
# libclang-rt-14-dev).
set -eu
SECS=${1:-30}
CC=${CLANG:-clang}
OUT=${FUZZ_OUT:-test/fuzz/build}
mkdir -p "$OUT" "$OUT/corpus_parse" "$OUT/corpus_io" "$OUT/corpus_compact"
FLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc"
CORE="src/core/*.c src/core/parse/*.c"
$CC $FLAGS -o "$OUT/fuzz_parse" test/fuzz/fuzz_parse.c $CORE
$CC $FLAGS -o "$OUT/fuzz_io" test/fuzz/fuzz_io.c $CORE
$CC $FLAGS -o "$OUT/fuzz_compact" test/fuzz/fuzz_compact.c $CORE
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
if [ "${FUZZ_REPLAY:-0}" = 1 ]; then
	# -runs=0 executes the given corpus inputs and stops
	"$OUT/fuzz_parse" -runs=0 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$OUT/" \
		test/fuzz/corpus_parse test/data || status=1
	"$OUT/fuzz_io" -runs=0 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$OUT/" \
		test/fuzz/corpus_io || status=1
	"$OUT/fuzz_compact" -runs=0 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$OUT/" \
		test/fuzz/corpus_compact || status=1
	if [ $status -ne 0 ]; then echo "fuzz replay: FAILED (artifacts in $OUT)"; exit 1; fi
	echo "fuzz replay: clean ($(ls test/fuzz/corpus_parse test/data | wc -l) parse inputs, $(ls test/fuzz/corpus_io | wc -l) io inputs, $(ls test/fuzz/corpus_compact | wc -l) stored-form inputs)"
	exit 0
fi
# seed corpora are read-only inputs (the bundled reports in test/data as
# they are, corpus_parse the inputs found before); new finds go to $OUT
"$OUT/fuzz_parse" -max_total_time="$SECS" -max_len=200000 -timeout=10 -rss_limit_mb=2048 \
	-artifact_prefix="$OUT/" "$OUT/corpus_parse" test/fuzz/corpus_parse test/data || status=1
"$OUT/fuzz_io" -max_total_time="$SECS" -max_len=20000 -timeout=10 -rss_limit_mb=2048 \
	-artifact_prefix="$OUT/" "$OUT/corpus_io" test/fuzz/corpus_io || status=1
"$OUT/fuzz_compact" -max_total_time="$SECS" -max_len=2000 -timeout=10 -rss_limit_mb=2048 \
	-artifact_prefix="$OUT/" "$OUT/corpus_compact" test/fuzz/corpus_compact || status=1
if [ $status -ne 0 ]; then echo "fuzz: FAILED (artifacts in $OUT)"; exit 1; fi
echo "fuzz: clean (at most $SECS s each)"
