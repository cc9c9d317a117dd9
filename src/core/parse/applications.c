/*
 * parse/applications.c — the reader of table 三.
 *
 * Reads: the source, the anchors (GdSections).  Produces: the report's
 * applications cells and format, GdApplicationsFound (where the table is,
 * for the readers of tables 二 and 四), and diagnostics.
 *
 * 1. Candidates: each place 本年新收 is printed starts a candidate region,
 *    ending at table 四 (行政复议) or section 五.  The first candidate whose
 *    rows are found (rows.c, in both formats; the better alignment gives
 *    the format) is the table; a mention in the prose finds its rows in the
 *    table that follows and aligns the same way.
 * 2. Spans: a row owns the tokens from its label to the next label found,
 *    so counts printed on the first, middle or last line of a wrapped label
 *    are its own; the last row ends at the first word after its values.
 * 3. Layout: delimited cells, columns aligned by spaces, or run-together
 *    digits (GdLayoutKind), from where the values sit.
 * 4. Columns (columns.c) and placement (cells.c, split.c); group labels
 *    printed with values are subtotals, checked and not stored.
 * Every number from the first row's label to the last row's values lands
 * in one cell or fails the table with a diagnostic naming it.
 */
#include "core/parse/internal.h"

#include <stdio.h>
#include <string.h>

#include "core/check.h"
#include "core/matrix.h"

#define ID_OUTCOMES (-100)		/* the 三、本年度办理结果 heading */
#define MAX_CANDIDATES 8
#define MIN_FOUND_SHARE 60		/* % of rows found for a candidate to be the table */

/* Element ids: a row id (≥ 0), -1 - group for a group label, ID_OUTCOMES. */
static int
group_element(int g)
{
	return -1 - g;
}

static const char *
element_key(int id)
{
	if (id >= 0)
		return gd_layout->rows[id].name.key;
	if (id == ID_OUTCOMES)
		return gd_layout->column_groups[2].key;
	return gd_layout->groups[-1 - id].name.key;
}

static const char *
element_zh(int id)
{
	if (id >= 0)
		return gd_layout->rows[id].name.zh;
	if (id == ID_OUTCOMES)
		return gd_layout->column_groups[2].zh;
	return gd_layout->groups[-1 - id].name.zh;
}

/* The labels a table of this format prints, in order; group labels optional. */
static int
build_elements(int format, GdElement *e)
{
	int			n = 0;
	int			last_group = -1;
	bool		outcomes = false;	/* the 三、本年度办理结果 heading placed */

	for (int pos = 0; pos < gd_applications_nrows(format); pos++)
	{
		int			row = gd_applications_row_at(format, pos);
		int			g = gd_layout->rows[row].group;

		if (gd_layout->rows[row].role == GD_ROW_OUTCOME && !outcomes)
		{
			outcomes = true;
			e[n].id = ID_OUTCOMES;
			e[n].optional = true;
			e[n].word = false;
			gd_skeleton_of(gd_layout->column_groups[2].zh, &e[n].sk);
			n++;
		}
		if (g >= 0 && g != last_group &&
			strcmp(gd_layout->groups[g].name.zh, gd_layout->rows[row].name.zh) != 0)
		{
			e[n].id = group_element(g);
			e[n].optional = true;
			e[n].word = false;
			gd_skeleton_of(gd_layout->groups[g].name.zh, &e[n].sk);
			n++;
		}
		last_group = g;
		e[n].id = row;
		e[n].optional = false;
		e[n].word = true;
		gd_skeleton_of(gd_layout->rows[row].name.zh, &e[n].sk);
		n++;
	}
	return n;
}

/* One candidate: its region, tokens, format and alignment. */
typedef struct Candidate
{
	GdRegion	reg;
	int			anchor_tok;		/* the token where 本年新收 starts */
	int			format;
	int			nelem;
	GdElement	elem[GD_MAX_ELEMENTS];
	GdAlignment al;
	int			nrows;
	int			found;			/* rows (not optional labels) found */
} Candidate;

static int
rows_found(const Candidate *c)
{
	int			f = 0;

	for (int k = 0; k < c->nelem; k++)
		f += !c->elem[k].optional && c->al.at[k].found;
	return f;
}

/* The region of a candidate: from its line back to the heading, to table 四. */
static void
candidate_region(const GdSource *src, const GdSections *secs, const GdHit *h,
				 size_t *start, size_t *end)
{
	const GdHit *heading = NULL;
	const GdHit *stop;

	for (int i = 0; i < secs->nhits[GD_ANCHOR_APPLICATIONS]; i++)
	{
		const GdHit *x = &secs->hits[GD_ANCHOR_APPLICATIONS][i];

		if (x->start <= h->start && h->start - x->start <= 16384)
			heading = x;
	}
	*start = heading != NULL ? heading->start : (h->start > 2048 ? h->start - 2048 : 0);
	while (*start > 0 && src->text[*start - 1] != '\n')
		(*start)--;
	*end = src->len;
	stop = gd_hit_between(secs, GD_ANCHOR_REVIEW, h->end, src->len);
	if (stop != NULL)
		*end = stop->start;
	stop = gd_hit_between(secs, GD_ANCHOR_PROBLEMS, h->end, *end);
	if (stop != NULL)
		*end = stop->start;
	if (*end - *start > GD_REGION_MAX_BYTES)
		*end = *start + GD_REGION_MAX_BYTES;
}

/*
 * Align every format's labels; keep the one that finds most rows (the
 * newest on a tie).  false when out of memory.
 */
