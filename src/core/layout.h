/*
 * layout.h — the report layout, declared once as data.
 *
 * Rows, columns, groups, blocks and identities of tables 三 and 四 live in
 * layout.c; every other part of the product (parser, checks, renderer,
 * SQL labels, error messages) reads them from here.  Pure C: no postgres.h.
 */
#ifndef GD_LAYOUT_H
#define GD_LAYOUT_H

#include <stdbool.h>
#include <stdint.h>

/* A cell that the source left blank: "not stated", never zero. */
#define GD_NOT_STATED (-1)
#define GD_COUNT_MAX INT32_MAX

#define GD_FORMAT_2019 2019
#define GD_FORMAT_2021 2021

/* Presence bits: in which formats a row exists. */
#define GD_IN_2019 0x1u
#define GD_IN_2021 0x2u
#define GD_IN_BOTH (GD_IN_2019 | GD_IN_2021)

/* Table 三 dimensions. */
#define GD_APPLICATIONS_NCOLS 7
#define GD_APPLICATIONS_NROWS_ALL 26		/* union of both formats' rows */
#define GD_APPLICATIONS_NROWS_MAX 25		/* rows of the larger (2021) format */
#define GD_APPLICATIONS_NCELLS_MAX (GD_APPLICATIONS_NROWS_MAX * GD_APPLICATIONS_NCOLS)

/* Table 四 dimensions. */
#define GD_APPEALS_NBLOCKS 3
#define GD_APPEALS_NCOLS 5
#define GD_APPEALS_NCELLS (GD_APPEALS_NBLOCKS * GD_APPEALS_NCOLS)

typedef struct GdLabel
{
	const char *key;			/* canonical English identifier */
	const char *zh;				/* official Chinese label */
	const char *en;				/* English label */
} GdLabel;

typedef struct GdRowDef
{
	GdLabel		name;
	int			group;			/* index into gd_applications_groups, or -1 */
	unsigned	presence;		/* GD_IN_2019 | GD_IN_2021 */
} GdRowDef;

typedef struct GdGroupDef
{
	GdLabel		name;
} GdGroupDef;

typedef struct GdColumnDef
{
	GdLabel		name;
	bool		organisation;	/* one of the five 法人或其他组织 columns */
} GdColumnDef;

/*
 * An identity: expected side = reported side.  Terms are rows checked in
 * every column (GD_PER_COLUMN), or columns checked in every row/block
 * (GD_PER_ROW).  It is judged only when every required term is stated and
 * at least one expected-side term is stated; blank parts then count as 0.
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

#define GD_MAX_TERMS 32

typedef struct GdTerm
{
	int			index;			/* row id (PER_COLUMN) or column id (PER_ROW) */
	GdSide		side;
	bool		required;		/* must be stated for the identity to be judged */
} GdTerm;

typedef struct GdIdentity
{
	const char *rule;			/* "A", "B", ... */
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
 * Table 二 (proactive disclosure).  Cells of both formats in one list, as
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
#define GD_PROACTIVE_NCELLS_ALL 32
#define GD_PROACTIVE_NCELLS_MAX 22	/* cells of the larger (2019) format */

typedef struct GdProactiveDef
{
	GdLabel		name;			/* key, and the column's label (本年制发件数) */
	GdLabel		item;			/* the item: rules / 规章 */
	const char *article;		/* 第二十条第（一）项, or NULL */
	GdCellKind	kind;
	unsigned	presence;
} GdProactiveDef;

extern const GdProactiveDef gd_proactive_cells[GD_PROACTIVE_NCELLS_ALL];
extern int	gd_proactive_ncells(int format);
/* The cell of that key in a format; format 0 accepts either format. */
extern int	gd_proactive_cell_id(int format, const char *key);
extern int	gd_proactive_cell_pos(int format, int cell_id);	/* -1 if absent */
extern int	gd_proactive_cell_at(int format, int pos);

/*
 * The report's sections and the fixed wording of the form, for the
 * renderer's headings and the parser's messages.
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

/* Table 三. Row ids index gd_applications_rows (the union of both formats). */
extern const GdRowDef gd_applications_rows[GD_APPLICATIONS_NROWS_ALL];
extern const GdGroupDef gd_applications_groups[];
extern const int gd_applications_ngroups;
extern const GdColumnDef gd_applications_columns[GD_APPLICATIONS_NCOLS];
extern const GdLabel gd_applications_column_groups[];	/* 申请人情况, 法人或其他组织 */

/* Table 四. */
extern const GdLabel gd_appeals_blocks[GD_APPEALS_NBLOCKS];
extern const GdLabel gd_appeals_columns[GD_APPEALS_NCOLS];

extern const GdIdentity gd_identities[];
extern const int gd_nidentities;

/* Lookups.  All return -1 when the key is unknown. */
extern bool gd_format_valid(int format);
extern int	gd_applications_nrows(int format);
extern int	gd_applications_ncells(int format);
extern int	gd_applications_row_id(const char *key);
extern int	gd_applications_row_pos(int format, int row_id);	/* -1 if absent */
extern int	gd_applications_row_at(int format, int pos);		/* row id of position */
extern int	gd_applications_group_id(const char *key);
extern int	gd_applications_column_id(const char *key);
extern int	gd_appeals_block_id(const char *key);
extern int	gd_appeals_column_id(const char *key);
extern int	gd_applications_total_column(void);
extern int	gd_applications_total_processed_row(void);
extern int	gd_appeals_total_column(void);

#endif							/* GD_LAYOUT_H */
