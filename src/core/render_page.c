/*
 * render_page.c — a report as a page a person prints or sends: a
 * standalone HTML document with the form's grid, and the audit marked on
 * the tables themselves.
 *
 * Reads: a report (and the previous year's, for the continuity checks).
 * Produces: the document.  The checks (check.c, continuity.c) say which
 * identities fail; this file turns each finding into marks on the cells it
 * concerns (render.h: warn, broken, suspect) with the rule, the expected
 * and the printed value in the cell's tooltip, and lists every finding
 * below the tables.  A cell where a failing row and a failing column cross
 * by the same amount is the likely mistyped one and is marked most strongly.
 */
#include "core/render.h"

#include <stdio.h>
#include <string.h>

#include "core/check.h"
#include "core/continuity.h"
#include "core/memory.h"
#include "core/text.h"

/* The form's grid: borders, numbers right-aligned, marks by strength. */
static const char stylesheet[] =
	"body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif;"
	"margin:2em;color:#111}\n"
	"h1{font-size:1.4em;text-align:center}h2{font-size:1.1em;margin-top:1.6em}\n"
	"table{border-collapse:collapse;margin:.5em 0}\n"
	"th,td{border:1px solid #555;padding:.25em .5em;vertical-align:middle}\n"
	"th{background:#eee;font-weight:normal}\n"
	"td.n{text-align:right;font-variant-numeric:tabular-nums;min-width:3em}\n"
	"td.blank{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#ddd 4px,#ddd 6px)}\n"
	"td.warn{background:#fff3b0}\n"
	"td.broken{background:#ffd8a8}\n"
	"td.suspect{background:#ff6b6b;color:#fff;font-weight:bold;outline:3px solid #c00}\n"
	".legend span{display:inline-block;padding:0 .6em;margin-right:.6em;border:1px solid #555}\n"
	".findings li.error{color:#a00}.findings li.warning{color:#864}\n"
	"@media print{.legend{display:none}}\n";

/* Add a finding to a cell: the stronger level wins, notes accumulate. */
static void
mark(GdCellMark *m, GdMarkLevel level, const char *note)
{
	size_t		len = strlen(m->note);

	if (level > m->level)
		m->level = level;
	if (note == NULL || note[0] == '\0')
		return;
	if (len > 0 && len + 2 < sizeof(m->note))
	{
		memcpy(m->note + len, "; ", 3);
		len += 2;
	}
	gd_utf8_copy(m->note + len, sizeof(m->note) - len, note, strlen(note));
}

static const GdIdentity *
identity_of(const char *rule)
{
	for (int k = 0; k < gd_layout->nidentities; k++)
		if (strcmp(gd_layout->identities[k].rule, rule) == 0)
			return &gd_layout->identities[k];
	return NULL;
}

/* How far a violation's two sides are apart. */
static int64_t
off(const GdViolation *v)
{
	return v->has_numbers ? v->expected - v->reported : 0;
}

static void
note_of(const GdViolation *v, char *buf, size_t cap)
{
	if (v->has_numbers)
		snprintf(buf, cap, "%s: 应为 expected %lld, 填报 printed %lld", v->rule,
				 (long long) v->expected, (long long) v->reported);
	else
		snprintf(buf, cap, "%s", v->rule);
}

/*
 * Table 三: each broken identity marks its anchor cell (B: total_processed
 * in the failing column; C: the failing row's total) or, without an
 * anchor (A), every cell of its terms in the failing column.  Then the
 * crossings of failing rows and failing columns are the suspects.
 */
