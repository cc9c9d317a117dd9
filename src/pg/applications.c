/*
 * pg/applications.c — fmgr glue for gd_applications (table 三): its type
 * descriptor (the shared I/O, equality, order and hashing of type_io.c),
 * the int[] casts, cell access, totals and the fold to 2019.
 */
#include "pg/glue.h"

#include "utils/builtins.h"

#include "core/check.h"
#include "core/io.h"
#include "core/matrix.h"
#include "core/verdict.h"

/* The core's forms of table 三, adapted to the descriptor's (format, cells). */
GD_CORE_FORMS(gd_applications)

static char *
shape(int format)
{
	return psprintf("The %d format has %d rows of %d cells",
					format, gd_applications_nrows(format), GD_APPLICATIONS_NCOLS);
}

static char *
cell_name(int format, int cell)
{
	char		name[128];

	return pstrdup(gd_applications_cell_name(format, cell, name, sizeof(name)));
}

static uint32
verdict(int format, const void *cells)
{
	return gd_applications_verdict(format, cells);
}

const GdType gd_applications_type = {
	"gd_applications", GD_STORED_APPLICATIONS, true, sizeof(int32), gd_applications_ncells,
	core_from_text, core_to_text, core_from_json, core_to_json, cells_valid, verdict, shape, cell_name
};

GD_TYPE_FUNCTIONS(gd_applications, gd_applications_type)

static GdApplications *
from_cells(int format, const int32 *cells)
{
	return (GdApplications *) gd_value_from_cells(&gd_applications_type, format, cells);
}

PG_FUNCTION_INFO_V1(gd_applications_from_array);
Datum
gd_applications_from_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	int			ndims = ARR_NDIM(arr);
	int		   *dims = ARR_DIMS(arr);
	int			format;
	GdApplications *m;

	/* the format is the one with that many rows */
	format = ndims == 2 && dims[1] == GD_APPLICATIONS_NCOLS ? gd_format_with_nrows(dims[0]) : 0;
	if (format == 0)
	{
		StringInfoData shapes;

		initStringInfo(&shapes);
		for (int f = gd_layout->nformats - 1; f >= 0; f--)
			appendStringInfo(&shapes, "%s[%d][%d] (%d format)", f == gd_layout->nformats - 1 ? "" : " or ",
							 gd_layout->formats[f].nrows, GD_APPLICATIONS_NCOLS, gd_layout->formats[f].id);
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("cannot cast an int[] of %s to gd_applications",
						ndims == 0 ? "no dimensions" :
						ndims == 1 ? psprintf("shape [%d]", dims[0]) :
						ndims == 2 ? psprintf("shape [%d][%d]", dims[0], dims[1]) :
						psprintf("%d dimensions", ndims)),
				 errdetail("Expected shape %s: one row per table row, columns %s … %s.",
						   shapes.data, gd_layout->columns[0].name.key,
						   gd_layout->columns[GD_APPLICATIONS_NCOLS - 1].name.key)));
	}
	m = gd_applications_new(format);
	gd_cells_from_array(&gd_applications_type, format, arr, m->cells);
	PG_RETURN_GD_APPLICATIONS(m);
}

PG_FUNCTION_INFO_V1(gd_applications_to_array);
Datum
gd_applications_to_array(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	int			dims[2] = {gd_applications_nrows(m->format), GD_APPLICATIONS_NCOLS};

	return gd_cells_to_array(m->cells, 2, dims);
}

PG_FUNCTION_INFO_V1(gd_applications_format);
Datum
gd_applications_format(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_GD_APPLICATIONS(0)->format);
}

/* Valid keys of a format, for error details. */
static char *
valid_keys(int format)
{
	StringInfoData s;

	initStringInfo(&s);
	appendStringInfoString(&s, "row keys: ");
	for (int pos = 0; pos < gd_applications_nrows(format); pos++)
		appendStringInfo(&s, "%s%s", pos ? ", " : "",
						 gd_layout->rows[gd_applications_row_at(format, pos)].name.key);
	appendStringInfoString(&s, "; group keys: ");
	for (int g = 0; g < gd_layout->ngroups; g++)
		appendStringInfo(&s, "%s%s", g ? ", " : "", gd_layout->groups[g].name.key);
	appendStringInfoString(&s, "; column keys: ");
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		appendStringInfo(&s, "%s%s", c ? ", " : "", gd_layout->columns[c].name.key);
	return s.data;
}

