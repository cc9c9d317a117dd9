-- ---------------------------------------------------------------------------
-- Regions: GB/T 2260 six-digit codes (a province ends in 0000, a prefecture in 00)
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_region_level(code pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF code !~ '^[1-9][0-9]{5}$' THEN
        RAISE EXCEPTION 'invalid region code "%"', code
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A GB/T 2260 code has six digits, e.g. 230102.';
    END IF;
    RETURN CASE WHEN substr(code, 3) = '0000' THEN 'province'
                WHEN substr(code, 5) = '00' THEN 'prefecture'
                ELSE 'county' END;
END
$$;
COMMENT ON FUNCTION @extschema@.gd_region_level(pg_catalog.text) IS
'行政区划代码的层级：province 省级、prefecture 地级、county 县级 / level of a GB/T 2260 code: province, prefecture or county';

CREATE FUNCTION @extschema@.gd_region_parent(code pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE @extschema@.gd_region_level(code)
               WHEN 'county' THEN substr(code, 1, 4) || '00'
               WHEN 'prefecture' THEN substr(code, 1, 2) || '0000'
           END
$$;
COMMENT ON FUNCTION @extschema@.gd_region_parent(pg_catalog.text) IS
'上一级行政区划代码（县→地，地→省，省为 NULL） / the parent code: county → prefecture, prefecture → province, province → NULL';

CREATE FUNCTION @extschema@.gd_region_at(code pg_catalog.text, level pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    own text := @extschema@.gd_region_level(code);
    rank_own int := array_position(ARRAY['province', 'prefecture', 'county'], own);
    rank_want int := array_position(ARRAY['province', 'prefecture', 'county'], level);
BEGIN
    IF rank_want IS NULL THEN
        RAISE EXCEPTION 'unknown region level "%"', level
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The levels are province, prefecture and county.';
    END IF;
    IF rank_want > rank_own THEN
        RETURN NULL;
    END IF;
    RETURN CASE level WHEN 'province' THEN substr(code, 1, 2) || '0000'
                      WHEN 'prefecture' THEN substr(code, 1, 4) || '00'
                      ELSE code END;
END
$$;
COMMENT ON FUNCTION @extschema@.gd_region_at(pg_catalog.text, pg_catalog.text) IS
'某代码所属的省级或地级代码（用于 GROUP BY ROLLUP） / the code''s ancestor at a level (province, prefecture, county), for GROUP BY ROLLUP; NULL when the code is above that level';
