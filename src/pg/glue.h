/*
 * pg/glue.h — the on-disk values and the fmgr glue's shared helpers.
 *
 * Only the glue files (gd_pg_*.c) include this header; the pure core
 * (gd_layout, gd_matrix, gd_check, gd_io) never sees postgres.h.
 */
#ifndef GOV_DISCLOSURE_H
#define GOV_DISCLOSURE_H

#include "postgres.h"

#include "access/htup.h"
#include "access/tupdesc.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"

#include "core/compact.h"
#include "core/error.h"
#include "core/layout.h"

/*
 * The three types in memory: the wide form of core/compact.h (version 0),
 * which is also how 0.1.0 and 0.2.0 stored them.  One header: the varlena
 * length, the format (0 for gd_appeals, which has one), the version and the
 * width, both 0 here (0.2.0's flags word, always zero).  The cells follow
 * at offset 8: int32 counts (GD_NOT_STATED for a blank) in tables 三 and
 * 四, int64 in table 二 (counts as themselves, money as millionths of 万元,
 * GD_PROACTIVE_NOT_STATED for a blank), in the format's official order.
 *
 * What a function returns is stored compact (version 1): gd_value_datum
 * writes it, gd_value_arg reads either version back into this form, and
 * the hot paths (sum, gd_is_consistent, gd_check) read the stored cells in
 * place through gd_value_open.
 */
typedef struct GdValue
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int16		format;			/* a format id of the layout; 0 for gd_appeals */
	uint8		version;		/* GD_STORED_WIDE */
	uint8		width;			/* 0 */
} GdValue;

/* gd_applications: table 三, gd_applications_ncells(format) counts. */
typedef struct GdApplications
{
	int32		vl_len_;
	int16		format;
	uint8		version;
	uint8		width;
	int32		cells[FLEXIBLE_ARRAY_MEMBER];
} GdApplications;

/* gd_appeals: table 四, 15 counts block by block. */
typedef struct GdAppeals
{
	int32		vl_len_;
	int16		format;			/* always 0 */
	uint8		version;
	uint8		width;
	int32		cells[GD_APPEALS_NCELLS];
} GdAppeals;

/* gd_proactive: table 二, gd_proactive_ncells(format) values. */
typedef struct GdProactive
{
	int32		vl_len_;
	int16		format;
	uint8		version;
	uint8		width;
	int64		cells[FLEXIBLE_ARRAY_MEMBER];
} GdProactive;

#define GD_VALUE_CELLS(v) ((void *) ((char *) (v) + sizeof(GdValue)))

/* First byte of the binary forms, so the wire format can evolve. */
#define GD_BINARY_VERSION 1

/*
 * What the shared glue (pg/type_io.c) needs to know of one type: its name
 * for messages, the size of a cell, how many cells a format has, and the
 * core's text and JSON forms and cell check, adapted to (format, cells).
 */
typedef struct GdType
{
	const char *name;			/* "gd_applications" */
	GdStoredTable stored;		/* how its stored form is read and written */
	bool		has_format;		/* binary header: format + flags, else a 4-byte flags word */
	int			cell_size;		/* 4 or 8 bytes, in memory and on the wire */
	int			(*ncells) (int format);	/* 0 when the format is not one of the type's */
	bool		(*from_text) (const char *s, int *format, void *cells, GdError *err);
	void		(*to_text) (int format, const void *cells, char *buf, size_t size);
	bool		(*from_json) (const char *s, int *format, void *cells, GdError *err);
	void		(*to_json) (int format, const void *cells, char *buf, size_t size);
	bool		(*cells_valid) (int format, const void *cells, GdError *err);
	/* the verdict of the identities stored with a value (verdict.h); NULL: none */
	uint32		(*verdict) (int format, const void *cells);
	/* "The 2021 format has 25 rows of 7 cells": the shape, for error details */
	char	   *(*shape) (int format);
	/* "granted × natural_person": a cell by its position, for messages */
	char	   *(*cell_name) (int format, int cell);
} GdType;

extern const GdType gd_applications_type;
extern const GdType gd_appeals_type;
extern const GdType gd_proactive_type;

