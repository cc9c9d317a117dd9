/*
 * matrix.h — cell arithmetic on tables 三 and 四, pure C.
 *
 * A table 三 matrix is (format, cells): gd_applications_ncells(format) int32 cells in
 * the format's official row order, 7 per row; a table 四 value is 15 cells,
 * block by block.  GD_NOT_STATED marks a blank cell.
 */
#ifndef GD_MATRIX_H
#define GD_MATRIX_H

#include <stdint.h>

#include "core/error.h"
#include "core/layout.h"

/* A cell by row id and column id; GD_NOT_STATED if blank or row absent. */
extern int32_t gd_applications_get(int format, const int32_t *cells, int row_id, int col);

/*
 * Sum of a row key or group key in one column.  Returns false when none of
 * the cells is stated (the sum is then "not stated").
 */
extern bool gd_applications_group_sum(int format, const int32_t *cells, int group,
							 int col, int64_t *sum);

/* Check that every cell is a count or not stated; names the first bad one. */
extern bool gd_applications_cells_valid(int format, const int32_t *cells, GdError *err);
extern bool gd_appeals_cells_valid(const int32_t *cells, GdError *err);

/*
 * dst += src cell by cell; not stated + n = n.  On overflow (GD_E_RANGE,
 * naming the first such cell) dst holds garbage: callers raise the error.
 */
extern bool gd_applications_add(int format, int32_t *dst, const int32_t *src, GdError *err);
extern bool gd_appeals_add(int32_t *dst, const int32_t *src, GdError *err);

/*
 * The same with src a stored table 三 or 四 value (compact.h) of dst's
 * format, read in place whatever its width; GD_E_CORRUPT for a bad cell.
 */
struct GdStored;
extern bool gd_cells_add_stored(int32_t *dst, const struct GdStored *s, GdError *err);

/*
 * Cells of format `from` written as format `to` (into dst, which may not
 * be src): each row of `to` sums the rows of `from` that fold into it.
 */
extern bool gd_applications_fold(int from, int to, const int32_t *src, int32_t *dst,
								 GdError *err);

/* Human names for error messages: "granted × natural_person". */
extern const char *gd_applications_cell_name(int format, int cell, char *buf, int buflen);
extern const char *gd_appeals_cell_name(int cell, char *buf, int buflen);

#endif							/* GD_MATRIX_H */
