/*
 * io.c — text and JSON forms of tables 三 and 四 (see io.h).
 *
 * Both forms are "keyed rows of counts": a row key names a line of the
 * layout, its counts follow in column order (text) or by column key (JSON).
 */
#include "core/io.h"
#include "core/memory.h"
#include "core/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define KEY_MAX 64

/* The rows one value must have, in official order. */
typedef struct RowSet
{
	int			nrows;
	int			ncols;
	const char *row_keys[GD_LAYOUT_ROWS_MAX];
	const char *col_keys[GD_APPLICATIONS_NCOLS];
	const char *what;			/* "row" or "block" */
} RowSet;

/* The row and column keys of table 三 in a format, in official order. */
static void
applications_rowset(int format, RowSet *rs)
{
	rs->nrows = gd_applications_nrows(format);
	rs->ncols = GD_APPLICATIONS_NCOLS;
	for (int i = 0; i < rs->nrows; i++)
		rs->row_keys[i] = gd_layout->rows[gd_applications_row_at(format, i)].name.key;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		rs->col_keys[c] = gd_layout->columns[c].name.key;
	rs->what = "row";
}

/* The block and column keys of table 四. */
static void
appeals_rowset(RowSet *rs)
{
	rs->nrows = GD_APPEALS_NBLOCKS;
	rs->ncols = GD_APPEALS_NCOLS;
	for (int i = 0; i < GD_APPEALS_NBLOCKS; i++)
		rs->row_keys[i] = gd_appeals_blocks[i].key;
	for (int c = 0; c < GD_APPEALS_NCOLS; c++)
		rs->col_keys[c] = gd_appeals_columns[c].key;
	rs->what = "block";
}

/* The index of key among n keys, or -1. */
static int
key_find(const char *const *keys, int n, const char *key)
{
	for (int i = 0; i < n; i++)
		if (strcmp(keys[i], key) == 0)
			return i;
	return -1;
}

static int
rowset_find(const RowSet *rs, const char *key)
{
	return key_find(rs->row_keys, rs->nrows, key);
}

/* keys joined by ", " for an error's detail, cut when buf is full. */
static void
list_keys(const char *const *keys, int n, char *buf, size_t size)
{
	size_t		len = 0;

	buf[0] = '\0';
	for (int i = 0; i < n && len + 1 < size; i++)
	{
		snprintf(buf + len, size - len, "%s%s", i ? ", " : "", keys[i]);
		len = strlen(buf);
	}
}

/* ---------- output ---------- */

typedef struct Out
{
	char	   *buf;
	size_t		size;
	size_t		len;
} Out;

static void
put(Out *o, const char *fmt,...) __attribute__((format(printf, 2, 3)));

/* printf onto the output; a value's forms fit in GD_TEXT_MAX / GD_JSON_MAX, so nothing is cut. */
static void
put(Out *o, const char *fmt,...)
{
	va_list		ap;
	int			n;

	if (o->len + 1 >= o->size)
		return;
	va_start(ap, fmt);
	n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		o->len = (o->len + n < o->size) ? o->len + n : o->size - 1;
}

/* {key:[c,c,…], …} in official order, "-" for a blank cell. */
static void
rows_to_text(const RowSet *rs, const int32_t *cells, Out *o)
{
	put(o, "{");
	for (int r = 0; r < rs->nrows; r++)
	{
		put(o, "%s%s:[", r ? ", " : "", rs->row_keys[r]);
		for (int c = 0; c < rs->ncols; c++)
		{
			int32_t		v = cells[r * rs->ncols + c];

			if (v == GD_NOT_STATED)
				put(o, "%s-", c ? "," : "");
			else
				put(o, "%s%d", c ? "," : "", v);
		}
		put(o, "]");
	}
	put(o, "}");
}

/* "key": {"column": n, …} pairs, null for a blank cell; the caller writes the braces. */
static void
rows_to_json(const RowSet *rs, const int32_t *cells, Out *o)
{
	for (int r = 0; r < rs->nrows; r++)
	{
		put(o, "%s\"%s\": {", (r || o->len > 1) ? ", " : "", rs->row_keys[r]);
		for (int c = 0; c < rs->ncols; c++)
		{
			int32_t		v = cells[r * rs->ncols + c];

			put(o, "%s\"%s\": ", c ? ", " : "", rs->col_keys[c]);
			if (v == GD_NOT_STATED)
				put(o, "null");
			else
				put(o, "%d", v);
		}
		put(o, "}");
	}
}

void
gd_applications_to_text(int format, const int32_t *cells, char *buf, size_t size)
{
	RowSet		rs;
	Out			o = {buf, size, 0};

	buf[0] = '\0';
	applications_rowset(format, &rs);
	put(&o, "%d:", format);
	rows_to_text(&rs, cells, &o);
}

void
gd_appeals_to_text(const int32_t *cells, char *buf, size_t size)
{
	RowSet		rs;
	Out			o = {buf, size, 0};

	buf[0] = '\0';
	appeals_rowset(&rs);
	rows_to_text(&rs, cells, &o);
}

void
gd_applications_to_json(int format, const int32_t *cells, char *buf, size_t size)
{
	RowSet		rs;
	Out			o = {buf, size, 0};

	buf[0] = '\0';
	applications_rowset(format, &rs);
	put(&o, "{\"format\": %d", format);
	rows_to_json(&rs, cells, &o);
	put(&o, "}");
}

