/*
 * test_parse_props.c — properties of the parser, over generated inputs.
 *
 *   1. Never lose a digit: a stray number inserted anywhere inside table
 *      三's region (from its first row label to its last row's values), in
 *      every layout we have, never leaves the parse succeeding with the
 *      same tables: it is read into a cell (the tables change) or refused.
 *   2. Round trip: for generated reports — both formats, blank cells in any
 *      position (a row ending in blanks, a row all blank), money with up to
 *      six decimals, counts up to 2147483647, generated organ names with
 *      、，：, years and Latin words — parse(render(r, f)) = r in all three
 *      render formats.
 * Deterministic (a fixed seed).  Run from the repository root.  Last line:
 * "N passed, N failed".
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/layout.h"
#include "core/memory.h"
#include "core/parse.h"
#include "core/render.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

static uint64_t rng = 20241203;

static uint32_t
next(void)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t) (rng >> 33);
}

static uint32_t
below(uint32_t n)
{
	return n ? next() % n : 0;
}

static char *
load(const char *name, size_t *len)
{
	char		path[512];
	FILE	   *f;
	long		n;
	char	   *b;
	char	   *body;

	snprintf(path, sizeof(path), "test/data/%s", name);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		printf("cannot open %s (run from the repository root)\n", path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc((size_t) n + 1);
	if (b == NULL || fread(b, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	b[n] = '\0';
	fclose(f);
	body = strstr(b, "\n---\n");
	if (body != NULL && strncmp(b, "source:", 7) == 0)
		memmove(b, body + 5, strlen(body + 5) + 1);
	*len = strlen(b);
	return b;
}

static bool
same_tables(const GdReportData *a, const GdReportData *b)
{
	if (a->has_applications != b->has_applications || a->has_appeals != b->has_appeals ||
		a->has_proactive != b->has_proactive)
		return false;
	if (a->has_applications &&
		(a->applications_format != b->applications_format ||
		 memcmp(a->applications, b->applications,
				sizeof(int32_t) * gd_applications_ncells(a->applications_format)) != 0))
		return false;
	if (a->has_appeals && memcmp(a->appeals, b->appeals, sizeof(a->appeals)) != 0)
		return false;
	if (a->has_proactive &&
		(a->proactive_format != b->proactive_format ||
		 memcmp(a->proactive, b->proactive, sizeof(int64_t) * gd_proactive_ncells(a->proactive_format)) != 0))
		return false;
	return true;
}

/* ---------------------------------------------- 1. never lose a digit */

/* Where table 三 is: its first row label, and the end of its last row. */
static bool
region_of(const char *text, size_t len, size_t *from, size_t *to)
{
	const char *first = strstr(text, "本年新收");
	const char *last = NULL;
	const char *p = text;

	while ((p = strstr(p, "结转下年度")) != NULL)
	{
		if (first != NULL && p > first)
			last = p;
		p += 3;
		if (last != NULL)
			break;
	}
	if (first == NULL || last == NULL)
		return false;
	*from = (size_t) (first - text) + 3;	/* inside the first label */
	/* the last row's values: to the end of its line */
	p = last;
	while ((size_t) (p - text) < len && *p != '\n')
		p++;
	/* a run-together text has no line ends: to the end of the label's digits */
	if ((size_t) (p - last) > 200)
	{
		p = last;
		while (*p && !(*p >= '0' && *p <= '9'))
			p++;
		while (*p && ((*p >= '0' && *p <= '9') || *p == ' '))
			p++;
	}
	*to = (size_t) (p - text);
	return true;
}

/* Inside an HTML tag or entity: not where a reader sees text. */
static bool
in_markup(const char *text, size_t from, size_t at)
{
	for (size_t i = at; i > from; i--)
	{
		if (text[i - 1] == '>')
			break;
		if (text[i - 1] == '<')
			return true;
	}
	for (size_t i = at; i > from && at - i < 12; i--)
	{
		if (text[i - 1] == ';' || text[i - 1] == ' ')
			break;
		if (text[i - 1] == '&')
			return true;
	}
	return false;
}

