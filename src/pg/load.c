/*
 * pg/load.c — stores of reports and loading into them:
 *
 *   gd_load_report(text, region_code, source, organ, year, replace,
 *                  partial, store, reason)   one report, its outcome
 *   gd_load_inbox(inbox, store, partial)     every pending row of an inbox,
 *                                            each in a subtransaction
 *   gd_keep_history()                        the store trigger: the version
 *                                            an UPDATE or DELETE removes
 *                                            goes to the history table
 *   gd_create_store(store, history)          a store owned by the caller
 *   gd_audit(store)                          identities, continuity and the
 *                                            stored diagnostics of a store
 *
 * Security (README "Security"): a store is a regclass, an OID given by the
 * caller; every SPI statement names it by its current name, quoted from
 * that OID, and is parsed with search_path = pg_catalog, pg_temp, with
 * every operator written OPERATOR(pg_catalog.…).  No function of the
 * extension is called by name: reports are compared here, checked by the
 * core.  The extension's own types, template table and trigger function
 * are found in the extension's schema by the OID of the running function
 * and must be members of the extension (a look-alike is not).
 */
#include "pg/glue.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/guc.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/regproc.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "core/check.h"
#include "core/continuity.h"
#include "core/parse.h"
#include "core/report.h"

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

/* Run SPI statements with a search_path nobody else can write into. */
static int
safe_search_path(void)
{
	int			nest = NewGUCNestLevel();

	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	return nest;
}

static void
require_arg(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be NULL", name),
				 errhint("Leave the argument out to take its default.")));
}

/* A relation's current name, schema-qualified and quoted. */
static char *
qualified_name(Oid relid)
{
	char	   *rel = get_rel_name(relid);

	if (rel == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	return quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)), rel);
}

/*
 * An object of the extension, by name in the schema of the running
 * function (found by OID); it must be a member of the same extension, so
 * a look-alike planted in that schema is never taken.
 */
static Oid
member_oid(FunctionCallInfo fcinfo, Oid classid, const char *name)
{
	Oid			self = fcinfo->flinfo->fn_oid;
	Oid			nsp = get_func_namespace(self);
	Oid			ext = getExtensionOfObject(ProcedureRelationId, self);
	Oid			oid = InvalidOid;

	if (classid == RelationRelationId)
		oid = get_relname_relid(name, nsp);
	else if (classid == TypeRelationId)
		oid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(name), ObjectIdGetDatum(nsp));
	else if (classid == ProcedureRelationId)
		oid = GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid, CStringGetDatum(name),
							  PointerGetDatum(buildoidvector(NULL, 0)), ObjectIdGetDatum(nsp));
	if (!OidIsValid(oid) || !OidIsValid(ext) || getExtensionOfObject(classid, oid) != ext)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("gov_disclosure's %s is missing from the extension's schema", name),
				 errhint("Reinstall the extension.")));
	return oid;
}

typedef struct GdTypes
{
	Oid			proactive;
	Oid			applications;
	Oid			appeals;
} GdTypes;

/* The OIDs of the extension's three table types, as members of the extension. */
static void
member_types(FunctionCallInfo fcinfo, GdTypes *t)
{
	t->proactive = member_oid(fcinfo, TypeRelationId, "gd_proactive");
	t->applications = member_oid(fcinfo, TypeRelationId, "gd_applications");
	t->appeals = member_oid(fcinfo, TypeRelationId, "gd_appeals");
}

/* The columns every store has, with their types. */
typedef struct StoreColumn
{
	const char *name;
	Oid			type;
} StoreColumn;

/*
 * A store: a table or partitioned table with the columns gd_load_report
 * writes, of the right types (or domains over them).  ERROR otherwise, naming what is missing.
 */
static void
check_store(Oid relid, const GdTypes *t)
{
	StoreColumn cols[] = {
		{"organ", TEXTOID}, {"region_code", TEXTOID}, {"year", INT4OID}, {"format", INT4OID},
		{"proactive", t->proactive}, {"applications", t->applications}, {"appeals", t->appeals},
		{"source", TEXTOID}, {"loaded_at", TIMESTAMPTZOID}, {"organ_printed", TEXTOID},
		{"diagnostics", JSONBOID}, {"partial", BOOLOID}, {"reason", TEXTOID},
	};
	char		kind = get_rel_relkind(relid);

	if (kind != RELKIND_RELATION && kind != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table, so it cannot be a store of reports", get_rel_name(relid)),
				 errhint("Create a store with gd_create_store('name').")));
	for (int i = 0; i < (int) lengthof(cols); i++)
	{
		AttrNumber	att = get_attnum(relid, cols[i].name);

		if (att == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("table \"%s\" is not a store of reports: it has no column %s",
							get_rel_name(relid), cols[i].name),
					 errdetail("A store has the columns of gd_store_template."),
					 errhint("Create a store with gd_create_store('name').")));
		/* a domain over the type will do: gd_store_template's gd_region_code */
		if (getBaseType(get_atttype(relid, att)) != cols[i].type)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("table \"%s\" is not a store of reports: column %s is of type %s, expected %s",
							get_rel_name(relid), cols[i].name,
							format_type_be(get_atttype(relid, att)), format_type_be(cols[i].type)),
					 errhint("Create a store with gd_create_store('name').")));
	}
}

/*
 * Same format and cells, by the type's own equality: a value stored wide by
 * 0.2.0 and the same value stored compact now are the same report.
 */
static bool
same_value(const GdType *t, bool null1, Datum a, bool null2, Datum b)
{
	if (null1 || null2)
		return null1 == null2;
	return gd_type_cmp(t, a, b) == 0;
}

/* ------------------------------------------------------------------------
 * Parsing for a store: the report, its diagnostics and its identity
 * ------------------------------------------------------------------------ */

typedef struct LoadInput
{
	text	   *report_text;
	text	   *region_code;	/* NULL if not given */
	text	   *source;
	text	   *organ;			/* override, or NULL */
	bool		has_year;
	int32		year;			/* override */
	bool		replace;
	bool		partial;
	text	   *reason;
} LoadInput;

typedef struct Parsed
{
	GdReportData r;
	char	   *organ;			/* the identity */
	char	   *organ_printed;	/* the title's, or NULL */
	int32		year;
	bool		partial;		/* a table is missing */
	Datum		diagnostics;	/* jsonb array */
} Parsed;

