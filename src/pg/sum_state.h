/*
 * pg/sum_state.h — the transition state of sum() over tables 三 and 四
 * (pg/sum_state.c): what each aggregate supplies, and its transition.
 */
#ifndef GD_SUM_STATE_H
#define GD_SUM_STATE_H

#include "pg/glue.h"

#include "utils/expandeddatum.h"

#include "core/accum.h"

typedef struct GdSumOps
{
	const GdType *type;
	/* fill the derivable blank totals of a group's first value (ERROR when it cannot) */
	void		(*fill) (GdValue *v);
	/* add a value to the wide total the exact way; may replace *total, allocating in cxt */
	void		(*add) (GdValue **total, const GdStored *value, MemoryContext cxt);
} GdSumOps;

/*
 * The transition (and combine) step, when called by an aggregate (false
 * otherwise): adds argument 1 to the state in argument 0, and *result is
 * the state, an expanded object that PostgreSQL flattens to the type's
 * compact form wherever the state is read as a value.
 */
extern bool gd_sum_transition(FunctionCallInfo fcinfo, const GdSumOps *ops, Datum *result);

/* GD_SUM_PENDING_AFTER and the state's other rules: pg/sum_state.c. */
typedef struct GdSumState
{
	ExpandedObjectHeader hdr;
	const GdSumOps *ops;
	GdValue    *total;			/* wide form, in hdr.eoh_context */
	GdAccum    *accum;			/* NULL until GD_SUM_PENDING_AFTER rows */
	int			exact_rows;		/* values added exactly before the pending sums (> AFTER: never) */
} GdSumState;

extern const ExpandedObjectMethods gd_sum_methods;

/* d as our state for ops, read-write (as the aggregate returns it); else NULL. */
static inline GdSumState *
gd_sum_own_state(Datum d, const GdSumOps *ops)
{
	varatt_expanded eo;
	GdSumState *st;

	if (!VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
		return NULL;
	/* the object's address, read as DatumGetEOHP reads it (without the call) */
	memcpy(&eo, VARDATA_EXTERNAL(DatumGetPointer(d)), sizeof(eo));
	st = (GdSumState *) eo.eohptr;
	return st->hdr.eoh_methods == &gd_sum_methods && st->ops == ops ? st : NULL;
}

/*
 * The step most rows of a scan take, inline in the aggregate's entry,
 * which tries it before gd_sum_transition: argument 1 added in place to a
 * state of ours in argument 0 from its stored bytes (core/accum.h's
 * gd_accum_add_stored) — then the state, argument 0, is the result.
 * false with nothing changed for anything else.  The row loop then makes
 * two calls: this entry and gd_accum_add_stored's.
 */
static inline bool
gd_sum_add_in_place(FunctionCallInfo fcinfo, const GdSumOps *ops)
{
	struct varlena *raw = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(1));
	uintptr_t	below = (uintptr_t) raw;
	GdSumState *st;

	/*
	 * The next rows of a heap scan usually lie just below this one (a page
	 * fills from its end, and a scan reads its items from the first): the
	 * 768 bytes below — about three rows of a table of these values — are
	 * asked for now, so that PostgreSQL's reading of the next rows and
	 * ours find them in the cache rather than waiting for memory.  A
	 * prefetch never faults; where the guess is wrong it costs an
	 * instruction a line.  Unrolled (at -O2 gcc keeps the loop): the
	 * loop's counting cost the scan 2–4 ns a row of user CPU time.
	 */
#pragma GCC unroll 12
	for (int line = 1; line <= 12; line++)
		__builtin_prefetch((const void *) (below - 64 * line));
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || (st = gd_sum_own_state(PG_GETARG_DATUM(0), ops)) == NULL)
		return false;
	return st->accum != NULL && VARATT_IS_4B_U(raw) &&
		gd_accum_add_stored(st->accum, (const unsigned char *) VARDATA(raw), VARSIZE(raw) - VARHDRSZ);
}

#endif