void
gd_appeals_to_json(const int32_t *cells, char *buf, size_t size)
{
	RowSet		rs;
	Out			o = {buf, size, 0};

	buf[0] = '\0';
	appeals_rowset(&rs);
	put(&o, "{");
	rows_to_json(&rs, cells, &o);
	put(&o, "}");
}

/*
 * Why a row is not in a format: the format that has it instead (2019's
 * other_handling) or the rows that stand for it there (2021's three).
 */
static bool
row_elsewhere_detail(GdError *err, int id, int format)
{
	char		rows[256] = "";
	size_t		len = 0;
	int			into = gd_layout->rows[id].folds_into;

	/* rows of this format that fold into it */
	for (int pos = 0; pos < gd_applications_nrows(format); pos++)
	{
		int			r = gd_applications_row_at(format, pos);

		if (gd_layout->rows[r].folds_into == id && len + 64 < sizeof(rows))
			len += (size_t) snprintf(rows + len, sizeof(rows) - len, "%s%s", len ? ", " : "",
									 gd_layout->rows[r].name.key);
	}
	if (len > 0)
		return gd_fail_detail(err, "The %d format splits %s into %s.", format,
							  gd_layout->rows[id].name.key, rows);
	if (into >= 0 && gd_applications_row_pos(format, into) >= 0)
	{
		/* the rows it stands for, folded together in this format */
		for (int r = 0; r < gd_layout->nrows; r++)
			if (gd_layout->rows[r].folds_into == into && len + 64 < sizeof(rows))
				len += (size_t) snprintf(rows + len, sizeof(rows) - len, "%s%s", len ? ", " : "",
										 gd_layout->rows[r].name.key);
		return gd_fail_detail(err, "The %d format has one row %s instead of %s.", format,
							  gd_layout->rows[into].name.key, rows);
	}
	return gd_fail_detail(err, "The rows of the %d format are listed by gd_rows(%d).", format, format);
}

/* ---------- input: shared scanning ---------- */

/* A cursor over the input, keeping its start for the positions in messages. */
typedef struct Cur
{
	const char *start;
	const char *p;
	GdError    *err;
} Cur;

/* The cursor's 1-based byte position, as messages report it. */
static int
at(const Cur *c)
{
	return (int) (c->p - c->start) + 1;
}

/* Let a cancel through once per 64 KiB a loop reads (a value's input can be long: spaces, leading zeros). */
static void
tick(const Cur *c)
{
	if (((c->p - c->start) & 0xFFFF) == 0)
		gd_check_interrupts();
}

