/*
 * compact.c — reading and writing the stored form of tables 二, 三 and 四
 * (compact.h): the wide form of 0.1.0–0.2.0 and the compact form of
 * 0.3.0, one width class per value (or the blocks form of table 三, and
 * the runs form it replaced, read only).
 */
#include "core/compact.h"

#include "core/io.h"
#include "core/layout.h"
#include "core/report.h"
#include "core/text.h"

const char *
gd_stored_type_name(GdStoredTable table)
{
	return table == GD_STORED_APPLICATIONS ? "gd_applications"
		: table == GD_STORED_APPEALS ? "gd_appeals" : "gd_proactive";
}

/* The table's own cell size: the width of the wide form. */
static int
cell_size(GdStoredTable table)
{
	return table == GD_STORED_PROACTIVE ? 8 : 4;
}

/* Cells of a format of the table; 0 when the table has no such format. */
static int
table_ncells(GdStoredTable table, int format)
{
	switch (table)
	{
		case GD_STORED_APPLICATIONS:
			return gd_applications_ncells(format);
		case GD_STORED_APPEALS:
			return format == 0 ? GD_APPEALS_NCELLS : 0;
		case GD_STORED_PROACTIVE:
			return gd_proactive_ncells(format);
	}
	return 0;
}

static bool
corrupt(GdError *err, GdStoredTable table, const char *what)
{
	gd_fail(err, GD_E_CORRUPT, "stored %s value is corrupt: %s", gd_stored_type_name(table), what);
	return gd_fail_detail(err, "A stored value is the format (2 bytes), the version (1 byte), the cell width (1 byte) and the cells: version 0 with 4-byte cells (8 for gd_proactive), version 1 with cells of 1, 2, 4 or 8 bytes, version 2 (gd_applications) with a verdict (4 bytes) before cells of 1 or 2 bytes, version 3 (gd_applications, width 3) with a verdict, runs of cells, a low byte a cell and the runs' high bytes, or version 4 (gd_applications, width 3) with a verdict, a mask of blocks of 8 cells (4 bytes), a low byte a cell and 8 high bytes a block.");
}

bool
gd_stored_open(GdStoredTable table, const void *data, size_t len, GdStored *s, GdError *err)
{
	const unsigned char *p = data;
	int16_t		format;
	size_t		header = GD_STORED_HEADER;
	char		what[160];

	if (len < GD_STORED_HEADER)
	{
		gd_format(what, sizeof(what), "%zu bytes, shorter than its header", len);
		return corrupt(err, table, what);
	}
	memcpy(&format, p, sizeof(format));
	s->table = table;
	s->format = format;
	s->version = p[2];
	s->width = p[3];
	s->ncells = table_ncells(table, format);
	s->verdict = GD_NO_VERDICT;
	s->nruns = 0;
	s->runs = NULL;
	s->blocks = 0;
	s->high = NULL;
	s->nhigh = 0;
	if (s->version > GD_STORED_BLOCKS)
	{
		gd_fail(err, GD_E_CORRUPT, "stored %s value has version %d, and this build reads versions 0 to 4",
				gd_stored_type_name(table), s->version);
		gd_fail_detail(err, "Version 0 is the form of 0.1.0 and 0.2.0, versions 1 to 4 the compact form of 0.3.0.");
		return gd_fail_hint(err, "A later release of gov_disclosure wrote it: install that release's library.");
	}
	if (s->ncells == 0)
	{
		gd_format(what, sizeof(what), "format %d", format);
		return corrupt(err, table, what);
	}
	if (s->version == GD_STORED_WIDE ? s->width != 0
		: s->version == GD_STORED_JUDGED ? !(s->width == 1 || s->width == 2) || table != GD_STORED_APPLICATIONS
		: s->version == GD_STORED_RUNS || s->version == GD_STORED_BLOCKS
		? s->width != GD_STORED_HIGH || table != GD_STORED_APPLICATIONS
		: !(s->width == 1 || s->width == 2 || s->width == 4 || s->width == cell_size(table)))
	{
		gd_format(what, sizeof(what), "cell width %d in version %d", s->width, s->version);
		return corrupt(err, table, what);
	}
	if (s->version == GD_STORED_WIDE)
		s->width = cell_size(table);
	if (s->version >= GD_STORED_JUDGED)
	{
		header += GD_STORED_VERDICT;
		if (len < header)
		{
			gd_format(what, sizeof(what), "%zu bytes, shorter than its header and verdict", len);
			return corrupt(err, table, what);
		}
		memcpy(&s->verdict, p + GD_STORED_HEADER, GD_STORED_VERDICT);
		if (s->verdict == GD_NO_VERDICT)
			return corrupt(err, table, "a version 2, 3 or 4 value without a verdict");
	}
	s->cells = p + header;
	if (s->version == GD_STORED_BLOCKS)
	{
		const char *bad = gd_stored_open_blocks(p + header, len - header, s->ncells, s);

		return bad == NULL || corrupt(err, table, bad);
	}
	if (s->version == GD_STORED_RUNS)
	{
		const char *bad = gd_stored_open_runs(p + header, len - header, s->ncells, s);

		return bad == NULL || corrupt(err, table, bad);
	}
	if (len - header != (size_t) s->ncells * s->width)
	{
		gd_format(what, sizeof(what), "%zu bytes of cells, where the %d format has %d cells of %d bytes",
				  len - header, format, s->ncells, s->width);
		return corrupt(err, table, what);
	}
	return true;
}

