/*
 * report.h — one published report, as the pure core holds it.
 *
 * The parser (parse/parse.c) fills it from a report's text; the renderer
 * writes it back; the glue turns it into the SQL composite gd_report.
 * Pure C: no postgres.h.
 */
#ifndef GD_REPORT_H
#define GD_REPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/layout.h"

/* A table 二 cell that the source left blank. */
#define GD_PROACTIVE_NOT_STATED INT64_MIN

#define GD_ORGAN_MAX 512

/*
 * The years a report can be for: annual reports exist since the
 * regulations of 2008.  The SQL domain gd_year states the same range
 * (sql/catalog/08_domains.sql); a pgTAP test checks that they agree.
 */
#define GD_YEAR_MIN 2008
#define GD_YEAR_MAX 2100

typedef struct GdReportData
{
	char		organ[GD_ORGAN_MAX];	/* as printed in the title; "" if unknown */
	int			year;			/* 0 if unknown */
	int			format;			/* a format id of the layout (2019, 2021); 0 if unknown */

	bool		has_proactive;
	int			proactive_format;
	/* indexed by position in proactive_format (gd_proactive_cell_at) */
	int64_t		proactive[GD_PROACTIVE_NCELLS_MAX];

	bool		has_applications;
	int			applications_format;
	int32_t		applications[GD_APPLICATIONS_NCELLS_MAX];	/* by format position */

	bool		has_appeals;
	int32_t		appeals[GD_APPEALS_NCELLS];
} GdReportData;

/* A finding while reading a report: what gd_parse_diagnostics returns. */
typedef enum GdSeverity
{
	GD_SEV_ERROR,				/* the report cannot be read as this says */
	GD_SEV_WARNING,				/* read, but something is off (rule T, …) */
	GD_SEV_NOTE					/* how something was read (元 → 万元, …) */
} GdSeverity;

#define GD_DIAG_MSG_MAX 512
#define GD_DIAG_HINT_MAX 256

/*
 * Every text is valid UTF-8.  detail says what was seen (the line, the
 * tokens), hint what to do; either may be "".
 */
typedef struct GdDiagnostic
{
	GdSeverity	severity;
	const char *rule;			/* a named check ("T"), or NULL */
	const char *section;		/* "二", "三", "四", "title", "text" */
	const char *row_key;		/* static strings from the layout, or NULL */
	const char *column_key;
	char		message[GD_DIAG_MSG_MAX];
	char		detail[GD_DIAG_MSG_MAX];
	char		hint[GD_DIAG_HINT_MAX];
} GdDiagnostic;

/* A growable list, allocated through memory.h; at most GD_DIAG_LIMIT items. */
#define GD_DIAG_LIMIT 500

typedef struct GdDiagnostics
{
	GdDiagnostic *items;
	int			count;
	int			capacity;
	int			dropped;		/* findings beyond GD_DIAG_LIMIT */
} GdDiagnostics;

#endif							/* GD_REPORT_H */
