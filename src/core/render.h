/*
 * render.h — a report's official tables written back as text.
 *
 * gd_render() writes the title and tables 二, 三 and 四 of a GdReportData in
 * the report's own format (2019 or 2021 rows and cells), with the official
 * Chinese labels taken from layout.c, as one of three layouts that the
 * parser reads back (parse(render(r)) = r):
 *
 *   GD_RENDER_TEXT      tab-separated, one table row per line
 *   GD_RENDER_MARKDOWN  pipe tables, one table row per line
 *   GD_RENDER_HTML      one <table> per section, rowspan/colspan as the
 *                       official form merges its cells
 *
 * A table the report does not hold (has_… false) is left out with its
 * section heading.  A blank (not stated) cell is rendered empty, never 0;
 * money is printed in 万元 with as many decimals as it needs.
 * Pure C: no postgres.h.
 */
#ifndef GD_RENDER_H
#define GD_RENDER_H

#include <stdbool.h>

#include "core/layout.h"
#include "core/report.h"

typedef enum GdRenderFormat
{
	GD_RENDER_TEXT,
	GD_RENDER_MARKDOWN,
	GD_RENDER_HTML
} GdRenderFormat;

/*
 * Render the report's official tables (title, 二, 三, 四).  Returns a
 * NUL-terminated string from memory.h that the caller frees (gd_free); NULL only when
 * memory runs out.  A NULL report renders as "".
 */
extern char *gd_render(const GdReportData *r, GdRenderFormat how);

/*
 * Marks on the cells of an HTML rendering: how strongly a value cell is
 * marked and a note for its tooltip.  render_page.c fills them from the
 * checks; a blank (not stated) cell is marked as such by the renderer.
 */
typedef enum GdMarkLevel
{
	GD_MARK_NONE,
	GD_MARK_WARN,				/* in a continuity warning (X1, X2) */
	GD_MARK_BROKEN,				/* in a broken identity */
	GD_MARK_SUSPECT				/* where a failing row and a failing column cross:
								 * the likely mistyped cell */
} GdMarkLevel;

#define GD_MARK_NOTE_MAX 256

typedef struct GdCellMark
{
	GdMarkLevel level;
	char		note[GD_MARK_NOTE_MAX];	/* "; "-separated findings, UTF-8 */
} GdCellMark;

typedef struct GdCellMarks
{
	GdCellMark	proactive[GD_PROACTIVE_NCELLS_MAX];	/* by position in its format */
	GdCellMark	applications[GD_APPLICATIONS_NCELLS_MAX];	/* by position */
	GdCellMark	appeals[GD_APPEALS_NCELLS];
} GdCellMarks;

/*
 * The HTML rendering with every value cell classed ("n", and "blank",
 * "warn", "broken" or "suspect") and titled with its mark's note: the body
 * of gd_render_page.  Freed by the caller (gd_free); NULL when memory runs
 * out.
 */
extern char *gd_render_marked(const GdReportData *r, const GdCellMarks *marks);

/*
 * A standalone HTML document (charset, stylesheet with the form's grid,
 * numbers right-aligned): the report's tables and, when audit is true,
 * its checks marked on the cells and listed below them, with the
 * continuity warnings against previous when it is given (NULL: none).
 */
extern char *gd_render_page(const GdReportData *r, const GdReportData *previous, bool audit);

/* "text", "markdown" or "html" (ASCII case-insensitive); false otherwise. */
extern bool gd_render_format_from_name(const char *name, GdRenderFormat *out);

/* The name of a render format, for messages: "text", "markdown", "html". */
extern const char *gd_render_format_name(GdRenderFormat how);

#endif							/* GD_RENDER_H */
