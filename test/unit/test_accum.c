/*
 * test_accum.c — the pending sums of sum() (accum.h) against a reference
 * model written here: the exact running sum of the values, each with its
 * blank derivable totals filled first (blank + blank = blank, blank
 * counts as 0 next to a stated cell, a sum above 2147483647 is an error),
 * a 2021 value folded into a 2019 total.
 *
 * Each sequence of values is stored with gd_stored_write32 (which picks
 * 1-, 2- or 4-byte cells) and driven through GdAccum the way
 * src/pg/sum_state.c does: the first value filled as the total, then
 * gd_accum_add, and when it refuses the value, the exact add (filled
 * first when gd_stored_derived_blank; the total folded when the formats
 * differ, and the accumulator started again) and gd_accum_flush.  Every
 * sequence runs with the portable loop, with the AVX2 one and the
 * AVX-512BW one (where the CPU has them), and with a flush every few rows (as a window's running sum
 * reads the state), and every cell is compared with the model; so are the
 * row an overflow is reported on and how many values the pending sums
 * took (computed here from each value's widest cell and blank cells).
 *
 * Positions are transcribed from FORMAT.md: 7 cells a row; 2021 has 25
 * rows, （七）总计 (total_processed) at row 24 (position 23); 2019 has 23
 * rows, total_processed at position 21, other_handling at 20, which the
 * 2021 positions 20–22 fold into; table 四 is 3 blocks of 5 with the
 * block total last.  The derivable totals are each row's 总计 (column 7)
 * and the total_processed row (identities C and B), the block totals of
 * table 四 (D).  Widths (compact.h): a largest cell ≤ 254 is stored in
 * 1 byte, ≤ 65534 in 2, above in 4.  Seeds are fixed.
 * Last line: "N passed, M failed".
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/accum.h"
#include "core/check.h"
#include "core/compact.h"
#include "core/error.h"
#include "core/layout.h"
#include "core/matrix.h"
#include "core/simd.h"

#include "check.h"
#include "stored.h"

#define MAXC GD_APPLICATIONS_NCELLS_MAX
#define NS GD_NOT_STATED
#define MAX32 INT64_C(2147483647)

/* ---- values: deterministic per (seed, row), so every run sees the same ---- */

typedef struct Rng
{
	uint64_t	s;
} Rng;

static Rng
rng_for(uint64_t seed, int row)
{
	Rng			r;
	uint64_t	z = seed + (uint64_t) (row + 1) * 0x9E3779B97F4A7C15ull;

	/* splitmix64 of the pair, so nearby rows are unrelated */
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	r.s = (z ^ (z >> 31)) | 1;
	return r;
}

static uint32_t
below(Rng *r, uint32_t n)
{
	r->s ^= r->s << 13;
	r->s ^= r->s >> 7;
	r->s ^= r->s << 17;
	return (uint32_t) ((r->s >> 16) % n);
}

static int
ncells_of(GdStoredTable table, int format)
{
	if (table == GD_STORED_APPEALS)
		return 15;
	return format == 2021 ? 25 * 7 : 23 * 7;
}

/* A derivable total: a row's 总计, the total_processed row, a table 四 block total. */
static bool
is_derived(GdStoredTable table, int format, int pos)
{
	if (table == GD_STORED_APPEALS)
		return pos % 5 == 4;
	return pos % 7 == 6 || pos / 7 == (format == 2021 ? 23 : 21);
}

static bool
any_derived_blank(GdStoredTable table, int format, const int32_t *cells)
{
	for (int i = 0; i < ncells_of(table, format); i++)
		if (cells[i] == NS && is_derived(table, format, i))
			return true;
	return false;
}

/*
 * Random cells up to maxv, one of them (a random one) exactly maxv so the
 * width is maxv's; non-derived cells blank blank_pct % of the time.
 */
static void
random_cells(Rng *r, GdStoredTable table, int format, int32_t maxv, int blank_pct, int32_t *cells)
{
	int			n = ncells_of(table, format);

	for (int i = 0; i < n; i++)
	{
		if (!is_derived(table, format, i) && (int) below(r, 100) < blank_pct)
			cells[i] = NS;
		else
			cells[i] = (int32_t) below(r, (uint32_t) maxv + 1);
	}
	cells[below(r, (uint32_t) n)] = maxv;
}

/* ---- the reference model ---- */

typedef struct Model
{
	GdStoredTable table;
	int			format;			/* 0 before the first value */
	int64_t		sum[MAXC];
	bool		stated[MAXC];
	int			overflow_row;	/* -1: none */
	bool		fill_failed;
} Model;

/* 2021 row position → 2019 row position (FORMAT.md): （六）'s three rows fold into other_handling. */
static int
fold_pos(int pos2021)
{
	int			row = pos2021 / 7;

	row = row < 20 ? row : row <= 22 ? 20 : row - 2;
	return row * 7 + pos2021 % 7;
}

/* The model's total, a 2021 one, as a 2019 one. */
static void
model_fold_total(Model *m, int row)
{
	int64_t		sum[MAXC] = {0};
	bool		stated[MAXC] = {false};

	for (int i = 0; i < 25 * 7; i++)
	{
		sum[fold_pos(i)] += m->sum[i];
		stated[fold_pos(i)] |= m->stated[i];
	}
	memcpy(m->sum, sum, sizeof(sum));
	memcpy(m->stated, stated, sizeof(stated));
	m->format = 2019;
	for (int i = 0; i < 23 * 7; i++)
		if (sum[i] > MAX32 && m->overflow_row < 0)
			m->overflow_row = row;
}

