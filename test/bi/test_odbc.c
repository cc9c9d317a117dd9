/*
 * BI client test through ODBC: unixODBC's driver manager (unixodbc-dev) and
 * psqlODBC's Unicode driver (odbc-postgresql).
 *
 * run.sh compiles this with `gcc … -lodbc` and runs it with
 * GD_BI_ODBC_DRIVER (the path of psqlodbcw.so), GD_BI_HOST, GD_BI_PORT,
 * GD_BI_DB, PGUSER and PGPASSWORD in the environment; no odbc.ini or
 * odbcinst.ini entry is needed.  Checks from SQLDescribeCol that the
 * set-returning functions and the gd_audit view give standard SQL types
 * (SQL_INTEGER, SQL_BIGINT, SQL_NUMERIC, and for text SQL_VARCHAR or
 * SQL_LONGVARCHAR or their wide forms), that the extension's own types arrive
 * as character data, and every value against numbers typed here by hand.
 * Text is fetched as SQL_C_WCHAR (UTF-16) and converted to UTF-8 here, so the
 * Chinese labels do not depend on the client's locale.  Integers are fetched
 * as SQL_C_SBIGINT.  Prints TAP-style lines and
 * "# odbc: N passed, N failed"; exits 1 on any failure.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup under -std=c99 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sql.h>
#include <sqlext.h>

#define CLIENT "odbc"

/*
 * row_no names a row in every format (21 is 2019's other_handling, which
 * the 2021 format splits into 22-24); typed by hand.
 */
static const int ROW_NOS[25] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
	22, 23, 24, 25, 26};

static int
printed_index(long long row_no)
{
	for (int i = 0; i < 25; i++)
		if (ROW_NOS[i] == row_no)
			return i;
	return -1;
}

/* The fixture's 2024 table 三, typed by hand (FORMAT.md row order). */
static const char *const ROW_KEYS[25] = {
	"new_received", "carried_over", "granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited_by_law",
	"withheld_security_stability", "withheld_third_party",
	"withheld_internal_affairs", "withheld_process_info",
	"withheld_enforcement_file", "withheld_inquiry_matter",
	"unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
	"not_processed_complaint", "not_processed_duplicate",
	"not_processed_publication", "not_processed_excessive",
	"not_processed_confirmation",
	"other_no_supplement", "other_unpaid_fee", "other_misc",
	"total_processed", "carried_forward",
};
static const char *const COLUMN_KEYS[7] = {
	"natural_person", "commercial", "research", "public_interest",
	"legal_service", "other_org", "total",
};
static const int M2024[25][7] = {
	{16, 0, 0, 0, 0, 4, 20},	/* new_received */
	{0},						/* carried_over */
	{6, 0, 0, 0, 0, 4, 10},		/* granted */
	{5, 0, 0, 0, 0, 0, 5},		/* partially_granted */
	{0}, {0}, {0}, {0}, {0}, {0}, {0}, {0},	/* withheld_* */
	{5, 0, 0, 0, 0, 0, 5},		/* unavailable_not_held */
	{0}, {0},
	{0}, {0}, {0}, {0}, {0},	/* not_processed_* */
	{0}, {0}, {0},				/* other_* */
	{16, 0, 0, 0, 0, 4, 20},	/* total_processed */
	{0},						/* carried_forward */
};
#define APPEALS_TEXT "{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}"
#define ORGAN "红旗区人民政府"

/* What a BI tool may see for each PostgreSQL type. */
enum kind { K_INT4, K_INT8, K_NUMERIC, K_TEXT, K_TIMESTAMPTZ };

static int passed, failed;
static SQLHENV env;
static SQLHDBC dbc;

static int
check(int ok, const char *diag, const char *fmt, ...)
{
	va_list ap;

	if (ok)
		passed++;
	else
		failed++;
	printf("%s %d - %s: ", ok ? "ok" : "not ok", passed + failed, CLIENT);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!ok && diag)
	{
		const char *p = diag;

		while (*p)
		{
			size_t n = strcspn(p, "\n");

			printf("#   %.*s\n", (int) n, p);
			p += n + (p[n] == '\n');
		}
	}
	fflush(stdout);
	return ok;
}

