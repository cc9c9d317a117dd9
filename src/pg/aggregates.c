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

/* A copy of a value in cxt: the aggregate's state, which later rows update in place. */
static GdApplications *
copy_applications(const GdApplications *m, MemoryContext cxt)
{
	GdApplications *c = MemoryContextAlloc(cxt, VARSIZE(m));

	memcpy(c, m, VARSIZE(m));
	return c;
}

/* A copy of m with room for the cells of format, in cxt (cells not copied). */
static GdApplications *
gd_applications_resized(GdApplications *m, int format, MemoryContext cxt)
{
	GdApplications *r = MemoryContextAlloc(cxt, GD_APPLICATIONS_SIZE(gd_applications_ncells(format)));

	memcpy(r, m, offsetof(GdApplications, cells));
	return r;
}

/*
 * sum(gd_applications)'s transition and combine function, and +: both
 * sides folded to their common format, then added cell by cell.
 */
PG_FUNCTION_INFO_V1(gd_applications_accum);
Datum
gd_applications_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	bool		in_agg = AggCheckCallContext(fcinfo, &aggcxt);
	GdApplications *state;
	GdApplications *value;
	int32		folded[GD_APPLICATIONS_NCELLS_MAX];
	const int32 *add;
	GdError		err;
	int			common;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	value = PG_GETARG_GD_APPLICATIONS(1);
	if (PG_ARGISNULL(0))
		PG_RETURN_GD_APPLICATIONS(copy_applications(value, in_agg ? aggcxt : CurrentMemoryContext));

	state = PG_GETARG_GD_APPLICATIONS(0);
	if (!in_agg)
		state = copy_applications(state, CurrentMemoryContext);

	/* A sum over several formats is in the format they fold into (doc/tables.md). */
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
			state = gd_applications_resized(state, common, in_agg ? aggcxt : CurrentMemoryContext);
		memcpy(state->cells, folded, sizeof(int32) * gd_applications_ncells(common));
		state->format = (int16) common;
		SET_VARSIZE(state, GD_APPLICATIONS_SIZE(gd_applications_ncells(common)));
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
	PG_RETURN_GD_APPLICATIONS(state);
}

/* sum(gd_appeals)'s transition and combine function, and +. */
PG_FUNCTION_INFO_V1(gd_appeals_accum);
Datum
gd_appeals_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	bool		in_agg = AggCheckCallContext(fcinfo, &aggcxt);
	MemoryContext cxt = in_agg ? aggcxt : CurrentMemoryContext;
	GdAppeals  *state;
	GdAppeals  *value;
	GdError		err;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	value = PG_GETARG_GD_APPEALS(1);
	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAlloc(cxt, GD_APPEALS_SIZE);
		memcpy(state, value, GD_APPEALS_SIZE);
		PG_RETURN_GD_APPEALS(state);
	}
	state = PG_GETARG_GD_APPEALS(0);
	if (!in_agg)
	{
		GdAppeals  *copy = palloc(GD_APPEALS_SIZE);

		memcpy(copy, state, GD_APPEALS_SIZE);
		state = copy;
	}
	if (!gd_appeals_add(state->cells, value->cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_APPEALS(state);
}
