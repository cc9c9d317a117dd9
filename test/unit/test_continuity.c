/*
 * test_continuity.c — the checks across consecutive years (continuity.c).
 *
 * FORMAT.md, "Across years": X1 carried_over (Y) = carried_forward (Y−1)
 * per column; X2 in_force (Y) = in_force (Y−1) + issued (Y) − repealed (Y)
 * for rules and normative documents, both years in the 2021 format; X3 a
 * table repeating last year's numbers cell for cell, unless all zero or
 * blank; only consecutive years.  Reports are built here cell by cell;
 * row and cell positions are transcribed from FORMAT.md, every expected
 * number worked out by hand.  Last line: "N passed, M failed".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/continuity.h"
#include "core/report.h"

#include "check.h"

#define NS GD_NOT_STATED
#define PNS GD_PROACTIVE_NOT_STATED
#define NCOLS 7

/* Table 三 rows (FORMAT.md): carried_over is the second row of both
 * formats, carried_forward the last (25th in 2021, 23rd in 2019). */
#define CO 1
#define CF_2021 24
#define CF_2019 22

/* Table 二, 2021: rules issued, repealed, in force; the same for
 * normative documents; then licensing, penalty, coercion, fees. */
#define RULES_ISSUED 0
#define RULES_REPEALED 1
#define RULES_IN_FORCE 2
#define NORM_ISSUED 3
#define NORM_REPEALED 4
#define NORM_IN_FORCE 5
#define NCELLS_2021 10
#define NCELLS_2019 22

static void
empty_report(GdReportData *r, int year, int format)
{
	memset(r, 0, sizeof(*r));
	r->year = year;
	r->format = format;
	r->applications_format = format;
	r->proactive_format = format;
	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		r->applications[i] = NS;
	for (int i = 0; i < GD_PROACTIVE_NCELLS_MAX; i++)
		r->proactive[i] = PNS;
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		r->appeals[i] = NS;
}

static void
set_row(GdReportData *r, int row, const int32_t v[NCOLS])
{
	r->has_applications = true;
	memcpy(&r->applications[row * NCOLS], v, sizeof(int32_t) * NCOLS);
}

static int
count_rule(const GdViolation *v, int n, const char *rule)
{
	int			k = 0;

	for (int i = 0; i < n; i++)
		k += strcmp(v[i].rule, rule) == 0;
	return k;
}

static const GdViolation *
find(const GdViolation *v, int n, const char *rule, const char *column)
{
	for (int i = 0; i < n; i++)
		if (strcmp(v[i].rule, rule) == 0 &&
			(column == NULL || (v[i].column_key && strcmp(v[i].column_key, column) == 0)))
			return &v[i];
	return NULL;
}

/*
 * X1.  2023 carried forward 3 0 1 0 0 2 | 6; 2024 carried over the same.
 * 2024's own carried_forward (9 9 9 9 9 9 | 54) has nothing to do with it.
 */
