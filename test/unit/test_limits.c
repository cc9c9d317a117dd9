/*
 * test_limits.c — the parser on hostile input: linear work, bounded
 * memory, interrupts checked, allocation failure survived.
 *
 * Adversarial generators (repeated row labels inside and outside tables,
 * repeated tables, long digit runs, deep and wide HTML, many lines, one
 * long line, many anchors) make inputs of 1×, 4× and 16× a base size.  For
 * each input:
 *   - memory: the parser's peak (counted by an allocator hook) is at most
 *     4 × the input + GD_LIMITS_FIXED (the bounded table regions);
 *   - interrupts: the interrupt hook runs at least once per 64 KiB;
 *   - work: CPU time grows no faster than about linearly: 16× the input
 *     takes at most 48× the time of 1× (a quadratic pass would take 256×),
 *     measured side by side in this one run, the best of three.
 * Then every allocation of a real report's parse is made to fail in turn:
 * each run ends in GD_E_OOM or success, and frees all it allocated.
 * Run from the repository root.  Last line: "N passed, N failed".
 */
#define _POSIX_C_SOURCE 200809L

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/memory.h"
#include "core/io.h"
#include "core/parse.h"
#include "core/render.h"

#define GD_LIMITS_FIXED ((size_t) 16 * 1024 * 1024)
#define BASE ((size_t) 256 * 1024)

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

/* ------------------------------------------------ counting allocator */

static size_t current;
static size_t peak;
static long allocations;
static long fail_at = -1;		/* the allocation that fails, or -1 */
static long interrupts;

typedef struct Header
{
	size_t		size;
	size_t		pad;			/* keeps the block 16-byte aligned */
} Header;

static void *
count_alloc(size_t size)
{
	Header	   *h;

	if (allocations++ == fail_at)
		return NULL;
	h = malloc(sizeof(Header) + size);
	if (h == NULL)
		return NULL;
	h->size = size;
	current += size;
	if (current > peak)
		peak = current;
	return h + 1;
}

static void
count_free(void *p)
{
	Header	   *h;

	if (p == NULL)
		return;
	h = (Header *) p - 1;
	current -= h->size;
	free(h);
}

static void *
count_realloc(void *p, size_t size)
{
	Header	   *h;
	void	   *n;

	if (p == NULL)
		return count_alloc(size);
	h = (Header *) p - 1;
	n = count_alloc(size);
	if (n == NULL)
		return NULL;
	memcpy(n, p, h->size < size ? h->size : size);
	count_free(p);
	return n;
}

static void
count_interrupt(void)
{
	interrupts++;
}

static const GdHooks counting = {count_alloc, count_realloc, count_free, count_interrupt};

/* ---------------------------------------------------------- inputs */

typedef struct Text
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Text;

static void
put(Text *t, const char *s)
{
	size_t		n = strlen(s);

	if (t->len + n + 1 > t->cap)
	{
		t->cap = (t->len + n + 1) * 2;
		t->data = realloc(t->data, t->cap);
		if (t->data == NULL)
			exit(2);
	}
	memcpy(t->data + t->len, s, n + 1);
	t->len += n;
}

