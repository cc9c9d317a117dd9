/*
 * check.c — the identity engine.
 *
 * An identity of layout.c is evaluated along one line of its table (a
 * column for PER_COLUMN identities, a row or block for PER_ROW ones).  The
 * rules for blank cells live here only: judged when every required term is
 * stated and at least one expected-side term is; blank parts count as 0
 * (doc/identities.md).
 */
#include "core/check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/compact.h"
#include "core/matrix.h"
#include "core/simd.h"
#include "core/text.h"

typedef struct Grid
{
	GdTable		table;
	int			format;			/* table 三 only */
	int32_t    *cells;			/* written only by fill_totals */
} Grid;

typedef struct Outcome
{
	bool		judged;
	int64_t		expected;
	int64_t		reported;
} Outcome;

static int
grid_ncols(const Grid *g)
{
	return g->table == GD_TABLE_APPLICATIONS ? GD_APPLICATIONS_NCOLS : GD_APPEALS_NCOLS;
}

static int
grid_nrows(const Grid *g)
{
	return g->table == GD_TABLE_APPLICATIONS ? gd_layout->nrows : GD_APPEALS_NBLOCKS;
}

/* Address of a cell, or NULL when its row is absent from the format. */
static int32_t *
grid_cell(const Grid *g, int row, int col)
{
	if (g->table == GD_TABLE_APPEALS)
		return &g->cells[row * GD_APPEALS_NCOLS + col];
	else
	{
		int			pos = gd_applications_row_pos(g->format, row);

		return pos < 0 ? NULL : &g->cells[pos * GD_APPLICATIONS_NCOLS + col];
	}
}

static const char *
grid_row_key(const Grid *g, int row)
{
	return g->table == GD_TABLE_APPEALS ? gd_appeals_blocks[row].key
		: gd_layout->rows[row].name.key;
}

static const char *
grid_col_key(const Grid *g, int col)
{
	return g->table == GD_TABLE_APPEALS ? gd_appeals_columns[col].key
		: gd_layout->columns[col].name.key;
}

/* Chinese labels, for the Chinese half of messages. */
static const char *
grid_row_zh(const Grid *g, int row)
{
	return g->table == GD_TABLE_APPEALS ? gd_appeals_blocks[row].zh
		: gd_layout->rows[row].name.zh;
}

static const char *
grid_col_zh(const Grid *g, int col)
{
	return g->table == GD_TABLE_APPEALS ? gd_appeals_columns[col].zh
		: gd_layout->columns[col].name.zh;
}

/* A term's cell on a line: its row in this column (PER_COLUMN), or its column in this row. */
static int32_t *
term_cell(const Grid *g, const GdIdentity *id, const GdTerm *t, int line)
{
	return id->axis == GD_PER_COLUMN ? grid_cell(g, t->index, line)
		: grid_cell(g, line, t->index);
}

/* Is this line of the table present at all (a row absent from the format)? */
static bool
line_present(const Grid *g, const GdIdentity *id, int line)
{
	if (id->axis == GD_PER_COLUMN || g->table == GD_TABLE_APPEALS)
		return true;
	return gd_applications_row_pos(g->format, line) >= 0;
}

/* The lines an identity is judged on: every column, or every row or block. */
static int
nlines(const Grid *g, const GdIdentity *id)
{
	return id->axis == GD_PER_COLUMN ? grid_ncols(g) : grid_nrows(g);
}

/*
 * Both sides of an identity on one line.  Judged only when every required
 * term and some expected-side term is stated; blank parts count as 0.
 */
static Outcome
evaluate(const Grid *g, const GdIdentity *id, int line)
{
	Outcome		o = {false, 0, 0};
	bool		expected_stated = false;

	for (int i = 0; i < id->nterms; i++)
	{
		const GdTerm *t = &id->terms[i];
		int32_t    *cell = term_cell(g, id, t, line);

		if (cell == NULL)
			continue;			/* row absent from this format */
		if (*cell == GD_NOT_STATED)
		{
			if (t->required)
				return o;
			continue;
		}
		if (t->side == GD_EXPECTED)
		{
			o.expected += *cell;
			expected_stated = true;
		}
		else
			o.reported += *cell;
	}
	o.judged = expected_stated;
	return o;
}

/* Does every judged identity of the table hold?  The general engine, no messages. */
static bool
consistent(const Grid *g)
{
	for (int k = 0; k < gd_layout->nidentities; k++)
	{
		const GdIdentity *id = &gd_layout->identities[k];

		if (id->table != g->table)
			continue;
		for (int line = 0; line < nlines(g, id); line++)
		{
			Outcome		o;

			if (!line_present(g, id, line))
				continue;
			o = evaluate(g, id, line);
			if (o.judged && o.expected != o.reported)
				return false;
		}
	}
	return true;
}

/*
 * gd_applications_consistent does not go through evaluate(): the identities are
 * compiled once per format into position lists of plus and minus terms, so
 * the loops touch nothing but the cells.
 */
typedef struct TermList
{
	int			nplus;
	int			nminus;
	int			plus[GD_MAX_TERMS];
	int			minus[GD_MAX_TERMS];
	bool		plus_required[GD_MAX_TERMS];
	bool		minus_required[GD_MAX_TERMS];
	/* the same terms by kind, for the vector kernels' branch-free loops */
	int			nkind[4];		/* TERM_PLUS_REQUIRED … TERM_MINUS_OPTIONAL */
	int			kind[4][GD_MAX_TERMS];
} TermList;

enum
{
	TERM_PLUS_REQUIRED, TERM_PLUS_OPTIONAL, TERM_MINUS_REQUIRED, TERM_MINUS_OPTIONAL
};

/*
 * The plan has 8 lanes of identities per axis; the layout cannot declare
 * more identities than that in all (a larger capacity must widen the plan,
 * or identities past the eighth would go unjudged).
 */
typedef char fast_plan_holds_every_identity[GD_LAYOUT_IDENTITIES_MAX <= 8 ? 1 : -1];

/* Cells of a table 三 and 8 more, so that every row can be read 8 wide. */
#define FLAT_CELLS (GD_APPLICATIONS_NCELLS_MAX + 8)
#define FLAT_ROW_IDS 4
#define SLABS_MAX (GD_APPLICATIONS_NROWS_MAX / 4)