static void
mark_applications(const GdReportData *r, GdCellMarks *marks, GdViolation *v)
{
	int			format = r->applications_format;
	int			n = gd_applications_violations(format, r->applications, v);
	/* how far off each failing row's and column's identities are (0: holds) */
	int64_t		row_off[GD_APPLICATIONS_NROWS_MAX] = {0};
	int64_t		col_off[GD_APPLICATIONS_NCOLS][GD_LAYOUT_IDENTITIES_MAX] = {{0}};

	for (int i = 0; i < n; i++)
	{
		const GdIdentity *id = identity_of(v[i].rule);
		int			row = v[i].row_key ? gd_applications_row_pos(format, gd_applications_row_id(v[i].row_key)) : -1;
		int			col = v[i].column_key ? gd_applications_column_id(v[i].column_key) : -1;
		char		note[GD_MARK_NOTE_MAX];

		note_of(&v[i], note, sizeof(note));
		if (id == NULL)
			continue;
		if (id->axis == GD_PER_COLUMN && col >= 0)
		{
			col_off[col][id - gd_layout->identities] = off(&v[i]);
			if (row >= 0)
				mark(&marks->applications[row * GD_APPLICATIONS_NCOLS + col], GD_MARK_BROKEN, note);
			else
				for (int t = 0; t < id->nterms; t++)
				{
					int			p = gd_applications_row_pos(format, id->terms[t].index);

					if (p >= 0)
						mark(&marks->applications[p * GD_APPLICATIONS_NCOLS + col], GD_MARK_BROKEN, note);
				}
		}
		else if (id->axis == GD_PER_ROW && row >= 0)
		{
			row_off[row] = off(&v[i]);
			if (col >= 0)
				mark(&marks->applications[row * GD_APPLICATIONS_NCOLS + col], GD_MARK_BROKEN, note);
		}
	}
	/* one wrong value puts its row and its column off by the same amount */
	for (int p = 0; p < gd_applications_nrows(format); p++)
		for (int c = 0; c < GD_APPLICATIONS_NCOLS && row_off[p] != 0; c++)
			for (int k = 0; k < gd_layout->nidentities; k++)
				if (col_off[c][k] == row_off[p] || col_off[c][k] == -row_off[p])
				{
					mark(&marks->applications[p * GD_APPLICATIONS_NCOLS + c], GD_MARK_SUSPECT,
						 "可能填错的单元格：一处误填即可解释行、列两处差额 likely mistyped: one wrong value explains its row's and its column's difference");
					break;
				}
}

/* Table 四: a broken block total. */
static void
mark_appeals(const GdReportData *r, GdCellMarks *marks, GdViolation *v)
{
	int			n = gd_appeals_violations(r->appeals, v);

	for (int i = 0; i < n; i++)
	{
		int			b = v[i].row_key ? gd_appeals_block_id(v[i].row_key) : -1;
		int			c = v[i].column_key ? gd_appeals_column_id(v[i].column_key) : -1;
		char		note[GD_MARK_NOTE_MAX];

		note_of(&v[i], note, sizeof(note));
		if (b >= 0 && c >= 0)
			mark(&marks->appeals[b * GD_APPEALS_NCOLS + c], GD_MARK_BROKEN, note);
	}
}

/* Continuity: X1 on carried_over in its column, X2 on the item's in-force cell. */
static void
mark_continuity(const GdReportData *r, const GdViolation *v, int n, GdCellMarks *marks)
{
	for (int i = 0; i < n; i++)
	{
		char		note[GD_MARK_NOTE_MAX];
		int			row,
					col;

		note_of(&v[i], note, sizeof(note));
		if (v[i].row_key == NULL || v[i].column_key == NULL)
			continue;			/* X3: the whole table; listed below it */
		row = r->has_applications ? gd_applications_row_pos(r->applications_format,
															gd_applications_row_id(v[i].row_key)) : -1;
		col = gd_applications_column_id(v[i].column_key);
		if (row >= 0 && col >= 0)
		{
			mark(&marks->applications[row * GD_APPLICATIONS_NCOLS + col], GD_MARK_WARN, note);
			continue;
		}
		if (!r->has_proactive)
			continue;
		for (int p = 0; p < gd_proactive_ncells(r->proactive_format); p++)
		{
			const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(r->proactive_format, p)];

			if (def->role == GD_PROACTIVE_IN_FORCE && strcmp(def->item.key, v[i].row_key) == 0)
				mark(&marks->proactive[p], GD_MARK_WARN, note);
		}
	}
}

