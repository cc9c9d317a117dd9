/*
 * test_text.c — bytes and characters (text.c): UTF-8 decoding, copies cut
 * to a buffer, money as a decimal, substring search, the growable buffer.
 * UTF-8 sequences are written out by hand from the encoding's definition
 * (RFC 3629).  Last line: "N passed, M failed".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/text.h"

#include "check.h"

/* One sequence: the code point it decodes to and its length. */
static void
check_next(const char *s, size_t n, uint32_t cp, size_t adv, int line)
{
	size_t		a = 0;
	uint32_t	got = gd_utf8_next((const unsigned char *) s, n, &a);

	if (got == cp && a == adv)
		passed++;
	else
		fail_at(__FILE__, line, "decoded U+%04X in %zu bytes, expected U+%04X in %zu",
				(unsigned) got, a, (unsigned) cp, adv);
}

static void
test_decode(void)
{
	check_next("A", 1, 0x41, 1, __LINE__);
	check_next("\xC3\xA9", 2, 0xE9, 2, __LINE__);	/* é */
	check_next("\xE4\xB8\xAD", 3, 0x4E2D, 3, __LINE__);	/* 中 */
	check_next("\xF0\x9F\x98\x80", 4, 0x1F600, 4, __LINE__);
	check_next("\xE0\xA0\x80", 3, 0x800, 3, __LINE__);	/* the first 3-byte one */
	/* overlong forms of '/', of U+0000 and of U+07FF: invalid */
	check_next("\xC0\xAF", 2, 0xFFFD, 1, __LINE__);
	check_next("\xC1\xBF", 2, 0xFFFD, 1, __LINE__);
	check_next("\xE0\x9F\xBF", 3, 0xFFFD, 1, __LINE__);
	check_next("\xF0\x8F\xBF\xBF", 4, 0xFFFD, 1, __LINE__);
	/* a surrogate, past U+10FFFF, cut short, a stray continuation byte */
	check_next("\xED\xA0\x80", 3, 0xFFFD, 1, __LINE__);
	check_next("\xF4\x90\x80\x80", 4, 0xFFFD, 1, __LINE__);
	check_next("\xE4\xB8", 2, 0xFFFD, 1, __LINE__);
	check_next("\x80", 1, 0xFFFD, 1, __LINE__);

	CHECK(gd_utf8_valid("\xE4\xB8\xAD\xE6\x96\x87", 6));	/* 中文 */
	CHECK(gd_utf8_valid("\xEF\xBF\xBD", 3));	/* U+FFFD written as such */
	CHECK(!gd_utf8_valid("a\xC0\xAF", 3));
	CHECK(!gd_utf8_valid("\xE0\x9F\xBF", 3));
	CHECK(!gd_utf8_valid("a\0b", 3));
}

static void
test_encode(void)
{
	char		b[8];

	CHECK_INT(gd_utf8_put(b, 0x7F), 1);
	CHECK_INT(gd_utf8_put(b, 0x7FF), 2);
	CHECK(memcmp(b, "\xDF\xBF", 2) == 0);
	CHECK_INT(gd_utf8_put(b, 0x800), 3);
	CHECK(memcmp(b, "\xE0\xA0\x80", 3) == 0);
	CHECK_INT(gd_utf8_put(b, 0x4E2D), 3);
	CHECK(memcmp(b, "\xE4\xB8\xAD", 3) == 0);
	CHECK_INT(gd_utf8_put(b, 0x10000), 4);
	CHECK(memcmp(b, "\xF0\x90\x80\x80", 4) == 0);
}

