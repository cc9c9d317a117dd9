/*
 * pg/compare.c — gd_compare: two values (or two reports) cell by cell, as
 * plain columns for BI tools.  The comparison itself is core/compare.c;
 * this file turns each GdChange into a row: where the cell is, before,
 * after, change and relative change (rounded to 4 places like the rates).
 */
#include "pg/glue.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "core/compare.h"
#include "core/report.h"
#include "core/text.h"

/* round((after − before) / before, 4); NULL unless both stated and before ≠ 0 */
static Datum
relative_change(const GdChange *c, bool *isnull)
{
	*isnull = !c->has_before || !c->has_after || c->before == 0;
	if (*isnull)
		return (Datum) 0;
	return DirectFunctionCall2(numeric_round,
							   DirectFunctionCall2(numeric_div,
												   NumericGetDatum(int64_to_numeric(c->after - c->before)),
												   NumericGetDatum(int64_to_numeric(c->before))),
							   Int32GetDatum(4));
}

/*
 * One row: [table_no,] row_no, row_key, row_label, column_no, column_key,
 * column_label, before, after, change, relative_change.  Counts of one
 * table 三/四 value come out as int (as_int), everything else as numeric.
 */
static void
put_change(GdSrf *srf, const GdChange *c, bool with_table, bool as_int)
{
	Datum		values[11];
	bool		nulls[11] = {false};
	int			k = 0;

	if (with_table)
		values[k++] = CStringGetTextDatum(c->table);
	values[k++] = Int32GetDatum(c->row_no);
	values[k++] = CStringGetTextDatum(c->row->key);
	values[k++] = CStringGetTextDatum(c->row->zh);
	nulls[k] = c->column_no == 0;
	values[k++] = Int32GetDatum(c->column_no);
	values[k++] = CStringGetTextDatum(c->column->key);
	values[k++] = CStringGetTextDatum(c->column->zh);
	nulls[k] = !c->has_before;
	if (c->has_before)
		values[k] = as_int ? Int32GetDatum((int32) c->before) : gd_cell_numeric(c->kind, c->before);
	k++;
	nulls[k] = !c->has_after;
	if (c->has_after)
		values[k] = as_int ? Int32GetDatum((int32) c->after) : gd_cell_numeric(c->kind, c->after);
	k++;
	/* counts lie within 0 … 2147483647, so their difference fits an int */
	nulls[k] = !c->has_before || !c->has_after;
	if (!nulls[k])
		values[k] = as_int ? Int32GetDatum((int32) (c->after - c->before)) :
			gd_cell_numeric(c->kind, c->after - c->before);
	k++;
	values[k] = relative_change(c, &nulls[k]);
	gd_srf_put(srf, values, nulls);
}

static void
put_changes(GdSrf *srf, const GdChange *c, int n, bool changed_only, bool with_table, bool as_int)
{
	for (int i = 0; i < n; i++)
		if (!changed_only || !gd_change_unchanged(&c[i]))
			put_change(srf, &c[i], with_table, as_int);
}

PG_FUNCTION_INFO_V1(gd_applications_compare_sql);
Datum
gd_applications_compare_sql(PG_FUNCTION_ARGS)
{
	GdApplications *before = PG_GETARG_GD_APPLICATIONS(0);
	GdApplications *after = PG_GETARG_GD_APPLICATIONS(1);
	bool		changed_only = PG_GETARG_BOOL(2);
	GdChange   *changes = palloc(sizeof(GdChange) * GD_CHANGES_MAX);
	GdError		err;
	int			n;
	GdSrf		srf;

	n = gd_applications_compare(before->format, before->cells, after->format, after->cells,
								changes, &err);
	if (n < 0)
		gd_raise(&err);
	gd_srf_begin(fcinfo, &srf);
	put_changes(&srf, changes, n, changed_only, false, true);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(gd_appeals_compare_sql);
Datum
gd_appeals_compare_sql(PG_FUNCTION_ARGS)
{
	GdAppeals  *before = PG_GETARG_GD_APPEALS(0);
	GdAppeals  *after = PG_GETARG_GD_APPEALS(1);
	bool		changed_only = PG_GETARG_BOOL(2);
	GdChange	changes[GD_APPEALS_NCELLS];
	int			n = gd_appeals_compare(before->cells, after->cells, changes);
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	put_changes(&srf, changes, n, changed_only, false, true);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(gd_proactive_compare_sql);
Datum
gd_proactive_compare_sql(PG_FUNCTION_ARGS)
{
	GdProactive *before = PG_GETARG_GD_PROACTIVE(0);
	GdProactive *after = PG_GETARG_GD_PROACTIVE(1);
	bool		changed_only = PG_GETARG_BOOL(2);
	GdChange	changes[GD_LAYOUT_PROACTIVE_MAX];
	int			n = gd_proactive_compare(before->format, before->cells, after->format,
										 after->cells, changes);
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	put_changes(&srf, changes, n, changed_only, false, false);
	return (Datum) 0;
}

/*
 * gd_compare(previous gd_report, current gd_report, changed_only): tables
 * 二, 三 and 四 in that order; a table either report lacks is left out.
 */
PG_FUNCTION_INFO_V1(gd_report_compare_sql);
Datum
gd_report_compare_sql(PG_FUNCTION_ARGS)
{
	GdReportData *before = palloc0(sizeof(GdReportData));
	GdReportData *after = palloc0(sizeof(GdReportData));
	bool		changed_only = PG_GETARG_BOOL(2);
	GdChange   *changes = palloc(sizeof(GdChange) * GD_CHANGES_MAX);
	GdError		err;
	int			n;
	GdSrf		srf;

	gd_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(0), before);
	gd_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(1), after);
	gd_srf_begin(fcinfo, &srf);
	if (before->has_proactive && after->has_proactive)
	{
		n = gd_proactive_compare(before->proactive_format, before->proactive,
								 after->proactive_format, after->proactive, changes);
		put_changes(&srf, changes, n, changed_only, true, false);
	}
	if (before->has_applications && after->has_applications)
	{
		n = gd_applications_compare(before->applications_format, before->applications,
									after->applications_format, after->applications, changes, &err);
		if (n < 0)
			gd_raise(&err);
		put_changes(&srf, changes, n, changed_only, true, false);
	}
	if (before->has_appeals && after->has_appeals)
	{
		n = gd_appeals_compare(before->appeals, after->appeals, changes);
		put_changes(&srf, changes, n, changed_only, true, false);
	}
	return (Datum) 0;
}
