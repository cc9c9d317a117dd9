/*
 * parse/proactive.c — the reader of table 二 (proactive disclosure).
 *
 * Reads: the source from the first 第二十条 to table 三.  Produces: the
 * report's proactive cells and format, and diagnostics.
 *
 * The format is the one whose column labels the region prints (本年制发件数
 * is 2021, 本年新制作数量 2019), else table 三's.  The items (规章,
 * 行政规范性文件, 行政许可, …) are aligned in the form's order (rows.c); an
 * item owns the values up to the next item, and they fill its cells in
 * order.  Units in cells are read: counts with 件 笔 项 …, money in 元
 * (converted to 万元, noted), 万元 or 亿元; signed changes in the 2019
 * format.  Run-together digits that split one way are read; several ways
 * leave the item not stated, with a warning (the table still counts as
 * read: no identity can decide, and nothing is guessed).
 */
#include "core/parse/internal.h"

#include <string.h>

#define MAX_ITEMS 12

typedef struct Item
{
	const char *key;			/* item key: rules, normative_docs, … */
	const char *zh;
	int			first_pos;		/* its first cell's position in the format */
	int			ncells;
} Item;

/* The format's items, in order, from its cells. */
static int
items_of(int format, Item *items)
{
	int			n = 0;

	for (int pos = 0; pos < gd_proactive_ncells(format) && n < MAX_ITEMS; pos++)
	{
		const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(format, pos)];

		if (n > 0 && strcmp(items[n - 1].key, def->item.key) == 0)
		{
			items[n - 1].ncells++;
			continue;
		}
		items[n].key = def->item.key;
		items[n].zh = def->item.zh;
		items[n].first_pos = pos;
		items[n].ncells = 1;
		n++;
	}
	return n;
}

/* Does the skeleton cp[0..n) occur in skeleton h[0..hn)? */
static bool
contains(const uint32_t *h, int hn, const uint32_t *cp, int n)
{
	for (int i = 0; i + n <= hn; i++)
		if (h[i] == cp[0] && memcmp(h + i, cp, sizeof(uint32_t) * n) == 0)
			return true;
	return false;
}

/*
 * The format whose column labels the region prints, or 0.  A label counts
 * for a format when the format has the cell and no cell of another format
 * shares the label's first four characters (headers are often cut, as in
 * 现行有效件; 处理决定 is in 本年处理决定数量 too, so it tells nothing).
 */
static int
format_of_region(const GdRegion *r)
{
	int			best = 0,
				best_score = 0;
	bool		tie = false;

	for (int f = 0; f < gd_layout->nformats; f++)
	{
		const GdFormat *fm = &gd_layout->formats[f];
		int			score = 0;

		for (int pos = 0; pos < fm->ncells; pos++)
		{
			GdSkeleton	sk;
			int			n;
			bool		shared = false;

			gd_skeleton_of(gd_layout->proactive[fm->cells[pos]].name.zh, &sk);
			n = sk.n < 4 ? sk.n : 4;
			if (n < 3 || !contains(r->skel, r->nskel, sk.cp, n))
				continue;
			for (int j = 0; j < gd_layout->nproactive && !shared; j++)
			{
				GdSkeleton	other;

				if (gd_proactive_cell_pos(fm->id, j) >= 0)
					continue;	/* a cell of this format */
				gd_skeleton_of(gd_layout->proactive[j].name.zh, &other);
				shared = contains(other.cp, other.n, sk.cp, n);
			}
			if (!shared)
				score++;
		}
		if (score > best_score)
		{
			best = fm->id;
			best_score = score;
			tie = false;
		}
		else if (score == best_score && score > 0)
			tie = true;
	}
	return tie ? 0 : best;
}

typedef struct Reader
{
	GdRegion	reg;
	GdAlignScratch *align;		/* the parse's working memory */
	GdDiagSink *sink;
	GdReportData *out;
	int			format;
	bool		run_together;	/* table 三's digits run together: so may these */
	bool		ok;
} Reader;

