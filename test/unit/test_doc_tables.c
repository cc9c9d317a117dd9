/*
 * test_doc_tables.c — doc/tables.md, generated from the layout.
 *
 * Prints the report's tables as Markdown from gd_official_layout (the
 * formats, table 三's columns, rows and groups, how rows fold between
 * formats, table 四, table 二 of each format, the sections, the identities
 * as declared).  With --write it writes doc/tables.md, and nothing else
 * may; with no argument (make unit) it compares doc/tables.md with what it
 * prints and fails at the first line that differs, so the document cannot
 * drift from src/core/layout.c.  Run from the repository root.  Last line:
 * "N passed, N failed".
 *
 *   make test/unit/test_doc_tables && test/unit/test_doc_tables --write
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/layout.h"

#define DOC_PATH "doc/tables.md"
#define OUT_MAX (256 * 1024)

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

static const GdLayout *L = &gd_official_layout;
static char out[OUT_MAX];
static size_t outlen;

/* Append to the document; running out of room is a failure, never a cut. */
static void put(const char *fmt,...) __attribute__((format(printf, 1, 2)));

static void
put(const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(out + outlen, sizeof(out) - outlen, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t) n >= sizeof(out) - outlen)
	{
		printf("the document does not fit in %d bytes\n", OUT_MAX);
		exit(2);
	}
	outlen += (size_t) n;
}

/* Text for a table cell: a '|' would end the cell, so it is escaped. */
static const char *
cell(const char *s)
{
	static char buf[8][512];
	static int	next;
	char	   *b = buf[next++ % 8];
	size_t		n = 0;

	for (; *s && n + 3 < sizeof(buf[0]); s++)
	{
		if (*s == '|')
			b[n++] = '\\';
		b[n++] = *s;
	}
	b[n] = '\0';
	return b;
}

/* ------------------------------------------------------------ lookups */

/* 1-based position of a row in a format, or 0 when the format lacks it. */
static int
row_no(const GdFormat *f, int row)
{
	for (int p = 0; p < f->nrows; p++)
		if (f->rows[p] == row)
			return p + 1;
	return 0;
}

static const GdFormat *
format_of(int id)
{
	for (int f = 0; f < L->nformats; f++)
		if (L->formats[f].id == id)
			return &L->formats[f];
	return NULL;
}

/* "2019 only", "2021 only" or "" (in every format), for a row. */
static const char *
row_formats_note(int row, char *buf, size_t cap)
{
	size_t		n = 0;
	int			in = 0;

	buf[0] = '\0';
	for (int f = 0; f < L->nformats; f++)
		if (row_no(&L->formats[f], row))
			in++;
	if (in == L->nformats)
		return buf;
	n += (size_t) snprintf(buf + n, cap - n, " (");
	for (int f = 0, k = 0; f < L->nformats && n < cap; f++)
		if (row_no(&L->formats[f], row))
			n += (size_t) snprintf(buf + n, cap - n, "%s%d", k++ ? ", " : "", L->formats[f].id);
	if (n < cap)
		snprintf(buf + n, cap - n, " only)");
	return buf;
}

static const char *
role_name(GdRowRole r)
{
	switch (r)
	{
		case GD_ROW_RECEIVED:
			return "received";
		case GD_ROW_CARRIED_OVER:
			return "carried over";
		case GD_ROW_OUTCOME:
			return "outcome";
		case GD_ROW_TOTAL_PROCESSED:
			return "total processed";
		case GD_ROW_CARRIED_FORWARD:
			return "carried forward";
	}
	return "?";
}

static const char *
kind_name(GdCellKind k)
{
	switch (k)
	{
		case GD_KIND_COUNT:
			return "count";
		case GD_KIND_SIGNED:
			return "signed count";
		case GD_KIND_MONEY:
			return "money, 万元";
	}
	return "?";
}

static const char *
proactive_role_name(GdProactiveRole r)
{
	switch (r)
	{
		case GD_PROACTIVE_PLAIN:
			return "";
		case GD_PROACTIVE_ISSUED:
			return "issued (X2)";
		case GD_PROACTIVE_REPEALED:
			return "repealed (X2)";
		case GD_PROACTIVE_IN_FORCE:
			return "in force (X2)";
	}
	return "?";
}

