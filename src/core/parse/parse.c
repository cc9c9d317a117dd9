/*
 * parse/parse.c — a published annual report → GdReportData (+ diagnostics).
 *
 * Pipeline: (HTML → tab text) → lines → tokens (TEXT / NUM / BLANK / BAD,
 * one EOL per line) → label-anchored passes over the tokens for tables 三,
 * 二 and 四 → cell normalisation (blank-trimming, x placement, digit
 * splitting of flattened rows) → title, rule T → GdReportData.
 *
 * A row's values are the value tokens after its label, up to the next
 * label, a text token after values, or the end of a line that held values
 * (except one-token lines: one cell per line).  Labels are read from
 * layout.c and compared after normalisation (parse/normalize.c).
 */
#include "core/parse.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/matrix.h"

enum
{
	TK_TEXT, TK_NUM, TK_BLANK, TK_BAD, TK_EOL
};
enum
{
	LN_SPACED, LN_TAB, LN_PIPE
};
enum
{
	U_NONE, U_YUAN, U_WAN
};

typedef struct Tok
{
	uint8_t		kind;
	uint8_t		lk;				/* line kind */
	uint8_t		glued;			/* NUM right after text in the same word */
	uint8_t		unit;
	uint8_t		neg;
	uint8_t		frac;
	uint8_t		bad_num;		/* too many digits / decimals */
	int32_t		line;
	int32_t		x;				/* spaced: column of the word's end; cells: index */
	int32_t		ntok;			/* EOL: tokens on the line */
	uint32_t	off;			/* raw span in the document */
	uint32_t	len;
	uint32_t	noff;			/* TEXT: normalised text; NUM: its digits */
	uint32_t	nlen;
	int64_t		micro;			/* NUM: value × 10^6 */
} Tok;

/* Table 三 slots: the rows of gd_applications_rows, then three group (subtotal) rows. */
#define SLOT_GROUP0 GD_APPLICATIONS_NROWS_ALL
#define NSLOT (GD_APPLICATIONS_NROWS_ALL + 3)
#define COL_SUB 7
#define MAXDIAG 1000
#define MAXVALS 64
#define LABMAX 384

typedef struct Lab
{
	char		body[LABMAX];
	size_t		blen;
	char		shortb[LABMAX];	/* the label without its parenthesis */
	size_t		slen;
	int			order;
} Lab;

typedef struct Rec
{
	bool		found;
	int			label_tok;
	int			vstart;
	int			vcount;
} Rec;

/* Row ids used by matching rules, looked up by key at start. */
typedef struct Ids
{
	int			new_received, carried_over, total_processed, carried_forward;
	int			other_handling, other_no_supp, other_unpaid, other_misc;
	int			granted, partially;
} Ids;

typedef struct Ctx
{
	const char *doc;
	size_t		dlen;
	GdBuf		html;
	GdBuf		nb;				/* normalised text and digits of tokens */
	Tok		   *toks;
	int			ntok;
	int			captok;
	int		   *vidx;
	int			nv;
	int			capv;
	GdDiagnostics *diags;
	bool		has_err;
	char		err[GD_ERRMSG_MAX];
	bool		oom;
	Ids			id;
	Lab			lab[NSLOT];
	Rec			rec[NSLOT];
	int			applications_start;
	int			applications_end;
	int			hdr_from;
	int			proactive_start;
	bool		flattened;
	int			format;
	int			nprinted;
	int			colmap[8];
	int			refx[8];
	bool		have_ref;
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	bool		applications_ok;
	GdReportData *out;
} Ctx;

static const char SEC_TITLE[] = "title";
static const char SEC_TEXT[] = "text";
static const char SEC2[] = "二";
static const char SEC3[] = "三";
static const char SEC4[] = "四";

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */
/* ------------------------------------------------------------------ */

static void
diag(Ctx *cx, GdSeverity sev, const char *section, const char *row,
	 const char *col, const char *fmt,...)
	__attribute__((format(printf, 6, 7)));

static void
diag(Ctx *cx, GdSeverity sev, const char *section, const char *row,
	 const char *col, const char *fmt,...)
{
	char		msg[GD_DIAG_MSG_MAX];
	va_list		ap;
	GdDiagnostics *d = cx->diags;
	GdDiagnostic *g;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (sev == GD_SEV_ERROR && !cx->has_err)
	{
		cx->has_err = true;
		memcpy(cx->err, msg, sizeof(cx->err) < sizeof(msg) ? sizeof(cx->err) : sizeof(msg));
		cx->err[sizeof(cx->err) - 1] = '\0';
	}
	if (d == NULL || d->count >= MAXDIAG)
		return;
	if (d->count >= d->capacity)
	{
		int			nc = d->capacity > 0 ? d->capacity * 2 : 16;
		GdDiagnostic *p = realloc(d->items, (size_t) nc * sizeof(GdDiagnostic));

		if (p == NULL)
			return;
		d->items = p;
		d->capacity = nc;
	}
	g = &d->items[d->count++];
	g->severity = sev;
	g->section = section;
	g->row_key = row;
	g->column_key = col;
	memcpy(g->message, msg, sizeof(g->message));
}

