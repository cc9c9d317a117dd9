/*
 * verdict.h — the verdict of the identities kept with a stored value
 * (compact.h, versions 2 and 3), pure C.
 *
 * A value of table 三 is judged once, when it is written: the verdict is
 * the fingerprint of the identities that judged it (table 三's, over its
 * format's rows, and the judging rules' edition below) times 2, plus 1
 * when every judged identity holds.  (Table 四 keeps none: 15 cells are
 * judged faster than a 23-byte value would grow by a verdict's 4.)  A reader whose
 * identities have the same fingerprint takes the verdict as it is; any
 * other (another layout, a later edition of the rules) judges the cells.
 */
#ifndef GD_VERDICT_H
#define GD_VERDICT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/compact.h"

/*
 * The edition of the judging rules (check.c): raise it whenever a value
 * could be judged differently under the same layout — a changed rule for
 * blank terms, say — so that verdicts written before are judged again.
 */
#define GD_VERDICT_RULES 1

/* The verdict on cells of table 三 in a format (never GD_NO_VERDICT). */
extern uint32_t gd_applications_verdict(int format, const int32_t *cells);

/*
 * The fingerprint of the identities a table 三 value of the format is
 * judged by, in the layout in use: never 0, below 2^31.
 */
extern uint32_t gd_identities_fingerprint(int format);

/*
 * Is the stored table 三 value's verdict one these identities gave?  Then
 * true and *consistent is it; false when the cells must be judged (no
 * verdict, or one given by other identities).
 */
static inline bool
gd_stored_verdict(const GdStored *s, bool *consistent)
{
	if (s->verdict == GD_NO_VERDICT || s->verdict >> 1 != gd_identities_fingerprint(s->format))
		return false;
	*consistent = (s->verdict & 1) != 0;
	return true;
}

#endif							/* GD_VERDICT_H */
