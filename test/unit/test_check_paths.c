/*
 * test_check_paths.c — the two ways table 三 is judged, held to one answer.
 *
 * gd_applications_consistent takes a 32-bit fast path for tables whose
 * cells are all below 2^26 and the general 64-bit engine otherwise;
 * gd_applications_violations always takes the general engine.  Both must
 * judge every row and column, blank cells by the rules of FORMAT.md
 * ("Blank cells"), and neither may wrap.  The tables below are built here
 * from hand-chosen parts, their totals added up in this file; row
 * positions and keys are transcribed from FORMAT.md.  Last line: "N
 * passed, M failed".
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "core/check.h"
#include "core/error.h"
#include "core/layout.h"

#include "check.h"

#define NS GD_NOT_STATED
#define NCOLS 7
#define TOT 6					/* the total column, last of the seven */

/* Row keys in the order of each format (FORMAT.md). */
static const char *const keys2021[25] = {
	"new_received", "carried_over", "granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited_by_law",
	"withheld_security_stability", "withheld_third_party",
	"withheld_internal_affairs", "withheld_process_info",
	"withheld_enforcement_file", "withheld_inquiry_matter",
	"unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
	"not_processed_complaint", "not_processed_duplicate",
	"not_processed_publication", "not_processed_excessive",
	"not_processed_confirmation",
	"other_no_supplement", "other_unpaid_fee", "other_misc",
	"total_processed", "carried_forward"
};

static const char *const keys2019[23] = {
	"new_received", "carried_over", "granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited_by_law",
	"withheld_security_stability", "withheld_third_party",
	"withheld_internal_affairs", "withheld_process_info",
	"withheld_enforcement_file", "withheld_inquiry_matter",
	"unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
	"not_processed_complaint", "not_processed_duplicate",
	"not_processed_publication", "not_processed_excessive",
	"not_processed_confirmation", "other_handling",
	"total_processed", "carried_forward"
};

/* In both formats: new_received 0, carried_over 1, outcomes 2 … n-3,
 * total_processed n-2, carried_forward n-1. */
#define NR 0
#define CO 1

static int
nrows_of(int format)
{
	return format == 2021 ? 25 : 23;
}

static const char *
key_of(int format, int row)
{
	return format == 2021 ? keys2021[row] : keys2019[row];
}

static void
blank(int32_t *m)
{
	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		m[i] = NS;
}

/*
 * A consistent table with every cell stated: small outcome counts that
 * differ by row and column, each column's total_processed their sum,
 * carried_forward c + 1, carried_over c, new_received what A then needs,
 * and each row's total the sum of its six columns.
 */
static void
consistent_table(int format, int32_t *m)
{
	int			n = nrows_of(format);
	int			tp = n - 2,
				cf = n - 1;

	blank(m);
	for (int c = 0; c < TOT; c++)
	{
		int32_t		sum = 0;

		for (int r = 2; r < tp; r++)
		{
			m[r * NCOLS + c] = (r * 7 + c * 3) % 5;
			sum += m[r * NCOLS + c];
		}
		m[tp * NCOLS + c] = sum;
		m[cf * NCOLS + c] = c + 1;
		m[CO * NCOLS + c] = c;
		m[NR * NCOLS + c] = sum + (c + 1) - c;
	}
	for (int r = 0; r < n; r++)
	{
		int32_t		sum = 0;

		for (int c = 0; c < TOT; c++)
			sum += m[r * NCOLS + c];
		m[r * NCOLS + TOT] = sum;
	}
}

/* Both paths agree, and say consistent (true) or not. */
static void
check_both(int format, const int32_t *m, bool want, int line)
{
	static GdViolation v[GD_MAX_VIOLATIONS];
	bool		fast = gd_applications_consistent(format, m);
	int			n = gd_applications_violations(format, m, v);

	if (fast == want)
		passed++;
	else
		fail_at(__FILE__, line, "gd_applications_consistent(%d) is %d, expected %d",
				format, fast, want);
	if ((n == 0) == want)
		passed++;
	else
		fail_at(__FILE__, line, "gd_applications_violations(%d) found %d, expected %s",
				format, n, want ? "none" : "some");
}

