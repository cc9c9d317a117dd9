/*
 * parse.h — reading a published annual report into a GdReportData.
 *
 * Pure C (no postgres.h): malloc/free only, never aborts, no global mutable
 * state.  Input is any bytes (invalid UTF-8 and NULs are tolerated).
 *
 * Layouts read: tab-separated text, pipe tables (rows or one cell a line),
 * HTML tables, `pdftotext -layout` output, one cell per line, and the
 * archiver's "flattened" text whose row cells run together.  Rows and
 * columns are matched by their labels (layout.c), never by position.
 */
#ifndef GD_PARSE_H
#define GD_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"
#include "core/report.h"

/*
 * Parse a report.  Returns false and fills err (GD_E_SYNTAX, the message
 * naming the section, row and what was expected) when table 三 is missing or
 * incomplete, or a cell cannot be placed.  diags (may be NULL) receives the
 * warnings and notes, and the error too.  out is fully written either way
 * (blank cells are GD_NOT_STATED / GD_PROACTIVE_NOT_STATED).
 */
extern bool gd_parse_report(const char *text, size_t len, GdReportData *out,
							GdDiagnostics *diags, GdError *err);

/* Never fails: everything it finds, as diagnostics (errors included). */
extern void gd_parse_diagnostics(const char *text, size_t len, GdDiagnostics *diags);

/* Free the items of a diagnostics list (malloc'd) and reset it. */
extern void gd_diagnostics_free(GdDiagnostics *d);

/* ---- internal: shared by the files in parse/ ---- */

typedef struct GdBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		failed;			/* an allocation failed: contents truncated */
} GdBuf;

extern bool gd_buf_reserve(GdBuf *b, size_t extra);
extern void gd_buf_put(GdBuf *b, const char *s, size_t n);
extern void gd_buf_putc(GdBuf *b, char c);
extern void gd_buf_free(GdBuf *b);

/* HTML → text: one line per table row, cells ended by a tab; blocks → lines. */
extern bool gd_parse_looks_like_html(const char *text, size_t len);
extern void gd_parse_html_to_text(const char *text, size_t len, GdBuf *out);

/* UTF-8 and label normalisation (parse/normalize.c). */
extern uint32_t gd_u8_next(const unsigned char *s, size_t n, size_t *adv);
extern size_t gd_u8_put(char *dst, uint32_t cp);
extern bool gd_cp_space(uint32_t cp);
extern bool gd_is_cn_numeral(uint32_t cp);
extern size_t gd_norm(char *dst, size_t cap, const char *s, size_t n);
extern long gd_find(const char *hay, size_t hn, const char *needle, size_t nn);

#endif							/* GD_PARSE_H */
