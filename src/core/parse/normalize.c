/*
 * parse/normalize.c — UTF-8 helpers and label normalisation.
 *
 * Labels are compared after normalisation: whitespace and punctuation
 * (ASCII, CJK, full-width, quotes, dashes) removed, full-width digits and
 * letters folded to ASCII, 合计 read as 总计.  So （一） and (一), “ and ",
 * "1. 属于" and "1.属于" all compare equal.
 */
#include "core/parse.h"

#include <string.h>

uint32_t
gd_u8_next(const unsigned char *s, size_t n, size_t *adv)
{
	unsigned	c = s[0];
	int			need;
	uint32_t	cp;
	uint32_t	min;

	if (c < 0x80)
	{
		*adv = 1;
		return c;
	}
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
	{
		*adv = 1;
		return 0xFFFD;
	}
	if ((size_t) need >= n)
	{
		*adv = 1;
		return 0xFFFD;
	}
	for (int k = 1; k <= need; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
		{
			*adv = 1;
			return 0xFFFD;
		}
		cp = (cp << 6) | (s[k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
	{
		*adv = 1;
		return 0xFFFD;
	}
	*adv = (size_t) need + 1;
	return cp;
}

bool
gd_cp_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
		cp == '\v' || cp == 0 || cp == 0xA0 || cp == 0x3000 ||
		(cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF || cp == 0x202F;
}

static bool
cp_punct(uint32_t cp)
{
	if (cp < 0x80)
		return cp < 0x20 || cp == 0x7F ||
			(cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
			(cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
	return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 ||
		(cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2460 && cp <= 0x24FF) ||
		(cp >= 0x2500 && cp <= 0x25FF) || (cp >= 0x3000 && cp <= 0x303F) ||
		(cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
		(cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
		(cp >= 0xFF5B && cp <= 0xFF65) || cp == 0xFFFD || cp == 0xFEFF;
}

size_t
gd_u8_put(char *dst, uint32_t cp)
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

/*
 * Normalise s[0..n) into dst (capacity cap, never more than n bytes are
 * written when cap >= n).  Returns the length written.
 */
size_t
gd_norm(char *dst, size_t cap, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;
	size_t		o = 0;

	while (i < n)
	{
		size_t		adv;
		uint32_t	cp = gd_u8_next(u + i, n - i, &adv);

		i += adv;
		if (gd_cp_space(cp) || cp_punct(cp))
			continue;
		if (cp >= 0xFF10 && cp <= 0xFF19)
			cp = '0' + (cp - 0xFF10);
		else if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A))
			cp = cp - 0xFF21 + 'A';
		else if (cp == 0x8BA1 && o >= 3 && memcmp(dst + o - 3, "\xE5\x90\x88", 3) == 0)
			memcpy(dst + o - 3, "\xE6\x80\xBB", 3);	/* 合计 → 总计 */
		if (cp >= 'a' && cp <= 'z')
			cp -= 32;
		{
			char		tmp[4];
			size_t		l = gd_u8_put(tmp, cp);

			if (o + l > cap)
				break;
			memcpy(dst + o, tmp, l);
			o += l;
		}
	}
	return o;
}

/* Find needle in hay (byte strings); returns offset or -1. */
long
gd_find(const char *hay, size_t hn, const char *needle, size_t nn)
{
	if (nn == 0 || nn > hn)
		return nn == 0 ? 0 : -1;
	for (size_t i = 0; i + nn <= hn; i++)
	{
		const void *p = memchr(hay + i, (unsigned char) needle[0], hn - nn + 1 - i);

		if (p == NULL)
			return -1;
		i = (size_t) ((const char *) p - hay);
		if (memcmp(hay + i, needle, nn) == 0)
			return (long) i;
	}
	return -1;
}

bool
gd_is_cn_numeral(uint32_t cp)
{
	switch (cp)
	{
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x5341:			/* 十 */
			return true;
		default:
			return false;
	}
}
