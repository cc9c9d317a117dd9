/*
 * parse/columns.c — which columns table 三 prints.
 *
 * Reads: the header's characters above the first row (column labels of the
 * layout: 自然人, 商业企业, …, 总计; the group 法人或其他组织; a 小计
 * subtotal).  Produces: GdColumns, the printed columns in the form's
 * order.  A header that cannot be read (labels stacked one character a
 * line, merged cells, none at all) gives the form's seven columns, and
 * from_header says so; a row is then read only if it has exactly seven
 * values (subtotal_printed says whether a 小计 column stands among them,
 * for the table reader to place by the rows' sums).  A header where only some labels are found is either partly
 * unreadable or omits columns: complete says which it looks like, and the
 * table reader lets the rows decide.  Only the columns' presence is taken
 * from the header, never their order, which is the form's.
 */
#include "core/parse/internal.h"

#include <string.h>

#define HEADER_MAX 4096			/* characters of header kept, nearest the rows */

/* Does the header hold the first two characters of the label (headers split 商业企\n业)? */
static long
find_cps(const uint32_t *h, int n, const uint32_t *want, int wn)
{
	for (int i = 0; i + wn <= n; i++)
		if (memcmp(h + i, want, sizeof(uint32_t) * wn) == 0)
			return i;
	return -1;
}

/*
 * The label's first two characters in order with others between them, at
 * most SCATTER_MAX apart: a label wrapped in its narrow column (其 / 他,
 * 社会公益组 / 织) is printed one piece a line, the pieces of the other
 * columns' labels between its own.
 */
#define SCATTER_MAX 64

static long
find_scattered(const uint32_t *h, int n, const uint32_t *want)
{
	for (int i = 0; i < n; i++)
		if (h[i] == want[0])
			for (int j = i + 1; j < n && j <= i + SCATTER_MAX; j++)
				if (h[j] == want[1])
					return i;
	return -1;
}

/* Erase a header group's characters, so its words (其他 inside 法人或其他组织) are not taken for a column. */
static void
blank_out(uint32_t *h, int n, const char *label)
{
	GdSkeleton	sk;
	long		at;
	int			from = 0;

	gd_skeleton_of(label, &sk);
	while (sk.n > 0 && from < n && (at = find_cps(h + from, n - from, sk.cp, sk.n)) >= 0)
	{
		for (int k = 0; k < sk.n; k++)
			h[from + at + k] = 0;
		from += (int) at + sk.n;
	}
}

void
gd_read_columns(const GdRegion *r, int sk_from, int sk_to, GdColumns *out)
{
	uint32_t	h[HEADER_MAX];
	int			n = 0;
	long		pos[GD_APPLICATIONS_NCOLS];
	int			nfound = 0;
	long		sub;
	static const uint32_t subtotal[2] = {0x5C0F, 0x8BA1};	/* 小计 */

	memset(out, 0, sizeof(*out));
	out->n = GD_APPLICATIONS_NCOLS;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		out->col[c] = c;
	/* the header's characters, the part nearest the first row */
	if (sk_to - sk_from > HEADER_MAX)
		sk_from = sk_to - HEADER_MAX;
	for (int c = sk_from; c < sk_to; c++)
		h[n++] = r->skel[c];
	/* 法人或其他组织 and 申请人情况 hold no column: 其他 is in the first */
	for (int g = 0; g < 2; g++)
		blank_out(h, n, gd_layout->column_groups[g].zh);
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		GdSkeleton	sk;

		gd_skeleton_of(gd_layout->columns[c].name.zh, &sk);
		pos[c] = find_cps(h, n, sk.cp, sk.n < 2 ? sk.n : 2);
		if (pos[c] < 0 && sk.n >= 2)
			pos[c] = find_scattered(h, n, sk.cp);
		if (pos[c] >= 0)
			nfound++;
	}
	sub = find_cps(h, n, subtotal, 2);
	out->subtotal_printed = sub >= 0;
	if (nfound <= 2)
		return;					/* no readable header: the form's columns */
	out->from_header = true;
	out->complete = nfound == GD_APPLICATIONS_NCOLS;
	out->n = 0;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (pos[c] >= 0 || c == gd_applications_total_column())
			out->col[out->n++] = c;
	if (sub >= 0)
	{
		/* after natural_person, or after other_org when printed after it */
		int			after = 0;
		int			other = gd_applications_column_id("other_org");

		if (other >= 0 && pos[other] >= 0 && sub > pos[other])
			after = other;
		for (int p = 0; p < out->n; p++)
			if (out->col[p] == after)
			{
				memmove(&out->col[p + 2], &out->col[p + 1], sizeof(int) * (out->n - p - 1));
				out->col[p + 1] = GD_COL_SUBTOTAL;
				out->n++;
				break;
			}
	}
}
