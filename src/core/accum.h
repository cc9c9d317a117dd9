/*
 * accum.h — the running total of sum(gd_applications) and sum(gd_appeals),
 * pure C.
 *
 * The total is the table's int32 cells (-1: no value stated the cell).
 * Adding a stored value cell by cell into it, with the blank rule and an
 * overflow check per cell, costs more than reading the value.  A value of
 * 1- or 2-byte cells (compact.h) is therefore added into pending sums
 * instead (a blocks- or runs-form value's low bytes as 1-byte cells, its few high bytes
 * into a sum per cell, folded in × 255): the value is read 32 bytes at a time, and each 32-byte window
 * adds into lanes twice as wide (16 bits for 1-byte cells, 32 for 2-byte
 * cells; the even cells of the window into one set of lanes, the odd ones
 * into another), keeping, per cell, whether every pending value left it
 * blank — only while some cell of the total is still blank: once every
 * cell has been stated, no later blank can change it.  gd_accum_flush
 * folds the pending sums into the total.
 *
 * Exact by construction: the lanes never wrap (the 16-bit lanes of 1-byte
 * cells move into 32-bit ones every 258 rows; 2-byte cells are flushed
 * after 65,537 rows), and a value is only
 * taken while the largest total cell plus the most the pending values can
 * add stays within 2,147,483,647 — so a flush never overflows, and a sum
 * that would overflow is added the exact way and reported on the row that
 * overflows, as without pending sums.
 *
 * A value with a blank derivable total (check.h) is not taken: sum() fills
 * it from its parts first.  That test runs in the same pass, on a mask of
 * the derived cells.
 */
#ifndef GD_ACCUM_H
#define GD_ACCUM_H

#include <stdbool.h>
#include <stdint.h>

#include "core/compact.h"
#include "core/layout.h"
#include "core/simd.h"

/* 32-byte windows over a value's cells: whole ones, and one more ending at the last byte. */
#define GD_ACCUM_WINDOWS1 (GD_APPLICATIONS_NCELLS_MAX / 32 + 1)
#define GD_ACCUM_WINDOWS2 (2 * GD_APPLICATIONS_NCELLS_MAX / 32 + 1)
/*
 * Lanes of a width class: force, derived, blank, even, odd a window, and
 * for width 1 even32 and odd32 (2 each).  Each kind takes an even number
 * of windows, so that with the lanes 64-byte aligned the AVX-512 loop's
 * pairs of windows never straddle two cache lines (a split load or store
 * cost 1–2 ns a value in test/bench/micro.c).
 */
#define GD_ACCUM_STRIDE(n) (((n) + 1) & ~1)
#define GD_ACCUM_LANES1 (GD_ACCUM_STRIDE(GD_ACCUM_WINDOWS1) * 9)
#define GD_ACCUM_LANES2 (GD_ACCUM_STRIDE(GD_ACCUM_WINDOWS2) * 5)

/* Cells of a run of high bytes the vector loop adds at a time. */
#define GD_ACCUM_HIGH_STEP 16

/* 32 bytes, read as a vector of byte, 16-bit or 32-bit lanes. */
typedef union GdAccumLanes
{
	uint8_t		b[32];
	uint16_t	h[16];
	uint32_t	w[8];
} __attribute__((aligned(32))) GdAccumLanes;

/* One width class's pending sums (lanes of 16 bits for width 1, 32 for width 2). */
typedef struct GdAccumPart GdAccumPart;
struct GdAccumPart
{
	/* add (take back) a value's cells; whether a derived cell is blank: the vector loop or the portable one */
	bool		(*add) (GdAccumPart *p, const unsigned char *cells);
	bool		(*take_back) (GdAccumPart *p, const unsigned char *cells);
	int			nwindows;		/* 0: values of this width are not taken */
	int			nwhole;			/* the first windows, contiguous, with nothing forced */
	int			rows;			/* values added since the last flush (width 1: since the last widening) */
	bool		widened;		/* width 1: the 32-bit lanes hold sums */
	int			max_rows;		/* before a lane could wrap (width 2: the headroom flushes first; a guard) */
	int			start[GD_ACCUM_WINDOWS2];	/* byte offset of each window */
	/*
	 * Per window (nwindows of each, in the GdAccum's lanes): lanes as wide
	 * as the cells (force, derived, blank) or twice as wide (even, odd).
	 */
	GdAccumLanes *force;		/* all ones on bytes the window shares with the one before */
	GdAccumLanes *derived;		/* all ones on the cells of a derivable total */
	GdAccumLanes *blank;		/* all ones: every pending value left the cell blank */
	GdAccumLanes *even;			/* sums of cells 0, 2, 4 … of the window */
	GdAccumLanes *odd;			/* sums of cells 1, 3, 5 … */
	/* width 1: the 16-bit sums moved into 32-bit lanes every max_rows rows (the headroom keeps them below 2^31) */
	GdAccumLanes (*even32)[2];
	GdAccumLanes (*odd32)[2];
};