typedef struct FastPlan
{
	unsigned	generation;		/* of the layout it was built for; 0 = none */
	int			format;
	int			nrows;
	int			ncolumn_ids;	/* identities checked in every column */
	TermList	column_ids[8];	/* terms: row positions */
	int			nrow_ids;		/* identities checked in every row */
	TermList	row_ids[8];		/* terms: column ids */
	/* the same row identities as coefficients over the 7 columns */
	int32_t		row_coef[8][GD_APPLICATIONS_NCOLS];	/* +1 expected, -1 reported, 0 */
	int32_t		row_required[8][GD_APPLICATIONS_NCOLS];	/* -1 where required */
	/* the first FLAT_ROW_IDS of them laid over every cell of the table */
	int32_t		flat_negative[FLAT_ROW_IDS][FLAT_CELLS];	/* -1 where coef < 0 */
	int32_t		flat_nonzero[FLAT_ROW_IDS][FLAT_CELLS];	/* -1 where coef != 0 */
	int32_t		flat_expected[FLAT_ROW_IDS][FLAT_CELLS];	/* -1 where coef > 0 */
	int32_t		flat_required[FLAT_ROW_IDS][FLAT_CELLS];
	int32_t		flat_row_start[FLAT_CELLS];	/* -1 at the first cell of each row */
	/* the row identities again, for the vector kernels on stored cells */
	uint64_t	row_plus8[8];	/* byte c is 0xFF where column c is an expected term */
	uint64_t	row_minus8[8];	/* ... a reported term */
	uint64_t	row_req8[8];	/* ... a required term */
	int32_t		row_sign8[8][8];	/* coefficient of column c, lane 7 = 0 */
	int32_t		row_flags8[8][8];	/* 1 for an expected term, 16 for a required one */
	/*
	 * The column identities over the 1-byte kernel's slabs (4 rows, each in
	 * an 8-byte slot: byte 8j + c is column c of row 4g + j), per identity
	 * and slab g: the coefficient of each cell, on the even bytes and on
	 * the odd ones apart (pmaddubsw adds byte pairs), and its flags.
	 */
	int8_t		slab_even[8][SLABS_MAX][32];
	int8_t		slab_odd[8][SLABS_MAX][32];
	uint8_t		slab_not_expected[8][SLABS_MAX][32];	/* 0 on expected terms, 0xFF elsewhere */
	uint8_t		slab_required[8][SLABS_MAX][32];	/* 0xFF on required terms */
} FastPlan;

/* A term list's terms by kind (expected or reported side, required or not). */
static void
sort_terms(TermList *t)
{
	memset(t->nkind, 0, sizeof(t->nkind));
	for (int i = 0; i < t->nplus; i++)
	{
		int			k = t->plus_required[i] ? TERM_PLUS_REQUIRED : TERM_PLUS_OPTIONAL;

		t->kind[k][t->nkind[k]++] = t->plus[i];
	}
	for (int i = 0; i < t->nminus; i++)
	{
		int			k = t->minus_required[i] ? TERM_MINUS_REQUIRED : TERM_MINUS_OPTIONAL;

		t->kind[k][t->nkind[k]++] = t->minus[i];
	}
}

/* One term (a row position, its coefficient, its flags) laid over the slabs of column identity k. */
static void
slab_term(FastPlan *p, int k, int row, int coef, bool expected, bool required)
{
	int			g = row / 4;

	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		int			at = 8 * (row % 4) + c;

		(at % 2 == 0 ? p->slab_even : p->slab_odd)[k][g][at] = (int8_t) coef;
		if (expected)
			p->slab_not_expected[k][g][at] = 0;
		if (required)
			p->slab_required[k][g][at] = 0xFF;
	}
}

static void
build_slabs(FastPlan *p)
{
	memset(p->slab_even, 0, sizeof(p->slab_even));
	memset(p->slab_odd, 0, sizeof(p->slab_odd));
	memset(p->slab_not_expected, 0xFF, sizeof(p->slab_not_expected));
	memset(p->slab_required, 0, sizeof(p->slab_required));
	for (int k = 0; k < p->ncolumn_ids; k++)
	{
		const TermList *t = &p->column_ids[k];

		for (int i = 0; i < t->nplus; i++)
			slab_term(p, k, t->plus[i], 1, true, t->plus_required[i]);
		for (int i = 0; i < t->nminus; i++)
			slab_term(p, k, t->minus[i], -1, false, t->minus_required[i]);
	}
}

/* The identities of table 三 as term lists of row positions (columns) or column ids (rows). */
static void
compile_terms(FastPlan *p, int format)
{
	p->ncolumn_ids = p->nrow_ids = 0;
	for (int k = 0; k < gd_layout->nidentities; k++)
	{
		const GdIdentity *id = &gd_layout->identities[k];
		TermList   *t;

		if (id->table != GD_TABLE_APPLICATIONS)
			continue;
		if (id->axis == GD_PER_COLUMN && p->ncolumn_ids < 8)
			t = &p->column_ids[p->ncolumn_ids++];
		else if (id->axis == GD_PER_ROW && p->nrow_ids < 8)
			t = &p->row_ids[p->nrow_ids++];
		else
			continue;
		t->nplus = t->nminus = 0;
		for (int i = 0; i < id->nterms; i++)
		{
			int			index = id->terms[i].index;

			if (id->axis == GD_PER_COLUMN)
			{
				index = gd_applications_row_pos(format, index);
				if (index < 0)
					continue;	/* row absent from this format */
			}
			if (id->terms[i].side == GD_EXPECTED)
			{
				t->plus_required[t->nplus] = id->terms[i].required;
				t->plus[t->nplus++] = index;
			}
			else
			{
				t->minus_required[t->nminus] = id->terms[i].required;
				t->minus[t->nminus++] = index;
			}
		}
		sort_terms(t);
	}
}

/* The row identities as coefficients over the 7 columns, in the forms the kernels read. */
static void
build_row_lanes(FastPlan *p)
{
	for (int k = 0; k < p->nrow_ids; k++)
	{
		const TermList *t = &p->row_ids[k];

		memset(p->row_coef[k], 0, sizeof(p->row_coef[k]));
		memset(p->row_required[k], 0, sizeof(p->row_required[k]));
		for (int i = 0; i < t->nplus; i++)
		{
			p->row_coef[k][t->plus[i]] = 1;
			p->row_required[k][t->plus[i]] = t->plus_required[i] ? -1 : 0;
		}
		for (int i = 0; i < t->nminus; i++)
		{
			p->row_coef[k][t->minus[i]] = -1;
			p->row_required[k][t->minus[i]] = t->minus_required[i] ? -1 : 0;
		}
	}
	for (int k = 0; k < p->nrow_ids && k < FLAT_ROW_IDS; k++)
		for (int i = 0; i < FLAT_CELLS; i++)
		{
			int			c = i % GD_APPLICATIONS_NCOLS;
			bool		in_table = i < p->nrows * GD_APPLICATIONS_NCOLS;

			p->flat_negative[k][i] = in_table && p->row_coef[k][c] < 0 ? -1 : 0;
			p->flat_nonzero[k][i] = in_table && p->row_coef[k][c] != 0 ? -1 : 0;
			p->flat_expected[k][i] = in_table && p->row_coef[k][c] > 0 ? -1 : 0;
			p->flat_required[k][i] = in_table ? p->row_required[k][c] : 0;
		}
	for (int k = 0; k < p->nrow_ids; k++)
	{
		p->row_plus8[k] = p->row_minus8[k] = p->row_req8[k] = 0;
		for (int c = 0; c < 8; c++)
		{
			int32_t		coef = c < GD_APPLICATIONS_NCOLS ? p->row_coef[k][c] : 0;
			bool		req = c < GD_APPLICATIONS_NCOLS && p->row_required[k][c] != 0;

			p->row_plus8[k] |= (uint64_t) (coef > 0 ? 0xFF : 0) << (8 * c);
			p->row_minus8[k] |= (uint64_t) (coef < 0 ? 0xFF : 0) << (8 * c);
			p->row_req8[k] |= (uint64_t) (req ? 0xFF : 0) << (8 * c);
			p->row_sign8[k][c] = coef;
			p->row_flags8[k][c] = (coef > 0 ? 1 : 0) + (req ? 16 : 0);
		}
	}
	for (int i = 0; i < FLAT_CELLS; i++)
		p->flat_row_start[i] = i < p->nrows * GD_APPLICATIONS_NCOLS && i % GD_APPLICATIONS_NCOLS == 0 ? -1 : 0;
}

