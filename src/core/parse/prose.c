/*
 * parse/prose.c — rule T: figures in the report's text against its tables.
 *
 * Reads: the prose before table 二 (section 一), and the tables as read.
 * Produces: a warning (rule "T") for each figure the text states that the
 * tables contradict ("共收到政府信息公开申请20件" against new_received ×
 * total).  Each phrase is searched for in the joined prose (page
 * furniture dropped); a number is claimed by the longest phrase first and
 * never reused.  Linear in the prose for each of a fixed list of phrases.
 */
#include "core/parse/internal.h"

#include <stdlib.h>
#include <string.h>

enum
{
	T_NEW, T_PROCESSED, T_CO, T_CF, T_CF_ZERO, T_GRANTED_BOTH, T_GRANTED, T_PARTIAL,
	T_GROUP_WH, T_GROUP_UN, T_GROUP_NP, T_GROUP_OT, T_REVIEW, T_SUIT, T_APL_COL
};

typedef struct TPat
{
	const char *kw;
	int			target;
	int			arg;			/* T_APL_COL: column */
	int			gap;			/* bytes allowed between number and keyword */
	bool		before;			/* the number precedes the keyword */
} TPat;

static const TPat pats[] = {
	/* longest first: a number claimed by a longer phrase is not reused */
	{"\xE6\x94\xB6\xE5\x88\xB0\xE5\x92\x8C\xE5\xA4\x84\xE7\x90\x86\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_NEW, 0, 0, false},	/* 收到和处理政府信息公开申请 */
	{"\xE5\x8F\x97\xE7\x90\x86\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_NEW, 0, 0, false},	/* 受理政府信息公开申请 */
	{"\xE6\x94\xB6\xE5\x88\xB0\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_NEW, 0, 0, false},	/* 收到政府信息公开申请 */
	{"\xE7\xAD\x94\xE5\xA4\x8D\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_PROCESSED, 0, 0, false},	/* 答复政府信息公开申请 */
	{"\xE4\xBA\x88\xE4\xBB\xA5\xE5\x85\xAC\xE5\xBC\x80\xE5\x8F\x8A\xE9\x83\xA8\xE5\x88\x86\xE5\x85\xAC\xE5\xBC\x80", T_GRANTED_BOTH, 0, 0, false},	/* 予以公开及部分公开 */
	{"\xE4\xB8\x8A\xE5\xB9\xB4\xE5\xBA\xA6\xE7\xBB\x93\xE8\xBD\xAC\xE7\x94\xB3\xE8\xAF\xB7", T_CO, 0, 0, false},	/* 上年度结转申请 */
	{"\xE5\x9D\x87\xE5\xB7\xB2\xE5\x9C\xA8\xE5\xBD\x93\xE5\xB9\xB4\xE7\xAD\x94\xE5\xA4\x8D", T_CF_ZERO, 0, 0, false},	/* 均已在当年答复 */
	{"\xE5\x9D\x87\xE5\x9C\xA8\xE5\xBD\x93\xE5\xB9\xB4\xE7\xAD\x94\xE5\xA4\x8D", T_CF_ZERO, 0, 0, false},	/* 均在当年答复 */
	{"\xE9\xA1\xBA\xE5\xBB\xB6\xE5\x88\xB0\xE4\xB8\x8B\xE5\xB9\xB4\xE5\xBA\xA6", T_CF, 0, 40, true},	/* 顺延到下年度 */
	{"\xE7\xBB\x93\xE8\xBD\xAC\xE4\xB8\x8B\xE5\xB9\xB4\xE5\xBA\xA6\xE7\xBB\xA7\xE7\xBB\xAD\xE5\x8A\x9E\xE7\x90\x86", T_CF, 0, 0, false},	/* 结转下年度继续办理 */
	{"\xE7\xBB\x93\xE8\xBD\xAC\xE4\xB8\x8B\xE5\xB9\xB4\xE5\xBA\xA6", T_CF, 0, 12, true},	/* 结转下年度 */
	{"\xE4\xB8\x8A\xE5\xB9\xB4\xE7\xBB\x93\xE8\xBD\xAC", T_CO, 0, 0, false},	/* 上年结转 */
	{"\xE5\x85\xB1\xE6\x94\xB6\xE5\x88\xB0", T_NEW, 0, 0, false},	/* 共收到 */
	{"\xE4\xBA\x88\xE4\xBB\xA5\xE5\x85\xAC\xE5\xBC\x80", T_GRANTED, 0, 0, false},	/* 予以公开 */
	{"\xE9\x83\xA8\xE5\x88\x86\xE5\x85\xAC\xE5\xBC\x80", T_PARTIAL, 0, 0, false},	/* 部分公开 */
	{"\xE4\xB8\x8D\xE4\xBA\x88\xE5\x85\xAC\xE5\xBC\x80", T_GROUP_WH, 0, 0, false},	/* 不予公开 */
	{"\xE6\x97\xA0\xE6\xB3\x95\xE6\x8F\x90\xE4\xBE\x9B", T_GROUP_UN, 0, 0, false},	/* 无法提供 */
	{"\xE4\xB8\x8D\xE4\xBA\x88\xE5\xA4\x84\xE7\x90\x86", T_GROUP_NP, 0, 0, false},	/* 不予处理 */
	{"\xE5\x85\xB6\xE4\xBB\x96\xE5\xA4\x84\xE7\x90\x86", T_GROUP_OT, 0, 0, false},	/* 其他处理 */
	{"\xE8\xA1\x8C\xE6\x94\xBF\xE5\xA4\x8D\xE8\xAE\xAE", T_REVIEW, 0, 0, false},	/* 行政复议 */
	{"\xE8\xA1\x8C\xE6\x94\xBF\xE8\xAF\x89\xE8\xAE\xBC", T_SUIT, 0, 0, false},	/* 行政诉讼 */
	{"\xE7\xBB\x93\xE6\x9E\x9C\xE7\xBB\xB4\xE6\x8C\x81", T_APL_COL, 0, 0, false},	/* 结果维持 */
	{"\xE7\xBB\x93\xE6\x9E\x9C\xE7\xBA\xA0\xE6\xAD\xA3", T_APL_COL, 1, 0, false},	/* 结果纠正 */
	{"\xE5\x85\xB6\xE4\xBB\x96\xE7\xBB\x93\xE6\x9E\x9C", T_APL_COL, 2, 0, false},	/* 其他结果 */
	{"\xE5\xB0\x9A\xE6\x9C\xAA\xE5\xAE\xA1\xE7\xBB\x93", T_APL_COL, 3, 0, false},	/* 尚未审结 */
	{"\xE8\xAF\x89\xE8\xAE\xBC", T_SUIT, 0, 0, false},	/* 诉讼 */
	{"\xE7\xAD\x94\xE5\xA4\x8D", T_PROCESSED, 0, 0, false},	/* 答复 */
	{"\xE5\x8A\x9E\xE7\xBB\x93", T_PROCESSED, 0, 0, false},	/* 办结 */
	{"\xE6\x94\xB6\xE5\x88\xB0", T_NEW, 0, 0, false},	/* 收到 */
};
typedef struct THit
{
	size_t		kpos;			/* the phrase */
	size_t		npos;			/* its number */
	int			pat;
	int64_t		value;
} THit;

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A number at p (after spaces), then optional spaces and 件. */
static bool
num_jian(const char *s, size_t n, size_t p, int64_t *v, size_t *np, size_t *end)
{
	int64_t		x = 0;
	size_t		q;

	while (p < n && s[p] == ' ')
		p++;
	if (p >= n || !is_digit(s[p]))
		return false;
	q = p;
	while (q < n && (is_digit(s[q]) || (s[q] == ',' && q + 1 < n && is_digit(s[q + 1]))))
	{
		if (is_digit(s[q]) && x < (int64_t) 1 << 40)
			x = x * 10 + (s[q] - '0');
		q++;
	}
	*np = p;
	while (q < n && s[q] == ' ')
		q++;
	if (n - q < 3 || memcmp(s + q, "\xE4\xBB\xB6", 3) != 0)	/* 件 */
		return false;
	*v = x;
	*end = q + 3;
	return true;
}

/* No clause ends in s[from..to): no ，。；,; between a number and its phrase. */
static bool
same_clause(const char *s, size_t from, size_t to)
{
	static const char *const ends[] = {"\xEF\xBC\x8C", "\xE3\x80\x82", "\xEF\xBC\x9B", ",", ";"};

	for (size_t i = from; i < to; i++)
		for (size_t e = 0; e < sizeof(ends) / sizeof(ends[0]); e++)
		{
			size_t		l = strlen(ends[e]);

			if (s[i] == ends[e][0] && i + l <= to && memcmp(s + i, ends[e], l) == 0)
				return false;
		}
	return true;
}

/* A row's total: its 总计 cell, else the sum of its stated cells. */
static bool
row_value(const GdReportData *rep, int id, int64_t *v)
{
	int			pos = gd_applications_row_pos(rep->applications_format, id);
	int			tc = gd_applications_total_column();
	const int32_t *row;
	bool		any = false;

	if (pos < 0)
		return false;
	row = &rep->applications[pos * GD_APPLICATIONS_NCOLS];
	if (row[tc] != GD_NOT_STATED)
	{
		*v = row[tc];
		return true;
	}
	*v = 0;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (c != tc && row[c] != GD_NOT_STATED)
		{
			*v += row[c];
			any = true;
		}
	return any;
}

/* A group's value: the sum of its rows' values; false when none is stated. */
static bool
group_value(const GdReportData *rep, int g, int64_t *v)
{
	bool		any = false;

	*v = 0;
	for (int id = 0; id < gd_layout->nrows; id++)
	{
		int64_t		x;

		if (gd_layout->rows[id].group == g && row_value(rep, id, &x))
		{
			*v += x;
			any = true;
		}
	}
	return any;
}

/* A block's cell; a blank total is the sum of its parts, a blank block 0. */
static bool
appeals_value(const GdReportData *rep, int block, int col, int64_t *v)
{
	const int32_t *a = &rep->appeals[block * GD_APPEALS_NCOLS];
	int			tc = gd_appeals_total_column();

	if (!rep->has_appeals)
		return false;
	if (a[col] != GD_NOT_STATED)
	{
		*v = a[col];
		return true;
	}
	*v = 0;
	if (col == tc)
		for (int c = 0; c < GD_APPEALS_NCOLS; c++)
			if (c != tc && a[c] != GD_NOT_STATED)
				*v += a[c];
	return true;
}

/* The prose before the tables, its lines joined, page furniture dropped. */
static void
join_prose(const GdSource *src, size_t end, GdBuf *pb)
{
	const char *d = src->text;

	gd_buf_reserve(pb, end + 1);
	for (size_t i = 0; i < end;)
	{
		const char *nl = memchr(d + i, '\n', end - i);
		size_t		e = nl != NULL ? (size_t) (nl - d) : end;

		gd_check_interrupts();
		if (!gd_page_furniture(d, i, e))
		{
			size_t		a = i,
						b = e;

			while (a < b && (d[a] == ' ' || d[a] == '\t' || d[a] == '\r'))
				a++;
			while (b > a && (d[b - 1] == ' ' || d[b - 1] == '\t' || d[b - 1] == '\r'))
				b--;
			gd_buf_put(pb, d + a, b - a);
		}
		i = e + 1;
	}
}

/* Every phrase's stated number, longest phrases first, none reused. */
static int
find_hits(const char *s, size_t n, bool *claimed, THit *hits, int cap)
{
	int			nh = 0;

	for (size_t p = 0; p < sizeof(pats) / sizeof(pats[0]); p++)
	{
		size_t		kl = strlen(pats[p].kw);
		size_t		from = 0;
		long		at;

		while (from < n && (at = gd_find(s + from, n - from, pats[p].kw, kl)) >= 0)
		{
			size_t		k = from + (size_t) at;
			int64_t		v = 0;
			size_t		npos = 0,
						nend = 0;
			bool		ok = false;

			from = k + kl;
			if (claimed[k])
				continue;
			if (pats[p].target == T_CF_ZERO)
			{
				ok = true;
				npos = k;
			}
			else if (pats[p].before)
			{
				/* the nearest "N 件" ending before the phrase, in its clause */
				size_t		lo = k > (size_t) pats[p].gap ? k - (size_t) pats[p].gap : 0;

				for (size_t q = k; q > lo && !ok; q--)
					if (is_digit(s[q - 1]) && (q - 1 == 0 || !is_digit(s[q - 2])))
						ok = num_jian(s, n, q - 1, &v, &npos, &nend) && nend <= k &&
							same_clause(s, nend, k);
			}
			else
				ok = num_jian(s, n, k + kl, &v, &npos, &nend);
			if (!ok || claimed[npos] || nh >= cap)
				continue;
			claimed[npos] = true;
			memset(claimed + k, 1, kl);
			hits[nh].kpos = k;
			hits[nh].npos = npos;
			hits[nh].pat = (int) p;
			hits[nh].value = v;
			nh++;
		}
	}
	return nh;
}

static int
hit_cmp(const void *a, const void *b)
{
	const THit *x = a;
	const THit *y = b;

	return x->kpos < y->kpos ? -1 : x->kpos > y->kpos ? 1 : 0;
}

/* What the tables say for a phrase: row, column and value. */
static bool
table_value(const GdReportData *rep, const TPat *pt, int *block, const char **row,
			const char **col, const char **what, int64_t *tv)
{
	int64_t		x;
	bool		have = false;
	int			atc = gd_appeals_total_column();

	*row = NULL;
	*col = gd_layout->columns[gd_applications_total_column()].name.key;
	*what = "";
	switch (pt->target)
	{
		case T_NEW:
		case T_PROCESSED:
		case T_CO:
		case T_CF:
		case T_CF_ZERO:
		case T_GRANTED:
		case T_PARTIAL:
			{
				static const char *const keys[] = {
					[T_NEW] = "new_received", [T_PROCESSED] = "total_processed",
					[T_CO] = "carried_over", [T_CF] = "carried_forward",
					[T_CF_ZERO] = "carried_forward", [T_GRANTED] = "granted",
					[T_PARTIAL] = "partially_granted",
				};

				*row = keys[pt->target];
				return row_value(rep, gd_applications_row_id(*row), tv);
			}
		case T_GRANTED_BOTH:
			*row = "granted";
			*what = " (granted + partially_granted)";
			have = row_value(rep, gd_applications_row_id("granted"), tv);
			if (row_value(rep, gd_applications_row_id("partially_granted"), &x))
			{
				*tv = have ? *tv + x : x;
				have = true;
			}
			return have;
		case T_GROUP_WH:
		case T_GROUP_UN:
		case T_GROUP_NP:
		case T_GROUP_OT:
			if (pt->target - T_GROUP_WH >= gd_layout->ngroups)
				return false;
			*row = gd_layout->groups[pt->target - T_GROUP_WH].name.key;
			return group_value(rep, pt->target - T_GROUP_WH, tv);
		case T_REVIEW:
			*block = 0;
			*row = gd_appeals_blocks[0].key;
			*col = gd_appeals_columns[atc].key;
			return appeals_value(rep, 0, atc, tv);
		case T_SUIT:
			*block = 1;
			*row = gd_appeals_blocks[1].key;
			*col = gd_appeals_columns[atc].key;
			*what = " (suit_direct + suit_after_review)";
			have = appeals_value(rep, 1, atc, tv) && appeals_value(rep, 2, atc, &x);
			*tv += have ? x : 0;
			return have;
		case T_APL_COL:
			if (*block < 0)
				return false;
			*col = gd_appeals_columns[pt->arg].key;
			*row = gd_appeals_blocks[*block].key;
			have = appeals_value(rep, *block, pt->arg, tv);
			if (have && *block == 1 && appeals_value(rep, 2, pt->arg, &x))
			{
				*tv += x;
				*what = " (suit_direct + suit_after_review)";
			}
			return have;
	}
	return false;
}

/* Each figure the text states against the tables, in text order (a 结果… phrase belongs to the block named before it); a difference is a rule T warning. */
static void
compare(const GdReportData *rep, const THit *hits, int nh, GdDiagSink *sink)
{
	int			block = -1;

	for (int h = 0; h < nh; h++)
	{
		const TPat *pt = &pats[hits[h].pat];
		const char *row,
				   *col,
				   *what;
		int64_t		tv = 0;
		GdDiagnostic *d;

		if (!table_value(rep, pt, &block, &row, &col, &what, &tv) || row == NULL)
			continue;
		if (tv == hits[h].value)
			continue;
		if (pt->target == T_CF_ZERO)
			d = gd_diag(sink, GD_SEV_WARNING, GD_SEC_TEXT, row, col,
						"rule T: the text says %s (so %s %s = 0), table 三 gives %lld",
						pt->kw, row, col, (long long) tv);
		else
			d = gd_diag(sink, GD_SEV_WARNING, GD_SEC_TEXT, row, col,
						"rule T: the text says %s %lld, table %s gives %lld for %s × %s%s",
						pt->kw, (long long) hits[h].value,
						pt->target >= T_REVIEW ? "四" : "三", (long long) tv, row, col, what);
		d->rule = "T";
	}
}

void
gd_check_prose(const GdSource *src, const GdSections *secs, const GdApplicationsFound *t3,
			   const GdReportData *rep, GdDiagSink *sink)
{
	GdBuf		pb = {0};
	size_t		end;
	const GdHit *t2;
	bool	   *claimed = NULL;
	THit	   *hits = NULL;
	int			nh;

	if (!t3->read || !rep->has_applications)
		return;
	end = t3->start;
	t2 = gd_hit_between(secs, GD_ANCHOR_ARTICLE20, 0, t3->start);
	if (t2 != NULL)
		end = t2->start;
	join_prose(src, end, &pb);
	if (pb.failed || pb.data == NULL)
		goto done;
	claimed = gd_alloc0(pb.len + 1);
	hits = gd_alloc(sizeof(THit) * 256);
	if (claimed == NULL || hits == NULL)
	{
		sink->out_of_memory = true;
		goto done;
	}
	nh = find_hits(pb.data, pb.len, claimed, hits, 256);
	qsort(hits, (size_t) nh, sizeof(THit), hit_cmp);
	compare(rep, hits, nh, sink);
done:
	gd_free(claimed);
	gd_free(hits);
	gd_buf_free(&pb);
}
