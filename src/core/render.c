/*
 * render.c — writing a report's official tables back out.
 *
 * Every row, column, group, block and cell label, the section headings, the
 * title's wording and table 二's 信息内容 header come from layout.c; this
 * file only decides how a table is laid out on the page.  The two strings
 * of presentation the layout does not declare — table 三's corner note and
 * the separator inside a table 四 block label — are declared once, just
 * below.
 *
 * Shapes (see render.h): text is tab-separated and pipe tables are
 * Markdown, both one table row per line, each table 三 row labelled by its
 * full label path ("（三）不予公开 1.属于国家秘密"); HTML merges cells as the
 * official form does (三、本年度办理结果 and the groups span their rows,
 * 法人或其他组织 spans its five columns, 行政诉讼 its two blocks).
 */
#include "core/render.h"
#include "core/text.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/layout.h"
#include "core/memory.h"

/* table 三's corner cell, around identity A's wording */
static const char *const gd_applications_corner_fmt = "（本列数据的勾稽关系为：%s）";
/* table 四: a block label "行政诉讼·复议后起诉" is parent · child */
static const char *const gd_appeals_block_sep = "·";

/* Indexes of gd_layout->column_groups (keys checked by the unit test). */
enum
{
	CG_APPLICANTS = 0,			/* 申请人情况 */
	CG_ORGANISATIONS = 1,		/* 法人或其他组织 */
	CG_OUTCOMES = 2				/* 三、本年度办理结果 */
};

#define LABEL_MAX 1024
#define VALUE_MAX 64

/* ---------------------------------------------------------------- output */

typedef struct Out
{
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		failed;			/* an allocation failed: result is NULL */
	GdRenderFormat how;
	int			col;			/* cells written in the current row */
	const GdCellMarks *marks;	/* HTML: class and title every value cell */
} Out;

/* Append n bytes, doubling the buffer; when memory runs out the whole result becomes NULL. */
static void
put_n(Out *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap)
	{
		size_t		cap = o->cap ? o->cap : 4096;
		char	   *p;

		while (o->len + n + 1 > cap)
			cap *= 2;
		p = gd_realloc(o->data, cap);
		if (p == NULL)
		{
			o->failed = true;
			return;
		}
		o->data = p;
		o->cap = cap;
	}
	memcpy(o->data + o->len, s, n);
	o->len += n;
	o->data[o->len] = '\0';
}

static void
put(Out *o, const char *s)
{
	put_n(o, s, strlen(s));
}