static void
ws(Cur *c)
{
	while (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r')
	{
		c->p++;
		tick(c);
	}
}

/* After an object's member: true, past the comma, when another member follows. */
static bool
next_member(Cur *c)
{
	ws(c);
	if (*c->p != ',')
		return false;
	c->p++;
	return true;
}

/* A printable excerpt of what stands at the cursor, for messages. */
static const char *
near(const Cur *c, char *buf, size_t size)
{
	size_t		n = 0;

	if (*c->p == '\0')
		return "end of input";
	while (c->p[n] && n < 12 && n + 1 < size)
		n++;
	/* do not cut a UTF-8 sequence in half */
	while (n > 0 && c->p[n] && ((unsigned char) c->p[n] & 0xC0) == 0x80)
		n--;
	snprintf(buf, size, "\"%.*s\"", (int) n, c->p);
	return buf;
}

/* Skip whitespace and consume ch, or fail naming what was expected and what stands there. */
static bool
expect(Cur *c, char ch, const char *context)
{
	char		b[32];

	ws(c);
	if (*c->p != ch)
	{
		gd_fail(c->err, GD_E_SYNTAX, "expected \"%c\" %s at character %d, found %s",
				ch, context, at(c), near(c, b, sizeof(b)));
		return false;
	}
	c->p++;
	return true;
}

/* Only whitespace may follow the closing brace. */
static bool
at_end(Cur *c)
{
	char		b[32];

	ws(c);
	if (*c->p != '\0')
	{
		gd_fail(c->err, GD_E_SYNTAX, "unexpected %s at character %d after the closing \"}\"",
				near(c, b, sizeof(b)), at(c));
		return false;
	}
	return true;
}

/*
 * A count: digits, at most 2147483647, and nothing else — no sign, no
 * fraction (not even 16.0), no exponent.  One rule for every input form.
 */
static bool
scan_count(Cur *c, int32_t *out, const char *row, const char *col)
{
	char		b[32];
	int64_t		v = 0;
	const char *digits = c->p;

	if (*c->p == '-' && c->p[1] >= '0' && c->p[1] <= '9')
	{
		gd_fail(c->err, GD_E_VALUE, "negative count in %s × %s at character %d",
				row, col, at(c));
		return gd_fail_detail(c->err, "Counts are whole numbers from 0 to 2147483647.");
	}
	while (*c->p >= '0' && *c->p <= '9')
	{
		tick(c);
		v = v * 10 + (*c->p - '0');
		if (v > GD_COUNT_MAX)
		{
			gd_fail(c->err, GD_E_RANGE, "count in %s × %s at character %d is out of range",
					row, col, (int) (digits - c->start) + 1);
			return gd_fail_detail(c->err, "A count cannot exceed 2147483647.");
		}
		c->p++;
	}
	if (c->p == digits)
	{
		gd_fail(c->err, GD_E_SYNTAX, "expected a count for %s × %s at character %d, found %s",
				row, col, at(c), near(c, b, sizeof(b)));
		return false;
	}
	if (*c->p == '.' || *c->p == 'e' || *c->p == 'E')
	{
		gd_fail(c->err, GD_E_VALUE,
				"count in %s × %s at character %d is not written as a whole number",
				row, col, (int) (digits - c->start) + 1);
		return gd_fail_detail(c->err, "A count is written as digits only (0 to 2147483647): no fraction, not even .0, and no exponent.");
	}
	*out = (int32_t) v;
	return true;
}

/* ---------- input: the text form ---------- */

/* A bare key: letters, digits and "_". */
static bool
scan_ident(Cur *c, char *buf, size_t size)
{
	size_t		n = 0;
	char		b[32];

	ws(c);
	while ((*c->p >= 'a' && *c->p <= 'z') || (*c->p >= '0' && *c->p <= '9') ||
		   *c->p == '_' || (*c->p >= 'A' && *c->p <= 'Z'))
	{
		if (n + 1 < size)
			buf[n++] = *c->p;
		c->p++;
	}
	buf[n] = '\0';
	if (n == 0)
	{
		gd_fail(c->err, GD_E_SYNTAX, "expected a row key at character %d, found %s",
				at(c), near(c, b, sizeof(b)));
		return false;
	}
	return true;
}

static bool
unknown_key(Cur *c, const RowSet *rs, const char *key, const char *context)
{
	char		keys[1024];

	list_keys(rs->row_keys, rs->nrows, keys, sizeof(keys));
	gd_fail(c->err, GD_E_VALUE, "unknown %s key \"%s\"%s", rs->what, key, context);
	return gd_fail_detail(c->err, "Expected one of: %s.", keys);
}

/* The first row of the set not seen, as an error: every row must be given. */
static bool
missing_row(GdError *err, const RowSet *rs, const bool *seen, const char *context)
{
	for (int r = 0; r < rs->nrows; r++)
		if (!seen[r])
		{
			gd_fail(err, GD_E_VALUE, "missing %s \"%s\"%s", rs->what, rs->row_keys[r], context);
			return gd_fail_detail(err, "Every %s of the table must be given; write \"-\" (text) or null (JSON) for a cell that is not stated.",
								  rs->what);
		}
	return true;
}

/* {key:[v,…], …}: every row of the set once, any order, each with exactly ncols values. */
static bool
rows_from_text(Cur *c, const RowSet *rs, int32_t *cells, const char *context)
{
	bool		seen[GD_LAYOUT_ROWS_MAX] = {false};
	char		key[KEY_MAX];

	if (!expect(c, '{', "to open the rows"))
		return false;
	ws(c);
	if (*c->p != '}')
		do
		{
			int			r;

			if (!scan_ident(c, key, sizeof(key)))
				return false;
			r = rowset_find(rs, key);
			if (r < 0)
				return unknown_key(c, rs, key, context);
			if (seen[r])
				return gd_fail(c->err, GD_E_VALUE, "%s \"%s\" appears twice", rs->what, key);
			seen[r] = true;
			if (!expect(c, ':', "after a row key") || !expect(c, '[', "to open the row's counts"))
				return false;
			for (int col = 0; col < rs->ncols; col++)
			{
				int32_t    *cell = &cells[r * rs->ncols + col];

				if (col > 0 && !expect(c, ',', "between counts"))
				{
					char		cols[512];

					list_keys(rs->col_keys, rs->ncols, cols, sizeof(cols));
					return gd_fail_detail(c->err, "The %s \"%s\" has %d cells: %s.",
										  rs->what, key, rs->ncols, cols);
				}
				ws(c);
				if (*c->p == '-' && !(c->p[1] >= '0' && c->p[1] <= '9'))
				{
					*cell = GD_NOT_STATED;
					c->p++;
				}
				else if (!scan_count(c, cell, key, rs->col_keys[col]))
					return false;
			}
			if (!expect(c, ']', "to close the row's counts"))
				return gd_fail_detail(c->err, "The %s \"%s\" has exactly %d cells.",
									  rs->what, key, rs->ncols);
		} while (next_member(c));
	if (!expect(c, '}', "to close the rows") || !at_end(c))
		return false;
	return missing_row(c->err, rs, seen, context);
}

/* The "2021:" that starts the text form of a table with a format. */
static bool
format_prefix(Cur *c, const char *type, const char *example, int *format)
{
	int			f = 0;
	char		b[32];

	ws(c);
	while (*c->p >= '0' && *c->p <= '9' && f < 100000)
	{
		tick(c);
		f = f * 10 + (*c->p++ - '0');
	}
	if (!gd_format_valid(f))
	{
		gd_fail(c->err, GD_E_SYNTAX, "expected the format %s at character 1, found %s",
				gd_format_list(), near(&(Cur) {c->start, c->start, c->err}, b, sizeof(b)));
		return gd_fail_detail(c->err, "A %s literal starts with its format, as in %s.", type, example);
	}
	if (!expect(c, ':', "after the format"))
		return false;
	*format = f;
	return true;
}

bool
gd_applications_from_text(const char *text, int *format, int32_t cells[GD_APPLICATIONS_NCELLS_MAX],
				 GdError *err)
{
	Cur			c = {text, text, err};
	RowSet		rs;
	int			f;
	char		context[64];

	if (!format_prefix(&c, "gd_applications", "2021:{new_received:[…], …}", &f))
		return false;
	applications_rowset(f, &rs);
	snprintf(context, sizeof(context), " in the %d format", f);
	if (!rows_from_text(&c, &rs, cells, context))
		return false;
	*format = f;
	return true;
}

bool
gd_appeals_from_text(const char *text, int32_t cells[GD_APPEALS_NCELLS], GdError *err)
{
	Cur			c = {text, text, err};
	RowSet		rs;

	appeals_rowset(&rs);
	return rows_from_text(&c, &rs, cells, "");
}

/* ---------- input: JSON ---------- */

/*
 * Append one byte of a key, keeping the buffer valid UTF-8: a key longer
 * than the buffer is cut at a character boundary and ends in "…".
 */
static void
key_putc(char *buf, size_t size, size_t *n, bool *cut, char ch)
{
	static const char ellipsis[] = "\xE2\x80\xA6";	/* … */

	if (*cut)
		return;
	if (*n + 1 + sizeof(ellipsis) - 1 < size)
	{
		buf[(*n)++] = ch;
		return;
	}
	/* back off to the start of the character being cut */
	while (*n > 0 && ((unsigned char) buf[*n - 1] & 0xC0) == 0x80)
		(*n)--;
	if (*n > 0 && ((unsigned char) buf[*n - 1] & 0x80))
		(*n)--;
	memcpy(buf + *n, ellipsis, sizeof(ellipsis) - 1);
	*n += sizeof(ellipsis) - 1;
	*cut = true;
}

/* A JSON string (a key), simple escapes decoded; a u-escape is not (keys are ASCII), so it matches no key. */
static bool
json_string(Cur *c, char *buf, size_t size)
{
	size_t		n = 0;
	bool		cut = false;
	char		b[32];

	ws(c);
	if (*c->p != '"')
	{
		gd_fail(c->err, GD_E_SYNTAX, "expected a quoted key at character %d, found %s",
				at(c), near(c, b, sizeof(b)));
		return false;
	}
	c->p++;
	while (*c->p != '"')
	{
		char		ch = *c->p;

		tick(c);
		if (ch == '\0')
			return gd_fail(c->err, GD_E_SYNTAX, "unterminated string at character %d", at(c));
		if (ch == '\\')
		{
			c->p++;
			if (*c->p == '\0')
				return gd_fail(c->err, GD_E_SYNTAX, "unterminated string at character %d", at(c));
			ch = *c->p == 'n' ? '\n' : *c->p == 't' ? '\t' : *c->p;
			if (*c->p == 'u')	/* keys are ASCII: keep the escape as written */
				ch = '?';
		}
		key_putc(buf, size, &n, &cut, ch);
		c->p++;
	}
	c->p++;
	/* a multi-byte character cut by the end of input is dropped too */
	while (n > 0 && !cut && ((unsigned char) buf[n - 1] & 0x80))
	{
		size_t		start = n;

		while (start > 0 && ((unsigned char) buf[start - 1] & 0xC0) == 0x80)
			start--;
		if (start == 0)
			break;
		start--;
		{
			unsigned char lead = (unsigned char) buf[start];
			size_t		len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;

			if (start + len == n)
				break;			/* complete character */
			n = start;
		}
	}
	buf[n] = '\0';
	return true;
}

/* A JSON cell: null (blank) or a count read by the same rule as the text form. */
static bool
json_count(Cur *c, int32_t *out, const char *row, const char *col)
{
	ws(c);
	if (strncmp(c->p, "null", 4) == 0)
	{
		c->p += 4;
		*out = GD_NOT_STATED;
		return true;
	}
	if (*c->p == '"' || *c->p == '{' || *c->p == '[' || *c->p == 't' || *c->p == 'f')
	{
		gd_fail(c->err, GD_E_VALUE, "%s × %s at character %d is not a count",
				row, col, at(c));
		return gd_fail_detail(c->err, "Expected a whole number from 0 to 2147483647, or null for not stated.");
	}
	return scan_count(c, out, row, col);
}

/* {"col": n, …} with every column key exactly once. */
static bool
json_row(Cur *c, const RowSet *rs, const char *row_key, int32_t *row_cells)
{
	bool		seen[GD_APPLICATIONS_NCOLS] = {false};
	char		key[KEY_MAX];

	if (!expect(c, '{', "to open a row object"))
		return gd_fail_detail(c->err, "The value of \"%s\" is an object of column keys.", row_key);
	ws(c);
	if (*c->p != '}')
		do
		{
			int			col;

			if (!json_string(c, key, sizeof(key)))
				return false;
			col = key_find(rs->col_keys, rs->ncols, key);
			if (col < 0)
			{
				char		keys[512];

				list_keys(rs->col_keys, rs->ncols, keys, sizeof(keys));
				gd_fail(c->err, GD_E_VALUE, "unknown column key \"%s\" in %s \"%s\"",
						key, rs->what, row_key);
				return gd_fail_detail(c->err, "Expected one of: %s.", keys);
			}
			if (seen[col])
				return gd_fail(c->err, GD_E_VALUE, "column \"%s\" appears twice in %s \"%s\"",
							   key, rs->what, row_key);
			seen[col] = true;
			if (!expect(c, ':', "after a column key") ||
				!json_count(c, &row_cells[col], row_key, key))
				return false;
		} while (next_member(c));
	if (!expect(c, '}', "to close a row object"))
		return false;
	for (int i = 0; i < rs->ncols; i++)
		if (!seen[i])
			return gd_fail(c->err, GD_E_VALUE, "missing column \"%s\" in %s \"%s\"",
						   rs->col_keys[i], rs->what, row_key);
	return true;
}

/* The value of "format": exactly one of the declared formats. */
static bool
json_format(Cur *c, int *format)
{
	const char *start;
	int			v = 0;
	int			len = 0;

	ws(c);
	start = c->p;
	while (*c->p && *c->p != ',' && *c->p != '}' && *c->p != ' ' && *c->p != '\n' && len < 24)
	{
		c->p++;
		len++;
	}
	for (int i = 0; i < len && v >= 0; i++)
		v = (start[i] >= '0' && start[i] <= '9' && v < 100000) ? v * 10 + (start[i] - '0') : -1;
	if (len == 0 || v < 0 || !gd_format_valid(v))
	{
		gd_fail(c->err, GD_E_VALUE, "\"format\" must be %s, found %.*s at character %d",
				gd_format_list(), len, start, (int) (start - c->start) + 1);
		return gd_fail_detail(c->err, "The format is the number %s: the year the form was set.", gd_format_list());
	}
	*format = v;
	return true;
}

/* The rows a top-level object may name: every row key of either format of table 三 (want_format), or table 四's. */
static void
json_rowset(bool want_format, RowSet *all)
{
	if (want_format)
	{
		all->nrows = gd_layout->nrows;
		all->ncols = GD_APPLICATIONS_NCOLS;
		for (int i = 0; i < gd_layout->nrows; i++)
			all->row_keys[i] = gd_layout->rows[i].name.key;
		for (int i = 0; i < GD_APPLICATIONS_NCOLS; i++)
			all->col_keys[i] = gd_layout->columns[i].name.key;
		all->what = "row";
	}
	else
		appeals_rowset(all);
}

/* A member naming a row (its key already read): a key of the rowset, once only; its cells go to tmp at the row's place. */
static bool
json_row_member(Cur *c, const RowSet *all, bool want_format, const char *key,
				bool *seen, int32_t *tmp)
{
	int			r = rowset_find(all, key);

	if (r < 0)
	{
		char		keys[1024];

		list_keys(all->row_keys, all->nrows, keys, sizeof(keys));
		gd_fail(c->err, GD_E_VALUE, "unknown key \"%s\"", key);
		return gd_fail_detail(c->err, "Expected %s%s.",
							  want_format ? "\"format\" or one of: " : "one of: ", keys);
	}
	if (seen[r])
		return gd_fail(c->err, GD_E_VALUE, "%s \"%s\" appears twice", all->what, key);
	seen[r] = true;
	return json_row(c, all, key, &tmp[r * all->ncols]);
}

/* The object from '{' to '}' and the end of the input: "format" (want_format) into *f, each row's cells into tmp, marked in seen. */
static bool
json_members(Cur *c, const RowSet *all, bool want_format, int *f, bool *seen, int32_t *tmp)
{
	char		key[KEY_MAX];

	if (!expect(c, '{', "to open the object"))
		return false;
	ws(c);
	if (*c->p != '}')
		do
		{
			if (!json_string(c, key, sizeof(key)) || !expect(c, ':', "after a key"))
				return false;
			if (want_format && strcmp(key, "format") == 0)
			{
				if (*f != 0)
					return gd_fail(c->err, GD_E_VALUE, "key \"format\" appears twice");
				if (!json_format(c, f))
					return false;
			}
			else if (!json_row_member(c, all, want_format, key, seen, tmp))
				return false;
		} while (next_member(c));
	return expect(c, '}', "to close the object") && at_end(c);
}

/* Table 三's rows, read by row id, put at their places in format f: a row the format does not have, or one it needs and was not given, is refused. */
static bool
json_applications_cells(Cur *c, int f, const bool *seen, const int32_t *tmp, int32_t *cells)
{
	RowSet		rs;
	bool		seen_f[GD_APPLICATIONS_NROWS_MAX] = {false};
	char		context[64];

	applications_rowset(f, &rs);
	snprintf(context, sizeof(context), " in the %d format", f);
	for (int id = 0; id < gd_layout->nrows; id++)
	{
		int			pos = gd_applications_row_pos(f, id);

		if (!seen[id])
			continue;
		if (pos < 0)
		{
			gd_fail(c->err, GD_E_VALUE, "row \"%s\" does not exist in the %d format",
					gd_layout->rows[id].name.key, f);
			return row_elsewhere_detail(c->err, id, f);
		}
		seen_f[pos] = true;
		memcpy(&cells[pos * GD_APPLICATIONS_NCOLS], &tmp[id * GD_APPLICATIONS_NCOLS],
			   sizeof(int32_t) * GD_APPLICATIONS_NCOLS);
	}
	return missing_row(c->err, &rs, seen_f, context);
}

/*
 * The top-level object.  With want_format, a "format" key is required and
 * rows are collected under every key either format knows, then checked
 * against the format actually given (keys may come in any order).
 */
static bool
json_rows(Cur *c, bool want_format, int *format, int32_t *cells)
{
	RowSet		all;			/* every row key of either format */
	bool		seen[GD_LAYOUT_ROWS_MAX] = {false};
	int32_t		tmp[GD_LAYOUT_ROWS_MAX * GD_APPLICATIONS_NCOLS];
	int			f = 0;

	json_rowset(want_format, &all);
	if (!json_members(c, &all, want_format, &f, seen, tmp))
		return false;

	if (!want_format)
	{
		if (!missing_row(c->err, &all, seen, ""))
			return false;
		memcpy(cells, tmp, sizeof(int32_t) * GD_APPEALS_NCELLS);
		return true;
	}

	if (f == 0)
		return gd_fail(c->err, GD_E_VALUE, "missing key \"format\" (%s)", gd_format_list());
	if (!json_applications_cells(c, f, seen, tmp, cells))
		return false;
	*format = f;
	return true;
}

bool
gd_applications_from_json(const char *json, int *format, int32_t cells[GD_APPLICATIONS_NCELLS_MAX],
				 GdError *err)
{
	Cur			c = {json, json, err};

	return json_rows(&c, true, format, cells);
}

bool
gd_appeals_from_json(const char *json, int32_t cells[GD_APPEALS_NCELLS], GdError *err)
{
	Cur			c = {json, json, err};
	int			unused;

	return json_rows(&c, false, &unused, cells);
}

/* ---------- table 二 ---------- */

#define MONEY_MAX (INT64_MAX / 10)	/* keeps the scan from overflowing */

/* One table 二 value: blank, money with the decimals it needs, or an integer. */
static void
proactive_value_text(const GdProactiveDef *def, int64_t v, Out *o, bool json)
{
	char		money[48];

	if (v == GD_PROACTIVE_NOT_STATED)
		put(o, json ? "null" : "-");
	else if (def->kind == GD_KIND_MONEY)
	{
		gd_money_format(v, money, sizeof(money));
		put(o, "%s", money);
	}
	else
		put(o, "%lld", (long long) v);
}

void
gd_proactive_to_text(int format, const int64_t *cells, char *buf, size_t size)
{
	Out			o = {buf, size, 0};

	buf[0] = '\0';
	put(&o, "%d:{", format);
	for (int pos = 0; pos < gd_proactive_ncells(format); pos++)
	{
		const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(format, pos)];

		put(&o, "%s%s:", pos ? ", " : "", def->name.key);
		proactive_value_text(def, cells[pos], &o, false);
	}
	put(&o, "}");
}

