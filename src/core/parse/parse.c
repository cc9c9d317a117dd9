/*
 * parse/parse.c — the driver: a published report → GdReportData.
 *
 * Reads: the caller's bytes and options.  Produces: the report and its
 * diagnostics.  The units run in this order, each handed what it needs:
 * input (the text) → sections (the anchors) → title → table 三 (which says
 * where the table is and its format) → table 二 (before it) → table 四
 * (after it) → rule T.  Strict: any error fails the parse, naming the
 * first one; partial: the tables that could not be read are left out.
 */
#include "core/parse/internal.h"

#include <string.h>

/* Nothing read: every cell not stated, no table, no organ or year. */
static void
clear(GdReportData *out)
{
	memset(out, 0, sizeof(*out));
	for (int p = 0; p < GD_APPLICATIONS_NCELLS_MAX; p++)
		out->applications[p] = GD_NOT_STATED;
	for (int k = 0; k < GD_APPEALS_NCELLS; k++)
		out->appeals[k] = GD_NOT_STATED;
	for (int p = 0; p < GD_PROACTIVE_NCELLS_MAX; p++)
		out->proactive[p] = GD_PROACTIVE_NOT_STATED;
}

typedef struct Outcome
{
	bool		applications;	/* each table read without error */
	bool		proactive;
	bool		appeals;
} Outcome;

/* The units in order; findings go to sink, which tables were read without error to oc. */
static void
run(const char *text, size_t len, GdReportData *out, GdDiagSink *sink, Outcome *oc)
{
	GdSource	src;
	GdSections *secs;
	GdApplicationsFound t3;

	memset(oc, 0, sizeof(*oc));
	clear(out);
	if (!gd_source_open(&src, text, len, sink))
	{
		gd_source_close(&src);
		return;
	}
	secs = gd_alloc(sizeof(GdSections));
	if (secs == NULL)
	{
		sink->out_of_memory = true;
		gd_source_close(&src);
		return;
	}
	gd_find_sections(&src, secs);
	gd_read_title(&src, secs, sink, out);
	gd_read_applications(&src, secs, sink, out, &t3);
	oc->applications = t3.read;
	gd_read_proactive(&src, secs, &t3, sink, out, &oc->proactive);
	gd_read_appeals(&src, secs, &t3, sink, out, &oc->appeals);
	if (t3.found)
		out->format = t3.format;
	if (out->has_proactive && t3.found && out->proactive_format != t3.format)
		gd_diag(sink, GD_SEV_NOTE, GD_SEC_PROACTIVE, NULL, NULL,
				"table 二 is printed in the %d format, table 三 in the %d format",
				out->proactive_format, t3.format);
	gd_check_prose(&src, secs, &t3, out, sink);
	gd_audit_prose(&src, secs, out, sink);
	gd_free(secs);
	gd_source_close(&src);
}

bool
gd_parse_report(const char *text, size_t len, const GdParseOptions *opts,
				GdReportData *out, GdDiagnostics *diags, GdError *err)
{
	GdDiagnostics own = {0};
	GdDiagSink	sink;
	Outcome		oc;
	const GdDiagnostic *first;
	bool		partial = opts != NULL && opts->partial;
	bool		ok;

	memset(&sink, 0, sizeof(sink));
	sink.list = diags != NULL ? diags : &own;
	if (len > GD_PARSE_MAX_BYTES)
	{
		clear(out);
		gd_fail(err, GD_E_LIMIT, "the report is %zu bytes long, more than the parser's limit of %zu bytes",
				len, GD_PARSE_MAX_BYTES);
		gd_fail_hint(err, "Published reports are far smaller; check that the input is one report.");
		return false;
	}
	run(text, len, out, &sink, &oc);
	if (sink.out_of_memory)
	{
		gd_diagnostics_free(&own);
		gd_fail(err, GD_E_OOM, "out of memory while reading the report");
		return false;
	}
	first = gd_diag_first_error(&sink);
	if (partial)
	{
		/* keep what was read; leave out what was not */
		out->has_applications = out->has_applications && oc.applications;
		out->has_proactive = out->has_proactive && oc.proactive;
		out->has_appeals = out->has_appeals && oc.appeals;
		ok = true;
	}
	else
		ok = first == NULL && oc.applications;
	if (!ok)
	{
		if (first != NULL)
		{
			gd_fail(err, GD_E_SYNTAX, "%s", first->message);
			if (first->detail[0])
				gd_fail_detail(err, "%s", first->detail);
			if (first->hint[0])
				gd_fail_hint(err, "%s", first->hint);
		}
		else
			gd_fail(err, GD_E_SYNTAX, "section 三: table 三 could not be read");
		out->has_applications = false;
	}
	gd_diagnostics_free(&own);
	return ok;
}

void
gd_parse_diagnostics(const char *text, size_t len, GdDiagnostics *diags)
{
	GdDiagSink	sink;
	Outcome		oc;
	GdReportData *rep = gd_alloc(sizeof(GdReportData));

	memset(&sink, 0, sizeof(sink));
	sink.list = diags;
	if (rep == NULL)
		return;
	if (len > GD_PARSE_MAX_BYTES)
	{
		GdDiagnostic *d = gd_diag(&sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, NULL, NULL,
								  "the report is %zu bytes long, more than the parser's limit of %zu bytes",
								  len, GD_PARSE_MAX_BYTES);

		gd_diag_hint(d, "Published reports are far smaller; check that the input is one report.");
	}
	else
		run(text, len, rep, &sink, &oc);
	if (sink.out_of_memory)
		gd_diag(&sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, NULL, NULL,
				"out of memory while reading the report: the findings above are incomplete");
	gd_free(rep);
}
