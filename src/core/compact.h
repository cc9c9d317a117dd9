/*
 * compact.h — the stored form of tables 二, 三 and 四, pure C.
 *
 * What PostgreSQL keeps of a value after its varlena header: four header
 * bytes — the format (int16; 0 for table 四, which has one), the version
 * (uint8) and the cell width (uint8) — then the cells in the format's
 * order, in the machine's byte order like every datum.
 *
 *   version 0, width 0: the wide form, written by 0.1.0 and 0.2.0 (whose
 *     header was the format and a flags word that was always zero) and
 *     still the working form in memory: every cell as the table's own
 *     integer — int32 counts with -1 for not stated (三, 四), int64 with
 *     INT64_MIN for not stated (二).
 *   version 1: the compact form, written since 0.3.0.  Every cell takes
 *     `width` bytes, the narrowest of 1, 2, 4 (8 for table 二) that holds
 *     the value's largest cell: below the table's own cell size a cell is
 *     unsigned and all ones means not stated (0xFF, 0xFFFF, 0xFFFFFFFF);
 *     at the table's own size it is that integer as it is, as in version 0.
 *   version 2: version 1 with the verdict of the identities after the
 *     header (uint32: the fingerprint of the identities that judged it,
 *     times 2, plus 1 when consistent), then the cells.  Written since
 *     0.3.0 for values of table 三 whose cells take 1 or 2 bytes (4-byte
 *     values stay version 1: no larger than version 0).  A verdict counts
 *     only where the reader's identities have the same fingerprint
 *     (verdict.h); otherwise the cells are judged, as in version 1.
 *   version 3, width 3: the runs form of table 三, for a value whose few
 *     large cells would make every cell 2 bytes (new_received and
 *     total_processed hold sums of the rows below them).  After the header
 *     and the verdict (as in version 2): the number of runs (uint8), each
 *     run's first cell and length (uint8, uint8; in order, not
 *     overlapping), one low byte a cell (0xFF: not stated), and one high
 *     byte a cell of the runs.  The runs come first, beside the header,
 *     so that opening the value to read its verdict reads no further.  A cell is low + 255 × high (its high byte is 0
 *     outside the runs): the low byte is below 255, so it never reads as
 *     blank, and the low bytes are summed as 1-byte cells are.  A blank
 *     cell's high byte is written 0 and read as nothing.  Written by 0.3.0
 *     before version 4 where it was smaller than 2-byte cells; every cell
 *     at most 65,279.  Read, no longer written.
 *   version 4, width 3: the blocks form of table 三, written since 0.3.0
 *     instead of version 3: the same low and high bytes, the high bytes
 *     in blocks of 8 cells, so that sum() adds them a block at a time into
 *     sums at fixed places, and opening the value checks them with one
 *     comparison.  After the header and the verdict: a mask of the blocks
 *     that have high bytes (uint32: bit b for cells 8b … 8b + 7), one
 *     low byte a cell, and 8 high bytes for each block of the mask, in
 *     order.  A cell is low + 255 × high, as in version 3; a blank cell's
 *     high byte and a block's bytes past the last cell are written 0 and
 *     read as nothing.
 *
 * Reading checks the header, the version, the width and the length (one
 * comparison each); the cells are checked where they are read.
 */
#ifndef GD_COMPACT_H
#define GD_COMPACT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/error.h"

typedef enum GdStoredTable
{
	GD_STORED_APPLICATIONS,		/* 三: int32 cells, gd_applications_ncells(format) */
	GD_STORED_APPEALS,			/* 四: int32 cells, 15, format 0 */
	GD_STORED_PROACTIVE			/* 二: int64 cells, gd_proactive_ncells(format) */
} GdStoredTable;

#define GD_STORED_HEADER 4
#define GD_STORED_WIDE 0
#define GD_STORED_COMPACT 1
#define GD_STORED_JUDGED 2
#define GD_STORED_RUNS 3			/* version 3: low bytes and runs of high bytes */
#define GD_STORED_BLOCKS 4		/* version 4: low bytes and blocks of high bytes */
#define GD_STORED_HIGH 3			/* the width of versions 3 and 4: a low byte a cell, a high byte where needed */
#define GD_STORED_HIGH_MAX 65279	/* the largest cell of width 3: 254 + 255 × 255 */
#define GD_STORED_BLOCK 8			/* cells of a block of high bytes (version 4) */
#define GD_STORED_BLOCK_MASK 4	/* bytes of version 4's mask of blocks */
#define GD_STORED_VERDICT 4		/* bytes of a version 2, 3 or 4 verdict, after the header */
#define GD_NO_VERDICT 0			/* no verdict: written as version 1 */