static char *
load(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *b;

	if (f == NULL)
	{
		printf("cannot open %s (run from the repository root)\n", path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc((size_t) n + 1);
	if (b == NULL || fread(b, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	b[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return b;
}

static const char *seed;		/* the bundled seed report */

typedef void (*Generator) (Text *t, size_t size);

/* A table whose rows repeat: the second and later copies are extra rows. */
static void
gen_rows_inside(Text *t, size_t size)
{
	put(t, "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n");
	while (t->len < size)
		put(t, "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n");
}

/* The first row's label over and over in prose: every one a candidate. */
static void
gen_labels_outside(Text *t, size_t size)
{
	while (t->len < size)
		put(t, "本年新收政府信息公开申请数量，上年结转政府信息公开申请数量，予以公开。");
}

/* The whole seed report again and again. */
static void
gen_tables(Text *t, size_t size)
{
	while (t->len < size)
		put(t, seed);
}

/* One label, then a long run of digits, and a long run of numbers. */
static void
gen_digits(Text *t, size_t size)
{
	put(t, "一、本年新收政府信息公开申请数量");
	while (t->len < size / 2)
		put(t, "1234567890");
	put(t, " ");
	while (t->len < size)
		put(t, "1 ");
}

static void
gen_deep_html(Text *t, size_t size)
{
	while (t->len < size / 2)
		put(t, "<div><table><tr><td>");
	while (t->len < size)
		put(t, "</td></tr></table></div>");
}

static void
gen_wide_html(Text *t, size_t size)
{
	put(t, "<table><tr><td>一、本年新收政府信息公开申请数量</td>");
	while (t->len < size)
		put(t, "<td>1</td><td>&nbsp;</td>");
}

static void
gen_lines(Text *t, size_t size)
{
	while (t->len < size)
		put(t, "\n\n\n\n\n\n\n\n\n\n\t|\n");
}

static void
gen_long_line(Text *t, size_t size)
{
	while (t->len < size)
		put(t, "年度报告行政复议第二十条1.");
}

static const struct
{
	const char *name;
	Generator	gen;
}			generators[] = {
	{"repeated rows inside table 三", gen_rows_inside},
	{"repeated labels in prose", gen_labels_outside},
	{"repeated whole reports", gen_tables},
	{"long digit runs", gen_digits},
	{"deep HTML", gen_deep_html},
	{"wide HTML", gen_wide_html},
	{"many empty lines", gen_lines},
	{"one long line of anchors", gen_long_line},
};

static double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Parse once, both entry points; the best CPU time of three runs. */
static double
measure(const Text *t)
{
	double		best = 1e9;

	for (int run = 0; run < 3; run++)
	{
		GdDiagnostics d = {0};
		GdReportData *rep = malloc(sizeof(GdReportData));
		GdError		err;
		double		t0 = cpu_seconds();

		gd_parse_report(t->data, t->len, NULL, rep, NULL, &err);
		gd_parse_diagnostics(t->data, t->len, &d);
		gd_diagnostics_free(&d);
		t0 = cpu_seconds() - t0;
		if (t0 < best)
			best = t0;
		free(rep);
	}
	return best;
}

static void
test_generator(int g)
{
	double		secs[3];
	static const int mult[3] = {1, 4, 16};

	for (int k = 0; k < 3; k++)
	{
		Text		t = {0};
		size_t		size = BASE * mult[k];

		generators[g].gen(&t, size);
		peak = current = 0;
		interrupts = 0;
		secs[k] = measure(&t);
		CHECK(peak <= 4 * t.len + GD_LIMITS_FIXED,
			  "%s, %zu bytes: peak memory %zu > 4 × input + %zu", generators[g].name,
			  t.len, peak, GD_LIMITS_FIXED);
		CHECK(current == 0, "%s: %zu bytes not freed", generators[g].name, current);
		CHECK(interrupts * 65536 >= (long) t.len,
			  "%s, %zu bytes: %ld interrupt checks, fewer than one per 64 KiB",
			  generators[g].name, t.len, interrupts);
		if (k == 2)
			printf("%-32s %8zu bytes: %.3f s, %.2f× the time of %zu bytes, peak %.1f× the input\n",
				   generators[g].name, t.len, secs[2], secs[2] / (secs[0] > 1e-6 ? secs[0] : 1e-6),
				   t.len / 16, (double) peak / t.len);
		free(t.data);
	}
	/* linear: 16× the input at most 48× the time (quadratic would be 256×) */
	CHECK(secs[2] <= 48 * secs[0] + 0.02,
		  "%s: 16× the input took %.3f s against %.3f s (%.1f×): not linear",
		  generators[g].name, secs[2], secs[0], secs[2] / (secs[0] > 1e-6 ? secs[0] : 1e-6));
}

/* Every allocation of a real parse fails in turn: OOM or success, no leak. */
static void
test_allocation_failures(void)
{
	size_t		len;
	char	   *text = load("test/data/hongqi-2024.txt", &len);
	long		total;
	int			oom = 0,
				ok = 0,
				other = 0;

	fail_at = -1;
	allocations = 0;
	{
		GdReportData rep;
		GdError		err;

		gd_parse_report(text, len, NULL, &rep, NULL, &err);
	}
	total = allocations;
	for (long n = 0; n < total; n++)
	{
		GdReportData rep;
		GdError		err;
		GdDiagnostics d = {0};
		bool		r;

		allocations = 0;
		fail_at = n;
		current = 0;
		r = gd_parse_report(text, len, NULL, &rep, &d, &err);
		gd_diagnostics_free(&d);
		if (r)
			ok++;
		else if (err.code == GD_E_OOM)
			oom++;
		else
			other++;
		CHECK(current == 0, "allocation %ld failing: %zu bytes not freed", n, current);
	}
	fail_at = -1;
	CHECK(total > 10 && oom > 0 && other == 0,
		  "each of the %ld allocations failing ends in out of memory (%d) or success (%d), never another error (%d)",
		  total, oom, ok, other);
	free(text);
}

/*
 * Long inputs outside the parser's regions: a value's text and JSON forms
 * padded with 4 MiB of spaces or of a count's leading zeros, and an HTML
 * tag left open to the end of the page, each let a cancel through at least
 * once per 64 KiB.
 */
static void
test_long_value_inputs(void)
{
	size_t		pad = (size_t) 4 << 20;
	char	   *buf = malloc(pad + 64);
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	int64_t		pro[GD_PROACTIVE_NCELLS_MAX];
	int			format;
	GdError		err;
	GdReportData rep;

	memset(buf, ' ', pad);
	strcpy(buf + pad, "{review:[1");
	interrupts = 0;
	CHECK(!gd_appeals_from_text(buf, cells, &err) && interrupts * 65536 >= (long) pad,
		  "4 MiB of spaces before a gd_appeals value: refused, %ld interrupt checks", interrupts);
	memcpy(buf, "{\"format\":", 10);
	memset(buf + 10, ' ', pad);
	strcpy(buf + 10 + pad, "20");
	interrupts = 0;
	CHECK(!gd_proactive_from_json(buf, &format, pro, &err) && interrupts * 65536 >= (long) pad,
		  "4 MiB of spaces in a JSON value: refused, %ld interrupt checks", interrupts);
	memset(buf, '0', pad);
	strcpy(buf + pad, "2021:{");
	interrupts = 0;
	CHECK(!gd_proactive_from_text(buf, &format, pro, &err) && interrupts * 65536 >= (long) pad,
		  "4 MiB of the format's leading zeros: refused, %ld interrupt checks", interrupts);
	memcpy(buf, "{review:[", 9);
	memset(buf + 9, '0', pad);
	strcpy(buf + 9 + pad, "1,");
	interrupts = 0;
	CHECK(!gd_appeals_from_text(buf, cells, &err) && interrupts * 65536 >= (long) pad,
		  "4 MiB of a count's leading zeros: refused, %ld interrupt checks", interrupts);
	memcpy(buf, "<td ", 4);
	memset(buf + 4, 'a', pad);
	interrupts = 0;
	CHECK(!gd_parse_report(buf, pad + 4, NULL, &rep, NULL, &err) && interrupts * 65536 >= (long) pad,
		  "an HTML tag open for 4 MiB: refused, %ld interrupt checks", interrupts);
	free(buf);
}

int
main(void)
{
	size_t		len;
	char	   *s = load("test/data/hongqi-2024.txt", &len);

	seed = s;
	gd_set_hooks(&counting);
	for (size_t g = 0; g < sizeof(generators) / sizeof(generators[0]); g++)
		test_generator((int) g);
	test_allocation_failures();
	test_long_value_inputs();
	/* beyond the limit: refused before any work */
	{
		GdReportData rep;
		GdError		err;

		allocations = 0;
		CHECK(!gd_parse_report(s, GD_PARSE_MAX_BYTES + 1, NULL, &rep, NULL, &err) &&
			  err.code == GD_E_LIMIT && allocations == 0,
			  "a report over the size limit is refused with GD_E_LIMIT, allocating nothing");
	}
	gd_set_hooks(NULL);
	free(s);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
