/*
 * accum.c — pending sums for sum() (accum.h): 32-byte windows over a
 * stored value's 1- or 2-byte cells, added into lanes twice as wide.
 *
 * Window k of a width class covers bytes start[k] … start[k] + 31 of the
 * cells: whole windows, then, when the cells do not fill the last one, a
 * window ending at the last byte, whose bytes shared with the window
 * before are forced to all ones (blank) so nothing is added twice.  Byte
 * (or 16-bit) lane j of a window is cell start[k]/width + j; the even and
 * odd lanes of that cell list are summed into separate vectors of twice
 * the width (lane i of `even` is cell 2i of the window, of `odd` cell
 * 2i + 1), which needs no shuffle: a mask and a shift.
 */
#include "core/accum.h"

#include <string.h>

#include "core/check.h"
#include "core/report.h"
#include "core/simd.h"


/* All pending sums back to nothing: sums 0, every cell blank. */
static void
clear_part(GdAccumPart *p)
{
	size_t		n = sizeof(GdAccumLanes) * (size_t) p->nwindows;

	memset(p->even, 0, n);
	memset(p->odd, 0, n);
	memset(p->blank, 0xFF, n);
	if (p->even32 != NULL)
	{
		memset(p->even32, 0, 2 * n);
		memset(p->odd32, 0, 2 * n);
	}
	p->rows = 0;
	p->widened = false;
}

/* Width 1: the 16-bit sums added into the 32-bit lanes and started again (every 258 rows). */
static void
widen_part(GdAccumPart *p)
{
	for (int k = 0; k < p->nwindows; k++)
		for (int i = 0; i < 16; i++)
		{
			p->even32[k][i / 8].w[i % 8] += p->even[k].h[i];
			p->odd32[k][i / 8].w[i % 8] += p->odd[k].h[i];
		}
	memset(p->even, 0, sizeof(GdAccumLanes) * (size_t) p->nwindows);
	memset(p->odd, 0, sizeof(GdAccumLanes) * (size_t) p->nwindows);
	p->rows = 0;
	p->widened = true;
}

/* Windows, forced bytes and derived masks of one width class (w bytes a cell). */
static void
init_part(GdAccumPart *p, int w, int ncells, const int *derived, int nderived, GdAccumLanes *lanes)
{
	int			bytes = ncells * w;
	int			most = GD_ACCUM_STRIDE(w == 1 ? GD_ACCUM_WINDOWS1 : GD_ACCUM_WINDOWS2);

	memset(p, 0, sizeof(*p));
	p->max_rows = (int) (((w == 1 ? 0xFFFFu : 0xFFFFFFFFu)) / GD_ACCUM_ROW_MAX(w));
	/* the lanes of the most windows a format of the layout can have (a group may change format) */
	memset(lanes, 0, sizeof(GdAccumLanes) * (size_t) (w == 1 ? GD_ACCUM_LANES1 : GD_ACCUM_LANES2));
	p->force = lanes;
	p->derived = lanes + most;
	p->blank = lanes + 2 * most;
	p->even = lanes + 3 * most;
	p->odd = lanes + 4 * most;
	if (w == 1)
	{
		p->even32 = (GdAccumLanes (*)[2]) (lanes + 5 * most);
		p->odd32 = (GdAccumLanes (*)[2]) (lanes + 7 * most);
	}
	if (bytes < 32)
		return;					/* too small to be worth it (table 四): never taken */
	for (int k = 0; k + 32 <= bytes; k += 32)
		p->start[p->nwindows++] = k;
	p->nwhole = p->nwindows;
	if (bytes % 32 != 0)
	{
		int			k = p->nwindows++;

		p->start[k] = bytes - 32;
		memset(p->force[k].b, 0xFF, 32 - bytes % 32);
	}
	for (int k = 0; k < p->nwindows; k++)
		for (int d = 0; d < nderived; d++)
		{
			int			at = derived[d] * w - p->start[k];	/* byte of the cell in window k */

			if (at >= 0 && at < 32 && !p->force[k].b[at])
				memset(&p->derived[k].b[at], 0xFF, (size_t) w);
		}
	clear_part(p);
}

/*
 * One run's high bytes into their cells' sums, a byte at a time, times
 * sign (1, or all ones to take them back): a blank's count for nothing.
 */