/* Add one value (its derivable blank totals filled first); false once the sum overflowed. */
static bool
model_add(Model *m, int row, int format, const int32_t *cells)
{
	int32_t		v[MAXC];
	int			n = ncells_of(m->table, format);
	GdError		err;

	memcpy(v, cells, sizeof(int32_t) * n);
	if (!(m->table == GD_STORED_APPEALS ? gd_appeals_fill_derived(v, &err)
		  : gd_applications_fill_derived(format, v, &err)))
		m->fill_failed = true;
	if (m->format == 0)
		m->format = format;
	if (m->format == 2021 && format == 2019)
		model_fold_total(m, row);
	for (int i = 0; i < n && m->overflow_row < 0; i++)
	{
		int			at = m->format != format ? fold_pos(i) : i;

		if (v[i] == NS)
			continue;
		m->sum[at] += v[i];
		m->stated[at] = true;
	}
	for (int i = 0; i < ncells_of(m->table, m->format); i++)
		if (m->sum[i] > MAX32 && m->overflow_row < 0)
			m->overflow_row = row;
	return m->overflow_row < 0;
}

static int32_t
model_cell(const Model *m, int i)
{
	return m->stated[i] ? (int32_t) m->sum[i] : NS;
}

/* ---- the product, driven as sum_state.c drives it ---- */

typedef struct Harness
{
	GdStoredTable table;
	int			format;
	int32_t		total[MAXC];
	int			taken;			/* values the pending sums took */
	int			widths[5];		/* values stored per width */
	int			overflow_row;	/* -1: none */
	bool		other_error;	/* an error that is not GD_E_RANGE */
} Harness;

static GdAccum accum;			/* static: 64-byte aligned like sum_state's */

/*
 * Whether table 三 values are stored with a verdict (versions 2 and 4, as
 * the product stores them) and offered to gd_accum_add_stored first, as
 * the aggregate's entry does (sum_state.h); what that path took, and how
 * many of them with high bytes (the blocks form).
 */
static bool with_verdict;
static int	stored_taken;
static int	stored_blocks_taken;
static size_t stored_size;		/* of the value store() wrote last */

/* Store cells as the product stores them and open them again. */
static bool
store(GdStoredTable table, int format, const int32_t *cells, unsigned char *buf, GdStored *s)
{
	int			n = ncells_of(table, format);
	bool		judged = with_verdict && table == GD_STORED_APPLICATIONS;
	GdError		err;

	stored_size = gd_stored_size32(cells, n, judged);
	/* any verdict will do: the pending sums never read it */
	gd_stored_write32(table == GD_STORED_APPEALS ? 0 : format, cells, n, judged ? 2 : GD_NO_VERDICT, buf);
	return gd_stored_open(table, buf, stored_size, s, &err);
}

/* The value widened and its derivable totals filled (aggregates.c's filled_cells). */
static bool
filled(const GdStored *s, int32_t *cells, GdError *err)
{
	return gd_stored_cells32(s, cells, err) &&
		(s->table == GD_STORED_APPEALS ? gd_appeals_fill_derived(cells, err)
		 : gd_applications_fill_derived(s->format, cells, err));
}

/* aggregates.c's exact step: fold the total to the common format, add the value. */
static bool
exact_add(Harness *h, const GdStored *s, GdError *err)
{
	int32_t		cells[MAXC];
	int32_t		folded[MAXC];
	int			common;

	if (h->table == GD_STORED_APPEALS)
		return gd_stored_derived_blank(s) ? filled(s, cells, err) && gd_appeals_add(h->total, cells, err)
			: gd_cells_add_stored(h->total, s, err);
	common = gd_format_common(h->format, s->format);
	if (common != h->format)
	{
		if (!gd_applications_fold(h->format, common, h->total, folded, err))
			return false;
		memcpy(h->total, folded, sizeof(folded));
		h->format = common;
	}
	if (s->format == h->format && !gd_stored_derived_blank(s))
		return gd_cells_add_stored(h->total, s, err);
	if (!filled(s, cells, err))
		return false;
	if (s->format == h->format)
		return gd_applications_add(h->format, h->total, cells, err);
	return gd_applications_fold(s->format, h->format, cells, folded, err) &&
		gd_applications_add(h->format, h->total, folded, err);
}

/* The first value: filled, it is the total; the pending sums start beside it. */
static void
harness_start(Harness *h, GdStoredTable table, int format, const int32_t *cells)
{
	unsigned char buf[GD_STORED_HEADER + 4 * MAXC];
	GdStored	s;
	GdError		err;

	memset(h, 0, sizeof(*h));
	h->table = table;
	h->format = format;
	h->overflow_row = -1;
	if (!store(table, format, cells, buf, &s) || !filled(&s, h->total, &err))
		h->other_error = true;
	h->widths[s.width]++;
	gd_accum_init(&accum, table, format, h->total);
}

/* One more value; false once it failed (the overflow row is noted). */
static bool
harness_add(Harness *h, int row, int format, const int32_t *cells)
{
	unsigned char buf[GD_STORED_HEADER + 4 * MAXC];
	GdStored	s;
	GdError		err;
	int			was = h->format;

	if (!store(h->table, format, cells, buf, &s))
	{
		h->other_error = true;
		return false;
	}
	h->widths[s.width]++;
	if (with_verdict && gd_accum_add_stored(&accum, buf, stored_size))
	{
		h->taken++;
		stored_taken++;
		stored_blocks_taken += s.version == GD_STORED_BLOCKS;
		return true;
	}
	if (gd_accum_add(&accum, h->total, &s))
	{
		h->taken++;
		return true;
	}
	if (!exact_add(h, &s, &err))
	{
		if (err.code == GD_E_RANGE)
			h->overflow_row = row;
		else
			h->other_error = true;
		return false;
	}
	if (h->format != was)
		gd_accum_init(&accum, h->table, h->format, h->total);
	gd_accum_flush(&accum, h->total);
	return true;
}

