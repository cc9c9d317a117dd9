/*
 * verdict.c — the fingerprint of the identities and the verdict a stored
 * value keeps (verdict.h).
 */
#include "core/verdict.h"

#include "core/check.h"
#include "core/layout.h"

/* FNV-1a, 32 bits, over one integer at a time. */
static uint32_t
mix(uint32_t h, int32_t v)
{
	uint32_t	u = (uint32_t) v;

	for (int i = 0; i < 4; i++)
	{
		h ^= (u >> (8 * i)) & 0xFF;
		h *= 16777619u;
	}
	return h;
}

/*
 * What decides a verdict: the rules' edition, the format's number of rows,
 * and every identity of table 三 — its role, its axis and each term's row
 * position in the format (or column), side and whether it is required.
 * Names, labels and the anchor of a message do not.
 */
static uint32_t
fingerprint(int format)
{
	uint32_t	h = 2166136261u;

	h = mix(h, GD_VERDICT_RULES);
	h = mix(h, gd_applications_nrows(format));
	for (int i = 0; i < gd_layout->nidentities; i++)
	{
		const GdIdentity *id = &gd_layout->identities[i];

		if (id->table != GD_TABLE_APPLICATIONS)
			continue;
		h = mix(h, (int32_t) id->role);
		h = mix(h, (int32_t) id->axis);
		h = mix(h, id->nterms);
		for (int t = 0; t < id->nterms; t++)
		{
			const GdTerm *term = &id->terms[t];

			h = mix(h, id->axis == GD_PER_COLUMN ? gd_applications_row_pos(format, term->index) : term->index);
			h = mix(h, (int32_t) term->side);
			h = mix(h, term->required);
		}
	}
	h &= 0x7FFFFFFF;
	return h != 0 ? h : 1;
}

/* Fingerprints of the layout in use, by format; the one asked for last first. */
typedef struct Remembered
{
	unsigned	generation;		/* of the layout; 0 = empty */
	int			format;
	uint32_t	fingerprint;
} Remembered;

uint32_t
gd_identities_fingerprint(int format)
{
	static Remembered known[GD_LAYOUT_FORMATS_MAX];
	static int	last;
	static int	next;
	Remembered *r = &known[last];

	if (r->generation == gd_layout_generation && r->format == format)
		return r->fingerprint;
	for (int i = 0; i < GD_LAYOUT_FORMATS_MAX; i++)
		if (known[i].generation == gd_layout_generation && known[i].format == format)
			return known[last = i].fingerprint;
	r = &known[last = next];
	next = (next + 1) % GD_LAYOUT_FORMATS_MAX;
	r->format = format;
	r->fingerprint = fingerprint(format);
	r->generation = gd_layout_generation;
	return r->fingerprint;
}

uint32_t
gd_applications_verdict(int format, const int32_t *cells)
{
	return gd_identities_fingerprint(format) << 1 | (uint32_t) gd_applications_consistent(format, cells);
}