/* A stored value, opened: where its cells are and how they are written. */
typedef struct GdStored
{
	GdStoredTable table;
	int			format;
	int			version;
	int			width;			/* bytes per cell as stored */
	int			ncells;
	uint32_t	verdict;		/* the verdict of versions 2 to 4; GD_NO_VERDICT in versions 0 and 1 */
	const unsigned char *cells;	/* width 3: the low bytes */
	/* width 3 only (0 and NULL otherwise): version 3's runs (first cell, length), version 4's blocks */
	int			nruns;
	const unsigned char *runs;
	uint32_t	blocks;			/* version 4: bit b for a block of high bytes of cells 8b … 8b + 7 */
	const unsigned char *high;
	int			nhigh;			/* how many high bytes (the runs' cells; 8 a block) */
} GdStored;

/* The SQL name of a table's type, for messages. */
extern const char *gd_stored_type_name(GdStoredTable table);

/*
 * Check the header and length of len bytes at data and describe them in
 * *s; false (GD_E_CORRUPT, saying what is wrong) for anything this build
 * cannot read.  The cells stay where they are.
 */
extern bool gd_stored_open(GdStoredTable table, const void *data, size_t len, GdStored *s,
						   GdError *err);

/*
 * The cells of an opened value as the table's own integers (int32 for
 * 三 and 四, int64 for 二).  false (GD_E_CORRUPT) for a cell no count can
 * be: below -1 or above 2147483647 in a 4-byte table 三 or 四 cell.
 */
extern bool gd_stored_cells32(const GdStored *s, int32_t *cells, GdError *err);
extern bool gd_stored_cells64(const GdStored *s, int64_t *cells, GdError *err);

/*
 * A value of width 3 (version 3 or 4) read out as 2-byte cells (each at most 65,279, so
 * below the 0xFFFF blank) into buf (s->ncells of them, 2-byte aligned),
 * and described as such in *t: for the loops that read 2-byte cells.
 */
extern void gd_stored_high_as_2byte(const GdStored *s, uint16_t *buf, GdStored *t);

/*
 * The compact form of n cells: its size in bytes (header included), and
 * the form itself written to dst, which has room for that many bytes.
 * With a verdict (verdict.h's gd_applications_verdict of these cells) a
 * table 三 value of 1- or 2-byte cells is written carrying it: as version
 * 4 (the blocks form) where that is smaller, else version 2; otherwise
 * version 1 (and the size is asked with_verdict false).
 */
extern size_t gd_stored_size32(const int32_t *cells, int n, bool with_verdict);
extern void gd_stored_write32(int format, const int32_t *cells, int n, uint32_t verdict, void *dst);
extern size_t gd_stored_size64(const int64_t *cells, int n);
extern void gd_stored_write64(int format, const int64_t *cells, int n, void *dst);

/*
 * The blocks form (version 4), `rest` bytes after the verdict at p: the
 * mask of blocks (not 0, none past the last cell), the low bytes and 8 high
 * bytes a block of the mask, exactly.  Set in *s (ncells, cells, blocks,
 * high, nhigh) and NULL, or what is wrong.  Nothing else needs checking
 * before the high bytes are read: each block's bytes are at a fixed place.
 */
static inline const char *
gd_stored_open_blocks(const unsigned char *p, size_t rest, int ncells, GdStored *s)
{
	uint32_t	blocks;
	int			nblocks = (ncells + GD_STORED_BLOCK - 1) / GD_STORED_BLOCK;

	if (rest < GD_STORED_BLOCK_MASK)
		return "no mask of blocks of high bytes";
	memcpy(&blocks, p, GD_STORED_BLOCK_MASK);
	if (blocks == 0 || (blocks >> nblocks) != 0)
		return "no block of high bytes, or one past the last cell";
	if (rest != GD_STORED_BLOCK_MASK + (size_t) ncells + GD_STORED_BLOCK * (size_t) __builtin_popcount(blocks))
		return "a length other than its mask, low bytes and blocks of high bytes";
	s->ncells = ncells;
	s->blocks = blocks;
	s->cells = p + GD_STORED_BLOCK_MASK;
	s->high = s->cells + ncells;
	s->nhigh = GD_STORED_BLOCK * __builtin_popcount(blocks);
	s->nruns = 0;
	s->runs = NULL;
	return NULL;
}

