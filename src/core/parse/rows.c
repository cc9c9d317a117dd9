/*
 * parse/rows.c — where each expected label was printed.
 *
 * Reads: a region's tokens and the labels a table prints, in the form's
 * fixed order (GdElement: rows, and optional group labels and headings).
 * Produces: a GdAlignment, for each label its first and last token and how
 * much of it was found.
 *
 * The region's CJK characters S are aligned with the labels' characters T
 * laid end to end (dynamic programming, as in sequence alignment): a
 * character of S is matched with the same character of T, or skipped as
 * noise; a character of T is matched, or dropped (a glyph the PDF lost, a
 * wording variant).  Noise between labels is free (headers, group labels
 * printed vertically, page furniture); noise inside a label's span costs,
 * so a label is found where it was printed together, not gathered from
 * afar.  An optional label may be skipped whole.  Because T keeps the
 * form's order, each label is anchored by its neighbours: a damaged label
 * is recognised only between the rows that surround it.
 *
 * Cost: |S| × |T| steps and as many bytes of traceback; S is bounded by
 * GD_ALIGN_MAX_CHARS and T by the layout, so a region costs a bounded
 * amount whatever the input.
 */
#include "core/parse/internal.h"

#include <string.h>

/*
 * Scores: a matched character earns, a dropped one or noise inside costs.
 * A label that ends where its printed word goes on (其他 in 其他处理) costs
 * a little: a tie-break towards the occurrence printed as a word of its
 * own, smaller than any character's worth.  So does each label begun: on a
 * tie a label is kept whole rather than its last characters lent to the
 * next one (重复申请 of a table cut after it, with 反复申请 to come).
 */
#define MATCH_CORE 12
#define MATCH_OPTIONAL 4
#define DROP_CORE (-4)
#define NOISE_INSIDE (-4)
#define ENDS_INSIDE_WORD (-1)
#define OPEN_LABEL (-1)

/* Moves, one per state (out: between labels, in: inside one). */
enum
{
	MV_NONE,
	MV_SKIP,					/* S[i-1] skipped */
	MV_DROP_FROM_OUT,			/* T[j-1] dropped, coming from out */
	MV_DROP_FROM_IN,			/* T[j-1] dropped, coming from in */
	MV_MATCH_FROM_OUT,			/* S[i-1] = T[j-1], coming from out */
	MV_MATCH_FROM_IN,			/* S[i-1] = T[j-1], coming from in */
	MV_OPTIONAL_SKIP			/* a whole optional label skipped */
};

/*
 * The traceback keeps 4 bits a cell.  At a position inside a label only a
 * skip or a drop from out reaches out (bit 0: OUT_DROP), and in is reached
 * by one of four moves (bits 1-2, IN_…); at a label's end nothing is
 * inside, and out is reached by one of six (END_…).
 */
#define OUT_DROP 1
enum
{
	IN_SKIP, IN_DROP, IN_MATCH_FROM_OUT, IN_MATCH_FROM_IN
};
enum
{
	END_SKIP, END_DROP_FROM_OUT, END_DROP_FROM_IN, END_MATCH_FROM_OUT, END_MATCH_FROM_IN,
	END_OPTIONAL_SKIP
};

/*
 * Unreachable: far below any score (every reachable one lies within
 * 16·(|S| + |T|) of 0), and far enough above INT32_MIN that the moves
 * added to it never wrap, so an unreachable cell never wins a comparison
 * and needs no test of its own.
 */
#define NEG_INF (-(1 << 30))

/*
 * T: the labels' characters end to end (arrays of m, in the working
 * memory), with where each label starts.  An optional character earns less
 * when matched and costs nothing when dropped.
 */
typedef struct Seq
{
	int			m;
	int			n;
	uint32_t   *cp;
	int8_t	   *match;			/* matching T[j] earns */
	int8_t	   *drop;			/* dropping T[j] costs */
	uint8_t    *elem;			/* element of T[j] */
	bool	   *optional;
	int			start[GD_MAX_ELEMENTS + 1];	/* first character of element */
	bool		elem_optional[GD_MAX_ELEMENTS];
} Seq;

