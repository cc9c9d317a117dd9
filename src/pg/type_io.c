/*
 * pg/type_io.c — the glue the three types share, driven by a GdType
 * descriptor (glue.h): making values, text, binary and jsonb I/O,
 * equality, order and hashing, int[] cells.  Each type's own file keeps
 * only what is its own (shapes of int[] casts, cell access by key).
 */
#include "pg/glue.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "core/io.h"
#include "core/report.h"

/* Cells of any of the three types, as the core's input functions fill them. */
typedef union CellBuffer
{
	int32		counts[GD_APPLICATIONS_NCELLS_MAX];
	int64		values[GD_PROACTIVE_NCELLS_MAX];
} CellBuffer;

size_t
gd_value_size(const GdType *t, int format)
{
	return sizeof(GdValue) + (size_t) t->cell_size * t->ncells(format);
}

GdValue *
gd_value_new(const GdType *t, int format)
{
	size_t		size = gd_value_size(t, format);
	int			n = t->ncells(format);
	GdValue    *v = palloc(size);

	SET_VARSIZE(v, size);
	v->format = (int16) format;
	v->version = GD_STORED_WIDE;
	v->width = 0;
	for (int i = 0; i < n; i++)
	{
		if (t->cell_size == sizeof(int32))
			((int32 *) GD_VALUE_CELLS(v))[i] = GD_NOT_STATED;
		else
			((int64 *) GD_VALUE_CELLS(v))[i] = GD_PROACTIVE_NOT_STATED;
	}
	return v;
}

GdValue *
gd_value_from_cells(const GdType *t, int format, const void *cells)
{
	GdValue    *v = gd_value_new(t, format);

	memcpy(GD_VALUE_CELLS(v), cells, (size_t) t->cell_size * t->ncells(format));
	return v;
}

GdOpenedLast gd_opened_last[3];

void
gd_value_open_stored(const GdType *t, Datum d, GdStored *s)
{
	/* packed: a short value (table 四, a small table 二) is read in place, not copied per row */
	struct varlena *raw = PG_DETOAST_DATUM_PACKED(d);
	GdOpenedLast *last = &gd_opened_last[t->stored];
	GdError		err;

	if (!gd_stored_open(t->stored, VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw), s, &err))
		gd_raise(&err);
	last->format = s->format;
	last->ncells = s->ncells;
	last->generation = gd_layout_generation;
}

GdValue *
gd_value_arg(const GdType *t, Datum d)
{
	GdStored	s;
	GdValue    *v;
	bool		ok;
	GdError		err;

	gd_value_open(t, d, &s);
	v = gd_value_new(t, s.format);
	if (t->cell_size == sizeof(int32))
		ok = gd_stored_cells32(&s, GD_VALUE_CELLS(v), &err);
	else
		ok = gd_stored_cells64(&s, GD_VALUE_CELLS(v), &err);
	if (!ok)
		gd_raise(&err);
	return v;
}

size_t
gd_value_flat_size(const GdType *t, const GdValue *v)
{
	int			n = t->ncells(v->format);

	return VARHDRSZ + (t->cell_size == sizeof(int32)
					   ? gd_stored_size32(GD_VALUE_CELLS(v), n, t->verdict != NULL)
					   : gd_stored_size64(GD_VALUE_CELLS(v), n));
}

void
gd_value_flatten(const GdType *t, const GdValue *v, void *dst, size_t size)
{
	int			n = t->ncells(v->format);

	SET_VARSIZE(dst, size);
	if (t->cell_size == sizeof(int32))
		gd_stored_write32(v->format, GD_VALUE_CELLS(v), n,
						  t->verdict != NULL ? t->verdict(v->format, GD_VALUE_CELLS(v)) : GD_NO_VERDICT,
						  VARDATA(dst));
	else
		gd_stored_write64(v->format, GD_VALUE_CELLS(v), n, VARDATA(dst));
}

Datum
gd_value_datum(const GdType *t, GdValue *v)
{
	size_t		size = gd_value_flat_size(t, v);
	void	   *d = palloc(size);

	gd_value_flatten(t, v, d, size);
	return PointerGetDatum(d);
}