/* One plan per format of the layout in use, built on first use. */
static FastPlan plans[GD_LAYOUT_FORMATS_MAX];

/* The compiled identities of a format, built once per layout generation (slot 0 reused when full). */
static const FastPlan *
fast_plan(int format)
{
	static FastPlan *last = &plans[0];	/* the plan asked for last: every row of a scan asks again */
	FastPlan   *p = NULL;

	if (last->generation == gd_layout_generation && last->format == format)
		return last;

	for (int i = 0; i < GD_LAYOUT_FORMATS_MAX; i++)
	{
		if (plans[i].generation == gd_layout_generation && plans[i].format == format)
			return last = &plans[i];
		if (p == NULL && plans[i].generation != gd_layout_generation)
			p = &plans[i];
	}
	if (p == NULL)
		p = &plans[0];
	p->format = format;
	p->nrows = gd_applications_nrows(format);
	compile_terms(p, format);
	build_row_lanes(p);
	build_slabs(p);
	p->generation = gd_layout_generation;
	return last = p;
}

/*
 * The identities of table 三, judged as evaluate() does (required terms
 * stated, some expected term stated, blank parts count as 0) over the
 * precompiled positions, without branches on the cells: a blank is -1, so
 * ~(v >> 31) is all ones for a stated cell and 0 for a blank, and the 10 %
 * of blanks in real tables cost no mispredictions.  Identities down the
 * columns run over all 7 columns at once so the compiler vectorises them.
 * 32-bit sums: exact while every cell is below 2^26, since at most 32 terms
 * then stay below 2^31; larger tables go through the general engine.
 * Cells are read `width` bytes each as stored (compact.h); called with a
 * constant width, each call site compiles to a loop of plain loads.
 */
static inline __attribute__((always_inline)) bool
consistent_narrow(const FastPlan *p, const unsigned char *cells, int width)
{
	/* identities checked down each column: all 7 columns at once */
	for (int k = 0; k < p->ncolumn_ids; k++)
	{
		const TermList *t = &p->column_ids[k];
		int32_t		acc[GD_APPLICATIONS_NCOLS] = {0};
		int32_t		expected_stated[GD_APPLICATIONS_NCOLS] = {0};
		int32_t		required_blank[GD_APPLICATIONS_NCOLS] = {0};

		for (int i = 0; i < t->nplus; i++)
		{
			int			row = t->plus[i] * GD_APPLICATIONS_NCOLS;
			int32_t		req = t->plus_required[i] ? -1 : 0;

			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			{
				int32_t		v = gd_stored_count(cells, width, row + c);
				int32_t		stated = ~(v >> 31);

				acc[c] += v & stated;
				expected_stated[c] |= stated;
				required_blank[c] |= ~stated & req;
			}
		}
		for (int i = 0; i < t->nminus; i++)
		{
			int			row = t->minus[i] * GD_APPLICATIONS_NCOLS;
			int32_t		req = t->minus_required[i] ? -1 : 0;

			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			{
				int32_t		v = gd_stored_count(cells, width, row + c);
				int32_t		stated = ~(v >> 31);

				acc[c] -= v & stated;
				required_blank[c] |= ~stated & req;
			}
		}
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			if (expected_stated[c] && !required_blank[c] && acc[c] != 0)
				return false;
	}
	/* identities checked along each row: fixed 7-wide coefficient vectors */
	for (int k = 0; k < p->nrow_ids; k++)
	{
		const int32_t *coef = p->row_coef[k];
		const int32_t *req = p->row_required[k];

		int32_t		broken = 0;	/* no early exit: the loop vectorises */

		for (int r = 0; r < p->nrows; r++)
		{
			int			row = r * GD_APPLICATIONS_NCOLS;
			int32_t		s = 0;
			int32_t		expected_stated = 0;
			int32_t		required_blank = 0;

			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			{
				int32_t		v = gd_stored_count(cells, width, row + c);
				int32_t		stated = ~(v >> 31);

				s += coef[c] * (v & stated);
				expected_stated |= stated & (coef[c] > 0 ? -1 : 0);
				required_blank |= ~stated & req[c];
			}
			broken |= expected_stated & ~required_blank & -(int32_t) (s != 0);
		}
		if (broken)
			return false;
	}
	return true;
}

/*
 * The same judgement for tables whose cells are all below 2^16 (every real
 * one), written so that every loop runs over whole vectors.  flat holds the
 * cells as counts (-1 blank) followed by 8 more, so each row is read as 8
 * lanes (the 8th belongs to the next row and is ignored).
 *
 * Down the columns: as in consistent_narrow, 8 lanes a term.
 * Along the rows: each cell becomes one word x = coef·value + BIAS (coef
 * is -1, 0 or 1: a sign and a mask, no multiplication), plus
 * 2^21 if it is a stated expected term, plus 2^25 if it is a blank
 * required term; the 7 words of a row summed hold the row's sum (low 21
 * bits, less 7·BIAS), how many expected terms are stated (bits 21–23) and
 * how many required terms are blank (bits 25–27), without carries between
 * them since 7·(2·BIAS) < 2^21.  The sums of 7 come from sums of 1, 2 and
 * 4 neighbours over the whole table, then one read per row.
 */
#define FLAT_BIAS (1 << 17)
#define FLAT_EXPECTED (1 << 21)
#define FLAT_REQUIRED_BLANK (1 << 25)