static void
json_field(StringInfo buf, const char *key, const char *value, bool comma)
{
	if (comma)
		appendStringInfoString(buf, ", ");
	escape_json(buf, key);
	appendStringInfoString(buf, ": ");
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

static const char *
severity_name(GdSeverity s)
{
	return s == GD_SEV_ERROR ? "error" : s == GD_SEV_WARNING ? "warning" : "note";
}

static void
json_diagnostic(StringInfo buf, const char *severity, const char *section, const char *row_key,
				const char *column_key, const char *message, const char *detail, const char *hint,
				const char *rule)
{
	if (buf->len > 1)
		appendStringInfoString(buf, ", ");
	appendStringInfoChar(buf, '{');
	json_field(buf, "severity", severity, false);
	json_field(buf, "section", section, true);
	json_field(buf, "row_key", row_key, true);
	json_field(buf, "column_key", column_key, true);
	json_field(buf, "message", message, true);
	json_field(buf, "detail", detail && detail[0] ? detail : NULL, true);
	json_field(buf, "hint", hint && hint[0] ? hint : NULL, true);
	json_field(buf, "rule", rule, true);
	appendStringInfoChar(buf, '}');
}

static void
json_diagnostics(StringInfo buf, const GdDiagnostics *d)
{
	for (int i = 0; i < d->count; i++)
	{
		const GdDiagnostic *g = &d->items[i];

		json_diagnostic(buf, severity_name(g->severity), g->section, g->row_key, g->column_key,
						g->message, g->detail, g->hint, g->rule);
	}
	if (d->dropped > 0)
	{
		char		msg[128];

		snprintf(msg, sizeof(msg), "%d more findings were not kept", d->dropped);
		json_diagnostic(buf, "note", NULL, NULL, NULL, msg, NULL, NULL, NULL);
	}
}

/* The parse diagnostics of a text as a jsonb array; never errors on the text. */
static Datum
diagnostics_of(text *t)
{
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "gov_disclosure diagnostics",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	GdDiagnostics d = {0};
	StringInfoData buf;
	Datum		result;

	gd_parse_diagnostics(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &d);
	MemoryContextSwitchTo(old);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '[');
	json_diagnostics(&buf, &d);
	appendStringInfoChar(&buf, ']');
	MemoryContextDelete(cxt);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	pfree(buf.data);
	return result;
}

/*
 * Parse a report for a store: the whole report, or with partial what can
 * be read; the identity from the title or the overrides.  ERROR (and
 * nothing stored) when it cannot be stored.
 */
/*
 * Parse strictly, or with partial, again keeping what can be read; the
 * diagnostics appended to buf (an open JSON array).  Returns whether the
 * strict parse failed (then *first is its error); ERROR when nothing can be
 * read.
 */
static bool
parse_tables(const LoadInput *in, Parsed *p, StringInfo buf, GdError *first)
{
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "gov_disclosure parse",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	const char *data = VARDATA_ANY(in->report_text);
	size_t		len = VARSIZE_ANY_EXHDR(in->report_text);
	GdParseOptions full = {false};
	GdParseOptions part = {true};
	GdDiagnostics d = {0};
	GdError		err;
	bool		ok;
	bool		failed_full = false;

	ok = gd_parse_report(data, len, &full, &p->r, &d, &err);
	if (!ok && in->partial && err.code == GD_E_SYNTAX)
	{
		*first = err;
		failed_full = true;
		gd_diagnostics_free(&d);
		ok = gd_parse_report(data, len, &part, &p->r, &d, &err);
		if (ok && !p->r.has_applications && !p->r.has_appeals && !p->r.has_proactive)
		{
			ok = false;
			err = *first;
		}
	}
	MemoryContextSwitchTo(old);
	if (!ok)
	{
		MemoryContextDelete(cxt);
		gd_raise(&err);
	}
	p->organ_printed = p->r.organ[0] ? pstrdup(p->r.organ) : NULL;
	json_diagnostics(buf, &d);
	MemoryContextDelete(cxt);
	return failed_full;
}

/* The organ: as given (a note when the title prints another), else the title's. */
static void
take_organ(const LoadInput *in, Parsed *p, StringInfo buf)
{
	char	   *o;

	if (in->organ == NULL)
	{
		p->organ = p->organ_printed;
		return;
	}
	o = text_to_cstring(in->organ);
	if (o[0] == '\0' || strlen(o) >= GD_ORGAN_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("organ must be a name of 1 to %d bytes, got %zu bytes", GD_ORGAN_MAX - 1, strlen(o))));
	p->organ = o;
	if (p->organ_printed && strcmp(o, p->organ_printed) != 0)
	{
		char	   *msg = psprintf("organ given as \"%s\"; the title prints \"%s\"", o, p->organ_printed);

		json_diagnostic(buf, "note", "identity", NULL, NULL, msg, NULL, NULL, NULL);
	}
}

/* The year: as given (a note when the title gives another), else the title's; either within GD_YEAR_MIN … MAX. */
static void
take_year(const LoadInput *in, Parsed *p, StringInfo buf)
{
	if (!in->has_year)
	{
		if (p->r.year != 0 && (p->r.year < GD_YEAR_MIN || p->r.year > GD_YEAR_MAX))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the title gives the year %d, outside %d–%d", p->r.year, GD_YEAR_MIN, GD_YEAR_MAX),
					 errdetail("Annual reports on open government information exist since %d.", GD_YEAR_MIN),
					 errhint("Give the year (year => …, gd_load --year).")));
		p->year = p->r.year;
		return;
	}
	if (in->year < GD_YEAR_MIN || in->year > GD_YEAR_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year %d is outside %d–%d", in->year, GD_YEAR_MIN, GD_YEAR_MAX),
				 errdetail("Annual reports on open government information exist since %d.", GD_YEAR_MIN)));
	if (p->r.year != 0 && p->r.year != in->year)
	{
		char	   *msg = psprintf("year given as %d; the title gives %d", in->year, p->r.year);

		json_diagnostic(buf, "note", "identity", NULL, NULL, msg, NULL, NULL, NULL);
	}
	p->year = in->year;
}

static void
parse_for_store(const LoadInput *in, Parsed *p)
{
	GdError		first;
	bool		failed_full;
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '[');
	failed_full = parse_tables(in, p, &buf, &first);
	take_organ(in, p, &buf);
	take_year(in, p, &buf);
	if (p->organ == NULL || p->year == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("cannot store a report whose title gives no %s", p->organ == NULL ? "organ" : "year"),
				 errdetail("A store identifies a report by region code, organ and year; organ and year are read from the title (e.g. \"红旗区人民政府 2024 年政府信息公开工作年度报告\")."),
				 errhint("Give them: organ => …, year => … (gd_load --organ, --year).")));
	if (failed_full)
		json_diagnostic(&buf, "note", NULL, NULL, NULL,
						"stored partially: the tables that could not be read are NULL",
						first.message, NULL, NULL);
	appendStringInfoChar(&buf, ']');
	p->partial = failed_full || !p->r.has_applications || !p->r.has_appeals || !p->r.has_proactive;
	p->diagnostics = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/* ------------------------------------------------------------------------
 * Storing
 * ------------------------------------------------------------------------ */

