/*
 * parse/internal.h — the parser's units and the state they hand on.
 *
 * A report goes through these units, each in a file of its own; state
 * passes between them only through the structures below, by argument:
 *
 *   input.c        bytes → GdSource: the size limit, a BOM dropped, HTML
 *                  turned into lines of tab-separated cells (html.c)
 *   sections.c     GdSource → GdSections: where the anchors are (section
 *                  headings, table 三's first row, 第二十条, 行政复议, the
 *                  title), in one streaming pass over the CJK characters
 *   tokens.c       a byte range of the source → GdRegion: its lines and
 *                  tokens (text, number, blank, item number), each with its
 *                  line, cell and column, and the line layout (GdLayoutKind)
 *   labels.c       a label of the layout → GdSkeleton: its CJK characters,
 *                  those a printed label may leave out marked optional
 *   rows.c         GdRegion + the expected labels in order → GdAlignment:
 *                  where each label was printed, tolerating dropped glyphs,
 *                  wording variants, wrapping and interleaved noise
 *   columns.c      table 三's header → GdColumns: the printed columns
 *   cells.c        one row's value tokens → its counts by column
 *   grid.c         pdftotext -layout rows → the columns each value may be in
 *   split.c        run-together digits → the ways they split into counts
 *   applications.c table 三; proactive.c table 二; appeals.c table 四
 *   title.c        organ and year: title, sign-off, statistics period
 *   prose.c        rule T: figures in the text against the tables
 *   diag.c         GdDiagSink: findings with detail and hint
 *   parse.c        the driver: the order above, strict or partial
 *
 * Every loop whose length grows with the input is linear in it (or works
 * on a region of bounded size) and calls gd_check_interrupts; memory comes
 * from memory.h, and what a region may hold is bounded, so a parse needs a
 * small multiple of its input.
 */
#ifndef GD_PARSE_INTERNAL_H
#define GD_PARSE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/layout.h"
#include "core/memory.h"
#include "core/parse.h"
#include "core/report.h"
#include "core/text.h"

/* ------------------------------------------------------------ input.c */

/*
 * The alignments' working memory (rows.c), held for a whole parse so that
 * each alignment reuses it instead of allocating and freeing its own.
 */
typedef struct GdAlignScratch
{
	void	   *mem;
	size_t		cap;
} GdAlignScratch;

extern void gd_align_scratch_free(GdAlignScratch *s);

/*
 * The text every unit reads: the report as given, or its HTML as lines;
 * and the parse's working memory, which the units reach through a const
 * GdSource (align points at scratch).
 */
typedef struct GdSource
{
	const char *text;
	size_t		len;
	bool		from_html;
	GdBuf		converted;		/* owns text when from_html */
	GdAlignScratch scratch;
	GdAlignScratch *align;		/* &scratch */
} GdSource;

/* false (with the diagnostic) when the input cannot be read at all */
struct GdDiagSink;
extern bool gd_source_open(GdSource *src, const char *bytes, size_t len,
						   struct GdDiagSink *sink);
extern void gd_source_close(GdSource *src);

/* html.c: HTML → one line per table row, each cell ended by a tab. */
extern bool gd_html_detect(const char *text, size_t len);
extern void gd_html_to_lines(const char *text, size_t len, GdBuf *out);

/* ------------------------------------------------------------- diag.c */

typedef struct GdDiagSink
{
	GdDiagnostics *list;
	GdDiagnostic scratch;		/* where findings beyond the limit go */
	int			nerrors;
	bool		out_of_memory;
} GdDiagSink;

/*
 * Record a finding; returns it so that gd_diag_detail and gd_diag_hint can
 * complete it before the next finding is recorded.  section, row and col
 * are static strings (or NULL).
 */
extern GdDiagnostic *gd_diag(GdDiagSink *s, GdSeverity sev, const char *section,
							 const char *row, const char *col, const char *fmt,...)
			__attribute__((format(printf, 6, 7)));
