/*
 * pg/report.c — the SQL composite gd_report and the core's GdReportData,
 * both ways (gd_report_from_datum, gd_report_to_datum), and gd_render.
 */
#include "pg/glue.h"

#include "core/memory.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/typcache.h"

#include "core/render.h"
#include "core/report.h"

/* A gd_report composite into the core's GdReportData; its row type comes from the datum itself. */
void
gd_report_from_datum(HeapTupleHeader rec, GdReportData *r)
{
	TupleDesc	desc = lookup_rowtype_tupdesc(HeapTupleHeaderGetTypeId(rec),
											  HeapTupleHeaderGetTypMod(rec));
	HeapTupleData tuple;
	Datum		values[GD_REPORT_NFIELDS];
	bool		nulls[GD_REPORT_NFIELDS];

	if (desc->natts != GD_REPORT_NFIELDS)
		elog(ERROR, "gd_report has %d fields, expected %d", desc->natts, GD_REPORT_NFIELDS);
	tuple.t_len = HeapTupleHeaderGetDatumLength(rec);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = rec;
	heap_deform_tuple(&tuple, desc, values, nulls);
	ReleaseTupleDesc(desc);

	memset(r, 0, sizeof(*r));
	if (!nulls[GD_REPORT_ORGAN])
	{
		char	   *organ = TextDatumGetCString(values[GD_REPORT_ORGAN]);

		if (strlen(organ) >= sizeof(r->organ))
			ereport(ERROR,
					(errcode(ERRCODE_STRING_DATA_RIGHT_TRUNCATION),
					 errmsg("organ of %zu bytes is too long for a report", strlen(organ)),
					 errdetail("An organ's name as printed in a title has at most %zu bytes.",
							   sizeof(r->organ) - 1)));
		strlcpy(r->organ, organ, sizeof(r->organ));
	}
	r->year = nulls[GD_REPORT_YEAR] ? 0 : DatumGetInt32(values[GD_REPORT_YEAR]);
	r->format = nulls[GD_REPORT_FORMAT] ? 0 : DatumGetInt32(values[GD_REPORT_FORMAT]);
	if (!nulls[GD_REPORT_PROACTIVE])
	{
		GdProactive *p = DatumGetGdProactive(values[GD_REPORT_PROACTIVE]);

		r->has_proactive = true;
		r->proactive_format = p->format;
		memcpy(r->proactive, p->cells, sizeof(int64) * gd_proactive_ncells(p->format));
	}
	if (!nulls[GD_REPORT_APPLICATIONS])
	{
		GdApplications *m = DatumGetGdApplications(values[GD_REPORT_APPLICATIONS]);

		r->has_applications = true;
		r->applications_format = m->format;
		memcpy(r->applications, m->cells, sizeof(int32) * gd_applications_ncells(m->format));
	}
	if (!nulls[GD_REPORT_APPEALS])
	{
		GdAppeals  *a = DatumGetGdAppeals(values[GD_REPORT_APPEALS]);

		r->has_appeals = true;
		memcpy(r->appeals, a->cells, sizeof(a->cells));
	}
}

/* A GdReportData as the calling function's declared gd_report result, a table absent → NULL. */
Datum
gd_report_to_datum(FunctionCallInfo fcinfo, const GdReportData *r, text *region_code)
{
	TupleDesc	desc;
	Datum		values[GD_REPORT_NFIELDS];
	bool		nulls[GD_REPORT_NFIELDS] = {false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	desc = BlessTupleDesc(desc);

	values[GD_REPORT_ORGAN] = gd_text_or_null(r->organ[0] ? r->organ : NULL, &nulls[GD_REPORT_ORGAN]);
	/* a report's text does not carry it; the caller may know it */
	nulls[GD_REPORT_REGION_CODE] = region_code == NULL;
	values[GD_REPORT_REGION_CODE] = PointerGetDatum(region_code);
	nulls[GD_REPORT_YEAR] = r->year == 0;
	values[GD_REPORT_YEAR] = Int32GetDatum(r->year);
	nulls[GD_REPORT_FORMAT] = r->format == 0;
	values[GD_REPORT_FORMAT] = Int32GetDatum(r->format);
	nulls[GD_REPORT_PROACTIVE] = !r->has_proactive;
	if (r->has_proactive)
	{
		GdProactive *p = gd_proactive_new(r->proactive_format);

		memcpy(p->cells, r->proactive, sizeof(int64) * gd_proactive_ncells(p->format));
		values[GD_REPORT_PROACTIVE] = gd_value_datum(&gd_proactive_type, (GdValue *) p);
	}
	nulls[GD_REPORT_APPLICATIONS] = !r->has_applications;
	if (r->has_applications)
	{
		GdApplications *m = gd_applications_new(r->applications_format);

		memcpy(m->cells, r->applications, sizeof(int32) * gd_applications_ncells(m->format));
		values[GD_REPORT_APPLICATIONS] = gd_value_datum(&gd_applications_type, (GdValue *) m);
	}
	nulls[GD_REPORT_APPEALS] = !r->has_appeals;
	if (r->has_appeals)
	{
		GdAppeals  *a = gd_appeals_new();

		memcpy(a->cells, r->appeals, sizeof(a->cells));
		values[GD_REPORT_APPEALS] = gd_value_datum(&gd_appeals_type, (GdValue *) a);
	}
	return HeapTupleGetDatum(heap_form_tuple(desc, values, nulls));
}

/* gd_render(report, format): the official tables as text, markdown or html. */
PG_FUNCTION_INFO_V1(gd_render_sql);
Datum
gd_render_sql(PG_FUNCTION_ARGS)
{
	GdReportData *r = palloc(sizeof(GdReportData));
	char	   *how_name = gd_text_arg(fcinfo, 1);
	GdRenderFormat how;
	char	   *out;
	text	   *result;

	if (!gd_render_format_from_name(how_name, &how))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown render format \"%s\"", how_name),
				 errdetail("The formats are text, markdown and html.")));
	gd_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(0), r);
	out = gd_render(r, how);
	if (out == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while rendering a report")));
	result = cstring_to_text(out);
	gd_free(out);				/* palloc'd through the core's hooks */
	PG_RETURN_TEXT_P(result);
}

/*
 * gd_render_page(report, previous, audit): a standalone HTML document,
 * the audit marked on the cells (previous: the year before, for X1–X3).
 * Not strict: previous may be NULL; a NULL report or audit gives NULL.
 */
PG_FUNCTION_INFO_V1(gd_render_page_sql);
Datum
gd_render_page_sql(PG_FUNCTION_ARGS)
{
	GdReportData *r;
	GdReportData *prev = NULL;
	char	   *out;
	text	   *result;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	r = palloc(sizeof(GdReportData));
	gd_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(0), r);
	if (!PG_ARGISNULL(1))
	{
		prev = palloc(sizeof(GdReportData));
		gd_report_from_datum(PG_GETARG_HEAPTUPLEHEADER(1), prev);
	}
	out = gd_render_page(r, prev, PG_GETARG_BOOL(2));
	if (out == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while rendering a report")));
	result = cstring_to_text(out);
	gd_free(out);
	PG_RETURN_TEXT_P(result);
}
