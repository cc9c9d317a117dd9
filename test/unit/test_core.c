/*
 * test_core.c — unit tests of the pure-C core (no PostgreSQL needed).
 *
 * Built and run by `make unit`.  Every expected value below was worked out
 * by hand from shared/FORMAT.md and the seed report (红旗区 2024,
 * test/data/hongqi-2024.txt); the key lists are transcribed from FORMAT.md
 * here on purpose, so the test does not lean on layout.c to check
 * layout.c.  The last line printed is "N passed, M failed"; the exit
 * status is non-zero when anything failed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/error.h"
#include "core/io.h"
#include "core/layout.h"
#include "core/matrix.h"

#include "check.h"

#define NS GD_NOT_STATED

/* ---------- the layout, transcribed from FORMAT.md ---------- */

static const char *const keys2021[25] = {
	"new_received", "carried_over", "granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited_by_law",
	"withheld_security_stability", "withheld_third_party",
	"withheld_internal_affairs", "withheld_process_info",
	"withheld_enforcement_file", "withheld_inquiry_matter",
	"unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
	"not_processed_complaint", "not_processed_duplicate",
	"not_processed_publication", "not_processed_excessive",
	"not_processed_confirmation",
	"other_no_supplement", "other_unpaid_fee", "other_misc",
	"total_processed", "carried_forward"
};

static const char *const keys2019[23] = {
	"new_received", "carried_over", "granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited_by_law",
	"withheld_security_stability", "withheld_third_party",
	"withheld_internal_affairs", "withheld_process_info",
	"withheld_enforcement_file", "withheld_inquiry_matter",
	"unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
	"not_processed_complaint", "not_processed_duplicate",
	"not_processed_publication", "not_processed_excessive",
	"not_processed_confirmation",
	"other_handling",
	"total_processed", "carried_forward"
};

static const char *const col_keys[7] = {
	"natural_person", "commercial", "research", "public_interest",
	"legal_service", "other_org", "total"
};

static const char *const block_keys[3] = {"review", "suit_direct", "suit_after_review"};
static const char *const apl_col_keys[5] = {"upheld", "corrected", "other", "pending", "total"};

/* Columns by position (FORMAT.md order). */
enum
{
	NP, COM, RES, PUB, LEG, ORG, TOT
};

static const char *const *
keys_of(int format)
{
	return format == 2019 ? keys2019 : keys2021;
}

static int
nrows_of(int format)
{
	return format == 2019 ? 23 : 25;
}

/* Position of a row key in my own transcription; -1 if absent. */
static int
P(int format, const char *key)
{
	for (int i = 0; i < nrows_of(format); i++)
		if (strcmp(keys_of(format)[i], key) == 0)
			return i;
	return -1;
}

static int32_t *
cell(int format, int32_t *cells, const char *row, int col)
{
	int			p = P(format, row);

	if (p < 0)
	{
		printf("test bug: no row %s in %d\n", row, format);
		exit(2);
	}
	return &cells[p * 7 + col];
}

static void
set_row(int format, int32_t *cells, const char *row, const int32_t v[7])
{
	for (int c = 0; c < 7; c++)
		*cell(format, cells, row, c) = v[c];
}

static void
blank_row(int format, int32_t *cells, const char *row)
{
	for (int c = 0; c < 7; c++)
		*cell(format, cells, row, c) = NS;
}

/*
 * Table 三 of the seed report, transcribed from its text: every row zero
 * except these.  In the 2019 format other_handling is zero too.
 */
static void
seed_cells(int format, int32_t *cells)
{
	static const int32_t new_received[7] = {16, 0, 0, 0, 0, 4, 20};
	static const int32_t granted[7] = {6, 0, 0, 0, 0, 4, 10};
	static const int32_t partially[7] = {5, 0, 0, 0, 0, 0, 5};
	static const int32_t not_held[7] = {5, 0, 0, 0, 0, 0, 5};
	static const int32_t total_processed[7] = {16, 0, 0, 0, 0, 4, 20};

	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		cells[i] = 0;
	set_row(format, cells, "new_received", new_received);
	set_row(format, cells, "granted", granted);
	set_row(format, cells, "partially_granted", partially);
	set_row(format, cells, "unavailable_not_held", not_held);
	set_row(format, cells, "total_processed", total_processed);
}

/* Table 四 of the seed. */
static const int32_t seed_appeals[15] = {
	4, 7, 0, 0, 11,
	1, 0, 0, 1, 2,
	1, 0, 0, 2, 3
};

static bool
same_cells(const int32_t *a, const int32_t *b, int n)
{
	for (int i = 0; i < n; i++)
		if (a[i] != b[i])
		{
			printf("  (cell %d differs: %d vs %d)\n", i, a[i], b[i]);
			return false;
		}
	return true;
}

/* ---------- building input strings independently of io.c ---------- */

static void
app_text(int format, const int32_t *cells, const int *order, char *buf, size_t size)
{
	size_t		len;

	snprintf(buf, size, "%d:{", format);
	for (int i = 0; i < nrows_of(format); i++)
	{
		int			r = order ? order[i] : i;

		len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s:[", i ? ", " : "", keys_of(format)[r]);
		for (int c = 0; c < 7; c++)
		{
			int32_t		v = cells[r * 7 + c];

			len = strlen(buf);
			if (v == NS)
				snprintf(buf + len, size - len, "%s-", c ? "," : "");
			else
				snprintf(buf + len, size - len, "%s%d", c ? "," : "", v);
		}
		len = strlen(buf);
		snprintf(buf + len, size - len, "]");
	}
	len = strlen(buf);
	snprintf(buf + len, size - len, "}");
}

/* JSON with rows and columns in reverse order and "format" last. */
static void
app_json_reversed(int format, const int32_t *cells, char *buf, size_t size)
{
	size_t		len;

	snprintf(buf, size, "{\n");
	for (int r = nrows_of(format) - 1; r >= 0; r--)
	{
		len = strlen(buf);
		snprintf(buf + len, size - len, "  \"%s\" : {", keys_of(format)[r]);
		for (int c = 6; c >= 0; c--)
		{
			int32_t		v = cells[r * 7 + c];

			len = strlen(buf);
			if (v == NS)
				snprintf(buf + len, size - len, "\"%s\": null%s", col_keys[c], c ? ", " : "");
			else
				snprintf(buf + len, size - len, "\"%s\": %d%s", col_keys[c], v, c ? ", " : "");
		}
		len = strlen(buf);
		snprintf(buf + len, size - len, "},\n");
	}
	len = strlen(buf);
	snprintf(buf + len, size - len, "  \"format\": %d\n}", format);
}

/* Replace the first occurrence of from by to; the test fails if none. */
static bool
replace1(const char *s, const char *from, const char *to, char *out, size_t size)
{
	const char *p = strstr(s, from);

	if (!p)
	{
		printf("test bug: \"%s\" not found\n", from);
		exit(2);
	}
	snprintf(out, size, "%.*s%s%s", (int) (p - s), s, to, p + strlen(from));
	return true;
}

/* out = a followed by b (truncated to size). */
static void
join(char *out, size_t size, const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);

	if (la >= size)
		la = size - 1;
	memcpy(out, a, la);
	if (la + lb >= size)
		lb = size - 1 - la;
	memcpy(out + la, b, lb);
	out[la + lb] = '\0';
}

static char seed_text_2021[GD_TEXT_MAX];
static char seed_text_2019[GD_TEXT_MAX];
static const char *const seed_appeals_text =
	"{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}";

/* Parse expecting failure; returns the error. */
static GdError
app_text_err(const char *text)
{
	GdError		err;
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	int			format = 0;

	memset(&err, 0, sizeof(err));
	if (gd_applications_from_text(text, &format, cells, &err))
	{
		err.code = GD_OK;
		snprintf(err.message, sizeof(err.message), "(accepted)");
	}
	return err;
}

static GdError
apl_text_err(const char *text)
{
	GdError		err;
	int32_t		cells[GD_APPEALS_NCELLS];

	memset(&err, 0, sizeof(err));
	if (gd_appeals_from_text(text, cells, &err))
	{
		err.code = GD_OK;
		snprintf(err.message, sizeof(err.message), "(accepted)");
	}
	return err;
}

static GdError
app_json_err(const char *json)
{
	GdError		err;
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	int			format = 0;

	memset(&err, 0, sizeof(err));
	if (gd_applications_from_json(json, &format, cells, &err))
	{
		err.code = GD_OK;
		snprintf(err.message, sizeof(err.message), "(accepted)");
	}
	return err;
}

static GdError
apl_json_err(const char *json)
{
	GdError		err;
	int32_t		cells[GD_APPEALS_NCELLS];

	memset(&err, 0, sizeof(err));
	if (gd_appeals_from_json(json, cells, &err))
	{
		err.code = GD_OK;
		snprintf(err.message, sizeof(err.message), "(accepted)");
	}
	return err;
}

/* ====================================================================== */