/*
 * An amount printed as micro millionths of its unit, in 万元 millionths;
 * the conversion is noted with what was printed (quote).
 */
static bool
money_in_wan(Reader *rd, const GdProactiveDef *def, int64_t micro, int unit, const char *quote,
			 int64_t *v, const char **why)
{
	if (unit == GD_UNIT_COUNT)
		*why = "is a count, not an amount of money";
	else if (unit == GD_UNIT_YUAN)
	{
		*v = micro / 10000;
		gd_diag(rd->sink, GD_SEV_NOTE, GD_SEC_PROACTIVE, def->name.key, NULL,
				"table 二, %s: \"%s\" is in 元; converted to 万元", def->name.key, quote);
		if (micro % 10000 != 0)
			gd_diag(rd->sink, GD_SEV_WARNING, GD_SEC_PROACTIVE, def->name.key, NULL,
					"table 二, %s: fractions of a fen dropped in the conversion to 万元", def->name.key);
	}
	else if (unit == GD_UNIT_YI)
	{
		if (micro > INT64_MAX / 10000)
			*why = "is too large";
		else
		{
			*v = micro * 10000;
			gd_diag(rd->sink, GD_SEV_NOTE, GD_SEC_PROACTIVE, def->name.key, NULL,
					"table 二, %s: \"%s\" is in 亿元; converted to 万元", def->name.key, quote);
		}
	}
	else
	{
		*v = micro;
		if (unit == GD_UNIT_NONE && strstr(def->name.zh, "\xE4\xB8\x87\xE5\x85\x83") == NULL)
			gd_diag(rd->sink, GD_SEV_NOTE, GD_SEC_PROACTIVE, def->name.key, NULL,
					"table 二, %s: the amount \"%s\" does not state its unit; read as 万元",
					def->name.key, quote);
	}
	return *why == NULL;
}

/* One value for a cell: count, signed change or money (in 万元 millionths). */
static bool
cell_value(Reader *rd, int tok, const GdProactiveDef *def, int64_t *v, const char **why)
{
	const GdTok *t = &rd->reg.toks[tok];
	char		q[96];

	*why = NULL;
	if (t->kind == GD_TOK_BLANK)
	{
		*v = GD_PROACTIVE_NOT_STATED;
		return true;
	}
	if (t->kind != GD_TOK_NUM)
		*why = "is not a number";
	else if (t->flags & GD_TOKF_DECORATED)
		*why = "is not a plain number (a sign or mark is printed with it)";
	else if (t->flags & GD_TOKF_BIG)
		*why = "is too large";
	else if (def->kind == GD_KIND_MONEY)
	{
		if (t->flags & GD_TOKF_NEG)
			*why = "is a negative amount";
		else
			return money_in_wan(rd, def, t->micro, t->unit, gd_tok_quote(&rd->reg, tok, q, sizeof(q)),
								v, why);
	}
	else if (t->unit == GD_UNIT_YUAN || t->unit == GD_UNIT_WAN || t->unit == GD_UNIT_YI)
		*why = "is an amount of money, not a count";
	else if (t->flags & GD_TOKF_FRAC)
		*why = "is not a whole number";
	else if ((t->flags & GD_TOKF_NEG) && def->kind != GD_KIND_SIGNED)
		*why = "is negative";
	else if (t->micro / 1000000 > GD_COUNT_MAX)
		*why = "is too large";
	else
		*v = ((t->flags & GD_TOKF_NEG) ? -1 : 1) * (t->micro / 1000000);
	return *why == NULL;
}

/*
 * An item whose cells ran together ("52-31290", "14984361元"): read when
 * its characters split one way only into cells of the item's kinds (the
 * unit at the end belongs to the last cell).  Several readings, or none,
 * leave the item not stated with a warning: no identity ties its cells,
 * and nothing is guessed.  false when the run holds something other than
 * numbers (the caller reads it cell by cell).
 */
