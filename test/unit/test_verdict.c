/*
 * test_verdict.c — the verdict a stored table 三 value keeps (verdict.h,
 * compact.h version 2): written beside 1- and 2-byte cells and never
 * beside 4-byte ones, the same answer as judging the cells, taken only
 * under identities with the same fingerprint (another layout's verdicts
 * are judged again), and malformed version 2 values refused (also for
 * tables 二 and 四, which keep none).
 *
 * Built and run by `make unit`; the last line is "N passed, M failed".
 * Sizes are transcribed by hand from compact.h: a 4-byte header, a 4-byte
 * verdict in version 2, then the cells.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "stored.h"

#include "core/check.h"
#include "core/compact.h"
#include "core/layout.h"
#include "core/report.h"
#include "core/verdict.h"

/* xorshift64: deterministic, so a failure can be replayed */
static uint64_t rng_state = 0x2545F4914F6CDD1Dull;

static uint64_t
rng(void)
{
	return xorshift64(&rng_state);
}

/* The largest count of a width, transcribed from compact.h (all ones is blank). */
static const int32_t largest_of[] = {0, 254, 65534, 0, 2147483647};

/*
 * Cells of n counts no larger than width allows: all 0 (every identity
 * holds), all 0 but one cell (most identities then fail), or random with
 * blanks; the largest cell is set so that the value takes that width.
 */
static void
make_cells(int32_t *cells, int n, int width, int kind)
{
	for (int i = 0; i < n; i++)
	{
		uint64_t	r = rng();

		cells[i] = kind == 2 ? (r % 8 == 0 ? GD_NOT_STATED : (int32_t) ((r >> 8) % ((uint64_t) largest_of[width] + 1)))
			: 0;
	}
	if (kind == 1)
		cells[rng() % (uint64_t) n] = 1 + (int32_t) (rng() % (uint64_t) largest_of[width]);
	if (width > 1 && kind != 0)
		cells[rng() % (uint64_t) n] = largest_of[width];
}

static int	judged_consistent;
static int	judged_inconsistent;

/* One value written with its verdict, opened both ways, its verdict and cells checked. */
static void
check_value(int format, const int32_t *cells, int n)
{
	GdStoredTable table = GD_STORED_APPLICATIONS;
	unsigned char buf[8 + 4 * GD_APPLICATIONS_NCELLS_MAX];
	int32_t		back[GD_APPLICATIONS_NCELLS_MAX];
	int			width = expected_width32(cells, n);
	bool		truth = gd_applications_consistent(format, cells);
	uint32_t	verdict = gd_applications_verdict(format, cells);
	size_t		size = gd_stored_size32(cells, n, true);
	GdStored	s;
	GdStored	q = {0};
	GdError		err;
	bool		consistent = !truth;

	CHECK(verdict != GD_NO_VERDICT && (verdict & 1) == (uint32_t) truth);
	CHECK_INT(size, 4 + (width <= 2 ? 4 : 0) + (size_t) n * width);
	/* without a verdict: version 1, 4 bytes fewer where it would have been kept */
	CHECK_INT(gd_stored_size32(cells, n, false), 4 + (size_t) n * width);
	gd_stored_write32(format, cells, n, verdict, buf);
	CHECK(gd_stored_open(table, buf, size, &s, &err));
	CHECK_INT(s.version, width <= 2 ? 2 : 1);
	CHECK_INT(s.width, width);
	CHECK(gd_stored_cells32(&s, back, &err) && memcmp(back, cells, sizeof(int32_t) * n) == 0);
	CHECK(gd_stored_verdict(&s, &consistent) == (width <= 2));
	if (width <= 2)
	{
		CHECK_INT(s.verdict, verdict);
		CHECK(consistent == truth);
		CHECK(gd_stored_open_narrow(table, buf, size, format, n, &q));
		CHECK(q.verdict == s.verdict && q.cells == s.cells && q.version == 2);
		judged_consistent += truth;
		judged_inconsistent += !truth;
	}
	else
		CHECK_INT(s.verdict, GD_NO_VERDICT);
}

static void
test_verdicts(void)
{
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];

	for (int f = 0; f < gd_layout->nformats; f++)
	{
		int			format = gd_layout->formats[f].id;
		int			n = gd_applications_ncells(format);

		for (int width = 1; width <= 4; width *= 2)
			for (int kind = 0; kind < 3; kind++)
				for (int round = 0; round < 50; round++)
				{
					make_cells(cells, n, width, kind);
					check_value(format, cells, n);
				}
	}
	/* both verdicts were met, so both bits were checked */
	CHECK(judged_consistent > 50 && judged_inconsistent > 50);
	printf("  verdicts checked: %d consistent, %d inconsistent\n", judged_consistent, judged_inconsistent);
}