static inline void
run_bytes_times(uint32_t *sums, const unsigned char *low, const unsigned char *high, int first, int len,
				uint32_t sign)
{
	for (int k = 0; k < len; k++)
		sums[first + k] += sign * (high[k] & -(uint32_t) (low[first + k] != 0xFF));
}

static inline void
add_run_bytes(uint32_t *sums, const unsigned char *low, const unsigned char *high, int first, int len)
{
	run_bytes_times(sums, low, high, first, len, 1);
}

/*
 * The high bytes of a value's first nruns runs taken back out of sums (its
 * later runs were wrong): rare, so kept out of the row loop's copies.  It
 * takes the value's pointers, not the value: its address would keep the
 * row loop's GdStored in memory (each field stored every row) and give
 * that loop a stack canary under PostgreSQL's -fstack-protector-strong.
 */
__attribute__((noinline, cold)) static void
take_back_high(uint32_t *sums, const unsigned char *cells, const unsigned char *runs, const unsigned char *high,
			   int nruns)
{
	for (int r = 0; r < nruns; r++)
	{
		run_bytes_times(sums, cells, high, runs[2 * r], runs[2 * r + 1], ~(uint32_t) 0);
		high += runs[2 * r + 1];
	}
}

/*
 * GdAccum.high has a sum for every cell of every block, past the last cell
 * too: a block's bytes there are added like the others (its low bytes
 * there are high bytes of the value, read as any other byte of it), and
 * those sums are never folded in (gd_accum_flush folds ncells of them), so
 * they read as nothing, and the row loop needs no mask for the last block.
 */
_Static_assert(sizeof(((GdAccum *) 0)->high) / sizeof(uint32_t) >=
			   (GD_APPLICATIONS_NCELLS_MAX + GD_STORED_BLOCK - 1) / GD_STORED_BLOCK * GD_STORED_BLOCK,
			   "a block's sums past the last cell");

/*
 * A version 4 value's blocks of high bytes into their cells' sums, a byte
 * at a time: a blank's count for nothing.  Its blocks were checked when it
 * was opened (gd_stored_open_blocks); the last block's bytes past the last
 * cell go to sums that are never read (above).
 */
static inline void
add_blocks_bytes(uint32_t *sums, const GdStored *s)
{
	const unsigned char *high = s->high;

	for (uint32_t m = s->blocks; m != 0; m &= m - 1, high += GD_STORED_BLOCK)
	{
		int			first = GD_STORED_BLOCK * __builtin_ctz(m);

		for (int k = 0; k < GD_STORED_BLOCK; k++)
			sums[first + k] += high[k] & -(uint32_t) (s->cells[first + k] != 0xFF);
	}
}

/*
 * A GdAccumAddHigh: a version 4 value's blocks through add_blocks; a
 * version 3 value's runs each checked and its high bytes added through
 * add_run, in one pass over the runs.
 */
#define HIGH_LOOP(name, attributes, add_run, add_blocks) \
attributes static bool \
name(uint32_t *sums, const GdStored *s) \
{ \
	const unsigned char *high = s->high; \
	int			end = 0; \
	int			taken = 0; \
	\
	if (s->blocks != 0) \
	{ \
		add_blocks(sums, s); \
		return true; \
	} \
	for (int r = 0; r < s->nruns; r++) \
	{ \
		if (gd_stored_run_next(s, r, &end, &taken) != NULL) \
		{ \
			take_back_high(sums, s->cells, s->runs, s->high, r); \
			return false; \
		} \
		add_run(sums, s->cells, high, s->runs[2 * r], s->runs[2 * r + 1]); \
		high += s->runs[2 * r + 1]; \
	} \
	if (gd_stored_runs_done(s, taken) != NULL) \
	{ \
		take_back_high(sums, s->cells, s->runs, s->high, s->nruns); \
		return false; \
	} \
	return true; \
}

HIGH_LOOP(add_high_portable, , add_run_bytes, add_blocks_bytes)

static void choose_loops(GdAccum *a);

