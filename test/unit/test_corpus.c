/*
 * test_corpus.c — the parser judged on a corpus of reports in the layouts
 * of the wild (test/data/corpus, described in its README.md).
 *
 * Every input there has an expectation written beside it (name.expected):
 * its layout, whether it must be read ("exact") or refused, and the cells,
 * organ, year and format it must be read as.  Each input is parsed with
 * gd_parse_report and classified:
 *
 *   exact    the parse succeeded and every stated expectation matches
 *   refused  the parse failed (a refusal with a reason)
 *   wrong    the parse succeeded but something differs from the
 *            expectation, or an input expected to be refused was read
 *
 * It prints one line per input (the differing cells under a wrong one),
 * then per layout: inputs, exact, refused, wrong and % exact (of the inputs
 * expected to be read).  It fails on any wrong input, on a refusal that
 * does not say what its expectation says it must, on a diagnostic that is
 * not valid UTF-8, and — while CORPUS_ENFORCE_GOALS is on — on a layout
 * family below its goal (structured 95 %, PDF 90 %, run-together 80 %).
 * Only the committed text files are read: no tool is run.  Run from the
 * repository root.  Last line: "N passed, N failed" (checks, not inputs).
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/layout.h"
#include "core/matrix.h"
#include "core/parse.h"

/*
 * The goals of the issue "Read the reports of the wild".  ON (1): a layout
 * family below its goal fails the run.  While the parser is being improved,
 * the figures can be seen without failing on them by running
 * CORPUS_ENFORCE_GOALS=0 ./test/unit/test_corpus (the environment overrides
 * this default); wrong inputs fail the run either way.
 */
#ifndef CORPUS_ENFORCE_GOALS
#define CORPUS_ENFORCE_GOALS 1
#endif

#define CORPUS_DIR "test/data/corpus"
#define MAX_INPUTS 256
#define MAX_LAYOUTS 16
#define NAME_MAX_LEN 200

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

/* The families judged, by the prefix of an input's layout. */
static const struct
{
	const char *prefix;
	int			goal;			/* % of the inputs expected to be read */
}			families[] = {
	{"structured", 95},			/* HTML, tab, pipes, cell per line */
	{"pdf", 90},				/* browsers and word processors */
	{"run-together", 80},		/* archivers */
};
#define NFAMILIES ((int) (sizeof(families) / sizeof(families[0])))

typedef enum Outcome
{
	OUT_EXACT,
	OUT_REFUSED,
	OUT_WRONG
} Outcome;

typedef struct ProactiveCell
{
	char		key[64];
	int64_t		value;
} ProactiveCell;

typedef struct Expectation
{
	char		layout[64];
	bool		refused;		/* expect: refused */
	char		refusal[256];	/* the refusal must say this ("" = anything) */
	bool		has_organ;
	char		organ[GD_ORGAN_MAX];
	int			year;			/* 0: not stated */
	int			format;
	bool		has_applications;
	int32_t		applications[GD_APPLICATIONS_NCELLS_MAX];
	bool		has_appeals;
	int32_t		appeals[GD_APPEALS_NCELLS];
	bool		has_proactive;
	int			proactive_format;
	int			nproactive;
	ProactiveCell proactive[GD_LAYOUT_PROACTIVE_MAX];
} Expectation;

typedef struct LayoutStats
{
	char		layout[64];
	int			inputs;
	int			exact;
	int			refused;
	int			wrong;
	int			expected_read;	/* inputs expected exact */
	int			refused_as_expected;
} LayoutStats;

static LayoutStats layouts[MAX_LAYOUTS];
static int	nlayouts;

/* ------------------------------------------------------------- files */

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *b;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
	{
		fclose(f);
		return NULL;
	}
	b = malloc((size_t) n + 1);
	if (b == NULL || fread(b, 1, (size_t) n, f) != (size_t) n)
	{
		free(b);
		fclose(f);
		return NULL;
	}
	b[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return b;
}