typedef enum Outcome
{
	OUT_LOADED,
	OUT_UNCHANGED,
	OUT_REPLACED,
	OUT_PARTIAL
} Outcome;

static const char *const outcome_names[] = {"loaded", "unchanged", "replaced", "partial"};

typedef struct Stored
{
	Outcome		outcome;
	char	   *message;
	Datum		diagnostics;
} Stored;

#define NPARAMS 12

/* Which of format and tables 二, 三, 四 differ between the stored row and the new one, for the message. */
static const char *
table_differences(const Datum *v, const bool *n, HeapTuple old, TupleDesc desc)
{
	StringInfoData buf;
	const char *names[] = {"format", "table 二", "table 三", "table 四"};
	const GdType *types[] = {NULL, &gd_proactive_type, &gd_applications_type, &gd_appeals_type};

	initStringInfo(&buf);
	for (int i = 0; i < 4; i++)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(old, desc, i + 1, &isnull);
		bool		same = i == 0 ? (isnull == n[3] && (isnull || DatumGetInt32(d) == DatumGetInt32(v[3])))
			: same_value(types[i], isnull, d, n[3 + i], v[3 + i]);

		if (!same)
			appendStringInfo(&buf, "%s%s%s", buf.len ? ", " : "", names[i],
							 isnull ? " (stored: none)" : n[3 + i] ? " (new: none)" : "");
	}
	return buf.data;
}

/*
 * Store one parsed report in the store; returns the outcome.  ERROR 23505
 * when a different version is stored and replace is false; 42501 when a
 * report with this identity exists but row-level security hides it.
 */

/* "table 二", "tables 三 and 四", "tables 二, 三 and 四": the tables a partial report lacks */
static const char *
missing_tables(const GdReportData *r)
{
	const char *names[3];
	int			n = 0;

	if (!r->has_proactive)
		names[n++] = "二";
	if (!r->has_applications)
		names[n++] = "三";
	if (!r->has_appeals)
		names[n++] = "四";
	if (n == 1)
		return psprintf("table %s", names[0]);
	if (n == 2)
		return psprintf("tables %s and %s", names[0], names[1]);
	if (n == 3)
		return psprintf("tables %s, %s and %s", names[0], names[1], names[2]);
	return "no table";
}

/* The row's parameters $1 … $12 for the store's INSERT and UPDATE: the parsed tables as values of our types. */
static void
store_params(const LoadInput *in, const Parsed *p, Datum *v, bool *n, char *nulls)
{
	GdProactive *pr = NULL;
	GdApplications *m = NULL;
	GdAppeals  *a = NULL;

	if (p->r.has_proactive)
	{
		pr = gd_proactive_new(p->r.proactive_format);
		memcpy(pr->cells, p->r.proactive, sizeof(int64) * gd_proactive_ncells(pr->format));
	}
	if (p->r.has_applications)
	{
		m = gd_applications_new(p->r.applications_format);
		memcpy(m->cells, p->r.applications, sizeof(int32) * gd_applications_ncells(m->format));
	}
	if (p->r.has_appeals)
	{
		a = gd_appeals_new();
		memcpy(a->cells, p->r.appeals, sizeof(a->cells));
	}
	v[0] = CStringGetTextDatum(p->organ);
	v[1] = PointerGetDatum(in->region_code);
	n[1] = in->region_code == NULL;
	v[2] = Int32GetDatum(p->year);
	v[3] = Int32GetDatum(p->r.format);
	n[3] = p->r.format == 0;
	v[4] = PointerGetDatum(pr);
	n[4] = pr == NULL;
	v[5] = PointerGetDatum(m);
	n[5] = m == NULL;
	v[6] = PointerGetDatum(a);
	n[6] = a == NULL;
	v[7] = PointerGetDatum(in->source);
	n[7] = in->source == NULL;
	v[8] = p->organ_printed ? CStringGetTextDatum(p->organ_printed) : (Datum) 0;
	n[8] = p->organ_printed == NULL;
	v[9] = p->diagnostics;
	v[10] = BoolGetDatum(p->partial);
	v[11] = PointerGetDatum(in->reason);
	n[11] = in->reason == NULL;
	for (int i = 0; i < NPARAMS; i++)
		nulls[i] = n[i] ? 'n' : ' ';
	nulls[NPARAMS] = '\0';
}

/*
 * Insert the row unless its identity is taken: true when inserted; false
 * with the stored version locked in SPI_tuptable (its format, tables,
 * source and time).  A stored version deleted meanwhile is retried; one
 * that row-level security hides is an ERROR.
 */
static bool
insert_or_lock(const char *name, const char *identity, const char *who,
			   const Oid *types, const Datum *v, const char *nulls)
{
	int			rc;

	for (int attempt = 0;; attempt++)
	{
		rc = SPI_execute_with_args(psprintf("INSERT INTO %s AS s (organ, region_code, year, format, proactive, applications, appeals, "
											"source, organ_printed, diagnostics, partial, reason) "
											"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
											"ON CONFLICT (region_code, organ, year) DO NOTHING RETURNING s.year", name),
								   NPARAMS, (Oid *) types, (Datum *) v, nulls, false, 0);
		if (rc != SPI_OK_INSERT_RETURNING)
			elog(ERROR, "inserting into %s: SPI error %d", name, rc);
		if (SPI_processed == 1)
			return true;

		/* the identity is taken: the stored version, locked */
		rc = SPI_execute_with_args(psprintf("SELECT format, proactive, applications, appeals, source, loaded_at "
											"FROM %s WHERE %s FOR UPDATE", name, identity),
								   NPARAMS, (Oid *) types, (Datum *) v, nulls, false, 0);
		if (rc != SPI_OK_SELECT)
			elog(ERROR, "reading %s: SPI error %d", name, rc);
		if (SPI_processed > 0)
			return false;
		if (attempt >= 2)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("a report of %s is stored in %s but is not visible to you", who, name),
					 errdetail("Row-level security hides the stored version."),
					 errhint("Load reports of the regions your role may see.")));
		/* deleted meanwhile: insert again */
	}
}

/*
 * Store the parsed report under its identity: loaded (or partial), or,
 * when the identity is taken, unchanged if the tables are the same,
 * replaced if asked, else ERROR 23505 naming what differs.
 */