void
gd_diagnostics_free(GdDiagnostics *d)
{
	if (d == NULL)
		return;
	free(d->items);
	d->items = NULL;
	d->count = d->capacity = 0;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static Tok *
tok_new(Ctx *cx)
{
	Tok		   *t;

	if (cx->ntok >= cx->captok)
	{
		int			nc = cx->captok > 0 ? cx->captok * 2 : 1024;
		Tok		   *p;

		if (cx->captok > INT_MAX / 4)
		{
			cx->oom = true;
			return NULL;
		}
		p = realloc(cx->toks, (size_t) nc * sizeof(Tok));
		if (p == NULL)
		{
			cx->oom = true;
			return NULL;
		}
		cx->toks = p;
		cx->captok = nc;
	}
	t = &cx->toks[cx->ntok++];
	memset(t, 0, sizeof(*t));
	return t;
}

static const char *
tok_text(Ctx *cx, const Tok *t)
{
	return cx->nb.data + t->noff;
}

static void
add_text(Ctx *cx, size_t s, size_t e, int lk, int line, int x)
{
	size_t		n = e - s;
	size_t		l;
	Tok		   *t;

	if (n == 0)
		return;
	if (!gd_buf_reserve(&cx->nb, n + 1))
	{
		cx->oom = true;
		return;
	}
	l = gd_norm(cx->nb.data + cx->nb.len, n, cx->doc + s, n);
	if (l == 0)
		return;
	t = tok_new(cx);
	if (t == NULL)
		return;
	t->kind = TK_TEXT;
	t->lk = (uint8_t) lk;
	t->line = line;
	t->x = x;
	t->off = (uint32_t) s;
	t->len = (uint32_t) n;
	t->noff = (uint32_t) cx->nb.len;
	t->nlen = (uint32_t) l;
	cx->nb.len += l;
}

static void
add_simple(Ctx *cx, int kind, size_t s, size_t e, int lk, int line, int x)
{
	Tok		   *t = tok_new(cx);

	if (t == NULL)
		return;
	t->kind = (uint8_t) kind;
	t->lk = (uint8_t) lk;
	t->line = line;
	t->x = x;
	t->off = (uint32_t) s;
	t->len = (uint32_t) (e - s);
}

static bool
starts(const char *s, size_t n, const char *lit)
{
	size_t		l = strlen(lit);

	return n >= l && memcmp(s, lit, l) == 0;
}

/* Trim ASCII whitespace, U+3000 and U+00A0 at both ends. */
static void
trim(const char *d, size_t *s, size_t *e)
{
	for (;;)
	{
		if (*s < *e && (d[*s] == ' ' || d[*s] == '\t' || d[*s] == '\0' || d[*s] == '\f' || d[*s] == '\v'))
			(*s)++;
		else if (*e - *s >= 3 && memcmp(d + *s, "\xE3\x80\x80", 3) == 0)
			*s += 3;
		else if (*e - *s >= 2 && memcmp(d + *s, "\xC2\xA0", 2) == 0)
			*s += 2;
		else
			break;
	}
	for (;;)
	{
		if (*e > *s && (d[*e - 1] == ' ' || d[*e - 1] == '\t' || d[*e - 1] == '\0' || d[*e - 1] == '\f' || d[*e - 1] == '\v'))
			(*e)--;
		else if (*e - *s >= 3 && memcmp(d + *e - 3, "\xE3\x80\x80", 3) == 0)
			*e -= 3;
		else if (*e - *s >= 2 && memcmp(d + *e - 2, "\xC2\xA0", 2) == 0)
			*e -= 2;
		else
			break;
	}
}

/* "/", "—", "-", "无", …: a cell printed as not stated. */
static bool
blank_marker(const char *s, size_t n)
{
	static const char *const marks[] = {
		"/", "\xEF\xBC\x8F", "\\", "-", "--", "\xE2\x80\x94", "\xE2\x80\x94\xE2\x80\x94",
		"\xE2\x80\x93", "\xEF\xBC\x8D", "\xE6\x97\xA0", "\xE2\x80\x95", "\xE2\x94\x80",
		"\xE6\x97\xA0\xE6\x95\xB0\xE6\x8D\xAE",	/* 无数据 */
	};

	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (n == strlen(marks[i]) && memcmp(s, marks[i], n) == 0)
			return true;
	return false;
}

/*
 * Parse d[s..e) as a number (whole span): sign, digits with thousands
 * commas, decimals, a unit (元, 万元) or a count word (件, 个…).
 */
static bool
parse_num(Ctx *cx, size_t s, size_t e, Tok *t)
{
	const char *d = cx->doc;
	size_t		i = s;
	bool		neg = false;
	char		digs[32];
	size_t		nd = 0;
	bool		toolong = false;
	int64_t		ival = 0;
	int64_t		fval = 0;
	int			nf = 0;
	bool		frac = false;
	bool		badfrac = false;
	int			unit = U_NONE;
	size_t		first_sig;

	if (i < e && (d[i] == '-' || d[i] == '+'))
	{
		neg = d[i] == '-';
		i++;
	}
	else if (starts(d + i, e - i, "\xEF\xBC\x8D"))
	{
		neg = true;
		i += 3;
	}
	while (i < e)
	{
		if (is_digit(d[i]))
		{
			if (nd < sizeof(digs))
				digs[nd++] = d[i];
			else
				toolong = true;
			i++;
		}
		else if (d[i] == ',' && nd > 0 && i + 3 < e && is_digit(d[i + 1]) && is_digit(d[i + 2]) &&
				 is_digit(d[i + 3]) && (i + 4 >= e || !is_digit(d[i + 4])))
			i++;
		else
			break;
	}
	if (nd == 0 && !toolong)
		return false;
	if (i + 1 < e && d[i] == '.' && is_digit(d[i + 1]))
	{
		frac = true;
		i++;
		while (i < e && is_digit(d[i]))
		{
			if (nf < 6)
			{
				fval = fval * 10 + (d[i] - '0');
				nf++;
			}
			else if (d[i] != '0')
				badfrac = true;
			i++;
		}
	}
	while (i < e && d[i] == ' ')
		i++;
	if (starts(d + i, e - i, "\xE4\xB8\x87\xE5\x85\x83"))	/* 万元 */
	{
		unit = U_WAN;
		i += 6;
	}
	else if (starts(d + i, e - i, "\xE5\x85\x83"))	/* 元 */
	{
		unit = U_YUAN;
		i += 3;
	}
	else if (starts(d + i, e - i, "\xE4\xBB\xB6") || starts(d + i, e - i, "\xE4\xB8\xAA") ||
			 starts(d + i, e - i, "\xE9\xA1\xB9") || starts(d + i, e - i, "\xE6\x9D\xA1"))
		i += 3;					/* 件 个 项 条 */
	while (i < e && d[i] == ' ')
		i++;
	if (i != e)
		return false;
	first_sig = 0;
	while (first_sig + 1 < nd && digs[first_sig] == '0')
		first_sig++;
	if (nd - first_sig > 12 || toolong)
		t->bad_num = 1;
	else
		for (size_t k = first_sig; k < nd; k++)
			ival = ival * 10 + (digs[k] - '0');
	if (badfrac)
		t->bad_num = 1;
	for (int k = nf; k < 6; k++)
		fval *= 10;
	t->kind = TK_NUM;
	t->neg = neg;
	t->frac = frac;
	t->unit = (uint8_t) unit;
	t->micro = ival * 1000000 + fval;
	if (!gd_buf_reserve(&cx->nb, nd + 1))
	{
		cx->oom = true;
		t->nlen = 0;
	}
	else
	{
		memcpy(cx->nb.data + cx->nb.len, digs, nd);
		t->noff = (uint32_t) cx->nb.len;
		t->nlen = (uint32_t) nd;
		cx->nb.len += nd;
	}
	return true;
}

/* One delimited cell (tab / pipe / HTML). */
static void
add_cell(Ctx *cx, size_t s, size_t e, int lk, int line, int x)
{
	Tok		   *t;
	int			before;

	trim(cx->doc, &s, &e);
	if (s == e || blank_marker(cx->doc + s, e - s))
	{
		add_simple(cx, TK_BLANK, s, e, lk, line, x);
		return;
	}
	t = tok_new(cx);
	if (t == NULL)
		return;
	t->lk = (uint8_t) lk;
	t->line = line;
	t->x = x;
	t->off = (uint32_t) s;
	t->len = (uint32_t) (e - s);
	if (parse_num(cx, s, e, t))
		return;
	/* not a number: text (drop the provisional token, re-add as text) */
	cx->ntok--;
	before = cx->ntok;
	add_text(cx, s, e, lk, line, x);
	if (cx->ntok == before)
		add_simple(cx, TK_BLANK, s, e, lk, line, x);	/* punctuation only */
}

/* One whitespace-separated word of a spaced line: text and numbers. */
static void
add_word(Ctx *cx, size_t ws, size_t we, int line, int x)
{
	const char *d = cx->doc;
	size_t		p = ws;
	size_t		tstart = ws;
	bool		pending = false;

	if (blank_marker(d + ws, we - ws))
	{
		add_simple(cx, TK_BLANK, ws, we, LN_SPACED, line, x);
		return;
	}
	while (p < we)
	{
		if (is_digit(d[p]) || (p == ws && d[p] == '-' && p + 1 < we && is_digit(d[p + 1])))
		{
			size_t		ns = p;
			size_t		q = p;
			bool		sign = !is_digit(d[p]);
			bool		frac = false;
			bool		enum_follow;
			size_t		ue;
			bool		glued;
			Tok		   *t;

			if (sign)
				q++;
			while (q < we && is_digit(d[q]))
				q++;
			while (q + 3 < we && d[q] == ',' && is_digit(d[q + 1]) && is_digit(d[q + 2]) &&
				   is_digit(d[q + 3]) && (q + 4 >= we || !is_digit(d[q + 4])))
				q += 4;
			if (q + 1 < we && d[q] == '.' && is_digit(d[q + 1]))
			{
				q++;
				while (q < we && is_digit(d[q]))
					q++;
				frac = true;
			}
			enum_follow = !frac && !sign && q < we &&
				(d[q] == '.' || starts(d + q, we - q, "\xE3\x80\x81") ||
				 starts(d + q, we - q, "\xEF\xBC\x8E"));
			if (enum_follow)
			{
				size_t		after = q + (d[q] == '.' ? 1 : 3);
				size_t		L = q - ns;

				if (after < we && is_digit(d[after]))
					enum_follow = false;
				else if ((!pending && L <= 2) || L == 1)
				{
					/* an item number: part of the label text */
					if (!pending)
					{
						tstart = ns;
						pending = true;
					}
					p = q;
					continue;
				}
				else
				{
					/* flattened: digits of the row, then the next item number */
					glued = pending;
					if (pending)
						add_text(cx, tstart, ns, LN_SPACED, line, x);
					t = tok_new(cx);
					if (t == NULL)
						return;
					t->lk = LN_SPACED;
					t->line = line;
					t->x = x;
					t->off = (uint32_t) ns;
					t->len = (uint32_t) (q - 1 - ns);
					if (!parse_num(cx, ns, q - 1, t))
						t->kind = TK_BAD;
					t->glued = glued;
					tstart = q - 1;
					pending = true;
					p = q;
					continue;
				}
			}
			ue = q;
			if (starts(d + ue, we - ue, "\xE4\xB8\x87\xE5\x85\x83"))
				ue += 6;
			else if (starts(d + ue, we - ue, "\xE5\x85\x83"))
				ue += 3;
			glued = pending;
			if (pending)
			{
				add_text(cx, tstart, ns, LN_SPACED, line, x);
				pending = false;
			}
			t = tok_new(cx);
			if (t == NULL)
				return;
			t->lk = LN_SPACED;
			t->line = line;
			t->x = x;
			t->off = (uint32_t) ns;
			t->len = (uint32_t) (ue - ns);
			if (!parse_num(cx, ns, ue, t))
				t->kind = TK_BAD;
			t->glued = glued;
			p = ue;
			tstart = p;
			continue;
		}
		if (!pending)
		{
			tstart = p;
			pending = true;
		}
		{
			size_t		adv;

			gd_u8_next((const unsigned char *) d + p, we - p, &adv);
			p += adv;
		}
	}
	if (pending)
		add_text(cx, tstart, we, LN_SPACED, line, x);
}

static bool
dash_at(const char *s, size_t n, size_t *l)
{
	if (n >= 1 && s[0] == '-')
		*l = 1;
	else if (starts(s, n, "\xE2\x80\x94") || starts(s, n, "\xE2\x80\x93") || starts(s, n, "\xEF\xBC\x8D"))
		*l = 3;
	else
		return false;
	return true;
}

/* "-3-", "— 3 —", "第 3 页", "第3页 共6页": page furniture. */
static bool
page_number_line(const char *d, size_t s, size_t e)
{
	size_t		l;
	bool		lead = false;
	bool		trail = false;
	size_t		nd = 0;

	trim(d, &s, &e);
	if (s == e || e - s > 40)
		return false;
	if (starts(d + s, e - s, "\xE7\xAC\xAC") && e - s >= 6 &&
		memcmp(d + e - 3, "\xE9\xA1\xB5", 3) == 0)	/* 第…页 */
	{
		for (size_t i = s; i < e; i++)
			if (is_digit(d[i]))
				nd++;
		return nd > 0 && nd <= 8;
	}
	while (s < e && dash_at(d + s, e - s, &l))
	{
		s += l;
		lead = true;
	}
	while (e > s)
	{
		if (d[e - 1] == '-')
			e--;
		else if (e - s >= 3 && (memcmp(d + e - 3, "\xE2\x80\x94", 3) == 0 ||
								memcmp(d + e - 3, "\xE2\x80\x93", 3) == 0 ||
								memcmp(d + e - 3, "\xEF\xBC\x8D", 3) == 0))
			e -= 3;
		else
			break;
		trail = true;
	}
	trim(d, &s, &e);
	if (!lead || !trail || s == e || e - s > 4)
		return false;
	for (size_t i = s; i < e; i++)
		if (!is_digit(d[i]))
			return false;
	return true;
}

static bool
only_seps(const char *d, size_t s, size_t e)
{
	bool		dash = false;

	for (size_t i = s; i < e; i++)
	{
		if (d[i] == '-')
			dash = true;
		else if (d[i] != ' ' && d[i] != ':' && d[i] != '\t')
			return false;
	}
	return dash;
}

static void
tokenize_line(Ctx *cx, size_t s, size_t e, int line)
{
	const char *d = cx->doc;
	int			before = cx->ntok;
	int			lk = LN_SPACED;
	Tok		   *eol;

	if (s < e && page_number_line(d, s, e))
		return;
	if (memchr(d + s, '\t', e - s) != NULL)
	{
		size_t		c = s;
		int			idx = 0;

		lk = LN_TAB;
		for (size_t i = s; i <= e; i++)
			if (i == e || d[i] == '\t')
			{
				add_cell(cx, c, i, lk, line, idx++);
				c = i + 1;
			}
	}
	else if (memchr(d + s, '|', e - s) != NULL)
	{
		size_t		segs[64][2];
		int			nseg = 0;
		size_t		c = s;
		bool		only_pipes = true;
		int			npipes = 0;
		int			first = 0;
		bool		all_sep = true;

		lk = LN_PIPE;
		for (size_t i = s; i < e; i++)
		{
			if (d[i] == '|')
				npipes++;
			else if (d[i] != ' ' && d[i] != '\t')
				only_pipes = false;
		}
		if (only_pipes)
		{
			for (int k = 0; k < npipes && k < 64; k++)
				add_simple(cx, TK_BLANK, s, s, lk, line, k);
		}
		else
		{
			for (size_t i = s; i <= e; i++)
				if (i == e || d[i] == '|')
				{
					if (nseg < 64)
					{
						segs[nseg][0] = c;
						segs[nseg][1] = i;
						nseg++;
					}
					c = i + 1;
				}
			/* a trailing pipe ends the last cell; a leading one opens the first */
			if (nseg > 0)
			{
				size_t		a = segs[nseg - 1][0],
							b = segs[nseg - 1][1];

				trim(d, &a, &b);
				if (a == b)
					nseg--;
			}
			if (nseg > 0)
			{
				size_t		a = segs[0][0],
							b = segs[0][1];

				trim(d, &a, &b);
				if (a == b && segs[0][1] < e && d[segs[0][1]] == '|')
				{
					size_t		ls = s,
								le = e;

					trim(d, &ls, &le);
					if (ls < le && d[ls] == '|')
						first = 1;
				}
			}
			for (int k = first; k < nseg; k++)
				if (!only_seps(d, segs[k][0], segs[k][1]))
					all_sep = false;
			if (all_sep && nseg > first)
				return;
			for (int k = first; k < nseg; k++)
				add_cell(cx, segs[k][0], segs[k][1], lk, line, k - first);
		}
	}
	else
	{
		size_t		i = s;
		int			col = 0;

		while (i < e)
		{
			size_t		adv;
			uint32_t	cp = gd_u8_next((const unsigned char *) d + i, e - i, &adv);

			if (gd_cp_space(cp))
			{
				i += adv;
				col += (cp == 0x3000) ? 2 : 1;
				continue;
			}
			{
				size_t		ws = i;
				int			wcol = col;

				while (i < e)
				{
					cp = gd_u8_next((const unsigned char *) d + i, e - i, &adv);
					if (gd_cp_space(cp))
						break;
					i += adv;
					col++;
				}
				(void) wcol;
				add_word(cx, ws, i, line, col);
			}
		}
	}
	eol = tok_new(cx);
	if (eol == NULL)
		return;
	eol->kind = TK_EOL;
	eol->lk = (uint8_t) lk;
	eol->line = line;
	eol->ntok = cx->ntok - 1 - before;
	eol->off = (uint32_t) e;
}

static void
tokenize(Ctx *cx)
{
	size_t		i = 0;
	int			line = 0;

	while (i < cx->dlen && !cx->oom)
	{
		size_t		e = i;

		while (e < cx->dlen && cx->doc[e] != '\n' && cx->doc[e] != '\r')
			e++;
		tokenize_line(cx, i, e, line++);
		if (e < cx->dlen && cx->doc[e] == '\r' && e + 1 < cx->dlen && cx->doc[e + 1] == '\n')
			e++;
		i = e + 1;
	}
}

/* ------------------------------------------------------------------ */
/* Labels                                                              */
/* ------------------------------------------------------------------ */

static size_t
strip_enum(const char *s, size_t n)
{
	size_t		i = 0;
	size_t		adv;

	while (i < n && is_digit(s[i]))
		i++;
	if (i > 0 && i < n)
		return i;
	if (n > 0 && gd_is_cn_numeral(gd_u8_next((const unsigned char *) s, n, &adv)) && adv < n)
		return adv;
	return 0;
}

static void
lab_set(Lab *l, const char *zh, int order)
{
	char		tmp[LABMAX];
	size_t		n = gd_norm(tmp, sizeof(tmp), zh, strlen(zh));
	size_t		i = strip_enum(tmp, n);
	const char *paren;

	memcpy(l->body, tmp + i, n - i);
	l->blen = n - i;
	l->slen = 0;
	l->order = order;
	paren = strlen(zh) > 1 ? strstr(zh + 1, "\xEF\xBC\x88") : NULL;	/* （ */
	if (paren != NULL)
	{
		n = gd_norm(tmp, sizeof(tmp), zh, (size_t) (paren - zh));
		i = strip_enum(tmp, n);
		memcpy(l->shortb, tmp + i, n - i);
		l->slen = n - i;
	}
}

static void
labels_init(Ctx *cx)
{
	for (int r = 0; r < GD_APPLICATIONS_NROWS_ALL; r++)
		lab_set(&cx->lab[r], gd_applications_rows[r].name.zh, 2 * r);
	for (int g = 0; g < 3 && g < gd_applications_ngroups; g++)
	{
		int			first = -1;

		for (int r = 0; r < GD_APPLICATIONS_NROWS_ALL; r++)
			if (gd_applications_rows[r].group == g)
			{
				first = r;
				break;
			}
		lab_set(&cx->lab[SLOT_GROUP0 + g], gd_applications_groups[g].name.zh, 2 * first - 1);
	}
	cx->id.new_received = gd_applications_row_id("new_received");
	cx->id.carried_over = gd_applications_row_id("carried_over");
	cx->id.total_processed = gd_applications_total_processed_row();
	cx->id.carried_forward = gd_applications_row_id("carried_forward");
	cx->id.other_handling = gd_applications_row_id("other_handling");
	cx->id.other_no_supp = gd_applications_row_id("other_no_supplement");
	cx->id.other_unpaid = gd_applications_row_id("other_unpaid_fee");
	cx->id.other_misc = gd_applications_row_id("other_misc");
	cx->id.granted = gd_applications_row_id("granted");
	cx->id.partially = gd_applications_row_id("partially_granted");
}

/* Longest prefix of b (at a character boundary) that run ends with. */
static size_t
tail_prefix(const char *run, size_t rn, const char *b, size_t bn, size_t minlen)
{
	if (bn == 0)
		return 0;
	if (rn >= bn && memcmp(run + rn - bn, b, bn) == 0)
		return bn;
	if (rn == 0)
		return 0;
	for (size_t k = bn - 1; k >= minlen && k > 0; k--)
	{
		if (((unsigned char) b[k] & 0xC0) == 0x80 || k > rn)
			continue;
		if (run[rn - 1] != b[k - 1])
			continue;
		if (memcmp(run + rn - k, b, k) == 0)
			return k;
	}
	return 0;
}

static const char *
slot_key(int s)
{
	if (s < 0)
		return NULL;
	if (s < GD_APPLICATIONS_NROWS_ALL)
		return gd_applications_rows[s].name.key;
	return gd_applications_groups[s - SLOT_GROUP0].name.key;
}

static const char *
slot_zh(int s)
{
	if (s < 0)
		return "";
	if (s < GD_APPLICATIONS_NROWS_ALL)
		return gd_applications_rows[s].name.zh;
	return gd_applications_groups[s - SLOT_GROUP0].name.zh;
}

static bool
ends_with_cp(const char *run, size_t rn, size_t tail, uint32_t cp)
{
	char		u[4];
	size_t		l = gd_u8_put(u, cp);

	return rn >= tail + l && memcmp(run + rn - tail - l, u, l) == 0;
}

static bool
in_other_group(Ctx *cx, int cur)
{
	return cur == cx->id.other_handling || cur == cx->id.other_no_supp ||
		cur == cx->id.other_unpaid || cur == cx->id.other_misc;
}

/* Which table 三 row (slot) the run ends with, after cur; -1 if none. */
static int
match_row(Ctx *cx, const char *run, size_t rn, int cur, bool started)
{
	int			best = -1;
	size_t		bestk = 0;
	bool		bestfull = false;
	int			curorder = cur >= 0 ? cx->lab[cur].order : -1000;

	for (int s = 0; s < NSLOT; s++)
	{
		Lab		   *l = &cx->lab[s];
		size_t		k;
		bool		full;

		if (!started && s != cx->id.new_received)
			continue;
		if (started && l->order <= curorder)
			continue;
		k = tail_prefix(run, rn, l->body, l->blen, 18);
		full = (k == l->blen);
		if (!full && l->slen > 0 && rn >= l->slen &&
			memcmp(run + rn - l->slen, l->shortb, l->slen) == 0)
		{
			k = l->slen;
			full = true;
		}
		if (k == 0)
			continue;
		if (s == cx->id.total_processed &&
			!ends_with_cp(run, rn, k, 0x4E03) && !in_other_group(cx, cur))
			continue;
		if (s == cx->id.other_misc && cur != cx->id.other_no_supp && cur != cx->id.other_unpaid)
			continue;
		if (best < 0 || (full && !bestfull) || (full == bestfull && k > bestk))
		{
			best = s;
			bestk = k;
			bestfull = full;
		}
	}
	return best;
}

#define RUNMAX 1200
static void
run_add(char *run, size_t *rn, const char *s, size_t l)
{
	if (l > 600)
	{
		s += l - 600;
		l = 600;
		while (l > 0 && ((unsigned char) *s & 0xC0) == 0x80)
		{
			s++;
			l--;
		}
	}
	if (*rn + l > RUNMAX)
	{
		size_t		keep = RUNMAX - l;
		size_t		from;

		if (keep > *rn)
			keep = *rn;
		from = *rn - keep;
		while (from < *rn && ((unsigned char) run[from] & 0xC0) == 0x80)
			from++;
		memmove(run, run + from, *rn - from);
		*rn -= from;
	}
	memcpy(run + *rn, s, l);
	*rn += l;
}

static void
push_val(Ctx *cx, int tok)
{
	if (cx->nv >= cx->capv)
	{
		int			nc = cx->capv > 0 ? cx->capv * 2 : 256;
		int		   *p;

		if (cx->capv > INT_MAX / 4)
		{
			cx->oom = true;
			return;
		}
		p = realloc(cx->vidx, (size_t) nc * sizeof(int));
		if (p == NULL)
		{
			cx->oom = true;
			return;
		}
		cx->vidx = p;
		cx->capv = nc;
	}
	cx->vidx[cx->nv++] = tok;
}

/* ------------------------------------------------------------------ */
/* Table 三: finding the rows                                          */
/* ------------------------------------------------------------------ */

static void
pass_applications(Ctx *cx)
{
	char		run[RUNMAX + 8];
	size_t		rn = 0;
	int			cur = -1;
	bool		open = false;
	bool		started = false;
	int			nfound = 0;
	int			label_line = -1;
	int			line_vals = 0;
	int			last_num = -1;
	int			cf = cx->id.carried_forward;

	cx->applications_start = cx->applications_end = -1;
	for (int i = 0; i < cx->ntok; i++)
	{
		Tok		   *t = &cx->toks[i];

		if (t->kind == TK_TEXT)
		{
			int			m;

			run_add(run, &rn, tok_text(cx, t), t->nlen);
			m = match_row(cx, run, rn, cur, started);
			if (m >= 0 && m == cx->id.new_received && started && nfound >= 4)
				m = -1;
			if (m >= 0)
			{
				if (m == cx->id.new_received)
				{
					memset(cx->rec, 0, sizeof(cx->rec));
					started = true;
					nfound = 0;
					cx->applications_start = i;
					cx->hdr_from = last_num + 1;
				}
				open = true;
				cur = m;
				cx->rec[m].found = true;
				cx->rec[m].label_tok = i;
				cx->rec[m].vstart = cx->nv;
				cx->rec[m].vcount = 0;
				label_line = t->line;
				line_vals = 0;
				nfound++;
				rn = 0;
				continue;
			}
			if (open)
			{
				if (t->lk == LN_SPACED || t->line != label_line)
				{
					if (cx->rec[cur].vcount > 0)
					{
						open = false;
						if (cur == cf)
						{
							cx->applications_end = i;
							break;
						}
					}
				}
				else
				{
					t->kind = TK_BAD;	/* text where a count belongs */
					push_val(cx, i);
					cx->rec[cur].vcount++;
					line_vals++;
				}
			}
			continue;
		}
		if (t->kind == TK_EOL)
		{
			rn = 0;
			if (open && line_vals > 0 && t->ntok >= 2)
			{
				open = false;
				if (cur == cf)
				{
					cx->applications_end = i;
					break;
				}
			}
			line_vals = 0;
			continue;
		}
		rn = 0;
		if (t->kind == TK_NUM)
			last_num = i;
		if (open)
		{
			push_val(cx, i);
			cx->rec[cur].vcount++;
			line_vals++;
		}
	}
	if (cx->applications_end < 0 && started && cur == cf)
		cx->applications_end = cx->ntok;
}

/* ------------------------------------------------------------------ */
/* Splitting flattened digits                                          */
/* ------------------------------------------------------------------ */

#define SPLIT_MAXDIG 48
#define SPLIT_MAXPARTS 16
#define SPLIT_MAXSOL 16
#define SPLIT_BUDGET 200000

enum
{
	C_NONE, C_ROWTOTAL, C_BLOCKS5
};

typedef struct Split
{
	char		dig[SPLIT_MAXDIG];
	int			nd;
	bool		forced[SPLIT_MAXDIG + 1];	/* a part must end here */
	int			nparts;
	int			constraint;
	int64_t		cur[SPLIT_MAXPARTS];
	int			ncur;
	int			nsol;
	int64_t		sols[SPLIT_MAXSOL][SPLIT_MAXPARTS];
	long		steps;
	bool		out_of_budget;
} Split;

static void
split_rec(Split *sp, int pos)
{
	int			rp = sp->nparts - sp->ncur;
	int			rd = sp->nd - pos;

	if (++sp->steps > SPLIT_BUDGET)
	{
		sp->out_of_budget = true;
		return;
	}
	if (sp->out_of_budget || sp->nsol >= SPLIT_MAXSOL)
		return;
	if (rp == 0)
	{
		if (rd != 0)
			return;
		if (sp->constraint == C_ROWTOTAL)
		{
			int64_t		sum = 0;

			for (int k = 0; k < sp->nparts - 1; k++)
				sum += sp->cur[k];
			if (sum != sp->cur[sp->nparts - 1])
				return;
		}
		memcpy(sp->sols[sp->nsol++], sp->cur, sizeof(sp->cur));
		return;
	}
	if (rd < rp || rd > rp * 10)
		return;
	for (int e = pos + 1; e <= sp->nd && e <= pos + 10; e++)
	{
		int64_t		v = 0;
		bool		ok = true;

		if (sp->dig[pos] == '0' && e > pos + 1)
			break;
		for (int k = pos; k < e; k++)
			v = v * 10 + (sp->dig[k] - '0');
		if (v > INT32_MAX)
			break;
		sp->cur[sp->ncur++] = v;
		if (sp->constraint == C_BLOCKS5 && sp->ncur % 5 == 0)
		{
			int			b = sp->ncur - 5;

			ok = sp->cur[b] + sp->cur[b + 1] + sp->cur[b + 2] + sp->cur[b + 3] == sp->cur[b + 4];
		}
		if (ok)
			split_rec(sp, e);
		sp->ncur--;
		if (sp->forced[e])
			break;
	}
}

/*
 * Split the digits of tokens toks[0..n) into nparts counts.  Returns the
 * number of solutions (capped at SPLIT_MAXSOL), -1 if the digits cannot be
 * read (not plain digits, too many), -2 when the search gives up.
 */
static int
split_digits(Ctx *cx, const int *toks, int n, int nparts, int constraint, Split *sp)
{
	memset(sp, 0, sizeof(*sp));
	sp->nparts = nparts;
	sp->constraint = constraint;
	if (nparts > SPLIT_MAXPARTS)
		return -1;
	for (int i = 0; i < n; i++)
	{
		Tok		   *t = &cx->toks[toks[i]];

		if (t->kind != TK_NUM || t->neg || t->frac || t->unit != U_NONE || t->nlen == 0)
			return -1;
		if (sp->nd + (int) t->nlen > SPLIT_MAXDIG)
			return -1;
		memcpy(sp->dig + sp->nd, cx->nb.data + t->noff, t->nlen);
		sp->nd += (int) t->nlen;
		sp->forced[sp->nd] = true;
	}
	split_rec(sp, 0);
	if (sp->out_of_budget)
		return -2;
	return sp->nsol;
}

static void
digits_of(Ctx *cx, const int *toks, int n, char *buf, size_t cap)
{
	size_t		o = 0;

	for (int i = 0; i < n && o + 2 < cap; i++)
	{
		Tok		   *t = &cx->toks[toks[i]];
		size_t		l = t->len;

		if (i > 0)
			buf[o++] = ' ';
		if (l > cap - o - 1)
			l = cap - o - 1;
		memcpy(buf + o, cx->doc + t->off, l);
		o += l;
	}
	buf[o] = '\0';
}

/* ------------------------------------------------------------------ */
/* Table 三: columns and cells                                         */
/* ------------------------------------------------------------------ */

static void
header_columns(Ctx *cx)
{
	char		hb[4096];
	size_t		hn = 0;
	long		pos[GD_APPLICATIONS_NCOLS];
	int			nfound = 0;
	long		sub;

	cx->nprinted = GD_APPLICATIONS_NCOLS;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		cx->colmap[c] = c;
	if (cx->applications_start < 0)
		return;
	for (int i = cx->hdr_from > 0 ? cx->hdr_from : 0; i < cx->applications_start; i++)
	{
		Tok		   *t = &cx->toks[i];

		if (t->kind != TK_TEXT)
			continue;
		if (hn + t->nlen > sizeof(hb))
			hn = 0;				/* keep the part nearest the table */
		if (t->nlen <= sizeof(hb))
		{
			memcpy(hb + hn, tok_text(cx, t), t->nlen);
			hn += t->nlen;
		}
	}
	/* blank out the column groups: 法人或其他组织 holds 其他 */
	for (int g = 0; g < 2; g++)
	{
		char		lb[LABMAX];
		size_t		ll = gd_norm(lb, sizeof(lb), gd_applications_column_groups[g].zh,
								 strlen(gd_applications_column_groups[g].zh));
		long		at;
		size_t		from = 0;

		while (ll > 0 && from < hn && (at = gd_find(hb + from, hn - from, lb, ll)) >= 0)
		{
			memset(hb + from + at, '#', ll);
			from += (size_t) at + ll;
		}
	}
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		char		lb[LABMAX];
		size_t		ll = gd_norm(lb, sizeof(lb), gd_applications_columns[c].name.zh,
								 strlen(gd_applications_columns[c].name.zh));

		if (ll > 6)
			ll = 6;				/* two characters: headers split (商业企\n业) */
		pos[c] = gd_find(hb, hn, lb, ll);
		if (pos[c] >= 0)
			nfound++;
	}
	if (nfound <= 2)
		return;					/* no readable header: the official columns */
	cx->nprinted = 0;
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (pos[c] >= 0 || c == gd_applications_total_column())
			cx->colmap[cx->nprinted++] = c;
	sub = gd_find(hb, hn, "\xE5\xB0\x8F\xE8\xAE\xA1", 6);	/* 小计 */
	if (sub >= 0)
	{
		int			after = 0;	/* after natural_person by default */
		int			other = gd_applications_column_id("other_org");

		if (other >= 0 && pos[other] >= 0 && sub > pos[other])
			after = other;
		for (int p = 0; p < cx->nprinted; p++)
			if (cx->colmap[p] == after)
			{
				memmove(&cx->colmap[p + 2], &cx->colmap[p + 1],
						(size_t) (cx->nprinted - p - 1) * sizeof(int));
				cx->colmap[p + 1] = COL_SUB;
				cx->nprinted++;
				break;
			}
	}
	if (cx->nprinted != GD_APPLICATIONS_NCOLS || sub >= 0)
	{
		char		cols[256];
		size_t		o = 0;

		for (int p = 0; p < cx->nprinted && o + 40 < sizeof(cols); p++)
			o += (size_t) snprintf(cols + o, sizeof(cols) - o, "%s%s", p ? ", " : "",
								   cx->colmap[p] == COL_SUB ? "subtotal" :
								   gd_applications_columns[cx->colmap[p]].name.key);
		diag(cx, GD_SEV_NOTE, SEC3, NULL, NULL,
			 "table 三 prints %d columns: %s (columns it omits are not stated)",
			 cx->nprinted, cols);
	}
}