static void
test_x1(void)
{
	static const int32_t cf23[NCOLS] = {3, 0, 1, 0, 0, 2, 6};
	static const int32_t cf24[NCOLS] = {9, 9, 9, 9, 9, 9, 54};
	GdReportData prev,
				cur;
	static GdViolation v[GD_MAX_CONTINUITY];
	const GdViolation *x;
	int32_t		co24[NCOLS];
	int			n;

	empty_report(&prev, 2023, 2021);
	empty_report(&cur, 2024, 2021);
	set_row(&prev, CF_2021, cf23);
	set_row(&cur, CO, cf23);
	set_row(&cur, CF_2021, cf24);
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);

	/* 2024 says commercial carried over 5 (2023 carried forward 0) */
	memcpy(co24, cf23, sizeof(co24));
	co24[1] = 5;
	co24[6] = 11;
	set_row(&cur, CO, co24);
	n = gd_check_continuity(&prev, &cur, v);
	CHECK_INT(n, 2);
	x = find(v, n, "X1", "commercial");
	CHECK(x != NULL);
	if (x)
	{
		CHECK_STR(x->severity, "warning");
		CHECK_STR(x->row_key, "carried_over");
		CHECK(x->has_numbers);
		CHECK_INT(x->expected, 0);
		CHECK_INT(x->reported, 5);
		CHECK_HAS(x->message, "rule X1");
		CHECK_HAS(x->message, "2023");
		CHECK_HAS(x->message, "2024");
	}
	x = find(v, n, "X1", "total");
	CHECK(x != NULL && x->expected == 6 && x->reported == 11);

	/* a blank on either side is not compared */
	co24[1] = NS;
	co24[6] = NS;
	set_row(&cur, CO, co24);
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
	memcpy(co24, cf23, sizeof(co24));
	co24[0] = 4;				/* natural_person 4, but 2023 left it blank */
	set_row(&cur, CO, co24);
	prev.applications[CF_2021 * NCOLS + 0] = NS;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);

	/* 2019-format year before a 2021-format year: rows found by role */
	empty_report(&prev, 2020, 2019);
	empty_report(&cur, 2021, 2021);
	set_row(&prev, CF_2019, cf23);
	set_row(&cur, CO, cf24);
	n = gd_check_continuity(&prev, &cur, v);
	CHECK_INT(count_rule(v, n, "X1"), 7);
	x = find(v, n, "X1", "research");
	CHECK(x != NULL && x->expected == 1 && x->reported == 9);
}

/* Only consecutive years are compared. */
static void
test_years(void)
{
	static const int32_t cf[NCOLS] = {1, 0, 0, 0, 0, 0, 1};
	static const int32_t co[NCOLS] = {2, 0, 0, 0, 0, 0, 2};
	GdReportData prev,
				cur;
	static GdViolation v[GD_MAX_CONTINUITY];

	empty_report(&prev, 2022, 2021);
	empty_report(&cur, 2024, 2021);
	set_row(&prev, CF_2021, cf);
	set_row(&cur, CO, co);
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);	/* a gap year */
	prev.year = 2023;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 2);	/* natural_person, total */
	prev.year = 2025;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);	/* the wrong way round */
	prev.year = 2024;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);	/* the same year */
	prev.year = 0;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);	/* year unknown */
	prev.year = 2023;
	cur.year = 0;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
}

/*
 * X2.  2023: 10 rules in force, 40 normative documents.  2024: 3 rules
 * issued, 2 repealed, so 10 + 3 − 2 = 11 in force; 5 documents issued,
 * 1 repealed: 40 + 5 − 1 = 44.
 */
static void
test_x2(void)
{
	GdReportData prev,
				cur;
	static GdViolation v[GD_MAX_CONTINUITY];
	const GdViolation *x;
	int			n;

	empty_report(&prev, 2023, 2021);
	empty_report(&cur, 2024, 2021);
	prev.has_proactive = cur.has_proactive = true;
	prev.proactive[RULES_IN_FORCE] = 10;
	prev.proactive[NORM_IN_FORCE] = 40;
	cur.proactive[RULES_ISSUED] = 3;
	cur.proactive[RULES_REPEALED] = 2;
	cur.proactive[RULES_IN_FORCE] = 11;
	cur.proactive[NORM_ISSUED] = 5;
	cur.proactive[NORM_REPEALED] = 1;
	cur.proactive[NORM_IN_FORCE] = 44;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);

	cur.proactive[RULES_IN_FORCE] = 12;
	n = gd_check_continuity(&prev, &cur, v);
	CHECK_INT(n, 1);
	if (n == 1)
	{
		CHECK_STR(v[0].rule, "X2");
		CHECK_STR(v[0].severity, "warning");
		CHECK_STR(v[0].row_key, "rules");
		CHECK_STR(v[0].column_key, "in_force");
		CHECK_INT(v[0].expected, 11);
		CHECK_INT(v[0].reported, 12);
		CHECK_HAS(v[0].message, "rule X2");
	}

	/* blank issued and repealed count as 0: 40 expected, 44 reported */
	cur.proactive[RULES_IN_FORCE] = 11;
	cur.proactive[NORM_ISSUED] = PNS;
	cur.proactive[NORM_REPEALED] = PNS;
	n = gd_check_continuity(&prev, &cur, v);
	x = find(v, n, "X2", "in_force");
	CHECK_INT(n, 1);
	CHECK(x != NULL && strcmp(x->row_key, "normative_docs") == 0 &&
		  x->expected == 40 && x->reported == 44);

	/* a blank in force on either side: nothing to compare */
	cur.proactive[NORM_IN_FORCE] = PNS;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
	cur.proactive[NORM_IN_FORCE] = 44;
	prev.proactive[NORM_IN_FORCE] = PNS;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);

	/* the year before in the 2019 format has no in-force cells */
	empty_report(&prev, 2020, 2019);
	prev.has_proactive = true;
	for (int i = 0; i < NCELLS_2019; i++)
		prev.proactive[i] = 7;
	cur.year = 2021;
	cur.proactive[RULES_IN_FORCE] = 99;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
}

