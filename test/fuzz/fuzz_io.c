/* fuzz_io.c — libFuzzer target: text and JSON input of tables 三 and 四 (gd_io.h). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gd_io.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the input functions take NUL-terminated strings */
	char	   *s = malloc(size + 1);
	int32_t		app[GD_APP_NCELLS_MAX];
	int32_t		apl[GD_APL_NCELLS];
	int			format;
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
	if (gd_app_from_text(s, &format, app, &err))
	{
		gd_app_to_text(format, app, out, GD_TEXT_MAX);
		gd_app_to_json(format, app, out, GD_JSON_MAX);
	}
	if (gd_app_from_json(s, &format, app, &err))
		gd_app_to_text(format, app, out, GD_TEXT_MAX);
	if (gd_apl_from_text(s, apl, &err))
		gd_apl_to_json(apl, out, GD_JSON_MAX);
	if (gd_apl_from_json(s, apl, &err))
		gd_apl_to_text(apl, out, GD_TEXT_MAX);
	free(out);
	free(s);
	return 0;
}
