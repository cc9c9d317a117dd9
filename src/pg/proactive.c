/*
 * pg/proactive.c — fmgr glue for gd_proactive (table 二): I/O, binary
 * I/O, equality, order and hashing, jsonb casts, cell access.
 */
#include "pg/glue.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "core/io.h"
#include "core/text.h"
#include "core/report.h"

static GdProactive *
from_cells(int format, const int64 *cells)
{
	GdProactive *p = gd_proactive_new(format);

	memcpy(p->cells, cells, sizeof(int64) * gd_proactive_ncells(format));
	return p;
}

PG_FUNCTION_INFO_V1(gd_proactive_in);
Datum
gd_proactive_in(PG_FUNCTION_ARGS)
{
	int64		cells[GD_PROACTIVE_NCELLS_MAX];
	int			format;
	GdError		err;

	if (!gd_proactive_from_text(PG_GETARG_CSTRING(0), &format, cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_PROACTIVE(from_cells(format, cells));
}

PG_FUNCTION_INFO_V1(gd_proactive_out);
Datum
gd_proactive_out(PG_FUNCTION_ARGS)
{
	GdProactive *p = PG_GETARG_GD_PROACTIVE(0);
	char	   *buf = palloc(GD_TEXT_MAX);

	gd_proactive_to_text(p->format, p->cells, buf, GD_TEXT_MAX);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(gd_proactive_recv);
Datum
gd_proactive_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	int			format;
	int			flags;
	int			n;
	GdProactive *p;
	GdError		err;

	/* a short value: say so as bad binary input, not as a protocol error */
	if (buf->len - buf->cursor < 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary gd_proactive value of %d bytes is too short", buf->len - buf->cursor),
				 errdetail("It starts with a version byte, the format (2 bytes) and the flags (2 bytes).")));
	version = pq_getmsgbyte(buf);
	if (version != GD_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported gd_proactive binary version %d", version),
				 errdetail("This build reads version %d.", GD_BINARY_VERSION)));
	format = pq_getmsgint(buf, 2);
	flags = pq_getmsgint(buf, 2);
	if (!gd_format_valid(format) || flags != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid gd_proactive %s %d in binary input",
						flags != 0 ? "flags" : "format", flags != 0 ? flags : format),
				 errdetail("The format is 2019 or 2021; the flags word is reserved and zero.")));
	n = gd_proactive_ncells(format);
	if (buf->len - buf->cursor != (int) sizeof(int64) * n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary gd_proactive value of the %d format has %d bytes of cells, expected %d",
						format, buf->len - buf->cursor, (int) sizeof(int64) * n)));
	p = gd_proactive_new(format);
	for (int i = 0; i < n; i++)
		p->cells[i] = pq_getmsgint64(buf);
	if (!gd_proactive_cells_valid(format, p->cells, &err))
	{
		err.code = GD_E_BINARY;
		gd_raise(&err);
	}
	PG_RETURN_GD_PROACTIVE(p);
}

PG_FUNCTION_INFO_V1(gd_proactive_send);
Datum
gd_proactive_send(PG_FUNCTION_ARGS)
{
	GdProactive *p = PG_GETARG_GD_PROACTIVE(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, GD_BINARY_VERSION);
	pq_sendint16(&buf, p->format);
	pq_sendint16(&buf, p->flags);
	for (int i = 0; i < gd_proactive_ncells(p->format); i++)
		pq_sendint64(&buf, p->cells[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* An arbitrary total order (format, then cells), for sorting and DISTINCT. */
static int
proactive_cmp(const GdProactive *a, const GdProactive *b)
{
	if (a->format != b->format)
		return a->format < b->format ? -1 : 1;
	for (int i = 0; i < gd_proactive_ncells(a->format); i++)
		if (a->cells[i] != b->cells[i])
			return a->cells[i] < b->cells[i] ? -1 : 1;
	return 0;
}

GD_ORDER_FUNCTIONS(gd_proactive, proactive_cmp(PG_GETARG_GD_PROACTIVE(0), PG_GETARG_GD_PROACTIVE(1)))

PG_FUNCTION_INFO_V1(gd_proactive_eq);
Datum
gd_proactive_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(proactive_cmp(PG_GETARG_GD_PROACTIVE(0), PG_GETARG_GD_PROACTIVE(1)) == 0);
}

PG_FUNCTION_INFO_V1(gd_proactive_ne);
Datum
gd_proactive_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(proactive_cmp(PG_GETARG_GD_PROACTIVE(0), PG_GETARG_GD_PROACTIVE(1)) != 0);
}

PG_FUNCTION_INFO_V1(gd_proactive_hash);
Datum
gd_proactive_hash(PG_FUNCTION_ARGS)
{
	GdProactive *p = PG_GETARG_GD_PROACTIVE(0);

	PG_RETURN_DATUM(hash_any((const unsigned char *) &p->format,
							 VARSIZE(p) - offsetof(GdProactive, format)));
}

PG_FUNCTION_INFO_V1(gd_proactive_to_jsonb);
Datum
gd_proactive_to_jsonb(PG_FUNCTION_ARGS)
{
	GdProactive *p = PG_GETARG_GD_PROACTIVE(0);
	char	   *buf = palloc(GD_JSON_MAX);

	gd_proactive_to_json(p->format, p->cells, buf, GD_JSON_MAX);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf)));
}