void
gd_proactive_to_json(int format, const int64_t *cells, char *buf, size_t size)
{
	Out			o = {buf, size, 0};

	buf[0] = '\0';
	put(&o, "{\"format\": %d", format);
	for (int pos = 0; pos < gd_proactive_ncells(format); pos++)
	{
		const GdProactiveDef *def = &gd_layout->proactive[gd_proactive_cell_at(format, pos)];

		put(&o, ", \"%s\": ", def->name.key);
		proactive_value_text(def, cells[pos], &o, true);
	}
	put(&o, "}");
}

/* Is a table 二 value within its kind's range (count, signed count, money)? */
static bool
proactive_range(const GdProactiveDef *def, int64_t v, GdError *err)
{
	if (v == GD_PROACTIVE_NOT_STATED)
		return true;
	switch (def->kind)
	{
		case GD_KIND_COUNT:
			if (v < 0 || v > GD_COUNT_MAX)
			{
				gd_fail(err, v < 0 ? GD_E_VALUE : GD_E_RANGE,
						"%s must be a count from 0 to 2147483647, not %lld",
						def->name.key, (long long) v);
				return false;
			}
			break;
		case GD_KIND_SIGNED:
			if (v < -(int64_t) GD_COUNT_MAX || v > GD_COUNT_MAX)
			{
				gd_fail(err, GD_E_RANGE, "%s is out of range: %lld",
						def->name.key, (long long) v);
				return false;
			}
			break;
		case GD_KIND_MONEY:
			if (v < 0 || v > MONEY_MAX)
			{
				gd_fail(err, v < 0 ? GD_E_VALUE : GD_E_RANGE,
						"%s must be a non-negative amount in 万元 below %lld", def->name.key,
						(long long) (MONEY_MAX / GD_MONEY_SCALE));
				return false;
			}
			break;
	}
	return true;
}

