/*
 * pg/common.c — the module, and helpers every glue file shares.
 */
#include "pg/glue.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "core/memory.h"
#include "core/report.h"
#include "core/text.h"

PG_MODULE_MAGIC;

/*
 * The core allocates through these: palloc in the current memory context
 * (so an error frees whatever it held), NULL rather than an error when out
 * of memory so that the core reports it (SQLSTATE 53200); and it lets a
 * cancel or statement_timeout through in its long loops.
 */
static void *
core_alloc(size_t size)
{
	return palloc_extended(size, MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static void *
core_realloc(void *ptr, size_t size)
{
	return repalloc_huge(ptr, size);	/* ERROR 53200 when out of memory */
}

static void
core_free(void *ptr)
{
	pfree(ptr);
}

static void
core_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void		_PG_init(void);

void
_PG_init(void)
{
	static const GdHooks hooks = {core_alloc, core_realloc, core_free, core_check_interrupts};

	gd_set_hooks(&hooks);
}

void
gd_raise(const GdError *err)
{
	int			sqlstate;

	switch (err->code)
	{
		case GD_E_SYNTAX:
			sqlstate = ERRCODE_INVALID_TEXT_REPRESENTATION;
			break;
		case GD_E_RANGE:
			sqlstate = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
			break;
		case GD_E_ARRAY:
			sqlstate = ERRCODE_ARRAY_SUBSCRIPT_ERROR;
			break;
		case GD_E_BINARY:
			sqlstate = ERRCODE_INVALID_BINARY_REPRESENTATION;
			break;
		case GD_E_OOM:
			sqlstate = ERRCODE_OUT_OF_MEMORY;
			break;
		case GD_E_LIMIT:
			sqlstate = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			break;
		case GD_E_CORRUPT:
			sqlstate = ERRCODE_DATA_CORRUPTED;
			break;
		case GD_E_VALUE:
		default:
			sqlstate = ERRCODE_INVALID_PARAMETER_VALUE;
			break;
	}
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg_internal("%s", err->message),
			 err->detail[0] ? errdetail_internal("%s", err->detail) : 0,
			 err->hint[0] ? errhint("%s", err->hint) : 0));
	pg_unreachable();
}

char *
gd_text_arg(FunctionCallInfo fcinfo, int n)
{
	return text_to_cstring(PG_GETARG_TEXT_PP(n));
}

void
gd_srf_begin(FunctionCallInfo fcinfo, GdSrf *srf)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old;
	TupleDesc	desc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	srf->desc = CreateTupleDescCopy(desc);
	srf->store = tuplestore_begin_heap(rsinfo->allowedModes & SFRM_Materialize_Random,
									   false, work_mem);
	MemoryContextSwitchTo(old);

	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = srf->store;
	rsinfo->setDesc = srf->desc;
}

void
gd_srf_put(GdSrf *srf, Datum *values, bool *nulls)
{
	tuplestore_putvalues(srf->store, srf->desc, values, nulls);
}

Datum
gd_text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

Datum
gd_count_or_null(int32 v, bool *isnull)
{
	*isnull = (v == GD_NOT_STATED);
	return Int32GetDatum(v);
}

Datum
gd_cell_numeric(GdCellKind kind, int64 v)
{
	char		buf[48];

	if (kind == GD_KIND_MONEY)
		gd_money_format(v, buf, sizeof(buf));
	else
		snprintf(buf, sizeof(buf), INT64_FORMAT, v);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}