static bool
align_candidate(const GdSource *src, Candidate *c)
{
	GdElement  *e = gd_alloc(sizeof(GdElement) * GD_MAX_ELEMENTS);
	GdAlignment *al = gd_alloc(sizeof(GdAlignment));
	bool		ok = e != NULL && al != NULL;

	c->format = 0;
	for (int f = gd_layout->nformats - 1; f >= 0 && ok; f--)
	{
		int			format = gd_layout->formats[f].id;
		int			n;
		Candidate	trial;
		int			found;

		/* fewer rows than the best found so far: it cannot find more, nor as many */
		if (c->format != 0 && gd_applications_nrows(format) < c->found)
			continue;
		n = build_elements(format, e);
		if (!gd_align(src->align, &c->reg, c->anchor_tok, c->reg.ntok, e, n, al))
		{
			ok = false;
			break;
		}
		trial.nelem = n;
		memcpy(trial.elem, e, sizeof(GdElement) * n);
		trial.al = *al;
		found = rows_found(&trial);
		if (c->format == 0 || found > c->found ||
			(found == c->found && al->score > c->al.score))
		{
			c->format = format;
			c->nelem = n;
			memcpy(c->elem, e, sizeof(GdElement) * n);
			c->al = *al;
			c->found = found;
			c->nrows = gd_applications_nrows(format);
		}
	}
	gd_free(e);
	gd_free(al);
	return ok;
}

static int
token_at(const GdRegion *r, size_t off)
{
	for (int k = 0; k < r->ntok; k++)
		if ((size_t) r->toks[k].off + r->toks[k].len > off)
			return k;
	return r->ntok;
}

/* The first candidate whose rows are found; else the one with most. */
static Candidate *
choose_candidate(const GdSource *src, const GdSections *secs, bool *oom)
{
	Candidate  *best = NULL;
	int			ncand = secs->nhits[GD_ANCHOR_NEW_RECEIVED];

	*oom = false;
	if (ncand > MAX_CANDIDATES)
		ncand = MAX_CANDIDATES;
	for (int i = 0; i < ncand; i++)
	{
		const GdHit *h = &secs->hits[GD_ANCHOR_NEW_RECEIVED][i];
		Candidate  *c = gd_alloc0(sizeof(Candidate));
		size_t		start,
					end;

		if (c == NULL)
		{
			*oom = true;
			break;
		}
		candidate_region(src, secs, h, &start, &end);
		gd_tokenize(src, start, end, &c->reg);
		c->anchor_tok = token_at(&c->reg, h->start);
		if (c->reg.out_of_memory || !align_candidate(src, c))
		{
			*oom = true;
			gd_region_free(&c->reg);
			gd_free(c);
			break;
		}
		if (best == NULL || c->found > best->found)
		{
			if (best != NULL)
			{
				gd_region_free(&best->reg);
				gd_free(best);
			}
			best = c;
		}
		else
		{
			gd_region_free(&c->reg);
			gd_free(c);
		}
		if (best->found * 100 >= best->nrows * MIN_FOUND_SHARE)
			break;
	}
	return best;
}

/* ------------------------------------------------------------ spans */

/* A found element and the tokens it owns. */
typedef struct Row
{
	int			elem;			/* index in the candidate's elements */
	int			id;				/* row id, or a group/heading id (< 0) */
	GdRowTokens rt;
	int64_t		printed[GD_MAX_PRINTED_COLS];
	bool		placed;
	GdPlacedBy	how;
} Row;

/* The found elements in order, each with its span's tokens. */
static int
collect_rows(const Candidate *c, Row *rows, int *table_end)
{
	int			n = 0;
	int			next = -1;

	*table_end = c->reg.ntok;
	for (int k = c->nelem - 1; k >= 0; k--)
	{
		const GdPlacement *p = &c->al.at[k];
		int			end;

		if (!p->found)
			continue;
		end = next >= 0 ? next : gd_last_row_end(&c->reg, p->first_tok, p->last_tok);
		if (next < 0)
			*table_end = end;
		rows[k].elem = k;
		rows[k].id = c->elem[k].id;
		gd_row_tokens(&c->reg, p->first_tok, p->last_tok, end, &rows[k].rt);
		next = p->first_tok;
		n++;
	}
	return n;
}

/* -------------------------------------------------------- layout */

/* Delimited when at least half the values sit on tab or pipe lines; run-together when at least half the rows' first value is glued to its label; else spaced. */
static GdLayoutKind
detect_layout(const Candidate *c, const Row *rows)
{
	int			structured = 0,
				spaced = 0,
				with_values = 0,
				glued = 0;

	for (int k = 0; k < c->nelem; k++)
	{
		const GdRowTokens *rt = &rows[k].rt;

		if (!c->al.at[k].found || rt->nvalues == 0)
			continue;
		with_values++;
		if (c->reg.toks[rt->values[0]].flags & GD_TOKF_GLUED)
			glued++;
		for (int v = 0; v < rt->nvalues; v++)
		{
			if (c->reg.toks[rt->values[v]].line_kind == GD_LINE_SPACED)
				spaced++;
			else
				structured++;
		}
	}
	if (structured >= spaced)
		return GD_LAYOUT_CELLS;
	if (with_values > 0 && glued * 2 >= with_values)
		return GD_LAYOUT_RUN_TOGETHER;
	return GD_LAYOUT_SPACED;
}

/* ----------------------------------------------------- the table */

typedef struct Table
{
	Candidate  *c;
	GdDiagSink *sink;
	Row			rows[GD_MAX_ELEMENTS];	/* by element; only found ones used */
	int			table_end;		/* token after the last row's values */
	GdLayoutKind layout;
	GdColumns	cols;
	GdGrid		grid;			/* spaced layouts: where each value may stand */
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	bool		ok;
} Table;

static bool
found(const Table *t, int k)
{
	return t->c->al.at[k].found;
}

static const char *
hint_for(GdLayoutKind layout)
{
	switch (layout)
	{
		case GD_LAYOUT_CELLS:
			return "Check the row in the source table: every column needs a cell (a blank, -, / or 0 as printed).";
		case GD_LAYOUT_SPACED:
			return "If the text comes from a PDF, extract it with `pdftotext -layout` and check that the row's numbers sit under their columns.";
		case GD_LAYOUT_RUN_TOGETHER:
			break;
	}
	return "The row's digits ran together when the page was archived; take the report from its original page or PDF.";
}