static void
test_layout(void)
{
	CHECK(gd_format_valid(2019));
	CHECK(gd_format_valid(2021));
	CHECK(!gd_format_valid(2020));
	CHECK(!gd_format_valid(0));

	CHECK_INT(gd_applications_nrows(2021), 25);
	CHECK_INT(gd_applications_nrows(2019), 23);
	CHECK_INT(gd_applications_ncells(2021), 175);
	CHECK_INT(gd_applications_ncells(2019), 161);
	CHECK_INT(GD_APPLICATIONS_NCOLS, 7);
	CHECK_INT(GD_APPEALS_NCELLS, 15);

	/* Row keys in official order, both formats. */
	for (int f = 2019; f <= 2021; f += 2)
	{
		int			bad = 0;

		for (int pos = 0; pos < nrows_of(f); pos++)
		{
			int			id = gd_applications_row_at(f, pos);

			if (id < 0 || strcmp(gd_layout->rows[id].name.key, keys_of(f)[pos]) != 0)
			{
				printf("  format %d position %d: got %s, expected %s\n", f, pos,
					   id < 0 ? "(none)" : gd_layout->rows[id].name.key, keys_of(f)[pos]);
				bad++;
			}
			else if (gd_applications_row_pos(f, gd_applications_row_id(keys_of(f)[pos])) != pos)
				bad++;
		}
		CHECK_INT(bad, 0);
		CHECK_INT(gd_applications_row_at(f, nrows_of(f)), -1);
		CHECK_INT(gd_applications_row_at(f, -1), -1);
	}

	/* Position maps named in the brief and FORMAT.md. */
	CHECK_INT(gd_applications_row_pos(2019, gd_applications_row_id("other_handling")), 20);
	CHECK_INT(gd_applications_row_pos(2019, gd_applications_row_id("total_processed")), 21);
	CHECK_INT(gd_applications_row_pos(2019, gd_applications_row_id("carried_forward")), 22);
	CHECK_INT(gd_applications_row_pos(2021, gd_applications_row_id("total_processed")), 23);
	CHECK_INT(gd_applications_row_pos(2021, gd_applications_row_id("carried_forward")), 24);
	CHECK_INT(gd_applications_row_pos(2021, gd_applications_row_id("other_no_supplement")), 20);
	CHECK_INT(gd_applications_row_pos(2021, gd_applications_row_id("other_unpaid_fee")), 21);
	CHECK_INT(gd_applications_row_pos(2021, gd_applications_row_id("other_misc")), 22);
	CHECK_INT(gd_applications_row_pos(2021, gd_applications_row_id("granted")), 2);
	CHECK_INT(gd_applications_row_pos(2019, gd_applications_row_id("unavailable_not_held")), 12);
	/* rows absent from a format */
	CHECK_INT(gd_applications_row_pos(2021, gd_applications_row_id("other_handling")), -1);
	CHECK_INT(gd_applications_row_pos(2019, gd_applications_row_id("other_no_supplement")), -1);
	CHECK_INT(gd_applications_row_pos(2019, gd_applications_row_id("other_unpaid_fee")), -1);
	CHECK_INT(gd_applications_row_pos(2019, gd_applications_row_id("other_misc")), -1);
	CHECK_INT(gd_applications_row_pos(2021, -1), -1);
	CHECK_INT(gd_applications_row_id("no_such_row"), -1);
	CHECK_INT(gd_applications_row_id(""), -1);

	/* The union has 26 distinct row keys. */
	CHECK_INT(gd_layout->nrows, 26);

	/* A sum over both formats is in the 2019 format, whichever comes first. */
	CHECK_INT(gd_format_common(2019, 2021), 2019);
	CHECK_INT(gd_format_common(2021, 2019), 2019);
	CHECK_INT(gd_format_common(2021, 2021), 2021);
	CHECK_INT(gd_format_common(2019, 2019), 2019);
	CHECK_INT(gd_format_common(2021, 2020), 0);
	CHECK_INT(gd_format_common(0, 2019), 0);

	/* Group keys, and which rows they hold. */
	CHECK_INT(gd_layout->ngroups, 4);
	CHECK(gd_applications_group_id("withheld") >= 0);
	CHECK(gd_applications_group_id("unavailable") >= 0);
	CHECK(gd_applications_group_id("not_processed") >= 0);
	CHECK(gd_applications_group_id("other_handling") >= 0);
	CHECK_INT(gd_applications_group_id("granted"), -1);
	CHECK_INT(gd_applications_group_id("withheld_state_secret"), -1);
	{
		int			n_withheld = 0,
					n_unavailable = 0,
					n_not_processed = 0,
					n_other = 0,
					bad = 0;

		for (int id = 0; id < gd_layout->nrows; id++)
		{
			const char *k = gd_layout->rows[id].name.key;
			int			g = gd_layout->rows[id].group;
			const char *expect_group =
				strncmp(k, "withheld_", 9) == 0 ? "withheld"
				: strncmp(k, "unavailable_", 12) == 0 ? "unavailable"
				: strncmp(k, "not_processed_", 14) == 0 ? "not_processed"
				: strncmp(k, "other_", 6) == 0 ? "other_handling" : NULL;

			if (expect_group == NULL ? g != -1
				: (g < 0 || strcmp(gd_layout->groups[g].name.key, expect_group) != 0))
			{
				printf("  row %s in the wrong group\n", k);
				bad++;
			}
			if (g == gd_applications_group_id("withheld"))
				n_withheld++;
			if (g == gd_applications_group_id("unavailable"))
				n_unavailable++;
			if (g == gd_applications_group_id("not_processed"))
				n_not_processed++;
			if (g == gd_applications_group_id("other_handling"))
				n_other++;
		}
		CHECK_INT(bad, 0);
		CHECK_INT(n_withheld, 8);
		CHECK_INT(n_unavailable, 3);
		CHECK_INT(n_not_processed, 5);
		CHECK_INT(n_other, 4);	/* other_handling (2019) + three 2021 rows */
	}

	/* Column keys. */
	for (int c = 0; c < 7; c++)
	{
		CHECK_INT(gd_applications_column_id(col_keys[c]), c);
		CHECK_STR(gd_layout->columns[c].name.key, col_keys[c]);
		CHECK_INT(gd_layout->columns[c].organisation, c >= COM && c <= ORG);
	}
	CHECK_INT(gd_applications_column_id("organisations"), -1);
	CHECK_INT(gd_applications_total_column(), TOT);
	CHECK_STR(gd_layout->rows[gd_applications_total_processed_row()].name.key, "total_processed");

	/* Table 四. */
	for (int b = 0; b < 3; b++)
	{
		CHECK_INT(gd_appeals_block_id(block_keys[b]), b);
		CHECK_STR(gd_appeals_blocks[b].key, block_keys[b]);
	}
	for (int c = 0; c < 5; c++)
	{
		CHECK_INT(gd_appeals_column_id(apl_col_keys[c]), c);
		CHECK_STR(gd_appeals_columns[c].key, apl_col_keys[c]);
	}
	CHECK_INT(gd_appeals_total_column(), 4);
	CHECK_INT(gd_appeals_block_id("suit"), -1);

	/* Some official labels, from FORMAT.md. */
	CHECK_STR(gd_layout->rows[gd_applications_row_id("total_processed")].name.zh, "（七）总计");
	CHECK_STR(gd_layout->rows[gd_applications_row_id("withheld_state_secret")].name.zh, "1.属于国家秘密");
	CHECK_STR(gd_layout->rows[gd_applications_row_id("carried_forward")].name.zh, "四、结转下年度继续办理");
	CHECK_STR(gd_layout->columns[NP].name.zh, "自然人");
	CHECK_STR(gd_layout->columns[TOT].name.zh, "总计");

	/* Identities A–D. */
	CHECK_INT(gd_layout->nidentities, 4);
	{
		int			seen = 0;

		for (int k = 0; k < gd_layout->nidentities; k++)
			seen |= 1 << (gd_layout->identities[k].rule[0] - 'A');
		CHECK_INT(seen, 0xF);
	}

	/* Cell names used in messages. */
	{
		char		b[128];

		CHECK_STR(gd_applications_cell_name(2021, 2 * 7 + NP, b, sizeof(b)), "granted × natural_person");
		CHECK_STR(gd_applications_cell_name(2019, 20 * 7 + TOT, b, sizeof(b)), "other_handling × total");
		CHECK_STR(gd_applications_cell_name(2021, 22 * 7 + ORG, b, sizeof(b)), "other_misc × other_org");
		CHECK_STR(gd_appeals_cell_name(14, b, sizeof(b)), "suit_after_review × total");
		CHECK_STR(gd_appeals_cell_name(1, b, sizeof(b)), "review × corrected");
	}
}

/* ---------- cells, gd_applications_get, group sums, validity ---------- */

static void
test_cells(void)
{
	int32_t		c21[GD_APPLICATIONS_NCELLS_MAX],
				c19[GD_APPLICATIONS_NCELLS_MAX];
	int64_t		sum;
	GdError		err;

	seed_cells(2021, c21);
	seed_cells(2019, c19);

	CHECK_INT(gd_applications_get(2021, c21, gd_applications_row_id("granted"), NP), 6);
	CHECK_INT(gd_applications_get(2021, c21, gd_applications_row_id("granted"), ORG), 4);
	CHECK_INT(gd_applications_get(2021, c21, gd_applications_row_id("total_processed"), TOT), 20);
	CHECK_INT(gd_applications_get(2019, c19, gd_applications_row_id("total_processed"), TOT), 20);
	CHECK_INT(gd_applications_get(2021, c21, gd_applications_row_id("other_handling"), TOT), NS);
	CHECK_INT(gd_applications_get(2019, c19, gd_applications_row_id("other_misc"), TOT), NS);

	CHECK(gd_applications_group_sum(2021, c21, gd_applications_group_id("unavailable"), TOT, &sum));
	CHECK_INT(sum, 5);
	CHECK(gd_applications_group_sum(2021, c21, gd_applications_group_id("withheld"), NP, &sum));
	CHECK_INT(sum, 0);

	*cell(2021, c21, "other_no_supplement", NP) = 1;
	*cell(2021, c21, "other_unpaid_fee", NP) = NS;
	*cell(2021, c21, "other_misc", NP) = 2;
	CHECK(gd_applications_group_sum(2021, c21, gd_applications_group_id("other_handling"), NP, &sum));
	CHECK_INT(sum, 3);
	blank_row(2021, c21, "other_no_supplement");
	blank_row(2021, c21, "other_unpaid_fee");
	blank_row(2021, c21, "other_misc");
	CHECK(!gd_applications_group_sum(2021, c21, gd_applications_group_id("other_handling"), NP, &sum));

	*cell(2019, c19, "other_handling", RES) = 9;
	CHECK(gd_applications_group_sum(2019, c19, gd_applications_group_id("other_handling"), RES, &sum));
	CHECK_INT(sum, 9);

	seed_cells(2021, c21);
	CHECK(gd_applications_cells_valid(2021, c21, &err));
	*cell(2021, c21, "carried_forward", LEG) = NS;
	CHECK(gd_applications_cells_valid(2021, c21, &err));
	*cell(2021, c21, "carried_forward", LEG) = -5;
	memset(&err, 0, sizeof(err));
	CHECK(!gd_applications_cells_valid(2021, c21, &err));
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "carried_forward × legal_service");

	{
		int32_t		a[15];

		memcpy(a, seed_appeals, sizeof(a));
		CHECK(gd_appeals_cells_valid(a, &err));
		a[7] = -2;
		CHECK(!gd_appeals_cells_valid(a, &err));
		CHECK_HAS(err.message, "suit_direct × other");
	}
}

