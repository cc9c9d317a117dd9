/*
 * pg/parse.c — gd_parse_report and gd_parse_diagnostics: a published
 * report's text read by the pure-C parser (src/core/parse/).
 */
#include "pg/glue.h"

#include "utils/builtins.h"

#include "core/parse.h"
#include "core/report.h"

PG_FUNCTION_INFO_V1(gd_parse_report_sql);
Datum
gd_parse_report_sql(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	GdReportData *r = palloc(sizeof(GdReportData));
	GdError		err;

	if (!gd_parse_report(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), r, NULL, &err))
		gd_raise(&err);
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

PG_FUNCTION_INFO_V1(gd_parse_diagnostics_sql);
Datum
gd_parse_diagnostics_sql(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	GdDiagnostics d = {NULL, 0, 0};
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	gd_parse_diagnostics(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &d);
	PG_TRY();
	{
		for (int i = 0; i < d.count; i++)
		{
			Datum		values[5];
			bool		nulls[5] = {false};

			values[0] = CStringGetTextDatum(severity_name(d.items[i].severity));
			values[1] = gd_text_or_null(d.items[i].section, &nulls[1]);
			values[2] = gd_text_or_null(d.items[i].row_key, &nulls[2]);
			values[3] = gd_text_or_null(d.items[i].column_key, &nulls[3]);
			values[4] = CStringGetTextDatum(d.items[i].message);
			gd_srf_put(&srf, values, nulls);
		}
	}
	PG_FINALLY();
	{
		/* malloc'd by the core: freed even if the tuplestore errors out */
		gd_diagnostics_free(&d);
	}
	PG_END_TRY();
	return (Datum) 0;
}

