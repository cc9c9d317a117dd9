/* matrix.c — cell arithmetic on tables 三 and 四. */
#include "core/matrix.h"

#include <string.h>

#include "core/compact.h"

#include <stdio.h>

int32_t
gd_applications_get(int format, const int32_t *cells, int row_id, int col)
{
	int			pos = gd_applications_row_pos(format, row_id);

	if (pos < 0 || col < 0 || col >= GD_APPLICATIONS_NCOLS)
		return GD_NOT_STATED;
	return cells[pos * GD_APPLICATIONS_NCOLS + col];
}

bool
gd_applications_group_sum(int format, const int32_t *cells, int group, int col,
				 int64_t *sum)
{
	bool		stated = false;

	*sum = 0;
	for (int id = 0; id < gd_layout->nrows; id++)
	{
		int32_t		v;

		if (gd_layout->rows[id].group != group)
			continue;
		v = gd_applications_get(format, cells, id, col);
		if (v == GD_NOT_STATED)
			continue;
		*sum += v;
		stated = true;
	}
	return stated;
}

const char *
gd_applications_cell_name(int format, int cell, char *buf, int buflen)
{
	int			row = gd_applications_row_at(format, cell / GD_APPLICATIONS_NCOLS);

	snprintf(buf, buflen, "%s × %s",
			 row >= 0 ? gd_layout->rows[row].name.key : "?",
			 gd_layout->columns[cell % GD_APPLICATIONS_NCOLS].name.key);
	return buf;
}

const char *
gd_appeals_cell_name(int cell, char *buf, int buflen)
{
	snprintf(buf, buflen, "%s × %s",
			 gd_appeals_blocks[cell / GD_APPEALS_NCOLS].key,
			 gd_appeals_columns[cell % GD_APPEALS_NCOLS].key);
	return buf;
}

static bool
cells_valid(const int32_t *cells, int n, int format, GdError *err)
{
	char		name[128];

	for (int i = 0; i < n; i++)
		if (cells[i] < GD_NOT_STATED)
		{
			gd_fail(err, GD_E_VALUE, "invalid cell %s: %d",
					format ? gd_applications_cell_name(format, i, name, sizeof(name))
					: gd_appeals_cell_name(i, name, sizeof(name)), cells[i]);
			return gd_fail_detail(err, "A cell is a count from 0 to 2147483647 or not stated.");
		}
	return true;
}

bool
gd_applications_cells_valid(int format, const int32_t *cells, GdError *err)
{
	return cells_valid(cells, gd_applications_ncells(format), format, err);
}

bool
gd_appeals_cells_valid(const int32_t *cells, GdError *err)
{
	return cells_valid(cells, GD_APPEALS_NCELLS, 0, err);
}

/* One cell of a sum: not stated + n = n. */
static inline bool
add_cell(int32_t *dst, int32_t src)
{
	int64_t		s;

	if (src == GD_NOT_STATED)
		return true;
	if (*dst == GD_NOT_STATED)
	{
		*dst = src;
		return true;
	}
	s = (int64_t) *dst + src;
	if (s > GD_COUNT_MAX)
		return false;
	*dst = (int32_t) s;
	return true;
}

static bool
overflow(GdError *err, const char *cell)
{
	gd_fail(err, GD_E_RANGE, "sum of cell %s is out of range", cell);
	return gd_fail_detail(err, "A count cannot exceed 2147483647.");
}

/*
 * The hot loop of sum(): one branch-free pass the compiler vectorises.  A
 * blank (-1) counts as 0; the result is blank only when both are.  Both
 * addends are at most 2^31-1, so the unsigned sum cannot wrap and its top
 * bit says whether it overflowed; such a cell is left holding a value below
 * -1, which is how the first one is found for the message.  Returns that
 * cell, or -1.  On overflow dst is garbage: the caller raises an error.
 */
static int
add_cells(int32_t *restrict dst, const int32_t *restrict src, int n)
{
	uint32_t	over = 0;

	for (int i = 0; i < n; i++)
	{
		int32_t		a = dst[i] & ~(dst[i] >> 31);
		int32_t		b = src[i] & ~(src[i] >> 31);
		int32_t		both_blank = (dst[i] & src[i]) >> 31;
		uint32_t	sum = (uint32_t) a + (uint32_t) b;

		over |= sum;
		dst[i] = (int32_t) sum | both_blank;
	}
	if (over >> 31)
		for (int i = 0; i < n; i++)
			if (dst[i] < GD_NOT_STATED)
				return i;
	return -1;
}

bool
gd_applications_add(int format, int32_t *dst, const int32_t *src, GdError *err)
{
	int			bad = add_cells(dst, src, gd_applications_ncells(format));
	char		name[128];

	if (bad >= 0)
		return overflow(err, gd_applications_cell_name(format, bad, name, sizeof(name)));
	return true;
}

bool
gd_appeals_add(int32_t *dst, const int32_t *src, GdError *err)
{
	int			bad = add_cells(dst, src, GD_APPEALS_NCELLS);
	char		name[128];

	if (bad >= 0)
		return overflow(err, gd_appeals_cell_name(bad, name, sizeof(name)));
	return true;
}

