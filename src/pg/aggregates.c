/*
 * pg/aggregates.c — sum(gd_applications), sum(gd_appeals) and the "+"
 * operators they share a function with.
 *
 * The state is the type itself.  In an aggregate the first input is copied
 * into the aggregate context once; every later row is added in place, so
 * there is no allocation per row.  The same function is the combine step.
 * Outside an aggregate (the + operator) a new value is returned.
 */
#include "pg/glue.h"

#include "core/matrix.h"

static GdValue *
copy_value(const GdValue *v, size_t size, MemoryContext cxt)
{
	GdValue    *c = MemoryContextAlloc(cxt, size);

	memcpy(c, v, VARSIZE(v));
	SET_VARSIZE(c, size);
	return c;
}

/*
 * What both transition functions do first: with a NULL on either side the
 * result is decided (*result, and NULL is returned); otherwise the value
 * to add (*value) and the state to add it to, which is updated in place in
 * an aggregate and a copy outside one (*cxt: where it lives).
 */
static GdValue *
begin_add(FunctionCallInfo fcinfo, const GdType *t, GdValue **value, MemoryContext *cxt,
		  Datum *result)
{
	MemoryContext aggcxt;
	bool		in_agg = AggCheckCallContext(fcinfo, &aggcxt);
	GdValue    *state;

	*cxt = in_agg ? aggcxt : CurrentMemoryContext;
	if (PG_ARGISNULL(1))
	{
		fcinfo->isnull = PG_ARGISNULL(0);
		*result = PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0);
		return NULL;
	}
	*value = gd_value_arg(t, PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
	{
		*result = PointerGetDatum(copy_value(*value, VARSIZE(*value), *cxt));
		return NULL;
	}
	state = gd_value_arg(t, PG_GETARG_DATUM(0));
	return in_agg ? state : copy_value(state, VARSIZE(state), *cxt);
}

PG_FUNCTION_INFO_V1(gd_applications_accum);
Datum
gd_applications_accum(PG_FUNCTION_ARGS)
{
	GdValue    *v;
	MemoryContext cxt;
	Datum		result;
	GdApplications *state = (GdApplications *) begin_add(fcinfo, &gd_applications_type, &v, &cxt, &result);
	GdApplications *value = (GdApplications *) v;
	int32		folded[GD_APPLICATIONS_NCELLS_MAX];
	const int32 *add;
	GdError		err;
	int			common;

	if (state == NULL)
		return result;
	/* A sum over several formats is in the format they fold into (FORMAT.md). */
	common = gd_format_common(state->format, value->format);
	if (common == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("values of the %d and %d formats cannot be summed", state->format, value->format)));
	if (state->format != common)
	{
		if (!gd_applications_fold(state->format, common, state->cells, folded, &err))
			gd_raise(&err);
		if (gd_applications_ncells(common) > gd_applications_ncells(state->format))
			state = (GdApplications *) copy_value((GdValue *) state,
												  gd_value_size(&gd_applications_type, common), cxt);
		memcpy(state->cells, folded, sizeof(int32) * gd_applications_ncells(common));
		state->format = (int16) common;
		SET_VARSIZE(state, gd_value_size(&gd_applications_type, common));
	}
	add = value->cells;
	if (value->format != common)
	{
		if (!gd_applications_fold(value->format, common, value->cells, folded, &err))
			gd_raise(&err);
		add = folded;
	}
	if (!gd_applications_add(state->format, state->cells, add, &err))
		gd_raise(&err);
	return PointerGetDatum(state);
}

PG_FUNCTION_INFO_V1(gd_appeals_accum);
Datum
gd_appeals_accum(PG_FUNCTION_ARGS)
{
	GdValue    *value;
	MemoryContext cxt;
	Datum		result;
	GdAppeals  *state = (GdAppeals *) begin_add(fcinfo, &gd_appeals_type, &value, &cxt, &result);
	GdError		err;

	if (state == NULL)
		return result;
	if (!gd_appeals_add(state->cells, ((GdAppeals *) value)->cells, &err))
		gd_raise(&err);
	return PointerGetDatum(state);
}
