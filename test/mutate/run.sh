#!/bin/sh
# test/mutate/run.sh [--check] [ID ...] — mutation testing of the pure core.
#
# Each mutation of test/mutate/catalogue.txt (a file, an exact snippet that
# must occur there exactly once, its replacement, the bug it stands for) is
# applied alone to a fresh copy of the working tree, which is then put
# through the layers of `make test` in turn until one fails:
#
#   1 unit     make unit's tests, in its order (each core file compiled
#              once with make unit's flags; a mutant recompiles its file)
#   2 fuzz     the fuzz corpus replayed (FUZZ_REPLAY=1 sh test/fuzz/run.sh,
#              linked from core objects compiled once with its flags)
#   3 browser  the audit page in headless Chromium (test/browser/run.sh)
#   4 server   make all, then under flock /tmp/gd-server.lock make install
#              and tools/run-server-tests.sh in pg_virtualenv; only for
#              mutants that survive layers 1-3
#
# First the unmutated tree must pass every layer (the control).  A mutant
# is killed by the first layer that fails, or survives all of them.  A
# mutant that does not compile is invalid, and a snippet that no longer
# occurs exactly once stops the run before it starts: the catalogue is
# wrong and must be fixed (neither is ever counted as killed).  The run
# ends with the kill rate of layer 1, of layers 1-2, 1-3 and 1-4 over the
# valid mutants.
#
#   --check            only validate the catalogue (fields, unique ids,
#                      snippets found exactly once, every core file covered)
#   ID ...             run only these mutations
#   MUTATE_SERVER=0    skip layer 4 (survivors of 1-3 are reported as such)
#   MUTATE_MIN_KILL=95 exit non-zero below this kill rate (%) of the last
#                      layer run; also non-zero for any invalid mutant
#   MUTATE_OUT=dir     where logs and results.tsv go (default: a new
#                      directory under /tmp, printed at the start)
#   MUTATE_TIMEOUT=300 seconds a layer may take (a hang counts as killed);
#                      the server layer, which may wait for the lock, 3600
#
# Run from anywhere; needs git, tar, a C compiler, clang with libFuzzer for
# layer 2, chromium for layer 3 and the PostgreSQL server packages for
# layer 4 (make deps).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CATALOGUE=${MUTATE_CATALOGUE:-$ROOT/test/mutate/catalogue.txt}
SERVER=${MUTATE_SERVER:-1}
MIN_KILL=${MUTATE_MIN_KILL:-95}
TIMEOUT=${MUTATE_TIMEOUT:-300}
SERVER_TIMEOUT=${MUTATE_SERVER_TIMEOUT:-3600}
PG_MAJOR=${PG_MAJOR:-15}
LOCK=/tmp/gd-server.lock
US=$(printf '\037')

die()
{
	echo "mutate: $*" >&2
	exit 2
}

CHECK_ONLY=0
if [ "${1:-}" = --check ]; then
	CHECK_ONLY=1
	shift
fi
[ -f "$CATALOGUE" ] || die "no catalogue at $CATALOGUE"

# ------------------------------------------------------------- catalogue

# The catalogue as one record a line: id, file, bug, find, replace, joined
# by the unit separator.  Entries are blocks of "key: value" lines.
records()
{
	LC_ALL=C awk -v us="$US" '
		function flush() {
			if (n == 0)
				return
			for (k = 1; k <= 5; k++)
				if (!(key[k] in v)) {
					printf "catalogue line %d: entry \"%s\" has no %s:\n", start, v["id"], key[k] > "/dev/stderr"
					bad = 1
				}
			printf "%s%s%s%s%s%s%s%s%s\n", v["id"], us, v["file"], us, v["bug"], us, v["find"], us, v["replace"]
			split("", v)
			n = 0
		}
		BEGIN { split("id file bug find replace", key, " ") }
		/^#/ { next }
		/^[ \t]*$/ { flush(); next }
		{
			if (n == 0)
				start = NR
			n++
			c = index($0, ":")
			if (c == 0) {
				printf "catalogue line %d: expected \"key: value\"\n", NR > "/dev/stderr"
				bad = 1
				next
			}
			k = substr($0, 1, c - 1)
			val = substr($0, c + 1)
			sub(/^[ \t]+/, "", val)
			if (k != "id" && k != "file" && k != "bug" && k != "find" && k != "replace") {
				printf "catalogue line %d: unknown key \"%s\"\n", NR, k > "/dev/stderr"
				bad = 1
			}
			if (k in v) {
				printf "catalogue line %d: \"%s\" given twice in one entry\n", NR, k > "/dev/stderr"
				bad = 1
			}
			v[k] = val
		}
		END { flush(); exit bad }
	' "$CATALOGUE"
}

