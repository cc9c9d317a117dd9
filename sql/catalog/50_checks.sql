-- ---------------------------------------------------------------------------
-- Checks
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.gd_violation AS (
    rule pg_catalog.text,
    severity pg_catalog.text,
    row_key pg_catalog.text,
    column_key pg_catalog.text,
    expected pg_catalog.int8,
    reported pg_catalog.int8,
    message pg_catalog.text
);
COMMENT ON TYPE @extschema@.gd_violation IS
'一处不成立的勾稽关系 / one broken identity: rule, severity, row_key, column_key, expected, reported, message (Chinese / English)';

CREATE FUNCTION @extschema@.gd_check(@extschema@.gd_applications)
RETURNS SETOF @extschema@.gd_violation
AS 'MODULE_PATHNAME', 'gd_applications_check'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;

CREATE FUNCTION @extschema@.gd_check(@extschema@.gd_appeals)
RETURNS SETOF @extschema@.gd_violation
AS 'MODULE_PATHNAME', 'gd_appeals_check'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;

CREATE FUNCTION @extschema@.gd_is_consistent(@extschema@.gd_applications)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_applications_is_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_is_consistent(@extschema@.gd_appeals)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_appeals_is_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gd_check(@extschema@.gd_applications) IS
'表三勾稽关系检查（规则 A、B、C），每处不成立一行 / check table 三 (rules A, B, C): one row per broken identity';
COMMENT ON FUNCTION @extschema@.gd_check(@extschema@.gd_appeals) IS
'表四勾稽关系检查（规则 D） / check table 四 (rule D): one row per broken identity';
COMMENT ON FUNCTION @extschema@.gd_is_consistent(@extschema@.gd_applications) IS
'表三所有经判定的勾稽关系均成立 / true unless a judged identity of table 三 fails; usable in CHECK constraints';
COMMENT ON FUNCTION @extschema@.gd_is_consistent(@extschema@.gd_appeals) IS
'表四所有经判定的勾稽关系均成立 / true unless a judged identity of table 四 fails; usable in CHECK constraints';