static void
store_report(FunctionCallInfo fcinfo, Oid store, const GdTypes *t, const LoadInput *in, Parsed *p, Stored *out)
{
	char	   *name = qualified_name(store);
	Oid			types[NPARAMS] = {TEXTOID, TEXTOID, INT4OID, INT4OID, t->proactive, t->applications,
	t->appeals, TEXTOID, TEXTOID, JSONBOID, BOOLOID, TEXTOID};
	Datum		v[NPARAMS];
	bool		n[NPARAMS] = {false};
	char		nulls[NPARAMS + 1];
	const char *identity = in->region_code == NULL
		? "region_code IS NULL AND organ OPERATOR(pg_catalog.=) $1 AND year OPERATOR(pg_catalog.=) $3"
		: "region_code OPERATOR(pg_catalog.=) $2 AND organ OPERATOR(pg_catalog.=) $1 AND year OPERATOR(pg_catalog.=) $3";
	const char *who = psprintf("%s%s%s %d", p->organ, in->region_code ? " " : "",
							   in->region_code ? text_to_cstring(in->region_code) : "", p->year);
	HeapTuple	old;
	TupleDesc	desc;
	const char *diff;
	char	   *old_source;
	char	   *old_at;
	int			rc;

	store_params(in, p, v, n, nulls);
	out->diagnostics = p->diagnostics;
	if (insert_or_lock(name, identity, who, types, v, nulls))
	{
		out->outcome = p->partial ? OUT_PARTIAL : OUT_LOADED;
		out->message = p->partial
			? psprintf("stored without %s (see diagnostics)", missing_tables(&p->r))
			: psprintf("stored as %s", who);
		return;
	}

	old = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	diff = table_differences(v, n, old, desc);
	old_source = SPI_getvalue(old, desc, 5);
	old_at = SPI_getvalue(old, desc, 6);
	if (diff[0] == '\0')
	{
		out->outcome = OUT_UNCHANGED;
		out->message = psprintf("identical to the version loaded from %s at %s",
								old_source ? old_source : "(no source)", old_at);
		return;
	}
	if (!in->replace)
		ereport(ERROR,
				(errcode(ERRCODE_UNIQUE_VIOLATION),
				 errmsg("duplicate: a different version of the report of %s is already stored in %s", who, name),
				 errdetail("The stored version was loaded from %s at %s; they differ in %s.",
						   old_source ? old_source : "(no source)", old_at, diff),
				 errhint("Pass replace => true (gd_load --replace) to store this one; the stored version then moves to the history table.")));
	rc = SPI_execute_with_args(psprintf("UPDATE %s SET format = $4, proactive = $5, applications = $6, appeals = $7, "
										"source = $8, organ_printed = $9, diagnostics = $10, partial = $11, reason = $12, "
										"loaded_at = pg_catalog.now(), loaded_by = CURRENT_USER WHERE %s", name, identity),
							   NPARAMS, types, v, nulls, false, 0);
	if (rc != SPI_OK_UPDATE || SPI_processed != 1)
		elog(ERROR, "replacing in %s: SPI error %d", name, rc);
	out->outcome = OUT_REPLACED;
	out->message = psprintf("replaced the version loaded from %s at %s (it differed in %s; now in the history)",
							old_source ? old_source : "(no source)", old_at, diff);
}

/* One report into a store: region code checked, parsed, stored; shared by gd_load_report and gd_load_inbox. */
static void
load_one(FunctionCallInfo fcinfo, Oid store, const GdTypes *t, const LoadInput *in, Parsed *p, Stored *out)
{
	if (in->region_code != NULL)
		gd_check_region_code(in->region_code);
	parse_for_store(in, p);
	store_report(fcinfo, store, t, in, p, out);
}

/* gd_load_report(report_text, region_code, source, organ, year, replace, partial, store, reason) */
PG_FUNCTION_INFO_V1(gd_load_report_sql);
Datum
gd_load_report_sql(PG_FUNCTION_ARGS)
{
	LoadInput	in = {0};
	Parsed	   *p = palloc0(sizeof(Parsed));
	Stored		out;
	GdTypes		t;
	Oid			store;
	TupleDesc	desc;
	TupleDesc	rdesc;
	Datum		values[7];
	bool		nulls[7] = {false};
	Datum		rv[GD_REPORT_NFIELDS];
	bool		rn[GD_REPORT_NFIELDS] = {false};
	int			nest;
	MemoryContext caller = CurrentMemoryContext;

	require_arg(fcinfo, 0, "report_text");
	require_arg(fcinfo, 5, "replace");
	require_arg(fcinfo, 6, "partial");
	require_arg(fcinfo, 7, "store");
	in.report_text = PG_GETARG_TEXT_PP(0);
	in.region_code = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	in.source = PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2);
	in.organ = PG_ARGISNULL(3) ? NULL : PG_GETARG_TEXT_PP(3);
	in.has_year = !PG_ARGISNULL(4);
	in.year = in.has_year ? PG_GETARG_INT32(4) : 0;
	in.replace = PG_GETARG_BOOL(5);
	in.partial = PG_GETARG_BOOL(6);
	store = PG_GETARG_OID(7);
	in.reason = PG_ARGISNULL(8) ? NULL : PG_GETARG_TEXT_PP(8);

	member_types(fcinfo, &t);
	check_store(store, &t);
	nest = safe_search_path();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	load_one(fcinfo, store, &t, &in, p, &out);

	/* the result, built in the caller's memory */
	{
		MemoryContext spi = MemoryContextSwitchTo(caller);

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		desc = BlessTupleDesc(desc);
		rdesc = lookup_rowtype_tupdesc(TupleDescAttr(desc, 6)->atttypid, -1);
		values[0] = CStringGetTextDatum(outcome_names[out.outcome]);
		values[1] = in.region_code ? PointerGetDatum(in.region_code) : (Datum) 0;
		nulls[1] = in.region_code == NULL;
		values[2] = CStringGetTextDatum(p->organ);
		values[3] = Int32GetDatum(p->year);
		values[4] = in.source ? PointerGetDatum(in.source) : (Datum) 0;
		nulls[4] = in.source == NULL;
		values[5] = CStringGetTextDatum(out.message);
		/* the report as stored: the new one, or for unchanged the same tables */
		rv[GD_REPORT_ORGAN] = values[2];
		rv[GD_REPORT_REGION_CODE] = values[1];
		rn[GD_REPORT_REGION_CODE] = nulls[1];
		rv[GD_REPORT_YEAR] = values[3];
		rv[GD_REPORT_FORMAT] = Int32GetDatum(p->r.format);
		rn[GD_REPORT_FORMAT] = p->r.format == 0;
		rn[GD_REPORT_PROACTIVE] = !p->r.has_proactive;
		rn[GD_REPORT_APPLICATIONS] = !p->r.has_applications;
		rn[GD_REPORT_APPEALS] = !p->r.has_appeals;
		if (p->r.has_proactive)
		{
			GdProactive *pr = gd_proactive_new(p->r.proactive_format);

			memcpy(pr->cells, p->r.proactive, sizeof(int64) * gd_proactive_ncells(pr->format));
			rv[GD_REPORT_PROACTIVE] = PointerGetDatum(pr);
		}
		if (p->r.has_applications)
		{
			GdApplications *m = gd_applications_new(p->r.applications_format);

			memcpy(m->cells, p->r.applications, sizeof(int32) * gd_applications_ncells(m->format));
			rv[GD_REPORT_APPLICATIONS] = PointerGetDatum(m);
		}
		if (p->r.has_appeals)
		{
			GdAppeals  *a = gd_appeals_new();

			memcpy(a->cells, p->r.appeals, sizeof(a->cells));
			rv[GD_REPORT_APPEALS] = PointerGetDatum(a);
		}
		{
			TupleDesc	cached = rdesc;

			rdesc = BlessTupleDesc(CreateTupleDescCopy(cached));
			ReleaseTupleDesc(cached);
		}
		values[6] = HeapTupleGetDatum(heap_form_tuple(rdesc, rv, rn));
		MemoryContextSwitchTo(spi);
	}
	SPI_finish();
	AtEOXact_GUC(true, nest);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* ------------------------------------------------------------------------
 * gd_load_inbox(inbox, store, partial): every pending row, one
 * subtransaction each, the outcome written back
 * ------------------------------------------------------------------------ */

