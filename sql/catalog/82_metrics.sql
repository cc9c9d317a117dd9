-- ---------------------------------------------------------------------------
-- Metrics (FORMAT.md): NULL when the denominator is 0 or not stated.  Table
-- 三 metrics first fill blank derived cells from their parts (gd_fill_totals:
-- reports often leave the 总计 column blank); a numerator left wholly blank
-- even then gives NULL, never 0; a blank part beside stated ones counts as 0.
-- Computed in the total column unless a column key is given.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_disclosure_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN g IS NULL AND p IS NULL THEN NULL
                ELSE (coalesce(g, 0)::pg_catalog.int8 + coalesce(p, 0))::numeric / nullif(tp, 0) END
    FROM (SELECT @extschema@.gd_cell(f, 'granted', column_key) AS g,
                 @extschema@.gd_cell(f, 'partially_granted', column_key) AS p,
                 @extschema@.gd_cell(f, 'total_processed', column_key) AS tp
          FROM (SELECT @extschema@.gd_fill_totals(m) AS f) filled) cells
$$;
COMMENT ON FUNCTION @extschema@.gd_disclosure_rate(@extschema@.gd_applications, pg_catalog.text) IS
'公开率：（予以公开 + 部分公开）/（七）总计 / disclosure rate: (granted + partially_granted) / total_processed, in the given column (default total); NULL when total_processed is 0 or not stated';

CREATE FUNCTION @extschema@.gd_outcome_share(m @extschema@.gd_applications, outcome pg_catalog.text, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT o::numeric / nullif(tp, 0)
    FROM (SELECT @extschema@.gd_cell(f, outcome, column_key) AS o,
                 @extschema@.gd_cell(f, 'total_processed', column_key) AS tp
          FROM (SELECT @extschema@.gd_fill_totals(m) AS f) filled) cells
$$;
COMMENT ON FUNCTION @extschema@.gd_outcome_share(@extschema@.gd_applications, pg_catalog.text, pg_catalog.text) IS
'某办理结果（行或分组，如 withheld）占（七）总计的比例 / share of an outcome row or group (granted, withheld, unavailable, not_processed, other_handling, …) in total_processed; NULL when total_processed is 0 or not stated';

CREATE FUNCTION @extschema@.gd_carry_forward_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT cf::numeric / nullif(coalesce(nr, 0)::pg_catalog.int8 + coalesce(co, 0), 0)
    FROM (SELECT @extschema@.gd_cell(f, 'carried_forward', column_key) AS cf,
                 @extschema@.gd_cell(f, 'new_received', column_key) AS nr,
                 @extschema@.gd_cell(f, 'carried_over', column_key) AS co
          FROM (SELECT @extschema@.gd_fill_totals(m) AS f) filled) cells
$$;
COMMENT ON FUNCTION @extschema@.gd_carry_forward_rate(@extschema@.gd_applications, pg_catalog.text) IS
'结转率：结转下年度 /（新收 + 上年结转） / carry-forward rate: carried_forward / (new_received + carried_over); NULL when that is 0';

CREATE FUNCTION @extschema@.gd_review_correction_rate(a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(@extschema@.gd_cell(a, 'review', 'corrected'), 0)::numeric
           / nullif(@extschema@.gd_cell(a, 'review', 'total') - coalesce(@extschema@.gd_cell(a, 'review', 'pending'), 0), 0)
$$;
COMMENT ON FUNCTION @extschema@.gd_review_correction_rate(@extschema@.gd_appeals) IS
'行政复议纠错率：结果纠正 /（总计 − 尚未审结） / review correction rate: review corrected / (review total − review pending); NULL when no review was concluded';

CREATE FUNCTION @extschema@.gd_litigation_loss_rate(a @extschema@.gd_appeals, block pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    blocks text[] := CASE WHEN block IS NULL THEN ARRAY['suit_direct', 'suit_after_review'] ELSE ARRAY[block] END;
    corrected bigint := 0;
    concluded bigint := NULL;
    b text;
BEGIN
    IF block IS NOT NULL AND block NOT IN ('suit_direct', 'suit_after_review') THEN
        RAISE EXCEPTION 'unknown litigation block "%"', block
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The blocks are suit_direct and suit_after_review; NULL pools both.';
    END IF;
    IF a IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH b IN ARRAY blocks LOOP
        IF @extschema@.gd_cell(a, b, 'total') IS NOT NULL THEN
            corrected := corrected + coalesce(@extschema@.gd_cell(a, b, 'corrected'), 0);
            concluded := coalesce(concluded, 0) + @extschema@.gd_cell(a, b, 'total')
                         - coalesce(@extschema@.gd_cell(a, b, 'pending'), 0);
        END IF;
    END LOOP;
    RETURN corrected::numeric / nullif(concluded, 0);
END
$$;
COMMENT ON FUNCTION @extschema@.gd_litigation_loss_rate(@extschema@.gd_appeals, pg_catalog.text) IS
'行政诉讼败诉（纠正）率：结果纠正 /（总计 − 尚未审结），按 suit_direct、suit_after_review 或两者合计（NULL） / litigation loss rate: corrected / (total − pending) for suit_direct, suit_after_review, or both pooled (block NULL); NULL when none concluded';

CREATE FUNCTION @extschema@.gd_dispute_rate(m @extschema@.gd_applications, a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (coalesce(@extschema@.gd_cell(a, 'review', 'total'), 0)::pg_catalog.int8
            + coalesce(@extschema@.gd_cell(a, 'suit_direct', 'total'), 0)
            + coalesce(@extschema@.gd_cell(a, 'suit_after_review', 'total'), 0))::numeric
           / nullif(@extschema@.gd_cell(m, 'new_received', 'total'), 0)
$$;
COMMENT ON FUNCTION @extschema@.gd_dispute_rate(@extschema@.gd_applications, @extschema@.gd_appeals) IS
'争议率：（行政复议总计 + 行政诉讼总计）/ 本年新收申请 / dispute rate: (review total + both suit totals) / new_received total; NULL when new_received is 0 or not stated';
