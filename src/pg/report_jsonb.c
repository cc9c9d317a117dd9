/*
 * pg/report_jsonb.c — gd_report(jsonb), the function behind the jsonb →
 * gd_report cast: an object with the keys organ, region_code, year, format,
 * proactive, applications and appeals (each may be missing or null), every
 * one checked before the report is built.
 *
 * In C so that each bad field is an error naming it (22023), and so that
 * nothing is resolved by name when it runs: the three tables are read by
 * their own C jsonb inputs, called directly, and the result's row type is
 * the function's declared result.
 */
#include "pg/glue.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "core/report.h"

static const char *const report_keys[GD_REPORT_NFIELDS] = {
	"organ", "region_code", "year", "format", "proactive", "applications", "appeals"
};

/* The value of a key of the report's object, or NULL when the key is missing. */
static JsonbValue *
field(Jsonb *jb, GdReportField f, JsonbValue *buf)
{
	return getKeyJsonValueFromContainer(&jb->root, report_keys[f], strlen(report_keys[f]), buf);
}

/* jsonb_typeof of a value */
static const char *
type_name(JsonbValue *v)
{
	return JsonbTypeName(v);
}

/* A value as jsonb prints it ("abc" with its quotes, 2024.5, {…}). */
static char *
json_text(JsonbValue *v)
{
	Jsonb	   *j = JsonbValueToJsonb(v);

	return JsonbToCString(NULL, &j->root, VARSIZE(j));
}

/* A key that must hold a string or null: the text, or NULL for null or missing. */
static text *
string_field(Jsonb *jb, GdReportField f)
{
	JsonbValue	buf;
	JsonbValue *v = field(jb, f, &buf);

	if (v == NULL || v->type == jbvNull)
		return NULL;
	if (v->type != jbvString)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" of a gd_report must be a string or null, not %s",
						report_keys[f], type_name(v))));
	return cstring_to_text_with_len(v->val.string.val, v->val.string.len);
}

/*
 * A key that must hold a whole number of at most nine digits, or null: the
 * number, or false for null or missing.
 */
static bool
number_field(Jsonb *jb, GdReportField f, int32 *out)
{
	JsonbValue	buf;
	JsonbValue *v = field(jb, f, &buf);
	const char *digits = NULL;
	int			n = 0;

	if (v == NULL || v->type == jbvNull)
		return false;
	if (v->type == jbvNumeric)
	{
		digits = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
		while (digits[n] >= '0' && digits[n] <= '9')
			n++;
	}
	if (digits == NULL || digits[n] != '\0' || n < 1 || n > 9)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" of a gd_report must be a whole number or null, not %s",
						report_keys[f], json_text(v))));
	*out = (int32) strtol(digits, NULL, 10);
	return true;
}

/* A key that must hold an object or null: the object as jsonb, or NULL. */
static Jsonb *
object_field(Jsonb *jb, GdReportField f)
{
	JsonbValue	buf;
	JsonbValue *v = field(jb, f, &buf);

	if (v == NULL || v->type == jbvNull)
		return NULL;
	if (v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" of a gd_report must be an object or null, not %s",
						report_keys[f], type_name(v))));
	return JsonbValueToJsonb(v);
}

/* The first key of the object that is not a key of gd_report, or NULL. */
static char *
unknown_key(Jsonb *jb)
{
	JsonbIterator *it = JsonbIteratorInit(&jb->root);
	JsonbValue	v;
	JsonbIteratorToken tok;

	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		bool		known = false;

		if (tok != WJB_KEY)
			continue;
		for (int f = 0; f < GD_REPORT_NFIELDS && !known; f++)
			known = strlen(report_keys[f]) == (size_t) v.val.string.len &&
				memcmp(report_keys[f], v.val.string.val, v.val.string.len) == 0;
		if (!known)
			return pnstrdup(v.val.string.val, v.val.string.len);
	}
	return NULL;
}

