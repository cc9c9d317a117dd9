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

#include "check.h"

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
 * A table typed with spaces: each row's label, padded to 50 characters,
 * then its values.  over[] pairs a row's key with its values (ended by a
 * NULL key); every other row prints dflt.
 */
static char *
spaced_rows(const char *const *over, const char *dflt)
{
	GdBuf		b = {0};

	gd_buf_puts(&b, "某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n");
	for (int pos = 0; pos < gd_applications_nrows(2021); pos++)
	{
		const char *key = gd_layout->rows[gd_applications_row_at(2021, pos)].name.key;
		const char *label = gd_layout->rows[gd_applications_row_at(2021, pos)].name.zh;
		const char *values = dflt;
		int			chars = 0;

		for (const char *p = label; *p; p++)
			chars += ((unsigned char) *p & 0xC0) != 0x80;
		gd_buf_puts(&b, label);
		for (; chars < 50; chars++)
			gd_buf_putc(&b, ' ');
		for (int i = 0; over[i] != NULL; i += 2)
			if (strcmp(key, over[i]) == 0)
				values = over[i + 1];
		gd_buf_puts(&b, values);
		gd_buf_putc(&b, '\n');
	}
	return b.data;
}

/*
 * The values of a row of a spaced table: value i starting at character
 * first + step·i of the line (the label fills characters 0 … 49).
 */
static const char *
values_at(char *buf, size_t len, int first, int step, const char *const *vals, int n)
{
	size_t		o = 0;

	for (int i = 0; i < n; i++)
	{
		size_t		at = (size_t) (first + step * i - 50);

		while (o < at && o + 1 < len)
			buf[o++] = ' ';
		o += (size_t) snprintf(buf + o, len - o, "%s", vals[i]);
	}
	buf[o < len ? o : len - 1] = '\0';
	return buf;
}

/*
 * The columns at 50 + 8·c (c = 0 … 6), every row printing seven zeros but
 * two, whose values are given.
 */
static char *
spaced_table(const char *row_a, const char *values_a, const char *row_b, const char *values_b)
{
	const char *const over[] = {row_a, values_a, row_b, values_b, NULL};

	return spaced_rows(over, "0       0       0       0       0       0       0");
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

static const char *const zeros[] = {"0", "0", "0", "0", "0", "0", "0"};
static const char *const fives[] = {"5", "5"};

/*
 * Columns four characters apart (50, 54, … 74).  granted prints two
 * values, 5 at 50 and 5 at 54: under 自然人 and 商业企业.  Printed at 50
 * and 56 instead, the second 5 is two characters from both 商业企业 (54)
 * and 科研机构 (58): its column is not known, so only the order is, and
 * two values in seven columns stand 21 ways: refused.
 */
static void
test_columns_close(void)
{
	char		dflt[80],
				row[80];
	const char *const over[] = {"granted", row, NULL};
	char	   *text;
	GdError		err;
	bool		ok;

	values_at(dflt, sizeof(dflt), 50, 4, zeros, 7);
	snprintf(row, sizeof(row), "5   5");
	text = spaced_rows(over, dflt);
	ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, &err);
	CHECK(ok);
	CHECK_INT(rep.applications[2 * 7 + 0], 5);
	CHECK_INT(rep.applications[2 * 7 + 1], 5);
	CHECK_INT(rep.applications[2 * 7 + 2], NS);
	CHECK_INT(rep.applications[2 * 7 + 6], NS);
	free(text);

	snprintf(row, sizeof(row), "5     5");
	text = spaced_rows(over, dflt);
	ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, &err);
	CHECK(!ok);
	CHECK_HAS(err.message, "granted");
	CHECK_HAS(err.message, "do not say which columns");
	free(text);
}

