/*
 * fuzz_parse.c — libFuzzer target: gd_parse_diagnostics and gd_parse_report.
 * Every message, detail and hint either produces is valid UTF-8; whatever
 * gd_parse_report reads must read back the same from its own rendering
 * (the tables; the title is free text), in all three formats.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/memory.h"
#include "core/parse.h"
#include "core/render.h"
#include "core/text.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
valid_or_abort(const char *s)
{
	if (!gd_utf8_valid(s, strlen(s)))
		abort();
}

static void
check_messages(const GdDiagnostics *d, const GdError *err)
{
	for (int i = 0; i < d->count; i++)
	{
		valid_or_abort(d->items[i].message);
		valid_or_abort(d->items[i].detail);
		valid_or_abort(d->items[i].hint);
	}
	if (err != NULL)
	{
		valid_or_abort(err->message);
		valid_or_abort(err->detail);
		valid_or_abort(err->hint);
	}
}

static void
round_trip(const GdReportData *rep)
{
	for (int how = GD_RENDER_TEXT; how <= GD_RENDER_HTML; how++)
	{
		char	   *r = gd_render(rep, (GdRenderFormat) how);
		GdReportData back;
		GdError		err;

		if (r == NULL)
			continue;
		if (!gd_parse_report(r, strlen(r), NULL, &back, NULL, &err))
			abort();
		if (back.has_applications != rep->has_applications ||
			(rep->has_applications &&
			 (back.applications_format != rep->applications_format ||
			  memcmp(back.applications, rep->applications,
					 sizeof(int32_t) * gd_applications_ncells(rep->applications_format)) != 0)) ||
			back.has_appeals != rep->has_appeals ||
			(rep->has_appeals && memcmp(back.appeals, rep->appeals, sizeof(rep->appeals)) != 0))
			abort();
		gd_free(r);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy, so reading past len is caught by ASan */
	char	   *text = malloc(size ? size : 1);
	GdDiagnostics d = {0};
	GdReportData rep;
	GdError		err;
	GdParseOptions partial = {true};

	if (text == NULL)
		return 0;
	if (size)
		memcpy(text, data, size);
	gd_parse_diagnostics(text, size, &d);
	check_messages(&d, NULL);
	gd_diagnostics_free(&d);
	if (!gd_parse_report(text, size, NULL, &rep, &d, &err))
		check_messages(&d, &err);
	gd_diagnostics_free(&d);
	gd_parse_report(text, size, &partial, &rep, NULL, &err);
	if (gd_parse_report(text, size, NULL, &rep, NULL, &err))
		round_trip(&rep);
	free(text);
	return 0;
}