/* ---- sequences ---- */

typedef void (*RowFn) (int row, int *format, int32_t *cells);

typedef struct Seq
{
	const char *name;
	GdStoredTable table;
	int			nrows;
	RowFn		row;
} Seq;

/* What one run of a sequence came to. */
typedef struct Outcome
{
	int			format;
	int32_t		cells[MAXC];
	int			overflow_row;
	int			taken;
	int			expected_taken;	/* computed from the values themselves */
	int			widths[5];
	int			checkpoint_mismatches;
} Outcome;

/* The first cell where the harness's total differs from the model's, or -1. */
static int
first_difference(const Harness *h, const Model *m)
{
	if (h->format != m->format)
		return 0;
	for (int i = 0; i < ncells_of(m->table, m->format); i++)
		if (h->total[i] != model_cell(m, i))
			return i;
	return -1;
}

/* Could the pending sums take this value (judged from the value, not from accum.c)? */
static bool
takeable(const Seq *q, int total_format, int format, const int32_t *cells)
{
	int			w = expected_width32(cells, ncells_of(q->table, format));

	return q->table == GD_STORED_APPLICATIONS && format == total_format && w != 4 &&
		!any_derived_blank(q->table, format, cells);
}

/*
 * Run q through the model and the harness side by side; check_every > 0
 * flushes and compares every that many rows.
 */
static void
run_seq(const Seq *q, GdKernels kernels, int check_every, Outcome *out)
{
	static Model m;
	static Harness h;
	int32_t		cells[MAXC];
	int			format;
	int			d;

	memset(&m, 0, sizeof(m));
	memset(out, 0, sizeof(*out));
	m.table = q->table;
	m.overflow_row = -1;
	gd_kernels(kernels);
	q->row(0, &format, cells);
	model_add(&m, 0, format, cells);
	harness_start(&h, q->table, format, cells);
	for (int row = 1; row < q->nrows; row++)
	{
		bool		model_ok;
		bool		harness_ok;

		q->row(row, &format, cells);
		out->expected_taken += takeable(q, h.format, format, cells);
		model_ok = model_add(&m, row, format, cells);
		harness_ok = harness_add(&h, row, format, cells);
		if (!model_ok || !harness_ok)
			break;
		if (check_every > 0 && row % check_every == 0)
		{
			gd_accum_flush(&accum, h.total);
			d = first_difference(&h, &m);
			if (d >= 0 && out->checkpoint_mismatches++ == 0)
				printf("  %s: after row %d cell %d is %d, the model says %d\n",
					   q->name, row, d, h.total[d], model_cell(&m, d));
		}
	}
	gd_accum_flush(&accum, h.total);
	gd_kernels(GD_KERNELS_AVX512);
	out->format = h.format;
	memcpy(out->cells, h.total, sizeof(h.total));
	out->overflow_row = h.overflow_row;
	out->taken = h.taken;
	memcpy(out->widths, h.widths, sizeof(h.widths));
	CHECK(!m.fill_failed && !h.other_error);
	CHECK_INT(h.overflow_row, m.overflow_row);
	if (h.overflow_row >= 0)
		return;					/* the state is thrown away with the error */
	CHECK_INT(h.format, m.format);
	d = first_difference(&h, &m);
	if (d >= 0)
		printf("  %s (%s): cell %d is %d, the model says %d\n", q->name,
			   kernels == GD_KERNELS_PORTABLE ? "portable" : kernels == GD_KERNELS_AVX2 ? "AVX2 at most" : "default loop", d, h.total[d], model_cell(&m, d));
	CHECK_INT(d, -1);
}

/*
 * Every sequence four ways: portable, AVX2 at most, the default loops
 * (AVX-512BW or AVX2 where the CPU has them), the default flushed every 37
 * rows.  Each agrees with the model (run_seq) and the first three with
 * each other, cell for cell.  Then three more, the values stored with a
 * verdict (so in the blocks form where that is smaller) and offered to
 * gd_accum_add_stored first, under each ceiling: each agrees with the
 * model too.
 */
static void
run_all_ways(const Seq *q, Outcome *o)
{
	static const GdKernels ceilings[] = {GD_KERNELS_PORTABLE, GD_KERNELS_AVX2, GD_KERNELS_AVX512};
	static Outcome portable,
				avx2,
				flushed,
				judged;
	int			n;

	for (int k = 0; k < 3; k++)
	{
		with_verdict = true;
		run_seq(q, ceilings[k], 0, &judged);
		with_verdict = false;
	}
	run_seq(q, GD_KERNELS_PORTABLE, 0, &portable);
	run_seq(q, GD_KERNELS_AVX2, 0, &avx2);
	run_seq(q, GD_KERNELS_AVX512, 0, o);
	run_seq(q, GD_KERNELS_AVX512, 37, &flushed);
	n = ncells_of(q->table, o->format);
	CHECK_INT(flushed.checkpoint_mismatches, 0);
	CHECK_INT(portable.overflow_row, o->overflow_row);
	CHECK_INT(portable.taken, o->taken);
	CHECK(memcmp(portable.cells, o->cells, sizeof(int32_t) * n) == 0);
	CHECK_INT(avx2.overflow_row, o->overflow_row);
	CHECK_INT(avx2.taken, o->taken);
	CHECK(memcmp(avx2.cells, o->cells, sizeof(int32_t) * n) == 0);
}

/* ---- the sequences' values ---- */

#define APPL GD_STORED_APPLICATIONS

