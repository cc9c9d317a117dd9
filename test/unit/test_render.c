/*
 * test_render.c — unit tests of gd_render (text, Markdown, HTML).
 *
 * The seed report (shared/seed/hongqi-2024.txt, 2021 format) is transcribed
 * below by hand; a 2019-format report exercises （六）其他处理 as one row and
 * the 2019 table 二.  Last output line: "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/layout.h"
#include "core/render.h"
#include "core/report.h"

static int	passed = 0;
static int	failed = 0;

#define CHECK(cond, what) \
	do { \
		if (cond) \
			passed++; \
		else \
		{ \
			failed++; \
			printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, (what)); \
		} \
	} while (0)

/* The output holds the needle. */
#define HAS(out, needle) \
	CHECK((out) != NULL && strstr((out), (needle)) != NULL, "has: " needle)
#define LACKS(out, needle) \
	CHECK((out) != NULL && strstr((out), (needle)) == NULL, "lacks: " needle)

static int
occurrences(const char *hay, const char *needle)
{
	int			n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	return n;
}

/* Set one table 三 row of a report by key, in the report's format. */
static void
set_row(GdReportData *r, const char *key, const int v[GD_APPLICATIONS_NCOLS])
{
	int			pos = gd_applications_row_pos(r->applications_format, gd_applications_row_id(key));

	if (pos < 0)
	{
		printf("FAIL: row %s absent from format %d\n", key, r->applications_format);
		failed++;
		return;
	}
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		r->applications[pos * GD_APPLICATIONS_NCOLS + c] = v[c];
}

static void
set_pro(GdReportData *r, const char *key, int64_t v)
{
	int			pos = gd_proactive_cell_pos(r->proactive_format,
									  gd_proactive_cell_id(r->proactive_format, key));

	if (pos < 0)
	{
		printf("FAIL: cell %s absent from format %d\n", key, r->proactive_format);
		failed++;
		return;
	}
	r->proactive[pos] = v;
}

/* The seed report, hongqi-2024.txt, transcribed. */
static void
seed_report(GdReportData *r)
{
	static const int new_received[] = {16, 0, 0, 0, 0, 4, 20};
	static const int granted[] = {6, 0, 0, 0, 0, 4, 10};
	static const int partially[] = {5, 0, 0, 0, 0, 0, 5};
	static const int not_held[] = {5, 0, 0, 0, 0, 0, 5};
	static const int total[] = {16, 0, 0, 0, 0, 4, 20};
	static const int32_t appeals[GD_APPEALS_NCELLS] = {4, 7, 0, 0, 11, 1, 0, 0, 1, 2, 1, 0, 0, 2, 3};

	memset(r, 0, sizeof(*r));
	snprintf(r->organ, sizeof(r->organ), "%s", "红旗区人民政府");
	r->year = 2024;
	r->format = 2021;

	r->has_proactive = true;
	r->proactive_format = 2021;
	for (int i = 0; i < GD_PROACTIVE_NCELLS_MAX; i++)
		r->proactive[i] = 0;
	set_pro(r, "rules_issued", 0);
	set_pro(r, "rules_repealed", 0);
	set_pro(r, "rules_in_force", 0);
	set_pro(r, "normative_docs_issued", 1);
	set_pro(r, "normative_docs_repealed", 22);
	set_pro(r, "normative_docs_in_force", 42);
	set_pro(r, "licensing_decisions", 6935);
	set_pro(r, "penalty_decisions", 437);
	set_pro(r, "coercion_decisions", 0);
	set_pro(r, "fees_collected", 0);

	r->has_applications = true;
	r->applications_format = 2021;
	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		r->applications[i] = 0;
	set_row(r, "new_received", new_received);
	set_row(r, "granted", granted);
	set_row(r, "partially_granted", partially);
	set_row(r, "unavailable_not_held", not_held);
	set_row(r, "total_processed", total);

	r->has_appeals = true;
	memcpy(r->appeals, appeals, sizeof(appeals));
}

