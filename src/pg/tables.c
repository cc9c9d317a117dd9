/*
 * pg/tables.c — the official tables as rows: gd_table (wide, one row per
 * table row), gd_cells (long, one row per cell, for BI tools), and the
 * layout itself (gd_rows, gd_columns) so labels are never copied by hand.
 *
 * A row's row_no is its number in the layout, the same in every format (a
 * BI tool grouping by it never adds 总计 of one format to a （六） sub-row of
 * another); rows come out in printed order, so WITH ORDINALITY numbers them
 * as printed.
 */
#include "pg/glue.h"

#include "utils/builtins.h"

#include "core/matrix.h"

/* gd_table(gd_applications): the official table 三, one row per row of its format. */
PG_FUNCTION_INFO_V1(gd_applications_table);
Datum
gd_applications_table(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int pos = 0; pos < gd_applications_nrows(m->format); pos++)
	{
		int			id = gd_applications_row_at(m->format, pos);
		const GdRowDef *row = &gd_layout->rows[id];
		Datum		values[3 + GD_APPLICATIONS_NCOLS];
		bool		nulls[3 + GD_APPLICATIONS_NCOLS] = {false};

		values[0] = Int32GetDatum(id + 1);
		values[1] = CStringGetTextDatum(row->name.key);
		values[2] = CStringGetTextDatum(row->name.zh);
		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			values[3 + c] = gd_count_or_null(m->cells[pos * GD_APPLICATIONS_NCOLS + c], &nulls[3 + c]);
		gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}

/* gd_table(gd_appeals): table 四, one row per block. */
PG_FUNCTION_INFO_V1(gd_appeals_table);
Datum
gd_appeals_table(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
	{
		Datum		values[3 + GD_APPEALS_NCOLS];
		bool		nulls[3 + GD_APPEALS_NCOLS] = {false};

		values[0] = Int32GetDatum(b + 1);
		values[1] = CStringGetTextDatum(gd_appeals_blocks[b].key);
		values[2] = CStringGetTextDatum(gd_appeals_blocks[b].zh);
		for (int c = 0; c < GD_APPEALS_NCOLS; c++)
			values[3 + c] = gd_count_or_null(a->cells[b * GD_APPEALS_NCOLS + c], &nulls[3 + c]);
		gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}

/* One long-format row: (row_no, row_key, row_label, row_label_en,
 * column_no, column_key, column_label, column_label_en, value). */
static void
put_cell(GdSrf *srf, int row_no, const GdLabel *row, int col_no,
		 const GdLabel *col, int32 v)
{
	Datum		values[9];
	bool		nulls[9] = {false};

	values[0] = Int32GetDatum(row_no);
	values[1] = CStringGetTextDatum(row->key);
	values[2] = CStringGetTextDatum(row->zh);
	values[3] = CStringGetTextDatum(row->en);
	values[4] = Int32GetDatum(col_no);
	values[5] = CStringGetTextDatum(col->key);
	values[6] = CStringGetTextDatum(col->zh);
	values[7] = CStringGetTextDatum(col->en);
	values[8] = gd_count_or_null(v, &nulls[8]);
	gd_srf_put(srf, values, nulls);
}

/* gd_cells(gd_applications): one row per cell, with both labels, for BI tools. */
PG_FUNCTION_INFO_V1(gd_applications_cells);
Datum
gd_applications_cells(PG_FUNCTION_ARGS)
{
	GdApplications *m = PG_GETARG_GD_APPLICATIONS(0);
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int pos = 0; pos < gd_applications_nrows(m->format); pos++)
	{
		int			id = gd_applications_row_at(m->format, pos);

		for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
			put_cell(&srf, id + 1, &gd_layout->rows[id].name,
					 c + 1, &gd_layout->columns[c].name, m->cells[pos * GD_APPLICATIONS_NCOLS + c]);
	}
	return (Datum) 0;
}

/* gd_cells(gd_appeals): one row per cell of table 四. */
PG_FUNCTION_INFO_V1(gd_appeals_cells);
Datum
gd_appeals_cells(PG_FUNCTION_ARGS)
{
	GdAppeals  *a = PG_GETARG_GD_APPEALS(0);
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int b = 0; b < GD_APPEALS_NBLOCKS; b++)
		for (int c = 0; c < GD_APPEALS_NCOLS; c++)
			put_cell(&srf, b + 1, &gd_appeals_blocks[b], c + 1, &gd_appeals_columns[c],
					 a->cells[b * GD_APPEALS_NCOLS + c]);
	return (Datum) 0;
}

/* gd_rows(format): the layout's rows of a format with their group and labels. */
PG_FUNCTION_INFO_V1(gd_layout_rows);
Datum
gd_layout_rows(PG_FUNCTION_ARGS)
{
	int			format = PG_GETARG_INT32(0);
	GdSrf		srf;

	if (!gd_format_valid(format))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown report format %d", format),
				 errdetail("The format is %s.", gd_format_list())));
	gd_srf_begin(fcinfo, &srf);
	for (int pos = 0; pos < gd_applications_nrows(format); pos++)
	{
		int			id = gd_applications_row_at(format, pos);
		const GdRowDef *row = &gd_layout->rows[id];
		Datum		values[5];
		bool		nulls[5] = {false};

		values[0] = Int32GetDatum(id + 1);
		values[1] = CStringGetTextDatum(row->name.key);
		values[2] = gd_text_or_null(row->group >= 0 ? gd_layout->groups[row->group].name.key : NULL,
									&nulls[2]);
		values[3] = CStringGetTextDatum(row->name.zh);
		values[4] = CStringGetTextDatum(row->name.en);
		gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}

/* gd_columns(): table 三's columns, and which are 法人或其他组织. */
PG_FUNCTION_INFO_V1(gd_layout_columns);
Datum
gd_layout_columns(PG_FUNCTION_ARGS)
{
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int c = 0; c < GD_APPLICATIONS_NCOLS; c++)
	{
		Datum		values[5];
		bool		nulls[5] = {false};

		values[0] = Int32GetDatum(c + 1);
		values[1] = CStringGetTextDatum(gd_layout->columns[c].name.key);
		values[2] = CStringGetTextDatum(gd_layout->columns[c].name.zh);
		values[3] = CStringGetTextDatum(gd_layout->columns[c].name.en);
		values[4] = BoolGetDatum(gd_layout->columns[c].organisation);
		gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}

/* gd_identities(): the identities A–D, their table and their wording. */
PG_FUNCTION_INFO_V1(gd_layout_identities);
Datum
gd_layout_identities(PG_FUNCTION_ARGS)
{
	GdSrf		srf;

	gd_srf_begin(fcinfo, &srf);
	for (int k = 0; k < gd_layout->nidentities; k++)
	{
		const GdIdentity *id = &gd_layout->identities[k];
		Datum		values[4];
		bool		nulls[4] = {false};

		values[0] = CStringGetTextDatum(id->rule);
		values[1] = CStringGetTextDatum(id->table == GD_TABLE_APPLICATIONS ? "gd_applications" : "gd_appeals");
		values[2] = CStringGetTextDatum(id->zh);
		values[3] = CStringGetTextDatum(id->en);
		gd_srf_put(&srf, values, nulls);
	}
	return (Datum) 0;
}
