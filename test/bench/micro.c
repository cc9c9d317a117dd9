/*
 * test/bench/micro.c — the per-value cost of the core loops behind sum(m)
 * and gd_is_consistent(m), outside the server: the part of a scan's time
 * that is the extension's own.  Not a test; it prints nanoseconds a value.
 *
 *   psql -XAt -c "SELECT array_to_string(m::int[], ' ', '-1') FROM bench_m" > m.txt
 *   cc -O3 -Isrc -o micro test/bench/micro.c src/core/*.c src/core/parse/*.c -lm
 *   (-O3 as the Makefile builds the core: at -O2 gcc leaves the cell loops scalar)
 *   ./micro m.txt                  (stored as the server stores them: with a verdict)
 *   ./micro --no-verdict m.txt     (version 1: 1-, 2- or 4-byte cells, no blocks form)
 *
 * Reads one 2021-format table 三 a line (175 counts, -1 for a blank),
 * stores each compact (compact.h: with its verdict, so in the blocks form
 * where that is smaller, as the server does) one after another, 8-byte aligned as in
 * a heap page, then times over all of them, median of 9 rounds, in CPU
 * time of the thread: what sum() does a value (add it to the pending sums
 * of accum.h from its stored bytes, or open it and add it — or, when they
 * do not take it, fill a blank derivable total and add it exactly — as
 * pg/sum_state.h and sum_state.c do) and what
 * gd_is_consistent does without a verdict (open it, judge its cells).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/accum.h"
#include "core/check.h"
#include "core/compact.h"
#include "core/matrix.h"
#include "core/report.h"
#include "core/verdict.h"

#define FORMAT 2021
#define NCELLS 175
#define ROUNDS 9

typedef struct Values
{
	int			n;
	unsigned char *buf;
	size_t	   *off;
	size_t	   *len;
	size_t		bytes;			/* of the stored values, headers included */
} Values;

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);	/* this thread's time: others share the machine */
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void
load(const char *path, bool with_verdict, Values *v)
{
	FILE	   *f = fopen(path, "r");
	size_t		cap = 1 << 20;
	size_t		used = 0;
	int			capv = 1024;
	int32_t		cells[NCELLS];

	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	v->n = 0;
	v->bytes = 0;
	v->buf = malloc(cap);
	v->off = malloc(sizeof(size_t) * capv);
	v->len = malloc(sizeof(size_t) * capv);
	for (;;)
	{
		int			i;
		size_t		size;

		for (i = 0; i < NCELLS; i++)
			if (fscanf(f, "%d", &cells[i]) != 1)
				break;
		if (i < NCELLS)
			break;
		size = gd_stored_size32(cells, NCELLS, with_verdict);
		while (used + size + 8 > cap)
			v->buf = realloc(v->buf, cap *= 2);
		if (v->n == capv)
		{
			capv *= 2;
			v->off = realloc(v->off, sizeof(size_t) * capv);
			v->len = realloc(v->len, sizeof(size_t) * capv);
		}
		v->off[v->n] = used;
		v->len[v->n++] = size;
		gd_stored_write32(FORMAT, cells, NCELLS,
						  with_verdict ? gd_applications_verdict(FORMAT, cells) : GD_NO_VERDICT, v->buf + used);
		v->bytes += size;
		used += (size + 7) & ~(size_t) 7;
	}
	fclose(f);
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return x < y ? -1 : x > y;
}

static void
open_or_die(const Values *v, int k, GdStored *s)
{
	GdError		err;

	/* as the server opens a value: the inline common case, else the full reading */
	if (gd_stored_open_narrow(GD_STORED_APPLICATIONS, v->buf + v->off[k], v->len[k], FORMAT, NCELLS, s))
		return;
	if (!gd_stored_open(GD_STORED_APPLICATIONS, v->buf + v->off[k], v->len[k], s, &err))
	{
		fprintf(stderr, "value %d: %s\n", k, err.message);
		exit(1);
	}
}

/* One round of sum(): ns a value; *total the grand total, to check and to keep the work. */
static double
round_sum(const Values *v, long *filled, int64_t *total)
{
	int32_t		state[NCELLS];
	int32_t		cells[NCELLS];
	static GdAccum accum;		/* 64-byte aligned (its lanes are) */
	GdError		err;
	double		t0 = now_ns();

	for (int i = 0; i < NCELLS; i++)
		state[i] = GD_NOT_STATED;
	gd_accum_init(&accum, GD_STORED_APPLICATIONS, FORMAT, state);
	*filled = 0;
	for (int k = 0; k < v->n; k++)
	{
		GdStored	s;
		bool		ok;

		/* as sum_state.h and sum_state.c: from the stored bytes where it can, else opened */
		if (gd_accum_add_stored(&accum, v->buf + v->off[k], v->len[k]))
			continue;
		open_or_die(v, k, &s);
		if (gd_accum_add_fast(&accum, &s) || gd_accum_add(&accum, state, &s))
			continue;
		if (!gd_stored_derived_blank(&s))
			ok = gd_cells_add_stored(state, &s, &err);
		else
		{
			(*filled)++;
			ok = gd_stored_cells32(&s, cells, &err) &&
				gd_applications_fill_derived(FORMAT, cells, &err) &&
				gd_applications_add(FORMAT, state, cells, &err);
		}
		if (!ok)
		{
			fprintf(stderr, "value %d: %s\n", k, err.message);
			exit(1);
		}
		gd_accum_flush(&accum, state);
	}
	gd_accum_flush(&accum, state);
	t0 = (now_ns() - t0) / v->n;
	*total = 0;
	for (int i = 0; i < NCELLS; i++)
		*total += state[i];
	return t0;
}

static double
round_check(const Values *v, long *consistent)
{
	GdError		err;
	double		t0 = now_ns();

	*consistent = 0;
	for (int k = 0; k < v->n; k++)
	{
		GdStored	s;
		bool		c;

		open_or_die(v, k, &s);
		if (!gd_applications_consistent_stored(&s, &c, &err))
		{
			fprintf(stderr, "value %d: %s\n", k, err.message);
			exit(1);
		}
		*consistent += c;
	}
	return (now_ns() - t0) / v->n;
}

int
main(int argc, char **argv)
{
	Values		v;
	double		t_sum[ROUNDS];
	double		t_check[ROUNDS];
	long		filled = 0;
	long		consistent = 0;
	int64_t		total = 0;

	bool		with_verdict = !(argc == 3 && strcmp(argv[1], "--no-verdict") == 0);

	if (argc != 2 && with_verdict)
	{
		fprintf(stderr, "usage: %s [--no-verdict] cells.txt\n", argv[0]);
		return 2;
	}
	load(argv[argc - 1], with_verdict, &v);
	for (int r = 0; r < ROUNDS; r++)
	{
		t_sum[r] = round_sum(&v, &filled, &total);
		t_check[r] = round_check(&v, &consistent);
	}
	qsort(t_sum, ROUNDS, sizeof(double), cmp_double);
	qsort(t_check, ROUNDS, sizeof(double), cmp_double);
	printf("%s: %d values, %.1f bytes a value%s; sum %.1f ns a value (%ld filled first, grand total %lld); "
		   "judging the cells %.1f ns a value (%ld consistent)\n",
		   argv[argc - 1], v.n, (double) v.bytes / v.n, with_verdict ? "" : " (no verdict)",
		   t_sum[ROUNDS / 2], filled, (long long) total,
		   t_check[ROUNDS / 2], consistent);
	return 0;
}
