/*
 * test_parse_cells.c — the cells of table 三 as printed, read by the
 * parser: the marks a report prints for "not stated", counts it must
 * refuse (negative, fractional, too large for a count), values placed by
 * their columns' positions, and run-together digits the identities
 * cannot split one way.
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

#include "core/layout.h"
#include "core/parse.h"
#include "core/text.h"

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

/*
 * A table typed with spaces: each row's label, then its values starting
 * at character 50 + 8·c for column c (0 … 6).  Every row prints seven
 * zeros but two, whose values are given.
 */
static char *
spaced_table(const char *row_a, const char *values_a, const char *row_b, const char *values_b)
{
	GdBuf		b = {0};

	gd_buf_puts(&b, "某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n");
	for (int pos = 0; pos < gd_applications_nrows(2021); pos++)
	{
		const char *key = gd_layout->rows[gd_applications_row_at(2021, pos)].name.key;
		const char *label = gd_layout->rows[gd_applications_row_at(2021, pos)].name.zh;
		int			chars = 0;

		for (const char *p = label; *p; p++)
			chars += ((unsigned char) *p & 0xC0) != 0x80;
		gd_buf_puts(&b, label);
		for (; chars < 50; chars++)
			gd_buf_putc(&b, ' ');
		if (strcmp(key, row_a) == 0)
			gd_buf_puts(&b, values_a);
		else if (strcmp(key, row_b) == 0)
			gd_buf_puts(&b, values_b);
		else
			gd_buf_puts(&b, "0       0       0       0       0       0       0");
		gd_buf_putc(&b, '\n');
	}
	return b.data;
}

/*
 * A row printed with fewer values than columns is placed by the columns'
 * positions: 5, 7 and 12 under 自然人, 商业企业 and 总计.  Two values
 * under one column (0 and, two characters to its right, 7, both nearest
 * 商业企业) cannot both be its cell: refused.
 */
static void
test_placed_by_position(void)
{
	/*                                 column 0       1       2 …           6 */
	char	   *text = spaced_table("granted", "5       7                                       12",
									"partially_granted", "0       0       0       0       0       0       0");
	GdError		err;
	bool		ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, &err);

	CHECK(ok);
	CHECK_INT(rep.applications[2 * 7 + 0], 5);
	CHECK_INT(rep.applications[2 * 7 + 1], 7);
	CHECK_INT(rep.applications[2 * 7 + 2], NS);
	CHECK_INT(rep.applications[2 * 7 + 5], NS);
	CHECK_INT(rep.applications[2 * 7 + 6], 12);
	free(text);

	text = spaced_table("granted", "5       7                                       12",
						"partially_granted", "        0 7");
	ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, &err);
	CHECK(!ok);
	CHECK_HAS(err.message, "partially_granted");
	CHECK_HAS(err.message, "do not say which columns");
	free(text);
}

/*
 * Run-together digits (an archived page: each row's label, then its
 * digits with nothing between).  granted and partially_granted both read
 * 110000011: 1 10 0 0 0 0 11 or 11 0 0 0 0 0 11.  total_processed and
 * new_received read 1210000022 (12 10 0 0 0 0 22, or 1 21 0 0 0 0 22),
 * every other row 0000000.  Column by column, B then leaves two readings
 * (granted 1 10 with partially_granted 11 0, and the other way round):
 * the identities do not decide, so the parser must refuse to guess.
 */
static void
test_run_together_undecided(void)
{
	GdBuf		b = {0};
	GdError		err;
	bool		ok;

	gd_buf_puts(&b, "某局2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n");
	for (int pos = 0; pos < gd_applications_nrows(2021); pos++)
	{
		const char *key = gd_layout->rows[gd_applications_row_at(2021, pos)].name.key;

		gd_buf_puts(&b, gd_layout->rows[gd_applications_row_at(2021, pos)].name.zh);
		if (strcmp(key, "granted") == 0 || strcmp(key, "partially_granted") == 0)
			gd_buf_puts(&b, "110000011");
		else if (strcmp(key, "total_processed") == 0 || strcmp(key, "new_received") == 0)
			gd_buf_puts(&b, "1210000022");
		else
			gd_buf_puts(&b, "0000000");
	}
	gd_buf_puts(&b, "\n四、政府信息公开行政复议、行政诉讼情况\n");
	ok = gd_parse_report(b.data, b.len, NULL, &rep, NULL, &err);
	CHECK(!ok);
	CHECK_HAS(err.message, "refusing to guess");
	gd_buf_free(&b);
}

int
main(void)
{
	char	   *base = load("huaian-2024-pdftotext.txt");

	test_blank_marks(base);
	test_refused_counts(base);
	test_placed_by_position();
	test_run_together_undecided();
	free(base);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