/*
 * add_cells with the addends read as stored, `width` bytes a cell
 * (compact.h), straight into dst: no widened copy.  Called with a constant
 * width, so each width class is its own vectorised loop.  Per cell: m is
 * all ones where dst is blank (-1), so dst - m is dst or 0; the addend is
 * the stored cell or 0 where it is blank (sb); the result is blank only
 * where both are.  Overflow as in add_cells.  *corrupt is set when a
 * 4-byte cell is below -1.
 */
static inline __attribute__((always_inline)) uint32_t
add_one(int32_t *dst, uint32_t v, uint32_t sb)
{
	uint32_t	m = (uint32_t) (*dst >> 31);
	uint32_t	sum = (uint32_t) *dst - m + (v & ~sb);

	*dst = (int32_t) (sum | (m & sb));
	return sum;
}

static inline __attribute__((always_inline)) int
add_stored(int32_t *restrict dst, const unsigned char *restrict src, int n, int width,
		   bool *corrupt)
{
	uint32_t	over = 0;
	uint32_t	below = 0;

	/* one loop per width, each with nothing but loads, masks and adds */
	if (width == 1)
		for (int i = 0; i < n; i++)
		{
			uint32_t	v = src[i];

			over |= add_one(&dst[i], v, -(uint32_t) (v == 0xFFu));
		}
	else if (width == 2 && ((uintptr_t) src & 1) == 0)
	{
		/* read as uint16_t, which gcc vectorises (memcpy of 2 bytes it does not) */
		const uint16_t *h = (const uint16_t *) (const void *) src;

		for (int i = 0; i < n; i++)
		{
			uint32_t	v = h[i];

			over |= add_one(&dst[i], v, -(uint32_t) (v == 0xFFFFu));
		}
	}
	else if (width == 2)
		for (int i = 0; i < n; i++)
		{
			uint16_t	h;

			memcpy(&h, src + 2 * i, 2);
			over |= add_one(&dst[i], h, -(uint32_t) (h == 0xFFFFu));
		}
	else
		for (int i = 0; i < n; i++)
		{
			uint32_t	v;
			uint32_t	sb;

			memcpy(&v, src + 4 * i, 4);
			sb = -(uint32_t) (v == 0xFFFFFFFFu);
			below |= (v >> 31) & ~sb;	/* negative and not -1 */
			over |= add_one(&dst[i], v, sb);
		}
	*corrupt = below != 0;
	if (over >> 31)
		for (int i = 0; i < n; i++)
			if (dst[i] < GD_NOT_STATED)
				return i;
	return -1;
}

GD_VECTOR_CLONES
bool
gd_cells_add_stored(int32_t *dst, const GdStored *s, GdError *err)
{
	bool		corrupt;
	int			bad;
	char		name[128];

	if (s->width == 1)
		bad = add_stored(dst, s->cells, s->ncells, 1, &corrupt);
	else if (s->width == 2)
		bad = add_stored(dst, s->cells, s->ncells, 2, &corrupt);
	else if (s->width == GD_STORED_HIGH)
	{
		/* the blocks and runs forms (rare on this path: sum()'s pending sums take them): as the 2-byte cells they read as */
		uint16_t	as_2byte[GD_APPLICATIONS_NCELLS_MAX];
		GdStored	t;

		gd_stored_high_as_2byte(s, as_2byte, &t);
		bad = add_stored(dst, t.cells, t.ncells, 2, &corrupt);
	}
	else
		bad = add_stored(dst, s->cells, s->ncells, 4, &corrupt);
	if (corrupt)
		return gd_fail(err, GD_E_CORRUPT, "stored %s value is corrupt: a cell below -1",
					   gd_stored_type_name(s->table));
	if (bad >= 0)
		return overflow(err, s->table == GD_STORED_APPEALS ? gd_appeals_cell_name(bad, name, sizeof(name))
						: gd_applications_cell_name(s->format, bad, name, sizeof(name)));
	return true;
}

/*
 * A format's cells in another format: each row of `to` takes the row of
 * the same id, plus every row of `from` that is not in `to` and folds into
 * it (2021's three （六） rows into 2019's other_handling).  Not stated
 * stays not stated only when every part is.
 */
bool
gd_applications_fold(int from, int to, const int32_t *src, int32_t *dst, GdError *err)
{
	int			nrows = gd_applications_nrows(to);

	for (int pos = 0; pos < nrows; pos++)
	{
		int			id = gd_applications_row_at(to, pos);

		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		{
			int32_t		v = GD_NOT_STATED;

			for (int r = 0; r < gd_layout->nrows; r++)
			{
				int			p = gd_applications_row_pos(from, r);

				if (p < 0 || !(r == id || (gd_layout->rows[r].folds_into == id &&
										   gd_applications_row_pos(to, r) < 0)))
					continue;
				if (!add_cell(&v, src[p * GD_APPLICATIONS_NCOLS + c]))
				{
					char		name[128];

					snprintf(name, sizeof(name), "%s × %s", gd_layout->rows[id].name.key,
							 gd_layout->columns[c].name.key);
					return overflow(err, name);
				}
			}
			dst[pos * GD_APPLICATIONS_NCOLS + c] = v;
		}
	}
	return true;
}
