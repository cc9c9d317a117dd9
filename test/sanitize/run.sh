#!/bin/sh
# Sanitizers on the server path: the extension built with AddressSanitizer
# and UndefinedBehaviorSanitizer, loaded by a real postmaster, running the
# whole pg_regress suite (the Makefile's REGRESS list, plus bad_input).
#
#   sh test/sanitize/run.sh        (make sanitize; needs what `make deps` installs)
#
# Nothing outside a temporary directory is touched: no build in the source
# tree, no `make install`, no system-wide files.  PostgreSQL 15 has no
# extension_control_path, so the control and SQL files must sit in the
# server's own sharedir.  We therefore run a private copy of the PostgreSQL
# installation: bindir, pkglibdir and sharedir (pg_config) are copied under
# $work/root with the same layout, and PostgreSQL's relocatable-install logic
# (paths computed relative to the running binary) makes the copied postgres
# use the copied lib and share directories, where the sanitized build goes.
#
# Environment: PG_MAJOR (15), PG_CONFIG, GD_SANITIZE_KEEP=1 keeps the
# temporary directory even on success, GD_SANITIZE_REGRESS overrides the
# list of tests.  Exit status 0 only if every test passed and the server log
# shows no sanitizer report and no crashed backend.  Last line: N passed, N failed.
set -eu

root_dir=$(cd "$(dirname "$0")/../.." && pwd)
PG_MAJOR=${PG_MAJOR:-15}
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_MAJOR/bin/pg_config}
SAN_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
port=54329	# the socket lives in our own directory; no TCP listener

work=
# On failure the temporary directory stays, for its logs.
kept() { [ -z "$work" ] || echo "sanitize: kept $work (server log: $work/server.log)"; }
die() { echo "sanitize: $*" >&2; kept; echo "0 passed, 1 failed"; exit 1; }

