/*
 * pg/parse.c — gd_parse_report and gd_parse_diagnostics: a published
 * report's text read by the pure-C parser (src/core/parse/).
 */
#include "pg/glue.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

#include "core/parse.h"
#include "core/report.h"

/*
 * Parse a report's text into *r; ERROR when it cannot be read as asked.
 * Everything the parser allocates lives in a memory context of its own,
 * deleted here, or with the query when an error unwinds it.
 */
void
gd_parse_text(text *t, bool partial, GdReportData *r)
{
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "gov_disclosure parse",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	GdParseOptions opts = {partial};
	GdError		err;
	bool		ok;

	ok = gd_parse_report(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &opts, r, NULL, &err);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	if (!ok)
		gd_raise(&err);
}

/*
 * gd_parse_report(text [, partial]): a gd_report, or an error saying why
 * not; partial leaves out the tables it cannot read instead.
 */
PG_FUNCTION_INFO_V1(gd_parse_report_sql);
Datum
gd_parse_report_sql(PG_FUNCTION_ARGS)
{
	GdReportData *r = palloc(sizeof(GdReportData));

	gd_parse_text(PG_GETARG_TEXT_PP(0), PG_NARGS() > 1 && PG_GETARG_BOOL(1), r);
	PG_RETURN_DATUM(gd_report_to_datum(fcinfo, r, NULL));
}

static const char *
severity_name(GdSeverity s)
{
	switch (s)
	{
		case GD_SEV_ERROR:
			return "error";
		case GD_SEV_WARNING:
			return "warning";
		case GD_SEV_NOTE:
			break;
	}
	return "note";
}

/*
 * gd_parse_diagnostics(text): every finding of a parse, one row each; never
 * errors on the text, so thousands of files can be triaged in one query.
 */
PG_FUNCTION_INFO_V1(gd_parse_diagnostics_sql);
Datum
gd_parse_diagnostics_sql(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	GdDiagnostics d = {0};
	GdSrf		srf;
	MemoryContext cxt;
	MemoryContext old;

	gd_srf_begin(fcinfo, &srf);
	/* the parser's memory, diagnostics included: deleted below or on error */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "gov_disclosure parse", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	gd_parse_diagnostics(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &d);
	MemoryContextSwitchTo(old);
	for (int i = 0; i < d.count; i++)
	{
		Datum		values[8];
		bool		nulls[8] = {false};

		values[0] = CStringGetTextDatum(severity_name(d.items[i].severity));
		values[1] = gd_text_or_null(d.items[i].section, &nulls[1]);
		values[2] = gd_text_or_null(d.items[i].row_key, &nulls[2]);
		values[3] = gd_text_or_null(d.items[i].column_key, &nulls[3]);
		values[4] = CStringGetTextDatum(d.items[i].message);
		values[5] = gd_text_or_null(d.items[i].detail[0] ? d.items[i].detail : NULL, &nulls[5]);
		values[6] = gd_text_or_null(d.items[i].hint[0] ? d.items[i].hint : NULL, &nulls[6]);
		values[7] = gd_text_or_null(d.items[i].rule, &nulls[7]);
		gd_srf_put(&srf, values, nulls);
	}
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