/* A 2019-format report (values made up; wendeng-2019's table 二). */
static void
report_2019(GdReportData *r)
{
	static const int other[] = {1, 0, 0, 0, 0, 2, 3};
	static const int total[] = {4, 0, 0, 0, 0, 2, 6};
	static const int received[] = {4, 0, 0, 0, 0, 2, 6};
	static const int granted[] = {3, 0, 0, 0, 0, 0, 3};

	memset(r, 0, sizeof(*r));
	snprintf(r->organ, sizeof(r->organ), "%s", "威海市文登区住房和城乡建设局");
	r->year = 2019;
	r->format = 2019;

	r->has_proactive = true;
	r->proactive_format = 2019;
	for (int i = 0; i < GD_PROACTIVE_NCELLS_MAX; i++)
		r->proactive[i] = 0;
	set_pro(r, "normative_docs_published", 8);
	set_pro(r, "normative_docs_total_published", 8);
	set_pro(r, "licensing_items_prev", 716);
	set_pro(r, "licensing_items_change", -417);
	set_pro(r, "licensing_decisions", 298);
	set_pro(r, "penalty_items_prev", 3);
	set_pro(r, "penalty_items_change", 6);
	set_pro(r, "penalty_decisions", 9);
	set_pro(r, "procurement_projects", 2);
	set_pro(r, "procurement_amount", INT64_C(24252311082));
	set_pro(r, "fee_items_prev", GD_PROACTIVE_NOT_STATED);

	r->has_applications = true;
	r->applications_format = 2019;
	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		r->applications[i] = 0;
	set_row(r, "new_received", received);
	set_row(r, "granted", granted);
	set_row(r, "other_handling", other);
	set_row(r, "total_processed", total);

	r->has_appeals = true;
	for (int i = 0; i < GD_APPEALS_NCELLS; i++)
		r->appeals[i] = GD_NOT_STATED;
}

static char *
render(const GdReportData *r, GdRenderFormat how)
{
	char	   *out = gd_render(r, how);

	CHECK(out != NULL, "gd_render returned a string");
	return out;
}

/* Every row label of the format appears in the output. */
static void
check_all_row_labels(const char *out, int format)
{
	int			missing = 0;

	for (int pos = 0; pos < gd_applications_nrows(format); pos++)
		if (strstr(out, gd_layout->rows[gd_applications_row_at(format, pos)].name.zh) == NULL)
			missing++;
	CHECK(missing == 0, "every table 三 row label of the format is printed");
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (strstr(out, gd_layout->columns[c].name.zh) == NULL)
			missing++;
	CHECK(missing == 0, "every table 三 column label is printed");
	for (int pos = 0; pos < gd_proactive_ncells(format); pos++)
	{
		const GdProactiveDef *d = &gd_layout->proactive[gd_proactive_cell_at(format, pos)];

		if (strstr(out, d->name.zh) == NULL || strstr(out, d->item.zh) == NULL ||
			(d->article && strstr(out, d->article) == NULL))
			missing++;
	}
	CHECK(missing == 0, "every table 二 cell, item and article of the format is printed");
}

static void
test_layout_assumptions(void)
{
	/* render.c indexes gd_applications_column_groups by position */
	CHECK(strcmp(gd_layout->column_groups[0].key, "applicants") == 0, "column group 0 = applicants");
	CHECK(strcmp(gd_layout->column_groups[1].key, "organisations") == 0, "column group 1 = organisations");
	CHECK(strcmp(gd_layout->column_groups[2].key, "outcomes") == 0, "column group 2 = outcomes");
}

