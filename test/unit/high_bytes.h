/*
 * high_bytes.h — what test_runs.c (version 3) and test_blocks.c (version
 * 4) share: random table 三 values whose few rows are large, each stored
 * by the test's own encoder, read back, added in place, summed through
 * the pending sums (accum.h) and judged, against the widened counterpart
 * (matrix.h, check.h); and a consistent one judged from its cells.
 * Include after check.h and stored.h.
 */
#ifndef GD_TEST_HIGH_BYTES_H
#define GD_TEST_HIGH_BYTES_H

#include <stdio.h>

#include "core/accum.h"
#include "core/check.h"
#include "core/compact.h"
#include "core/layout.h"
#include "core/matrix.h"
#include "core/verdict.h"

static uint64_t high_rng = 0xD1B54A32D192ED03ull;

/* Runs the random values had, by length (the last: longer than one step of the vector loop). */
static long run_lengths[GD_ACCUM_HIGH_STEP + 2];

/* Blocks of high bytes the random values had, by block (version 4). */
static long block_seen[32];

/*
 * What both forms refuse alike, from a good value of `size` bytes (room
 * for one more after it): a byte short, a byte more, cut short of its
 * cells (each saying `length`), width 1 in its version, no verdict.
 */
static void
refused_as_width3(const unsigned char *good, size_t size, int version, const char *length)
{
	unsigned char bad[1024];
	uint32_t	none = GD_NO_VERDICT;
	char		width_1[32];

	refused_by_both(GD_STORED_APPLICATIONS, 2021, 175, good, size - 1, length);
	memcpy(bad, good, size);
	bad[size] = 0;
	refused_by_both(GD_STORED_APPLICATIONS, 2021, 175, bad, size + 1, length);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, 175, good, 8 + 100, length);
	memcpy(bad, good, size);
	bad[3] = 1;					/* versions 3 and 4 are width 3 */
	snprintf(width_1, sizeof(width_1), "cell width 1 in version %d", version);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, 175, bad, size, width_1);
	memcpy(bad, good, size);
	memcpy(bad + 4, &none, 4);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, 175, bad, size, "without a verdict");
}

/*
 * The hand example of both forms (175 cells, the 2021 format): 3
 * everywhere, a wide new_received row and one wide cell further on.
 */
static void
hand_cells(int32_t *cells)
{
	static const int32_t first_row[7] = {300, 255, 0, -1, 65279, 254, 1000};

	for (int i = 0; i < 175; i++)
		cells[i] = 3;
	memcpy(cells, first_row, sizeof(first_row));
	cells[170] = 256;
}

/*
 * The hand value's bytes common to both forms, stored in buf (size bytes,
 * its low bytes at offset `low`): the header (2021, `version`, width 3,
 * VERDICT), the low bytes worked out by hand, and the value read back —
 * the same cells opened (*opened), width 3 to the inline reader of its
 * format (*narrow), and nothing to another format's.  The caller checks
 * what its form alone has in *opened and *narrow.
 */
#define VERDICT 0x2468ACE1u		/* any verdict: the writer only copies it */

static void
check_hand_bytes(const unsigned char *buf, size_t size, int version, int low, GdStored *opened, GdStored *narrow)
{
	/* low bytes of cells 0 … 6: 300 % 255, 255 % 255, 0, blank, 65279 − 255·255, 254, 1000 − 3·255 */
	static const unsigned char low_row[7] = {45, 0, 0, 0xFF, 254, 254, 235};
	int32_t		cells[175];
	int32_t		back[175];
	uint32_t	verdict;
	int16_t		format;
	GdStored	s;
	GdError		err;

	hand_cells(cells);
	memcpy(&format, buf, 2);
	memcpy(&verdict, buf + 4, 4);
	CHECK_INT(format, 2021);
	CHECK_INT(buf[2], version);
	CHECK_INT(buf[3], 3);
	CHECK_INT(verdict, VERDICT);
	CHECK(memcmp(buf + low, low_row, 7) == 0);
	for (int i = 7; i < 175; i++)
		CHECK_INT(buf[low + i], i == 170 ? 1 : 3);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, size, opened, &err));
	CHECK_INT(opened->version, version);
	CHECK_INT(opened->width, 3);
	CHECK_INT(opened->verdict, VERDICT);
	CHECK(gd_stored_cells32(opened, back, &err));
	CHECK(memcmp(back, cells, sizeof(cells)) == 0);
	memset(narrow, 0, sizeof(*narrow));
	CHECK(gd_stored_open_narrow(GD_STORED_APPLICATIONS, buf, size, 2021, 175, narrow));
	CHECK_INT(narrow->width, 3);
	CHECK(narrow->cells == buf + low && narrow->high == buf + low + 175);
	/* another format's reader: not the common case */
	CHECK(!gd_stored_open_narrow(GD_STORED_APPLICATIONS, buf, size, 2019, 175, &s));
}

/*
 * A value stored as the test wants it: its size, written to buf (room
 * for 1024 bytes).
 */
