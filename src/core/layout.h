/*
 * layout.h — the report layout, declared once as data.
 *
 * Rows, groups, columns and identities of tables 三 and 四, the cells of
 * table 二, and the formats (which rows and cells each prints, the year it
 * starts, which format a sum over several folds into) live in one GdLayout
 * declared in layout.c; every other part of the product (parser, checks,
 * renderer, I/O, SQL labels, messages) reads it through gd_layout.  Code
 * finds rows, cells and identities by their declared keys and roles, never
 * by position, letter or a key's spelling, and no code but layout.c names a
 * format: a new format is a new declaration here (a unit test declares one).
 * Pure C: no postgres.h.
 */
#ifndef GD_LAYOUT_H
#define GD_LAYOUT_H

#include <stdbool.h>
#include <stdint.h>

/* A cell that the source left blank: "not stated", never zero. */
#define GD_NOT_STATED (-1)
#define GD_COUNT_MAX INT32_MAX

/*
 * Capacities: buffers are sized by these, and a layout whose formats do not
 * fit is refused by gd_layout_use (a new row cannot overflow anything).
 */
#define GD_APPLICATIONS_NCOLS 7
#define GD_APPLICATIONS_NROWS_MAX 32	/* rows of one format */
#define GD_APPLICATIONS_NCELLS_MAX (GD_APPLICATIONS_NROWS_MAX * GD_APPLICATIONS_NCOLS)
#define GD_LAYOUT_ROWS_MAX 48		/* rows of every format together */
#define GD_LAYOUT_GROUPS_MAX 8
#define GD_LAYOUT_FORMATS_MAX 8
#define GD_PROACTIVE_NCELLS_MAX 32	/* cells of one format */
#define GD_LAYOUT_PROACTIVE_MAX 48	/* cells of every format together */
#define GD_LAYOUT_IDENTITIES_MAX 8

/* Table 四 dimensions (the same in every format). */
#define GD_APPEALS_NBLOCKS 3
#define GD_APPEALS_NCOLS 5
#define GD_APPEALS_NCELLS (GD_APPEALS_NBLOCKS * GD_APPEALS_NCOLS)

typedef struct GdLabel
{
	const char *key;			/* canonical English identifier */
	const char *zh;				/* official Chinese label */
	const char *en;				/* English label */
} GdLabel;

/* What a row of table 三 is, for the identities and the metrics. */
typedef enum GdRowRole
{
	GD_ROW_RECEIVED,			/* 本年新收 */
	GD_ROW_CARRIED_OVER,		/* 上年结转 */
	GD_ROW_OUTCOME,				/* one of the outcomes (一) to (六) */
	GD_ROW_TOTAL_PROCESSED,		/* （七）总计 */
	GD_ROW_CARRIED_FORWARD		/* 结转下年度 */
} GdRowRole;

typedef struct GdRowDef
{
	GdLabel		name;
	int			group;			/* index into the layout's groups, or -1 */
	GdRowRole	role;
	int			folds_into;		/* the row it is summed into in a format
								 * without it (2021's （六） rows → 2019's
								 * other_handling), or -1 */
} GdRowDef;

typedef struct GdGroupDef
{
	GdLabel		name;
} GdGroupDef;

typedef struct GdColumnDef
{
	GdLabel		name;
	bool		organisation;	/* one of the five 法人或其他组织 columns */
	bool		total;			/* 总计: the sum of the others */
} GdColumnDef;

/*
 * An identity: expected side = reported side.  Terms are rows checked in
 * every column (GD_PER_COLUMN), or columns checked in every row/block
 * (GD_PER_ROW).  It is judged only when every required term is stated and
 * at least one expected-side term is stated; blank parts then count as 0.
 * A term whose row is not in a value's format is left out.
 */
typedef enum GdAxis
{
	GD_PER_COLUMN,
	GD_PER_ROW
} GdAxis;

typedef enum GdTable
{
	GD_TABLE_APPLICATIONS,
	GD_TABLE_APPEALS
} GdTable;

typedef enum GdSide
{
	GD_EXPECTED,
	GD_REPORTED
} GdSide;

/* What an identity says, so that code finds it without its letter. */
typedef enum GdIdentityRole
{
	GD_IDENTITY_BALANCE,		/* A: received + carried over = processed + forward */
	GD_IDENTITY_OUTCOMES,		/* B: the outcomes add up to the total processed */
	GD_IDENTITY_ROW_TOTAL,		/* C: a row's columns add up to its total */
	GD_IDENTITY_BLOCK_TOTAL		/* D: a table 四 block adds up to its total */
} GdIdentityRole;

#define GD_MAX_TERMS 40

typedef struct GdTerm
{
	int			index;			/* row id (PER_COLUMN) or column id (PER_ROW) */
	GdSide		side;
	bool		required;		/* must be stated for the identity to be judged */
} GdTerm;

typedef struct GdIdentity
{
	const char *rule;			/* "A", "B", ...: for people, not for code */
	GdIdentityRole role;
	GdTable		table;
	GdAxis		axis;
	const char *zh;				/* the identity in words */
	const char *en;
	int			anchor;			/* row (PER_COLUMN) or column (PER_ROW) named
								 * in a violation; -1 for none */
	int			nterms;
	GdTerm		terms[GD_MAX_TERMS];
} GdIdentity;

/*
 * Table 二 (proactive disclosure).  Cells of every format in one list, as
 * for table 三's rows; each cell has a kind.  Money is kept exactly, as an
 * integer number of millionths of 万元 (reports print up to six decimals).
 */
typedef enum GdCellKind
{
	GD_KIND_COUNT,				/* 0 … 2147483647 */
	GD_KIND_SIGNED,				/* 本年增/减: may be negative */
	GD_KIND_MONEY				/* 万元, scaled by GD_MONEY_SCALE */
} GdCellKind;

