#!/bin/sh
# test/fuzz/run.sh [SECONDS] — build the libFuzzer targets with ASan+UBSan and
# run each for SECONDS (default 30); fails on any crash, leak or UB.
# Run from the repository root.  Needs clang with libFuzzer (Debian: clang,
# libclang-rt-14-dev).
set -eu
SECS=${1:-30}
# Reproducible runs (make test): a fixed seed and a fixed number of runs per
# target, over the committed seed corpus only, so CI replays exactly what was
# run before committing; the time limit then only caps a slow machine.
# Exploratory runs (make fuzz): no seed, no run limit, the time decides.
EXTRA_PARSE=""
EXTRA_IO=""
if [ -n "${FUZZ_SEED:-}" ]; then
	EXTRA_PARSE="-seed=$FUZZ_SEED"
	EXTRA_IO="-seed=$FUZZ_SEED"
fi
[ -n "${FUZZ_RUNS_PARSE:-}" ] && EXTRA_PARSE="$EXTRA_PARSE -runs=$FUZZ_RUNS_PARSE"
[ -n "${FUZZ_RUNS_IO:-}" ] && EXTRA_IO="$EXTRA_IO -runs=$FUZZ_RUNS_IO"
CC=${CLANG:-clang}
OUT=${FUZZ_OUT:-test/fuzz/build}
mkdir -p "$OUT" "$OUT/corpus_parse" "$OUT/corpus_io"
FLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc"
CORE="src/gd_layout.c src/gd_error.c src/gd_matrix.c src/gd_check.c src/gd_io.c src/gd_render.c"
$CC $FLAGS -o "$OUT/fuzz_parse" test/fuzz/fuzz_parse.c $CORE src/gd_parse*.c
$CC $FLAGS -o "$OUT/fuzz_io" test/fuzz/fuzz_io.c $CORE
status=0
# seed corpora are read-only inputs (the bundled reports in test/data as
# they are, corpus_parse the same with their header blocks stripped and
# inputs found before); new finds go to $OUT
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	"$OUT/fuzz_parse" $EXTRA_PARSE -max_total_time="$SECS" -max_len=200000 -timeout=10 -rss_limit_mb=2048 \
	-artifact_prefix="$OUT/" "$OUT/corpus_parse" test/fuzz/corpus_parse test/data || status=1
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	"$OUT/fuzz_io" $EXTRA_IO -max_total_time="$SECS" -max_len=20000 -timeout=10 -rss_limit_mb=2048 \
	-artifact_prefix="$OUT/" "$OUT/corpus_io" test/fuzz/corpus_io || status=1
if [ $status -ne 0 ]; then echo "fuzz: FAILED (artifacts in $OUT)"; exit 1; fi
echo "fuzz: clean (${FUZZ_SEED:+seed $FUZZ_SEED, }at most $SECS s each)"