static const char *const inbox_outcomes[] = {"loaded", "unchanged", "replaced", "partial", "duplicate", "refused"};

/* The ids of the inbox rows without an outcome, in order, allocated in cxt. */
static int64 *
inbox_pending(const char *inbox_name, MemoryContext cxt, uint64 *n)
{
	int64	   *ids;

	if (SPI_execute(psprintf("SELECT id FROM %s WHERE outcome IS NULL ORDER BY id", inbox_name), false, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading %s failed", inbox_name);
	*n = SPI_processed;
	ids = MemoryContextAlloc(cxt, sizeof(int64) * (*n + 1));
	for (uint64 i = 0; i < *n; i++)
	{
		bool		isnull;

		ids[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
	}
	return ids;
}

/* Nullable text column k of tup, or NULL. */
static text *
text_or_null(HeapTuple tup, TupleDesc desc, int k)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, k, &isnull);

	return isnull ? NULL : DatumGetTextPP(d);
}

/* Inbox row id as the input of one load; ERROR when it has no body. */
static void
inbox_read_row(const char *inbox_name, int64 id, bool partial, LoadInput *in)
{
	Oid			argt[1] = {INT8OID};
	Datum		arg[1] = {Int64GetDatum(id)};
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	Datum		d;

	if (SPI_execute_with_args(psprintf("SELECT body, source, region_code, organ, year, replace FROM %s "
									   "WHERE id OPERATOR(pg_catalog.=) $1", inbox_name),
							  1, argt, arg, NULL, false, 0) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "inbox row %lld vanished", (long long) id);
	tup = SPI_copytuple(SPI_tuptable->vals[0]);
	desc = CreateTupleDescCopy(SPI_tuptable->tupdesc);
	in->report_text = text_or_null(tup, desc, 1);
	if (in->report_text == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the inbox row has no body")));
	in->source = text_or_null(tup, desc, 2);
	in->region_code = text_or_null(tup, desc, 3);
	in->organ = text_or_null(tup, desc, 4);
	d = SPI_getbinval(tup, desc, 5, &isnull);
	in->has_year = !isnull;
	in->year = isnull ? 0 : DatumGetInt32(d);
	d = SPI_getbinval(tup, desc, 6, &isnull);
	in->replace = !isnull && DatumGetBool(d);
	in->partial = partial;
}

/* What the parser finds in inbox row id's body, for triage; false if it has none. */
static bool
inbox_diagnostics(const char *inbox_name, int64 id, Datum *diagnostics)
{
	Oid			argt[1] = {INT8OID};
	Datum		arg[1] = {Int64GetDatum(id)};
	bool		isnull;
	Datum		b;

	if (SPI_execute_with_args(psprintf("SELECT body FROM %s WHERE id OPERATOR(pg_catalog.=) $1", inbox_name),
							  1, argt, arg, NULL, false, 0) != SPI_OK_SELECT || SPI_processed != 1)
		return false;
	b = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (isnull)
		return false;
	*diagnostics = diagnostics_of(DatumGetTextPP(b));
	return true;
}

static void
inbox_write_outcome(const char *inbox_name, int64 id, const char *outcome, const char *message,
					Datum diagnostics, bool diag_null)
{
	Oid			ut[4] = {INT8OID, TEXTOID, TEXTOID, JSONBOID};
	Datum		uv[4] = {Int64GetDatum(id), CStringGetTextDatum(outcome), CStringGetTextDatum(message), diagnostics};
	char		un[5] = {' ', ' ', ' ', diag_null ? 'n' : ' ', '\0'};

	if (SPI_execute_with_args(psprintf("UPDATE %s SET outcome = $2, message = $3, diagnostics = $4, "
									   "processed_at = pg_catalog.now() WHERE id OPERATOR(pg_catalog.=) $1", inbox_name),
							  4, ut, uv, un, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "writing the outcome to %s failed", inbox_name);
}

/*
 * Load inbox row id in a subtransaction of its own and write its outcome
 * back; returns the outcome's index in inbox_outcomes.  A row's error is its
 * outcome (refused, or duplicate for a unique violation); a cancel,
 * shutdown or lack of resources ends the whole batch.
 */
static int
inbox_load_row(FunctionCallInfo fcinfo, Oid store, const GdTypes *t, const char *inbox_name,
			   int64 id, bool partial)
{
	MemoryContext caller = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	const char *volatile outcome = NULL;
	char	   *volatile message = NULL;
	volatile Datum diagnostics = (Datum) 0;
	volatile bool diag_null = true;
	MemoryContext row = AllocSetContextCreate(caller, "gov_disclosure inbox row", ALLOCSET_DEFAULT_SIZES);
	int			k;

	CHECK_FOR_INTERRUPTS();
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(row);
	PG_TRY();
	{
		LoadInput	in = {0};
		Parsed	   *p = palloc0(sizeof(Parsed));
		Stored		out;

		inbox_read_row(inbox_name, id, partial, &in);
		load_one(fcinfo, store, t, &in, p, &out);
		outcome = inbox_outcomes[out.outcome];
		message = out.message;
		diagnostics = out.diagnostics;
		diag_null = false;
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(row);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *e;
		Datum		d;

		MemoryContextSwitchTo(row);
		e = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(row);
		CurrentResourceOwner = owner;
		if (e->sqlerrcode == ERRCODE_QUERY_CANCELED || e->sqlerrcode == ERRCODE_ADMIN_SHUTDOWN ||
			ERRCODE_TO_CATEGORY(e->sqlerrcode) == ERRCODE_INSUFFICIENT_RESOURCES)
			ReThrowError(e);
		outcome = e->sqlerrcode == ERRCODE_UNIQUE_VIOLATION ? "duplicate" : "refused";
		message = e->detail ? psprintf("%s: %s (%s)", unpack_sql_state(e->sqlerrcode), e->message, e->detail)
			: psprintf("%s: %s", unpack_sql_state(e->sqlerrcode), e->message);
		if (inbox_diagnostics(inbox_name, id, &d))
		{
			diagnostics = d;
			diag_null = false;
		}
	}
	PG_END_TRY();

	inbox_write_outcome(inbox_name, id, outcome, message, diagnostics, diag_null);
	for (k = 0; k < (int) lengthof(inbox_outcomes) - 1; k++)
		if (strcmp(outcome, inbox_outcomes[k]) == 0)
			break;
	MemoryContextSwitchTo(caller);
	MemoryContextDelete(row);
	return k;
}

PG_FUNCTION_INFO_V1(gd_load_inbox_sql);
Datum
gd_load_inbox_sql(PG_FUNCTION_ARGS)
{
	Oid			inbox;
	Oid			store;
	bool		partial;
	GdTypes		t;
	GdSrf		srf;
	char	   *inbox_name;
	int64		counts[lengthof(inbox_outcomes)] = {0};
	int64	   *ids;
	uint64		nids;
	int			nest;

	require_arg(fcinfo, 0, "inbox");
	require_arg(fcinfo, 1, "store");
	require_arg(fcinfo, 2, "partial");
	inbox = PG_GETARG_OID(0);
	store = PG_GETARG_OID(1);
	partial = PG_GETARG_BOOL(2);
	gd_srf_begin(fcinfo, &srf);
	member_types(fcinfo, &t);
	check_store(store, &t);
	inbox_name = qualified_name(inbox);
	nest = safe_search_path();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	ids = inbox_pending(inbox_name, CurrentMemoryContext, &nids);
	for (uint64 i = 0; i < nids; i++)
		counts[inbox_load_row(fcinfo, store, &t, inbox_name, ids[i], partial)]++;
	SPI_finish();
	AtEOXact_GUC(true, nest);

	for (int k = 0; k < (int) lengthof(inbox_outcomes); k++)
	{
		Datum		values[2] = {CStringGetTextDatum(inbox_outcomes[k]), Int64GetDatum(counts[k])};
		bool		nulls[2] = {false, false};

		if (counts[k] > 0)
			gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * gd_keep_history(): AFTER UPDATE OR DELETE FOR EACH ROW on a store
 * ------------------------------------------------------------------------ */

/* A relation's owner, from the syscache. */
static Oid
rel_owner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

PG_FUNCTION_INFO_V1(gd_keep_history);
Datum
gd_keep_history(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	desc;
	Oid			hist;
	const char *hname;
	StringInfoData cols;
	StringInfoData params;
	Datum	   *values;
	bool	   *isnull;
	Oid		   *types;
	char	   *nulls;
	int			n = 0;
	int			nest;
	bool		update;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(td->tg_event) || !TRIGGER_FIRED_FOR_ROW(td->tg_event) ||
		!(TRIGGER_FIRED_BY_UPDATE(td->tg_event) || TRIGGER_FIRED_BY_DELETE(td->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gd_keep_history must be an AFTER UPDATE OR DELETE trigger FOR EACH ROW")));
	if (td->tg_trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gd_keep_history takes one argument, the history table's name")));
	rel = td->tg_relation;
	desc = RelationGetDescr(rel);
	update = TRIGGER_FIRED_BY_UPDATE(td->tg_event);
	hname = td->tg_trigger->tgargs[0];
	/* in the store's own schema, found by OID; with the store's owner */
	hist = get_relname_relid(hname, RelationGetNamespace(rel));
	if (!OidIsValid(hist))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the history table \"%s\" of store \"%s\" does not exist", hname, RelationGetRelationName(rel)),
				 errdetail("A version replaced or deleted is kept in the history table, in the store's schema."),
				 errhint("Create it with gd_create_store('%s'), which adopts the store.", RelationGetRelationName(rel))));
	if (rel_owner(hist) != rel->rd_rel->relowner)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("the history table \"%s\" does not belong to the owner of store \"%s\"", hname,
						RelationGetRelationName(rel)),
				 errdetail("Only a history table of the store's owner is trusted with its versions.")));

	values = palloc(sizeof(Datum) * (desc->natts + 2));
	isnull = palloc(sizeof(bool) * (desc->natts + 2));
	types = palloc(sizeof(Oid) * (desc->natts + 2));
	nulls = palloc(desc->natts + 3);
	initStringInfo(&cols);
	initStringInfo(&params);
	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(desc, i);

		if (a->attisdropped || a->attgenerated)
			continue;
		if (get_attnum(hist, NameStr(a->attname)) == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("the history table \"%s\" has no column %s of store \"%s\"", hname, NameStr(a->attname),
							RelationGetRelationName(rel)),
					 errhint("Add the column to the history table too, so that no version loses it.")));
		values[n] = heap_getattr(td->tg_trigtuple, i + 1, desc, &isnull[n]);
		types[n] = a->atttypid;
		appendStringInfo(&cols, "%s, ", quote_identifier(NameStr(a->attname)));
		appendStringInfo(&params, "$%d, ", n + 1);
		n++;
	}
	/* how, and why (the new version's reason) */
	values[n] = CStringGetTextDatum(update ? "UPDATE" : "DELETE");
	isnull[n] = false;
	types[n] = TEXTOID;
	n++;
	{
		AttrNumber	r = update ? get_attnum(RelationGetRelid(rel), "reason") : InvalidAttrNumber;

		isnull[n] = true;
		values[n] = (Datum) 0;
		if (r != InvalidAttrNumber && get_atttype(RelationGetRelid(rel), r) == TEXTOID)
			values[n] = heap_getattr(td->tg_newtuple, r, desc, &isnull[n]);
		types[n] = TEXTOID;
		n++;
	}
	for (int i = 0; i < n; i++)
		nulls[i] = isnull[i] ? 'n' : ' ';
	nulls[n] = '\0';

	nest = safe_search_path();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(psprintf("INSERT INTO %s (%sreplaced_how, replaced_reason) VALUES (%s$%d, $%d)",
									   qualified_name(hist), cols.data, params.data, n - 1, n),
							  n, types, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "keeping the history in %s failed", hname);
	SPI_finish();
	AtEOXact_GUC(true, nest);
	return PointerGetDatum(NULL);
}

/* ------------------------------------------------------------------------
 * gd_create_store(store, history): a store and its history, the caller's
 * ------------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(gd_create_store);
Datum
gd_create_store(PG_FUNCTION_ARGS)
{
	RangeVar   *rv;
	Oid			nsp;
	char	   *nspname;
	char	   *hname;
	char	   *store_q;
	char	   *hist_q;
	Oid			store;
	Oid			hist;
	Oid			template;
	Oid			trigger_fn;
	GdTypes		t;
	int			nest;

	require_arg(fcinfo, 0, "store");
	rv = makeRangeVarFromNameList(stringToQualifiedNameList(text_to_cstring(PG_GETARG_TEXT_PP(0))));
	nsp = RangeVarGetCreationNamespace(rv);
	nspname = get_namespace_name(nsp);
	if (PG_ARGISNULL(1))
	{
		if (strlen(rv->relname) + strlen("_history") >= NAMEDATALEN)
			ereport(ERROR,
					(errcode(ERRCODE_NAME_TOO_LONG),
					 errmsg("the store's name \"%s\" is too long to name its history table after it", rv->relname),
					 errhint("Give the history table's name: gd_create_store(store, history).")));
		hname = psprintf("%s_history", rv->relname);
	}
	else
		hname = text_to_cstring(PG_GETARG_TEXT_PP(1));
	if (hname[0] == '\0' || strlen(hname) >= NAMEDATALEN || strchr(hname, '.') != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_NAME),
				 errmsg("invalid history table name \"%s\"", hname),
				 errdetail("The history table is named without a schema: it lives in the store's schema.")));
	store_q = quote_qualified_identifier(nspname, rv->relname);
	hist_q = quote_qualified_identifier(nspname, hname);
	template = member_oid(fcinfo, RelationRelationId, "gd_store_template");
	trigger_fn = member_oid(fcinfo, ProcedureRelationId, "gd_keep_history");
	member_types(fcinfo, &t);

	nest = safe_search_path();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	store = get_relname_relid(rv->relname, nsp);
	if (!OidIsValid(store))
	{
		SPI_execute(psprintf("CREATE TABLE %s (LIKE %s INCLUDING ALL)", store_q, qualified_name(template)), false, 0);
		SPI_execute(psprintf("COMMENT ON TABLE %s IS %s", store_q,
							 quote_literal_cstr("报告库（gd_create_store 所建），被替换或删除的版本在 " /* keep */
												"历史表中 / a store of reports (made by gd_create_store); replaced or deleted versions are in its history table")),
					false, 0);
		store = get_relname_relid(rv->relname, nsp);
	}
	else if (rel_owner(store) != GetUserId())
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must be owner of table %s to make it a store", rv->relname)));
	check_store(store, &t);
	hist = get_relname_relid(hname, nsp);
	if (!OidIsValid(hist))
	{
		SPI_execute(psprintf("CREATE TABLE %s (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS, "
							 "replaced_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(), "
							 "replaced_by pg_catalog.text DEFAULT CURRENT_USER, "
							 "replaced_how pg_catalog.text NOT NULL, replaced_reason pg_catalog.text)",
							 hist_q, store_q), false, 0);
		SPI_execute(psprintf("CREATE INDEX ON %s (region_code, organ, year)", hist_q), false, 0);
		SPI_execute(psprintf("COMMENT ON TABLE %s IS %s", hist_q,
							 quote_literal_cstr(psprintf("报告库 %s 的历史：被替换或删除的每个版本 / the history of store %s: every version replaced or deleted",
														 rv->relname, rv->relname))),
					false, 0);
	}
	else if (rel_owner(hist) != rel_owner(store))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("the history table \"%s\" does not belong to the owner of store \"%s\"", hname, rv->relname)));
	/* the trigger, unless the store has it */
	SPI_execute_with_args("SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid OPERATOR(pg_catalog.=) $1 "
						  "AND tgfoid OPERATOR(pg_catalog.=) $2 AND NOT tgisinternal",
						  2, (Oid[]) {OIDOID, OIDOID}, (Datum[]) {ObjectIdGetDatum(store), ObjectIdGetDatum(trigger_fn)},
						  NULL, true, 0);
	if (SPI_processed == 0)
		SPI_execute(psprintf("CREATE TRIGGER gd_keep_history AFTER UPDATE OR DELETE ON %s FOR EACH ROW "
							 "EXECUTE FUNCTION %s(%s)", store_q,
							 quote_qualified_identifier(get_namespace_name(get_func_namespace(trigger_fn)),
														get_func_name(trigger_fn)),
							 quote_literal_cstr(hname)), false, 0);
	SPI_finish();
	AtEOXact_GUC(true, nest);
	PG_RETURN_OID(store);
}

