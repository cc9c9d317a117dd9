-- ---------------------------------------------------------------------------
-- gd_appeals: table 四, reconsideration and litigation
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.gd_appeals;

CREATE FUNCTION @extschema@.gd_appeals_in(pg_catalog.cstring)
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_appeals_out(@extschema@.gd_appeals)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'gd_appeals_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_appeals_recv(pg_catalog.internal)
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_appeals_send(@extschema@.gd_appeals)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'gd_appeals_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 68 bytes: STORAGE plain keeps the 4-byte header, so cells stay aligned.
CREATE TYPE @extschema@.gd_appeals (
    INPUT = @extschema@.gd_appeals_in,
    OUTPUT = @extschema@.gd_appeals_out,
    RECEIVE = @extschema@.gd_appeals_recv,
    SEND = @extschema@.gd_appeals_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE @extschema@.gd_appeals IS
'政府信息公开行政复议、行政诉讼情况表（表四）：15 个数量 / table 四, reconsideration and litigation: 15 counts (review, suit_direct, suit_after_review × upheld, corrected, other, pending, total)';
COMMENT ON FUNCTION @extschema@.gd_appeals_in(pg_catalog.cstring) IS
'表四文本输入 / text input of gd_appeals';
COMMENT ON FUNCTION @extschema@.gd_appeals_out(@extschema@.gd_appeals) IS
'表四文本输出 / text output of gd_appeals';
COMMENT ON FUNCTION @extschema@.gd_appeals_recv(pg_catalog.internal) IS
'表四二进制输入 / binary input of gd_appeals';
COMMENT ON FUNCTION @extschema@.gd_appeals_send(@extschema@.gd_appeals) IS
'表四二进制输出 / binary output of gd_appeals';
