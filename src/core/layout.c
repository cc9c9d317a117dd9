/*
 * layout.c — the one declaration of the report's tables 三 and 四.
 *
 * Source: 国办公开办函〔2021〕30号 (2021 format) and 国办公开办函〔2019〕60号
 * (2019 trial format), keys as in FORMAT.md.  Row order here is the official
 * order; a row absent from a format is skipped when that format is laid out.
 */
#include "core/layout.h"

#include <string.h>

/* Row ids: private names for the initialisers below, nothing more. */
enum
{
	R_NEW_RECEIVED,
	R_CARRIED_OVER,
	R_GRANTED,
	R_PARTIALLY_GRANTED,
	R_WH_SECRET,
	R_WH_LAW,
	R_WH_SECURITY,
	R_WH_THIRD_PARTY,
	R_WH_INTERNAL,
	R_WH_PROCESS,
	R_WH_ENFORCEMENT,
	R_WH_INQUIRY,
	R_UN_NOT_HELD,
	R_UN_CREATION,
	R_UN_UNCLEAR,
	R_NP_COMPLAINT,
	R_NP_DUPLICATE,
	R_NP_PUBLICATION,
	R_NP_EXCESSIVE,
	R_NP_CONFIRMATION,
	R_OTHER_HANDLING,
	R_OTHER_NO_SUPPLEMENT,
	R_OTHER_UNPAID_FEE,
	R_OTHER_MISC,
	R_TOTAL_PROCESSED,
	R_CARRIED_FORWARD
};

enum
{
	G_WITHHELD,
	G_UNAVAILABLE,
	G_NOT_PROCESSED,
	G_OTHER_HANDLING,
	G_COUNT
};

enum
{
	C_NATURAL_PERSON,
	C_COMMERCIAL,
	C_RESEARCH,
	C_PUBLIC_INTEREST,
	C_LEGAL_SERVICE,
	C_OTHER_ORG,
	C_TOTAL
};

enum
{
	A_UPHELD,
	A_CORRECTED,
	A_OTHER,
	A_PENDING,
	A_TOTAL
};

const GdGroupDef gd_applications_groups[G_COUNT] = {
	[G_WITHHELD] = {{"withheld", "（三）不予公开", "(3) withheld"}},
	[G_UNAVAILABLE] = {{"unavailable", "（四）无法提供", "(4) cannot be provided"}},
	[G_NOT_PROCESSED] = {{"not_processed", "（五）不予处理", "(5) not processed"}},
	[G_OTHER_HANDLING] = {{"other_handling", "（六）其他处理", "(6) other handling"}},
};
const int	gd_applications_ngroups = G_COUNT;

