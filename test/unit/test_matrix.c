/*
 * test_matrix.c — cell arithmetic at its edges (matrix.c): reading a cell
 * outside the table, folding the 2021 （六） rows into 2019's
 * other_handling up to the largest count and one past it.  Positions are
 * transcribed from FORMAT.md: in 2021 granted is row 3 (position 2),
 * other_no_supplement, other_unpaid_fee and other_misc rows 21–23
 * (positions 20–22); in 2019 other_handling is row 21 (position 20).
 * Last line: "N passed, M failed".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "core/layout.h"
#include "core/matrix.h"

#include "check.h"

#define NS GD_NOT_STATED
#define NCOLS 7

static void
numbered(int32_t *m)
{
	/* every cell its own number: position · 7 + column */
	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		m[i] = i;
}

/* A cell outside the table reads as not stated, never as a neighbour. */
static void
test_get(void)
{
	int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
	int			granted = gd_applications_row_id("granted");

	numbered(m);
	CHECK_INT(gd_applications_get(2021, m, granted, 0), 2 * NCOLS + 0);
	CHECK_INT(gd_applications_get(2021, m, granted, 6), 2 * NCOLS + 6);
	CHECK_INT(gd_applications_get(2021, m, granted, 7), NS);	/* not row 3's first */
	CHECK_INT(gd_applications_get(2021, m, granted, -1), NS);
	CHECK_INT(gd_applications_get(2021, m, -1, 0), NS);
	CHECK_INT(gd_applications_get(2021, m, gd_applications_row_id("other_handling"), 0), NS);
	CHECK_INT(gd_applications_get(2019, m, gd_applications_row_id("other_misc"), 0), NS);
	CHECK_INT(gd_applications_get(2019, m, gd_applications_row_id("other_handling"), 3), 20 * NCOLS + 3);
}

/* 2021 → 2019: the three （六） rows add up in other_handling. */
static void
test_fold_limit(void)
{
	int32_t		from[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		to[GD_APPLICATIONS_NCELLS_MAX];
	GdError		err;

	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		from[i] = NS;
	from[20 * NCOLS + 0] = 2147483640;
	from[21 * NCOLS + 0] = 7;
	from[20 * NCOLS + 1] = 1;
	from[22 * NCOLS + 1] = 2;
	from[2 * NCOLS + 5] = 9;
	err.code = GD_OK;
	CHECK(gd_applications_fold(2021, 2019, from, to, &err));
	CHECK_INT(err.code, GD_OK);
	CHECK_INT(to[20 * NCOLS + 0], 2147483647);
	CHECK_INT(to[20 * NCOLS + 1], 3);
	CHECK_INT(to[20 * NCOLS + 2], NS);	/* every part blank */
	CHECK_INT(to[2 * NCOLS + 5], 9);
	CHECK_INT(to[22 * NCOLS + 0], NS);	/* carried_forward, blank as given */

	from[21 * NCOLS + 0] = 8;
	CHECK(!gd_applications_fold(2021, 2019, from, to, &err));
	CHECK_INT(err.code, GD_E_RANGE);

	/* the same format: a copy */
	from[21 * NCOLS + 0] = 7;
	CHECK(gd_applications_fold(2021, 2021, from, to, &err));
	CHECK_INT(to[20 * NCOLS + 0], 2147483640);
	CHECK_INT(to[21 * NCOLS + 0], 7);
}

/* Sums up to the largest count, and one past it. */
static void
test_add_limit(void)
{
	int32_t		a[GD_APPEALS_NCELLS];
	int32_t		b[GD_APPEALS_NCELLS];
	GdError		err;

	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		a[i] = b[i] = NS;
	a[3] = 2147483000;
	b[3] = 647;
	a[4] = 5;
	b[9] = 6;
	CHECK(gd_appeals_add(a, b, &err));
	CHECK_INT(a[3], 2147483647);
	CHECK_INT(a[4], 5);
	CHECK_INT(a[9], 6);
	CHECK_INT(a[0], NS);
	CHECK(!gd_appeals_add(a, b, &err));	/* 2147483647 + 647 */
	CHECK_INT(err.code, GD_E_RANGE);
}

int
main(void)
{
	test_get();
	test_fold_limit();
	test_add_limit();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
