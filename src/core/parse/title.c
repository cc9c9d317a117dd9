/*
 * parse/title.c — the organ and the year.
 *
 * Reads: the lines around the title anchors (…年度报告), else the sign-off
 * at the end and the statistics-period sentence.  Produces: out->organ and
 * out->year, and a note saying where each came from.
 *
 * A title reads 「organ 2024年(度) 政府信息公开工作年度报告」, or with the
 * year first, or 「organ 关于2024年度…」; the year may be written in
 * full-width digits or Chinese numerals (二〇二四年), and the title may be
 * split over lines.  Site chrome before it (当前位置：首页>政务公开>…, a
 * 标题: label) is cut off at its last separator; the organ keeps every
 * other character as printed (、，：, years, Latin words with spaces), so
 * gd_render's title reads back to the same organ.  A title line is one that
 * ends with 年度报告; a mention inside a sentence is used only when no
 * line does.
 */
#include "core/parse/internal.h"

#include <string.h>

#define TITLE_LINE_MAX 600		/* bytes of a line that may be a title */

typedef struct Span
{
	size_t		s;
	size_t		e;
} Span;

static bool
space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF;
}

static void
trim(const char *d, Span *sp)
{
	while (sp->s < sp->e)
	{
		size_t		adv;

		if (!space_cp(gd_utf8_next((const unsigned char *) d + sp->s, sp->e - sp->s, &adv)))
			break;
		sp->s += adv;
	}
	while (sp->e > sp->s)
	{
		size_t		k = sp->e - 1;
		size_t		adv;

		while (k > sp->s && ((unsigned char) d[k] & 0xC0) == 0x80)
			k--;
		if (!space_cp(gd_utf8_next((const unsigned char *) d + k, sp->e - k, &adv)))
			break;
		sp->e = k;
	}
}

static size_t
line_start(const char *d, size_t i)
{
	while (i > 0 && d[i - 1] != '\n')
		i--;
	return i;
}

static size_t
line_end(const char *d, size_t n, size_t i)
{
	const char *nl = memchr(d + i, '\n', n - i);

	return nl != NULL ? (size_t) (nl - d) : n;
}

/* A digit of a year: 0–9, full-width, or a Chinese numeral (not 十). */
static int
year_digit(uint32_t cp)
{
	int			v;

	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	v = gd_cn_digit(cp);
	return v >= 0 && v <= 9 ? v : -1;
}

/*
 * The last year in d[sp) written as four digits then 年: its span (the
 * year and 年, with 度 if it follows) and value.  false if none.
 */
static bool
last_year(const char *d, Span sp, Span *where, int *year)
{
	bool		found = false;
	size_t		i = sp.s;

	while (i < sp.e)
	{
		size_t		adv;
		size_t		j = i;
		int			y = 0;
		int			nd = 0;

		while (j < sp.e && nd < 5)
		{
			int			v = year_digit(gd_utf8_next((const unsigned char *) d + j, sp.e - j, &adv));

			if (v < 0)
				break;
			y = y * 10 + v;
			nd++;
			j += adv;
		}
		if (nd == 4 && y >= 1990 && y <= 2100)
		{
			size_t		k = j;

			while (k < sp.e && d[k] == ' ')
				k++;
			if (sp.e - k >= 3 && memcmp(d + k, "\xE5\xB9\xB4", 3) == 0)	/* 年 */
			{
				where->s = i;
				where->e = k + 3;
				if (sp.e - where->e >= 3 && memcmp(d + where->e, "\xE5\xBA\xA6", 3) == 0)	/* 度 */
					where->e += 3;
				*year = y;
				found = true;
			}
		}
		gd_utf8_next((const unsigned char *) d + i, sp.e - i, &adv);
		i += nd > 0 ? j - i : adv;
	}
	return found;
}

static bool
ends_with(const char *d, Span sp, const char *lit)
{
	size_t		l = strlen(lit);

	return sp.e - sp.s >= l && memcmp(d + sp.e - l, lit, l) == 0;
}