command -v gcc >/dev/null || die "gcc not found (run make deps)"
[ -x "$PG_CONFIG" ] || die "$PG_CONFIG not found (run make deps)"
libasan=$(gcc -print-file-name=libasan.so)
case "$libasan" in
/*) [ -e "$libasan" ] || die "the ASan runtime $libasan is missing (apt-get install libasan8)" ;;
*) die "gcc has no ASan runtime (apt-get install libasan8)" ;;
esac

# The server refuses to run as root: as root, run it as the postgres user.
if [ "$(id -u)" = 0 ]; then
	server_user=postgres
	as_server() { runuser -u "$server_user" -- "$@"; }
else
	server_user=$(id -un)
	as_server() { "$@"; }
fi

work=$(mktemp -d /tmp/gd-sanitize.XXXXXX)
chmod 755 "$work"
log=$work/server.log
started=no
status=1
finish() {
	if [ "$started" = yes ]; then
		as_server "$pg_bindir/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	if [ "$status" = 0 ] && [ "${GD_SANITIZE_KEEP:-0}" != 1 ]; then
		rm -rf "$work"
	fi
}
trap finish EXIT
trap 'exit 1' INT TERM HUP

# 1. Build in a copy of the source tree, without the objects others built.
echo "== building with $SAN_FLAGS in $work/src"
mkdir "$work/src"
(cd "$root_dir" && cp -r src sql expected test Makefile ./*.control "$work/src/")
find "$work/src/src" \( -name '*.o' -o -name '*.bc' \) -delete
rm -f "$work/src"/*.so
make -s -C "$work/src" PG_CONFIG="$PG_CONFIG" with_llvm=no \
	PG_CFLAGS="$SAN_FLAGS -g -Wall -Wno-unused-parameter -Wno-missing-field-initializers" \
	PG_LDFLAGS="$SAN_FLAGS" all >"$work/build.log" 2>&1 ||
	{ tail -40 "$work/build.log" >&2; die "the sanitized build failed"; }
readelf -d "$work/src/gov_disclosure.so" | grep -q 'libasan' ||
	die "gov_disclosure.so is not linked with the ASan runtime"

# 2. A private PostgreSQL installation with the sanitized module in it.
sys_bindir=$("$PG_CONFIG" --bindir)
sys_pkglibdir=$("$PG_CONFIG" --pkglibdir)
sys_sharedir=$("$PG_CONFIG" --sharedir)
inst=$work/root
for d in "$sys_bindir" "$sys_pkglibdir" "$sys_sharedir"; do
	mkdir -p "$inst$(dirname "$d")"
	[ -d "$inst$d" ] || cp -a "$d" "$inst$d"
done
pg_bindir=$inst$sys_bindir
[ "$("$pg_bindir/pg_config" --sharedir)" = "$inst$sys_sharedir" ] &&
	[ "$("$pg_bindir/pg_config" --pkglibdir)" = "$inst$sys_pkglibdir" ] ||
	die "the copied installation does not relocate (pg_config --sharedir: $("$pg_bindir/pg_config" --sharedir))"
cp "$work/src/gov_disclosure.so" "$inst$sys_pkglibdir/"
cp "$work/src/gov_disclosure.control" "$work/src"/sql/gov_disclosure--*.sql "$inst$sys_sharedir/extension/"

# 3. A throwaway cluster whose postmaster has the sanitizer runtimes.
mkdir "$work/data" "$work/sock"
chown "$server_user" "$work/data" "$work/sock" 2>/dev/null || true
as_server "$pg_bindir/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
	>"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; die "initdb failed"; }
cat >>"$work/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$work/sock'
port = $port
jit = off
fsync = off
log_line_prefix = '%m [%p] '
EOF
touch "$log"
chown "$server_user" "$log" 2>/dev/null || true
# detect_leaks=0: backends allocate through PostgreSQL's memory contexts,
# which free whole contexts at once (or never, at exit), and error recovery
# longjmps out of functions holding memory the context owns; LeakSanitizer
# would report all of that as leaks, burying real findings.  ASan still sees
# every overflow of a stack or global buffer of the module and of the core's
# malloc'd memory (the parser); allocations inside a palloc'd block are not
# redzoned, which is what valgrind builds of PostgreSQL are for.
# abort_on_error=1 makes the backend die with SIGABRT after an ASan report,
# which the postmaster logs as "terminated by signal 6" next to the query
# that did it; a UBSan report in this combined runtime ends the backend with
# exit code 1 instead, logged as "server process (PID n) exited with exit
# code 1" (a crash to the postmaster, which reinitialises).
#
# The stub defining swift_demangle works around a deadlock: a preloaded ASan
# runtime initialises lazily, on the first malloc, and Debian's postgres
# loads libgpg-error, whose constructor mallocs inside bindtextdomain() while
# holding glibc's gettext lock.  ASan's start-up then probes for
# swift_demangle with dlsym(), and dlerror() translating "undefined symbol"
# takes and releases the same lock, corrupting it: every later
# bindtextdomain() (postgres -V, the postmaster) hangs.  With the symbol
# present, dlerror() has nothing to translate.  The stub returns NULL, so
# ASan demangles nothing with it.
printf 'char *swift_demangle(const char *m, unsigned long n, char *o, unsigned long *l, unsigned f)\n{ (void) m; (void) n; (void) o; (void) l; (void) f; return 0; }\n' >"$work/swift_stub.c"
gcc -shared -fPIC -O2 -o "$work/swift_stub.so" "$work/swift_stub.c" || die "cannot build the swift_demangle stub"
as_server env LD_PRELOAD="$libasan:$work/swift_stub.so" \
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:print_stacktrace=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 \
	"$pg_bindir/pg_ctl" -D "$work/data" -l "$log" -w -t 60 start >/dev/null ||
	{ cat "$log" >&2; die "the sanitized server did not start"; }
started=yes

export PGHOST="$work/sock" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres PGCONNECT_TIMEOUT=10
unset PGSERVICE PGPASSWORD 2>/dev/null || true
# The backend must really run the sanitized module from the private tree.
maps=$(psql -X -q -At -c "LOAD 'gov_disclosure'" \
	-c "SELECT position('$inst$sys_pkglibdir/gov_disclosure.so' IN m) > 0 AND position('libasan' IN m) > 0 FROM pg_read_file('/proc/self/maps') m") ||
	die "cannot load the module"
[ "$maps" = t ] || die "the backend did not load $inst$sys_pkglibdir/gov_disclosure.so with ASan"

# Is the alarm armed?  A probe module with one heap overflow and one
# undefined shift, built with the same flags: each call must kill its
# backend with a report in the log.  Only what the log gets after the
# probes is scanned for findings below.
cat >"$work/probe.c" <<'PROBE'
#include "postgres.h"
#include "fmgr.h"
PG_MODULE_MAGIC;
PG_FUNCTION_INFO_V1(gd_sanitize_probe);
Datum
gd_sanitize_probe(PG_FUNCTION_ARGS)
{
	int			n = PG_GETARG_INT32(0);
	volatile char *p = malloc(8);

	if (PG_GETARG_BOOL(1))
		p[n] = 1;				/* n = 8: heap-buffer-overflow */
	else
		p[0] = (char) (1 << n);	/* n = 40: shift exponent too large */
	free((void *) p);
	PG_RETURN_VOID();
}
PROBE
gcc $SAN_FLAGS -g -O0 -fPIC -shared -I"$("$PG_CONFIG" --includedir-server)" \
	-o "$inst$sys_pkglibdir/gd_sanitize_probe.so" "$work/probe.c" || die "cannot build the probe"