/* One cell token → count; false with a reason. */
static bool
tok_count(Ctx *cx, const Tok *t, int32_t *v, const char **why)
{
	(void) cx;
	if (t->kind == TK_BLANK)
	{
		*v = GD_NOT_STATED;
		return true;
	}
	if (t->kind != TK_NUM)
	{
		*why = "is not a count";
		return false;
	}
	if (t->neg && t->micro != 0)
	{
		*why = "is negative";
		return false;
	}
	if (t->frac && t->micro % 1000000 != 0)
	{
		*why = "is fractional";
		return false;
	}
	if (t->unit != U_NONE)
	{
		*why = "is an amount of money, not a count";
		return false;
	}
	if (t->bad_num || t->micro / 1000000 > GD_COUNT_MAX)
	{
		*why = "is too large for a count";
		return false;
	}
	*v = (int32_t) (t->micro / 1000000);
	return true;
}

/* Value tokens of a row after trimming merge-gap blanks to want cells. */
static int
trimmed(Ctx *cx, const Rec *r, int want, int *idx)
{
	int			n = r->vcount < MAXVALS ? r->vcount : MAXVALS;
	int			a = 0;

	if (n > 0)					/* vidx is NULL while no value was seen */
		memcpy(idx, cx->vidx + r->vstart, (size_t) n * sizeof(int));
	while (n - a > want && cx->toks[idx[n - 1]].kind == TK_BLANK)
		n--;
	while (n - a > want && cx->toks[idx[a]].kind == TK_BLANK)
		a++;
	if (a > 0)
		memmove(idx, idx + a, (size_t) (n - a) * sizeof(int));
	return r->vcount > MAXVALS ? r->vcount : n - a;
}