/* Cut the title's tail: 工作, then 政府信息公开 / 政务公开 / 信息公开. */
static void
cut_tail(const char *d, Span *sp)
{
	static const char *const tails[] = {
		"\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80",	/* 政府信息公开 */
		"\xE6\x94\xBF\xE5\x8A\xA1\xE5\x85\xAC\xE5\xBC\x80",	/* 政务公开 */
		"\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80",	/* 信息公开 */
	};

	trim(d, sp);
	if (ends_with(d, *sp, "\xE5\xB7\xA5\xE4\xBD\x9C"))	/* 工作 */
		sp->e -= 6;
	trim(d, sp);
	for (size_t t = 0; t < sizeof(tails) / sizeof(tails[0]); t++)
		if (ends_with(d, *sp, tails[t]))
		{
			sp->e -= strlen(tails[t]);
			break;
		}
	trim(d, sp);
}

/* Site chrome before the title: keep what follows its last separator. */
static void
cut_chrome(const char *d, Span *sp)
{
	static const char *const seps[] = {
		">", "\xEF\xBC\x9E", "\xE2\x80\xBA", "\xC2\xBB", "\xE2\x86\x92", "|", "/", "\\",	/* ＞ › » → */
	};
	static const char *const labels[] = {
		"\xE6\xA0\x87\xE9\xA2\x98", "\xE9\xA2\x98\xE7\x9B\xAE", "\xE5\x90\x8D\xE7\xA7\xB0",	/* 标题 题目 名称 */
		"\xE5\xBD\x93\xE5\x89\x8D\xE4\xBD\x8D\xE7\xBD\xAE", "\xE6\x82\xA8\xE7\x9A\x84\xE4\xBD\x8D\xE7\xBD\xAE",	/* 当前位置 您的位置 */
		"Title", "title",
	};

	for (size_t i = sp->s; i < sp->e; i++)
		for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]); k++)
		{
			size_t		l = strlen(seps[k]);

			if (sp->e - i >= l && memcmp(d + i, seps[k], l) == 0)
				sp->s = i + l;
		}
	trim(d, sp);
	while (sp->s < sp->e && d[sp->s] == '#')	/* a Markdown heading */
		sp->s++;
	trim(d, sp);
	for (size_t k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
	{
		size_t		l = strlen(labels[k]);
		Span		rest;

		if (sp->e - sp->s < l || memcmp(d + sp->s, labels[k], l) != 0)
			continue;
		rest.s = sp->s + l;
		rest.e = sp->e;
		trim(d, &rest);
		if (rest.s < rest.e && (d[rest.s] == ':' ||
								(rest.e - rest.s >= 3 && memcmp(d + rest.s, "\xEF\xBC\x9A", 3) == 0)))
		{
			sp->s = rest.s + (d[rest.s] == ':' ? 1 : 3);
			trim(d, sp);
		}
	}
}

/* The organ as printed, made valid UTF-8; one too long to keep whole is left unknown. */
static void
set_organ(GdReportData *out, const char *d, Span sp)
{
	/* keep it whole; only control characters become spaces */
	gd_utf8_copy(out->organ, sizeof(out->organ), d + sp.s, sp.e - sp.s);
	if (strstr(out->organ, "\xE2\x80\xA6") != NULL && sp.e - sp.s >= sizeof(out->organ) - 4)
		out->organ[0] = '\0';	/* cut: no organ rather than a wrong one */
}

/* The line before line-start ls, if short and not a sentence. */
static bool
previous_line(const char *d, size_t ls, Span *out)
{
	size_t		e;

	if (ls == 0)
		return false;
	e = ls - 1;
	while (e > 0 && (d[e - 1] == '\n' || d[e - 1] == ' ' || d[e - 1] == '\r'))
		e--;
	out->e = e;
	out->s = line_start(d, e);
	trim(d, out);
	return out->s < out->e && out->e - out->s <= 150 &&
		memchr(d + out->s, '\t', out->e - out->s) == NULL &&
		gd_find(d + out->s, out->e - out->s, "\xE3\x80\x82", 3) < 0;	/* no 。 */
}

/* Only spaces and closing marks between the anchor and the line's end? */
static bool
ends_line(const char *d, size_t n, size_t at)
{
	size_t		e = line_end(d, n, at);

	while (at < e)
	{
		size_t		adv;
		uint32_t	cp = gd_utf8_next((const unsigned char *) d + at, e - at, &adv);

		if (!space_cp(cp) && cp != 0x300B && cp != 0x300D && cp != 0xFF09 && cp != ')' &&
			cp != 0x201D && cp != '"')
			return false;
		at += adv;
	}
	return true;
}