static inline __attribute__((always_inline)) bool
consistent_flat(const FastPlan *p, const int32_t *flat)
{
	int			n = p->nrows * GD_APPLICATIONS_NCOLS;

	for (int k = 0; k < p->ncolumn_ids; k++)
	{
		const TermList *t = &p->column_ids[k];
		int32_t		acc[8] = {0};
		int32_t		expected_stated[8] = {0};
		int32_t		required_blank[8] = {0};

		for (int i = 0; i < t->nplus; i++)
		{
			const int32_t *row = &flat[t->plus[i] * GD_APPLICATIONS_NCOLS];
			int32_t		req = t->plus_required[i] ? -1 : 0;

			for (int c = 0; c < 8; c++)
			{
				int32_t		stated = ~(row[c] >> 31);

				acc[c] += row[c] & stated;
				expected_stated[c] |= stated;
				required_blank[c] |= ~stated & req;
			}
		}
		for (int i = 0; i < t->nminus; i++)
		{
			const int32_t *row = &flat[t->minus[i] * GD_APPLICATIONS_NCOLS];
			int32_t		req = t->minus_required[i] ? -1 : 0;

			for (int c = 0; c < 8; c++)
			{
				int32_t		stated = ~(row[c] >> 31);

				acc[c] -= row[c] & stated;
				required_blank[c] |= ~stated & req;
			}
		}
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			if (expected_stated[c] && !required_blank[c] && acc[c] != 0)
				return false;
	}
	for (int k = 0; k < p->nrow_ids; k++)
	{
		int32_t		x[FLAT_CELLS + 8];
		int32_t		pairs[FLAT_CELLS + 4];
		int32_t		quads[FLAT_CELLS];
		int32_t		broken = 0;

		/* coef·value as (value ^ negative) - negative, kept where coef is not 0 */
		for (int i = 0; i < n; i++)
		{
			int32_t		stated = ~(flat[i] >> 31);
			int32_t		v = flat[i] & stated;
			int32_t		neg = p->flat_negative[k][i];

			x[i] = (((v ^ neg) - neg) & p->flat_nonzero[k][i]) + FLAT_BIAS
				+ (stated & p->flat_expected[k][i] & FLAT_EXPECTED)
				+ (~stated & p->flat_required[k][i] & FLAT_REQUIRED_BLANK);
		}
		for (int i = n; i < n + 8; i++)
			x[i] = 0;
		for (int i = 0; i < n + 4; i++)
			pairs[i] = x[i] + x[i + 1];
		for (int i = 0; i < n; i++)
			quads[i] = pairs[i] + pairs[i + 2];
		/* every window of 7, judged only where a row starts: no scalar pass */
		for (int i = 0; i < n; i++)
		{
			int32_t		sum = quads[i] + pairs[i + 4] + x[i + 6];
			int32_t		value = (sum & (FLAT_EXPECTED - 1)) - GD_APPLICATIONS_NCOLS * FLAT_BIAS;

			broken |= p->flat_row_start[i] & -(int32_t) (((sum >> 21) & 7) != 0)
				& -(int32_t) (((sum >> 25) & 7) == 0) & -(int32_t) (value != 0);
		}
		if (broken)
			return false;
	}
	return true;
}

/* The flat engine for cells below 2^16, the branch-free one below 2^26 (where its 32-bit sums could overflow), else the general one. */
bool
gd_applications_consistent(int format, const int32_t *cells)
{
	const FastPlan *p = fast_plan(format);
	int			n = p->nrows * GD_APPLICATIONS_NCOLS;
	int32_t		stated_bits = 0;

	for (int i = 0; i < n; i++)
		stated_bits |= cells[i] & ~(cells[i] >> 31);
	if (stated_bits < (1 << 16) && p->nrow_ids <= FLAT_ROW_IDS)
	{
		int32_t		flat[FLAT_CELLS];

		memcpy(flat, cells, sizeof(int32_t) * n);
		memset(flat + n, 0, sizeof(int32_t) * (FLAT_CELLS - n));
		return consistent_flat(p, flat);
	}
	if (stated_bits < (1 << 26))
		return consistent_narrow(p, (const unsigned char *) cells, 4);
	else
	{
		Grid		g = {GD_TABLE_APPLICATIONS, format, (int32_t *) cells};

		return consistent(&g);
	}
}

/*
 * Vector kernels for stored cells of 1 and 2 bytes (AVX2, x86-64, chosen
 * when the library loads on a CPU that has it), judging as evaluate() does.
 * The cells are read where they are stored; every row is read 8 cells
 * wide, and what lies past the table reads as zeros (stated 0, which no
 * identity can fail).
 *
 * Down the columns: one row of 7 cells (and a lane of the next row,
 * ignored) a vector, per term: the sum of stated cells, whether every
 * expected term is blank, whether a required term is blank.
 * Along the rows, 1-byte cells: each row spread to an 8-byte slot (byte 7
 * zero), 4 rows a vector; psadbw sums the stated expected and the stated
 * reported bytes of each slot into its 64-bit lane.  2-byte cells: each
 * row widened to 8 int32 lanes, x = 256·(±value) + 1 per stated expected
 * term + 16 per blank required term, summed across its lanes 8 rows at a
 * time: the low byte says whether the row is judged (1 … 15), the rest is
 * the difference of the two sides (|·| < 7·65535·256 < 2^31).
 */
#ifdef GD_HAVE_AVX2_KERNELS
/*
 * The stored cells, read in place: `len` bytes at p.  Rows are read 8 or
 * 16 bytes wide; a read that would pass the end takes the last 16 bytes
 * and shifts them down, so bytes past the end read as zeros and nothing
 * past the value is touched.  (Copying the cells into a padded buffer
 * first made every later read wait for the copy's stores.)
 */
typedef struct Cells
{
	const unsigned char *p;
	int			len;			/* at least 16 */
} Cells;

/* pshufb indexes: from shift_down + k, byte i takes byte i + k, or 0 past 15 */
static const unsigned char shift_down[48] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
	0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
	0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80
};

/* Bytes o … o + 15 of the cells, zeros past the end (o ≥ 0). */
AVX2_FN static inline __m128i
load16(Cells c, int o)
{
	int			k = o - (c.len - 16);	/* how far the read passes the last 16 bytes */

	if (k <= 0)
		return _mm_loadu_si128((const __m128i *) (c.p + o));
	if (k >= 16)
		return _mm_setzero_si128();
	return _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (c.p + c.len - 16)),
							_mm_loadu_si128((const __m128i *) (shift_down + k)));
}

/*
 * Column sums of 2-byte cells, one kind of terms (rows of 7 cells in
 * 32-bit lanes, the 8th lane the next row's first cell, ignored): added to
 * acc (subtracted for the reported side), with whether every expected term
 * is blank and whether a required one is.  Inlined per kind: no branch on
 * the term.
 */
AVX2_FN static inline __attribute__((always_inline)) void
terms_w2(Cells c, const int *rows, int n, bool plus, bool required, __m256i *acc,
		 __m256i *all_blank, __m256i *req_blank)
{
	const __m256i blank = _mm256_set1_epi32(0xFFFF);

	for (int i = 0; i < n; i++)
	{
		__m256i		v = _mm256_cvtepu16_epi32(load16(c, 14 * rows[i]));
		__m256i		b = _mm256_cmpeq_epi32(v, blank);
		__m256i		z = _mm256_andnot_si256(b, v);

		*acc = plus ? _mm256_add_epi32(*acc, z) : _mm256_sub_epi32(*acc, z);
		if (plus)
			*all_blank = _mm256_and_si256(*all_blank, b);
		if (required)
			*req_blank = _mm256_or_si256(*req_blank, b);
	}
}

/* Every column identity holds on 2-byte cells (32-bit lanes). */
AVX2_FN static bool
columns_hold_w2(const FastPlan *p, Cells c)
{
	for (int k = 0; k < p->ncolumn_ids; k++)
	{
		const TermList *t = &p->column_ids[k];
		__m256i		acc = _mm256_setzero_si256();
		__m256i		all_blank = _mm256_set1_epi32(-1);
		__m256i		req_blank = _mm256_setzero_si256();

		terms_w2(c, t->kind[TERM_PLUS_REQUIRED], t->nkind[TERM_PLUS_REQUIRED], true, true, &acc, &all_blank, &req_blank);
		terms_w2(c, t->kind[TERM_PLUS_OPTIONAL], t->nkind[TERM_PLUS_OPTIONAL], true, false, &acc, &all_blank, &req_blank);
		terms_w2(c, t->kind[TERM_MINUS_REQUIRED], t->nkind[TERM_MINUS_REQUIRED], false, true, &acc, &all_blank, &req_blank);
		terms_w2(c, t->kind[TERM_MINUS_OPTIONAL], t->nkind[TERM_MINUS_OPTIONAL], false, false, &acc, &all_blank, &req_blank);
		acc = _mm256_or_si256(_mm256_cmpeq_epi32(acc, _mm256_setzero_si256()),
							  _mm256_or_si256(all_blank, req_blank));
		if ((_mm256_movemask_epi8(acc) & 0x0FFFFFFF) != 0x0FFFFFFF)
			return false;
	}
	return true;
}

