/*
 * pg/sum_state.c — the transition state of sum(gd_applications) and
 * sum(gd_appeals): an expanded object (utils/expandeddatum.h).
 *
 * It holds the running total in the wide form and, once a group has had
 * GD_SUM_PENDING_AFTER rows, the pending sums of core/accum.h.  The
 * executor hands the same object back to the transition function row
 * after row, so each value is added in place; wherever the state is read
 * as a value — the aggregate's result, a parallel worker's partial state,
 * a window's running sum, any function it is passed to — PostgreSQL
 * flattens it through get_flat_size / flatten_into, which fold the pending
 * sums in first and write the compact form.  The aggregates' declarations
 * do not change: the state is a gd_applications (gd_appeals) value.
 */
#include "pg/glue.h"

#include "utils/expandeddatum.h"
#include "utils/memutils.h"

#include "core/accum.h"
#include "pg/sum_state.h"

/* Groups smaller than this are added the exact way: the pending sums cost 5 KB a group. */
#define GD_SUM_PENDING_AFTER 32

static Size sum_flat_size(ExpandedObjectHeader *eohptr);
static void sum_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

const ExpandedObjectMethods gd_sum_methods = {sum_flat_size, sum_flatten};

static int32 *
total_cells(GdSumState *st)
{
	return (int32 *) GD_VALUE_CELLS(st->total);
}

/* The pending sums, if any, folded into the total. */
static void
settle(GdSumState *st)
{
	if (st->accum != NULL)
		gd_accum_flush(st->accum, total_cells(st));
}

static Size
sum_flat_size(ExpandedObjectHeader *eohptr)
{
	GdSumState *st = (GdSumState *) eohptr;

	settle(st);
	return gd_value_flat_size(st->ops->type, st->total);
}

static void
sum_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	GdSumState *st = (GdSumState *) eohptr;

	settle(st);
	gd_value_flatten(st->ops->type, st->total, result, allocated_size);
}

/* A new state in aggcxt whose total is the value d (filled when it is the group's first value). */
static GdSumState *
new_state(const GdSumOps *ops, MemoryContext aggcxt, Datum d, bool first)
{
	MemoryContext cxt = AllocSetContextCreate(aggcxt, "gov_disclosure sum", ALLOCSET_SMALL_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	GdSumState *st = palloc0(sizeof(GdSumState));

	EOH_init_header(&st->hdr, &gd_sum_methods, cxt);
	st->ops = ops;
	st->total = gd_value_arg(ops->type, d);
	if (first)
		ops->fill(st->total);
	MemoryContextSwitchTo(old);
	return st;
}

/* After a value added the exact way: count it, and start pending sums once the group is large. */
static void
after_exact(GdSumState *st)
{
	void	   *raw;

	if (st->accum != NULL)
	{
		gd_accum_flush(st->accum, total_cells(st));	/* the headroom counts what was added */
		return;
	}
	if (st->exact_rows > GD_SUM_PENDING_AFTER || ++st->exact_rows < GD_SUM_PENDING_AFTER)
		return;					/* a small group so far, or one that was found not to gain */
	/* 64-byte aligned, for the vector loads of accum.c */
	raw = MemoryContextAlloc(st->hdr.eoh_context, sizeof(GdAccum) + 64);
	st->accum = (GdAccum *) TYPEALIGN(64, raw);
	gd_accum_init(st->accum, st->ops->type->stored, st->total->format, total_cells(st));
	if (!gd_accum_takes_any(st->accum))
	{
		/* table 四: too small to gain, every value stays exact */
		pfree(raw);
		st->accum = NULL;
		st->exact_rows = GD_SUM_PENDING_AFTER + 1;
	}
}

/* Add the value d to the state, in place. */
static void
add_value(GdSumState *st, Datum d)
{
	const GdSumOps *ops = st->ops;
	GdStored	value;
	int			format;

	/* (most rows of a scan were added by gd_sum_add_in_place, and never reach here) */
	gd_value_open(ops->type, d, &value);
	if (st->accum != NULL &&
		(gd_accum_add_fast(st->accum, &value) || gd_accum_add(st->accum, total_cells(st), &value)))
		return;
	/* the exact way (the pending sums, if any, are flushed): the total may change format */
	format = st->total->format;
	ops->add(&st->total, &value, st->hdr.eoh_context);
	if (st->accum != NULL && st->total->format != format)
		gd_accum_init(st->accum, ops->type->stored, st->total->format, total_cells(st));
	after_exact(st);
}

bool
gd_sum_transition(FunctionCallInfo fcinfo, const GdSumOps *ops, Datum *result)
{
	MemoryContext aggcxt;
	GdSumState *st = PG_ARGISNULL(0) ? NULL : gd_sum_own_state(PG_GETARG_DATUM(0), ops);

	/* a read-write state of ours only ever comes from the aggregate that made it */
	if (st != NULL && !PG_ARGISNULL(1))
	{
		add_value(st, PG_GETARG_DATUM(1));
		*result = PG_GETARG_DATUM(0);
		return true;
	}
	if (!AggCheckCallContext(fcinfo, &aggcxt))
		return false;
	if (PG_ARGISNULL(1))
	{
		fcinfo->isnull = PG_ARGISNULL(0);
		*result = PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0);
		return true;
	}
	if (PG_ARGISNULL(0))
		st = new_state(ops, aggcxt, PG_GETARG_DATUM(1), true);
	else
	{
		/* a state flattened by the executor (not ours any more): a new one from its value */
		st = new_state(ops, aggcxt, PG_GETARG_DATUM(0), false);
		add_value(st, PG_GETARG_DATUM(1));
	}
	*result = EOHPGetRWDatum(&st->hdr);
	return true;
}
