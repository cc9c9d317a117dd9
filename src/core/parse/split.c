/*
 * parse/split.c — run-together digits, split into counts.
 *
 * Reads: a row's digits as an archiver printed them, all in one run
 * ("801000081"), the number of counts they hold and a rule the counts obey
 * (a row total, table 四's block totals).  Produces: every split that obeys
 * the rule, up to GD_SPLIT_MAX_WAYS; more than that, or a search past its
 * budget, is "gave up" (ambiguous).  A count has no leading zero ("05" is
 * 0 and 5) and fits an int32.  A space inside the run (a break) ends a
 * count, unless no split then obeys the rule: archivers also print stray
 * spaces inside a count.  The search is bounded (SPLIT_BUDGET steps), so any input costs a
 * bounded time; the caller decides among several splits with the whole
 * table's identities, never by guessing.
 *
 * A table 二 item run together ("52-31290", "231.2亿元") is split by the
 * kinds of its cells instead (gd_split_item): a count is digits, a signed
 * change may start with + or -, an amount may hold one decimal point; no
 * rule ties the cells, so several readings leave the item unread.
 */
#include "core/parse/internal.h"

#include <string.h>

#define SPLIT_MAX_DIGITS 64
#define SPLIT_BUDGET 200000

typedef struct Search
{
	const char *dig;
	int			n;
	const bool *breaks;
	int			nparts;
	GdSplitRule rule;
	int64_t		cur[GD_SPLIT_MAX_PARTS];
	int			ncur;
	long		steps;
	GdSplit    *out;
} Search;

static bool
rule_holds_at_end(const Search *s)
{
	if (s->rule == GD_SPLIT_LAST_IS_SUM)
	{
		int64_t		sum = 0;

		for (int k = 0; k < s->nparts - 1; k++)
			sum += s->cur[k];
		return sum == s->cur[s->nparts - 1];
	}
	return true;
}

/* The 5th count of each block of 5 is the sum of the 4 before it. */
static bool
rule_holds_so_far(const Search *s)
{
	if (s->rule == GD_SPLIT_BLOCKS_OF_5 && s->ncur % 5 == 0)
	{
		int			b = s->ncur - 5;

		return s->cur[b] + s->cur[b + 1] + s->cur[b + 2] + s->cur[b + 3] == s->cur[b + 4];
	}
	return true;
}

static void
search(Search *s, int pos)
{
	int			parts_left = s->nparts - s->ncur;
	int			digits_left = s->n - pos;

	if (++s->steps > SPLIT_BUDGET || s->out->gave_up)
	{
		s->out->gave_up = true;
		return;
	}
	if (parts_left == 0)
	{
		if (digits_left != 0 || !rule_holds_at_end(s))
			return;
		if (s->out->nways == GD_SPLIT_MAX_WAYS)
		{
			s->out->gave_up = true;
			return;
		}
		memcpy(s->out->ways[s->out->nways++], s->cur, sizeof(s->cur));
		return;
	}
	if (digits_left < parts_left || digits_left > parts_left * 10)
		return;
	for (int e = pos + 1; e <= s->n && e <= pos + 10; e++)
	{
		int64_t		v = 0;

		if (s->dig[pos] == '0' && e > pos + 1)
			break;				/* no leading zeros */
		for (int k = pos; k < e; k++)
			v = v * 10 + (s->dig[k] - '0');
		if (v > GD_COUNT_MAX)
			break;
		s->cur[s->ncur++] = v;
		if (rule_holds_so_far(s))
			search(s, e);
		s->ncur--;
		if (s->breaks != NULL && s->breaks[e])
			break;				/* a space ends a count */
	}
}