/* ------------------------------------------------------------------------
 * gd_audit(store): identities, continuity and stored diagnostics
 * ------------------------------------------------------------------------ */

/* One row of gd_audit's result. */
static void
put_audit(GdSrf *srf, Datum organ, Datum region, bool region_null, int32 year, const char *rule,
		  const char *severity, const char *row_key, const char *column_key, bool has_numbers,
		  int64 expected, int64 reported, const char *message)
{
	Datum		values[10];
	bool		nulls[10] = {false};

	values[0] = organ;
	values[1] = region;
	nulls[1] = region_null;
	values[2] = Int32GetDatum(year);
	values[3] = CStringGetTextDatum(rule);
	values[4] = CStringGetTextDatum(severity);
	values[5] = gd_text_or_null(row_key, &nulls[5]);
	values[6] = gd_text_or_null(column_key, &nulls[6]);
	values[7] = Int64GetDatum(expected);
	values[8] = Int64GetDatum(reported);
	nulls[7] = nulls[8] = !has_numbers;
	values[9] = CStringGetTextDatum(message ? message : "");
	gd_srf_put(srf, values, nulls);
}

static char *
json_string(JsonbContainer *c, const char *key)
{
	JsonbValue	v;

	if (getKeyJsonValueFromContainer(c, key, strlen(key), &v) == NULL || v.type != jbvString)
		return NULL;
	return pnstrdup(v.val.string.val, v.val.string.len);
}

