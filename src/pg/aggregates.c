/*
 * pg/aggregates.c — sum(gd_applications), sum(gd_appeals) and the "+"
 * operators they share a function with.
 *
 * Inside an aggregate the state is the expanded object of pg/sum_state.c:
 * a wide total that values are added to in place, most of them through
 * the pending sums of core/accum.h; here are the exact steps it falls back
 * on (a first value filled, a value added cell by cell, formats folded to
 * the common one).  Outside an aggregate (the + operator) a wide copy of
 * the left value is filled, the right one added, and the sum returned
 * compact.
 */
#include "pg/glue.h"

#include "core/check.h"
#include "core/compact.h"
#include "core/matrix.h"
#include "pg/sum_state.h"

/* The value v in the wide form with room for `size` bytes, in cxt. */
static GdValue *
copy_value(const GdValue *v, size_t size, MemoryContext cxt)
{
	GdValue    *c = MemoryContextAlloc(cxt, size);

	memcpy(c, v, VARSIZE(v));
	SET_VARSIZE(c, size);
	return c;
}

/* The state in the common format of its own and the value's (FORMAT.md). */
static GdApplications *
fold_state(GdApplications *state, int value_format, MemoryContext cxt)
{
	int			common = gd_format_common(state->format, value_format);
	int32		folded[GD_APPLICATIONS_NCELLS_MAX];
	GdError		err;

	if (common == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("values of the %d and %d formats cannot be summed", state->format, value_format)));
	if (state->format == common)
		return state;
	if (!gd_applications_fold(state->format, common, state->cells, folded, &err))
		gd_raise(&err);
	if (gd_applications_ncells(common) > gd_applications_ncells(state->format))
		state = (GdApplications *) copy_value((GdValue *) state,
											  gd_value_size(&gd_applications_type, common), cxt);
	memcpy(state->cells, folded, sizeof(int32) * gd_applications_ncells(common));
	state->format = (int16) common;
	SET_VARSIZE(state, gd_value_size(&gd_applications_type, common));
	return state;
}

/* The value's cells, widened and with their derivable blank totals filled. */
static void
filled_cells(const GdStored *v, int32 *cells)
{
	GdError		err;

	if (!gd_stored_cells32(v, cells, &err) ||
		!(v->table == GD_STORED_APPEALS ? gd_appeals_fill_derived(cells, &err)
		  : gd_applications_fill_derived(v->format, cells, &err)))
		gd_raise(&err);
}

static void
fill_applications(GdValue *v)
{
	GdError		err;

	if (!gd_applications_fill_derived(v->format, ((GdApplications *) v)->cells, &err))
		gd_raise(&err);
}

static void
fill_appeals(GdValue *v)
{
	GdError		err;

	if (!gd_appeals_fill_derived(((GdAppeals *) v)->cells, &err))
		gd_raise(&err);
}

/* The value added to the wide total, in their common format (the total is folded first). */
static void
add_applications(GdValue **total, const GdStored *value, MemoryContext cxt)
{
	GdApplications *state = fold_state((GdApplications *) *total, value->format, cxt);
	GdError		err;
	bool		ok;

	if (value->format == state->format && !gd_stored_derived_blank(value))
		ok = gd_cells_add_stored(state->cells, value, &err);
	else
	{
		int32		cells[GD_APPLICATIONS_NCELLS_MAX];
		int32		folded[GD_APPLICATIONS_NCELLS_MAX];

		filled_cells(value, cells);
		ok = value->format == state->format
			? gd_applications_add(state->format, state->cells, cells, &err)
			: gd_applications_fold(value->format, state->format, cells, folded, &err) &&
			gd_applications_add(state->format, state->cells, folded, &err);
	}
	if (!ok)
		gd_raise(&err);
	*total = (GdValue *) state;
}

static void
add_appeals(GdValue **total, const GdStored *value, MemoryContext cxt)
{
	GdAppeals  *state = (GdAppeals *) *total;
	GdError		err;

	if (!gd_stored_derived_blank(value))
	{
		if (!gd_cells_add_stored(state->cells, value, &err))
			gd_raise(&err);
	}
	else
	{
		int32		cells[GD_APPEALS_NCELLS];

		filled_cells(value, cells);
		if (!gd_appeals_add(state->cells, cells, &err))
			gd_raise(&err);
	}
}

static const GdSumOps applications_sum = {&gd_applications_type, fill_applications, add_applications};
static const GdSumOps appeals_sum = {&gd_appeals_type, fill_appeals, add_appeals};

/*
 * The shared body: the aggregate's step, or a + b (NULL on one side gives
 * the other side; the left value is filled like an aggregate's first).
 */
static pg_noinline Datum
sum_or_plus(FunctionCallInfo fcinfo, const GdSumOps *ops)
{
	Datum		result;
	GdValue    *total;
	GdStored	value;

	if (gd_sum_transition(fcinfo, ops, &result))
		return result;
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
			PG_RETURN_NULL();
		return gd_value_datum(ops->type, gd_value_arg(ops->type, PG_GETARG_DATUM(PG_ARGISNULL(0) ? 1 : 0)));
	}
	total = gd_value_arg(ops->type, PG_GETARG_DATUM(0));
	ops->fill(total);
	gd_value_open(ops->type, PG_GETARG_DATUM(1), &value);
	ops->add(&total, &value, CurrentMemoryContext);
	return gd_value_datum(ops->type, total);
}

/*
 * An aggregate's entry: the common row in place (inline, sum_state.h),
 * else the shared body — kept out of line, so that its locals give the
 * entry no stack frame or stack protector to pay on every row.
 */
static inline Datum
sum_step(FunctionCallInfo fcinfo, const GdSumOps *ops)
{
	if (gd_sum_add_in_place(fcinfo, ops))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	return sum_or_plus(fcinfo, ops);
}

PG_FUNCTION_INFO_V1(gd_applications_accum);
Datum
gd_applications_accum(PG_FUNCTION_ARGS)
{
	return sum_step(fcinfo, &applications_sum);
}

PG_FUNCTION_INFO_V1(gd_appeals_accum);
Datum
gd_appeals_accum(PG_FUNCTION_ARGS)
{
	return sum_step(fcinfo, &appeals_sum);
}