/* ---------- the text form of table 三 ---------- */

static void
test_app_text(void)
{
	int32_t		seed21[GD_APPLICATIONS_NCELLS_MAX],
				seed19[GD_APPLICATIONS_NCELLS_MAX],
				got[GD_APPLICATIONS_NCELLS_MAX],
				got2[GD_APPLICATIONS_NCELLS_MAX];
	char		buf[GD_TEXT_MAX],
				t[GD_TEXT_MAX];
	int			format;
	GdError		err;

	seed_cells(2021, seed21);
	seed_cells(2019, seed19);
	app_text(2021, seed21, NULL, seed_text_2021, sizeof(seed_text_2021));
	app_text(2019, seed19, NULL, seed_text_2019, sizeof(seed_text_2019));

	/* The seed, parsed. */
	format = 0;
	CHECK(gd_applications_from_text(seed_text_2021, &format, got, &err));
	CHECK_INT(format, 2021);
	CHECK(same_cells(got, seed21, 175));
	CHECK_INT(got[P(2021, "new_received") * 7 + TOT], 20);
	CHECK_INT(got[P(2021, "granted") * 7 + ORG], 4);
	CHECK_INT(got[P(2021, "partially_granted") * 7 + NP], 5);
	CHECK_INT(got[P(2021, "unavailable_not_held") * 7 + TOT], 5);
	CHECK_INT(got[P(2021, "total_processed") * 7 + NP], 16);

	/* Canonical output: the form in io.h, rows in official order. */
	gd_applications_to_text(2021, seed21, buf, sizeof(buf));
	CHECK_INT(strncmp(buf, "2021:{new_received:[16,0,0,0,0,4,20], carried_over:[0,0,0,0,0,0,0], "
					  "granted:[6,0,0,0,0,4,10], partially_granted:[5,0,0,0,0,0,5], ",
					  strlen("2021:{new_received:[16,0,0,0,0,4,20], carried_over:[0,0,0,0,0,0,0], "
							 "granted:[6,0,0,0,0,4,10], partially_granted:[5,0,0,0,0,0,5], ")), 0);
	CHECK_HAS(buf, "total_processed:[16,0,0,0,0,4,20], carried_forward:[0,0,0,0,0,0,0]}");
	CHECK_STR(buf, seed_text_2021);

	/* Round trip: output then input gives the same cells. */
	format = 0;
	CHECK(gd_applications_from_text(buf, &format, got, &err));
	CHECK_INT(format, 2021);
	CHECK(same_cells(got, seed21, 175));

	/* 2019 format: other_handling is a row; round trip. */
	format = 0;
	CHECK(gd_applications_from_text(seed_text_2019, &format, got, &err));
	CHECK_INT(format, 2019);
	CHECK(same_cells(got, seed19, 161));
	gd_applications_to_text(2019, seed19, buf, sizeof(buf));
	CHECK_HAS(buf, "not_processed_confirmation:[0,0,0,0,0,0,0], other_handling:[0,0,0,0,0,0,0], total_processed:[16,");
	CHECK_HASNT(buf, "other_misc");
	CHECK(gd_applications_from_text(buf, &format, got, &err));
	CHECK_INT(format, 2019);
	CHECK(same_cells(got, seed19, 161));

	/* "-" cells: not stated, in and out. */
	{
		int32_t		m[GD_APPLICATIONS_NCELLS_MAX];

		memcpy(m, seed21, sizeof(m));
		blank_row(2021, m, "carried_over");
		*cell(2021, m, "granted", COM) = NS;
		*cell(2021, m, "new_received", TOT) = NS;
		app_text(2021, m, NULL, t, sizeof(t));
		CHECK_HAS(t, "carried_over:[-,-,-,-,-,-,-]");
		CHECK(gd_applications_from_text(t, &format, got, &err));
		CHECK(same_cells(got, m, 175));
		CHECK_INT(got[P(2021, "granted") * 7 + COM], NS);
		gd_applications_to_text(2021, m, buf, sizeof(buf));
		CHECK_HAS(buf, "carried_over:[-,-,-,-,-,-,-]");
		CHECK_HAS(buf, "granted:[6,-,0,0,0,4,10]");
		CHECK_HAS(buf, "new_received:[16,0,0,0,0,4,-]");
		CHECK(gd_applications_from_text(buf, &format, got2, &err));
		CHECK(same_cells(got2, m, 175));
	}

	/* Rows in another order (reversed), and spacing/newlines, accepted. */
	{
		int			order[25];

		for (int i = 0; i < 25; i++)
			order[i] = 24 - i;
		app_text(2021, seed21, order, t, sizeof(t));
		CHECK_INT(strncmp(t, "2021:{carried_forward:", 22), 0);
		CHECK(gd_applications_from_text(t, &format, got, &err));
		CHECK(same_cells(got, seed21, 175));

		replace1(seed_text_2021, "2021:{new_received:[16,0,", "  2021 : {\n\tnew_received : [ 16 , 0 ,", t, sizeof(t));
		replace1(t, "carried_forward:[0,0,0,0,0,0,0]}", "carried_forward:[0,0,0,0,0,0,0]\n}\n", buf, sizeof(buf));
		CHECK(gd_applications_from_text(buf, &format, got, &err));
		CHECK(same_cells(got, seed21, 175));
	}

	/* 2147483647 accepted. */
	replace1(seed_text_2021, "carried_forward:[0,", "carried_forward:[2147483647,", t, sizeof(t));
	CHECK(gd_applications_from_text(t, &format, got, &err));
	CHECK_INT(got[24 * 7 + NP], 2147483647);

	/* ---- errors ---- */

	/* missing row */
	replace1(seed_text_2021, ", carried_forward:[0,0,0,0,0,0,0]", "", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "missing");
	CHECK_HAS(err.message, "carried_forward");

	replace1(seed_text_2021, ", withheld_third_party:[0,0,0,0,0,0,0]", "", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "withheld_third_party");

	/* duplicate row */
	replace1(seed_text_2021, ", carried_over:[0,0,0,0,0,0,0]",
			 ", carried_over:[0,0,0,0,0,0,0], granted:[6,0,0,0,0,4,10]", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "\"granted\"");
	CHECK_HAS(err.message, "twice");

	/* unknown key */
	replace1(seed_text_2021, "carried_over:", "carried_ovr:", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "carried_ovr");
	CHECK_HAS(err.detail, "carried_over");	/* the detail lists the valid keys */

	/* too few cells */
	replace1(seed_text_2021, ", granted:[6,0,0,0,0,4,10]", ", granted:[6,0,0,0,0,10]", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.message, "character");
	CHECK_HAS(err.detail, "granted");

	replace1(seed_text_2021, "carried_over:[0,0,0,0,0,0,0]", "carried_over:[]", t, sizeof(t));
	err = app_text_err(t);
	CHECK(err.code != GD_OK);
	CHECK_HAS(err.message, "carried_over");

	/* too many cells */
	replace1(seed_text_2021, ", granted:[6,0,0,0,0,4,10]", ", granted:[6,0,0,0,0,4,10,0]", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.message, "character");
	CHECK_HAS(err.detail, "granted");

	/* negative count */
	replace1(seed_text_2021, ", granted:[6,", ", granted:[-6,", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "negative");
	CHECK_HAS(err.message, "granted × natural_person");

	/* out of range */
	replace1(seed_text_2021, ", granted:[6,0,0,", ", granted:[6,0,2147483648,", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_RANGE);
	CHECK_HAS(err.message, "granted × research");
	replace1(seed_text_2021, ", granted:[6,", ", granted:[99999999999999999999999,", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_RANGE);

	/* fractional */
	replace1(seed_text_2021, ", granted:[6,0,0,0,0,4,10]", ", granted:[6,0,0,0,0,4,1.5]", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "granted × total");
	CHECK_HAS(err.message, "whole");

	/* garbage after the closing brace */
	join(t, sizeof(t), seed_text_2021, " x");
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.message, "character");
	join(t, sizeof(t), seed_text_2021, "}");
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_SYNTAX);

	/*
	 * What the cursor stands on is quoted at most 12 bytes long, cut
	 * before a character, never inside one: "; 中文中文中文" is cut to
	 * "; 中文中" (11 bytes), the 12th being the first byte of 文.
	 */
	join(t, sizeof(t), seed_text_2021, "");
	t[strlen(t) - 1] = '\0';	/* drop the closing brace */
	join(buf, sizeof(buf), t, "; 中文中文中文}");
	err = app_text_err(buf);
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.message, "found \"; 中文中\"");

	/* empty string, blank string */
	err = app_text_err("");
	CHECK_INT(err.code, GD_E_SYNTAX);
	err = app_text_err("   ");
	CHECK_INT(err.code, GD_E_SYNTAX);
	err = app_text_err("2021:{}");
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "new_received");
	err = app_text_err("2021:");
	CHECK_INT(err.code, GD_E_SYNTAX);

	/* bad format number */
	replace1(seed_text_2021, "2021:", "2020:", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.message, "2019 or 2021");
	replace1(seed_text_2021, "2021:", "{", t, sizeof(t));
	err = app_text_err(t + 0);
	CHECK_INT(err.code, GD_E_SYNTAX);
	replace1(seed_text_2021, "2021:", "20210:", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_SYNTAX);

	/* The format decides the row set: other_handling only in 2019. */
	{
		int32_t		m[GD_APPLICATIONS_NCELLS_MAX];

		memcpy(m, seed19, sizeof(m));
		*cell(2019, m, "other_handling", NP) = 3;
		app_text(2019, m, NULL, t, sizeof(t));
		CHECK(gd_applications_from_text(t, &format, got, &err));
		CHECK_INT(format, 2019);
		CHECK_INT(got[20 * 7 + NP], 3);
	}
	replace1(seed_text_2021, ", other_no_supplement:", ", other_handling:[0,0,0,0,0,0,0], other_no_supplement:", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "other_handling");
	/* a 2021 body labelled 2019 */
	replace1(seed_text_2021, "2021:", "2019:", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "other_no_supplement");
	/* a 2019 body labelled 2021: other_handling unknown there */
	replace1(seed_text_2019, "2019:", "2021:", t, sizeof(t));
	err = app_text_err(t);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "other_handling");
}

