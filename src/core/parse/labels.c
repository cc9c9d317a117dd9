/*
 * parse/labels.c — labels reduced to their Chinese characters.
 *
 * Reads: a label of the layout (layout.c).  Produces: a GdSkeleton, the
 * label's CJK characters in order, with the item number (一、 （一） 1.)
 * and a parenthetical note marked optional, since printed labels leave
 * them out.  Printed text is compared in the same space (CJK characters
 * only), so spacing, punctuation, brackets, quotes and wrapping never
 * matter.
 */
#include "core/parse/internal.h"

#include <string.h>

bool
gd_cp_cjk(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) ||
		cp == 0x3007;			/* 〇 */
}

int
gd_cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x3007:			/* 〇 */
		case 0x96F6:			/* 零 */
			return 0;
		case 0x4E00:			/* 一 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
			return 2;
		case 0x4E09:			/* 三 */
			return 3;
		case 0x56DB:			/* 四 */
			return 4;
		case 0x4E94:			/* 五 */
			return 5;
		case 0x516D:			/* 六 */
			return 6;
		case 0x4E03:			/* 七 */
			return 7;
		case 0x516B:			/* 八 */
			return 8;
		case 0x4E5D:			/* 九 */
			return 9;
		case 0x5341:			/* 十 */
			return 10;
		default:
			return -1;
	}
}

static bool
open_bracket(uint32_t cp)
{
	return cp == '(' || cp == 0xFF08;
}

static bool
close_bracket(uint32_t cp)
{
	return cp == ')' || cp == 0xFF09;
}

void
gd_skeleton_of(const char *label, GdSkeleton *out)
{
	const unsigned char *s = (const unsigned char *) label;
	size_t		n = strlen(label);
	size_t		i = 0;
	int			depth = 0;
	bool		leading = true;	/* still in the item number */

	out->n = out->ncore = 0;
	while (i < n && out->n < GD_SKELETON_MAX)
	{
		size_t		adv;
		uint32_t	cp = gd_utf8_next(s + i, n - i, &adv);
		bool		optional;

		i += adv;
		if (open_bracket(cp))
		{
			depth++;
			continue;
		}
		if (close_bracket(cp))
		{
			if (depth > 0)
				depth--;
			continue;
		}
		if (!gd_cp_cjk(cp))
		{
			if (cp == 0x3001 || cp == '.' || cp == 0xFF0E)	/* 、 . ． end 一、 1. */
				leading = false;
			continue;
		}
		/* 一、 and （一）: a numeral before the first separator or bracket */
		optional = depth > 0 || (leading && gd_cn_digit(cp) >= 0 && out->n == 0);
		if (!optional)
			leading = false;
		else if (depth == 0 && out->n > 0)
			leading = false;
		out->cp[out->n] = cp;
		out->optional[out->n] = optional;
		out->ncore += !optional;
		out->n++;
	}
}

size_t
gd_skeleton_utf8(const char *s, size_t n, char *dst, size_t cap)
{
	size_t		i = 0;
	size_t		o = 0;

	while (i < n)
	{
		size_t		adv;
		uint32_t	cp = gd_utf8_next((const unsigned char *) s + i, n - i, &adv);

		i += adv;
		if (!gd_cp_cjk(cp))
			continue;
		if (o + 4 >= cap)
			break;
		o += gd_utf8_put(dst + o, cp);
	}
	if (cap > 0)
		dst[o] = '\0';
	return o;
}
