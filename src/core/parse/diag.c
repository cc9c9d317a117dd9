/*
 * parse/diag.c — the findings of a parse (GdDiagSink).
 *
 * Reads: findings from every unit.  Produces: the caller's GdDiagnostics,
 * at most GD_DIAG_LIMIT items (the rest counted in dropped), every text
 * valid UTF-8.  The first error is what gd_parse_report reports.
 */
#include "core/parse/internal.h"

#include <stdarg.h>
#include <string.h>

const char	GD_SEC_TITLE[] = "title";
const char	GD_SEC_TEXT[] = "text";
const char	GD_SEC_PROACTIVE[] = "二";
const char	GD_SEC_APPLICATIONS[] = "三";
const char	GD_SEC_APPEALS[] = "四";

GdDiagnostic *
gd_diag(GdDiagSink *s, GdSeverity sev, const char *section, const char *row,
		const char *col, const char *fmt,...)
{
	GdDiagnostics *l = s->list;
	GdDiagnostic *d = &s->scratch;
	va_list		ap;

	if (sev == GD_SEV_ERROR)
		s->nerrors++;
	if (l->count < GD_DIAG_LIMIT &&
		gd_grow((void **) &l->items, &l->capacity, l->count, sizeof(GdDiagnostic), GD_DIAG_LIMIT))
		d = &l->items[l->count++];
	else
	{
		l->dropped++;
		if (l->count < GD_DIAG_LIMIT)
			s->out_of_memory = true;
	}
	memset(d, 0, sizeof(*d));
	d->severity = sev;
	d->section = section;
	d->row_key = row;
	d->column_key = col;
	va_start(ap, fmt);
	gd_vformat(d->message, sizeof(d->message), fmt, ap);
	va_end(ap);
	return d;
}

void
gd_diag_detail(GdDiagnostic *d, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	gd_vformat(d->detail, sizeof(d->detail), fmt, ap);
	va_end(ap);
}

void
gd_diag_hint(GdDiagnostic *d, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	gd_vformat(d->hint, sizeof(d->hint), fmt, ap);
	va_end(ap);
}

const GdDiagnostic *
gd_diag_first_error(const GdDiagSink *s)
{
	for (int i = 0; i < s->list->count; i++)
		if (s->list->items[i].severity == GD_SEV_ERROR)
			return &s->list->items[i];
	return s->nerrors > 0 ? &s->scratch : NULL;
}

void
gd_diagnostics_free(GdDiagnostics *d)
{
	if (d == NULL)
		return;
	gd_free(d->items);
	d->items = NULL;
	d->count = d->capacity = d->dropped = 0;
}
