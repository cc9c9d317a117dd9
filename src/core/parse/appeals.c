/*
 * parse/appeals.c — the reader of table 四 (reconsideration, litigation).
 *
 * Reads: the source from the first 行政复议 after table 三 to section 五.
 * Produces: the report's appeals cells, and diagnostics.
 *
 * The table's fifteen values follow its header, block by block (行政复议,
 * then the two kinds of 行政诉讼, each 结果维持 结果纠正 其他结果 尚未审结
 * 总计), on one row or one row per block.  They are read in that order up
 * to the first words after them; a word in a delimited row among them is
 * an error at its block and column.  Run-together digits are split so that
 * every block's total is the sum of its four parts, and only a unique split
 * is taken.  Fewer than fifteen values cannot be placed (which are blank
 * is not known) and are refused.
 */
#include "core/parse/internal.h"

#include <string.h>

#define MAX_SLOTS 64

/* Does a word name a litigation block (行政诉讼, 直接起诉, 复议后起诉)? */
static bool
names_block(const GdRegion *r, const GdTok *t)
{
	for (int b = 1; b < GD_APPEALS_NBLOCKS; b++)
	{
		GdSkeleton	sk;

		gd_skeleton_of(gd_appeals_blocks[b].zh, &sk);
		/* the block's last four characters: 直接起诉, 复议后起诉's 后起诉 */
		for (uint32_t i = 0; i + 4 <= t->nsk; i++)
			if (memcmp(r->skel + t->sk + i, sk.cp + sk.n - 4, sizeof(uint32_t) * 4) == 0)
				return true;
		(void) r;
	}
	return false;
}

/* An empty cell on a line of words and no numbers: a header's padding. */
static bool
header_padding(const GdRegion *r, int k)
{
	const GdTok *t = &r->toks[k];

	return t->kind == GD_TOK_BLANK && t->line_kind != GD_LINE_SPACED &&
		!(t->line_has & GD_LINE_HAS_NUM) && (t->line_has & GD_LINE_HAS_TEXT);
}

/*
 * The value slots in reading order: values, and words sitting among the
 * values of a delimited row.  Stops at the first words after the values,
 * unless they name the next block of a table printed one block a row.
 */
static int
collect_slots(const GdRegion *r, int *slots, int *more)
{
	int			n = 0;
	int			last_value_line = -1;

	*more = 0;
	for (int k = 0; k < r->ntok; k++)
	{
		const GdTok *t = &r->toks[k];

		/* 无 among words, with no other value on its line, is a character */
		if (gd_tok_is_value(t) &&
			!((t->flags & GD_TOKF_WU) && t->line_kind == GD_LINE_SPACED &&
			  !(t->line_has & (GD_LINE_HAS_NUM | GD_LINE_HAS_BLANK))) &&
			!header_padding(r, k))
		{
			if (n < MAX_SLOTS)
				slots[n++] = k;
			else
				(*more)++;
			last_value_line = (int) t->line;
			continue;
		}
		if (t->kind != GD_TOK_TEXT || n == 0)
			continue;
		if (t->line_kind != GD_LINE_SPACED && (int) t->line == last_value_line &&
			k + 1 < r->ntok && r->toks[k + 1].line == t->line && gd_tok_is_value(&r->toks[k + 1]))
		{
			if (n < MAX_SLOTS)
				slots[n++] = k;	/* a word between values of one row */
			continue;
		}
		if (n % GD_APPEALS_NCOLS == 0 && n < GD_APPEALS_NCELLS && names_block(r, t))
			continue;
		break;
	}
	return n;
}

/*
 * Run-together digits as 15 cells, each block's total the sum of its four
 * parts, taken only when one split does that; false when the slots are not
 * plain digits (then they are read as printed).
 */
static bool
split_run(const GdRegion *r, const int *slots, int n, int32_t *cells, GdDiagSink *sink)
{
	char		dig[65];
	bool		breaks[66] = {false};
	int			nd = 0;
	GdSplit		sp;
	char		seen[200];
	GdDiagnostic *d;

	for (int i = 0; i < n; i++)
	{
		const GdTok *t = &r->toks[slots[i]];

		if (t->kind != GD_TOK_NUM || t->flags & ~(GD_TOKF_GLUED | GD_TOKF_BIG) || t->unit != GD_UNIT_NONE ||
			nd + t->ndigits > 64)
			return false;
		memcpy(dig + nd, r->digits + t->sk, t->ndigits);
		nd += t->ndigits;
		breaks[nd] = true;
	}
	gd_split_digits(dig, nd, breaks, GD_APPEALS_NCELLS, GD_SPLIT_BLOCKS_OF_5, &sp);
	if (sp.nways == 1 && !sp.gave_up)
	{
		for (int c = 0; c < GD_APPEALS_NCELLS; c++)
			cells[c] = (int32_t) sp.ways[0][c];
		gd_diag(sink, GD_SEV_NOTE, GD_SEC_APPEALS, NULL, NULL,
				"table 四 cells run together (archived text): its digits split one way only into 15 cells whose block totals add up");
		return true;
	}
	gd_toks_quote(r, slots[0], slots[n - 1], seen, sizeof(seen));
	d = gd_diag(sink, GD_SEV_ERROR, GD_SEC_APPEALS, NULL, NULL,
				"table 四: the run-together digits %s",
				sp.nways == 0 && !sp.gave_up ?
				"cannot be split into 15 cells whose block totals add up" :
				"split more than one way into 15 cells whose block totals add up (ambiguous): refusing to guess");
	gd_diag_detail(d, "The digits as printed: %s", seen);
	gd_diag_hint(d, "The digits ran together when the page was archived; take the report from its original page or PDF.");
	return true;
}

