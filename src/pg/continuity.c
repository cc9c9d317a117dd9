/*
 * pg/continuity.c — gd_check_continuity(previous, current): X1–X3 of
 * continuity.c between two reports of one body.
 */
#include "pg/glue.h"

#include "core/continuity.h"
#include "core/report.h"

/* gd_check_continuity(previous, current): SETOF gd_violation, nothing unless the years are consecutive. */
PG_FUNCTION_INFO_V1(gd_check_continuity_sql);
Datum
gd_check_continuity_sql(PG_FUNCTION_ARGS)
{
	GdReportData *prev = palloc(sizeof(GdReportData));
	GdReportData *cur = palloc(sizeof(GdReportData));
	GdViolation *v = palloc(sizeof(GdViolation) * GD_MAX_CONTINUITY);

	gd_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(0), prev);
	gd_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(1), cur);
	gd_put_violations(fcinfo, v, gd_check_continuity(prev, cur, v));
	return (Datum) 0;
}