static void put_fmt(Out *o, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static void
put_fmt(Out *o, const char *fmt,...)
{
	char		buf[LABEL_MAX];
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	put_n(o, buf, (size_t) n < sizeof(buf) ? (size_t) n : sizeof(buf) - 1);
}

/*
 * Text as a cell or heading may hold it: HTML-escaped for HTML; for text
 * and Markdown, tabs and line breaks (which would split a row) become
 * spaces, and Markdown's cell separator '|' is escaped.
 */
static void
put_text(Out *o, const char *s)
{
	const char *run = s;

	for (; *s; s++)
	{
		const char *rep = NULL;

		if (o->how == GD_RENDER_HTML)
		{
			switch (*s)
			{
				case '&':
					rep = "&amp;";
					break;
				case '<':
					rep = "&lt;";
					break;
				case '>':
					rep = "&gt;";
					break;
				case '"':
					rep = "&quot;";
					break;
				case '\'':
					rep = "&#39;";
					break;
				default:
					break;
			}
		}
		else if (*s == '\t' || *s == '\n' || *s == '\r')
			rep = " ";
		else if (o->how == GD_RENDER_MARKDOWN && *s == '|')
			rep = "\\|";
		if (rep)
		{
			put_n(o, run, (size_t) (s - run));
			put(o, rep);
			run = s + 1;
		}
	}
	put_n(o, run, (size_t) (s - run));
}

/* ------------------------------------------------------------ table rows */

static void
table_begin(Out *o)
{
	if (o->how == GD_RENDER_HTML)
		put(o, "<table>\n");
}

static void
table_end(Out *o)
{
	if (o->how == GD_RENDER_HTML)
		put(o, "</table>\n");
}

static void
row_begin(Out *o)
{
	o->col = 0;
	if (o->how == GD_RENDER_HTML)
		put(o, "<tr>");
}

static void
row_end(Out *o)
{
	if (o->how == GD_RENDER_HTML)
		put(o, "</tr>\n");
	else if (o->how == GD_RENDER_MARKDOWN)
		put(o, o->col ? " |\n" : "|\n");
	else
		put(o, "\n");
}

/* One cell; spans matter to HTML only (text rows carry no merged cells). */
static void
cell(Out *o, bool header, const char *text, int rowspan, int colspan)
{
	switch (o->how)
	{
		case GD_RENDER_HTML:
			put(o, header ? "<th" : "<td");
			if (rowspan > 1)
				put_fmt(o, " rowspan=\"%d\"", rowspan);
			if (colspan > 1)
				put_fmt(o, " colspan=\"%d\"", colspan);
			put(o, ">");
			put_text(o, text);
			put(o, header ? "</th>" : "</td>");
			break;
		case GD_RENDER_MARKDOWN:
			put(o, o->col ? " | " : "| ");
			put_text(o, text);
			break;
		case GD_RENDER_TEXT:
			if (o->col)
				put(o, "\t");
			put_text(o, text);
			break;
	}
	o->col++;
}

/*
 * A value cell: as cell(), or with marks, classed for the page's stylesheet
 * ("n" right-aligns a number; "blank" shows a cell not stated apart from 0)
 * and titled with what the audit found there.
 */
static void
value_cell(Out *o, const char *text, const GdCellMark *mark, int colspan)
{
	static const char *const level_class[] = {
		[GD_MARK_NONE] = "", [GD_MARK_WARN] = " warn",
		[GD_MARK_BROKEN] = " broken", [GD_MARK_SUSPECT] = " suspect"
	};
	bool		blank = text[0] == '\0';

	if (o->marks == NULL || mark == NULL)
	{
		cell(o, false, text, 1, colspan);
		return;
	}
	put_fmt(o, "<td class=\"n%s%s\"", blank ? " blank" : "", level_class[mark->level]);
	if (colspan > 1)
		put_fmt(o, " colspan=\"%d\"", colspan);
	if (blank || mark->note[0])
	{
		put(o, " title=\"");
		if (blank)
			put(o, mark->note[0] ? "未填报 not stated; " : "未填报 not stated");
		put_text(o, mark->note);
		put(o, "\"");
	}
	put(o, ">");
	put_text(o, text);
	put(o, "</td>");
	o->col++;
}

/* Markdown's header rule under a header row of ncols cells. */
static void
md_rule(Out *o, int ncols)
{
	if (o->how != GD_RENDER_MARKDOWN)
		return;
	for (int i = 0; i < ncols; i++)
		put(o, "|---");
	put(o, "|\n");
}

static void
heading(Out *o, int level, const char *text)
{
	if (o->how == GD_RENDER_HTML)
	{
		put_fmt(o, "<h%d>", level);
		put_text(o, text);
		put_fmt(o, "</h%d>\n", level);
	}
	else
	{
		put(o, level == 1 ? "# " : "## ");
		put_text(o, text);
		put(o, "\n\n");
	}
}

/* A blank line between sections in text and Markdown. */
static void
section_end(Out *o)
{
	if (o->how != GD_RENDER_HTML)
		put(o, "\n");
}

/* ---------------------------------------------------------------- values */

/* A cell as printed: empty when not stated, never 0. */
static void
count_value(char *buf, int32_t v)
{
	if (v == GD_NOT_STATED)
		buf[0] = '\0';
	else
		snprintf(buf, VALUE_MAX, "%ld", (long) v);
}

/* A table 二 cell as printed: empty when not stated, money in 万元 with the decimals it needs. */
static void
proactive_value(char *buf, const GdProactiveDef *def, int64_t v)
{
	if (v == GD_PROACTIVE_NOT_STATED)
		buf[0] = '\0';
	else if (def->kind == GD_KIND_MONEY)
		gd_money_format(v, buf, VALUE_MAX);
	else
		snprintf(buf, VALUE_MAX, "%lld", (long long) v);
}

/* The table's own format, else the report's, else 2021. */
static int
pick_format(int table_format, int report_format)
{
	if (gd_format_valid(table_format))
		return table_format;
	if (gd_format_valid(report_format))
		return report_format;
	return gd_format_newest();
}

/* ----------------------------------------------------------------- title */

/* The title heading (organ, year 年, 政府信息公开工作年度报告); none when both are unknown. */
static void
render_title(Out *o, const GdReportData *r)
{
	char		title[GD_ORGAN_MAX + LABEL_MAX];
	char		organ[GD_ORGAN_MAX];
	size_t		len = 0;

	/* the organ as the title prints it, bounded even if not terminated */
	memcpy(organ, r->organ, sizeof(organ));
	organ[sizeof(organ) - 1] = '\0';
	if (organ[0] == '\0' && r->year == 0)
		return;
	title[0] = '\0';
	if (organ[0] != '\0')
		len += snprintf(title + len, sizeof(title) - len, "%s ", organ);
	if (r->year != 0)
		len += snprintf(title + len, sizeof(title) - len, "%d %s",
						r->year, gd_title_year_unit);
	snprintf(title + len, sizeof(title) - len, "%s", gd_title_suffix);
	heading(o, 1, title);
}

/* ------------------------------------------------------------ table 二 */

/* Number of cells from pos on that belong to the same item (rules, …). */
static int
proactive_item_len(int format, int pos, int n)
{
	const GdProactiveDef *first = &gd_layout->proactive[gd_proactive_cell_at(format, pos)];
	int			len = 1;

	while (pos + len < n &&
		   strcmp(gd_layout->proactive[gd_proactive_cell_at(format, pos + len)].item.key,
				  first->item.key) == 0)
		len++;
	return len;
}

/* Do two items have the same column labels (so share one header row)? */
static bool
proactive_same_columns(int format, int a, int alen, int b, int blen)
{
	if (alen != blen)
		return false;
	for (int i = 0; i < alen; i++)
		if (strcmp(gd_layout->proactive[gd_proactive_cell_at(format, a + i)].name.zh,
				   gd_layout->proactive[gd_proactive_cell_at(format, b + i)].name.zh) != 0)
			return false;
	return true;
}

/*
 * Table 二: its items in the form's order, the article above each block of
 * items, and a header row wherever an item's column labels differ from the
 * item above it.
 */
static void
render_proactive(Out *o, const GdReportData *r)
{
	int			format = pick_format(r->proactive_format, r->format);
	int			n = gd_proactive_ncells(format);
	int			width = 0;		/* item label + the widest item's cells */
	const char *article = NULL;
	int			prev = -1;
	int			prev_len = 0;
	bool		in_table = false;

	for (int pos = 0; pos < n; pos += proactive_item_len(format, pos, n))
		if (proactive_item_len(format, pos, n) + 1 > width)
			width = proactive_item_len(format, pos, n) + 1;

	heading(o, 2, gd_sections[GD_SECTION_PROACTIVE].name.zh);
	table_begin(o);
	for (int pos = 0; pos < n;)
	{
		const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(format, pos)];
		int			len = proactive_item_len(format, pos, n);
		bool		new_block = def->article != NULL &&
			(article == NULL || strcmp(def->article, article) != 0);
		int			pad = width - 1 - len;	/* HTML: last cell spans the rest */

		if (new_block)
		{
			article = def->article;
			if (o->how == GD_RENDER_MARKDOWN)
			{
				/* a pipe table needs its header first: the article above it */
				if (in_table)
					put(o, "\n");
				put_text(o, article);
				put(o, "\n\n");
			}
			else
			{
				row_begin(o);
				cell(o, true, article, 1, width);
				row_end(o);
			}
		}
		if (new_block || prev < 0 ||
			!proactive_same_columns(format, prev, prev_len, pos, len))
		{
			if (o->how == GD_RENDER_MARKDOWN && in_table && !new_block)
				put(o, "\n");
			row_begin(o);
			cell(o, true, gd_proactive_item_header, 1, 1);
			for (int i = 0; i < len; i++)
				cell(o, true, gd_layout->proactive[gd_proactive_cell_at(format, pos + i)].name.zh,
					 1, i == len - 1 ? 1 + pad : 1);
			row_end(o);
			md_rule(o, len + 1);
			in_table = true;
		}
		row_begin(o);
		cell(o, false, def->item.zh, 1, 1);
		for (int i = 0; i < len; i++)
		{
			const GdProactiveDef *c = &gd_layout->proactive[gd_proactive_cell_at(format, pos + i)];
			char		v[VALUE_MAX];

			proactive_value(v, c, r->proactive[pos + i]);
			value_cell(o, v, o->marks ? &o->marks->proactive[pos + i] : NULL, i == len - 1 ? 1 + pad : 1);
		}
		row_end(o);
		prev = pos;
		prev_len = len;
		pos += len;
	}
	table_end(o);
	section_end(o);
}