/* The built table is consistent in both formats (the base of what follows). */
static void
test_base(void)
{
	int32_t		m[GD_APPLICATIONS_NCELLS_MAX];

	consistent_table(2021, m);
	check_both(2021, m, true, __LINE__);
	/* hand check of one column: natural_person carried_forward 1, carried_over 0 */
	CHECK_INT(m[24 * NCOLS + 0], 1);
	CHECK_INT(m[1 * NCOLS + 0], 0);
	consistent_table(2019, m);
	check_both(2019, m, true, __LINE__);
}

/*
 * Rule C failing in one row only, for every row of both formats, the last
 * (carried_forward) included.  With every cell stated that is impossible
 * (the column identities in the total column tie the row totals
 * together), so the total column's new_received and total_processed are
 * left blank: A and B are then not judged in that column, nor C in those
 * two rows, and a total one too high fails rule C in its own row alone.
 */
static void
test_rule_c_in_every_row(void)
{
	static const int formats[] = {2021, 2019};
	static GdViolation v[GD_MAX_VIOLATIONS];

	for (int f = 0; f < 2; f++)
	{
		int			format = formats[f];
		int			n = nrows_of(format);
		int			tp = n - 2;
		int			caught = 0;

		for (int r = 0; r < n; r++)
		{
			int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
			int			nv;
			int64_t		parts = 0;

			if (r == NR || r == tp)
				continue;
			consistent_table(format, m);
			m[NR * NCOLS + TOT] = NS;
			m[tp * NCOLS + TOT] = NS;
			check_both(format, m, true, __LINE__);
			for (int c = 0; c < TOT; c++)
				parts += m[r * NCOLS + c];
			m[r * NCOLS + TOT] += 1;
			check_both(format, m, false, __LINE__);
			nv = gd_applications_violations(format, m, v);
			if (nv == 1 && strcmp(v[0].rule, "C") == 0 &&
				strcmp(v[0].row_key, key_of(format, r)) == 0 &&
				v[0].expected == parts && v[0].reported == parts + 1)
				caught++;
			else
				fail_at(__FILE__, __LINE__, "format %d row %s: %d violations, first %s %s",
						format, key_of(format, r), nv, nv ? v[0].rule : "-",
						nv && v[0].row_key ? v[0].row_key : "-");
		}
		CHECK_INT(caught, n - 2);
	}
}

/*
 * The same on the branch-free path (cells of 2^16 and more, below 2^26):
 * the built table times 100000, so that its totals reach millions, and
 * one row total 1 too high, in every row.
 */
static void
test_rule_c_in_every_row_wide(void)
{
	static const int formats[] = {2021, 2019};

	for (int f = 0; f < 2; f++)
	{
		int			format = formats[f];
		int			n = nrows_of(format);
		int			tp = n - 2;
		int			caught = 0;

		for (int r = 0; r < n; r++)
		{
			int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
			int32_t		largest = 0;

			if (r == NR || r == tp)
				continue;
			consistent_table(format, m);
			for (int i = 0; i < n * NCOLS; i++)
			{
				m[i] *= 100000;
				largest = m[i] > largest ? m[i] : largest;
			}
			m[NR * NCOLS + TOT] = NS;
			m[tp * NCOLS + TOT] = NS;
			CHECK(largest >= (1 << 16) && largest < (1 << 26));
			check_both(format, m, true, __LINE__);
			m[r * NCOLS + TOT] += 1;
			if (!gd_applications_consistent(format, m))
				caught++;
			else
				fail_at(__FILE__, __LINE__, "format %d row %s: a row total 1 too high passes",
						format, key_of(format, r));
		}
		CHECK_INT(caught, n - 2);
	}
}

/*
 * Where a pooled sum may derive a blank cell: each row's total and
 * （七）总计 in each column (FORMAT.md, rules B and C), by position: 2021
 * has 25 rows, total_processed at 23; 2019 has 23, total_processed at 21.
 * Blanking exactly those cells of a consistent table and filling gives the
 * table back.
 */