typedef size_t (*HighEncode) (int format, const int32_t *cells, int n, uint32_t verdict, unsigned char *buf);

/* A random count below 255 (often 0), blank now and then where blank is allowed. */
static int32_t
small_count(bool may_blank)
{
	uint64_t	r = xorshift64(&high_rng);

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
		cells[i] = small_count(!is_derived[i]);
	for (int row = 0; row < n / GD_APPLICATIONS_NCOLS; row++)
	{
		uint64_t	r = xorshift64(&high_rng);

		if (row != 0 && row != n / GD_APPLICATIONS_NCOLS - 2 && r % 11 != 0)
			continue;
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		{
			int			i = row * GD_APPLICATIONS_NCOLS + c;

			r = xorshift64(&high_rng);
			if (cells[i] >= 0 && r % 4 != 0)
				cells[i] = (int32_t) ((r >> 8) % (uint64_t) (top + 1));
		}
	}
}

/*
 * Random values stored by encode: each read back, added, judged against
 * the widened counterparts; a run of them summed.  More than half of them
 * must be of `version`.  Returns the value the sum overflowed on (both
 * ways alike), or -1.
 */
static int
test_random(int format, int32_t top, int nvalues, int32_t start, HighEncode encode, int version)
{
	int			n = gd_applications_ncells(format);
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		back[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		exact[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		pending[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		in_place[GD_APPLICATIONS_NCELLS_MAX];
	unsigned char buf[1024];
	static GdAccum accum;
	int			of_version = 0;
	int			stored_taken = 0;	/* values of the version gd_accum_add_stored took */
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
		size = encode(format, cells, n, gd_applications_verdict(format, cells), buf);
		of_version += buf[2] == version;
		CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, size, &s, &err));
		for (int r = 0; r < s.nruns; r++)
			run_lengths[s.runs[2 * r + 1] > GD_ACCUM_HIGH_STEP ? GD_ACCUM_HIGH_STEP + 1 : s.runs[2 * r + 1]]++;
		for (int b = 0; b < 32; b++)
			block_seen[b] += (s.blocks >> b) & 1;
		if (s.width != 4)
			CHECK(gd_stored_open_narrow(GD_STORED_APPLICATIONS, buf, size, format, n, &t) &&
				  t.width == s.width && t.cells == s.cells && t.nruns == s.nruns && t.blocks == s.blocks);
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
			stored_taken += buf[2] == version;
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
	CHECK(of_version > nvalues / 2);
	CHECK(stored_taken > 0 || exact_failed >= 0 || nvalues < 4);
	CHECK_INT(pending_failed, exact_failed);
	CHECK(strcmp(pending_message, exact_message) == 0);
	if (exact_failed < 0)
		CHECK(memcmp(pending, exact, sizeof(int32_t) * n) == 0);
	return exact_failed;
}

/*
 * test_random's runs for one form: both formats, cells up to the largest
 * of width 3, and a total near 2^31 that overflows on the way.
 */
static void
test_random_both_formats(HighEncode encode, int version)
{
	CHECK_INT(test_random(2021, 65279, 3000, GD_NOT_STATED, encode, version), -1);
	CHECK_INT(test_random(2021, 3000, 3000, 0, encode, version), -1);
	CHECK_INT(test_random(2019, 65279, 3000, GD_NOT_STATED, encode, version), -1);
	CHECK(test_random(2021, 65279, 3000, 2147483647 - 60 * 65279, encode, version) > 0);
}

/*
 * A consistent value with high bytes, stored by encode as `version`, judged
 * from its cells (as under other identities): by FORMAT.md's identities,
 * granted and partially_granted of 254 natural persons each make
 * total_processed and new_received 508 (A, B), each row's total its one
 * part (C); rows 2021-ordered by hand: new_received 0, granted 2,
 * partially_granted 3, total_processed 23.  Read without its high bytes
 * 508 would be 253, and B would fail.
 */
static void
test_consistent_judged(HighEncode encode, int version)
{
	int32_t		cells[175] = {0};
	unsigned char buf[1024];
	GdStored	s;
	GdError		err;
	bool		consistent = false;
	size_t		size;

	cells[0 * 7 + 0] = cells[0 * 7 + 6] = 508;
	cells[2 * 7 + 0] = cells[2 * 7 + 6] = 254;
	cells[3 * 7 + 0] = cells[3 * 7 + 6] = 254;
	cells[23 * 7 + 0] = cells[23 * 7 + 6] = 508;
	CHECK(gd_applications_consistent(2021, cells));
	size = encode(2021, cells, 175, VERDICT, buf);
	CHECK_INT(buf[2], version);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, size, &s, &err));
	CHECK(gd_applications_consistent_stored(&s, &consistent, &err));
	CHECK(consistent);
	cells[23 * 7 + 6] = 509;	/* one more in total_processed's total: A and B fail, and C */
	size = encode(2021, cells, 175, VERDICT, buf);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, size, &s, &err));
	CHECK(gd_applications_consistent_stored(&s, &consistent, &err));
	CHECK(!consistent);
}

#endif							/* GD_TEST_HIGH_BYTES_H */
