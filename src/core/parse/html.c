/*
 * parse/html.c — HTML to the lines of cells the tokenizer reads.
 *
 * Reads: an HTML page (a government site's, or a word processor's export).
 * Produces: text in which each <tr> becomes one line whose cells each end
 * with a tab (so an empty <td> is an empty field, and even a one-cell row
 * is "delimited"); text in a cell is joined with spaces; block elements outside tables become line
 * breaks; script/style/comments are dropped; entities are decoded.  Spans
 * (rowspan/colspan) are not expanded: the parser matches rows by label.
 */
#include "core/parse/internal.h"

#include <stdint.h>
#include <string.h>

static int
lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static bool
is_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool
name_is(const char *name, size_t nlen, const char *want)
{
	size_t		wl = strlen(want);

	if (nlen != wl)
		return false;
	for (size_t i = 0; i < nlen; i++)
		if (lower((unsigned char) name[i]) != want[i])
			return false;
	return true;
}

bool
gd_html_detect(const char *s, size_t n)
{
	static const char *const marks[] = {"table", "td", "tr", "html", "p", "br", "div", "body", "span"};

	if (n > 65536)
		n = 65536;
	for (size_t i = 0; i + 2 < n; i++)
	{
		if (s[i] != '<')
			continue;
		for (size_t m = 0; m < sizeof(marks) / sizeof(marks[0]); m++)
		{
			size_t		l = strlen(marks[m]);
			size_t		k;

			if (i + 1 + l >= n)
				continue;
			for (k = 0; k < l; k++)
				if (lower((unsigned char) s[i + 1 + k]) != marks[m][k])
					break;
			if (k == l && !is_alnum((unsigned char) s[i + 1 + l]))
				return true;
		}
	}
	return false;
}

static void
put_utf8(GdBuf *b, uint32_t cp)
{
	char		u[4];

	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp == 0xA0)
		cp = ' ';
	if (cp < 0x80)
		gd_buf_putc(b, (char) (cp < 0x20 ? ' ' : cp));
	else if (cp < 0x800)
	{
		u[0] = (char) (0xC0 | (cp >> 6));
		u[1] = (char) (0x80 | (cp & 0x3F));
		gd_buf_put(b, u, 2);
	}
	else if (cp < 0x10000)
	{
		u[0] = (char) (0xE0 | (cp >> 12));
		u[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char) (0x80 | (cp & 0x3F));
		gd_buf_put(b, u, 3);
	}
	else
	{
		u[0] = (char) (0xF0 | (cp >> 18));
		u[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char) (0x80 | (cp & 0x3F));
		gd_buf_put(b, u, 4);
	}
}