static const char *
sqltype_name(SQLSMALLINT t)
{
	static char buf[32];

	switch (t)
	{
		case SQL_INTEGER: return "SQL_INTEGER";
		case SQL_SMALLINT: return "SQL_SMALLINT";
		case SQL_BIGINT: return "SQL_BIGINT";
		case SQL_NUMERIC: return "SQL_NUMERIC";
		case SQL_DECIMAL: return "SQL_DECIMAL";
		case SQL_DOUBLE: return "SQL_DOUBLE";
		case SQL_CHAR: return "SQL_CHAR";
		case SQL_VARCHAR: return "SQL_VARCHAR";
		case SQL_LONGVARCHAR: return "SQL_LONGVARCHAR";
		case SQL_WCHAR: return "SQL_WCHAR";
		case SQL_WVARCHAR: return "SQL_WVARCHAR";
		case SQL_WLONGVARCHAR: return "SQL_WLONGVARCHAR";
		case SQL_BINARY: return "SQL_BINARY";
		case SQL_VARBINARY: return "SQL_VARBINARY";
		case SQL_LONGVARBINARY: return "SQL_LONGVARBINARY";
		case SQL_TYPE_TIMESTAMP: return "SQL_TYPE_TIMESTAMP";
		case SQL_TYPE_DATE: return "SQL_TYPE_DATE";
		case SQL_BIT: return "SQL_BIT";
		case SQL_GUID: return "SQL_GUID";
		case SQL_UNKNOWN_TYPE: return "SQL_UNKNOWN_TYPE";
	}
	snprintf(buf, sizeof buf, "type %d", (int) t);
	return buf;
}

static int
is_text_type(SQLSMALLINT t)
{
	return t == SQL_VARCHAR || t == SQL_LONGVARCHAR
		|| t == SQL_WVARCHAR || t == SQL_WLONGVARCHAR;
}

static int
is_binary_type(SQLSMALLINT t)
{
	return t == SQL_BINARY || t == SQL_VARBINARY || t == SQL_LONGVARBINARY;
}

static int
kind_ok(enum kind k, SQLSMALLINT t)
{
	switch (k)
	{
		case K_INT4: return t == SQL_INTEGER;
		case K_INT8: return t == SQL_BIGINT;
		case K_NUMERIC: return t == SQL_NUMERIC;
		case K_TEXT: return is_text_type(t);
		case K_TIMESTAMPTZ: return t == SQL_TYPE_TIMESTAMP;
	}
	return 0;
}

static const char *
kind_name(enum kind k)
{
	switch (k)
	{
		case K_INT4: return "SQL_INTEGER";
		case K_INT8: return "SQL_BIGINT";
		case K_NUMERIC: return "SQL_NUMERIC";
		case K_TEXT: return "SQL_(W)VARCHAR or SQL_(W)LONGVARCHAR";
		case K_TIMESTAMPTZ: return "SQL_TYPE_TIMESTAMP";
	}
	return "?";
}

/* The diagnostics of a handle, as one string (static buffer). */
static const char *
diagnostics(SQLSMALLINT htype, SQLHANDLE h)
{
	static char out[4096];
	SQLCHAR state[6], msg[1024];
	SQLINTEGER native;
	SQLSMALLINT len;
	size_t used = 0;

	out[0] = '\0';
	for (SQLSMALLINT i = 1; used < sizeof out - 1; i++)
	{
		if (!SQL_SUCCEEDED(SQLGetDiagRec(htype, h, i, state, &native, msg, sizeof msg, &len)))
			break;
		used += snprintf(out + used, sizeof out - used, "%s%s: %s", used ? "\n" : "",
						 (char *) state, (char *) msg);
	}
	return out;
}

/* UTF-16 (unixODBC's SQLWCHAR) to a fresh UTF-8 string. */
static char *
utf16_to_utf8(const SQLWCHAR *w, size_t n)
{
	char *s = malloc(n * 3 + 1), *p = s;

	if (!s)
		abort();
	for (size_t i = 0; i < n; i++)
	{
		unsigned long c = w[i];

		if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && w[i + 1] >= 0xDC00 && w[i + 1] < 0xE000)
			c = 0x10000 + ((c - 0xD800) << 10) + (w[++i] - 0xDC00);
		if (c < 0x80)
			*p++ = (char) c;
		else if (c < 0x800)
		{
			*p++ = (char) (0xC0 | (c >> 6));
			*p++ = (char) (0x80 | (c & 0x3F));
		}
		else if (c < 0x10000)
		{
			*p++ = (char) (0xE0 | (c >> 12));
			*p++ = (char) (0x80 | ((c >> 6) & 0x3F));
			*p++ = (char) (0x80 | (c & 0x3F));
		}
		else
		{
			*p++ = (char) (0xF0 | (c >> 18));
			*p++ = (char) (0x80 | ((c >> 12) & 0x3F));
			*p++ = (char) (0x80 | ((c >> 6) & 0x3F));
			*p++ = (char) (0x80 | (c & 0x3F));
		}
	}
	*p = '\0';
	return s;
}

