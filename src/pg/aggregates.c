/*
 * pg/aggregates.c — sum(gd_applications), sum(gd_appeals) and the "+"
 * operators they share a function with.
 *
 * The state is the type itself, in its wide form.  In an aggregate the
 * first input is read into the aggregate context once; every later row is
 * added in place, read as it is stored (compact.h: one loop per width
 * class, no widened copy), so there is no allocation per row.  The same
 * function is the combine step.  Outside an aggregate (the + operator) a
 * new value is returned, stored compact.
 */
#include "pg/glue.h"

#include "core/check.h"
#include "core/compact.h"
#include "core/matrix.h"

/* The value v in the wide form with room for `size` bytes, in cxt. */
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
 * to add, opened where it is stored (*value), and the state to add it to:
 * the state itself in an aggregate (it is ours, wide), a wide copy outside
 * one (*in_agg, *cxt: where it lives).
 */
static GdValue *
begin_add(FunctionCallInfo fcinfo, const GdType *t, GdStored *value, bool *in_agg,
		  MemoryContext *cxt, Datum *result)
{
	MemoryContext aggcxt;
	GdValue    *state;

	*in_agg = AggCheckCallContext(fcinfo, &aggcxt);
	*cxt = *in_agg ? aggcxt : CurrentMemoryContext;
	if (PG_ARGISNULL(1))
	{
		fcinfo->isnull = PG_ARGISNULL(0);
		*result = PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0);
		return NULL;
	}
	if (PG_ARGISNULL(0))
	{
		GdValue    *first = gd_value_arg(t, PG_GETARG_DATUM(1));

		*result = *in_agg ? PointerGetDatum(copy_value(first, VARSIZE(first), *cxt))
			: gd_value_datum(t, first);
		return NULL;
	}
	gd_value_open(t, PG_GETARG_DATUM(1), value);
	state = (GdValue *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	if (!*in_agg || state->version != GD_STORED_WIDE)
		state = gd_value_arg(t, PG_GETARG_DATUM(0));
	return state;
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

/*
 * The first value of an aggregate becomes the state (a wide copy of ours):
 * its derivable blank totals are filled there.  Outside an aggregate (NULL
 * + a value) the value is returned as it is.
 */
static Datum
first_filled(const GdType *t, Datum result, bool in_agg)
{
	GdValue    *state;
	GdError		err;

	if (!in_agg)
		return result;
	state = (GdValue *) DatumGetPointer(result);
	if (!(t == &gd_appeals_type ? gd_appeals_fill_derived(((GdAppeals *) state)->cells, &err)
		  : gd_applications_fill_derived(state->format, ((GdApplications *) state)->cells, &err)))
		gd_raise(&err);
	return result;
}

PG_FUNCTION_INFO_V1(gd_applications_accum);
Datum
gd_applications_accum(PG_FUNCTION_ARGS)
{
	GdStored	value;
	bool		in_agg;
	MemoryContext cxt;
	Datum		result;
	GdApplications *state = (GdApplications *) begin_add(fcinfo, &gd_applications_type, &value,
														 &in_agg, &cxt, &result);
	GdError		err;
	bool		ok;

	if (state == NULL)
		return PG_ARGISNULL(0) && !PG_ARGISNULL(1) ? first_filled(&gd_applications_type, result, in_agg) : result;
	if (!in_agg && !gd_applications_fill_derived(state->format, state->cells, &err))
		gd_raise(&err);			/* m1 + m2: the left one, a copy, filled too */
	state = fold_state(state, value.format, cxt);
	if (value.format == state->format && !gd_stored_derived_blank(&value))
		ok = gd_cells_add_stored(state->cells, &value, &err);
	else
	{
		int32		cells[GD_APPLICATIONS_NCELLS_MAX];
		int32		folded[GD_APPLICATIONS_NCELLS_MAX];

		filled_cells(&value, cells);
		ok = value.format == state->format
			? gd_applications_add(state->format, state->cells, cells, &err)
			: gd_applications_fold(value.format, state->format, cells, folded, &err) &&
			gd_applications_add(state->format, state->cells, folded, &err);
	}
	if (!ok)
		gd_raise(&err);
	return in_agg ? PointerGetDatum(state) : gd_value_datum(&gd_applications_type, (GdValue *) state);
}

PG_FUNCTION_INFO_V1(gd_appeals_accum);
Datum
gd_appeals_accum(PG_FUNCTION_ARGS)
{
	GdStored	value;
	bool		in_agg;
	MemoryContext cxt;
	Datum		result;
	GdAppeals  *state = (GdAppeals *) begin_add(fcinfo, &gd_appeals_type, &value, &in_agg, &cxt,
												&result);
	GdError		err;

	if (state == NULL)
		return PG_ARGISNULL(0) && !PG_ARGISNULL(1) ? first_filled(&gd_appeals_type, result, in_agg) : result;
	if (!in_agg && !gd_appeals_fill_derived(state->cells, &err))
		gd_raise(&err);			/* a1 + a2: the left one, a copy, filled too */
	if (!gd_stored_derived_blank(&value))
	{
		if (!gd_cells_add_stored(state->cells, &value, &err))
			gd_raise(&err);
	}
	else
	{
		int32		cells[GD_APPEALS_NCELLS];

		filled_cells(&value, cells);
		if (!gd_appeals_add(state->cells, cells, &err))
			gd_raise(&err);
	}
	return in_agg ? PointerGetDatum(state) : gd_value_datum(&gd_appeals_type, (GdValue *) state);
}
