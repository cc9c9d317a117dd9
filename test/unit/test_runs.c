/*
 * test_runs.c — the runs form of table 三 (compact.h, version 3): one low
 * byte a cell, runs of cells with a high byte each.
 *
 * A value built by hand and its bytes worked out by hand from compact.h's
 * description (after the verdict the runs, the low bytes, the high bytes;
 * cell = low + 255 × high; 0xFF low is blank; runs join wide cells across
 * gaps of up to two cells); the thresholds (65,279 the
 * largest cell; not written where 2-byte cells are no larger, nor without
 * a verdict); malformed runs refused; a blank low byte beside a high byte
 * read as blank everywhere; and random values whose few rows are large:
 * read back, added in place, summed through the pending sums (accum.h)
 * and judged, each against the widened counterpart (matrix.h, check.h).
 *
 * Built and run by `make unit`; the last line is "N passed, M failed".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/accum.h"
#include "core/check.h"
#include "core/compact.h"
#include "core/layout.h"
#include "core/matrix.h"
#include "core/report.h"
#include "core/verdict.h"

#include "check.h"
#include "stored.h"

#define NCELLS 175				/* the 2021 format: 25 rows × 7 columns */
#define VERDICT 0x2468ACE1u		/* any verdict: the writer only copies it */

static uint64_t rng_state = 0xD1B54A32D192ED03ull;

/* Runs the random values had, by length (the last: longer than one step of the vector loop). */
static long run_lengths[GD_ACCUM_HIGH_STEP + 2];

/* The value of the hand example: 3 everywhere, a wide new_received row and one wide cell further on. */
static void
hand_cells(int32_t *cells)
{
	static const int32_t first_row[7] = {300, 255, 0, -1, 65279, 254, 1000};

	for (int i = 0; i < NCELLS; i++)
		cells[i] = 3;
	memcpy(cells, first_row, sizeof(first_row));
	cells[170] = 256;
}

static void
test_hand_value(void)
{
	int32_t		cells[NCELLS];
	int32_t		back[NCELLS];
	unsigned char buf[512];
	/* low bytes of cells 0 … 6: 300 % 255, 255 % 255, 0, blank, 65279 − 255·255, 254, 1000 − 3·255 */
	static const unsigned char low_row[7] = {45, 0, 0, 0xFF, 254, 254, 235};
	/* runs: cells 0 … 6 (the gaps of 2 and 1 narrow cells are joined), cell 170 */
	static const unsigned char runs[5] = {2, 0, 7, 170, 1};
	/* high bytes: 1, 1, 0, 0 (blank), 255, 0, 3, then cell 170's 1 */
	static const unsigned char high[8] = {1, 1, 0, 0, 255, 0, 3, 1};
	size_t		size;
	uint32_t	verdict;
	int16_t		format;
	GdStored	s;
	GdError		err;

	hand_cells(cells);
	size = gd_stored_size32(cells, NCELLS, true);
	/* header 4 + verdict 4 + 175 low bytes + 1 + 2 runs × 2 + 8 high bytes */
	CHECK_INT(size, 196);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	memcpy(&format, buf, 2);
	memcpy(&verdict, buf + 4, 4);
	CHECK_INT(format, 2021);
	CHECK_INT(buf[2], 3);
	CHECK_INT(buf[3], 3);
	CHECK_INT(verdict, VERDICT);
	/* after the verdict: the runs (offset 8), the low bytes (13), the high bytes (13 + 175) */
	CHECK(memcmp(buf + 8, runs, sizeof(runs)) == 0);
	CHECK(memcmp(buf + 13, low_row, 7) == 0);
	for (int i = 7; i < NCELLS; i++)
		CHECK_INT(buf[13 + i], i == 170 ? 1 : 3);
	CHECK(memcmp(buf + 13 + NCELLS, high, sizeof(high)) == 0);

	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, size, &s, &err));
	CHECK_INT(s.version, 3);
	CHECK_INT(s.width, 3);
	CHECK_INT(s.nruns, 2);
	CHECK_INT(s.verdict, VERDICT);
	CHECK(gd_stored_cells32(&s, back, &err));
	CHECK(memcmp(back, cells, sizeof(cells)) == 0);
	memset(&s, 0, sizeof(s));
	CHECK(gd_stored_open_narrow(GD_STORED_APPLICATIONS, buf, size, 2021, NCELLS, &s));
	CHECK_INT(s.width, 3);
	CHECK(s.runs == buf + 9 && s.cells == buf + 13 && s.high == buf + 13 + NCELLS);
	/* another format's reader: not the common case */
	CHECK(!gd_stored_open_narrow(GD_STORED_APPLICATIONS, buf, size, 2019, NCELLS, &s));
}