/* The organ around the year of a title, or on the line above it. */
static bool
organ_of(const char *d, Span t, Span year, size_t ls, GdReportData *out)
{
	Span		before = {t.s, year.s};
	Span		after = {year.e, t.e};
	Span		above;

	trim(d, &before);
	if (ends_with(d, before, "\xE5\x85\xB3\xE4\xBA\x8E"))	/* 关于 */
	{
		before.e -= 6;
		trim(d, &before);
	}
	trim(d, &after);
	if (before.s < before.e)
		set_organ(out, d, before);
	else if (after.s < after.e)
		set_organ(out, d, after);
	else if (previous_line(d, ls, &above))
	{
		cut_chrome(d, &above);
		set_organ(out, d, above);
	}
	return out->organ[0] != '\0';
}

/*
 * A title mentioned inside a sentence (…规定，现公布区统计局2023年…): the
 * organ starts after the sentence's last clause mark and a verb of
 * publishing.  Used only when no line is a title.
 */
static void
cut_sentence(const char *d, Span *sp)
{
	static const char *const verbs[] = {
		"\xE7\x8E\xB0\xE5\x85\xAC\xE5\xB8\x83", "\xE7\x8E\xB0\xE5\xB0\x86",	/* 现公布 现将 */
		"\xE5\x85\xAC\xE5\xB8\x83", "\xE5\x8F\x91\xE5\xB8\x83", "\xE7\xBC\x96\xE5\x88\xB6",	/* 公布 发布 编制 */
	};
	size_t		i = sp->s;

	while (i < sp->e)
	{
		size_t		adv;
		uint32_t	cp = gd_utf8_next((const unsigned char *) d + i, sp->e - i, &adv);

		i += adv;
		if (cp == 0xFF0C || cp == 0x3002 || cp == ',' || cp == 0xFF1B || cp == ';' || cp == 0x300B)
			sp->s = i;
	}
	trim(d, sp);
	for (size_t k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
	{
		size_t		l = strlen(verbs[k]);

		if (sp->e - sp->s > l && memcmp(d + sp->s, verbs[k], l) == 0)
		{
			sp->s += l;
			break;
		}
	}
	trim(d, sp);
}

/* Organ and year from one title anchor; false if it gives neither. */
static bool
title_from(const GdSource *src, const GdHit *h, bool in_sentence, GdReportData *out)
{
	const char *d = src->text;
	size_t		ls = line_start(d, h->start);
	Span		t = {ls, h->start};
	Span		year;
	Span		above;

	cut_chrome(d, &t);
	if (in_sentence)
		cut_sentence(d, &t);
	cut_tail(d, &t);
	if (last_year(d, t, &year, &out->year))
		return organ_of(d, t, year, ls, out) || out->year != 0;
	/* the year on the line above: 平潭综合实验区2021年度 / 政府信息公开… */
	if (t.s == t.e && previous_line(d, ls, &above))
	{
		cut_chrome(d, &above);
		cut_tail(d, &above);
		if (last_year(d, above, &year, &out->year))
			return organ_of(d, above, year, line_start(d, above.s), out) || out->year != 0;
	}
	if (t.s < t.e)
		set_organ(out, d, t);
	return out->organ[0] != '\0';
}

/* The year of 统计期限自2024年1月1日起…: the first year after it. */
static int
period_year(const GdSource *src)
{
	static const char *const keys[] = {
		"\xE7\xBB\x9F\xE8\xAE\xA1\xE6\x9C\x9F\xE9\x99\x90",	/* 统计期限 */
		"\xE7\xBB\x9F\xE8\xAE\xA1\xE6\x97\xB6\xE9\x97\xB4",	/* 统计时间 */
		"\xE7\xBB\x9F\xE8\xAE\xA1\xE5\x91\xA8\xE6\x9C\x9F",	/* 统计周期 */
	};

	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
	{
		long		at = gd_find(src->text, src->len, keys[k], strlen(keys[k]));
		Span		sp;
		Span		y;
		int			year;

		if (at < 0)
			continue;
		sp.s = (size_t) at;
		sp.e = sp.s + 90 < src->len ? sp.s + 90 : src->len;
		/* the first year: look in a window that ends after one */
		for (size_t e = sp.s + 12; e <= sp.e; e++)
		{
			Span		w = {sp.s, e};

			if (last_year(src->text, w, &y, &year))
				return year;
		}
	}
	return 0;
}

/* The sign-off: 「organ / 2025年1月20日」 after section 六. */
static bool
sign_off(const GdSource *src, const GdSections *secs, GdReportData *out, int *date_year)
{
	const char *d = src->text;
	size_t		from = secs->nhits[GD_ANCHOR_OTHER] > 0 ?
		secs->hits[GD_ANCHOR_OTHER][secs->nhits[GD_ANCHOR_OTHER] - 1].start :
		(src->len > 4096 ? src->len - 4096 : 0);
	size_t		to = from + 4096 < src->len ? from + 4096 : src->len;
	size_t		i = from;

	*date_year = 0;
	while (i < to)
	{
		size_t		e = line_end(d, src->len, i);
		Span		ln = {i, e};
		Span		y;
		int			year;
		Span		above;

		trim(d, &ln);
		/* a line that is a date: 2025年1月20日 */
		if (ln.e - ln.s <= 40 && ends_with(d, ln, "\xE6\x97\xA5") && last_year(d, ln, &y, &year) &&
			y.s == ln.s && previous_line(d, line_start(d, i), &above))
		{
			cut_chrome(d, &above);
			set_organ(out, d, above);
			*date_year = year;
			return true;
		}
		i = e + 1;
	}
	return false;
}

void
gd_read_title(const GdSource *src, const GdSections *secs, GdDiagSink *sink, GdReportData *out)
{
	const GdHit *chosen = NULL;
	const char *organ_from = "the title";
	const char *year_from = "the title";

	out->organ[0] = '\0';
	out->year = 0;
	for (int i = 0; i < secs->nhits[GD_ANCHOR_TITLE] && chosen == NULL; i++)
	{
		const GdHit *h = &secs->hits[GD_ANCHOR_TITLE][i];

		if (ends_line(src->text, src->len, h->end) &&
			h->start - line_start(src->text, h->start) <= TITLE_LINE_MAX)
			chosen = h;
	}
	if (chosen != NULL)
		title_from(src, chosen, false, out);
	else if (secs->nhits[GD_ANCHOR_TITLE] > 0)
	{
		chosen = &secs->hits[GD_ANCHOR_TITLE][0];
		title_from(src, chosen, true, out);
		organ_from = "the title as the text mentions it";
		year_from = organ_from;
	}
	if (out->year == 0 && (out->year = period_year(src)) != 0)
		year_from = "the statistics period (统计期限)";
	if (out->organ[0] == '\0' || out->year == 0)
	{
		GdReportData signed_by;
		int			date_year;

		signed_by.organ[0] = '\0';
		if (sign_off(src, secs, &signed_by, &date_year))
		{
			if (out->organ[0] == '\0' && signed_by.organ[0] != '\0')
			{
				memcpy(out->organ, signed_by.organ, sizeof(out->organ));
				organ_from = "the sign-off at the end";
			}
			if (out->year == 0 && date_year > 1990)
			{
				out->year = date_year - 1;	/* published early in the next year */
				year_from = "the sign-off's date (reports are published the year after)";
			}
		}
	}
	if (out->organ[0] == '\0')
		gd_diag(sink, GD_SEV_WARNING, GD_SEC_TITLE, NULL, NULL,
				chosen == NULL ? "title not found (no …%s): the organ is unknown" :
				"the title names no organ%s", chosen == NULL ? gd_title_suffix : "");
	else
		gd_diag(sink, GD_SEV_NOTE, GD_SEC_TITLE, NULL, NULL, "organ \"%s\" read from %s",
				out->organ, organ_from);
	if (out->year == 0)
		gd_diag(sink, GD_SEV_WARNING, GD_SEC_TITLE, NULL, NULL,
				"no year found in the title, the statistics period or the sign-off");
	else
		gd_diag(sink, GD_SEV_NOTE, GD_SEC_TITLE, NULL, NULL, "year %d read from %s",
				out->year, year_from);
}