bool
gd_proactive_cells_valid(int format, const int64_t *cells, GdError *err)
{
	for (int pos = 0; pos < gd_proactive_ncells(format); pos++)
		if (!proactive_range(&gd_layout->proactive[gd_proactive_cell_at(format, pos)], cells[pos], err))
			return false;
	return true;
}

/* A table 二 value's sign, and a digit after it: anything else (a JSON string, object or boolean, a word) is refused as not a number. */
static bool
scan_pro_sign(Cur *c, const GdProactiveDef *def, bool json, bool *negative)
{
	char		b[32];

	*negative = false;
	if (*c->p == '-' || (*c->p == '+' && !json))
	{
		*negative = *c->p == '-';
		c->p++;
	}
	if (json && (*c->p == '"' || *c->p == '{' || *c->p == '[' || *c->p == 't' || *c->p == 'f'))
	{
		gd_fail(c->err, GD_E_VALUE, "%s at character %d is not a number", def->name.key, at(c));
		return gd_fail_detail(c->err, "Expected %s, or null for not stated.",
							  def->kind == GD_KIND_MONEY ? "an amount in 万元" : "a whole number");
	}
	if (!(*c->p >= '0' && *c->p <= '9'))
	{
		gd_fail(c->err, GD_E_SYNTAX, "expected %s for %s at character %d, found %s",
				def->kind == GD_KIND_MONEY ? "an amount in 万元" : "a count", def->name.key, at(c),
				near(c, b, sizeof(b)));
		return false;
	}
	return true;
}