/* A result set read completely: the described columns and every cell. */
typedef struct
{
	int			null;
	long long	i;				/* integer columns */
	char	   *s;				/* every column: its text (integers printed) */
} Cell;

typedef struct
{
	int			ncols, nrows;
	char		names[64][128];
	SQLSMALLINT types[64];
	SQLULEN		sizes[64];		/* column size from SQLDescribeCol */
	char		typenames[64][64];
	Cell	   *cells;			/* nrows × ncols */
	int			ok;
} Result;

static Cell *
cell(Result *r, int row, int col)
{
	return &r->cells[(size_t) row * r->ncols + col];
}

static int
colno(Result *r, const char *name)
{
	for (int i = 0; i < r->ncols; i++)
		if (strcmp(r->names[i], name) == 0)
			return i;
	return -1;
}

/* The cell of a named column; a NULL cell for a missing column or row. */
static Cell *
get(Result *r, int row, const char *name)
{
	static Cell none = {1, 0, NULL};
	int			c = colno(r, name);

	if (c < 0 || row < 0 || row >= r->nrows)
		return &none;
	return cell(r, row, c);
}

static const char *
str(Result *r, int row, const char *name)
{
	Cell	   *c = get(r, row, name);

	return c->null ? "(null)" : c->s;
}

static long long
num(Result *r, int row, const char *name)
{
	Cell	   *c = get(r, row, name);

	return c->null ? -999999 : c->i;
}

static int
is_integer_type(SQLSMALLINT t)
{
	return t == SQL_INTEGER || t == SQL_SMALLINT || t == SQL_BIGINT || t == SQL_TINYINT;
}

/* Run a query and read it whole: integer columns as SQL_C_SBIGINT, every
 * other column as SQL_C_WCHAR. */
static Result *
query(const char *label, const char *sql)
{
	Result	   *r = calloc(1, sizeof *r);
	SQLHSTMT	st;
	SQLSMALLINT ncols;
	int			cap = 64;
	SQLWCHAR   *wbuf = malloc(sizeof(SQLWCHAR) * 65536);

	if (!r || !wbuf)
		abort();
	r->cells = malloc(sizeof(Cell) * cap * 64);
	if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st)))
	{
		check(0, diagnostics(SQL_HANDLE_DBC, dbc), "%s: allocate a statement", label);
		free(wbuf);
		return r;
	}
	if (!SQL_SUCCEEDED(SQLExecDirect(st, (SQLCHAR *) sql, SQL_NTS)))
	{
		check(0, diagnostics(SQL_HANDLE_STMT, st), "%s: execute", label);
		goto done;
	}
	SQLNumResultCols(st, &ncols);
	r->ncols = ncols > 64 ? 64 : ncols;
	printf("# %s types:", label);
	for (int i = 0; i < r->ncols; i++)
	{
		SQLSMALLINT namelen, type, digits, nullable;
		SQLULEN		size;
		SQLSMALLINT tnlen;

		SQLDescribeCol(st, (SQLUSMALLINT) (i + 1), (SQLCHAR *) r->names[i], sizeof r->names[i],
					   &namelen, &type, &size, &digits, &nullable);
		r->types[i] = type;
		r->sizes[i] = size;
		SQLColAttribute(st, (SQLUSMALLINT) (i + 1), SQL_DESC_TYPE_NAME, r->typenames[i],
						sizeof r->typenames[i], &tnlen, NULL);
		printf("%s %s=%s(%s, size %lu)", i ? "," : "", r->names[i], sqltype_name(type),
			   r->typenames[i], (unsigned long) size);
	}
	putchar('\n');
	for (;;)
	{
		SQLRETURN	rc = SQLFetch(st);

		if (rc == SQL_NO_DATA)
			break;
		if (!SQL_SUCCEEDED(rc))
		{
			check(0, diagnostics(SQL_HANDLE_STMT, st), "%s: fetch", label);
			goto done;
		}
		if (r->nrows == cap)
		{
			cap *= 2;
			r->cells = realloc(r->cells, sizeof(Cell) * cap * r->ncols);
			if (!r->cells)
				abort();
		}
		for (int i = 0; i < r->ncols; i++)
		{
			Cell	   *c = cell(r, r->nrows, i);
			SQLLEN		ind = 0;

			memset(c, 0, sizeof *c);
			if (is_integer_type(r->types[i]))
			{
				SQLBIGINT	v = 0;

				rc = SQLGetData(st, (SQLUSMALLINT) (i + 1), SQL_C_SBIGINT, &v, sizeof v, &ind);
				if (SQL_SUCCEEDED(rc) && ind != SQL_NULL_DATA)
				{
					char		buf[32];

					c->i = (long long) v;
					snprintf(buf, sizeof buf, "%lld", c->i);
					c->s = strdup(buf);
				}
			}
			else
			{
				rc = SQLGetData(st, (SQLUSMALLINT) (i + 1), SQL_C_WCHAR, wbuf,
								sizeof(SQLWCHAR) * 65536, &ind);
				if (rc == SQL_SUCCESS_WITH_INFO)
					rc = SQL_ERROR;	/* truncated: not expected at 64k */
				if (SQL_SUCCEEDED(rc) && ind != SQL_NULL_DATA)
					c->s = utf16_to_utf8(wbuf, (size_t) ind / sizeof(SQLWCHAR));
			}
			if (!SQL_SUCCEEDED(rc))
			{
				check(0, diagnostics(SQL_HANDLE_STMT, st), "%s: get row %d column %s",
					  label, r->nrows + 1, r->names[i]);
				goto done;
			}
			c->null = ind == SQL_NULL_DATA;
		}
		r->nrows++;
	}
	r->ok = 1;
