-- ---------------------------------------------------------------------------
-- Regions: GB/T 2260 six-digit codes (a province ends in 0000, a prefecture in 00)
--
-- C (pg/regions.c): an invalid code and an unknown level are errors (22023).
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_region_level(code pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_region_level_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_region_level(pg_catalog.text) IS
'行政区划代码的层级：province 省级、prefecture 地级、county 县级 / level of a GB/T 2260 code: province, prefecture or county';

CREATE FUNCTION @extschema@.gd_region_parent(code pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_region_parent_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_region_parent(pg_catalog.text) IS
'上一级行政区划代码（县→地，地→省，省为 NULL） / the parent code: county → prefecture, prefecture → province, province → NULL';

CREATE FUNCTION @extschema@.gd_region_at(code pg_catalog.text, level pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_region_at_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_region_at(pg_catalog.text, pg_catalog.text) IS
'某代码所属的省级或地级代码（用于 GROUP BY ROLLUP） / the code''s ancestor at a level (province, prefecture, county), for GROUP BY ROLLUP; NULL when the code is above that level';