/* The value's whole part (the value begins at start), refused as soon as it passes the largest amount, so it never wraps. */
static bool
scan_pro_whole(Cur *c, const GdProactiveDef *def, const char *start, int64_t *out)
{
	int64_t		whole = 0;

	while (*c->p >= '0' && *c->p <= '9')
	{
		tick(c);
		whole = whole * 10 + (*c->p++ - '0');
		if (whole > MONEY_MAX / GD_MONEY_SCALE)
		{
			gd_fail(c->err, GD_E_RANGE, "%s at character %d is out of range",
					def->name.key, (int) (start - c->start) + 1);
			return false;
		}
	}
	*out = whole;
	return true;
}

/* The decimals after '.' as millionths: six places at most, beyond them only an amount's trailing zeros. */
static bool
scan_pro_fraction(Cur *c, const GdProactiveDef *def, const char *start, int64_t *out)
{
	int64_t		frac = 0;
	int			frac_digits = 0;

	if (*c->p == '.')
	{
		c->p++;
		while (*c->p >= '0' && *c->p <= '9')
		{
			tick(c);
			if (frac_digits == 6)
			{
				if (*c->p != '0' || def->kind != GD_KIND_MONEY)
				{
					gd_fail(c->err, GD_E_VALUE,
							"%s at character %d has more than six decimal places",
							def->name.key, (int) (start - c->start) + 1);
					return gd_fail_detail(c->err, "Amounts are kept exactly in 万元 to six decimal places.");
				}
				c->p++;
				continue;
			}
			frac = frac * 10 + (*c->p++ - '0');
			frac_digits++;
		}
	}
	for (int d = frac_digits; d < 6; d++)
		frac *= 10;
	*out = frac;
	return true;
}