static void
test_seed_text(void)
{
	GdReportData r;
	char	   *out;

	seed_report(&r);
	out = render(&r, GD_RENDER_TEXT);
	if (!out)
		return;
	CHECK(strncmp(out, "# 红旗区人民政府 2024 年政府信息公开工作年度报告\n", strlen("# 红旗区人民政府 2024 年政府信息公开工作年度报告\n")) == 0,
		  "text starts with the title line");
	HAS(out, "\n## 二、主动公开政府信息情况\n");
	HAS(out, "\n## 三、收到和处理政府信息公开申请情况\n");
	HAS(out, "\n## 四、政府信息公开行政复议、行政诉讼情况\n");
	/* table 二, like the seed */
	HAS(out, "\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t1\t22\t42\n第二十条第（五）项\n");
	HAS(out, "\n信息内容\t本年处理决定数量\n行政许可\t6935\n");
	HAS(out, "\n行政处罚\t437\n行政强制\t0\n");
	HAS(out, "\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t0\n");
	/* table 三 */
	HAS(out, "\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n");
	HAS(out, "\n一、本年新收政府信息公开申请数量\t16\t0\t0\t0\t0\t4\t20\n");
	HAS(out, "\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n");
	HAS(out, "\n（一）予以公开\t6\t0\t0\t0\t0\t4\t10\n");
	HAS(out, "\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t5\t0\t0\t0\t0\t0\t5\n");
	HAS(out, "\n（三）不予公开 1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n");
	HAS(out, "\n（三）不予公开 8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n");
	HAS(out, "\n（四）无法提供 1.本机关不掌握相关政府信息\t5\t0\t0\t0\t0\t0\t5\n");
	HAS(out, "\n（五）不予处理 5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n");
	HAS(out, "\n（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n");
	HAS(out, "\n（六）其他处理 3.其他\t0\t0\t0\t0\t0\t0\t0\n");
	HAS(out, "\n（七）总计\t16\t0\t0\t0\t0\t4\t20\n");
	HAS(out, "\n四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n");
	/* one line per row: 25 rows + header, each with 7 tabs */
	{
		const char *start = strstr(out, "\n## 三、");
		const char *end = start ? strstr(start, "\n## 四、") : NULL;
		int			lines = 0;
		int			bad = 0;

		CHECK(start && end, "table 三 section found");
		if (start && end)
		{
			const char *p = strchr(start + 1, '\n') + 1;

			while (p < end)
			{
				const char *nl = strchr(p, '\n');
				int			tabs = 0;

				for (const char *q = p; q < nl; q++)
					tabs += (*q == '\t');
				if (nl > p)
				{
					lines++;
					if (tabs != GD_APPLICATIONS_NCOLS)
						bad++;
				}
				p = nl + 1;
			}
		}
		CHECK(lines == 1 + 25, "table 三: header and 25 row lines");
		CHECK(bad == 0, "table 三: every line has 8 cells");
	}
	LACKS(out, "三、本年度办理结果");	/* a group without numbers: no line */
	/* table 四 */
	HAS(out, "\n行政复议 结果维持\t行政复议 结果纠正\t行政复议 其他结果\t行政复议 尚未审结\t行政复议 总计\t行政诉讼·未经复议直接起诉 结果维持\t");
	HAS(out, "\t行政诉讼·复议后起诉 总计\n4\t7\t0\t0\t11\t1\t0\t0\t1\t2\t1\t0\t0\t2\t3\n");
	LACKS(out, "<");
	LACKS(out, "|");
	check_all_row_labels(out, 2021);
	free(out);
}

static void
test_seed_markdown(void)
{
	GdReportData r;
	char	   *out;

	seed_report(&r);
	out = render(&r, GD_RENDER_MARKDOWN);
	if (!out)
		return;
	CHECK(strncmp(out, "# 红旗区人民政府 2024 年政府信息公开工作年度报告\n", strlen("# 红旗区人民政府 2024 年政府信息公开工作年度报告\n")) == 0,
		  "markdown starts with the title line");
	HAS(out, "\n## 三、收到和处理政府信息公开申请情况\n\n| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n| 一、本年新收政府信息公开申请数量 | 16 | 0 | 0 | 0 | 0 | 4 | 20 |\n");
	HAS(out, "\n| （一）予以公开 | 6 | 0 | 0 | 0 | 0 | 4 | 10 |\n");
	HAS(out, "\n| （三）不予公开 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");
	HAS(out, "\n| （七）总计 | 16 | 0 | 0 | 0 | 0 | 4 | 20 |\n");
	HAS(out, "\n第二十条第（一）项\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 1 | 22 | 42 |\n\n第二十条第（五）项\n\n");
	HAS(out, "\n| 行政许可 | 6935 |\n");
	HAS(out, "\n| 行政事业性收费 | 0 |\n");
	HAS(out, "| 行政复议 结果维持 | 行政复议 结果纠正 |");
	HAS(out, "\n| 4 | 7 | 0 | 0 | 11 | 1 | 0 | 0 | 1 | 2 | 1 | 0 | 0 | 2 | 3 |\n");
	CHECK(occurrences(out, "\n|---|") == 4 + 1 + 1, "one header rule per pipe table (4 in 二)");
	check_all_row_labels(out, 2021);
	free(out);
}

