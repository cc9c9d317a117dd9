/*
 * pg/regions.c — GB/T 2260 region codes: gd_region_level, gd_region_parent,
 * gd_region_at.  A code has six ASCII digits, the first not 0; a province
 * ends in 0000, a prefecture in 00, anything else is a county.
 *
 * In C rather than SQL so that the invalid code and the unknown level are
 * errors with their own SQLSTATE and message, and nothing is resolved by
 * name when they run.
 */
#include "pg/glue.h"

#include "utils/builtins.h"

typedef enum RegionLevel
{
	LEVEL_PROVINCE,
	LEVEL_PREFECTURE,
	LEVEL_COUNTY,
	NLEVELS
} RegionLevel;

static const char *const level_names[NLEVELS] = {"province", "prefecture", "county"};

/* Six ASCII digits, the first not 0 (the shape; whether the code exists is not checked). */
bool
gd_region_code_valid(const char *code, int len)
{
	if (len != 6 || code[0] < '1' || code[0] > '9')
		return false;
	for (int i = 1; i < 6; i++)
		if (code[i] < '0' || code[i] > '9')
			return false;
	return true;
}

void
gd_check_region_code(text *code)
{
	if (!gd_region_code_valid(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid region code \"%s\"", text_to_cstring(code)),
				 errdetail("A GB/T 2260 code has six digits, e.g. 230102.")));
}

/* The level of a code, which must be valid (22023 otherwise). */
static RegionLevel
code_level(text *code)
{
	const char *s = VARDATA_ANY(code);

	gd_check_region_code(code);
	if (memcmp(s + 2, "0000", 4) == 0)
		return LEVEL_PROVINCE;
	if (memcmp(s + 4, "00", 2) == 0)
		return LEVEL_PREFECTURE;
	return LEVEL_COUNTY;
}

/* The code of the region at a level that contains a (valid) code. */
static text *
code_at(text *code, RegionLevel level)
{
	char		out[6];
	int			keep = level == LEVEL_PROVINCE ? 2 : level == LEVEL_PREFECTURE ? 4 : 6;

	memcpy(out, VARDATA_ANY(code), keep);
	memset(out + keep, '0', 6 - keep);
	return cstring_to_text_with_len(out, 6);
}

/* gd_region_level(code): province, prefecture or county. */
PG_FUNCTION_INFO_V1(gd_region_level_sql);
Datum
gd_region_level_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(level_names[code_level(PG_GETARG_TEXT_PP(0))]));
}

/* gd_region_parent(code): the prefecture of a county, the province of a prefecture, NULL for a province. */
PG_FUNCTION_INFO_V1(gd_region_parent_sql);
Datum
gd_region_parent_sql(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	RegionLevel level = code_level(code);

	if (level == LEVEL_PROVINCE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(code_at(code, level - 1));
}

/* gd_region_at(code, level): the code's region at that level; NULL when the code is above it. */
PG_FUNCTION_INFO_V1(gd_region_at_sql);
Datum
gd_region_at_sql(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	RegionLevel own = code_level(code);
	char	   *want_name = gd_text_arg(fcinfo, 1);
	int			want = 0;

	while (want < NLEVELS && strcmp(want_name, level_names[want]) != 0)
		want++;
	if (want == NLEVELS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown region level \"%s\"", want_name),
				 errdetail("The levels are province, prefecture and county.")));
	if (want > (int) own)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(code_at(code, (RegionLevel) want));
}