static int
column_arg(const char *key, int format)
{
	int			col = gd_applications_column_id(key);

	if (col < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown column key \"%s\"", key),
				 errdetail("Valid %s.", valid_keys(format))));
	return col;
}

static void
unknown_row(const char *key, int format, bool groups_allowed)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg(gd_applications_row_id(key) >= 0 || gd_applications_group_id(key) >= 0
					? "row key \"%s\" does not name a %s in the %d format"
					: "unknown row key \"%s\" (not a %s of the %d format)",
					key, groups_allowed ? "row or group" : "row", format),
			 errdetail("Valid %s.", valid_keys(format))));
}

PG_FUNCTION_INFO_V1(gd_applications_cell);
Datum
gd_applications_cell(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	char	   *row_key = gd_text_arg(fcinfo, 1);
	int			col = column_arg(gd_text_arg(fcinfo, 2), m->format);
	int			row = gd_applications_row_id(row_key);
	int			group;
	int64		sum;

	if (row >= 0 && gd_applications_row_pos(m->format, row) >= 0)
	{
		int32		v = gd_applications_get(m->format, m->cells, row, col);

		if (v == GD_NOT_STATED)
			PG_RETURN_NULL();
		PG_RETURN_INT32(v);
	}
	group = gd_applications_group_id(row_key);
	if (group < 0 && row >= 0)
		PG_RETURN_NULL();		/* a row of another format (a （六） row of 2021
								 * on a 2019 value): not stated here, so that
								 * queries across years run */
	if (group < 0)
		unknown_row(row_key, m->format, true);
	if (!gd_applications_group_sum(m->format, m->cells, group, col, &sum))
		PG_RETURN_NULL();
	if (sum > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("sum of group %s in column %s is out of range for int",
						row_key, gd_layout->columns[col].name.key)));
	PG_RETURN_INT32((int32) sum);
}

PG_FUNCTION_INFO_V1(gd_applications_set_cell);
Datum
gd_applications_set_cell(PG_FUNCTION_ARGS)
{
	GdApplications *src,
			   *m;
	char	   *row_key;
	int			row,
				col;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	src = PG_GETARG_GD_APPLICATIONS(0);
	row_key = gd_text_arg(fcinfo, 1);
	col = column_arg(gd_text_arg(fcinfo, 2), src->format);
	row = gd_applications_row_id(row_key);
	if (row < 0 || gd_applications_row_pos(src->format, row) < 0)
		unknown_row(row_key, src->format, false);
	gd_check_set_count(fcinfo, 3, row_key, gd_layout->columns[col].name.key);
	m = from_cells(src->format, src->cells);
	m->cells[gd_applications_row_pos(m->format, row) * GD_APPLICATIONS_NCOLS + col] =
		PG_ARGISNULL(3) ? GD_NOT_STATED : PG_GETARG_INT32(3);
	PG_RETURN_GD_APPLICATIONS(m);
}

PG_FUNCTION_INFO_V1(gd_applications_fill_totals);
Datum
gd_applications_fill_totals(PG_FUNCTION_ARGS)
{
	GdApplications *src = PG_GETARG_GD_APPLICATIONS(0);
	GdApplications *m = from_cells(src->format, src->cells);
	GdError		err;

	if (!gd_applications_fill_derived(m->format, m->cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_APPLICATIONS(m);
}

PG_FUNCTION_INFO_V1(gd_applications_to_2019);
Datum
gd_applications_to_2019(PG_FUNCTION_ARGS)
{
	GdApplications *src = PG_GETARG_GD_APPLICATIONS(0);
	GdApplications *m;
	int32		cells[GD_APPLICATIONS_NCELLS_MAX];
	GdError		err;
	const int	to = 2019;		/* gd_to_2019 names its format: the trial format of 2019 */

	if (src->format == to)
		PG_RETURN_GD_APPLICATIONS(src);
	if (!gd_applications_fold(src->format, to, src->cells, cells, &err))
		gd_raise(&err);
	m = from_cells(to, cells);
	PG_RETURN_GD_APPLICATIONS(m);
}