static void
fill_all(int32_t *cells, int n, int32_t v)
{
	for (int i = 0; i < n; i++)
		cells[i] = v;
}

/* One derivable total of the format, at random. */
static int
random_derived(Rng *r, GdStoredTable table, int format)
{
	int			p;

	do
		p = (int) below(r, (uint32_t) ncells_of(table, format));
	while (!is_derived(table, format, p));
	return p;
}

/* 2021, 1-byte cells, 10 % blanks, every total stated. */
static void
row_w1_2021(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(101, row);

	*format = 2021;
	random_cells(&r, APPL, 2021, 254, 10, cells);
}

/* 70 % 1-byte, 20 % 2-byte, 10 % 4-byte values; 10 % blanks; 5 % with a blank derivable total. */
static void
mixed_row(uint64_t seed, int format, int row, int32_t *cells)
{
	Rng			r = rng_for(seed, row);
	uint32_t	k = below(&r, 100);

	random_cells(&r, APPL, format, k < 70 ? 254 : k < 90 ? 65534 : 3000000, 10, cells);
	if (below(&r, 100) < 5)
		cells[random_derived(&r, APPL, format)] = NS;
}

static void
row_mixed_2021(int row, int *format, int32_t *cells)
{
	*format = 2021;
	mixed_row(202, 2021, row, cells);
}

static void
row_mixed_2019(int row, int *format, int32_t *cells)
{
	*format = 2019;
	mixed_row(219, 2019, row, cells);
}

/*
 * Values the blocks form stores when they have a verdict: 1-byte cells, 10 %
 * blanks, and 1 to 8 stretches of 1 to 3 cells of 255 … 65279 at random
 * places (derivable totals among them); every 6th value with a blank
 * derivable total.  Without a verdict they take 2-byte cells.
 */
static void
row_high(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(404, row);
	int			stretches;

	*format = 2021;
	random_cells(&r, APPL, 2021, 254, 10, cells);
	stretches = 1 + (int) below(&r, 8);
	for (int k = 0; k < stretches; k++)
	{
		int			at = (int) below(&r, 175 - 2);
		int			len = 1 + (int) below(&r, 3);

		for (int j = 0; j < len; j++)
			cells[at + j] = 255 + (int32_t) below(&r, 65279 - 255 + 1);
	}
	if (row % 6 == 5)
		cells[random_derived(&r, APPL, 2021)] = NS;
}

/* Every cell 254, the most a 1-byte cell holds. */
static void
row_all_254(int row, int *format, int32_t *cells)
{
	(void) row;
	*format = 2021;
	fill_all(cells, 175, 254);
}

/*
 * A third of the values leave one derivable total blank, in turn: the
 * first window's (6), one the last 1-byte window only overlaps (153), the
 * first ones of that window (160, 167), the last byte (174); every 7th
 * value leaves the whole 总计 column blank, every 11th the total_processed
 * row.  Every 5th value has 2-byte cells.
 */
static void
row_derived_blank(int row, int *format, int32_t *cells)
{
	static const int spots[] = {6, 153, 160, 167, 174};
	Rng			r = rng_for(303, row);

	*format = 2021;
	random_cells(&r, APPL, 2021, row % 5 == 0 ? 65534 : 254, 10, cells);
	if (row % 3 == 1)
		cells[spots[(row / 3) % 5]] = NS;
	for (int i = 0; i < 25 && row % 7 == 0 && row > 0; i++)
		cells[i * 7 + 6] = NS;
	for (int c = 0; c < 7 && row % 11 == 0 && row > 0; c++)
		cells[23 * 7 + c] = NS;
}

/*
 * Cells that are not totals, at window edges: 9 (carried_over × research),
 * 150 (where the last 1-byte window overlaps the one before), 158, 159
 * (the last cell of the tenth 2-byte window, which the last one overlaps),
 * 168 and 173 (carried_forward).
 */
static const int edge_cells[] = {9, 150, 158, 159, 168, 173};

#define NEDGE ((int) (sizeof(edge_cells) / sizeof(edge_cells[0])))

/* The edge cells blank in every value; every 4th value has 2-byte cells. */
static void
row_always_blank(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(404, row);

	*format = 2021;
	random_cells(&r, APPL, 2021, row % 4 == 0 ? 65534 : 254, 5, cells);
	for (int i = 0; i < NEDGE; i++)
		cells[edge_cells[i]] = NS;
}

/* The same, except value 777 states them (0 in cell 9, 7 in the others) and value 1 cell 100 (200). */
static void
row_blank_but_one(int row, int *format, int32_t *cells)
{
	row_always_blank(row, format, cells);
	cells[100] = row == 1 ? 200 : NS;
	for (int i = 0; i < NEDGE && row == 777; i++)
		cells[edge_cells[i]] = i == 0 ? 0 : 7;
}

/* Value 0 has every cell 2147483647 − 300 × 254; 254 in every cell after. */
static void
row_w1_to_limit(int row, int *format, int32_t *cells)
{
	*format = 2021;
	fill_all(cells, 175, row == 0 ? (int32_t) (MAX32 - 300 * 254) : 254);
}

/* The same from 3 closer: the 300th value of 254 overflows. */
static void
row_w1_past_limit(int row, int *format, int32_t *cells)
{
	*format = 2021;
	fill_all(cells, 175, row == 0 ? (int32_t) (MAX32 - 300 * 254 + 3) : 254);
}

/* One cell (57: withheld_internal_affairs × commercial) from 2147483647 − 1000, 1 a value; the rest random. */
static void
row_one_cell_to_limit(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(505, row);

	*format = 2021;
	random_cells(&r, APPL, 2021, 254, 10, cells);
	cells[57] = row == 0 ? (int32_t) (MAX32 - 1000) : 1;
}