bool
gd_stored_cells32(const GdStored *s, int32_t *cells, GdError *err)
{
	int32_t		below = 0;

	switch (s->width)
	{
		case 1:
			for (int i = 0; i < s->ncells; i++)
				cells[i] = gd_stored_count(s->cells, 1, i);
			return true;
		case 2:
			for (int i = 0; i < s->ncells; i++)
				cells[i] = gd_stored_count(s->cells, 2, i);
			return true;
		case GD_STORED_HIGH:
			{
				uint16_t	as_2byte[GD_APPLICATIONS_NCELLS_MAX];
				GdStored	t;

				gd_stored_high_as_2byte(s, as_2byte, &t);
				return gd_stored_cells32(&t, cells, err);
			}
		default:
			/* a count is at least -1 (not stated) */
			memcpy(cells, s->cells, sizeof(int32_t) * s->ncells);
			for (int i = 0; i < s->ncells; i++)
				below |= cells[i] < -1;
			if (below)
				return corrupt(err, s->table, "a cell below -1");
			return true;
	}
}

void
gd_stored_high_as_2byte(const GdStored *s, uint16_t *buf, GdStored *t)
{
	const unsigned char *restrict low = s->cells;
	uint16_t   *restrict out = buf;
	int			n = s->ncells;

	/* locals, so that gcc vectorises it (the struct's fields would be reloaded after every store) */
	for (int i = 0; i < n; i++)
		out[i] = (uint16_t) (low[i] | (-(uint16_t) (low[i] == 0xFF) & 0xFF00));	/* 0xFF → 0xFFFF */
	for (int r = 0, j = 0; r < s->nruns; r++)
		for (int i = s->runs[2 * r]; i < s->runs[2 * r] + s->runs[2 * r + 1]; i++, j++)
			out[i] += (uint16_t) (255 * s->high[j]) & -(uint16_t) (low[i] != 0xFF);	/* a blank's counts for nothing */
	for (uint32_t m = s->blocks, j = 0; m != 0; m &= m - 1, j += GD_STORED_BLOCK)
	{
		int			first = GD_STORED_BLOCK * __builtin_ctz(m);

		/* a block's bytes past the last cell count for nothing either */
		for (int k = 0; k < GD_STORED_BLOCK && first + k < n; k++)
			out[first + k] += (uint16_t) (255 * s->high[j + k]) & -(uint16_t) (low[first + k] != 0xFF);
	}
	*t = *s;
	t->width = 2;
	t->cells = (const unsigned char *) buf;
	t->nruns = 0;
	t->runs = NULL;
	t->blocks = 0;
	t->high = NULL;
	t->nhigh = 0;
}