/* Where the runs form is not written: the other forms, sized by hand. */
static void
test_not_written(void)
{
	int32_t		cells[NCELLS];
	unsigned char buf[1024];
	GdStored	s;
	GdError		err;

	/* a cell above 65,279: 2-byte cells (with the verdict, version 2) */
	hand_cells(cells);
	cells[4] = 65280;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 2 * NCELLS);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[2], 2);
	CHECK_INT(buf[3], 2);

	/* no verdict: version 1, 2-byte cells */
	hand_cells(cells);
	CHECK_INT(gd_stored_size32(cells, NCELLS, false), 4 + 2 * NCELLS);
	gd_stored_write32(2021, cells, NCELLS, GD_NO_VERDICT, buf);
	CHECK_INT(buf[2], 1);
	CHECK_INT(buf[3], 2);

	/* every cell wide: one run of 175 high bytes, 175 + 1 + 2 + 175 = 353 > 350 bytes of 2-byte cells */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = 255 + i;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 2 * NCELLS);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[3], 2);

	/* runs no smaller than 2-byte cells: one run of 172 wide cells, 175 + 1 + 2 + 172 = 350 bytes */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = i < 172 ? 300 : 1;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 2 * NCELLS);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[2], 2);		/* as large either way: the simpler form */
	cells[171] = 1;				/* one fewer: 349 bytes, the runs form */
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + NCELLS + 1 + 2 + 171);

	/* a gap of three narrow cells is a new run (two bytes, not three high bytes); of two, the same run */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = 1;
	cells[10] = cells[14] = 500;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + NCELLS + 1 + 2 * 2 + 2);
	cells[14] = 1;
	cells[13] = 500;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + NCELLS + 1 + 2 + 4);

	/* every cell below 255: 1-byte cells */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = i % 255;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + NCELLS);

	/* 65,279 everywhere but one blank and one 0: still one run (low 254, high 255) — larger than 2-byte cells */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = i < 7 ? 65279 : 1;
	cells[2] = -1;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + NCELLS + 1 + 2 + 7);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, 4 + 4 + NCELLS + 1 + 2 + 7, &s, &err));
	{
		int32_t		back[NCELLS];

		CHECK(gd_stored_cells32(&s, back, &err));
		CHECK(memcmp(back, cells, sizeof(cells)) == 0);
	}
}