#define GD_MONEY_SCALE 1000000

/* What a table 二 cell counts, for the checks across years (X2). */
typedef enum GdProactiveRole
{
	GD_PROACTIVE_PLAIN,
	GD_PROACTIVE_ISSUED,		/* 本年制发件数 */
	GD_PROACTIVE_REPEALED,		/* 本年废止件数 */
	GD_PROACTIVE_IN_FORCE		/* 现行有效件数 */
} GdProactiveRole;

typedef struct GdProactiveDef
{
	GdLabel		name;			/* key, and the column's label (本年制发件数) */
	GdLabel		item;			/* the item: rules / 规章 */
	const char *article;		/* 第二十条第（一）项, or NULL */
	GdCellKind	kind;
	GdProactiveRole role;
} GdProactiveDef;

/*
 * A format: the rows of table 三 and the cells of table 二 it prints, in
 * the official order, by id.  Its id is what values store (2019, 2021).
 */
typedef struct GdFormat
{
	int			id;
	int			first_year;		/* the first report year it applies to */
	const char *document;		/* the notice that set it */
	int			fold_to;		/* the format a sum with another format is in */
	const char *section_six_term;	/* what section 六 must report on in this
									 * format (信息处理费), or NULL */
	int			nrows;
	int			rows[GD_APPLICATIONS_NROWS_MAX];
	int			ncells;
	int			cells[GD_PROACTIVE_NCELLS_MAX];
} GdFormat;

typedef struct GdLayout
{
	int			nrows;
	const GdRowDef *rows;
	int			ngroups;
	const GdGroupDef *groups;
	const GdColumnDef *columns;	/* GD_APPLICATIONS_NCOLS of them */
	const GdLabel *column_groups;	/* 申请人情况, 法人或其他组织, 三、本年度办理结果 */
	int			nproactive;
	const GdProactiveDef *proactive;
	int			nidentities;
	const GdIdentity *identities;
	int			nformats;
	const GdFormat *formats;
} GdLayout;

/*
 * The layout in use: the official one unless a test installs another with
 * gd_layout_use (which checks it against the capacities and returns false
 * with the reason in why, a buffer of 256 bytes; NULL restores the
 * official layout).  Read-only for everything else.
 */
extern const GdLayout *gd_layout;
extern const GdLayout gd_official_layout;
extern bool gd_layout_use(const GdLayout *layout, char *why);
/* Changes whenever gd_layout_use installs a layout: caches key on it. */
extern unsigned gd_layout_generation;

/* ---- formats ---- */
extern bool gd_format_valid(int format);
extern const GdFormat *gd_format_def(int format);	/* NULL if not declared */
/* The format a sum of values of formats a and b is in. */
extern int	gd_format_common(int a, int b);
/* The format printing nrows rows of table 三, or 0 if none or several. */
extern int	gd_format_with_nrows(int nrows);
/* The newest format (the greatest first_year): a new report's. */
extern int	gd_format_newest(void);
/* "2019 or 2021": the declared formats, for messages. */
extern const char *gd_format_list(void);

/* ---- table 三 ---- */
extern int	gd_applications_nrows(int format);
extern int	gd_applications_ncells(int format);
extern int	gd_applications_row_id(const char *key);	/* any format; -1 */
extern int	gd_applications_row_pos(int format, int row_id);	/* -1 if absent */
extern int	gd_applications_row_at(int format, int pos);	/* row id of position */
/* The first row with the role (RECEIVED, TOTAL_PROCESSED, …), or -1. */
extern int	gd_applications_row_with_role(GdRowRole role);
extern int	gd_applications_group_id(const char *key);
extern int	gd_applications_column_id(const char *key);
extern int	gd_applications_total_column(void);
extern int	gd_applications_total_processed_row(void);

/* ---- table 四 ---- */
extern const GdLabel gd_appeals_blocks[GD_APPEALS_NBLOCKS];
extern const GdLabel gd_appeals_columns[GD_APPEALS_NCOLS];
extern int	gd_appeals_block_id(const char *key);
extern int	gd_appeals_column_id(const char *key);
extern int	gd_appeals_total_column(void);

/* ---- table 二 ---- */
extern int	gd_proactive_ncells(int format);
/* The cell of that key in a format; format 0 accepts any format. */
extern int	gd_proactive_cell_id(int format, const char *key);
extern int	gd_proactive_cell_pos(int format, int cell_id);	/* -1 if absent */
extern int	gd_proactive_cell_at(int format, int pos);

/* ---- identities ---- */
extern const GdIdentity *gd_identity_with_role(GdIdentityRole role);

/*
 * The report's sections and the fixed wording of the form, for the
 * renderer's headings and the parser's anchors and messages.
 */
typedef enum GdSectionId
{
	GD_SECTION_PROACTIVE,		/* 二 */
	GD_SECTION_APPLICATIONS,	/* 三 */
	GD_SECTION_APPEALS,			/* 四 */
	GD_SECTION_OVERVIEW,		/* 一 (prose) */
	GD_SECTION_PROBLEMS,		/* 五 (prose) */
	GD_SECTION_OTHER,			/* 六 (prose; fees charged are reported here) */
	GD_NSECTIONS
} GdSectionId;

typedef struct GdSection
{
	const char *number;			/* 二 */
	GdLabel		name;			/* key, full heading (二、主动公开政府信息情况), English */
} GdSection;

extern const GdSection gd_sections[GD_NSECTIONS];
extern const char gd_title_suffix[];	/* 政府信息公开工作年度报告 */
extern const char gd_title_year_unit[];	/* 年, after the year in the title */
extern const char gd_proactive_item_header[];	/* 信息内容 */

#endif							/* GD_LAYOUT_H */