/*
 * The runs form's rules, in one place for its two readers: opening a value
 * (gd_stored_open_runs) and sum()'s row loop (accum.c), which checks each
 * run as it adds its high bytes, in one pass.
 *
 * The head, `rest` bytes after the verdict at p: the number of runs (not
 * 0), the runs and the low bytes within rest.  Set in *s (nruns, runs,
 * cells, high, and nhigh: the bytes rest leaves for the high bytes) and
 * NULL, or what is wrong.  The runs themselves are not read yet.
 */
static inline const char *
gd_stored_runs_head(const unsigned char *p, size_t rest, int ncells, GdStored *s)
{
	if (rest < 1 || p[0] == 0 || rest < 1 + 2 * (size_t) p[0])
		return "no runs of high bytes";
	if (rest < 1 + 2 * (size_t) p[0] + (size_t) ncells)
		return "a length other than its runs, low bytes and high bytes";
	s->nruns = p[0];
	s->runs = p + 1;
	s->blocks = 0;
	s->cells = p + 1 + 2 * p[0];
	s->high = s->cells + ncells;
	s->ncells = ncells;
	s->nhigh = (int) (rest - 1 - 2 * (size_t) p[0] - (size_t) ncells);
	return NULL;
}

/*
 * Run r of a value whose head was read, after runs 0 … r − 1 passed: not
 * empty, after the one before (which ended at *end), within the cells, and
 * its high bytes within the value (*taken of them before it).  NULL and
 * *end, *taken moved past it, or what is wrong.  After the last run,
 * gd_stored_runs_done.
 */
static inline const char *
gd_stored_run_next(const GdStored *s, int r, int *end, int *taken)
{
	int			first = s->runs[2 * r];
	int			len = s->runs[2 * r + 1];

	if (len == 0 || first < *end || first + len > s->ncells)
		return "a run of high bytes out of order or past the cells";
	if (*taken + len > s->nhigh)
		return "a length other than its runs, low bytes and high bytes";
	*end = first + len;
	*taken += len;
	return NULL;
}

/* After the last run: every high byte the value has is one of a run's. */
static inline const char *
gd_stored_runs_done(const GdStored *s, int taken)
{
	return taken == s->nhigh ? NULL : "a length other than its runs, low bytes and high bytes";
}

/* Every run of a value whose head was read, checked: NULL, or what is wrong. */
static inline const char *
gd_stored_runs_check(const GdStored *s)
{
	const char *bad = NULL;
	int			end = 0;
	int			taken = 0;

	for (int r = 0; bad == NULL && r < s->nruns; r++)
		bad = gd_stored_run_next(s, r, &end, &taken);
	return bad != NULL ? bad : gd_stored_runs_done(s, taken);
}

/*
 * The rest of a runs-form value, `rest` bytes after its verdict at p (the
 * runs, then the low bytes, then the high bytes), read and every run
 * checked: set in *s (ncells, cells, nruns, runs, high, nhigh) and NULL,
 * or what is wrong.
 */
static inline const char *
gd_stored_open_runs(const unsigned char *p, size_t rest, int ncells, GdStored *s)
{
	const char *bad = gd_stored_runs_head(p, rest, ncells, s);

	return bad != NULL ? bad : gd_stored_runs_check(s);
}