/* One table 二 value by its kind; "-" (text) or null (JSON) is not stated. */
static bool
scan_pro_value(Cur *c, const GdProactiveDef *def, bool json, int64_t *out)
{
	bool		negative = false;
	int64_t		whole = 0;
	int64_t		frac = 0;
	const char *start;

	ws(c);
	start = c->p;
	if (json ? strncmp(c->p, "null", 4) == 0 : (*c->p == '-' && !(c->p[1] >= '0' && c->p[1] <= '9')))
	{
		c->p += json ? 4 : 1;
		*out = GD_PROACTIVE_NOT_STATED;
		return true;
	}
	if (!scan_pro_sign(c, def, json, &negative) || !scan_pro_whole(c, def, start, &whole))
		return false;
	if (*c->p == '.' && def->kind != GD_KIND_MONEY)
	{
		gd_fail(c->err, GD_E_VALUE, "%s at character %d is not written as a whole number",
				def->name.key, (int) (start - c->start) + 1);
		return gd_fail_detail(c->err, "A count is written as digits only: no fraction, not even .0; only amounts of money may have decimals.");
	}
	if (!scan_pro_fraction(c, def, start, &frac))
		return false;
	if (*c->p == 'e' || *c->p == 'E')
	{
		gd_fail(c->err, GD_E_VALUE, "%s at character %d: write the number without an exponent",
				def->name.key, (int) (start - c->start) + 1);
		return false;
	}
	if (def->kind != GD_KIND_MONEY && frac != 0)
	{
		gd_fail(c->err, GD_E_VALUE, "%s at character %d is not a whole number",
				def->name.key, (int) (start - c->start) + 1);
		return gd_fail_detail(c->err, "Only amounts of money may have decimals.");
	}
	if (def->kind == GD_KIND_MONEY)
		*out = whole * GD_MONEY_SCALE + frac;
	else
		*out = whole;
	if (negative)
		*out = -*out;
	if (negative && def->kind != GD_KIND_SIGNED)
	{
		gd_fail(c->err, GD_E_VALUE, "negative value for %s at character %d",
				def->name.key, (int) (start - c->start) + 1);
		return gd_fail_detail(c->err, "Only the 本年增/减 cells (a change, in the 2019 format) may be negative.");
	}
	return proactive_range(def, *out, c->err);
}

/* The keys of one format's table 二, listed. */
static void
proactive_keys(int format, char *buf, size_t size)
{
	const char *keys[GD_PROACTIVE_NCELLS_MAX];
	int			n = gd_proactive_ncells(format);

	for (int pos = 0; pos < n; pos++)
		keys[pos] = gd_layout->proactive[gd_proactive_cell_at(format, pos)].name.key;
	list_keys(keys, n, buf, size);
}

