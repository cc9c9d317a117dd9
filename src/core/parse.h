/*
 * parse.h — reading a published annual report into a GdReportData.
 *
 * Pure C (no postgres.h): memory through memory.h, interrupts through its
 * hook, never aborts, no global mutable state, every pass linear in the
 * input.  Input is any bytes (invalid UTF-8 and NULs are tolerated).
 *
 * Layouts read: tab-separated text, pipe and Markdown tables, HTML tables,
 * `pdftotext -layout` output (columns aligned by spaces, labels wrapped
 * over lines, headers stacked), one cell per line, and the archivers'
 * run-together text whose row cells run into one digit string.  Rows are
 * matched by their labels (layout.c), tolerantly but in the form's fixed
 * order; columns by the header, else by the form's order.
 *
 * The invariant: every number inside a table's region (from its first row
 * label to its last row's cells) is read into exactly one cell or
 * reported as an error.  A refusal with a reason is acceptable; a wrong
 * cell is not.  The units and what each reads and produces are described
 * in src/core/parse/internal.h.
 */
#ifndef GD_PARSE_H
#define GD_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"
#include "core/report.h"

/* Reports larger than this are refused (GD_E_LIMIT) before any work. */
#define GD_PARSE_MAX_BYTES ((size_t) 64 * 1024 * 1024)

typedef struct GdParseOptions
{
	/*
	 * false (the default): any error diagnostic fails the parse.  true:
	 * tables that could not be read come back absent (has_… false) and the
	 * parse succeeds with what it could read; the reasons are diagnostics.
	 */
	bool		partial;
} GdParseOptions;

/*
 * Parse a report.  Returns false and fills err (GD_E_SYNTAX naming the
 * section, row and what was expected, with a detail saying what was seen
 * and a hint saying what to do; GD_E_LIMIT or GD_E_OOM) when it cannot be
 * read as the options ask.  diags (may be NULL) receives every finding:
 * errors, warnings and notes.  out is fully written either way (blank
 * cells are GD_NOT_STATED / GD_PROACTIVE_NOT_STATED).  opts may be NULL.
 */
extern bool gd_parse_report(const char *text, size_t len, const GdParseOptions *opts,
							GdReportData *out, GdDiagnostics *diags, GdError *err);

/* Never fails: everything it finds, as diagnostics (errors included). */
extern void gd_parse_diagnostics(const char *text, size_t len, GdDiagnostics *diags);

/* Free the items of a diagnostics list and reset it. */
extern void gd_diagnostics_free(GdDiagnostics *d);

#endif							/* GD_PARSE_H */
