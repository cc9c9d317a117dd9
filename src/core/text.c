/* text.c — buffers, UTF-8 and number formatting for the core (text.h). */
#include "core/text.h"

#include <stdio.h>
#include <string.h>

#include "core/memory.h"

/* Room for extra more bytes and a NUL, doubling; false (and failed set) when memory runs out. */
bool
gd_buf_reserve(GdBuf *b, size_t extra)
{
	size_t		ncap;
	char	   *p;

	if (b->failed)
		return false;
	if (b->cap > b->len && b->cap - b->len > extra)
		return true;
	/* the first reservation is taken at its word (a known size) */
	ncap = b->cap ? b->cap : (extra + 1 > 256 ? extra + 1 : 256);
	while (ncap - b->len <= extra)
	{
		if (ncap > SIZE_MAX / 4)
		{
			b->failed = true;
			return false;
		}
		ncap *= 2;
	}
	p = gd_realloc(b->data, ncap);
	if (p == NULL)
	{
		b->failed = true;
		return false;
	}
	b->data = p;
	b->cap = ncap;
	return true;
}

void
gd_buf_put(GdBuf *b, const char *s, size_t n)
{
	if (!gd_buf_reserve(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
gd_buf_puts(GdBuf *b, const char *s)
{
	gd_buf_put(b, s, strlen(s));
}

void
gd_buf_putc(GdBuf *b, char c)
{
	gd_buf_put(b, &c, 1);
}

void
gd_buf_printf(GdBuf *b, const char *fmt,...)
{
	char		tmp[1024];
	va_list		ap;

	va_start(ap, fmt);
	gd_vformat(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	gd_buf_puts(b, tmp);
}

void
gd_buf_free(GdBuf *b)
{
	gd_free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

uint32_t
gd_utf8_next(const unsigned char *s, size_t n, size_t *adv)
{
	unsigned	c = s[0];
	int			need;
	uint32_t	cp;
	uint32_t	min;

	*adv = 1;
	if (c < 0x80)
		return c;
	if ((c & 0xE0) == 0xC0)
	{
		need = 1;
		cp = c & 0x1F;
		min = 0x80;
	}
	else if ((c & 0xF0) == 0xE0)
	{
		need = 2;
		cp = c & 0x0F;
		min = 0x800;
	}
	else if ((c & 0xF8) == 0xF0)
	{
		need = 3;
		cp = c & 0x07;
		min = 0x10000;
	}
	else
		return 0xFFFD;
	if ((size_t) need >= n)
		return 0xFFFD;
	for (int k = 1; k <= need; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
			return 0xFFFD;
		cp = (cp << 6) | (s[k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0xFFFD;
	*adv = (size_t) need + 1;
	return cp;
}

size_t
gd_utf8_put(char *dst, uint32_t cp)
{
	if (cp < 0x80)
	{
		dst[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		dst[0] = (char) (0xC0 | (cp >> 6));
		dst[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		dst[0] = (char) (0xE0 | (cp >> 12));
		dst[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		dst[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	dst[0] = (char) (0xF0 | (cp >> 18));
	dst[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	dst[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	dst[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

bool
gd_utf8_valid(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		adv;
		uint32_t	cp = gd_utf8_next((const unsigned char *) s + i, n - i, &adv);

		if (cp == 0xFFFD && !(adv == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0))
			return false;
		if (cp == 0)
			return false;
		i += adv;
	}
	return true;
}

size_t
gd_utf8_copy(char *dst, size_t cap, const char *src, size_t n)
{
	static const char ellipsis[] = "\xE2\x80\xA6";	/* … */
	size_t		o = 0;
	size_t		i = 0;

	if (cap == 0)
		return 0;
	while (i < n)
	{
		size_t		adv;
		uint32_t	cp = gd_utf8_next((const unsigned char *) src + i, n - i, &adv);
		char		enc[4];
		size_t		l;

		if (cp < 0x20 || cp == 0x7F)
			cp = ' ';
		l = gd_utf8_put(enc, cp);
		/* leave room for "…" unless this is the last character */
		if (o + l + (i + adv < n ? sizeof(ellipsis) - 1 : 0) >= cap)
		{
			if (o + sizeof(ellipsis) - 1 < cap)
			{
				memcpy(dst + o, ellipsis, sizeof(ellipsis) - 1);
				o += sizeof(ellipsis) - 1;
			}
			break;
		}
		memcpy(dst + o, enc, l);
		o += l;
		i += adv;
	}
	dst[o] = '\0';
	return o;
}

void
gd_vformat(char *dst, size_t cap, const char *fmt, va_list ap)
{
	char		tmp[8192];
	int			n;

	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	if (n < 0)
		n = 0;
	gd_utf8_copy(dst, cap, tmp, (size_t) n < sizeof(tmp) ? (size_t) n : sizeof(tmp) - 1);
}

void
gd_format(char *dst, size_t cap, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	gd_vformat(dst, cap, fmt, ap);
	va_end(ap);
}

void
gd_money_format(int64_t millionths, char *buf, size_t size)
{
	bool		neg = millionths < 0;
	uint64_t	u = neg ? (uint64_t) (-(millionths + 1)) + 1 : (uint64_t) millionths;
	uint64_t	whole = u / 1000000;
	uint64_t	frac = u % 1000000;
	int			digits = 6;

	if (frac == 0)
	{
		snprintf(buf, size, "%s%llu", neg ? "-" : "", (unsigned long long) whole);
		return;
	}
	while (frac % 10 == 0)
	{
		frac /= 10;
		digits--;
	}
	snprintf(buf, size, "%s%llu.%0*llu", neg ? "-" : "", (unsigned long long) whole,
			 digits, (unsigned long long) frac);
}

/*
 * memchr for the needle's last byte, then memcmp for the rest: linear for
 * the short fixed needles the parser uses.  The last byte of a CJK
 * character is one of 64 continuation bytes, the first one of a few lead
 * bytes that most Chinese text is made of, so far fewer places are tried.
 * The places are tried in order, so the first occurrence is found.
 */
long
gd_find(const char *hay, size_t hn, const char *needle, size_t nn)
{
	size_t		j;				/* where the needle's last byte would stand */

	if (nn == 0)
		return 0;
	if (nn > hn)
		return -1;
	j = nn - 1;
	while (j < hn)
	{
		const char *p = memchr(hay + j, (unsigned char) needle[nn - 1], hn - j);

		if (p == NULL)
			return -1;
		j = (size_t) (p - hay);
		if (memcmp(hay + j - (nn - 1), needle, nn - 1) == 0)
			return (long) (j - (nn - 1));
		j++;
	}
	return -1;
}