psql -X -q -c "CREATE FUNCTION gd_sanitize_probe(int, bool) RETURNS void AS 'gd_sanitize_probe' LANGUAGE C STRICT" ||
	die "cannot create the probe function"
for call in '8, true' '40, false'; do
	psql -X -q -c "SELECT gd_sanitize_probe($call)" >/dev/null 2>&1 || true
	i=0
	until psql -X -q -At -c 'SELECT 1' >/dev/null 2>&1; do
		i=$((i + 1))
		[ "$i" -lt 60 ] || die "the server did not come back after the probe"
		sleep 1
	done
done
grep -q 'ERROR: AddressSanitizer: heap-buffer-overflow' "$log" &&
	grep -q 'runtime error: shift exponent 40' "$log" &&
	[ "$(grep -cE 'terminated by signal|server process \(PID [0-9]+\) exited with exit code [1-9]' "$log")" -ge 2 ] ||
	{ cat "$log" >&2; die "the sanitizers did not report the probe's bugs: they are not armed"; }
echo "== sanitizers armed: the probe's heap overflow and bad shift were caught"
psql -X -q -c "DROP FUNCTION gd_sanitize_probe(int, bool)"
log_seen=$(wc -c <"$log")

# 4. The whole pg_regress suite, plus the bad-input catalogue.
if [ -n "${GD_SANITIZE_REGRESS:-}" ]; then
	tests=$GD_SANITIZE_REGRESS
else
	tests=$(printf 'gd-print-regress:\n\t@echo $(REGRESS)\n' |
		make -s --no-print-directory -C "$work/src" -f Makefile -f - PG_CONFIG="$PG_CONFIG" gd-print-regress)
	case " $tests " in *" bad_input "*) ;; *) tests="$tests bad_input" ;; esac
fi
echo "== pg_regress against the sanitized server: $tests"
regress_rc=0
(cd "$work/src" && make -s installcheck PG_CONFIG="$PG_CONFIG" REGRESS="$tests") \
	>"$work/regress.out" 2>&1 || regress_rc=$?
grep -E '^(not )?ok |^test |\.\.\. ' "$work/regress.out" || true
passed=$(grep -cE '^test .*\.\.\. ok|^ok [0-9]' "$work/regress.out" || true)
failed=$(grep -cE '^test .*\.\.\. FAILED|^not ok [0-9]|\.\.\. failed' "$work/regress.out" || true)
if [ "$regress_rc" != 0 ] && [ "$failed" = 0 ]; then
	tail -30 "$work/regress.out" >&2
	failed=1
fi
if [ -s "$work/src/regression.diffs" ]; then
	echo "== regression.diffs (first 80 lines; full: $work/src/regression.diffs)"
	head -80 "$work/src/regression.diffs"
fi

# 5. The server log: sanitizer reports and crashed backends.
as_server "$pg_bindir/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
started=no
# A backend that dies (signal, or exit status other than 0/1 handled by the
# postmaster as a crash) is logged as "server process (PID n) was terminated
# by signal" or "... exited with exit code"; background and parallel workers
# exit with code 1 on an ordinary ERROR or at shutdown, so only signals count
# for them.
crash='ERROR: AddressSanitizer|runtime error:|terminated by signal|server process \(PID [0-9]+\) exited with exit code [1-9]'
tail -c +$((log_seen + 1)) "$log" >"$work/server-tests.log"
findings=$(grep -cE "$crash" "$work/server-tests.log" || true)
echo "== server log: $findings sanitizer/crash line(s)"
if [ "$findings" != 0 ]; then
	# each report with the query that triggered it
	grep -nE -A40 'ERROR: AddressSanitizer|runtime error:' "$work/server-tests.log" | head -200 || true
	grep -nE -A1 'terminated by signal|server process \(PID [0-9]+\) exited with exit code [1-9]' "$work/server-tests.log" | head -40 || true
	failed=$((failed + 1))
else
	passed=$((passed + 1))
fi

if [ "$failed" = 0 ]; then
	status=0
	[ "${GD_SANITIZE_KEEP:-0}" != 1 ] || kept
else
	kept
fi
echo "$passed passed, $failed failed"
exit "$status"