/* Measure the total again: its headroom, and whether a cell is still blank (then choose the loops). */
static void
measure(GdAccum *a, const int32_t *cells)
{
	int32_t		m = 0;
	bool		blank = false;

	for (int i = 0; i < a->ncells; i++)
	{
		m = cells[i] > m ? cells[i] : m;
		blank |= cells[i] < 0;
	}
	a->headroom = GD_COUNT_MAX - (int64_t) m;
	if (blank != a->track_blank)
	{
		a->track_blank = blank;
		choose_loops(a);
	}
}

void
gd_accum_init(GdAccum *a, GdStoredTable table, int format, const int32_t *cells)
{
	int			derived[GD_APPLICATIONS_NCELLS_MAX];
	int			nderived;

	a->table = table;
	a->format = format;
	a->ncells = table == GD_STORED_APPEALS ? GD_APPEALS_NCELLS : gd_applications_ncells(format);
	nderived = table == GD_STORED_APPEALS ? gd_appeals_derived_cells(derived)
		: gd_applications_derived_cells(format, derived);
	init_part(&a->part[0], 1, a->ncells, derived, nderived, a->lanes);
	init_part(&a->part[1], 2, a->ncells, derived, nderived, a->lanes + GD_ACCUM_LANES1);
	a->track_blank = true;
	choose_loops(a);
	a->high_pending = false;
	memset(a->high, 0, sizeof(a->high));
	measure(a, cells);
}

/* The pending sum of cell `lane` of window k (with its 32-bit part for width 1). */
static int64_t
lane_sum(const GdAccumPart *p, int w, int k, int lane)
{
	int			i = lane / 2;

	if (w == 2)
		return lane % 2 ? p->odd[k].w[i] : p->even[k].w[i];
	return lane % 2 ? (int64_t) p->odd[k].h[i] + p->odd32[k][i / 8].w[i % 8]
		: (int64_t) p->even[k].h[i] + p->even32[k][i / 8].w[i % 8];
}

static bool
lane_blank(const GdAccumPart *p, int w, int k, int lane)
{
	return w == 1 ? p->blank[k].b[lane] != 0 : p->blank[k].h[lane] != 0;
}

/*
 * Fold one width class's pending sums into the total: straight into cells
 * once every cell is stated, else through add[] and stated[], which a
 * cell's windows (and both width classes) fill before it is decided.
 */
static void
collect_part(const GdAccumPart *p, int w, bool track_blank, int32_t *cells, int64_t *add, bool *stated)
{
	for (int k = 0; k < p->nwindows; k++)
	{
		int			first = p->start[k] / w;	/* cell of lane 0 */

		for (int lane = 0; lane < 32 / w; lane++)
		{
			if (!track_blank)
				cells[first + lane] += (int32_t) lane_sum(p, w, k, lane);
			else
			{
				add[first + lane] += lane_sum(p, w, k, lane);
				stated[first + lane] |= !lane_blank(p, w, k, lane);
			}
		}
	}
}

void
gd_accum_flush(GdAccum *a, int32_t *cells)
{
	int64_t		add[GD_APPLICATIONS_NCELLS_MAX];
	bool		stated[GD_APPLICATIONS_NCELLS_MAX];

	if (a->part[0].rows > 0 || a->part[0].widened || a->part[1].rows > 0)
	{
		if (a->track_blank)
		{
			memset(add, 0, sizeof(add));
			memset(stated, 0, sizeof(stated));
		}
		/* within the headroom: every sum stays ≤ 2147483647; untracked, every cell is stated */
		for (int w = 1; w <= 2; w++)
		{
			collect_part(&a->part[w - 1], w, a->track_blank, cells, add, stated);
			clear_part(&a->part[w - 1]);
		}
		if (a->track_blank)
			for (int i = 0; i < a->ncells; i++)
				if (stated[i])
					cells[i] = (int32_t) ((cells[i] < 0 ? 0 : cells[i]) + add[i]);
		/* the high bytes of width-3 values (versions 3, 4): each counted beside a stated low byte, so its cell is stated by now */
		if (a->high_pending)
		{
			for (int i = 0; i < a->ncells; i++)
				cells[i] += (int32_t) (255 * (int64_t) a->high[i]);
			memset(a->high, 0, sizeof(a->high));
			a->high_pending = false;
		}
	}
	measure(a, cells);
}

/*
 * One window of a value, the portable way: sign +1 adds it, -1 takes it
 * back (a value found to have a blank derived total after it was added).
 * Returns whether a derived cell is blank.
 */
