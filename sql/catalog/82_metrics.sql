-- ---------------------------------------------------------------------------
-- Metrics (FORMAT.md): NULL when the denominator is 0 or not stated.  Table
-- 三 metrics first fill blank derived cells from their parts (gd_fill_totals:
-- reports often leave the 总计 column blank); a numerator left wholly blank
-- even then gives NULL, never 0; a blank part beside stated ones counts as 0.
-- Computed in the total column unless a column key is given.  A rate is a
-- numeric ratio rounded to 4 decimal places (0.5634 = 56.34 %), so a BI
-- tool shows it as it would a percentage with two decimals.
--
-- SQL-standard bodies, bound by OID when created: every operator is
-- OPERATOR(pg_catalog.…) on operands cast to exactly its argument types,
-- every literal has the exact type its function takes, and a zero
-- denominator is a CASE (NULLIF would look "=" up by name).
-- gd_litigation_loss_rate is C (pg/metrics.c): an unknown block is an error.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_disclosure_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.g IS NULL AND cells.p IS NULL THEN NULL
                WHEN cells.tp OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round((coalesce(cells.g, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.p, 0)::pg_catalog.int8)::pg_catalog.numeric
                     OPERATOR(pg_catalog./) cells.tp::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(filled.f, 'granted'::pg_catalog.text, gd_disclosure_rate.column_key) AS g,
                   @extschema@.gd_cell(filled.f, 'partially_granted'::pg_catalog.text, gd_disclosure_rate.column_key) AS p,
                   @extschema@.gd_cell(filled.f, 'total_processed'::pg_catalog.text, gd_disclosure_rate.column_key) AS tp
              FROM (SELECT @extschema@.gd_fill_totals(gd_disclosure_rate.m) AS f) filled) cells;
END;
COMMENT ON FUNCTION @extschema@.gd_disclosure_rate(@extschema@.gd_applications, pg_catalog.text) IS
'公开率：（予以公开 + 部分公开）/（七）总计 / disclosure rate: (granted + partially_granted) / total_processed, in the given column (default total); NULL when total_processed is 0 or not stated';

CREATE FUNCTION @extschema@.gd_outcome_share(m @extschema@.gd_applications, outcome pg_catalog.text, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.tp OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round(cells.o::pg_catalog.numeric OPERATOR(pg_catalog./) cells.tp::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(filled.f, gd_outcome_share.outcome, gd_outcome_share.column_key) AS o,
                   @extschema@.gd_cell(filled.f, 'total_processed'::pg_catalog.text, gd_outcome_share.column_key) AS tp
              FROM (SELECT @extschema@.gd_fill_totals(gd_outcome_share.m) AS f) filled) cells;
END;
COMMENT ON FUNCTION @extschema@.gd_outcome_share(@extschema@.gd_applications, pg_catalog.text, pg_catalog.text) IS
'某办理结果（行或分组，如 withheld）占（七）总计的比例 / share of an outcome row or group (granted, withheld, unavailable, not_processed, other_handling, …) in total_processed; NULL when total_processed is 0 or not stated';

CREATE FUNCTION @extschema@.gd_carry_forward_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN sums.received OPERATOR(pg_catalog.=) 0::pg_catalog.int8 THEN NULL
                ELSE pg_catalog.round(sums.cf::pg_catalog.numeric OPERATOR(pg_catalog./) sums.received::pg_catalog.numeric, 4) END
      FROM (SELECT cells.cf,
                   coalesce(cells.nr, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.co, 0)::pg_catalog.int8 AS received
              FROM (SELECT @extschema@.gd_cell(filled.f, 'carried_forward'::pg_catalog.text, gd_carry_forward_rate.column_key) AS cf,
                           @extschema@.gd_cell(filled.f, 'new_received'::pg_catalog.text, gd_carry_forward_rate.column_key) AS nr,
                           @extschema@.gd_cell(filled.f, 'carried_over'::pg_catalog.text, gd_carry_forward_rate.column_key) AS co
                      FROM (SELECT @extschema@.gd_fill_totals(gd_carry_forward_rate.m) AS f) filled) cells) sums;
END;
COMMENT ON FUNCTION @extschema@.gd_carry_forward_rate(@extschema@.gd_applications, pg_catalog.text) IS
'结转率：结转下年度 /（新收 + 上年结转） / carry-forward rate: carried_forward / (new_received + carried_over); NULL when that is 0';

CREATE FUNCTION @extschema@.gd_review_correction_rate(a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.concluded OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round(coalesce(cells.corrected, 0)::pg_catalog.numeric OPERATOR(pg_catalog./) cells.concluded::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(gd_review_correction_rate.a, 'review'::pg_catalog.text, 'corrected'::pg_catalog.text) AS corrected,
                   @extschema@.gd_cell(gd_review_correction_rate.a, 'review'::pg_catalog.text, 'total'::pg_catalog.text)
                   OPERATOR(pg_catalog.-)
                   coalesce(@extschema@.gd_cell(gd_review_correction_rate.a, 'review'::pg_catalog.text, 'pending'::pg_catalog.text), 0) AS concluded) cells;
END;
COMMENT ON FUNCTION @extschema@.gd_review_correction_rate(@extschema@.gd_appeals) IS
'行政复议纠错率：结果纠正 /（总计 − 尚未审结） / review correction rate: review corrected / (review total − review pending); NULL when no review was concluded';

CREATE FUNCTION @extschema@.gd_litigation_loss_rate(a @extschema@.gd_appeals, block pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'gd_litigation_loss_rate_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_litigation_loss_rate(@extschema@.gd_appeals, pg_catalog.text) IS
'行政诉讼败诉（纠正）率：结果纠正 /（总计 − 尚未审结），按 suit_direct、suit_after_review 或两者合计（NULL） / litigation loss rate: corrected / (total − pending) for suit_direct, suit_after_review, or both pooled (block NULL); NULL when none concluded';

CREATE FUNCTION @extschema@.gd_dispute_rate(m @extschema@.gd_applications, a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.nr OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round((coalesce(cells.rv, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.sd, 0)::pg_catalog.int8
                      OPERATOR(pg_catalog.+) coalesce(cells.sa, 0)::pg_catalog.int8)::pg_catalog.numeric
                     OPERATOR(pg_catalog./) cells.nr::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(gd_dispute_rate.a, 'review'::pg_catalog.text, 'total'::pg_catalog.text) AS rv,
                   @extschema@.gd_cell(gd_dispute_rate.a, 'suit_direct'::pg_catalog.text, 'total'::pg_catalog.text) AS sd,
                   @extschema@.gd_cell(gd_dispute_rate.a, 'suit_after_review'::pg_catalog.text, 'total'::pg_catalog.text) AS sa,
                   @extschema@.gd_cell(gd_dispute_rate.m, 'new_received'::pg_catalog.text, 'total'::pg_catalog.text) AS nr) cells;
END;
COMMENT ON FUNCTION @extschema@.gd_dispute_rate(@extschema@.gd_applications, @extschema@.gd_appeals) IS
'争议率：（行政复议总计 + 行政诉讼总计）/ 本年新收申请 / dispute rate: (review total + both suit totals) / new_received total; NULL when new_received is 0 or not stated';
