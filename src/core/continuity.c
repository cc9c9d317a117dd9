/* continuity.c — X1, X2, X3 between consecutive years (continuity.h). */
#include "core/continuity.h"

#include "core/text.h"

#include <stdio.h>
#include <string.h>

#include "core/matrix.h"

/* Append a warning of a rule naming a row and a column; numbers and message are the caller's. */
static GdViolation *
warn(GdViolation *out, int *n, const char *rule, const char *row_key,
	 const char *column_key)
{
	GdViolation *v = &out[(*n)++];

	v->rule = rule;
	v->severity = "warning";
	v->row_key = row_key;
	v->column_key = column_key;
	v->has_numbers = false;
	v->expected = v->reported = 0;
	v->message[0] = '\0';
	return v;
}

/* X1: each column's carried_over against last year's carried_forward; a blank on either side is not compared. */
static void
x1_carry_over(const GdReportData *prev, const GdReportData *cur,
			  GdViolation *out, int *n)
{
	int			co = gd_applications_row_with_role(GD_ROW_CARRIED_OVER);
	int			cf = gd_applications_row_with_role(GD_ROW_CARRIED_FORWARD);

	if (!prev->has_applications || !cur->has_applications)
		return;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		int32_t		before = gd_applications_get(prev->applications_format, prev->applications, cf, c);
		int32_t		now = gd_applications_get(cur->applications_format, cur->applications, co, c);
		GdViolation *v;

		if (before == GD_NOT_STATED || now == GD_NOT_STATED || before == now)
			continue;
		v = warn(out, n, "X1", gd_layout->rows[co].name.key, gd_layout->columns[c].name.key);
		v->has_numbers = true;
		v->expected = before;
		v->reported = now;
		gd_format(v->message, sizeof(v->message),
				 "规则X1：%d 年“%s”列的上年结转 %d 件，与 %d 年结转下年度继续办理 %d 件不符 / "
				 "rule X1: carried_over in column %s of %d is %d, but %d carried forward %d",
				 cur->year, gd_layout->columns[c].name.zh, now, prev->year, before,
				 gd_layout->columns[c].name.key, cur->year, now, prev->year, before);
	}
}

/* An item's cell of a role in a report, or GD_PROACTIVE_NOT_STATED if its format has none. */
static int64_t
item_value(const GdReportData *r, const char *item, GdProactiveRole role)
{
	for (int pos = 0; pos < gd_proactive_ncells(r->proactive_format); pos++)
	{
		const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(r->proactive_format, pos)];

		if (def->role == role && strcmp(def->item.key, item) == 0)
			return r->proactive[pos];
	}
	return GD_PROACTIVE_NOT_STATED;
}

/*
 * X2, for every item whose cells carry the roles in force, issued and
 * repealed (rules, normative documents) in both years' formats.
 */
static void
x2_in_force(const GdReportData *prev, const GdReportData *cur,
			GdViolation *out, int *n)
{
	if (!prev->has_proactive || !cur->has_proactive)
		return;
	for (int pos = 0; pos < gd_proactive_ncells(cur->proactive_format) && *n < GD_MAX_CONTINUITY; pos++)
	{
		const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(cur->proactive_format, pos)];
		const char *item = def->item.key;
		int64_t		in_force_before,
					in_force_now,
					issued,
					repealed,
					expected;
		GdViolation *v;

		if (def->role != GD_PROACTIVE_IN_FORCE)
			continue;
		in_force_before = item_value(prev, item, GD_PROACTIVE_IN_FORCE);
		in_force_now = cur->proactive[pos];
		issued = item_value(cur, item, GD_PROACTIVE_ISSUED);
		repealed = item_value(cur, item, GD_PROACTIVE_REPEALED);
		if (in_force_before == GD_PROACTIVE_NOT_STATED || in_force_now == GD_PROACTIVE_NOT_STATED)
			continue;
		expected = in_force_before + (issued == GD_PROACTIVE_NOT_STATED ? 0 : issued)
			- (repealed == GD_PROACTIVE_NOT_STATED ? 0 : repealed);
		if (expected == in_force_now)
			continue;
		v = warn(out, n, "X2", item, "in_force");
		v->has_numbers = true;
		v->expected = expected;
		v->reported = in_force_now;
		gd_format(v->message, sizeof(v->message),
				 "规则X2：%s现行有效件数 %lld，按上年 %lld 加本年制发减本年废止应为 %lld（修订、失效、清理也会造成差异，仅供核对） / "
				 "rule X2: %s in force %lld, but last year's %lld + issued − repealed gives %lld "
				 "(amendments, lapses and clean-ups also explain differences)",
				 def->item.zh, (long long) in_force_now, (long long) in_force_before,
				 (long long) expected, item, (long long) in_force_now,
				 (long long) in_force_before, (long long) expected);
	}
}

