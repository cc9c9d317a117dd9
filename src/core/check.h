/*
 * check.h — judging the identities of layout.c, pure C.
 */
#ifndef GD_CHECK_H
#define GD_CHECK_H

#include <stdint.h>

#include "core/error.h"
#include "core/layout.h"

#define GD_MSG_MAX 2048

/*
 * The most violations one value can have: A and B in each column (7 each),
 * C in each row (25), D in each block (3).
 */
#define GD_MAX_VIOLATIONS 64

typedef struct GdViolation
{
	const char *rule;
	const char *severity;
	const char *row_key;		/* NULL when the rule names no row */
	const char *column_key;		/* NULL when the rule names no column */
	bool		has_numbers;	/* false: expected and reported are NULL (X3) */
	int64_t		expected;
	int64_t		reported;
	char		message[GD_MSG_MAX];	/* Chinese / English */
} GdViolation;

/* Fill out[] with the broken identities; returns how many. */
extern int	gd_applications_violations(int format, const int32_t *cells, GdViolation *out);
extern int	gd_appeals_violations(const int32_t *cells, GdViolation *out);

/* True unless a judged identity fails; no messages, for CHECK constraints. */
extern bool gd_applications_consistent(int format, const int32_t *cells);
extern bool gd_appeals_consistent(const int32_t *cells);

/*
 * gd_applications_consistent of a stored table 三 (compact.h), without
 * widening 1- and 2-byte cells; false (and *err) for a corrupt cell.
 */
struct GdStored;
extern bool gd_applications_consistent_stored(const struct GdStored *s, bool *consistent,
											  GdError *err);

/*
 * Fill derived cells (the total column, the （七）总计 row, block totals)
 * from their parts.  Only cells that are not stated are written; a cell is
 * filled only when at least one of its parts is stated.
 */
extern bool gd_applications_fill_derived(int format, int32_t *cells, GdError *err);
/*
 * Where fill_derived may write: positions in a format's cells (at most
 * GD_APPLICATIONS_NCELLS_MAX, resp. GD_APPEALS_NCELLS); returns how many.
 * A value with none of them blank needs no filling.
 */
extern int	gd_applications_derived_cells(int format, int *pos);
extern int	gd_appeals_derived_cells(int *pos);
extern bool gd_appeals_fill_derived(int32_t *cells, GdError *err);

/*
 * Does a stored table 三 or 四 value (compact.h) leave blank a cell that
 * gd_*_fill_derived could fill?  Then sum() fills it before adding.
 */
extern bool gd_stored_derived_blank(const struct GdStored *s);

#endif							/* GD_CHECK_H */