static bool
ends_with(const char *s, const char *suffix)
{
	size_t		n = strlen(s);
	size_t		m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static char *
copy_string(const char *s)
{
	char	   *c = malloc(strlen(s) + 1);

	if (c == NULL)
	{
		printf("out of memory\n");
		exit(2);
	}
	strcpy(c, s);
	return c;
}

/* ------------------------------------------------------------- UTF-8 */

/*
 * Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF),
 * written here rather than borrowed from the core it judges.
 */
static bool
valid_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *) s;

	while (*p)
	{
		uint32_t	cp;
		int			n;

		if (*p < 0x80)
		{
			p++;
			continue;
		}
		if ((*p & 0xE0) == 0xC0)
		{
			n = 1;
			cp = *p & 0x1F;
		}
		else if ((*p & 0xF0) == 0xE0)
		{
			n = 2;
			cp = *p & 0x0F;
		}
		else if ((*p & 0xF8) == 0xF0)
		{
			n = 3;
			cp = *p & 0x07;
		}
		else
			return false;
		for (int i = 1; i <= n; i++)
		{
			if ((p[i] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
			cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		p += n + 1;
	}
	return true;
}

/* Every message, detail and hint of a diagnostics list; names a bad one. */
static bool
diagnostics_utf8(const GdDiagnostics *d, const char *name, const char *what)
{
	bool		ok = true;

	for (int i = 0; i < d->count; i++)
	{
		const GdDiagnostic *g = &d->items[i];

		if (!valid_utf8(g->message) || !valid_utf8(g->detail) || !valid_utf8(g->hint))
		{
			printf("  %s: %s diagnostic %d is not valid UTF-8\n", name, what, i);
			ok = false;
		}
	}
	return ok;
}

/* ------------------------------------------------------- expectations */

static bool
parse_count(const char *s, int32_t *v)
{
	char	   *end;
	long long	n;

	if (strcmp(s, "-") == 0)
	{
		*v = GD_NOT_STATED;
		return true;
	}
	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	n = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || n < 0 || n > GD_COUNT_MAX)
		return false;
	*v = (int32_t) n;
	return true;
}

/* A table 二 value: "-" (not stated), a signed count, or 万元 as a decimal. */
static bool
parse_proactive(const char *s, GdCellKind kind, int64_t *v)
{
	bool		neg = false;
	int64_t		whole = 0;
	int64_t		frac = 0;
	int			nfrac = 0;
	const char *p = s;

	if (strcmp(s, "-") == 0)
	{
		*v = GD_PROACTIVE_NOT_STATED;
		return true;
	}
	if (*p == '-' && kind == GD_KIND_SIGNED)
	{
		neg = true;
		p++;
	}
	if (*p < '0' || *p > '9')
		return false;
	for (; *p >= '0' && *p <= '9'; p++)
	{
		whole = whole * 10 + (*p - '0');
		if (whole > INT64_MAX / 100000000)
			return false;
	}
	if (*p == '.' && kind == GD_KIND_MONEY)
	{
		for (p++; *p >= '0' && *p <= '9'; p++)
		{
			if (++nfrac > 6)
				return false;
			frac = frac * 10 + (*p - '0');
		}
		if (nfrac == 0)
			return false;
	}
	if (*p != '\0')
		return false;
	if (kind == GD_KIND_MONEY)
	{
		while (nfrac++ < 6)
			frac *= 10;
		*v = whole * GD_MONEY_SCALE + frac;
	}
	else
		*v = neg ? -whole : whole;
	return true;
}

static int
family_of(const char *layout)
{
	for (int f = 0; f < NFAMILIES; f++)
		if (strncmp(layout, families[f].prefix, strlen(families[f].prefix)) == 0)
			return f;
	return -1;
}

/* Split a line into words at spaces; returns how many (at most max). */
static int
words(char *line, char **w, int max)
{
	int			n = 0;
	char	   *save = NULL;

	for (char *t = strtok_r(line, " ", &save); t != NULL && n < max; t = strtok_r(NULL, " ", &save))
		w[n++] = t;
	return n;
}

/*
 * Read name.expected (format: README.md).  false, with the reason in why,
 * when the file breaks the format: a harness error, never a parser one.
 */
static bool
read_expectation(const char *path, Expectation *e, char *why, size_t whylen)
{
	size_t		len;
	char	   *text = slurp(path, &len);
	char	   *save = NULL;
	int			lineno = 0;
	enum
	{
		IN_NONE,
		IN_APPLICATIONS,
		IN_PROACTIVE
	}			block = IN_NONE;
	int			row = 0;
	bool		ok = false;
	bool		have_expect = false;

	memset(e, 0, sizeof(*e));
	if (text == NULL)
	{
		snprintf(why, whylen, "cannot read the file");
		return false;
	}
	for (char *line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save))
	{
		char	   *colon;
		char	   *space;
		char	   *value;

		lineno++;
		if (line[0] == '#' || line[0] == '\0')
			continue;
		colon = strstr(line, ": ");
		if (colon == NULL && ends_with(line, ":"))
			colon = line + strlen(line) - 1;
		space = strchr(line, ' ');
		if (colon == NULL || (space != NULL && space < colon))
		{
			char	   *w[16];
			int			n;

			/* a row of a block */
			if (block == IN_APPLICATIONS)
			{
				int			id;

				n = words(line, w, 16);
				if (row >= gd_applications_nrows(e->format))
				{
					snprintf(why, whylen, "line %d: more rows than the %d format has", lineno, e->format);
					goto done;
				}
				id = gd_applications_row_at(e->format, row);
				if (n != 1 + GD_APPLICATIONS_NCOLS || strcmp(w[0], gd_layout->rows[id].name.key) != 0)
				{
					snprintf(why, whylen, "line %d: expected row %s and 7 cells", lineno,
							 gd_layout->rows[id].name.key);
					goto done;
				}
				for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
					if (!parse_count(w[1 + c], &e->applications[row * GD_APPLICATIONS_NCOLS + c]))
					{
						snprintf(why, whylen, "line %d: bad count \"%s\"", lineno, w[1 + c]);
						goto done;
					}
				row++;
				continue;
			}
			if (block == IN_PROACTIVE)
			{
				int			id;
				int64_t		v;

				n = words(line, w, 16);
				id = n == 2 ? gd_proactive_cell_id(e->proactive_format, w[0]) : -1;
				if (id < 0 || e->nproactive >= GD_LAYOUT_PROACTIVE_MAX ||
					!parse_proactive(w[1], gd_layout->proactive[id].kind, &v))
				{
					snprintf(why, whylen, "line %d: expected a table 二 key of the %d format and its value",
							 lineno, e->proactive_format);
					goto done;
				}
				snprintf(e->proactive[e->nproactive].key, sizeof(e->proactive[0].key), "%s", w[0]);
				e->proactive[e->nproactive++].value = v;
				continue;
			}
			snprintf(why, whylen, "line %d: not \"field: value\"", lineno);
			goto done;
		}
		*colon = '\0';
		value = colon[1] == ' ' ? colon + 2 : colon + 1;
		if (block == IN_APPLICATIONS && row != gd_applications_nrows(e->format))
		{
			snprintf(why, whylen, "line %d: table 三 has %d rows, the %d format %d",
					 lineno, row, e->format, gd_applications_nrows(e->format));
			goto done;
		}
		block = IN_NONE;
		if (strcmp(line, "layout") == 0)
		{
			snprintf(e->layout, sizeof(e->layout), "%s", value);
			if (family_of(value) < 0)
			{
				snprintf(why, whylen, "line %d: unknown layout \"%s\"", lineno, value);
				goto done;
			}
		}
		else if (strcmp(line, "expect") == 0)
		{
			if (strcmp(value, "exact") != 0 && strcmp(value, "refused") != 0)
			{
				snprintf(why, whylen, "line %d: expect is exact or refused", lineno);
				goto done;
			}
			e->refused = strcmp(value, "refused") == 0;
			have_expect = true;
		}
		else if (strcmp(line, "refusal") == 0)
			snprintf(e->refusal, sizeof(e->refusal), "%s", value);
		else if (strcmp(line, "organ") == 0)
		{
			e->has_organ = true;
			snprintf(e->organ, sizeof(e->organ), "%s", value);
		}
		else if (strcmp(line, "year") == 0)
			e->year = atoi(value);
		else if (strcmp(line, "format") == 0)
		{
			e->format = atoi(value);
			if (!gd_format_valid(e->format))
			{
				snprintf(why, whylen, "line %d: format is 2019 or 2021", lineno);
				goto done;
			}
		}
		else if (strcmp(line, "applications") == 0)
		{
			if (e->format == 0)
			{
				snprintf(why, whylen, "line %d: format: must come before applications:", lineno);
				goto done;
			}
			e->has_applications = true;
			block = IN_APPLICATIONS;
			row = 0;
		}
		else if (strcmp(line, "appeals") == 0)
		{
			char	   *w[GD_APPEALS_NCELLS + 1];
			int			n = words(value, w, GD_APPEALS_NCELLS + 1);

			if (n != GD_APPEALS_NCELLS)
			{
				snprintf(why, whylen, "line %d: table 四 has 15 cells", lineno);
				goto done;
			}
			for (int k = 0; k < GD_APPEALS_NCELLS; k++)
				if (!parse_count(w[k], &e->appeals[k]))
				{
					snprintf(why, whylen, "line %d: bad count \"%s\"", lineno, w[k]);
					goto done;
				}
			e->has_appeals = true;
		}
		else if (strcmp(line, "proactive") == 0)
		{
			e->proactive_format = atoi(value);
			if (!gd_format_valid(e->proactive_format))
			{
				snprintf(why, whylen, "line %d: proactive: 2019 or 2021", lineno);
				goto done;
			}
			e->has_proactive = true;
			block = IN_PROACTIVE;
		}
		else
		{
			snprintf(why, whylen, "line %d: unknown field \"%s\"", lineno, line);
			goto done;
		}
	}
	if (block == IN_APPLICATIONS && row != gd_applications_nrows(e->format))
		snprintf(why, whylen, "table 三 has %d rows, the %d format %d", row, e->format,
				 gd_applications_nrows(e->format));
	else if (e->layout[0] == '\0' || !have_expect)
		snprintf(why, whylen, "layout: and expect: are required");
	else if (!e->refused && !e->has_applications)
		snprintf(why, whylen, "an input expected to be read states its table 三");
	else
		ok = true;
done:
	free(text);
	return ok;
}