const GdRowDef gd_applications_rows[GD_APPLICATIONS_NROWS_ALL] = {
	[R_NEW_RECEIVED] = {{"new_received", "一、本年新收政府信息公开申请数量",
	"I. New applications received this year"}, -1, GD_IN_BOTH},
	[R_CARRIED_OVER] = {{"carried_over", "二、上年结转政府信息公开申请数量",
	"II. Applications carried over from last year"}, -1, GD_IN_BOTH},
	[R_GRANTED] = {{"granted", "（一）予以公开", "(1) granted"}, -1, GD_IN_BOTH},
	[R_PARTIALLY_GRANTED] = {{"partially_granted",
			"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"(2) partially granted (separable handling counted here only)"}, -1, GD_IN_BOTH},
	[R_WH_SECRET] = {{"withheld_state_secret", "1.属于国家秘密",
	"1. state secret"}, G_WITHHELD, GD_IN_BOTH},
	[R_WH_LAW] = {{"withheld_prohibited_by_law", "2.其他法律行政法规禁止公开",
	"2. disclosure prohibited by other laws or regulations"}, G_WITHHELD, GD_IN_BOTH},
	[R_WH_SECURITY] = {{"withheld_security_stability", "3.危及“三安全一稳定”",
	"3. endangers the \"three securities and one stability\""}, G_WITHHELD, GD_IN_BOTH},
	[R_WH_THIRD_PARTY] = {{"withheld_third_party", "4.保护第三方合法权益",
	"4. protects a third party's lawful rights"}, G_WITHHELD, GD_IN_BOTH},
	[R_WH_INTERNAL] = {{"withheld_internal_affairs", "5.属于三类内部事务信息",
	"5. internal affairs information"}, G_WITHHELD, GD_IN_BOTH},
	[R_WH_PROCESS] = {{"withheld_process_info", "6.属于四类过程性信息",
	"6. process information"}, G_WITHHELD, GD_IN_BOTH},
	[R_WH_ENFORCEMENT] = {{"withheld_enforcement_file", "7.属于行政执法案卷",
	"7. administrative enforcement case file"}, G_WITHHELD, GD_IN_BOTH},
	[R_WH_INQUIRY] = {{"withheld_inquiry_matter", "8.属于行政查询事项",
	"8. administrative inquiry matter"}, G_WITHHELD, GD_IN_BOTH},
	[R_UN_NOT_HELD] = {{"unavailable_not_held", "1.本机关不掌握相关政府信息",
	"1. information not held by this organ"}, G_UNAVAILABLE, GD_IN_BOTH},
	[R_UN_CREATION] = {{"unavailable_needs_creation", "2.没有现成信息需要另行制作",
	"2. would have to be newly created"}, G_UNAVAILABLE, GD_IN_BOTH},
	[R_UN_UNCLEAR] = {{"unavailable_unclear", "3.补正后申请内容仍不明确",
	"3. still unclear after correction"}, G_UNAVAILABLE, GD_IN_BOTH},
	[R_NP_COMPLAINT] = {{"not_processed_complaint", "1.信访举报投诉类申请",
	"1. petition, report or complaint"}, G_NOT_PROCESSED, GD_IN_BOTH},
	[R_NP_DUPLICATE] = {{"not_processed_duplicate", "2.重复申请",
	"2. duplicate application"}, G_NOT_PROCESSED, GD_IN_BOTH},
	[R_NP_PUBLICATION] = {{"not_processed_publication", "3.要求提供公开出版物",
	"3. request for a public publication"}, G_NOT_PROCESSED, GD_IN_BOTH},
	[R_NP_EXCESSIVE] = {{"not_processed_excessive", "4.无正当理由大量反复申请",
	"4. large, repeated applications without good reason"}, G_NOT_PROCESSED, GD_IN_BOTH},
	[R_NP_CONFIRMATION] = {{"not_processed_confirmation",
			"5.要求行政机关确认或重新出具已获取信息",
	"5. confirmation or re-issue of information already obtained"}, G_NOT_PROCESSED, GD_IN_BOTH},
	[R_OTHER_HANDLING] = {{"other_handling", "（六）其他处理",
	"(6) other handling"}, G_OTHER_HANDLING, GD_IN_2019},
	[R_OTHER_NO_SUPPLEMENT] = {{"other_no_supplement",
			"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"1. applicant did not supply corrections in time; no longer processed"}, G_OTHER_HANDLING, GD_IN_2021},
	[R_OTHER_UNPAID_FEE] = {{"other_unpaid_fee",
			"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"2. applicant did not pay the notified fee in time; no longer processed"}, G_OTHER_HANDLING, GD_IN_2021},
	[R_OTHER_MISC] = {{"other_misc", "3.其他", "3. other"}, G_OTHER_HANDLING, GD_IN_2021},
	[R_TOTAL_PROCESSED] = {{"total_processed", "（七）总计", "(7) total processed"}, -1, GD_IN_BOTH},
	[R_CARRIED_FORWARD] = {{"carried_forward", "四、结转下年度继续办理",
	"IV. Carried forward to next year"}, -1, GD_IN_BOTH},
};

const GdColumnDef gd_applications_columns[GD_APPLICATIONS_NCOLS] = {
	[C_NATURAL_PERSON] = {{"natural_person", "自然人", "natural persons"}, false},
	[C_COMMERCIAL] = {{"commercial", "商业企业", "commercial enterprises"}, true},
	[C_RESEARCH] = {{"research", "科研机构", "research institutions"}, true},
	[C_PUBLIC_INTEREST] = {{"public_interest", "社会公益组织", "public-interest organisations"}, true},
	[C_LEGAL_SERVICE] = {{"legal_service", "法律服务机构", "legal service providers"}, true},
	[C_OTHER_ORG] = {{"other_org", "其他", "other organisations"}, true},
	[C_TOTAL] = {{"total", "总计", "total"}, false},
};

/* Header groups, for rendering the official table. */
const GdLabel gd_applications_column_groups[] = {
	{"applicants", "申请人情况", "applicants"},
	{"organisations", "法人或其他组织", "legal persons or other organisations"},
	{"outcomes", "三、本年度办理结果", "III. Outcomes this year"},
};

const GdLabel gd_appeals_blocks[GD_APPEALS_NBLOCKS] = {
	{"review", "行政复议", "administrative reconsideration"},
	{"suit_direct", "行政诉讼·未经复议直接起诉", "litigation without prior reconsideration"},
	{"suit_after_review", "行政诉讼·复议后起诉", "litigation after reconsideration"},
};

const GdLabel gd_appeals_columns[GD_APPEALS_NCOLS] = {
	[A_UPHELD] = {"upheld", "结果维持", "upheld"},
	[A_CORRECTED] = {"corrected", "结果纠正", "corrected"},
	[A_OTHER] = {"other", "其他结果", "other outcome"},
	[A_PENDING] = {"pending", "尚未审结", "pending"},
	[A_TOTAL] = {"total", "总计", "total"},
};

const GdSection gd_sections[GD_NSECTIONS] = {
	[GD_SECTION_PROACTIVE] = {"二", {"proactive", "二、主动公开政府信息情况",
	"II. Proactive disclosure"}},
	[GD_SECTION_APPLICATIONS] = {"三", {"applications", "三、收到和处理政府信息公开申请情况",
	"III. Applications received and handled"}},
	[GD_SECTION_APPEALS] = {"四", {"appeals", "四、政府信息公开行政复议、行政诉讼情况",
	"IV. Administrative reconsideration and litigation"}},
	[GD_SECTION_OVERVIEW] = {"一", {"overview", "一、总体情况", "I. Overview"}},
	[GD_SECTION_PROBLEMS] = {"五", {"problems", "五、存在的主要问题及改进情况",
	"V. Main problems and improvements"}},
	[GD_SECTION_OTHER] = {"六", {"other_matters", "六、其他需要报告的事项",
	"VI. Other matters to report"}},
};
const char	gd_title_suffix[] = "政府信息公开工作年度报告";
const char	gd_title_year_unit[] = "年";
const char	gd_proactive_item_header[] = "信息内容";

/* Table 二.  Items and their articles of 条例 第二十条. */
#define RULES {"rules", "规章", "rules"}
#define NORMATIVE_2021 {"normative_docs", "行政规范性文件", "administrative normative documents"}
#define NORMATIVE_2019 {"normative_docs", "规范性文件", "normative documents"}
#define LICENSING {"licensing", "行政许可", "administrative licensing"}
#define OTHER_SERVICES {"other_services", "其他对外管理服务事项", "other external management services"}
#define PENALTY {"penalty", "行政处罚", "administrative penalties"}
#define COERCION {"coercion", "行政强制", "administrative coercion"}
#define FEES {"fees", "行政事业性收费", "administrative fees"}
#define PROCUREMENT {"procurement", "政府集中采购", "centralised government procurement"}
#define ART1 "第二十条第（一）项"
#define ART5 "第二十条第（五）项"
#define ART6 "第二十条第（六）项"
#define ART8 "第二十条第（八）项"
#define ART9 "第二十条第（九）项"

const GdProactiveDef gd_proactive_cells[GD_PROACTIVE_NCELLS_ALL] = {
	{{"rules_issued", "本年制发件数", "issued this year"}, RULES, ART1, GD_KIND_COUNT, GD_IN_2021},
	{{"rules_repealed", "本年废止件数", "repealed this year"}, RULES, ART1, GD_KIND_COUNT, GD_IN_2021},
	{{"rules_in_force", "现行有效件数", "in force"}, RULES, ART1, GD_KIND_COUNT, GD_IN_2021},
	{{"rules_made", "本年新制作数量", "made this year"}, RULES, ART1, GD_KIND_COUNT, GD_IN_2019},
	{{"rules_published", "本年新公开数量", "published this year"}, RULES, ART1, GD_KIND_COUNT, GD_IN_2019},
	{{"rules_total_published", "对外公开总数量", "published in total"}, RULES, ART1, GD_KIND_COUNT, GD_IN_2019},
	{{"normative_docs_issued", "本年制发件数", "issued this year"}, NORMATIVE_2021, ART1, GD_KIND_COUNT, GD_IN_2021},
	{{"normative_docs_repealed", "本年废止件数", "repealed this year"}, NORMATIVE_2021, ART1, GD_KIND_COUNT, GD_IN_2021},
	{{"normative_docs_in_force", "现行有效件数", "in force"}, NORMATIVE_2021, ART1, GD_KIND_COUNT, GD_IN_2021},
	{{"normative_docs_made", "本年新制作数量", "made this year"}, NORMATIVE_2019, ART1, GD_KIND_COUNT, GD_IN_2019},
	{{"normative_docs_published", "本年新公开数量", "published this year"}, NORMATIVE_2019, ART1, GD_KIND_COUNT, GD_IN_2019},
	{{"normative_docs_total_published", "对外公开总数量", "published in total"}, NORMATIVE_2019, ART1, GD_KIND_COUNT, GD_IN_2019},
	{{"licensing_items_prev", "上一年项目数量", "items last year"}, LICENSING, ART5, GD_KIND_COUNT, GD_IN_2019},
	{{"licensing_items_change", "本年增/减", "change this year"}, LICENSING, ART5, GD_KIND_SIGNED, GD_IN_2019},
	{{"licensing_decisions", "本年处理决定数量", "decisions this year"}, LICENSING, ART5, GD_KIND_COUNT, GD_IN_2021},
	{{"licensing_decisions", "处理决定数量", "decisions"}, LICENSING, ART5, GD_KIND_COUNT, GD_IN_2019},
	{{"other_services_items_prev", "上一年项目数量", "items last year"}, OTHER_SERVICES, NULL, GD_KIND_COUNT, GD_IN_2019},
	{{"other_services_items_change", "本年增/减", "change this year"}, OTHER_SERVICES, NULL, GD_KIND_SIGNED, GD_IN_2019},
	{{"other_services_decisions", "处理决定数量", "decisions"}, OTHER_SERVICES, NULL, GD_KIND_COUNT, GD_IN_2019},
	{{"penalty_items_prev", "上一年项目数量", "items last year"}, PENALTY, ART6, GD_KIND_COUNT, GD_IN_2019},
	{{"penalty_items_change", "本年增/减", "change this year"}, PENALTY, ART6, GD_KIND_SIGNED, GD_IN_2019},
	{{"penalty_decisions", "本年处理决定数量", "decisions this year"}, PENALTY, ART6, GD_KIND_COUNT, GD_IN_2021},
	{{"penalty_decisions", "处理决定数量", "decisions"}, PENALTY, ART6, GD_KIND_COUNT, GD_IN_2019},
	{{"coercion_items_prev", "上一年项目数量", "items last year"}, COERCION, ART6, GD_KIND_COUNT, GD_IN_2019},
	{{"coercion_items_change", "本年增/减", "change this year"}, COERCION, ART6, GD_KIND_SIGNED, GD_IN_2019},
	{{"coercion_decisions", "本年处理决定数量", "decisions this year"}, COERCION, ART6, GD_KIND_COUNT, GD_IN_2021},
	{{"coercion_decisions", "处理决定数量", "decisions"}, COERCION, ART6, GD_KIND_COUNT, GD_IN_2019},
	{{"fees_collected", "本年收费金额（单位：万元）", "fees collected this year (10,000 yuan)"}, FEES, ART8, GD_KIND_MONEY, GD_IN_2021},
	{{"fee_items_prev", "上一年项目数量", "items last year"}, FEES, ART8, GD_KIND_COUNT, GD_IN_2019},
	{{"fee_items_change", "本年增/减", "change this year"}, FEES, ART8, GD_KIND_SIGNED, GD_IN_2019},
	{{"procurement_projects", "采购项目数量", "procurement projects"}, PROCUREMENT, ART9, GD_KIND_COUNT, GD_IN_2019},
	{{"procurement_amount", "采购总金额", "procurement amount (10,000 yuan)"}, PROCUREMENT, ART9, GD_KIND_MONEY, GD_IN_2019},
};

/* nterms counted from the list itself, so it cannot drift. */
#define TERMS(...) \
	sizeof((GdTerm[]){__VA_ARGS__}) / sizeof(GdTerm), {__VA_ARGS__}
#define EXP(i) {(i), GD_EXPECTED, false}
#define EXP_REQ(i) {(i), GD_EXPECTED, true}
#define REP(i) {(i), GD_REPORTED, false}
#define REP_REQ(i) {(i), GD_REPORTED, true}

const GdIdentity gd_identities[] = {
	{
		"A", GD_TABLE_APPLICATIONS, GD_PER_COLUMN,
		"第一项加第二项之和，等于第三项加第四项之和",
		"new_received + carried_over = total_processed + carried_forward",
		-1,
		TERMS(EXP_REQ(R_NEW_RECEIVED), EXP(R_CARRIED_OVER),
			  REP_REQ(R_TOTAL_PROCESSED), REP(R_CARRIED_FORWARD))
	},
	{
		/* Rows absent from a format are skipped: in 2019 the single
		 * other_handling row stands for the three 2021 sub-rows. */
		"B", GD_TABLE_APPLICATIONS, GD_PER_COLUMN,
		"（七）总计等于（一）至（六）各项之和",
		"total_processed = sum of outcome rows (1) to (6)",
		R_TOTAL_PROCESSED,
		TERMS(EXP(R_GRANTED), EXP(R_PARTIALLY_GRANTED),
			EXP(R_WH_SECRET), EXP(R_WH_LAW), EXP(R_WH_SECURITY), EXP(R_WH_THIRD_PARTY),
			EXP(R_WH_INTERNAL), EXP(R_WH_PROCESS), EXP(R_WH_ENFORCEMENT), EXP(R_WH_INQUIRY),
			EXP(R_UN_NOT_HELD), EXP(R_UN_CREATION), EXP(R_UN_UNCLEAR),
			EXP(R_NP_COMPLAINT), EXP(R_NP_DUPLICATE), EXP(R_NP_PUBLICATION),
			EXP(R_NP_EXCESSIVE), EXP(R_NP_CONFIRMATION),
			EXP(R_OTHER_HANDLING), EXP(R_OTHER_NO_SUPPLEMENT), EXP(R_OTHER_UNPAID_FEE),
		EXP(R_OTHER_MISC), REP_REQ(R_TOTAL_PROCESSED))
	},
	{
		"C", GD_TABLE_APPLICATIONS, GD_PER_ROW,
		"总计等于自然人与法人或其他组织各列之和",
		"total = natural_person + the five organisation columns",
		C_TOTAL,
		TERMS(EXP(C_NATURAL_PERSON), EXP(C_COMMERCIAL), EXP(C_RESEARCH),
			EXP(C_PUBLIC_INTEREST), EXP(C_LEGAL_SERVICE), EXP(C_OTHER_ORG),
		REP_REQ(C_TOTAL))
	},
	{
		"D", GD_TABLE_APPEALS, GD_PER_ROW,
		"总计等于结果维持、结果纠正、其他结果、尚未审结之和",
		"total = upheld + corrected + other + pending",
		A_TOTAL,
		TERMS(EXP(A_UPHELD), EXP(A_CORRECTED), EXP(A_OTHER), EXP(A_PENDING),
			  REP_REQ(A_TOTAL))
	},
};
const int	gd_nidentities = sizeof(gd_identities) / sizeof(gd_identities[0]);

static unsigned
format_bit(int format)
{
	return format == GD_FORMAT_2019 ? GD_IN_2019 : GD_IN_2021;
}

/*
 * Position of an entry in a format's layout: how many entries before it the
 * format has.  Rows of table 三 and cells of table 二 share the scheme; the
 * presence word is found at the same offset in every entry of the array.
 */
static int
presence_pos(const unsigned *first_presence, size_t stride, int id, unsigned bit)
{
	const char *base = (const char *) first_presence;
	int			pos = 0;

	if (!(*(const unsigned *) (base + id * stride) & bit))
		return -1;
	for (int i = 0; i < id; i++)
		if (*(const unsigned *) (base + i * stride) & bit)
			pos++;
	return pos;
}

static int
row_pos(int format, int row_id)
{
	return presence_pos(&gd_applications_rows[0].presence, sizeof(GdRowDef), row_id, format_bit(format));
}

bool
gd_format_valid(int format)
{
	return format == GD_FORMAT_2019 || format == GD_FORMAT_2021;
}

int
gd_applications_ncells(int format)
{
	return gd_applications_nrows(format) * GD_APPLICATIONS_NCOLS;
}

/*
 * Cached position maps, filled on first use.  Computing them is cheap and
 * idempotent, so a race between threads (the fuzzer) writes equal values.
 */
static int	pos_2019[GD_APPLICATIONS_NROWS_ALL];
static int	pos_2021[GD_APPLICATIONS_NROWS_ALL];
static int	at_2019[GD_APPLICATIONS_NROWS_MAX];
static int	at_2021[GD_APPLICATIONS_NROWS_MAX];
static int	nrows_2019;
static int	nrows_2021;
static volatile bool maps_ready = false;

static void
build_maps(void)
{
	for (int r = 0; r < GD_APPLICATIONS_NROWS_MAX; r++)
		at_2019[r] = at_2021[r] = -1;
	for (int id = 0; id < GD_APPLICATIONS_NROWS_ALL; id++)
	{
		pos_2019[id] = row_pos(GD_FORMAT_2019, id);
		pos_2021[id] = row_pos(GD_FORMAT_2021, id);
		if (pos_2019[id] >= 0)
			at_2019[pos_2019[id]] = id;
		if (pos_2021[id] >= 0)
			at_2021[pos_2021[id]] = id;
	}
	nrows_2019 = nrows_2021 = 0;
	for (int id = 0; id < GD_APPLICATIONS_NROWS_ALL; id++)
	{
		nrows_2019 += pos_2019[id] >= 0;
		nrows_2021 += pos_2021[id] >= 0;
	}
	maps_ready = true;
}

/* Called per value (sums, checks): O(1) after the first call. */
int
gd_applications_nrows(int format)
{
	if (!maps_ready)
		build_maps();
	return format == GD_FORMAT_2019 ? nrows_2019 : nrows_2021;
}

int
gd_applications_row_pos(int format, int row_id)
{
	if (row_id < 0 || row_id >= GD_APPLICATIONS_NROWS_ALL)
		return -1;
	if (!maps_ready)
		build_maps();
	return format == GD_FORMAT_2019 ? pos_2019[row_id] : pos_2021[row_id];
}

int
gd_applications_row_at(int format, int pos)
{
	if (pos < 0 || pos >= GD_APPLICATIONS_NROWS_MAX)
		return -1;
	if (!maps_ready)
		build_maps();
	return format == GD_FORMAT_2019 ? at_2019[pos] : at_2021[pos];
}

static int
find_label(const GdLabel *labels, size_t stride, int n, const char *key)
{
	for (int i = 0; i < n; i++)
	{
		const GdLabel *l = (const GdLabel *) ((const char *) labels + i * stride);

		if (strcmp(l->key, key) == 0)
			return i;
	}
	return -1;
}

int
gd_applications_row_id(const char *key)
{
	return find_label(&gd_applications_rows[0].name, sizeof(GdRowDef), GD_APPLICATIONS_NROWS_ALL, key);
}

int
gd_applications_group_id(const char *key)
{
	return find_label(&gd_applications_groups[0].name, sizeof(GdGroupDef), G_COUNT, key);
}

int
gd_applications_column_id(const char *key)
{
	return find_label(&gd_applications_columns[0].name, sizeof(GdColumnDef), GD_APPLICATIONS_NCOLS, key);
}

int
gd_appeals_block_id(const char *key)
{
	return find_label(gd_appeals_blocks, sizeof(GdLabel), GD_APPEALS_NBLOCKS, key);
}

int
gd_appeals_column_id(const char *key)
{
	return find_label(gd_appeals_columns, sizeof(GdLabel), GD_APPEALS_NCOLS, key);
}

int
gd_applications_total_column(void)
{
	return C_TOTAL;
}

int
gd_applications_total_processed_row(void)
{
	return R_TOTAL_PROCESSED;
}

int
gd_appeals_total_column(void)
{
	return A_TOTAL;
}

int
gd_proactive_ncells(int format)
{
	int			n = 0;

	for (int i = 0; i < GD_PROACTIVE_NCELLS_ALL; i++)
		if (gd_proactive_cells[i].presence & format_bit(format))
			n++;
	return n;
}

int
gd_proactive_cell_id(int format, const char *key)
{
	/* a key used by both formats (licensing_decisions…) has one entry each */
	for (int id = 0; id < GD_PROACTIVE_NCELLS_ALL; id++)
		if (strcmp(gd_proactive_cells[id].name.key, key) == 0 &&
			(format == 0 || (gd_proactive_cells[id].presence & format_bit(format))))
			return id;
	return -1;
}

int
gd_proactive_cell_pos(int format, int cell_id)
{
	if (cell_id < 0 || cell_id >= GD_PROACTIVE_NCELLS_ALL)
		return -1;
	return presence_pos(&gd_proactive_cells[0].presence, sizeof(GdProactiveDef), cell_id, format_bit(format));
}

int
gd_proactive_cell_at(int format, int pos)
{
	for (int id = 0; id < GD_PROACTIVE_NCELLS_ALL; id++)
		if (gd_proactive_cell_pos(format, id) == pos)
			return id;
	return -1;
}
