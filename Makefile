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

# The pure core: no postgres.h, unit-tested and fuzzed outside the server.
CORE_SRCS = src/gd_layout.c src/gd_error.c src/gd_matrix.c src/gd_check.c src/gd_io.c \
	src/gd_render.c src/gd_continuity.c src/gd_parse.c src/gd_parse_html.c src/gd_parse_text.c
# The fmgr glue.
GLUE_SRCS = src/gd_pg_common.c src/gd_pg_applications.c src/gd_pg_appeals.c src/gd_pg_proactive.c \
	src/gd_pg_checks.c src/gd_pg_aggregates.c src/gd_pg_tables.c src/gd_pg_report.c \
	src/gd_pg_continuity.c src/gd_pg_parse.c
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
# PGXS tracks no header dependencies: a struct size changed in a header
# must rebuild every object, never mix old and new layouts.
HEADERS = $(wildcard src/*.h)

DATA = sql/gov_disclosure--0.1.0.sql sql/gov_disclosure--0.1.0--0.2.0.sql
REGRESS = types appeals proactive checks aggregates tables report parse across bad_input
REGRESS_OPTS = --load-extension=gov_disclosure

PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
# The cell loops of sum() and gd_is_consistent vectorise at -O3 (gcc's -O2
# cost model refuses loops whose trip count is not a multiple of the width).
$(CORE_SRCS:.c=.o): override CFLAGS += -O3
EXTRA_CLEAN = $(UNIT_TESTS) results regression.diffs regression.out

.DEFAULT_GOAL := all
$(OBJS) $(OBJS:.o=.bc): $(HEADERS)
PGXS := $(wildcard $(shell $(PG_CONFIG) --pgxs 2>/dev/null))
ifneq ($(PGXS),)
include $(PGXS)
else
all:
	@echo "PostgreSQL $(PG_MAJOR) server development files are missing: run 'make deps' (make test and make demo do it for you)." >&2
	@exit 1
endif

.PHONY: deps test demo test-all unit fuzz demo-run demo-psql sanitize bench

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
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) sh tools/run-server-tests.sh

# A longer fuzzing session (not part of make test): make fuzz FUZZ_SECONDS=600
fuzz: deps
	sh test/fuzz/run.sh $(FUZZ_SECONDS)

UNIT_CFLAGS = -std=c11 -O1 -g -Wall -Wextra -Werror -Isrc
UNIT_TESTS = test/unit/test_core test/unit/test_render test/unit/test_parse
unit: $(UNIT_TESTS)
	@for t in $(UNIT_TESTS); do echo "== $$t"; ./$$t || exit 1; done

test/unit/%: test/unit/%.c $(CORE_SRCS) src/*.h
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS)

demo-run: all
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) psql -X -q -v ON_ERROR_STOP=1 -f test/demo/demo.sql

# make demo, then psql on the same throwaway database (quit psql to drop it)
demo-psql: deps
	$(MAKE) all
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) sh -c 'psql -X -q -v ON_ERROR_STOP=1 -f test/demo/demo.sql && psql'

# The regression suite against an ASan+UBSan build loaded into the server
sanitize: deps
	sh test/sanitize/run.sh

bench: deps
	$(MAKE) all
	$(MAKE) install
	pg_virtualenv -t -v $(PG_MAJOR) sh test/bench/run.sh