/* ---------- the text form of table 四 ---------- */

static void
test_apl_text(void)
{
	int32_t		got[15],
				m[15];
	char		buf[GD_TEXT_MAX],
				t[GD_TEXT_MAX];
	GdError		err;

	CHECK(gd_appeals_from_text(seed_appeals_text, got, &err));
	CHECK(same_cells(got, seed_appeals, 15));

	gd_appeals_to_text(seed_appeals, buf, sizeof(buf));
	CHECK_STR(buf, seed_appeals_text);
	CHECK(gd_appeals_from_text(buf, got, &err));
	CHECK(same_cells(got, seed_appeals, 15));

	/* "-" cells */
	memcpy(m, seed_appeals, sizeof(m));
	m[2] = NS;
	m[9] = NS;
	gd_appeals_to_text(m, buf, sizeof(buf));
	CHECK_STR(buf, "{review:[4,7,-,0,11], suit_direct:[1,0,0,1,-], suit_after_review:[1,0,0,2,3]}");
	CHECK(gd_appeals_from_text(buf, got, &err));
	CHECK(same_cells(got, m, 15));

	/* other order */
	CHECK(gd_appeals_from_text(" { suit_after_review:[1,0,0,2,3],review:[4,7,0,0,11] ,\n suit_direct:[1,0,0,1,2] } ",
						   got, &err));
	CHECK(same_cells(got, seed_appeals, 15));

	/* errors */
	err = apl_text_err("{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2]}");
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "suit_after_review");

	err = apl_text_err("{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], review:[4,7,0,0,11], suit_after_review:[1,0,0,2,3]}");
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "review");
	CHECK_HAS(err.message, "twice");

	err = apl_text_err("{review:[4,7,0,0,11], suit:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}");
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "\"suit\"");

	err = apl_text_err("{review:[4,7,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}");
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.detail, "review");

	err = apl_text_err("{review:[4,7,0,0,11,0], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}");
	CHECK_INT(err.code, GD_E_SYNTAX);
	CHECK_HAS(err.detail, "review");

	err = apl_text_err("{review:[4,7,0,0,11], suit_direct:[1,0,0,-1,2], suit_after_review:[1,0,0,2,3]}");
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "suit_direct × pending");

	err = apl_text_err("{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,2147483648]}");
	CHECK_INT(err.code, GD_E_RANGE);
	CHECK_HAS(err.message, "suit_after_review × total");

	CHECK(gd_appeals_from_text("{review:[4,7,0,0,2147483647], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}", got, &err));
	CHECK_INT(got[4], 2147483647);

	err = apl_text_err("{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0.5,2,3]}");
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "suit_after_review × other");

	snprintf(t, sizeof(t), "%s;", seed_appeals_text);
	err = apl_text_err(t);
	CHECK_INT(err.code, GD_E_SYNTAX);

	err = apl_text_err("");
	CHECK_INT(err.code, GD_E_SYNTAX);

	/* a table 三 format prefix does not belong here */
	snprintf(t, sizeof(t), "2021:%s", seed_appeals_text);
	err = apl_text_err(t);
	CHECK(err.code != GD_OK);
}

/* ---------- JSON ---------- */

static void
test_json(void)
{
	int32_t		seed21[GD_APPLICATIONS_NCELLS_MAX],
				seed19[GD_APPLICATIONS_NCELLS_MAX],
				m[GD_APPLICATIONS_NCELLS_MAX],
				got[GD_APPLICATIONS_NCELLS_MAX];
	static char buf[GD_JSON_MAX],
				t[GD_JSON_MAX],
				u[GD_JSON_MAX];
	int			format;
	GdError		err;

	seed_cells(2021, seed21);
	seed_cells(2019, seed19);

	/* Round trip, both formats, with blank cells. */
	for (int f = 2019; f <= 2021; f += 2)
	{
		memcpy(m, f == 2019 ? seed19 : seed21, sizeof(m));
		*cell(f, m, "carried_over", PUB) = NS;
		blank_row(f, m, "carried_forward");
		gd_applications_to_json(f, m, buf, sizeof(buf));
		CHECK_INT(strncmp(buf, f == 2019 ? "{\"format\": 2019" : "{\"format\": 2021", 15), 0);
		CHECK_HAS(buf, "\"new_received\": {\"natural_person\": 16, \"commercial\": 0, \"research\": 0, "
				  "\"public_interest\": 0, \"legal_service\": 0, \"other_org\": 4, \"total\": 20}");
		CHECK_HAS(buf, "\"public_interest\": null");
		format = 0;
		CHECK(gd_applications_from_json(buf, &format, got, &err));
		CHECK_INT(format, f);
		CHECK(same_cells(got, m, nrows_of(f) * 7));
		if (f == 2019)
		{
			CHECK_HAS(buf, "\"other_handling\"");
			CHECK_HASNT(buf, "other_misc");
		}
		else
		{
			CHECK_HAS(buf, "\"other_misc\"");
			CHECK_HASNT(buf, "other_handling");
		}
	}

	/* Keys in any order, written independently of io.c. */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "granted", LEG) = NS;
	app_json_reversed(2021, m, t, sizeof(t));
	format = 0;
	CHECK(gd_applications_from_json(t, &format, got, &err));
	CHECK_INT(format, 2021);
	CHECK(same_cells(got, m, 175));
	app_json_reversed(2019, seed19, t, sizeof(t));
	CHECK(gd_applications_from_json(t, &format, got, &err));
	CHECK_INT(format, 2019);
	CHECK(same_cells(got, seed19, 161));

	/* "format" missing */
	app_json_reversed(2021, seed21, t, sizeof(t));
	replace1(t, ",\n  \"format\": 2021", "", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "format");

	/* bad format */
	replace1(t, "\"format\": 2021", "\"format\": 2020", u, sizeof(u));
	err = app_json_err(u);
	CHECK(err.code != GD_OK);
	CHECK_HAS(err.message, "2020");

	/* 2021 JSON with the 2019 row, and the other way round */
	replace1(t, "\"format\": 2021", "\"format\": 2019", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "other_");

	/* missing row */
	replace1(t, "  \"carried_over\" : {\"total\": 0, \"other_org\": 0, \"legal_service\": 0, "
			 "\"public_interest\": 0, \"research\": 0, \"commercial\": 0, \"natural_person\": 0},\n",
			 "", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "carried_over");

	/* unknown row key */
	replace1(t, "\"carried_over\"", "\"carried_ovr\"", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "carried_ovr");

	/* unknown column key */
	replace1(t, "\"carried_over\" : {\"total\"", "\"carried_over\" : {\"totl\"", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "totl");
	CHECK_HAS(err.message, "carried_over");

	/* missing column */
	replace1(t, "\"carried_over\" : {\"total\": 0, ", "\"carried_over\" : {", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "total");
	CHECK_HAS(err.message, "carried_over");

	/* a count is digits only: 16.0, 16.5, -0 and 1e3 refused, as is a string */
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": 16.0}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "natural_person");
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": -0}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "natural_person");
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": 16.5}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "natural_person");
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": \"16\"}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "natural_person");
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": -16}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": 2147483648}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_RANGE);
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": 1e3}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);
	replace1(t, "\"natural_person\": 16}", "\"natural_person\": true}", u, sizeof(u));
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_VALUE);

	/* garbage, empty */
	join(u, sizeof(u), t, ",");
	err = app_json_err(u);
	CHECK_INT(err.code, GD_E_SYNTAX);
	err = app_json_err("");
	CHECK_INT(err.code, GD_E_SYNTAX);
	err = app_json_err("[]");
	CHECK_INT(err.code, GD_E_SYNTAX);

	/* ---- table 四 ---- */
	{
		int32_t		a[15],
					ag[15];

		gd_appeals_to_json(seed_appeals, buf, sizeof(buf));
		CHECK_HAS(buf, "\"review\": {\"upheld\": 4, \"corrected\": 7, \"other\": 0, \"pending\": 0, \"total\": 11}");
		CHECK_HAS(buf, "\"suit_after_review\": {\"upheld\": 1, \"corrected\": 0, \"other\": 0, \"pending\": 2, \"total\": 3}");
		CHECK(buf[0] == '{' && buf[1] != ',');
		CHECK(gd_appeals_from_json(buf, ag, &err));
		CHECK(same_cells(ag, seed_appeals, 15));

		memcpy(a, seed_appeals, sizeof(a));
		a[0] = NS;
		a[14] = NS;
		gd_appeals_to_json(a, buf, sizeof(buf));
		CHECK_HAS(buf, "\"upheld\": null");
		CHECK(gd_appeals_from_json(buf, ag, &err));
		CHECK(same_cells(ag, a, 15));

		snprintf(t, sizeof(t), "%s",
				 "{\"suit_direct\": {\"total\": 2, \"pending\": 1, \"other\": 0, \"corrected\": 0, \"upheld\": 1},"
				 " \"suit_after_review\": {\"upheld\": 1, \"corrected\": 0, \"other\": 0, \"pending\": 2, \"total\": 3},"
				 " \"review\": {\"other\": 0, \"pending\": 0, \"total\": 11, \"upheld\": 4, \"corrected\": 7}}");
		CHECK(gd_appeals_from_json(t, ag, &err));
		CHECK(same_cells(ag, seed_appeals, 15));

		replace1(t, ", \"review\"", ", \"reviews\"", u, sizeof(u));
		err = apl_json_err(u);
		CHECK_INT(err.code, GD_E_VALUE);
		CHECK_HAS(err.message, "reviews");

		replace1(t, "\"total\": 11, ", "\"totals\": 11, ", u, sizeof(u));
		err = apl_json_err(u);
		CHECK_INT(err.code, GD_E_VALUE);
		CHECK_HAS(err.message, "totals");

		replace1(t, "\"total\": 11", "\"total\": 11.5", u, sizeof(u));
		err = apl_json_err(u);
		CHECK_INT(err.code, GD_E_VALUE);

		replace1(t, "\"total\": 11", "\"total\": \"11\"", u, sizeof(u));
		err = apl_json_err(u);
		CHECK_INT(err.code, GD_E_VALUE);
		CHECK_HAS(err.message, "review");

		err = apl_json_err("{\"review\": {\"upheld\": 4, \"corrected\": 7, \"other\": 0, \"pending\": 0, \"total\": 11}}");
		CHECK_INT(err.code, GD_E_VALUE);
		CHECK_HAS(err.message, "suit_direct");

		/* "format" is not a table 四 key */
		join(u, sizeof(u), "{\"format\": 2021, ", t + 1);
		err = apl_json_err(u);
		CHECK_INT(err.code, GD_E_VALUE);
		CHECK_HAS(err.message, "format");
	}
}

