/*
 * test_layout.c — formats are data: a test-only third format, declared
 * here and nowhere else, goes through the checker, the text and JSON
 * forms, the renderer, a parse of its rendered text and a sum with the
 * 2019 format, with no change to the product's code.
 *
 * The format "2031" prints a new table 三 row (other_ai_batch, 4. of
 * （六）其他处理, an outcome that folds into 2019's other_handling) and a
 * new table 二 cell (fees_waived, money, in the fees item).  Run from the
 * repository root.  Last line: "N passed, N failed".
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/io.h"
#include "core/layout.h"
#include "core/matrix.h"
#include "core/memory.h"
#include "core/parse.h"
#include "core/render.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

static GdRowDef rows[GD_LAYOUT_ROWS_MAX];
static GdProactiveDef cells[GD_LAYOUT_PROACTIVE_MAX];
static GdIdentity identities[GD_LAYOUT_IDENTITIES_MAX];
static GdFormat formats[GD_LAYOUT_FORMATS_MAX];
static GdLayout layout;
static int	new_row;
static int	new_cell;

/* The official layout, plus a row, a cell and a format of our own. */
static void
declare(void)
{
	const GdLayout *o = &gd_official_layout;
	const GdFormat *f2021 = NULL;
	int			other = -1;
	int			fees_collected = -1;
	GdFormat   *f;

	memcpy(rows, o->rows, sizeof(GdRowDef) * o->nrows);
	memcpy(cells, o->proactive, sizeof(GdProactiveDef) * o->nproactive);
	memcpy(identities, o->identities, sizeof(GdIdentity) * o->nidentities);
	memcpy(formats, o->formats, sizeof(GdFormat) * o->nformats);
	layout = *o;
	for (int i = 0; i < o->nrows; i++)
		if (strcmp(o->rows[i].name.key, "other_handling") == 0)
			other = i;
	for (int i = 0; i < o->nproactive; i++)
		if (strcmp(o->proactive[i].name.key, "fees_collected") == 0)
			fees_collected = i;
	for (int i = 0; i < o->nformats; i++)
		if (o->formats[i].id == 2021)
			f2021 = &o->formats[i];

	new_row = o->nrows;
	rows[new_row] = (GdRowDef) {
		{"other_ai_batch", "4.申请人以自动程序批量提交申请、行政机关不再处理其政府信息公开申请",
		"4. filed in bulk by an automated program; no longer processed"},
		o->rows[other].group, GD_ROW_OUTCOME, other
	};
	new_cell = o->nproactive;
	cells[new_cell] = (GdProactiveDef) {
		{"fees_waived", "本年减免金额（单位：万元）", "fees waived this year (10,000 yuan)"},
		o->proactive[fees_collected].item, o->proactive[fees_collected].article, GD_KIND_MONEY,
		GD_PROACTIVE_PLAIN
	};
	/* identity B counts the new outcome */
	for (int k = 0; k < o->nidentities; k++)
		if (identities[k].role == GD_IDENTITY_OUTCOMES)
		{
			GdIdentity *b = &identities[k];

			b->terms[b->nterms++] = (GdTerm) {new_row, GD_EXPECTED, false};
		}
	/* 2031: 2021's rows with the new one after other_misc, and the new cell */
	f = &formats[o->nformats];
	*f = *f2021;
	f->id = 2031;
	f->first_year = 2031;
	f->document = "a format declared by test_layout.c";
	f->nrows = 0;
	for (int p = 0; p < f2021->nrows; p++)
	{
		f->rows[f->nrows++] = f2021->rows[p];
		if (strcmp(o->rows[f2021->rows[p]].name.key, "other_misc") == 0)
			f->rows[f->nrows++] = new_row;
	}
	f->cells[f->ncells++] = new_cell;
	layout.nrows = o->nrows + 1;
	layout.rows = rows;
	layout.nproactive = o->nproactive + 1;
	layout.proactive = cells;
	layout.identities = identities;
	layout.nformats = o->nformats + 1;
	layout.formats = formats;
}

/* A consistent table 三 of the new format: every outcome row 1 in natural_person. */
static void
consistent_cells(int32_t *m)
{
	int			n = gd_applications_nrows(2031);
	int			outcomes = 0;

	for (int p = 0; p < n; p++)
	{
		int			id = gd_applications_row_at(2031, p);

		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			m[p * GD_APPLICATIONS_NCOLS + c] = 0;
		if (gd_layout->rows[id].role == GD_ROW_OUTCOME)
		{
			m[p * GD_APPLICATIONS_NCOLS] = 1;
			m[p * GD_APPLICATIONS_NCOLS + gd_applications_total_column()] = 1;
			outcomes++;
		}
	}
	for (int p = 0; p < n; p++)
	{
		GdRowRole	role = gd_layout->rows[gd_applications_row_at(2031, p)].role;

		if (role == GD_ROW_RECEIVED || role == GD_ROW_TOTAL_PROCESSED)
		{
			m[p * GD_APPLICATIONS_NCOLS] = outcomes;
			m[p * GD_APPLICATIONS_NCOLS + gd_applications_total_column()] = outcomes;
		}
	}
}