static bool
all_spaced(Ctx *cx, const int *idx, int n)
{
	for (int i = 0; i < n; i++)
		if (cx->toks[idx[i]].lk != LN_SPACED)
			return false;
	return n > 0;
}

/*
 * Read slot s into vals[7] (GD_NOT_STATED where blank).  Returns 1 when
 * read, 0 on error (reported when report_errors), 2 when the row is
 * flattened and its digits split several ways (candidates in *sp).
 */
static int
read_row(Ctx *cx, int s, int32_t vals[GD_APPLICATIONS_NCOLS], Split *sp, bool report_errors)
{
	const Rec  *r = &cx->rec[s];
	int			idx[MAXVALS];
	int			n;
	int			np = cx->nprinted;
	int32_t		printed[8];
	GdSeverity	sev = report_errors ? GD_SEV_ERROR : GD_SEV_WARNING;

	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		vals[c] = GD_NOT_STATED;
	if (cx->flattened && r->vcount > 0 && cx->toks[cx->vidx[r->vstart]].kind == TK_NUM &&
		np == GD_APPLICATIONS_NCOLS && all_spaced(cx, cx->vidx + r->vstart, r->vcount))
	{
		int			nsol;
		char		digs[160];

		nsol = split_digits(cx, cx->vidx + r->vstart, r->vcount < MAXVALS ? r->vcount : MAXVALS,
							GD_APPLICATIONS_NCOLS, C_ROWTOTAL, sp);
		digits_of(cx, cx->vidx + r->vstart, r->vcount < 8 ? r->vcount : 8, digs, sizeof(digs));
		if (nsol == 1)
		{
			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
				vals[c] = (int32_t) sp->sols[0][c];
			return 1;
		}
		if (nsol > 1)
			return 2;
		diag(cx, sev, SEC3, slot_key(s), NULL,
			 "table 三, row %s (%s): the run-together digits \"%s\" %s",
			 slot_key(s), slot_zh(s), digs,
			 nsol == -2 ? "split in too many ways to choose one (ambiguous)" :
			 "cannot be split into 7 counts whose total equals the sum of the other six");
		return 0;
	}
	n = trimmed(cx, r, np, idx);
	if (n > np)
	{
		diag(cx, sev, SEC3, slot_key(s), NULL,
			 "table 三, row %s (%s): %d cells where %d columns were expected",
			 slot_key(s), slot_zh(s), n, np);
		return 0;
	}
	if (n < np)
	{
		/* spaced layout: place each number under the nearest column */
		if (cx->have_ref && all_spaced(cx, idx, n) && n > 0)
		{
			int			placed[8];
			int			lastp = -1;
			bool		ok = true;

			for (int i = 0; i < n && ok; i++)
			{
				int			best = -1;
				int			bd = 1000;

				for (int p = 0; p < np; p++)
				{
					int			dd = abs(cx->toks[idx[i]].x - cx->refx[p]);

					if (dd < bd)
					{
						bd = dd;
						best = p;
					}
				}
				if (best <= lastp || bd > 3)
					ok = false;
				placed[i] = lastp = best;
			}
			if (ok)
			{
				int			full[8];

				for (int p = 0; p < np; p++)
					full[p] = -1;
				for (int i = 0; i < n; i++)
					full[placed[i]] = idx[i];
				for (int p = 0; p < np; p++)
				{
					const char *why = NULL;
					int			c = cx->colmap[p];
					int32_t		v = GD_NOT_STATED;

					if (full[p] >= 0 && !tok_count(cx, &cx->toks[full[p]], &v, &why))
					{
						diag(cx, sev, SEC3, slot_key(s), c == COL_SUB ? NULL : gd_applications_columns[c].name.key,
							 "table 三, row %s (%s), column %s: \"%.*s\" %s",
							 slot_key(s), slot_zh(s), c == COL_SUB ? "subtotal" : gd_applications_columns[c].name.key,
							 (int) cx->toks[full[p]].len, cx->doc + cx->toks[full[p]].off, why);
						return 0;
					}
					printed[p] = v;
				}
				diag(cx, GD_SEV_NOTE, SEC3, slot_key(s), NULL,
					 "table 三, row %s: %d of %d cells printed; placed by their column positions, the others not stated",
					 slot_key(s), n, np);
				goto mapped;
			}
		}
		diag(cx, sev, SEC3, slot_key(s), NULL,
			 "table 三, row %s (%s): %d cells where %d columns were expected, and their columns cannot be told: cannot place them",
			 slot_key(s), slot_zh(s), n, np);
		return 0;
	}
	for (int p = 0; p < np; p++)
	{
		const char *why = NULL;
		int			c = cx->colmap[p];

		if (!tok_count(cx, &cx->toks[idx[p]], &printed[p], &why))
		{
			diag(cx, sev, SEC3, slot_key(s), c == COL_SUB ? NULL : gd_applications_columns[c].name.key,
				 "table 三, row %s (%s), column %s (%s): \"%.*s\" %s (expected a whole number ≥ 0, or blank)",
				 slot_key(s), slot_zh(s), c == COL_SUB ? "subtotal" : gd_applications_columns[c].name.key,
				 c == COL_SUB ? "小计" : gd_applications_columns[c].name.zh,
				 (int) (cx->toks[idx[p]].len > 60 ? 60 : cx->toks[idx[p]].len),
				 cx->doc + cx->toks[idx[p]].off, why);
			return 0;
		}
	}
	if (all_spaced(cx, idx, n))
	{
		for (int p = 0; p < np; p++)
			cx->refx[p] = cx->toks[idx[p]].x;
		cx->have_ref = true;
	}
mapped:
	for (int p = 0; p < np; p++)
	{
		int			c = cx->colmap[p];

		if (c != COL_SUB)
			vals[c] = printed[p];
	}
	for (int p = 0; p < np; p++)
		if (cx->colmap[p] == COL_SUB && printed[p] != GD_NOT_STATED)
		{
			int64_t		sum = 0;
			bool		any = false;

			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
				if (gd_applications_columns[c].organisation && vals[c] != GD_NOT_STATED)
				{
					sum += vals[c];
					any = true;
				}
			if (any && sum != printed[p])
				diag(cx, GD_SEV_WARNING, SEC3, slot_key(s), NULL,
					 "table 三, row %s: the 法人或其他组织 subtotal column says %d, its five columns sum to %lld",
					 slot_key(s), (int) printed[p], (long long) sum);
		}
	return 1;
}

/* Empty cells dropped ("3 | 3" for 自然人 and 总计)?  Positions lost. */
static bool
collapsed(Ctx *cx, int *example)
{
	bool		positional = false;
	int			suspicious = -1;
	int			np = cx->nprinted;

	for (int s = 0; s < NSLOT; s++)
	{
		const Rec  *r = &cx->rec[s];
		int			idx[MAXVALS];
		int			n;
		int			stated = 0;
		bool		gap = false;
		int64_t		sum = 0;
		int64_t		last = 0;

		if (!r->found || r->vcount == 0)
			continue;
		n = trimmed(cx, r, np, idx);
		if (n > np || all_spaced(cx, idx, n))
			continue;
		for (int i = 0; i < n; i++)
		{
			Tok		   *t = &cx->toks[idx[i]];

			if (t->kind == TK_BLANK)
				gap = true;
			else
			{
				if (gap)
					positional = true;
				if (t->kind == TK_NUM)
				{
					stated++;
					sum += last;
					last = t->micro / 1000000;
				}
			}
		}
		if (n < np && n > 0 && r->vcount > n && suspicious < 0)
			suspicious = s;		/* fewer cells, padded with blanks */
		if (stated >= 2 && stated < np && n > stated && sum == last && !positional && suspicious < 0)
		{
			bool		packed = true;

			for (int i = 0; i < stated; i++)
				if (cx->toks[idx[i]].kind != TK_NUM)
					packed = false;
			if (packed)
				suspicious = s;
		}
	}
	*example = suspicious;
	return suspicious >= 0 && !positional;
}

/*
 * A row label printed a second time inside table 三 with counts after it
 * (two readings of one row), or a whole second table 三: rows are matched
 * in the form's order, so the second would be dropped without a word.
 * Refuse instead.  Only a whole
 * label in one token, followed by at least three numbers on its line, is
 * taken for a row: repeated column headers at page breaks carry no numbers.
 */
static void
check_repeated_rows(Ctx *cx)
{
	if (cx->applications_start < 0 || cx->applications_end <= cx->applications_start)
		return;
	for (int i = cx->applications_start; i < cx->applications_end; i++)
	{
		const Tok  *t = &cx->toks[i];
		const char *text;
		size_t		skip;
		int			nums = 0;

		if (t->kind != TK_TEXT)
			continue;
		text = tok_text(cx, t);
		skip = strip_enum(text, t->nlen);
		for (int r = 0; r < GD_APPLICATIONS_NROWS_ALL; r++)
		{
			const Lab  *l = &cx->lab[r];

			if (!cx->rec[r].found || cx->rec[r].label_tok == i ||
				t->nlen - skip != l->blen || memcmp(text + skip, l->body, l->blen) != 0)
				continue;
			for (int k = i + 1; k < cx->ntok && cx->toks[k].kind != TK_EOL; k++)
				nums += cx->toks[k].kind == TK_NUM;
			if (nums >= 3)
				diag(cx, GD_SEV_ERROR, SEC3, gd_applications_rows[r].name.key, NULL,
					 "table 三: row %s (%s) is printed twice with counts; cannot tell which are the report's",
					 gd_applications_rows[r].name.key, gd_applications_rows[r].name.zh);
			break;
		}
	}
	/* a second table 三 after the first: its first row with counts */
	for (int i = cx->applications_end; i < cx->ntok; i++)
	{
		const Tok  *t = &cx->toks[i];
		const Lab  *l = &cx->lab[cx->id.new_received];
		const char *text;
		size_t		skip;
		int			nums = 0;

		if (t->kind != TK_TEXT)
			continue;
		text = tok_text(cx, t);
		skip = strip_enum(text, t->nlen);
		if (t->nlen - skip != l->blen || memcmp(text + skip, l->body, l->blen) != 0)
			continue;
		for (int k = i + 1; k < cx->ntok && cx->toks[k].kind != TK_EOL; k++)
			nums += cx->toks[k].kind == TK_NUM;
		if (nums >= 3)
		{
			diag(cx, GD_SEV_ERROR, SEC3, gd_applications_rows[cx->id.new_received].name.key, NULL,
				 "table 三 is printed twice (a second row %s follows the first table); cannot tell which is the report's",
				 gd_applications_rows[cx->id.new_received].name.zh);
			return;
		}
	}
}