static bool
read_run(Reader *rd, const GdRowTokens *rt, int a, int k, const Item *it)
{
	char		run[65];
	int			n;
	int			unit;
	GdCellKind	kinds[GD_SPLIT_MAX_PARTS];
	GdItemSplit *sp;
	char		seen[200];
	const GdProactiveDef *def0 = &gd_layout->proactive[gd_proactive_cell_at(rd->format, it->first_pos)];

	if (it->ncells > GD_SPLIT_MAX_PARTS ||
		!gd_toks_run(&rd->reg, rt->values[a], rt->values[k - 1], run, sizeof(run), &n, &unit))
		return false;
	for (int c = 0; c < it->ncells; c++)
		kinds[c] = gd_layout->proactive[gd_proactive_cell_at(rd->format, it->first_pos + c)].kind;
	sp = gd_alloc(sizeof(GdItemSplit));
	if (sp == NULL)
	{
		rd->sink->out_of_memory = true;
		rd->ok = false;
		return true;
	}
	gd_split_item(run, n, kinds, it->ncells, sp);
	{
		const GdTok *t0 = &rd->reg.toks[rt->values[a]];
		const GdTok *t1 = &rd->reg.toks[rt->values[k - 1]];

		/* as printed, signs included */
		gd_utf8_copy(seen, sizeof(seen), rd->reg.src->text + t0->off, t1->off + t1->len - t0->off);
	}
	if (sp->nways == 1 && !sp->gave_up)
	{
		for (int c = 0; c < it->ncells; c++)
		{
			const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(rd->format, it->first_pos + c)];
			int64_t		v = sp->ways[0][c];
			const char *why = NULL;
			int			u = c == it->ncells - 1 ? unit : GD_UNIT_NONE;

			if (def->kind == GD_KIND_MONEY ? !money_in_wan(rd, def, v, u, seen, &v, &why) :
				u == GD_UNIT_YUAN || u == GD_UNIT_WAN || u == GD_UNIT_YI)
			{
				GdDiagnostic *d = gd_diag(rd->sink, GD_SEV_ERROR, GD_SEC_PROACTIVE, def->name.key, NULL,
										  "table 二, %s (%s · %s): \"%s\" %s", def->name.key, def->item.zh,
										  def->name.zh, seen, why ? why : "ends in a unit of money, but its last cell is a count");

				gd_diag_hint(d, "Check the item's row in the source: one value per column.");
				rd->ok = false;
				break;
			}
			rd->out->proactive[it->first_pos + c] = v;
		}
		gd_free(sp);
		return true;
	}
	gd_diag(rd->sink, GD_SEV_WARNING, GD_SEC_PROACTIVE, def0->name.key, NULL,
			"table 二, item %s: the run-together digits \"%s\" %s; its %d cells are left not stated",
			it->key, seen, sp->nways == 0 && !sp->gave_up ? "cannot be split into its cells" :
			"split more than one way (ambiguous)", it->ncells);
	for (int c = 0; c < it->ncells; c++)
		rd->out->proactive[it->first_pos + c] = GD_PROACTIVE_NOT_STATED;
	gd_free(sp);
	return true;
}

/*
 * A unit of money printed apart from any number (a cell wrapped after its
 * digits, a unit in a column of its own): which amount it scales cannot be
 * told, so the item is refused rather than read in the wrong unit.
 */
static bool
stray_unit(Reader *rd, const GdRowTokens *rt, int end, const Item *it)
{
	for (int k = rt->label_last + 1; k < end && k < rd->reg.ntok; k++)
	{
		int			unit = gd_tok_unit_word(&rd->reg, k);
		char		q[96];
		GdDiagnostic *d;

		if (unit != GD_UNIT_YUAN && unit != GD_UNIT_WAN && unit != GD_UNIT_YI)
			continue;
		d = gd_diag(rd->sink, GD_SEV_ERROR, GD_SEC_PROACTIVE,
					gd_layout->proactive[gd_proactive_cell_at(rd->format, it->first_pos)].name.key, NULL,
					"table 二, item %s (%s): the unit \"%s\" is printed apart from any number, so the amount it belongs to cannot be told",
					it->key, it->zh, gd_tok_quote(&rd->reg, k, q, sizeof(q)));
		gd_diag_detail(d, "The unit stands on line %u of the table, not beside a number.",
					   (unsigned) rd->reg.toks[k].line + 1);
		gd_diag_hint(d, "Check the item's row in the source: write the unit with its amount (1.2亿元) or give the amount in 万元.");
		rd->ok = false;
		return true;
	}
	return false;
}