/* ----------------------------------------------------------- judging */

static void
print_value(char *buf, size_t n, int64_t v, bool money)
{
	if (v == GD_NOT_STATED || v == GD_PROACTIVE_NOT_STATED)
		snprintf(buf, n, "not stated");
	else if (money)
		snprintf(buf, n, "%lld.%06lld 万元", (long long) (v / GD_MONEY_SCALE),
				 (long long) (v % GD_MONEY_SCALE));
	else
		snprintf(buf, n, "%lld", (long long) v);
}

#define SAY(...) do { if (print) printf(__VA_ARGS__); } while (0)

/* How many things differ between a report read and its expectation;
 * print: say each. */
static int
differences(const Expectation *e, const GdReportData *r, bool print)
{
	int			bad = 0;
	char		a[64];
	char		b[64];
	char		cell[128];

	if (e->has_organ && strcmp(e->organ, r->organ) != 0)
	{
		SAY("    organ: read \"%s\", expected \"%s\"\n", r->organ, e->organ);
		bad++;
	}
	if (e->year != 0 && e->year != r->year)
	{
		SAY("    year: read %d, expected %d\n", r->year, e->year);
		bad++;
	}
	if (e->format != 0 && e->format != r->format)
	{
		SAY("    format: read %d, expected %d\n", r->format, e->format);
		bad++;
	}
	if (e->has_applications)
	{
		if (!r->has_applications || r->applications_format != e->format)
		{
			SAY("    table 三: %s, expected the %d format\n",
				   r->has_applications ? "read in another format" : "not read", e->format);
			bad++;
		}
		else
			for (int i = 0; i < gd_applications_ncells(e->format); i++)
				if (r->applications[i] != e->applications[i])
				{
					print_value(a, sizeof(a), r->applications[i], false);
					print_value(b, sizeof(b), e->applications[i], false);
					SAY("    table 三 %s: read %s, expected %s\n",
						   gd_applications_cell_name(e->format, i, cell, sizeof(cell)), a, b);
					bad++;
				}
	}
	if (e->has_appeals)
	{
		if (!r->has_appeals)
		{
			SAY("    table 四: not read\n");
			bad++;
		}
		else
			for (int k = 0; k < GD_APPEALS_NCELLS; k++)
				if (r->appeals[k] != e->appeals[k])
				{
					print_value(a, sizeof(a), r->appeals[k], false);
					print_value(b, sizeof(b), e->appeals[k], false);
					SAY("    table 四 %s: read %s, expected %s\n",
						   gd_appeals_cell_name(k, cell, sizeof(cell)), a, b);
					bad++;
				}
	}
	if (e->has_proactive)
	{
		if (!r->has_proactive || r->proactive_format != e->proactive_format)
		{
			SAY("    table 二: %s, expected the %d format\n",
				   r->has_proactive ? "read in another format" : "not read", e->proactive_format);
			bad++;
		}
		else
			for (int k = 0; k < e->nproactive; k++)
			{
				int			id = gd_proactive_cell_id(e->proactive_format, e->proactive[k].key);
				int			pos = gd_proactive_cell_pos(e->proactive_format, id);
				bool		money = gd_layout->proactive[id].kind == GD_KIND_MONEY;

				if (r->proactive[pos] != e->proactive[k].value)
				{
					print_value(a, sizeof(a), r->proactive[pos], money);
					print_value(b, sizeof(b), e->proactive[k].value, money);
					SAY("    table 二 %s: read %s, expected %s\n", e->proactive[k].key, a, b);
					bad++;
				}
			}
	}
	return bad;
}

