/*
 * test_parse_cells.c — single cells of a table as printed, read by the
 * parser: the marks a report prints for "not stated", and counts the
 * parser must refuse (negative, fractional, too large for a count).
 *
 * The base is test/data/huaian-2024-pdftotext.txt (pdftotext -layout);
 * one cell of table 三 is rewritten at a time.  Its row 1.属于国家秘密
 * reads, as printed, 2 0 0 0 0 0 2 (natural_person … total), position 4
 * of the 2021 format.  Run from the repository root.  Last line: "N
 * passed, M failed".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"

static int	passed = 0;
static int	failed = 0;

static void
fail_at(const char *file, int line, const char *fmt,...)
	__attribute__((format(printf, 3, 4)));

static void
fail_at(const char *file, int line, const char *fmt,...)
{
	va_list		ap;

	failed++;
	printf("FAIL %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

#define CHECK(expr) \
	do { \
		if (expr) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "%s", #expr); \
	} while (0)

#define CHECK_INT(actual, expected) \
	do { \
		long long a_ = (long long) (actual); \
		long long e_ = (long long) (expected); \
		if (a_ == e_) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "%s == %s (got %lld, expected %lld)", \
					#actual, #expected, a_, e_); \
	} while (0)

#define CHECK_HAS(haystack, needle) \
	do { \
		const char *h_ = (haystack); \
		const char *n_ = (needle); \
		if (h_ && strstr(h_, n_)) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "\"%s\" contains \"%s\" (it is \"%s\")", \
					#haystack, n_, h_ ? h_ : "(null)"); \
	} while (0)

#define NS GD_NOT_STATED
#define SECRET 4				/* withheld_state_secret, 2021 position */

/* The row as printed, from its label to its second count. */
static const char secret_row[] = "1.属于国家秘密            2          0";

static GdReportData rep;

/* A data file without its header block (ended by a line "---"). */
static char *
load(const char *name)
{
	char		path[512];
	FILE	   *f;
	long		n;
	char	   *b;
	char	   *body;

	snprintf(path, sizeof(path), "test/data/%s", name);
	f = fopen(path, "rb");
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
	body = strstr(b, "\n---\n");
	if (body != NULL)
		memmove(b, body + 5, strlen(body + 5) + 1);
	return b;
}

/* s with its one occurrence of from replaced by to (malloc'd). */
static char *
replace(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	size_t		n = strlen(s) - strlen(from) + strlen(to);
	char	   *out = malloc(n + 1);

	if (at == NULL || out == NULL || strstr(at + 1, from) != NULL)
	{
		printf("replace: \"%s\" not found exactly once\n", from);
		exit(2);
	}
	memcpy(out, s, (size_t) (at - s));
	strcpy(out + (at - s), to);
	strcat(out, at + strlen(from));
	return out;
}

/* The huaian report with the secret row's commercial cell printed as `cell`. */
static bool
parse_with(const char *base, const char *cell, GdError *err)
{
	char		row[128];
	char	   *text;
	bool		ok;

	snprintf(row, sizeof(row), "1.属于国家秘密            2          %s", cell);
	text = replace(base, secret_row, row);
	memset(err, 0, sizeof(*err));
	ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, err);
	free(text);
	return ok;
}

/* Dashes and slashes a report prints for a cell it does not state. */
static void
test_blank_marks(const char *base)
{
	static const char *const marks[] = {
		"—", "-", "/", "－", "——", "–", "无",
	};
	GdError		err;

	CHECK(parse_with(base, "0", &err));
	CHECK_INT(rep.applications[SECRET * 7 + 1], 0);
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
	{
		bool		ok = parse_with(base, marks[i], &err);

		if (ok && rep.applications[SECRET * 7 + 0] == 2 && rep.applications[SECRET * 7 + 1] == NS &&
			rep.applications[SECRET * 7 + 2] == 0 && rep.applications[SECRET * 7 + 6] == 2)
			passed++;
		else
			fail_at(__FILE__, __LINE__, "\"%s\" as a blank cell: %s, commercial %d", marks[i],
					ok ? "read" : err.message, rep.applications[SECRET * 7 + 1]);
	}
}

/* Counts the parser refuses, naming the row and column. */
static void
test_refused_counts(const char *base)
{
	static const struct
	{
		const char *cell;
		const char *why;
	}			bad[] = {
		{"-5", "negative"},
		{"1.5", "fractional"},
		{"2147483648", "too large"},
		{"99999999999", "too large"},
		{"12万元", "money"},
	};
	GdError		err;

	/* the largest count is a count (rule C then fails, which a parse does not judge) */
	CHECK(parse_with(base, "2147483647", &err));
	CHECK_INT(rep.applications[SECRET * 7 + 1], 2147483647);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		bool		ok = parse_with(base, bad[i].cell, &err);

		if (!ok && err.code == GD_E_SYNTAX && strstr(err.message, bad[i].why) &&
			strstr(err.message, "withheld_state_secret") && strstr(err.message, "commercial"))
			passed++;
		else
			fail_at(__FILE__, __LINE__, "\"%s\" refused as %s: %s (%s)", bad[i].cell, bad[i].why,
					ok ? "read" : "refused", err.message);
	}
}

int
main(void)
{
	char	   *base = load("huaian-2024-pdftotext.txt");

	test_blank_marks(base);
	test_refused_counts(base);
	free(base);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
