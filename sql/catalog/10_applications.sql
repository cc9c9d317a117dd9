-- ---------------------------------------------------------------------------
-- gd_applications: table 三, the application-outcome matrix
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.gd_applications;

CREATE FUNCTION @extschema@.gd_applications_in(pg_catalog.cstring)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_applications_out(@extschema@.gd_applications)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'gd_applications_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_applications_recv(pg_catalog.internal)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_applications_send(@extschema@.gd_applications)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'gd_applications_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.gd_applications (
    INPUT = @extschema@.gd_applications_in,
    OUTPUT = @extschema@.gd_applications_out,
    RECEIVE = @extschema@.gd_applications_recv,
    SEND = @extschema@.gd_applications_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.gd_applications IS
'政府信息公开申请情况表（表三）：25 行 × 7 列（2019 格式 23 行），每格为数量或“未填报” / table 三, the application-outcome matrix: 25 rows × 7 columns (23 in the 2019 format), each cell a count or not stated';
COMMENT ON FUNCTION @extschema@.gd_applications_in(pg_catalog.cstring) IS
'表三文本输入 / text input of gd_applications';
COMMENT ON FUNCTION @extschema@.gd_applications_out(@extschema@.gd_applications) IS
'表三文本输出 / text output of gd_applications';
COMMENT ON FUNCTION @extschema@.gd_applications_recv(pg_catalog.internal) IS
'表三二进制输入 / binary input of gd_applications';
COMMENT ON FUNCTION @extschema@.gd_applications_send(@extschema@.gd_applications) IS
'表三二进制输出 / binary output of gd_applications';