/* "Valid keys …" for one format, or for every format when format is 0. */
static bool
proactive_keys_detail(GdError *err, int format)
{
	char		all[2048] = "";
	size_t		len = 0;

	if (format != 0)
	{
		proactive_keys(format, all, sizeof(all));
		return gd_fail_detail(err, "Valid keys in the %d format: %s.", format, all);
	}
	/* newest format first */
	for (int f = gd_layout->nformats - 1; f >= 0 && len + 16 < sizeof(all); f--)
	{
		char		list[1024];

		proactive_keys(gd_layout->formats[f].id, list, sizeof(list));
		len += (size_t) snprintf(all + len, sizeof(all) - len, "%sthose of the %d format (%s)",
								 f == gd_layout->nformats - 1 ? "" : " or ", gd_layout->formats[f].id, list);
		if (len >= sizeof(all))
			len = sizeof(all) - 1;
	}
	return gd_fail_detail(err, "Valid keys: format, and %s.", all);
}

/* A table 二 key: a JSON string or a bare identifier. */
static bool
proactive_key(Cur *c, bool json, char *key, size_t size)
{
	return json ? json_string(c, key, size) : scan_ident(c, key, size);
}

/*
 * The pairs of one format: every cell once, any order.  With json, the
 * "format" key may come anywhere, so values are first read by key into a
 * list of both formats' cells, and checked against the format at the end.
 */
static bool
proactive_pairs(Cur *c, bool json, int *format, int64_t *cells)
{
	int64_t		all[GD_LAYOUT_PROACTIVE_MAX];
	bool		seen[GD_LAYOUT_PROACTIVE_MAX] = {false};
	char		key[KEY_MAX];
	int			f = json ? 0 : *format;

	if (!expect(c, '{', "to open the cells"))
		return false;
	ws(c);
	if (*c->p != '}')
		do
		{
			int			id;

			if (!proactive_key(c, json, key, sizeof(key)) ||
				!expect(c, ':', "after a key"))
				return false;
			if (json && strcmp(key, "format") == 0)
			{
				if (f != 0)
					return gd_fail(c->err, GD_E_VALUE, "key \"format\" appears twice");
				if (!json_format(c, &f))
					return false;
			}
			else
			{
				/* a key used by both formats has one entry per format */
				id = gd_proactive_cell_id(json ? 0 : f, key);
				if (id < 0)
				{
					char		in_format[32] = "";

					if (!json)
						snprintf(in_format, sizeof(in_format), " in the %d format", f);
					gd_fail(c->err, GD_E_VALUE, "unknown table 二 key \"%s\"%s", key, in_format);
					return proactive_keys_detail(c->err, json ? 0 : f);
				}
				if (seen[id])
					return gd_fail(c->err, GD_E_VALUE, "key \"%s\" appears twice", key);
				seen[id] = true;
				if (!scan_pro_value(c, &gd_layout->proactive[id], json, &all[id]))
					return false;
			}
		} while (next_member(c));
	if (!expect(c, '}', "to close the cells") || !at_end(c))
		return false;
	if (f == 0)
		return gd_fail(c->err, GD_E_VALUE, "missing key \"format\" (%s)", gd_format_list());

	/* Place by the format; keys shared by both formats were read under one id. */
	for (int pos = 0; pos < gd_proactive_ncells(f); pos++)
	{
		int			id = gd_proactive_cell_at(f, pos);
		int			any = gd_proactive_cell_id(0, gd_layout->proactive[id].name.key);

		if (seen[id])
			cells[pos] = all[id];
		else if (any >= 0 && any != id && seen[any])
		{
			cells[pos] = all[any];
			seen[id] = true;
			seen[any] = false;
		}
		else
		{
			gd_fail(c->err, GD_E_VALUE, "missing table 二 key \"%s\" in the %d format",
					gd_layout->proactive[id].name.key, f);
			return gd_fail_detail(c->err, "Every cell of the format must be given; write %s for a cell that is not stated.",
								  json ? "null" : "\"-\"");
		}
		if (!proactive_range(&gd_layout->proactive[id], cells[pos], c->err))
			return false;
		seen[id] = false;
	}
	for (int id = 0; id < gd_layout->nproactive; id++)
		if (seen[id])
		{
			gd_fail(c->err, GD_E_VALUE, "key \"%s\" does not belong to the %d format",
					gd_layout->proactive[id].name.key, f);
			return gd_fail_detail(c->err, "The 2019 and 2021 formats of table 二 have different cells (FORMAT.md).");
		}
	*format = f;
	return true;
}

bool
gd_proactive_from_text(const char *text, int *format, int64_t cells[GD_PROACTIVE_NCELLS_MAX],
				 GdError *err)
{
	Cur			c = {text, text, err};

	if (!format_prefix(&c, "gd_proactive", "2021:{rules_issued:0, …}", format))
		return false;
	return proactive_pairs(&c, false, format, cells);
}

bool
gd_proactive_from_json(const char *json, int *format, int64_t cells[GD_PROACTIVE_NCELLS_MAX],
				 GdError *err)
{
	Cur			c = {json, json, err};

	return proactive_pairs(&c, true, format, cells);
}
