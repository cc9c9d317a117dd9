/*
 * test_blocks.c — the blocks form of table 三 (compact.h, version 4), the
 * form the writer gives a value whose few cells are 255 or more: one low
 * byte a cell, and 8 high bytes for each block of 8 cells that holds such
 * a cell.
 *
 * A value built by hand and its bytes worked out by hand from compact.h's
 * description (after the verdict a 4-byte mask of blocks, bit b for cells
 * 8b … 8b + 7; the low bytes; each block's high bytes in order; cell =
 * low + 255 × high; 0xFF low is blank); where it is not written, sized by
 * hand; malformed values refused; a blank low byte beside a high byte, and
 * a block's bytes past the last cell, read as nothing everywhere; and
 * random values whose few rows are large (high_bytes.h), as written.
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
#define NCELLS_2019 161			/* 23 rows × 7 */
#define LOW 12					/* where the low bytes start: header 4, verdict 4, mask 4 */

/* The writer's bytes, through HighEncode. */
static size_t
write_encode(int format, const int32_t *cells, int n, uint32_t verdict, unsigned char *buf)
{
	gd_stored_write32(format, cells, n, verdict, buf);
	return gd_stored_size32(cells, n, true);
}

static uint32_t
mask_of(const unsigned char *buf)
{
	uint32_t	mask;

	memcpy(&mask, buf + 8, 4);
	return mask;
}

static void
test_hand_value(void)
{
	int32_t		cells[NCELLS];
	unsigned char buf[512];
	/*
	 * blocks 0 (cells 0 … 7) and 21 (cells 168 … 175, the last past the
	 * cells); high bytes 1, 1, 0, 0 (blank), 255, 0, 3, 0 (cell 7: 3), then
	 * 0, 0, 1 (cell 170: 256), 0, 0, 0, 0, 0 (cell 175: none)
	 */
	static const unsigned char high[16] = {1, 1, 0, 0, 255, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 0};
	size_t		size;
	GdStored	s;
	GdStored	narrow;

	hand_cells(cells);
	size = gd_stored_size32(cells, NCELLS, true);
	/* header 4 + verdict 4 + mask 4 + 175 low bytes + 2 blocks × 8 high bytes */
	CHECK_INT(size, 203);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	check_hand_bytes(buf, size, 4, LOW, &s, &narrow);
	CHECK_INT(mask_of(buf), (1u << 0) | (1u << 21));
	CHECK(memcmp(buf + LOW + NCELLS, high, sizeof(high)) == 0);
	CHECK_INT(s.blocks, (1u << 0) | (1u << 21));
	CHECK_INT(s.nruns, 0);
	CHECK_INT(s.nhigh, 16);
	CHECK(narrow.runs == NULL);
}

/* Where the blocks form is and is not written: the forms, sized by hand. */
static void
test_not_written(void)
{
	int32_t		cells[NCELLS];
	int32_t		back[NCELLS];
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

	/* every block wide: 4 + 175 + 22 × 8 = 355 > 350 bytes of 2-byte cells */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = 255 + i;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 2 * NCELLS);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[3], 2);

	/* 21 blocks (cells 0 … 167): 4 + 175 + 168 = 347 < 350, the blocks form; one more cell in block 21, not */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = i < 168 ? 300 : 1;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 4 + NCELLS + 21 * 8);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK_INT(buf[2], 4);
	CHECK_INT(mask_of(buf), (1u << 21) - 1);
	cells[174] = 300;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 2 * NCELLS);

	/* the 2019 format: 161 cells, 21 blocks; 19 blocks (4 + 161 + 152 = 317 < 322) written, 20 not */
	for (int i = 0; i < NCELLS_2019; i++)
		cells[i] = i < 152 ? 300 : 1;
	CHECK_INT(gd_stored_size32(cells, NCELLS_2019, true), 4 + 4 + 4 + NCELLS_2019 + 19 * 8);
	cells[160] = 300;
	CHECK_INT(gd_stored_size32(cells, NCELLS_2019, true), 4 + 4 + 2 * NCELLS_2019);

	/* two wide cells in one block cost one block; in two, two */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = 1;
	cells[8] = cells[15] = 500;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 4 + NCELLS + 8);
	cells[16] = 500;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 4 + NCELLS + 16);

	/* every cell below 255: 1-byte cells */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = i % 255;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + NCELLS);

	/* 65,279 in cells 0 … 6 but one blank: one block (low 254, high 255), read back */
	for (int i = 0; i < NCELLS; i++)
		cells[i] = i < 7 ? 65279 : 1;
	cells[2] = -1;
	CHECK_INT(gd_stored_size32(cells, NCELLS, true), 4 + 4 + 4 + NCELLS + 8);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, buf);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, 4 + 4 + 4 + NCELLS + 8, &s, &err));
	CHECK(gd_stored_cells32(&s, back, &err));
	CHECK(memcmp(back, cells, sizeof(cells)) == 0);
}