static const char *
identity_role_name(GdIdentityRole r)
{
	switch (r)
	{
		case GD_IDENTITY_BALANCE:
			return "balance";
		case GD_IDENTITY_OUTCOMES:
			return "outcomes";
		case GD_IDENTITY_ROW_TOTAL:
			return "row total";
		case GD_IDENTITY_BLOCK_TOTAL:
			return "block total";
	}
	return "?";
}

/* ------------------------------------------------------------ sections */

static void
intro(void)
{
	put("# The report's tables\n\n");
	put("<!-- Generated from src/core/layout.c by test/unit/test_doc_tables.c; do not edit.\n"
		"     Regenerate: make test/unit/test_doc_tables && test/unit/test_doc_tables --write -->\n\n");
	put("Every key, label and position below is printed from the layout declared in\n"
		"`src/core/layout.c` (`gd_official_layout`), the single declaration that the checks,\n"
		"the text and JSON forms, the renderer, the parser and the SQL functions read.\n"
		"`make unit` fails when this page and the layout differ.  The keys are the ones\n"
		"SQL takes and returns (`gd_cell`, `gd_set_cell`, `gd_rows`, `gd_cells`, the text\n"
		"and JSON forms); the Chinese labels are the official form's, as `gd_render`\n"
		"prints them and the parser looks for them.  A blank cell is *not stated*, never\n"
		"0 (see [identities.md](identities.md)).\n\n");
}

static void
formats(void)
{
	put("## Formats\n\n");
	put("A report is printed in one of these formats; a value of `gd_applications` or\n"
		"`gd_proactive` stores the id of its format (`gd_format(value)`).  A sum of values\n"
		"of two formats is in the format both fold into (see [Folding](#how-rows-fold-between-formats)).\n\n");
	put("| format | first report year | set by | a sum with another format is in | table 三 rows | table 二 cells |\n");
	put("|---|---|---|---|---|---|\n");
	for (int f = 0; f < L->nformats; f++)
	{
		const GdFormat *fm = &L->formats[f];

		put("| %d | %d | %s | %d | %d | %d |\n", fm->id, fm->first_year, cell(fm->document),
			fm->fold_to, fm->nrows, fm->ncells);
	}
	put("\nTable 四 is the same in every format.\n\n");
}

/* "## Table 三: applications (三、收到和处理政府信息公开申请情况)" */
static void
heading(GdSectionId s)
{
	put("## Table %s: %s (%s)\n\n", gd_sections[s].number, gd_sections[s].name.key,
		gd_sections[s].name.zh);
}

static void
applications_columns(void)
{
	int			norg = 0;

	put("### Columns\n\n");
	put("| no | key | label | English | note |\n|---|---|---|---|---|\n");
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		const GdColumnDef *col = &L->columns[c];

		put("| %d | `%s` | %s | %s | %s |\n", c + 1, col->name.key, cell(col->name.zh),
			cell(col->name.en),
			col->total ? "the sum of the other columns (rule C)" :
			col->organisation ? "法人或其他组织" : "");
		norg += col->organisation;
	}
	put("\nHeader groups of the printed form: ");
	for (int g = 0; g < 3; g++)
		put("%s%s (`%s`)", g ? ", " : "", L->column_groups[g].zh, L->column_groups[g].key);
	put(".  The first spans every column, the second the %d organisation columns, the\n"
		"third heads the outcome rows.\n\n", norg);
}