/* ------------------------------------------------------------ table 三 */

/*
 * The rows under 三、本年度办理结果: the outcome rows and their total.
 */
static bool
is_outcome_row(int row_id)
{
	GdRowRole	role = gd_layout->rows[row_id].role;

	return role == GD_ROW_OUTCOME || role == GD_ROW_TOTAL_PROCESSED;
}

/*
 * The group a row is printed under, or -1.  A row that is its group (the
 * 2019 single （六）其他处理 row) stands on its own.
 */
static int
row_group(int row_id)
{
	const GdRowDef *def = &gd_layout->rows[row_id];

	if (def->group < 0 ||
		strcmp(def->name.key, gd_layout->groups[def->group].name.key) == 0)
		return -1;
	return def->group;
}

/* Table 三's header: one row in text and Markdown, the form's three merged rows in HTML. */
static void
render_applications_header(Out *o)
{
	const GdIdentity *a = gd_identity_with_role(GD_IDENTITY_BALANCE);
	char		corner[LABEL_MAX];
	int			norg = 0;

	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (gd_layout->columns[c].organisation)
			norg++;
	snprintf(corner, sizeof(corner), gd_applications_corner_fmt, a ? a->zh : "");

	if (o->how != GD_RENDER_HTML)
	{
		row_begin(o);
		cell(o, true, corner, 1, 1);
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			cell(o, true, gd_layout->columns[c].name.zh, 1, 1);
		row_end(o);
		md_rule(o, 1 + GD_APPLICATIONS_NCOLS);
		return;
	}

	/* the official three header rows */
	row_begin(o);
	cell(o, true, corner, norg ? 3 : 2, 3);
	cell(o, true, gd_layout->column_groups[CG_APPLICANTS].zh, 1, GD_APPLICATIONS_NCOLS);
	row_end(o);
	row_begin(o);
	for (int c = 0, seen_org = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		if (!gd_layout->columns[c].organisation)
			cell(o, true, gd_layout->columns[c].name.zh, norg ? 2 : 1, 1);
		else if (!seen_org++)
			cell(o, true, gd_layout->column_groups[CG_ORGANISATIONS].zh, 1, norg);
	}
	row_end(o);
	if (norg)
	{
		row_begin(o);
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			if (gd_layout->columns[c].organisation)
				cell(o, true, gd_layout->columns[c].name.zh, 1, 1);
		row_end(o);
	}
}

