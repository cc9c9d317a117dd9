/*
 * fuzz_compact.c — libFuzzer target: the stored form (compact.h).  The
 * first byte picks the table (三, 四, 二), the rest is a stored value.
 * Whatever is refused must be refused with a message; whatever is read
 * must survive being written compact and read again unchanged, the sum
 * and the consistency check read in place must not fault on it, and
 * sum()'s pending sums (accum.h) must add it as the exact way does.  The
 * bytes of a table 三 input are also offered to sum()'s stored-bytes path
 * (gd_accum_add_stored) as they are: it may take only what the full
 * reading reads, and must then add it as the exact way does.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/accum.h"
#include "core/check.h"
#include "core/compact.h"
#include "core/layout.h"
#include "core/matrix.h"
#include "core/text.h"
#include "core/verdict.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Added onto nothing stated: through the pending sums (or the exact way where they refuse it) as the exact way alone. */
static void
pending_as_exact(const GdStored *s)
{
	static GdAccum accum;		/* 64-byte aligned (its lanes are) */
	int32_t		exact[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		pending[GD_APPLICATIONS_NCELLS_MAX];
	bool		ok_exact;
	bool		ok_pending = true;
	GdError		err;

	for (int i = 0; i < s->ncells; i++)
		exact[i] = pending[i] = GD_NOT_STATED;
	ok_exact = gd_cells_add_stored(exact, s, &err);
	gd_accum_init(&accum, s->table, s->format, pending);
	if (!gd_accum_add(&accum, pending, s))
		ok_pending = gd_cells_add_stored(pending, s, &err);
	gd_accum_flush(&accum, pending);
	if (ok_exact != ok_pending || (ok_exact && memcmp(exact, pending, sizeof(int32_t) * s->ncells) != 0))
		abort();
}

/* s: what gd_stored_open read from the bytes, or NULL where it refused them. */
static void
stored_path(const unsigned char *bytes, size_t len, const GdStored *s)
{
	static GdAccum accum;		/* 64-byte aligned (its lanes are) */
	int32_t		exact[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		pending[GD_APPLICATIONS_NCELLS_MAX];
	int16_t		format;
	int			n;
	GdError		err;

	if (len < sizeof(format))
		return;
	memcpy(&format, bytes, sizeof(format));
	n = gd_applications_ncells(format);
	if (n == 0)
		return;					/* no such format: no accumulator for it */
	for (int i = 0; i < n; i++)
		exact[i] = pending[i] = GD_NOT_STATED;
	gd_accum_init(&accum, GD_STORED_APPLICATIONS, format, pending);
	if (!gd_accum_add_stored(&accum, bytes, len))
		return;
	/* taken: the full reading must have read the same value, which the exact way adds */
	if (s == NULL || s->format != format || !gd_cells_add_stored(exact, s, &err))
		abort();
	gd_accum_flush(&accum, pending);
	if (memcmp(exact, pending, sizeof(int32_t) * (size_t) n) != 0)
		abort();
}

static void
again32(const GdStored *s)
{
	int32_t		cells[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		back[GD_APPLICATIONS_NCELLS_MAX];
	int32_t		sum[GD_APPLICATIONS_NCELLS_MAX];
	unsigned char buf[GD_STORED_HEADER + GD_STORED_VERDICT + 4 * GD_APPLICATIONS_NCELLS_MAX];
	size_t		n;
	GdStored	t;
	GdError		err;
	bool		consistent;
	bool		kept;

	/* in place first: a corrupt cell is an error here too, never a fault */
	memset(sum, 0, sizeof(sum));
	if (!gd_cells_add_stored(sum, s, &err) && !gd_utf8_valid(err.message, strlen(err.message)))
		abort();
	if (s->table == GD_STORED_APPLICATIONS &&
		!gd_applications_consistent_stored(s, &consistent, &err) && err.code != GD_E_CORRUPT)
		abort();
	pending_as_exact(s);
	if (!gd_stored_cells32(s, cells, &err))
		return;
	n = gd_stored_size32(cells, s->ncells, false);
	gd_stored_write32(s->format, cells, s->ncells, GD_NO_VERDICT, buf);
	if (!gd_stored_open(s->table, buf, n, &t, &err) || !gd_stored_cells32(&t, back, &err) ||
		t.format != s->format || memcmp(cells, back, sizeof(int32_t) * s->ncells) != 0)
		abort();
	/* table 三 again with its verdict: the same cells, and the verdict the cells' own */
	if (s->table != GD_STORED_APPLICATIONS)
		return;
	n = gd_stored_size32(cells, s->ncells, true);
	gd_stored_write32(s->format, cells, s->ncells, gd_applications_verdict(s->format, cells), buf);
	if (!gd_stored_open(s->table, buf, n, &t, &err) || !gd_stored_cells32(&t, back, &err) ||
		memcmp(cells, back, sizeof(int32_t) * s->ncells) != 0)
		abort();
	kept = gd_stored_verdict(&t, &consistent);
	if (kept != (t.width <= 2 || t.width == GD_STORED_HIGH) || (kept && consistent != gd_applications_consistent(s->format, cells)))
		abort();
}

static void
again64(const GdStored *s)
{
	int64_t		cells[GD_PROACTIVE_NCELLS_MAX];
	int64_t		back[GD_PROACTIVE_NCELLS_MAX];
	unsigned char buf[GD_STORED_HEADER + 8 * GD_PROACTIVE_NCELLS_MAX];
	size_t		n;
	GdStored	t;
	GdError		err;

	if (!gd_stored_cells64(s, cells, &err))
		return;
	n = gd_stored_size64(cells, s->ncells);
	gd_stored_write64(s->format, cells, s->ncells, buf);
	if (!gd_stored_open(s->table, buf, n, &t, &err) || !gd_stored_cells64(&t, back, &err) ||
		t.format != s->format || memcmp(cells, back, sizeof(int64_t) * s->ncells) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GdStoredTable table;
	unsigned char *copy;
	GdStored	s;
	GdError		err;
	bool		opened;

	if (size < 1)
		return 0;
	table = data[0] % 3 == 0 ? GD_STORED_APPLICATIONS : data[0] % 3 == 1 ? GD_STORED_APPEALS
		: GD_STORED_PROACTIVE;
	/* an exact-size copy, so reading one byte too far is caught */
	copy = malloc(size - 1 ? size - 1 : 1);
	if (copy == NULL)
		return 0;
	memcpy(copy, data + 1, size - 1);
	err.message[0] = '\0';
	opened = gd_stored_open(table, copy, size - 1, &s, &err);
	if (!opened)
	{
		if (err.code != GD_E_CORRUPT || err.message[0] == '\0' ||
			!gd_utf8_valid(err.message, strlen(err.message)))
			abort();
	}
	else if (table == GD_STORED_PROACTIVE)
		again64(&s);
	else
		again32(&s);
	if (table == GD_STORED_APPLICATIONS)
		stored_path(copy, size - 1, opened ? &s : NULL);
	free(copy);
	return 0;
}