static bool
any_blank(const Reader *rd, const GdRowTokens *rt, int a, int k)
{
	for (int i = a; i < k; i++)
		if (rd->reg.toks[rt->values[i]].kind != GD_TOK_NUM)
			return true;
	return false;
}

/* An item's values into its cells; errors name the cell. */
static void
read_item(Reader *rd, const GdRowTokens *rt, const Item *it)
{
	int			k = rt->nvalues;
	int			a = 0;
	const GdProactiveDef *def0 = &gd_layout->proactive[gd_proactive_cell_at(rd->format, it->first_pos)];

	while (k - a > it->ncells && rd->reg.toks[rt->values[k - 1]].kind == GD_TOK_BLANK)
		k--;
	while (k - a > it->ncells && rd->reg.toks[rt->values[a]].kind == GD_TOK_BLANK)
		a++;
	if (k - a > 0 && rt->more == 0 && !any_blank(rd, rt, a, k) &&
		(rd->run_together || (rd->reg.toks[rt->values[a]].flags & GD_TOKF_GLUED)) &&
		read_run(rd, rt, a, k, it))
		return;
	if (k - a != it->ncells || rt->more > 0)
	{
		char		seen[300] = "";
		GdDiagnostic *d;

		if (rt->nvalues > 0)
			gd_toks_quote(&rd->reg, rt->values[0], rt->values[rt->nvalues - 1], seen, sizeof(seen));
		d = gd_diag(rd->sink, GD_SEV_ERROR, GD_SEC_PROACTIVE, def0->name.key, NULL,
					"table 二, item %s (%s): %d values where %d were expected",
					it->key, it->zh, k - a + rt->more, it->ncells);
		gd_diag_detail(d, "The values as printed: %s", rt->nvalues > 0 ? seen : "(none)");
		gd_diag_hint(d, "Check the item's row in the source: one value per column (a blank, - or 0 as printed).");
		rd->ok = false;
		return;
	}
	for (int c = 0; c < it->ncells; c++)
	{
		int			id = gd_proactive_cell_at(rd->format, it->first_pos + c);
		const GdProactiveDef *def = &gd_layout->proactive[id];
		int64_t		v;
		const char *why;

		if (!cell_value(rd, rt->values[a + c], def, &v, &why))
		{
			char		q[96];
			GdDiagnostic *d = gd_diag(rd->sink, GD_SEV_ERROR, GD_SEC_PROACTIVE, def->name.key, NULL,
									  "table 二, %s (%s · %s): \"%s\" %s", def->name.key, def->item.zh,
									  def->name.zh, gd_tok_quote(&rd->reg, rt->values[a + c], q, sizeof(q)),
									  why);

			gd_diag_hint(d, def->kind == GD_KIND_MONEY ? "An amount is a number of 万元 (or of 元 or 亿元, said with the number)." :
						 "A count is a whole number ≥ 0 (with 件, 笔, 项 … if printed).");
			rd->ok = false;
			continue;
		}
		rd->out->proactive[it->first_pos + c] = v;
	}
}

