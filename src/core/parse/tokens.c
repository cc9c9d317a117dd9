/*
 * parse/tokens.c — the tokenizer.
 *
 * Reads: a byte range of the source.  Produces: a GdRegion, its tokens in
 * reading order: TEXT (words; their CJK characters go to region->skel),
 * NUM (a number with its sign, decimals and unit; its digits go to
 * region->digits), BLANK (an empty cell, or a mark that says "not
 * stated"), ENUM (an item number such as 1. 2、 (3)).  Each token knows
 * its line, its cell on a delimited line, and its column on a spaced one.
 *
 * A line with a tab is a row of cells (HTML arrives this way), a line with
 * a | a pipe or Markdown row, any other a line of words separated by
 * spaces.  Page furniture (-3-, 第3页) is skipped.  One pass, linear in
 * the range; the region holds at most GD_REGION_MAX_* (truncated beyond).
 */
#include "core/parse/internal.h"

#include <string.h>

/* ------------------------------------------------------------ storage */

/* A new token at the end of the region; NULL when the region is full (truncated) or memory runs out. */
static GdTok *
new_tok(GdRegion *r, int kind, uint32_t line, int line_kind, int cell, uint32_t x,
		size_t s, size_t e)
{
	GdTok	   *t;

	if (r->ntok >= GD_REGION_MAX_TOKENS)
	{
		r->truncated = true;
		return NULL;
	}
	if (!gd_grow((void **) &r->toks, &r->captok, r->ntok, sizeof(GdTok), GD_REGION_MAX_TOKENS))
	{
		r->out_of_memory = true;
		return NULL;
	}
	t = &r->toks[r->ntok++];
	memset(t, 0, sizeof(*t));
	t->kind = (uint8_t) kind;
	t->line = line;
	t->line_kind = (uint8_t) line_kind;
	t->cell = (uint16_t) (cell > 65535 ? 65535 : cell);
	t->x = x;
	t->off = (uint32_t) s;
	t->len = (uint32_t) (e - s);
	return t;
}

static bool
push_skel(GdRegion *r, uint32_t cp, int tok)
{
	if (r->nskel >= r->capskel)
	{
		int			cap = r->capskel;
		int			cap2 = r->capskel;

		if (!gd_grow((void **) &r->skel, &cap, r->nskel, sizeof(uint32_t), INT32_MAX / 8) ||
			!gd_grow((void **) &r->skel_tok, &cap2, r->nskel, sizeof(int), INT32_MAX / 8))
		{
			r->out_of_memory = true;
			return false;
		}
		r->capskel = cap < cap2 ? cap : cap2;
	}
	/* 合计 is printed for 总计 */
	if (cp == 0x8BA1 && r->nskel > 0 && r->skel[r->nskel - 1] == 0x5408)
		r->skel[r->nskel - 1] = 0x603B;
	r->skel[r->nskel] = cp;
	r->skel_tok[r->nskel] = tok;
	r->nskel++;
	return true;
}

static bool
push_digit(GdRegion *r, char d)
{
	if (!gd_grow((void **) &r->digits, &r->capdigits, r->ndigits, 1, INT32_MAX / 2))
	{
		r->out_of_memory = true;
		return false;
	}
	r->digits[r->ndigits++] = d;
	return true;
}

void
gd_region_free(GdRegion *r)
{
	gd_free(r->toks);
	gd_free(r->skel);
	gd_free(r->skel_tok);
	gd_free(r->digits);
	memset(r, 0, sizeof(*r));
}

/* ------------------------------------------------------- characters */

static uint32_t
cp_at(const char *d, size_t i, size_t e, size_t *adv)
{
	return gd_utf8_next((const unsigned char *) d + i, e - i, adv);
}

static bool
cp_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0 ||
		cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF ||
		cp == 0x202F || cp == 0x205F;
}

/* 0–9 and their full-width forms; -1 otherwise */
static int
cp_digit(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	return -1;
}

static bool
cp_minus(uint32_t cp)
{
	return cp == '-' || cp == 0xFF0D || cp == 0x2212;
}

static bool
cp_plus(uint32_t cp)
{
	return cp == '+' || cp == 0xFF0B;
}

static bool
cp_decimal_point(uint32_t cp)
{
	return cp == '.' || cp == 0xFF0E;
}

static bool
cp_thousands(uint32_t cp)
{
	return cp == ',' || cp == 0xFF0C;
}