static void
test_malformed(void)
{
	int32_t		cells[NCELLS];
	unsigned char good[512];
	unsigned char bad[512];
	const size_t size = 196;
	const size_t runs = 8;		/* the byte that counts the runs, after the verdict */
	uint32_t	none = GD_NO_VERDICT;

	hand_cells(cells);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, good);

	memcpy(bad, good, size);
	bad[runs] = 0;
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "no runs");
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, good, runs, "no runs");	/* cut before the count */
	memcpy(bad, good, size);
	bad[runs + 3] = 171;		/* second run 171 … 176, past cell 174 */
	bad[runs + 4] = 5;
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "out of order or past the cells");
	memcpy(bad, good, size);
	bad[runs + 3] = 5;			/* second run starts inside the first (0 … 6) */
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "out of order or past the cells");
	memcpy(bad, good, size);
	bad[runs + 4] = 0;			/* an empty run */
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "out of order or past the cells");
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, good, size - 1, "a length other than its runs, low bytes and high bytes");
	memcpy(bad, good, size);
	bad[size] = 0;
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size + 1, "a length other than its runs, low bytes and high bytes");
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, good, 8 + 100, "a length other than its runs, low bytes and high bytes");
	memcpy(bad, good, size);
	bad[3] = 1;					/* version 3 is width 3 */
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "cell width 1 in version 3");
	memcpy(bad, good, size);
	memcpy(bad + 4, &none, 4);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "without a verdict");
	/* only table 三 has the runs form */
	{
		unsigned char appeals[4 + 4 + 15 + 1 + 2 + 1] = {0, 0, 3, 3, 1, 0, 0, 0};

		appeals[4 + 4 + 15] = 1;
		appeals[4 + 4 + 15 + 2] = 1;
		refused_by_both(GD_STORED_APPEALS, 0, 15, appeals, sizeof(appeals), "cell width 3 in version 3");
	}
	memcpy(bad, good, size);
	bad[2] = 4;
	{
		GdStored	s;
		GdError		err;

		CHECK(!gd_stored_open(GD_STORED_APPLICATIONS, bad, size, &s, &err));
		CHECK(strstr(err.message, "version 4") != NULL);
	}
}

/* A blank low byte beside a high byte (a writer never does it) reads as blank, in every reader. */
static void
test_blank_with_high(void)
{
	int32_t		cells[NCELLS];
	int32_t		back[NCELLS];
	int32_t		total[NCELLS];
	unsigned char buf[512];
	static GdAccum accum;
	GdStored	s;
	GdError		err;

	/* carried_over (cells 7 … 13): 300, blank, 300 — one run of cells 7 … 9; cell 8 is a part, not a total */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = 3;
	cells[7] = 300;
	cells[8] = -1;
	cells[9] = 300;
	/* header 4 + verdict 4 + 175 + 1 + one run × 2 + 3 high bytes */
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 189);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	/* after the verdict: 1 run (3 bytes), 175 low bytes, 3 high bytes */
	CHECK_INT(buf[8 + 3 + 8], 0xFF);
	CHECK_INT(buf[8 + 3 + NCELLS + 1], 0);	/* the blank's high byte, written 0 */
	buf[8 + 3 + NCELLS + 1] = 7;
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, 189, &s, &err));
	CHECK(gd_stored_cells32(&s, back, &err));
	CHECK_INT(back[8], -1);
	CHECK(memcmp(back, cells, sizeof(cells)) == 0);

	/* added in place onto nothing stated: cell 8 stays blank */
	for (int i = 0; i < NCELLS; i++)
		total[i] = GD_NOT_STATED;
	CHECK(gd_cells_add_stored(total, &s, &err));
	CHECK_INT(total[8], -1);
	CHECK_INT(total[9], 300);

	/* through the pending sums: the same */
	for (int i = 0; i < NCELLS; i++)
		total[i] = GD_NOT_STATED;
	gd_accum_init(&accum, GD_STORED_APPLICATIONS, 2021, total);
	CHECK(gd_accum_add(&accum, total, &s));
	gd_accum_flush(&accum, total);
	CHECK_INT(total[7], 300);
	CHECK_INT(total[8], -1);
	CHECK_INT(total[9], 300);
	CHECK_INT(total[10], 3);
}

/*
 * A consistent runs-form value judged from its cells (as under other
 * identities): by FORMAT.md's identities, granted and partially_granted
 * of 254 natural persons each make total_processed and new_received 508
 * (A, B), each row's total its one part (C); rows 2021-ordered by hand:
 * new_received 0, granted 2, partially_granted 3, total_processed 23.
 * Read without its high bytes 508 would be 253, and B would fail.
 */