/*
 * Table 三's rows: labelled by their path (group, then row) in text and
 * Markdown; in HTML with the form's merged outcome and group cells.
 */
static void
render_applications(Out *o, const GdReportData *r)
{
	int			format = pick_format(r->applications_format, r->format);
	int			nrows = gd_applications_nrows(format);
	int			noutcome = 0;
	int			prev_group = -1;
	bool		prev_outcome = false;

	for (int pos = 0; pos < nrows; pos++)
		if (is_outcome_row(gd_applications_row_at(format, pos)))
			noutcome++;

	heading(o, 2, gd_sections[GD_SECTION_APPLICATIONS].name.zh);
	table_begin(o);
	render_applications_header(o);
	for (int pos = 0; pos < nrows; pos++)
	{
		int			id = gd_applications_row_at(format, pos);
		const GdRowDef *def = &gd_layout->rows[id];
		int			group = row_group(id);
		bool		outcome = is_outcome_row(id);

		row_begin(o);
		if (o->how == GD_RENDER_HTML)
		{
			if (outcome && !prev_outcome)
				cell(o, false, gd_layout->column_groups[CG_OUTCOMES].zh, noutcome, 1);
			if (group >= 0 && group != prev_group)
			{
				int			span = 0;

				for (int p = pos; p < nrows && row_group(gd_applications_row_at(format, p)) == group; p++)
					span++;
				cell(o, false, gd_layout->groups[group].name.zh, span, 1);
			}
			cell(o, false, def->name.zh, 1, 3 - (outcome ? 1 : 0) - (group >= 0 ? 1 : 0));
		}
		else
		{
			char		path[LABEL_MAX];

			if (group >= 0)
				snprintf(path, sizeof(path), "%s %s",
						 gd_layout->groups[group].name.zh, def->name.zh);
			else
				snprintf(path, sizeof(path), "%s", def->name.zh);
			cell(o, false, path, 1, 1);
		}
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		{
			char		v[VALUE_MAX];

			count_value(v, r->applications[pos * GD_APPLICATIONS_NCOLS + c]);
			value_cell(o, v, o->marks ? &o->marks->applications[pos * GD_APPLICATIONS_NCOLS + c] : NULL, 1);
		}
		row_end(o);
		prev_group = group;
		prev_outcome = outcome;
	}
	table_end(o);
	section_end(o);
}