/*
 * Adds the high bytes of a value of width 3 to sums, one a cell (a blank's
 * counts for nothing): a blocks-form value's blocks (checked when it was
 * read), a runs-form value's runs each checked (gd_stored_run_next) before
 * its bytes are read.  false, with sums as they were, for a value whose
 * runs are wrong.
 */
typedef bool (*GdAccumAddHigh) (uint32_t *sums, const GdStored *s);

/* A GdAccumPart's loop that adds a value's cells: true when a derived cell is blank. */
typedef bool (*GdAccumAddCells) (GdAccumPart *p, const unsigned char *cells);

typedef struct GdAccum GdAccum;

/* gd_accum_add_stored's body with the loops it calls built in: one a CPU level (accum.c). */
typedef bool (*GdAccumAddStored) (GdAccum *a, const unsigned char *data, size_t len);

struct GdAccum
{
	GdStoredTable table;
	int			format;
	int			ncells;
	int64_t		headroom;		/* 2147483647 − largest total cell − what pending rows may add */
	bool		track_blank;	/* a total cell is still blank: the pending values' blanks are kept */
	GdAccumPart part[2];		/* width 1, width 2 */
	/* the parts' lanes, as many as the largest format needs; 64-byte aligned, and so is GdAccum */
	GdAccumLanes lanes[GD_ACCUM_LANES1 + GD_ACCUM_LANES2] __attribute__((aligned(64)));
	/* values of width 3 (compact.h): their low bytes go to part[0], their high bytes summed here per cell */
	bool		high_pending;	/* some high byte is pending */
	/* the loop for their high bytes: a vector a block (a masked one a run) where the CPU has AVX-512BW, else a byte at a time */
	GdAccumAddHigh add_high;
	/* gd_accum_add_stored with part[0]'s and part[1]'s add and add_high inlined (chosen with them) */
	GdAccumAddStored add_stored;
	/* past the last cell: a run's vector adds 16 cells from its first (zeros past its end), a block all 8 of its cells (accum.c) */
	uint32_t	high[GD_APPLICATIONS_NCELLS_MAX + GD_ACCUM_HIGH_STEP - 1] __attribute__((aligned(64)));
};

/*
 * Start pending sums beside `cells`, the running total of a value of the
 * table and format.  Called again whenever the total changes format.
 */
extern void gd_accum_init(GdAccum *a, GdStoredTable table, int format, const int32_t *cells);

/*
 * Add the opened value s (of a's table) to the total: true when it was
 * taken into the pending sums.  false when it must be added the exact way
 * — another format, 4-byte cells, a blank derivable total, or a total too
 * close to 2147483647 — and then the pending sums are already flushed into
 * cells: the caller adds s there and calls gd_accum_flush again, so that
 * the headroom counts what it added.
 */
extern bool gd_accum_add(GdAccum *a, int32_t *cells, const GdStored *s);

/* Can a take any value at all?  Not for a table too small for a window (table 四). */
static inline bool
gd_accum_takes_any(const GdAccum *a)
{
	return a->part[0].nwindows > 0 || a->part[1].nwindows > 0;
}

/* A value's cells just added to p taken back again (it has a blank derived total); false. */
extern bool gd_accum_take_back(GdAccumPart *p, const unsigned char *cells);