/* An insertion point: a character boundary in [from, to), in the text. */
static size_t
boundary(const char *text, size_t from, size_t to, bool html)
{
	for (;;)
	{
		size_t		at = from + below((uint32_t) (to - from));

		while (at > from && ((unsigned char) text[at] & 0xC0) == 0x80)
			at--;
		if (!html || !in_markup(text, from > 4096 ? from - 4096 : 0, at))
			return at;
	}
}

static void
never_lose_a_digit(const char *name, const char *text, size_t len, int trials)
{
	GdReportData base,
				got;
	GdError		err;
	size_t		from,
				to;
	int			silent = 0,
				refused = 0,
				read = 0;
	char	   *buf = malloc(len + 16);

	if (!gd_parse_report(text, len, NULL, &base, NULL, &err))
	{
		CHECK(false, "%s: the layout reads before inserting anything: %s", name, err.message);
		free(buf);
		return;
	}
	if (!region_of(text, len, &from, &to))
	{
		CHECK(false, "%s: table 三's region found by the test", name);
		free(buf);
		return;
	}
	for (int i = 0; i < trials; i++)
	{
		size_t		at = boundary(text, from, to, strchr(text, '<') != NULL);
		static const char *const strays[] = {" 7 ", "7", " 12 ", "\t9\t", "3"};
		const char *s = strays[below(5)];
		size_t		sl = strlen(s);

		memcpy(buf, text, at);
		memcpy(buf + at, s, sl);
		memcpy(buf + at + sl, text + at, len - at);
		if (!gd_parse_report(buf, len + sl, NULL, &got, NULL, &err))
			refused++;
		else if (same_tables(&base, &got))
		{
			silent++;
			if (silent <= 3)
				printf("  %s: \"%s\" inserted at byte %zu was dropped without a word: …%.40s…\n",
					   name, s, at, text + (at > 20 ? at - 20 : 0));
		}
		else
			read++;
	}
	CHECK(silent == 0, "%s: %d stray numbers in table 三 lost silently (%d refused, %d read into a cell)",
		  name, silent, refused, read);
	printf("  %-40s %d insertions: %d refused, %d read into a cell, %d lost\n", name, trials,
		   refused, read, silent);
	free(buf);
}

/* --------------------------------------------------- 2. round trips */

static void
random_organ(char *buf, size_t cap)
{
	static const char *const parts[] = {
		"红旗区", "人民政府", "办公室", "、", "，", "：", "中共某某县委", "某某县人民政府",
		"Development", " ", "Zone", "管委会", "2023年", "第1", "市", "局", "（试点）", "·", "-",
		"Ａ", "乡", "镇", "民族", "自治", "州",
	};
	size_t		o = 0;
	int			n = 1 + (int) below(6);

	buf[0] = '\0';
	/* never empty, no leading or trailing space, no double space */
	for (int i = 0; i < n; i++)
	{
		const char *p = parts[below(sizeof(parts) / sizeof(parts[0]))];
		size_t		l = strlen(p);

		if (p[0] == ' ' && (o == 0 || buf[o - 1] == ' ' || i == n - 1))
			continue;
		if (o + l + 1 >= cap)
			break;
		memcpy(buf + o, p, l + 1);
		o += l;
	}
	if (o == 0)
		snprintf(buf, cap, "某某局");
	else if (buf[o - 1] == ' ')
		buf[o - 1] = '\0';
}

static int32_t
random_count(void)
{
	switch (below(10))
	{
		case 0:
		case 1:
			return GD_NOT_STATED;
		case 2:
			return (int32_t) below(100000);
		case 3:
			return below(50) == 0 ? GD_COUNT_MAX : (int32_t) below(1000);
		default:
			return (int32_t) below(20);
	}
}

