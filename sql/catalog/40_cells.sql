-- ---------------------------------------------------------------------------
-- Cells
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_format(@extschema@.gd_applications)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_applications_format'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_cell(@extschema@.gd_applications, row_key pg_catalog.text, column_key pg_catalog.text)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_applications_cell'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_set_cell(@extschema@.gd_applications, row_key pg_catalog.text, column_key pg_catalog.text, value pg_catalog.int4)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_set_cell'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_fill_totals(@extschema@.gd_applications)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_fill_totals'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_to_2019(@extschema@.gd_applications)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_to_2019'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gd_format(@extschema@.gd_applications) IS
'表三的格式（2019 或 2021） / the format of a table 三: 2019 or 2021';
COMMENT ON FUNCTION @extschema@.gd_cell(@extschema@.gd_applications, pg_catalog.text, pg_catalog.text) IS
'表三某格的数量（未填报为 NULL）；分组键给出该组之和；其他格式才有的行为 NULL / one cell of table 三 (NULL = not stated); a group key gives the group''s sum; a row of another format gives NULL, so that queries across years run; a key of no format is an error';
COMMENT ON FUNCTION @extschema@.gd_set_cell(@extschema@.gd_applications, pg_catalog.text, pg_catalog.text, pg_catalog.int4) IS
'返回改写一格后的表三（NULL 表示未填报） / a copy of table 三 with one cell replaced (NULL = not stated)';
COMMENT ON FUNCTION @extschema@.gd_fill_totals(@extschema@.gd_applications) IS
'由各部分补填未填报的总计列与（七）总计行 / fill the blank total column and （七）总计 row from their parts';
COMMENT ON FUNCTION @extschema@.gd_to_2019(@extschema@.gd_applications) IS
'转换为 2019 格式（（六）其他处理合并为一行） / the same matrix in the 2019 format (（六） folded into other_handling)';

CREATE FUNCTION @extschema@.gd_cell(@extschema@.gd_appeals, block_key pg_catalog.text, column_key pg_catalog.text)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_appeals_cell'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_set_cell(@extschema@.gd_appeals, block_key pg_catalog.text, column_key pg_catalog.text, value pg_catalog.int4)
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_set_cell'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_fill_totals(@extschema@.gd_appeals)
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_fill_totals'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gd_cell(@extschema@.gd_appeals, pg_catalog.text, pg_catalog.text) IS
'表四某格的数量（未填报为 NULL） / one cell of table 四 (NULL = not stated)';
COMMENT ON FUNCTION @extschema@.gd_set_cell(@extschema@.gd_appeals, pg_catalog.text, pg_catalog.text, pg_catalog.int4) IS
'返回改写一格后的表四 / a copy of table 四 with one cell replaced (NULL = not stated)';
COMMENT ON FUNCTION @extschema@.gd_fill_totals(@extschema@.gd_appeals) IS
'由各部分补填未填报的总计 / fill blank block totals from their parts';