static void
test_seed_html(void)
{
	GdReportData r;
	char	   *out;

	seed_report(&r);
	out = render(&r, GD_RENDER_HTML);
	if (!out)
		return;
	HAS(out, "<h1>红旗区人民政府 2024 年政府信息公开工作年度报告</h1>\n");
	HAS(out, "<h2>三、收到和处理政府信息公开申请情况</h2>\n<table>\n");
	CHECK(occurrences(out, "<table>") == 3 && occurrences(out, "</table>") == 3,
		  "one table per section");
	HAS(out, "<tr><th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th></tr>\n");
	HAS(out, "<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n");
	HAS(out, "<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>\n");
	HAS(out, "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>16</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td><td>20</td></tr>\n");
	HAS(out, "<tr><td rowspan=\"22\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td><td>6</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td><td>10</td></tr>\n");
	HAS(out, "<tr><td rowspan=\"8\">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td>");
	HAS(out, "<tr><td>2.其他法律行政法规禁止公开</td><td>0</td>");
	HAS(out, "<tr><td rowspan=\"3\">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td><td>5</td>");
	HAS(out, "<tr><td rowspan=\"5\">（五）不予处理</td>");
	HAS(out, "<tr><td rowspan=\"3\">（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>");
	HAS(out, "<tr><td colspan=\"2\">（七）总计</td><td>16</td>");
	HAS(out, "<tr><td colspan=\"3\">四、结转下年度继续办理</td>");
	CHECK(occurrences(out, "<tr>") == occurrences(out, "</tr>\n"), "one <tr> per line");
	/* table 四, as the official form merges it */
	HAS(out, "<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n");
	HAS(out, "<tr><th rowspan=\"2\">结果维持</th><th rowspan=\"2\">结果纠正</th><th rowspan=\"2\">其他结果</th><th rowspan=\"2\">尚未审结</th><th rowspan=\"2\">总计</th><th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>\n");
	HAS(out, "<tr><td>4</td><td>7</td><td>0</td><td>0</td><td>11</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>1</td><td>0</td><td>0</td><td>2</td><td>3</td></tr>\n");
	/* table 二 */
	HAS(out, "<tr><th colspan=\"4\">第二十条第（一）项</th></tr>\n<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>\n<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>\n");
	HAS(out, "<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n<tr><td>行政许可</td><td colspan=\"3\">6935</td></tr>\n");
	HAS(out, "<tr><td>行政事业性收费</td><td colspan=\"3\">0</td></tr>\n");
	LACKS(out, "\t");
	check_all_row_labels(out, 2021);
	free(out);
}

/*
 * Every cell different, so a cell printed in another's place shows: table
 * 三's cell at position p, column c holds 10·p + c, table 四's cell k
 * holds k + 1.
 */
static void
test_distinct_cells(void)
{
	GdReportData r;
	char	   *out;

	seed_report(&r);
	for (int p = 0; p < 25; p++)
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			r.applications[p * GD_APPLICATIONS_NCOLS + c] = 10 * p + c;
	for (int k = 0; k < GD_APPEALS_NCELLS; k++)
		r.appeals[k] = k + 1;
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		HAS(out, "\n一、本年新收政府信息公开申请数量\t0\t1\t2\t3\t4\t5\t6\n");
		HAS(out, "\n（三）不予公开 3.危及“三安全一稳定”\t60\t61\t62\t63\t64\t65\t66\n");
		HAS(out, "\n（六）其他处理 3.其他\t220\t221\t222\t223\t224\t225\t226\n");
		HAS(out, "\n四、结转下年度继续办理\t240\t241\t242\t243\t244\t245\t246\n");
		HAS(out, "\n1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\n");
		free(out);
	}
	out = render(&r, GD_RENDER_MARKDOWN);
	if (out)
	{
		HAS(out, "\n| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 30 | 31 | 32 | 33 | 34 | 35 | 36 |\n");
		HAS(out, "\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 |\n");
		free(out);
	}
	out = render(&r, GD_RENDER_HTML);
	if (out)
	{
		HAS(out, "<td>1.本机关不掌握相关政府信息</td><td>120</td><td>121</td><td>122</td><td>123</td><td>124</td><td>125</td><td>126</td></tr>");
		HAS(out, "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td><td>9</td><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td><td>15</td></tr>");
		free(out);
	}
}