PG_FUNCTION_INFO_V1(gd_proactive_from_jsonb);
Datum
gd_proactive_from_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	char	   *json = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
	int64		cells[GD_PROACTIVE_NCELLS_MAX];
	int			format;
	GdError		err;

	if (!gd_proactive_from_json(json, &format, cells, &err))
		gd_raise(&err);
	PG_RETURN_GD_PROACTIVE(from_cells(format, cells));
}

PG_FUNCTION_INFO_V1(gd_proactive_format);
Datum
gd_proactive_format(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_GD_PROACTIVE(0)->format);
}

/* A cell as numeric: counts as themselves, money in 万元. */
static Datum
cell_numeric(const GdProactiveDef *def, int64 v)
{
	char		buf[48];

	if (def->kind == GD_KIND_MONEY)
		gd_money_format(v, buf, sizeof(buf));
	else
		snprintf(buf, sizeof(buf), INT64_FORMAT, v);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static char *
valid_keys(int format)
{
	StringInfoData s;

	initStringInfo(&s);
	for (int pos = 0; pos < gd_proactive_ncells(format); pos++)
		appendStringInfo(&s, "%s%s", pos ? ", " : "",
						 gd_layout->proactive[gd_proactive_cell_at(format, pos)].name.key);
	return s.data;
}

PG_FUNCTION_INFO_V1(gd_proactive_cell);
Datum
gd_proactive_cell(PG_FUNCTION_ARGS)
{
	GdProactive *p = PG_GETARG_GD_PROACTIVE(0);
	char	   *key = gd_text_arg(fcinfo, 1);
	int			id = gd_proactive_cell_id(p->format, key);
	int64		v;

	if (id < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("table 二 key \"%s\" does not exist in the %d format", key, p->format),
				 errdetail("Valid keys: %s.", valid_keys(p->format))));
	v = p->cells[gd_proactive_cell_pos(p->format, id)];
	if (v == GD_PROACTIVE_NOT_STATED)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(cell_numeric(&gd_layout->proactive[id], v));
}

/* gd_table(gd_proactive): one row per cell, with its item and article. */
PG_FUNCTION_INFO_V1(gd_proactive_table);
Datum
gd_proactive_table(PG_FUNCTION_ARGS)
{
	GdProactive *p = PG_GETARG_GD_PROACTIVE(0);
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int pos = 0; pos < gd_proactive_ncells(p->format); pos++)
	{
		const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(p->format, pos)];
		Datum		values[8];
		bool		nulls[8] = {false};

		values[0] = Int32GetDatum(pos + 1);
		values[1] = CStringGetTextDatum(def->name.key);
		values[2] = CStringGetTextDatum(def->item.key);
		values[3] = CStringGetTextDatum(def->item.zh);
		values[4] = gd_text_or_null(def->article, &nulls[4]);
		values[5] = CStringGetTextDatum(def->name.zh);
		nulls[6] = p->cells[pos] == GD_PROACTIVE_NOT_STATED;
		values[6] = nulls[6] ? (Datum) 0 : cell_numeric(def, p->cells[pos]);
		values[7] = gd_text_or_null(def->kind == GD_KIND_MONEY ? "万元" : NULL, &nulls[7]);
		gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}