/* Row r of 2-byte cells as the lane sums' terms: 256·(±value) + flags. */
AVX2_FN static inline __m256i
row_terms_w2(Cells c, int r, __m256i sign, __m256i expected, __m256i required)
{
	__m256i		v = _mm256_cvtepu16_epi32(load16(c, 14 * r));
	__m256i		b = _mm256_cmpeq_epi32(v, _mm256_set1_epi32(0xFFFF));
	__m256i		x = _mm256_slli_epi32(_mm256_sign_epi32(_mm256_andnot_si256(b, v), sign), 8);

	return _mm256_add_epi32(x, _mm256_add_epi32(_mm256_andnot_si256(b, expected), _mm256_and_si256(b, required)));
}

/* Every row identity holds on 2-byte cells: 8 rows' lane sums at a time. */
AVX2_FN static bool
rows_hold_w2(const FastPlan *p, Cells c)
{
	for (int k = 0; k < p->nrow_ids; k++)
	{
		const __m256i flags = _mm256_loadu_si256((const __m256i *) p->row_flags8[k]);
		const __m256i sign = _mm256_loadu_si256((const __m256i *) p->row_sign8[k]);
		const __m256i expected = _mm256_and_si256(flags, _mm256_set1_epi32(15));
		const __m256i required = _mm256_and_si256(flags, _mm256_set1_epi32(16));
		__m256i		fail = _mm256_setzero_si256();

		for (int r = 0; r < p->nrows; r += 8)
		{
			__m256i		x[8];
			__m256i		u0, u1, sums, judged;

			for (int i = 0; i < 8; i++)
				/* a row past the table reads as stated zeros: its terms are the expected flags alone */
				x[i] = r + i < p->nrows ? row_terms_w2(c, r + i, sign, expected, required) : expected;
			u0 = _mm256_hadd_epi32(_mm256_hadd_epi32(x[0], x[1]), _mm256_hadd_epi32(x[2], x[3]));
			u1 = _mm256_hadd_epi32(_mm256_hadd_epi32(x[4], x[5]), _mm256_hadd_epi32(x[6], x[7]));
			/* lane i: the whole sum of row r + i */
			sums = _mm256_add_epi32(_mm256_permute2x128_si256(u0, u1, 0x20), _mm256_permute2x128_si256(u0, u1, 0x31));
			/* judged: 1 … 15 in the low byte (expected terms stated, no required one blank) */
			judged = _mm256_and_si256(sums, _mm256_set1_epi32(0xFF));
			judged = _mm256_and_si256(_mm256_cmpgt_epi32(judged, _mm256_setzero_si256()),
									  _mm256_cmpgt_epi32(_mm256_set1_epi32(16), judged));
			fail = _mm256_or_si256(fail, _mm256_andnot_si256(_mm256_cmpeq_epi32(_mm256_srai_epi32(sums, 8),
																			   _mm256_setzero_si256()), judged));
		}
		if (!_mm256_testz_si256(fail, fail))
			return false;
	}
	return true;
}

/* Every column identity holds, from its slab sums and flags (one identity). */
AVX2_FN static inline bool
columns_balance_w1(__m256i even, __m256i odd, __m256i all_blank, __m256i req_blank)
{
	/* the 4 slots of each lane's column folded: even lanes hold columns 0, 2, 4, 6, odd ones 1, 3, 5, 7 */
	__m128i		e = _mm_add_epi16(_mm256_castsi256_si128(even), _mm256_extracti128_si256(even, 1));
	__m128i		o = _mm_add_epi16(_mm256_castsi256_si128(odd), _mm256_extracti128_si256(odd, 1));
	__m128i		ab = _mm_and_si128(_mm256_castsi256_si128(all_blank), _mm256_extracti128_si256(all_blank, 1));
	__m128i		rb = _mm_or_si128(_mm256_castsi256_si128(req_blank), _mm256_extracti128_si256(req_blank, 1));
	__m128i		sums,
				unjudged;

	e = _mm_add_epi16(e, _mm_srli_si128(e, 8));
	o = _mm_add_epi16(o, _mm_srli_si128(o, 8));
	sums = _mm_unpacklo_epi16(e, o);	/* lane c: column c */
	unjudged = _mm_cvtepi8_epi16(_mm_or_si128(_mm_and_si128(ab, _mm_srli_si128(ab, 8)),
											  _mm_or_si128(rb, _mm_srli_si128(rb, 8))));
	/* a column holds when it balances or is not judged; lanes 0-6 */
	return (_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(sums, _mm_setzero_si128()), unjudged)) & 0x3FFF) == 0x3FFF;
}

/*
 * Every identity on 1-byte cells, in one pass over 4-row slabs (each row
 * spread to an 8-byte slot, byte 7 zero).  Rows: psadbw sums the stated
 * expected and the stated reported bytes of each slot into its 64-bit
 * lane.  Columns: pmaddubsw multiplies the stated cells by the slab's
 * coefficients (+1, -1, 0), even and odd bytes apart, into 16-bit column
 * sums (exact: at most 32 rows of 254); the blank flags are ANDed and ORed
 * byte by byte and folded at the end.
 */