done:
	SQLFreeHandle(SQL_HANDLE_STMT, st);
	free(wbuf);
	return r;
}

typedef struct
{
	const char *name;
	enum kind	kind;
} Want;

static void
check_types(Result *r, const char *label, const Want *want, int n)
{
	for (int i = 0; i < n; i++)
	{
		int			c = colno(r, want[i].name);
		char		diag[256];

		snprintf(diag, sizeof diag, "got %s", c < 0 ? "no such column" : sqltype_name(r->types[c]));
		check(c >= 0 && kind_ok(want[i].kind, r->types[c]), diag,
			  "%s: column %s is %s", label, want[i].name, kind_name(want[i].kind));
	}
}

static void
check_names(Result *r, const char *label, const char *const *names, int n)
{
	char		got[2048] = "";
	int			ok = r->ncols == n;

	for (int i = 0; i < r->ncols; i++)
	{
		strncat(got, r->names[i], sizeof got - strlen(got) - 2);
		strcat(got, " ");
		if (i < n && strcmp(r->names[i], names[i]) != 0)
			ok = 0;
	}
	check(ok, got, "%s: column names", label);
}

static int
eq_str(const char *got, const char *want, const char *fmt, const char *label)
{
	char		diag[8192];

	snprintf(diag, sizeof diag, "got:  %s\nwant: %s", got ? got : "(null)", want);
	return check(got && strcmp(got, want) == 0, diag, fmt, label);
}

static int
eq_num(long long got, long long want, const char *fmt, const char *label)
{
	char		diag[128];

	snprintf(diag, sizeof diag, "got:  %lld\nwant: %lld", got, want);
	return check(got == want, diag, fmt, label);
}

