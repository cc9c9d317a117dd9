/* fuzz_parse.c — libFuzzer target: gd_parse_diagnostics and gd_parse_report. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gd_parse.h"

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
	gd_parse_report(text, size, &rep, &d, &err);
	gd_diagnostics_free(&d);
	gd_parse_report(text, size, &rep, NULL, &err);
	free(text);
	return 0;
}