/*
 * A column that wanders: columns at 50 + 8·c + s, s the row's shift.
 * new_received s = 0, carried_over 2, granted 4, then partially_granted
 * printing 5 at 50 and 5 at 100 (under 总计 at 98 … 102), then every
 * other row at s.  new_received and total_processed print 5 0 0 0 0 0 5,
 * every other row zeros.  With s = 4 the columns stay within 4 characters
 * (one block): the second 5 is 总计, the first any column left of it, and
 * B (total_processed = the sum of the outcome rows) leaves 自然人.  With
 * s = 5 the next rows' 商业企业 would stand at 58 … 63, wider than a
 * column is: they start another block, partially_granted lies between two
 * blocks, its columns are not known, and two values in seven columns stand
 * 21 ways: refused.
 */
static void
test_column_wanders(void)
{
	static const char *const ends[] = {"5", "0", "0", "0", "0", "0", "5"};
	char		s0[80],
				s2[80],
				tot[80],
				s4[80],
				rest[80],
				sparse[80];
	const char *const over[] = {"new_received", s0, "carried_over", s2, "granted", s4,
	"partially_granted", sparse, "total_processed", tot, NULL};
	char	   *text;
	GdError		err;
	bool		ok;

	values_at(s0, sizeof(s0), 50, 8, ends, 7);
	values_at(s2, sizeof(s2), 52, 8, zeros, 7);
	values_at(s4, sizeof(s4), 54, 8, zeros, 7);
	values_at(sparse, sizeof(sparse), 50, 50, fives, 2);

	values_at(rest, sizeof(rest), 54, 8, zeros, 7);
	values_at(tot, sizeof(tot), 54, 8, ends, 7);
	text = spaced_rows(over, rest);
	ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, &err);
	CHECK(ok);
	if (!ok)
		printf("  refused: %s\n", err.message);
	CHECK_INT(rep.applications[3 * 7 + 0], 5);
	CHECK_INT(rep.applications[3 * 7 + 1], NS);
	CHECK_INT(rep.applications[3 * 7 + 5], NS);
	CHECK_INT(rep.applications[3 * 7 + 6], 5);
	free(text);

	values_at(rest, sizeof(rest), 55, 8, zeros, 7);
	values_at(tot, sizeof(tot), 55, 8, ends, 7);
	text = spaced_rows(over, rest);
	ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, &err);
	CHECK(!ok);
	CHECK_HAS(err.message, "partially_granted");
	CHECK_HAS(err.message, "do not say which columns");
	free(text);
}

/*
 * A block where only the order is known: granted prints six values one
 * character apart from 50 (1 2 3 4 5 15), too close for any column, so
 * each of the seven columns may be the one it leaves out.  new_received
 * and total_processed print 1 2 3 4 5 0 15 under the columns, every other
 * row zeros: B (total_processed = the sum of the outcome rows) holds only
 * with 其他 left out, so the identities place granted as 1 2 3 4 5 - 15.
 */
static void
test_order_only_identities(void)
{
	static const char *const totals[] = {"1", "2", "3", "4", "5", "0", "15"};
	static const char *const printed[] = {"1", "2", "3", "4", "5", "15"};
	char		dflt[80],
				tot[80],
				row[80];
	const char *const over[] = {"new_received", tot, "total_processed", tot, "granted", row, NULL};
	char	   *text;
	GdError		err;
	bool		ok;

	values_at(dflt, sizeof(dflt), 50, 8, zeros, 7);
	values_at(tot, sizeof(tot), 50, 8, totals, 7);
	values_at(row, sizeof(row), 50, 2, printed, 6);
	text = spaced_rows(over, dflt);
	ok = gd_parse_report(text, strlen(text), NULL, &rep, NULL, &err);
	CHECK(ok);
	if (!ok)
		printf("  refused: %s\n", err.message);
	CHECK_INT(rep.applications[2 * 7 + 0], 1);
	CHECK_INT(rep.applications[2 * 7 + 1], 2);
	CHECK_INT(rep.applications[2 * 7 + 2], 3);
	CHECK_INT(rep.applications[2 * 7 + 3], 4);
	CHECK_INT(rep.applications[2 * 7 + 4], 5);
	CHECK_INT(rep.applications[2 * 7 + 5], NS);
	CHECK_INT(rep.applications[2 * 7 + 6], 15);
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
	test_columns_close();
	test_column_wanders();
	test_order_only_identities();
	test_run_together_undecided();
	free(base);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
