/*
 * layout.c — the one declaration of the report's tables 二, 三 and 四 and
 * of its formats.
 *
 * Source: 国办公开办函〔2021〕30号 (2021 format) and 国办公开办函〔2019〕60号
 * (2019 trial format); doc/tables.md is generated from this file.  A
 * format's lists of rows and cells are part of the on-disk format
 * (doc/storage.md): never reorder them.  The rows and cells below are
 * those of every format; each format lists the ones it prints, in the
 * official order.  The lookups at the end serve any layout (a test installs
 * one with a format of its own), from maps built when it is installed.
 */
#include "core/layout.h"

#include <stdio.h>
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

static const GdGroupDef groups[G_COUNT] = {
	[G_WITHHELD] = {{"withheld", "（三）不予公开", "(3) withheld"}},
	[G_UNAVAILABLE] = {{"unavailable", "（四）无法提供", "(4) cannot be provided"}},
	[G_NOT_PROCESSED] = {{"not_processed", "（五）不予处理", "(5) not processed"}},
	[G_OTHER_HANDLING] = {{"other_handling", "（六）其他处理", "(6) other handling"}},
};
static const GdRowDef rows[] = {
	[R_NEW_RECEIVED] = {{"new_received", "一、本年新收政府信息公开申请数量",
	"I. New applications received this year"}, -1, GD_ROW_RECEIVED, -1},
	[R_CARRIED_OVER] = {{"carried_over", "二、上年结转政府信息公开申请数量",
	"II. Applications carried over from last year"}, -1, GD_ROW_CARRIED_OVER, -1},
	[R_GRANTED] = {{"granted", "（一）予以公开", "(1) granted"}, -1, GD_ROW_OUTCOME, -1},
	[R_PARTIALLY_GRANTED] = {{"partially_granted",
			"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"(2) partially granted (separable handling counted here only)"}, -1, GD_ROW_OUTCOME, -1},
	[R_WH_SECRET] = {{"withheld_state_secret", "1.属于国家秘密",
	"1. state secret"}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_WH_LAW] = {{"withheld_prohibited_by_law", "2.其他法律行政法规禁止公开",
	"2. disclosure prohibited by other laws or regulations"}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_WH_SECURITY] = {{"withheld_security_stability", "3.危及“三安全一稳定”",
	"3. endangers the \"three securities and one stability\""}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_WH_THIRD_PARTY] = {{"withheld_third_party", "4.保护第三方合法权益",
	"4. protects a third party's lawful rights"}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_WH_INTERNAL] = {{"withheld_internal_affairs", "5.属于三类内部事务信息",
	"5. internal affairs information"}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_WH_PROCESS] = {{"withheld_process_info", "6.属于四类过程性信息",
	"6. process information"}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_WH_ENFORCEMENT] = {{"withheld_enforcement_file", "7.属于行政执法案卷",
	"7. administrative enforcement case file"}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_WH_INQUIRY] = {{"withheld_inquiry_matter", "8.属于行政查询事项",
	"8. administrative inquiry matter"}, G_WITHHELD, GD_ROW_OUTCOME, -1},
	[R_UN_NOT_HELD] = {{"unavailable_not_held", "1.本机关不掌握相关政府信息",
	"1. information not held by this organ"}, G_UNAVAILABLE, GD_ROW_OUTCOME, -1},
	[R_UN_CREATION] = {{"unavailable_needs_creation", "2.没有现成信息需要另行制作",
	"2. would have to be newly created"}, G_UNAVAILABLE, GD_ROW_OUTCOME, -1},
	[R_UN_UNCLEAR] = {{"unavailable_unclear", "3.补正后申请内容仍不明确",
	"3. still unclear after correction"}, G_UNAVAILABLE, GD_ROW_OUTCOME, -1},
	[R_NP_COMPLAINT] = {{"not_processed_complaint", "1.信访举报投诉类申请",
	"1. petition, report or complaint"}, G_NOT_PROCESSED, GD_ROW_OUTCOME, -1},
	[R_NP_DUPLICATE] = {{"not_processed_duplicate", "2.重复申请",
	"2. duplicate application"}, G_NOT_PROCESSED, GD_ROW_OUTCOME, -1},
	[R_NP_PUBLICATION] = {{"not_processed_publication", "3.要求提供公开出版物",
	"3. request for a public publication"}, G_NOT_PROCESSED, GD_ROW_OUTCOME, -1},
	[R_NP_EXCESSIVE] = {{"not_processed_excessive", "4.无正当理由大量反复申请",
	"4. large, repeated applications without good reason"}, G_NOT_PROCESSED, GD_ROW_OUTCOME, -1},
	[R_NP_CONFIRMATION] = {{"not_processed_confirmation",
			"5.要求行政机关确认或重新出具已获取信息",
	"5. confirmation or re-issue of information already obtained"}, G_NOT_PROCESSED, GD_ROW_OUTCOME, -1},
	[R_OTHER_HANDLING] = {{"other_handling", "（六）其他处理",
	"(6) other handling"}, G_OTHER_HANDLING, GD_ROW_OUTCOME, -1},
	[R_OTHER_NO_SUPPLEMENT] = {{"other_no_supplement",
			"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"1. applicant did not supply corrections in time; no longer processed"}, G_OTHER_HANDLING, GD_ROW_OUTCOME, R_OTHER_HANDLING},
	[R_OTHER_UNPAID_FEE] = {{"other_unpaid_fee",
			"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"2. applicant did not pay the notified fee in time; no longer processed"}, G_OTHER_HANDLING, GD_ROW_OUTCOME, R_OTHER_HANDLING},
	[R_OTHER_MISC] = {{"other_misc", "3.其他", "3. other"}, G_OTHER_HANDLING, GD_ROW_OUTCOME, R_OTHER_HANDLING},
	[R_TOTAL_PROCESSED] = {{"total_processed", "（七）总计", "(7) total processed"}, -1, GD_ROW_TOTAL_PROCESSED, -1},
	[R_CARRIED_FORWARD] = {{"carried_forward", "四、结转下年度继续办理",
	"IV. Carried forward to next year"}, -1, GD_ROW_CARRIED_FORWARD, -1},
};

static const GdColumnDef columns[GD_APPLICATIONS_NCOLS] = {
	[C_NATURAL_PERSON] = {{"natural_person", "自然人", "natural persons"}, false, false},
	[C_COMMERCIAL] = {{"commercial", "商业企业", "commercial enterprises"}, true, false},
	[C_RESEARCH] = {{"research", "科研机构", "research institutions"}, true, false},
	[C_PUBLIC_INTEREST] = {{"public_interest", "社会公益组织", "public-interest organisations"}, true, false},
	[C_LEGAL_SERVICE] = {{"legal_service", "法律服务机构", "legal service providers"}, true, false},
	[C_OTHER_ORG] = {{"other_org", "其他", "other organisations"}, true, false},
	[C_TOTAL] = {{"total", "总计", "total"}, false, true},
};

/* Header groups, for rendering the official table. */
static const GdLabel column_groups[] = {
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

/* Table 二's cells of every format.  Cell ids: private names, as for rows. */
enum
{
	P_RULES_ISSUED, P_RULES_REPEALED, P_RULES_IN_FORCE,
	P_RULES_MADE, P_RULES_PUBLISHED, P_RULES_TOTAL_PUBLISHED,
	P_NORM_ISSUED, P_NORM_REPEALED, P_NORM_IN_FORCE,
	P_NORM_MADE, P_NORM_PUBLISHED, P_NORM_TOTAL_PUBLISHED,
	P_LIC_ITEMS_PREV, P_LIC_ITEMS_CHANGE, P_LIC_DECISIONS_2021, P_LIC_DECISIONS_2019,
	P_OTHER_ITEMS_PREV, P_OTHER_ITEMS_CHANGE, P_OTHER_DECISIONS,
	P_PEN_ITEMS_PREV, P_PEN_ITEMS_CHANGE, P_PEN_DECISIONS_2021, P_PEN_DECISIONS_2019,
	P_COE_ITEMS_PREV, P_COE_ITEMS_CHANGE, P_COE_DECISIONS_2021, P_COE_DECISIONS_2019,
	P_FEES_COLLECTED, P_FEE_ITEMS_PREV, P_FEE_ITEMS_CHANGE,
	P_PROC_PROJECTS, P_PROC_AMOUNT,
	P_COUNT
};

#define PLAIN GD_PROACTIVE_PLAIN

static const GdProactiveDef proactive[P_COUNT] = {
	[P_RULES_ISSUED] = {{"rules_issued", "本年制发件数", "issued this year"}, RULES, ART1, GD_KIND_COUNT, GD_PROACTIVE_ISSUED},
	[P_RULES_REPEALED] = {{"rules_repealed", "本年废止件数", "repealed this year"}, RULES, ART1, GD_KIND_COUNT, GD_PROACTIVE_REPEALED},
	[P_RULES_IN_FORCE] = {{"rules_in_force", "现行有效件数", "in force"}, RULES, ART1, GD_KIND_COUNT, GD_PROACTIVE_IN_FORCE},
	[P_RULES_MADE] = {{"rules_made", "本年新制作数量", "made this year"}, RULES, ART1, GD_KIND_COUNT, PLAIN},
	[P_RULES_PUBLISHED] = {{"rules_published", "本年新公开数量", "published this year"}, RULES, ART1, GD_KIND_COUNT, PLAIN},
	[P_RULES_TOTAL_PUBLISHED] = {{"rules_total_published", "对外公开总数量", "published in total"}, RULES, ART1, GD_KIND_COUNT, PLAIN},
	[P_NORM_ISSUED] = {{"normative_docs_issued", "本年制发件数", "issued this year"}, NORMATIVE_2021, ART1, GD_KIND_COUNT, GD_PROACTIVE_ISSUED},
	[P_NORM_REPEALED] = {{"normative_docs_repealed", "本年废止件数", "repealed this year"}, NORMATIVE_2021, ART1, GD_KIND_COUNT, GD_PROACTIVE_REPEALED},
	[P_NORM_IN_FORCE] = {{"normative_docs_in_force", "现行有效件数", "in force"}, NORMATIVE_2021, ART1, GD_KIND_COUNT, GD_PROACTIVE_IN_FORCE},
	[P_NORM_MADE] = {{"normative_docs_made", "本年新制作数量", "made this year"}, NORMATIVE_2019, ART1, GD_KIND_COUNT, PLAIN},
	[P_NORM_PUBLISHED] = {{"normative_docs_published", "本年新公开数量", "published this year"}, NORMATIVE_2019, ART1, GD_KIND_COUNT, PLAIN},
	[P_NORM_TOTAL_PUBLISHED] = {{"normative_docs_total_published", "对外公开总数量", "published in total"}, NORMATIVE_2019, ART1, GD_KIND_COUNT, PLAIN},
	[P_LIC_ITEMS_PREV] = {{"licensing_items_prev", "上一年项目数量", "items last year"}, LICENSING, ART5, GD_KIND_COUNT, PLAIN},
	[P_LIC_ITEMS_CHANGE] = {{"licensing_items_change", "本年增/减", "change this year"}, LICENSING, ART5, GD_KIND_SIGNED, PLAIN},
	[P_LIC_DECISIONS_2021] = {{"licensing_decisions", "本年处理决定数量", "decisions this year"}, LICENSING, ART5, GD_KIND_COUNT, PLAIN},
	[P_LIC_DECISIONS_2019] = {{"licensing_decisions", "处理决定数量", "decisions"}, LICENSING, ART5, GD_KIND_COUNT, PLAIN},
	[P_OTHER_ITEMS_PREV] = {{"other_services_items_prev", "上一年项目数量", "items last year"}, OTHER_SERVICES, NULL, GD_KIND_COUNT, PLAIN},
	[P_OTHER_ITEMS_CHANGE] = {{"other_services_items_change", "本年增/减", "change this year"}, OTHER_SERVICES, NULL, GD_KIND_SIGNED, PLAIN},
	[P_OTHER_DECISIONS] = {{"other_services_decisions", "处理决定数量", "decisions"}, OTHER_SERVICES, NULL, GD_KIND_COUNT, PLAIN},
	[P_PEN_ITEMS_PREV] = {{"penalty_items_prev", "上一年项目数量", "items last year"}, PENALTY, ART6, GD_KIND_COUNT, PLAIN},
	[P_PEN_ITEMS_CHANGE] = {{"penalty_items_change", "本年增/减", "change this year"}, PENALTY, ART6, GD_KIND_SIGNED, PLAIN},
	[P_PEN_DECISIONS_2021] = {{"penalty_decisions", "本年处理决定数量", "decisions this year"}, PENALTY, ART6, GD_KIND_COUNT, PLAIN},
	[P_PEN_DECISIONS_2019] = {{"penalty_decisions", "处理决定数量", "decisions"}, PENALTY, ART6, GD_KIND_COUNT, PLAIN},
	[P_COE_ITEMS_PREV] = {{"coercion_items_prev", "上一年项目数量", "items last year"}, COERCION, ART6, GD_KIND_COUNT, PLAIN},
	[P_COE_ITEMS_CHANGE] = {{"coercion_items_change", "本年增/减", "change this year"}, COERCION, ART6, GD_KIND_SIGNED, PLAIN},
	[P_COE_DECISIONS_2021] = {{"coercion_decisions", "本年处理决定数量", "decisions this year"}, COERCION, ART6, GD_KIND_COUNT, PLAIN},
	[P_COE_DECISIONS_2019] = {{"coercion_decisions", "处理决定数量", "decisions"}, COERCION, ART6, GD_KIND_COUNT, PLAIN},
	[P_FEES_COLLECTED] = {{"fees_collected", "本年收费金额（单位：万元）", "fees collected this year (10,000 yuan)"}, FEES, ART8, GD_KIND_MONEY, PLAIN},
	[P_FEE_ITEMS_PREV] = {{"fee_items_prev", "上一年项目数量", "items last year"}, FEES, ART8, GD_KIND_COUNT, PLAIN},
	[P_FEE_ITEMS_CHANGE] = {{"fee_items_change", "本年增/减", "change this year"}, FEES, ART8, GD_KIND_SIGNED, PLAIN},
	[P_PROC_PROJECTS] = {{"procurement_projects", "采购项目数量", "procurement projects"}, PROCUREMENT, ART9, GD_KIND_COUNT, PLAIN},
	[P_PROC_AMOUNT] = {{"procurement_amount", "采购总金额", "procurement amount (10,000 yuan)"}, PROCUREMENT, ART9, GD_KIND_MONEY, PLAIN},
};

/*
 * The formats.  A sum over both is in the 2019 format: each 2021-only row
 * folds into the row its folds_into names.
 */
#define LIST(...) sizeof((int[]){__VA_ARGS__}) / sizeof(int), {__VA_ARGS__}

static const GdFormat formats[] = {
	{
		2019, 2019, "国办公开办函〔2019〕60号", 2019, NULL,
		LIST(R_NEW_RECEIVED, R_CARRIED_OVER, R_GRANTED, R_PARTIALLY_GRANTED,
			 R_WH_SECRET, R_WH_LAW, R_WH_SECURITY, R_WH_THIRD_PARTY, R_WH_INTERNAL,
			 R_WH_PROCESS, R_WH_ENFORCEMENT, R_WH_INQUIRY,
			 R_UN_NOT_HELD, R_UN_CREATION, R_UN_UNCLEAR,
			 R_NP_COMPLAINT, R_NP_DUPLICATE, R_NP_PUBLICATION, R_NP_EXCESSIVE, R_NP_CONFIRMATION,
			 R_OTHER_HANDLING, R_TOTAL_PROCESSED, R_CARRIED_FORWARD),
		LIST(P_RULES_MADE, P_RULES_PUBLISHED, P_RULES_TOTAL_PUBLISHED,
			 P_NORM_MADE, P_NORM_PUBLISHED, P_NORM_TOTAL_PUBLISHED,
			 P_LIC_ITEMS_PREV, P_LIC_ITEMS_CHANGE, P_LIC_DECISIONS_2019,
			 P_OTHER_ITEMS_PREV, P_OTHER_ITEMS_CHANGE, P_OTHER_DECISIONS,
			 P_PEN_ITEMS_PREV, P_PEN_ITEMS_CHANGE, P_PEN_DECISIONS_2019,
			 P_COE_ITEMS_PREV, P_COE_ITEMS_CHANGE, P_COE_DECISIONS_2019,
			 P_FEE_ITEMS_PREV, P_FEE_ITEMS_CHANGE, P_PROC_PROJECTS, P_PROC_AMOUNT)
	},
	{
		/* the 2021 notice asks section 六 to report information-processing fees */
		2021, 2021, "国办公开办函〔2021〕30号", 2019, "信息处理费",
		LIST(R_NEW_RECEIVED, R_CARRIED_OVER, R_GRANTED, R_PARTIALLY_GRANTED,
			 R_WH_SECRET, R_WH_LAW, R_WH_SECURITY, R_WH_THIRD_PARTY, R_WH_INTERNAL,
			 R_WH_PROCESS, R_WH_ENFORCEMENT, R_WH_INQUIRY,
			 R_UN_NOT_HELD, R_UN_CREATION, R_UN_UNCLEAR,
			 R_NP_COMPLAINT, R_NP_DUPLICATE, R_NP_PUBLICATION, R_NP_EXCESSIVE, R_NP_CONFIRMATION,
			 R_OTHER_NO_SUPPLEMENT, R_OTHER_UNPAID_FEE, R_OTHER_MISC,
			 R_TOTAL_PROCESSED, R_CARRIED_FORWARD),
		LIST(P_RULES_ISSUED, P_RULES_REPEALED, P_RULES_IN_FORCE,
			 P_NORM_ISSUED, P_NORM_REPEALED, P_NORM_IN_FORCE,
			 P_LIC_DECISIONS_2021, P_PEN_DECISIONS_2021, P_COE_DECISIONS_2021, P_FEES_COLLECTED)
	},
};

/* nterms counted from the list itself, so it cannot drift. */
#define TERMS(...) \
	sizeof((GdTerm[]){__VA_ARGS__}) / sizeof(GdTerm), {__VA_ARGS__}
#define EXP(i) {(i), GD_EXPECTED, false}
#define EXP_REQ(i) {(i), GD_EXPECTED, true}
#define REP(i) {(i), GD_REPORTED, false}
#define REP_REQ(i) {(i), GD_REPORTED, true}

static const GdIdentity identities[] = {
	{
		"A", GD_IDENTITY_BALANCE, GD_TABLE_APPLICATIONS, GD_PER_COLUMN,
		"第一项加第二项之和，等于第三项加第四项之和",
		"new_received + carried_over = total_processed + carried_forward",
		-1,
		TERMS(EXP_REQ(R_NEW_RECEIVED), EXP(R_CARRIED_OVER),
			  REP_REQ(R_TOTAL_PROCESSED), REP(R_CARRIED_FORWARD))
	},
	{
		/* Rows absent from a format are skipped: in 2019 the single
		 * other_handling row stands for the three 2021 sub-rows. */
		"B", GD_IDENTITY_OUTCOMES, GD_TABLE_APPLICATIONS, GD_PER_COLUMN,
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
		"C", GD_IDENTITY_ROW_TOTAL, GD_TABLE_APPLICATIONS, GD_PER_ROW,
		"总计等于自然人与法人或其他组织各列之和",
		"total = natural_person + the five organisation columns",
		C_TOTAL,
		TERMS(EXP(C_NATURAL_PERSON), EXP(C_COMMERCIAL), EXP(C_RESEARCH),
			EXP(C_PUBLIC_INTEREST), EXP(C_LEGAL_SERVICE), EXP(C_OTHER_ORG),
		REP_REQ(C_TOTAL))
	},
	{
		"D", GD_IDENTITY_BLOCK_TOTAL, GD_TABLE_APPEALS, GD_PER_ROW,
		"总计等于结果维持、结果纠正、其他结果、尚未审结之和",
		"total = upheld + corrected + other + pending",
		A_TOTAL,
		TERMS(EXP(A_UPHELD), EXP(A_CORRECTED), EXP(A_OTHER), EXP(A_PENDING),
			  REP_REQ(A_TOTAL))
	},
};

#define COUNT(a) (int) (sizeof(a) / sizeof((a)[0]))

const GdLayout gd_official_layout = {
	COUNT(rows), rows,
	COUNT(groups), groups,
	columns,
	column_groups,
	COUNT(proactive), proactive,
	COUNT(identities), identities,
	COUNT(formats), formats,
};

/* The official layout fits the capacities (a new row must raise them). */
_Static_assert(sizeof(rows) / sizeof(rows[0]) <= GD_LAYOUT_ROWS_MAX, "rows exceed GD_LAYOUT_ROWS_MAX");
_Static_assert(sizeof(proactive) / sizeof(proactive[0]) <= GD_LAYOUT_PROACTIVE_MAX,
			   "cells exceed GD_LAYOUT_PROACTIVE_MAX");
_Static_assert(sizeof(formats) / sizeof(formats[0]) <= GD_LAYOUT_FORMATS_MAX,
			   "formats exceed GD_LAYOUT_FORMATS_MAX");
_Static_assert(sizeof(groups) / sizeof(groups[0]) <= GD_LAYOUT_GROUPS_MAX, "groups exceed GD_LAYOUT_GROUPS_MAX");

/* ------------------------------------------------------------ lookups */

const GdLayout *gd_layout = &gd_official_layout;
unsigned	gd_layout_generation = 1;

/*
 * Maps of the layout in use: where each row and cell sits in each format.
 * Built when a layout is installed, or on first use for the official one.
 */
typedef struct Maps
{
	const GdLayout *of;
	signed char row_pos[GD_LAYOUT_FORMATS_MAX][GD_LAYOUT_ROWS_MAX];
	signed char cell_pos[GD_LAYOUT_FORMATS_MAX][GD_LAYOUT_PROACTIVE_MAX];
	char		format_list[96];
} Maps;

static Maps maps;

/* The maps of a layout, checked against the capacities; false, with why, if it does not fit. */
static bool
build_maps(const GdLayout *l, char *why)
{
	Maps		m;

	memset(&m, 0, sizeof(m));
	m.of = l;
	if (l->nrows > GD_LAYOUT_ROWS_MAX || l->nproactive > GD_LAYOUT_PROACTIVE_MAX ||
		l->nformats > GD_LAYOUT_FORMATS_MAX || l->nformats < 1 || l->ngroups > GD_LAYOUT_GROUPS_MAX ||
		l->nidentities > GD_LAYOUT_IDENTITIES_MAX)
	{
		if (why)
			snprintf(why, 256, "the layout has more rows, cells, groups, formats or identities than the capacities allow");
		return false;
	}
	for (int f = 0; f < l->nformats; f++)
	{
		const GdFormat *fm = &l->formats[f];
		size_t		len = strlen(m.format_list);

		memset(m.row_pos[f], -1, sizeof(m.row_pos[f]));
		memset(m.cell_pos[f], -1, sizeof(m.cell_pos[f]));
		if (fm->nrows > GD_APPLICATIONS_NROWS_MAX || fm->ncells > GD_PROACTIVE_NCELLS_MAX)
		{
			if (why)
				snprintf(why, 256, "format %d has more rows or cells than one format may", fm->id);
			return false;
		}
		for (int p = 0; p < fm->nrows; p++)
			if (fm->rows[p] >= 0 && fm->rows[p] < l->nrows)
				m.row_pos[f][fm->rows[p]] = (signed char) p;
		for (int p = 0; p < fm->ncells; p++)
			if (fm->cells[p] >= 0 && fm->cells[p] < l->nproactive)
				m.cell_pos[f][fm->cells[p]] = (signed char) p;
		snprintf(m.format_list + len, sizeof(m.format_list) - len, "%s%d",
				 f == 0 ? "" : (f == l->nformats - 1 ? " or " : ", "), fm->id);
	}
	maps = m;
	return true;
}

/* The maps of the layout in use, rebuilt when another layout has been installed. */
static const Maps *
current(void)
{
	if (maps.of != gd_layout)
		build_maps(gd_layout, NULL);
	return &maps;
}

bool
gd_layout_use(const GdLayout *layout, char *why)
{
	const GdLayout *l = layout != NULL ? layout : &gd_official_layout;

	if (!build_maps(l, why))
	{
		build_maps(gd_layout, NULL);
		return false;
	}
	gd_layout = l;
	gd_layout_generation++;
	return true;
}

/* The index of a format in the layout, or -1. */
static int
format_index(int format)
{
	for (int f = 0; f < gd_layout->nformats; f++)
		if (gd_layout->formats[f].id == format)
			return f;
	return -1;
}

bool
gd_format_valid(int format)
{
	return format_index(format) >= 0;
}

const GdFormat *
gd_format_def(int format)
{
	int			f = format_index(format);

	return f < 0 ? NULL : &gd_layout->formats[f];
}

int
gd_format_common(int a, int b)
{
	/* fold each towards its fold_to until they meet */
	for (int step = 0; step < GD_LAYOUT_FORMATS_MAX && a != b; step++)
	{
		const GdFormat *fa = gd_format_def(a);
		const GdFormat *fb = gd_format_def(b);

		if (fa == NULL || fb == NULL)
			return 0;
		if (fa->fold_to != a)
			a = fa->fold_to;
		else if (fb->fold_to != b)
			b = fb->fold_to;
		else
			return 0;
	}
	return a == b ? a : 0;
}

int
gd_format_with_nrows(int nrows)
{
	int			found = 0;

	for (int f = 0; f < gd_layout->nformats; f++)
		if (gd_layout->formats[f].nrows == nrows)
		{
			if (found != 0)
				return 0;
			found = gd_layout->formats[f].id;
		}
	return found;
}

int
gd_format_newest(void)
{
	const GdFormat *best = &gd_layout->formats[0];

	for (int f = 1; f < gd_layout->nformats; f++)
		if (gd_layout->formats[f].first_year > best->first_year)
			best = &gd_layout->formats[f];
	return best->id;
}

const char *
gd_format_list(void)
{
	return current()->format_list;
}

int
gd_applications_nrows(int format)
{
	const GdFormat *f = gd_format_def(format);

	return f != NULL ? f->nrows : 0;
}

int
gd_applications_ncells(int format)
{
	return gd_applications_nrows(format) * GD_APPLICATIONS_NCOLS;
}

int
gd_applications_row_pos(int format, int row_id)
{
	int			f = format_index(format);

	if (f < 0 || row_id < 0 || row_id >= gd_layout->nrows)
		return -1;
	return current()->row_pos[f][row_id];
}

int
gd_applications_row_at(int format, int pos)
{
	const GdFormat *f = gd_format_def(format);

	if (f == NULL || pos < 0 || pos >= f->nrows)
		return -1;
	return f->rows[pos];
}

int
gd_applications_row_with_role(GdRowRole role)
{
	for (int id = 0; id < gd_layout->nrows; id++)
		if (gd_layout->rows[id].role == role)
			return id;
	return -1;
}

/* The index of key among n structs of that stride whose first member is a GdLabel, or -1. */
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
	return find_label(&gd_layout->rows[0].name, sizeof(GdRowDef), gd_layout->nrows, key);
}

int
gd_applications_group_id(const char *key)
{
	return find_label(&gd_layout->groups[0].name, sizeof(GdGroupDef), gd_layout->ngroups, key);
}

int
gd_applications_column_id(const char *key)
{
	return find_label(&gd_layout->columns[0].name, sizeof(GdColumnDef), GD_APPLICATIONS_NCOLS, key);
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

/* The column declared as the total (the last one if none is). */
int
gd_applications_total_column(void)
{
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (gd_layout->columns[c].total)
			return c;
	return GD_APPLICATIONS_NCOLS - 1;
}

int
gd_applications_total_processed_row(void)
{
	return gd_applications_row_with_role(GD_ROW_TOTAL_PROCESSED);
}

int
gd_appeals_total_column(void)
{
	return A_TOTAL;
}

int
gd_proactive_ncells(int format)
{
	const GdFormat *f = gd_format_def(format);

	return f != NULL ? f->ncells : 0;
}

int
gd_proactive_cell_id(int format, const char *key)
{
	/* a key printed in several formats (licensing_decisions…) has one entry each */
	for (int id = 0; id < gd_layout->nproactive; id++)
		if (strcmp(gd_layout->proactive[id].name.key, key) == 0 &&
			(format == 0 || gd_proactive_cell_pos(format, id) >= 0))
			return id;
	return -1;
}

int
gd_proactive_cell_pos(int format, int cell_id)
{
	int			f = format_index(format);

	if (f < 0 || cell_id < 0 || cell_id >= gd_layout->nproactive)
		return -1;
	return current()->cell_pos[f][cell_id];
}

int
gd_proactive_cell_at(int format, int pos)
{
	const GdFormat *f = gd_format_def(format);

	if (f == NULL || pos < 0 || pos >= f->ncells)
		return -1;
	return f->cells[pos];
}

const GdIdentity *
gd_identity_with_role(GdIdentityRole role)
{
	for (int k = 0; k < gd_layout->nidentities; k++)
		if (gd_layout->identities[k].role == role)
			return &gd_layout->identities[k];
	return NULL;
}
