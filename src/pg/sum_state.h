/*
 * pg/sum_state.h — the transition state of sum() over tables 三 and 四
 * (pg/sum_state.c): what each aggregate supplies, and its transition.
 */
#ifndef GD_SUM_STATE_H
#define GD_SUM_STATE_H

#include "pg/glue.h"

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

/*
 * The step most rows of a scan take, tried first by the aggregate's entry
 * before gd_sum_transition: argument 1 added in place to a state of ours
 * in argument 0 from its stored bytes (core/accum.h's
 * gd_accum_add_stored) — then the state, argument 0, is the result.
 * false with nothing changed for anything else.  Kept apart so that the
 * row loop makes two calls, not five.
 */
extern bool gd_sum_add_in_place(FunctionCallInfo fcinfo, const GdSumOps *ops);

#endif