static void
test_malformed(void)
{
	int32_t		cells[NCELLS];
	unsigned char good[512];
	unsigned char bad[512];
	const size_t size = 203;
	uint32_t	mask;

	hand_cells(cells);
	gd_stored_write32(2021, cells, NCELLS, VERDICT, good);

	memcpy(bad, good, size);
	mask = 0;
	memcpy(bad + 8, &mask, 4);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "no block of high bytes");
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, good, 8 + 3, "no mask of blocks");	/* cut in the mask */
	/* block 22 would start at cell 176: past the 175 cells (its bytes there, the length right) */
	memcpy(bad, good, size);
	mask = (1u << 0) | (1u << 22);
	memcpy(bad + 8, &mask, 4);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "past the last cell");
	memcpy(bad, good, size);
	mask = (1u << 0) | (1u << 31);
	memcpy(bad + 8, &mask, 4);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "past the last cell");
	/* a block more in the mask than its bytes, one fewer */
	memcpy(bad, good, size);
	mask = (1u << 0) | (1u << 1) | (1u << 21);
	memcpy(bad + 8, &mask, 4);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "a length other than its mask");
	memcpy(bad, good, size);
	mask = 1u << 21;
	memcpy(bad + 8, &mask, 4);
	refused_by_both(GD_STORED_APPLICATIONS, 2021, NCELLS, bad, size, "a length other than its mask");
	refused_as_width3(good, size, 4, "a length other than its mask");
	/* only table 三 has the blocks form: table 四's 15 cells, one block, laid out */
	{
		unsigned char appeals[4 + 4 + 4 + 15 + 8] = {0, 0, 4, 3, 1, 0, 0, 0, 1, 0, 0, 0};

		refused_by_both(GD_STORED_APPEALS, 0, 15, appeals, sizeof(appeals), "cell width 3 in version 4");
	}
	/* a later version: says which this build reads, and what to do */
	memcpy(bad, good, size);
	bad[2] = 5;
	{
		GdStored	s;
		GdError		err;

		CHECK(!gd_stored_open(GD_STORED_APPLICATIONS, bad, size, &s, &err));
		CHECK(strstr(err.message, "version 5") != NULL && strstr(err.message, "versions 0 to 4") != NULL);
		CHECK(!gd_stored_open_narrow(GD_STORED_APPLICATIONS, bad, size, 2021, NCELLS, &s));
	}
}

/*
 * Bytes that read as nothing (a writer never sets them), in every reader:
 * a blank cell's high byte, and the 2019 format's last block's bytes past
 * cell 160.  The value read is the one the writer wrote; it sums and adds
 * as that value.
 */
static void
test_read_as_nothing(int format, int n, int blank, int set_at)
{
	int32_t		cells[NCELLS];
	int32_t		back[NCELLS];
	int32_t		total[NCELLS];
	int32_t		stored_total[NCELLS];
	unsigned char buf[512];
	static GdAccum accum;
	GdStored	s;
	GdError		err;
	size_t		size;

	for (int i = 0; i < n; i++)
		cells[i] = 3;
	cells[n - 1] = 300;			/* the last block */
	cells[7] = 300;				/* block 0 (cells 0 … 7) */
	cells[8] = -1;				/* block 1, blank: a part, not a total */
	cells[9] = 300;				/* block 1 */
	size = gd_stored_size32(cells, n, true);
	gd_stored_write32(format, cells, n, VERDICT, buf);
	CHECK_INT(buf[2], 4);
	CHECK_INT(buf[LOW + 8], 0xFF);
	CHECK_INT(buf[size - 16 + blank], 0);	/* written 0 */
	CHECK_INT(buf[size - 8 + set_at], 0);
	buf[size - 16 + blank] = 7;
	buf[size - 8 + set_at] = 9;
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, size, &s, &err));
	CHECK(gd_stored_cells32(&s, back, &err));
	CHECK(memcmp(back, cells, sizeof(int32_t) * n) == 0);

	/* added in place onto nothing stated: cell 8 stays blank */
	for (int i = 0; i < n; i++)
		total[i] = GD_NOT_STATED;
	CHECK(gd_cells_add_stored(total, &s, &err));
	CHECK(memcmp(total, cells, sizeof(int32_t) * n) == 0);

	/* through the pending sums, opened and from the stored bytes: the same, twice */
	for (int i = 0; i < n; i++)
		total[i] = stored_total[i] = GD_NOT_STATED;
	gd_accum_init(&accum, GD_STORED_APPLICATIONS, format, total);
	CHECK(gd_accum_add(&accum, total, &s));
	CHECK(gd_accum_add(&accum, total, &s));
	gd_accum_flush(&accum, total);
	gd_accum_init(&accum, GD_STORED_APPLICATIONS, format, stored_total);
	CHECK(gd_accum_add_stored(&accum, buf, size));
	CHECK(gd_accum_add_stored(&accum, buf, size));
	gd_accum_flush(&accum, stored_total);
	for (int i = 0; i < n; i++)
		CHECK_INT(total[i], cells[i] < 0 ? -1 : 2 * cells[i]);
	CHECK(memcmp(stored_total, total, sizeof(int32_t) * n) == 0);
}

int
main(void)
{
	test_hand_value();
	test_not_written();
	test_malformed();
	test_consistent_judged(write_encode, 4);
	/* the pending sums' high bytes: each loop this CPU has (accum.c), the default last */
	for (int k = GD_KERNELS_PORTABLE; k <= GD_KERNELS_AVX512; k++)
	{
		gd_kernels((GdKernels) k);
		/* block 1's cell 8 (its first byte) blank; a byte past the last cell: 2021's 175th, 2019's 162nd */
		test_read_as_nothing(2021, NCELLS, 0, 7);
		test_read_as_nothing(2019, NCELLS_2019, 0, 1);
		test_read_as_nothing(2019, NCELLS_2019, 0, 7);
		test_random_both_formats(write_encode, 4);
	}
	/* every block was met, the last of each format (partly past the cells) too */
	for (int b = 0; b < 22; b++)
		CHECK(block_seen[b] > 0);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
