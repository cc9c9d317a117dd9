/*
 * test_runs.c — the runs form of table 三 (compact.h, version 3): one low
 * byte a cell, runs of cells with a high byte each.  0.3.0 wrote it
 * before version 4 took its place; it is read, no longer written, so its
 * values are laid out here by hand (runs_encode, from compact.h's
 * description: after the verdict the runs, the low bytes, the high bytes;
 * cell = low + 255 × high; 0xFF low is blank; runs join wide cells across
 * gaps of up to two cells).
 *
 * A value and its bytes worked out by hand; the writer writes the blocks
 * form instead; malformed runs refused; a blank low byte beside a high
 * byte read as blank everywhere; and random values whose few rows are
 * large (high_bytes.h), in the runs form.
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
#include "high_bytes.h"

#define NCELLS 175				/* the 2021 format: 25 rows × 7 columns */

/*
 * Cells in the runs form, with the verdict, as 0.3.0 wrote them: the
 * bytes' count, or 0 where it has none (no cell of 255 or more, or one
 * above 65,279).
 */
static size_t
runs_encode_only(int format, const int32_t *cells, int n, uint32_t verdict, unsigned char *buf)
{
	int16_t		f = (int16_t) format;
	unsigned char runs[2 * 255];
	int			nruns = 0;
	int			end = 0;		/* one past the last run */
	unsigned char *p;

	for (int i = 0; i < n; i++)
	{
		if (cells[i] < 255)
			continue;
		if (cells[i] > 65279)
			return 0;
		if (nruns > 0 && i - end <= 2)
			runs[2 * nruns - 1] = (unsigned char) (i + 1 - runs[2 * nruns - 2]);
		else
		{
			runs[2 * nruns] = (unsigned char) i;
			runs[2 * nruns + 1] = 1;
			nruns++;
		}
		end = i + 1;
	}
	if (nruns == 0)
		return 0;
	memcpy(buf, &f, 2);
	buf[2] = 3;
	buf[3] = 3;
	memcpy(buf + 4, &verdict, 4);
	buf[8] = (unsigned char) nruns;
	memcpy(buf + 9, runs, 2 * (size_t) nruns);
	p = buf + 9 + 2 * nruns;
	for (int i = 0; i < n; i++)
		p[i] = (unsigned char) (cells[i] < 0 ? 0xFF : cells[i] % 255);
	p += n;
	for (int r = 0; r < nruns; r++)
		for (int i = runs[2 * r]; i < runs[2 * r] + runs[2 * r + 1]; i++)
			*p++ = (unsigned char) (cells[i] < 0 ? 0 : cells[i] / 255);
	return (size_t) (p - buf);
}

/* The runs form where a value has one (HighEncode), else as the writer writes it. */
static size_t
runs_encode(int format, const int32_t *cells, int n, uint32_t verdict, unsigned char *buf)
{
	size_t		size = runs_encode_only(format, cells, n, verdict, buf);

	if (size > 0)
		return size;
	gd_stored_write32(format, cells, n, verdict, buf);
	return gd_stored_size32(cells, n, true);
}

static void
test_hand_value(void)
{
	int32_t		cells[NCELLS];
	unsigned char buf[512];
	/* runs: cells 0 … 6 (the gaps of 2 and 1 narrow cells are joined), cell 170 */
	static const unsigned char runs[5] = {2, 0, 7, 170, 1};
	/* high bytes: 1, 1, 0, 0 (blank), 255, 0, 3, then cell 170's 1 */
	static const unsigned char high[8] = {1, 1, 0, 0, 255, 0, 3, 1};
	size_t		size;
	GdStored	s;
	GdStored	narrow;

	hand_cells(cells);
	size = runs_encode_only(2021, cells, NCELLS, VERDICT, buf);
	/* header 4 + verdict 4 + 175 low bytes + 1 + 2 runs × 2 + 8 high bytes */
	CHECK_INT(size, 196);
	/* after the verdict: the runs (offset 8), the low bytes (13), the high bytes (13 + 175) */
	check_hand_bytes(buf, size, 3, 13, &s, &narrow);
	CHECK(memcmp(buf + 8, runs, sizeof(runs)) == 0);
	CHECK(memcmp(buf + 13 + NCELLS, high, sizeof(high)) == 0);
	CHECK_INT(s.nruns, 2);
	CHECK(narrow.runs == buf + 9);
}

/* The writer no longer writes the runs form: the hand value, and the largest cell, in the blocks form. */
static void
test_not_written(void)
{
	int32_t		cells[NCELLS];
	unsigned char buf[1024];

	hand_cells(cells);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[2], 4);
	CHECK_INT(buf[3], 3);
	for (int i = 0; i < NCELLS; i++)
		cells[i] = i == 4 ? 65279 : 1;
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[2], 4);
}

static void
test_malformed(void)
{
	int32_t		cells[NCELLS];
	unsigned char good[512];
	unsigned char bad[512];
	const size_t size = 196;
	const size_t runs = 8;		/* the byte that counts the runs, after the verdict */

	hand_cells(cells);
	CHECK_INT(runs_encode_only(2021, cells, NCELLS, VERDICT, good), size);

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
	refused_as_width3(good, size, 3, "a length other than its runs, low bytes and high bytes");
	/* only table 三 has the runs form */
	{
		unsigned char appeals[4 + 4 + 15 + 1 + 2 + 1] = {0, 0, 3, 3, 1, 0, 0, 0};

		appeals[4 + 4 + 15] = 1;
		appeals[4 + 4 + 15 + 2] = 1;
		refused_by_both(GD_STORED_APPEALS, 0, 15, appeals, sizeof(appeals), "cell width 3 in version 3");
	}
	/* the runs form's bytes read as version 4: its first run is no mask of blocks */
	memcpy(bad, good, size);
	bad[2] = 4;
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "past the last cell");
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
	CHECK_INT(runs_encode_only(2021, cells, NCELLS, VERDICT, buf), 189);
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

int
main(void)
{
	test_hand_value();
	test_not_written();
	test_malformed();
	test_consistent_judged(runs_encode_only, 3);
	/* the pending sums' high bytes: each loop this CPU has (accum.c), the default last */
	for (int k = GD_KERNELS_PORTABLE; k <= GD_KERNELS_AVX512; k++)
	{
		gd_kernels((GdKernels) k);
		test_blank_with_high();
		test_random_both_formats(runs_encode, 3);
	}
	/* the vector loop's cases were met: runs of one or two cells, and longer than one step */
	CHECK(run_lengths[1] > 0 && run_lengths[2] > 0 && run_lengths[GD_ACCUM_HIGH_STEP + 1] > 0);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