static void
finish_applications(Ctx *cx)
{
	Split	   *sp;
	int			nrows;
	bool		ok = true;
	int			amb[GD_APPLICATIONS_NROWS_ALL];
	int			namb = 0;
	static const int ncand_max = 16;
	int64_t		(*cand)[SPLIT_MAXSOL][SPLIT_MAXPARTS];
	int			ncand[GD_APPLICATIONS_NROWS_ALL];
	int			nglued = 0;
	int			nwith = 0;
	bool		has21;
	bool		has19;
	int			example;

	for (int p = 0; p < GD_APPLICATIONS_NCELLS_MAX; p++)
		cx->cells[p] = GD_NOT_STATED;
	if (cx->applications_start < 0)
	{
		diag(cx, GD_SEV_ERROR, SEC3, NULL, NULL,
			 "section %s: table 三 not found — expected a row labelled %s followed by its counts",
			 gd_sections[GD_SECTION_APPLICATIONS].name.zh, gd_applications_rows[cx->id.new_received].name.zh);
		return;
	}
	for (int s = 0; s < NSLOT; s++)
		if (cx->rec[s].found && cx->rec[s].vcount > 0)
		{
			nwith++;
			if (cx->toks[cx->vidx[cx->rec[s].vstart]].glued)
				nglued++;
		}
	cx->flattened = nwith > 0 && nglued * 2 >= nwith;
	header_columns(cx);
	if (cx->flattened)
		diag(cx, GD_SEV_NOTE, SEC3, NULL, NULL,
			 "table 三 cells run together (flattened text): digits are split so that each row's total equals the sum of its parts");
	if (!cx->flattened && collapsed(cx, &example))
	{
		int			idx[MAXVALS];
		int			n = trimmed(cx, &cx->rec[example], cx->nprinted, idx);
		char		seen[128];
		size_t		o = 0;

		seen[0] = '\0';
		for (int i = 0; i < n && o + 24 < sizeof(seen); i++)
			if (cx->toks[idx[i]].kind == TK_NUM)
				o += (size_t) snprintf(seen + o, sizeof(seen) - o, "%s%.*s", o ? " | " : "",
									   (int) (cx->toks[idx[i]].len > 12 ? 12 : cx->toks[idx[i]].len),
									   cx->doc + cx->toks[idx[i]].off);
		diag(cx, GD_SEV_ERROR, SEC3, slot_key(example), NULL,
			 "table 三: the empty cells were dropped (row %s reads \"%s\" for %d columns), so the column of each number is lost — cannot place the cells",
			 slot_key(example), seen, cx->nprinted);
		return;
	}
	has21 = cx->rec[cx->id.other_no_supp].found || cx->rec[cx->id.other_unpaid].found ||
		cx->rec[cx->id.other_misc].found;
	has19 = cx->rec[cx->id.other_handling].found && cx->rec[cx->id.other_handling].vcount > 0;
	if (has21)
		cx->format = GD_FORMAT_2021;
	else if (has19)
		cx->format = GD_FORMAT_2019;
	else
		cx->format = 0;
	nrows = gd_applications_nrows(cx->format ? cx->format : GD_FORMAT_2021);
	{
		char		miss[400];
		size_t		o = 0;
		int			nmiss = 0;
		int			first = -1;
		int			firstprev = -1;
		int			prev = -1;

		miss[0] = '\0';
		for (int p = 0; p < nrows; p++)
		{
			int			id = gd_applications_row_at(cx->format ? cx->format : GD_FORMAT_2021, p);

			if (id < 0)
				continue;
			if (!cx->format && gd_applications_rows[id].group == gd_applications_rows[cx->id.other_handling].group)
				continue;		/* reported below */
			if (!cx->rec[id].found)
			{
				if (first < 0)
				{
					first = id;
					firstprev = prev;
				}
				if (o + 40 < sizeof(miss))
					o += (size_t) snprintf(miss + o, sizeof(miss) - o, "%s%s", nmiss ? ", " : "",
										   gd_applications_rows[id].name.key);
				nmiss++;
			}
			else if (cx->rec[id].vcount == 0)
			{
				diag(cx, GD_SEV_ERROR, SEC3, gd_applications_rows[id].name.key, NULL,
					 "table 三, row %s (%s): no cells after the label (expected %d counts or blanks)",
					 gd_applications_rows[id].name.key, gd_applications_rows[id].name.zh, cx->nprinted);
				ok = false;
			}
			prev = id;
		}
		if (nmiss > 0)
		{
			diag(cx, GD_SEV_ERROR, SEC3, gd_applications_rows[first].name.key, NULL,
				 "table 三 is incomplete: row %s (%s) not found%s%s; %d row(s) missing: %s",
				 gd_applications_rows[first].name.key, gd_applications_rows[first].name.zh,
				 firstprev >= 0 ? " after row " : "", firstprev >= 0 ? gd_applications_rows[firstprev].name.key : "",
				 nmiss, miss);
			ok = false;
		}
		if (!cx->format)
			diag(cx, GD_SEV_ERROR, SEC3, "other_handling", NULL,
				 "table 三 is incomplete: row （六）其他处理 not found, neither as one row with counts (2019 format) nor with its rows 1.–3. (2021 format)");
	}
	if (!cx->format)
		ok = false;
	sp = malloc(sizeof(Split));
	cand = malloc(sizeof(*cand) * GD_APPLICATIONS_NROWS_ALL);
	if (sp == NULL || cand == NULL)
	{
		free(sp);
		free(cand);
		cx->oom = true;
		return;
	}
	for (int p = 0; p < nrows; p++)
	{
		int			fmt = cx->format ? cx->format : GD_FORMAT_2021;
		int			id = gd_applications_row_at(fmt, p);
		int32_t		vals[GD_APPLICATIONS_NCOLS];
		int			rr;

		if (id < 0 || !cx->rec[id].found || cx->rec[id].vcount == 0)
			continue;
		rr = read_row(cx, id, vals, sp, true);
		if (rr == 0)
			ok = false;
		else if (rr == 2)
		{
			ncand[namb] = sp->nsol < ncand_max ? sp->nsol : ncand_max;
			memcpy(cand[namb], sp->sols, sizeof(cand[namb]));
			amb[namb++] = p;
		}
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			cx->cells[p * GD_APPLICATIONS_NCOLS + c] = vals[c];
	}
	/* flattened rows with several splits: let the column identities choose */
	if (namb > 0 && ok)
	{
		long		combos = 1;
		int			good = 0;
		int			pick[GD_APPLICATIONS_NROWS_ALL];
		int			choice[GD_APPLICATIONS_NROWS_ALL];

		for (int a = 0; a < namb && combos <= 4096; a++)
			combos *= ncand[a];
		if (combos <= 4096)
		{
			memset(pick, 0, sizeof(pick));
			for (long k = 0; k < combos && good < 2; k++)
			{
				long		rem = k;

				for (int a = 0; a < namb; a++)
				{
					pick[a] = (int) (rem % ncand[a]);
					rem /= ncand[a];
					for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
						cx->cells[amb[a] * GD_APPLICATIONS_NCOLS + c] = (int32_t) cand[a][pick[a]][c];
				}
				if (gd_applications_consistent(cx->format, cx->cells))
				{
					if (good == 0)
						memcpy(choice, pick, sizeof(pick));
					good++;
				}
			}
		}
		if (good == 1)
		{
			for (int a = 0; a < namb; a++)
			{
				int			id = gd_applications_row_at(cx->format, amb[a]);

				for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
					cx->cells[amb[a] * GD_APPLICATIONS_NCOLS + c] = (int32_t) cand[a][choice[a]][c];
				diag(cx, GD_SEV_NOTE, SEC3, gd_applications_rows[id].name.key, NULL,
					 "table 三, row %s: its run-together digits split %d ways by the row total; the column totals (identities A and B) leave one",
					 gd_applications_rows[id].name.key, ncand[a]);
			}
		}
		else
		{
			for (int a = 0; a < namb; a++)
			{
				int			id = gd_applications_row_at(cx->format, amb[a]);
				char		digs[160];
				char		alt[256];
				size_t		o = 0;

				digits_of(cx, cx->vidx + cx->rec[id].vstart,
						  cx->rec[id].vcount < 8 ? cx->rec[id].vcount : 8, digs, sizeof(digs));
				for (int k = 0; k < ncand[a] && k < 3 && o + 80 < sizeof(alt); k++)
				{
					o += (size_t) snprintf(alt + o, sizeof(alt) - o, "%s", k ? " or " : "");
					for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
						o += (size_t) snprintf(alt + o, sizeof(alt) - o, "%s%lld", c ? "," : "",
											   (long long) cand[a][k][c]);
				}
				diag(cx, GD_SEV_ERROR, SEC3, gd_applications_rows[id].name.key, NULL,
					 "table 三, row %s (%s): the run-together digits \"%s\" are ambiguous (%s%s), and the column totals do not decide: refusing to guess",
					 gd_applications_rows[id].name.key, gd_applications_rows[id].name.zh, digs, alt,
					 ncand[a] > 3 ? " …" : "");
				for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
					cx->cells[amb[a] * GD_APPLICATIONS_NCOLS + c] = GD_NOT_STATED;
			}
			ok = false;
		}
	}
	/* subtotal rows: recognised, checked against their rows, not stored */
	if (cx->format)
		for (int s = 0; s < NSLOT; s++)
		{
			int			g;
			int32_t		vals[GD_APPLICATIONS_NCOLS];

			if (s < GD_APPLICATIONS_NROWS_ALL && !(s == cx->id.other_handling && cx->format == GD_FORMAT_2021))
				continue;
			if (!cx->rec[s].found || cx->rec[s].vcount == 0)
				continue;
			g = s < GD_APPLICATIONS_NROWS_ALL ? gd_applications_rows[s].group : s - SLOT_GROUP0;
			if (read_row(cx, s, vals, sp, false) != 1)
				continue;
			for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			{
				int64_t		sum;

				if (vals[c] == GD_NOT_STATED)
					continue;
				if (gd_applications_group_sum(cx->format, cx->cells, g, c, &sum) && sum != vals[c])
					diag(cx, GD_SEV_WARNING, SEC3, gd_applications_groups[g].name.key, gd_applications_columns[c].name.key,
						 "table 三: the subtotal row %s says %d in column %s, its rows sum to %lld",
						 gd_applications_groups[g].name.zh, (int) vals[c], gd_applications_columns[c].name.key, (long long) sum);
			}
		}
	free(sp);
	free(cand);
	cx->applications_ok = ok && !cx->oom;
}

/* ------------------------------------------------------------------ */
/* Table 二                                                            */
/* ------------------------------------------------------------------ */

#define NITEMS 16
typedef struct Item
{
	const char *key;			/* item key: rules, normative_docs, … */
	char		lab[LABMAX];
	size_t		llen;
	Rec			rec;
} Item;

static int
proactive_format(Ctx *cx, int start, int end)
{
	int			score[2] = {0, 0};	/* 2019, 2021 */
	bool		seen[GD_PROACTIVE_NCELLS_ALL];
	char		lb[GD_PROACTIVE_NCELLS_ALL][LABMAX];
	size_t		ll[GD_PROACTIVE_NCELLS_ALL];

	memset(seen, 0, sizeof(seen));
	for (int id = 0; id < GD_PROACTIVE_NCELLS_ALL; id++)
		ll[id] = gd_norm(lb[id], LABMAX, gd_proactive_cells[id].name.zh, strlen(gd_proactive_cells[id].name.zh));
	for (int i = start; i < end; i++)
	{
		Tok		   *t = &cx->toks[i];

		if (t->kind != TK_TEXT)
			continue;
		for (int id = 0; id < GD_PROACTIVE_NCELLS_ALL; id++)
		{
			size_t		l = ll[id];
			bool		dup = false;

			if (seen[id] || l == 0)
				continue;
			if (gd_find(tok_text(cx, t), t->nlen, lb[id], l) < 0)
			{
				if (l <= 12 || gd_find(tok_text(cx, t), t->nlen, lb[id], 12) < 0)
					continue;	/* truncated headers: 现行有效件 */
			}
			seen[id] = true;
			/* count each distinct label once */
			for (int j = 0; j < id; j++)
				if (seen[j] && strcmp(gd_proactive_cells[j].name.zh, gd_proactive_cells[id].name.zh) == 0)
					dup = true;
			if (dup)
				continue;
			if (gd_proactive_cells[id].presence == GD_IN_2019)
				score[0]++;
			else if (gd_proactive_cells[id].presence == GD_IN_2021)
				score[1]++;
		}
	}
	if (score[0] > score[1])
		return GD_FORMAT_2019;
	if (score[1] > score[0])
		return GD_FORMAT_2021;
	return 0;
}

static bool
money_value(Ctx *cx, const Tok *t, int id, int64_t *v)
{
	const GdProactiveDef *def = &gd_proactive_cells[id];

	if (t->neg && t->micro != 0)
		return false;
	if (t->unit == U_YUAN)
	{
		*v = t->micro / 10000;
		diag(cx, GD_SEV_NOTE, SEC2, def->name.key, NULL,
			 "table 二, %s: \"%.*s\" is in 元; converted to 万元 (%lld.%06lld)",
			 def->name.key, (int) t->len, cx->doc + t->off,
			 (long long) (*v / GD_MONEY_SCALE), (long long) (*v % GD_MONEY_SCALE));
		if (t->micro % 10000 != 0)
			diag(cx, GD_SEV_WARNING, SEC2, def->name.key, NULL,
				 "table 二, %s: fractions of a fen dropped in the conversion", def->name.key);
		return true;
	}
	*v = t->micro;
	if (t->unit == U_NONE && def->name.zh != NULL && strstr(def->name.zh, "\xE4\xB8\x87\xE5\x85\x83") == NULL)
		diag(cx, GD_SEV_NOTE, SEC2, def->name.key, NULL,
			 "table 二, %s: the amount \"%.*s\" does not state its unit; read as 万元",
			 def->name.key, (int) t->len, cx->doc + t->off);
	return true;
}