/* The switch above, unless the environment says otherwise. */
static bool
enforce_goals(void)
{
	const char *v = getenv("CORPUS_ENFORCE_GOALS");

	if (v != NULL && v[0] != '\0')
		return strcmp(v, "0") != 0;
	return CORPUS_ENFORCE_GOALS != 0;
}

static LayoutStats *
stats_of(const char *layout)
{
	for (int i = 0; i < nlayouts; i++)
		if (strcmp(layouts[i].layout, layout) == 0)
			return &layouts[i];
	if (nlayouts == MAX_LAYOUTS)
	{
		printf("more than %d layouts\n", MAX_LAYOUTS);
		exit(2);
	}
	memset(&layouts[nlayouts], 0, sizeof(layouts[0]));
	snprintf(layouts[nlayouts].layout, sizeof(layouts[0].layout), "%s", layout);
	return &layouts[nlayouts++];
}

/* Parse one input, classify it, count it. */
static void
judge(const char *name, const char *input_path, const char *expected_path)
{
	static Expectation e;
	GdReportData rep;
	GdDiagnostics d = {0};
	GdDiagnostics d2 = {0};
	GdError		err;
	char		why[256];
	size_t		len;
	char	   *text;
	bool		ok;
	Outcome		out;
	LayoutStats *st;
	bool		utf8;

	if (!read_expectation(expected_path, &e, why, sizeof(why)))
	{
		CHECK(false, "%s: bad expectation file: %s", expected_path, why);
		return;
	}
	text = slurp(input_path, &len);
	if (text == NULL)
	{
		CHECK(false, "%s: cannot read", input_path);
		return;
	}
	memset(&err, 0, sizeof(err));
	ok = gd_parse_report(text, len, NULL, &rep, &d, &err);
	st = stats_of(e.layout);
	st->inputs++;
	if (!e.refused)
		st->expected_read++;

	if (!ok)
	{
		out = OUT_REFUSED;
		st->refused++;
		if (e.refused)
			st->refused_as_expected++;
		printf("refused  %s%s\n         %s\n", name, e.refused ? " (as expected)" : "", err.message);
		if (err.hint[0])
			printf("         hint: %s\n", err.hint);
	}
	else if (e.refused)
	{
		out = OUT_WRONG;
		st->wrong++;
		printf("wrong    %s\n    read, but expected to be refused (organ \"%s\", year %d, format %d)\n",
			   name, rep.organ, rep.year, rep.format);
	}
	else if (differences(&e, &rep, false) == 0)
	{
		out = OUT_EXACT;
		st->exact++;
		printf("exact    %s\n", name);
	}
	else
	{
		out = OUT_WRONG;
		st->wrong++;
		printf("wrong    %s\n", name);
		differences(&e, &rep, true);
	}
	CHECK(out != OUT_WRONG, "%s: not silently wrong", name);
	if (out == OUT_REFUSED)
		CHECK(err.code != GD_OK && err.message[0] != '\0', "%s: a refusal gives its reason", name);
	if (out == OUT_REFUSED && e.refused && e.refusal[0])
	{
		bool		says = strstr(err.message, e.refusal) != NULL || strstr(err.detail, e.refusal) != NULL ||
			strstr(err.hint, e.refusal) != NULL;

		CHECK(says, "%s: the refusal says \"%s\" (message, detail or hint)", name, e.refusal);
	}

	/* every text handed back is valid UTF-8 */
	utf8 = diagnostics_utf8(&d, name, "gd_parse_report");
	if (!ok)
		utf8 = utf8 && valid_utf8(err.message) && valid_utf8(err.detail) && valid_utf8(err.hint);
	gd_parse_diagnostics(text, len, &d2);
	utf8 = diagnostics_utf8(&d2, name, "gd_parse_diagnostics") && utf8;
	utf8 = utf8 && valid_utf8(rep.organ);
	CHECK(utf8, "%s: diagnostics, error and organ are valid UTF-8", name);

	gd_diagnostics_free(&d);
	gd_diagnostics_free(&d2);
	free(text);
}

