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
 * (refused); a spaced row is placed by the columns' positions when every
 * value sits under a distinct column, in order.  Empty cells of a delimited
 * line of words (a header between rows) belong to no row.
 */
#include "core/parse/internal.h"

#include <stdlib.h>
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

static int
tok_centre(const GdTok *t)
{
	int			w = t->kind == GD_TOK_NUM ? t->ndigits : 1;

	return (int) t->x + (w > 0 ? (w - 1) / 2 : 0);
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

bool
gd_place_values(const GdRegion *r, const GdRowTokens *rt, const GdColumns *cols,
				GdLayoutKind layout, int64_t *printed, GdPlacedBy *how,
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
	if (layout == GD_LAYOUT_SPACED && cols->have_x)
	{
		int			lastp = -1;
		int			at[64];

		for (int i = a; i < k; i++)
		{
			int			best = -1;
			int			bd = 1 << 30;
			int			cx = tok_centre(&r->toks[idx[i]]);

			for (int p = 0; p < n; p++)
			{
				int			dd = abs(cx - cols->x[p]);

				if (dd < bd)
				{
					bd = dd;
					best = p;
				}
			}
			if (best <= lastp || bd > 3)
			{
				gd_format(why, whylen,
						  "%d values where %d columns were expected, and their positions do not line up under the columns: %s",
						  k - a, n, seen);
				return false;
			}
			at[i] = lastp = best;
		}
		for (int i = a; i < k; i++)
			if (!value_of(r, idx[i], cols, at[i], &printed[at[i]], bad_column, why, whylen))
				return false;
		*how = GD_PLACED_BY_POSITION;
		return true;
	}
	gd_format(why, whylen,
			  "%d values where %d columns were expected: the empty cells were dropped, so the column of each number is lost (%s)",
			  k - a, n, seen);
	return false;
}
