/*
 * continuity.h — checks across two consecutive years of one body's
 * reports (doc/identities.md, "Across years"): warnings, never errors.
 * Pure C.
 *
 *   X1  carried_over (Y) = carried_forward (Y−1), per column
 *   X2  in_force (Y) = in_force (Y−1) + issued (Y) − repealed (Y), for each
 *       table 二 item that has those cells; both years in the 2021 format
 *   X3  a table that repeats last year's numbers cell for cell (unless they
 *       are all zero or blank)
 */
#ifndef GD_CONTINUITY_H
#define GD_CONTINUITY_H

#include "core/check.h"
#include "core/report.h"

/* Enough for X1 in 7 columns, X2 per item, X3 per table. */
#define GD_MAX_CONTINUITY 16

/*
 * Fill out[] with the warnings for prev → cur; returns how many.  Nothing
 * when either year is unknown or they are not consecutive.
 */
extern int	gd_check_continuity(const GdReportData *prev, const GdReportData *cur,
								GdViolation *out);

#endif							/* GD_CONTINUITY_H */