/* Every cell 65534, the most a 2-byte cell holds, until the sum overflows. */
static void
row_w2_past_limit(int row, int *format, int32_t *cells)
{
	(void) row;
	*format = 2021;
	fill_all(cells, 175, 65534);
}

/* 32,769 values of 65534, then one of 1 in every cell. */
static void
row_w2_to_limit(int row, int *format, int32_t *cells)
{
	*format = 2021;
	fill_all(cells, 175, row < 32769 ? 65534 : 1);
}

/* Table 四: 1- and 2-byte values, blanks, a fifth with a blank block total. */
static void
row_appeals(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(606, row);

	*format = 0;
	random_cells(&r, GD_STORED_APPEALS, 0, row % 3 == 0 ? 65534 : 254, 10, cells);
	if (below(&r, 5) == 0)
		cells[random_derived(&r, GD_STORED_APPEALS, 0)] = NS;
}

/* Table 四, review × other (2) from 2147483647 − 100, 1 a value. */
static void
row_appeals_past_limit(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(607, row);

	*format = 0;
	random_cells(&r, GD_STORED_APPEALS, 0, 254, 10, cells);
	cells[2] = row == 0 ? (int32_t) (MAX32 - 100) : 1;
}

/* 2021 values, one of 2019 at 500 (the total folds), then both formats in turn. */
static void
row_format_change(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(707, row);

	*format = row < 500 || (row > 500 && row % 2 == 0) ? 2021 : 2019;
	random_cells(&r, APPL, *format, row % 6 == 0 ? 65534 : 254, 10, cells);
}

/* A 2019 total from the start; every third value is a 2021 one, folded in. */
static void
row_2019_first(int row, int *format, int32_t *cells)
{
	Rng			r = rng_for(808, row);

	*format = row % 3 == 0 && row > 0 ? 2021 : 2019;
	random_cells(&r, APPL, *format, row % 4 == 0 ? 65534 : 254, 10, cells);
}

/* ---- tests ---- */

/* The derivable totals accum.c masks are the ones transcribed above. */
static void
test_derived_positions(void)
{
	int			pos[MAXC];
	int			n;
	bool		all;

	n = gd_applications_derived_cells(2021, pos);
	CHECK_INT(n, 25 + 7 - 1);
	all = true;
	for (int i = 0; i < n; i++)
		all &= is_derived(APPL, 2021, pos[i]);
	CHECK(all);
	n = gd_applications_derived_cells(2019, pos);
	CHECK_INT(n, 23 + 7 - 1);
	all = true;
	for (int i = 0; i < n; i++)
		all &= is_derived(APPL, 2019, pos[i]);
	CHECK(all);
	n = gd_appeals_derived_cells(pos);
	CHECK_INT(n, 3);
	all = true;
	for (int i = 0; i < n; i++)
		all &= is_derived(GD_STORED_APPEALS, 0, pos[i]);
	CHECK(all);
}

/* Store cells and add them with gd_accum_add; returns what it returned. */
static bool
accum_cells(int32_t *total, GdStoredTable table, int format, const int32_t *cells, int width)
{
	unsigned char buf[GD_STORED_HEADER + 4 * MAXC];
	GdStored	s;

	CHECK(store(table, format, cells, buf, &s));
	CHECK_INT(s.width, width);
	return gd_accum_add(&accum, total, &s);
}

/* The exact way, as sum_state.c falls back on it: add, then flush. */
static bool
exact_cells(int32_t *total, int format, const int32_t *cells, GdError *err)
{
	Harness		h;
	unsigned char buf[GD_STORED_HEADER + 4 * MAXC];
	GdStored	s;
	bool		ok;

	memset(&h, 0, sizeof(h));
	h.table = APPL;
	h.format = format;
	memcpy(h.total, total, sizeof(h.total));
	ok = store(APPL, format, cells, buf, &s) && exact_add(&h, &s, err);
	memcpy(total, h.total, sizeof(h.total));
	gd_accum_flush(&accum, total);
	return ok;
}

/*
 * Three 2021 values by hand, every cell 0 but these: (1) new_received
 * natural_person 3, commercial 4, total 7; (2) natural_person 250 and the
 * total left blank (filled: 250); (3) natural_person 300 (2-byte cells),
 * commercial 1, total 301, research blank.  carried_over × research (9)
 * is blank in all three.  Sum: natural_person 3 + 250 + 300 = 553,
 * commercial 4 + 0 + 1 = 5, total 7 + 250 + 301 = 558, research
 * 0 + 0 + blank = 0, cell 9 blank.
 */
static void
test_by_hand(void)
{
	int32_t		v[3][MAXC] = {{0}};
	int32_t		total[MAXC];
	GdError		err;

	v[0][0] = 3, v[0][1] = 4, v[0][6] = 7;
	v[1][0] = 250, v[1][6] = NS;
	v[2][0] = 300, v[2][1] = 1, v[2][6] = 301, v[2][2] = NS;
	for (int k = 0; k < 3; k++)
		v[k][9] = NS;
	memcpy(total, v[0], sizeof(total));
	gd_accum_init(&accum, APPL, 2021, total);
	CHECK(!accum_cells(total, APPL, 2021, v[1], 1));	/* a blank total: taken back */
	CHECK(exact_cells(total, 2021, v[1], &err));
	CHECK(accum_cells(total, APPL, 2021, v[2], 2));
	gd_accum_flush(&accum, total);
	CHECK_INT(total[0], 553);
	CHECK_INT(total[1], 5);
	CHECK_INT(total[6], 558);
	CHECK_INT(total[2], 0);
	CHECK_INT(total[9], NS);
	CHECK_INT(total[10], 0);
}