static bool
window_portable(GdAccumPart *p, int w, int k, const unsigned char *src, int sign)
{
	bool		derived_blank = false;

	for (int j = 0; j < 32 / w; j++)
	{
		uint32_t	v;
		bool		b;
		int			i = j / 2;

		if (w == 1)
		{
			v = src[j] | p->force[k].b[j];
			b = v == 0xFF;
			derived_blank |= b && p->derived[k].b[j];
			if (sign > 0 && !b)
				p->blank[k].b[j] = 0;
			if (!b)
				*(j % 2 ? &p->odd[k].h[i] : &p->even[k].h[i]) += (uint16_t) (sign * (int) v);
		}
		else
		{
			uint16_t	h;

			memcpy(&h, src + 2 * j, 2);
			v = h | p->force[k].h[j];
			b = v == 0xFFFF;
			derived_blank |= b && p->derived[k].h[j];
			if (sign > 0 && !b)
				p->blank[k].h[j] = 0;
			if (!b)
				*(j % 2 ? &p->odd[k].w[i] : &p->even[k].w[i]) += (uint32_t) (sign * (int64_t) v);
		}
	}
	return derived_blank;
}

static bool
add_portable_w1(GdAccumPart *p, const unsigned char *cells)
{
	bool		derived_blank = false;

	for (int k = 0; k < p->nwindows; k++)
		derived_blank |= window_portable(p, 1, k, cells + p->start[k], 1);
	return derived_blank;
}

static bool
sub_portable_w1(GdAccumPart *p, const unsigned char *cells)
{
	for (int k = 0; k < p->nwindows; k++)
		window_portable(p, 1, k, cells + p->start[k], -1);
	return true;
}

static bool
add_portable_w2(GdAccumPart *p, const unsigned char *cells)
{
	bool		derived_blank = false;

	for (int k = 0; k < p->nwindows; k++)
		derived_blank |= window_portable(p, 2, k, cells + p->start[k], 1);
	return derived_blank;
}

static bool
sub_portable_w2(GdAccumPart *p, const unsigned char *cells)
{
	for (int k = 0; k < p->nwindows; k++)
		window_portable(p, 2, k, cells + p->start[k], -1);
	return true;
}

#ifdef GD_HAVE_AVX2_KERNELS
/*
 * The same, a window a vector: b = the blank lanes, z = the value with its
 * blanks zeroed, added into even (z masked to the low half of each wide
 * lane) and odd (z shifted down by one cell); returns b on the derived
 * cells.  Inlined with constant w, track and adding: a straight line of
 * vector operations.
 */
AVX2_FN static inline __attribute__((always_inline)) __m256i
window256(GdAccumPart *p, int k, const unsigned char *cells, int w, bool track, bool adding)
{
	const __m256i ones = _mm256_set1_epi8(-1);
	__m256i		v = _mm256_or_si256(_mm256_loadu_si256((const __m256i *) (cells + p->start[k])),
									_mm256_load_si256((const __m256i *) p->force[k].b));
	__m256i		b = w == 1 ? _mm256_cmpeq_epi8(v, ones) : _mm256_cmpeq_epi16(v, ones);
	__m256i		z = _mm256_andnot_si256(b, v);
	__m256i		lo = w == 1 ? _mm256_and_si256(z, _mm256_set1_epi16(0xFF)) : _mm256_and_si256(z, _mm256_set1_epi32(0xFFFF));
	__m256i		hi = w == 1 ? _mm256_srli_epi16(z, 8) : _mm256_srli_epi32(z, 16);
	__m256i	   *even = (__m256i *) p->even[k].b;
	__m256i	   *odd = (__m256i *) p->odd[k].b;
	__m256i	   *blank = (__m256i *) p->blank[k].b;

	if (track)
		_mm256_store_si256(blank, _mm256_and_si256(b, _mm256_load_si256(blank)));
	if (w == 1)
	{
		_mm256_store_si256(even, adding ? _mm256_add_epi16(_mm256_load_si256(even), lo) : _mm256_sub_epi16(_mm256_load_si256(even), lo));
		_mm256_store_si256(odd, adding ? _mm256_add_epi16(_mm256_load_si256(odd), hi) : _mm256_sub_epi16(_mm256_load_si256(odd), hi));
	}
	else
	{
		_mm256_store_si256(even, adding ? _mm256_add_epi32(_mm256_load_si256(even), lo) : _mm256_sub_epi32(_mm256_load_si256(even), lo));
		_mm256_store_si256(odd, adding ? _mm256_add_epi32(_mm256_load_si256(odd), hi) : _mm256_sub_epi32(_mm256_load_si256(odd), hi));
	}
	return _mm256_and_si256(b, _mm256_load_si256((const __m256i *) p->derived[k].b));
}

