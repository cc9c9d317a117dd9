/*
 * test_split.c — run-together digits split into counts (parse/split.c).
 *
 * The rules, from split.c's contract: a count has no leading zero ("05"
 * is 0 and 5), fits an int32, and the split obeys the rule given (the
 * last count the sum of the others; in table 四 each fifth count the sum
 * of the four before it); a space ends a count unless no split then
 * obeys the rule.  Every split below was worked out by hand.  Last line:
 * "N passed, M failed".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/parse/internal.h"

#include "check.h"

/* The split has exactly one way, and it is want[0..n). */
static void
check_one(const GdSplit *s, const int64_t *want, int n, int line)
{
	if (s->nways != 1 || s->gave_up)
	{
		fail_at(__FILE__, line, "%d ways%s, expected one", s->nways, s->gave_up ? " (gave up)" : "");
		return;
	}
	for (int i = 0; i < n; i++)
		if (s->ways[0][i] != want[i])
		{
			fail_at(__FILE__, line, "part %d is %lld, expected %lld", i,
					(long long) s->ways[0][i], (long long) want[i]);
			return;
		}
	passed++;
}

static void
test_leading_zeros(void)
{
	GdSplit		s;

	/* "105" in two: 10 and 5 only ("1", "05" has a leading zero) */
	gd_split_digits("105", 3, NULL, 2, GD_SPLIT_PLAIN, &s);
	check_one(&s, (const int64_t[]) {10, 5}, 2, __LINE__);
	/* "1005" in three: 10 0 5 only (1 0 05 and 1 00 5 have leading zeros) */
	gd_split_digits("1005", 4, NULL, 3, GD_SPLIT_PLAIN, &s);
	check_one(&s, (const int64_t[]) {10, 0, 5}, 3, __LINE__);
	/* "007" in three: 0 0 7 */
	gd_split_digits("007", 3, NULL, 3, GD_SPLIT_PLAIN, &s);
	check_one(&s, (const int64_t[]) {0, 0, 7}, 3, __LINE__);
	/* "05" in one: nothing */
	gd_split_digits("05", 2, NULL, 1, GD_SPLIT_PLAIN, &s);
	CHECK_INT(s.nways, 0);
}

static void
test_rules(void)
{
	GdSplit		s;

	/*
	 * A row total: "640020470" in seven (pingtan 2021's first row):
	 * 64 0 0 2 0 4 70, the last the sum of the six.
	 */
	gd_split_digits("640020470", 9, NULL, 7, GD_SPLIT_LAST_IS_SUM, &s);
	check_one(&s, (const int64_t[]) {64, 0, 0, 2, 0, 4, 70}, 7, __LINE__);
	/* "1120" in three, the last the sum: 1 1 20, 1 12 0, 11 2 0 all fail */
	gd_split_digits("1120", 4, NULL, 3, GD_SPLIT_LAST_IS_SUM, &s);
	CHECK_INT(s.nways, 0);
	/* plain: "1120" in three ways: 1 1 20, 1 12 0, 11 2 0 */
	gd_split_digits("1120", 4, NULL, 3, GD_SPLIT_PLAIN, &s);
	CHECK_INT(s.nways, 3);

	/*
	 * Table 四 of the seed, 4 7 0 0 11 | 1 0 0 1 2 | 1 0 0 2 3, run
	 * together: "4700111001210023".
	 */
	gd_split_digits("4700111001210023", 16, NULL, 15, GD_SPLIT_BLOCKS_OF_5, &s);
	check_one(&s, (const int64_t[]) {4, 7, 0, 0, 11, 1, 0, 0, 1, 2, 1, 0, 0, 2, 3}, 15, __LINE__);
	/* every block's fifth count is the sum of all four parts */
	gd_split_digits("11114", 5, NULL, 5, GD_SPLIT_BLOCKS_OF_5, &s);
	check_one(&s, (const int64_t[]) {1, 1, 1, 1, 4}, 5, __LINE__);
	gd_split_digits("11113", 5, NULL, 5, GD_SPLIT_BLOCKS_OF_5, &s);
	CHECK_INT(s.nways, 0);
}

static void
test_breaks(void)
{
	GdSplit		s;
	bool		breaks[8] = {false};

	/* "12 3" in two: the space ends 12, so not 1 23 */
	breaks[2] = true;
	gd_split_digits("123", 3, breaks, 2, GD_SPLIT_PLAIN, &s);
	check_one(&s, (const int64_t[]) {12, 3}, 2, __LINE__);
	/* the same, the last the sum: 12 ≠ 3, and without the space 1 ≠ 23 */
	gd_split_digits("123", 3, breaks, 2, GD_SPLIT_LAST_IS_SUM, &s);
	CHECK_INT(s.nways, 0);
	/* "60 6" in three, the last the sum: 6 0 6 */
	memset(breaks, 0, sizeof(breaks));
	breaks[2] = true;
	gd_split_digits("606", 3, breaks, 3, GD_SPLIT_LAST_IS_SUM, &s);
	check_one(&s, (const int64_t[]) {6, 0, 6}, 3, __LINE__);
	/*
	 * A stray space: "6 40020470" in seven, the last the sum.  With 6 as
	 * the first count the last must be 6 plus five counts of the digits
	 * between: 70 leaves 400204 (at most 40+0+2+0+4 = 46, 52 in all), 470
	 * leaves 4 0 0 2 0 (12): none.  Without the space: 64 0 0 2 0 4 70.
	 */
	{
		bool		b9[10] = {false};

		b9[1] = true;
		gd_split_digits("640020470", 9, b9, 7, GD_SPLIT_LAST_IS_SUM, &s);
		check_one(&s, (const int64_t[]) {64, 0, 0, 2, 0, 4, 70}, 7, __LINE__);
	}
}

static void
test_limits(void)
{
	GdSplit		s;

	/* a count fits an int32: "2147483648" is not one count */
	gd_split_digits("2147483648", 10, NULL, 1, GD_SPLIT_PLAIN, &s);
	CHECK_INT(s.nways, 0);
	gd_split_digits("2147483647", 10, NULL, 1, GD_SPLIT_PLAIN, &s);
	check_one(&s, (const int64_t[]) {2147483647}, 1, __LINE__);
	/* too many ways to list: gave up */
	gd_split_digits("1111111111111111", 16, NULL, 8, GD_SPLIT_PLAIN, &s);
	CHECK(s.gave_up);
	/* nothing to split, or too many parts */
	gd_split_digits("1", 0, NULL, 1, GD_SPLIT_PLAIN, &s);
	CHECK_INT(s.nways, 0);
	gd_split_digits("12", 2, NULL, GD_SPLIT_MAX_PARTS + 1, GD_SPLIT_PLAIN, &s);
	CHECK_INT(s.nways, 0);
}

int
main(void)
{
	test_leading_zeros();
	test_rules();
	test_breaks();
	test_limits();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