static GdDiagnostic *
row_error(Table *t, int id, const char *col, const char *fmt, const char *why)
{
	GdDiagnostic *d = gd_diag(t->sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS,
							  element_key(id), col, fmt, element_key(id), element_zh(id), why);

	gd_diag_hint(d, "%s", hint_for(t->layout));
	return d;
}

/*
 * Would a subtotal printed at position p (of the form's columns with it)
 * equal the sum of the five 法人或其他组织 columns in the row?  -1 when
 * the row cannot tell (not all counts), 1 yes, 0 no.
 */
static int
subtotal_fits(const Table *t, const GdRowTokens *rt, int p)
{
	int64_t		sum = 0;
	int32_t		sub = 0;

	for (int i = 0; i < rt->nvalues; i++)
	{
		int32_t		v;
		const char *why;
		int			col = i < p ? i : i - 1;

		if (!gd_tok_count(&t->c->reg.toks[rt->values[i]], &v, &why) || v == GD_NOT_STATED)
			return -1;
		if (i == p)
			sub = v;
		else if (gd_layout->columns[col].organisation)
			sum += v;
	}
	return sum == sub;
}

/*
 * A header that prints 小计: the subtotal is first or last of the
 * 法人或其他组织 columns, and the rows with a value more than the form's
 * columns say which — the place where it equals the five columns' sum in
 * every row, when the other place fails in one.  The rows are believed
 * over a header read from stacked or wrapped characters; when they cannot
 * tell, the header's place stands (or, with no header, the rows are
 * refused for their extra value).
 */
static void
subtotal_from_rows(Table *t)
{
	int			first = -1,
				last = -1;
	int			good[2] = {0, 0},
				bad[2] = {0, 0};
	int			at[2];
	int			pick;
	int			was = -1;

	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (gd_layout->columns[c].organisation)
		{
			if (first < 0)
				first = c;
			last = c;
		}
	if (first < 0)
		return;
	at[0] = first;				/* 小计 before the five */
	at[1] = last + 1;			/* 小计 after them */
	for (int k = 0; k < t->c->nelem; k++)
		if (found(t, k) && t->rows[k].rt.nvalues == GD_APPLICATIONS_NCOLS + 1)
			for (int w = 0; w < 2; w++)
			{
				int			f = subtotal_fits(t, &t->rows[k].rt, at[w]);

				good[w] += f == 1;
				bad[w] += f == 0;
			}
	if (bad[0] == 0 && good[0] > 0 && bad[1] > 0)
		pick = 0;
	else if (bad[1] == 0 && good[1] > 0 && bad[0] > 0)
		pick = 1;
	else
		return;
	for (int p = 0; p < t->cols.n; p++)
		if (t->cols.col[p] == GD_COL_SUBTOTAL)
			was = p + 1 < t->cols.n && t->cols.col[p + 1] == at[0] ? 0 : 1;
	t->cols.n = 0;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		if (c == at[pick])
			t->cols.col[t->cols.n++] = GD_COL_SUBTOTAL;
		t->cols.col[t->cols.n++] = c;
	}
	t->cols.from_header = true;
	if (was != pick)
		gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, NULL, NULL,
				"table 三: the header prints 小计%s; the rows' sums place it %s the five 法人或其他组织 columns (%d rows agree)",
				was < 0 ? " but cannot be read" : " elsewhere", pick == 0 ? "before" : "after", good[pick]);
}

/* Columns: the header's, or the form's; a partly read header asks the rows. */
static void
decide_columns(Table *t, int first_row_sk)
{
	GdColumns  *cols = &t->cols;
	int			full = 0,
				subset = 0,
				stored = 0;
	char		list[256] = "";
	size_t		o = 0;

	gd_read_columns(&t->c->reg, 0, first_row_sk, cols);
	if (cols->from_header && !cols->complete)
	{
		for (int k = 0; k < t->c->nelem; k++)
			if (found(t, k))
			{
				full += t->rows[k].rt.nvalues == GD_APPLICATIONS_NCOLS;
				subset += t->rows[k].rt.nvalues == cols->n;
			}
		if (full > subset)
		{
			GdColumns	form = {0};

			form.n = GD_APPLICATIONS_NCOLS;
			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
				form.col[c] = c;
			form.subtotal_printed = cols->subtotal_printed;
			*cols = form;
		}
	}
	if (cols->subtotal_printed)
		subtotal_from_rows(t);
	if (!cols->from_header)
	{
		gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, NULL, NULL,
				"table 三: the column header cannot be read (labels stacked or merged); "
				"the form's order of the %d columns applies to rows with exactly %d values",
				GD_APPLICATIONS_NCOLS, GD_APPLICATIONS_NCOLS);
		return;
	}
	for (int p = 0; p < cols->n; p++)
		stored += cols->col[p] != GD_COL_SUBTOTAL;
	if (stored == GD_APPLICATIONS_NCOLS)
		return;
	for (int p = 0; p < cols->n && o + 40 < sizeof(list); p++)
		o += (size_t) snprintf(list + o, sizeof(list) - o, "%s%s", p ? ", " : "",
							   cols->col[p] == GD_COL_SUBTOTAL ? "subtotal" :
							   gd_layout->columns[cols->col[p]].name.key);
	gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, NULL, NULL,
			"table 三 prints %d columns: %s (columns it omits are not stated)", cols->n, list);
}

/* Spaced layouts: the columns each value may stand in, block by block. */
static void
learn_positions(Table *t)
{
	const GdRowTokens *rows[GD_MAX_ELEMENTS];

	if (t->layout != GD_LAYOUT_SPACED)
		return;
	for (int k = 0; k < t->c->nelem; k++)
		rows[k] = found(t, k) ? &t->rows[k].rt : NULL;
	gd_spaced_grid(&t->c->reg, rows, t->c->nelem, t->cols.n, &t->grid);
}

