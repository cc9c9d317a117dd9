/*
 * test_proactive_io.c — the text and JSON forms of table 二 (io.c).
 *
 * Keys and their order are transcribed from FORMAT.md ("Table 二"); money
 * is kept in millionths of 万元, so every amount below was multiplied by
 * 10^6 by hand.  Last line: "N passed, M failed".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "core/io.h"
#include "core/layout.h"
#include "core/report.h"

#include "check.h"

#define PNS GD_PROACTIVE_NOT_STATED

/* The 2021 cells in order, and the position of fees_collected (the last). */
#define FEES 9
#define N2021 10

static const char text2021[] =
	"2021:{rules_issued:1, rules_repealed:0, rules_in_force:22, "
	"normative_docs_issued:3, normative_docs_repealed:1, normative_docs_in_force:42, "
	"licensing_decisions:120, penalty_decisions:7, coercion_decisions:-, fees_collected:1.5}";

static const char json2021[] =
	"{\"format\": 2021, \"rules_issued\": 1, \"rules_repealed\": 0, \"rules_in_force\": 22, "
	"\"normative_docs_issued\": 3, \"normative_docs_repealed\": 1, \"normative_docs_in_force\": 42, "
	"\"licensing_decisions\": 120, \"penalty_decisions\": 7, \"coercion_decisions\": null, "
	"\"fees_collected\": 1.5}";

static const int64_t cells2021[N2021] = {1, 0, 22, 3, 1, 42, 120, 7, PNS, 1500000};

/* The 2021 text with fees_collected written as `fees`. */
static bool
read_fees(const char *fees, int64_t *out, GdError *err)
{
	char		t[512];
	int64_t		cells[GD_PROACTIVE_NCELLS_MAX];
	int			format = 0;

	snprintf(t, sizeof(t), "2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, "
			 "normative_docs_issued:0, normative_docs_repealed:0, normative_docs_in_force:0, "
			 "licensing_decisions:0, penalty_decisions:0, coercion_decisions:0, fees_collected:%s}",
			 fees);
	err->code = GD_OK;
	if (!gd_proactive_from_text(t, &format, cells, err))
		return false;
	*out = cells[FEES];
	return format == 2021;
}

static void
test_read_and_write_2021(void)
{
	int64_t		cells[GD_PROACTIVE_NCELLS_MAX];
	char		out[GD_JSON_MAX];
	GdError		err;
	int			format = 0;

	CHECK(gd_proactive_from_text(text2021, &format, cells, &err));
	CHECK_INT(format, 2021);
	for (int i = 0; i < N2021; i++)
		CHECK_INT(cells[i], cells2021[i]);
	gd_proactive_to_text(2021, cells2021, out, sizeof(out));
	CHECK_STR(out, text2021);

	format = 0;
	CHECK(gd_proactive_from_json(json2021, &format, cells, &err));
	CHECK_INT(format, 2021);
	for (int i = 0; i < N2021; i++)
		CHECK_INT(cells[i], cells2021[i]);
	gd_proactive_to_json(2021, cells2021, out, sizeof(out));
	CHECK_STR(out, json2021);
}

/* Amounts in 万元, up to six decimals, kept exactly. */
static void
test_money(void)
{
	static const struct
	{
		const char *text;
		int64_t		millionths;
	}			ok[] = {
		{"1.5", 1500000},
		{"0.05", 50000},
		{"12.34567", 12345670},
		{"0.1234", 123400},
		{"3.001", 3001000},
		{"24252.311082", 24252311082LL},
		{"0.000001", 1},
		{"7", 7000000},
		{"3.1000000", 3100000},	/* a seventh decimal that is 0 */
		{"-", PNS},
	};
	GdError		err;
	int64_t		v;
	char		out[GD_JSON_MAX];
	int64_t		cells[N2021];

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
	{
		v = 0;
		if (read_fees(ok[i].text, &v, &err) && v == ok[i].millionths)
			passed++;
		else
			fail_at(__FILE__, __LINE__, "fees_collected:%s read as %lld, expected %lld (%s)",
					ok[i].text, (long long) v, (long long) ok[i].millionths, err.message);
	}

	CHECK(!read_fees("3.1234567", &v, &err));
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK_HAS(err.message, "six decimal places");
	CHECK(!read_fees("-1.5", &v, &err));
	CHECK_INT(err.code, GD_E_VALUE);
	CHECK(!read_fees("1e3", &v, &err));
	CHECK_INT(err.code, GD_E_VALUE);

	/* written back with no needless zeros */
	for (int i = 0; i < N2021; i++)
		cells[i] = 0;
	cells[FEES] = 1050000;
	gd_proactive_to_text(2021, cells, out, sizeof(out));
	CHECK_HAS(out, "fees_collected:1.05}");
	cells[FEES] = 12345670;
	gd_proactive_to_json(2021, cells, out, sizeof(out));
	CHECK_HAS(out, "\"fees_collected\": 12.34567}");

	/* JSON numbers with decimals */
	{
		static const char j[] =
			"{\"fees_collected\": 0.25, \"rules_issued\": 0, \"rules_repealed\": 0, \"rules_in_force\": 0, "
			"\"normative_docs_issued\": 0, \"normative_docs_repealed\": 0, \"normative_docs_in_force\": 0, "
			"\"licensing_decisions\": 0, \"penalty_decisions\": 0, \"coercion_decisions\": 0, \"format\": 2021}";
		int			format = 0;
		int64_t		c[GD_PROACTIVE_NCELLS_MAX];

		CHECK(gd_proactive_from_json(j, &format, c, &err));
		CHECK_INT(c[FEES], 250000);
	}
}