static void
applications_rows(void)
{
	put("### Rows\n\n");
	put("Every row of every format, in the order the layout declares them.  The format\n"
		"columns give the row's number in that format (`row_no` of `gd_rows(format)`, the\n"
		"row of the `int[]` form), or — when the format does not print it.\n\n");
	put("| key | label | English | group | role |");
	for (int f = 0; f < L->nformats; f++)
		put(" %d |", L->formats[f].id);
	put("\n|---|---|---|---|---|");
	for (int f = 0; f < L->nformats; f++)
		put("---|");
	put("\n");
	for (int r = 0; r < L->nrows; r++)
	{
		const GdRowDef *row = &L->rows[r];

		put("| `%s` | %s | %s | %s | %s |", row->name.key, cell(row->name.zh), cell(row->name.en),
			row->group >= 0 ? L->groups[row->group].name.key : "", role_name(row->role));
		for (int f = 0; f < L->nformats; f++)
		{
			int			no = row_no(&L->formats[f], r);

			if (no)
				put(" %d |", no);
			else
				put(" — |");
		}
		put("\n");
	}
	put("\n");
}

static void
applications_groups(void)
{
	put("### Groups\n\n");
	put("A group key names the sum of its rows: `gd_cell(m, 'withheld', 'total')` adds\n"
		"the stated cells of the group's rows, and is not stated when none is.\n\n");
	put("| key | label | English |");
	for (int f = 0; f < L->nformats; f++)
		put(" rows in %d |", L->formats[f].id);
	put("\n|---|---|---|");
	for (int f = 0; f < L->nformats; f++)
		put("---|");
	put("\n");
	for (int g = 0; g < L->ngroups; g++)
	{
		put("| `%s` | %s | %s |", L->groups[g].name.key, cell(L->groups[g].name.zh),
			cell(L->groups[g].name.en));
		for (int f = 0; f < L->nformats; f++)
		{
			const GdFormat *fm = &L->formats[f];
			int			k = 0;

			put(" ");
			for (int p = 0; p < fm->nrows; p++)
				if (L->rows[fm->rows[p]].group == g)
					put("%s`%s`", k++ ? ", " : "", L->rows[fm->rows[p]].name.key);
			put(" |");
		}
		put("\n");
	}
	put("\n");
}

static void
applications_folds(void)
{
	put("### How rows fold between formats\n\n");
	put("A sum over values of different formats (`sum()`, `+`), and `gd_to_2019`, write\n"
		"each value in the format it folds into: a row of that format takes the same\n"
		"row, plus every row the target format does not print whose `folds_into` names\n"
		"it.  A folded cell is not stated only when every part is.\n\n");
	for (int f = 0; f < L->nformats; f++)
	{
		const GdFormat *fm = &L->formats[f];
		const GdFormat *to = format_of(fm->fold_to);

		if (to == NULL || to == fm)
			continue;
		put("%d → %d:\n\n| %d row | folds into the %d row |\n|---|---|\n",
			fm->id, to->id, fm->id, to->id);
		for (int p = 0; p < fm->nrows; p++)
		{
			const GdRowDef *row = &L->rows[fm->rows[p]];

			if (row_no(to, fm->rows[p]))
				continue;
			put("| `%s` %s | %s |\n", row->name.key, cell(row->name.zh),
				row->folds_into >= 0 ? L->rows[row->folds_into].name.key : "—");
		}
		put("\nEvery other row is the same row in both formats.\n\n");
	}
}

static void
appeals(void)
{
	heading(GD_SECTION_APPEALS);
	put("Type `gd_appeals`: %d blocks of %d cells, %d cells in all, block by block: in\n"
		"the `int[]` form, elements ", GD_APPEALS_NBLOCKS, GD_APPEALS_NCOLS, GD_APPEALS_NCELLS);
	for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
		put("%s%d–%d are `%s`", b == 0 ? "" : b == GD_APPEALS_NBLOCKS - 1 ? " and " : ", ",
			b * GD_APPEALS_NCOLS + 1, (b + 1) * GD_APPEALS_NCOLS, gd_appeals_blocks[b].key);
	put(", each in column order.\n\n");
	put("| no | block key | label | English |\n|---|---|---|---|\n");
	for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
		put("| %d | `%s` | %s | %s |\n", b + 1, gd_appeals_blocks[b].key,
			cell(gd_appeals_blocks[b].zh), cell(gd_appeals_blocks[b].en));
	put("\n| no | column key | label | English |\n|---|---|---|---|\n");
	for (int c = 0; c < GD_APPEALS_NCOLS; c++)
		put("| %d | `%s` | %s | %s |\n", c + 1, gd_appeals_columns[c].key,
			cell(gd_appeals_columns[c].zh), cell(gd_appeals_columns[c].en));
	put("\nA block label written `A·B` is printed as B under the heading A (both kinds\n"
		"of 行政诉讼 share one).\n\n");
}