static void
random_report(GdReportData *r)
{
	int			fmt = below(3) == 0 ? 2019 : 2021;
	int			pfmt = below(4) == 0 ? (fmt == 2019 ? 2021 : 2019) : fmt;
	int			ncells = gd_applications_ncells(fmt);

	memset(r, 0, sizeof(*r));
	random_organ(r->organ, sizeof(r->organ));
	r->year = 2008 + (int) below(20);
	r->format = fmt;
	r->has_applications = true;
	r->applications_format = fmt;
	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		r->applications[i] = i < ncells ? random_count() : GD_NOT_STATED;
	/* rows ending in blanks, and rows all blank */
	for (int k = 0; k < 3; k++)
	{
		int			row = (int) below((uint32_t) gd_applications_nrows(fmt));
		int			from = (int) below(7);

		for (int c = from; c < 7; c++)
			r->applications[row * 7 + c] = GD_NOT_STATED;
	}
	r->has_appeals = below(5) != 0;
	for (int k = 0; k < 15; k++)
		r->appeals[k] = r->has_appeals ? random_count() : GD_NOT_STATED;
	r->has_proactive = below(5) != 0;
	r->proactive_format = pfmt;
	for (int p = 0; p < GD_PROACTIVE_NCELLS_MAX; p++)
	{
		const GdProactiveDef *def;

		r->proactive[p] = GD_PROACTIVE_NOT_STATED;
		if (!r->has_proactive || p >= gd_proactive_ncells(pfmt) || below(8) == 0)
			continue;
		def = &gd_layout->proactive[gd_proactive_cell_at(pfmt, p)];
		if (def->kind == GD_KIND_MONEY)
			r->proactive[p] = (int64_t) below(300000000) * (int64_t) (below(2) ? 1 : 1000) / 7;
		else if (def->kind == GD_KIND_SIGNED)
			r->proactive[p] = (int64_t) below(41) - 20;
		else
			r->proactive[p] = below(600);
	}
}

static void
round_trips(int n)
{
	static const char *const names[] = {"text", "markdown", "html"};
	int			ok[3] = {0, 0, 0};

	for (int i = 0; i < n; i++)
	{
		GdReportData r,
					back;

		random_report(&r);
		for (int how = GD_RENDER_TEXT; how <= GD_RENDER_HTML; how++)
		{
			char	   *out = gd_render(&r, (GdRenderFormat) how);
			GdError		err;
			bool		good;

			if (out == NULL)
				continue;
			good = gd_parse_report(out, strlen(out), NULL, &back, NULL, &err) &&
				same_tables(&r, &back) && strcmp(r.organ, back.organ) == 0 && r.year == back.year;
			if (good)
				ok[how]++;
			else if (ok[how] + 3 > i)
				printf("  round trip %d (%s, organ \"%s\"): %s; organ back \"%s\", year %d\n",
					   i, names[how], r.organ, err.message, back.organ, back.year);
			gd_free(out);
		}
	}
	for (int how = 0; how < 3; how++)
		CHECK(ok[how] == n, "%s: %d of %d generated reports round-trip", names[how], ok[how], n);
	printf("  round trips: %d generated reports, text %d, markdown %d, html %d\n", n, ok[0], ok[1], ok[2]);
}

int
main(void)
{
	static const char *const files[] = {
		"hongqi-2024.txt", "huaian-2024-pdftotext.txt", "shanghai-2019-html.txt",
		"pingtan-2025.html", "pingtan-2025-browser-pdftotext.txt",
		"pingtan-2025-word-pdftotext.txt", "pingtan-2021-flattened.txt",
		"pingtan-2023-flattened.txt",
	};

	for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++)
	{
		size_t		len;
		char	   *text = load(files[f], &len);

		never_lose_a_digit(files[f], text, len, 150);
		free(text);
	}
	/* the renderer's own three layouts of the seed */
	{
		size_t		len;
		char	   *text = load("hongqi-2024.txt", &len);
		GdReportData r;
		GdError		err;

		if (gd_parse_report(text, len, NULL, &r, NULL, &err))
			for (int how = GD_RENDER_TEXT; how <= GD_RENDER_HTML; how++)
			{
				char	   *out = gd_render(&r, (GdRenderFormat) how);
				char		name[64];

				snprintf(name, sizeof(name), "seed rendered as %s", gd_render_format_name((GdRenderFormat) how));
				never_lose_a_digit(name, out, strlen(out), 150);
				gd_free(out);
			}
		free(text);
	}
	round_trips(300);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
