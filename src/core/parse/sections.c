/*
 * parse/sections.c — where the report's parts are.
 *
 * Reads: the whole source, once.  Produces: GdSections, the byte offsets of
 * every anchor: the section headings, table 三's first row, table 二's
 * 第二十条, table 四's 行政复议 and the title's 年度报告.  Anchors are
 * matched in the stream of CJK characters alone (one Knuth–Morris–Pratt
 * automaton each), so a heading wrapped over lines, spaced out or broken
 * by numbers is still found; the phrases come from the layout.  Linear in
 * the source, constant memory; the first GD_MAX_HITS hits of each anchor
 * are kept, all are counted.
 */
#include "core/parse/internal.h"

#include <string.h>

#define ANCHOR_MAX 24
#define RING 32					/* ≥ ANCHOR_MAX: recent characters' offsets */

typedef struct Automaton
{
	int			n;
	uint32_t	cp[ANCHOR_MAX];
	int			fail[ANCHOR_MAX];
	int			state;
} Automaton;

/* The core (not optional) characters of a label, from its first on. */
static void
anchor_from(Automaton *a, const char *label, int skip, int take)
{
	GdSkeleton	sk;

	gd_skeleton_of(label, &sk);
	a->n = 0;
	for (int i = 0; i < sk.n && a->n < ANCHOR_MAX; i++)
	{
		if (sk.optional[i])
			continue;
		if (skip > 0)
		{
			skip--;
			continue;
		}
		if (take >= 0 && a->n >= take)
			break;
		a->cp[a->n++] = sk.cp[i];
	}
	/* the failure function */
	a->fail[0] = 0;
	for (int i = 1, k = 0; i < a->n; i++)
	{
		while (k > 0 && a->cp[i] != a->cp[k])
			k = a->fail[k - 1];
		if (a->cp[i] == a->cp[k])
			k++;
		a->fail[i] = k;
	}
	a->state = 0;
}

/* Its last take characters. */
static void
anchor_tail(Automaton *a, const char *label, int take)
{
	GdSkeleton	sk;

	gd_skeleton_of(label, &sk);
	anchor_from(a, label, sk.ncore > take ? sk.ncore - take : 0, -1);
}

/* Feed one character; true when the anchor ends here. */
static bool
step(Automaton *a, uint32_t cp)
{
	if (a->n == 0)
		return false;
	while (a->state > 0 && a->cp[a->state] != cp)
		a->state = a->fail[a->state - 1];
	if (a->cp[a->state] == cp)
		a->state++;
	if (a->state == a->n)
	{
		a->state = a->fail[a->n - 1];
		return true;
	}
	return false;
}

/* One automaton per anchor, each phrase taken from the layout. */
static void
init_anchors(Automaton *a)
{
	int			nr = gd_applications_row_with_role(GD_ROW_RECEIVED);

	memset(a, 0, sizeof(Automaton) * GD_NANCHORS);
	anchor_tail(&a[GD_ANCHOR_TITLE], gd_title_suffix, 4);	/* 年度报告 */
	anchor_from(&a[GD_ANCHOR_OVERVIEW], gd_sections[GD_SECTION_OVERVIEW].name.zh, 0, -1);
	anchor_from(&a[GD_ANCHOR_PROACTIVE], gd_sections[GD_SECTION_PROACTIVE].name.zh, 0, -1);
	/* 第二十条, the article every table 二 item header cites */
	anchor_from(&a[GD_ANCHOR_ARTICLE20], gd_layout->proactive[0].article, 0, 4);
	anchor_from(&a[GD_ANCHOR_APPLICATIONS], gd_sections[GD_SECTION_APPLICATIONS].name.zh, 0, -1);
	/* 本年新收: the first row's first words (the row is matched in full later) */
	anchor_from(&a[GD_ANCHOR_NEW_RECEIVED], gd_layout->rows[nr].name.zh, 0, 4);
	anchor_from(&a[GD_ANCHOR_REVIEW], gd_appeals_blocks[0].zh, 0, -1);
	anchor_from(&a[GD_ANCHOR_PROBLEMS], gd_sections[GD_SECTION_PROBLEMS].name.zh, 0, -1);
	anchor_from(&a[GD_ANCHOR_OTHER], gd_sections[GD_SECTION_OTHER].name.zh, 0, -1);
}

void
gd_find_sections(const GdSource *src, GdSections *out)
{
	Automaton	a[GD_NANCHORS];
	size_t		offs[RING];		/* byte offset of recent CJK characters */
	int			before[RING];	/* other CJK characters before it on its line */
	long		pos = 0;		/* CJK characters seen */
	int			on_line = 0;	/* of which on this line, numerals aside */
	const char *d = src->text;
	size_t		n = src->len;
	size_t		i = 0;
	unsigned	ticks = 0;

	memset(out, 0, sizeof(*out));
	init_anchors(a);
	while (i < n)
	{
		size_t		adv;
		uint32_t	cp;

		GD_TICK(ticks);
		if ((unsigned char) d[i] < 0x80)
		{
			if (d[i] == '\n')
				on_line = 0;
			i++;
			continue;
		}
		cp = gd_utf8_next((const unsigned char *) d + i, n - i, &adv);
		if (gd_cp_cjk(cp))
		{
			offs[pos % RING] = i;
			before[pos % RING] = on_line;
			for (int k = 0; k < GD_NANCHORS; k++)
				if (step(&a[k], cp))
				{
					long		first = pos - a[k].n + 1;

					if (out->nhits[k] < GD_MAX_HITS)
					{
						GdHit	   *h = &out->hits[k][out->nhits[k]++];

						h->start = offs[first % RING];
						h->end = i + adv;
						h->line_start = before[first % RING] == 0;
					}
					out->total[k]++;
				}
			if (gd_cn_digit(cp) < 0)
				on_line++;
			pos++;
		}
		i += adv;
	}
}

const GdHit *
gd_hit_between(const GdSections *s, GdAnchor a, size_t from, size_t to)
{
	for (int i = 0; i < s->nhits[a]; i++)
		if (s->hits[a][i].start >= from && s->hits[a][i].start < to)
			return &s->hits[a][i];
	return NULL;
}