# How often snippet $2 occurs in file $1 (overlapping occurrences count).
occurrences()
{
	GD_FIND=$2 LC_ALL=C awk '
		BEGIN { f = ENVIRON["GD_FIND"] }
		{ text = text $0 "\n" }
		END {
			n = 0
			while (f != "" && (i = index(text, f)) > 0) {
				n++
				text = substr(text, i + 1)
			}
			print n
		}
	' "$1"
}

# Replace the one occurrence of $2 in file $1 by $3.
apply()
{
	GD_FIND=$2 GD_REPLACE=$3 LC_ALL=C awk '
		BEGIN { f = ENVIRON["GD_FIND"]; r = ENVIRON["GD_REPLACE"] }
		{ text = text $0 "\n" }
		END {
			i = index(text, f)
			printf "%s%s%s", substr(text, 1, i - 1), r, substr(text, i + length(f))
		}
	' "$1" > "$1.mutant"
	mv "$1.mutant" "$1"
}

TABLE=$(mktemp)
trap 'rm -f "$TABLE"' EXIT
records > "$TABLE" || die "the catalogue is malformed (see above)"

problems=0
ids=""
while IFS=$US read -r id file bug find replace; do
	case " $ids " in
	*" $id "*) echo "mutate: duplicate id $id" >&2; problems=$((problems + 1)) ;;
	esac
	ids="$ids $id"
	if [ ! -f "$ROOT/$file" ]; then
		echo "mutate: $id: no file $file" >&2
		problems=$((problems + 1))
		continue
	fi
	if [ "$find" = "$replace" ]; then
		echo "mutate: $id: the replacement equals the snippet" >&2
		problems=$((problems + 1))
	fi
	n=$(occurrences "$ROOT/$file" "$find")
	if [ "$n" != 1 ]; then
		echo "mutate: $id: the snippet occurs $n times in $file (must be exactly once): $find" >&2
		problems=$((problems + 1))
	fi
done < "$TABLE"

