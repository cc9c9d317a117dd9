/*
 * stored.h — what the unit tests of the stored form share: a seeded
 * random sequence (xorshift64, so a failure can be replayed), and the
 * width compact.h picks for a value's cells, transcribed from compact.h's
 * description by hand (not taken from compact.c, so that the tests stay
 * independent of the code they check).
 */
#ifndef GD_TEST_STORED_H
#define GD_TEST_STORED_H

#include <stdint.h>

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

#endif							/* GD_TEST_STORED_H */
