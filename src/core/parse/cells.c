/*
 * parse/cells.c — one row's values, placed under its columns.
 *
 * Reads: a row's span of tokens (from its label to the next label) and the
 * printed columns.  Produces: the row's value tokens (gd_row_tokens), then
 * one value per printed column (gd_place_values), or a reason why not.
 *
 * Every value token of the span is either placed in exactly one column or
 * makes the row fail: a row never loses a number.  Empty cells at the ends
 * of a delimited row (merged cells) may be dropped, numbers never.  With
 * fewer values than columns, a delimited row cannot say which are missing
 * (refused); a spaced row is placed when the columns its values may stand
 * in (grid.c) leave one way to put its numbers.  Empty cells of a delimited
 * line of words (a header between rows) belong to no row.
 */
#include "core/parse/internal.h"

#include <string.h>

const char *
gd_layout_kind_name(GdLayoutKind k)
{
	switch (k)
	{
		case GD_LAYOUT_CELLS:
			return "delimited cells";
		case GD_LAYOUT_SPACED:
			return "columns aligned by spaces";
		case GD_LAYOUT_RUN_TOGETHER:
			break;
	}
	return "run-together digits";
}

int
gd_last_row_end(const GdRegion *r, int label_first, int label_last)
{
	bool		seen_value = false;

	for (int k = label_first + 1; k < r->ntok; k++)
	{
		const GdTok *t = &r->toks[k];

		if (gd_tok_is_value(t))
			seen_value = true;
		else if (t->kind == GD_TOK_TEXT && k > label_last && seen_value &&
				 gd_tok_unit_word(r, k) == GD_UNIT_NONE)
			return k;			/* a unit word is still the row's, to be placed or refused */
	}
	return r->ntok;
}

static void
add_slot(GdRowTokens *out, int k)
{
	if (out->nvalues < (int) (sizeof(out->values) / sizeof(out->values[0])))
		out->values[out->nvalues++] = k;
	else
		out->more++;
}

void
gd_row_tokens(const GdRegion *r, int label_first, int label_last, int end, GdRowTokens *out)
{
	memset(out, 0, sizeof(*out));
	out->label_first = label_first;
	out->label_last = label_last;
	for (int k = label_first + 1; k < end && k < r->ntok; k++)
	{
		const GdTok *t = &r->toks[k];
		bool		structured = t->line_kind != GD_LINE_SPACED;

		/* 无 among words, with no other value on its line: a character */
		if (t->kind == GD_TOK_BLANK && (t->flags & GD_TOKF_WU) && !structured &&
			!(t->line_has & (GD_LINE_HAS_NUM | GD_LINE_HAS_BLANK)))
			continue;
		/* empty cells of a line of words (a header) belong to no row */
		if (t->kind == GD_TOK_BLANK && structured && !(t->line_has & GD_LINE_HAS_NUM) &&
			(t->line_has & GD_LINE_HAS_TEXT) && t->line != r->toks[label_last].line)
			continue;
		if (gd_tok_is_value(t))
		{
			add_slot(out, k);
			continue;
		}
		/*
		 * A word in a delimited row, in a cell after the label's, on a line
		 * of numbers: it sits where a count belongs.
		 */
		if (structured && t->kind == GD_TOK_TEXT && k > label_last &&
			t->cell > r->toks[label_last].cell && (t->line_has & GD_LINE_HAS_NUM))
			add_slot(out, k);
	}
}

static bool
all_blank(const GdRegion *r, const GdRowTokens *rt)
{
	for (int i = 0; i < rt->nvalues; i++)
		if (r->toks[rt->values[i]].kind != GD_TOK_BLANK)
			return false;
	return true;
}

static const char *
column_key(int col)
{
	return col == GD_COL_SUBTOTAL ? "subtotal" : gd_layout->columns[col].name.key;
}

static const char *
column_zh(int col)
{
	return col == GD_COL_SUBTOTAL ? "小计" : gd_layout->columns[col].name.zh;
}

/* A count for printed column p; false with why (naming the column). */
static bool
value_of(const GdRegion *r, int tok, const GdColumns *cols, int p, int64_t *v,
		 const char **bad_column, char *why, size_t whylen)
{
	int32_t		c;
	const char *reason = NULL;
	char		q[96];

	if (!gd_tok_count(&r->toks[tok], &c, &reason))
	{
		gd_format(why, whylen, "column %s (%s): \"%s\" %s (expected a whole number ≥ 0, or blank)",
				  column_key(cols->col[p]), column_zh(cols->col[p]),
				  gd_tok_quote(r, tok, q, sizeof(q)), reason);
		*bad_column = cols->col[p] == GD_COL_SUBTOTAL ? NULL : column_key(cols->col[p]);
		return false;
	}
	*v = c;
	return true;
}

/* Ways of placing m values in n columns in order, within allowed. */
typedef struct Placing
{
	const GdRegion *r;
	const int  *idx;
	int			m;
	int			n;
	const uint16_t *allowed;
	int			at[64];
	int			found[GD_SPLIT_MAX_WAYS][64];	/* distinct ways: column of each value */
	int			nways;
	bool		gave_up;
} Placing;

/* Does the way at[] put the same numbers in the same columns as way w (blanks aside)? */
static bool
same_numbers(const Placing *pl, int w)
{
	for (int i = 0; i < pl->m; i++)
		if (pl->r->toks[pl->idx[i]].kind != GD_TOK_BLANK && pl->at[i] != pl->found[w][i])
			return false;
	return true;
}