# every file of the pure core carries at least one mutation
for f in $(cd "$ROOT" && ls src/core/*.c src/core/parse/*.c); do
	if ! awk -F "$US" -v f="$f" '$2 == f { found = 1 } END { exit !found }' "$TABLE"; then
		echo "mutate: no mutation of $f in the catalogue" >&2
		problems=$((problems + 1))
	fi
done
[ "$problems" = 0 ] || die "$problems problem(s) in $CATALOGUE"

echo "catalogue: $(wc -l < "$TABLE") mutations"
awk -F "$US" '{ n[$2]++ } END { for (f in n) printf "  %3d  %s\n", n[f], f }' "$TABLE" | sort -k2
[ "$CHECK_ONLY" = 0 ] || exit 0

if [ $# -gt 0 ]; then
	for want in "$@"; do
		awk -F "$US" -v id="$want" '$1 == id { found = 1 } END { exit !found }' "$TABLE" ||
			die "no mutation with id $want"
	done
fi

# ------------------------------------------------------------------- run

OUT=${MUTATE_OUT:-$(mktemp -d /tmp/gd-mutate.XXXXXX)}
mkdir -p "$OUT"
echo "logs and results.tsv in $OUT"
RESULTS=$OUT/results.tsv
printf 'id\tfile\tresult\tlayer\tbug\n' > "$RESULTS"
TREE=$OUT/tree
CACHE=$OUT/cache

# What make unit builds and how, from the Makefile itself.
mkvar()
{
	make -s -C "$ROOT" --no-print-directory \
		--eval='gd-print-%: ; @echo $($*)' "gd-print-$1"
}
UNIT_CFLAGS=$(mkvar UNIT_CFLAGS)
UNIT_TESTS=$(mkvar UNIT_TESTS)
CORE_SRCS=$(mkvar CORE_SRCS)
CC=${CC:-cc}
# The fuzz targets' flags, from test/fuzz/run.sh itself.
FUZZ_FLAGS=$(sed -n 's/^FLAGS="\(.*\)"$/\1/p' "$ROOT/test/fuzz/run.sh")
CLANG=${CLANG:-clang}
[ -n "$UNIT_CFLAGS" ] && [ -n "$UNIT_TESTS" ] && [ -n "$CORE_SRCS" ] ||
	die "cannot read UNIT_CFLAGS, UNIT_TESTS or CORE_SRCS from the Makefile"
[ -n "$FUZZ_FLAGS" ] || die "cannot read FLAGS from test/fuzz/run.sh"

# A fresh copy of the working tree: tracked and untracked files, nothing
# that git ignores (build products).
copy_tree()
{
	rm -rf "$TREE"
	mkdir -p "$TREE"
	(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
		tar --null -T - --ignore-failed-read -cf -) | tar -xf - -C "$TREE"
}

# The object of a core source: src/core/parse/rows.c -> src_core_parse_rows.o
obj()
{
	echo "$1" | sed 's#/#_#g; s#\.c$#.o#'
}

# Make unit compiles every core file into every test binary: 20 tests ×
# 30 files, minutes per mutant.  Here each file is compiled once, with the
# same flags (for the unit tests and, with test/fuzz/run.sh's flags, for
# the fuzz targets), and a mutant recompiles only the file it changes; the
# tests, their order and the fuzz replay are make test's own.
build_cache()
{
	rm -rf "$CACHE"
	mkdir -p "$CACHE/unit" "$CACHE/fuzz" "$CACHE/main"
	(
		cd "$TREE"
		for f in $CORE_SRCS; do
			$CC $UNIT_CFLAGS -c "$f" -o "$CACHE/unit/$(obj "$f")" || exit 1
			$CLANG $FUZZ_FLAGS -c "$f" -o "$CACHE/fuzz/$(obj "$f")" || exit 1
		done
		for t in $UNIT_TESTS; do
			$CC $UNIT_CFLAGS -c "$t.c" -o "$CACHE/main/$(obj "$t.c")" || exit 1
		done
	) > "$OUT/cache.log" 2>&1 || die "the unmutated tree does not compile (see $OUT/cache.log)"
}

# stage FILE: the objects of this tree in $OUT/objs, FILE's (mutated) ones
# freshly compiled; fails when FILE does not compile.
stage()
{
	rm -rf "$OUT/objs"
	mkdir -p "$OUT/objs/unit" "$OUT/objs/fuzz"
	cp "$CACHE"/unit/*.o "$OUT/objs/unit/"
	cp "$CACHE"/fuzz/*.o "$OUT/objs/fuzz/"
	[ -n "$1" ] || return 0
	(cd "$TREE" && $CC $UNIT_CFLAGS -c "$1" -o "$OUT/objs/unit/$(obj "$1")" &&
		$CLANG $FUZZ_FLAGS -c "$1" -o "$OUT/objs/fuzz/$(obj "$1")")
}

# The unit layer as make unit runs it: each test linked (from the staged
# objects), then each run in turn, the first failure ending the layer.
cat > "$OUT/unit.sh" <<UNIT
set -e
for t in $UNIT_TESTS; do
	$CC $UNIT_CFLAGS -o "\$t" "$CACHE/main/\$(echo "\$t.c" | sed 's#/#_#g; s#\.c\$#.o#')" "$OUT"/objs/unit/*.o
done
for t in $UNIT_TESTS; do echo "== \$t"; ./\$t; done
UNIT

# layer LOG COMMAND…: runs the command in the tree for at most $limit
# seconds; 0 = it passed.
layer()
{
	(cd "$TREE" && shift && timeout "$limit" "$@") < /dev/null > "$1" 2>&1
}

# through LOG: the staged tree through make test's layers in turn; sets
# failed_at to the first layer that fails (unit, fuzz, browser, server) or
# to "-" when none does.  Only the server layer takes the lock, and only
# for the install and the suites (the build runs outside it).
server_ran=0
through()
{
	limit=$TIMEOUT
	if ! layer "$1.unit.log" sh "$OUT/unit.sh"; then
		failed_at=unit
	elif ! layer "$1.fuzz.log" env FUZZ_REPLAY=1 FUZZ_OUT="$OUT/fuzz" \
		FUZZ_CORE="$(echo "$OUT"/objs/fuzz/*.o)" sh test/fuzz/run.sh; then
		failed_at=fuzz
	elif ! layer "$1.browser.log" sh test/browser/run.sh; then
		failed_at=browser
	elif [ "$SERVER" = 0 ]; then
		failed_at="-"
	else
		server_ran=1
		limit=$SERVER_TIMEOUT
		if ! layer "$1.server.log" sh -c "make -s all && flock $LOCK sh -c \
			'make -s install && pg_virtualenv -t -v $PG_MAJOR sh tools/run-server-tests.sh'"; then
			failed_at=server
		else
			failed_at="-"
		fi
	fi
	rm -rf "$OUT/fuzz"
}

# The control: the tree as it is must pass every layer, or each mutant
# would look killed.
copy_tree
build_cache
stage ""
through "$OUT/control"
if [ "$failed_at" != "-" ]; then
	echo "mutate: the unmutated tree fails layer $failed_at (see $OUT/control.$failed_at.log)" >&2
	exit 2
fi
echo "control: the unmutated tree passes every layer"

total=0
invalid=0
k1=0
k2=0
k3=0
k4=0
survived=0
while IFS=$US read -r id file bug find replace; do
	if [ $# -gt 0 ]; then
		case " $* " in *" $id "*) ;; *) continue ;; esac
	fi
	total=$((total + 1))
	log=$OUT/$id
	copy_tree
	apply "$TREE/$file" "$find" "$replace"
	if ! stage "$file" < /dev/null > "$log.build.log" 2>&1; then
		result=INVALID
		at=build
		invalid=$((invalid + 1))
	else
		through "$log"
		at=$failed_at
		case $at in
		unit) result=killed; k1=$((k1 + 1)) ;;
		fuzz) result=killed; k2=$((k2 + 1)) ;;
		browser) result=killed; k3=$((k3 + 1)) ;;
		server) result=killed; k4=$((k4 + 1)) ;;
		*) result=SURVIVED; survived=$((survived + 1)) ;;
		esac
	fi
	printf '%-34s %-36s %-8s %s\n' "$id" "$file" "$result" "$at"
	printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$file" "$result" "$at" "$bug" >> "$RESULTS"
done < "$TABLE"

# The shared install must not keep the last mutant: put the tree back.
if [ "$server_ran" = 1 ]; then
	copy_tree
	(cd "$TREE" && make -s all && flock "$LOCK" make -s install) > "$OUT/reinstall.log" 2>&1 ||
		echo "mutate: reinstalling the unmutated extension failed (see $OUT/reinstall.log)" >&2
fi
rm -rf "$TREE" "$CACHE" "$OUT/objs"

valid=$((total - invalid))
rate()
{
	if [ "$valid" = 0 ]; then echo "n/a"; else awk -v k="$1" -v n="$valid" 'BEGIN { printf "%.1f %%", 100 * k / n }'; fi
}
echo
echo "mutations: $total, invalid (do not compile): $invalid, valid: $valid"
echo "killed by layer 1 (make unit):                $k1 / $valid = $(rate $k1)"
echo "killed by layers 1-2 (+ fuzz replay):         $((k1 + k2)) / $valid = $(rate $((k1 + k2)))"
echo "killed by layers 1-3 (+ browser, no server):  $((k1 + k2 + k3)) / $valid = $(rate $((k1 + k2 + k3)))"
if [ "$SERVER" = 0 ]; then
	echo "layer 4 (server suites): not run (MUTATE_SERVER=0)"
	last=$((k1 + k2 + k3))
else
	echo "killed by layers 1-4 (everything make test runs): $((k1 + k2 + k3 + k4)) / $valid = $(rate $((k1 + k2 + k3 + k4)))"
	last=$((k1 + k2 + k3 + k4))
fi
echo "survived: $survived"
awk -F '\t' 'NR > 1 && $3 != "killed" { printf "  %-8s %s (%s): %s\n", $3, $1, $2, $5 }' "$RESULTS"
echo "results: $RESULTS"

[ "$invalid" = 0 ] || { echo "mutate: $invalid mutant(s) do not compile: fix the catalogue" >&2; exit 1; }
[ "$valid" -gt 0 ] || exit 0
awk -v k="$last" -v n="$valid" -v min="$MIN_KILL" 'BEGIN { exit !(100 * k >= min * n) }' ||
	{ echo "mutate: kill rate below $MIN_KILL %" >&2; exit 1; }