static void
build_seq(const GdElement *e, int n, Seq *t)
{
	t->m = 0;
	t->n = n;
	for (int k = 0; k < n; k++)
	{
		t->start[k] = t->m;
		t->elem_optional[k] = e[k].optional;
		for (int c = 0; c < e[k].sk.n; c++)
		{
			bool		opt = e[k].sk.optional[c];

			t->cp[t->m] = e[k].sk.cp[c];
			t->optional[t->m] = opt;
			t->match[t->m] = opt ? MATCH_OPTIONAL : MATCH_CORE;
			t->drop[t->m] = opt ? 0 : DROP_CORE;
			t->elem[t->m] = (uint8_t) k;
			t->m++;
		}
	}
	t->start[n] = t->m;
}

/* Is position j (0 < j < m) strictly inside the element of T[j-1]? */
static bool
inside(const Seq *t, int j)
{
	return j > 0 && j < t->start[t->elem[j - 1] + 1];
}

/*
 * A row label of two characters (3.其他, （七）总计) is taken only as a word
 * of its own: inside a longer word (不计其他情形) it is another label's
 * text.  (Table 二's items, 规章, are glued to their header in archived
 * text, so they do not ask for it.)
 */
#define SHORT_LABEL 2

static bool
inside_word(const GdRegion *r, int a, int b)
{
	return (a > 0 && r->skel_tok[a - 1] == r->skel_tok[a]) ||
		(b + 1 < r->nskel && r->skel_tok[b + 1] == r->skel_tok[b]);
}

/*
 * The programme's working state, passed to each step: T, where S starts in
 * the region's skeleton and how long it is, the two score rows of each
 * state (the previous character of S and the current one), the current
 * row's moves (a byte each) and the traceback (4 bits each, stride bytes a
 * row).  Position j of a row stands after T[j-1].
 */
typedef struct AlignDp
{
	const GdRegion *r;
	Seq			t;
	int			s0;				/* S[0] is r->skel[s0] */
	int			ns;				/* |S| */
	int			m;				/* |T| */
	int32_t    *out_prev,
			   *out_cur,
			   *in_prev,
			   *in_cur;
	uint8_t    *moves;			/* m + 2 */
	uint8_t    *back;
	size_t		stride;
} AlignDp;

/*
 * One row of one label, its positions a+1 .. b: the label's characters
 * T[a] .. T[b-1] against S[i-1], carried along the row as the cell to the
 * left (lo, li) and the one above it (uo, ui).
 */
typedef struct AlignRow
{
	uint32_t	si;				/* S[i-1] */
	bool		word_goes_on;	/* S[i-1] and S[i] are one word */
	int32_t		lo,
				li,
				uo,
				ui;
} AlignRow;

/*
 * Where a match at this cell comes from: the diagonal out of a label
 * (opening one) or inside it, whichever scores more (out on a tie); *move
 * is from_out or from_inside accordingly.
 */
static inline int32_t
match_source(const AlignRow *w, bool from_in, int from_out, int from_inside, int *move)
{
	*move = from_out;
	if (from_in && w->ui > w->uo + OPEN_LABEL)
	{
		*move = from_inside;
		return w->ui;
	}
	return w->uo + OPEN_LABEL;
}

/*
 * A position strictly inside a label.  Out of a label: skip S[i-1] (free)
 * or drop T[j-1] from out.  Inside: skip S[i-1] (noise inside costs), drop
 * T[j-1] staying in (only past the label's first character: from_in), or
 * match S[i-1] with T[j-1], opening the label from out or going on inside
 * it.  Ties: a skip or drop wins only when strictly better than what came
 * before it; a match wins on a tie, so the traceback (from the end) takes
 * the occurrence nearest the labels that follow (a table's row, not the
 * prose's mention).
 */
static inline void
cell_inside(const AlignDp *dp, AlignRow *w, int j, bool from_in)
{
	const Seq  *t = &dp->t;
	int32_t		po = dp->out_prev[j],
				pi = dp->in_prev[j],
				d = t->drop[j - 1];
	int32_t		bo = po,
				bi = pi + NOISE_INSIDE;
	int			mo = 0,
				mi = IN_SKIP;

	if (w->lo + d > bo)
	{
		bo = w->lo + d;
		mo = OUT_DROP;
	}
	if (from_in && w->li + d > bi)
	{
		bi = w->li + d;
		mi = IN_DROP;
	}
	if (w->si == t->cp[j - 1])
	{
		int			mv;
		int32_t		best = match_source(w, from_in, IN_MATCH_FROM_OUT, IN_MATCH_FROM_IN, &mv);

		if (best + t->match[j - 1] >= bi)
		{
			bi = best + t->match[j - 1];
			mi = mv;
		}
	}
	dp->out_cur[j] = w->lo = bo;
	dp->in_cur[j] = w->li = bi;
	dp->moves[j] = (uint8_t) (mo | (mi << 1));
	w->uo = po;
	w->ui = pi;
}