/* X3, for each table. */
static void
test_x3(void)
{
	GdReportData prev,
				cur;
	static GdViolation v[GD_MAX_CONTINUITY];
	int			n;

	/* table 三 repeated with numbers in it: 2 in granted × natural_person */
	empty_report(&prev, 2023, 2021);
	for (int i = 0; i < 25 * NCOLS; i++)
		prev.applications[i] = 0;
	prev.applications[2 * NCOLS + 0] = 2;
	prev.has_applications = true;
	cur = prev;
	cur.year = 2024;
	/* carried_over must equal last year's carried_forward (0): X1 quiet */
	n = gd_check_continuity(&prev, &cur, v);
	CHECK_INT(n, 1);
	if (n == 1)
	{
		CHECK_STR(v[0].rule, "X3");
		CHECK_STR(v[0].severity, "warning");
		CHECK(!v[0].has_numbers);
		CHECK(v[0].row_key == NULL && v[0].column_key == NULL);
		CHECK_HAS(v[0].message, "2024");
		CHECK_HAS(v[0].message, "三");
	}

	/* all zero: a body without applications, year after year */
	prev.applications[2 * NCOLS + 0] = 0;
	cur = prev;
	cur.year = 2024;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
	/* zeros and blanks */
	prev.applications[5 * NCOLS + 3] = NS;
	prev.applications[24 * NCOLS + 6] = NS;
	cur = prev;
	cur.year = 2024;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
	/* all blank */
	empty_report(&prev, 2023, 2021);
	prev.has_applications = true;
	cur = prev;
	cur.year = 2024;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);

	/* table 二: zeros and blanks repeated are normal, a figure is not */
	empty_report(&prev, 2023, 2021);
	prev.has_proactive = true;
	for (int i = 0; i < NCELLS_2021; i++)
		prev.proactive[i] = (i % 2) ? 0 : PNS;
	cur = prev;
	cur.year = 2024;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
	prev.proactive[9] = 1500000;	/* fees 1.5 万元 */
	cur = prev;
	cur.year = 2024;
	n = gd_check_continuity(&prev, &cur, v);
	CHECK_INT(count_rule(v, n, "X3"), 1);
	CHECK(n >= 1 && strstr(v[n - 1].message, "二") != NULL);

	/* table 二 in different formats is not compared cell for cell */
	cur.proactive_format = 2019;
	CHECK_INT(count_rule(v, gd_check_continuity(&prev, &cur, v), "X3"), 0);

	/* table 四: zeros repeated are normal; 1 upheld review repeated is not */
	empty_report(&prev, 2023, 2021);
	prev.has_appeals = true;
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		prev.appeals[i] = 0;
	cur = prev;
	cur.year = 2024;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
	prev.appeals[0] = 1;
	prev.appeals[4] = 1;
	cur = prev;
	cur.year = 2024;
	n = gd_check_continuity(&prev, &cur, v);
	CHECK_INT(n, 1);
	CHECK(n == 1 && strcmp(v[0].rule, "X3") == 0 && strstr(v[0].message, "四") != NULL);
	/* one cell different: no repeat */
	cur.appeals[14] = 2;
	CHECK_INT(gd_check_continuity(&prev, &cur, v), 0);
}

int
main(void)
{
	test_x1();
	test_years();
	test_x2();
	test_x3();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