/* Delimited and spaced rows: each value under its column. */
static void
place_row(Table *t, int k)
{
	Row		   *row = &t->rows[k];
	char		why[600];
	char		seen[400] = "";
	const char *col;

	if (!gd_place_values(&t->c->reg, &row->rt, &t->cols, t->layout,
						 t->grid.known[k] ? t->grid.allowed[k] : NULL, row->printed, &row->how,
						 &col, why, sizeof(why)))
	{
		GdDiagnostic *d = row_error(t, row->id, col, "table 三, row %s (%s): %s", why);

		if (row->rt.nvalues > 0)
			gd_toks_quote(&t->c->reg, row->rt.label_first,
						  row->rt.values[row->rt.nvalues - 1], seen, sizeof(seen));
		gd_diag_detail(d, "The row as printed: %s", seen);
		t->ok = false;
		return;
	}
	row->placed = true;
	if (row->how == GD_PLACED_BY_POSITION)
		gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, element_key(row->id), NULL,
				"table 三, row %s: %d of %d values printed; placed by their columns' positions, the others not stated",
				element_key(row->id), row->rt.nvalues, t->cols.n);
	else if (row->how == GD_PLACED_EMPTY && row->id >= 0)
		gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, element_key(row->id), NULL,
				"table 三, row %s (%s) is printed without cells: its counts are not stated",
				element_key(row->id), element_zh(row->id));
}

/* --------------------------------------------- run-together rows */

typedef struct Ambiguous
{
	int			k;				/* element */
	GdSplit		split;
} Ambiguous;

/* The row's digits, each value token a run; false if one is not digits. */
static bool
row_digits(const Table *t, const GdRowTokens *rt, char *dig, bool *breaks, int *n)
{
	*n = 0;
	breaks[0] = false;
	for (int v = 0; v < rt->nvalues; v++)
	{
		const GdTok *tok = &t->c->reg.toks[rt->values[v]];

		if (tok->kind != GD_TOK_NUM ||
			(tok->flags & (GD_TOKF_NEG | GD_TOKF_PLUS | GD_TOKF_FRAC | GD_TOKF_DECORATED)) ||
			tok->unit != GD_UNIT_NONE || tok->ndigits == 0 || *n + tok->ndigits > 64)
			return false;
		memcpy(dig + *n, t->c->reg.digits + tok->sk, tok->ndigits);
		*n += tok->ndigits;
		breaks[*n] = true;
	}
	return true;
}

/* 1: split one way and placed; 2: several ways (in *amb); 0: error. */
static int
split_row(Table *t, int k, Ambiguous *amb)
{
	Row		   *row = &t->rows[k];
	char		dig[65];
	bool		breaks[66] = {false};
	int			n;
	GdSplitRule rule = GD_SPLIT_PLAIN;
	char		seen[400];

	if (!row_digits(t, &row->rt, dig, breaks, &n))
		return -1;				/* not plain digits: read as cells */
	if (t->cols.col[t->cols.n - 1] == gd_applications_total_column())
	{
		rule = GD_SPLIT_LAST_IS_SUM;
		for (int p = 0; p < t->cols.n; p++)
			if (t->cols.col[p] == GD_COL_SUBTOTAL)
				rule = GD_SPLIT_PLAIN;
	}
	gd_split_digits(dig, n, breaks, t->cols.n, rule, &amb->split);
	if (amb->split.nways == 1 && !amb->split.gave_up)
	{
		for (int p = 0; p < t->cols.n; p++)
			row->printed[p] = amb->split.ways[0][p];
		row->placed = true;
		return 1;
	}
	gd_toks_quote(&t->c->reg, row->rt.values[0], row->rt.values[row->rt.nvalues - 1], seen, sizeof(seen));
	if (amb->split.nways == 0 && !amb->split.gave_up)
	{
		GdDiagnostic *d = row_error(t, row->id, NULL, "table 三, row %s (%s): %s",
									rule == GD_SPLIT_LAST_IS_SUM ?
									"its run-together digits cannot be split into counts whose total equals the sum of the others" :
									"its run-together digits cannot be split into its counts");

		gd_diag_detail(d, "The digits as printed: %s (%d columns)", seen, t->cols.n);
		t->ok = false;
		return 0;
	}
	amb->k = k;
	return 2;
}

/*
 * A spaced row with fewer values than columns that its positions leave to
 * be placed several ways: 2, with the ways in *amb, for the identities to
 * decide; -1 otherwise (placed, or refused, as any row).
 */
static int
spaced_row(Table *t, int k, Ambiguous *amb)
{
	const GdRowTokens *rt = &t->rows[k].rt;
	bool		number = false;

	if (rt->nvalues == 0 || rt->nvalues >= t->cols.n)
		return -1;
	for (int i = 0; i < rt->nvalues; i++)
		number |= t->c->reg.toks[rt->values[i]].kind == GD_TOK_NUM;
	if (!number ||
		!gd_spaced_ways(&t->c->reg, rt, &t->cols, t->grid.known[k] ? t->grid.allowed[k] : NULL,
						&amb->split) ||
		amb->split.nways < 2 || amb->split.gave_up)
		return -1;
	amb->k = k;
	return 2;
}

static void
store_row(Table *t, int k);

#define NO_FIT_COMBOS_MAX 256	/* readings examined to say where it fails */

/* Put combination x of the ambiguous rows' readings into the cells. */
static void
apply_combination(Table *t, const Ambiguous *amb, int namb, long x, int *pick)
{
	for (int a = 0; a < namb; a++)
	{
		Row		   *row = &t->rows[amb[a].k];

		pick[a] = (int) (x % amb[a].split.nways);
		x /= amb[a].split.nways;
		for (int p = 0; p < t->cols.n; p++)
			row->printed[p] = amb[a].split.ways[pick[a]][p];
		row->placed = true;
		store_row(t, amb[a].k);
	}
}

/*
 * No combination of the rows' readings satisfies the identities: a printed
 * count is wrong, and nothing is repaired.  Said once for the table, first,
 * with the columns where A or B fails whatever the reading (a row total
 * printed wrong makes its row split wrongly, and the columns fail).
 */
