/*
 * test_parse_driver.c — what gd_parse_report does around the tables:
 * strict and partial parses, input with nothing in it, where table 四
 * starts, the year from the sign-off, how much of a row label must be
 * printed for the row to be taken.
 *
 * The base is the seed report, test/data/hongqi-2024.txt, rewritten one
 * place at a time; its table 四 reads, as printed, 4 7 0 0 11 | 1 0 0 1 2
 * | 1 0 0 2 3.  Run from the repository root.  Last line: "N passed, M
 * failed".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"

#include "check.h"

static const int32_t seed_appeals[15] = {4, 7, 0, 0, 11, 1, 0, 0, 1, 2, 1, 0, 0, 2, 3};
static const char seed_title[] = "# 红旗区人民政府 2024 年政府信息公开工作年度报告";
static const char seed_appeals_row[] = "4\t7\t0\t0\t11\t1\t0\t0\t1\t2\t1\t0\t0\t2\t3";

static GdReportData rep;

static char *
load(const char *name)
{
	char		path[512];
	FILE	   *f;
	long		n;
	char	   *b;

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

static bool
parse(const char *text, bool partial, GdError *err)
{
	GdParseOptions opts = {0};

	opts.partial = partial;
	memset(err, 0, sizeof(*err));
	return gd_parse_report(text, strlen(text), &opts, &rep, NULL, err);
}

static bool
same_appeals(const int32_t *want)
{
	return memcmp(rep.appeals, want, sizeof(rep.appeals)) == 0;
}

/* The seed as it is: the base of what follows. */
static void
test_seed(const char *seed)
{
	GdError		err;

	CHECK(parse(seed, false, &err));
	CHECK_STR(rep.organ, "红旗区人民政府");
	CHECK_INT(rep.year, 2024);
	CHECK(rep.has_appeals && same_appeals(seed_appeals));
}

/*
 * Table 四 with a value missing: strict refuses the report, naming table
 * 四; partial keeps tables 二 and 三 and leaves table 四 out.
 */
static void
test_strict_and_partial(const char *seed)
{
	char	   *t = replace(seed, seed_appeals_row, "4\t7\t0\t0\t11\t1\t0\t0\t1\t2\t1\t0\t0\t2");
	GdError		err;

	CHECK(!parse(t, false, &err));
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.message, "table 四");
	CHECK_HAS(err.message, "14 values");
	CHECK(parse(t, true, &err));
	CHECK(rep.has_applications && rep.has_proactive && !rep.has_appeals);
	CHECK_INT(rep.applications[0], 16);	/* new_received × natural_person */
	free(t);

	/* sixteen values: one too many is refused as well, never dropped */
	t = replace(seed, seed_appeals_row, "4\t7\t0\t0\t11\t1\t0\t0\t1\t2\t1\t0\t0\t2\t3\t9");
	CHECK(!parse(t, false, &err));
	CHECK_HAS(err.message, "16 values");
	free(t);
}

/* Input with no text in it. */
static void
test_empty(void)
{
	GdError		err;

	CHECK(!parse("<html><body></body></html>", false, &err));
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.message, "empty");
	CHECK(!parse("", false, &err));
	CHECK_HAS(err.message, "empty");
}

/*
 * Table 四's header straight after table 三 (its section heading left
 * out): the 行政复议 that starts it is where table 三 ends.
 */
static void
test_appeals_right_after(const char *seed)
{
	char	   *t = replace(seed, "#### 四、政府信息公开行政复议、行政诉讼情况\n", "");
	GdError		err;

	CHECK(parse(t, false, &err));
	CHECK(rep.has_appeals && same_appeals(seed_appeals));
	free(t);
}

/*
 * No title and no statistics period: the sign-off's date 2025年1月20日
 * gives the year before it, 2024 (reports are published the year after).
 */
static void
test_year_from_sign_off(const char *seed)
{
	char	   *a = replace(seed, seed_title, "# 信息公开");
	size_t		n = strlen(a);
	char	   *b = malloc(n + 128);
	GdError		err;

	memcpy(b, a, n);
	strcpy(b + n, "\n\n红旗区人民政府办公室\n2025年1月20日\n");
	CHECK(parse(b, false, &err));
	CHECK_INT(rep.year, 2024);
	CHECK_STR(rep.organ, "红旗区人民政府办公室");
	free(a);
	free(b);
}

/*
 * A row label printed with too little of it: 4.无正当理由大量反复申请
 * (11 characters besides its number) printed as 4.无正当理由 (5, under
 * 60 %) is not the row, and the report is refused.  With 7 of them
 * (无正当理由大量) it is taken.
 */
static void
test_damaged_label(const char *seed)
{
	char	   *t = replace(seed, "4. 无正当理由大量反复申请\t", "4. 无正当理由\t");
	GdError		err;

	CHECK(!parse(t, false, &err));
	CHECK_INT(err.code, GD_E_SYNTAX);
	free(t);
	t = replace(seed, "4. 无正当理由大量反复申请\t", "4. 无正当理由大量\t");
	CHECK(parse(t, false, &err));
	free(t);
}

int
main(void)
{
	char	   *seed = load("hongqi-2024.txt");

	test_seed(seed);
	test_strict_and_partial(seed);
	test_empty();
	test_appeals_right_after(seed);
	test_year_from_sign_off(seed);
	test_damaged_label(seed);
	free(seed);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