/* A table 二 cell stored below 8 bytes: unsigned, all ones for not stated. */
static int64_t
narrow64(const unsigned char *p, int width)
{
	uint32_t	v = 0;

	if (width == 1)
		return *p == 0xFF ? GD_PROACTIVE_NOT_STATED : *p;
	if (width == 2)
	{
		uint16_t	h;

		memcpy(&h, p, 2);
		return h == 0xFFFF ? GD_PROACTIVE_NOT_STATED : h;
	}
	memcpy(&v, p, 4);
	return v == UINT32_MAX ? GD_PROACTIVE_NOT_STATED : (int64_t) v;
}

bool
gd_stored_cells64(const GdStored *s, int64_t *cells, GdError *err)
{
	if (s->width == 8)
		memcpy(cells, s->cells, sizeof(int64_t) * s->ncells);
	else
		for (int i = 0; i < s->ncells; i++)
			cells[i] = narrow64(s->cells + (size_t) i * s->width, s->width);
	/* each cell within its kind's range */
	if (!gd_proactive_cells_valid(s->format, cells, err))
	{
		err->code = GD_E_CORRUPT;
		return false;
	}
	return true;
}

/* The narrowest width whose unsigned cells hold every stated cell below all ones. */
static int
width_for(uint64_t largest, int own)
{
	if (largest < 0xFF)
		return 1;
	if (largest < 0xFFFF)
		return 2;
	if (largest < 0xFFFFFFFF && own == 8)
		return 4;
	return own;
}

static int
width32(const int32_t *cells, int n)
{
	int32_t		largest = 0;

	for (int i = 0; i < n; i++)
		largest = cells[i] > largest ? cells[i] : largest;
	return width_for((uint64_t) largest, 4);
}

static int
width64(const int64_t *cells, int n)
{
	uint64_t	largest = 0;

	for (int i = 0; i < n; i++)
	{
		if (cells[i] == GD_PROACTIVE_NOT_STATED)
			continue;
		if (cells[i] < 0)
			return 8;			/* a negative change: only the wide cell holds it */
		largest = (uint64_t) cells[i] > largest ? (uint64_t) cells[i] : largest;
	}
	return width_for(largest, 8);
}

/*
 * The header, and a verdict after it where one is written; returns where
 * the cells start.  The version: 1 without a verdict, 2 with one, 4 the blocks form.
 */
static unsigned char *
write_header(unsigned char *p, int format, int width, uint32_t verdict)
{
	int16_t		f = (int16_t) format;

	memcpy(p, &f, sizeof(f));
	p[2] = width == GD_STORED_HIGH ? GD_STORED_BLOCKS
		: verdict != GD_NO_VERDICT ? GD_STORED_JUDGED : GD_STORED_COMPACT;
	p[3] = (unsigned char) width;
	if (verdict == GD_NO_VERDICT)
		return p + GD_STORED_HEADER;
	memcpy(p + GD_STORED_HEADER, &verdict, GD_STORED_VERDICT);
	return p + GD_STORED_HEADER + GD_STORED_VERDICT;
}

/* A verdict is kept only beside 1- and 2-byte cells: a 4-byte value stays as large as version 0. */
static bool
keeps_verdict(int width)
{
	return width <= 2;
}

/*
 * The blocks form of n cells of `width` (compact.h, version 4): the mask
 * of the blocks of 8 cells that hold a cell of 255 or more.  Its bytes after
 * the verdict, or 0 where it is not written: no verdict, cells not 2 bytes
 * wide, one above GD_STORED_HIGH_MAX, or no smaller than 2-byte cells.
 */