#define WINDOWS_AVX2(name, w, track, adding) \
AVX2_FN static bool \
name(GdAccumPart *p, const unsigned char *cells) \
{ \
	__m256i		derived = _mm256_setzero_si256(); \
	\
	for (int k = 0; k < p->nwindows; k++) \
		derived = _mm256_or_si256(derived, window256(p, k, cells, w, track, adding)); \
	return !_mm256_testz_si256(derived, derived); \
}

WINDOWS_AVX2(add_avx2_w1, 1, true, true)
WINDOWS_AVX2(add_stated_avx2_w1, 1, false, true)
WINDOWS_AVX2(sub_avx2_w1, 1, false, false)
WINDOWS_AVX2(add_avx2_w2, 2, true, true)
WINDOWS_AVX2(add_stated_avx2_w2, 2, false, true)
WINDOWS_AVX2(sub_avx2_w2, 2, false, false)

/*
 * AVX-512BW: two whole windows (64 contiguous bytes, nothing forced) a
 * vector, the blanks as a mask; the lanes land in the same two 32-byte
 * windows of even and odd as the AVX2 loop's.  The remaining window and
 * the last, overlapping one go through window256.
 */
AVX512_FN static inline __attribute__((always_inline)) bool
pairs512(GdAccumPart *p, const unsigned char *cells, int w, bool track)
{
	const __m512i ones = _mm512_set1_epi8(-1);
	const __m512i low = w == 1 ? _mm512_set1_epi16(0xFF) : _mm512_set1_epi32(0xFFFF);
	uint64_t	derived = 0;
	__m256i		derived256 = _mm256_setzero_si256();
	int			k;

	for (k = 0; k + 1 < p->nwhole; k += 2)
	{
		__m512i		v = _mm512_loadu_si512((const void *) (cells + p->start[k]));
		__m512i		dmask = _mm512_loadu_si512((const void *) p->derived[k].b);
		__m512i		z;
		__m512i	   *even = (__m512i *) p->even[k].b;
		__m512i	   *odd = (__m512i *) p->odd[k].b;

		if (w == 1)
		{
			__mmask64	b = _mm512_cmpeq_epi8_mask(v, ones);

			z = _mm512_maskz_mov_epi8(~b, v);
			derived |= b & _mm512_test_epi8_mask(dmask, dmask);
			if (track)
				_mm512_storeu_si512((void *) p->blank[k].b, _mm512_maskz_mov_epi8(b, _mm512_loadu_si512((const void *) p->blank[k].b)));
			_mm512_storeu_si512((void *) even, _mm512_add_epi16(_mm512_loadu_si512((const void *) even), _mm512_and_si512(z, low)));
			_mm512_storeu_si512((void *) odd, _mm512_add_epi16(_mm512_loadu_si512((const void *) odd), _mm512_srli_epi16(z, 8)));
		}
		else
		{
			__mmask32	b = _mm512_cmpeq_epi16_mask(v, ones);

			z = _mm512_maskz_mov_epi16(~b, v);
			derived |= b & _mm512_test_epi16_mask(dmask, dmask);
			if (track)
				_mm512_storeu_si512((void *) p->blank[k].b, _mm512_maskz_mov_epi16(b, _mm512_loadu_si512((const void *) p->blank[k].b)));
			_mm512_storeu_si512((void *) even, _mm512_add_epi32(_mm512_loadu_si512((const void *) even), _mm512_and_si512(z, low)));
			_mm512_storeu_si512((void *) odd, _mm512_add_epi32(_mm512_loadu_si512((const void *) odd), _mm512_srli_epi32(z, 16)));
		}
	}
	for (; k < p->nwindows; k++)
		derived256 = _mm256_or_si256(derived256, window256(p, k, cells, w, track, true));
	return derived != 0 || !_mm256_testz_si256(derived256, derived256);
}