static void
test_consistent(void)
{
	int32_t		cells[NCELLS] = {0};
	unsigned char buf[512];
	GdStored	s;
	GdError		err;
	bool		consistent = false;

	cells[0 * 7 + 0] = cells[0 * 7 + 6] = 508;
	cells[2 * 7 + 0] = cells[2 * 7 + 6] = 254;
	cells[3 * 7 + 0] = cells[3 * 7 + 6] = 254;
	cells[23 * 7 + 0] = cells[23 * 7 + 6] = 508;
	CHECK(gd_applications_consistent(2021, cells));
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[2], 3);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, gd_stored_size32(cells, NCELLS, true), &s, &err));
	CHECK(gd_applications_consistent_stored(&s, &consistent, &err));
	CHECK(consistent);
	cells[23 * 7 + 6] = 509;	/* one more in total_processed's total: A and B fail, and C */
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, gd_stored_size32(cells, NCELLS, true), &s, &err));
	CHECK(gd_applications_consistent_stored(&s, &consistent, &err));
	CHECK(!consistent);
}

/* A random count below 255 (often 0), blank now and then where blank is allowed. */
static int32_t
small(bool may_blank)
{
	uint64_t	r = xorshift64(&rng_state);

	if (may_blank && r % 9 == 0)
		return GD_NOT_STATED;
	return (int32_t) ((r >> 8) % 3 == 0 ? 0 : (r >> 16) % 255);
}

/*
 * A random value of the format: small cells, derived cells always
 * stated, and a few rows (new_received, total_processed and any other
 * now and then) large — up to `top`.
 */
static void
random_value(int format, int32_t top, int32_t *cells)
{
	int			n = gd_applications_ncells(format);
	int			derived[GD_APPLICATIONS_NCELLS_MAX];
	int			nderived = gd_applications_derived_cells(format, derived);
	bool		is_derived[GD_APPLICATIONS_NCELLS_MAX] = {false};

	for (int d = 0; d < nderived; d++)
		is_derived[derived[d]] = true;
	for (int i = 0; i < n; i++)
		cells[i] = small(!is_derived[i]);
	for (int row = 0; row < n / GD_APPLICATIONS_NCOLS; row++)
	{
		uint64_t	r = xorshift64(&rng_state);

		if (row != 0 && row != n / GD_APPLICATIONS_NCOLS - 2 && r % 11 != 0)
			continue;
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		{
			int			i = row * GD_APPLICATIONS_NCOLS + c;

			r = xorshift64(&rng_state);
			if (cells[i] >= 0 && r % 4 != 0)
				cells[i] = (int32_t) ((r >> 8) % (uint64_t) (top + 1));
		}
	}
}

/*
 * Random values: each read back, added, judged against the widened
 * counterparts; a run of them summed.  Returns the value the sum
 * overflowed on (both ways alike), or -1.
 */
