/*
 * pg/appeals.c — fmgr glue for gd_appeals (table 四): I/O, binary I/O,
 * equality and hashing, casts, cell access.
 */
#include "pg/glue.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "core/check.h"
#include "core/io.h"
#include "core/matrix.h"

static GdAppeals *
from_cells(const int32 *cells)
{
	GdAppeals  *a = gd_appeals_new();

	memcpy(a->cells, cells, sizeof(a->cells));
	return a;
}

PG_FUNCTION_INFO_V1(gd_appeals_in);
Datum
gd_appeals_in(PG_FUNCTION_ARGS)
{
	int32		cells[GD_APPEALS_NCELLS];
	GdError		err;

	if (!gd_appeals_from_text(PG_GETARG_CSTRING(0), cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_APPEALS(from_cells(cells));
}

PG_FUNCTION_INFO_V1(gd_appeals_out);
Datum
gd_appeals_out(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	char	   *buf = palloc(GD_TEXT_MAX);

	gd_appeals_to_text(a->cells, buf, GD_TEXT_MAX);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(gd_appeals_recv);
Datum
gd_appeals_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	uint32		flags;
	GdAppeals  *a;
	GdError		err;

	/* a short value: say so as bad binary input, not as a protocol error */
	if (buf->len - buf->cursor < 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary gd_appeals value of %d bytes is too short", buf->len - buf->cursor),
				 errdetail("It starts with a version byte and the flags (4 bytes).")));
	version = pq_getmsgbyte(buf);
	if (version != GD_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported gd_appeals binary version %d", version),
				 errdetail("This build reads version %d.", GD_BINARY_VERSION)));
	flags = pq_getmsgint(buf, 4);
	if (flags != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid gd_appeals flags %u in binary input", flags),
				 errdetail("The flags word is reserved and must be zero.")));
	a = gd_appeals_new();
	if (buf->len - buf->cursor != (int) sizeof(a->cells))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary gd_appeals value has %d bytes of cells, expected %d",
						buf->len - buf->cursor, (int) sizeof(a->cells)),
				 errdetail("Table 四 has 15 cells, 4 bytes each.")));
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		a->cells[i] = (int32) pq_getmsgint(buf, 4);
	if (!gd_appeals_cells_valid(a->cells, &err))
	{
		err.code = GD_E_BINARY;
		gd_raise(&err);
	}
	PG_RETURN_GD_APPEALS(a);
}

PG_FUNCTION_INFO_V1(gd_appeals_send);
Datum
gd_appeals_send(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, GD_BINARY_VERSION);
	pq_sendint32(&buf, a->flags);
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		pq_sendint32(&buf, a->cells[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* An arbitrary total order (cells in order, not stated first), for sorting. */
static int
appeals_cmp(const GdAppeals *a, const GdAppeals *b)
{
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		if (a->cells[i] != b->cells[i])
			return a->cells[i] < b->cells[i] ? -1 : 1;
	return 0;
}

GD_ORDER_FUNCTIONS(gd_appeals, appeals_cmp(PG_GETARG_GD_APPEALS(0), PG_GETARG_GD_APPEALS(1)))

PG_FUNCTION_INFO_V1(gd_appeals_eq);
Datum
gd_appeals_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(memcmp(PG_GETARG_GD_APPEALS(0)->cells,
						  PG_GETARG_GD_APPEALS(1)->cells,
						  sizeof(int32) * GD_APPEALS_NCELLS) == 0);
}

PG_FUNCTION_INFO_V1(gd_appeals_ne);
Datum
gd_appeals_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(memcmp(PG_GETARG_GD_APPEALS(0)->cells,
						  PG_GETARG_GD_APPEALS(1)->cells,
						  sizeof(int32) * GD_APPEALS_NCELLS) != 0);
}

PG_FUNCTION_INFO_V1(gd_appeals_hash);
Datum
gd_appeals_hash(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);

	PG_RETURN_DATUM(hash_any((const unsigned char *) a->cells, sizeof(a->cells)));
}