/* ---------- checks ---------- */

static const GdViolation *
find_violation(const GdViolation *v, int n, const char *rule, const char *row, const char *col)
{
	for (int i = 0; i < n; i++)
		if (strcmp(v[i].rule, rule) == 0 &&
			((row == NULL && v[i].row_key == NULL) ||
			 (row && v[i].row_key && strcmp(v[i].row_key, row) == 0)) &&
			((col == NULL && v[i].column_key == NULL) ||
			 (col && v[i].column_key && strcmp(v[i].column_key, col) == 0)))
			return &v[i];
	return NULL;
}

static int
count_rule(const GdViolation *v, int n, const char *rule)
{
	int			k = 0;

	for (int i = 0; i < n; i++)
		if (strcmp(v[i].rule, rule) == 0)
			k++;
	return k;
}

static void
dump(const GdViolation *v, int n)
{
	for (int i = 0; i < n; i++)
		printf("  [%s %s/%s %lld vs %lld] %s\n", v[i].rule,
			   v[i].row_key ? v[i].row_key : "-", v[i].column_key ? v[i].column_key : "-",
			   (long long) v[i].expected, (long long) v[i].reported, v[i].message);
}

static void
test_checks(void)
{
	int32_t		seed21[GD_APPLICATIONS_NCELLS_MAX],
				m[GD_APPLICATIONS_NCELLS_MAX];
	static GdViolation v[GD_MAX_VIOLATIONS];
	const GdViolation *x;
	int			n;

	seed_cells(2021, seed21);

	/* The seed is consistent. */
	CHECK_INT(gd_applications_violations(2021, seed21, v), 0);
	CHECK(gd_applications_consistent(2021, seed21));
	CHECK_INT(gd_appeals_violations(seed_appeals, v), 0);
	CHECK(gd_appeals_consistent(seed_appeals));

	/*
	 * granted × natural_person 6 → 7.  Column natural_person: outcomes
	 * 7+5+5 = 17 against total_processed 16 (B).  Row granted: 7+4 = 11
	 * against total 10 (C).  A still holds (16+0 = 16+0).
	 */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "granted", NP) = 7;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(n, 2);
	CHECK(!gd_applications_consistent(2021, m));
	x = find_violation(v, n, "B", "total_processed", "natural_person");
	CHECK(x != NULL);
	if (x)
	{
		CHECK_INT(x->expected, 17);
		CHECK_INT(x->reported, 16);
		CHECK_STR(x->severity, "error");
		CHECK_HAS(x->message, "granted × natural_person");
		CHECK_HASNT(x->message, "partially_granted × natural_person");
		CHECK_HAS(x->message, "likely mistyped");
		CHECK_HAS(x->message, "可能误填");
	}
	x = find_violation(v, n, "C", "granted", "total");
	CHECK(x != NULL);
	if (x)
	{
		CHECK_INT(x->expected, 11);
		CHECK_INT(x->reported, 10);
		CHECK_STR(x->severity, "error");
		CHECK_HAS(x->message, "granted × natural_person");
		CHECK_HASNT(x->message, "partially_granted × natural_person");
	}
	if (n != 2)
		dump(v, n);

	/*
	 * new_received × total 20 → 21.  Column total: 21+0 against 20+0 (A).
	 * Row new_received: 16+4 = 20 against 21 (C).
	 */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "new_received", TOT) = 21;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(n, 2);
	x = find_violation(v, n, "A", NULL, "total");
	CHECK(x != NULL);
	if (x)
	{
		CHECK_INT(x->expected, 21);
		CHECK_INT(x->reported, 20);
		CHECK_HAS(x->message, "new_received × total");
	}
	x = find_violation(v, n, "C", "new_received", "total");
	CHECK(x != NULL);
	if (x)
	{
		CHECK_INT(x->expected, 20);
		CHECK_INT(x->reported, 21);
		CHECK_HAS(x->message, "new_received × total");
	}
	CHECK_INT(count_rule(v, n, "B"), 0);
	if (n != 2)
		dump(v, n);

	/* Appeals: review total 11 → 12. */
	{
		int32_t		a[15];

		memcpy(a, seed_appeals, sizeof(a));
		a[4] = 12;
		n = gd_appeals_violations(a, v);
		CHECK_INT(n, 1);
		CHECK(!gd_appeals_consistent(a));
		if (n >= 1)
		{
			CHECK_STR(v[0].rule, "D");
			CHECK_STR(v[0].severity, "error");
			CHECK_STR(v[0].row_key, "review");
			CHECK_STR(v[0].column_key, "total");
			CHECK_INT(v[0].expected, 11);
			CHECK_INT(v[0].reported, 12);
			CHECK_HAS(v[0].message, "review");
		}

		/* suit_after_review pending 2 → 1: expected 2, reported 3 */
		memcpy(a, seed_appeals, sizeof(a));
		a[13] = 1;
		n = gd_appeals_violations(a, v);
		CHECK_INT(n, 1);
		x = find_violation(v, n, "D", "suit_after_review", "total");
		CHECK(x != NULL);
		if (x)
		{
			CHECK_INT(x->expected, 2);
			CHECK_INT(x->reported, 3);
		}

		/* blank total: not judged; blank parts count 0 */
		memcpy(a, seed_appeals, sizeof(a));
		a[4] = NS;
		CHECK_INT(gd_appeals_violations(a, v), 0);
		CHECK(gd_appeals_consistent(a));
		memcpy(a, seed_appeals, sizeof(a));
		a[2] = a[3] = NS;		/* review other, pending were 0 */
		CHECK_INT(gd_appeals_violations(a, v), 0);
		a[0] = a[1] = NS;		/* all parts blank, total 11: not judged */
		CHECK_INT(gd_appeals_violations(a, v), 0);
		CHECK(gd_appeals_consistent(a));
		memcpy(a, seed_appeals, sizeof(a));
		a[1] = NS;				/* review: 4 against 11 */
		n = gd_appeals_violations(a, v);
		CHECK_INT(n, 1);
		if (n >= 1)
		{
			CHECK_INT(v[0].expected, 4);
			CHECK_INT(v[0].reported, 11);
		}
	}

	/*
	 * An A failure in single columns although 总计 balances: total_processed
	 * natural_person 16 → 15 and other_org 4 → 5 (the row still adds up to
	 * 20).  A: natural_person 16 vs 15, other_org 4 vs 5; B likewise.
	 */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "total_processed", NP) = 15;
	*cell(2021, m, "total_processed", ORG) = 5;
	n = gd_applications_violations(2021, m, v);
	x = find_violation(v, n, "A", NULL, "natural_person");
	CHECK(x != NULL && x->expected == 16 && x->reported == 15);
	x = find_violation(v, n, "A", NULL, "other_org");
	CHECK(x != NULL && x->expected == 4 && x->reported == 5);
	CHECK(find_violation(v, n, "A", NULL, "total") == NULL);
	x = find_violation(v, n, "B", "total_processed", "natural_person");
	CHECK(x != NULL && x->expected == 16 && x->reported == 15);
	x = find_violation(v, n, "B", "total_processed", "other_org");
	CHECK(x != NULL && x->expected == 4 && x->reported == 5);
	CHECK_INT(count_rule(v, n, "C"), 0);
	CHECK_INT(n, 4);
	if (n != 4)
		dump(v, n);
}

