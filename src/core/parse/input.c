/*
 * parse/input.c — the bytes of a report → the text the units read.
 *
 * Reads: the caller's bytes.  Produces: a GdSource.  Refuses input beyond
 * GD_PARSE_MAX_BYTES (GD_E_LIMIT, before any work) and empty input; drops
 * a UTF-8 byte order mark; turns HTML into lines of cells (html.c).  The
 * text is used as it is otherwise: invalid UTF-8 reads as U+FFFD wherever
 * a unit decodes it, and is never copied into a message unrepaired.
 */
#include "core/parse/internal.h"

#include <string.h>

bool
gd_source_open(GdSource *src, const char *bytes, size_t len, GdDiagSink *sink)
{
	memset(src, 0, sizeof(*src));
	src->align = &src->scratch;
	if (bytes == NULL)
		len = 0;
	if (len > GD_PARSE_MAX_BYTES)
	{
		GdDiagnostic *d = gd_diag(sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, NULL, NULL,
								  "the report is %zu bytes long, more than the parser's limit of %zu bytes (64 MB)",
								  len, GD_PARSE_MAX_BYTES);

		gd_diag_hint(d, "Published reports are far smaller; check that the input is one report, or split it.");
		return false;
	}
	if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
	{
		bytes += 3;
		len -= 3;
	}
	src->text = len > 0 ? bytes : "";
	src->len = len;
	if (len > 0 && gd_html_detect(bytes, len))
	{
		gd_html_to_lines(bytes, len, &src->converted);
		if (src->converted.failed)
		{
			sink->out_of_memory = true;
			return false;
		}
		src->from_html = true;
		src->text = src->converted.data ? src->converted.data : "";
		src->len = src->converted.len;
	}
	if (src->len == 0)
	{
		GdDiagnostic *d = gd_diag(sink, GD_SEV_ERROR, GD_SEC_APPLICATIONS, NULL, NULL,
								  "the report is empty: table 三 (%s) not found",
								  gd_sections[GD_SECTION_APPLICATIONS].name.zh);

		gd_diag_hint(d, "Pass the report's whole text: the title, the prose and the tables.");
		return false;
	}
	return true;
}

void
gd_source_close(GdSource *src)
{
	gd_buf_free(&src->converted);
	gd_align_scratch_free(&src->scratch);
	memset(src, 0, sizeof(*src));
}
