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

/* Traceback moves, one per state (out: between labels, in: inside one). */
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

#define NEG_INF (-(1L << 40))

typedef struct Seq
{
	int			m;
	uint32_t	cp[GD_MAX_ELEMENTS * GD_SKELETON_MAX];
	bool		optional[GD_MAX_ELEMENTS * GD_SKELETON_MAX];
	int			elem[GD_MAX_ELEMENTS * GD_SKELETON_MAX];	/* element of T[j] */
	int			start[GD_MAX_ELEMENTS + 1];	/* first character of element */
	bool		elem_optional[GD_MAX_ELEMENTS];
} Seq;

/* T: the labels' characters end to end, with where each label starts and which characters are optional. */
static void
build_seq(const GdElement *e, int n, Seq *t)
{
	t->m = 0;
	for (int k = 0; k < n; k++)
	{
		t->start[k] = t->m;
		t->elem_optional[k] = e[k].optional;
		for (int c = 0; c < e[k].sk.n; c++)
		{
			t->cp[t->m] = e[k].sk.cp[c];
			t->optional[t->m] = e[k].sk.optional[c];
			t->elem[t->m] = k;
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

/* What matching T's character j earns, and what dropping it costs: an optional character earns less and costs nothing. */
static long
match_score(const Seq *t, int j)
{
	return t->optional[j] ? MATCH_OPTIONAL : MATCH_CORE;
}

static long
drop_score(const Seq *t, int j)
{
	return t->optional[j] ? 0 : DROP_CORE;
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
 * state (the previous character of S and the current one) and the
 * traceback, one byte per cell.
 */
typedef struct AlignDp
{
	const GdRegion *r;
	const Seq  *t;
	int			s0;				/* S[0] is r->skel[s0] */
	int			ns;				/* |S| */
	int			m;				/* |T| */
	long	   *out_prev,
			   *out_cur,
			   *in_prev,
			   *in_cur;
	uint8_t    *back;
} AlignDp;

/* One cell's best scores, out of a label and inside one, and the moves that reach them. */
typedef struct AlignCell
{
	long		bo,
				bi;
	int			mo,
				mi;
} AlignCell;

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

/* Skipping S[i-1] as noise: free between labels, costly inside one. */
static void
consider_skip(const AlignDp *dp, int i, int j, bool in_j, AlignCell *c)
{
	const long *out_prev = dp->out_prev;
	const long *in_prev = dp->in_prev;

	if (i > 0)
	{
		if (out_prev[j] > c->bo)
		{
			c->bo = out_prev[j];
			c->mo = MV_SKIP;
		}
		if (in_j && in_prev[j] > NEG_INF && in_prev[j] + NOISE_INSIDE > c->bi)
		{
			c->bi = in_prev[j] + NOISE_INSIDE;
			c->mi = MV_SKIP;
		}
	}
}

/* Dropping T[j-1], a glyph the text lost: from out it stays out, from inside it stays in until the label ends. */
static void
consider_drop(const AlignDp *dp, int j, bool in_j, AlignCell *c)
{
	const Seq  *t = dp->t;
	const long *out_cur = dp->out_cur;
	const long *in_cur = dp->in_cur;

	if (j > 0)
	{
		long		d = drop_score(t, j - 1);

		/* from out: nothing of the element matched yet, stay out */
		if (out_cur[j - 1] > NEG_INF && out_cur[j - 1] + d > c->bo)
		{
			c->bo = out_cur[j - 1] + d;
			c->mo = MV_DROP_FROM_OUT;
		}
		if (inside(t, j - 1) && in_cur[j - 1] > NEG_INF)
		{
			if (in_j)
			{
				if (in_cur[j - 1] + d > c->bi)
				{
					c->bi = in_cur[j - 1] + d;
					c->mi = MV_DROP_FROM_IN;
				}
			}
			else if (in_cur[j - 1] + d > c->bo)
			{
				c->bo = in_cur[j - 1] + d;
				c->mo = MV_DROP_FROM_IN;
			}
		}
	}
}

/* Matching S[i-1] with T[j-1], opening a label or going on inside one; a label that ends inside a word earns a little less. */
static void
consider_match(const AlignDp *dp, int i, int j, uint32_t si, bool in_j, AlignCell *c)
{
	const GdRegion *r = dp->r;
	const Seq  *t = dp->t;
	const long *out_prev = dp->out_prev;
	const long *in_prev = dp->in_prev;
	int			s0 = dp->s0;
	int			ns = dp->ns;

	if (i > 0 && j > 0 && si == t->cp[j - 1])
	{
		long		sc = match_score(t, j - 1);
		long		best = out_prev[j - 1] > NEG_INF ? out_prev[j - 1] + OPEN_LABEL : NEG_INF;
		int			mv = MV_MATCH_FROM_OUT;

		if (inside(t, j - 1) && in_prev[j - 1] > best)
		{
			best = in_prev[j - 1];
			mv = MV_MATCH_FROM_IN;
		}
		/*
		 * >=: on a tie a match wins over a skip, so the traceback
		 * (from the end) takes the occurrence nearest the labels
		 * that follow (a table's row, not the prose's mention).
		 */
		/* the label's last character, and its word goes on */
		if (!in_j && i < ns && r->skel_tok[s0 + i] == r->skel_tok[s0 + i - 1])
			sc += ENDS_INSIDE_WORD;
		if (best > NEG_INF)
		{
			if (in_j)
			{
				if (best + sc >= c->bi)
				{
					c->bi = best + sc;
					c->mi = mv;
				}
			}
			else if (best + sc >= c->bo)
			{
				c->bo = best + sc;
				c->mo = mv;
			}
		}
	}
}

/* Skipping a whole optional label ending at j (a group label the text does not print). */
static void
consider_optional_skip(const AlignDp *dp, int j, bool in_j, AlignCell *c)
{
	const Seq  *t = dp->t;
	const long *out_cur = dp->out_cur;

	if (j > 0 && !in_j && t->start[t->elem[j - 1] + 1] == j &&
		t->elem_optional[t->elem[j - 1]])
	{
		int			sj = t->start[t->elem[j - 1]];

		if (out_cur[sj] > c->bo)
		{
			c->bo = out_cur[sj];
			c->mo = MV_OPTIONAL_SKIP;
		}
	}
}

/* Cell (i, j): the best of every move into it, its scores in the current rows and its moves in the traceback. */
static void
fill_cell(const AlignDp *dp, int i, int j, uint32_t si)
{
	AlignCell	c;
	bool		in_j = inside(dp->t, j);

	c.bo = c.bi = NEG_INF;
	c.mo = c.mi = MV_NONE;
	if (i == 0 && j == 0)
		c.bo = 0;
	consider_skip(dp, i, j, in_j, &c);
	consider_drop(dp, j, in_j, &c);
	consider_match(dp, i, j, si, in_j, &c);
	consider_optional_skip(dp, j, in_j, &c);
	dp->out_cur[j] = c.bo;
	dp->in_cur[j] = c.bi;
	dp->back[(size_t) i * (dp->m + 1) + j] = (uint8_t) (c.mo | (c.mi << 4));
}

/* Every cell, one character of S at a time; the current rows become the previous ones. */
static void
fill_table(AlignDp *dp)
{
	const GdRegion *r = dp->r;
	int			s0 = dp->s0;
	int			ns = dp->ns;
	int			m = dp->m;

	for (int i = 0; i <= ns; i++)
	{
		uint32_t	si = i > 0 ? r->skel[s0 + i - 1] : 0;

		if ((i & 63) == 0)
			gd_check_interrupts();
		for (int j = 0; j <= m; j++)
			fill_cell(dp, i, j, si);
		{
			long	   *x = dp->out_prev;

			dp->out_prev = dp->out_cur;
			dp->out_cur = x;
			x = dp->in_prev;
			dp->in_prev = dp->in_cur;
			dp->in_cur = x;
		}
	}
}

/* Traceback from the last cell: each label's first and last matched character of S and the noise inside it, and its matched counts in out. */
static void
trace_back(const AlignDp *dp, int n, AlignSpans *sp, GdAlignment *out)
{
	const Seq  *t = dp->t;
	const uint8_t *back = dp->back;
	int			m = dp->m;
	int			i = dp->ns,
				j = m;
	bool		in = false;
	int		   *first = sp->first,
			   *last = sp->last,
			   *noise = sp->noise;

	for (int k = 0; k < n; k++)
		first[k] = last[k] = -1, noise[k] = 0;
	while (i > 0 || j > 0)
	{
		uint8_t		b = back[(size_t) i * (m + 1) + j];
		int			mv = in ? (b >> 4) : (b & 15);

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

bool
gd_align(const GdRegion *r, int from, int to, const GdElement *e, int n, GdAlignment *out)
{
	Seq		   *t;
	int			s0,
				s1;
	int			ns;
	long	   *scores;
	uint8_t    *back;
	int			m;
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
	t = gd_alloc(sizeof(Seq));
	if (t == NULL)
		return false;
	build_seq(e, n, t);
	m = t->m;
	scores = gd_alloc(sizeof(long) * (m + 1) * 4);
	back = gd_alloc((size_t) (ns + 1) * (m + 1));
	if (scores == NULL || back == NULL)
	{
		gd_free(t);
		gd_free(scores);
		gd_free(back);
		return false;
	}
	dp.r = r;
	dp.t = t;
	dp.s0 = s0;
	dp.ns = ns;
	dp.m = m;
	dp.out_prev = scores;
	dp.out_cur = dp.out_prev + (m + 1);
	dp.in_prev = dp.out_cur + (m + 1);
	dp.in_cur = dp.in_prev + (m + 1);
	dp.back = back;
	fill_table(&dp);
	out->score = dp.out_prev[m];
	trace_back(&dp, n, &sp, out);
	place_labels(r, s0, e, n, &sp, out);
	gd_free(t);
	gd_free(scores);
	gd_free(back);
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