/* gd_report(jsonb): a report from its jsonb form, every field checked. */
PG_FUNCTION_INFO_V1(gd_report_from_jsonb);
Datum
gd_report_from_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	Datum		values[GD_REPORT_NFIELDS] = {0};
	bool		nulls[GD_REPORT_NFIELDS] = {false};
	TupleDesc	desc;
	text	   *organ;
	text	   *region_code;
	int32		year,
				format;
	Jsonb	   *tables[3];
	char	   *unknown;

	if (!JB_ROOT_IS_OBJECT(jb))
	{
		JsonbValue	root;

		if (JB_ROOT_IS_SCALAR(jb))
			JsonbExtractScalar(&jb->root, &root);
		else
		{
			root.type = jbvBinary;
			root.val.binary.data = &jb->root;
			root.val.binary.len = VARSIZE(jb) - VARHDRSZ;
		}
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a gd_report in jsonb is an object, not %s", type_name(&root))));
	}
	unknown = unknown_key(jb);
	if (unknown != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown key \"%s\" in a gd_report", unknown),
				 errdetail("Expected organ, region_code, year, format, proactive, applications, appeals.")));

	/* the kinds of the scalar fields first, then their values, then the tables */
	organ = string_field(jb, GD_REPORT_ORGAN);
	region_code = string_field(jb, GD_REPORT_REGION_CODE);
	nulls[GD_REPORT_YEAR] = !number_field(jb, GD_REPORT_YEAR, &year);
	nulls[GD_REPORT_FORMAT] = !number_field(jb, GD_REPORT_FORMAT, &format);
	if (region_code != NULL &&
		!gd_region_code_valid(VARDATA_ANY(region_code), VARSIZE_ANY_EXHDR(region_code)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"region_code\" of a gd_report must be a GB/T 2260 code of six digits, not \"%s\"",
						text_to_cstring(region_code))));
	if (!nulls[GD_REPORT_YEAR] && (year < GD_YEAR_MIN || year > GD_YEAR_MAX))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"year\" of a gd_report must be between %d and %d, not %d", GD_YEAR_MIN, GD_YEAR_MAX, year)));
	if (!nulls[GD_REPORT_FORMAT] && !gd_format_valid(format))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"format\" of a gd_report must be %s, not %d", gd_format_list(), format)));
	for (int i = 0; i < 3; i++)
		tables[i] = object_field(jb, GD_REPORT_PROACTIVE + i);

	nulls[GD_REPORT_ORGAN] = organ == NULL;
	values[GD_REPORT_ORGAN] = PointerGetDatum(organ);
	nulls[GD_REPORT_REGION_CODE] = region_code == NULL;
	values[GD_REPORT_REGION_CODE] = PointerGetDatum(region_code);
	values[GD_REPORT_YEAR] = Int32GetDatum(nulls[GD_REPORT_YEAR] ? 0 : year);
	values[GD_REPORT_FORMAT] = Int32GetDatum(nulls[GD_REPORT_FORMAT] ? 0 : format);
	if (tables[0] != NULL)
		values[GD_REPORT_PROACTIVE] = DirectFunctionCall1(gd_proactive_from_jsonb, JsonbPGetDatum(tables[0]));
	if (tables[1] != NULL)
		values[GD_REPORT_APPLICATIONS] = DirectFunctionCall1(gd_applications_from_jsonb, JsonbPGetDatum(tables[1]));
	if (tables[2] != NULL)
		values[GD_REPORT_APPEALS] = DirectFunctionCall1(gd_appeals_from_jsonb, JsonbPGetDatum(tables[2]));
	for (int i = 0; i < 3; i++)
		nulls[GD_REPORT_PROACTIVE + i] = tables[i] == NULL;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	if (desc->natts != GD_REPORT_NFIELDS)
		elog(ERROR, "gd_report has %d fields, expected %d", desc->natts, GD_REPORT_NFIELDS);
	desc = BlessTupleDesc(desc);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
