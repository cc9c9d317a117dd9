/* error.c — filling a GdError (error.h); every text valid UTF-8. */
#include "core/error.h"

#include <stdarg.h>

#include "core/text.h"

bool
gd_fail(GdError *err, GdErrCode code, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return false;
	err->code = code;
	err->detail[0] = '\0';
	err->hint[0] = '\0';
	va_start(ap, fmt);
	gd_vformat(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return false;
}

bool
gd_fail_detail(GdError *err, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return false;
	va_start(ap, fmt);
	gd_vformat(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

bool
gd_fail_hint(GdError *err, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return false;
	va_start(ap, fmt);
	gd_vformat(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
	return false;
}