/* Append s to the buffer, HTML-escaped. */
static void
put_escaped(GdBuf *b, const char *s)
{
	for (; *s; s++)
		switch (*s)
		{
			case '&':
				gd_buf_puts(b, "&amp;");
				break;
			case '<':
				gd_buf_puts(b, "&lt;");
				break;
			case '>':
				gd_buf_puts(b, "&gt;");
				break;
			case '"':
				gd_buf_puts(b, "&quot;");
				break;
			default:
				gd_buf_putc(b, *s);
				break;
		}
}

static void
put_findings(GdBuf *b, const GdViolation *v, int n)
{
	for (int i = 0; i < n; i++)
	{
		gd_buf_puts(b, "<li class=\"");
		gd_buf_puts(b, v[i].severity);
		gd_buf_puts(b, "\">");
		put_escaped(b, v[i].message);
		gd_buf_puts(b, "</li>\n");
	}
}

char *
gd_render_page(const GdReportData *r, const GdReportData *previous, bool audit)
{
	GdCellMarks *marks = gd_alloc(sizeof(GdCellMarks));
	GdViolation *v = gd_alloc(sizeof(GdViolation) * (GD_MAX_VIOLATIONS + GD_MAX_CONTINUITY));
	GdViolation *x = v + GD_MAX_VIOLATIONS;
	char	   *body = NULL;
	GdBuf		b;
	int			nx = 0;
	char		title[GD_ORGAN_MAX + 64];
	bool		rendered;

	memset(&b, 0, sizeof(b));
	if (marks == NULL || v == NULL)
		goto done;
	memset(marks, 0, sizeof(GdCellMarks));
	if (audit && r->has_applications)
		mark_applications(r, marks, v);
	if (audit && r->has_appeals)
		mark_appeals(r, marks, v);
	if (audit && previous != NULL)
	{
		nx = gd_check_continuity(previous, r, x);
		mark_continuity(r, x, nx, marks);
	}
	body = gd_render_marked(r, marks);
	if (body == NULL)
		goto done;

	snprintf(title, sizeof(title), "%s %d", r->organ[0] ? r->organ : "", r->year);
	gd_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
	put_escaped(&b, title);
	gd_buf_puts(&b, "</title>\n<style>\n");
	gd_buf_puts(&b, stylesheet);
	gd_buf_puts(&b, "</style>\n</head>\n<body>\n");
	if (audit)
		gd_buf_puts(&b, "<p class=\"legend\"><span class=\"suspect\" style=\"background:#ff6b6b;color:#fff\">可能填错 likely mistyped</span>"
					"<span style=\"background:#ffd8a8\">勾稽关系不符 identity broken</span>"
					"<span style=\"background:#fff3b0\">与上年不衔接 continuity</span>"
					"<span style=\"background:repeating-linear-gradient(45deg,#fff,#fff 4px,#ddd 4px,#ddd 6px)\">未填报 not stated</span></p>\n");
	gd_buf_puts(&b, body);
	if (audit)
	{
		int			n = 0;

		gd_buf_puts(&b, "<h2>审核结果 / Audit</h2>\n<ol class=\"findings\">\n");
		if (r->has_applications)
		{
			n += gd_applications_violations(r->applications_format, r->applications, v);
			put_findings(&b, v, n);
		}
		if (r->has_appeals)
		{
			int			k = gd_appeals_violations(r->appeals, v);

			put_findings(&b, v, k);
			n += k;
		}
		put_findings(&b, x, nx);
		if (n + nx == 0)
			gd_buf_puts(&b, "<li>表内勾稽关系均相符 every identity holds</li>\n");
		gd_buf_puts(&b, "</ol>\n");
	}
	gd_buf_puts(&b, "</body>\n</html>\n");
done:
	rendered = body != NULL;
	gd_free(body);
	gd_free(marks);
	gd_free(v);
	if (!rendered || b.failed)
	{
		gd_buf_free(&b);
		return NULL;
	}
	return b.data;
}