Datum
gd_type_in(const GdType *t, const char *str)
{
	CellBuffer	cells;
	int			format = 0;
	GdError		err;

	if (!t->from_text(str, &format, &cells, &err))
		gd_raise(&err);
	return gd_value_datum(t, gd_value_from_cells(t, format, &cells));
}

char *
gd_type_out(const GdType *t, Datum d)
{
	GdValue    *v = gd_value_arg(t, d);
	char	   *buf = palloc(GD_TEXT_MAX);

	t->to_text(v->format, GD_VALUE_CELLS(v), buf, GD_TEXT_MAX);
	return buf;
}

/* The binary header: version, then format and flags (or a 4-byte flags word). */
static int
recv_header(const GdType *t, StringInfo buf)
{
	int			version;
	int			format = 0;
	uint32		flags;

	/* a short value: say so as bad binary input, not as a protocol error */
	if (buf->len - buf->cursor < 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary %s value of %d bytes is too short", t->name, buf->len - buf->cursor),
				 errdetail("%s", t->has_format
						   ? "It starts with a version byte, the format (2 bytes) and the flags (2 bytes)."
						   : "It starts with a version byte and the flags (4 bytes).")));
	version = pq_getmsgbyte(buf);
	if (version != GD_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported %s binary version %d", t->name, version),
				 errdetail("This build reads version %d.", GD_BINARY_VERSION)));
	if (t->has_format)
	{
		format = (int) pq_getmsgint(buf, 2);
		flags = pq_getmsgint(buf, 2);
		if (!gd_format_valid(format))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid %s format %d in binary input", t->name, format),
					 errdetail("The format is %s.", gd_format_list())));
	}
	else
		flags = pq_getmsgint(buf, 4);
	if (flags != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s flags %u in binary input", t->name, flags),
				 errdetail("The flags word is reserved and must be zero.")));
	return format;
}

Datum
gd_type_recv(const GdType *t, StringInfo buf)
{
	int			format = recv_header(t, buf);
	int			n = t->ncells(format);
	GdValue    *v;
	GdError		err;

	if (buf->len - buf->cursor != t->cell_size * n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary %s value%s has %d bytes of cells, expected %d", t->name,
						t->has_format ? psprintf(" of the %d format", format) : "",
						buf->len - buf->cursor, t->cell_size * n),
				 errdetail("%s, %d bytes each.", t->shape(format), t->cell_size)));
	v = gd_value_new(t, format);
	for (int i = 0; i < n; i++)
	{
		if (t->cell_size == sizeof(int32))
			((int32 *) GD_VALUE_CELLS(v))[i] = (int32) pq_getmsgint(buf, 4);
		else
			((int64 *) GD_VALUE_CELLS(v))[i] = pq_getmsgint64(buf);
	}
	if (!t->cells_valid(format, GD_VALUE_CELLS(v), &err))
	{
		err.code = GD_E_BINARY;
		gd_raise(&err);
	}
	return gd_value_datum(t, v);
}

bytea *
gd_type_send(const GdType *t, Datum d)
{
	GdValue    *v = gd_value_arg(t, d);
	int			n = t->ncells(v->format);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, GD_BINARY_VERSION);
	if (t->has_format)
	{
		pq_sendint16(&buf, v->format);
		pq_sendint16(&buf, 0);	/* flags */
	}
	else
		pq_sendint32(&buf, 0);	/* flags */
	for (int i = 0; i < n; i++)
	{
		if (t->cell_size == sizeof(int32))
			pq_sendint32(&buf, ((int32 *) GD_VALUE_CELLS(v))[i]);
		else
			pq_sendint64(&buf, ((int64 *) GD_VALUE_CELLS(v))[i]);
	}
	return pq_endtypsend(&buf);
}

Datum
gd_type_to_jsonb(const GdType *t, Datum d)
{
	GdValue    *v = gd_value_arg(t, d);
	char	   *buf = palloc(GD_JSON_MAX);

	t->to_json(v->format, GD_VALUE_CELLS(v), buf, GD_JSON_MAX);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf));
}