void
gd_split_digits(const char *digits, int n, const bool *breaks, int nparts,
				GdSplitRule rule, GdSplit *out)
{
	Search		s;

	memset(out, 0, sizeof(*out));
	if (nparts <= 0 || nparts > GD_SPLIT_MAX_PARTS || n <= 0 || n > SPLIT_MAX_DIGITS)
	{
		out->gave_up = n > SPLIT_MAX_DIGITS;
		return;
	}
	memset(&s, 0, sizeof(s));
	s.dig = digits;
	s.n = n;
	s.breaks = breaks;
	s.nparts = nparts;
	s.rule = rule;
	s.out = out;
	search(&s, 0);
	/* no split respects the spaces: they were stray, inside a count */
	if (out->nways == 0 && !out->gave_up && breaks != NULL)
	{
		s.breaks = NULL;
		s.ncur = 0;
		s.steps = 0;
		search(&s, 0);
	}
}

/* ------------------------------------------------------ table 二 items */

#define ITEM_BUDGET 20000

typedef struct ItemSearch
{
	const char *run;
	int			n;
	const GdCellKind *kinds;
	int			nparts;
	int64_t		cur[GD_SPLIT_MAX_PARTS];
	long		steps;
	GdItemSplit *out;
} ItemSearch;

/* run[s..e) as a cell of that kind: false if it cannot be one. */
static bool
item_part(const char *run, int s, int e, GdCellKind kind, int64_t *v)
{
	bool		neg = false;
	int64_t		ip = 0;
	int64_t		fp = 0;
	int			nf = -1;		/* decimals seen; -1 before the point */
	int			first = s;

	if (kind == GD_KIND_SIGNED && (run[s] == '+' || run[s] == '-'))
	{
		neg = run[s] == '-';
		first = ++s;
	}
	if (s >= e || run[s] < '0' || run[s] > '9')
		return false;
	for (int i = s; i < e; i++)
	{
		char		c = run[i];

		if (c == '.' && kind == GD_KIND_MONEY && nf < 0 && i > s && i + 1 < e)
		{
			nf = 0;
			continue;
		}
		if (c < '0' || c > '9')
			return false;
		if (nf >= 0)
		{
			if (++nf > 6)
				return false;
			fp = fp * 10 + (c - '0');
		}
		else
		{
			if (i > first && run[first] == '0')
				return false;	/* no leading zeros */
			ip = ip * 10 + (c - '0');
			if (ip > GD_COUNT_MAX)
				return false;
		}
	}
	if (kind == GD_KIND_MONEY)
	{
		for (int k = nf < 0 ? 0 : nf; k < 6; k++)
			fp *= 10;
		*v = ip * 1000000 + fp;
	}
	else
		*v = neg ? -ip : ip;
	return true;
}

static void
item_search(ItemSearch *s, int pos, int part)
{
	if (++s->steps > ITEM_BUDGET || s->out->gave_up)
	{
		s->out->gave_up = true;
		return;
	}
	if (part == s->nparts)
	{
		if (pos != s->n)
			return;
		if (s->out->nways == GD_ITEM_MAX_WAYS)
		{
			s->out->gave_up = true;
			return;
		}
		memcpy(s->out->ways[s->out->nways++], s->cur, sizeof(s->cur));
		return;
	}
	for (int e = pos + 1; e <= s->n && s->run[e - 1] != ' '; e++)
	{
		int64_t		v;

		if (!item_part(s->run, pos, e, s->kinds[part], &v))
			continue;
		s->cur[part] = v;
		/* a space ends a cell: the next one starts after it */
		item_search(s, e < s->n && s->run[e] == ' ' ? e + 1 : e, part + 1);
		if (e < s->n && s->run[e] == ' ')
			break;
	}
}

void
gd_split_item(const char *run, int n, const GdCellKind *kinds, int nparts, GdItemSplit *out)
{
	ItemSearch	s;

	memset(out, 0, sizeof(*out));
	if (nparts <= 0 || nparts > GD_SPLIT_MAX_PARTS || n <= 0 || n > SPLIT_MAX_DIGITS)
	{
		out->gave_up = n > SPLIT_MAX_DIGITS;
		return;
	}
	memset(&s, 0, sizeof(s));
	s.run = run;
	s.n = n;
	s.kinds = kinds;
	s.nparts = nparts;
	s.out = out;
	item_search(&s, 0, 0);
}