/* ------------------------------------------------------------ table 四 */

/* Split "行政诉讼·复议后起诉" into its parent's length and its child. */
static const char *
block_child(const char *label, size_t *parent_len)
{
	const char *sep = strstr(label, gd_appeals_block_sep);

	if (sep == NULL)
	{
		*parent_len = strlen(label);
		return NULL;
	}
	*parent_len = (size_t) (sep - label);
	return sep + strlen(gd_appeals_block_sep);
}

/* Table 四's header in text and Markdown: one row, each cell naming its block and its column. */
static void
appeals_flat_header(Out *o)
{
	/* one header row: each cell names its block and its column */
	row_begin(o);
	for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
		for (int c = 0; c < GD_APPEALS_NCOLS; c++)
		{
			char		label[LABEL_MAX];

			snprintf(label, sizeof(label), "%s %s",
					 gd_appeals_blocks[b].zh, gd_appeals_columns[c].zh);
			cell(o, true, label, 1, 1);
		}
	row_end(o);
	md_rule(o, GD_APPEALS_NCELLS);
}

/* The HTML header's first row: each parent (行政复议, 行政诉讼) once, spanning the columns of all its blocks. */
static void
appeals_parent_row(Out *o)
{
	/* 行政复议 | 行政诉讼 (its blocks merged under one parent) */
	row_begin(o);
	for (int b = 0; b < GD_APPEALS_NBLOCKS;)
	{
		char		parent[LABEL_MAX];
		size_t		len;
		int			run = 1;

		block_child(gd_appeals_blocks[b].zh, &len);
		if (len >= sizeof(parent))
			len = sizeof(parent) - 1;
		memcpy(parent, gd_appeals_blocks[b].zh, len);
		parent[len] = '\0';
		while (b + run < GD_APPEALS_NBLOCKS)
		{
			size_t		l2;

			block_child(gd_appeals_blocks[b + run].zh, &l2);
			if (l2 != len || strncmp(gd_appeals_blocks[b + run].zh, parent, len) != 0)
				break;
			run++;
		}
		cell(o, true, parent, 1, run * GD_APPEALS_NCOLS);
		b += run;
	}
	row_end(o);
}