/* A new value of t, every cell "not stated"; or with a copy of cells. */
extern GdValue *gd_value_new(const GdType *t, int format);
extern GdValue *gd_value_from_cells(const GdType *t, int format, const void *cells);
extern size_t gd_value_size(const GdType *t, int format);
/*
 * A value argument in the wide form (a copy when it was stored compact);
 * the datum a function returns, in the compact form; a value argument
 * opened where it is stored, for reading its cells in place.  A stored
 * value this build cannot read is an ERROR (XX001).
 */
extern GdValue *gd_value_arg(const GdType *t, Datum d);
extern Datum gd_value_datum(const GdType *t, GdValue *v);
extern void gd_value_open_stored(const GdType *t, Datum d, GdStored *s);

/* Per table, the format gd_value_open opened last and its cell count (generation 0: none yet). */
typedef struct GdOpenedLast
{
	unsigned	generation;		/* of the layout */
	int			format;
	int			ncells;
} GdOpenedLast;

extern GdOpenedLast gd_opened_last[3];

/*
 * gd_value_open, inline for the row loops: a plain compact value of the
 * format opened last (nearly every row of a scan) is opened here; anything
 * else goes through gd_value_open_stored (detoast, every check).
 */
static inline void
gd_value_open(const GdType *t, Datum d, GdStored *s)
{
	struct varlena *raw = (struct varlena *) DatumGetPointer(d);
	const GdOpenedLast *last = &gd_opened_last[t->stored];

	if (!(VARATT_IS_4B_U(raw) && last->generation == gd_layout_generation &&
		  gd_stored_open_narrow(t->stored, VARDATA(raw), VARSIZE(raw) - VARHDRSZ,
								last->format, last->ncells, s)))
		gd_value_open_stored(t, d, s);
}
/* The compact form of v: its size with the varlena header, and written to dst of that size. */
extern size_t gd_value_flat_size(const GdType *t, const GdValue *v);
extern void gd_value_flatten(const GdType *t, const GdValue *v, void *dst, size_t size);

/* The shared bodies of each type's functions. */
extern Datum gd_type_in(const GdType *t, const char *str);
extern char *gd_type_out(const GdType *t, Datum d);
extern Datum gd_type_recv(const GdType *t, StringInfo buf);
extern bytea *gd_type_send(const GdType *t, Datum d);
extern Datum gd_type_to_jsonb(const GdType *t, Datum d);
extern Datum gd_type_from_jsonb(const GdType *t, Datum jsonb);
extern int	gd_type_cmp(const GdType *t, Datum a, Datum b);
extern Datum gd_type_hash(const GdType *t, Datum d);

/* int[] ↔ int32 cells (tables 三 and 四): ERROR for a negative element. */
extern void gd_cells_from_array(const GdType *t, int format, ArrayType *arr, int32 *cells);
extern Datum gd_cells_to_array(const int32 *cells, int ndims, int *dims);
/* The value argument of gd_set_cell: ERROR when it is a negative count. */
extern void gd_check_set_count(FunctionCallInfo fcinfo, int argno, const char *row_key,
							   const char *col_key);

#define DatumGetGdApplications(x) ((GdApplications *) gd_value_arg(&gd_applications_type, (x)))
#define PG_GETARG_GD_APPLICATIONS(n) DatumGetGdApplications(PG_GETARG_DATUM(n))
#define PG_RETURN_GD_APPLICATIONS(x) return gd_value_datum(&gd_applications_type, (GdValue *) (x))
#define DatumGetGdAppeals(x) ((GdAppeals *) gd_value_arg(&gd_appeals_type, (x)))
#define PG_GETARG_GD_APPEALS(n) DatumGetGdAppeals(PG_GETARG_DATUM(n))
#define PG_RETURN_GD_APPEALS(x) return gd_value_datum(&gd_appeals_type, (GdValue *) (x))
#define DatumGetGdProactive(x) ((GdProactive *) gd_value_arg(&gd_proactive_type, (x)))
#define PG_GETARG_GD_PROACTIVE(n) DatumGetGdProactive(PG_GETARG_DATUM(n))
#define PG_RETURN_GD_PROACTIVE(x) return gd_value_datum(&gd_proactive_type, (GdValue *) (x))

