/*
 * pg/store.c — gd_report_for_store(report_text, region_code): the report
 * gd_load_report would store when given no overrides, stored nowhere: the
 * text parsed strictly, the region code checked, and the organ and a year
 * in GD_YEAR_MIN–GD_YEAR_MAX (2008–2100) required from the title, each failure an error with its own
 * SQLSTATE.  Kept for the callers of 0.3.0's first gd_load_report; the
 * loading itself (stores, outcomes, history) is C in pg/load.c.
 */
#include "pg/glue.h"

#include "core/parse.h"
#include "core/report.h"

/* gd_report_for_store(report_text, region_code): the report gd_load_report would store, or an error saying why not. */
PG_FUNCTION_INFO_V1(gd_report_for_store);
Datum
gd_report_for_store(PG_FUNCTION_ARGS)
{
	text	   *t;
	text	   *region_code = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	GdReportData *r = palloc(sizeof(GdReportData));

	/* not STRICT: a NULL region_code is stored as NULL */
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (region_code != NULL)
		gd_check_region_code(region_code);
	t = PG_GETARG_TEXT_PP(0);
	gd_parse_text(t, false, r);
	if (r->year != 0 && (r->year < GD_YEAR_MIN || r->year > GD_YEAR_MAX))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the title gives the year %d, outside %d–%d", r->year, GD_YEAR_MIN, GD_YEAR_MAX),
				 errdetail("Annual reports on open government information exist since %d.", GD_YEAR_MIN)));
	if (r->organ[0] == '\0' || r->year == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("cannot store a report whose title gives no %s", r->organ[0] == '\0' ? "organ" : "year"),
				 errdetail("gd_reports is keyed by organ and year, read from the title (e.g. \"红旗区人民政府 2024 年政府信息公开工作年度报告\")."),
				 errhint("Insert into gd_reports yourself with the organ and year filled in.")));
	PG_RETURN_DATUM(gd_report_to_datum(fcinfo, r, region_code));
}