int
main(void)
{
	char		why[256] = "";
	int32_t		m[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		back[GD_APPLICATIONS_NCELLS_MAX];
	GdViolation v[GD_MAX_VIOLATIONS];
	GdError		err;
	int			pos;
	int			format;

	declare();
	CHECK(gd_layout_use(&layout, why), "the test layout is installed: %s", why);
	CHECK(gd_format_valid(2031) && gd_applications_nrows(2031) == 26 && gd_proactive_ncells(2031) == 11,
		  "format 2031: 26 rows, 11 cells of table 二");
	pos = gd_applications_row_pos(2031, new_row);
	CHECK(pos == 23, "the new row sits after other_misc (position %d)", pos);

	/* the checker */
	consistent_cells(m);
	CHECK(gd_applications_consistent(2031, m), "a consistent 2031 table passes");
	m[pos * GD_APPLICATIONS_NCOLS] = 2;
	m[pos * GD_APPLICATIONS_NCOLS + gd_applications_total_column()] = 2;
	CHECK(!gd_applications_consistent(2031, m), "the new outcome row counts in identity B");
	{
		int			n = gd_applications_violations(2031, m, v);
		int64_t		outcomes = 0;
		int64_t		processed = -1;
		bool		b = false;

		/* computed here from the cells, not from the layout's identity */
		for (int p = 0; p < gd_applications_nrows(2031); p++)
		{
			GdRowRole	role = gd_layout->rows[gd_applications_row_at(2031, p)].role;

			if (role == GD_ROW_OUTCOME)
				outcomes += m[p * GD_APPLICATIONS_NCOLS];
			if (role == GD_ROW_TOTAL_PROCESSED)
				processed = m[p * GD_APPLICATIONS_NCOLS];
		}
		for (int i = 0; i < n; i++)
		{
			b |= strcmp(v[i].rule, "B") == 0 && v[i].expected == outcomes && v[i].reported == processed;
			if (strcmp(v[i].rule, "B") == 0 && !b)
				printf("  B: expected %lld, reported %lld\n", (long long) v[i].expected, (long long) v[i].reported);
		}
		CHECK(b, "gd_applications_violations: B expects %lld (with the new row), %lld reported",
			  (long long) outcomes, (long long) processed);
	}

	/* text and JSON forms */
	{
		char		buf[GD_JSON_MAX];

		gd_applications_to_text(2031, m, buf, sizeof(buf));
		CHECK(strstr(buf, "other_ai_batch:[2,0,0,0,0,0,2]") != NULL, "text form names the new row");
		CHECK(gd_applications_from_text(buf, &format, back, &err) && format == 2031 &&
			  memcmp(back, m, sizeof(int32_t) * gd_applications_ncells(2031)) == 0, "text form round-trips");
		gd_applications_to_json(2031, m, buf, sizeof(buf));
		CHECK(gd_applications_from_json(buf, &format, back, &err) && format == 2031 &&
			  memcmp(back, m, sizeof(int32_t) * gd_applications_ncells(2031)) == 0, "JSON form round-trips");
	}

	/* a sum with the 2019 format: the new row folds into other_handling */
	{
		int			common = gd_format_common(2031, 2019);
		int32_t		folded[GD_APPLICATIONS_NCELLS_MAX];

		CHECK(common == 2019, "2031 and 2019 sum in the 2019 format (%d)", common);
		CHECK(gd_applications_fold(2031, 2019, m, folded, &err), "fold 2031 → 2019");
		CHECK(gd_applications_get(2019, folded, gd_applications_row_id("other_handling"), 0) == 5,
			  "other_handling = 1 + 1 + 1 + 2 (three 2021 rows and the new one)");
	}

	/* render, parse back: the new row and the new cell are read */
	{
		GdReportData r,
					got;

		memset(&r, 0, sizeof(r));
		snprintf(r.organ, sizeof(r.organ), "试验区人民政府");
		r.year = 2031;
		r.format = 2031;
		r.has_applications = true;
		r.applications_format = 2031;
		memcpy(r.applications, m, sizeof(int32_t) * gd_applications_ncells(2031));
		r.has_proactive = true;
		r.proactive_format = 2031;
		for (int p = 0; p < gd_proactive_ncells(2031); p++)
			r.proactive[p] = 1000000 * (p + 1);
		r.has_appeals = true;
		for (int k = 0; k < GD_APPEALS_NCELLS; k++)
			r.appeals[k] = k % 5 == 4 ? 4 : 1;
		for (int how = GD_RENDER_TEXT; how <= GD_RENDER_HTML; how++)
		{
			char	   *out = gd_render(&r, (GdRenderFormat) how);
			bool		ok = out != NULL && gd_parse_report(out, strlen(out), NULL, &got, NULL, &err);

			if (getenv("TEST_LAYOUT_DUMP") && out)
				fputs(out, stderr);

			CHECK(ok && got.applications_format == 2031 &&
				  memcmp(got.applications, m, sizeof(int32_t) * gd_applications_ncells(2031)) == 0,
				  "%s: table 三 of the 2031 format reads back%s%s", gd_render_format_name((GdRenderFormat) how),
				  ok ? "" : ": ", ok ? "" : err.message);
			CHECK(ok && got.proactive_format == 2031 &&
				  got.proactive[gd_proactive_cell_pos(2031, new_cell)] == 11000000,
				  "%s: the new table 二 cell reads back", gd_render_format_name((GdRenderFormat) how));
			gd_free(out);
		}
	}

	CHECK(gd_layout_use(NULL, why) && !gd_format_valid(2031), "the official layout is back");
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