static int
starts(const char *s, const char *prefix)
{
	return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static void
run(void)
{
	const char *q;
	Result	   *r;
	char		diag[8192];

	/* --- 1. the wide official table 三 ------------------------------- */
	q = "wide gd_table";
	r = query(q, "SELECT r.organ, r.region_code, r.year, r.format, r.proactive, r.applications, r.appeals, r.source, r.loaded_at, t.* FROM gd_reports r, gd_table(r.applications) t "
			  "WHERE r.year = 2024 ORDER BY t.row_no");
	{
		static const char *const names[] = {
			"organ", "region_code", "year", "format", "proactive", "applications", "appeals",
			"source", "loaded_at", "row_no", "row_key", "label",
			"natural_person", "commercial", "research", "public_interest",
			"legal_service", "other_org", "total"};
		static const Want srf[] = {
			{"row_no", K_INT4}, {"row_key", K_TEXT}, {"label", K_TEXT},
			{"natural_person", K_INT4}, {"commercial", K_INT4}, {"research", K_INT4},
			{"public_interest", K_INT4}, {"legal_service", K_INT4}, {"other_org", K_INT4},
			{"total", K_INT4}};
		static const Want base[] = {
			{"organ", K_TEXT}, {"region_code", K_TEXT}, {"year", K_INT4}, {"format", K_INT4},
			{"source", K_TEXT}, {"loaded_at", K_TIMESTAMPTZ}};
		static const char *const custom[][2] = {
			{"applications", "2021:{new_received:[16,0,0,0,0,4,20]"},
			{"proactive", "2021:{rules_issued:0,"},
			{"appeals", "{review:[4,7,0,0,11]"}};

		check_names(r, q, names, 19);
		check_types(r, q, srf, 10);
		check_types(r, "wide gd_table (gd_reports)", base, 6);
		eq_num(r->nrows, 25, "%s: 25 rows", q);
		for (int i = 0; i < r->nrows && i < 25; i++)
		{
			int			ok = num(r, i, "row_no") == ROW_NOS[i]
				&& strcmp(str(r, i, "row_key"), ROW_KEYS[i]) == 0;
			size_t		used;

			used = (size_t) snprintf(diag, sizeof diag, "got:  %s %s", str(r, i, "row_no"),
									 str(r, i, "row_key"));
			for (int j = 0; j < 7; j++)
			{
				Cell	   *c = get(r, i, COLUMN_KEYS[j]);

				ok = ok && !c->null && c->i == M2024[i][j];
				used += (size_t) snprintf(diag + used, sizeof diag - used, " %s",
										  c->null ? "NULL" : c->s);
			}
			check(ok, diag, "%s: row %d %s cell by cell", q, i + 1, ROW_KEYS[i]);
		}
		snprintf(diag, sizeof diag, "got %s, %s, %s", str(r, 2, "natural_person"),
				 str(r, 2, "other_org"), str(r, 2, "total"));
		check(num(r, 2, "natural_person") == 6 && num(r, 2, "other_org") == 4
			  && num(r, 2, "total") == 10, diag,
			  "%s: row 3 granted natural_person 6, other_org 4, total 10", q);
		eq_str(str(r, 0, "label"), "一、本年新收政府信息公开申请数量", "%s: row 1 Chinese label", q);
		eq_str(str(r, 2, "label"), "（一）予以公开", "%s: row 3 Chinese label", q);
		eq_str(str(r, 23, "label"), "（七）总计", "%s: row 24 Chinese label", q);
		snprintf(diag, sizeof diag, "got %s %s %s %s", str(r, 0, "organ"),
				 str(r, 0, "region_code"), str(r, 0, "year"), str(r, 0, "format"));
		check(strcmp(str(r, 0, "organ"), ORGAN) == 0
			  && strcmp(str(r, 0, "region_code"), "410702") == 0
			  && num(r, 0, "year") == 2024 && num(r, 0, "format") == 2021, diag,
			  "%s: gd_reports columns", q);
		for (int k = 0; k < 3; k++)
		{
			int			c = colno(r, custom[k][0]);

			snprintf(diag, sizeof diag, "got %s as %s", str(r, 0, custom[k][0]),
					 c < 0 ? "?" : sqltype_name(r->types[c]));
			check(c >= 0 && !is_binary_type(r->types[c]) && starts(str(r, 0, custom[k][0]), custom[k][1]),
				  diag, "%s: custom column %s is character data starting %s", q,
				  custom[k][0], custom[k][1]);
		}
	}

	/* --- 2. long format ------------------------------------------------ */
	q = "long gd_cells";
	r = query(q, "SELECT r.year, c.* FROM gd_reports r, gd_cells(r.applications) c "
			  "ORDER BY r.year, c.row_no, c.column_no");
	{
		static const char *const names[] = {
			"year", "row_no", "row_key", "row_label", "row_label_en", "column_no",
			"column_key", "column_label", "column_label_en", "value"};
		static const Want want[] = {
			{"year", K_INT4}, {"row_no", K_INT4}, {"row_key", K_TEXT}, {"row_label", K_TEXT},
			{"row_label_en", K_TEXT}, {"column_no", K_INT4}, {"column_key", K_TEXT},
			{"column_label", K_TEXT}, {"column_label_en", K_TEXT}, {"value", K_INT4}};
		long long	n24 = 0, n25 = 0, s24 = 0, s25 = 0, gnp = -1, gor = -1, tpt = -1, g25 = -1;
		int			bad = 0;
		const char *glabels = "";

		check_names(r, q, names, 10);
		check_types(r, q, want, 10);
		diag[0] = '\0';
		for (int i = 0; i < r->nrows; i++)
		{
			long long	year = num(r, i, "year"), v = num(r, i, "value");
			long long	rn = num(r, i, "row_no"), cn = num(r, i, "column_no");
			const char *rk = str(r, i, "row_key"), *ck = str(r, i, "column_key");
			int			p = printed_index(rn);

			if (year == 2024)
			{
				n24++;
				s24 += v;
				if (p < 0 || cn < 1 || cn > 7 || strcmp(rk, ROW_KEYS[p]) != 0
					|| strcmp(ck, COLUMN_KEYS[cn - 1]) != 0 || get(r, i, "value")->null
					|| v != M2024[p][cn - 1])
				{
					if (bad++ < 10)
						snprintf(diag + strlen(diag), sizeof diag - strlen(diag),
								 "%lld,%lld,%s,%s=%lld\n", rn, cn, rk, ck, v);
				}
				if (strcmp(rk, "granted") == 0 && strcmp(ck, "natural_person") == 0)
				{
					gnp = v;
					glabels = str(r, i, "row_label");
					if (strcmp(str(r, i, "column_label"), "自然人") != 0)
						glabels = str(r, i, "column_label");
				}
				if (strcmp(rk, "granted") == 0 && strcmp(ck, "other_org") == 0)
					gor = v;
				if (strcmp(rk, "total_processed") == 0 && strcmp(ck, "total") == 0)
					tpt = v;
			}
			else if (year == 2025)
			{
				n25++;
				s25 += v;
				if (strcmp(rk, "granted") == 0 && strcmp(ck, "natural_person") == 0)
					g25 = v;
			}
		}
		eq_num(n24, 175, "%s: 175 rows for 2024", q);
		eq_num(s24, 120, "%s: 2024 sum(value) = 120", q);
		eq_num(n25, 175, "%s: 175 rows for 2025", q);
		eq_num(s25, 79, "%s: 2025 sum(value) = 79", q);
		check(bad == 0, diag, "%s: every 2024 cell equals the fixture (keys and value)", q);
		eq_num(gnp, 6, "%s: granted × natural_person", q);
		eq_str(glabels, "（一）予以公开", "%s: granted × natural_person labels (（一）予以公开, 自然人)", q);
		eq_num(gor, 4, "%s: granted × other_org", q);
		eq_num(tpt, 20, "%s: total_processed × total", q);
		eq_num(g25, 6, "%s: 2025 granted × natural_person (the mistyped cell)", q);
	}

	/* --- 3. gd_audit --------------------------------------------------- */
	q = "gd_audit";
	r = query(q, "SELECT * FROM gd_audit ORDER BY organ, year, rule, row_key, column_key");
	{
		static const char *const names[] = {
			"organ", "region_code", "year", "rule", "severity", "row_key", "column_key",
			"expected", "reported", "message"};
		static const Want want[] = {
			{"organ", K_TEXT}, {"region_code", K_TEXT}, {"year", K_INT4}, {"rule", K_TEXT},
			{"severity", K_TEXT}, {"row_key", K_TEXT}, {"column_key", K_TEXT},
			{"expected", K_INT8}, {"reported", K_INT8}, {"message", K_TEXT}};
		static const char *const rows[2][9] = {
			{ORGAN, "410702", "2025", "B", "error", "total_processed", "natural_person", "11", "10"},
			{ORGAN, "410702", "2025", "C", "error", "granted", "total", "8", "7"}};
		char		got[4096] = "";
		char		want_s[4096] = "";

		check_names(r, q, names, 10);
		check_types(r, q, want, 10);
		for (int i = 0; i < r->nrows; i++)
			for (int j = 0; j < 9; j++)
				snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s",
						 str(r, i, names[j]), j == 8 ? "\n" : "|");
		for (int i = 0; i < 2; i++)
			for (int j = 0; j < 9; j++)
				snprintf(want_s + strlen(want_s), sizeof want_s - strlen(want_s), "%s%s",
						 rows[i][j], j == 8 ? "\n" : "|");
		eq_str(got, want_s, "%s: exactly the two findings of the mistyped 2025 cell", q);
		for (int i = 0; i < r->nrows; i++)
		{
			const char *m = str(r, i, "message");

			snprintf(diag, sizeof diag, "got %s", m);
			check(strstr(m, "granted × natural_person") && strstr(m, "可能误填"), diag,
				  "%s: rule %s message names granted × natural_person (zh and en)", q,
				  str(r, i, "rule"));
		}
	}

	/* --- 4. the custom-typed columns themselves ------------------------ */
	q = "custom types";
	r = query(q, "SELECT r.applications, r.appeals, r.proactive, gd_report_of(r) AS report, "
			  "gd_disclosure_rate(r.applications) AS disclosure_rate "
			  "FROM gd_reports r WHERE r.year = 2024");
	{
		static const char *const custom[] = {"applications", "appeals", "proactive", "report"};
		static const Want rate[] = {{"disclosure_rate", K_NUMERIC}};
		const char *apps = str(r, 0, "applications"), *rep = str(r, 0, "report");
		char		prefix[256];
		int			missing = 0;

		eq_num(r->nrows, 1, "%s: one row for 2024", q);
		for (int k = 0; k < 4; k++)
		{
			int			c = colno(r, custom[k]);

			snprintf(diag, sizeof diag, "got %s", c < 0 ? "no column" : sqltype_name(r->types[c]));
			check(c >= 0 && is_text_type(r->types[c]) && !get(r, 0, custom[k])->null, diag,
				  "%s: %s (%s) is character data (%s)", q, custom[k],
				  c < 0 ? "?" : r->typenames[c], c < 0 ? "?" : sqltype_name(r->types[c]));
			/* Not a failure of the extension: psqlODBC gives types it does
			 * not know its UnknownSizes default (MaxVarcharSize, 255), so a
			 * tool that binds a buffer of the reported size truncates. */
			if (c >= 0 && !get(r, 0, custom[k])->null
				&& strlen(get(r, 0, custom[k])->s) > r->sizes[c])
				printf("# note: %s is described with column size %lu but its value has %lu characters\n",
					   custom[k], (unsigned long) r->sizes[c],
					   (unsigned long) strlen(get(r, 0, custom[k])->s));
		}
		snprintf(diag, sizeof diag, "got %s", apps);
		check(starts(apps, "2021:{new_received:[16,0,0,0,0,4,20]"), diag,
			  "%s: applications text starts 2021:{new_received:[16,0,0,0,0,4,20]", q);
		diag[0] = '\0';
		for (int i = 0; i < 25; i++)
		{
			char		seg[128];
			int			n = snprintf(seg, sizeof seg, "%s:[", ROW_KEYS[i]);

			for (int j = 0; j < 7; j++)
				n += snprintf(seg + n, sizeof seg - (size_t) n, "%s%d", j ? "," : "", M2024[i][j]);
			snprintf(seg + n, sizeof seg - (size_t) n, "]");
			if (!strstr(apps, seg))
			{
				missing++;
				snprintf(diag + strlen(diag), sizeof diag - strlen(diag), "missing %s\n", seg);
			}
		}
		check(missing == 0, diag, "%s: applications text holds all 25 rows of the fixture", q);
		eq_str(str(r, 0, "appeals"), APPEALS_TEXT, "%s: appeals text", q);
		snprintf(prefix, sizeof prefix, "(%s,410702,2024,2021,", ORGAN);
		snprintf(diag, sizeof diag, "got %s", rep);
		check(starts(rep, prefix) && rep[strlen(rep) - 1] == ')'
			  && strstr(rep, "\"" APPEALS_TEXT "\"")
			  && strstr(rep, "\"2021:{new_received:[16,0,0,0,0,4,20]"), diag,
			  "%s: gd_report text is the record (organ,region,year,format,…,\"applications\",\"appeals\")", q);
		check_types(r, q, rate, 1);
		snprintf(diag, sizeof diag, "got %s", str(r, 0, "disclosure_rate"));
		check(!get(r, 0, "disclosure_rate")->null && strtod(str(r, 0, "disclosure_rate"), NULL) == 0.75,
			  diag, "%s: disclosure rate (10 + 5) / 20 = 0.75", q);
	}

	/* --- 5. the other SRFs: table 四 and table 二 (numeric) ------------ */
	q = "gd_table(appeals)";
	r = query(q, "SELECT t.* FROM gd_reports r, gd_table(r.appeals) t "
			  "WHERE r.year = 2024 ORDER BY t.block_no");
	{
		static const Want want[] = {
			{"block_no", K_INT4}, {"block_key", K_TEXT}, {"label", K_TEXT}, {"upheld", K_INT4},
			{"corrected", K_INT4}, {"other", K_INT4}, {"pending", K_INT4}, {"total", K_INT4}};
		static const char *const cols[] = {"block_no", "block_key", "upheld", "corrected",
			"other", "pending", "total"};
		char		got[1024] = "";

		check_types(r, q, want, 8);
		for (int i = 0; i < r->nrows; i++)
			for (int j = 0; j < 7; j++)
				snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s",
						 str(r, i, cols[j]), j == 6 ? "\n" : " ");
		eq_str(got, "1 review 4 7 0 0 11\n2 suit_direct 1 0 0 1 2\n3 suit_after_review 1 0 0 2 3\n",
			   "%s: three blocks cell by cell", q);
	}

	q = "gd_table(proactive)";
	r = query(q, "SELECT t.* FROM gd_reports r, gd_table(r.proactive) t "
			  "WHERE r.year = 2025 ORDER BY t.cell_no");
	{
		static const Want want[] = {
			{"cell_no", K_INT4}, {"cell_key", K_TEXT}, {"item_key", K_TEXT},
			{"item_label", K_TEXT}, {"article", K_TEXT}, {"label", K_TEXT},
			{"value", K_NUMERIC}, {"unit", K_TEXT}};
		const char *fee = "(missing)", *unit = "(missing)", *in_force = "(missing)";

		check_types(r, q, want, 8);
		eq_num(r->nrows, 10, "%s: 10 cells in the 2021 format", q);
		for (int i = 0; i < r->nrows; i++)
		{
			if (strcmp(str(r, i, "cell_key"), "fees_collected") == 0)
			{
				fee = str(r, i, "value");
				unit = str(r, i, "unit");
			}
			if (strcmp(str(r, i, "cell_key"), "normative_docs_in_force") == 0)
				in_force = str(r, i, "value");
		}
		eq_str(fee, "24252.311082", "%s: fees_collected 24252.311082 exactly", q);
		eq_str(unit, "万元", "%s: fees_collected unit 万元", q);
		eq_str(in_force, "40", "%s: normative_docs_in_force 40", q);
	}
}