/*
 * The narrow forms' reading, shared by gd_stored_open_narrow and sum()'s
 * row loop (accum.h): a compact value of `format`, which has `ncells`
 * cells, stored 1 or 2 bytes a cell (versions 1 and 2), in the runs form
 * (version 3) or the blocks form (version 4), with a verdict other than
 * none where it has one.  Its width (1, 2 or GD_STORED_HIGH, for versions
 * 3 and 4) with s->cells, s->nruns, s->runs, s->blocks, s->high, s->nhigh
 * and s->verdict set; 0 for anything else — which gd_stored_open then
 * reads or refuses.  A blocks-form value is read whole and checked
 * (gd_stored_open_blocks); of a runs-form value only the head is read
 * (gd_stored_runs_head): its runs are the caller's to check before it
 * reads their high bytes — all at once (gd_stored_runs_check), or each as
 * it comes (gd_stored_run_next).
 */
static inline int
gd_stored_narrow_cells(GdStoredTable table, const void *data, size_t len, int format, int ncells,
					   GdStored *s)
{
	const unsigned char *p = data;
	int16_t		f;
	size_t		header;
	bool		judged;

	if (len < GD_STORED_HEADER)
		return 0;
	memcpy(&f, p, sizeof(f));
	judged = p[2] == GD_STORED_JUDGED || p[2] == GD_STORED_RUNS || p[2] == GD_STORED_BLOCKS;
	header = GD_STORED_HEADER + (judged ? GD_STORED_VERDICT : 0);
	if (f != format || len < header || (judged && table != GD_STORED_APPLICATIONS))
		return 0;
	s->verdict = GD_NO_VERDICT;
	if (judged)
	{
		memcpy(&s->verdict, p + GD_STORED_HEADER, GD_STORED_VERDICT);
		if (s->verdict == GD_NO_VERDICT)
			return 0;			/* gd_stored_open says why */
	}
	if (p[2] == GD_STORED_BLOCKS)
		return p[3] == GD_STORED_HIGH && gd_stored_open_blocks(p + header, len - header, ncells, s) == NULL
			? GD_STORED_HIGH : 0;
	if (p[2] == GD_STORED_RUNS)
		return p[3] == GD_STORED_HIGH && gd_stored_runs_head(p + header, len - header, ncells, s) == NULL
			? GD_STORED_HIGH : 0;
	if ((p[2] != GD_STORED_COMPACT && p[2] != GD_STORED_JUDGED) ||
		(p[3] != 1 && p[3] != 2) || len != header + (size_t) ncells * p[3])
		return 0;
	s->cells = p + header;
	s->nruns = 0;
	s->runs = NULL;
	s->blocks = 0;
	s->high = NULL;
	s->nhigh = 0;
	return p[3];
}

/*
 * gd_stored_open's common case, inline for the hot loops: what
 * gd_stored_narrow_cells reads, opened.  false for anything else — which
 * gd_stored_open then reads or refuses.
 */
static inline bool
gd_stored_open_narrow(GdStoredTable table, const void *data, size_t len, int format, int ncells,
					  GdStored *s)
{
	const unsigned char *p = data;
	int			width = gd_stored_narrow_cells(table, data, len, format, ncells, s);

	if (width == 0 || (width == GD_STORED_HIGH && s->blocks == 0 && gd_stored_runs_check(s) != NULL))
		return false;
	s->table = table;
	s->format = format;
	s->version = p[2];
	s->width = width;
	s->ncells = ncells;
	return true;
}

/*
 * The hot loops that read stored cells (sum, gd_is_consistent) are also
 * built for AVX2 where gcc can pick a version when the library loads
 * (x86-64); elsewhere they are built once, for the baseline.
 */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
#define GD_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define GD_VECTOR_CLONES
#endif

/*
 * Cell i of a table 三 or 四 value stored `width` bytes a cell (1, 2 or 4),
 * as a count: -1 for not stated, and for width 4 whatever the cell holds
 * (callers check for values below -1).  Inline, so that loops over one
 * width class, called with a constant width, compile to plain loads.
 */
static inline int32_t
gd_stored_count(const unsigned char *cells, int width, int i)
{
	int32_t		v;

	if (width == 1)
	{
		v = cells[i];
		return v | -(int32_t) (v == 0xFF);	/* no branch on a blank */
	}
	if (width == 2)
	{
		uint16_t	h;

		memcpy(&h, cells + 2 * i, 2);
		v = h;
		return v | -(int32_t) (v == 0xFFFF);
	}
	memcpy(&v, cells + 4 * i, 4);
	return v;
}

#endif							/* GD_COMPACT_H */
