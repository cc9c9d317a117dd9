-- ---------------------------------------------------------------------------
-- The official tables as rows, and the layout
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_table(@extschema@.gd_applications)
RETURNS TABLE (row_no pg_catalog.int4, row_key pg_catalog.text, label pg_catalog.text,
               natural_person pg_catalog.int4, commercial pg_catalog.int4,
               research pg_catalog.int4, public_interest pg_catalog.int4,
               legal_service pg_catalog.int4, other_org pg_catalog.int4,
               total pg_catalog.int4)
AS 'MODULE_PATHNAME', 'gd_applications_table'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 25;

CREATE FUNCTION @extschema@.gd_table(@extschema@.gd_appeals)
RETURNS TABLE (block_no pg_catalog.int4, block_key pg_catalog.text, label pg_catalog.text,
               upheld pg_catalog.int4, corrected pg_catalog.int4, other pg_catalog.int4,
               pending pg_catalog.int4, total pg_catalog.int4)
AS 'MODULE_PATHNAME', 'gd_appeals_table'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;

CREATE FUNCTION @extschema@.gd_cells(@extschema@.gd_applications)
RETURNS TABLE (row_no pg_catalog.int4, row_key pg_catalog.text,
               row_label pg_catalog.text, row_label_en pg_catalog.text,
               column_no pg_catalog.int4, column_key pg_catalog.text,
               column_label pg_catalog.text, column_label_en pg_catalog.text,
               value pg_catalog.int4)
AS 'MODULE_PATHNAME', 'gd_applications_cells'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 175;

CREATE FUNCTION @extschema@.gd_cells(@extschema@.gd_appeals)
RETURNS TABLE (row_no pg_catalog.int4, row_key pg_catalog.text,
               row_label pg_catalog.text, row_label_en pg_catalog.text,
               column_no pg_catalog.int4, column_key pg_catalog.text,
               column_label pg_catalog.text, column_label_en pg_catalog.text,
               value pg_catalog.int4)
AS 'MODULE_PATHNAME', 'gd_appeals_cells'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 15;

CREATE FUNCTION @extschema@.gd_rows(format pg_catalog.int4)
RETURNS TABLE (row_no pg_catalog.int4, row_key pg_catalog.text, group_key pg_catalog.text,
               label pg_catalog.text, label_en pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_layout_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 25;

CREATE FUNCTION @extschema@.gd_columns()
RETURNS TABLE (column_no pg_catalog.int4, column_key pg_catalog.text,
               label pg_catalog.text, label_en pg_catalog.text,
               organisation pg_catalog.bool)
AS 'MODULE_PATHNAME', 'gd_layout_columns'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 7;

CREATE FUNCTION @extschema@.gd_identities()
RETURNS TABLE (rule pg_catalog.text, applies_to pg_catalog.text,
               label pg_catalog.text, label_en pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_layout_identities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;

COMMENT ON FUNCTION @extschema@.gd_table(@extschema@.gd_applications) IS
'按官方表式列出表三，按印刷顺序每行一条（中文行名）；row_no 在各格式中指同一行 / the official table 三, one row per table row in printed order, with its Chinese label; row_no names the same row in every format';
COMMENT ON FUNCTION @extschema@.gd_table(@extschema@.gd_appeals) IS
'按官方表式列出表四，每栏一行 / the official table 四, one row per block';
COMMENT ON FUNCTION @extschema@.gd_cells(@extschema@.gd_applications) IS
'表三长表：每格一行，含中英文行列名；row_no 在各格式中指同一行 / table 三 in long format: one row per cell, with Chinese and English labels; row_no names the same row in every format';
COMMENT ON FUNCTION @extschema@.gd_cells(@extschema@.gd_appeals) IS
'表四长表：每格一行 / table 四 in long format: one row per cell';
COMMENT ON FUNCTION @extschema@.gd_rows(pg_catalog.int4) IS
'某格式表三的行（按印刷顺序）：行号（各格式通用）、键、分组、中英文名称 / the rows of table 三 in a format, in printed order: number (the same in every format), key, group, Chinese and English labels';
COMMENT ON FUNCTION @extschema@.gd_columns() IS
'表三的列 / the columns of table 三';
COMMENT ON FUNCTION @extschema@.gd_identities() IS
'表内勾稽关系（规则 A–D） / the within-report identities (rules A–D)';
