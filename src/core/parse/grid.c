/*
 * parse/grid.c — which column each value of a pdftotext -layout row can
 * stand in.
 *
 * Reads: table 三's rows as printed (their value tokens with their
 * columns on the line) and the number of printed columns.  Produces: for
 * every value of every row, the set of printed columns it may stand in
 * (GdGrid), for gd_place_values to place rows that print fewer values than
 * columns.
 *
 * pdftotext -layout does not keep one x scale for a whole table: it lays
 * the page out in blocks, and a column sits at another character position
 * from one block to the next (and shifts by one after a wide glyph such as
 * 无 or —).  Within a block the values of a column stand at one position,
 * give or take CLUSTER_SLACK.  So the rows are taken in order and grouped
 * into blocks whose values fall into at most as many position clusters as
 * there are columns; a row whose values would make more starts a new
 * block; only rows with at least STRONG_MIN values after their first
 * (two positions that must both match) shape blocks, a sparser row is
 * placed only between two rows of one block and on its clusters.  A
 * line's first value is not used to find clusters: pdftotext
 * often sets it further left than its column (after a long label, or at
 * the start of a line below one), never further right than CLUSTER_SLACK.
 * A block whose clusters are as many as the columns (or one fewer, when
 * every first value outside them stands left of them all: the first
 * column, printed only first) places each value by its cluster; a first
 * value may be in any column from the one at its position up to the column
 * before the second value's, and where that leaves several ways the
 * table's identities decide (applications.c).  In a block with fewer
 * clusters nothing is known but the order.  Bounded work: at most
 * GD_MAX_ELEMENTS rows of at most 64 values.
 */
#include "core/parse/internal.h"

#include <string.h>

#define CLUSTER_SLACK 2			/* a value this far from a cluster is in it */
#define CLUSTER_WIDTH_MAX 4		/* a wider cluster would be two columns */
#define CLUSTER_GAP_MIN 3		/* between two clusters */
#define STRONG_MIN 2			/* values after the first that tie a row to a block */

typedef struct Cluster
{
	int			lo;
	int			hi;
} Cluster;

typedef struct Block
{
	int			nc;
	Cluster		c[GD_MAX_PRINTED_COLS];
} Block;

static int
centre(const GdTok *t)
{
	int			w = t->kind == GD_TOK_NUM ? t->ndigits : 1;

	return (int) t->x + (w > 0 ? (w - 1) / 2 : 0);
}

/* The cluster x falls in, or -1; -2 when it would fall in two. */
static int
cluster_of(const Block *b, int x)
{
	int			at = -1;

	for (int j = 0; j < b->nc; j++)
		if (x >= b->c[j].lo - CLUSTER_SLACK && x <= b->c[j].hi + CLUSTER_SLACK)
		{
			if (at >= 0)
				return -2;
			at = j;
		}
	return at;
}

/* Put x in its cluster, or in a new one in order; false if it cannot be. */
static bool
add_x(Block *b, int x, int ncols)
{
	int			j = cluster_of(b, x);

	if (j == -2)
		return false;
	if (j >= 0)
	{
		if (x < b->c[j].lo)
			b->c[j].lo = x;
		if (x > b->c[j].hi)
			b->c[j].hi = x;
		return b->c[j].hi - b->c[j].lo <= CLUSTER_WIDTH_MAX;
	}
	if (b->nc >= ncols)
		return false;
	for (j = b->nc; j > 0 && b->c[j - 1].lo > x; j--)
		b->c[j] = b->c[j - 1];
	b->c[j].lo = b->c[j].hi = x;
	b->nc++;
	return true;
}

static bool
separated(const Block *b)
{
	for (int j = 1; j < b->nc; j++)
		if (b->c[j].lo - b->c[j - 1].hi < CLUSTER_GAP_MIN)
			return false;
	return true;
}