static void
test_derived_cells(void)
{
	static const int formats[] = {2021, 2019};

	for (int f = 0; f < 2; f++)
	{
		int			format = formats[f];
		int			n = nrows_of(format);
		int			tp = format == 2021 ? 23 : 21;
		int			pos[GD_APPLICATIONS_NCELLS_MAX];
		bool		want[GD_APPLICATIONS_NCELLS_MAX] = {false};
		bool		got[GD_APPLICATIONS_NCELLS_MAX] = {false};
		int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
		int32_t		orig[GD_APPLICATIONS_NCELLS_MAX];
		int			k = gd_applications_derived_cells(format, pos);
		int			same = 0;
		GdError		err;

		for (int r = 0; r < n; r++)
			want[r * NCOLS + TOT] = true;
		for (int c = 0; c < NCOLS; c++)
			want[tp * NCOLS + c] = true;
		CHECK_INT(k, n + TOT);
		for (int i = 0; i < k; i++)
		{
			CHECK(pos[i] >= 0 && pos[i] < n * NCOLS);
			if (pos[i] >= 0 && pos[i] < n * NCOLS)
				got[pos[i]] = true;
		}
		for (int i = 0; i < n * NCOLS; i++)
			same += got[i] == want[i];
		CHECK_INT(same, n * NCOLS);

		consistent_table(format, orig);
		memcpy(m, orig, sizeof(m));
		for (int i = 0; i < k; i++)
			if (pos[i] >= 0 && pos[i] < n * NCOLS)
				m[pos[i]] = NS;
		err.code = GD_OK;
		CHECK(gd_applications_fill_derived(format, m, &err));
		CHECK(memcmp(m, orig, sizeof(int32_t) * n * NCOLS) == 0);
	}
	/* table 四: the total of each of its three blocks (5 cells, the total last): 4, 9, 14 */
	{
		int			pos[GD_APPEALS_NCELLS];
		bool		got[GD_APPEALS_NCELLS] = {false};
		int			k = gd_appeals_derived_cells(pos);

		CHECK_INT(k, 3);
		for (int i = 0; i < k && i < 3; i++)
			if (pos[i] >= 0 && pos[i] < GD_APPEALS_NCELLS)
				got[pos[i]] = true;
		CHECK(got[4] && got[9] && got[14]);
	}
}

/* The same, named: a rule C failure confined to the last row. */
static void
test_rule_c_last_row(void)
{
	int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
	static GdViolation v[GD_MAX_VIOLATIONS];
	int			n;

	/*
	 * 2021 carried_forward: 1 2 3 4 5 6 (built), total 21 written as 22;
	 * new_received × total left blank so that A cannot notice.
	 */
	consistent_table(2021, m);
	m[NR * NCOLS + TOT] = NS;
	CHECK_INT(m[24 * NCOLS + TOT], 21);
	m[24 * NCOLS + TOT] = 22;
	CHECK(!gd_applications_consistent(2021, m));
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(n, 1);
	if (n == 1)
	{
		CHECK_STR(v[0].rule, "C");
		CHECK_STR(v[0].row_key, "carried_forward");
		CHECK_STR(v[0].column_key, "total");
		CHECK_INT(v[0].expected, 21);
		CHECK_INT(v[0].reported, 22);
	}
}

/*
 * Cells near 2^30: five outcome rows of 2^30 - 1 in natural_person sum to
 * 5368709115; total_processed says 1073741819, which a 32-bit sum cannot
 * tell from it (they differ by 2^32).  Everything else blank.
 */
