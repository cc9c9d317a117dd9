# gov_disclosure — PGXS build.
#
#   make test   install what is missing, build with -Werror, run the C unit
#               tests, pg_regress and pgTAP in a throwaway cluster
#   make demo   install what is missing, build, install, and show the seed
#               report in a throwaway cluster
#
# pg_config --pgxs fails until postgresql-server-dev is installed, so the
# PGXS part is included only when it exists; `test` and `demo` first run
# `deps`, then call make again, which then finds PGXS.

EXTENSION = gov_disclosure
MODULE_big = gov_disclosure
PG_MAJOR ?= 15
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config) pg_config)

# The pure core (src/core, the parser's units in src/core/parse): no
# postgres.h, unit-tested and fuzzed outside the server.
CORE_SRCS = $(sort $(wildcard src/core/*.c)) $(sort $(wildcard src/core/parse/*.c))
# The fmgr glue (src/pg): the only files that include postgres.h.
GLUE_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
PG_CPPFLAGS = -Isrc
# PGXS tracks no header dependencies: a struct size changed in a header
# must rebuild every object, never mix old and new layouts.
HEADERS = $(wildcard src/core/*.h src/core/parse/*.h src/pg/*.h)

# Released scripts never change (test/upgrade/released.sha256 holds them
# to it); the current version's install script is generated from the
# per-concern sources in sql/catalog/, and each upgrade script is written by
# hand.
EXTVERSION = 0.3.0
GD_INSTALL_SQL = sql/gov_disclosure--$(EXTVERSION).sql
DATA = sql/gov_disclosure--0.1.0.sql sql/gov_disclosure--0.1.0--0.2.0.sql \
	sql/gov_disclosure--0.2.0--0.3.0.sql
DATA_built = $(GD_INSTALL_SQL)
# The loader command, installed into PostgreSQL's bindir next to psql: C on
# libpq (README "Loading a folder").
SCRIPTS_built = src/loader/gd_load
REGRESS = types appeals proactive checks aggregates tables report parse across compare bad_input storage sum_state
REGRESS_OPTS = --load-extension=gov_disclosure

PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
# The cell loops of sum() and gd_is_consistent vectorise at -O3 (gcc's -O2
# cost model refuses loops whose trip count is not a multiple of the width).
$(CORE_SRCS:.c=.o): override CFLAGS += -O3
EXTRA_CLEAN = $(UNIT_TESTS) results regression.diffs regression.out src/loader/gd_load

.DEFAULT_GOAL := all
LOADER_CFLAGS = -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -pthread
src/loader/gd_load: src/loader/gd_load.c src/core/report.h
	$(CC) $(LOADER_CFLAGS) -Isrc -I$(shell $(PG_CONFIG) --includedir) -o $@ $< -L$(shell $(PG_CONFIG) --libdir) -lpq
$(GD_INSTALL_SQL): $(sort $(wildcard sql/catalog/*.sql))
	for f in $^; do cat $$f; echo; done > $@
$(OBJS) $(OBJS:.o=.bc): $(HEADERS)
PGXS := $(wildcard $(shell $(PG_CONFIG) --pgxs 2>/dev/null))
ifneq ($(PGXS),)
include $(PGXS)
else
all:
	@echo "PostgreSQL $(PG_MAJOR) server development files are missing: run 'make deps' (make test and make demo do it for you)." >&2
	@exit 1
endif

.PHONY: deps test demo test-all unit fuzz demo-run demo-psql sanitize bench mutate

deps:
	sh tools/install-deps.sh

test: deps
	$(MAKE) test-all

demo: deps
	$(MAKE) demo-run

# Everything after deps; each step fails the whole run.  The fuzz step
# replays the committed corpus (the same inputs everywhere); make fuzz explores.
FUZZ_SECONDS ?= 30
test-all: all unit
	FUZZ_REPLAY=1 FUZZ_OUT=$$(mktemp -d) sh test/fuzz/run.sh
	sh test/browser/run.sh
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) sh tools/run-server-tests.sh

# A longer fuzzing session (not part of make test): make fuzz FUZZ_SECONDS=600
fuzz: deps
	sh test/fuzz/run.sh $(FUZZ_SECONDS)

UNIT_CFLAGS = -std=c11 -O1 -g -Wall -Wextra -Werror -Wdeclaration-after-statement -Wmissing-prototypes -Isrc
# Every test/unit/test_*.c is a unit test (each prints "N passed, N failed").
UNIT_TESTS = $(patsubst %.c,%,$(sort $(wildcard test/unit/test_*.c)))
unit: $(UNIT_TESTS)
	@for t in $(UNIT_TESTS); do echo "== $$t"; ./$$t || exit 1; done

test/unit/%: test/unit/%.c test/unit/check.h test/unit/stored.h test/unit/high_bytes.h $(CORE_SRCS) $(HEADERS)
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS)

demo-run: all
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) sh -c 'psql -X -q -v ON_ERROR_STOP=1 -f test/demo/demo.sql && sh test/demo/load.sh'

# make demo, then psql on the same throwaway database (quit psql to drop it)
demo-psql: deps
	$(MAKE) all
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) sh -c 'psql -X -q -v ON_ERROR_STOP=1 -f test/demo/demo.sql && psql'

# Mutation testing of the pure core (not part of make test): each bug of
# test/mutate/catalogue.txt planted alone in a copy of the tree, then make
# unit, the fuzz replay, the browser check and (for survivors) the server
# suites; reports the kill rates.  make mutate [MUTANTS="id …"] [MUTATE_SERVER=0]
mutate:
	sh test/mutate/run.sh $(MUTANTS)

# The regression suite against an ASan+UBSan build loaded into the server
sanitize: deps
	sh test/sanitize/run.sh

bench: deps
	$(MAKE) all
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) sh test/bench/run.sh