extern void gd_diag_detail(GdDiagnostic *d, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern void gd_diag_hint(GdDiagnostic *d, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern const GdDiagnostic *gd_diag_first_error(const GdDiagSink *s);

/* Section names in diagnostics: the report's own numbering. */
extern const char GD_SEC_TITLE[];
extern const char GD_SEC_TEXT[];
extern const char GD_SEC_PROACTIVE[];	/* 二 */
extern const char GD_SEC_APPLICATIONS[];	/* 三 */
extern const char GD_SEC_APPEALS[];	/* 四 */

/* --------------------------------------------------------- sections.c */

typedef enum GdAnchor
{
	GD_ANCHOR_TITLE,			/* …政府信息公开工作年度报告 */
	GD_ANCHOR_OVERVIEW,			/* 一、总体情况 */
	GD_ANCHOR_PROACTIVE,		/* 二、主动公开政府信息情况 */
	GD_ANCHOR_ARTICLE20,		/* 第二十条: table 二's item headers */
	GD_ANCHOR_APPLICATIONS,		/* 三、收到和处理政府信息公开申请情况 */
	GD_ANCHOR_NEW_RECEIVED,		/* 本年新收…: table 三's first row */
	GD_ANCHOR_REVIEW,			/* 行政复议: table 四 */
	GD_ANCHOR_PROBLEMS,			/* 五、存在的主要问题及改进情况 */
	GD_ANCHOR_OTHER,			/* 六、其他需要报告的事项 */
	GD_NANCHORS
} GdAnchor;

#define GD_MAX_HITS 16

typedef struct GdHit
{
	size_t		start;			/* byte offset of its first character */
	size_t		end;			/* just past its last character */
	bool		line_start;		/* no CJK character before it on its line */
} GdHit;

typedef struct GdSections
{
	GdHit		hits[GD_NANCHORS][GD_MAX_HITS];	/* the first ones */
	int			nhits[GD_NANCHORS];
	long		total[GD_NANCHORS]; /* all of them, kept or not */
} GdSections;

extern void gd_find_sections(const GdSource *src, GdSections *out);
/* The first hit of an anchor in [from, to), or NULL. */
extern const GdHit *gd_hit_between(const GdSections *s, GdAnchor a, size_t from, size_t to);

/* ----------------------------------------------------------- labels.c */

/* Chinese characters (CJK unified ideographs and their extensions). */
extern bool gd_cp_cjk(uint32_t cp);
/* A Chinese numeral 一 … 十 (and 〇, 零, 两) with its value, or -1. */
extern int	gd_cn_digit(uint32_t cp);

#define GD_SKELETON_MAX 96

/*
 * A label reduced to what survives any printing: its CJK characters.  The
 * item number (一、 （一） 1.) and a parenthetical note are optional: a
 * printed label may leave them out.
 */
typedef struct GdSkeleton
{
	int			n;
	int			ncore;			/* characters that are not optional */
	uint32_t	cp[GD_SKELETON_MAX];
	bool		optional[GD_SKELETON_MAX];
} GdSkeleton;

extern void gd_skeleton_of(const char *label, GdSkeleton *out);
/* The CJK characters of s as UTF-8 into dst (cap bytes); returns length. */
extern size_t gd_skeleton_utf8(const char *s, size_t n, char *dst, size_t cap);

/* ----------------------------------------------------------- tokens.c */

typedef enum GdTokKind
{
	GD_TOK_TEXT,				/* words: label text, headers, prose */
	GD_TOK_NUM,					/* a number, possibly with sign and unit */
	GD_TOK_BLANK,				/* an empty cell, or — / - 无 …: not stated */
	GD_TOK_ENUM					/* an item number: 1. 2、 (3) */
} GdTokKind;

typedef enum GdLineKind
{
	GD_LINE_SPACED,				/* words separated by spaces */
	GD_LINE_TAB,				/* cells separated by tabs (and HTML) */
	GD_LINE_PIPE				/* cells separated by | */
} GdLineKind;

typedef enum GdUnit
{
	GD_UNIT_NONE,
	GD_UNIT_COUNT,				/* 件 个 项 条 笔 次 宗 家 人 */
	GD_UNIT_YUAN,				/* 元 */
	GD_UNIT_WAN,				/* 万元 */
	GD_UNIT_YI					/* 亿元 */
} GdUnit;

#define GD_TOKF_GLUED	0x01	/* a number right after text in one word */
#define GD_TOKF_NEG		0x02	/* written with a minus sign */
#define GD_TOKF_PLUS	0x04	/* written with a plus sign */
#define GD_TOKF_FRAC	0x08	/* written with a decimal point */
#define GD_TOKF_BIG		0x10	/* more digits than any cell can hold */
#define GD_TOKF_WU		0x20	/* the blank 无, a character of labels too */
#define GD_TOKF_SPACED_DIGITS 0x40	/* digits with spaces inside them */
#define GD_TOKF_DECORATED 0x80	/* punctuation against it: <6, 6%, 6） */

/* What a token's line holds (every token of the line has the same bits). */
#define GD_LINE_HAS_NUM	0x01
#define GD_LINE_HAS_TEXT 0x02
#define GD_LINE_HAS_BLANK 0x04	/* a blank other than 无 */

typedef struct GdTok
{
	uint8_t		kind;			/* GdTokKind */
	uint8_t		line_kind;		/* GdLineKind of its line */
	uint8_t		unit;			/* GdUnit */
	uint8_t		flags;			/* GD_TOKF_… */
	uint8_t		line_has;		/* GD_LINE_HAS_… */
	uint16_t	cell;			/* structured lines: its cell on the line */
	uint16_t	ndigits;		/* NUM: digits in region->digits */
	uint32_t	line;			/* its line, counted in the region */
	uint32_t	x;				/* column of its first character */
	uint32_t	off;			/* its bytes in the source */
	uint32_t	len;
	uint32_t	sk;				/* TEXT: first char in skel; NUM: in digits */
	uint32_t	nsk;			/* TEXT: CJK characters in skel */
	int64_t		micro;			/* NUM: |value| × 10^6 */
} GdTok;

/* What a region may hold: real tables need a small fraction of this. */
#define GD_REGION_MAX_BYTES ((size_t) 512 * 1024)
#define GD_REGION_MAX_TOKENS 65536

typedef struct GdRegion
{
	const GdSource *src;
	size_t		start;
	size_t		end;
	bool		truncated;		/* cut at GD_REGION_MAX_* */
	GdTok	   *toks;
	int			ntok;
	int			captok;
	uint32_t   *skel;			/* CJK characters of the TEXT tokens */
	int		   *skel_tok;		/* the token of each */
	int			nskel;
	int			capskel;
	char	   *digits;			/* digits of the NUM tokens */
	int			ndigits;
	int			capdigits;
	int			nlines;
	int			lines_of_kind[3];	/* by GdLineKind, lines with tokens */
	bool		out_of_memory;
} GdRegion;

extern void gd_tokenize(const GdSource *src, size_t start, size_t end, GdRegion *r);
/* A page number line (-3-, 第3页): skipped wherever lines are read. */
extern bool gd_page_furniture(const char *d, size_t s, size_t e);
extern void gd_region_free(GdRegion *r);
/* A token's bytes as valid UTF-8 for a message (cut with "…"). */
extern const char *gd_tok_quote(const GdRegion *r, int tok, char *buf, size_t cap);
/* Tokens from..to as printed, joined by spaces, for a DETAIL. */
extern void gd_toks_quote(const GdRegion *r, int from, int to, char *buf, size_t cap);
/* A count of the token: GD_NOT_STATED for a blank; false with why. */
extern bool gd_tok_count(const GdTok *t, int32_t *v, const char **why);
/* A word that is a unit and nothing else (元, 亿元, 件): its GdUnit, or NONE. */
extern int	gd_tok_unit_word(const GdRegion *r, int tok);
/*
 * Tokens from..to as one run of characters for gd_split_item: digits,
 * signs and decimal points in ASCII, each stretch of spaces one ' ', and
 * the unit printed at its very end in *unit.  false if anything else
 * stands in it (a word, a mark, a unit before the end).
 */
extern bool gd_toks_run(const GdRegion *r, int from, int to, char *out, int cap, int *len,
						int *unit);
/* Is it a value: a number or a blank cell? */
extern bool gd_tok_is_value(const GdTok *t);

/* ------------------------------------------------------------- rows.c */

#define GD_MAX_ELEMENTS 48

/* One label the table is expected to print, in the form's order. */
typedef struct GdElement
{
	int			id;				/* the caller's: a row, a group, an item */
	bool		optional;		/* may be absent (group labels, headings) */
	bool		word;			/* if short, taken only as a word of its own */
	GdSkeleton	sk;
} GdElement;

typedef struct GdPlacement
{
	bool		found;
	int			first_tok;		/* its first and last label tokens */
	int			last_tok;
	int			first_sk;		/* its first character in region->skel */
	int			matched;		/* label characters found */
	int			matched_core;	/* of which not optional */
	bool		exact;			/* every character, no noise inside */
} GdPlacement;

typedef struct GdAlignment
{
	int			nelem;
	long		score;
	GdPlacement at[GD_MAX_ELEMENTS];
} GdAlignment;

/* The most skeleton characters an alignment takes (a bounded DP table). */
#define GD_ALIGN_MAX_CHARS 8192

/*
 * Align the labels e[0..n) with the text of tokens [from, to) of r, in
 * the working memory scratch (the parse's, reused by each alignment).
 * false when out of memory or the region holds too much text.
 */
extern bool gd_align(GdAlignScratch *scratch, const GdRegion *r, int from, int to,
					 const GdElement *e, int n, GdAlignment *out);
/* Is a placement good enough to take the label as printed? */
extern bool gd_placement_accepted(const GdElement *e, const GdPlacement *p);

/* ---------------------------------------------------------- columns.c */

#define GD_COL_SUBTOTAL (-2)	/* 法人或其他组织 小计: checked, not stored */
#define GD_MAX_PRINTED_COLS (GD_APPLICATIONS_NCOLS + 1)

typedef struct GdColumns
{
	int			n;				/* columns printed */
	int			col[GD_MAX_PRINTED_COLS];	/* column id or GD_COL_SUBTOTAL */
	bool		from_header;	/* read from the header (else the form's) */
	bool		complete;		/* every column label was found */
	bool		subtotal_printed;	/* 小计 stands in the header, read or not */
} GdColumns;

/* From the header's characters, region->skel[sk_from .. sk_to). */
extern void gd_read_columns(const GdRegion *r, int sk_from, int sk_to, GdColumns *out);

/* ------------------------------------------------------------ split.c */

#define GD_SPLIT_MAX_PARTS 16
#define GD_SPLIT_MAX_WAYS 16

typedef enum GdSplitRule
{
	GD_SPLIT_PLAIN,				/* any split */
	GD_SPLIT_LAST_IS_SUM,		/* the last part is the sum of the others */
	GD_SPLIT_BLOCKS_OF_5		/* in every 5, the 5th is the sum of 4 */
} GdSplitRule;

typedef struct GdSplit
{
	int			nways;			/* ways found, at most GD_SPLIT_MAX_WAYS */
	bool		gave_up;		/* too many ways to list */
	int64_t		ways[GD_SPLIT_MAX_WAYS][GD_SPLIT_MAX_PARTS];
} GdSplit;

/*
 * The ways digits[0..n) split into nparts counts with no leading zeros,
 * obeying rule; breaks[] (n+1 entries, may be NULL) marks where a part
 * must end (a space between two digit runs).
 */
extern void gd_split_digits(const char *digits, int n, const bool *breaks, int nparts,
							GdSplitRule rule, GdSplit *out);

/* ------------------------------------------------------------ cells.c */

typedef enum GdLayoutKind
{
	GD_LAYOUT_CELLS,			/* tab, pipe, HTML: cells delimited */
	GD_LAYOUT_SPACED,			/* pdftotext -layout and typed text */
	GD_LAYOUT_RUN_TOGETHER		/* archivers: a row's digits in one run */
} GdLayoutKind;

extern const char *gd_layout_kind_name(GdLayoutKind k);

/*
 * One row as printed: its label tokens and the value tokens that follow
 * it up to the next row's label.
 */
typedef struct GdRowTokens
{
	int			label_first;
	int			label_last;
	int			nvalues;
	int			values[64];		/* token indexes, in reading order */
	int			more;			/* values beyond the 64 kept */
} GdRowTokens;

/*
 * The value slots of a row: numbers and blanks, and in a delimited row a
 * word sitting among them (an error at its column when placed).
 */

extern void gd_row_tokens(const GdRegion *r, int label_first, int label_last, int end,
						  GdRowTokens *out);
/* Where a table's last row ends: at the first word after its values. */
extern int	gd_last_row_end(const GdRegion *r, int label_first, int label_last);

/*
 * Place a row's values under the printed columns; vals[c] by column id.
 * Returns false with a diagnostic (severity sev) when it cannot; *note
 * says how they were placed when it was not plain.
 */
typedef enum GdPlacedBy
{
	GD_PLACED_IN_ORDER,
	GD_PLACED_BY_POSITION,
	GD_PLACED_EMPTY
} GdPlacedBy;

/*
 * allowed (spaced rows; NULL: only the order is known) gives for each
 * value the printed columns it may stand in, as bits (grid.c); a row with
 * fewer values than columns is placed when every way of placing them so
 * puts the same numbers in the same columns.
 */
extern bool gd_place_values(const GdRegion *r, const GdRowTokens *rt, const GdColumns *cols,
							GdLayoutKind layout, const uint16_t *allowed, int64_t *printed,
							GdPlacedBy *how, const char **bad_column, char *why, size_t whylen);

/*
 * The distinct ways (by where its numbers go) to place a spaced row with
 * fewer values than columns, within allowed (NULL: any, in order), as
 * printed columns' values; false when a value is not a count.
 */
extern bool gd_spaced_ways(const GdRegion *r, const GdRowTokens *rt, const GdColumns *cols,
						   const uint16_t *allowed, GdSplit *out);

/* ------------------------------------------------------------- grid.c */

typedef struct GdGrid
{
	bool		known[GD_MAX_ELEMENTS];	/* the row lies in a placed block */
	uint16_t	allowed[GD_MAX_ELEMENTS][64];	/* per value: printed columns, as bits */
} GdGrid;

/*
 * pdftotext -layout rows (rows[k] NULL where no row was printed), in the
 * table's order: for each row in a block whose column positions are all
 * known, the columns each of its values may stand in.
 */
extern void gd_spaced_grid(const GdRegion *r, const GdRowTokens *const *rows, int nrows,
						   int ncols, GdGrid *out);

#define GD_ITEM_MAX_WAYS 16

typedef struct GdItemSplit
{
	int			nways;
	bool		gave_up;
	/* counts and changes as printed; amounts in millionths of their unit */
	int64_t		ways[GD_ITEM_MAX_WAYS][GD_SPLIT_MAX_PARTS];
} GdItemSplit;

/*
 * The readings of a table 二 item's run: run[0..n) holds digits, + - . and
 * single spaces (each a cut, see gd_toks_run); kinds[] the item's cells.
 */
extern void gd_split_item(const char *run, int n, const GdCellKind *kinds, int nparts,
						  GdItemSplit *out);

/* ----------------------------------------------------- table readers */

/* Where table 三 was found, for the readers of tables 二 and 四. */
typedef struct GdApplicationsFound
{
	bool		found;
	size_t		start;			/* its first row label */
	size_t		end;			/* just past its last row's cells */
	int			format;
	bool		read;			/* the cells were read without error */
	bool		run_together;	/* its rows' digits run together (archived text) */
} GdApplicationsFound;

extern void gd_read_applications(const GdSource *src, const GdSections *secs,
								 GdDiagSink *sink, GdReportData *out,
								 GdApplicationsFound *found);
extern void gd_read_proactive(const GdSource *src, const GdSections *secs,
							  const GdApplicationsFound *t3, GdDiagSink *sink,
							  GdReportData *out, bool *read);
extern void gd_read_appeals(const GdSource *src, const GdSections *secs,
							const GdApplicationsFound *t3, GdDiagSink *sink,
							GdReportData *out, bool *read);
extern void gd_read_title(const GdSource *src, const GdSections *secs,
						  GdDiagSink *sink, GdReportData *out);
extern void gd_check_prose(const GdSource *src, const GdSections *secs,
						   const GdApplicationsFound *t3, const GdReportData *rep,
						   GdDiagSink *sink);
/* audit.c: rules P1–P4 on the prose and the blank cells */
extern void gd_audit_prose(const GdSource *src, const GdSections *secs,
						   const GdReportData *rep, GdDiagSink *sink);

#endif							/* GD_PARSE_INTERNAL_H */