static void
pass_proactive(Ctx *cx)
{
	Item		items[NITEMS];
	int			nitems = 0;
	int			start = -1;
	int			end = cx->applications_start >= 0 ? cx->applications_start : cx->ntok;
	int			fmt;
	char		run[RUNMAX + 8];
	size_t		rn = 0;
	int			cur = -1;
	bool		open = false;
	int			line_vals = 0;
	bool		any = false;

	cx->out->has_proactive = false;
	for (int p = 0; p < GD_PROACTIVE_NCELLS_MAX; p++)
		cx->out->proactive[p] = GD_PROACTIVE_NOT_STATED;
	for (int i = 0; i < end; i++)
		if (cx->toks[i].kind == TK_TEXT &&
			gd_find(tok_text(cx, &cx->toks[i]), cx->toks[i].nlen,
					"\xE7\xAC\xAC\xE4\xBA\x8C\xE5\x8D\x81\xE6\x9D\xA1", 12) >= 0)	/* 第二十条 */
		{
			start = i;
			break;
		}
	cx->proactive_start = start;
	if (start < 0)
	{
		diag(cx, GD_SEV_WARNING, SEC2, NULL, NULL,
			 "section %s: table 二 not found (no 第二十条 heading)",
			 gd_sections[GD_SECTION_PROACTIVE].name.zh);
		return;
	}
	if (cx->applications_start < 0)
		for (int i = start; i < cx->ntok; i++)
			if (cx->toks[i].kind == TK_TEXT &&
				gd_find(tok_text(cx, &cx->toks[i]), cx->toks[i].nlen,
						"\xE6\x94\xB6\xE5\x88\xB0\xE5\x92\x8C\xE5\xA4\x84\xE7\x90\x86", 15) >= 0)	/* 收到和处理 */
			{
				end = i;
				break;
			}
	/* the items, from the layout */
	for (int id = 0; id < GD_PROACTIVE_NCELLS_ALL && nitems < NITEMS; id++)
	{
		const GdLabel *it = &gd_proactive_cells[id].item;
		bool		dup = false;

		for (int k = 0; k < nitems; k++)
		{
			char		lb[LABMAX];
			size_t		ll = gd_norm(lb, sizeof(lb), it->zh, strlen(it->zh));

			if (items[k].llen == ll && memcmp(items[k].lab, lb, ll) == 0)
				dup = true;
		}
		if (dup)
			continue;
		items[nitems].key = it->key;
		items[nitems].llen = gd_norm(items[nitems].lab, sizeof(items[nitems].lab), it->zh, strlen(it->zh));
		memset(&items[nitems].rec, 0, sizeof(Rec));
		nitems++;
	}
	fmt = proactive_format(cx, start, end);
	if (fmt == 0)
		fmt = cx->format ? cx->format : GD_FORMAT_2021;
	for (int i = start; i < end; i++)
	{
		Tok		   *t = &cx->toks[i];

		if (t->kind == TK_TEXT)
		{
			int			m = -1;
			size_t		best = 0;

			run_add(run, &rn, tok_text(cx, t), t->nlen);
			for (int k = 0; k < nitems; k++)
				if (items[k].llen > best && rn >= items[k].llen &&
					memcmp(run + rn - items[k].llen, items[k].lab, items[k].llen) == 0)
				{
					m = k;
					best = items[k].llen;
				}
			if (m >= 0 && !items[m].rec.found)
			{
				/* a shared key (规范性文件 / 行政规范性文件): first one read wins */
				bool		taken = false;

				for (int k = 0; k < nitems; k++)
					if (k != m && items[k].rec.found && strcmp(items[k].key, items[m].key) == 0)
						taken = true;
				if (!taken)
				{
					open = true;
					cur = m;
					items[m].rec.found = true;
					items[m].rec.vstart = cx->nv;
					items[m].rec.vcount = 0;
					line_vals = 0;
					rn = 0;
					continue;
				}
			}
			if (open && items[cur].rec.vcount > 0)
				open = false;
			continue;
		}
		if (t->kind == TK_EOL)
		{
			rn = 0;
			if (open && line_vals > 0 && t->ntok >= 2)
				open = false;
			line_vals = 0;
			continue;
		}
		rn = 0;
		if (open)
		{
			push_val(cx, i);
			items[cur].rec.vcount++;
			line_vals++;
		}
	}
	cx->out->proactive_format = fmt;
	for (int k = 0; k < nitems; k++)
	{
		int			ids[8];
		int			m = 0;
		int			idx[MAXVALS];
		int			n;
		Rec		   *r = &items[k].rec;

		if (!r->found)
			continue;
		for (int id = 0; id < GD_PROACTIVE_NCELLS_ALL && m < 8; id++)
			if (strcmp(gd_proactive_cells[id].item.key, items[k].key) == 0 &&
				(gd_proactive_cells[id].presence & (fmt == GD_FORMAT_2019 ? GD_IN_2019 : GD_IN_2021)))
				ids[m++] = id;
		if (m == 0)
		{
			diag(cx, GD_SEV_WARNING, SEC2, NULL, NULL,
				 "table 二: item %s has no cells in the %d format; ignored", items[k].lab, fmt);
			continue;
		}
		any = true;
		n = trimmed(cx, r, m, idx);
		if (cx->flattened && n < m && n > 0 && all_spaced(cx, idx, n))
		{
			Split	   *sp = malloc(sizeof(Split));
			int			nsol;
			char		digs[160];

			if (sp == NULL)
			{
				cx->oom = true;
				return;
			}
			nsol = split_digits(cx, idx, n, m, C_NONE, sp);
			digits_of(cx, idx, n, digs, sizeof(digs));
			if (nsol == 1)
			{
				for (int j = 0; j < m; j++)
					cx->out->proactive[gd_proactive_cell_pos(fmt, ids[j])] = sp->sols[0][j];
			}
			else
				diag(cx, GD_SEV_WARNING, SEC2, gd_proactive_cells[ids[0]].name.key, NULL,
					 "table 二, item %s: the run-together digits \"%s\" %s — its %d cells are left not stated",
					 items[k].key, digs,
					 nsol > 1 || nsol == -2 ? "split in more than one way (ambiguous)" :
					 "cannot be split", m);
			free(sp);
			continue;
		}
		if (n != m)
		{
			diag(cx, GD_SEV_ERROR, SEC2, gd_proactive_cells[ids[0]].name.key, NULL,
				 "table 二, item %s (%s): %d cells where %d were expected — cannot place them",
				 items[k].key, gd_proactive_cells[ids[0]].item.zh, n, m);
			continue;
		}
		for (int j = 0; j < m; j++)
		{
			Tok		   *t = &cx->toks[idx[j]];
			const GdProactiveDef *def = &gd_proactive_cells[ids[j]];
			int			pos = gd_proactive_cell_pos(fmt, ids[j]);
			int64_t		v = GD_PROACTIVE_NOT_STATED;
			const char *why = NULL;

			if (pos < 0 || pos >= GD_PROACTIVE_NCELLS_MAX)
				continue;
			if (t->kind == TK_BLANK)
				v = GD_PROACTIVE_NOT_STATED;
			else if (t->kind != TK_NUM)
				why = "is not a number";
			else if (t->bad_num)
				why = "is too large";
			else if (def->kind == GD_KIND_MONEY)
			{
				if (!money_value(cx, t, ids[j], &v))
					why = "is a negative amount";
			}
			else if (t->unit != U_NONE)
				why = "is an amount of money, not a count";
			else if (t->frac && t->micro % 1000000 != 0)
				why = "is fractional";
			else if (t->neg && t->micro != 0 && def->kind != GD_KIND_SIGNED)
				why = "is negative";
			else if (t->micro / 1000000 > GD_COUNT_MAX)
				why = "is too large";
			else
				v = (t->neg ? -1 : 1) * (t->micro / 1000000);
			if (why != NULL)
			{
				diag(cx, GD_SEV_ERROR, SEC2, def->name.key, NULL,
					 "table 二, %s (%s · %s): \"%.*s\" %s", def->name.key, def->item.zh,
					 def->name.zh, (int) (t->len > 60 ? 60 : t->len), cx->doc + t->off, why);
				continue;
			}
			cx->out->proactive[pos] = v;
		}
	}
	cx->out->has_proactive = any;
	if (!any)
		diag(cx, GD_SEV_WARNING, SEC2, NULL, NULL, "table 二: no item row found after the 第二十条 heading");
}

/* ------------------------------------------------------------------ */
/* Table 四                                                            */
/* ------------------------------------------------------------------ */

static void
pass_appeals(Ctx *cx)
{
	int			start = -1;
	int			vals[MAXVALS];
	int			nv = 0;
	bool		flat = false;
	int			i;

	cx->out->has_appeals = false;
	for (int k = 0; k < GD_APPEALS_NCELLS; k++)
		cx->out->appeals[k] = GD_NOT_STATED;
	if (cx->applications_end < 0)
		return;
	for (i = cx->applications_end; i < cx->ntok; i++)
		if (cx->toks[i].kind == TK_TEXT &&
			gd_find(tok_text(cx, &cx->toks[i]), cx->toks[i].nlen,
					"\xE8\xA1\x8C\xE6\x94\xBF\xE5\xA4\x8D\xE8\xAE\xAE", 12) >= 0)	/* 行政复议 */
		{
			start = i;
			break;
		}
	if (start < 0)
	{
		diag(cx, GD_SEV_WARNING, SEC4, NULL, NULL,
			 "section %s: table 四 not found after table 三",
			 gd_sections[GD_SECTION_APPEALS].name.zh);
		return;
	}
	/* walk line by line: pure value lines are the table's cells */
	i = start;
	while (i < cx->ntok && nv < MAXVALS)
	{
		int			ls = i;
		int			le;
		int			ntext = 0;
		int			nval = 0;
		int			nnum = 0;
		bool		glued = false;

		while (i < cx->ntok && cx->toks[i].kind != TK_EOL)
			i++;
		le = i;
		i++;
		for (int k = ls; k < le; k++)
		{
			Tok		   *t = &cx->toks[k];

			if (t->kind == TK_TEXT)
				ntext++;
			else
			{
				nval++;
				nnum += t->kind == TK_NUM;
				if (t->kind == TK_NUM && t->glued)
					glued = true;
			}
		}
		if (nval > 0 && ntext == 0)
		{
			for (int k = ls; k < le && nv < MAXVALS; k++)
				vals[nv++] = k;
			continue;
		}
		if (nv == 0 && ntext > 0 && ntext <= 2 && nval + ntext == GD_APPEALS_NCELLS &&
			nnum >= GD_APPEALS_NCELLS - 4)
		{
			/* the row of 15 counts with a word or two in it: place every
			 * token, so the word is reported at its block and column */
			for (int k = ls; k < le && nv < MAXVALS; k++)
				vals[nv++] = k;
			break;
		}
		if (nval > 0 && nv == 0 && glued)
		{
			/* flattened: the digits after the header */
			int			k = ls > start ? ls : start;

			while (k < le && cx->toks[k].kind == TK_TEXT)
				k++;
			while (k < le && cx->toks[k].kind != TK_TEXT && nv < MAXVALS)
				vals[nv++] = k++;
			flat = true;
			break;
		}
		if (ntext > 0 && nv > 0)
			break;
		if (ntext > 0 && nv == 0 && ls > start &&
			gd_find(tok_text(cx, &cx->toks[ls]), cx->toks[ls].nlen,
					"\xE4\xBA\x94\xE5\xAD\x98\xE5\x9C\xA8", 9) >= 0)	/* 五存在 */
			break;
	}
	if (nv == 0)
	{
		diag(cx, GD_SEV_WARNING, SEC4, NULL, NULL,
			 "table 四: header found but no row of counts under it");
		return;
	}
	if (flat && !(nv == GD_APPEALS_NCELLS))
	{
		Split	   *sp = malloc(sizeof(Split));
		int			nsol;
		char		digs[160];

		if (sp == NULL)
		{
			cx->oom = true;
			return;
		}
		nsol = split_digits(cx, vals, nv, GD_APPEALS_NCELLS, C_BLOCKS5, sp);
		digits_of(cx, vals, nv < 8 ? nv : 8, digs, sizeof(digs));
		if (nsol == 1)
		{
			for (int k = 0; k < GD_APPEALS_NCELLS; k++)
				cx->out->appeals[k] = (int32_t) sp->sols[0][k];
			cx->out->has_appeals = true;
		}
		else
			diag(cx, GD_SEV_ERROR, SEC4, NULL, NULL,
				 "table 四: the run-together digits \"%s\" %s", digs,
				 nsol > 1 || nsol == -2 ?
				 "split in more than one way into 15 cells whose block totals add up (ambiguous): refusing to guess" :
				 "cannot be split into 15 cells whose block totals add up");
		free(sp);
		return;
	}
	while (nv > GD_APPEALS_NCELLS && cx->toks[vals[nv - 1]].kind == TK_BLANK)
		nv--;
	while (nv > GD_APPEALS_NCELLS && cx->toks[vals[0]].kind == TK_BLANK)
	{
		memmove(vals, vals + 1, (size_t) (nv - 1) * sizeof(int));
		nv--;
	}
	if (nv != GD_APPEALS_NCELLS)
	{
		diag(cx, GD_SEV_ERROR, SEC4, NULL, NULL,
			 "table 四: %d cells where 15 were expected (3 blocks × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计) — cannot place them",
			 nv);
		return;
	}
	for (int k = 0; k < GD_APPEALS_NCELLS; k++)
	{
		const char *why = NULL;
		int32_t		v;

		if (!tok_count(cx, &cx->toks[vals[k]], &v, &why))
		{
			diag(cx, GD_SEV_ERROR, SEC4, gd_appeals_blocks[k / GD_APPEALS_NCOLS].key,
				 gd_appeals_columns[k % GD_APPEALS_NCOLS].key,
				 "table 四, block %s, column %s: \"%.*s\" %s",
				 gd_appeals_blocks[k / GD_APPEALS_NCOLS].key, gd_appeals_columns[k % GD_APPEALS_NCOLS].key,
				 (int) (cx->toks[vals[k]].len > 60 ? 60 : cx->toks[vals[k]].len),
				 cx->doc + cx->toks[vals[k]].off, why);
			return;
		}
		cx->out->appeals[k] = v;
	}
	cx->out->has_appeals = true;
}

