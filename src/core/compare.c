/*
 * compare.c — two values of one table, cell by cell (see compare.h).
 *
 * The comparison is what an analyst does first with two years of one body:
 * the change in every cell.  Values of two formats are compared in the
 * format their sum would be in, folding as sum() folds, so a 2019 report
 * and a 2021 report compare （六）其他处理 as one row.
 */
#include "core/compare.h"

#include <string.h>

#include "core/matrix.h"
#include "core/report.h"

bool
gd_change_unchanged(const GdChange *c)
{
	if (c->has_before != c->has_after)
		return false;
	return !c->has_before || c->before == c->after;
}

static void
set_side(bool *has, int64_t *v, int64_t cell, int64_t blank)
{
	*has = cell != blank;
	*v = *has ? cell : 0;
}

int
gd_applications_compare(int format_before, const int32_t *before,
						int format_after, const int32_t *after,
						GdChange *out, GdError *err)
{
	int			common = gd_format_common(format_before, format_after);
	int32_t		b[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		a[GD_APPLICATIONS_NCELLS_MAX];
	int			n = 0;

	if (common == 0)
	{
		gd_fail(err, GD_E_VALUE, "formats %d and %d cannot be compared", format_before, format_after);
		return -1;
	}
	/* both in the common format: a value already in it is copied as is */
	if (!gd_applications_fold(format_before, common, before, b, err) ||
		!gd_applications_fold(format_after, common, after, a, err))
		return -1;
	for (int pos = 0; pos < gd_applications_nrows(common); pos++)
	{
		int			id = gd_applications_row_at(common, pos);

		for (int col = 0; col < GD_APPLICATIONS_NCOLS; col++)
		{
			GdChange   *c = &out[n++];
			int			cell = pos * GD_APPLICATIONS_NCOLS + col;

			c->table = "三";
			c->row_no = id + 1;
			c->row = &gd_layout->rows[id].name;
			c->column_no = col + 1;
			c->column = &gd_layout->columns[col].name;
			c->kind = GD_KIND_COUNT;
			set_side(&c->has_before, &c->before, b[cell], GD_NOT_STATED);
			set_side(&c->has_after, &c->after, a[cell], GD_NOT_STATED);
		}
	}
	return n;
}

int
gd_appeals_compare(const int32_t *before, const int32_t *after, GdChange *out)
{
	int			n = 0;

	for (int block = 0; block < GD_APPEALS_NBLOCKS; block++)
		for (int col = 0; col < GD_APPEALS_NCOLS; col++)
		{
			GdChange   *c = &out[n++];
			int			cell = block * GD_APPEALS_NCOLS + col;

			c->table = "四";
			c->row_no = block + 1;
			c->row = &gd_appeals_blocks[block];
			c->column_no = col + 1;
			c->column = &gd_appeals_columns[col];
			c->kind = GD_KIND_COUNT;
			set_side(&c->has_before, &c->before, before[cell], GD_NOT_STATED);
			set_side(&c->has_after, &c->after, after[cell], GD_NOT_STATED);
		}
	return n;
}

/*
 * One table 二 cell from both values, matched by key: a key printed in two
 * formats is one cell of each (licensing_decisions), with its own label; a
 * key a format lacks is not stated there.
 */
static void
proactive_change(const char *key, int format_before, const int64_t *before,
				 int format_after, const int64_t *after, GdChange *c)
{
	int			ib = gd_proactive_cell_id(format_before, key);
	int			ia = gd_proactive_cell_id(format_after, key);
	int			pb = ib >= 0 ? gd_proactive_cell_pos(format_before, ib) : -1;
	int			pa = ia >= 0 ? gd_proactive_cell_pos(format_after, ia) : -1;
	const GdProactiveDef *def = &gd_layout->proactive[ia >= 0 ? ia : ib];

	c->table = "二";
	c->row_no = (ia >= 0 ? ia : ib) + 1;
	c->row = &def->item;
	c->column_no = 0;
	c->column = &def->name;
	c->kind = def->kind;
	set_side(&c->has_before, &c->before, pb >= 0 ? before[pb] : GD_PROACTIVE_NOT_STATED,
			 GD_PROACTIVE_NOT_STATED);
	set_side(&c->has_after, &c->after, pa >= 0 ? after[pa] : GD_PROACTIVE_NOT_STATED,
			 GD_PROACTIVE_NOT_STATED);
}

int
gd_proactive_compare(int format_before, const int64_t *before,
					 int format_after, const int64_t *after, GdChange *out)
{
	int			n = 0;

	for (int pos = 0; pos < gd_proactive_ncells(format_after); pos++)
		proactive_change(gd_layout->proactive[gd_proactive_cell_at(format_after, pos)].name.key,
						 format_before, before, format_after, after, &out[n++]);
	for (int pos = 0; pos < gd_proactive_ncells(format_before); pos++)
	{
		const char *key = gd_layout->proactive[gd_proactive_cell_at(format_before, pos)].name.key;

		if (gd_proactive_cell_id(format_after, key) < 0)
			proactive_change(key, format_before, before, format_after, after, &out[n++]);
	}
	return n;
}
