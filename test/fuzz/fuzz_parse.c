/*
 * fuzz_parse.c — libFuzzer target: gd_parse_diagnostics and gd_parse_report.
 * Whatever gd_parse_report reads must read back the same from its own
 * rendering (the tables; the title is free text), in all three formats.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/parse.h"
#include "core/render.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy, so reading past len is caught by ASan */
	char	   *text = malloc(size ? size : 1);
	GdDiagnostics d = {0};
	GdReportData rep;
	GdError		err;

	if (text == NULL)
		return 0;
	if (size)
		memcpy(text, data, size);
	gd_parse_diagnostics(text, size, &d);
	gd_diagnostics_free(&d);
	gd_parse_report(text, size, NULL, &rep, &d, &err);
	gd_diagnostics_free(&d);
	if (gd_parse_report(text, size, NULL, &rep, NULL, &err))
	{
		for (int how = GD_RENDER_TEXT; how <= GD_RENDER_HTML; how++)
		{
			char	   *r = gd_render(&rep, (GdRenderFormat) how);
			GdReportData back;

			if (r == NULL)
				continue;
			if (!gd_parse_report(r, strlen(r), NULL, &back, NULL, &err))
				abort();
			if (back.has_applications != rep.has_applications ||
				(rep.has_applications &&
				 (back.applications_format != rep.applications_format ||
				  memcmp(back.applications, rep.applications,
						 sizeof(int32_t) * gd_applications_ncells(rep.applications_format)) != 0)) ||
				back.has_appeals != rep.has_appeals ||
				(rep.has_appeals && memcmp(back.appeals, rep.appeals, sizeof(rep.appeals)) != 0))
				abort();
			free(r);
		}
	}
	free(text);
	return 0;
}