/* A store row read by gd_audit's query (columns by position) as a GdReportData. */
static void
row_report(HeapTuple tup, TupleDesc desc, GdReportData *r)
{
	bool		isnull;
	Datum		d;

	memset(r, 0, sizeof(*r));
	r->year = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
	d = SPI_getbinval(tup, desc, 4, &isnull);
	r->format = isnull ? 0 : DatumGetInt32(d);
	d = SPI_getbinval(tup, desc, 5, &isnull);
	if (!isnull)
	{
		GdProactive *p = DatumGetGdProactive(d);

		r->has_proactive = true;
		r->proactive_format = p->format;
		memcpy(r->proactive, p->cells, sizeof(int64) * gd_proactive_ncells(p->format));
	}
	d = SPI_getbinval(tup, desc, 6, &isnull);
	if (!isnull)
	{
		GdApplications *m = DatumGetGdApplications(d);

		r->has_applications = true;
		r->applications_format = m->format;
		memcpy(r->applications, m->cells, sizeof(int32) * gd_applications_ncells(m->format));
	}
	d = SPI_getbinval(tup, desc, 7, &isnull);
	if (!isnull)
	{
		GdAppeals  *a = DatumGetGdAppeals(d);

		r->has_appeals = true;
		memcpy(r->appeals, a->cells, sizeof(a->cells));
	}
}