static void
report_no_fit(Table *t, const Ambiguous *amb, int namb, long combos)
{
	const char *rules[2] = {gd_identity_with_role(GD_IDENTITY_BALANCE)->rule,
	gd_identity_with_role(GD_IDENTITY_OUTCOMES)->rule};
	bool		always[2][GD_APPLICATIONS_NCOLS];
	GdViolation *v = gd_alloc(sizeof(GdViolation) * GD_MAX_VIOLATIONS);
	int			pick[GD_MAX_ELEMENTS];
	char		cols[300] = "";
	size_t		o = 0;
	GdDiagnostic *d;

	memset(always, combos <= NO_FIT_COMBOS_MAX && v != NULL, sizeof(always));
	for (long x = 0; x < combos && x < NO_FIT_COMBOS_MAX && v != NULL; x++)
	{
		bool		fails[2][GD_APPLICATIONS_NCOLS] = {{false}};
		int			nv;

		apply_combination(t, amb, namb, x, pick);
		nv = gd_applications_violations(t->c->format, t->cells, v);
		for (int i = 0; i < nv; i++)
			for (int r = 0; r < 2; r++)
				if (strcmp(v[i].rule, rules[r]) == 0 && v[i].column_key != NULL &&
					gd_applications_column_id(v[i].column_key) >= 0)
					fails[r][gd_applications_column_id(v[i].column_key)] = true;
		for (int r = 0; r < 2; r++)
			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
				always[r][c] &= fails[r][c];
	}
	gd_free(v);
	for (int r = 0; r < 2; r++)
		for (int c = 0; c < GD_APPLICATIONS_NCOLS && o + 60 < sizeof(cols); c++)
			if (always[r][c])
				o += (size_t) snprintf(cols + o, sizeof(cols) - o, "%s%s in %s", o ? ", " : "",
									   rules[r], gd_layout->columns[c].name.key);
	d = gd_diag(t->sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, NULL, NULL,
				"table 三: no %s satisfies the column totals (identities A and B), so a printed count is wrong; it is not repaired",
				t->layout == GD_LAYOUT_SPACED ? "placement of the rows whose empty cells print nothing" :
				"reading of the run-together digits");
	if (cols[0])
		gd_diag_detail(d, "Failing whatever the reading: %s.", cols);
	gd_diag_hint(d, "%s", t->layout == GD_LAYOUT_SPACED ?
				 "Check the rows' counts and totals against the PDF; printing 0 or - in empty cells lets each number be placed." :
				 "A row total printed wrong makes its row's digits split wrongly: check the rows' totals "
				 "against the report's original page or PDF.");
}

/* Several rows split several ways: the whole table's identities choose. */
static void
resolve_ambiguous(Table *t, Ambiguous *amb, int namb)
{
	long		combos = 1;
	int			good = 0;
	int			pick[GD_MAX_ELEMENTS] = {0};
	int			choice[GD_MAX_ELEMENTS] = {0};

	for (int a = 0; a < namb && combos <= 4096; a++)
		combos *= amb[a].split.gave_up ? 4097 : amb[a].split.nways;
	if (combos <= 4096 && t->ok)
		for (long x = 0; x < combos && good < 2; x++)
		{
			apply_combination(t, amb, namb, x, pick);
			if (gd_applications_consistent(t->c->format, t->cells))
			{
				if (good++ == 0)
					memcpy(choice, pick, sizeof(pick));
			}
		}
	if (good == 0 && combos <= 4096 && t->ok)
		report_no_fit(t, amb, namb, combos);
	for (int a = 0; a < namb; a++)
	{
		Row		   *row = &t->rows[amb[a].k];

		if (good == 1)
		{
			for (int p = 0; p < t->cols.n; p++)
				row->printed[p] = amb[a].split.ways[choice[a]][p];
			store_row(t, amb[a].k);
			if (t->layout == GD_LAYOUT_SPACED)
				gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, element_key(row->id), NULL,
						"table 三, row %s: its %d values stand under the columns %d ways (its empty cells print nothing); "
						"the column totals (identities A and B) leave one",
						element_key(row->id), row->rt.nvalues, amb[a].split.nways);
			else
				gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, element_key(row->id), NULL,
						"table 三, row %s: its run-together digits split %d%s ways by the row total; "
						"the column totals (identities A and B) leave one",
						element_key(row->id), amb[a].split.nways, amb[a].split.gave_up ? "+" : "");
			continue;
		}
		{
			char		alt[300] = "";
			size_t		o = 0;
			char		seen[200];
			GdDiagnostic *d;

			for (int w = 0; w < amb[a].split.nways && w < 3 && o + 90 < sizeof(alt); w++)
			{
				o += (size_t) snprintf(alt + o, sizeof(alt) - o, "%s", w ? " or " : "");
				for (int p = 0; p < t->cols.n; p++)
					if (amb[a].split.ways[w][p] == GD_NOT_STATED)
						o += (size_t) snprintf(alt + o, sizeof(alt) - o, "%s-", p ? "," : "");
					else
						o += (size_t) snprintf(alt + o, sizeof(alt) - o, "%s%lld", p ? "," : "",
											   (long long) amb[a].split.ways[w][p]);
			}
			gd_toks_quote(&t->c->reg, row->rt.values[0], row->rt.values[row->rt.nvalues - 1],
						  seen, sizeof(seen));
			if (t->layout == GD_LAYOUT_SPACED)
			{
				d = row_error(t, row->id, NULL, "table 三, row %s (%s): %s",
							  "its values stand under the columns more than one way (its empty cells print nothing), "
							  "and the table's identities do not decide: refusing to guess");
				gd_diag_detail(d, "The values as printed: %s; candidate placements: %s%s", seen, alt,
							   amb[a].split.gave_up || amb[a].split.nways > 3 ? " …" : "");
			}
			else
			{
				d = row_error(t, row->id, NULL, "table 三, row %s (%s): %s",
							  "its run-together digits split more than one way, and the table's identities do not decide: refusing to guess");
				gd_diag_detail(d, "The digits as printed: %s; candidate splits: %s%s", seen, alt,
							   amb[a].split.gave_up || amb[a].split.nways > 3 ? " …" : "");
			}
			row->placed = false;
			for (int p = 0; p < t->cols.n; p++)
				row->printed[p] = GD_NOT_STATED;
			store_row(t, amb[a].k);
			t->ok = false;
		}
	}
}

