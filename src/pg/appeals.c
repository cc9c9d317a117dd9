/*
 * pg/appeals.c — fmgr glue for gd_appeals (table 四): its type descriptor
 * (the shared I/O, equality, order and hashing of type_io.c), the int[]
 * casts, cell access and totals.
 */
#include "pg/glue.h"

#include "utils/builtins.h"

#include "core/check.h"
#include "core/io.h"
#include "core/matrix.h"

/* The core's forms of table 四, adapted to the descriptor's (format, cells). */
static int
ncells(int format)
{
	return format == 0 ? GD_APPEALS_NCELLS : 0;
}

static bool
core_from_text(const char *s, int *format, void *cells, GdError *err)
{
	*format = 0;
	return gd_appeals_from_text(s, cells, err);
}

static void
core_to_text(int format, const void *cells, char *buf, size_t size)
{
	gd_appeals_to_text(cells, buf, size);
}

static bool
core_from_json(const char *s, int *format, void *cells, GdError *err)
{
	*format = 0;
	return gd_appeals_from_json(s, cells, err);
}

static void
core_to_json(int format, const void *cells, char *buf, size_t size)
{
	gd_appeals_to_json(cells, buf, size);
}

static bool
cells_valid(int format, const void *cells, GdError *err)
{
	return gd_appeals_cells_valid(cells, err);
}

static char *
shape(int format)
{
	return psprintf("Table 四 has %d cells", GD_APPEALS_NCELLS);
}

static char *
cell_name(int format, int cell)
{
	char		name[128];

	return pstrdup(gd_appeals_cell_name(cell, name, sizeof(name)));
}

const GdType gd_appeals_type = {
	"gd_appeals", GD_STORED_APPEALS, false, sizeof(int32), ncells,
	core_from_text, core_to_text, core_from_json, core_to_json, cells_valid, NULL, shape, cell_name
};

GD_TYPE_FUNCTIONS(gd_appeals, gd_appeals_type)

static GdAppeals *
from_cells(const int32 *cells)
{
	return (GdAppeals *) gd_value_from_cells(&gd_appeals_type, 0, cells);
}

PG_FUNCTION_INFO_V1(gd_appeals_from_array);
Datum
gd_appeals_from_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	GdAppeals  *a;

	if (ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] != GD_APPEALS_NCELLS)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("cannot cast an int[] of %s to gd_appeals",
						ARR_NDIM(arr) == 1 ? psprintf("%d elements", ARR_DIMS(arr)[0])
						: psprintf("%d dimensions", ARR_NDIM(arr))),
				 errdetail("Expected 15 elements: review, suit_direct, suit_after_review, each upheld, corrected, other, pending, total.")));
	a = gd_appeals_new();
	gd_cells_from_array(&gd_appeals_type, 0, arr, a->cells);
	PG_RETURN_GD_APPEALS(a);
}

PG_FUNCTION_INFO_V1(gd_appeals_to_array);
Datum
gd_appeals_to_array(PG_FUNCTION_ARGS)
{
	int			dims[1] = {GD_APPEALS_NCELLS};

	return gd_cells_to_array(PG_GETARG_GD_APPEALS(0)->cells, 1, dims);
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
	gd_check_set_count(fcinfo, 3, gd_appeals_blocks[block].key, gd_appeals_columns[col].key);
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