/* New values, every cell "not stated". */
#define gd_applications_new(format) ((GdApplications *) gd_value_new(&gd_applications_type, (format)))
#define gd_appeals_new() ((GdAppeals *) gd_value_new(&gd_appeals_type, 0))
#define gd_proactive_new(format) ((GdProactive *) gd_value_new(&gd_proactive_type, (format)))

/*
 * The descriptor's text and JSON forms and cell check from the core's
 * prefix_from_text(s, &format, cells, err) and its kin (tables 二 and 三):
 * static core_from_text, core_to_text, core_from_json, core_to_json,
 * cells_valid.
 */
#define GD_CORE_FORMS(prefix) \
	static bool core_from_text(const char *s, int *format, void *cells, GdError *err) \
	{ return prefix##_from_text(s, format, cells, err); } \
	static void core_to_text(int format, const void *cells, char *buf, size_t size) \
	{ prefix##_to_text(format, cells, buf, size); } \
	static bool core_from_json(const char *s, int *format, void *cells, GdError *err) \
	{ return prefix##_from_json(s, format, cells, err); } \
	static void core_to_json(int format, const void *cells, char *buf, size_t size) \
	{ prefix##_to_json(format, cells, buf, size); } \
	static bool cells_valid(int format, const void *cells, GdError *err) \
	{ return prefix##_cells_valid(format, cells, err); }

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

/*
 * The functions every type has, each the shared body in type_io.c for the
 * type descriptor: I/O, binary I/O, jsonb casts, equality, hashing, order.
 */
#define GD_TYPE_FUNCTIONS(prefix, type) \
	PG_FUNCTION_INFO_V1(prefix##_in); \
	Datum prefix##_in(PG_FUNCTION_ARGS) { return gd_type_in(&(type), PG_GETARG_CSTRING(0)); } \
	PG_FUNCTION_INFO_V1(prefix##_out); \
	Datum prefix##_out(PG_FUNCTION_ARGS) { PG_RETURN_CSTRING(gd_type_out(&(type), PG_GETARG_DATUM(0))); } \
	PG_FUNCTION_INFO_V1(prefix##_recv); \
	Datum prefix##_recv(PG_FUNCTION_ARGS) { return gd_type_recv(&(type), (StringInfo) PG_GETARG_POINTER(0)); } \
	PG_FUNCTION_INFO_V1(prefix##_send); \
	Datum prefix##_send(PG_FUNCTION_ARGS) { PG_RETURN_BYTEA_P(gd_type_send(&(type), PG_GETARG_DATUM(0))); } \
	PG_FUNCTION_INFO_V1(prefix##_to_jsonb); \
	Datum prefix##_to_jsonb(PG_FUNCTION_ARGS) { return gd_type_to_jsonb(&(type), PG_GETARG_DATUM(0)); } \
	PG_FUNCTION_INFO_V1(prefix##_from_jsonb); \
	Datum prefix##_from_jsonb(PG_FUNCTION_ARGS) { return gd_type_from_jsonb(&(type), PG_GETARG_DATUM(0)); } \
	PG_FUNCTION_INFO_V1(prefix##_hash); \
	Datum prefix##_hash(PG_FUNCTION_ARGS) { return gd_type_hash(&(type), PG_GETARG_DATUM(0)); } \
	PG_FUNCTION_INFO_V1(prefix##_eq); \
	Datum prefix##_eq(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(gd_type_cmp(&(type), PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)) == 0); } \
	PG_FUNCTION_INFO_V1(prefix##_ne); \
	Datum prefix##_ne(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(gd_type_cmp(&(type), PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)) != 0); } \
	GD_ORDER_FUNCTIONS(prefix, gd_type_cmp(&(type), PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)))

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
/* a table 二 value as numeric: money (millionths of 万元) in 万元, counts as they are */
extern Datum gd_cell_numeric(GdCellKind kind, int64 v);

#endif							/* GOV_DISCLOSURE_H */