/* ------------------------------------------------------------------ */
/* Title: organ and year                                               */
/* ------------------------------------------------------------------ */

static void
copy_organ(Ctx *cx, const char *s, size_t n)
{
	char	   *o = cx->out->organ;
	size_t		k = 0;
	size_t		i = 0;

	while (i < n)
	{
		size_t		adv;
		uint32_t	cp = gd_u8_next((const unsigned char *) s + i, n - i, &adv);

		if (!gd_cp_space(cp) && cp != '#' && cp != '*')
		{
			if (k + adv >= GD_ORGAN_MAX)
				break;
			if (cp == 0xFFFD)
			{
				memcpy(o + k, "\xEF\xBF\xBD", 3);
				k += 3;
				if (adv > 3)
					adv = adv;
			}
			else
			{
				memcpy(o + k, s + i, adv);
				k += adv;
			}
		}
		i += adv;
	}
	o[k] = '\0';
}

/* Index just after the last clause mark ，。：:；《》 in s[0..n). */
static size_t
after_clause(const char *s, size_t n)
{
	size_t		i = 0;
	size_t		cut = 0;

	while (i < n)
	{
		size_t		adv;
		uint32_t	cp = gd_u8_next((const unsigned char *) s + i, n - i, &adv);

		i += adv;
		if (cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1A || cp == ':' || cp == 0xFF1B ||
			cp == ',' || cp == ';' || cp == 0x300B || cp == 0x3001 || cp == 0x300A)
			cut = i;
	}
	return cut;
}

static void
find_title(Ctx *cx)
{
	static const char key[] = "\xE5\xB7\xA5\xE4\xBD\x9C\xE5\xB9\xB4\xE5\xBA\xA6\xE6\x8A\xA5\xE5\x91\x8A";	/* 工作年度报告 */
	static const char *const tails[] = {
		"\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80",	/* 政府信息公开 */
		"\xE6\x94\xBF\xE5\x8A\xA1\xE5\x85\xAC\xE5\xBC\x80",	/* 政务公开 */
		"\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80",	/* 信息公开 */
	};
	const char *d = cx->doc;
	long		at = gd_find(d, cx->dlen, key, strlen(key));
	size_t		ls;
	size_t		pe;
	size_t		ys = 0;
	size_t		ye = 0;
	int			year = 0;
	size_t		os;
	size_t		oe;

	cx->out->organ[0] = '\0';
	cx->out->year = 0;
	if (at < 0)
	{
		diag(cx, GD_SEV_WARNING, SEC_TITLE, NULL, NULL,
			 "title not found (no …%s): organ and year unknown", gd_title_suffix);
		return;
	}
	ls = (size_t) at;
	while (ls > 0 && d[ls - 1] != '\n' && d[ls - 1] != '\r' && (size_t) at - ls < 600)
		ls--;
	pe = (size_t) at;
	for (size_t t = 0; t < sizeof(tails) / sizeof(tails[0]); t++)
	{
		size_t		tl = strlen(tails[t]);

		if (pe - ls >= tl && memcmp(d + pe - tl, tails[t], tl) == 0)
		{
			pe -= tl;
			break;
		}
	}
	/* the year: 19xx/20xx followed by 年 */
	for (size_t i = ls; i + 4 <= pe; i++)
	{
		if ((d[i] == '1' || d[i] == '2') && is_digit(d[i + 1]) && is_digit(d[i + 2]) &&
			is_digit(d[i + 3]) && (i == ls || !is_digit(d[i - 1])))
		{
			size_t		j = i + 4;
			int			y = (d[i] - '0') * 1000 + (d[i + 1] - '0') * 100 + (d[i + 2] - '0') * 10 + (d[i + 3] - '0');

			while (j < pe && d[j] == ' ')
				j++;
			if (starts(d + j, pe - j, "\xE5\xB9\xB4") && y >= 1990 && y <= 2100)	/* 年 */
			{
				year = y;
				ys = i;
				ye = j + 3;
				if (starts(d + ye, pe - ye, "\xE5\xBA\xA6"))	/* 度 */
					ye += 3;
				break;
			}
		}
	}
	cx->out->year = year;
	if (year)
	{
		/* organ before the year, or between the year and 政府信息公开 */
		os = ls;
		oe = ys;
		{
			size_t		a = os,
						b = oe;

			trim(d, &a, &b);
			if (a == b)
			{
				os = ye;
				oe = pe;
			}
		}
	}
	else
	{
		os = ls;
		oe = pe;
	}
	os += after_clause(d + os, oe - os);
	/* drop a "标题:" label */
	trim(d, &os, &oe);
	{
		size_t		a = os,
					b = oe;

		trim(d, &a, &b);
		if (a == b && ls > 0)
		{
			/* organ on the line above (pdftotext of a two-line title) */
			size_t		pe2 = ls - 1;
			size_t		ps2;

			while (pe2 > 0 && (d[pe2 - 1] == '\n' || d[pe2 - 1] == '\r' || d[pe2 - 1] == ' '))
				pe2--;
			ps2 = pe2;
			while (ps2 > 0 && d[ps2 - 1] != '\n' && d[ps2 - 1] != '\r' && pe2 - ps2 < 200)
				ps2--;
			a = ps2;
			b = pe2;
			trim(d, &a, &b);
			if (b > a && b - a <= 120 && after_clause(d + a, b - a) == 0)
			{
				os = a;
				oe = b;
			}
		}
	}
	copy_organ(cx, d + os, oe - os);
	if (cx->out->organ[0] == '\0')
		diag(cx, GD_SEV_WARNING, SEC_TITLE, NULL, NULL, "the title names no organ");
	if (year == 0)
		diag(cx, GD_SEV_WARNING, SEC_TITLE, NULL, NULL, "the title states no year");
}

/* ------------------------------------------------------------------ */
/* Rule T: figures in the prose against the tables                     */
/* ------------------------------------------------------------------ */

enum
{
	T_NEW, T_PROCESSED, T_CO, T_CF, T_CF_ZERO, T_GRANTED_BOTH, T_GRANTED, T_PARTIAL,
	T_GROUP_WH, T_GROUP_UN, T_GROUP_NP, T_GROUP_OT, T_REVIEW, T_SUIT, T_APL_COL
};

typedef struct TPat
{
	const char *kw;
	int			target;
	int			arg;			/* T_APL_COL: column */
	int			gap;			/* bytes allowed between keyword and number */
	bool		before;			/* the number precedes the keyword */
} TPat;

typedef struct THit
{
	size_t		kpos;
	size_t		npos;
	int			pat;
	int64_t		value;
} THit;

/* A number at p (after spaces), followed by optional spaces and 件. */
static bool
num_jian(const char *s, size_t n, size_t p, int64_t *v, size_t *np, size_t *end)
{
	int64_t		x = 0;
	size_t		q;

	while (p < n && s[p] == ' ')
		p++;
	if (p >= n || !is_digit(s[p]))
		return false;
	q = p;
	while (q < n && (is_digit(s[q]) || (s[q] == ',' && q + 1 < n && is_digit(s[q + 1]))))
	{
		if (is_digit(s[q]) && x < (int64_t) 1 << 40)
			x = x * 10 + (s[q] - '0');
		q++;
	}
	*np = p;
	while (q < n && s[q] == ' ')
		q++;
	if (!starts(s + q, n - q, "\xE4\xBB\xB6"))	/* 件 */
		return false;
	*v = x;
	*end = q + 3;
	return true;
}

static bool
t_row_value(Ctx *cx, int id, int64_t *v)
{
	int			pos = gd_applications_row_pos(cx->format, id);
	int64_t		sum = 0;
	bool		any = false;
	int			tc = gd_applications_total_column();

	if (pos < 0)
		return false;
	if (cx->cells[pos * GD_APPLICATIONS_NCOLS + tc] != GD_NOT_STATED)
	{
		*v = cx->cells[pos * GD_APPLICATIONS_NCOLS + tc];
		return true;
	}
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
		if (c != tc && cx->cells[pos * GD_APPLICATIONS_NCOLS + c] != GD_NOT_STATED)
		{
			sum += cx->cells[pos * GD_APPLICATIONS_NCOLS + c];
			any = true;
		}
	*v = sum;
	return any;
}

static bool
t_group_value(Ctx *cx, int g, int64_t *v)
{
	bool		any = false;
	int64_t		sum = 0;

	for (int id = 0; id < GD_APPLICATIONS_NROWS_ALL; id++)
	{
		int64_t		x;

		if (gd_applications_rows[id].group != g || gd_applications_row_pos(cx->format, id) < 0)
			continue;
		if (t_row_value(cx, id, &x))
		{
			sum += x;
			any = true;
		}
	}
	*v = sum;
	return any;
}

static bool
t_apl_value(Ctx *cx, int block, int col, int64_t *v)
{
	int32_t    *a = cx->out->appeals;
	int			tc = gd_appeals_total_column();
	int64_t		sum = 0;
	bool		any = false;

	if (!cx->out->has_appeals)
		return false;
	if (a[block * GD_APPEALS_NCOLS + col] != GD_NOT_STATED)
	{
		*v = a[block * GD_APPEALS_NCOLS + col];
		return true;
	}
	if (col == tc)
		for (int c = 0; c < GD_APPEALS_NCOLS; c++)
			if (c != tc && a[block * GD_APPEALS_NCOLS + c] != GD_NOT_STATED)
			{
				sum += a[block * GD_APPEALS_NCOLS + c];
				any = true;
			}
	*v = sum;
	return any || true;			/* a blank block counts as 0 */
}

static int
thit_cmp(const void *a, const void *b)
{
	const THit *x = a;
	const THit *y = b;

	return x->kpos < y->kpos ? -1 : x->kpos > y->kpos ? 1 : 0;
}

