/*
 * check.h — the assertions the unit tests share: each counts a pass or
 * prints the failing file, line and values; a test ends by printing
 * "N passed, N failed" and returning failed != 0.
 */
#ifndef GD_TEST_CHECK_H
#define GD_TEST_CHECK_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int	passed = 0;
static int	failed = 0;

static void
fail_at(const char *file, int line, const char *fmt,...)
	__attribute__((format(printf, 3, 4)));

static void
fail_at(const char *file, int line, const char *fmt,...)
{
	va_list		ap;

	failed++;
	printf("FAIL %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

#define CHECK(expr) \
	do { \
		if (expr) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "%s", #expr); \
	} while (0)

#define CHECK_INT(actual, expected) \
	do { \
		long long a_ = (long long) (actual); \
		long long e_ = (long long) (expected); \
		if (a_ == e_) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "%s == %s (got %lld, expected %lld)", \
					#actual, #expected, a_, e_); \
	} while (0)

#define CHECK_STR(actual, expected) \
	do { \
		const char *a_ = (actual); \
		const char *e_ = (expected); \
		if ((a_ == NULL && e_ == NULL) || (a_ && e_ && strcmp(a_, e_) == 0)) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "%s == %s (got \"%s\", expected \"%s\")", \
					#actual, #expected, a_ ? a_ : "(null)", e_ ? e_ : "(null)"); \
	} while (0)

#define CHECK_HAS(haystack, needle) \
	do { \
		const char *h_ = (haystack); \
		const char *n_ = (needle); \
		if (h_ && strstr(h_, n_)) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "\"%s\" contains \"%s\" (it is \"%s\")", \
					#haystack, n_, h_ ? h_ : "(null)"); \
	} while (0)

#define CHECK_HASNT(haystack, needle) \
	do { \
		const char *h_ = (haystack); \
		const char *n_ = (needle); \
		if (h_ && !strstr(h_, n_)) \
			passed++; \
		else \
			fail_at(__FILE__, __LINE__, "\"%s\" does not contain \"%s\" (it is \"%s\")", \
					#haystack, n_, h_ ? h_ : "(null)"); \
	} while (0)

#endif							/* GD_TEST_CHECK_H */