/* What ends an item number: 1. 1、 1． */
static bool
cp_enum_mark(uint32_t cp)
{
	return cp == '.' || cp == 0x3001 || cp == 0xFF0E;
}

/* Letters and CJK: what makes a run of text a word rather than punctuation. */
static bool
cp_wordish(uint32_t cp)
{
	return gd_cp_cjk(cp) || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
		(cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFFFD;
}

/* "/", "—", "-", "无", …: a cell printed as not stated. */
static bool
blank_mark(const char *s, size_t n, bool *wu)
{
	static const char *const marks[] = {
		"/", "\xEF\xBC\x8F", "\\", "-", "--", "---", "\xE2\x80\x94", "\xE2\x80\x94\xE2\x80\x94",
		"\xE2\x80\x93", "\xEF\xBC\x8D", "\xE2\x80\x95", "\xE2\x94\x80", "\xE2\x80\x90",
		"\xE6\x97\xA0\xE6\x95\xB0\xE6\x8D\xAE",	/* 无数据 */
		"\xE2\x80\xA6", "...",	/* … */
	};

	*wu = false;
	if (n == 3 && memcmp(s, "\xE6\x97\xA0", 3) == 0)	/* 无 */
	{
		*wu = true;
		return true;
	}
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (n == strlen(marks[i]) && memcmp(s, marks[i], n) == 0)
			return true;
	return false;
}

/* A unit after a number: its GdUnit and length, or GD_UNIT_NONE. */
static int
unit_at(const char *d, size_t i, size_t e, size_t *len)
{
	static const struct
	{
		const char *s;
		int			unit;
	}			units[] = {
		{"\xE4\xB8\x87\xE5\x85\x83", GD_UNIT_WAN},	/* 万元 */
		{"\xE4\xBA\xBF\xE5\x85\x83", GD_UNIT_YI},	/* 亿元 */
		{"\xE5\x85\x83", GD_UNIT_YUAN},	/* 元 */
		{"\xE4\xBB\xB6", GD_UNIT_COUNT},	/* 件 */
		{"\xE4\xB8\xAA", GD_UNIT_COUNT},	/* 个 */
		{"\xE9\xA1\xB9", GD_UNIT_COUNT},	/* 项 */
		{"\xE6\x9D\xA1", GD_UNIT_COUNT},	/* 条 */
		{"\xE7\xAC\x94", GD_UNIT_COUNT},	/* 笔 */
		{"\xE6\xAC\xA1", GD_UNIT_COUNT},	/* 次 */
		{"\xE5\xAE\x97", GD_UNIT_COUNT},	/* 宗 */
		{"\xE5\xAE\xB6", GD_UNIT_COUNT},	/* 家 */
		{"\xE4\xBA\xBA", GD_UNIT_COUNT},	/* 人 */
	};

	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
	{
		size_t		l = strlen(units[k].s);

		if (e - i >= l && memcmp(d + i, units[k].s, l) == 0)
		{
			*len = l;
			return units[k].unit;
		}
	}
	*len = 0;
	return GD_UNIT_NONE;
}

/* ----------------------------------------------------------- words */

/* Where a token is being put: its line, line kind, cell, column. */
typedef struct Place
{
	uint32_t	line;
	int			kind;
	int			cell;
	uint32_t	x;
} Place;

/* Adds a TEXT token unless d[s..e) is punctuation only; false then. */
static bool
add_text(GdRegion *r, const Place *pl, size_t s, size_t e, uint32_t x)
{
	const char *d = r->src->text;
	bool		wordish = false;
	size_t		i;
	GdTok	   *t;
	int			tok;

	for (i = s; i < e;)
	{
		size_t		adv;

		if (cp_wordish(cp_at(d, i, e, &adv)))
		{
			wordish = true;
			break;
		}
		i += adv;
	}
	if (!wordish)
		return false;			/* punctuation between numbers */
	t = new_tok(r, GD_TOK_TEXT, pl->line, pl->kind, pl->cell, x, s, e);
	if (t == NULL)
		return true;
	tok = r->ntok - 1;
	t->sk = (uint32_t) r->nskel;
	for (i = s; i < e;)
	{
		size_t		adv;
		uint32_t	cp = cp_at(d, i, e, &adv);

		if (gd_cp_cjk(cp) && !push_skel(r, cp, tok))
			return true;
		i += adv;
	}
	r->toks[tok].nsk = (uint32_t) r->nskel - r->toks[tok].sk;
	return true;
}

/* A number as scan_number read it, what its token is made of. */
typedef struct NumScan
{
	int			flags;			/* GD_TOKF_NEG, _PLUS, _FRAC, _BIG */
	int			unit;			/* GD_UNIT_NONE when none follows */
	int64_t		micro;			/* the value in millionths; 0 when BIG */
	int			ndig;			/* digits pushed to r's digit string */
	bool		has_digits;
	size_t		enum_at;		/* an item number's digit (1. 2、), else 0 */
	uint64_t	ip;				/* the integer part, up to 18 significant digits */
	size_t		last_digit;		/* where the integer part's last digit is */
} NumScan;

/* Do exactly three digits, then no digit, start at d[j]?  Only then is a comma or dot before them a thousands separator. */
static bool
group_of_three(const char *d, size_t j, size_t e)
{
	int			k = 0;
	size_t		a3;

	while (k < 3 && j < e)
	{
		size_t		a2;

		if (cp_digit(cp_at(d, j, e, &a2)) < 0)
			break;
		j += a2;
		k++;
	}
	return k == 3 && (j >= e || cp_digit(cp_at(d, j, e, &a3)) < 0);
}

/* The integer part from d[i]: digits, each pushed to r's digit string, and thousands separators between groups of three.  Returns its end. */
static size_t
scan_integer(GdRegion *r, size_t i, size_t e, NumScan *nm)
{
	const char *d = r->src->text;
	size_t		adv;
	uint32_t	cp;
	int			sig = 0;

	while (i < e)
	{
		int			dv;

		cp = cp_at(d, i, e, &adv);
		dv = cp_digit(cp);
		if (dv >= 0)
		{
			if (sig > 0 || dv > 0)
				sig++;
			if (sig > 18)
				nm->flags |= GD_TOKF_BIG;
			else
				nm->ip = nm->ip * 10 + (uint64_t) dv;
			push_digit(r, (char) ('0' + dv));
			nm->ndig++;
			nm->has_digits = true;
			nm->last_digit = i;
			i += adv;
			continue;
		}
		/* exactly three digits, then no digit */
		if (cp_thousands(cp) && nm->has_digits && group_of_three(d, i + adv, e))
		{
			i += adv;
			continue;
		}
		break;
	}
	return i;
}

/* The decimals from d[i] (past the point): the first six kept in *frac as millionths, any further non-zero one makes the number BIG.  Returns their end. */
static size_t
scan_decimals(const char *d, size_t i, size_t e, NumScan *nm, int64_t *frac)
{
	size_t		adv;
	uint32_t	cp;
	int64_t		fp = 0;
	int			nf = 0;

	while (i < e && cp_digit(cp = cp_at(d, i, e, &adv)) >= 0)
	{
		if (nf < 6)
		{
			fp = fp * 10 + cp_digit(cp);
			nf++;
		}
		else if (cp_digit(cp) != 0)
			nm->flags |= GD_TOKF_BIG;
		i += adv;
	}
	for (int k = nf; k < 6; k++)
		fp *= 10;
	*frac = fp;
	return i;
}

/* A unit after the number at d[i] (万元 元 件 …, with spaces allowed before it) into nm->unit.  Returns its end, or i when there is none. */
static size_t
scan_unit(const char *d, size_t i, size_t e, NumScan *nm)
{
	size_t		j = i;
	size_t		unit_len;

	while (j < e && d[j] == ' ')
		j++;
	nm->unit = unit_at(d, j, e, &unit_len);
	if (nm->unit != GD_UNIT_NONE)
		i = j + unit_len;
	return i;
}

/*
 * A number starting at d[i] (a digit, or a sign at the start of a word):
 * digits with thousands groups, decimals, a unit.  Returns its end; fills
 * nm.  nm->enum_at receives the offset of an item number's digit when
 * the last digit is followed by an item mark (1. 2、), else 0.
 */
static size_t
scan_number(GdRegion *r, size_t i, size_t e, bool at_word_start, NumScan *nm)
{
	const char *d = r->src->text;
	size_t		adv;
	uint32_t	cp = cp_at(d, i, e, &adv);
	int64_t		fp = 0;

	nm->flags = 0;
	nm->unit = GD_UNIT_NONE;
	nm->micro = 0;
	nm->enum_at = 0;
	nm->ndig = 0;
	nm->has_digits = false;
	nm->ip = 0;
	nm->last_digit = i;
	if (at_word_start && (cp_minus(cp) || cp_plus(cp)))
	{
		nm->flags |= cp_minus(cp) ? GD_TOKF_NEG : GD_TOKF_PLUS;
		i += adv;
	}
	i = scan_integer(r, i, e, nm);
	if (!nm->has_digits)
		return i;
	/* decimals, or an item mark */
	if (i < e)
	{
		size_t		a2 = 0;
		bool		digit_after;

		cp = cp_at(d, i, e, &adv);
		digit_after = i + adv < e && cp_digit(cp_at(d, i + adv, e, &a2)) >= 0;
		if (cp_decimal_point(cp) && digit_after)
		{
			nm->flags |= GD_TOKF_FRAC;
			i = scan_decimals(d, i + adv, e, nm, &fp);
		}
		else if (cp_enum_mark(cp) && !digit_after && !(nm->flags & (GD_TOKF_NEG | GD_TOKF_PLUS)) &&
				 d[nm->last_digit] != '0')
		{
			nm->enum_at = nm->last_digit;
			return i;
		}
	}
	if (nm->ip > (uint64_t) (INT64_MAX / 1000000 - 1))
		nm->flags |= GD_TOKF_BIG;
	nm->micro = (nm->flags & GD_TOKF_BIG) ? 0 : (int64_t) nm->ip * 1000000 + fp;
	return scan_unit(d, i, e, nm);
}

/* Where add_word is in its word: the text run not yet added, the column, the count just added. */
typedef struct WordScan
{
	bool		in_text;		/* a text run is open */
	size_t		text_from;		/* where it starts */
	uint32_t	text_x;			/* its column */
	uint32_t	x;				/* the column of the current character */
	int			last_num;		/* a number just ended here */
} WordScan;

/* Is the number d[i..end) an item number in parentheses, (3) or （3）, inside the word's text? */
static bool
paren_item_number(const char *d, size_t i, size_t end, size_t we, const WordScan *w,
				  const NumScan *nm)
{
	return w->in_text && !(nm->flags & (GD_TOKF_FRAC | GD_TOKF_NEG | GD_TOKF_PLUS)) &&
		nm->ndig <= 2 && nm->unit == GD_UNIT_NONE && nm->enum_at == 0 && end < we &&
		(d[end] == ')' || (we - end >= 3 && memcmp(d + end, "\xEF\xBC\x89", 3) == 0)) &&
		i > w->text_from &&
		(d[i - 1] == '(' || (i - w->text_from >= 3 && memcmp(d + i - 3, "\xEF\xBC\x88", 3) == 0));
}

/* A count d[i..end) read as scanned, its digits from dig0 on; glued and punct_before say what touched it.  Returns its token, or -1 when none was added. */
static int
add_count(GdRegion *r, const Place *pl, size_t i, size_t end, uint32_t x,
		  const NumScan *nm, int dig0, bool glued, bool punct_before)
{
	GdTok	   *t = new_tok(r, GD_TOK_NUM, pl->line, pl->kind, pl->cell, x, i, end);

	if (t == NULL)
		return -1;
	t->flags = (uint8_t) (nm->flags | (glued ? GD_TOKF_GLUED : 0) |
						  (punct_before ? GD_TOKF_DECORATED : 0));
	t->unit = (uint8_t) nm->unit;
	t->micro = nm->micro;
	t->sk = (uint32_t) dig0;
	t->ndigits = (uint16_t) (nm->ndig > 65535 ? 65535 : nm->ndig);
	return r->ntok - 1;
}

/* Digits d[i..end) that end in an item number (…0 03.补正): the digits before the item number's own digit are a glued count, then the item number. */
static void
add_glued_item_number(GdRegion *r, const Place *pl, size_t i, size_t end, uint32_t x,
					  size_t enum_at, int dig0, bool glued, bool punct_before)
{
	/* digits before the item number's own digit: a glued count */
	r->ndigits = dig0;
	if (enum_at > i)
	{
		NumScan		n2;
		size_t		e2;
		GdTok	   *t;

		/* rescan the digits alone as a number */
		e2 = scan_number(r, i, enum_at, false, &n2);
		t = new_tok(r, GD_TOK_NUM, pl->line, pl->kind, pl->cell, x, i, e2);
		if (t != NULL)
		{
			t->flags = (uint8_t) (n2.flags | (glued ? GD_TOKF_GLUED : 0) |
								  (punct_before ? GD_TOKF_DECORATED : 0));
			t->micro = n2.micro;
			t->sk = (uint32_t) dig0;
			t->ndigits = (uint16_t) (n2.ndig > 65535 ? 65535 : n2.ndig);
		}
	}
	new_tok(r, GD_TOK_ENUM, pl->line, pl->kind, pl->cell, x, enum_at, end);
}

/* The number starting at d[i] in the word [ws, we): the open text run before it first, then an item number, a glued count and item number, or a count.  Returns its end. */
static size_t
add_number(GdRegion *r, const Place *pl, size_t ws, size_t we, size_t i, WordScan *w)
{
	const char *d = r->src->text;
	NumScan		num;
	int			dig0 = r->ndigits;
	size_t		end;
	size_t		adv2;
	bool		paren_enum;
	bool		glued = false;
	bool		punct_before = false;

	end = scan_number(r, i, we, i == ws, &num);
	/* (3) and （3）: an item number */
	paren_enum = paren_item_number(d, i, end, we, w, &num);
	if (w->in_text)
	{
		glued = add_text(r, pl, w->text_from, i, w->text_x);
		punct_before = !glued;
		if (punct_before && w->last_num >= 0)
			r->toks[w->last_num].flags |= GD_TOKF_DECORATED;
	}
	w->last_num = -1;
	if (paren_enum)
	{
		r->ndigits = dig0;
		new_tok(r, GD_TOK_ENUM, pl->line, pl->kind, pl->cell, w->x, i, end);
	}
	else if (num.enum_at > 0)
		add_glued_item_number(r, pl, i, end, w->x, num.enum_at, dig0, glued, punct_before);
	else
		w->last_num = add_count(r, pl, i, end, w->x, &num, dig0, glued, punct_before);
	w->in_text = false;
	for (size_t k = i; k < end;)
	{
		cp_at(d, k, we, &adv2);
		k += adv2;
		w->x++;
	}
	return end;
}

/*
 * One word (no spaces inside): text, numbers and item numbers as they
 * come.  A number glued to text before it is flagged GLUED (run-together
 * rows); 03. is the digit 0 of one row and the item number 3. of the next.
 */
static void
add_word(GdRegion *r, const Place *pl, size_t ws, size_t we)
{
	const char *d = r->src->text;
	size_t		i = ws;
	bool		wu;
	WordScan	w;

	w.in_text = false;
	w.text_from = ws;
	w.x = pl->x;
	w.text_x = w.x;
	w.last_num = -1;
	if (blank_mark(d + ws, we - ws, &wu))
	{
		GdTok	   *t = new_tok(r, GD_TOK_BLANK, pl->line, pl->kind, pl->cell, w.x, ws, we);

		if (t != NULL && wu)
			t->flags |= GD_TOKF_WU;
		return;
	}
	while (i < we)
	{
		size_t		adv;
		size_t		adv2;
		uint32_t	cp = cp_at(d, i, we, &adv);
		bool		starts_number = cp_digit(cp) >= 0 ||
			(i == ws && (cp_minus(cp) || cp_plus(cp)) && i + adv < we &&
			 cp_digit(cp_at(d, i + adv, we, &adv2)) >= 0);

		if (starts_number)
		{
			i = add_number(r, pl, ws, we, i, &w);
			w.text_from = i;
			continue;
		}
		if (!w.in_text)
		{
			w.in_text = true;
			w.text_from = i;
			w.text_x = w.x;
		}
		i += adv;
		w.x++;
	}
	if (w.in_text && !add_text(r, pl, w.text_from, we, w.text_x) && w.last_num >= 0)
		r->toks[w.last_num].flags |= GD_TOKF_DECORATED;
}

/* The most spaces between a number and its unit word (1.2 亿元). */
#define UNIT_GAP_MAX 2

/*
 * A number ending at we followed, after at most UNIT_GAP_MAX spaces, by a
 * word that is a unit and nothing else (pdftotext -layout prints 1.2 亿元,
 * 984361 元): the unit is the number's.  Returns where reading resumes
 * (we when nothing is attached); *x advances over what was taken.
 */
static size_t
attach_unit(GdRegion *r, size_t we, size_t e, uint32_t *x)
{
	const char *d = r->src->text;
	GdTok	   *t = r->ntok > 0 ? &r->toks[r->ntok - 1] : NULL;
	size_t		j = we;
	size_t		k;
	size_t		len;
	int			unit;
	int			gap = 0;

	if (t == NULL || t->kind != GD_TOK_NUM || t->unit != GD_UNIT_NONE ||
		(size_t) t->off + t->len != we)
		return we;
	while (j < e && gap <= UNIT_GAP_MAX)
	{
		size_t		adv;

		if (!cp_space(cp_at(d, j, e, &adv)))
			break;
		j += adv;
		gap++;
	}
	if (gap == 0 || gap > UNIT_GAP_MAX || j >= e)
		return we;
	unit = unit_at(d, j, e, &len);
	k = j + len;
	if (unit == GD_UNIT_NONE || (k < e && !cp_space(cp_at(d, k, e, &len))))
		return we;
	t->unit = (uint8_t) unit;
	t->len = (uint32_t) (k - t->off);
	for (size_t i = we; i < k; i += len)
	{
		cp_at(d, i, k, &len);
		(*x)++;
	}
	return k;
}

/* Words of d[s..e) separated by spaces, each at its column. */
static void
add_words(GdRegion *r, Place *pl, size_t s, size_t e, uint32_t x0)
{
	const char *d = r->src->text;
	size_t		i = s;
	uint32_t	x = x0;
	size_t		block = s >> 16;

	while (i < e && !r->truncated)
	{
		size_t		adv;
		uint32_t	cp = cp_at(d, i, e, &adv);

		GD_TICK_AT(i, block);
		if (cp_space(cp))
		{
			i += adv;
			x++;
			continue;
		}
		{
			size_t		ws = i;
			uint32_t	wx = x;

			while (i < e)
			{
				cp = cp_at(d, i, e, &adv);
				if (cp_space(cp))
					break;
				i += adv;
				x++;
			}
			pl->x = wx;
			add_word(r, pl, ws, i);
			i = attach_unit(r, i, e, &x);
		}
	}
}

/* ------------------------------------------------------------ lines */

static bool
dash_at(const char *s, size_t n, size_t *l)
{
	if (n >= 1 && s[0] == '-')
		*l = 1;
	else if (n >= 3 && (memcmp(s, "\xE2\x80\x94", 3) == 0 || memcmp(s, "\xE2\x80\x93", 3) == 0 ||
						memcmp(s, "\xEF\xBC\x8D", 3) == 0))
		*l = 3;
	else
		return false;
	return true;
}

static void
trim(const char *d, size_t *s, size_t *e)
{
	for (;;)
	{
		size_t		adv;

		if (*s < *e && cp_space(cp_at(d, *s, *e, &adv)))
			*s += adv;
		else
			break;
	}
	while (*e > *s)
	{
		if (d[*e - 1] == ' ' || d[*e - 1] == '\t' || d[*e - 1] == '\r' || d[*e - 1] == '\0')
			(*e)--;
		else if (*e - *s >= 3 && memcmp(d + *e - 3, "\xE3\x80\x80", 3) == 0)
			*e -= 3;
		else if (*e - *s >= 2 && memcmp(d + *e - 2, "\xC2\xA0", 2) == 0)
			*e -= 2;
		else
			break;
	}
}

/* "-3-", "— 3 —", "第 3 页", "第3页 共6页": page furniture, not cells. */
bool
gd_page_furniture(const char *d, size_t s, size_t e)
{
	size_t		l;
	bool		lead = false;
	bool		trail = false;

	trim(d, &s, &e);
	if (s == e || e - s > 40)
		return false;
	if (e - s >= 6 && memcmp(d + s, "\xE7\xAC\xAC", 3) == 0 &&
		memcmp(d + e - 3, "\xE9\xA1\xB5", 3) == 0)	/* 第…页 */
	{
		int			nd = 0;

		for (size_t i = s; i < e; i++)
		{
			if (d[i] >= '0' && d[i] <= '9')
				nd++;
			else if (d[i] != ' ' && (unsigned char) d[i] < 0x80)
				return false;
		}
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
		if (d[i] < '0' || d[i] > '9')
			return false;
	return true;
}

/* |---|:--| : the rule under a Markdown header */
static bool
only_rule(const char *d, size_t s, size_t e)
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

/* One delimited cell: empty is blank; otherwise its words. */
static void
add_cell(GdRegion *r, Place *pl, size_t s, size_t e, uint32_t x)
{
	trim(r->src->text, &s, &e);
	if (s == e)
	{
		new_tok(r, GD_TOK_BLANK, pl->line, pl->kind, pl->cell, x, s, e);
		return;
	}
	add_words(r, pl, s, e, x);
}

/* A | that separates cells (not the \| that Markdown escapes). */
static bool
pipe_at(const char *d, size_t s, size_t i)
{
	return d[i] == '|' && (i == s || d[i - 1] != '\\');
}

/* A | line: each cell's words and values, cells counted; a Markdown rule or a line of pipes holds none. */
static void
pipe_line(GdRegion *r, Place *pl, size_t s, size_t e)
{
	const char *d = r->src->text;
	size_t		ts = s,
				te = e;
	size_t		c;
	bool		any_rule = true;

	trim(d, &ts, &te);
	/*
	 * A line of nothing but pipes: one pipe is an empty cell (one cell a
	 * line); several are a separator between rows, never cells.
	 */
	{
		int			npipes = 0;

		for (c = ts; c < te && (d[c] == '|' || d[c] == ' ' || d[c] == '\t'); c++)
			npipes += d[c] == '|';
		if (c == te)
		{
			if (npipes == 1)
				new_tok(r, GD_TOK_BLANK, pl->line, pl->kind, 0, 0, ts, ts);
			return;
		}
	}
	/* a leading | opens the first cell; a trailing one closes the last */
	if (ts < te && d[ts] == '|')
		ts++;
	if (te > ts && pipe_at(d, ts, te - 1))
		te--;
	/* a Markdown rule row carries nothing */
	{
		size_t		from = ts;

		for (c = ts; c <= te; c++)
			if (c == te || pipe_at(d, ts, c))
			{
				if (!only_rule(d, from, c))
					any_rule = false;
				from = c + 1;
			}
	}
	if (any_rule)
		return;
	{
		size_t		from = ts;

		pl->cell = 0;
		for (c = ts; c <= te; c++)
			if (c == te || pipe_at(d, ts, c))
			{
				add_cell(r, pl, from, c, (uint32_t) (from - s));
				pl->cell++;
				from = c + 1;
			}
	}
}

/* A tab line (HTML rows arrive this way, every cell tab-ended): each cell's words and values, an empty cell a BLANK. */
static void
tab_line(GdRegion *r, Place *pl, size_t s, size_t e, bool html)
{
	const char *d = r->src->text;
	size_t		from = s;

	/* HTML lines end every cell with a tab: the last empty field is not one */
	if (html && e > s && d[e - 1] == '\t')
		e--;
	pl->cell = 0;
	for (size_t c = s; c <= e; c++)
		if (c == e || d[c] == '\t')
		{
			add_cell(r, pl, from, c, (uint32_t) (from - s));
			pl->cell++;
			from = c + 1;
		}
}

void
gd_tokenize(const GdSource *src, size_t start, size_t end, GdRegion *r)
{
	const char *d = src->text;
	size_t		i = start;
	uint32_t	line = 0;

	memset(r, 0, sizeof(*r));
	r->src = src;
	r->start = start;
	if (end > src->len)
		end = src->len;
	if (end - start > GD_REGION_MAX_BYTES)
	{
		end = start + GD_REGION_MAX_BYTES;
		r->truncated = true;
	}
	r->end = end;
	while (i < end && !r->truncated && !r->out_of_memory)
	{
		size_t		e = i;
		Place		pl = {line, GD_LINE_SPACED, 0, 0};
		int			before = r->ntok;
		const char *nl = memchr(d + i, '\n', end - i);

		gd_check_interrupts();
		e = nl != NULL ? (size_t) (nl - d) : end;
		if (!gd_page_furniture(d, i, e))
		{
			if (memchr(d + i, '\t', e - i) != NULL)
			{
				pl.kind = GD_LINE_TAB;
				tab_line(r, &pl, i, e, src->from_html);
			}
			else if (memchr(d + i, '|', e - i) != NULL)
			{
				pl.kind = GD_LINE_PIPE;
				pipe_line(r, &pl, i, e);
			}
			else
				add_words(r, &pl, i, e, 0);
		}
		if (r->ntok > before)
		{
			uint8_t		has = 0;

			r->lines_of_kind[pl.kind]++;
			for (int k = before; k < r->ntok; k++)
			{
				const GdTok *t = &r->toks[k];

				has |= t->kind == GD_TOK_NUM ? GD_LINE_HAS_NUM : 0;
				has |= t->kind == GD_TOK_TEXT ? GD_LINE_HAS_TEXT : 0;
				has |= t->kind == GD_TOK_BLANK && !(t->flags & GD_TOKF_WU) ? GD_LINE_HAS_BLANK : 0;
			}
			for (int k = before; k < r->ntok; k++)
				r->toks[k].line_has = has;
		}
		line++;
		i = e + 1;
	}
	r->nlines = (int) line;
}

/* ------------------------------------------------------------ values */

bool
gd_tok_is_value(const GdTok *t)
{
	return t->kind == GD_TOK_NUM || t->kind == GD_TOK_BLANK;
}

bool
gd_tok_count(const GdTok *t, int32_t *v, const char **why)
{
	if (t->kind == GD_TOK_BLANK)
	{
		*v = GD_NOT_STATED;
		return true;
	}
	if (t->kind != GD_TOK_NUM)
	{
		*why = "is not a count";
		return false;
	}
	if (t->flags & GD_TOKF_NEG)
	{
		*why = "is negative";
		return false;
	}
	if (t->flags & GD_TOKF_PLUS)
	{
		*why = "is signed";
		return false;
	}
	if (t->flags & GD_TOKF_FRAC)
	{
		*why = "is fractional";
		return false;
	}
	if (t->unit != GD_UNIT_NONE && t->unit != GD_UNIT_COUNT)
	{
		*why = "is an amount of money, not a count";
		return false;
	}
	if (t->flags & GD_TOKF_DECORATED)
	{
		*why = "is not a plain count (a sign or mark is printed with it)";
		return false;
	}
	if ((t->flags & GD_TOKF_BIG) || t->micro / 1000000 > GD_COUNT_MAX)
	{
		*why = "is too large for a count (at most 2147483647)";
		return false;
	}
	*v = (int32_t) (t->micro / 1000000);
	return true;
}

bool
gd_toks_run(const GdRegion *r, int from, int to, char *out, int cap, int *len, int *unit)
{
	const char *d = r->src->text;
	size_t		i = r->toks[from].off;
	size_t		e = (size_t) r->toks[to].off + r->toks[to].len;
	int			n = 0;

	*unit = GD_UNIT_NONE;
	while (i < e)
	{
		size_t		adv;
		uint32_t	cp = cp_at(d, i, e, &adv);
		int			dv = cp_digit(cp);
		char		c;

		if (*unit != GD_UNIT_NONE && !cp_space(cp))
			return false;		/* a unit is only at the end */
		if (dv >= 0)
			c = (char) ('0' + dv);
		else if (cp_minus(cp))
			c = '-';
		else if (cp_plus(cp))
			c = '+';
		else if (cp_decimal_point(cp))
			c = '.';
		else if (cp_space(cp))
		{
			i += adv;
			if (n > 0 && n < cap - 1 && out[n - 1] != ' ' && *unit == GD_UNIT_NONE)
				out[n++] = ' ';
			continue;
		}
		else
		{
			size_t		ul;

			*unit = unit_at(d, i, e, &ul);
			if (*unit == GD_UNIT_NONE)
				return false;
			i += ul;
			continue;
		}
		if (n >= cap - 1)
			return false;
		out[n++] = c;
		i += adv;
	}
	while (n > 0 && out[n - 1] == ' ')
		n--;
	out[n] = '\0';
	*len = n;
	return n > 0;
}

int
gd_tok_unit_word(const GdRegion *r, int tok)
{
	const GdTok *t = &r->toks[tok];
	size_t		len;
	int			unit;

	if (t->kind != GD_TOK_TEXT)
		return GD_UNIT_NONE;
	unit = unit_at(r->src->text, t->off, (size_t) t->off + t->len, &len);
	return len == t->len ? unit : GD_UNIT_NONE;
}

const char *
gd_tok_quote(const GdRegion *r, int tok, char *buf, size_t cap)
{
	const GdTok *t = &r->toks[tok];

	gd_utf8_copy(buf, cap, r->src->text + t->off, t->len);
	return buf;
}

void
gd_toks_quote(const GdRegion *r, int from, int to, char *buf, size_t cap)
{
	GdBuf		b = {0};
	uint32_t	line = 0;

	for (int i = from; i <= to && i < r->ntok && b.len < cap * 2; i++)
	{
		const GdTok *t = &r->toks[i];

		if (i > from)
			gd_buf_puts(&b, t->line != line ? " / " : " ");
		if (t->kind == GD_TOK_BLANK && t->len == 0)
			gd_buf_puts(&b, "(empty)");
		else
			gd_buf_put(&b, r->src->text + t->off, t->len);
		line = t->line;
	}
	gd_utf8_copy(buf, cap, b.data ? b.data : "", b.len);
	gd_buf_free(&b);
}