static int
test_random(int format, int32_t top, int nvalues, int32_t start)
{
	int			n = gd_applications_ncells(format);
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		back[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		exact[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		pending[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		in_place[GD_APPLICATIONS_NCELLS_MAX];
	unsigned char buf[1024];
	static GdAccum accum;
	int			runs_form = 0;
	int			stored_taken = 0;	/* runs-form values gd_accum_add_stored took */
	int			exact_failed = -1;
	int			pending_failed = -1;
	char		exact_message[sizeof(((GdError *) 0)->message)] = "";
	char		pending_message[sizeof(((GdError *) 0)->message)] = "";

	for (int i = 0; i < n; i++)
		exact[i] = pending[i] = start;
	gd_accum_init(&accum, GD_STORED_APPLICATIONS, format, pending);
	for (int k = 0; k < nvalues; k++)
	{
		GdStored	s;
		GdStored	t;
		GdError		err;
		size_t		size;
		bool		consistent;

		random_value(format, top, cells);
		size = gd_stored_size32(cells, n, true);
		gd_stored_write32(format, cells, n, gd_applications_verdict(format, cells), buf);
		runs_form += buf[2] == 3;
		CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, size, &s, &err));
		for (int r = 0; r < s.nruns; r++)
			run_lengths[s.runs[2 * r + 1] > GD_ACCUM_HIGH_STEP ? GD_ACCUM_HIGH_STEP + 1 : s.runs[2 * r + 1]]++;
		if (s.width != 4)
			CHECK(gd_stored_open_narrow(GD_STORED_APPLICATIONS, buf, size, format, n, &t) &&
				  t.width == s.width && t.cells == s.cells && t.nruns == s.nruns);
		CHECK(gd_stored_cells32(&s, back, &err) && memcmp(back, cells, sizeof(int32_t) * n) == 0);
		CHECK(gd_applications_consistent_stored(&s, &consistent, &err) &&
			  consistent == gd_applications_consistent(format, cells));
		CHECK(gd_stored_derived_blank(&s) == false);
		/* added in place onto a small total: as the widened add */
		for (int i = 0; i < n; i++)
			in_place[i] = back[i] = i % 5 == 0 ? GD_NOT_STATED : i;
		CHECK(gd_cells_add_stored(in_place, &s, &err) && gd_applications_add(format, back, cells, &err) &&
			  memcmp(in_place, back, sizeof(int32_t) * n) == 0);

		/* the running sums: exact, and through the pending sums as sum() does */
		if (exact_failed < 0 && !gd_applications_add(format, exact, cells, &err))
		{
			exact_failed = k;
			snprintf(exact_message, sizeof(exact_message), "%s", err.message);
		}
		/* every other value from its stored bytes, as the aggregate's entry (sum_state.h) offers it first; the rest opened */
		if (pending_failed < 0 && k % 2 == 0 && gd_accum_add_stored(&accum, buf, size))
			stored_taken += buf[2] == 3;
		else if (pending_failed < 0 && !gd_accum_add_fast(&accum, &s) && !gd_accum_add(&accum, pending, &s))
		{
			if (!gd_cells_add_stored(pending, &s, &err))
			{
				pending_failed = k;
				snprintf(pending_message, sizeof(pending_message), "%s", err.message);
			}
			gd_accum_flush(&accum, pending);
		}
	}
	gd_accum_flush(&accum, pending);
	CHECK(runs_form > nvalues / 2);
	CHECK(stored_taken > 0 || exact_failed >= 0 || nvalues < 4);
	CHECK_INT(pending_failed, exact_failed);
	CHECK(strcmp(pending_message, exact_message) == 0);
	if (exact_failed < 0)
		CHECK(memcmp(pending, exact, sizeof(int32_t) * n) == 0);
	return exact_failed;
}

int
main(void)
{
	test_hand_value();
	test_not_written();
	test_malformed();
	test_consistent();
	/* the pending sums' high bytes: each loop this CPU has (accum.c), the default last */
	for (int k = GD_KERNELS_PORTABLE; k <= GD_KERNELS_AVX512; k++)
	{
		gd_kernels((GdKernels) k);
		test_blank_with_high();
		/* both formats; cells up to the largest of the runs form; a total near 2^31 that overflows on the way */
		CHECK_INT(test_random(2021, 65279, 3000, GD_NOT_STATED), -1);
		CHECK_INT(test_random(2021, 3000, 3000, 0), -1);
		CHECK_INT(test_random(2019, 65279, 3000, GD_NOT_STATED), -1);
		CHECK(test_random(2021, 65279, 3000, 2147483647 - 60 * 65279) > 0);
	}
	/* the vector loop's cases were met: runs of one or two cells, and longer than one step */
	CHECK(run_lengths[1] > 0 && run_lengths[2] > 0 && run_lengths[GD_ACCUM_HIGH_STEP + 1] > 0);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