static const char *
env_or(const char *name, const char *dflt)
{
	const char *v = getenv(name);

	return v && *v ? v : dflt;
}

int
main(void)
{
	char		conn[2048], version[256] = "";
	const char *pw = env_or("PGPASSWORD", "");
	SQLSMALLINT len;

	/* a value with ; or braces must be braced, and } doubled inside */
	char		pwq[512], *p = pwq;

	*p++ = '{';
	for (const char *s = pw; *s && p < pwq + sizeof pwq - 4; s++)
	{
		if (*s == '}')
			*p++ = '}';
		*p++ = *s;
	}
	*p++ = '}';
	*p = '\0';
	snprintf(conn, sizeof conn, "Driver=%s;Servername=%s;Port=%s;Database=%s;Username=%s;Password=%s;",
			 env_or("GD_BI_ODBC_DRIVER", "/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so"),
			 env_or("GD_BI_HOST", "localhost"), env_or("GD_BI_PORT", "5432"),
			 env_or("GD_BI_DB", "gd_bi_test"), env_or("PGUSER", "postgres"), pwq);
	printf("# Driver=%s;Servername=%s;Port=%s;Database=%s\n",
		   env_or("GD_BI_ODBC_DRIVER", "/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so"),
		   env_or("GD_BI_HOST", "localhost"), env_or("GD_BI_PORT", "5432"),
		   env_or("GD_BI_DB", "gd_bi_test"));

	SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
	SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER) SQL_OV_ODBC3, 0);
	SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc);
	if (check(SQL_SUCCEEDED(SQLDriverConnect(dbc, NULL, (SQLCHAR *) conn, SQL_NTS, NULL, 0, &len,
											 SQL_DRIVER_NOPROMPT)),
			  diagnostics(SQL_HANDLE_DBC, dbc), "connect with psqlodbcw.so"))
	{
		char		dm[64] = "";

		SQLGetInfo(dbc, SQL_DRIVER_VER, version, sizeof version, &len);
		SQLGetInfo(dbc, SQL_DM_VER, dm, sizeof dm, &len);
		printf("# %s psqlODBC %s, unixODBC %s\n", CLIENT, version, dm);
		run();
		SQLDisconnect(dbc);
	}
	SQLFreeHandle(SQL_HANDLE_DBC, dbc);
	SQLFreeHandle(SQL_HANDLE_ENV, env);
	printf("# %s: %d passed, %d failed\n", CLIENT, passed, failed);
	return failed ? 1 : 0;
}