PG_FUNCTION_INFO_V1(gd_appeals_from_array);
Datum
gd_appeals_from_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	GdAppeals  *a;

	if (ARR_ELEMTYPE(arr) != INT4OID)
		elog(ERROR, "expected an int[] array");
	if (ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] != GD_APPEALS_NCELLS)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("cannot cast an int[] of %s to gd_appeals",
						ARR_NDIM(arr) == 1 ? psprintf("%d elements", ARR_DIMS(arr)[0])
						: psprintf("%d dimensions", ARR_NDIM(arr))),
				 errdetail("Expected 15 elements: review, suit_direct, suit_after_review, each upheld, corrected, other, pending, total.")));
	deconstruct_array(arr, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, &n);
	a = gd_appeals_new();
	for (int i = 0; i < n; i++)
	{
		int32		v = nulls[i] ? GD_NOT_STATED : DatumGetInt32(elems[i]);

		if (!nulls[i] && v < 0)
		{
			char		name[128];

			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("negative count %d in %s (element %d)", v,
							gd_appeals_cell_name(i, name, sizeof(name)), i + 1),
					 errdetail("Counts are whole numbers from 0 to 2147483647; NULL means not stated.")));
		}
		a->cells[i] = v;
	}
	PG_RETURN_GD_APPEALS(a);
}

PG_FUNCTION_INFO_V1(gd_appeals_to_array);
Datum
gd_appeals_to_array(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	Datum		elems[GD_APPEALS_NCELLS];
	bool		nulls[GD_APPEALS_NCELLS];
	int			dims[1] = {GD_APPEALS_NCELLS};
	int			lbs[1] = {1};

	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
	{
		nulls[i] = a->cells[i] == GD_NOT_STATED;
		elems[i] = Int32GetDatum(a->cells[i]);
	}
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, nulls, 1, dims, lbs,
											 INT4OID, 4, true, TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(gd_appeals_to_jsonb);
Datum
gd_appeals_to_jsonb(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	char	   *buf = palloc(GD_JSON_MAX);

	gd_appeals_to_json(a->cells, buf, GD_JSON_MAX);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf)));
}

PG_FUNCTION_INFO_V1(gd_appeals_from_jsonb);
Datum
gd_appeals_from_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	char	   *json = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
	int32		cells[GD_APPEALS_NCELLS];
	GdError		err;

	if (!gd_appeals_from_json(json, cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_APPEALS(from_cells(cells));
}

static void
cell_args(FunctionCallInfo fcinfo, int *block, int *col)
{
	char	   *bkey = gd_text_arg(fcinfo, 1);
	char	   *ckey = gd_text_arg(fcinfo, 2);

	*block = gd_appeals_block_id(bkey);
	*col = gd_appeals_column_id(ckey);
	if (*block < 0 || *col < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s key \"%s\"", *block < 0 ? "block" : "column",
						*block < 0 ? bkey : ckey),
				 errdetail("Valid block keys: review, suit_direct, suit_after_review; column keys: upheld, corrected, other, pending, total.")));
}

PG_FUNCTION_INFO_V1(gd_appeals_cell);
Datum
gd_appeals_cell(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	int			block,
				col;
	int32		v;

	cell_args(fcinfo, &block, &col);
	v = a->cells[block * GD_APPEALS_NCOLS + col];
	if (v == GD_NOT_STATED)
		PG_RETURN_NULL();
	PG_RETURN_INT32(v);
}

PG_FUNCTION_INFO_V1(gd_appeals_set_cell);
Datum
gd_appeals_set_cell(PG_FUNCTION_ARGS)
{
	GdAppeals  *a;
	int			block,
				col;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	a = from_cells(PG_GETARG_GD_APPEALS(0)->cells);
	cell_args(fcinfo, &block, &col);
	if (!PG_ARGISNULL(3) && PG_GETARG_INT32(3) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("negative count %d for %s × %s", PG_GETARG_INT32(3),
						gd_appeals_blocks[block].key, gd_appeals_columns[col].key),
				 errdetail("Counts are whole numbers from 0 to 2147483647; NULL means not stated.")));
	a->cells[block * GD_APPEALS_NCOLS + col] = PG_ARGISNULL(3) ? GD_NOT_STATED : PG_GETARG_INT32(3);
	PG_RETURN_GD_APPEALS(a);
}

PG_FUNCTION_INFO_V1(gd_appeals_fill_totals);
Datum
gd_appeals_fill_totals(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = from_cells(PG_GETARG_GD_APPEALS(0)->cells);
	GdError		err;

	if (!gd_appeals_fill_derived(a->cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_APPEALS(a);
}