/* Table 四's header in HTML, merged as the form prints it: the parents, then each child block or a childless block's columns, then the children's columns. */
static void
appeals_merged_header(Out *o)
{
	bool		any_child = false;
	size_t		plen;

	for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
		if (block_child(gd_appeals_blocks[b].zh, &plen) != NULL)
			any_child = true;

	appeals_parent_row(o);
	/* the columns of a block without a child; the children */
	row_begin(o);
	for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
	{
		const char *child = block_child(gd_appeals_blocks[b].zh, &plen);

		if (child)
			cell(o, true, child, 1, GD_APPEALS_NCOLS);
		else
			for (int c = 0; c < GD_APPEALS_NCOLS; c++)
				cell(o, true, gd_appeals_columns[c].zh, any_child ? 2 : 1, 1);
	}
	row_end(o);
	if (any_child)
	{
		row_begin(o);
		for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
			if (block_child(gd_appeals_blocks[b].zh, &plen) != NULL)
				for (int c = 0; c < GD_APPEALS_NCOLS; c++)
					cell(o, true, gd_appeals_columns[c].zh, 1, 1);
		row_end(o);
	}
}

/*
 * Table 四: a header naming block and column in each cell (text, Markdown)
 * or the form's merged headers (HTML), then the fifteen values in one row.
 */
static void
render_appeals(Out *o, const GdReportData *r)
{
	heading(o, 2, gd_sections[GD_SECTION_APPEALS].name.zh);
	table_begin(o);
	if (o->how != GD_RENDER_HTML)
		appeals_flat_header(o);
	else
		appeals_merged_header(o);
	row_begin(o);
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
	{
		char		v[VALUE_MAX];

		count_value(v, r->appeals[i]);
		value_cell(o, v, o->marks ? &o->marks->appeals[i] : NULL, 1);
	}
	row_end(o);
	table_end(o);
	section_end(o);
}

/* ------------------------------------------------------------------- API */

static char *
render(const GdReportData *r, GdRenderFormat how, const GdCellMarks *marks)
{
	Out			o;

	memset(&o, 0, sizeof(o));
	o.how = how;
	o.marks = marks;
	put(&o, "");
	if (r != NULL)
	{
		render_title(&o, r);
		if (r->has_proactive)
			render_proactive(&o, r);
		if (r->has_applications)
			render_applications(&o, r);
		if (r->has_appeals)
			render_appeals(&o, r);
	}
	if (o.failed)
	{
		gd_free(o.data);
		return NULL;
	}
	return o.data;
}

char *
gd_render(const GdReportData *r, GdRenderFormat how)
{
	return render(r, how, NULL);
}

char *
gd_render_marked(const GdReportData *r, const GdCellMarks *marks)
{
	return render(r, GD_RENDER_HTML, marks);
}

static const struct
{
	const char *name;
	GdRenderFormat how;
}			gd_render_formats[] = {
	{"text", GD_RENDER_TEXT},
	{"markdown", GD_RENDER_MARKDOWN},
	{"html", GD_RENDER_HTML},
};

#define N_RENDER_FORMATS ((int) (sizeof(gd_render_formats) / sizeof(gd_render_formats[0])))

static bool
ascii_case_equal(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
	{
		char		ca = (*a >= 'A' && *a <= 'Z') ? (char) (*a - 'A' + 'a') : *a;
		char		cb = (*b >= 'A' && *b <= 'Z') ? (char) (*b - 'A' + 'a') : *b;

		if (ca != cb)
			return false;
	}
	return *a == *b;
}

bool
gd_render_format_from_name(const char *name, GdRenderFormat *out)
{
	if (name == NULL)
		return false;
	for (int i = 0; i < N_RENDER_FORMATS; i++)
		if (ascii_case_equal(name, gd_render_formats[i].name))
		{
			if (out)
				*out = gd_render_formats[i].how;
			return true;
		}
	return false;
}

const char *
gd_render_format_name(GdRenderFormat how)
{
	for (int i = 0; i < N_RENDER_FORMATS; i++)
		if (gd_render_formats[i].how == how)
			return gd_render_formats[i].name;
	return NULL;
}