static void
test_blank_cells(void)
{
	GdReportData r;
	char	   *out;
	int			pos;

	seed_report(&r);
	pos = gd_applications_row_pos(2021, gd_applications_row_id("granted"));
	r.applications[pos * GD_APPLICATIONS_NCOLS + 0] = GD_NOT_STATED;
	for (int c = 1; c < GD_APPLICATIONS_NCOLS - 1; c++)
		r.applications[pos * GD_APPLICATIONS_NCOLS + c] = GD_NOT_STATED;
	r.appeals[0] = GD_NOT_STATED;
	r.appeals[GD_APPEALS_NCELLS - 1] = GD_NOT_STATED;
	set_pro(&r, "licensing_decisions", GD_PROACTIVE_NOT_STATED);
	set_pro(&r, "rules_issued", GD_PROACTIVE_NOT_STATED);

	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		HAS(out, "\n（一）予以公开\t\t\t\t\t\t\t10\n");
		HAS(out, "\n\t7\t0\t0\t11\t1\t0\t0\t1\t2\t1\t0\t0\t2\t\n");
		HAS(out, "\n行政许可\t\n");
		HAS(out, "\n规章\t\t0\t0\n");
		free(out);
	}
	out = render(&r, GD_RENDER_MARKDOWN);
	if (out)
	{
		HAS(out, "\n| （一）予以公开 |  |  |  |  |  |  | 10 |\n");
		HAS(out, "\n|  | 7 | 0 | 0 | 11 |");
		HAS(out, "| 2 |  |\n");
		HAS(out, "\n| 行政许可 |  |\n");
		free(out);
	}
	out = render(&r, GD_RENDER_HTML);
	if (out)
	{
		HAS(out, "<td colspan=\"2\">（一）予以公开</td><td></td><td></td><td></td><td></td><td></td><td></td><td>10</td></tr>");
		HAS(out, "<tr><td></td><td>7</td>");
		HAS(out, "<td>2</td><td></td></tr>");
		HAS(out, "<tr><td>行政许可</td><td colspan=\"3\"></td></tr>");
		free(out);
	}
}

static void
test_2019(void)
{
	GdReportData r;
	char	   *out;

	report_2019(&r);
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		HAS(out, "# 威海市文登区住房和城乡建设局 2019 年政府信息公开工作年度报告\n");
		HAS(out, "\n（六）其他处理\t1\t0\t0\t0\t0\t2\t3\n（七）总计\t4\t0\t0\t0\t0\t2\t6\n");
		LACKS(out, "逾期不补正");
		LACKS(out, "3.其他");
		LACKS(out, "（六）其他处理 ");
		/* 2019 table 二 */
		HAS(out, "\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t0\t8\t8\n");
		HAS(out, "\n第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t716\t-417\t298\n其他对外管理服务事项\t0\t0\t0\n第二十条第（六）项\n");
		HAS(out, "\n行政处罚\t3\t6\t9\n行政强制\t0\t0\t0\n");
		HAS(out, "\n第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\n行政事业性收费\t\t0\n");
		HAS(out, "\n第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t2\t24252.311082\n");
		LACKS(out, "行政规范性文件");
		LACKS(out, "本年制发件数");
		/* blank appeals: 14 tabs and nothing else */
		HAS(out, "\t行政诉讼·复议后起诉 总计\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n");
		check_all_row_labels(out, 2019);
		{
			const char *start = strstr(out, "\n## 三、");
			const char *end = start ? strstr(start, "\n## 四、") : NULL;
			int			lines = 0;

			for (const char *p = start; p && p < end; p++)
				lines += (*p == '\n');
			/* "\n## …\n", blank, header, 23 rows, blank before "## 四" */
			CHECK(lines == 1 + 1 + 1 + 23 + 1, "2019 table 三 has 23 row lines");
		}
		free(out);
	}
	out = render(&r, GD_RENDER_MARKDOWN);
	if (out)
	{
		HAS(out, "\n| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 2 | 3 |\n");
		HAS(out, "\n第二十条第（九）项\n\n| 信息内容 | 采购项目数量 | 采购总金额 |\n|---|---|---|\n| 政府集中采购 | 2 | 24252.311082 |\n");
		HAS(out, "\n| 行政许可 | 716 | -417 | 298 |\n");
		free(out);
	}
	out = render(&r, GD_RENDER_HTML);
	if (out)
	{
		HAS(out, "<td rowspan=\"20\">三、本年度办理结果</td>");
		HAS(out, "<tr><td colspan=\"2\">（六）其他处理</td><td>1</td>");
		HAS(out, "<tr><td rowspan=\"5\">（五）不予处理</td>");
		HAS(out, "<tr><td>政府集中采购</td><td>2</td><td colspan=\"2\">24252.311082</td></tr>");
		HAS(out, "<tr><td>行政许可</td><td>716</td><td>-417</td><td>298</td></tr>");
		free(out);
	}
}