static void
test_no_wrap(void)
{
	int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
	static GdViolation v[GD_MAX_VIOLATIONS];
	const int32_t big = (1 << 30) - 1;
	int			n;

	blank(m);
	for (int r = 2; r <= 6; r++)
		m[r * NCOLS + 0] = big;
	m[23 * NCOLS + 0] = 1073741819;
	CHECK(!gd_applications_consistent(2021, m));
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(n, 1);
	if (n == 1)
	{
		CHECK_STR(v[0].rule, "B");
		CHECK_STR(v[0].column_key, "natural_person");
		CHECK_INT(v[0].expected, 5368709115LL);
		CHECK_INT(v[0].reported, 1073741819);
	}

	/* two of them, 2147483646, is a count: consistent */
	blank(m);
	m[2 * NCOLS + 0] = big;
	m[3 * NCOLS + 0] = big;
	m[23 * NCOLS + 0] = 2147483646;
	check_both(2021, m, true, __LINE__);
	m[23 * NCOLS + 0] = 2147483645;
	check_both(2021, m, false, __LINE__);

	/* just under and at 2^26, where the fast path ends: same answers */
	for (int32_t x = (1 << 26) - 2; x <= (1 << 26) + 1; x++)
	{
		blank(m);
		m[2 * NCOLS + 3] = x;
		m[3 * NCOLS + 3] = 5;
		m[23 * NCOLS + 3] = x + 5;
		check_both(2021, m, true, __LINE__);
		m[23 * NCOLS + 3] = x + 4;
		check_both(2021, m, false, __LINE__);
	}
}

/*
 * Blank cells (FORMAT.md): an identity is judged when its required terms
 * are stated and at least one expected-side term is.
 */
static void
test_blank_rules(void)
{
	int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		a[GD_APPEALS_NCELLS];
	static GdViolation v[GD_MAX_VIOLATIONS];

	/* a row with its total only (granted total 5): C is not judged */
	blank(m);
	m[2 * NCOLS + TOT] = 5;
	check_both(2021, m, true, __LINE__);
	/* one part stated, 3 against 5: judged and broken */
	m[2 * NCOLS + 1] = 3;
	check_both(2021, m, false, __LINE__);
	/* the same on the branch-free path (cells from 2^16): total 100000 alone, then 3 against it */
	blank(m);
	m[2 * NCOLS + TOT] = 100000;
	check_both(2021, m, true, __LINE__);
	m[2 * NCOLS + 1] = 3;
	check_both(2021, m, false, __LINE__);

	/*
	 * A with its required new_received blank: carried_over 5 against
	 * total_processed 2 would fail if the blank counted as 0.
	 */
	blank(m);
	m[CO * NCOLS + 0] = 5;
	m[23 * NCOLS + 0] = 2;
	check_both(2021, m, true, __LINE__);
	CHECK_INT(gd_applications_violations(2021, m, v), 0);
	/* new_received 0 stated: 0 + 5 against 2 + blank carried_forward */
	m[NR * NCOLS + 0] = 0;
	check_both(2021, m, false, __LINE__);

	/* A with its required total_processed blank, in 2019 */
	blank(m);
	m[NR * NCOLS + 2] = 4;
	m[22 * NCOLS + 2] = 1;
	check_both(2019, m, true, __LINE__);

	/* table 四: a block total with its four parts blank is not judged */
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		a[i] = NS;
	a[4] = 4;
	CHECK(gd_appeals_consistent(a));
	CHECK_INT(gd_appeals_violations(a, v), 0);
	a[0] = 0;					/* upheld 0 stated: 0 against 4 */
	CHECK(!gd_appeals_consistent(a));
	CHECK_INT(gd_appeals_violations(a, v), 1);
}

/* Filling a total of exactly 2147483647 is fine; one more is out of range. */
static void
test_fill_bounds(void)
{
	int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
	GdError		err;

	blank(m);
	m[24 * NCOLS + 0] = 2147483640;
	m[24 * NCOLS + 1] = 7;
	err.code = GD_OK;
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(m[24 * NCOLS + TOT], 2147483647);
	CHECK_INT(err.code, GD_OK);

	blank(m);
	m[24 * NCOLS + 0] = 2147483640;
	m[24 * NCOLS + 1] = 8;
	CHECK(!gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(err.code, GD_E_RANGE);
}

int
main(void)
{
	test_base();
	test_rule_c_in_every_row();
	test_rule_c_in_every_row_wide();
	test_rule_c_last_row();
	test_derived_cells();
	test_no_wrap();
	test_blank_rules();
	test_fill_bounds();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