/* The same body: organ and region code (both unknown counts as the same). */
static bool
same_body(const char *organ1, const char *region1, const char *organ2, const char *region2)
{
	return strcmp(organ1, organ2) == 0 &&
		(region1 == NULL ? region2 == NULL : region2 != NULL && strcmp(region1, region2) == 0);
}

/* A stored report's parse diagnostics as audit rows, except the title notes (where organ and year were read). */
static void
put_stored_diagnostics(GdSrf *srf, Datum organ, Datum region, bool region_null, int year, Datum diags)
{
	Jsonb	   *jb = DatumGetJsonbP(diags);
	uint32		count;

	if (!JB_ROOT_IS_ARRAY(jb))
		return;
	count = JB_ROOT_COUNT(jb);
	for (uint32 k = 0; k < count; k++)
	{
		JsonbValue *e = getIthJsonbValueFromContainer(&jb->root, k);
		char	   *rule;
		char	   *sev;
		char	   *section;

		if (e == NULL || e->type != jbvBinary)
			continue;
		rule = json_string(e->val.binary.data, "rule");
		sev = json_string(e->val.binary.data, "severity");
		section = json_string(e->val.binary.data, "section");
		if (sev && strcmp(sev, "note") == 0 && section && strcmp(section, "title") == 0)
			continue;
		put_audit(srf, organ, region, region_null, year, rule ? rule : "parse",
				  sev ? sev : "note", json_string(e->val.binary.data, "row_key"),
				  json_string(e->val.binary.data, "column_key"), false, 0, 0,
				  json_string(e->val.binary.data, "message"));
	}
}

PG_FUNCTION_INFO_V1(gd_audit_sql);
Datum
gd_audit_sql(PG_FUNCTION_ARGS)
{
	GdSrf		srf;
	GdTypes		t;
	Oid			store;
	Portal		cur;
	int			nest;
	GdReportData *prev = palloc(sizeof(GdReportData));
	GdReportData *now = palloc(sizeof(GdReportData));
	GdViolation *v = palloc(sizeof(GdViolation) * (GD_MAX_VIOLATIONS + GD_MAX_CONTINUITY));
	char	   *prev_organ = NULL;
	char	   *prev_region = NULL;
	bool		have_prev = false;
	MemoryContext caller = CurrentMemoryContext;

	require_arg(fcinfo, 0, "store");
	store = PG_GETARG_OID(0);
	gd_srf_begin(fcinfo, &srf);
	member_types(fcinfo, &t);
	check_store(store, &t);
	nest = safe_search_path();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	cur = SPI_cursor_open_with_args(NULL,
									psprintf("SELECT organ, region_code, year, format, proactive, applications, appeals, diagnostics "
											 "FROM %s ORDER BY region_code, organ, year", qualified_name(store)),
									0, NULL, NULL, NULL, true, 0);
	for (;;)
	{
		SPI_cursor_fetch(cur, true, 200);
		if (SPI_processed == 0)
			break;
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			MemoryContext old = MemoryContextSwitchTo(caller);
			bool		isnull;
			bool		region_null;
			char	   *organ_s = SPI_getvalue(tup, desc, 1);
			char	   *region_s = SPI_getvalue(tup, desc, 2);
			Datum		organ = CStringGetTextDatum(organ_s);
			Datum		region;
			Datum		diags;
			int			nv = 0;

			CHECK_FOR_INTERRUPTS();
			region_null = region_s == NULL;
			region = region_null ? (Datum) 0 : CStringGetTextDatum(region_s);
			row_report(tup, desc, now);
			if (now->has_applications)
				nv += gd_applications_violations(now->applications_format, now->applications, v + nv);
			if (now->has_appeals)
				nv += gd_appeals_violations(now->appeals, v + nv);
			if (have_prev && same_body(prev_organ, prev_region, organ_s, region_s))
				nv += gd_check_continuity(prev, now, v + nv);
			for (int k = 0; k < nv; k++)
				put_audit(&srf, organ, region, region_null, now->year, v[k].rule, v[k].severity, v[k].row_key,
						  v[k].column_key, v[k].has_numbers, v[k].expected, v[k].reported, v[k].message);
			diags = SPI_getbinval(tup, desc, 8, &isnull);
			if (!isnull)
				put_stored_diagnostics(&srf, organ, region, region_null, now->year, diags);
			/* this report is the previous one of the next */
			{
				GdReportData *swap = prev;

				prev = now;
				now = swap;
			}
			prev_organ = organ_s;
			prev_region = region_s;
			have_prev = true;
			MemoryContextSwitchTo(old);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	SPI_cursor_close(cur);
	SPI_finish();
	AtEOXact_GUC(true, nest);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * gd_report_of(gd_reports): a stored row as a gd_report.  C, not an SQL
 * body: a function whose SQL body uses a table's row type keeps its owner
 * from some ALTER TABLEs (adding a NOT NULL column with a default), and
 * the store is its owner's to alter.  Fields are taken by name.
 * ------------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(gd_report_of_sql);
Datum
gd_report_of_sql(PG_FUNCTION_ARGS)
{
	HeapTupleHeader rec = PG_GETARG_HEAPTUPLEHEADER(0);
	TupleDesc	in = lookup_rowtype_tupdesc(HeapTupleHeaderGetTypeId(rec), HeapTupleHeaderGetTypMod(rec));
	TupleDesc	out;
	HeapTupleData tuple;
	Datum		values[GD_REPORT_NFIELDS];
	bool		nulls[GD_REPORT_NFIELDS];

	if (get_call_result_type(fcinfo, NULL, &out) != TYPEFUNC_COMPOSITE || out->natts != GD_REPORT_NFIELDS)
		elog(ERROR, "return type must be gd_report");
	out = BlessTupleDesc(out);
	tuple.t_len = HeapTupleHeaderGetDatumLength(rec);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = rec;
	for (int f = 0; f < GD_REPORT_NFIELDS; f++)
	{
		Form_pg_attribute want = TupleDescAttr(out, f);
		int			found = -1;

		for (int i = 0; i < in->natts; i++)
		{
			Form_pg_attribute a = TupleDescAttr(in, i);

			if (!a->attisdropped && strcmp(NameStr(a->attname), NameStr(want->attname)) == 0)
			{
				found = i;
				break;
			}
		}
		if (found < 0 || TupleDescAttr(in, found)->atttypid != want->atttypid)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("the row has no column %s of type %s", NameStr(want->attname),
							format_type_be(want->atttypid))));
		values[f] = heap_getattr(&tuple, found + 1, in, &nulls[f]);
	}
	ReleaseTupleDesc(in);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(out, values, nulls)));
}
