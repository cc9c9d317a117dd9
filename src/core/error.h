/*
 * error.h — how the pure core reports failure.
 *
 * The core never longjmps: a function that can fail fills a GdError and
 * returns false; the fmgr glue turns it into ereport(ERROR) with the
 * SQLSTATE the code maps to.  Message, detail and hint are always valid
 * UTF-8, cut at a character boundary with "…" when too long.
 */
#ifndef GD_ERROR_H
#define GD_ERROR_H

#include <stdbool.h>

typedef enum GdErrCode
{
	GD_OK = 0,
	GD_E_SYNTAX,				/* 22P02 invalid_text_representation */
	GD_E_RANGE,					/* 22003 numeric_value_out_of_range */
	GD_E_VALUE,					/* 22023 invalid_parameter_value */
	GD_E_ARRAY,					/* 2202E array_subscript_error */
	GD_E_BINARY,				/* 22P03 invalid_binary_representation */
	GD_E_OOM,					/* 53200 out_of_memory */
	GD_E_LIMIT,					/* 54000 program_limit_exceeded */
	GD_E_CORRUPT				/* XX001 data_corrupted: a stored value */
} GdErrCode;

#define GD_ERRMSG_MAX 2048
#define GD_ERRHINT_MAX 512

typedef struct GdError
{
	GdErrCode	code;
	char		message[GD_ERRMSG_MAX];
	char		detail[GD_ERRMSG_MAX];
	char		hint[GD_ERRHINT_MAX];
} GdError;

/* Record an error (printf-style message); always returns false. */
extern bool gd_fail(GdError *err, GdErrCode code, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

/* Add a detail sentence to the error already recorded; returns false. */
extern bool gd_fail_detail(GdError *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* Add a hint (what to do) to the error already recorded; returns false. */
extern bool gd_fail_hint(GdError *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

#endif							/* GD_ERROR_H */
