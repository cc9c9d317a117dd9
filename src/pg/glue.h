/*
 * pg/glue.h — the on-disk values and the fmgr glue's shared helpers.
 *
 * Only the glue (the files of src/pg) includes this header; the pure core
 * (src/core) never sees postgres.h.  The structs below are the stored
 * form of the three types, described in doc/storage.md.
 */
#ifndef GOV_DISCLOSURE_H
#define GOV_DISCLOSURE_H

#include "postgres.h"

#include "access/htup.h"
#include "access/tupdesc.h"
#include "fmgr.h"

#include "core/error.h"
#include "core/layout.h"

/*
 * gd_applications: table 三 as reported.  cells holds gd_applications_ncells(format)
 * counts in the format's official row order; GD_NOT_STATED marks a blank.
 * flags is reserved and always zero (recv rejects anything else), room for
 * a later on-disk change that old values can still be told apart from.
 */
typedef struct GdApplications
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int16		format;			/* a format id of the layout: 2019 or 2021 */
	uint16		flags;			/* reserved, zero */
	int32		cells[FLEXIBLE_ARRAY_MEMBER];
} GdApplications;

#define GD_APPLICATIONS_SIZE(ncells) \
	(offsetof(GdApplications, cells) + sizeof(int32) * (ncells))

/* gd_appeals: table 四, 15 counts block by block. */
typedef struct GdAppeals
{
	int32		vl_len_;
	uint32		flags;			/* reserved, zero */
	int32		cells[GD_APPEALS_NCELLS];
} GdAppeals;

#define GD_APPEALS_SIZE sizeof(GdAppeals)

/*
 * gd_proactive: table 二.  cells holds gd_proactive_ncells(format) values in the
 * format's order; counts as themselves, money as millionths of 万元,
 * GD_PROACTIVE_NOT_STATED for a blank.  flags reserved, zero.
 */
typedef struct GdProactive
{
	int32		vl_len_;
	int16		format;
	uint16		flags;
	int64		cells[FLEXIBLE_ARRAY_MEMBER];
} GdProactive;

#define GD_PROACTIVE_SIZE(ncells) \
	(offsetof(GdProactive, cells) + sizeof(int64) * (ncells))

/* First byte of the binary forms, so the wire format can evolve. */
#define GD_BINARY_VERSION 1

#define DatumGetGdApplications(x) ((GdApplications *) PG_DETOAST_DATUM(x))
#define PG_GETARG_GD_APPLICATIONS(n) DatumGetGdApplications(PG_GETARG_DATUM(n))
#define PG_RETURN_GD_APPLICATIONS(x) PG_RETURN_POINTER(x)
#define DatumGetGdAppeals(x) ((GdAppeals *) PG_DETOAST_DATUM(x))
#define PG_GETARG_GD_APPEALS(n) DatumGetGdAppeals(PG_GETARG_DATUM(n))
#define PG_RETURN_GD_APPEALS(x) PG_RETURN_POINTER(x)
#define DatumGetGdProactive(x) ((GdProactive *) PG_DETOAST_DATUM(x))
#define PG_GETARG_GD_PROACTIVE(n) DatumGetGdProactive(PG_GETARG_DATUM(n))
#define PG_RETURN_GD_PROACTIVE(x) PG_RETURN_POINTER(x)

/*
 * The btree support functions of a type, from an expression comparing
 * argument 0 with argument 1 (-1, 0, 1): prefix_cmp, _lt, _le, _gt, _ge.
 */
#define GD_ORDER_FUNCTIONS(prefix, cmp_args) \
	PG_FUNCTION_INFO_V1(prefix##_cmp); \
	Datum prefix##_cmp(PG_FUNCTION_ARGS) { PG_RETURN_INT32(cmp_args); } \
	PG_FUNCTION_INFO_V1(prefix##_lt); \
	Datum prefix##_lt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL((cmp_args) < 0); } \
	PG_FUNCTION_INFO_V1(prefix##_le); \
	Datum prefix##_le(PG_FUNCTION_ARGS) { PG_RETURN_BOOL((cmp_args) <= 0); } \
	PG_FUNCTION_INFO_V1(prefix##_gt); \
	Datum prefix##_gt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL((cmp_args) > 0); } \
	PG_FUNCTION_INFO_V1(prefix##_ge); \
	Datum prefix##_ge(PG_FUNCTION_ARGS) { PG_RETURN_BOOL((cmp_args) >= 0); }

/* New values, every cell "not stated". */
extern GdApplications *gd_applications_new(int format);
extern GdAppeals *gd_appeals_new(void);
extern GdProactive *gd_proactive_new(int format);

/* Fields of the composite gd_report, in the install script's order. */
typedef enum GdReportField
{
	GD_REPORT_ORGAN,
	GD_REPORT_REGION_CODE,
	GD_REPORT_YEAR,
	GD_REPORT_FORMAT,
	GD_REPORT_PROACTIVE,
	GD_REPORT_APPLICATIONS,
	GD_REPORT_APPEALS,
	GD_REPORT_NFIELDS
} GdReportField;

/*
 * gd_report composite ↔ GdReportData (pg/report.c).  The composite's type
 * comes from the datum or from the calling function's declared result,
 * never from a name.  region_code NULL gives a NULL region_code.
 */
struct GdReportData;
extern void gd_report_from_datum(HeapTupleHeader rec, struct GdReportData *r);
extern Datum gd_report_to_datum(FunctionCallInfo fcinfo, const struct GdReportData *r,
								text *region_code);

/* A GB/T 2260 region code: six ASCII digits, the first not 0 (pg/regions.c). */
extern bool gd_region_code_valid(const char *code, int len);
extern void gd_check_region_code(text *code);

/* The jsonb inputs of the three tables, called directly by gd_report(jsonb). */
extern PGDLLEXPORT Datum gd_proactive_from_jsonb(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum gd_applications_from_jsonb(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum gd_appeals_from_jsonb(PG_FUNCTION_ARGS);

/* Return violations as SETOF gd_violation (pg/checks.c). */
struct GdViolation;
extern void gd_put_violations(FunctionCallInfo fcinfo, const struct GdViolation *v, int n);

/* ereport(ERROR) for a GdError from the core; never returns. */
extern void gd_raise(const GdError *err) pg_attribute_noreturn();

/* Parse a report's text into *r, in a memory context of its own; ERROR on failure. */
struct GdReportData;
extern void gd_parse_text(text *t, bool partial, struct GdReportData *r);

/* text argument as a NUL-terminated C string */
extern char *gd_text_arg(FunctionCallInfo fcinfo, int n);

/*
 * Set-returning functions here materialize their rows into a tuplestore;
 * gd_srf_begin checks the call context and returns the tuple descriptor.
 */
typedef struct GdSrf
{
	struct Tuplestorestate *store;
	TupleDesc	desc;
} GdSrf;

extern void gd_srf_begin(FunctionCallInfo fcinfo, GdSrf *srf);
extern void gd_srf_put(GdSrf *srf, Datum *values, bool *nulls);

/* Datum helpers for nullable result columns */
extern Datum gd_text_or_null(const char *s, bool *isnull);
extern Datum gd_count_or_null(int32 v, bool *isnull);

#endif							/* GOV_DISCLOSURE_H */