/* Copies never write past cap, and are cut at a character with "…". */
static void
test_copy(void)
{
	char		d[16];

	/* one byte of room: only the NUL fits */
	memset(d, 'X', sizeof(d));
	CHECK_INT(gd_utf8_copy(d, 1, "a", 1), 0);
	CHECK_INT(d[0], '\0');
	CHECK_INT(d[1], 'X');
	/* two bytes: "a" and its NUL */
	memset(d, 'X', sizeof(d));
	CHECK_INT(gd_utf8_copy(d, 2, "a", 1), 1);
	CHECK_STR(d, "a");
	CHECK_INT(d[2], 'X');
	/* 中 needs 3 bytes and the NUL: with 3, nothing but the NUL */
	memset(d, 'X', sizeof(d));
	CHECK_INT(gd_utf8_copy(d, 3, "\xE4\xB8\xAD", 3), 0);
	CHECK_INT(d[0], '\0');
	CHECK_INT(d[3], 'X');
	memset(d, 'X', sizeof(d));
	CHECK_INT(gd_utf8_copy(d, 4, "\xE4\xB8\xAD", 3), 3);
	CHECK_STR(d, "\xE4\xB8\xAD");
	CHECK_INT(d[4], 'X');
	/* 中文中文 in 8 bytes: 中 and "…" (3 + 3 + NUL) */
	memset(d, 'X', sizeof(d));
	CHECK_INT(gd_utf8_copy(d, 8, "\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87", 12), 6);
	CHECK_STR(d, "\xE4\xB8\xAD\xE2\x80\xA6");
	CHECK_INT(d[8], 'X');
	/* a line break becomes a space, an invalid byte U+FFFD */
	CHECK_INT(gd_utf8_copy(d, sizeof(d), "a\nb\xC0", 4), 6);
	CHECK_STR(d, "a b\xEF\xBF\xBD");
}

static void
test_money(void)
{
	static const struct
	{
		int64_t		v;
		const char *text;
	}			cases[] = {
		{1050000, "1.05"},
		{1000500, "1.0005"},
		{1, "0.000001"},
		{10, "0.00001"},
		{100, "0.0001"},
		{-1, "-0.000001"},
		{-2500000, "-2.5"},
		{3000000, "3"},
		{0, "0"},
		{123456789012LL, "123456.789012"},
	};
	char		b[48];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		gd_money_format(cases[i].v, b, sizeof(b));
		CHECK_STR(b, cases[i].text);
	}
}

static void
test_find(void)
{
	CHECK_INT(gd_find("abcabd", 6, "abd", 3), 3);	/* at the very end */
	CHECK_INT(gd_find("abd", 3, "abd", 3), 0);	/* the whole haystack */
	CHECK_INT(gd_find("xyz", 3, "z", 1), 2);
	CHECK_INT(gd_find("abcabc", 6, "abd", 3), -1);
	CHECK_INT(gd_find("ab", 2, "abc", 3), -1);
	CHECK_INT(gd_find("ab", 2, "", 0), 0);
	/* 中文 inside text: byte offset 1 */
	CHECK_INT(gd_find("a\xE4\xB8\xAD\xE6\x96\x87", 7, "\xE4\xB8\xAD\xE6\x96\x87", 6), 1);
}

/* The buffer always has room for its NUL, whatever the sizes put. */
static void
test_buf(void)
{
	GdBuf		b = {0};
	char		chunk[600];
	int			bad = 0;

	memset(chunk, 'x', sizeof(chunk));
	gd_buf_put(&b, chunk, 256);
	for (int i = 0; i < 3000; i++)
	{
		gd_buf_put(&b, chunk, (size_t) (i % 7 == 0 ? 1 + i % 600 : 1));
		if (b.failed || b.len >= b.cap || b.data[b.len] != '\0')
			bad++;
	}
	CHECK_INT(bad, 0);
	CHECK(!b.failed);
	gd_buf_free(&b);
	CHECK(b.data == NULL && b.len == 0 && b.cap == 0);

	/* exactly filling the first reservation */
	gd_buf_reserve(&b, 300);
	gd_buf_put(&b, chunk, 300);
	CHECK(b.len < b.cap);
	gd_buf_printf(&b, "%d-%s", 42, "\xE4\xB8\xAD");
	CHECK_INT(b.len, 306);
	CHECK_STR(b.data + 300, "42-\xE4\xB8\xAD");
	CHECK(b.len < b.cap);
	gd_buf_free(&b);
}

int
main(void)
{
	test_decode();
	test_encode();
	test_copy();
	test_money();
	test_find();
	test_buf();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