/* The values after the header into the 15 cells, block by block (blank ends beyond 15 dropped); any other count is refused, since which are blank is unknown. */
static bool
read_slots(const GdRegion *r, int *slots, int n, int more, int32_t *cells, GdDiagSink *sink)
{
	char		seen[300];
	int			a = 0;
	GdDiagnostic *d;

	if (n > 0 && n < GD_APPEALS_NCELLS && (r->toks[slots[0]].flags & GD_TOKF_GLUED))
	{
		int			before = sink->nerrors;

		if (split_run(r, slots, n, cells, sink))
			return sink->nerrors == before;
	}
	while (n - a > GD_APPEALS_NCELLS && r->toks[slots[n - 1]].kind == GD_TOK_BLANK)
		n--;
	while (n - a > GD_APPEALS_NCELLS && r->toks[slots[a]].kind == GD_TOK_BLANK)
		a++;
	if (n - a != GD_APPEALS_NCELLS || more > 0)
	{
		gd_toks_quote(r, slots[a], slots[n - 1], seen, sizeof(seen));
		d = gd_diag(sink, GD_SEV_ERROR, GD_SEC_APPEALS, NULL, NULL,
					"table 四: %d values where 15 were expected (3 blocks × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计) — cannot place them",
					n - a + more);
		gd_diag_detail(d, "The values as printed: %s", seen);
		gd_diag_hint(d, "Every cell of table 四 needs a value (a blank, - or 0 as printed); for a PDF, extract it with `pdftotext -layout`.");
		return false;
	}
	for (int c = 0; c < GD_APPEALS_NCELLS; c++)
	{
		const char *why = NULL;
		int32_t		v;
		char		q[96];

		if (!gd_tok_count(&r->toks[slots[a + c]], &v, &why))
		{
			d = gd_diag(sink, GD_SEV_ERROR, GD_SEC_APPEALS, gd_appeals_blocks[c / GD_APPEALS_NCOLS].key,
						gd_appeals_columns[c % GD_APPEALS_NCOLS].key,
						"table 四, block %s, column %s: \"%s\" %s (expected a whole number ≥ 0, or blank)",
						gd_appeals_blocks[c / GD_APPEALS_NCOLS].key,
						gd_appeals_columns[c % GD_APPEALS_NCOLS].key,
						gd_tok_quote(r, slots[a + c], q, sizeof(q)), why);
			gd_diag_hint(d, "A count is a whole number ≥ 0; a blank, - or / means not stated.");
			return false;
		}
		cells[c] = v;
	}
	return true;
}

void
gd_read_appeals(const GdSource *src, const GdSections *secs, const GdApplicationsFound *t3,
				GdDiagSink *sink, GdReportData *out, bool *read)
{
	const GdHit *h;
	const GdHit *stop;
	size_t		end;
	GdRegion   *r;
	int			slots[MAX_SLOTS];
	int			n,
				more;

	*read = false;
	out->has_appeals = false;
	for (int k = 0; k < GD_APPEALS_NCELLS; k++)
		out->appeals[k] = GD_NOT_STATED;
	if (!t3->found)
		return;
	h = gd_hit_between(secs, GD_ANCHOR_REVIEW, t3->end, src->len);
	if (h == NULL)
	{
		gd_diag(sink, GD_SEV_WARNING, GD_SEC_APPEALS, NULL, NULL,
				"section %s: table 四 not found after table 三",
				gd_sections[GD_SECTION_APPEALS].name.zh);
		return;
	}
	end = h->start + 65536 < src->len ? h->start + 65536 : src->len;
	stop = gd_hit_between(secs, GD_ANCHOR_PROBLEMS, h->end, end);
	if (stop == NULL)
		stop = gd_hit_between(secs, GD_ANCHOR_OTHER, h->end, end);
	if (stop != NULL)
		end = stop->start;
	r = gd_alloc0(sizeof(GdRegion));
	if (r == NULL)
	{
		sink->out_of_memory = true;
		return;
	}
	gd_tokenize(src, h->start, end, r);
	n = collect_slots(r, slots, &more);
	if (r->out_of_memory)
		sink->out_of_memory = true;
	else if (n == 0)
		gd_diag(sink, GD_SEV_WARNING, GD_SEC_APPEALS, NULL, NULL,
				"table 四: header found but no row of counts under it");
	else if (read_slots(r, slots, n, more, out->appeals, sink))
	{
		out->has_appeals = true;
		*read = true;
	}
	gd_region_free(r);
	gd_free(r);
}