Datum
gd_type_from_jsonb(const GdType *t, Datum jsonb)
{
	Jsonb	   *jb = DatumGetJsonbP(jsonb);
	char	   *json = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
	CellBuffer	cells;
	int			format = 0;
	GdError		err;

	if (!t->from_json(json, &format, &cells, &err))
		gd_raise(&err);
	return gd_value_datum(t, gd_value_from_cells(t, format, &cells));
}

/*
 * An arbitrary but total order (format, then cells in order, not stated
 * first) so that sorting, DISTINCT and merge joins work.  It means nothing
 * about the reports.
 */
int
gd_type_cmp(const GdType *t, Datum da, Datum db)
{
	GdValue    *a = gd_value_arg(t, da);
	GdValue    *b = gd_value_arg(t, db);
	int			n;

	if (a->format != b->format)
		return a->format < b->format ? -1 : 1;
	n = t->ncells(a->format);
	for (int i = 0; i < n; i++)
	{
		int64		x,
					y;

		if (t->cell_size == sizeof(int32))
		{
			x = ((int32 *) GD_VALUE_CELLS(a))[i];
			y = ((int32 *) GD_VALUE_CELLS(b))[i];
		}
		else
		{
			x = ((int64 *) GD_VALUE_CELLS(a))[i];
			y = ((int64 *) GD_VALUE_CELLS(b))[i];
		}
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

/*
 * The hash of the bytes from the format on (tables 二 and 三) or of the
 * cells (table 四) of the wide form, as every release has computed it
 * (0.2.0 hashed its stored bytes, which were that form), so that hash
 * indexes stay valid whatever form a value is stored in.
 */
Datum
gd_type_hash(const GdType *t, Datum d)
{
	GdValue    *v = gd_value_arg(t, d);
	size_t		cells = (size_t) t->cell_size * t->ncells(v->format);

	if (t->has_format)
		return hash_any((const unsigned char *) &v->format,
						sizeof(GdValue) - offsetof(GdValue, format) + cells);
	return hash_any((const unsigned char *) GD_VALUE_CELLS(v), cells);
}

/* "element 15" of a one-dimensional array, "element [24][7]" of a matrix. */
static char *
element_name(ArrayType *arr, int i)
{
	if (ARR_NDIM(arr) == 2)
		return psprintf("element [%d][%d]", i / ARR_DIMS(arr)[1] + 1, i % ARR_DIMS(arr)[1] + 1);
	return psprintf("element %d", i + 1);
}

void
gd_cells_from_array(const GdType *t, int format, ArrayType *arr, int32 *cells)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (ARR_ELEMTYPE(arr) != INT4OID)
		elog(ERROR, "expected an int[] array");
	deconstruct_array(arr, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		int32		v = nulls[i] ? GD_NOT_STATED : DatumGetInt32(elems[i]);

		if (!nulls[i] && v < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("negative count %d in %s (%s)", v, t->cell_name(format, i),
							element_name(arr, i)),
					 errdetail("Counts are whole numbers from 0 to 2147483647; NULL means not stated.")));
		cells[i] = v;
	}
}

Datum
gd_cells_to_array(const int32 *cells, int ndims, int *dims)
{
	int			n = ndims == 2 ? dims[0] * dims[1] : dims[0];
	Datum	   *elems = palloc(sizeof(Datum) * n);
	bool	   *nulls = palloc(sizeof(bool) * n);
	int			lbs[2] = {1, 1};

	for (int i = 0; i < n; i++)
	{
		nulls[i] = cells[i] == GD_NOT_STATED;
		elems[i] = Int32GetDatum(cells[i]);
	}
	return PointerGetDatum(construct_md_array(elems, nulls, ndims, dims, lbs,
											  INT4OID, 4, true, TYPALIGN_INT));
}

void
gd_check_set_count(FunctionCallInfo fcinfo, int argno, const char *row_key, const char *col_key)
{
	if (!PG_ARGISNULL(argno) && PG_GETARG_INT32(argno) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("negative count %d for %s × %s", PG_GETARG_INT32(argno), row_key, col_key),
				 errdetail("Counts are whole numbers from 0 to 2147483647; NULL means not stated.")));
}