/* Every cell 0 or blank: repeating that is normal (a body with no cases). */
static bool
all_zero_or_blank32(const int32_t *cells, int n)
{
	for (int i = 0; i < n; i++)
		if (cells[i] > 0)
			return false;
	return true;
}

/* The same for table 二's 64-bit cells. */
static bool
all_zero_or_blank64(const int64_t *cells, int n)
{
	for (int i = 0; i < n; i++)
		if (cells[i] != 0 && cells[i] != GD_PROACTIVE_NOT_STATED)
			return false;
	return true;
}

/* One X3 warning for a whole table: no row, column or numbers. */
static void
x3_repeat(GdViolation *out, int *n, const char *zh, const char *en, int year)
{
	GdViolation *v = warn(out, n, "X3", NULL, NULL);

	gd_format(v->message, sizeof(v->message),
			 "规则X3：%d 年%s与上年逐格相同，疑为照抄上年数据 / "
			 "rule X3: table %s of %d repeats last year's numbers cell for cell",
			 year, zh, en, year);
}

/* X3 for each table both years hold, in the same format for tables 二 and 三. */
static void
x3_repeats(const GdReportData *prev, const GdReportData *cur, GdViolation *out, int *n)
{
	if (prev->has_proactive && cur->has_proactive &&
		prev->proactive_format == cur->proactive_format)
	{
		int			k = gd_proactive_ncells(cur->proactive_format);

		if (memcmp(prev->proactive, cur->proactive, sizeof(int64_t) * k) == 0 &&
			!all_zero_or_blank64(cur->proactive, k))
			x3_repeat(out, n, "表二（主动公开）", "二 (proactive)", cur->year);
	}
	if (prev->has_applications && cur->has_applications &&
		prev->applications_format == cur->applications_format)
	{
		int			k = gd_applications_ncells(cur->applications_format);

		if (memcmp(prev->applications, cur->applications, sizeof(int32_t) * k) == 0 &&
			!all_zero_or_blank32(cur->applications, k))
			x3_repeat(out, n, "表三（依申请公开）", "三 (applications)", cur->year);
	}
	if (prev->has_appeals && cur->has_appeals &&
		memcmp(prev->appeals, cur->appeals, sizeof(cur->appeals)) == 0 &&
		!all_zero_or_blank32(cur->appeals, GD_APPEALS_NCELLS))
		x3_repeat(out, n, "表四（复议诉讼）", "四 (appeals)", cur->year);
}

int
gd_check_continuity(const GdReportData *prev, const GdReportData *cur, GdViolation *out)
{
	int			n = 0;

	/* only consecutive years: a gap year yields nothing for the pair */
	if (prev->year == 0 || cur->year == 0 || (int64_t) cur->year != (int64_t) prev->year + 1)
		return 0;
	x1_carry_over(prev, cur, out, &n);
	x2_in_force(prev, cur, out, &n);
	x3_repeats(prev, cur, out, &n);
	return n;
}