/* The most one value of width w (1, 2 or 3, the blocks and runs forms) adds to a cell: all ones is blank. */
#define GD_ACCUM_ROW_MAX(w) ((w) == 1 ? 0xFE : (w) == 2 ? 0xFFFE : GD_STORED_HIGH_MAX)

/* The width class whose lanes take a value of width w: a width-3 value's low bytes are 1-byte cells. */
#define GD_ACCUM_CLASS(w) ((w) == GD_STORED_HIGH ? 1 : (w))

/*
 * The tail of the two fast paths below: the value s, of width `width` (1,
 * 2 or 3, the blocks and runs forms; s->width where s was opened), taken into the pending sums
 * when they have room for it and its derived totals are stated; false,
 * with nothing changed but the blank flags (see gd_accum_take_back), when
 * not.  add1, add2 and add_high are the part's loops and a's: passed in so
 * that accum.c can build them into its copies of gd_accum_add_stored.
 */
static inline __attribute__((always_inline)) bool
gd_accum_take_with(GdAccum *a, int width, const GdStored *s,
				   GdAccumAddCells add1, GdAccumAddCells add2, GdAccumAddHigh add_high)
{
	GdAccumPart *p = &a->part[GD_ACCUM_CLASS(width) - 1];

	if (p->nwindows == 0 || p->rows == p->max_rows || a->headroom < GD_ACCUM_ROW_MAX(width))
		return false;
	if ((GD_ACCUM_CLASS(width) == 1 ? add1 : add2) (p, s->cells))
		return gd_accum_take_back(p, s->cells);	/* a blank derived total (rare) */
	if (width == GD_STORED_HIGH)
	{
		if (!add_high(a->high, s))
			return gd_accum_take_back(p, s->cells);	/* runs that are wrong: the general way refuses the value */
		a->high_pending = true;
	}
	p->rows++;
	a->headroom -= GD_ACCUM_ROW_MAX(width);
	return true;
}

/*
 * gd_accum_add's common case, inline for the row loop: a value of a's
 * format, 1 or 2 bytes a cell or of width 3, with room for it in the
 * pending sums and no blank derived total.  false when it is anything else,
 * with nothing changed: then gd_accum_add makes room if that is all it
 * lacks and tries again.
 */
static inline bool
gd_accum_add_fast(GdAccum *a, const GdStored *s)
{
	if (s->format != a->format || (s->width != 1 && s->width != 2 && s->width != GD_STORED_HIGH))
		return false;
	return gd_accum_take_with(a, s->width, s, a->part[0].add, a->part[1].add, a->add_high);
}

/*
 * The rows a scan is made of, from their stored bytes (data, len: after
 * the varlena header): read by gd_stored_narrow_cells as a value of a's
 * own table and format — not the format the last value opened had — and
 * taken as gd_accum_add_fast takes it, without opening it into a whole
 * GdStored.  false for anything it does not read or cannot take: the
 * caller then opens the value the general way, which reads or refuses it.
 * The body, gd_accum_add_stored_with, is built in accum.c once for each
 * set of loops, with the loops inlined into it: one call a row.
 */
static inline __attribute__((always_inline)) bool
gd_accum_add_stored_with(GdAccum *a, const unsigned char *data, size_t len,
						 GdAccumAddCells add1, GdAccumAddCells add2, GdAccumAddHigh add_high)
{
	GdStored	s;
	/* a blocks-form value is checked here; a runs-form value's runs as its high bytes are added (add_high) */
	int			width = gd_stored_narrow_cells(a->table, data, len, a->format, a->ncells, &s);

	/* each width its own inline copy of the tail, its lane class and row maximum constants */
	if (width == 1)
		return gd_accum_take_with(a, 1, &s, add1, add2, add_high);
	if (width == GD_STORED_HIGH)
		return gd_accum_take_with(a, GD_STORED_HIGH, &s, add1, add2, add_high);
	return width == 2 && gd_accum_take_with(a, 2, &s, add1, add2, add_high);
}

static inline bool
gd_accum_add_stored(GdAccum *a, const unsigned char *data, size_t len)
{
	return a->add_stored(a, data, len);
}

/* Fold the pending sums into cells (this never overflows) and measure the headroom again. */
extern void gd_accum_flush(GdAccum *a, int32_t *cells);


#endif