static void
rule_t(Ctx *cx)
{
	static const TPat pats[] = {
		/* longest first: a number claimed by a longer phrase is not reused */
		{"\xE6\x94\xB6\xE5\x88\xB0\xE5\x92\x8C\xE5\xA4\x84\xE7\x90\x86\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_NEW, 0, 0, false},	/* 收到和处理政府信息公开申请 */
		{"\xE5\x8F\x97\xE7\x90\x86\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_NEW, 0, 0, false},	/* 受理政府信息公开申请 */
		{"\xE6\x94\xB6\xE5\x88\xB0\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_NEW, 0, 0, false},	/* 收到政府信息公开申请 */
		{"\xE7\xAD\x94\xE5\xA4\x8D\xE6\x94\xBF\xE5\xBA\x9C\xE4\xBF\xA1\xE6\x81\xAF\xE5\x85\xAC\xE5\xBC\x80\xE7\x94\xB3\xE8\xAF\xB7", T_PROCESSED, 0, 0, false},	/* 答复政府信息公开申请 */
		{"\xE4\xBA\x88\xE4\xBB\xA5\xE5\x85\xAC\xE5\xBC\x80\xE5\x8F\x8A\xE9\x83\xA8\xE5\x88\x86\xE5\x85\xAC\xE5\xBC\x80", T_GRANTED_BOTH, 0, 0, false},	/* 予以公开及部分公开 */
		{"\xE4\xB8\x8A\xE5\xB9\xB4\xE5\xBA\xA6\xE7\xBB\x93\xE8\xBD\xAC\xE7\x94\xB3\xE8\xAF\xB7", T_CO, 0, 0, false},	/* 上年度结转申请 */
		{"\xE5\x9D\x87\xE5\xB7\xB2\xE5\x9C\xA8\xE5\xBD\x93\xE5\xB9\xB4\xE7\xAD\x94\xE5\xA4\x8D", T_CF_ZERO, 0, 0, false},	/* 均已在当年答复 */
		{"\xE5\x9D\x87\xE5\x9C\xA8\xE5\xBD\x93\xE5\xB9\xB4\xE7\xAD\x94\xE5\xA4\x8D", T_CF_ZERO, 0, 0, false},	/* 均在当年答复 */
		{"\xE9\xA1\xBA\xE5\xBB\xB6\xE5\x88\xB0\xE4\xB8\x8B\xE5\xB9\xB4\xE5\xBA\xA6", T_CF, 0, 40, true},	/* 顺延到下年度 */
		{"\xE7\xBB\x93\xE8\xBD\xAC\xE4\xB8\x8B\xE5\xB9\xB4\xE5\xBA\xA6", T_CF, 0, 12, true},	/* 结转下年度 */
		{"\xE4\xB8\x8A\xE5\xB9\xB4\xE7\xBB\x93\xE8\xBD\xAC", T_CO, 0, 0, false},	/* 上年结转 */
		{"\xE5\x85\xB1\xE6\x94\xB6\xE5\x88\xB0", T_NEW, 0, 0, false},	/* 共收到 */
		{"\xE4\xBA\x88\xE4\xBB\xA5\xE5\x85\xAC\xE5\xBC\x80", T_GRANTED, 0, 0, false},	/* 予以公开 */
		{"\xE9\x83\xA8\xE5\x88\x86\xE5\x85\xAC\xE5\xBC\x80", T_PARTIAL, 0, 0, false},	/* 部分公开 */
		{"\xE4\xB8\x8D\xE4\xBA\x88\xE5\x85\xAC\xE5\xBC\x80", T_GROUP_WH, 0, 0, false},	/* 不予公开 */
		{"\xE6\x97\xA0\xE6\xB3\x95\xE6\x8F\x90\xE4\xBE\x9B", T_GROUP_UN, 0, 0, false},	/* 无法提供 */
		{"\xE4\xB8\x8D\xE4\xBA\x88\xE5\xA4\x84\xE7\x90\x86", T_GROUP_NP, 0, 0, false},	/* 不予处理 */
		{"\xE5\x85\xB6\xE4\xBB\x96\xE5\xA4\x84\xE7\x90\x86", T_GROUP_OT, 0, 0, false},	/* 其他处理 */
		{"\xE8\xA1\x8C\xE6\x94\xBF\xE5\xA4\x8D\xE8\xAE\xAE", T_REVIEW, 0, 0, false},	/* 行政复议 */
		{"\xE8\xA1\x8C\xE6\x94\xBF\xE8\xAF\x89\xE8\xAE\xBC", T_SUIT, 0, 0, false},	/* 行政诉讼 */
		{"\xE7\xBB\x93\xE6\x9E\x9C\xE7\xBB\xB4\xE6\x8C\x81", T_APL_COL, 0, 0, false},	/* 结果维持 */
		{"\xE7\xBB\x93\xE6\x9E\x9C\xE7\xBA\xA0\xE6\xAD\xA3", T_APL_COL, 1, 0, false},	/* 结果纠正 */
		{"\xE5\x85\xB6\xE4\xBB\x96\xE7\xBB\x93\xE6\x9E\x9C", T_APL_COL, 2, 0, false},	/* 其他结果 */
		{"\xE5\xB0\x9A\xE6\x9C\xAA\xE5\xAE\xA1\xE7\xBB\x93", T_APL_COL, 3, 0, false},	/* 尚未审结 */
		{"\xE8\xAF\x89\xE8\xAE\xBC", T_SUIT, 0, 0, false},	/* 诉讼 */
		{"\xE7\xAD\x94\xE5\xA4\x8D", T_PROCESSED, 0, 0, false},	/* 答复 */
		{"\xE5\x8A\x9E\xE7\xBB\x93", T_PROCESSED, 0, 0, false},	/* 办结 */
		{"\xE6\x94\xB6\xE5\x88\xB0", T_NEW, 0, 0, false},	/* 收到 */
	};
	GdBuf		pb = {0};
	size_t		end;
	THit	   *hits = NULL;
	int			nh = 0;
	int			caph = 0;
	bool	   *claimed;
	int			ctx_block = -1;

	if (!cx->applications_ok || cx->format == 0)
		return;
	/* the prose: everything before table 二 (or 三), lines joined */
	end = cx->proactive_start >= 0 ? cx->toks[cx->proactive_start].off :
		cx->toks[cx->applications_start].off;
	if (end > cx->dlen)
		end = cx->dlen;
	gd_buf_reserve(&pb, end + 1);
	for (size_t i = 0; i < end;)
	{
		size_t		e = i;

		while (e < end && cx->doc[e] != '\n' && cx->doc[e] != '\r')
			e++;
		if (!page_number_line(cx->doc, i, e))
		{
			size_t		a = i,
						b = e;

			trim(cx->doc, &a, &b);
			gd_buf_put(&pb, cx->doc + a, b - a);
		}
		i = e + 1;
	}
	if (pb.failed || pb.data == NULL)
	{
		gd_buf_free(&pb);
		return;
	}
	claimed = calloc(pb.len + 1, 1);
	if (claimed == NULL)
	{
		gd_buf_free(&pb);
		return;
	}
	for (size_t p = 0; p < sizeof(pats) / sizeof(pats[0]); p++)
	{
		size_t		kl = strlen(pats[p].kw);
		size_t		from = 0;
		long		at;

		while (from < pb.len && (at = gd_find(pb.data + from, pb.len - from, pats[p].kw, kl)) >= 0)
		{
			size_t		k = from + (size_t) at;
			int64_t		v = 0;
			size_t		npos = 0;
			size_t		nend = 0;
			bool		ok = false;

			from = k + kl;
			if (claimed[k])
				continue;
			if (pats[p].target == T_CF_ZERO)
			{
				ok = true;
				npos = k;
			}
			else if (pats[p].before)
			{
				/* the nearest "N 件" ending before the keyword */
				size_t		lo = k > (size_t) pats[p].gap ? k - (size_t) pats[p].gap : 0;

				for (size_t q = k; q > lo && !ok; q--)
					if (is_digit(pb.data[q - 1]) && (q - 1 == 0 || !is_digit(pb.data[q - 2])))
						ok = num_jian(pb.data, pb.len, q - 1, &v, &npos, &nend) && nend <= k;
			}
			else
				ok = num_jian(pb.data, pb.len, k + kl, &v, &npos, &nend);
			if (!ok || claimed[npos])
				continue;
			claimed[npos] = true;
			for (size_t q = k; q < k + kl; q++)
				claimed[q] = true;
			if (nh >= caph)
			{
				int			nc = caph ? caph * 2 : 32;
				THit	   *nhp;

				if (nc > 4096)
					break;
				nhp = realloc(hits, (size_t) nc * sizeof(THit));
				if (nhp == NULL)
					break;
				hits = nhp;
				caph = nc;
			}
			hits[nh].kpos = k;
			hits[nh].npos = npos;
			hits[nh].pat = (int) p;
			hits[nh].value = v;
			nh++;
		}
	}
	if (nh > 0)
		qsort(hits, (size_t) nh, sizeof(THit), thit_cmp);
	for (int h = 0; h < nh; h++)
	{
		const TPat *pt = &pats[hits[h].pat];
		int64_t		tv = 0;
		bool		have = false;
		const char *row = NULL;
		const char *col = gd_applications_columns[gd_applications_total_column()].name.key;
		const char *what = "";
		char		phrase[64];
		size_t		pl = strlen(pt->kw) < sizeof(phrase) - 1 ? strlen(pt->kw) : sizeof(phrase) - 1;
		int64_t		x;

		memcpy(phrase, pt->kw, pl);
		phrase[pl] = '\0';
		switch (pt->target)
		{
			case T_NEW:
				row = "new_received";
				have = t_row_value(cx, cx->id.new_received, &tv);
				break;
			case T_PROCESSED:
				row = "total_processed";
				have = t_row_value(cx, cx->id.total_processed, &tv);
				break;
			case T_CO:
				row = "carried_over";
				have = t_row_value(cx, cx->id.carried_over, &tv);
				break;
			case T_CF:
			case T_CF_ZERO:
				row = "carried_forward";
				have = t_row_value(cx, cx->id.carried_forward, &tv);
				break;
			case T_GRANTED_BOTH:
				row = "granted";
				what = " (granted + partially_granted)";
				have = t_row_value(cx, cx->id.granted, &tv);
				if (t_row_value(cx, cx->id.partially, &x))
				{
					tv = have ? tv + x : x;
					have = true;
				}
				break;
			case T_GRANTED:
				row = "granted";
				have = t_row_value(cx, cx->id.granted, &tv);
				break;
			case T_PARTIAL:
				row = "partially_granted";
				have = t_row_value(cx, cx->id.partially, &tv);
				break;
			case T_GROUP_WH:
			case T_GROUP_UN:
			case T_GROUP_NP:
			case T_GROUP_OT:
				{
					int			g = pt->target - T_GROUP_WH;

					if (g < gd_applications_ngroups)
					{
						row = gd_applications_groups[g].name.key;
						have = t_group_value(cx, g, &tv);
					}
					break;
				}
			case T_REVIEW:
				ctx_block = 0;
				row = gd_appeals_blocks[0].key;
				col = gd_appeals_columns[gd_appeals_total_column()].key;
				have = t_apl_value(cx, 0, gd_appeals_total_column(), &tv);
				break;
			case T_SUIT:
				ctx_block = 1;
				row = "suit_direct+suit_after_review";
				col = gd_appeals_columns[gd_appeals_total_column()].key;
				have = t_apl_value(cx, 1, gd_appeals_total_column(), &tv) &&
					t_apl_value(cx, 2, gd_appeals_total_column(), &x);
				tv += have ? x : 0;
				row = gd_appeals_blocks[1].key;
				what = " (suit_direct + suit_after_review)";
				break;
			case T_APL_COL:
				if (ctx_block < 0)
					break;
				col = gd_appeals_columns[pt->arg].key;
				row = gd_appeals_blocks[ctx_block].key;
				have = t_apl_value(cx, ctx_block, pt->arg, &tv);
				if (have && ctx_block == 1 && t_apl_value(cx, 2, pt->arg, &x))
				{
					tv += x;
					what = " (suit_direct + suit_after_review)";
				}
				break;
		}
		if (!have || row == NULL)
			continue;
		if (tv != hits[h].value)
		{
			bool		apl = (pt->target == T_REVIEW || pt->target == T_SUIT || pt->target == T_APL_COL);

			if (pt->target == T_CF_ZERO)
				diag(cx, GD_SEV_WARNING, SEC_TEXT, row, col,
					 "rule T: the text says %s (so %s %s = 0), table 三 gives %lld",
					 phrase, row, col, (long long) tv);
			else
				diag(cx, GD_SEV_WARNING, SEC_TEXT, row, col,
					 "rule T: the text says %s %lld, table %s gives %lld for %s × %s%s",
					 phrase, (long long) hits[h].value, apl ? "四" : "三", (long long) tv,
					 row, col, what);
		}
	}
	free(hits);
	free(claimed);
	gd_buf_free(&pb);
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

static void
parse_all(const char *text, size_t len, Ctx *cx)
{
	GdReportData *o = cx->out;

	memset(o, 0, sizeof(*o));
	for (int p = 0; p < GD_APPLICATIONS_NCELLS_MAX; p++)
		o->applications[p] = GD_NOT_STATED;
	for (int k = 0; k < GD_APPEALS_NCELLS; k++)
		o->appeals[k] = GD_NOT_STATED;
	for (int p = 0; p < GD_PROACTIVE_NCELLS_MAX; p++)
		o->proactive[p] = GD_PROACTIVE_NOT_STATED;
	cx->applications_start = cx->applications_end = cx->proactive_start = -1;
	if (text == NULL)
		len = 0;
	if (len > (size_t) UINT32_MAX - 64)
		len = (size_t) UINT32_MAX - 64;
	cx->doc = text ? text : "";
	cx->dlen = len;
	if (len > 0 && gd_parse_looks_like_html(text, len))
	{
		gd_parse_html_to_text(text, len, &cx->html);
		if (cx->html.failed)
		{
			cx->oom = true;
			diag(cx, GD_SEV_ERROR, SEC3, NULL, NULL, "out of memory while reading the HTML");
			return;
		}
		cx->doc = cx->html.data ? cx->html.data : "";
		cx->dlen = cx->html.len;
	}
	if (cx->dlen == 0)
	{
		diag(cx, GD_SEV_ERROR, SEC3, NULL, NULL,
			 "the report is empty: table 三 (%s) not found",
			 gd_sections[GD_SECTION_APPLICATIONS].name.zh);
		return;
	}
	labels_init(cx);
	tokenize(cx);
	if (cx->oom)
	{
		diag(cx, GD_SEV_ERROR, SEC3, NULL, NULL, "out of memory while reading the report");
		return;
	}
	find_title(cx);
	pass_applications(cx);
	check_repeated_rows(cx);
	finish_applications(cx);
	pass_proactive(cx);
	pass_appeals(cx);
	if (cx->format)
	{
		o->format = cx->format;
		o->applications_format = cx->format;
		o->has_applications = cx->applications_ok;
		memcpy(o->applications, cx->cells, sizeof(o->applications));
	}
	if (o->has_proactive && o->proactive_format != cx->format && cx->format)
		diag(cx, GD_SEV_NOTE, SEC2, NULL, NULL,
			 "table 二 is printed in the %d format, table 三 in the %d format",
			 o->proactive_format, cx->format);
	rule_t(cx);
	if (cx->oom)
		diag(cx, GD_SEV_ERROR, SEC3, NULL, NULL, "out of memory while reading the report");
}

static void
ctx_free(Ctx *cx)
{
	gd_buf_free(&cx->html);
	gd_buf_free(&cx->nb);
	free(cx->toks);
	free(cx->vidx);
}

bool
gd_parse_report(const char *text, size_t len, GdReportData *out,
				GdDiagnostics *diags, GdError *err)
{
	Ctx		   *cx = calloc(1, sizeof(Ctx));
	bool		ok;

	if (cx == NULL)
		return gd_fail(err, GD_E_SYNTAX, "out of memory while reading the report");
	cx->out = out;
	cx->diags = diags;
	parse_all(text, len, cx);
	ok = !cx->has_err && cx->applications_ok;
	if (!ok)
	{
		if (cx->has_err)
			gd_fail(err, GD_E_SYNTAX, "%s", cx->err);
		else
			gd_fail(err, GD_E_SYNTAX, "section 三: table 三 could not be read");
		out->has_applications = false;
	}
	ctx_free(cx);
	free(cx);
	return ok;
}

void
gd_parse_diagnostics(const char *text, size_t len, GdDiagnostics *diags)
{
	Ctx		   *cx = calloc(1, sizeof(Ctx));
	GdReportData *rep = malloc(sizeof(GdReportData));

	if (cx == NULL || rep == NULL)
	{
		free(cx);
		free(rep);
		return;
	}
	cx->out = rep;
	cx->diags = diags;
	parse_all(text, len, cx);
	ctx_free(cx);
	free(cx);
	free(rep);
}
