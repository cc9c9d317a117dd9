-- ---------------------------------------------------------------------------
-- Casts: int[] and jsonb, both ways
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_applications(pg_catalog.int4[])
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_from_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_to_array(@extschema@.gd_applications)
RETURNS pg_catalog.int4[]
AS 'MODULE_PATHNAME', 'gd_applications_to_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_applications(pg_catalog.jsonb)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_applications)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'gd_applications_to_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (pg_catalog.int4[] AS @extschema@.gd_applications)
    WITH FUNCTION @extschema@.gd_applications(pg_catalog.int4[])
    AS ASSIGNMENT;
CREATE CAST (@extschema@.gd_applications AS pg_catalog.int4[])
    WITH FUNCTION @extschema@.gd_to_array(@extschema@.gd_applications);
CREATE CAST (pg_catalog.jsonb AS @extschema@.gd_applications)
    WITH FUNCTION @extschema@.gd_applications(pg_catalog.jsonb)
    AS ASSIGNMENT;
CREATE CAST (@extschema@.gd_applications AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_applications);

COMMENT ON FUNCTION @extschema@.gd_applications(pg_catalog.int4[]) IS
'由 25×7（或 2019 格式 23×7）整数数组构造表三，NULL 为未填报 / table 三 from a 25×7 int[] (23×7: 2019 format), NULL = not stated';
COMMENT ON FUNCTION @extschema@.gd_to_array(@extschema@.gd_applications) IS
'表三转为 25×7（或 23×7）整数数组 / table 三 as a 25×7 (23×7) int[]';
COMMENT ON FUNCTION @extschema@.gd_applications(pg_catalog.jsonb) IS
'由 JSON 构造表三（每个行键、列键都须给出） / table 三 from jsonb (every row and column key required)';
COMMENT ON FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_applications) IS
'表三转为 JSON / table 三 as jsonb';
COMMENT ON CAST (pg_catalog.int4[] AS @extschema@.gd_applications) IS
'整数数组转表三 / int[] to table 三';
COMMENT ON CAST (@extschema@.gd_applications AS pg_catalog.int4[]) IS
'表三转整数数组 / table 三 to int[]';
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.gd_applications) IS
'JSON 转表三 / jsonb to table 三';
COMMENT ON CAST (@extschema@.gd_applications AS pg_catalog.jsonb) IS
'表三转 JSON / table 三 to jsonb';

CREATE FUNCTION @extschema@.gd_appeals(pg_catalog.int4[])
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_from_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_to_array(@extschema@.gd_appeals)
RETURNS pg_catalog.int4[]
AS 'MODULE_PATHNAME', 'gd_appeals_to_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_appeals(pg_catalog.jsonb)
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_appeals)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'gd_appeals_to_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (pg_catalog.int4[] AS @extschema@.gd_appeals)
    WITH FUNCTION @extschema@.gd_appeals(pg_catalog.int4[])
    AS ASSIGNMENT;
CREATE CAST (@extschema@.gd_appeals AS pg_catalog.int4[])
    WITH FUNCTION @extschema@.gd_to_array(@extschema@.gd_appeals);
CREATE CAST (pg_catalog.jsonb AS @extschema@.gd_appeals)
    WITH FUNCTION @extschema@.gd_appeals(pg_catalog.jsonb)
    AS ASSIGNMENT;
CREATE CAST (@extschema@.gd_appeals AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_appeals);

COMMENT ON FUNCTION @extschema@.gd_appeals(pg_catalog.int4[]) IS
'由 15 个整数构造表四，NULL 为未填报 / table 四 from a 15-element int[], NULL = not stated';
COMMENT ON FUNCTION @extschema@.gd_to_array(@extschema@.gd_appeals) IS
'表四转为 15 个整数 / table 四 as a 15-element int[]';
COMMENT ON FUNCTION @extschema@.gd_appeals(pg_catalog.jsonb) IS
'由 JSON 构造表四 / table 四 from jsonb';
COMMENT ON FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_appeals) IS
'表四转为 JSON / table 四 as jsonb';
COMMENT ON CAST (pg_catalog.int4[] AS @extschema@.gd_appeals) IS
'整数数组转表四 / int[] to table 四';
COMMENT ON CAST (@extschema@.gd_appeals AS pg_catalog.int4[]) IS
'表四转整数数组 / table 四 to int[]';
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.gd_appeals) IS
'JSON 转表四 / jsonb to table 四';
COMMENT ON CAST (@extschema@.gd_appeals AS pg_catalog.jsonb) IS
'表四转 JSON / table 四 to jsonb';