/* Decode the entity at s[i] == '&'; returns bytes consumed (0: not one). */
static size_t
entity(const char *s, size_t n, size_t i, GdBuf *out)
{
	static const struct
	{
		const char *name;
		uint32_t	cp;
	}			named[] = {
		{"nbsp", ' '}, {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'},
		{"apos", '\''}, {"ensp", ' '}, {"emsp", ' '}, {"thinsp", ' '},
		{"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
		{"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026}, {"middot", 0xB7},
		{"times", 0xD7}, {"yen", 0xA5},
	};
	size_t		j = i + 1;
	size_t		end;

	for (end = j; end < n && end < i + 12 && s[end] != ';'; end++)
		;
	if (end >= n || s[end] != ';' || end == j)
		return 0;
	if (s[j] == '#')
	{
		uint32_t	cp = 0;
		bool		hex = (j + 1 < end && (s[j + 1] == 'x' || s[j + 1] == 'X'));
		size_t		k = j + (hex ? 2 : 1);

		if (k >= end)
			return 0;
		for (; k < end; k++)
		{
			int			c = (unsigned char) s[k];
			int			d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && lower(c) >= 'a' && lower(c) <= 'f')
				d = lower(c) - 'a' + 10;
			else
				return 0;
			cp = cp * (hex ? 16 : 10) + (uint32_t) d;
			if (cp > 0x10FFFF)
				cp = 0x110000;
		}
		put_utf8(out, cp);
		return end + 1 - i;
	}
	for (size_t m = 0; m < sizeof(named) / sizeof(named[0]); m++)
		if (name_is(s + j, end - j, named[m].name))
		{
			put_utf8(out, named[m].cp);
			return end + 1 - i;
		}
	return 0;
}

/* Elements that end a line of text outside tables. */
static bool
is_block(const char *nm, size_t nl)
{
	static const char *const blocks[] = {
		"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
		"title", "section", "article", "header", "footer", "hr", "center",
		"blockquote", "pre", "dd", "dt", "dl", "caption",
	};

	for (size_t i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++)
		if (name_is(nm, nl, blocks[i]))
			return true;
	return false;
}

/* Where the reader is in the page, carried from one tag or byte to the next. */
typedef struct HtmlState
{
	bool		in_cell;
	bool		in_row;
	int			skip;			/* 1: inside script, 2: inside style */
} HtmlState;

/* The end of the comment opening at i (<!--): just past its -->, or n when it never closes. */
static size_t
comment_end(const char *s, size_t n, size_t i)
{
	size_t		e = i + 4;

	while (e + 2 < n && !(s[e] == '-' && s[e + 1] == '-' && s[e + 2] == '>'))
		e++;
	return (e + 2 < n) ? e + 3 : n;
}

/* The tag's closing '>' from j on, skipping quoted attribute values (a '>' inside quotes ends nothing); n when there is none. */
static size_t
tag_close(const char *s, size_t n, size_t j)
{
	size_t		k;
	char		q = 0;
	unsigned	ticks = 0;

	for (k = j; k < n; k++)
	{
		char		d = s[k];

		GD_TICK(ticks);			/* a tag left open runs to the end of the input */

		if (q)
		{
			if (d == q)
				q = 0;
		}
		else if (d == '"' || d == '\'')
			q = d;
		else if (d == '>')
			break;
	}
	return k;
}

/* A tag read: script and style start or end skipping; cells, rows and tables end fields and lines; block elements break the text. */
static void
apply_tag(HtmlState *st, const char *nm, size_t nl, bool close, GdBuf *out)
{
	if (st->skip)
	{
		if (close && ((st->skip == 1 && name_is(nm, nl, "script")) ||
					  (st->skip == 2 && name_is(nm, nl, "style"))))
			st->skip = 0;
		return;
	}
	if (!close && name_is(nm, nl, "script"))
	{
		st->skip = 1;
		return;
	}
	if (!close && name_is(nm, nl, "style"))
	{
		st->skip = 2;
		return;
	}
	if (name_is(nm, nl, "td") || name_is(nm, nl, "th"))
	{
		if (st->in_cell)
			gd_buf_putc(out, '\t');
		st->in_cell = !close;
		if (!close)
			st->in_row = true;
	}
	else if (name_is(nm, nl, "tr") || name_is(nm, nl, "table") ||
			 name_is(nm, nl, "tbody") || name_is(nm, nl, "thead"))
	{
		if (st->in_cell)
			gd_buf_putc(out, '\t');
		st->in_cell = false;
		if (st->in_row)
			gd_buf_putc(out, '\n');
		st->in_row = (!close && name_is(nm, nl, "tr"));
		if (!name_is(nm, nl, "tr"))
			gd_buf_putc(out, '\n');
	}
	else if (is_block(nm, nl))
		gd_buf_putc(out, st->in_cell ? ' ' : (st->in_row ? ' ' : '\n'));
}

/* The markup opening with '<' at i: a comment, a tag, or a '<' that is text ("<6"); returns where the text goes on. */
static size_t
read_markup(const char *s, size_t n, size_t i, HtmlState *st, GdBuf *out)
{
	size_t		j = i + 1;
	size_t		ns;
	size_t		nl;
	size_t		k;
	bool		close = false;

	if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-')
		return comment_end(s, n, i);
	if (j < n && s[j] == '/')
	{
		close = true;
		j++;
	}
	ns = j;
	/* a tag name starts with a letter: "<6" is text, as in HTML */
	if (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
		while (j < n && is_alnum((unsigned char) s[j]))
			j++;
	nl = j - ns;
	if (nl == 0 && !(j < n && (s[j] == '!' || s[j] == '?')))
	{
		if (!st->skip && (st->in_cell || !st->in_row))
			gd_buf_putc(out, '<');
		return i + 1;
	}
	k = tag_close(s, n, j);
	i = (k < n) ? k + 1 : n;
	if (nl == 0)
		return i;				/* <!…> and <?…>: declarations, dropped */
	apply_tag(st, s + ns, nl, close, out);
	return i;
}

/* The text byte at i (or the entity starting there): dropped in script and style and as layout between cells, else written; returns where the text goes on. */
static size_t
read_text(const char *s, size_t n, size_t i, HtmlState *st, GdBuf *out)
{
	unsigned char c = (unsigned char) s[i];

	if (st->skip)
		return i + 1;
	if (st->in_row && !st->in_cell)
	{
		/*
		 * Between cells: whitespace is layout; anything else is text a
		 * browser shows, so it becomes a cell of its own (a number
		 * there must not vanish: the row then has a cell too many).
		 */
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
			return i + 1;
		st->in_cell = true;
	}
	if (c == '&')
	{
		size_t		used = entity(s, n, i, out);

		if (used > 0)
			return i + used;
	}
	if (c == '\r' || c == '\n' || c == '\t' || c == '\0' || c == '\f' || c == '\v')
		gd_buf_putc(out, ' ');
	else
		gd_buf_putc(out, (char) c);
	return i + 1;
}

void
gd_html_to_lines(const char *s, size_t n, GdBuf *out)
{
	size_t		i = 0;
	HtmlState	st;
	size_t		block = 0;

	st.in_cell = false;
	st.in_row = false;
	st.skip = 0;
	gd_buf_reserve(out, n + 16);
	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];

		GD_TICK_AT(i, block);
		if (c == '<')
			i = read_markup(s, n, i, &st, out);
		else
			i = read_text(s, n, i, &st, out);
	}
	if (st.in_cell)
		gd_buf_putc(out, '\t');
	if (st.in_row)
		gd_buf_putc(out, '\n');
	if (out->data == NULL)
		gd_buf_reserve(out, 1);
}