/* ---------- blank-cell judging (FORMAT.md "Blank cells") ---------- */

static void
test_blanks(void)
{
	int32_t		seed21[GD_APPLICATIONS_NCELLS_MAX],
				m[GD_APPLICATIONS_NCELLS_MAX];
	static GdViolation v[GD_MAX_VIOLATIONS];
	const GdViolation *x;
	int			n;

	seed_cells(2021, seed21);

	/* A whole total column left blank: no C, and nothing else breaks. */
	memcpy(m, seed21, sizeof(m));
	for (int r = 0; r < 25; r++)
		m[r * 7 + TOT] = NS;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(count_rule(v, n, "C"), 0);
	CHECK_INT(n, 0);
	CHECK(gd_applications_consistent(2021, m));

	/* ...even when the stated parts would not add up with any total. */
	*cell(2021, m, "granted", NP) = 7;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(count_rule(v, n, "C"), 0);
	CHECK_INT(n, 1);			/* B natural_person 17 vs 16 */
	x = find_violation(v, n, "B", "total_processed", "natural_person");
	CHECK(x != NULL && x->expected == 17 && x->reported == 16);

	/* A row whose total is stated but every part blank is not judged. */
	memcpy(m, seed21, sizeof(m));
	for (int c = 0; c < 6; c++)
		*cell(2021, m, "carried_over", c) = NS;
	*cell(2021, m, "carried_over", TOT) = 0;
	CHECK_INT(gd_applications_violations(2021, m, v), 0);
	memcpy(m, seed21, sizeof(m));
	for (int c = 0; c < 6; c++)
		*cell(2021, m, "withheld_third_party", c) = NS;
	*cell(2021, m, "withheld_third_party", TOT) = 0;
	CHECK_INT(gd_applications_violations(2021, m, v), 0);

	/*
	 * granted: parts blank, total 10.  C is not judged for granted; B counts
	 * the blank parts as 0: natural_person 0+5+5 = 10 vs 16, other_org 0 vs
	 * 4; the total column 10+5+5 = 20 holds.
	 */
	memcpy(m, seed21, sizeof(m));
	for (int c = 0; c < 6; c++)
		*cell(2021, m, "granted", c) = NS;
	n = gd_applications_violations(2021, m, v);
	CHECK(find_violation(v, n, "C", "granted", "total") == NULL);
	CHECK_INT(count_rule(v, n, "C"), 0);
	CHECK_INT(n, 2);
	x = find_violation(v, n, "B", "total_processed", "natural_person");
	CHECK(x != NULL && x->expected == 10 && x->reported == 16);
	x = find_violation(v, n, "B", "total_processed", "other_org");
	CHECK(x != NULL && x->expected == 0 && x->reported == 4);
	CHECK(!gd_applications_consistent(2021, m));

	/* Whole row blank (parts and total): nothing judged there. */
	memcpy(m, seed21, sizeof(m));
	blank_row(2021, m, "not_processed_duplicate");
	CHECK_INT(gd_applications_violations(2021, m, v), 0);

	/*
	 * A: judged only when new_received and total_processed are stated.
	 * total_processed blank everywhere, carried_forward stated 1 in
	 * natural_person: A would fail (16 vs 0+1... or 17) if judged; it is not.
	 * B is not judged either (its total is blank).
	 */
	memcpy(m, seed21, sizeof(m));
	blank_row(2021, m, "total_processed");
	*cell(2021, m, "carried_forward", NP) = 1;
	*cell(2021, m, "carried_forward", TOT) = 1;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(n, 0);
	CHECK(gd_applications_consistent(2021, m));

	/* new_received blank: same. */
	memcpy(m, seed21, sizeof(m));
	blank_row(2021, m, "new_received");
	*cell(2021, m, "carried_over", NP) = 3;
	*cell(2021, m, "carried_over", TOT) = 3;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(count_rule(v, n, "A"), 0);
	CHECK_INT(n, 0);

	/* Only new_received × total blank: A is judged in the other columns. */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "new_received", TOT) = NS;
	*cell(2021, m, "new_received", NP) = 15;
	*cell(2021, m, "carried_over", NP) = NS;
	n = gd_applications_violations(2021, m, v);
	x = find_violation(v, n, "A", NULL, "natural_person");
	CHECK(x != NULL && x->expected == 15 && x->reported == 16);
	CHECK(find_violation(v, n, "A", NULL, "total") == NULL);
	CHECK(find_violation(v, n, "C", "new_received", "total") == NULL);
	CHECK_INT(n, 1);

	/* Blank carried_over / carried_forward count as 0: the seed still holds. */
	memcpy(m, seed21, sizeof(m));
	blank_row(2021, m, "carried_over");
	blank_row(2021, m, "carried_forward");
	CHECK_INT(gd_applications_violations(2021, m, v), 0);
	/* ...and a stated carried_forward with blank carried_over is judged. */
	*cell(2021, m, "carried_forward", NP) = 1;
	*cell(2021, m, "carried_forward", TOT) = 1;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(n, 2);
	x = find_violation(v, n, "A", NULL, "natural_person");
	CHECK(x != NULL && x->expected == 16 && x->reported == 17);
	x = find_violation(v, n, "A", NULL, "total");
	CHECK(x != NULL && x->expected == 20 && x->reported == 21);

	/* B with blank outcome rows counts them 0. */
	memcpy(m, seed21, sizeof(m));
	for (int r = P(2021, "withheld_state_secret"); r <= P(2021, "withheld_inquiry_matter"); r++)
		for (int c = 0; c < 7; c++)
			m[r * 7 + c] = NS;
	for (int r = P(2021, "not_processed_complaint"); r <= P(2021, "other_misc"); r++)
		for (int c = 0; c < 7; c++)
			m[r * 7 + c] = NS;
	CHECK_INT(gd_applications_violations(2021, m, v), 0);
	CHECK(gd_applications_consistent(2021, m));
	blank_row(2021, m, "partially_granted");
	/* natural_person 6+5 = 11 vs 16; total 10+5 = 15 vs 20 */
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(n, 2);
	x = find_violation(v, n, "B", "total_processed", "natural_person");
	CHECK(x != NULL && x->expected == 11 && x->reported == 16);
	x = find_violation(v, n, "B", "total_processed", "total");
	CHECK(x != NULL && x->expected == 15 && x->reported == 20);

	/* Every outcome row blank, total_processed stated: B not judged. */
	memcpy(m, seed21, sizeof(m));
	for (int r = P(2021, "granted"); r <= P(2021, "other_misc"); r++)
		for (int c = 0; c < 7; c++)
			m[r * 7 + c] = NS;
	n = gd_applications_violations(2021, m, v);
	CHECK_INT(count_rule(v, n, "B"), 0);
	CHECK_INT(n, 0);

	/* Everything blank: consistent, no violations. */
	for (int i = 0; i < 175; i++)
		m[i] = NS;
	CHECK_INT(gd_applications_violations(2021, m, v), 0);
	CHECK(gd_applications_consistent(2021, m));
	for (int i = 0; i < 15; i++)
		m[i] = NS;
	CHECK_INT(gd_appeals_violations(m, v), 0);
}

/* ---------- the 2019 format ---------- */

static void
test_2019(void)
{
	int32_t		seed19[GD_APPLICATIONS_NCELLS_MAX],
				m[GD_APPLICATIONS_NCELLS_MAX];
	static GdViolation v[GD_MAX_VIOLATIONS];
	const GdViolation *x;
	int			n;
	static const int32_t oh[7] = {1, 0, 0, 0, 0, 0, 1};
	static const int32_t nr[7] = {17, 0, 0, 0, 0, 4, 21};

	seed_cells(2019, seed19);
	CHECK_INT(gd_applications_violations(2019, seed19, v), 0);
	CHECK(gd_applications_consistent(2019, seed19));

	/* other_handling counts in B: 1 more outcome, totals unchanged. */
	memcpy(m, seed19, sizeof(m));
	set_row(2019, m, "other_handling", oh);
	n = gd_applications_violations(2019, m, v);
	CHECK_INT(n, 2);
	x = find_violation(v, n, "B", "total_processed", "natural_person");
	CHECK(x != NULL && x->expected == 17 && x->reported == 16);
	x = find_violation(v, n, "B", "total_processed", "total");
	CHECK(x != NULL && x->expected == 21 && x->reported == 20);
	if (n != 2)
		dump(v, n);

	/* ...and balances once total_processed and new_received include it. */
	set_row(2019, m, "total_processed", nr);
	set_row(2019, m, "new_received", nr);
	n = gd_applications_violations(2019, m, v);
	CHECK_INT(n, 0);
	CHECK(gd_applications_consistent(2019, m));
	if (n)
		dump(v, n);

	/* C on other_handling, suspect named with the 2019 key. */
	*cell(2019, m, "other_handling", NP) = 2;
	n = gd_applications_violations(2019, m, v);
	x = find_violation(v, n, "C", "other_handling", "total");
	CHECK(x != NULL && x->expected == 2 && x->reported == 1);
	if (x)
		CHECK_HAS(x->message, "other_handling × natural_person");
	x = find_violation(v, n, "B", "total_processed", "natural_person");
	CHECK(x != NULL && x->expected == 18 && x->reported == 17);
	CHECK_INT(n, 2);

	/* The 2021 reading of the same buffer differs: cells are per format. */
	memcpy(m, seed19, sizeof(m));
	set_row(2019, m, "other_handling", oh);
	set_row(2019, m, "total_processed", nr);
	set_row(2019, m, "new_received", nr);
	CHECK(gd_applications_consistent(2019, m));
}