/*
 * add_run_bytes as vectors, for a run of three cells or more (shorter ones
 * cost less a byte at a time): the run's high bytes and its low bytes read
 * under a mask of its length (nothing past the value is read), the high
 * bytes of stated cells widened to 32 bits and added to 16 sums from the
 * run's first cell — lanes past the run add 0 (GdAccum.high has room for
 * them); 16 cells a step.
 */
AVX512_FN static inline __attribute__((always_inline)) void
add_run_avx512(uint32_t *sums, const unsigned char *low, const unsigned char *high, int first, int len)
{
	const __m512i ones = _mm512_set1_epi8(-1);

	if (len <= 2)
	{
		add_run_bytes(sums, low, high, first, len);
		return;
	}
	for (int k = 0; k < len; k += GD_ACCUM_HIGH_STEP)
	{
		int			n = len - k < GD_ACCUM_HIGH_STEP ? len - k : GD_ACCUM_HIGH_STEP;
		__mmask64	in_run = ((uint64_t) 1 << n) - 1;
		__m512i		h = _mm512_maskz_loadu_epi8(in_run, high + k);
		__m512i		l = _mm512_maskz_loadu_epi8(in_run, low + first + k);
		__mmask16	stated = (__mmask16) _mm512_mask_cmpneq_epi8_mask(in_run, l, ones);
		uint32_t   *at = sums + first + k;

		_mm512_storeu_si512((void *) at, _mm512_add_epi32(_mm512_loadu_si512((const void *) at),
														  _mm512_maskz_cvtepu8_epi32(stated, _mm512_castsi512_si128(h))));
	}
}

/*
 * add_blocks_bytes as vectors: each block's 8 high bytes, widened to 32
 * bits where its low bytes are stated, added to the block's 8 sums — at
 * the same place in every value, 32-byte aligned (GdAccum.high is 64-byte
 * aligned).
 */
AVX512_FN static inline __attribute__((always_inline)) void
add_blocks_avx512(uint32_t *sums, const GdStored *s)
{
	const __m512i ones = _mm512_set1_epi8(-1);
	const unsigned char *high = s->high;

	for (uint32_t m = s->blocks; m != 0; m &= m - 1, high += GD_STORED_BLOCK)
	{
		int			first = GD_STORED_BLOCK * __builtin_ctz(m);
		__m128i		l = _mm_loadl_epi64((const __m128i *) (s->cells + first));
		__mmask16	stated = (__mmask16) _mm512_mask_cmpneq_epi8_mask(0xFF, _mm512_castsi128_si512(l), ones);
		__m128i		h = _mm_loadl_epi64((const __m128i *) high);
		__m256i    *at = (__m256i *) (sums + first);

		_mm256_store_si256(at, _mm256_add_epi32(_mm256_load_si256(at),
												_mm512_castsi512_si256(_mm512_maskz_cvtepu8_epi32(stated, h))));
	}
}

HIGH_LOOP(add_high_avx512, AVX512_FN, add_run_avx512, add_blocks_avx512)

#define PAIRS_AVX512(name, w, track) \
AVX512_FN static bool \
name(GdAccumPart *p, const unsigned char *cells) \
{ \
	return pairs512(p, cells, w, track); \
}

PAIRS_AVX512(add_avx512_w1, 1, true)
PAIRS_AVX512(add_stated_avx512_w1, 1, false)
PAIRS_AVX512(add_avx512_w2, 2, true)
PAIRS_AVX512(add_stated_avx512_w2, 2, false)
#endif

/*
 * gd_accum_add_stored_with built once for each set of loops below, with
 * those loops inlined into it (flatten): a row of a scan is then one
 * call, not one for the value and one for each loop.
 */
#define ADD_STORED(name, attributes, add1, add2, add_high) \
attributes __attribute__((flatten)) static bool \
name(GdAccum *a, const unsigned char *data, size_t len) \
{ \
	return gd_accum_add_stored_with(a, data, len, add1, add2, add_high); \
}

