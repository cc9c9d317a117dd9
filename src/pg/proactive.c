/*
 * pg/proactive.c — fmgr glue for gd_proactive (table 二): its type
 * descriptor (the shared I/O, equality, order and hashing of type_io.c)
 * and cell access.
 */
#include "pg/glue.h"

#include "utils/builtins.h"
#include "utils/numeric.h"

#include "core/io.h"
#include "core/text.h"
#include "core/report.h"

/* The core's forms of table 二, adapted to the descriptor's (format, cells). */
GD_CORE_FORMS(gd_proactive)

static char *
shape(int format)
{
	return psprintf("The %d format has %d cells", format, gd_proactive_ncells(format));
}

static char *
cell_name(int format, int cell)
{
	return pstrdup(gd_layout->proactive[gd_proactive_cell_at(format, cell)].name.key);
}

const GdType gd_proactive_type = {
	"gd_proactive", GD_STORED_PROACTIVE, true, sizeof(int64), gd_proactive_ncells,
	core_from_text, core_to_text, core_from_json, core_to_json, cells_valid, NULL, shape, cell_name
};

GD_TYPE_FUNCTIONS(gd_proactive, gd_proactive_type)

PG_FUNCTION_INFO_V1(gd_proactive_format);
Datum
gd_proactive_format(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_GD_PROACTIVE(0)->format);
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

	if (id < 0 && gd_proactive_cell_id(0, key) >= 0)
		PG_RETURN_NULL();		/* a key of another format: not stated here, so
								 * that queries across years run */
	if (id < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown table 二 key \"%s\" (a key of no format)", key),
				 errdetail("Valid keys in the %d format: %s.", p->format, valid_keys(p->format))));
	v = p->cells[gd_proactive_cell_pos(p->format, id)];
	if (v == GD_PROACTIVE_NOT_STATED)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(gd_cell_numeric(gd_layout->proactive[id].kind, v));
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
		values[6] = nulls[6] ? (Datum) 0 : gd_cell_numeric(def->kind, p->cells[pos]);
		values[7] = gd_text_or_null(def->kind == GD_KIND_MONEY ? "万元" : NULL, &nulls[7]);
		gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}