/* Is the row usable: values on one line, no more than the columns? */
static bool
usable(const GdRegion *r, const GdRowTokens *rt, int ncols)
{
	if (rt == NULL || rt->nvalues == 0 || rt->nvalues > ncols || rt->more > 0)
		return false;
	for (int i = 0; i < rt->nvalues; i++)
		if (r->toks[rt->values[i]].line != r->toks[rt->values[0]].line ||
			r->toks[rt->values[i]].line_kind != GD_LINE_SPACED)
			return false;
	return true;
}

/*
 * Add the row's values to the block (on a copy, kept only if it fits):
 * its values after the first in distinct clusters, in order; its first
 * value left of the second's cluster.
 */
static bool
try_row(const GdRegion *r, const GdRowTokens *rt, int ncols, Block *b)
{
	Block		nb = *b;
	int			prev = -1;
	int			from = 1;			/* the first value: see row_allowed */

	for (int i = from; i < rt->nvalues; i++)
		if (!add_x(&nb, centre(&r->toks[rt->values[i]]), ncols))
			return false;
	if (!separated(&nb))
		return false;
	for (int i = from; i < rt->nvalues; i++)
	{
		int			j = cluster_of(&nb, centre(&r->toks[rt->values[i]]));

		if (j < 0 || j <= prev)
			return false;
		prev = j;
	}
	if (rt->nvalues > 1)
	{
		int			j = cluster_of(&nb, centre(&r->toks[rt->values[1]]));

		if (centre(&r->toks[rt->values[0]]) >= nb.c[j].lo - CLUSTER_SLACK)
			return false;
	}
	*b = nb;
	return true;
}

/*
 * The column of each cluster, when the block's clusters stand for every
 * column: as many as the columns, or one fewer with the first column seen
 * only in first values left of them all (its right edge in *first_hi).
 * false when they do not.
 */
static bool
block_columns(const GdRegion *r, const GdRowTokens *const *rows, int from, int to,
			  const Block *b, int ncols, int *shift, int *first_hi)
{
	int			left = 0;

	*first_hi = -1;
	if (b->nc == ncols)
	{
		*shift = 0;
		return true;
	}
	if (b->nc != ncols - 1 || b->nc == 0)
		return false;
	for (int k = from; k <= to; k++)
	{
		int			x;

		if (rows[k] == NULL)
			continue;
		x = centre(&r->toks[rows[k]->values[0]]);
		if (cluster_of(b, x) >= 0)
			continue;
		if (x >= b->c[0].lo - CLUSTER_SLACK)
			return false;		/* a first value between clusters */
		left++;
		if (x > *first_hi)
			*first_hi = x;
	}
	*shift = 1;
	return left > 0;
}

/* Full rows say which column each value is in: the clusters must agree. */
static bool
agrees(const GdRegion *r, const GdRowTokens *const *rows, int from, int to, const Block *b,
	   int ncols, int shift)
{
	for (int k = from; k <= to; k++)
		if (rows[k] != NULL && rows[k]->nvalues == ncols)
			for (int i = 1; i < ncols; i++)
				if (cluster_of(b, centre(&r->toks[rows[k]->values[i]])) + shift != i)
					return false;
	return true;
}

/* The allowed columns of the values of one row of a placed block. */
static void
row_allowed(const GdRegion *r, const GdRowTokens *rt, const Block *b, int shift, int first_hi,
			uint16_t *allowed)
{
	int			x0 = centre(&r->toks[rt->values[0]]);
	int			upto;

	for (int i = 1; i < rt->nvalues; i++)
		allowed[i] = (uint16_t) (1u << (cluster_of(b, centre(&r->toks[rt->values[i]])) + shift));
	upto = rt->nvalues > 1 ? cluster_of(b, centre(&r->toks[rt->values[1]])) + shift : b->nc + shift;
	allowed[0] = 0;
	for (int c = 0; c < upto; c++)
	{
		/* the column's right edge: a first value is never right of it */
		int			hi = c < shift ? first_hi : b->c[c - shift].hi;

		if (hi + CLUSTER_SLACK >= x0)
			allowed[0] |= (uint16_t) (1u << c);
	}
}