/*
 * The label's end b (out): skip S[i-1], drop T[b-1] from out or from
 * inside, match S[i-1] with T[b-1] closing the label (a little less when
 * S's word goes on), or skip the whole label [a, b) when it is optional (a
 * group label the text does not print).  Nothing is inside at b.
 */
static inline void
cell_end(const AlignDp *dp, AlignRow *w, int a, int b, bool from_in, bool optional)
{
	const Seq  *t = &dp->t;
	int32_t		d = t->drop[b - 1];
	int32_t		bo = dp->out_prev[b];
	int			mo = END_SKIP;

	if (w->lo + d > bo)
	{
		bo = w->lo + d;
		mo = END_DROP_FROM_OUT;
	}
	if (from_in && w->li + d > bo)
	{
		bo = w->li + d;
		mo = END_DROP_FROM_IN;
	}
	if (w->si == t->cp[b - 1])
	{
		int			mv;
		int32_t		best = match_source(w, from_in, END_MATCH_FROM_OUT, END_MATCH_FROM_IN, &mv);
		int32_t		sc = t->match[b - 1] + (w->word_goes_on ? ENDS_INSIDE_WORD : 0);

		if (best + sc >= bo)
		{
			bo = best + sc;
			mo = mv;
		}
	}
	if (optional && dp->out_cur[a] > bo)
	{
		bo = dp->out_cur[a];
		mo = END_OPTIONAL_SKIP;
	}
	dp->out_cur[b] = bo;
	dp->in_cur[b] = NEG_INF;
	dp->moves[b] = (uint8_t) mo;
}

/* Row i >= 1, label by label; position 0 (before any label) can only skip. */
static void
fill_row(const AlignDp *dp, int i)
{
	const Seq  *t = &dp->t;
	const GdRegion *r = dp->r;
	int			at = dp->s0 + i - 1;
	AlignRow	w;

	w.si = r->skel[at];
	w.word_goes_on = i < dp->ns && r->skel_tok[at + 1] == r->skel_tok[at];
	dp->out_cur[0] = dp->out_prev[0];
	dp->in_cur[0] = NEG_INF;
	dp->moves[0] = END_SKIP;
	for (int k = 0; k < t->n; k++)
	{
		int			a = t->start[k],
					b = t->start[k + 1];

		if (b == a)
			continue;
		w.lo = dp->out_cur[a];
		w.li = dp->in_cur[a];
		w.uo = dp->out_prev[a];
		w.ui = dp->in_prev[a];
		if (b == a + 1)
		{
			cell_end(dp, &w, a, b, false, t->elem_optional[k]);
			continue;
		}
		cell_inside(dp, &w, a + 1, false);
		for (int j = a + 2; j < b; j++)
			cell_inside(dp, &w, j, true);
		cell_end(dp, &w, a, b, true, t->elem_optional[k]);
	}
}

/* Row 0, before any character of S: T's characters dropped, optional labels skipped. */
static void
fill_first_row(const AlignDp *dp)
{
	const Seq  *t = &dp->t;

	dp->out_cur[0] = 0;
	dp->in_cur[0] = NEG_INF;
	dp->moves[0] = END_SKIP;	/* the start: never read */
	for (int k = 0; k < t->n; k++)
		for (int j = t->start[k] + 1; j <= t->start[k + 1]; j++)
		{
			int32_t		bo = dp->out_cur[j - 1] + t->drop[j - 1];
			int			mo = END_DROP_FROM_OUT;	/* = OUT_DROP inside */

			if (j == t->start[k + 1] && t->elem_optional[k] &&
				dp->out_cur[t->start[k]] > bo)
			{
				bo = dp->out_cur[t->start[k]];
				mo = END_OPTIONAL_SKIP;
			}
			dp->out_cur[j] = bo;
			dp->in_cur[j] = NEG_INF;
			dp->moves[j] = (uint8_t) mo;
		}
}