static void
proactive_format(const GdFormat *fm)
{
	put("### The %d format (%s)\n\n", fm->id, cell(fm->document));
	put("| no | key | item | article | label | English | kind | role |\n");
	put("|---|---|---|---|---|---|---|---|\n");
	for (int p = 0; p < fm->ncells; p++)
	{
		const GdProactiveDef *d = &L->proactive[fm->cells[p]];

		put("| %d | `%s` | %s `%s` | %s | %s | %s | %s | %s |\n", p + 1, d->name.key,
			cell(d->item.zh), d->item.key, d->article ? cell(d->article) : "—",
			cell(d->name.zh), cell(d->name.en), kind_name(d->kind), proactive_role_name(d->role));
	}
	put("\n");
}

static void
proactive(void)
{
	int			nshared = 0;

	heading(GD_SECTION_PROACTIVE);
	put("Type `gd_proactive`: the cells of its format, in this order, each a value or not\n"
		"stated.  The formats print different cells; table 二 is never folded from one\n"
		"format into another.  Kinds: a *count* is 0 … 2147483647; a *signed count* (a\n"
		"change from last year) may be negative; *money* is an amount in 万元 kept exactly\n"
		"to six decimals.  The roles are what continuity rule X2 reads.  Keys printed by\n"
		"more than one format, each with its format's label: ");
	for (int a = 0; a < L->nproactive; a++)
	{
		bool		first = true;
		bool		again = false;

		for (int b = 0; b < a; b++)
			first = first && strcmp(L->proactive[a].name.key, L->proactive[b].name.key) != 0;
		for (int b = a + 1; b < L->nproactive; b++)
			again = again || strcmp(L->proactive[a].name.key, L->proactive[b].name.key) == 0;
		if (first && again)
			put("%s`%s`", nshared++ ? ", " : "", L->proactive[a].name.key);
	}
	put("%s.\n\n", nshared ? "" : "none");
	for (int f = L->nformats - 1; f >= 0; f--)
		proactive_format(&L->formats[f]);
}

/* A section's place in the report: its number among 一 … 十. */
static int
section_rank(const char *number)
{
	static const char numerals[] = "一二三四五六七八九十";
	const char *at = strstr(numerals, number);

	return at != NULL ? (int) (at - numerals) : (int) sizeof(numerals);
}

static void
sections(void)
{
	bool		done[GD_NSECTIONS] = {false};

	put("## The report's sections\n\n");
	put("The headings the renderer prints and the parser anchors on, in the report's\n"
		"order.  A report's title ends in %s.\n\n", gd_title_suffix);
	put("| section | key | heading | English |\n|---|---|---|---|\n");
	for (int k = 0; k < GD_NSECTIONS; k++)
	{
		int			best = -1;

		for (int s = 0; s < GD_NSECTIONS; s++)
			if (!done[s] && (best < 0 || section_rank(gd_sections[s].number) < section_rank(gd_sections[best].number)))
				best = s;
		done[best] = true;
		put("| %s | `%s` | %s | %s |\n", gd_sections[best].number, gd_sections[best].name.key,
			cell(gd_sections[best].name.zh), cell(gd_sections[best].name.en));
	}
	put("\nTables 二, 三 and 四 are in the sections of the same numbers; the others are\n"
		"prose.\n\n");
}

/* A term of an identity: a row key (with its formats) or a column key. */
static void
term(const GdIdentity *id, const GdTerm *t)
{
	char		note[64];

	if (id->axis == GD_PER_COLUMN)
		put("`%s`%s", L->rows[t->index].name.key, row_formats_note(t->index, note, sizeof(note)));
	else if (id->table == GD_TABLE_APPLICATIONS)
		put("`%s`", L->columns[t->index].name.key);
	else
		put("`%s`", gd_appeals_columns[t->index].key);
}

