/*
 * pg/checks.c — gd_check and gd_is_consistent: the identities of
 * layout.c judged by check.c, returned as gd_violation rows.
 */
#include "pg/glue.h"

#include "utils/builtins.h"

#include "core/check.h"
#include "core/verdict.h"

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

/*
 * gd_is_consistent of table 三: the verdict the value was stored with, when
 * these identities gave it; else its cells judged where they are stored
 * (no widened copy).
 */
static bool
applications_consistent(Datum d)
{
	GdStored	s;
	GdError		err;
	bool		consistent;

	gd_value_open(&gd_applications_type, d, &s);
	if (gd_stored_verdict(&s, &consistent))
		return consistent;
	if (!gd_applications_consistent_stored(&s, &consistent, &err))
		gd_raise(&err);
	return consistent;
}

/* A consistent table has no violations: only an inconsistent one is read out. */
PG_FUNCTION_INFO_V1(gd_applications_check);
Datum
gd_applications_check(PG_FUNCTION_ARGS)
{
	GdApplications *m;
	GdViolation *v;

	if (applications_consistent(PG_GETARG_DATUM(0)))
	{
		gd_put_violations(fcinfo, NULL, 0);
		return (Datum) 0;
	}
	m = PG_GETARG_GD_APPLICATIONS(0);
	v = palloc(sizeof(GdViolation) * GD_MAX_VIOLATIONS);
	gd_put_violations(fcinfo, v, gd_applications_violations(m->format, m->cells, v));
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(gd_appeals_check);
Datum
gd_appeals_check(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	GdViolation *v = palloc(sizeof(GdViolation) * GD_MAX_VIOLATIONS);

	gd_put_violations(fcinfo, v, gd_appeals_violations(a->cells, v));
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(gd_applications_is_consistent);
Datum
gd_applications_is_consistent(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(applications_consistent(PG_GETARG_DATUM(0)));
}

PG_FUNCTION_INFO_V1(gd_appeals_is_consistent);
Datum
gd_appeals_is_consistent(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gd_appeals_consistent(PG_GETARG_GD_APPEALS(0)->cells));
}