/*
 * A 2021 total meets a 2019 value.  2021: other_no_supplement (position
 * 20) natural_person 2, other_unpaid_fee (21) 3, other_misc (22) 4; 2019:
 * other_handling (20) 5.  Sum, in 2019: other_handling natural_person
 * 2 + 3 + 4 + 5 = 14; total_processed (21) and carried_forward (22) are
 * 2021's positions 23 and 24: 1 + 1 = 2 where both values hold 1.
 */
static void
test_fold_by_hand(void)
{
	Harness		h;
	int32_t		v2021[MAXC];
	int32_t		v2019[MAXC];

	fill_all(v2021, 175, 1);
	fill_all(v2019, 161, 1);
	v2021[20 * 7] = 2, v2021[21 * 7] = 3, v2021[22 * 7] = 4;
	v2019[20 * 7] = 5;
	harness_start(&h, APPL, 2021, v2021);
	CHECK(harness_add(&h, 1, 2019, v2019));
	gd_accum_flush(&accum, h.total);
	CHECK_INT(h.format, 2019);
	CHECK_INT(h.total[20 * 7], 14);
	CHECK_INT(h.total[21 * 7 + 3], 2);
	CHECK_INT(h.total[22 * 7 + 6], 2);
	CHECK_INT(h.taken, 0);
	/* the accumulator, started again for 2019, takes the next 2019 value */
	CHECK(harness_add(&h, 2, 2019, v2019));
	CHECK_INT(h.taken, 1);
	gd_accum_flush(&accum, h.total);
	CHECK_INT(h.total[20 * 7], 19);
}

/* What gd_accum_add refuses: 4-byte cells, another format, table 四 (15 cells, under 32 bytes). */
static void
test_refusals(void)
{
	int32_t		total[MAXC] = {0};
	int32_t		v[MAXC] = {0};

	gd_accum_init(&accum, APPL, 2021, total);
	CHECK(accum_cells(total, APPL, 2021, v, 1));
	v[3] = 65535;
	CHECK(!accum_cells(total, APPL, 2021, v, 4));
	v[3] = 65534;
	CHECK(accum_cells(total, APPL, 2021, v, 2));
	v[3] = 0;
	CHECK(!accum_cells(total, APPL, 2019, v, 1));
	gd_accum_flush(&accum, total);
	CHECK_INT(total[3], 65534);
	gd_accum_init(&accum, GD_STORED_APPEALS, 0, total);
	CHECK(!accum_cells(total, GD_STORED_APPEALS, 0, v, 1));
	v[0] = 300;
	CHECK(!accum_cells(total, GD_STORED_APPEALS, 0, v, 2));
}

/*
 * What gd_accum_add_stored takes and what it leaves to the general way,
 * values laid out by hand (doc/storage.md: format int16, version, width,
 * verdict uint32, then the cells; the runs form: the number of runs, each
 * run's first cell and length, the low bytes, the high bytes).  Taken: a
 * 1-byte value with new_received × natural_person and its total 5, a
 * runs-form one with both 10 + 255 × 1 = 265.  Left, each a byte off one
 * of those: a verdict of 0, another format, a length one short or one
 * long, version 1, 2-byte cells, a blank total (added and taken back), a
 * run past the last cell, high bytes one short or one long (each found
 * after the first run's high byte was added, and taken back), table 四's
 * pending sums.  The sums: 270, 270.
 */
static void
test_stored_path(void)
{
	enum
	{
		HDR = 8, N = 175, RUNS_LEN = HDR + 1 + 4 + N + 2
	};
	unsigned char v[HDR + N + 1];
	unsigned char w[HDR + N + 1];
	unsigned char r[RUNS_LEN + 1];
	unsigned char q[RUNS_LEN + 1];
	int32_t		total[MAXC] = {0};
	int16_t		f = 2021;
	int16_t		f19 = 2019;
	uint32_t	verdict = 3;

	memset(v, 0, sizeof(v));
	memcpy(v, &f, 2);
	v[2] = 2, v[3] = 1;
	memcpy(v + 4, &verdict, 4);
	v[HDR + 0] = 5, v[HDR + 6] = 5;
	memset(r, 0, sizeof(r));
	memcpy(r, &f, 2);
	r[2] = 3, r[3] = 3;
	memcpy(r + 4, &verdict, 4);
	r[HDR] = 2;					/* two runs: cell 0, cell 6, one cell each */
	r[HDR + 1] = 0, r[HDR + 2] = 1, r[HDR + 3] = 6, r[HDR + 4] = 1;
	r[HDR + 5 + 0] = 10, r[HDR + 5 + 6] = 10;
	r[HDR + 5 + N] = 1, r[HDR + 5 + N + 1] = 1;

	gd_accum_init(&accum, APPL, 2021, total);
	CHECK(gd_accum_add_stored(&accum, v, HDR + N));
	CHECK(gd_accum_add_stored(&accum, r, RUNS_LEN));
	memcpy(w, v, sizeof(w));
	memset(w + 4, 0, 4);
	CHECK(!gd_accum_add_stored(&accum, w, HDR + N));
	memcpy(w, v, sizeof(w));
	memcpy(w, &f19, 2);
	CHECK(!gd_accum_add_stored(&accum, w, HDR + 161));
	CHECK(!gd_accum_add_stored(&accum, v, HDR + N - 1));
	CHECK(!gd_accum_add_stored(&accum, v, HDR + N + 1));
	memcpy(w, v, sizeof(w));
	w[2] = 1;
	CHECK(!gd_accum_add_stored(&accum, w, HDR + N));
	memcpy(w, v, sizeof(w));
	w[3] = 2;
	CHECK(!gd_accum_add_stored(&accum, w, HDR + N));
	memcpy(w, v, sizeof(w));
	w[HDR + 6] = 0xFF;
	CHECK(!gd_accum_add_stored(&accum, w, HDR + N));
	memcpy(q, r, sizeof(q));
	q[HDR + 3] = 175;			/* the second run starts past the last cell */
	CHECK(!gd_accum_add_stored(&accum, q, RUNS_LEN));
	/* the first run's high byte was added before the second was read: taken back (the sums below) */
	CHECK(!gd_accum_add_stored(&accum, r, RUNS_LEN - 1));	/* the second run's high byte cut off */
	CHECK(!gd_accum_add_stored(&accum, r, RUNS_LEN + 1));	/* a byte no run has */
	memcpy(q, r, sizeof(q));
	q[2] = 2;					/* the runs form's bytes read as version 2 */
	CHECK(!gd_accum_add_stored(&accum, q, RUNS_LEN));
	gd_accum_flush(&accum, total);
	CHECK_INT(total[0], 270);
	CHECK_INT(total[6], 270);
	CHECK_INT(total[1], 0);
	gd_accum_init(&accum, GD_STORED_APPEALS, 0, total);
	CHECK(!gd_accum_add_stored(&accum, v, HDR + N));
}

