/*
 * pg/applications.c — fmgr glue for gd_applications (table 三):
 * I/O, binary I/O, equality and hashing, casts, cell access.
 */
#include "pg/glue.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "core/check.h"
#include "core/io.h"
#include "core/matrix.h"

static GdApplications *
from_cells(int format, const int32 *cells)
{
	GdApplications *m = gd_applications_new(format);

	memcpy(m->cells, cells, sizeof(int32) * gd_applications_ncells(format));
	return m;
}

PG_FUNCTION_INFO_V1(gd_applications_in);
Datum
gd_applications_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int32		cells[GD_APPLICATIONS_NCELLS_MAX];
	int			format;
	GdError		err;

	if (!gd_applications_from_text(str, &format, cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_APPLICATIONS(from_cells(format, cells));
}

PG_FUNCTION_INFO_V1(gd_applications_out);
Datum
gd_applications_out(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	char	   *buf = palloc(GD_TEXT_MAX);

	gd_applications_to_text(m->format, m->cells, buf, GD_TEXT_MAX);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(gd_applications_recv);
Datum
gd_applications_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	int			format;
	int			flags;
	int			n;
	GdApplications *m;
	GdError		err;

	/* a short value: say so as bad binary input, not as a protocol error */
	if (buf->len - buf->cursor < 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary gd_applications value of %d bytes is too short", buf->len - buf->cursor),
				 errdetail("It starts with a version byte, the format (2 bytes) and the flags (2 bytes).")));
	version = pq_getmsgbyte(buf);
	if (version != GD_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported gd_applications binary version %d", version),
				 errdetail("This build reads version %d.", GD_BINARY_VERSION)));
	format = pq_getmsgint(buf, 2);
	flags = pq_getmsgint(buf, 2);
	if (!gd_format_valid(format))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid gd_applications format %d in binary input", format),
				 errdetail("The format is 2019 or 2021.")));
	if (flags != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid gd_applications flags %d in binary input", flags),
				 errdetail("The flags word is reserved and must be zero.")));
	m = gd_applications_new(format);
	n = gd_applications_ncells(format);
	if (buf->len - buf->cursor != (int) sizeof(int32) * n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary gd_applications value of the %d format has %d bytes of cells, expected %d",
						format, buf->len - buf->cursor, (int) sizeof(int32) * n),
				 errdetail("The %d format has %d rows of %d cells, 4 bytes each.",
						   format, gd_applications_nrows(format), GD_APPLICATIONS_NCOLS)));
	for (int i = 0; i < n; i++)
		m->cells[i] = (int32) pq_getmsgint(buf, 4);
	if (!gd_applications_cells_valid(format, m->cells, &err))
	{
		err.code = GD_E_BINARY;
		gd_raise(&err);
	}
	PG_RETURN_GD_APPLICATIONS(m);
}

PG_FUNCTION_INFO_V1(gd_applications_send);
Datum
gd_applications_send(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	int			n = gd_applications_ncells(m->format);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, GD_BINARY_VERSION);
	pq_sendint16(&buf, m->format);
	pq_sendint16(&buf, m->flags);
	for (int i = 0; i < n; i++)
		pq_sendint32(&buf, m->cells[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static bool
applications_equal(const GdApplications *a, const GdApplications *b)
{
	return a->format == b->format &&
		memcmp(a->cells, b->cells, sizeof(int32) * gd_applications_ncells(a->format)) == 0;
}

/*
 * An arbitrary but total order (format, then cells in row order, not stated
 * first) so that sorting, DISTINCT and merge joins work.  It means nothing
 * about the reports.
 */
static int
applications_cmp(const GdApplications *a, const GdApplications *b)
{
	int			n;

	if (a->format != b->format)
		return a->format < b->format ? -1 : 1;
	n = gd_applications_ncells(a->format);
	for (int i = 0; i < n; i++)
		if (a->cells[i] != b->cells[i])
			return a->cells[i] < b->cells[i] ? -1 : 1;
	return 0;
}

GD_ORDER_FUNCTIONS(gd_applications, applications_cmp(PG_GETARG_GD_APPLICATIONS(0), PG_GETARG_GD_APPLICATIONS(1)))

PG_FUNCTION_INFO_V1(gd_applications_eq);
Datum
gd_applications_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(applications_equal(PG_GETARG_GD_APPLICATIONS(0), PG_GETARG_GD_APPLICATIONS(1)));
}

PG_FUNCTION_INFO_V1(gd_applications_ne);
Datum
gd_applications_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!applications_equal(PG_GETARG_GD_APPLICATIONS(0), PG_GETARG_GD_APPLICATIONS(1)));
}

/* Hash of format and cells; flags are always zero so bytes equal ⇔ values equal. */
PG_FUNCTION_INFO_V1(gd_applications_hash);
Datum
gd_applications_hash(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);

	PG_RETURN_DATUM(hash_any((const unsigned char *) &m->format,
							 VARSIZE(m) - offsetof(GdApplications, format)));
}

PG_FUNCTION_INFO_V1(gd_applications_from_array);
Datum
gd_applications_from_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	int			ndims = ARR_NDIM(arr);
	int		   *dims = ARR_DIMS(arr);
	int			format;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	GdApplications *m;

	if (ARR_ELEMTYPE(arr) != INT4OID)
		elog(ERROR, "expected an int[] array");
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
				 errdetail("Expected shape %s: one row per table row, columns natural_person … total.",
						   shapes.data)));
	}

	deconstruct_array(arr, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, &n);
	m = gd_applications_new(format);
	for (int i = 0; i < n; i++)
	{
		int32		v = nulls[i] ? GD_NOT_STATED : DatumGetInt32(elems[i]);

		if (!nulls[i] && v < 0)
		{
			char		name[128];

			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("negative count %d in %s", v,
							gd_applications_cell_name(format, i, name, sizeof(name))),
					 errdetail("Counts are whole numbers from 0 to 2147483647; NULL means not stated.")));
		}
		m->cells[i] = v;
	}
	PG_RETURN_GD_APPLICATIONS(m);
}

PG_FUNCTION_INFO_V1(gd_applications_to_array);
Datum
gd_applications_to_array(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	int			n = gd_applications_ncells(m->format);
	Datum	   *elems = palloc(sizeof(Datum) * n);
	bool	   *nulls = palloc(sizeof(bool) * n);
	int			dims[2] = {gd_applications_nrows(m->format), GD_APPLICATIONS_NCOLS};
	int			lbs[2] = {1, 1};

	for (int i = 0; i < n; i++)
	{
		nulls[i] = m->cells[i] == GD_NOT_STATED;
		elems[i] = Int32GetDatum(m->cells[i]);
	}
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, nulls, 2, dims, lbs,
											 INT4OID, 4, true, TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(gd_applications_to_jsonb);
Datum
gd_applications_to_jsonb(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	char	   *buf = palloc(GD_JSON_MAX);

	gd_applications_to_json(m->format, m->cells, buf, GD_JSON_MAX);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf)));
}

PG_FUNCTION_INFO_V1(gd_applications_from_jsonb);
Datum
gd_applications_from_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	char	   *json = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
	int32		cells[GD_APPLICATIONS_NCELLS_MAX];
	int			format;
	GdError		err;

	if (!gd_applications_from_json(json, &format, cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_APPLICATIONS(from_cells(format, cells));
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
	if (!PG_ARGISNULL(3) && PG_GETARG_INT32(3) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("negative count %d for %s × %s", PG_GETARG_INT32(3),
						row_key, gd_layout->columns[col].name.key),
				 errdetail("Counts are whole numbers from 0 to 2147483647; NULL means not stated.")));
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