/* ------------------------------------------------------- storing */

/* A placed table row into the cells; its subtotal column checked. */
static void
store_row(Table *t, int k)
{
	Row		   *row = &t->rows[k];
	int			pos;
	int64_t		parts = 0;
	bool		any = false;

	if (row->id < 0)
		return;
	pos = gd_applications_row_pos(t->c->format, row->id);
	for (int p = 0; p < t->cols.n; p++)
	{
		int			c = t->cols.col[p];

		if (c != GD_COL_SUBTOTAL)
			t->cells[pos * GD_APPLICATIONS_NCOLS + c] =
				row->placed ? (int32_t) row->printed[p] : GD_NOT_STATED;
	}
	if (!row->placed)
		return;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (gd_layout->columns[c].organisation &&
			t->cells[pos * GD_APPLICATIONS_NCOLS + c] != GD_NOT_STATED)
		{
			parts += t->cells[pos * GD_APPLICATIONS_NCOLS + c];
			any = true;
		}
	for (int p = 0; p < t->cols.n; p++)
		if (t->cols.col[p] == GD_COL_SUBTOTAL && row->printed[p] != GD_NOT_STATED && any &&
			parts != row->printed[p])
			gd_diag(t->sink, GD_SEV_WARNING, GD_SEC_APPLICATIONS, element_key(row->id), NULL,
					"table 三, row %s: the 法人或其他组织 subtotal column says %lld, its five columns sum to %lld",
					element_key(row->id), (long long) row->printed[p], (long long) parts);
}

/* Group labels printed with values: subtotals, checked, never stored. */
static void
check_subtotal(Table *t, int k)
{
	Row		   *row = &t->rows[k];
	int			tp = gd_applications_row_pos(t->c->format, gd_applications_total_processed_row());

	for (int p = 0; p < t->cols.n; p++)
	{
		int			c = t->cols.col[p];
		int64_t		sum;
		bool		have;

		if (c == GD_COL_SUBTOTAL || row->printed[p] == GD_NOT_STATED)
			continue;
		if (row->id == ID_OUTCOMES)
		{
			sum = t->cells[tp * GD_APPLICATIONS_NCOLS + c];
			have = sum != GD_NOT_STATED;
		}
		else
			have = gd_applications_group_sum(t->c->format, t->cells, -1 - row->id, c, &sum);
		if (have && sum != row->printed[p])
			gd_diag(t->sink, GD_SEV_WARNING, GD_SEC_APPLICATIONS, element_key(row->id),
					gd_layout->columns[c].name.key,
					"table 三: the subtotal row %s says %lld in column %s, its rows sum to %lld",
					element_zh(row->id), (long long) row->printed[p],
					gd_layout->columns[c].name.key, (long long) sum);
	}
}

/* ----------------------------------------------------- completeness */

static int	cut_row(const Table *t);

/* Rows the alignment did not find: the table is incomplete. */
static void
report_missing(Table *t)
{
	char		list[600] = "";
	size_t		o = 0;
	int			nmiss = 0;
	int			first = -1,
				before = -1,
				prev = -1;
	int			cut;
	GdDiagnostic *d;

	for (int k = 0; k < t->c->nelem; k++)
	{
		if (t->c->elem[k].optional)
			continue;
		if (found(t, k))
		{
			prev = t->c->elem[k].id;
			continue;
		}
		if (first < 0)
		{
			first = t->c->elem[k].id;
			before = prev;
		}
		if (o + 60 < sizeof(list))
			o += (size_t) snprintf(list + o, sizeof(list) - o, "%s%s", nmiss ? ", " : "",
								   element_key(t->c->elem[k].id));
		nmiss++;
	}
	if (nmiss == 0)
		return;
	d = gd_diag(t->sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, element_key(first), NULL,
				"table 三 is incomplete: row %s (%s) not found%s%s; %d row(s) missing: %s",
				element_key(first), element_zh(first), before != -1 ? " after row " : "",
				before != -1 ? element_key(before) : "", nmiss, list);
	cut = cut_row(t);
	if (cut >= 0 && t->rows[cut].rt.nvalues == 0)
		gd_diag_detail(d, "Read as the %d format (%d rows); %d of its %d rows were found in the table's text, "
					   "the last, %s, cut off after its label.",
					   t->c->format, t->c->nrows, t->c->found, t->c->nrows, element_key(t->c->elem[cut].id));
	else if (cut >= 0)
		gd_diag_detail(d, "Read as the %d format (%d rows); %d of its %d rows were found in the table's text, "
					   "the last, %s, cut off after %d of its %d values.",
					   t->c->format, t->c->nrows, t->c->found, t->c->nrows, element_key(t->c->elem[cut].id),
					   t->rows[cut].rt.nvalues, t->cols.n);
	else
		gd_diag_detail(d, "Read as the %d format (%d rows); %d of its %d rows were found in the table's text.",
					   t->c->format, t->c->nrows, t->c->found, t->c->nrows);
	gd_diag_hint(d, "Check that the whole table is in the text (a page may be missing); a row printed under another name is matched only between its neighbours.");
	t->ok = false;
}

/* Labels in one block, numbers in others: plain pdftotext's reading order. */
static bool
raw_reading_order(Table *t)
{
	int			empty = 0,
				with = 0,
				crowded = 0;

	for (int k = 0; k < t->c->nelem; k++)
	{
		if (!found(t, k) || t->c->elem[k].optional)
			continue;
		if (t->rows[k].rt.nvalues == 0)
			empty++;
		else
			with++;
		if (t->rows[k].rt.nvalues + t->rows[k].rt.more >= 2 * GD_APPLICATIONS_NCOLS + 2)
			crowded++;
	}
	if (empty * 2 < empty + with || crowded == 0)
		return false;
	{
		GdDiagnostic *d = gd_diag(t->sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, NULL, NULL,
								  "table 三: the row labels and the numbers are printed in separate blocks, "
								  "so no number can be told to belong to its row");

		gd_diag_detail(d, "%d of the %d rows found have no number after their label, and %d row(s) are followed by more numbers than the table has columns: "
					   "the reading order of plain pdftotext, which prints a table column by column.",
					   empty, empty + with, crowded);
		gd_diag_hint(d, "Extract the PDF's text with `pdftotext -layout`, which keeps each row's numbers beside its label.");
	}
	t->ok = false;
	return true;
}