/* The region: from the first 第二十条 to table 三 (or its heading). */
static bool
region_of(const GdSource *src, const GdSections *secs, const GdApplicationsFound *t3,
		  size_t *start, size_t *end)
{
	size_t		limit = t3->found ? t3->start : src->len;
	const GdHit *h = gd_hit_between(secs, GD_ANCHOR_ARTICLE20, 0, limit);
	const GdHit *stop;

	if (h == NULL)
		return false;
	*start = h->start;
	while (*start > 0 && src->text[*start - 1] != '\n')
		(*start)--;
	*end = limit;
	stop = gd_hit_between(secs, GD_ANCHOR_APPLICATIONS, h->end, *end);
	if (stop != NULL)
		*end = stop->start;
	if (*end - *start > GD_REGION_MAX_BYTES)
		*end = *start + GD_REGION_MAX_BYTES;
	return true;
}

static void
read_items(Reader *rd)
{
	Item		items[MAX_ITEMS];
	int			nitems = items_of(rd->format, items);
	GdElement  *e = gd_alloc(sizeof(GdElement) * MAX_ITEMS);
	GdAlignment *al = gd_alloc(sizeof(GdAlignment));
	int			next = -1;
	bool		any = false;

	if (e == NULL || al == NULL || !(memset(e, 0, sizeof(GdElement) * MAX_ITEMS), true))
		goto oom;
	for (int i = 0; i < nitems; i++)
	{
		e[i].id = i;
		e[i].optional = true;	/* a report may leave an item out */
		gd_skeleton_of(items[i].zh, &e[i].sk);
	}
	if (!gd_align(rd->align, &rd->reg, 0, rd->reg.ntok, e, nitems, al))
		goto oom;
	for (int i = nitems - 1; i >= 0; i--)
	{
		GdRowTokens rt;
		const GdPlacement *p = &al->at[i];

		if (!p->found)
			continue;
		/* the last item ends at the first words after its values */
		if (next < 0)
			next = gd_last_row_end(&rd->reg, p->first_tok, p->last_tok);
		gd_row_tokens(&rd->reg, p->first_tok, p->last_tok, next, &rt);
		if (!stray_unit(rd, &rt, next, &items[i]))
			read_item(rd, &rt, &items[i]);
		next = p->first_tok;
		any = true;
	}
	rd->out->has_proactive = any;
	if (!any)
		gd_diag(rd->sink, GD_SEV_WARNING, GD_SEC_PROACTIVE, NULL, NULL,
				"table 二: no item row found after the 第二十条 heading");
	gd_free(e);
	gd_free(al);
	return;
oom:
	rd->sink->out_of_memory = true;
	rd->ok = false;
	gd_free(e);
	gd_free(al);
}

void
gd_read_proactive(const GdSource *src, const GdSections *secs, const GdApplicationsFound *t3,
				  GdDiagSink *sink, GdReportData *out, bool *read)
{
	Reader	   *rd;
	size_t		start,
				end;

	*read = false;
	out->has_proactive = false;
	for (int p = 0; p < GD_PROACTIVE_NCELLS_MAX; p++)
		out->proactive[p] = GD_PROACTIVE_NOT_STATED;
	if (!region_of(src, secs, t3, &start, &end))
	{
		gd_diag(sink, GD_SEV_WARNING, GD_SEC_PROACTIVE, NULL, NULL,
				"section %s: table 二 not found (no 第二十条 heading)",
				gd_sections[GD_SECTION_PROACTIVE].name.zh);
		return;
	}
	rd = gd_alloc0(sizeof(Reader));
	if (rd == NULL)
	{
		sink->out_of_memory = true;
		return;
	}
	rd->align = src->align;
	rd->sink = sink;
	rd->out = out;
	rd->ok = true;
	rd->run_together = t3->run_together;
	gd_tokenize(src, start, end, &rd->reg);
	rd->format = format_of_region(&rd->reg);
	if (rd->format == 0)
		rd->format = t3->format ? t3->format : gd_format_newest();
	out->proactive_format = rd->format;
	if (rd->reg.out_of_memory)
	{
		sink->out_of_memory = true;
		rd->ok = false;
	}
	else
		read_items(rd);
	if (!rd->ok)
		out->has_proactive = false;
	*read = rd->ok && out->has_proactive;
	gd_region_free(&rd->reg);
	gd_free(rd);
}
