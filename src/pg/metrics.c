/*
 * pg/metrics.c — gd_litigation_loss_rate(appeals, block): corrected /
 * (total − pending) over one litigation block of table 四, or both pooled.
 *
 * The other metrics are SQL-standard bodies (sql/catalog/82_metrics.sql);
 * this one is C because an unknown block is an error (22023) even when the
 * appeals are NULL, which a body without RAISE cannot say.
 */
#include "pg/glue.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

/* gd_litigation_loss_rate(a, block): NULL block pools suit_direct and suit_after_review. */
PG_FUNCTION_INFO_V1(gd_litigation_loss_rate_sql);
Datum
gd_litigation_loss_rate_sql(PG_FUNCTION_ARGS)
{
	int			blocks[2];
	int			nblocks = 0;
	int			corrected_col = gd_appeals_column_id("corrected");
	int			pending_col = gd_appeals_column_id("pending");
	int			total_col = gd_appeals_total_column();
	int64		corrected = 0;
	int64		concluded = 0;
	bool		stated = false;
	GdAppeals  *a;

	if (PG_ARGISNULL(1))
	{
		blocks[nblocks++] = gd_appeals_block_id("suit_direct");
		blocks[nblocks++] = gd_appeals_block_id("suit_after_review");
	}
	else
	{
		char	   *block = gd_text_arg(fcinfo, 1);

		if (strcmp(block, "suit_direct") != 0 && strcmp(block, "suit_after_review") != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown litigation block \"%s\"", block),
					 errdetail("The blocks are suit_direct and suit_after_review; NULL pools both.")));
		blocks[nblocks++] = gd_appeals_block_id(block);
	}
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	a = PG_GETARG_GD_APPEALS(0);

	/* a block counts only when its total is stated; a blank part counts as 0 */
	for (int i = 0; i < nblocks; i++)
	{
		const int32 *cells = a->cells + blocks[i] * GD_APPEALS_NCOLS;

		if (cells[total_col] == GD_NOT_STATED)
			continue;
		stated = true;
		if (cells[corrected_col] != GD_NOT_STATED)
			corrected += cells[corrected_col];
		concluded += cells[total_col];
		if (cells[pending_col] != GD_NOT_STATED)
			concluded -= cells[pending_col];
	}
	if (!stated || concluded == 0)
		PG_RETURN_NULL();
	/* round(corrected::numeric / concluded, 4), as the SQL metrics do */
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_round,
										DirectFunctionCall2(numeric_div,
															NumericGetDatum(int64_to_numeric(corrected)),
															NumericGetDatum(int64_to_numeric(concluded))),
										Int32GetDatum(4)));
}
