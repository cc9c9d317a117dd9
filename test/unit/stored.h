/*
 * stored.h — what the unit tests of the stored form share: a seeded
 * random sequence (xorshift64, so a failure can be replayed), and the
 * width compact.h picks for a value's cells, transcribed from compact.h's
 * description by hand (not taken from compact.c, so that the tests stay
 * independent of the code they check), and for the tests that use
 * check.h, the assertion that both readers refuse some bytes.
 */
#ifndef GD_TEST_STORED_H
#define GD_TEST_STORED_H

#include <stdint.h>
#include <string.h>

#include "core/compact.h"

/* The next number of the sequence whose state is *s (never 0). */
static inline uint64_t
xorshift64(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* 1, 2 or 4: the narrowest width whose cells hold the largest count below all ones. */
static inline int
expected_width32(const int32_t *cells, int n)
{
	int32_t		largest = 0;

	for (int i = 0; i < n; i++)
		largest = cells[i] > largest ? cells[i] : largest;
	return largest <= 254 ? 1 : largest <= 65534 ? 2 : 4;
}

#ifdef GD_TEST_CHECK_H
/*
 * For the tests that count with check.h: bytes refused by both readers —
 * gd_stored_open with GD_E_CORRUPT and a message that says `needle`, and
 * the inline opening (which leaves the reason to gd_stored_open).
 */
static inline void
refused_by_both(GdStoredTable table, int format, int ncells, const unsigned char *buf, size_t len,
				const char *needle)
{
	GdStored	s;
	GdError		err;

	err.message[0] = '\0';
	CHECK(!gd_stored_open(table, buf, len, &s, &err));
	CHECK(err.code == GD_E_CORRUPT);
	if (strstr(err.message, needle) == NULL)
		fail_at(__FILE__, __LINE__, "message \"%s\" does not say \"%s\"", err.message, needle);
	else
		passed++;
	CHECK(!gd_stored_open_narrow(table, buf, len, format, ncells, &s));
}
#endif

#endif							/* GD_TEST_STORED_H */
