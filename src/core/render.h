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

/* "text", "markdown" or "html" (ASCII case-insensitive); false otherwise. */
extern bool gd_render_format_from_name(const char *name, GdRenderFormat *out);

/* The name of a render format, for messages: "text", "markdown", "html". */
extern const char *gd_render_format_name(GdRenderFormat how);

#endif							/* GD_RENDER_H */