/* ---------- fill_totals ---------- */

static void
test_fill(void)
{
	int32_t		seed21[GD_APPLICATIONS_NCELLS_MAX],
				seed19[GD_APPLICATIONS_NCELLS_MAX],
				m[GD_APPLICATIONS_NCELLS_MAX];
	GdError		err;

	seed_cells(2021, seed21);
	seed_cells(2019, seed19);

	/* Blank total column: refilled from the parts. */
	memcpy(m, seed21, sizeof(m));
	for (int r = 0; r < 25; r++)
		m[r * 7 + TOT] = NS;
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK(same_cells(m, seed21, 175));

	/* Blank total_processed row: refilled from the outcome rows. */
	memcpy(m, seed21, sizeof(m));
	blank_row(2021, m, "total_processed");
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK(same_cells(m, seed21, 175));

	/* Both at once. */
	memcpy(m, seed21, sizeof(m));
	blank_row(2021, m, "total_processed");
	for (int r = 0; r < 25; r++)
		m[r * 7 + TOT] = NS;
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK(same_cells(m, seed21, 175));

	/* 2019 format: other_handling enters total_processed. */
	memcpy(m, seed19, sizeof(m));
	*cell(2019, m, "other_handling", LEG) = 2;
	*cell(2019, m, "new_received", LEG) = 2;
	*cell(2019, m, "new_received", TOT) = 22;
	*cell(2019, m, "other_handling", TOT) = 2;
	blank_row(2019, m, "total_processed");
	CHECK(gd_applications_fill_derived(2019, m, &err));
	CHECK_INT(*cell(2019, m, "total_processed", LEG), 2);
	CHECK_INT(*cell(2019, m, "total_processed", NP), 16);
	CHECK_INT(*cell(2019, m, "total_processed", TOT), 22);
	CHECK(gd_applications_consistent(2019, m));

	/*
	 * Regression (check.c, fill): a blank total_processed × total must not
	 * be filled from the total column (B) before a blank part of that column
	 * has itself been filled from its row (C).  Here other_handling × total and the
	 * whole total_processed row are blank; other_handling × legal_service = 2.
	 * Expected total_processed × total = 22 (row: 16+2+4; column:
	 * 10+5+5+2), not 20.  Same in 2021 with partially_granted × total
	 * blank: expected 20, not 15.
	 */
	memcpy(m, seed19, sizeof(m));
	*cell(2019, m, "other_handling", LEG) = 2;
	*cell(2019, m, "new_received", LEG) = 2;
	*cell(2019, m, "new_received", TOT) = 22;
	*cell(2019, m, "other_handling", TOT) = NS;
	blank_row(2019, m, "total_processed");
	CHECK(gd_applications_consistent(2019, m));
	CHECK(gd_applications_fill_derived(2019, m, &err));
	CHECK_INT(*cell(2019, m, "other_handling", TOT), 2);
	CHECK_INT(*cell(2019, m, "total_processed", LEG), 2);
	CHECK_INT(*cell(2019, m, "total_processed", TOT), 22);
	CHECK(gd_applications_consistent(2019, m));

	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "partially_granted", TOT) = NS;
	blank_row(2021, m, "total_processed");
	CHECK(gd_applications_consistent(2021, m));
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(*cell(2021, m, "partially_granted", TOT), 5);
	CHECK_INT(*cell(2021, m, "total_processed", TOT), 20);
	CHECK(same_cells(m, seed21, 175));
	CHECK(gd_applications_consistent(2021, m));

	/* Stated cells are left alone, even wrong ones. */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "granted", TOT) = 99;
	*cell(2021, m, "partially_granted", TOT) = NS;
	*cell(2021, m, "total_processed", NP) = 77;
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(*cell(2021, m, "granted", TOT), 99);
	CHECK_INT(*cell(2021, m, "total_processed", NP), 77);
	CHECK_INT(*cell(2021, m, "partially_granted", TOT), 5);
	CHECK_INT(*cell(2021, m, "granted", NP), 6);

	/* A total is filled only when at least one part is stated. */
	memcpy(m, seed21, sizeof(m));
	blank_row(2021, m, "carried_over");
	for (int c = 0; c < 6; c++)
		*cell(2021, m, "granted", c) = NS;
	*cell(2021, m, "granted", TOT) = NS;
	*cell(2021, m, "partially_granted", COM) = NS;
	*cell(2021, m, "partially_granted", TOT) = NS;
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(*cell(2021, m, "carried_over", TOT), NS);
	CHECK_INT(*cell(2021, m, "granted", TOT), NS);
	CHECK_INT(*cell(2021, m, "partially_granted", TOT), 5);	/* blank part = 0 */
	CHECK_INT(*cell(2021, m, "carried_over", NP), NS);

	/* Overflow. */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "granted", NP) = 2147483647;
	*cell(2021, m, "granted", COM) = 1;
	*cell(2021, m, "granted", TOT) = NS;
	memset(&err, 0, sizeof(err));
	CHECK(!gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(err.code, GD_E_RANGE);
	CHECK_HAS(err.message, "granted × total");

	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "granted", RES) = 2147483647;
	*cell(2021, m, "other_misc", RES) = 1;
	blank_row(2021, m, "total_processed");
	memset(&err, 0, sizeof(err));
	CHECK(!gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(err.code, GD_E_RANGE);

	/* 2147483647 exactly is fine. */
	memcpy(m, seed21, sizeof(m));
	*cell(2021, m, "granted", NP) = 2147483646;
	*cell(2021, m, "granted", COM) = 1;
	*cell(2021, m, "granted", ORG) = 0;
	*cell(2021, m, "granted", TOT) = NS;
	CHECK(gd_applications_fill_derived(2021, m, &err));
	CHECK_INT(*cell(2021, m, "granted", TOT), 2147483647);

	/* Table 四. */
	{
		int32_t		a[15];

		memcpy(a, seed_appeals, sizeof(a));
		a[4] = a[9] = a[14] = NS;
		CHECK(gd_appeals_fill_derived(a, &err));
		CHECK(same_cells(a, seed_appeals, 15));

		memcpy(a, seed_appeals, sizeof(a));
		a[5] = a[6] = a[7] = a[8] = NS;
		a[9] = NS;
		a[14] = 99;
		CHECK(gd_appeals_fill_derived(a, &err));
		CHECK_INT(a[9], NS);
		CHECK_INT(a[14], 99);

		memcpy(a, seed_appeals, sizeof(a));
		a[0] = 2147483647;
		a[4] = NS;
		CHECK(!gd_appeals_fill_derived(a, &err));
		CHECK_INT(err.code, GD_E_RANGE);
	}
}

/* ---------- gd_applications_add, gd_appeals_add, gd_applications_fold ---------- */

/* A 2021-format array rewritten in place as a 2019-format one. */
static bool
fold_to_2019(int32_t *f, GdError *err)
{
	int32_t		tmp[GD_APPLICATIONS_NCELLS_MAX];

	if (!gd_applications_fold(2021, 2019, f, tmp, err))
		return false;
	memcpy(f, tmp, sizeof(int32_t) * gd_applications_ncells(2019));
	return true;
}

