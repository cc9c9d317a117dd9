/*
 * parse/audit.c — what the tables cannot show: the report's prose audited
 * as supervising offices score it.
 *
 * Reads: the source, the anchors (sections.c), the tables read.  Produces
 * warnings, one rule each:
 *   P1  a required section (一 to 六) is missing;
 *   P2  section 五 (存在的主要问题及改进情况) is empty, says only "无", or is
 *       too short to say anything (fewer than GD_AUDIT_MIN_CHARS characters);
 *   P3  section 六 is silent about what the format asks it to report
 *       (信息处理费 in 2021), or says "无" while the report mentions it elsewhere;
 *   P4  tables 三 and 四 have blank or "/" cells (the form asks for a number
 *       in every cell; they are counted).
 * One pass over each section's text: linear in the source.
 */
#include "core/parse/internal.h"

#include <string.h>

/* Section 五 says something only with this many Chinese characters. */
#define GD_AUDIT_MIN_CHARS 20
/* A statement of "none" is short: 无。 本年度无。 没有其他需要报告的事项。 */
#define GD_AUDIT_NONE_MAX_CHARS 16

/* Where a section's heading is, by its anchor; section 四 by its table. */
static const GdAnchor section_anchor[GD_NSECTIONS] = {
	[GD_SECTION_PROACTIVE] = GD_ANCHOR_PROACTIVE,
	[GD_SECTION_APPLICATIONS] = GD_ANCHOR_APPLICATIONS,
	[GD_SECTION_APPEALS] = GD_ANCHOR_REVIEW,
	[GD_SECTION_OVERVIEW] = GD_ANCHOR_OVERVIEW,
	[GD_SECTION_PROBLEMS] = GD_ANCHOR_PROBLEMS,
	[GD_SECTION_OTHER] = GD_ANCHOR_OTHER,
};

/* The order sections are printed in, for P1's messages. */
static const GdSectionId printed_order[GD_NSECTIONS] = {
	GD_SECTION_OVERVIEW, GD_SECTION_PROACTIVE, GD_SECTION_APPLICATIONS,
	GD_SECTION_APPEALS, GD_SECTION_PROBLEMS, GD_SECTION_OTHER
};

/* What a stretch of text holds: its Chinese characters, its first sentence's. */
typedef struct Prose
{
	long		chars;			/* CJK characters */
	long		first_chars;	/* of them, in the first sentence */
	bool		first_says_none;	/* the first sentence has 无 or 没有 */
	char		excerpt[96];	/* its start, for a DETAIL */
} Prose;

static bool
sentence_end(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF1B || cp == ';' || cp == '\n' || cp == 0xFF01;	/* 。；;\n！ */
}

static void
read_prose(const GdSource *src, size_t from, size_t to, Prose *p)
{
	const unsigned char *s = (const unsigned char *) src->text;
	size_t		i = from;
	bool		in_first = true;
	uint32_t	prev = 0;
	size_t		ex = 0;
	size_t		block = (size_t) -1;

	memset(p, 0, sizeof(*p));
	while (i < to)
	{
		size_t		adv;
		uint32_t	cp = gd_utf8_next(s + i, to - i, &adv);

		GD_TICK_AT(i, block);
		if (gd_cp_cjk(cp))
		{
			p->chars++;
			if (in_first)
			{
				p->first_chars++;
				p->first_says_none |= cp == 0x65E0 || (prev == 0x6CA1 && cp == 0x6709);	/* 无, 没有 */
			}
			if (ex + adv < sizeof(p->excerpt) - 4)
			{
				memcpy(p->excerpt + ex, s + i, adv);
				ex += adv;
			}
			prev = cp;
		}
		else if (sentence_end(cp) && p->chars > 0)
			in_first = false;
		i += adv;
	}
	p->excerpt[ex] = '\0';
}

/*
 * Does [from, to) speak of the term?  Besides the form's own word, a
 * sentence about fees in general answers the question (未收取任何费用).
 */
static const char *const fee_words[] = {"费用", "收费", "收取"};

static bool
mentions(const GdSource *src, size_t from, size_t to, const char *term)
{
	if (to <= from)
		return false;
	if (gd_find(src->text + from, to - from, term, strlen(term)) >= 0)
		return true;
	for (size_t k = 0; k < sizeof(fee_words) / sizeof(fee_words[0]); k++)
		if (gd_find(src->text + from, to - from, fee_words[k], strlen(fee_words[k])) >= 0)
			return true;
	return false;
}

/* Is the section there: its heading, or the table it holds? */
static bool
section_present(const GdSections *secs, const GdReportData *rep, GdSectionId id)
{
	if (secs->total[section_anchor[id]] > 0)
		return true;
	switch (id)
	{
		case GD_SECTION_PROACTIVE:
			return rep->has_proactive;
		case GD_SECTION_APPLICATIONS:
			return rep->has_applications || secs->total[GD_ANCHOR_NEW_RECEIVED] > 0;
		case GD_SECTION_APPEALS:
			return rep->has_appeals;
		default:
			return false;
	}
}

/* P1: each section whose heading and table are nowhere. */
static void
missing_sections(const GdSections *secs, const GdReportData *rep, GdDiagSink *sink)
{
	for (int k = 0; k < GD_NSECTIONS; k++)
	{
		const GdSection *sec = &gd_sections[printed_order[k]];
		GdDiagnostic *d;

		if (section_present(secs, rep, printed_order[k]))
			continue;
		d = gd_diag(sink, GD_SEV_WARNING, sec->number, NULL, NULL,
					"rule P1: section %s is missing", sec->name.zh);
		d->rule = "P1";
		gd_diag_hint(d, "A report has the six sections of the form, 一 to 六, each under its heading.");
	}
}