static void
placing(Placing *pl, int i, int from)
{
	if (pl->gave_up)
		return;
	if (i == pl->m)
	{
		for (int w = 0; w < pl->nways; w++)
			if (same_numbers(pl, w))
				return;
		if (pl->nways == GD_SPLIT_MAX_WAYS)
		{
			pl->gave_up = true;
			return;
		}
		memcpy(pl->found[pl->nways++], pl->at, sizeof(int) * pl->m);
		return;
	}
	for (int c = from; c <= pl->n - (pl->m - i); c++)
		if (pl->allowed == NULL || (pl->allowed[i] >> c) & 1)
		{
			pl->at[i] = c;
			placing(pl, i + 1, c + 1);
		}
}

bool
gd_spaced_ways(const GdRegion *r, const GdRowTokens *rt, const GdColumns *cols,
			   const uint16_t *allowed, GdSplit *out)
{
	Placing    *pl;
	int32_t		v[64];

	memset(out, 0, sizeof(*out));
	if (rt->more > 0 || rt->nvalues == 0 || rt->nvalues > cols->n)
		return false;
	for (int i = 0; i < rt->nvalues; i++)
	{
		const char *why;

		if (!gd_tok_count(&r->toks[rt->values[i]], &v[i], &why))
			return false;
	}
	pl = gd_alloc0(sizeof(Placing));
	if (pl == NULL)
		return false;
	pl->r = r;
	pl->idx = rt->values;
	pl->m = rt->nvalues;
	pl->n = cols->n;
	pl->allowed = allowed;
	placing(pl, 0, 0);
	out->nways = pl->nways;
	out->gave_up = pl->gave_up;
	for (int w = 0; w < pl->nways; w++)
	{
		for (int p = 0; p < cols->n; p++)
			out->ways[w][p] = GD_NOT_STATED;
		for (int i = 0; i < pl->m; i++)
			out->ways[w][pl->found[w][i]] = v[i];
	}
	gd_free(pl);
	return true;
}

/*
 * A spaced row with fewer values than columns: placed when every way the
 * positions allow puts its numbers in the same columns.
 */
static bool
place_spaced(const GdRegion *r, const GdRowTokens *rt, const GdColumns *cols, const uint16_t *allowed,
			 int64_t *printed, GdPlacedBy *how, const char *seen, char *why, size_t whylen)
{
	GdSplit    *ways = gd_alloc(sizeof(GdSplit));
	bool		ok;

	if (ways == NULL)
	{
		gd_format(why, whylen, "out of memory");
		return false;
	}
	ok = gd_spaced_ways(r, rt, cols, allowed, ways) && ways->nways == 1 && !ways->gave_up;
	if (ok)
	{
		memcpy(printed, ways->ways[0], sizeof(int64_t) * cols->n);
		*how = GD_PLACED_BY_POSITION;
	}
	else
		gd_format(why, whylen, ways->nways == 0 && !ways->gave_up ?
				  "%d values where %d columns were expected, and their positions do not line up under the columns: %s" :
				  "%d values where %d columns were expected, and their positions do not say which columns the numbers stand in: %s",
				  rt->nvalues, cols->n, seen);
	gd_free(ways);
	return ok;
}

bool
gd_place_values(const GdRegion *r, const GdRowTokens *rt, const GdColumns *cols,
				GdLayoutKind layout, const uint16_t *allowed, int64_t *printed, GdPlacedBy *how,
				const char **bad_column, char *why, size_t whylen)
{
	int			idx[64];
	int			k = rt->nvalues;
	int			a = 0;
	int			n = cols->n;
	char		seen[400];

	for (int p = 0; p < n; p++)
		printed[p] = GD_NOT_STATED;
	*how = GD_PLACED_IN_ORDER;
	*bad_column = NULL;
	if (rt->more > 0)
	{
		gd_toks_quote(r, rt->values[0], rt->values[rt->nvalues - 1], seen, sizeof(seen));
		gd_format(why, whylen, "%d values where %d columns were expected", k + rt->more, n);
		return false;
	}
	if (k == 0 || (k < n && all_blank(r, rt)))
	{
		/* no number at all: every cell not stated, nothing to misplace */
		*how = GD_PLACED_EMPTY;
		return true;
	}
	memcpy(idx, rt->values, sizeof(int) * k);
	/* empty cells of merged headers at the ends: drop blanks, never numbers */
	while (k - a > n && r->toks[idx[k - 1]].kind == GD_TOK_BLANK)
		k--;
	while (k - a > n && r->toks[idx[a]].kind == GD_TOK_BLANK)
		a++;
	gd_toks_quote(r, idx[a], idx[k - 1], seen, sizeof(seen));
	if (k - a > n)
	{
		gd_format(why, whylen, "%d values where %d columns were expected: %s", k - a, n, seen);
		return false;
	}
	if (k - a == n)
	{
		for (int p = 0; p < n; p++)
			if (!value_of(r, idx[a + p], cols, p, &printed[p], bad_column, why, whylen))
				return false;
		return true;
	}
	/* fewer values than columns */
	if (layout == GD_LAYOUT_SPACED)
	{
		/* a value that is not a count, whatever its column */
		for (int i = a; i < k; i++)
		{
			int32_t		c;
			const char *reason = NULL;
			char		q[96];

			if (!gd_tok_count(&r->toks[idx[i]], &c, &reason))
			{
				gd_format(why, whylen, "\"%s\" %s (expected a whole number ≥ 0, or blank)",
						  gd_tok_quote(r, idx[i], q, sizeof(q)), reason);
				return false;
			}
		}
		return place_spaced(r, rt, cols, allowed, printed, how, seen, why, whylen);
	}
	gd_format(why, whylen,
			  "%d values where %d columns were expected: the empty cells were dropped, so the column of each number is lost (%s)",
			  k - a, n, seen);
	return false;
}
