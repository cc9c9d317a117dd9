/*
 * pg/checks.c — gd_check and gd_is_consistent: the identities of
 * layout.c judged by check.c, returned as gd_violation rows.
 */
#include "pg/glue.h"

#include "utils/builtins.h"

#include "core/check.h"

void
gd_put_violations(FunctionCallInfo fcinfo, const GdViolation *v, int n)
{
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int i = 0; i < n; i++)
	{
		Datum		values[7];
		bool		nulls[7] = {false};

		values[0] = CStringGetTextDatum(v[i].rule);
		values[1] = CStringGetTextDatum(v[i].severity);
		values[2] = gd_text_or_null(v[i].row_key, &nulls[2]);
		values[3] = gd_text_or_null(v[i].column_key, &nulls[3]);
		values[4] = Int64GetDatum(v[i].expected);
		values[5] = Int64GetDatum(v[i].reported);
		nulls[4] = nulls[5] = !v[i].has_numbers;
		values[6] = CStringGetTextDatum(v[i].message);
		gd_srf_put(&srf, values, nulls);
	}
}

/* gd_check(gd_applications): one gd_violation per broken identity of table 三. */
PG_FUNCTION_INFO_V1(gd_applications_check);
Datum
gd_applications_check(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	GdViolation *v = palloc(sizeof(GdViolation) * GD_MAX_VIOLATIONS);

	gd_put_violations(fcinfo, v, gd_applications_violations(m->format, m->cells, v));
	return (Datum) 0;
}

/* gd_check(gd_appeals): one gd_violation per block whose total is wrong. */
PG_FUNCTION_INFO_V1(gd_appeals_check);
Datum
gd_appeals_check(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	GdViolation *v = palloc(sizeof(GdViolation) * GD_MAX_VIOLATIONS);

	gd_put_violations(fcinfo, v, gd_appeals_violations(a->cells, v));
	return (Datum) 0;
}

/* gd_is_consistent(gd_applications): false only when a judged identity fails; for CHECK constraints. */
PG_FUNCTION_INFO_V1(gd_applications_is_consistent);
Datum
gd_applications_is_consistent(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);

	PG_RETURN_BOOL(gd_applications_consistent(m->format, m->cells));
}

/* gd_is_consistent(gd_appeals): false only when a judged block total is wrong. */
PG_FUNCTION_INFO_V1(gd_appeals_is_consistent);
Datum
gd_appeals_is_consistent(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gd_appeals_consistent(PG_GETARG_GD_APPEALS(0)->cells));
}
