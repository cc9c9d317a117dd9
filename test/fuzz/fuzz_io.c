/*
 * fuzz_io.c — libFuzzer target: text and JSON input of tables 二, 三 and 四
 * (io.h).  Whatever an input function accepts must come back unchanged
 * through the output function and the input function again.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/io.h"
#include "core/text.h"
#include "core/report.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the input functions take NUL-terminated strings */
	char	   *s = malloc(size + 1);
	int32_t		app[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		apl[GD_APPEALS_NCELLS];
	int32_t		app2[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		apl2[GD_APPEALS_NCELLS];
	int64_t		pro[GD_PROACTIVE_NCELLS_MAX];
	int64_t		pro2[GD_PROACTIVE_NCELLS_MAX];
	int			format,
				format2;
	GdError		err;
	char	   *out = malloc(GD_JSON_MAX);

	if (s == NULL || out == NULL)
	{
		free(s);
		free(out);
		return 0;
	}
	memcpy(s, data, size);
	s[size] = '\0';
	/* whatever fails says so in valid UTF-8 */
	err.message[0] = err.detail[0] = err.hint[0] = '\0';
	if (gd_applications_from_text(s, &format, app, &err))
	{
		gd_applications_to_text(format, app, out, GD_TEXT_MAX);
		if (!gd_applications_from_text(out, &format2, app2, &err) || format2 != format ||
			memcmp(app, app2, sizeof(int32_t) * gd_applications_ncells(format)) != 0)
			abort();
		gd_applications_to_json(format, app, out, GD_JSON_MAX);
		if (!gd_applications_from_json(out, &format2, app2, &err) || format2 != format ||
			memcmp(app, app2, sizeof(int32_t) * gd_applications_ncells(format)) != 0)
			abort();
	}
	if (gd_applications_from_json(s, &format, app, &err))
		gd_applications_to_text(format, app, out, GD_TEXT_MAX);
	if (gd_appeals_from_text(s, apl, &err))
	{
		gd_appeals_to_json(apl, out, GD_JSON_MAX);
		if (!gd_appeals_from_json(out, apl2, &err) || memcmp(apl, apl2, sizeof(apl)) != 0)
			abort();
	}
	if (gd_appeals_from_json(s, apl, &err))
		gd_appeals_to_text(apl, out, GD_TEXT_MAX);
	if (gd_proactive_from_text(s, &format, pro, &err))
	{
		gd_proactive_to_json(format, pro, out, GD_JSON_MAX);
		if (!gd_proactive_from_json(out, &format2, pro2, &err) || format2 != format ||
			memcmp(pro, pro2, sizeof(int64_t) * gd_proactive_ncells(format)) != 0)
			abort();
		gd_proactive_to_text(format, pro, out, GD_TEXT_MAX);
		if (!gd_proactive_from_text(out, &format2, pro2, &err) || format2 != format ||
			memcmp(pro, pro2, sizeof(int64_t) * gd_proactive_ncells(format)) != 0)
			abort();
	}
	if (gd_proactive_from_json(s, &format, pro, &err))
		gd_proactive_to_text(format, pro, out, GD_TEXT_MAX);
	if (!gd_utf8_valid(err.message, strlen(err.message)) ||
		!gd_utf8_valid(err.detail, strlen(err.detail)) ||
		!gd_utf8_valid(err.hint, strlen(err.hint)))
		abort();
	free(out);
	free(s);
	return 0;
}