/* Does a row that carries too little to shape a block fit the block's clusters? */
static bool
fits(const GdRegion *r, const GdRowTokens *rt, const Block *b)
{
	int			prev = -1;

	for (int i = 1; i < rt->nvalues; i++)
	{
		int			j = cluster_of(b, centre(&r->toks[rt->values[i]]));

		if (j < 0 || j <= prev)
			return false;
		prev = j;
	}
	return rt->nvalues < 2 ||
		centre(&r->toks[rt->values[0]]) < b->c[cluster_of(b, centre(&r->toks[rt->values[1]]))].lo - CLUSTER_SLACK;
}

/* Consecutive strong rows into blocks (blk[k]: the block of row k, or -1). */
static int
make_blocks(const GdRegion *r, const GdRowTokens **use, int nrows, int ncols, Block *blocks, int *blk)
{
	int			nb = 0;
	int			k = 0;

	for (int i = 0; i < nrows; i++)
		blk[i] = -1;
	while (k < nrows && nb < GD_MAX_ELEMENTS)
	{
		Block	   *b = &blocks[nb];
		bool		any = false;

		memset(b, 0, sizeof(*b));
		for (; k < nrows; k++)
		{
			if (use[k] == NULL)
				continue;
			if (!try_row(r, use[k], ncols, b))
			{
				if (!any)
				{
					use[k] = NULL;	/* does not fit even alone */
					continue;
				}
				break;
			}
			blk[k] = nb;
			any = true;
		}
		if (!any)
			break;
		nb++;
	}
	return nb;
}

void
gd_spaced_grid(const GdRegion *r, const GdRowTokens *const *rows, int nrows, int ncols,
			   GdGrid *out)
{
	const GdRowTokens *use[GD_MAX_ELEMENTS];
	Block		blocks[GD_MAX_ELEMENTS];
	int			blk[GD_MAX_ELEMENTS];
	int			shift[GD_MAX_ELEMENTS];
	int			first_hi[GD_MAX_ELEMENTS];
	bool		placed[GD_MAX_ELEMENTS];
	int			nb;

	memset(out, 0, sizeof(*out));
	if (nrows > GD_MAX_ELEMENTS || ncols > GD_MAX_PRINTED_COLS)
		return;
	/* only rows with STRONG_MIN values after their first shape blocks */
	for (int i = 0; i < nrows; i++)
		use[i] = usable(r, rows[i], ncols) && rows[i]->nvalues > STRONG_MIN ? rows[i] : NULL;
	nb = make_blocks(r, use, nrows, ncols, blocks, blk);
	for (int b = 0; b < nb; b++)
	{
		int			from = 0,
					to = -1;

		for (int i = 0; i < nrows; i++)
			if (blk[i] == b)
			{
				if (to < 0)
					from = i;
				to = i;
			}
		placed[b] = block_columns(r, use, from, to, &blocks[b], ncols, &shift[b], &first_hi[b]) &&
			agrees(r, use, from, to, &blocks[b], ncols, shift[b]);
	}
	for (int i = 0; i < nrows; i++)
	{
		int			b = blk[i];

		if (b < 0 && usable(r, rows[i], ncols))
		{
			/* a sparse row: placed only inside a block, between two of its rows */
			int			p = i - 1,
						q = i + 1;

			while (p >= 0 && blk[p] < 0)
				p--;
			while (q < nrows && blk[q] < 0)
				q++;
			if (p >= 0 && q < nrows && blk[p] == blk[q] && fits(r, rows[i], &blocks[blk[p]]))
				b = blk[p];
		}
		if (b >= 0 && placed[b])
		{
			row_allowed(r, rows[i], &blocks[b], shift[b], first_hi[b], out->allowed[i]);
			out->known[i] = true;
		}
	}
}