/*
 * A second table 三 after the first (the page printed twice, a copy with
 * other numbers): its first row, in full, with counts on its line.
 */
static void
second_table(Table *t, const GdSections *secs, size_t end_off)
{
	const GdSource *src = t->c->reg.src;
	int			nr = gd_applications_row_with_role(GD_ROW_RECEIVED);
	GdSkeleton	label;

	gd_skeleton_of(element_zh(nr), &label);
	for (int i = 0; i < secs->nhits[GD_ANCHOR_NEW_RECEIVED]; i++)
	{
		const GdHit *h = &secs->hits[GD_ANCHOR_NEW_RECEIVED][i];
		size_t		ls = h->start,
					le = h->start;
		GdRegion	line;
		int			nums = 0;
		bool		full = false;

		if (h->start < end_off)
			continue;
		while (ls > 0 && src->text[ls - 1] != '\n')
			ls--;
		while (le < src->len && src->text[le] != '\n' && le - h->start < 4096)
			le++;
		gd_tokenize(src, ls, le, &line);
		for (int k = 0; k < line.ntok; k++)
			nums += line.toks[k].kind == GD_TOK_NUM;
		/* the whole label, its core characters in order */
		for (int c = 0, m = 0; c < line.nskel && !full; c++)
		{
			while (m < label.n && label.optional[m])
				m++;
			if (m < label.n && line.skel[c] == label.cp[m])
				m++;
			else
				m = line.skel[c] == label.cp[0] ? 1 : 0;
			while (m < label.n && label.optional[m])
				m++;
			full = m == label.n;
		}
		gd_region_free(&line);
		if (full && nums >= 3)
		{
			GdDiagnostic *d = gd_diag(t->sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, element_key(nr), NULL,
									  "table 三 is printed twice (a second row %s with counts follows the first table); cannot tell which is the report's",
									  element_zh(nr));

			gd_diag_hint(d, "Remove the copy that is not the report's table, or pass each report separately.");
			t->ok = false;
			return;
		}
	}
}

/* The item number a row's label is printed with (1.属于国家秘密 → 1), or 0. */
static int
item_number(int id)
{
	const char *zh = element_zh(id);
	int			n = 0;

	while (*zh >= '0' && *zh <= '9')
		n = n * 10 + (*zh++ - '0');
	return n;
}

/* No words between token k and token stop: k stands right before it. */
static bool
only_values_until(const GdRegion *r, int k, int stop)
{
	for (int i = k + 1; i < stop; i++)
		if (r->toks[i].kind == GD_TOK_TEXT)
			return false;
	return true;
}

/*
 * Item numbers (1. 2、) are not counts, so a digit read as one must be the
 * number of the row it stands by — the row whose label follows it at once,
 * or the row in whose label it stands (3. printed under 危及“三安全一稳定”).  Any other is a
 * stray number in the table, never skipped in silence.
 */
static void
check_item_numbers(Table *t)
{
	const GdRegion *r = &t->c->reg;
	int			cur = -1;		/* the element whose span we are in */
	int			k = 0;

	for (int e = 0; e <= t->c->nelem; e++)
	{
		int			next = -1;
		int			stop;

		while (e < t->c->nelem && !found(t, e))
			e++;
		next = e < t->c->nelem ? e : -1;
		stop = next >= 0 ? t->c->al.at[next].first_tok : t->table_end;
		for (; k < stop && k < t->table_end; k++)
		{
			int			v;
			char		q[64];
			GdDiagnostic *d;

			if (r->toks[k].kind != GD_TOK_ENUM || cur < 0)
				continue;
			v = 0;
			/* the item number's digits are the token's own bytes */
			for (uint32_t b = 0; b < r->toks[k].len; b++)
			{
				char		ch = r->src->text[r->toks[k].off + b];

				if (ch >= '0' && ch <= '9')
					v = v * 10 + (ch - '0');
			}
			if (v == item_number(t->c->elem[cur].id) ||
				(next >= 0 && v == item_number(t->c->elem[next].id) && only_values_until(r, k, stop)))
				continue;
			d = gd_diag(t->sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, element_key(t->c->elem[cur].id), NULL,
						"table 三, row %s (%s): \"%s\" stands where no item number belongs (the rows around it are numbered %d and %d): a stray number",
						element_key(t->c->elem[cur].id), element_zh(t->c->elem[cur].id),
						gd_tok_quote(r, k, q, sizeof(q)), item_number(t->c->elem[cur].id),
						next >= 0 ? item_number(t->c->elem[next].id) : 0);
			gd_diag_hint(d, "%s", hint_for(t->layout));
			t->ok = false;
		}
		cur = next;
		if (next < 0)
			break;
	}
}

/* ----------------------------------------------------------- reading */

/*
 * A table cut off (a page missing, a partial copy): every missing row comes
 * after the last row found.  Its last row's line may be cut too: that row
 * is then reported as part of the missing end, not as a row of its own.
 */
static int
cut_row(const Table *t)
{
	int			last = -1;
	bool		gap = false;

	/* rows only: a group label or heading not found is no gap */
	for (int k = 0; k < t->c->nelem; k++)
		if (!t->c->elem[k].optional)
		{
			if (found(t, k))
			{
				if (gap)
					return -1;	/* a row missing before a found row: not a cut */
				last = k;
			}
			else if (last >= 0)
				gap = true;
		}
	if (last < 0 || t->c->found == t->c->nrows)
		return -1;
	return t->rows[last].rt.nvalues < t->cols.n ? last : -1;
}