/* Row i's moves into the traceback, two cells a byte. */
static void
keep_moves(const AlignDp *dp, int i)
{
	uint8_t    *row = dp->back + (size_t) i * dp->stride;
	const uint8_t *mv = dp->moves;

	for (size_t h = 0; h < dp->stride; h++)
		row[h] = (uint8_t) (mv[2 * h] | (mv[2 * h + 1] << 4));
}

/* Every cell, one character of S at a time; the current rows become the previous ones. */
static void
fill_table(AlignDp *dp)
{
	for (int i = 0; i <= dp->ns; i++)
	{
		if ((i & 63) == 0)
			gd_check_interrupts();
		if (i == 0)
			fill_first_row(dp);
		else
			fill_row(dp, i);
		keep_moves(dp, i);
		{
			int32_t    *x = dp->out_prev;

			dp->out_prev = dp->out_cur;
			dp->out_cur = x;
			x = dp->in_prev;
			dp->in_prev = dp->in_cur;
			dp->in_cur = x;
		}
	}
}

/* Each label's matched characters in S, gathered by the traceback. */
typedef struct AlignSpans
{
	int			first[GD_MAX_ELEMENTS],
				last[GD_MAX_ELEMENTS],
				noise[GD_MAX_ELEMENTS];
} AlignSpans;

/* The region's skeleton characters of text tokens [from, to): S is [start, *end); -1 when there is no text. */
static int
text_span(const GdRegion *r, int from, int to, int *end)
{
	int			s0 = -1,
				s1 = -1;

	for (int k = from; k < to; k++)
		if (r->toks[k].kind == GD_TOK_TEXT && r->toks[k].nsk > 0)
		{
			if (s0 < 0)
				s0 = (int) r->toks[k].sk;
			s1 = (int) (r->toks[k].sk + r->toks[k].nsk);
		}
	*end = s1;
	return s0;
}

/* The move into cell (i, j) of the state (in or out), from its 4 bits. */
static int
move_into(const AlignDp *dp, int i, int j, bool in)
{
	static const uint8_t inside_in[4] = {MV_SKIP, MV_DROP_FROM_IN, MV_MATCH_FROM_OUT, MV_MATCH_FROM_IN};
	static const uint8_t end_out[16] = {MV_SKIP, MV_DROP_FROM_OUT, MV_DROP_FROM_IN, MV_MATCH_FROM_OUT,
	MV_MATCH_FROM_IN, MV_OPTIONAL_SKIP};
	uint8_t		b = dp->back[(size_t) i * dp->stride + j / 2];
	int			code = (j & 1) ? b >> 4 : b & 15;

	if (!inside(&dp->t, j))
		return in ? MV_NONE : end_out[code];
	if (in)
		return inside_in[(code >> 1) & 3];
	return (code & OUT_DROP) ? MV_DROP_FROM_OUT : MV_SKIP;
}

/* Traceback from the last cell: each label's first and last matched character of S and the noise inside it, and its matched counts in out. */
static void
trace_back(const AlignDp *dp, int n, AlignSpans *sp, GdAlignment *out)
{
	const Seq  *t = &dp->t;
	int			i = dp->ns,
				j = dp->m;
	bool		in = false;
	int		   *first = sp->first,
			   *last = sp->last,
			   *noise = sp->noise;

	for (int k = 0; k < n; k++)
		first[k] = last[k] = -1, noise[k] = 0;
	while (i > 0 || j > 0)
	{
		int			mv = move_into(dp, i, j, in);

		switch (mv)
		{
			case MV_SKIP:
				if (in)
					noise[t->elem[j - 1]]++;
				i--;
				break;
			case MV_DROP_FROM_OUT:
				j--;
				in = false;
				break;
			case MV_DROP_FROM_IN:
				j--;
				in = true;
				break;
			case MV_MATCH_FROM_OUT:
			case MV_MATCH_FROM_IN:
				{
					int			k = t->elem[j - 1];
					GdPlacement *p = &out->at[k];

					if (last[k] < 0)
						last[k] = i - 1;
					first[k] = i - 1;
					p->matched++;
					if (!t->optional[j - 1])
						p->matched_core++;
					i--;
					j--;
					in = mv == MV_MATCH_FROM_IN;
					break;
				}
			case MV_OPTIONAL_SKIP:
				j = t->start[t->elem[j - 1]];
				in = false;
				break;
			default:
				i = j = 0;	/* unreachable: the start */
				break;
		}
	}
}

