/*
 * test_parse.c — unit tests of the report parser (parse.h).
 *
 * Every complete sample in test/data is parsed and compared cell by cell
 * with values transcribed by hand (the *.expected.json files of
 * shared/reports, and the seed read off its text); partial pages, malformed
 * and hostile inputs are refused with messages naming the section and row.
 * Run from the repository root.  Last line: "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/matrix.h"
#include "core/memory.h"
#include "core/parse.h"
#include "core/render.h"
#include "core/text.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

/* A data file, with our header block (ended by a line "---") stripped. */
static char *
load(const char *name, size_t *len)
{
	char		path[512];
	FILE	   *f;
	long		n;
	char	   *b;
	char	   *body;

	snprintf(path, sizeof(path), "test/data/%s", name);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		printf("cannot open %s (run from the repository root)\n", path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc((size_t) n + 1);
	if (b == NULL || fread(b, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	b[n] = '\0';
	fclose(f);
	body = strstr(b, "\n---\n");
	if (body != NULL && strncmp(b, "source:", 7) == 0)
	{
		body += 5;
		memmove(b, body, strlen(body) + 1);
	}
	*len = strlen(b);
	return b;
}

static bool
has_diag(const GdDiagnostics *d, GdSeverity sev, const char *section,
		 const char *row, const char *needle)
{
	for (int i = 0; i < d->count; i++)
	{
		const GdDiagnostic *g = &d->items[i];

		if (g->severity != sev)
			continue;
		if (section && strcmp(g->section, section) != 0)
			continue;
		if (row && (g->row_key == NULL || strcmp(g->row_key, row) != 0))
			continue;
		if (needle && strstr(g->message, needle) == NULL)
			continue;
		return true;
	}
	return false;
}

static int64_t
pro(const GdReportData *r, const char *key)
{
	int			id = gd_proactive_cell_id(r->proactive_format, key);
	int			pos = gd_proactive_cell_pos(r->proactive_format, id);

	if (id < 0 || pos < 0)
		return -999;
	return r->proactive[pos];
}

static void
check_t3(const char *what, const GdReportData *r, const int32_t (*exp)[7], int nrows)
{
	int			bad = 0;

	CHECK(r->has_applications, "%s: table 三 read", what);
	CHECK(gd_applications_nrows(r->applications_format) == nrows, "%s: %d rows", what, nrows);
	for (int i = 0; i < nrows; i++)
		for (int c = 0; c < 7; c++)
			if (r->applications[i * 7 + c] != exp[i][c])
			{
				char		name[128];

				bad++;
				printf("  %s: %s is %d, expected %d\n", what,
					   gd_applications_cell_name(r->applications_format, i * 7 + c, name, sizeof(name)),
					   r->applications[i * 7 + c], exp[i][c]);
			}
	CHECK(bad == 0, "%s: table 三 cell by cell (%d cells differ)", what, bad);
}

static void
check_t4(const char *what, const GdReportData *r, const int32_t *exp)
{
	int			bad = 0;

	CHECK(r->has_appeals, "%s: table 四 read", what);
	for (int k = 0; k < 15; k++)
		if (r->appeals[k] != exp[k])
		{
			bad++;
			printf("  %s: table 四 cell %d is %d, expected %d\n", what, k, r->appeals[k], exp[k]);
		}
	CHECK(bad == 0, "%s: table 四 cell by cell (%d differ)", what, bad);
}

/* huaian-2024-pdftotext.expected.json: table 三 as printed, FORMAT.md row order */
static const int32_t huaian_t3[][7] = {
	{3001, 53, 0, 0, 61, 4, 3119},
	{34, 0, 0, 0, 0, 0, 34},
	{1288, 21, 0, 0, 50, 3, 1362},
	{447, 7, 0, 0, 0, 0, 454},
	{2, 0, 0, 0, 0, 0, 2},
	{30, 1, 0, 0, 0, 0, 31},
	{5, 0, 0, 0, 0, 0, 5},
	{6, 0, 0, 0, 0, 0, 6},
	{7, 1, 0, 0, 0, 0, 8},
	{12, 0, 0, 0, 0, 0, 12},
	{9, 0, 0, 0, 0, 0, 9},
	{105, 0, 0, 0, 0, 0, 105},
	{746, 12, 0, 0, 10, 1, 769},
	{11, 0, 0, 0, 0, 0, 11},
	{1, 0, 0, 0, 0, 0, 1},
	{56, 6, 0, 0, 0, 0, 62},
	{25, 0, 0, 0, 0, 0, 25},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{67, 3, 0, 0, 1, 0, 71},
	{6, 0, 0, 0, 0, 0, 6},
	{108, 2, 0, 0, 0, 0, 110},
	{2932, 53, 0, 0, 61, 4, 3050},
	{103, 0, 0, 0, 0, 0, 103},
};
static const int32_t huaian_t4[15] = {72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20};
/* shanghai-2019-html.expected.json: table 三 as printed, FORMAT.md row order */
static const int32_t shanghai_t3[][7] = {
	{821, 35, GD_NOT_STATED, GD_NOT_STATED, 2, 1, 859},
	{18, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, 18},
	{258, 12, GD_NOT_STATED, GD_NOT_STATED, 1, 1, GD_NOT_STATED},
	{3, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{14, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{5, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{3, 1, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{10, 2, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{252, 12, GD_NOT_STATED, GD_NOT_STATED, 1, GD_NOT_STATED, GD_NOT_STATED},
	{44, 3, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{25, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{148, 1, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{5, 4, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED},
	{767, 35, GD_NOT_STATED, GD_NOT_STATED, 2, 1, 805},
	{72, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, 72},
};
static const int32_t shanghai_t4[15] = {5, GD_NOT_STATED, GD_NOT_STATED, 2, 7, 8, GD_NOT_STATED, GD_NOT_STATED, 1, 9, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED, GD_NOT_STATED};
/* pingtan-2025.expected.json: table 三 as printed, FORMAT.md row order */
static const int32_t pingtan25_t3[][7] = {
	{151, 3, 0, 0, 0, 0, 154},
	{0, 0, 0, 0, 0, 0, 0},
	{33, 0, 0, 0, 0, 0, 33},
	{38, 0, 0, 0, 0, 0, 38},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{3, 0, 0, 0, 0, 0, 3},
	{2, 0, 0, 0, 0, 0, 2},
	{3, 0, 0, 0, 0, 0, 3},
	{3, 0, 0, 0, 0, 0, 3},
	{49, 1, 0, 0, 0, 0, 50},
	{3, 0, 0, 0, 0, 0, 3},
	{0, 0, 0, 0, 0, 0, 0},
	{2, 0, 0, 0, 0, 0, 2},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{8, 0, 0, 0, 0, 0, 8},
	{2, 0, 0, 0, 0, 0, 2},
	{1, 0, 0, 0, 0, 0, 1},
	{147, 1, 0, 0, 0, 0, 148},
	{4, 2, 0, 0, 0, 0, 6},
};
static const int32_t pingtan25_t4[15] = {25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3};
/* pingtan-2021-flattened.expected.json: table 三 as printed, FORMAT.md row order */
static const int32_t pingtan21_t3[][7] = {
	{64, 0, 0, 2, 0, 4, 70},
	{0, 0, 0, 0, 0, 0, 0},
	{27, 0, 0, 2, 0, 1, 30},
	{5, 0, 0, 0, 0, 0, 5},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{0, 0, 0, 0, 0, 0, 0},
	{6, 0, 0, 0, 0, 0, 6},
	{1, 0, 0, 0, 0, 0, 1},
	{22, 0, 0, 0, 0, 3, 25},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{63, 0, 0, 2, 0, 4, 69},
	{1, 0, 0, 0, 0, 0, 1},
};
static const int32_t pingtan21_t4[15] = {1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0};
/* pingtan-2023-flattened.expected.json: table 三 as printed, FORMAT.md row order */
static const int32_t pingtan23_t3[][7] = {
	{80, 1, 0, 0, 0, 0, 81},
	{0, 0, 0, 0, 0, 0, 0},
	{22, 0, 0, 0, 0, 0, 22},
	{19, 1, 0, 0, 0, 0, 20},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{1, 0, 0, 0, 0, 0, 1},
	{2, 0, 0, 0, 0, 0, 2},
	{31, 0, 0, 0, 0, 0, 31},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{0, 0, 0, 0, 0, 0, 0},
	{1, 0, 0, 0, 0, 0, 1},
	{80, 1, 0, 0, 0, 0, 81},
	{0, 0, 0, 0, 0, 0, 0},
};
static const int32_t pingtan23_t4[15] = {1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2};

/* The seed, read off its text. */
static const int32_t seed_t3[25][7] = {
	{16, 0, 0, 0, 0, 4, 20},
	{0, 0, 0, 0, 0, 0, 0},
	{6, 0, 0, 0, 0, 4, 10},
	{5, 0, 0, 0, 0, 0, 5},
	{0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
	{5, 0, 0, 0, 0, 0, 5},
	{0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0},
	{0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
	{16, 0, 0, 0, 0, 4, 20},
	{0, 0, 0, 0, 0, 0, 0},
};
static const int32_t seed_t4[15] = {4, 7, 0, 0, 11, 1, 0, 0, 1, 2, 1, 0, 0, 2, 3};

static GdReportData rep;

static bool
parse_file(const char *name, GdDiagnostics *d, GdError *err)
{
	size_t		len;
	char	   *text = load(name, &len);
	bool		ok;

	memset(err, 0, sizeof(*err));
	ok = gd_parse_report(text, len, NULL, &rep, d, err);
	free(text);
	return ok;
}

static void
test_seed(void)
{
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok = parse_file("hongqi-2024.txt", &d, &err);

	CHECK(ok, "seed parses: %s", err.message);
	CHECK(strcmp(rep.organ, "红旗区人民政府") == 0, "seed organ: %s", rep.organ);
	CHECK(rep.year == 2024, "seed year %d", rep.year);
	CHECK(rep.format == 2021, "seed format %d", rep.format);
	check_t3("seed", &rep, seed_t3, 25);
	check_t4("seed", &rep, seed_t4);
	CHECK(rep.has_proactive && rep.proactive_format == 2021, "seed table 二 (2021)");
	CHECK(pro(&rep, "rules_issued") == 0 && pro(&rep, "rules_repealed") == 0 && pro(&rep, "rules_in_force") == 0, "seed rules 0,0,0");
	CHECK(pro(&rep, "normative_docs_issued") == 1 && pro(&rep, "normative_docs_repealed") == 22 &&
		  pro(&rep, "normative_docs_in_force") == 42, "seed normative docs 1,22,42");
	CHECK(pro(&rep, "licensing_decisions") == 6935, "seed licensing 6935");
	CHECK(pro(&rep, "penalty_decisions") == 437, "seed penalty 437");
	CHECK(pro(&rep, "coercion_decisions") == 0, "seed coercion 0");
	CHECK(pro(&rep, "fees_collected") == 0, "seed fees 0");
	CHECK(!has_diag(&d, GD_SEV_WARNING, "text", NULL, NULL), "seed: the text agrees with the tables (20 件, 均已在当年答复)");
	CHECK(gd_applications_consistent(rep.format, rep.applications), "seed is consistent");
	gd_diagnostics_free(&d);
}

static void
test_huaian(void)
{
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok = parse_file("huaian-2024-pdftotext.txt", &d, &err);

	CHECK(ok, "huaian (pdftotext -layout) parses: %s", err.message);
	CHECK(strcmp(rep.organ, "淮安市人民政府") == 0, "huaian organ (title on two lines): %s", rep.organ);
	CHECK(rep.year == 2024 && rep.format == 2021, "huaian year/format");
	check_t3("huaian", &rep, huaian_t3, 25);
	check_t4("huaian", &rep, huaian_t4);
	CHECK(pro(&rep, "rules_issued") == 1 && pro(&rep, "rules_repealed") == 0 && pro(&rep, "rules_in_force") == 11, "huaian rules");
	CHECK(pro(&rep, "normative_docs_issued") == 8 && pro(&rep, "normative_docs_repealed") == 26 &&
		  pro(&rep, "normative_docs_in_force") == 66, "huaian normative docs");
	CHECK(pro(&rep, "licensing_decisions") == 447228, "huaian licensing");
	CHECK(pro(&rep, "penalty_decisions") == 3985758, "huaian penalty (millions)");
	CHECK(pro(&rep, "coercion_decisions") == 88283, "huaian coercion");
	CHECK(pro(&rep, "fees_collected") == 96171600000LL, "huaian fees 96171.6 万元");
	CHECK(!has_diag(&d, GD_SEV_WARNING, "text", NULL, NULL), "huaian: text figures agree (notes of the transcription)");
	gd_diagnostics_free(&d);
}

static void
test_shanghai(void)
{
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok = parse_file("shanghai-2019-html.txt", &d, &err);

	CHECK(ok, "shanghai (HTML, 2019) parses: %s", err.message);
	CHECK(strcmp(rep.organ, "上海市人民政府办公厅") == 0, "shanghai organ: %s", rep.organ);
	CHECK(rep.year == 2019 && rep.format == 2019, "shanghai year/format %d/%d", rep.year, rep.format);
	check_t3("shanghai", &rep, shanghai_t3, 23);
	check_t4("shanghai", &rep, shanghai_t4);
	CHECK(rep.proactive_format == 2019, "shanghai table 二 in the 2019 format");
	CHECK(pro(&rep, "rules_made") == 13 && pro(&rep, "rules_published") == 13 && pro(&rep, "rules_total_published") == 524, "shanghai rules");
	CHECK(pro(&rep, "normative_docs_made") == 60 && pro(&rep, "normative_docs_published") == 60 &&
		  pro(&rep, "normative_docs_total_published") == 368, "shanghai normative docs");
	CHECK(pro(&rep, "licensing_items_prev") == 0 && pro(&rep, "licensing_items_change") == 0 && pro(&rep, "licensing_decisions") == 0, "shanghai licensing");
	CHECK(pro(&rep, "fee_items_prev") == 0 && pro(&rep, "fee_items_change") == 0, "shanghai fees");
	CHECK(pro(&rep, "procurement_projects") == 6, "shanghai procurement projects");
	CHECK(pro(&rep, "procurement_amount") == 25100000, "shanghai 251000元 = 25.1 万元");
	CHECK(has_diag(&d, GD_SEV_NOTE, "二", "procurement_amount", "元"), "shanghai: the 元 conversion is noted");
	CHECK(has_diag(&d, GD_SEV_WARNING, "text", "granted", "258"), "shanghai: rule T on 予以公开及部分公开 258 vs 275");
	CHECK(has_diag(&d, GD_SEV_WARNING, "text", "unavailable", "265"), "shanghai: rule T on 无法提供 265 vs 337");
	CHECK(has_diag(&d, GD_SEV_WARNING, "text", "unavailable", "337"), "shanghai: rule T names both numbers");
	CHECK(!has_diag(&d, GD_SEV_WARNING, "text", "withheld", NULL), "shanghai: 不予公开35件 agrees");
	CHECK(gd_applications_consistent(rep.format, rep.applications), "shanghai table 三 is consistent (blank 总计 not judged)");
	gd_diagnostics_free(&d);
}

/*
 * The same report printed to PDF by a browser (narrow columns: headers
 * stacked a character a line, labels wrapped with counts on their first
 * or last line, a page break in table 三) and by a word processor (group
 * labels interleaved with the rows), read back with pdftotext -layout.
 */
static void
test_pingtan_pdfs(void)
{
	static const char *const files[] = {
		"pingtan-2025-browser-pdftotext.txt", "pingtan-2025-word-pdftotext.txt",
	};

	for (int f = 0; f < 2; f++)
	{
		GdDiagnostics d = {0};
		GdError		err;
		bool		ok = parse_file(files[f], &d, &err);

		CHECK(ok, "%s parses: %s", files[f], err.message);
		CHECK(strcmp(rep.organ, "平潭综合实验区") == 0 && rep.year == 2025, "%s: organ %s, year %d",
			  files[f], rep.organ, rep.year);
		check_t3(files[f], &rep, pingtan25_t3, 25);
		check_t4(files[f], &rep, pingtan25_t4);
		CHECK(pro(&rep, "normative_docs_issued") == 58 && pro(&rep, "normative_docs_in_force") == 546 &&
			  pro(&rep, "licensing_decisions") == 2418 && pro(&rep, "coercion_decisions") == 64 &&
			  pro(&rep, "fees_collected") == 4166241619LL, "%s: table 二", files[f]);
		gd_diagnostics_free(&d);
	}
}

static void
test_pingtan(void)
{
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok = parse_file("pingtan-2025.html", &d, &err);

	CHECK(ok, "pingtan 2025 (Word HTML) parses: %s", err.message);
	CHECK(strcmp(rep.organ, "平潭综合实验区") == 0, "pingtan organ: %s", rep.organ);
	CHECK(rep.year == 2025 && rep.format == 2021, "pingtan 2025 year/format");
	check_t3("pingtan-2025", &rep, pingtan25_t3, 25);
	check_t4("pingtan-2025", &rep, pingtan25_t4);
	CHECK(pro(&rep, "normative_docs_issued") == 58 && pro(&rep, "normative_docs_repealed") == 45 &&
		  pro(&rep, "normative_docs_in_force") == 546, "pingtan 2025 normative docs 58/45/546");
	CHECK(pro(&rep, "licensing_decisions") == 2418 && pro(&rep, "penalty_decisions") == 644 &&
		  pro(&rep, "coercion_decisions") == 64, "pingtan 2025 decisions");
	CHECK(pro(&rep, "fees_collected") == 4166241619LL, "pingtan 2025 fees 4166.241619");
	gd_diagnostics_free(&d);

	d = (GdDiagnostics) {0};
	ok = parse_file("pingtan-2021-flattened.txt", &d, &err);
	CHECK(ok, "pingtan 2021 (flattened) parses: %s", err.message);
	CHECK(rep.year == 2021 && rep.format == 2021, "pingtan 2021 year/format");
	check_t3("pingtan-2021", &rep, pingtan21_t3, 25);
	check_t4("pingtan-2021", &rep, pingtan21_t4);
	CHECK(pro(&rep, "rules_issued") == 0 && pro(&rep, "rules_repealed") == 0 && pro(&rep, "rules_in_force") == 0, "pingtan 2021 rules \"000\"");
	CHECK(pro(&rep, "normative_docs_issued") == GD_PROACTIVE_NOT_STATED && pro(&rep, "normative_docs_in_force") == GD_PROACTIVE_NOT_STATED,
		  "pingtan 2021: \"693665\" is ambiguous, left not stated");
	CHECK(has_diag(&d, GD_SEV_WARNING, "二", "normative_docs_issued", "ambiguous"), "pingtan 2021: the ambiguity is reported");
	CHECK(pro(&rep, "licensing_decisions") == 2293 && pro(&rep, "penalty_decisions") == 1282 &&
		  pro(&rep, "coercion_decisions") == 42, "pingtan 2021 decisions");
	CHECK(pro(&rep, "fees_collected") == 24252311082LL, "pingtan 2021 fees 24252.311082");
	CHECK(has_diag(&d, GD_SEV_NOTE, "三", "granted", "column totals"), "pingtan 2021: granted split by the column totals");
	gd_diagnostics_free(&d);

	d = (GdDiagnostics) {0};
	ok = parse_file("pingtan-2023-flattened.txt", &d, &err);
	CHECK(ok, "pingtan 2023 (flattened) parses: %s", err.message);
	CHECK(rep.year == 2023 && rep.format == 2021, "pingtan 2023 year/format");
	check_t3("pingtan-2023", &rep, pingtan23_t3, 25);
	check_t4("pingtan-2023", &rep, pingtan23_t4);
	CHECK(pro(&rep, "normative_docs_issued") == GD_PROACTIVE_NOT_STATED, "pingtan 2023: \"77132470\" left not stated");
	CHECK(has_diag(&d, GD_SEV_WARNING, "二", "normative_docs_issued", "ambiguous"), "pingtan 2023: ambiguity reported");
	CHECK(pro(&rep, "licensing_decisions") == 2629 && pro(&rep, "penalty_decisions") == 1330 &&
		  pro(&rep, "coercion_decisions") == 54, "pingtan 2023 decisions");
	CHECK(pro(&rep, "fees_collected") == 5949088667LL, "pingtan 2023 fees 5949.088667");
	gd_diagnostics_free(&d);
}

static void
test_partial(void)
{
	static const struct
	{
		const char *file;
		const char *needle;
	}			cases[] = {
		{"district-stats-2023-pipes-partial.txt", "incomplete"},
		{"wendeng-2019-pipes-partial.txt", "incomplete"},
		{"hebao-2020-cell-per-line-partial.txt", "not found"},
		{"tianmen-2025-cell-per-line-partial.txt", "not found"},
		{"nanhu-2019-collapsed-cells-partial.txt", "lost"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		GdDiagnostics d = {0};
		GdDiagnostics d2 = {0};
		GdError		err;
		size_t		len;
		char	   *text;
		bool		ok = parse_file(cases[i].file, &d, &err);

		CHECK(!ok, "%s refused", cases[i].file);
		CHECK(err.code == GD_E_SYNTAX, "%s: 22P02", cases[i].file);
		CHECK(strstr(err.message, "三") != NULL && strstr(err.message, cases[i].needle) != NULL,
			  "%s: message names table 三 and says \"%s\": %s", cases[i].file, cases[i].needle, err.message);
		text = load(cases[i].file, &len);
		gd_parse_diagnostics(text, len, &d2);
		CHECK(d2.count > 0 && has_diag(&d2, GD_SEV_ERROR, "三", NULL, NULL), "%s: diagnostics report it", cases[i].file);
		free(text);
		gd_diagnostics_free(&d);
		gd_diagnostics_free(&d2);
	}
	/* what the partial pages do hold */
	{
		GdDiagnostics d = {0};
		GdError		err;

		parse_file("wendeng-2019-pipes-partial.txt", &d, &err);
		CHECK(rep.proactive_format == 2019 && pro(&rep, "licensing_items_prev") == 716 &&
			  pro(&rep, "licensing_items_change") == -417 && pro(&rep, "licensing_decisions") == 298,
			  "wendeng: 2019 table 二 with a signed 本年增/减 (-417)");
		CHECK(has_diag(&d, GD_SEV_NOTE, "二", "procurement_amount", "unit"), "wendeng: unmarked procurement amount noted");
		gd_diagnostics_free(&d);
		d = (GdDiagnostics) {0};
		parse_file("tianmen-2025-cell-per-line-partial.txt", &d, &err);
		CHECK(pro(&rep, "normative_docs_issued") == 6 && pro(&rep, "normative_docs_repealed") == 6 &&
			  pro(&rep, "normative_docs_in_force") == 49, "tianmen: one cell per line, truncated header");
		gd_diagnostics_free(&d);
		d = (GdDiagnostics) {0};
		parse_file("district-stats-2023-pipes-partial.txt", &d, &err);
		CHECK(pro(&rep, "rules_issued") == GD_PROACTIVE_NOT_STATED && pro(&rep, "normative_docs_issued") == 0,
			  "district-stats: \"/\" is not stated, 0 is 0");
		gd_diagnostics_free(&d);
	}
}

static char *
replace(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	size_t		n = strlen(s) - strlen(from) + strlen(to);
	char	   *r = malloc(n + 1);

	if (at == NULL || r == NULL)
	{
		printf("replace: \"%s\" not found\n", from);
		exit(2);
	}
	memcpy(r, s, (size_t) (at - s));
	strcpy(r + (at - s), to);
	strcat(r, at + strlen(from));
	return r;
}

static void
test_inconsistent(void)
{
	size_t		len;
	char	   *seed = load("hongqi-2024.txt", &len);
	char	   *bad = replace(seed, "(一) 予以公开\t6\t", "(一) 予以公开\t7\t");
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok = gd_parse_report(bad, strlen(bad), NULL, &rep, &d, &err);
	GdViolation v[GD_MAX_VIOLATIONS];
	int			nv;
	bool		b = false;
	bool		c = false;

	CHECK(ok, "an inconsistent report parses as published: %s", err.message);
	CHECK(rep.applications[2 * 7 + 0] == 7, "granted × natural_person read as printed (7)");
	nv = gd_applications_violations(rep.format, rep.applications, v);
	for (int i = 0; i < nv; i++)
	{
		if (strcmp(v[i].rule, "B") == 0 && v[i].column_key && strcmp(v[i].column_key, "natural_person") == 0 &&
			v[i].expected == 17 && v[i].reported == 16)
			b = true;
		if (strcmp(v[i].rule, "C") == 0 && v[i].row_key && strcmp(v[i].row_key, "granted") == 0 &&
			v[i].expected == 11 && v[i].reported == 10)
			c = true;
	}
	CHECK(b, "gd_applications_violations: B fails in natural_person (17 vs 16)");
	CHECK(c, "gd_applications_violations: C fails in row granted (11 vs 10)");
	gd_diagnostics_free(&d);
	free(bad);

	/* 合计 for 总计, full-width brackets, spaces inside labels, blanks and "/" */
	bad = replace(seed, "(七) 总计", "（七）合 计");
	{
		char	   *b2 = replace(bad, "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t/\t—\t-\t无\t\t0\t0");

		d = (GdDiagnostics) {0};
		ok = gd_parse_report(b2, strlen(b2), NULL, &rep, &d, &err);
		CHECK(ok, "合计 / blank markers parse: %s", err.message);
		CHECK(rep.applications[23 * 7 + 6] == 20, "（七）合 计 read as total_processed");
		CHECK(rep.applications[24 * 7 + 0] == GD_NOT_STATED && rep.applications[24 * 7 + 3] == GD_NOT_STATED &&
			  rep.applications[24 * 7 + 4] == GD_NOT_STATED && rep.applications[24 * 7 + 5] == 0,
			  "\"/\", \"—\", \"-\", \"无\", blank are not stated, never 0");
		gd_diagnostics_free(&d);
		free(b2);
	}
	free(bad);

	/* rule T: the prose contradicts the table */
	bad = replace(seed, "政府信息公开申请 20 件", "政府信息公开申请 25 件");
	d = (GdDiagnostics) {0};
	gd_parse_report(bad, strlen(bad), NULL, &rep, &d, &err);
	CHECK(has_diag(&d, GD_SEV_WARNING, "text", "new_received", "rule T"), "rule T: 25 件 vs new_received total 20");
	gd_diagnostics_free(&d);
	free(bad);
	/* a number is its own clause's: 办结 20 件，结转下年度继续办理 0 件 — 20 is not what is carried forward */
	bad = replace(seed, "政府信息公开申请 20 件，均已在当年答复", "政府信息公开申请 20 件，办结 20 件，结转下年度继续办理 0 件");
	d = (GdDiagnostics) {0};
	gd_parse_report(bad, strlen(bad), NULL, &rep, &d, &err);
	CHECK(!has_diag(&d, GD_SEV_WARNING, "text", NULL, "rule T"), "rule T: no figure read across a clause");
	gd_diagnostics_free(&d);
	free(bad);
	bad = replace(seed, "政府信息公开申请 20 件，均已在当年答复", "政府信息公开申请 20 件，办结 18 件，结转下年度继续办理 2 件");
	d = (GdDiagnostics) {0};
	gd_parse_report(bad, strlen(bad), NULL, &rep, &d, &err);
	CHECK(has_diag(&d, GD_SEV_WARNING, "text", "carried_forward", "2"), "rule T: 结转下年度继续办理 2 件 vs carried_forward 0");
	gd_diagnostics_free(&d);
	free(bad);

	/* a non-numeric cell: error naming row and column */
	bad = replace(seed, "二、上年结转政府信息公开申请数量\t\t0\t0\t0", "二、上年结转政府信息公开申请数量\t\t0\tabc\t0");
	d = (GdDiagnostics) {0};
	ok = gd_parse_report(bad, strlen(bad), NULL, &rep, &d, &err);
	CHECK(!ok && err.code == GD_E_SYNTAX, "\"abc\" in a count cell is refused");
	CHECK(strstr(err.message, "carried_over") && strstr(err.message, "commercial") && strstr(err.message, "abc"),
		  "the message names row, column and text: %s", err.message);
	gd_diagnostics_free(&d);
	free(bad);

	/* negative and fractional counts are refused */
	bad = replace(seed, "二、上年结转政府信息公开申请数量\t\t0\t0\t0", "二、上年结转政府信息公开申请数量\t\t0\t1.5\t0");
	ok = gd_parse_report(bad, strlen(bad), NULL, &rep, NULL, &err);
	CHECK(!ok && strstr(err.message, "fractional"), "1.5 refused: %s", err.message);
	free(bad);
	bad = replace(seed, "二、上年结转政府信息公开申请数量\t\t0\t0\t0", "二、上年结转政府信息公开申请数量\t\t0\t-2\t0");
	ok = gd_parse_report(bad, strlen(bad), NULL, &rep, NULL, &err);
	CHECK(!ok && strstr(err.message, "negative"), "-2 refused: %s", err.message);
	free(bad);

	/* the 2019 row set: one （六）其他处理 row with numbers */
	{
		char	   *a = replace(seed, "(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\t\n", "(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\t\n");
		char	   *b2 = replace(a, "\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\t\n", "");
		char	   *c2 = replace(b2, "\t3. 其他\t0\t0\t0\t0\t0\t0\t0\t\n", "");

		d = (GdDiagnostics) {0};
		ok = gd_parse_report(c2, strlen(c2), NULL, &rep, &d, &err);
		CHECK(ok && rep.format == 2019, "a single （六） row with numbers is the 2019 format: %s", err.message);
		CHECK(rep.applications[22 * 7 + 6] == 0 && rep.applications[21 * 7 + 6] == 20, "2019 rows: total_processed at row 22");
		gd_diagnostics_free(&d);
		free(a);
		free(b2);
		free(c2);
	}
	free(seed);
}

static void
test_layouts(void)
{
	/* pipes, with a subtotal column 法人或其他组织 (小计) and an omitted column */
	const char *pipes =
		"某某局2022年政府信息公开工作年度报告\n"
		"三、收到和处理政府信息公开申请情况\n"
		"| | 自然人 | 法人或其他组织 小计 | 商业企业 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
		"|---|---|---|---|---|---|---|---|\n"
		"| 一、本年新收政府信息公开申请数量 | 5 | 3 | 2 | 0 | 1 | 0 | 8 |\n"
		"| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
		"| （一）予以公开 | 5 | 2 | 2 | 0 | 0 | 0 | 7 |\n"
		"| （二）部分公开 | | | | | | | |\n"
		"| 1.属于国家秘密 | | | | | | | |\n| 2.其他法律行政法规禁止公开 | | | | | | | |\n"
		"| 3.危及“三安全一稳定” | | | | | | | |\n| 4.保护第三方合法权益 | | | | | | | |\n"
		"| 5.属于三类内部事务信息 | | | | | | | |\n| 6.属于四类过程性信息 | | | | | | | |\n"
		"| 7.属于行政执法案卷 | | | | | | | |\n| 8.属于行政查询事项 | | | | | | | |\n"
		"| 1.本机关不掌握相关政府信息 | 0 | 2 | 0 | 0 | 1 | 0 | 1 |\n"
		"| 2.没有现成信息需要另行制作 | | | | | | | |\n| 3.补正后申请内容仍不明确 | | | | | | | |\n"
		"| 1.信访举报投诉类申请 | | | | | | | |\n| 2.重复申请 | | | | | | | |\n"
		"| 3.要求提供公开出版物 | | | | | | | |\n| 4.无正当理由大量反复申请 | | | | | | | |\n"
		"| 5.要求行政机关确认或重新出具已获取信息 | | | | | | | |\n"
		"| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | | | | | | | |\n"
		"| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | | | | | | | |\n"
		"| 3.其他 | | | | | | | |\n"
		"| （七）总计 | 5 | 3 | 2 | 0 | 1 | 0 | 8 |\n"
		"| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok = gd_parse_report(pipes, strlen(pipes), NULL, &rep, &d, &err);

	CHECK(ok, "pipe table with a subtotal column parses: %s", err.message);
	CHECK(strcmp(rep.organ, "某某局") == 0 && rep.year == 2022, "pipe organ/year: %s %d", rep.organ, rep.year);
	CHECK(rep.applications[0] == 5 && rep.applications[1] == 2 && rep.applications[2] == GD_NOT_STATED &&
		  rep.applications[3] == 0 && rep.applications[4] == 1 && rep.applications[6] == 8,
		  "subtotal column dropped, omitted 科研机构 not stated");
	CHECK(has_diag(&d, GD_SEV_WARNING, "三", "unavailable_not_held", "subtotal"), "a subtotal disagreeing with its parts is a warning");
	CHECK(!has_diag(&d, GD_SEV_WARNING, "三", "new_received", "subtotal"), "an agreeing subtotal is silent");
	CHECK(!rep.has_appeals && has_diag(&d, GD_SEV_WARNING, "四", NULL, NULL), "no table 四: a warning, not an error");
	gd_diagnostics_free(&d);
}

/* The seed's title line replaced by another, read back as organ and year. */
static void
title_case(const char *seed, const char *title, const char *organ, int year)
{
	char	   *t = replace(seed, "# 红旗区人民政府 2024 年政府信息公开工作年度报告", title);
	GdError		err;
	bool		ok = gd_parse_report(t, strlen(t), NULL, &rep, NULL, &err);

	CHECK(ok && strcmp(rep.organ, organ) == 0 && rep.year == year,
		  "title \"%s\": organ \"%s\" (want \"%s\"), year %d (want %d)%s%s", title, rep.organ, organ,
		  rep.year, year, ok ? "" : ": ", ok ? "" : err.message);
	free(t);
}

/* What people read and the parser must too: units, titles, raw text. */
static void
test_wild(void)
{
	size_t		len;
	char	   *seed = load("hongqi-2024.txt", &len);
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok;

	/* table 二 with units in its cells: counts with 笔, money in 元 and 亿元 */
	{
		char	   *a = replace(seed, "行政许可\t6935\t\t", "行政许可\t6935笔\t\t");
		char	   *b = replace(a, "行政事业性收费\t0\t\t", "行政事业性收费\t984361元\t\t");

		ok = gd_parse_report(b, strlen(b), NULL, &rep, &d, &err);
		CHECK(ok && pro(&rep, "licensing_decisions") == 6935, "6935笔 read as 6935: %s", err.message);
		CHECK(ok && pro(&rep, "fees_collected") == 98436100, "984361元 is 98.4361 万元");
		CHECK(has_diag(&d, GD_SEV_NOTE, "二", "fees_collected", "元"), "the conversion from 元 is noted");
		gd_diagnostics_free(&d);
		free(b);
		b = replace(a, "行政事业性收费\t0\t\t", "行政事业性收费\t1.2亿元\t\t");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(ok && pro(&rep, "fees_collected") == 12000LL * 1000000, "1.2亿元 is 12000 万元");
		free(b);
		/* a space between a number and its unit, as pdftotext prints LibreOffice's PDFs */
		b = replace(a, "行政事业性收费\t0\t\t", "行政事业性收费\t1.2 亿元\t\t");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(ok && pro(&rep, "fees_collected") == 12000LL * 1000000, "1.2 亿元 is 12000 万元: %s",
			  ok ? "read" : err.message);
		free(b);
		b = replace(a, "行政事业性收费\t0\t\t", "行政事业性收费\t984361  元\t\t");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(ok && pro(&rep, "fees_collected") == 98436100, "984361  元 is 98.4361 万元: %s",
			  ok ? "read" : err.message);
		free(b);
		/* a unit that stands apart from every number is never dropped */
		b = replace(a, "行政事业性收费\t0\t\t", "行政事业性收费\t984361\t元\t");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(!ok && strstr(err.message, "fees") && strstr(err.message, "apart from any number"),
			  "a unit in a cell of its own is refused: %s", ok ? "read" : err.message);
		free(b);
		b = replace(a, "行政事业性收费\t0\t\t", "行政事业性收费\t1.2     亿元\t\t");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(!ok && strstr(err.message, "apart from any number"),
			  "a unit far from its number is refused, not ignored: %s", ok ? "read" : err.message);
		free(a);
		free(b);
	}
	/* 3.其他 outside its group is not the row other_misc */
	{
		char	   *a = replace(seed, "3. 要求提供公开出版物", "3. 其他");

		ok = gd_parse_report(a, strlen(a), NULL, &rep, NULL, &err);
		CHECK(!ok || rep.applications[17 * 7 + 6] == 0,
			  "3.其他 printed in （五） is not read as （六）3.其他: %s", ok ? "read" : err.message);
		free(a);
	}
	/* plain pdftotext: all labels, then all numbers */
	{
		GdBuf		raw = {0};
		int			nr = gd_applications_nrows(2021);

		gd_buf_puts(&raw, "三、收到和处理政府信息公开申请情况\n");
		for (int p = 0; p < nr; p++)
		{
			gd_buf_puts(&raw, gd_layout->rows[gd_applications_row_at(2021, p)].name.zh);
			gd_buf_puts(&raw, "\n");
		}
		for (int i = 0; i < nr * 7; i++)
			gd_buf_puts(&raw, i % 3 ? "0\n" : "1\n");
		ok = gd_parse_report(raw.data, raw.len, NULL, &rep, NULL, &err);
		CHECK(!ok && strstr(err.message, "separate blocks") && strstr(err.hint, "pdftotext -layout"),
			  "plain pdftotext's order refused with the hint to use -layout: %s / %s", err.message, err.hint);
		gd_buf_free(&raw);
	}
	/* run-together digits with a stray space inside a count, and U+3000 */
	{
		size_t		n;
		char	   *flat = load("pingtan-2021-flattened.txt", &n);
		char	   *a = replace(flat, "数量640020470", "数量6 40020470");
		char	   *b = replace(a, "（一）予以公开270020130", "（一）予以公开27\xE3\x80\x80" "0020130");

		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(ok && rep.applications[0] == 64 && rep.applications[6] == 70 &&
			  rep.applications[2 * 7] == 27 && rep.applications[2 * 7 + 6] == 30,
			  "a stray space or U+3000 inside a run of digits: %s", err.message);
		free(flat);
		free(a);
		free(b);
	}
	/* run-together table 二 items with a unit at the end: one reading, or none taken */
	{
		size_t		n;
		char	   *flat = load("pingtan-2021-flattened.txt", &n);
		char	   *a = replace(flat, "行政事业性收费24252.311082", "行政事业性收费984361元");
		char	   *b;

		ok = gd_parse_report(a, strlen(a), NULL, &rep, &d, &err);
		CHECK(ok && pro(&rep, "fees_collected") == 98436100 && pro(&rep, "licensing_decisions") == 2293,
			  "a one-cell item run together with its unit 元: %s", ok ? "read" : err.message);
		CHECK(has_diag(&d, GD_SEV_NOTE, "二", "fees_collected", "元"), "its conversion from 元 noted");
		gd_diagnostics_free(&d);
		b = replace(flat, "行政规范性文件693665", "行政规范性文件6 93 665");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(ok && pro(&rep, "normative_docs_issued") == 6 && pro(&rep, "normative_docs_repealed") == 93 &&
			  pro(&rep, "normative_docs_in_force") == 665, "spaces between a run's cells cut it: %s",
			  ok ? "read" : err.message);
		free(b);
		b = replace(flat, "行政规范性文件693665", "行政规范性文件693665元");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, &d, &err);
		CHECK(!ok || pro(&rep, "normative_docs_in_force") == GD_PROACTIVE_NOT_STATED,
			  "counts run together with 元 are never read as counts");
		gd_diagnostics_free(&d);
		free(b);
		b = replace(flat, "行政许可2293", "行政许可2293元");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, NULL, &err);
		CHECK(!ok && strstr(err.message, "licensing_decisions") && strstr(err.message, "unit of money"),
			  "a count that ends in 元 is refused: %s", ok ? "read" : err.message);
		free(b);
		free(a);
		free(flat);
	}
	/* titles as sites and word processors print them */
	title_case(seed, "首页 > 政务公开 > 年报 > 红旗区人民政府2024年政府信息公开工作年度报告", "红旗区人民政府", 2024);
	title_case(seed, "红旗区人民政府关于2024年度政府信息公开工作年度报告", "红旗区人民政府", 2024);
	title_case(seed, "红旗区人民政府二〇二四年政府信息公开工作年度报告", "红旗区人民政府", 2024);
	title_case(seed, "红旗区人民政府二零二四年度政府信息公开工作年度报告", "红旗区人民政府", 2024);
	title_case(seed, "红旗区人民政府２０２４年政府信息公开工作年度报告", "红旗区人民政府", 2024);
	title_case(seed, "2024年红旗区人民政府政府信息公开工作年度报告", "红旗区人民政府", 2024);
	title_case(seed, "中共某某县委、某某县人民政府2024年政府信息公开工作年度报告",
			   "中共某某县委、某某县人民政府", 2024);
	title_case(seed, "XX Development Zone管委会2024年政府信息公开工作年度报告", "XX Development Zone管委会", 2024);
	title_case(seed, "红旗区人民政府\n2024年政府信息公开\n工作年度报告", "红旗区人民政府", 2024);
	title_case(seed, "标题: 红旗区人民政府2024年度政府信息公开工作年度报告", "红旗区人民政府", 2024);
	/* no title: the sign-off at the end and the statistics period */
	{
		char	   *a = replace(seed, "# 红旗区人民政府 2024 年政府信息公开工作年度报告",
								"本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。");
		size_t		n = strlen(a);
		char	   *b = malloc(n + 200);

		memcpy(b, a, n);
		strcpy(b + n, "\n\n红旗区人民政府办公室\n2025年1月20日\n");
		ok = gd_parse_report(b, strlen(b), NULL, &rep, &d, &err);
		CHECK(ok && strcmp(rep.organ, "红旗区人民政府办公室") == 0 && rep.year == 2024,
			  "organ from the sign-off, year from the statistics period: %s %d", rep.organ, rep.year);
		CHECK(has_diag(&d, GD_SEV_NOTE, "title", NULL, "sign-off") &&
			  has_diag(&d, GD_SEV_NOTE, "title", NULL, "statistics period"),
			  "a note says where organ and year came from");
		gd_diagnostics_free(&d);
		free(a);
		free(b);
	}
	/* every refusal says what was seen and what to do */
	{
		static const char *const refused[] = {
			"district-stats-2023-pipes-partial.txt", "hebao-2020-cell-per-line-partial.txt",
			"nanhu-2019-collapsed-cells-partial.txt", "wendeng-2019-pipes-partial.txt",
		};

		for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		{
			ok = parse_file(refused[i], NULL, &err);
			CHECK(!ok && err.detail[0] && err.hint[0], "%s: refused with a detail and a hint: %s | %s | %s",
				  refused[i], err.message, err.detail, err.hint);
		}
	}
	free(seed);
}

/*
 * Table 三 as pdftotext -layout prints a browser's PDF: each row's label
 * padded to 44 characters, then its printed columns right-aligned in 6
 * characters each; a blank cell (GD_NOT_STATED) prints nothing, MARKED
 * prints the blank marker —.  sub_at ≥ 0 prints a 小计
 * column (the sum of the five 法人或其他组织 columns) before the column of
 * that index.  header is printed above the rows as given.
 */
#define MARKED (-2)

static char *
spaced_report_shifted(const char *header, const int32_t (*cells)[7], int sub_at, const int *shift);

static char *
spaced_report(const char *header, const int32_t (*cells)[7], int sub_at)
{
	return spaced_report_shifted(header, cells, sub_at, NULL);
}

/* The same, the values of row p moved shift[p] characters right (pdftotext's blocks). */
static char *
spaced_report_shifted(const char *header, const int32_t (*cells)[7], int sub_at, const int *shift)
{
	GdBuf		b = {0};

	gd_buf_puts(&b, "红旗区人民政府2024年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n");
	gd_buf_puts(&b, header);
	for (int p = 0; p < gd_applications_nrows(2021); p++)
	{
		const char *zh = gd_layout->rows[gd_applications_row_at(2021, p)].name.zh;
		int			ncp = 0;

		for (const char *c = zh; *c; c++)
			ncp += (*c & 0xC0) != 0x80;
		gd_buf_printf(&b, "%s%*s", zh, 44 - ncp + (shift != NULL ? shift[p] : 0), "");
		for (int c = 0; c < 7; c++)
		{
			if (c == sub_at)
			{
				int			sum = 0;

				for (int k = 1; k < 6; k++)
					sum += cells[p][k] > 0 ? cells[p][k] : 0;
				gd_buf_printf(&b, "%6d", sum);
			}
			if (cells[p][c] == GD_NOT_STATED)
				gd_buf_printf(&b, "%6s", "");
			else if (cells[p][c] == MARKED)
				gd_buf_printf(&b, "%5s—", "");
			else
				gd_buf_printf(&b, "%6d", cells[p][c]);
		}
		gd_buf_puts(&b, "\n");
	}
	gd_buf_puts(&b, "\n四、政府信息公开行政复议、行政诉讼情况\n");
	gd_buf_putc(&b, '\0');
	return b.data;
}

/* Columns of pdftotext -layout text: read by the rows when the header cannot be. */
static void
test_pdf_columns(void)
{
	/* a header stacked one character a line, with 小计 written across */
	static const char stacked[] =
		"                                                  小计 商 科 社 法 其 总\n"
		"                                            自然人     业 研 会 律 他 计\n"
		"                                                      企 机 公 服\n"
		"                                                      业 构 益 务\n";
	/* a header whose organisation labels are lost (an image): only 小计 is read */
	static const char lost[] =
		"                                            自然人 法人或其他组织 总计\n"
		"                                                   小计\n";
	GdError		err;
	GdDiagnostics d = {0};
	char	   *t;
	bool		ok;

	for (int at = 1; at <= 6; at += 5)
		for (int h = 0; h < 2; h++)
		{
			t = spaced_report(h ? lost : stacked, huaian_t3, at);
			ok = gd_parse_report(t, strlen(t), NULL, &rep, &d, &err);
			CHECK(ok, "小计 %s the five columns, %s: %s", at == 1 ? "before" : "after",
				  h ? "header lost" : "header stacked", ok ? "read" : err.message);
			if (ok)
				check_t3("a 小计 column placed by the rows' sums", &rep, huaian_t3, 25);
			CHECK(at == 1 && !h ? true : has_diag(&d, GD_SEV_NOTE, "三", NULL, "小计"),
				  "the rows' word on where 小计 stands is noted");
			gd_diagnostics_free(&d);
			free(t);
		}
	/*
	 * Blank cells printed — in most places and empty in some: the rows
	 * around give each column's position.  huaian's zeros are printed
	 * blank (its identities still hold: a blank counts as nothing).
	 */
	{
		static const char header[] =
			"                                            自然人  商业企业 科研机构 社会公益 法律服务 其他  总计\n";
		int32_t		printed[25][7];
		int32_t		want[25][7];

		for (int p = 0; p < 25; p++)
			for (int c = 0; c < 7; c++)
			{
				printed[p][c] = huaian_t3[p][c] == 0 ? ((p + c) % 4 ? MARKED : GD_NOT_STATED) : huaian_t3[p][c];
				want[p][c] = huaian_t3[p][c] == 0 ? GD_NOT_STATED : huaian_t3[p][c];
			}
		t = spaced_report(header, (const int32_t (*)[7]) printed, -1);
		ok = gd_parse_report(t, strlen(t), NULL, &rep, &d, &err);
		CHECK(ok, "empty cells among blank markers, placed by the columns' positions: %s", ok ? "read" : err.message);
		if (ok)
			check_t3("empty cells among blank markers", &rep, (const int32_t (*)[7]) want, 25);
		gd_diagnostics_free(&d);
		free(t);
		/* 2 then an empty cell, then —: 自然人 or 商业企业; the column totals say which */
		printed[4][1] = GD_NOT_STATED;
		printed[4][2] = MARKED;
		t = spaced_report(header, (const int32_t (*)[7]) printed, -1);
		ok = gd_parse_report(t, strlen(t), NULL, &rep, &d, &err);
		CHECK(ok && rep.applications[4 * 7] == 2 && rep.applications[4 * 7 + 1] == GD_NOT_STATED,
			  "a first value that may stand in two columns, decided by identity B: %s", ok ? "read" : err.message);
		CHECK(has_diag(&d, GD_SEV_NOTE, "三", "withheld_state_secret", "(identities A and B) leave one"),
			  "the identities' decision is noted");

		gd_diagnostics_free(&d);
		free(t);
		/* with 自然人, 商业企业 and 总计 of 一、本年新收 and （七）总计 printed —, nothing decides */
		printed[0][0] = printed[0][1] = printed[0][6] = MARKED;
		printed[23][0] = printed[23][1] = printed[23][6] = MARKED;
		t = spaced_report(header, (const int32_t (*)[7]) printed, -1);
		ok = gd_parse_report(t, strlen(t), NULL, &rep, &d, &err);
		CHECK(!ok && strstr(err.message, "more than one way") && strstr(err.detail, "candidate placements"),
			  "a row the positions and identities cannot place is refused: %s", ok ? "read" : err.message);
		CHECK(has_diag(&d, GD_SEV_ERROR, "三", "withheld_state_secret", "more than one way"),
			  "the row is named");
		gd_diagnostics_free(&d);
		free(t);
		/* a count printed wrong in （七）总计: no placement fits, said for the table */
		printed[0][0] = huaian_t3[0][0];
		printed[0][1] = huaian_t3[0][1];
		printed[0][6] = huaian_t3[0][6];
		printed[23][0] = huaian_t3[23][0] + 2;
		printed[23][1] = huaian_t3[23][1];
		printed[23][6] = huaian_t3[23][6] + 2;
		t = spaced_report(header, (const int32_t (*)[7]) printed, -1);
		ok = gd_parse_report(t, strlen(t), NULL, &rep, NULL, &err);
		CHECK(!ok && strstr(err.message, "no placement") && strstr(err.detail, "natural_person"),
			  "no placement fits a wrong total: refused for the table, naming the column: %s | %s",
			  ok ? "read" : err.message, ok ? "" : err.detail);
		free(t);
	}
	/*
	 * The columns move one column left from row 12 on (another block of
	 * pdftotext's), and row 12 prints only its first and last counts: its
	 * total stands where the block above has 其他.  It is never read by
	 * the block above: read right, or refused.
	 */
	{
		static const char header[] =
			"                                            自然人  商业企业 科研机构 社会公益 法律服务 其他  总计\n";
		int32_t		printed[25][7];
		int			shift[25];

		for (int p = 0; p < 25; p++)
		{
			shift[p] = p < 12 ? 6 : 0;
			for (int c = 0; c < 7; c++)
				printed[p][c] = huaian_t3[p][c] == 0 ? MARKED : huaian_t3[p][c];
		}
		for (int c = 1; c < 6; c++)
			printed[12][c] = huaian_t3[12][c] == 0 ? GD_NOT_STATED : huaian_t3[12][c];
		printed[12][1] = printed[12][4] = printed[12][5] = GD_NOT_STATED;
		t = spaced_report_shifted(header, (const int32_t (*)[7]) printed, -1, shift);
		ok = gd_parse_report(t, strlen(t), NULL, &rep, NULL, &err);
		CHECK(!ok || (rep.applications[12 * 7] == huaian_t3[12][0] && rep.applications[12 * 7 + 5] == GD_NOT_STATED &&
					  rep.applications[12 * 7 + 6] == huaian_t3[12][6]),
			  "a sparse row after the columns moved is not placed by the block above: %s",
			  ok ? "read" : err.message);
		free(t);
	}
	/* 无 among table 四's values on a pdftotext line is a blank cell, not a character of a word */
	{
		size_t		len;
		char	   *text = load("huaian-2024-pdftotext.txt", &len);
		char	   *a = replace(text, "72   64    178    37    351   13    4        8        1",
								"72   64    178    37    351   13    4        8        无");
		int32_t		want[15];

		memcpy(want, huaian_t4, sizeof(want));
		want[8] = GD_NOT_STATED;
		ok = gd_parse_report(a, strlen(a), NULL, &rep, NULL, &err);
		CHECK(ok, "huaian with 无 in table 四: %s", ok ? "read" : err.message);
		if (ok)
			check_t4("huaian with 无 in table 四", &rep, want);
		free(a);
		free(text);
	}
	/* rows whose only 法人 count is in one column cannot say where 小计 is */
	t = spaced_report(lost, seed_t3, 1);
	ok = gd_parse_report(t, strlen(t), NULL, &rep, NULL, &err);
	CHECK(!ok && strstr(err.message, "8 values"), "小计 that neither header nor rows can place is refused: %s",
		  ok ? "read" : err.message);
	free(t);
}

static void
test_malformed(void)
{
	GdError		err;
	GdDiagnostics d = {0};
	char		garbage[4096];
	unsigned	seed = 12345;
	bool		ok;
	size_t		len;
	char	   *html;

	ok = gd_parse_report("", 0, NULL, &rep, &d, &err);
	CHECK(!ok && err.code == GD_E_SYNTAX && strstr(err.message, "三"), "empty input refused: %s", err.message);
	gd_diagnostics_free(&d);
	ok = gd_parse_report(NULL, 0, NULL, &rep, NULL, &err);
	CHECK(!ok, "NULL input refused");
	for (size_t i = 0; i < sizeof(garbage); i++)
	{
		seed = seed * 1103515245u + 12345u;
		garbage[i] = (char) (seed >> 16);
	}
	d = (GdDiagnostics) {0};
	ok = gd_parse_report(garbage, sizeof(garbage), NULL, &rep, &d, &err);
	CHECK(!ok && err.code == GD_E_SYNTAX, "binary garbage refused");
	CHECK(d.count > 0, "binary garbage: diagnostics");
	gd_diagnostics_free(&d);

	/* truncated HTML: the page cut inside table 三 */
	html = load("pingtan-2025.html", &len);
	{
		const char *cut = strstr(html, "（五）不予处理");

		d = (GdDiagnostics) {0};
		ok = gd_parse_report(html, (size_t) (cut - html), NULL, &rep, &d, &err);
		CHECK(!ok && strstr(err.message, "incomplete"), "truncated HTML refused: %s", err.message);
		gd_diagnostics_free(&d);
		ok = gd_parse_report(html, 100, NULL, &rep, NULL, &err);
		CHECK(!ok, "HTML cut inside its head refused");
		/* cut right after the row 2.重复申请: its label is not lent to 4.无正当理由大量反复申请 */
		cut = strstr(html, "重复申请");
		cut = cut != NULL ? strstr(cut, "</tr>") : NULL;
		ok = cut != NULL && !gd_parse_report(html, (size_t) (cut - html) + 5, NULL, &rep, NULL, &err);
		CHECK(ok && strstr(err.message, "incomplete") && strstr(err.message, "not_processed_publication"),
			  "HTML cut after a row: incomplete from the next row on: %s", err.message);
	}
	/* cut at （三）: 其他 in 不计其他情形 is not the row 3.其他 */
	{
		size_t		n;
		char	   *seed = load("hongqi-2024.txt", &n);
		const char *cut = strstr(seed, "(三) 不予公开");

		ok = cut != NULL && !gd_parse_report(seed, (size_t) (cut - seed) + 1, NULL, &rep, NULL, &err);
		CHECK(ok && strstr(err.message, "incomplete") && strstr(err.detail, "4 of its"),
			  "text cut at （三）: 4 rows found, a short label inside a word not among them: %s", err.detail);
		free(seed);
	}
	/* Markdown cut inside a row: the row's line is part of the missing end */
	{
		size_t		n;
		char	   *seed = load("hongqi-2024.txt", &n);
		GdRenderFormat md_fmt;
		char	   *md;
		const char *row;

		ok = gd_parse_report(seed, n, NULL, &rep, NULL, &err) && gd_render_format_from_name("markdown", &md_fmt);
		md = ok ? gd_render(&rep, md_fmt) : NULL;
		row = md != NULL ? strstr(md, "| （一）予以公开 | 6 |") : NULL;
		ok = row != NULL && !gd_parse_report(md, (size_t) (row - md) + strlen("| （一）予以公开 | 6"), NULL,
											 &rep, NULL, &err);
		CHECK(ok && strstr(err.message, "incomplete") && strstr(err.detail, "granted, cut off after 1 of its 7 values"),
			  "Markdown cut inside a row: incomplete, the row cut named: %s | %s", err.message, err.detail);
		gd_free(md);
		free(seed);
	}
	/* NULs inside the text: read as separators, never past len */
	{
		char	   *copy = malloc(len);

		memcpy(copy, html, len);
		for (size_t i = 0; i < len; i += 997)
			if (copy[i] == ' ')
				copy[i] = '\0';
		gd_parse_diagnostics(copy, len, &d);
		gd_diagnostics_free(&d);
		passed++;
		free(copy);
	}
	free(html);
	/* diagnostics never fail, and free what they hold */
	gd_parse_diagnostics("<td><td><tr>&#99999999;&#x;&", 29, &d);
	CHECK(d.count > 0, "hostile HTML fragment: diagnostics");
	gd_diagnostics_free(&d);
	CHECK(d.items == NULL && d.count == 0, "gd_diagnostics_free resets");
}

int
main(void)
{
	test_seed();
	test_huaian();
	test_shanghai();
	test_pingtan();
	test_pingtan_pdfs();
	test_wild();
	test_partial();
	test_inconsistent();
	test_layouts();
	test_pdf_columns();
	test_malformed();
	printf("%d passed, %d failed\n", passed, failed);
	return failed > 0;
}