/* The fingerprints: nonzero, below 2^31, one per format, stable. */
static void
test_fingerprints(void)
{
	uint32_t	seen[GD_LAYOUT_FORMATS_MAX];
	int			nseen = 0;

	for (int f = 0; f < gd_layout->nformats; f++)
		seen[nseen++] = gd_identities_fingerprint(gd_layout->formats[f].id);
	for (int i = 0; i < nseen; i++)
	{
		CHECK(seen[i] != 0 && seen[i] < 0x80000000u);
		for (int j = 0; j < i; j++)
			CHECK(seen[i] != seen[j]);
	}
	for (int f = 0; f < gd_layout->nformats; f++)
		CHECK_INT(gd_identities_fingerprint(gd_layout->formats[f].id), seen[f]);
}

/*
 * Under another layout: a copy of the official one judges as it does
 * (same fingerprints, verdicts count); a copy whose first table 三 identity
 * has one term no longer required judges differently (its fingerprint
 * differs, the verdicts are judged again); with the official one back
 * they count again.
 */
static void
test_other_layout(void)
{
	static GdLayout copy;
	static GdIdentity identities[GD_LAYOUT_IDENTITIES_MAX];
	int			format = gd_layout->formats[gd_layout->nformats - 1].id;
	int			n = gd_applications_ncells(format);
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	unsigned char buf[8 + GD_APPLICATIONS_NCELLS_MAX];
	GdStored	s;
	GdError		err;
	char		why[256] = "";
	bool		consistent = false;
	int			changed = -1;

	memset(cells, 0, sizeof(cells));
	gd_stored_write32(format, cells, n, gd_applications_verdict(format, cells), buf);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, 8 + (size_t) n, &s, &err));
	CHECK(gd_stored_verdict(&s, &consistent) && consistent);

	copy = gd_official_layout;
	memcpy(identities, gd_official_layout.identities, sizeof(GdIdentity) * gd_official_layout.nidentities);
	copy.identities = identities;
	CHECK(gd_layout_use(&copy, why));
	consistent = false;
	CHECK(gd_stored_verdict(&s, &consistent) && consistent);

	for (int i = 0; i < copy.nidentities && changed < 0; i++)
		if (identities[i].table == GD_TABLE_APPLICATIONS)
			for (int t = 0; t < identities[i].nterms && changed < 0; t++)
				if (identities[i].terms[t].required)
				{
					identities[i].terms[t].required = false;
					changed = i;
				}
	CHECK(changed >= 0);
	CHECK(gd_layout_use(&copy, why));
	CHECK(!gd_stored_verdict(&s, &consistent));

	CHECK(gd_layout_use(NULL, why));
	consistent = false;
	CHECK(gd_stored_verdict(&s, &consistent) && consistent);

	/* a verdict of other identities (its fingerprint altered by hand) is not taken */
	s.verdict ^= 2;
	CHECK(!gd_stored_verdict(&s, &consistent));
}

static void
test_malformed(void)
{
	unsigned char buf[8 + 4 * GD_APPLICATIONS_NCELLS_MAX];
	int			format = gd_layout->formats[gd_layout->nformats - 1].id;
	int			n = gd_applications_ncells(format);
	int16_t		f = (int16_t) format;
	int16_t		none = 0;
	uint32_t	verdict = gd_identities_fingerprint(format) << 1 | 1;
	uint32_t	zero = GD_NO_VERDICT;
	GdStored	s;
	GdError		err;

	memset(buf, 0, sizeof(buf));
	memcpy(buf, &f, 2);
	buf[2] = 2;
	buf[3] = 1;
	memcpy(buf + 4, &verdict, 4);
	CHECK(gd_stored_open(GD_STORED_APPLICATIONS, buf, 8 + (size_t) n, &s, &err));
	for (size_t len = 4; len < 8; len++)
		refused_by_both(GD_STORED_APPLICATIONS, format, n, buf, len, "shorter than its header and verdict");
	refused_by_both(GD_STORED_APPLICATIONS, format, n, buf, 4 + (size_t) n, "bytes of cells");
	memcpy(buf + 4, &zero, 4);
	refused_by_both(GD_STORED_APPLICATIONS, format, n, buf, 8 + (size_t) n, "without a verdict");
	memcpy(buf + 4, &verdict, 4);
	buf[3] = 4;
	refused_by_both(GD_STORED_APPLICATIONS, format, n, buf, 8 + 4 * (size_t) n, "cell width 4 in version 2");
	buf[3] = 1;
	buf[2] = 3;
	refused_by_both(GD_STORED_APPLICATIONS, format, n, buf, 8 + (size_t) n, "version 3");
	/* tables 二 and 四 keep no verdict */
	buf[2] = 2;
	refused_by_both(GD_STORED_PROACTIVE, format, gd_proactive_ncells(format), buf,
			8 + (size_t) gd_proactive_ncells(format), "cell width 1 in version 2");
	memcpy(buf, &none, 2);
	refused_by_both(GD_STORED_APPEALS, 0, GD_APPEALS_NCELLS, buf, 8 + GD_APPEALS_NCELLS, "cell width 1 in version 2");
}

int
main(void)
{
	test_verdicts();
	test_fingerprints();
	test_other_layout();
	test_malformed();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