/* P2: section 五 empty, "无", or too short. */
static void
problems_section(const GdSource *src, size_t from, size_t to, GdDiagSink *sink)
{
	const char *sec = gd_sections[GD_SECTION_PROBLEMS].number;
	Prose		p;
	GdDiagnostic *d;

	read_prose(src, from, to, &p);
	if (p.chars >= GD_AUDIT_MIN_CHARS)
		return;
	if (p.chars == 0)
		d = gd_diag(sink, GD_SEV_WARNING, sec, NULL, NULL,
					"rule P2: section 五 (main problems and improvements) is empty");
	else if (p.first_says_none && p.chars <= GD_AUDIT_NONE_MAX_CHARS)
		d = gd_diag(sink, GD_SEV_WARNING, sec, NULL, NULL,
					"rule P2: section 五 (main problems and improvements) says only that there are none");
	else
		d = gd_diag(sink, GD_SEV_WARNING, sec, NULL, NULL,
					"rule P2: section 五 (main problems and improvements) is too short to say anything: %ld Chinese characters, fewer than %d",
					p.chars, GD_AUDIT_MIN_CHARS);
	d->rule = "P2";
	if (p.chars > 0)
		gd_diag_detail(d, "The section reads: %s", p.excerpt);
	gd_diag_hint(d, "The form asks for the main problems of the year and what was done about them.");
}

/* P3: section 六 silent about the format's term, or "无" while the term appears elsewhere. */
static void
other_section(const GdSource *src, size_t from, size_t to, const char *term, GdDiagSink *sink)
{
	const char *sec = gd_sections[GD_SECTION_OTHER].number;
	Prose		p;
	GdDiagnostic *d;

	if (mentions(src, from, to, term))
		return;
	read_prose(src, from, to, &p);
	if (p.first_says_none && p.first_chars <= GD_AUDIT_NONE_MAX_CHARS &&
		(mentions(src, 0, from, term) || mentions(src, to, src->len, term)))
	{
		d = gd_diag(sink, GD_SEV_WARNING, sec, NULL, NULL,
					"rule P3: section 六 says there is nothing to report, but the report mentions %s elsewhere", term);
		gd_diag_detail(d, "Section 六 reads: %s", p.excerpt);
	}
	else
	{
		d = gd_diag(sink, GD_SEV_WARNING, sec, NULL, NULL,
					"rule P3: section 六 does not say whether %s was charged", term);
		if (p.chars > 0)
			gd_diag_detail(d, "Section 六 reads: %s", p.excerpt);
	}
	d->rule = "P3";
	gd_diag_hint(d, "The form of the report's year asks section 六 to report the %s charged (amount and number), or that none was.", term);
}

static int
blanks(const int32_t *cells, int n)
{
	int			k = 0;

	for (int i = 0; i < n; i++)
		k += cells[i] == GD_NOT_STATED;
	return k;
}

/* P4: blank cells of tables 三 and 四, counted. */
static void
blank_cells(const GdReportData *rep, GdDiagSink *sink)
{
	GdDiagnostic *d;
	int			n;

	if (rep->has_applications &&
		(n = blanks(rep->applications, gd_applications_ncells(rep->applications_format))) > 0)
	{
		d = gd_diag(sink, GD_SEV_WARNING, GD_SEC_APPLICATIONS, NULL, NULL,
					"rule P4: table 三 has %d blank cells (empty, \"/\", \"—\" or \"无\") of %d",
					n, gd_applications_ncells(rep->applications_format));
		d->rule = "P4";
		gd_diag_hint(d, "The form asks for a number in every cell; write 0 where there was none.");
	}
	if (rep->has_appeals && (n = blanks(rep->appeals, GD_APPEALS_NCELLS)) > 0)
	{
		d = gd_diag(sink, GD_SEV_WARNING, GD_SEC_APPEALS, NULL, NULL,
					"rule P4: table 四 has %d blank cells (empty, \"/\", \"—\" or \"无\") of %d",
					n, GD_APPEALS_NCELLS);
		d->rule = "P4";
		gd_diag_hint(d, "The form asks for a number in every cell; write 0 where there was none.");
	}
}

/* The last heading hit of an anchor (a table of contents comes first). */
static const GdHit *
last_hit(const GdSections *secs, GdAnchor a)
{
	return secs->nhits[a] > 0 ? &secs->hits[a][secs->nhits[a] - 1] : NULL;
}

/*
 * Where the heading's line starts: the anchor leaves out the item number
 * (六、), which belongs to the heading, not to the section before it.
 */
static size_t
heading_line(const GdSource *src, const GdHit *h, size_t floor)
{
	size_t		at = h->start;

	if (!h->line_start)
		return at;
	while (at > floor && src->text[at - 1] != '\n')
		at--;
	return at;
}

void
gd_audit_prose(const GdSource *src, const GdSections *secs, const GdReportData *rep,
			   GdDiagSink *sink)
{
	const GdHit *five = last_hit(secs, GD_ANCHOR_PROBLEMS);
	const GdHit *six = last_hit(secs, GD_ANCHOR_OTHER);
	const GdFormat *f = rep->has_applications ? gd_format_def(rep->applications_format) : NULL;

	/* a text with neither a report's title nor its table 三 is not audited as one */
	if (secs->total[GD_ANCHOR_TITLE] == 0 && secs->total[GD_ANCHOR_NEW_RECEIVED] == 0)
		return;
	missing_sections(secs, rep, sink);
	if (five != NULL)
		problems_section(src, five->end,
						 six != NULL && six->start > five->end ? heading_line(src, six, five->end) : src->len,
						 sink);
	if (six != NULL && f != NULL && f->section_six_term != NULL)
		other_section(src, six->end, src->len, f->section_six_term, sink);
	blank_cells(rep, sink);
}