ADD_STORED(add_stored_portable, , add_portable_w1, add_portable_w2, add_high_portable)
#ifdef GD_HAVE_AVX2_KERNELS
ADD_STORED(add_stored_avx2, AVX2_FN, add_avx2_w1, add_avx2_w2, add_high_portable)
ADD_STORED(add_stored_stated_avx2, AVX2_FN, add_stated_avx2_w1, add_stated_avx2_w2, add_high_portable)
ADD_STORED(add_stored_avx512, AVX512_FN, add_avx512_w1, add_avx512_w2, add_high_avx512)
ADD_STORED(add_stored_stated_avx512, AVX512_FN, add_stated_avx512_w1, add_stated_avx512_w2, add_high_avx512)
#endif

/*
 * Every loop of one CPU level.  Once every total cell is stated, loops
 * without the blank flags (the portable loop always keeps them; they are
 * then not read).
 */
typedef struct GdAccumLoops
{
	GdAccumAddCells add[2][2];	/* [keeping the blank flags][width class − 1] */
	GdAccumAddCells take_back[2];	/* [width class − 1] */
	GdAccumAddHigh add_high;
	GdAccumAddStored add_stored[2];	/* [keeping the blank flags]: with the loops above inlined */
} GdAccumLoops;

static const GdAccumLoops portable_loops = {
	{{add_portable_w1, add_portable_w2}, {add_portable_w1, add_portable_w2}},
	{sub_portable_w1, sub_portable_w2}, add_high_portable,
	{add_stored_portable, add_stored_portable}
};

#ifdef GD_HAVE_AVX2_KERNELS
static const GdAccumLoops avx2_loops = {
	{{add_stated_avx2_w1, add_stated_avx2_w2}, {add_avx2_w1, add_avx2_w2}},
	{sub_avx2_w1, sub_avx2_w2}, add_high_portable,
	{add_stored_stated_avx2, add_stored_avx2}
};

/* (taking back stays AVX2: it is rare) */
static const GdAccumLoops avx512_loops = {
	{{add_stated_avx512_w1, add_stated_avx512_w2}, {add_avx512_w1, add_avx512_w2}},
	{sub_avx2_w1, sub_avx2_w2}, add_high_avx512,
	{add_stored_stated_avx512, add_stored_avx512}
};
#endif

/*
 * a's loops: the vector ones where the CPU has AVX2 or AVX-512BW (and
 * the ceiling allows them), for whether a keeps the blank flags.
 */
static void
choose_loops(GdAccum *a)
{
	const GdAccumLoops *l = &portable_loops;

#ifdef GD_HAVE_AVX2_KERNELS
	if (gd_kernel_ceiling >= GD_KERNELS_AVX512 && gd_have_avx512bw())
		l = &avx512_loops;
	else if (gd_kernel_ceiling >= GD_KERNELS_AVX2 && gd_have_avx2())
		l = &avx2_loops;
#endif
	for (int w = 1; w <= 2; w++)
	{
		a->part[w - 1].add = l->add[a->track_blank][w - 1];
		a->part[w - 1].take_back = l->take_back[w - 1];
	}
	a->add_high = l->add_high;
	a->add_stored = l->add_stored[a->track_blank];
}

bool
gd_accum_take_back(GdAccumPart *p, const unsigned char *cells)
{
	/*
	 * Its blank flags need not be taken back: the caller adds the value
	 * with the derived total filled, which states every cell the value
	 * states.
	 */
	p->take_back(p, cells);
	return false;
}

bool
gd_accum_add(GdAccum *a, int32_t *cells, const GdStored *s)
{
	/* (s is of a's table: one accumulator per aggregate of one type) */
	if (s->format == a->format && (s->width == 1 || s->width == 2 || s->width == GD_STORED_HIGH))
	{
		GdAccumPart *p = &a->part[GD_ACCUM_CLASS(s->width) - 1];

		/* make room where that is all the value lacks */
		if (p->rows == p->max_rows && p == &a->part[0])
			widen_part(p);
		if (p->rows == p->max_rows || a->headroom < GD_ACCUM_ROW_MAX(s->width))
			gd_accum_flush(a, cells);
	}
	if (gd_accum_add_fast(a, s))
		return true;
	/* not takeable, or near the limit (the exact way reports the overflow), or a blank derived total */
	gd_accum_flush(a, cells);
	return false;
}