AVX2_FN static bool
consistent_w1_avx2(const FastPlan *p, const GdStored *s)
{
	const __m256i spread = _mm256_setr_epi8(0, 1, 2, 3, 4, 5, 6, -128, 7, 8, 9, 10, 11, 12, 13, -128,
											0, 1, 2, 3, 4, 5, 6, -128, 7, 8, 9, 10, 11, 12, 13, -128);
	const __m256i ones = _mm256_set1_epi8(-1);
	const __m256i zero = _mm256_setzero_si256();
	Cells		c = {s->cells, s->ncells};
	__m256i		blank[SLABS_MAX];	/* per slab: the blank cells */
	__m256i		stated[SLABS_MAX];	/* ... the cells, blanks as 0 */
	int			nslabs = (p->nrows + 3) / 4;

	for (int g = 0; g < nslabs; g++)
	{
		__m256i		rows = _mm256_shuffle_epi8(_mm256_inserti128_si256(_mm256_castsi128_si256(load16(c, 28 * g)),
																	   load16(c, 28 * g + 14), 1), spread);

		blank[g] = _mm256_cmpeq_epi8(rows, ones);
		stated[g] = _mm256_andnot_si256(blank[g], rows);
	}
	for (int k = 0; k < p->nrow_ids; k++)
	{
		const __m256i plus = _mm256_set1_epi64x((long long) p->row_plus8[k]);
		const __m256i minus = _mm256_set1_epi64x((long long) p->row_minus8[k]);
		const __m256i req = _mm256_set1_epi64x((long long) p->row_req8[k]);
		__m256i		hold = ones;

		for (int g = 0; g < nslabs; g++)
		{
			__m256i		balanced = _mm256_cmpeq_epi64(_mm256_sad_epu8(_mm256_and_si256(stated[g], plus), zero),
													  _mm256_sad_epu8(_mm256_and_si256(stated[g], minus), zero));
			__m256i		no_expected = _mm256_cmpeq_epi64(_mm256_andnot_si256(blank[g], plus), zero);
			__m256i		req_blank = _mm256_xor_si256(_mm256_cmpeq_epi64(_mm256_and_si256(blank[g], req), zero), ones);

			hold = _mm256_and_si256(hold, _mm256_or_si256(balanced, _mm256_or_si256(no_expected, req_blank)));
		}
		if (_mm256_movemask_epi8(hold) != -1)
			return false;
	}
	for (int k = 0; k < p->ncolumn_ids; k++)
	{
		__m256i		even = zero,
					odd = zero,
					all_blank = ones,
					req_blank = zero;

		for (int g = 0; g < nslabs; g++)
		{
			even = _mm256_add_epi16(even, _mm256_maddubs_epi16(stated[g], _mm256_loadu_si256((const __m256i *) p->slab_even[k][g])));
			odd = _mm256_add_epi16(odd, _mm256_maddubs_epi16(stated[g], _mm256_loadu_si256((const __m256i *) p->slab_odd[k][g])));
			all_blank = _mm256_and_si256(all_blank, _mm256_or_si256(blank[g], _mm256_loadu_si256((const __m256i *) p->slab_not_expected[k][g])));
			req_blank = _mm256_or_si256(req_blank, _mm256_and_si256(blank[g], _mm256_loadu_si256((const __m256i *) p->slab_required[k][g])));
		}
		if (!columns_balance_w1(even, odd, all_blank, req_blank))
			return false;
	}
	return true;
}

/*
 * AVX-512BW: the column sums of 2-byte cells, two terms a vector (row a in
 * lanes 0-7, row b in 8-15), the blanks as a mask: a masked add takes the
 * stated cells only, and the blank flags are mask operations.
 */
AVX512_FN static inline __attribute__((always_inline)) void
terms_w2_512(Cells c, const int *rows, int n, bool plus, bool required, __m512i *acc,
			 __mmask16 *all_blank, __mmask16 *req_blank)
{
	const __m512i blank = _mm512_set1_epi32(0xFFFF);
	int			i;

	for (i = 0; i + 2 <= n; i += 2)
	{
		__m512i		v = _mm512_cvtepu16_epi32(_mm256_inserti128_si256(_mm256_castsi128_si256(load16(c, 14 * rows[i])),
																	  load16(c, 14 * rows[i + 1]), 1));
		__mmask16	b = _mm512_cmpeq_epi32_mask(v, blank);

		*acc = plus ? _mm512_mask_add_epi32(*acc, (__mmask16) ~b, *acc, v)
			: _mm512_mask_sub_epi32(*acc, (__mmask16) ~b, *acc, v);
		if (plus)
			*all_blank &= b;
		if (required)
			*req_blank |= b;
	}
	if (i < n)
	{
		/* the odd one in the low half; the high half neither adds nor flags */
		__m512i		v = _mm512_cvtepu16_epi32(_mm256_castsi128_si256(load16(c, 14 * rows[i])));
		__mmask16	b = _mm512_cmpeq_epi32_mask(v, blank) & 0x00FF;

		*acc = plus ? _mm512_mask_add_epi32(*acc, (__mmask16) (~b & 0x00FF), *acc, v)
			: _mm512_mask_sub_epi32(*acc, (__mmask16) (~b & 0x00FF), *acc, v);
		if (plus)
			*all_blank &= b | 0xFF00;
		if (required)
			*req_blank |= b;
	}
}

AVX512_FN static bool
columns_hold_w2_512(const FastPlan *p, Cells c)
{
	for (int k = 0; k < p->ncolumn_ids; k++)
	{
		const TermList *t = &p->column_ids[k];
		__m512i		acc = _mm512_setzero_si512();
		__mmask16	all_blank = 0xFFFF;
		__mmask16	req_blank = 0;
		__m256i		sum;
		unsigned	unjudged,
					balanced;

		terms_w2_512(c, t->kind[TERM_PLUS_REQUIRED], t->nkind[TERM_PLUS_REQUIRED], true, true, &acc, &all_blank, &req_blank);
		terms_w2_512(c, t->kind[TERM_PLUS_OPTIONAL], t->nkind[TERM_PLUS_OPTIONAL], true, false, &acc, &all_blank, &req_blank);
		terms_w2_512(c, t->kind[TERM_MINUS_REQUIRED], t->nkind[TERM_MINUS_REQUIRED], false, true, &acc, &all_blank, &req_blank);
		terms_w2_512(c, t->kind[TERM_MINUS_OPTIONAL], t->nkind[TERM_MINUS_OPTIONAL], false, false, &acc, &all_blank, &req_blank);
		/* the two halves folded: lane c is column c (lane 7, the next row's first cell, ignored) */
		sum = _mm256_add_epi32(_mm512_castsi512_si256(acc), _mm512_extracti64x4_epi64(acc, 1));
		unjudged = ((unsigned) all_blank & ((unsigned) all_blank >> 8)) | (((unsigned) req_blank | ((unsigned) req_blank >> 8)) & 0xFF);
		balanced = (unsigned) _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(sum, _mm256_setzero_si256())));
		if (((balanced | unjudged) & 0x7F) != 0x7F)
			return false;
	}
	return true;
}

AVX2_FN static bool
consistent_w2_avx2(const FastPlan *p, const GdStored *s)
{
	Cells		c = {s->cells, 2 * s->ncells};

	return (gd_kernel_ceiling >= GD_KERNELS_AVX512 && gd_have_avx512bw() ? columns_hold_w2_512(p, c) : columns_hold_w2(p, c)) &&
		rows_hold_w2(p, c);
}
#endif

/*
 * The same on a stored value: cells of 1 or 2 bytes are below 2^16, so the
 * flat path always holds; they are read into counts by one loop per width
 * (no branch on blanks), width-3 cells (blocks and runs forms) as the 2-byte cells they read as;
 * 4-byte cells are read out and checked first.
 */
GD_VECTOR_CLONES
bool
gd_applications_consistent_stored(const GdStored *s, bool *consistent, GdError *err)
{
	const FastPlan *p;
	int32_t		flat[FLAT_CELLS];

	if (s->width == 4)
	{
		if (!gd_stored_cells32(s, flat, err))
			return false;
		*consistent = gd_applications_consistent(s->format, flat);
		return true;
	}
	if (s->width == GD_STORED_HIGH)
	{
		/* judged here only under other identities (it carries a verdict): as the 2-byte cells it reads as */
		uint16_t	as_2byte[GD_APPLICATIONS_NCELLS_MAX];
		GdStored	t;

		gd_stored_high_as_2byte(s, as_2byte, &t);
		return gd_applications_consistent_stored(&t, consistent, err);
	}
	p = fast_plan(s->format);
#ifdef GD_HAVE_AVX2_KERNELS
	if (gd_kernel_ceiling >= GD_KERNELS_AVX2 && gd_have_avx2() && p->nrows <= GD_APPLICATIONS_NROWS_MAX && s->ncells >= 16)
	{
		*consistent = s->width == 1 ? consistent_w1_avx2(p, s) : consistent_w2_avx2(p, s);
		return true;
	}
#endif
	if (s->width == 1)
		for (int i = 0; i < s->ncells; i++)
			flat[i] = gd_stored_count(s->cells, 1, i);
	else
		for (int i = 0; i < s->ncells; i++)
			flat[i] = gd_stored_count(s->cells, 2, i);
	memset(flat + s->ncells, 0, sizeof(int32_t) * (FLAT_CELLS - s->ncells));
	if (p->nrow_ids > FLAT_ROW_IDS)
		*consistent = gd_applications_consistent(s->format, flat);
	else
		*consistent = consistent_flat(p, flat);
	return true;
}

