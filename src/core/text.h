/*
 * text.h — bytes and characters, once for the whole core: a growable
 * output buffer, UTF-8 decoding and encoding, copies and formats that are
 * always valid UTF-8 (cut at a character boundary, with "…"), money as a
 * decimal, and substring search.  Pure C.
 */
#ifndef GD_TEXT_H
#define GD_TEXT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A growable, NUL-terminated byte buffer (allocated through memory.h). */
typedef struct GdBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		failed;			/* an allocation failed: contents truncated */
} GdBuf;

extern bool gd_buf_reserve(GdBuf *b, size_t extra);
extern void gd_buf_put(GdBuf *b, const char *s, size_t n);
extern void gd_buf_puts(GdBuf *b, const char *s);
extern void gd_buf_putc(GdBuf *b, char c);
extern void gd_buf_printf(GdBuf *b, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern void gd_buf_free(GdBuf *b);

/*
 * The code point at s (n bytes available) and its length in *adv (≥ 1).
 * Invalid or truncated sequences read as U+FFFD, one byte long.
 */
extern uint32_t gd_utf8_next(const unsigned char *s, size_t n, size_t *adv);
/* Encode cp (a valid scalar value) at dst; returns its length (1–4). */
extern size_t gd_utf8_put(char *dst, uint32_t cp);
extern bool gd_utf8_valid(const char *s, size_t n);

/*
 * Copy src[0..n) into dst (cap bytes, NUL-terminated) as valid UTF-8:
 * invalid bytes become U+FFFD, control characters (line breaks too)
 * spaces, and a copy that
 * does not fit is cut at a character boundary and ends in "…".  Returns
 * the length written.
 */
extern size_t gd_utf8_copy(char *dst, size_t cap, const char *src, size_t n);

/* vsnprintf whose result is always valid UTF-8 (gd_utf8_copy of it). */
extern void gd_vformat(char *dst, size_t cap, const char *fmt, va_list ap)
			__attribute__((format(printf, 3, 0)));
extern void gd_format(char *dst, size_t cap, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

/* Money: millionths of 万元 as a decimal with no needless zeros ("25.1"). */
extern void gd_money_format(int64_t millionths, char *buf, size_t size);

/* Offset of needle in hay, or -1; linear in hn for a needle of fixed size. */
extern long gd_find(const char *hay, size_t hn, const char *needle, size_t nn);

#endif							/* GD_TEXT_H */