/* Counts are whole numbers from 0 to 2147483647. */
static void
test_counts(void)
{
	int64_t		cells[GD_PROACTIVE_NCELLS_MAX];
	GdError		err;
	int			format;

	{
		static const char big[] =
			"2021:{rules_issued:2147483647, rules_repealed:0, rules_in_force:0, "
			"normative_docs_issued:0, normative_docs_repealed:0, normative_docs_in_force:0, "
			"licensing_decisions:0, penalty_decisions:0, coercion_decisions:0, fees_collected:0}";
		static const char too_big[] =
			"2021:{rules_issued:2147483648, rules_repealed:0, rules_in_force:0, "
			"normative_docs_issued:0, normative_docs_repealed:0, normative_docs_in_force:0, "
			"licensing_decisions:0, penalty_decisions:0, coercion_decisions:0, fees_collected:0}";
		static const char fraction[] =
			"2021:{rules_issued:1.5, rules_repealed:0, rules_in_force:0, "
			"normative_docs_issued:0, normative_docs_repealed:0, normative_docs_in_force:0, "
			"licensing_decisions:0, penalty_decisions:0, coercion_decisions:0, fees_collected:0}";
		static const char negative[] =
			"2021:{rules_issued:-1, rules_repealed:0, rules_in_force:0, "
			"normative_docs_issued:0, normative_docs_repealed:0, normative_docs_in_force:0, "
			"licensing_decisions:0, penalty_decisions:0, coercion_decisions:0, fees_collected:0}";

		CHECK(gd_proactive_from_text(big, &format, cells, &err));
		CHECK_INT(cells[0], 2147483647);
		err.code = GD_OK;
		CHECK(!gd_proactive_from_text(too_big, &format, cells, &err));
		CHECK_INT(err.code, GD_E_RANGE);
		CHECK(!gd_proactive_from_text(fraction, &format, cells, &err));
		CHECK_INT(err.code, GD_E_VALUE);
		CHECK(!gd_proactive_from_text(negative, &format, cells, &err));
		CHECK_INT(err.code, GD_E_VALUE);
	}
}

/* 2019: the 本年增/减 cells are signed, the others are not. */
static void
test_signed_2019(void)
{
	static const char t2019[] =
		"2019:{rules_made:1, rules_published:2, rules_total_published:3, "
		"normative_docs_made:4, normative_docs_published:5, normative_docs_total_published:6, "
		"licensing_items_prev:10, licensing_items_change:-3, licensing_decisions:7, "
		"other_services_items_prev:0, other_services_items_change:+4, other_services_decisions:0, "
		"penalty_items_prev:0, penalty_items_change:0, penalty_decisions:0, "
		"coercion_items_prev:0, coercion_items_change:-, coercion_decisions:0, "
		"fee_items_prev:2, fee_items_change:-2147483647, procurement_projects:9, procurement_amount:251000.5}";
	int64_t		cells[GD_PROACTIVE_NCELLS_MAX];
	char		out[GD_JSON_MAX];
	GdError		err;
	int			format = 0;

	CHECK(gd_proactive_from_text(t2019, &format, cells, &err));
	CHECK_INT(format, 2019);
	CHECK_INT(cells[7], -3);
	CHECK_INT(cells[10], 4);
	CHECK_INT(cells[16], PNS);
	CHECK_INT(cells[19], -2147483647);
	CHECK_INT(cells[20], 9);
	CHECK_INT(cells[21], 251000500000LL);
	gd_proactive_to_text(2019, cells, out, sizeof(out));
	CHECK_HAS(out, "licensing_items_change:-3, ");
	CHECK_HAS(out, "other_services_items_change:4, ");
	CHECK_HAS(out, "procurement_amount:251000.5}");

	/* a sign on a cell that is not a change */
	{
		char		t[1024];
		const char *p = strstr(t2019, "licensing_decisions:7");

		/* licensing_decisions:-7 */
		snprintf(t, sizeof(t), "%.*s-%s", (int) (p - t2019 + strlen("licensing_decisions:")), t2019,
				 p + strlen("licensing_decisions:"));
		CHECK(!gd_proactive_from_text(t, &format, cells, &err));
		CHECK_INT(err.code, GD_E_VALUE);
		CHECK_HAS(err.message, "negative value for licensing_decisions");
	}
}

/* Cells that arrive already numeric (binary input, composite values). */
static void
test_cells_valid(void)
{
	int64_t		cells[GD_PROACTIVE_NCELLS_MAX];
	GdError		err;

	memcpy(cells, cells2021, sizeof(cells2021));
	CHECK(gd_proactive_cells_valid(2021, cells, &err));
	cells[FEES] = -1;
	err.code = GD_OK;
	CHECK(!gd_proactive_cells_valid(2021, cells, &err));
	CHECK_INT(err.code, GD_E_VALUE);
	cells[FEES] = 0;
	cells[0] = -1;
	CHECK(!gd_proactive_cells_valid(2021, cells, &err));
	CHECK_INT(err.code, GD_E_VALUE);
	cells[0] = 2147483648LL;
	CHECK(!gd_proactive_cells_valid(2021, cells, &err));
	CHECK_INT(err.code, GD_E_RANGE);
}

int
main(void)
{
	test_read_and_write_2021();
	test_money();
	test_counts();
	test_signed_2019();
	test_cells_valid();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