static void
identity_side(const GdIdentity *id, GdSide side)
{
	int			k = 0;

	for (int i = 0; i < id->nterms; i++)
		if (id->terms[i].side == side)
		{
			put("%s", k++ ? " + " : "");
			term(id, &id->terms[i]);
		}
}

static void
identities(void)
{
	put("## Identities as declared\n\n");
	put("What [identities.md](identities.md) explains, as the layout declares it.  A\n"
		"*per column* identity is judged down each column, its terms being rows; a *per\n"
		"row* identity along each row (table 三) or block (table 四), its terms being\n"
		"columns.  Terms marked as required must be stated for the identity to be judged.\n\n");
	put("| rule | role | table | checked | expected side | reported side | required | 中文 |\n");
	put("|---|---|---|---|---|---|---|---|\n");
	for (int k = 0; k < L->nidentities; k++)
	{
		const GdIdentity *id = &L->identities[k];
		int			nreq = 0;

		put("| %s | %s | %s | %s | ", id->rule, identity_role_name(id->role),
			id->table == GD_TABLE_APPLICATIONS ? "三" : "四",
			id->axis == GD_PER_COLUMN ? "per column" :
			id->table == GD_TABLE_APPLICATIONS ? "per row" : "per block");
		identity_side(id, GD_EXPECTED);
		put(" | ");
		identity_side(id, GD_REPORTED);
		put(" | ");
		for (int i = 0; i < id->nterms; i++)
			if (id->terms[i].required)
			{
				put("%s", nreq++ ? ", " : "");
				term(id, &id->terms[i]);
			}
		put(" | %s |\n", cell(id->zh));
	}
	put("\n");
}

static void
generate(void)
{
	outlen = 0;
	intro();
	formats();
	proactive();
	heading(GD_SECTION_APPLICATIONS);
	put("Type `gd_applications`: %d columns; the rows of its format, each row's cells in\n"
		"column order.\n\n", GD_APPLICATIONS_NCOLS);
	applications_columns();
	applications_rows();
	applications_groups();
	applications_folds();
	appeals();
	sections();
	identities();
}

/* ------------------------------------------------------------ main */

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *b;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc((size_t) n + 1);
	if (b == NULL || fread(b, 1, (size_t) n, f) != (size_t) n)
	{
		fclose(f);
		free(b);
		return NULL;
	}
	b[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return b;
}

/* The first line where the file and the generated text differ, for the message. */
static void
report_difference(const char *have, size_t hlen)
{
	size_t		i = 0;
	int			line = 1;
	size_t		start = 0;

	while (i < hlen && i < outlen && have[i] == out[i])
	{
		if (have[i] == '\n')
		{
			line++;
			start = i + 1;
		}
		i++;
	}
	printf("  %s differs from the layout at line %d:\n", DOC_PATH, line);
	printf("    file:      %.*s\n", (int) strcspn(have + start, "\n"), have + start);
	printf("    generated: %.*s\n", (int) strcspn(out + start, "\n"), out + start);
	printf("  regenerate it: make test/unit/test_doc_tables && test/unit/test_doc_tables --write\n");
}

int
main(int argc, char **argv)
{
	size_t		hlen = 0;
	char	   *have;

	generate();
	if (argc > 1 && strcmp(argv[1], "--write") == 0)
	{
		FILE	   *f = fopen(DOC_PATH, "wb");

		if (f == NULL || fwrite(out, 1, outlen, f) != outlen || fclose(f) != 0)
		{
			printf("cannot write %s (run from the repository root)\n", DOC_PATH);
			return 2;
		}
		printf("wrote %s (%zu bytes)\n", DOC_PATH, outlen);
		return 0;
	}
	have = read_file(DOC_PATH, &hlen);
	CHECK(have != NULL, "%s can be read (run from the repository root)", DOC_PATH);
	if (have != NULL)
	{
		bool		same = hlen == outlen && memcmp(have, out, outlen) == 0;

		if (!same)
			report_difference(have, hlen);
		CHECK(same, "%s is what the layout prints", DOC_PATH);
	}
	free(have);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