int
main(void)
{
	DIR		   *dir = opendir(CORPUS_DIR);
	struct dirent *de;
	char	   *names[MAX_INPUTS];
	int			n = 0;
	int			total_wrong = 0;
	bool		enforce = enforce_goals();

	if (dir == NULL)
	{
		printf("cannot open %s (run from the repository root)\n", CORPUS_DIR);
		return 2;
	}
	while ((de = readdir(dir)) != NULL)
	{
		if (de->d_name[0] == '.' || strcmp(de->d_name, "README.md") == 0 || strcmp(de->d_name, "make") == 0)
			continue;
		if (n == MAX_INPUTS)
		{
			printf("more than %d files in %s\n", MAX_INPUTS, CORPUS_DIR);
			return 2;
		}
		names[n++] = copy_string(de->d_name);
	}
	closedir(dir);
	qsort(names, (size_t) n, sizeof(names[0]), compare_names);

	for (int i = 0; i < n; i++)
	{
		char		stem[NAME_MAX_LEN];
		char		input[NAME_MAX_LEN + 64];
		char		expected[NAME_MAX_LEN + 64];
		const char *dot = strrchr(names[i], '.');
		int			found = 0;

		if (dot == NULL || strlen(names[i]) >= NAME_MAX_LEN)
		{
			CHECK(false, "%s: a corpus file is name.html, name.txt or name.expected", names[i]);
			continue;
		}
		snprintf(stem, sizeof(stem), "%.*s", (int) (dot - names[i]), names[i]);
		if (strcmp(dot, ".expected") != 0)
		{
			/* an input: it must have an expectation */
			bool		has = false;

			for (int j = 0; j < n; j++)
				if (strncmp(names[j], stem, strlen(stem)) == 0 && strcmp(names[j] + strlen(stem), ".expected") == 0)
					has = true;
			CHECK(has && (strcmp(dot, ".html") == 0 || strcmp(dot, ".txt") == 0),
				  "%s: an input is .html or .txt and has name.expected beside it", names[i]);
			continue;
		}
		for (int j = 0; j < n; j++)
			if (j != i && strncmp(names[j], stem, strlen(stem)) == 0 &&
				(strcmp(names[j] + strlen(stem), ".html") == 0 || strcmp(names[j] + strlen(stem), ".txt") == 0))
			{
				snprintf(input, sizeof(input), "%s/%s", CORPUS_DIR, names[j]);
				found++;
			}
		if (found != 1)
		{
			CHECK(false, "%s: %d inputs (name.html or name.txt) for this expectation", names[i], found);
			continue;
		}
		snprintf(expected, sizeof(expected), "%s/%s", CORPUS_DIR, names[i]);
		judge(stem, input, expected);
	}

	/* the figures, per layout and per family */
	printf("\n%-22s %6s %6s %8s %6s %9s %8s\n", "layout", "inputs", "exact", "refused", "wrong",
		   "refused/e", "% exact");
	for (int f = 0; f < NFAMILIES; f++)
	{
		LayoutStats sum = {0};
		double		pct;
		bool		met;

		for (int i = 0; i < nlayouts; i++)
		{
			LayoutStats *s = &layouts[i];

			if (family_of(s->layout) != f)
				continue;
			printf("  %-20s %6d %6d %8d %6d %9d %7.1f%%\n", s->layout, s->inputs, s->exact, s->refused,
				   s->wrong, s->refused_as_expected,
				   s->expected_read ? 100.0 * s->exact / s->expected_read : 0.0);
			sum.inputs += s->inputs;
			sum.exact += s->exact;
			sum.refused += s->refused;
			sum.wrong += s->wrong;
			sum.refused_as_expected += s->refused_as_expected;
			sum.expected_read += s->expected_read;
		}
		pct = sum.expected_read ? 100.0 * sum.exact / sum.expected_read : 0.0;
		met = sum.expected_read > 0 && pct >= families[f].goal;
		total_wrong += sum.wrong;
		printf("= %-20s %6d %6d %8d %6d %9d %7.1f%%  goal %d%%: %s\n", families[f].prefix, sum.inputs,
			   sum.exact, sum.refused, sum.wrong, sum.refused_as_expected, pct, families[f].goal,
			   met ? "met" : enforce ? "BELOW" : "below (not enforced)");
		if (enforce)
			CHECK(met, "%s: %.1f%% exact, goal %d%%", families[f].prefix, pct, families[f].goal);
	}
	printf("(%% exact: exact / inputs expected to be read; refused/e: refusals the expectation asks for)\n");
	printf("%d wrong\n", total_wrong);
	for (int i = 0; i < n; i++)
		free(names[i]);
	printf("%d passed, %d failed\n", passed, failed);
	return failed > 0;
}
