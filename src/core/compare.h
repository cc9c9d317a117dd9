/*
 * compare.h — two values of one table, cell by cell (year over year).
 *
 * Each cell of the two values gives one GdChange: where it is (its row's
 * number, which is the same in every format, its labels) and its value
 * before and after.  Table 三 values of different formats are first folded
 * into the format a sum of them would be in, so that the cells compared
 * always mean the same thing.  Pure C: no postgres.h.
 */
#ifndef GD_COMPARE_H
#define GD_COMPARE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "core/layout.h"

typedef struct GdChange
{
	const char *table;			/* "二", "三", "四" */
	int			row_no;			/* the row's (block's, table 二 cell's) number */
	const GdLabel *row;			/* table 二: the item (规章, …) */
	int			column_no;		/* 0 for table 二 */
	const GdLabel *column;		/* table 二: the cell (本年制发件数, …) */
	GdCellKind	kind;			/* money is in millionths of 万元 */
	bool		has_before;		/* false: not stated, or not in that format */
	bool		has_after;
	int64_t		before;
	int64_t		after;
} GdChange;

/* The most changes one table can give. */
#define GD_CHANGES_MAX (GD_APPLICATIONS_NCELLS_MAX + GD_APPEALS_NCELLS + GD_LAYOUT_PROACTIVE_MAX)

/* Is the cell the same in both (both not stated, or the same number)? */
extern bool gd_change_unchanged(const GdChange *c);

/*
 * Table 三: the cells in the format of a sum of the two (gd_format_common),
 * in its printed order.  Returns the number of changes, or -1 with err set
 * (a folded cell beyond 2147483647).
 */
extern int	gd_applications_compare(int format_before, const int32_t *before,
									int format_after, const int32_t *after,
									GdChange *out, GdError *err);

/* Table 四: its 15 cells. */
extern int	gd_appeals_compare(const int32_t *before, const int32_t *after, GdChange *out);

/*
 * Table 二: the cells of the later value's format in its order, then those
 * only the earlier value's format has, matched by key (a key printed in
 * both formats is one row); a key missing from a value's format is not
 * stated there.
 */
extern int	gd_proactive_compare(int format_before, const int64_t *before,
								 int format_after, const int64_t *after, GdChange *out);

#endif							/* GD_COMPARE_H */