/* Every found row placed (or split) and stored; rows that split several ways are then decided together. */
static void
read_cells(Table *t)
{
	Ambiguous  *amb = NULL;		/* allocated at the first row that splits several ways */
	Ambiguous	one;
	int			namb = 0;

	learn_positions(t);
	for (int k = 0; k < t->c->nelem; k++)
	{
		int			r = -1;

		if (!found(t, k))
			continue;
		if (k == cut_row(t))
		{
			t->ok = false;		/* reported with the missing rows */
			continue;
		}
		if (t->layout == GD_LAYOUT_RUN_TOGETHER && t->rows[k].rt.nvalues > 0 &&
			t->rows[k].rt.nvalues != t->cols.n)
			r = split_row(t, k, &one);
		else if (t->layout == GD_LAYOUT_SPACED)
			r = spaced_row(t, k, &one);
		if (r == 2)
		{
			if (amb == NULL && (amb = gd_alloc(sizeof(Ambiguous) * GD_MAX_ELEMENTS)) == NULL)
			{
				t->sink->out_of_memory = true;
				t->ok = false;
				return;
			}
			amb[namb++] = one;
		}
		else if (r == -1)
			place_row(t, k);
		if (t->rows[k].placed)
			store_row(t, k);
	}
	if (namb > 0)
		resolve_ambiguous(t, amb, namb);
	for (int k = 0; k < t->c->nelem; k++)
		if (found(t, k) && t->rows[k].id < 0 && t->rows[k].placed &&
			t->rows[k].how != GD_PLACED_EMPTY)
			check_subtotal(t, k);
	gd_free(amb);
}

/* Labels read as variants of the form's wording: say what was seen. */
static void
note_variants(Table *t)
{
	for (int k = 0; k < t->c->nelem; k++)
	{
		const GdPlacement *p = &t->c->al.at[k];
		char		seen[200];

		if (!p->found || p->exact || t->c->elem[k].optional ||
			p->matched_core == t->c->elem[k].sk.ncore)
			continue;
		gd_toks_quote(&t->c->reg, p->first_tok, p->last_tok, seen, sizeof(seen));
		gd_diag(t->sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, element_key(t->c->elem[k].id), NULL,
				"table 三, row %s: its label is printed as \"%s\" (%d of the %d characters of %s), "
				"taken for this row between its neighbours",
				element_key(t->c->elem[k].id), seen, p->matched_core, t->c->elem[k].sk.ncore,
				element_zh(t->c->elem[k].id));
	}
}

static void
not_found(GdDiagSink *sink, const GdSections *secs, bool oom)
{
	GdDiagnostic *d;

	if (oom)
	{
		sink->out_of_memory = true;
		return;
	}
	d = gd_diag(sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, NULL, NULL,
				"section %s: table 三 not found — expected a row labelled %s followed by its counts",
				gd_sections[GD_SECTION_APPLICATIONS].name.zh,
				element_zh(gd_applications_row_with_role(GD_ROW_RECEIVED)));
	if (secs->total[GD_ANCHOR_NEW_RECEIVED] == 0)
		gd_diag_detail(d, "The words 本年新收 (the start of the table's first row) do not occur in the text%s.",
					   secs->total[GD_ANCHOR_APPLICATIONS] > 0 ?
					   ", though the section's heading does: the table may be an image or cut off" : "");
	else
		gd_diag_detail(d, "本年新收 occurs %ld time(s), but none is followed by the table's rows in the form's order.",
					   secs->total[GD_ANCHOR_NEW_RECEIVED]);
	gd_diag_hint(d, "Pass the report's text with its tables (for a PDF, `pdftotext -layout`; for a web page, its HTML).");
}

void
gd_read_applications(const GdSource *src, const GdSections *secs, GdDiagSink *sink,
					 GdReportData *out, GdApplicationsFound *where)
{
	bool		oom;
	Table	   *t;
	int			first_row = -1;
	int			first_sk = 0;

	memset(where, 0, sizeof(*where));
	t = gd_alloc0(sizeof(Table));
	if (t == NULL)
	{
		not_found(sink, secs, true);
		return;
	}
	t->c = choose_candidate(src, secs, &oom);
	if (t->c == NULL || t->c->found == 0)
	{
		not_found(sink, secs, oom);
		if (t->c != NULL)
			gd_region_free(&t->c->reg);
		gd_free(t->c);
		gd_free(t);
		return;
	}
	t->sink = sink;
	t->ok = true;
	for (int p = 0; p < GD_APPLICATIONS_NCELLS_MAX; p++)
		t->cells[p] = GD_NOT_STATED;
	collect_rows(t->c, t->rows, &t->table_end);
	for (int k = 0; k < t->c->nelem && first_row < 0; k++)
		if (found(t, k))
		{
			first_row = t->c->al.at[k].first_tok;
			first_sk = t->c->al.at[k].first_sk;
		}
	t->layout = detect_layout(t->c, t->rows);
	decide_columns(t, first_sk);
	if (t->layout == GD_LAYOUT_RUN_TOGETHER)
		gd_diag(sink, GD_SEV_NOTE, GD_SEC_APPLICATIONS, NULL, NULL,
				"table 三 cells run together (archived text): each row's digits are split so that its total equals the sum of its parts");
	if (!raw_reading_order(t))
		read_cells(t);
	check_item_numbers(t);
	report_missing(t);
	note_variants(t);
	where->found = true;
	where->format = t->c->format;
	where->start = t->c->reg.toks[first_row].off;
	where->end = t->table_end < t->c->reg.ntok ? t->c->reg.toks[t->table_end].off : t->c->reg.end;
	second_table(t, secs, where->end);
	where->read = t->ok;
	where->run_together = t->layout == GD_LAYOUT_RUN_TOGETHER;
	out->applications_format = t->c->format;
	memcpy(out->applications, t->cells, sizeof(out->applications));
	out->has_applications = t->ok;
	gd_region_free(&t->c->reg);
	gd_free(t->c);
	gd_free(t);
}