bool
gd_appeals_consistent(const int32_t *cells)
{
	Grid		g = {GD_TABLE_APPEALS, 0, (int32_t *) cells};

	return consistent(&g);
}

/* Is row (or column) index one of the identity's terms? */
static bool
has_term(const GdIdentity *id, int index)
{
	for (int i = 0; i < id->nterms; i++)
		if (id->terms[i].index == index)
			return true;
	return false;
}

/* Where a failing column identity and a failing row identity cross. */
typedef struct Failure
{
	const GdIdentity *id;
	int			line;
	Outcome		o;
} Failure;

/*
 * Append printf-style text to a NUL-terminated buffer; what does not fit
 * is cut at a character boundary, so the message stays valid UTF-8.
 */
static void
cat(char *buf, size_t size, const char *fmt,...)
	__attribute__((format(printf, 3, 4)));

static void
cat(char *buf, size_t size, const char *fmt,...)
{
	size_t		len = strlen(buf);
	char		piece[GD_MSG_MAX];
	va_list		ap;

	if (len + 1 >= size)
		return;
	va_start(ap, fmt);
	gd_vformat(piece, sizeof(piece), fmt, ap);
	va_end(ap);
	gd_utf8_copy(buf + len, size - len, piece, strlen(piece));
}

/*
 * A failure as a violation: its row, column and numbers, and a Chinese /
 * English message naming the likely mistyped cells.
 */
static void
describe(const Grid *g, const Failure *f, const Failure *all, int nall,
		 GdViolation *v)
{
	const GdIdentity *id = f->id;
	bool		per_column = id->axis == GD_PER_COLUMN;
	const char *where = per_column ? grid_col_key(g, f->line) : grid_row_key(g, f->line);
	const char *where_zh = per_column ? grid_col_zh(g, f->line) : grid_row_zh(g, f->line);
	const char *zh_where = per_column ? "列" : (g->table == GD_TABLE_APPEALS ? "栏" : "行");
	const char *en_where = per_column ? "column" : (g->table == GD_TABLE_APPEALS ? "block" : "row");
	char		zh_suspects[GD_MSG_MAX / 4] = "";
	char		en_suspects[GD_MSG_MAX / 4] = "";

	/* The crossing of a failing column with a failing row is the suspect. */
	for (int k = 0; k < nall; k++)
	{
		const Failure *other = &all[k];
		const Failure *col_f = per_column ? f : other;
		const Failure *row_f = per_column ? other : f;
		int64_t		d_col,
					d_row;
		const char *row_key,
				   *col_key;

		if (other->id->axis == id->axis || other->id->table != id->table)
			continue;
		if (!has_term(col_f->id, row_f->line) || !has_term(row_f->id, col_f->line))
			continue;
		d_col = llabs(col_f->o.reported - col_f->o.expected);
		d_row = llabs(row_f->o.reported - row_f->o.expected);
		row_key = grid_row_key(g, row_f->line);
		col_key = grid_col_key(g, col_f->line);
		cat(zh_suspects, sizeof(zh_suspects), "%s“%s”行 × “%s”列%s",
			zh_suspects[0] ? "、" : "；可能误填的单元格：",
			grid_row_zh(g, row_f->line), grid_col_zh(g, col_f->line),
			d_col == d_row ? "（一处误填即可解释两处差额）" : "");
		cat(en_suspects, sizeof(en_suspects), "%s%s × %s%s",
			en_suspects[0] ? ", " : "; likely mistyped cell: ", row_key, col_key,
			d_col == d_row ? " (one wrong value explains both)" : "");
	}

	v->rule = id->rule;
	v->severity = "error";
	v->has_numbers = true;
	v->expected = f->o.expected;
	v->reported = f->o.reported;
	v->row_key = per_column ? (id->anchor >= 0 ? grid_row_key(g, id->anchor) : NULL) : where;
	v->column_key = per_column ? where : (id->anchor >= 0 ? grid_col_key(g, id->anchor) : NULL);
	v->message[0] = '\0';
	cat(v->message, sizeof(v->message),
		"规则%s（%s）在“%s”%s不成立：应为 %lld，报告为 %lld%s / ",
		id->rule, id->zh, where_zh, zh_where,
		(long long) f->o.expected, (long long) f->o.reported, zh_suspects);
	cat(v->message, sizeof(v->message),
		"rule %s (%s) fails in %s %s: expected %lld, reported %lld%s",
		id->rule, id->en, en_where, where,
		(long long) f->o.expected, (long long) f->o.reported, en_suspects);
}

/* Every failing line of every identity first, so that each is described with the others in view. */
static int
check(const Grid *g, GdViolation *out)
{
	Failure		failures[GD_MAX_VIOLATIONS];
	int			n = 0;

	for (int k = 0; k < gd_layout->nidentities; k++)
	{
		const GdIdentity *id = &gd_layout->identities[k];

		if (id->table != g->table)
			continue;
		for (int line = 0; line < nlines(g, id) && n < GD_MAX_VIOLATIONS; line++)
		{
			Outcome		o;

			if (!line_present(g, id, line))
				continue;
			o = evaluate(g, id, line);
			if (o.judged && o.expected != o.reported)
				failures[n++] = (Failure) {id, line, o};
		}
	}
	for (int i = 0; i < n; i++)
		describe(g, &failures[i], failures, n, &out[i]);
	return n;
}

int
gd_applications_violations(int format, const int32_t *cells, GdViolation *out)
{
	Grid		g = {GD_TABLE_APPLICATIONS, format, (int32_t *) cells};

	return check(&g, out);
}

int
gd_appeals_violations(const int32_t *cells, GdViolation *out)
{
	Grid		g = {GD_TABLE_APPEALS, 0, (int32_t *) cells};

	return check(&g, out);
}

/* The single reported-side term of an identity, or NULL if it has several. */
static const GdTerm *
sole_reported(const GdIdentity *id)
{
	const GdTerm *found = NULL;

	for (int i = 0; i < id->nterms; i++)
		if (id->terms[i].side == GD_REPORTED)
		{
			if (found)
				return NULL;
			found = &id->terms[i];
		}
	return found;
}

/*
 * Would some identity fill this blank cell now?  (Its sole reported term is
 * this cell, and at least one of its parts is stated.)
 */
