/*
 * io.h — the text and JSON forms of tables 三 and 四, pure C.
 *
 * Text (canonical, what the type's output function prints):
 *   2021:{new_received:[16,0,0,0,0,4,20], carried_over:[0,0,0,0,0,0,0], …}
 *   {review:[4,7,0,0,11], suit_direct:[…], suit_after_review:[…]}
 * with "-" for a cell that is not stated.  Rows may come in any order on
 * input, but every row of the format must be there exactly once.
 *
 * JSON: {"format": 2021, "new_received": {"natural_person": 16, …}, …} and
 * {"review": {"upheld": 4, …}, …}; null for not stated.
 *
 * Input checks shape only (keys, counts in range), never the identities.
 */
#ifndef GD_IO_H
#define GD_IO_H

#include <stddef.h>
#include <stdint.h>

#include "core/error.h"
#include "core/layout.h"
#include "core/report.h"

/* Large enough for any value's text or JSON form, with its NUL. */
#define GD_TEXT_MAX 8192
#define GD_JSON_MAX 16384

extern void gd_applications_to_text(int format, const int32_t *cells, char *buf, size_t size);
extern bool gd_applications_from_text(const char *text, int *format,
							 int32_t cells[GD_APPLICATIONS_NCELLS_MAX], GdError *err);
extern void gd_appeals_to_text(const int32_t *cells, char *buf, size_t size);
extern bool gd_appeals_from_text(const char *text, int32_t cells[GD_APPEALS_NCELLS],
							 GdError *err);

extern void gd_applications_to_json(int format, const int32_t *cells, char *buf, size_t size);
extern bool gd_applications_from_json(const char *json, int *format,
							 int32_t cells[GD_APPLICATIONS_NCELLS_MAX], GdError *err);
extern void gd_appeals_to_json(const int32_t *cells, char *buf, size_t size);
extern bool gd_appeals_from_json(const char *json, int32_t cells[GD_APPEALS_NCELLS],
							 GdError *err);

/*
 * Table 二 (gd_proactive): flat key/value pairs of the format's cells.
 *   2021:{rules_issued:0, rules_repealed:0, …, fees_collected:24252.311082}
 *   {"format": 2021, "rules_issued": 0, …, "fees_collected": 24252.311082}
 * cells[] is by position in the format (gd_proactive_cell_at); GD_PROACTIVE_NOT_STATED
 * (from report.h) marks a blank.  Money cells hold millionths of 万元.
 */
extern void gd_proactive_to_text(int format, const int64_t *cells, char *buf, size_t size);
extern bool gd_proactive_from_text(const char *text, int *format,
							 int64_t cells[GD_PROACTIVE_NCELLS_MAX], GdError *err);
extern void gd_proactive_to_json(int format, const int64_t *cells, char *buf, size_t size);
extern bool gd_proactive_from_json(const char *json, int *format,
							 int64_t cells[GD_PROACTIVE_NCELLS_MAX], GdError *err);
/* Every cell within its kind's range (binary input, int[] and the like). */
extern bool gd_proactive_cells_valid(int format, const int64_t *cells, GdError *err);

#endif							/* GD_IO_H */