static void
test_add_fold(void)
{
	int32_t		a[GD_APPLICATIONS_NCELLS_MAX],
				b[GD_APPLICATIONS_NCELLS_MAX],
				seed21[GD_APPLICATIONS_NCELLS_MAX];
	GdError		err;

	seed_cells(2021, seed21);

	/* seed + seed = twice the seed */
	memcpy(a, seed21, sizeof(a));
	CHECK(gd_applications_add(2021, a, seed21, &err));
	CHECK_INT(*cell(2021, a, "new_received", TOT), 40);
	CHECK_INT(*cell(2021, a, "granted", NP), 12);
	CHECK_INT(*cell(2021, a, "carried_forward", NP), 0);

	/* not stated + n = n; n + not stated = n; blank + blank stays blank */
	for (int i = 0; i < 175; i++)
		a[i] = b[i] = NS;
	*cell(2021, a, "granted", NP) = 3;
	*cell(2021, b, "granted", COM) = 4;
	*cell(2021, b, "granted", NP) = NS;
	CHECK(gd_applications_add(2021, a, b, &err));
	CHECK_INT(*cell(2021, a, "granted", NP), 3);
	CHECK_INT(*cell(2021, a, "granted", COM), 4);
	CHECK_INT(*cell(2021, a, "granted", RES), NS);
	CHECK_INT(*cell(2021, a, "carried_forward", TOT), NS);
	*cell(2021, b, "granted", COM) = 0;
	CHECK(gd_applications_add(2021, a, b, &err));
	CHECK_INT(*cell(2021, a, "granted", COM), 4);

	/* the limit: 2147483646+1 fine, 2147483647+1 GD_E_RANGE */
	for (int i = 0; i < 175; i++)
		a[i] = b[i] = 0;
	*cell(2021, a, "carried_forward", TOT) = 2147483646;
	*cell(2021, b, "carried_forward", TOT) = 1;
	CHECK(gd_applications_add(2021, a, b, &err));
	CHECK_INT(*cell(2021, a, "carried_forward", TOT), 2147483647);
	memset(&err, 0, sizeof(err));
	CHECK(!gd_applications_add(2021, a, b, &err));
	CHECK_INT(err.code, GD_E_RANGE);
	CHECK_HAS(err.message, "carried_forward × total");

	/* 2019 format: sums 23 rows (other_handling at position 20). */
	for (int i = 0; i < GD_APPLICATIONS_NCELLS_MAX; i++)
		a[i] = b[i] = NS;
	*cell(2019, a, "other_handling", NP) = 2;
	*cell(2019, b, "other_handling", NP) = 5;
	*cell(2019, b, "carried_forward", TOT) = 1;
	CHECK(gd_applications_add(2019, a, b, &err));
	CHECK_INT(a[20 * 7 + NP], 7);
	CHECK_INT(a[22 * 7 + TOT], 1);
	*cell(2019, a, "other_handling", ORG) = 2147483647;
	*cell(2019, b, "other_handling", ORG) = 1;
	CHECK(!gd_applications_add(2019, a, b, &err));
	CHECK_INT(err.code, GD_E_RANGE);
	CHECK_HAS(err.message, "other_handling × other_org");

	/* Table 四. */
	{
		int32_t		x[15],
					y[15];

		memcpy(x, seed_appeals, sizeof(x));
		CHECK(gd_appeals_add(x, seed_appeals, &err));
		CHECK_INT(x[4], 22);
		CHECK_INT(x[14], 6);
		for (int i = 0; i < 15; i++)
			x[i] = y[i] = NS;
		y[3] = 2;
		CHECK(gd_appeals_add(x, y, &err));
		CHECK_INT(x[3], 2);
		CHECK_INT(x[0], NS);
		x[10] = 2147483647;
		y[10] = 1;
		CHECK(!gd_appeals_add(x, y, &err));
		CHECK_INT(err.code, GD_E_RANGE);
		CHECK_HAS(err.message, "suit_after_review × upheld");
	}

	/* Fold 2021 → 2019. */
	{
		static const int32_t sup[7] = {1, 0, NS, 0, 0, 2, 3};
		static const int32_t fee[7] = {0, 4, NS, NS, 0, 0, 4};
		static const int32_t misc[7] = {2, NS, NS, NS, 0, 1, 3};
		static const int32_t tp[7] = {19, 4, 0, 0, 0, 7, 30};
		static const int32_t cf[7] = {1, 2, 3, 4, 5, 6, 21};
		int32_t		f[GD_APPLICATIONS_NCELLS_MAX],
					before[GD_APPLICATIONS_NCELLS_MAX];

		seed_cells(2021, f);
		set_row(2021, f, "other_no_supplement", sup);
		set_row(2021, f, "other_unpaid_fee", fee);
		set_row(2021, f, "other_misc", misc);
		set_row(2021, f, "total_processed", tp);
		set_row(2021, f, "carried_forward", cf);
		memcpy(before, f, sizeof(f));
		CHECK(fold_to_2019(f, &err));
		/* rows 0–19 unchanged */
		CHECK(same_cells(f, before, 20 * 7));
		/* other_handling = sum, research all blank stays blank */
		CHECK_INT(f[20 * 7 + NP], 3);
		CHECK_INT(f[20 * 7 + COM], 4);
		CHECK_INT(f[20 * 7 + RES], NS);
		CHECK_INT(f[20 * 7 + PUB], 0);
		CHECK_INT(f[20 * 7 + LEG], 0);
		CHECK_INT(f[20 * 7 + ORG], 3);
		CHECK_INT(f[20 * 7 + TOT], 10);
		/* total_processed to position 21, carried_forward to 22 */
		CHECK(same_cells(&f[21 * 7], tp, 7));
		CHECK(same_cells(&f[22 * 7], cf, 7));
		/* read as 2019 */
		CHECK_INT(gd_applications_get(2019, f, gd_applications_row_id("other_handling"), TOT), 10);
		CHECK_INT(gd_applications_get(2019, f, gd_applications_row_id("carried_forward"), TOT), 21);

		/* the seed folds to the 2019 seed */
		{
			int32_t		s19[GD_APPLICATIONS_NCELLS_MAX];

			seed_cells(2021, f);
			seed_cells(2019, s19);
			CHECK(fold_to_2019(f, &err));
			CHECK(same_cells(f, s19, 161));
		}

		/* all blank stays blank */
		seed_cells(2021, f);
		blank_row(2021, f, "other_no_supplement");
		blank_row(2021, f, "other_unpaid_fee");
		blank_row(2021, f, "other_misc");
		CHECK(fold_to_2019(f, &err));
		{
			int			blanks = 0;

			for (int c = 0; c < 7; c++)
				blanks += f[20 * 7 + c] == NS;
			CHECK_INT(blanks, 7);
		}
		CHECK_INT(f[21 * 7 + TOT], 20);

		/* overflow when folding */
		seed_cells(2021, f);
		*cell(2021, f, "other_no_supplement", TOT) = 2147483647;
		*cell(2021, f, "other_misc", TOT) = 1;
		memset(&err, 0, sizeof(err));
		CHECK(!fold_to_2019(f, &err));
		CHECK_INT(err.code, GD_E_RANGE);
		CHECK_HAS(err.message, "other_handling × total");

		/* sum over both formats: fold, then add as 2019 */
		{
			int32_t		s19[GD_APPLICATIONS_NCELLS_MAX];

			seed_cells(2021, f);
			set_row(2021, f, "other_misc", misc);
			seed_cells(2019, s19);
			CHECK(fold_to_2019(f, &err));
			CHECK(gd_applications_add(2019, s19, f, &err));
			CHECK_INT(*cell(2019, s19, "other_handling", NP), 2);
			CHECK_INT(*cell(2019, s19, "other_handling", COM), 0);
			CHECK_INT(*cell(2019, s19, "total_processed", TOT), 40);
		}
	}
}

/*
 * Property: the fast gd_applications_consistent (compiled plans, vectorised loops)
 * agrees with the general engine behind gd_applications_violations on random matrices:
 * consistent ones made with gd_applications_fill_derived, then blanks and single-cell
 * changes sprinkled in.  A fixed-seed LCG keeps it reproducible.
 */
static uint32_t lcg_state = 20241127u;

static uint32_t
lcg(void)
{
	lcg_state = lcg_state * 1664525u + 1013904223u;
	return lcg_state >> 8;
}

static void
test_consistent_agrees_with_check(void)
{
	int			disagreements = 0;
	int			consistent_seen = 0;
	int			inconsistent_seen = 0;

	for (int iter = 0; iter < 20000; iter++)
	{
		int			format = (iter & 1) ? 2021 : 2019;
		int			nrows = gd_applications_nrows(format);
		int			n = nrows * GD_APPLICATIONS_NCOLS;
		int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
		GdViolation v[GD_MAX_VIOLATIONS];
		GdError		err;
		int			big = (lcg() % 10 == 0);

		/* parts random (carried_over zero so A can balance), derived cells
		 * blank, then filled */
		for (int i = 0; i < n; i++)
			m[i] = (int32_t) (big ? lcg() % 10000000u : lcg() % 20u);
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			m[1 * GD_APPLICATIONS_NCOLS + c] = 0;
		/* now and then one cell past 2^26, where the 32-bit fast path stops */
		if (iter % 20 == 0)
			m[(2 + lcg() % (uint32_t) (nrows - 4)) * GD_APPLICATIONS_NCOLS + lcg() % 6u] =
				(int32_t) (100000000u + lcg() % 100000000u);
		for (int r = 0; r < nrows; r++)
			m[r * GD_APPLICATIONS_NCOLS + GD_APPLICATIONS_NCOLS - 1] = GD_NOT_STATED;
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			m[gd_applications_row_pos(format, gd_applications_row_id("total_processed")) * GD_APPLICATIONS_NCOLS + c] = GD_NOT_STATED;
		if (!gd_applications_fill_derived(format, m, &err))
			continue;
		/* A: new_received := total_processed + carried_forward (carried_over is 0) */
		{
			int			tp = gd_applications_row_pos(format, gd_applications_row_id("total_processed"));
			int			cf = gd_applications_row_pos(format, gd_applications_row_id("carried_forward"));
			int64_t		nr_total = 0,
						cf_total = 0;

			for (int c = 0; c < GD_APPLICATIONS_NCOLS - 1; c++)
			{
				m[cf * GD_APPLICATIONS_NCOLS + c] = (int32_t) (lcg() % 5u);
				m[0 * GD_APPLICATIONS_NCOLS + c] = m[tp * GD_APPLICATIONS_NCOLS + c] + m[cf * GD_APPLICATIONS_NCOLS + c];
				nr_total += m[0 * GD_APPLICATIONS_NCOLS + c];
				cf_total += m[cf * GD_APPLICATIONS_NCOLS + c];
			}
			m[cf * GD_APPLICATIONS_NCOLS + GD_APPLICATIONS_NCOLS - 1] = (int32_t) cf_total;
			m[0 * GD_APPLICATIONS_NCOLS + GD_APPLICATIONS_NCOLS - 1] = (int32_t) nr_total;
		}
		/* perturb half of them: blanks and changed cells */
		if (iter % 4 < 2)
		{
			for (int k = (int) (lcg() % 4); k > 0; k--)
				m[lcg() % (uint32_t) n] = GD_NOT_STATED;
			for (int k = (int) (lcg() % 3); k > 0; k--)
				m[lcg() % (uint32_t) n] = (int32_t) (lcg() % 30u);
		}
		{
			bool		fast = gd_applications_consistent(format, m);
			bool		slow = gd_applications_violations(format, m, v) == 0;

			if (fast != slow)
				disagreements++;
			if (slow)
				consistent_seen++;
			else
				inconsistent_seen++;
		}
	}
	printf("consistency property: %d consistent, %d inconsistent, %d disagreements\n",
		   consistent_seen, inconsistent_seen, disagreements);
	CHECK_INT(disagreements, 0);
	/* the generator must exercise both outcomes */
	CHECK(consistent_seen > 1000);
	CHECK(inconsistent_seen > 1000);
}

int
main(void)
{
	test_layout();
	test_cells();
	test_app_text();
	test_apl_text();
	test_json();
	test_checks();
	test_blanks();
	test_2019();
	test_fill();
	test_add_fold();
	test_consistent_agrees_with_check();

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