static bool
fillable(Grid *g, int row, int col)
{
	for (int k = 0; k < gd_layout->nidentities; k++)
	{
		const GdIdentity *id = &gd_layout->identities[k];
		const GdTerm *target = sole_reported(id);
		int			line;
		int32_t    *cell;
		Outcome		o;

		if (id->table != g->table || target == NULL)
			continue;
		if (id->axis == GD_PER_COLUMN ? target->index != row : target->index != col)
			continue;
		line = id->axis == GD_PER_COLUMN ? col : row;
		if (!line_present(g, id, line))
			continue;
		cell = term_cell(g, id, target, line);
		if (cell == NULL || *cell != GD_NOT_STATED)
			continue;
		*cell = 0;
		o = evaluate(g, id, line);
		*cell = GD_NOT_STATED;
		if (o.judged)
			return true;
	}
	return false;
}

/* Does a blank part of this identity wait to be filled itself? */
static bool
waits_for_parts(Grid *g, const GdIdentity *id, int line)
{
	for (int i = 0; i < id->nterms; i++)
	{
		const GdTerm *t = &id->terms[i];
		int32_t    *cell = term_cell(g, id, t, line);
		int			row = id->axis == GD_PER_COLUMN ? t->index : line;
		int			col = id->axis == GD_PER_COLUMN ? line : t->index;

		if (t->side == GD_EXPECTED && cell != NULL && *cell == GD_NOT_STATED &&
			fillable(g, row, col))
			return true;
	}
	return false;
}

/*
 * Identities whose reported side is one cell define that cell; fill blanks
 * until nothing changes.  A total whose blank parts can themselves be filled
 * waits for them (a column total must not count a fillable row total as 0).
 */
static bool
fill(Grid *g, GdError *err)
{
	bool		changed = true;

	while (changed)
	{
		changed = false;
		for (int k = 0; k < gd_layout->nidentities; k++)
		{
			const GdIdentity *id = &gd_layout->identities[k];
			const GdTerm *target = sole_reported(id);

			if (id->table != g->table || target == NULL)
				continue;
			for (int line = 0; line < nlines(g, id); line++)
			{
				int32_t    *cell;
				Outcome		o;

				if (!line_present(g, id, line))
					continue;
				cell = term_cell(g, id, target, line);
				if (cell == NULL || *cell != GD_NOT_STATED)
					continue;
				if (waits_for_parts(g, id, line))
					continue;
				/* judge as if the target were stated as 0 */
				*cell = 0;
				o = evaluate(g, id, line);
				*cell = GD_NOT_STATED;
				if (!o.judged)
					continue;
				if (o.expected > GD_COUNT_MAX)
				{
					gd_fail(err, GD_E_RANGE, "filled total %s × %s is out of range",
							id->axis == GD_PER_COLUMN ? grid_row_key(g, target->index)
							: grid_row_key(g, line),
							id->axis == GD_PER_COLUMN ? grid_col_key(g, line)
							: grid_col_key(g, target->index));
					return gd_fail_detail(err, "A count cannot exceed 2147483647.");
				}
				*cell = (int32_t) o.expected;
				changed = true;
			}
		}
	}
	return true;
}

/*
 * The cells gd_*_fill_derived may fill: the sole reported term of each
 * identity that has one (each row's total, （七）总计 in each column, each
 * table 四 block's total), as positions in a format's cells, once.
 */
static int
derived_positions(GdTable table, int format, int *pos)
{
	bool		seen[GD_APPLICATIONS_NCELLS_MAX] = {false};
	int			nrows = table == GD_TABLE_APPLICATIONS ? gd_applications_nrows(format) : GD_APPEALS_NBLOCKS;
	int			ncols = table == GD_TABLE_APPLICATIONS ? GD_APPLICATIONS_NCOLS : GD_APPEALS_NCOLS;
	int			n = 0;

	for (int k = 0; k < gd_layout->nidentities; k++)
	{
		const GdIdentity *id = &gd_layout->identities[k];
		const GdTerm *target = sole_reported(id);

		if (id->table != table || target == NULL)
			continue;
		for (int line = 0; line < (id->axis == GD_PER_COLUMN ? ncols : nrows); line++)
		{
			int			row = id->axis == GD_PER_COLUMN ? target->index : line;
			int			col = id->axis == GD_PER_COLUMN ? line : target->index;
			int			p;

			if (table == GD_TABLE_APPLICATIONS && id->axis == GD_PER_COLUMN)
				row = gd_applications_row_pos(format, row);
			if (row < 0)
				continue;
			p = row * ncols + col;
			if (!seen[p])
			{
				seen[p] = true;
				pos[n++] = p;
			}
		}
	}
	return n;
}

int
gd_applications_derived_cells(int format, int *pos)
{
	return derived_positions(GD_TABLE_APPLICATIONS, format, pos);
}

int
gd_appeals_derived_cells(int *pos)
{
	return derived_positions(GD_TABLE_APPEALS, 0, pos);
}

bool
gd_applications_fill_derived(int format, int32_t *cells, GdError *err)
{
	Grid		g = {GD_TABLE_APPLICATIONS, format, cells};

	return fill(&g, err);
}

bool
gd_appeals_fill_derived(int32_t *cells, GdError *err)
{
	Grid		g = {GD_TABLE_APPEALS, 0, cells};

	return fill(&g, err);
}

/* The derived positions of table 四 (slot 0) and of each table 三 format met, per layout generation. */
typedef struct DerivedCells
{
	unsigned	generation;		/* 0 = empty */
	GdStoredTable table;
	int			format;
	int			npos;
	int			pos[GD_APPLICATIONS_NCELLS_MAX];
} DerivedCells;

static DerivedCells derived_cache[GD_LAYOUT_FORMATS_MAX + 1];

static const DerivedCells *
derived_cells(GdStoredTable table, int format)
{
	DerivedCells *d = NULL;

	for (int i = 0; i <= GD_LAYOUT_FORMATS_MAX; i++)
	{
		if (derived_cache[i].generation == gd_layout_generation &&
			derived_cache[i].table == table && derived_cache[i].format == format)
			return &derived_cache[i];
		if (d == NULL && derived_cache[i].generation != gd_layout_generation)
			d = &derived_cache[i];
	}
	if (d == NULL)
		d = &derived_cache[0];
	d->table = table;
	d->format = format;
	d->npos = table == GD_STORED_APPEALS ? gd_appeals_derived_cells(d->pos)
		: gd_applications_derived_cells(format, d->pos);
	d->generation = gd_layout_generation;
	return d;
}

bool
gd_stored_derived_blank(const GdStored *s)
{
	const DerivedCells *d = derived_cells(s->table, s->format);
	int32_t		blank = 0;

	/* one loop per width, no branch on the cells: every row pays it (a width-3 cell is blank where its low byte is) */
	if (s->width == 1 || s->width == GD_STORED_HIGH)
		for (int i = 0; i < d->npos; i++)
			blank |= gd_stored_count(s->cells, 1, d->pos[i]) == GD_NOT_STATED;
	else if (s->width == 2)
		for (int i = 0; i < d->npos; i++)
			blank |= gd_stored_count(s->cells, 2, d->pos[i]) == GD_NOT_STATED;
	else
		for (int i = 0; i < d->npos; i++)
			blank |= gd_stored_count(s->cells, 4, d->pos[i]) == GD_NOT_STATED;
	return blank != 0;
}