/*
 * The headroom rule at its edges: a total cell 254 below the limit takes
 * one more 1-byte value (reaching 2147483647 exactly) and then no value
 * at all; 1000 below it refuses 2-byte values (up to 65534 a cell) but
 * keeps taking 1-byte ones; 65534 below it takes one 2-byte value.
 */
static void
test_headroom_edges(void)
{
	int32_t		total[MAXC] = {0};
	int32_t		v[MAXC] = {0};
	GdError		err;

	total[0] = (int32_t) (MAX32 - 254);
	gd_accum_init(&accum, APPL, 2021, total);
	v[0] = 254;
	CHECK(accum_cells(total, APPL, 2021, v, 1));
	v[0] = 0;
	CHECK(!accum_cells(total, APPL, 2021, v, 1));	/* no headroom left: flushed */
	CHECK_INT(total[0], MAX32);
	CHECK(exact_cells(total, 2021, v, &err));
	v[0] = 1;
	CHECK(!accum_cells(total, APPL, 2021, v, 1));
	CHECK(!exact_cells(total, 2021, v, &err));	/* 2147483647 + 1 */
	CHECK_INT(err.code, GD_E_RANGE);

	memset(total, 0, sizeof(total));
	memset(v, 0, sizeof(v));
	total[0] = (int32_t) (MAX32 - 1000);
	gd_accum_init(&accum, APPL, 2021, total);
	v[5] = 300;
	CHECK(!accum_cells(total, APPL, 2021, v, 2));
	CHECK(exact_cells(total, 2021, v, &err));
	v[5] = 254;
	for (int k = 0; k < 10; k++)
		CHECK(accum_cells(total, APPL, 2021, v, 1));
	gd_accum_flush(&accum, total);
	CHECK_INT(total[5], 300 + 10 * 254);
	CHECK_INT(total[0], MAX32 - 1000);

	memset(total, 0, sizeof(total));
	memset(v, 0, sizeof(v));
	total[0] = (int32_t) (MAX32 - 65534);
	gd_accum_init(&accum, APPL, 2021, total);
	v[0] = 65534;
	CHECK(accum_cells(total, APPL, 2021, v, 2));
	gd_accum_flush(&accum, total);
	CHECK_INT(total[0], MAX32);
}

/* Long sequences of ordinary values: exact, and the pending sums took every value they could. */
static void
test_long_sequences(void)
{
	static const Seq w1 = {"1-byte 2021", APPL, 2000, row_w1_2021};
	static const Seq m21 = {"mixed widths 2021", APPL, 3000, row_mixed_2021};
	static const Seq m19 = {"mixed widths 2019", APPL, 2500, row_mixed_2019};
	static const Seq all254 = {"all 254", APPL, 1000, row_all_254};
	static const Seq high = {"high bytes 2021", APPL, 2000, row_high};
	static Outcome o;

	run_all_ways(&w1, &o);
	CHECK_INT(o.taken, 1999);	/* every value but the first: 7 flushes of 258 rows */
	CHECK_INT(o.expected_taken, 1999);
	run_all_ways(&m21, &o);
	CHECK_INT(o.taken, o.expected_taken);
	CHECK(o.widths[1] > 1000 && o.widths[2] > 300 && o.widths[4] > 100);
	run_all_ways(&m19, &o);
	CHECK_INT(o.taken, o.expected_taken);
	CHECK(o.widths[1] > 1000 && o.widths[2] > 300 && o.widths[4] > 100);
	/* 1000 × 254 = 254000 in every cell: 16-bit lanes wrap past 258 rows */
	run_all_ways(&all254, &o);
	CHECK_INT(o.taken, 999);
	CHECK_INT(o.cells[0], 254000);
	CHECK_INT(o.cells[174], 254000);
	CHECK_INT(o.cells[150], 254000);
	run_all_ways(&high, &o);
	CHECK_INT(o.taken, o.expected_taken);
}

