/*
 * test_compare.c — the year-over-year comparison of core/compare.c, with
 * expectations written by hand: which cells are listed, in which order,
 * before and after, and how values of two formats meet.  Run from the
 * repository root.  Last line: "N passed, N failed".
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/compare.h"
#include "core/matrix.h"
#include "core/report.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

/* The change for (row key, column key), or NULL. */
static const GdChange *
find(const GdChange *c, int n, const char *row, const char *column)
{
	for (int i = 0; i < n; i++)
		if (strcmp(c[i].row->key, row) == 0 && strcmp(c[i].column->key, column) == 0)
			return &c[i];
	return NULL;
}

static int
changed(const GdChange *c, int n)
{
	int			k = 0;

	for (int i = 0; i < n; i++)
		k += !gd_change_unchanged(&c[i]);
	return k;
}

/* 2021 (25 rows) and 2019 (23 rows): every cell 0, a few set below. */
static void
zeros(int32_t *m, int ncells)
{
	for (int i = 0; i < ncells; i++)
		m[i] = 0;
}

static void
test_applications(void)
{
	int32_t		a[25 * 7],
				b[25 * 7],
				old[23 * 7];
	GdChange	c[GD_CHANGES_MAX];
	GdError		err;
	const GdChange *x;
	int			n;

	zeros(a, 25 * 7);
	zeros(b, 25 * 7);
	a[2 * 7 + 0] = 6;			/* granted × natural_person */
	b[2 * 7 + 0] = 9;
	b[2 * 7 + 5] = -1;			/* granted × other_org: blank after */
	a[23 * 7 + 6] = 20;			/* total_processed × total */
	b[23 * 7 + 6] = 25;
	n = gd_applications_compare(2021, a, 2021, b, c, &err);
	CHECK(n == 175, "2021 against 2021: 175 cells (%d)", n);
	CHECK(changed(c, n) == 3, "three cells changed (%d)", changed(c, n));
	x = find(c, n, "granted", "natural_person");
	CHECK(x && x->has_before && x->has_after && x->before == 6 && x->after == 9 && x->row_no == 3 &&
		  x->column_no == 1 && strcmp(x->table, "三") == 0, "granted × natural_person 6 → 9, row 3, column 1");
	x = find(c, n, "granted", "other_org");
	CHECK(x && x->has_before && !x->has_after && !gd_change_unchanged(x), "other_org 0 → not stated is a change");
	x = find(c, n, "total_processed", "total");
	CHECK(x && x->before == 20 && x->after == 25 && x->row_no == 25,
		  "total_processed × total 20 → 25, its row number 25 in every format");
	CHECK(strcmp(c[0].row->key, "new_received") == 0 && strcmp(c[174].row->key, "carried_forward") == 0 &&
		  strcmp(c[174].column->key, "total") == 0, "cells in printed order");

	/* 2019 before, 2021 after: compared in 2019, （六） folded */
	zeros(old, 23 * 7);
	old[20 * 7 + 0] = 4;		/* other_handling × natural_person */
	b[20 * 7 + 0] = 1;			/* other_no_supplement */
	b[21 * 7 + 0] = 2;			/* other_unpaid_fee */
	b[22 * 7 + 0] = -1;			/* other_misc: blank, adds nothing */
	n = gd_applications_compare(2019, old, 2021, b, c, &err);
	CHECK(n == 161, "2019 against 2021: the 161 cells of 2019 (%d)", n);
	x = find(c, n, "other_handling", "natural_person");
	CHECK(x && x->before == 4 && x->after == 3 && x->row_no == 21, "other_handling 4 → 1 + 2 = 3, row 21");
	CHECK(find(c, n, "other_misc", "natural_person") == NULL, "no 2021 sub-row in the comparison");
	x = find(c, n, "total_processed", "total");
	CHECK(x && x->before == 0 && x->after == 25 && x->row_no == 25, "total_processed keeps its number (25)");

	/* a fold beyond 2147483647 is an error, not a wrapped number */
	b[20 * 7 + 0] = 2147483647;
	n = gd_applications_compare(2019, old, 2021, b, c, &err);
	CHECK(n < 0 && err.code == GD_E_RANGE, "a folded cell beyond 2147483647 is an error");
}

static void
test_appeals(void)
{
	int32_t		a[15] = {4, 7, 0, 0, 11, 1, 0, 0, 1, 2, 1, 0, 0, 2, 3};
	int32_t		b[15] = {4, 5, 0, 0, 9, 1, 0, 0, 1, 2, 1, 0, 0, 2, 3};
	GdChange	c[GD_CHANGES_MAX];
	int			n = gd_appeals_compare(a, b, c);
	const GdChange *x = find(c, n, "review", "corrected");

	CHECK(n == 15 && changed(c, n) == 2, "table 四: 15 cells, 2 changed");
	CHECK(x && x->before == 7 && x->after == 5 && x->row_no == 1 && x->column_no == 2 &&
		  strcmp(x->table, "四") == 0, "review × corrected 7 → 5");
}

static void
test_proactive(void)
{
	/* 2019's 22 cells and 2021's 10 share licensing, penalty and coercion decisions */
	int64_t		p19[22],
				p21[10];
	GdChange	c[GD_CHANGES_MAX];
	const GdChange *x;
	int			n;

	for (int i = 0; i < 22; i++)
		p19[i] = i;
	for (int i = 0; i < 10; i++)
		p21[i] = 100 + i;
	p21[9] = 1500000;			/* fees_collected: 1.5 万元 */
	n = gd_proactive_compare(2019, p19, 2021, p21, c);
	CHECK(n == 29, "2019 against 2021: 10 + 22 − 3 shared = 29 cells (%d)", n);
	CHECK(strcmp(c[0].column->key, "rules_issued") == 0 && strcmp(c[0].row->key, "rules") == 0 &&
		  !c[0].has_before && c[0].has_after && c[0].after == 100, "the later format's cells first");
	x = find(c, n, "licensing", "licensing_decisions");
	CHECK(x && x->has_before && x->has_after && x->before == 8 && x->after == 106,
		  "licensing_decisions is in both (2019 position 8, 2021 position 6)");
	x = find(c, n, "fees", "fees_collected");
	CHECK(x && !x->has_before && x->after == 1500000 && x->kind == GD_KIND_MONEY, "money kept in millionths");
	x = find(c, n, "procurement", "procurement_amount");
	CHECK(x && x->has_before && !x->has_after && x->before == 21 && x == &c[28],
		  "a 2019-only cell last, blank after");
}

int
main(void)
{
	test_applications();
	test_appeals();
	test_proactive();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