/* Each label's placement from its matched span: its tokens, exact or not, and whether it is taken as found. */
static void
place_labels(const GdRegion *r, int s0, const GdElement *e, int n,
			 const AlignSpans *sp, GdAlignment *out)
{
	const int  *first = sp->first,
			   *last = sp->last,
			   *noise = sp->noise;

	for (int k = 0; k < n; k++)
	{
		GdPlacement *p = &out->at[k];

		if (first[k] < 0)
		{
			p->matched = p->matched_core = 0;
			continue;
		}
		p->first_tok = r->skel_tok[s0 + first[k]];
		p->first_sk = s0 + first[k];
		p->last_tok = r->skel_tok[s0 + last[k]];
		p->exact = p->matched == e[k].sk.n && noise[k] == 0;
		p->found = gd_placement_accepted(&e[k], p);
		if (noise[k] > e[k].sk.ncore + 8)
			p->found = false;
		if (e[k].word && e[k].sk.ncore <= SHORT_LABEL && inside_word(r, s0 + first[k], s0 + last[k]))
			p->found = false;
	}
}

void
gd_align_scratch_free(GdAlignScratch *s)
{
	gd_free(s->mem);
	s->mem = NULL;
	s->cap = 0;
}

/*
 * The working memory of an alignment of |S| = ns against the labels
 * e[0..n): T, the four score rows, a row's moves and the traceback, laid
 * out in the scratch, which grows when this alignment needs more than any
 * before it.
 */
static bool
lay_out(GdAlignScratch *s, const GdElement *e, int n, int ns, AlignDp *dp)
{
	int			m = 0;
	size_t		rows,
				seq,
				size;
	char	   *mem;

	for (int k = 0; k < n; k++)
		m += e[k].sk.n;
	rows = sizeof(int32_t) * 4 * (size_t) (m + 1);
	seq = (size_t) m * (sizeof(uint32_t) + 4);
	dp->stride = (size_t) (m + 2) / 2;
	size = rows + seq + (size_t) (m + 2) + (size_t) (ns + 1) * dp->stride;
	if (s->cap < size)
	{
		/* the new block before the old one is freed: a free in mid-parse may return the heap's top to the system, to be faulted in again */
		mem = gd_alloc(size);
		if (mem == NULL)
			return false;
		gd_free(s->mem);
		s->mem = mem;
		s->cap = size;
	}
	mem = s->mem;
	dp->out_prev = (int32_t *) mem;
	dp->out_cur = dp->out_prev + (m + 1);
	dp->in_prev = dp->out_cur + (m + 1);
	dp->in_cur = dp->in_prev + (m + 1);
	dp->t.cp = (uint32_t *) (mem + rows);
	dp->t.match = (int8_t *) (dp->t.cp + m);
	dp->t.drop = dp->t.match + m;
	dp->t.elem = (uint8_t *) (dp->t.drop + m);
	dp->t.optional = (bool *) (dp->t.elem + m);
	dp->moves = (uint8_t *) (dp->t.optional + m);
	dp->moves[m + 1] = 0;		/* the pad of an odd row */
	dp->back = dp->moves + (m + 2);
	build_seq(e, n, &dp->t);
	dp->m = m;
	dp->ns = ns;
	return true;
}

bool
gd_align(GdAlignScratch *scratch, const GdRegion *r, int from, int to,
		 const GdElement *e, int n, GdAlignment *out)
{
	int			s0,
				s1;
	int			ns;
	AlignDp		dp;
	AlignSpans	sp;

	memset(out, 0, sizeof(*out));
	out->nelem = n;
	if (n > GD_MAX_ELEMENTS)
		return false;
	s0 = text_span(r, from, to, &s1);
	if (s0 < 0)
		return true;			/* no text: nothing found */
	ns = s1 - s0;
	if (ns > GD_ALIGN_MAX_CHARS)
		ns = GD_ALIGN_MAX_CHARS;
	if (!lay_out(scratch, e, n, ns, &dp))
		return false;
	dp.r = r;
	dp.s0 = s0;
	fill_table(&dp);
	out->score = dp.out_prev[dp.m];
	trace_back(&dp, n, &sp, out);
	place_labels(r, s0, e, n, &sp, out);
	return true;
}

bool
gd_placement_accepted(const GdElement *e, const GdPlacement *p)
{
	int			core = e->sk.ncore;

	if (p->matched == 0)
		return false;
	if (core <= 4)
		return p->matched_core == core;
	return p->matched_core * 10 >= core * 6;
}