/* The applications table in 2019 format inside a report labelled 2021. */
static void
test_table_formats_independent(void)
{
	GdReportData r;
	GdReportData r19;
	char	   *out;

	seed_report(&r);
	report_2019(&r19);
	r.applications_format = 2019;
	memcpy(r.applications, r19.applications, sizeof(r.applications));
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		HAS(out, "\n（六）其他处理\t1\t0\t0\t0\t0\t2\t3\n");
		HAS(out, "\n行政规范性文件\t1\t22\t42\n");	/* table 二 stays 2021 */
		free(out);
	}
}

static void
test_money(void)
{
	static const struct
	{
		int64_t		v;
		const char *text;
	}			cases[] = {
		{INT64_C(24252311082), "24252.311082"},
		{INT64_C(25100000), "25.1"},
		{0, "0"},
		{1, "0.000001"},
		{INT64_C(4166241619), "4166.241619"},
		{INT64_C(1000000), "1"},
		{INT64_C(100000000000), "100000"},
		{INT64_C(500000), "0.5"},
		{INT64_C(-2500000), "-2.5"},
		{INT64_MAX, "9223372036854.775807"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		GdReportData r;
		char		want[128];
		char	   *out;

		seed_report(&r);
		set_pro(&r, "fees_collected", cases[i].v);
		out = render(&r, GD_RENDER_TEXT);
		if (!out)
			continue;
		snprintf(want, sizeof(want), "\n行政事业性收费\t%s\n", cases[i].text);
		CHECK(strstr(out, want) != NULL, cases[i].text);
		free(out);
	}
}

static void
test_escaping(void)
{
	GdReportData r;
	char	   *out;

	seed_report(&r);
	snprintf(r.organ, sizeof(r.organ), "%s", "A<b>&\"局'");
	out = render(&r, GD_RENDER_HTML);
	if (out)
	{
		HAS(out, "<h1>A&lt;b&gt;&amp;&quot;局&#39; 2024 年政府信息公开工作年度报告</h1>");
		LACKS(out, "<b>");
		LACKS(out, "&\"");
		free(out);
	}
	snprintf(r.organ, sizeof(r.organ), "%s", "甲\t乙\n丙|丁");
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		HAS(out, "# 甲 乙 丙|丁 2024 年");
		free(out);
	}
	out = render(&r, GD_RENDER_MARKDOWN);
	if (out)
	{
		HAS(out, "# 甲 乙 丙\\|丁 2024 年");
		free(out);
	}
	/* an organ filling the whole buffer, unterminated */
	memset(r.organ, 'x', sizeof(r.organ));
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		CHECK(strstr(out, "x 2024 年") != NULL, "unterminated organ is bounded");
		free(out);
	}
}