/* Blank derivable totals (taken back, filled, added exactly); cells blank everywhere or nearly. */
static void
test_blanks(void)
{
	static const Seq derived = {"blank totals", APPL, 1200, row_derived_blank};
	static const Seq always = {"always blank", APPL, 1500, row_always_blank};
	static const Seq but_one = {"blank but once", APPL, 1500, row_blank_but_one};
	static Outcome o;

	run_all_ways(&derived, &o);
	CHECK_INT(o.taken, o.expected_taken);
	CHECK(o.taken > 600 && o.taken < 800);	/* about 1200 × 2/3 × 10/11 × 6/7 */
	run_all_ways(&always, &o);
	CHECK_INT(o.taken, o.expected_taken);
	CHECK_INT(o.taken, 1499);
	for (int i = 0; i < NEDGE; i++)
		CHECK_INT(o.cells[edge_cells[i]], NS);
	run_all_ways(&but_one, &o);
	CHECK_INT(o.taken, 1499);
	CHECK_INT(o.cells[edge_cells[0]], 0);
	for (int i = 1; i < NEDGE; i++)
		CHECK_INT(o.cells[edge_cells[i]], 7);
	CHECK_INT(o.cells[100], 200);
}

/* Sums up to 2147483647 exactly, and one past it reported on the right value. */
static void
test_limits(void)
{
	static const Seq w1_to = {"1-byte to the limit", APPL, 301, row_w1_to_limit};
	static const Seq w1_past = {"1-byte past the limit", APPL, 400, row_w1_past_limit};
	static const Seq one = {"one cell past the limit", APPL, 3000, row_one_cell_to_limit};
	static const Seq w2_to = {"2-byte to the limit", APPL, 32770, row_w2_to_limit};
	static const Seq w2_past = {"2-byte past the limit", APPL, 32771, row_w2_past_limit};
	static Outcome o;

	/* 2147483647 − 76200 + 300 × 254 = 2147483647, each of the 300 within the headroom */
	run_all_ways(&w1_to, &o);
	CHECK_INT(o.overflow_row, -1);
	CHECK_INT(o.taken, 300);
	CHECK_INT(o.cells[0], MAX32);
	CHECK_INT(o.cells[174], MAX32);
	/* 299 × 254 = 75946 ≤ 76197 < 300 × 254 = 76200: value 300 overflows */
	run_all_ways(&w1_past, &o);
	CHECK_INT(o.overflow_row, 300);
	/*
	 * 2147483647 − 1000 + k > 2147483647 first for k = 1001.  Value k is
	 * taken while the headroom measured before it, 1000 − (k − 1), is at
	 * least 254: k ≤ 747.
	 */
	run_all_ways(&one, &o);
	CHECK_INT(o.overflow_row, 1001);
	CHECK_INT(o.taken, 747);
	/*
	 * 32769 × 65534 = 2147483646, + 1 = 2147483647.  Value k (after the
	 * first) is taken while 2147483647 − k × 65534 ≥ 65534: k ≤ 32768;
	 * the last one, 1s with only 1 of headroom left, is added exactly.
	 */
	run_all_ways(&w2_to, &o);
	CHECK_INT(o.overflow_row, -1);
	CHECK_INT(o.cells[0], MAX32);
	CHECK_INT(o.cells[159], MAX32);
	CHECK_INT(o.taken, 32768);
	/* 32770 × 65534 = 2147549180 > 2147483647: value 32769 (counting from 0) overflows */
	run_all_ways(&w2_past, &o);
	CHECK_INT(o.overflow_row, 32769);
}

/* Table 四: never taken (15 cells), still exact, overflow still caught. */
static void
test_appeals(void)
{
	static const Seq ap = {"table 四", GD_STORED_APPEALS, 800, row_appeals};
	static const Seq past = {"table 四 past the limit", GD_STORED_APPEALS, 300, row_appeals_past_limit};
	static Outcome o;

	run_all_ways(&ap, &o);
	CHECK_INT(o.taken, 0);
	CHECK(o.widths[1] > 300 && o.widths[2] > 200);
	/* 2147483647 − 100 + k > 2147483647 first for k = 101 */
	run_all_ways(&past, &o);
	CHECK_INT(o.overflow_row, 101);
	CHECK_INT(o.taken, 0);
}

/* A total changing format: the accumulator starts again for 2019. */
static void
test_formats(void)
{
	static const Seq change = {"2021 then 2019", APPL, 1200, row_format_change};
	static const Seq first = {"2019 first", APPL, 900, row_2019_first};
	static Outcome o;

	run_all_ways(&change, &o);
	CHECK_INT(o.format, 2019);
	CHECK_INT(o.taken, o.expected_taken);
	CHECK(o.taken > 700);		/* 499 before the change, about 350 of the 2019 values after */
	run_all_ways(&first, &o);
	CHECK_INT(o.format, 2019);
	CHECK_INT(o.taken, o.expected_taken);
	CHECK(o.taken > 550);
}

int
main(void)
{
	const char *best = "no vector loops here: the portable loop runs every way";

#ifdef GD_HAVE_AVX2_KERNELS
	if (gd_have_avx512bw())
		best = "the AVX-512BW and AVX2 loops are compared with the portable one";
	else if (gd_have_avx2())
		best = "the AVX2 loop is compared with the portable one";
#endif
	printf("%s\n", best);
	CHECK(gd_kernels(GD_KERNELS_PORTABLE) == GD_KERNELS_AVX512);
	CHECK(gd_kernels(GD_KERNELS_AVX512) == GD_KERNELS_PORTABLE);
	test_derived_positions();
	test_by_hand();
	test_fold_by_hand();
	test_refusals();
	test_stored_path();
	test_headroom_edges();
	test_long_sequences();
	test_blanks();
	test_limits();
	test_appeals();
	test_formats();
	/* the stored-bytes path took values, blocks-form ones among them */
	printf("gd_accum_add_stored took %d values, %d of them in the blocks form\n", stored_taken, stored_blocks_taken);
	CHECK(stored_taken > 0);
	CHECK(stored_blocks_taken > 0);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