static size_t
plan_blocks(const int32_t *cells, int n, int width, bool with_verdict, uint32_t *blocks)
{
	size_t		size;

	*blocks = 0;
	if (width != 2 || !with_verdict || n > 8 * GD_STORED_BLOCK_MASK * GD_STORED_BLOCK)	/* a bit of the mask a block */
		return 0;
	for (int i = 0; i < n; i++)
	{
		if (cells[i] < 255)
			continue;
		if (cells[i] > GD_STORED_HIGH_MAX)
			return 0;
		*blocks |= (uint32_t) 1 << (i / GD_STORED_BLOCK);
	}
	size = GD_STORED_BLOCK_MASK + (size_t) n + GD_STORED_BLOCK * (size_t) __builtin_popcount(*blocks);
	return *blocks != 0 && size < 2 * (size_t) n ? size : 0;
}

size_t
gd_stored_size32(const int32_t *cells, int n, bool with_verdict)
{
	int			width = width32(cells, n);
	uint32_t	blocks;
	size_t		size = plan_blocks(cells, n, width, with_verdict, &blocks);

	if (size > 0)
		return GD_STORED_HEADER + GD_STORED_VERDICT + size;
	return GD_STORED_HEADER + (with_verdict && keeps_verdict(width) ? GD_STORED_VERDICT : 0) + (size_t) n * width;
}

/* Cell i, below the table's own size: unsigned, all ones for not stated. */
static void
put_narrow(unsigned char *p, int width, int i, uint32_t v)
{
	if (width == 1)
		p[i] = (unsigned char) v;
	else if (width == 2)
	{
		uint16_t	h = (uint16_t) v;

		memcpy(p + 2 * i, &h, 2);
	}
	else
		memcpy(p + 4 * i, &v, 4);
}

/* The blocks form's cells at p: the mask, the low bytes, each block's high bytes. */
static void
write_blocks(unsigned char *p, const int32_t *cells, int n, uint32_t blocks)
{
	unsigned char *low = p + GD_STORED_BLOCK_MASK;
	unsigned char *high = low + n;

	memcpy(p, &blocks, GD_STORED_BLOCK_MASK);
	for (int i = 0; i < n; i++)
		low[i] = (unsigned char) (cells[i] < 0 ? 0xFF : cells[i] % 255);	/* never 0xFF when stated */
	for (uint32_t m = blocks; m != 0; m &= m - 1)
	{
		int			first = GD_STORED_BLOCK * __builtin_ctz(m);

		for (int i = first; i < first + GD_STORED_BLOCK; i++)
			*high++ = (unsigned char) (i >= n || cells[i] < 0 ? 0 : cells[i] / 255);
	}
}

void
gd_stored_write32(int format, const int32_t *cells, int n, uint32_t verdict, void *dst)
{
	int			width = width32(cells, n);
	uint32_t	blocks;
	unsigned char *p;

	if (plan_blocks(cells, n, width, verdict != GD_NO_VERDICT, &blocks) > 0)
	{
		p = write_header(dst, format, GD_STORED_HIGH, verdict);
		write_blocks(p, cells, n, blocks);
		return;
	}
	p = write_header(dst, format, width, keeps_verdict(width) ? verdict : GD_NO_VERDICT);
	if (width == 4)
		memcpy(p, cells, sizeof(int32_t) * n);
	else
		for (int i = 0; i < n; i++)
			put_narrow(p, width, i, (uint32_t) cells[i]);	/* -1 (not stated) is all ones */
}

size_t
gd_stored_size64(const int64_t *cells, int n)
{
	return GD_STORED_HEADER + (size_t) n * width64(cells, n);
}

void
gd_stored_write64(int format, const int64_t *cells, int n, void *dst)
{
	int			width = width64(cells, n);
	unsigned char *p = write_header(dst, format, width, GD_NO_VERDICT);

	if (width == 8)
		memcpy(p, cells, sizeof(int64_t) * n);
	else
		for (int i = 0; i < n; i++)
			put_narrow(p, width, i, cells[i] == GD_PROACTIVE_NOT_STATED ? UINT32_MAX : (uint32_t) cells[i]);
}