static void
test_partial_reports(void)
{
	GdReportData r;
	char	   *out;

	seed_report(&r);
	r.organ[0] = '\0';
	r.year = 0;
	r.has_proactive = false;
	r.has_appeals = false;
	for (int how = GD_RENDER_TEXT; how <= GD_RENDER_HTML; how++)
	{
		out = render(&r, (GdRenderFormat) how);
		if (!out)
			continue;
		LACKS(out, "年度报告");
		LACKS(out, "二、主动公开政府信息情况");
		LACKS(out, "四、政府信息公开行政复议、行政诉讼情况");
		HAS(out, "三、收到和处理政府信息公开申请情况");
		HAS(out, "（一）予以公开");
		free(out);
	}
	/* year only, organ only */
	r.year = 2024;
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		CHECK(strncmp(out, "# 2024 年政府信息公开工作年度报告\n", strlen("# 2024 年政府信息公开工作年度报告\n")) == 0, "title with year only");
		free(out);
	}
	r.year = 0;
	snprintf(r.organ, sizeof(r.organ), "%s", "红旗区人民政府");
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		CHECK(strncmp(out, "# 红旗区人民政府 政府信息公开工作年度报告\n", strlen("# 红旗区人民政府 政府信息公开工作年度报告\n")) == 0, "title with organ only");
		free(out);
	}
	/* nothing at all */
	memset(&r, 0, sizeof(r));
	out = render(&r, GD_RENDER_HTML);
	if (out)
	{
		CHECK(out[0] == '\0', "empty report renders as empty string");
		free(out);
	}
	out = render(NULL, GD_RENDER_TEXT);
	if (out)
	{
		CHECK(out[0] == '\0', "NULL report renders as empty string");
		free(out);
	}
	/* no table format given: the report's, else 2021 */
	seed_report(&r);
	r.applications_format = 0;
	r.proactive_format = 0;
	r.format = 0;
	out = render(&r, GD_RENDER_TEXT);
	if (out)
	{
		HAS(out, "\n（六）其他处理 3.其他\t");
		HAS(out, "\n行政规范性文件\t1\t22\t42\n");
		free(out);
	}
}

static void
test_format_names(void)
{
	GdRenderFormat f = GD_RENDER_HTML;

	CHECK(gd_render_format_from_name("text", &f) && f == GD_RENDER_TEXT, "text");
	CHECK(gd_render_format_from_name("markdown", &f) && f == GD_RENDER_MARKDOWN, "markdown");
	CHECK(gd_render_format_from_name("html", &f) && f == GD_RENDER_HTML, "html");
	CHECK(gd_render_format_from_name("HTML", &f) && f == GD_RENDER_HTML, "HTML");
	CHECK(gd_render_format_from_name("Text", &f) && f == GD_RENDER_TEXT, "Text");
	CHECK(!gd_render_format_from_name("md", &f), "md refused");
	CHECK(!gd_render_format_from_name("", &f), "empty refused");
	CHECK(!gd_render_format_from_name("texts", &f), "texts refused");
	CHECK(!gd_render_format_from_name("tex", &f), "tex refused");
	CHECK(!gd_render_format_from_name(NULL, &f), "NULL refused");
	CHECK(strcmp(gd_render_format_name(GD_RENDER_MARKDOWN), "markdown") == 0, "name of markdown");
}

/* Large values and the output is deterministic. */
static void
test_large_and_stable(void)
{
	GdReportData r;
	char	   *a;
	char	   *b;

	seed_report(&r);
	r.applications[0] = GD_COUNT_MAX;
	a = render(&r, GD_RENDER_MARKDOWN);
	b = render(&r, GD_RENDER_MARKDOWN);
	if (a && b)
	{
		CHECK(strcmp(a, b) == 0, "rendering is deterministic");
		HAS(a, "| 一、本年新收政府信息公开申请数量 | 2147483647 |");
	}
	free(a);
	free(b);
}

int
main(void)
{
	test_layout_assumptions();
	test_seed_text();
	test_seed_markdown();
	test_seed_html();
	test_blank_cells();
	test_distinct_cells();
	test_2019();
	test_table_formats_independent();
	test_money();
	test_escaping();
	test_partial_reports();
	test_format_names();
	test_large_and_stable();

	if (getenv("GD_RENDER_SHOW"))
	{
		GdReportData r;
		GdRenderFormat how = GD_RENDER_TEXT;
		char	   *out;

		if (strcmp(getenv("GD_RENDER_SHOW"), "2019") == 0)
			report_2019(&r);
		else
			seed_report(&r);
		gd_render_format_from_name(getenv("GD_RENDER_HOW") ? getenv("GD_RENDER_HOW") : "text", &how);
		out = gd_render(&r, how);
		if (out)
			fputs(out, stdout);
		free(out);
	}

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
