-- gov_disclosure 0.1.0: the core.  Tables 三 (gd_applications) and 四
-- (gd_appeals) as types with their identities, sums and the official tables
-- as rows.  0.2.0 (gov_disclosure--0.1.0--0.2.0.sql) adds whole reports.
--
-- Every reference is schema-qualified (@extschema@ or pg_catalog) so that no
-- search_path in force at install or call time can capture it.

\echo Use "CREATE EXTENSION gov_disclosure" to load this file. \quit

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

-- ---------------------------------------------------------------------------
-- Equality and hashing (GROUP BY, DISTINCT, hash joins)
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_applications_eq(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_applications_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.gd_applications_ne(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_applications_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.gd_applications_hash(@extschema@.gd_applications)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_applications_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.gd_applications,
    RIGHTARG = @extschema@.gd_applications,
    FUNCTION = @extschema@.gd_applications_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.gd_applications,
    RIGHTARG = @extschema@.gd_applications,
    FUNCTION = @extschema@.gd_applications_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR CLASS @extschema@.gd_applications_hash_ops
DEFAULT FOR TYPE @extschema@.gd_applications USING hash AS
    OPERATOR 1 @extschema@.= (@extschema@.gd_applications, @extschema@.gd_applications),
    FUNCTION 1 @extschema@.gd_applications_hash(@extschema@.gd_applications);

COMMENT ON FUNCTION @extschema@.gd_applications_eq(@extschema@.gd_applications, @extschema@.gd_applications) IS
'两张表三格式相同且每格相同 / two tables 三 are equal: same format, every cell the same (not stated equals only not stated)';
COMMENT ON FUNCTION @extschema@.gd_applications_ne(@extschema@.gd_applications, @extschema@.gd_applications) IS
'两张表三不相同 / two tables 三 differ';
COMMENT ON FUNCTION @extschema@.gd_applications_hash(@extschema@.gd_applications) IS
'表三的哈希值 / hash of a table 三, for hash joins and grouping';
COMMENT ON OPERATOR @extschema@.= (@extschema@.gd_applications, @extschema@.gd_applications) IS
'相等 / equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.gd_applications, @extschema@.gd_applications) IS
'不相等 / not equal';
COMMENT ON OPERATOR CLASS @extschema@.gd_applications_hash_ops USING hash IS
'表三的哈希运算符类 / hash operator class of gd_applications';

-- An arbitrary total order (format, then cells), so sorting, DISTINCT and
-- merge joins work.  It says nothing about the reports themselves.
CREATE FUNCTION @extschema@.gd_applications_cmp(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_applications_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_applications_cmp(@extschema@.gd_applications, @extschema@.gd_applications) IS
'表三的排序比较（任意但全序，仅供排序与去重） / btree comparison of gd_applications: an arbitrary total order for sorting and DISTINCT';
CREATE FUNCTION @extschema@.gd_applications_lt(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_applications_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_applications_lt(@extschema@.gd_applications, @extschema@.gd_applications) IS
'表三排序：小于 / gd_applications sort order: less than';
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.gd_applications,
    RIGHTARG = @extschema@.gd_applications,
    FUNCTION = @extschema@.gd_applications_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.gd_applications, @extschema@.gd_applications) IS
'排序：小于（任意全序） / sort order: less than (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_applications_le(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_applications_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_applications_le(@extschema@.gd_applications, @extschema@.gd_applications) IS
'表三排序：小于等于 / gd_applications sort order: less than or equal';
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.gd_applications,
    RIGHTARG = @extschema@.gd_applications,
    FUNCTION = @extschema@.gd_applications_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.gd_applications, @extschema@.gd_applications) IS
'排序：小于等于（任意全序） / sort order: less than or equal (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_applications_gt(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_applications_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_applications_gt(@extschema@.gd_applications, @extschema@.gd_applications) IS
'表三排序：大于 / gd_applications sort order: greater than';
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.gd_applications,
    RIGHTARG = @extschema@.gd_applications,
    FUNCTION = @extschema@.gd_applications_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.gd_applications, @extschema@.gd_applications) IS
'排序：大于（任意全序） / sort order: greater than (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_applications_ge(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_applications_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_applications_ge(@extschema@.gd_applications, @extschema@.gd_applications) IS
'表三排序：大于等于 / gd_applications sort order: greater than or equal';
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.gd_applications,
    RIGHTARG = @extschema@.gd_applications,
    FUNCTION = @extschema@.gd_applications_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.gd_applications, @extschema@.gd_applications) IS
'排序：大于等于（任意全序） / sort order: greater than or equal (an arbitrary total order)';
CREATE OPERATOR CLASS @extschema@.gd_applications_btree_ops
DEFAULT FOR TYPE @extschema@.gd_applications USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.gd_applications_cmp(@extschema@.gd_applications, @extschema@.gd_applications);
COMMENT ON OPERATOR CLASS @extschema@.gd_applications_btree_ops USING btree IS
'表三的 B 树运算符类（排序、去重） / btree operator class of gd_applications (sorting, DISTINCT)';
COMMENT ON OPERATOR FAMILY @extschema@.gd_applications_btree_ops USING btree IS
'表三的 B 树运算符族 / btree operator family of gd_applications';
COMMENT ON OPERATOR FAMILY @extschema@.gd_applications_hash_ops USING hash IS
'表三的哈希运算符族 / hash operator family of gd_applications';

CREATE FUNCTION @extschema@.gd_appeals_eq(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_appeals_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.gd_appeals_ne(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_appeals_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.gd_appeals_hash(@extschema@.gd_appeals)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_appeals_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.gd_appeals,
    RIGHTARG = @extschema@.gd_appeals,
    FUNCTION = @extschema@.gd_appeals_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.gd_appeals,
    RIGHTARG = @extschema@.gd_appeals,
    FUNCTION = @extschema@.gd_appeals_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR CLASS @extschema@.gd_appeals_hash_ops
DEFAULT FOR TYPE @extschema@.gd_appeals USING hash AS
    OPERATOR 1 @extschema@.= (@extschema@.gd_appeals, @extschema@.gd_appeals),
    FUNCTION 1 @extschema@.gd_appeals_hash(@extschema@.gd_appeals);

COMMENT ON FUNCTION @extschema@.gd_appeals_eq(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'两张表四每格相同 / two tables 四 are equal, cell by cell';
COMMENT ON FUNCTION @extschema@.gd_appeals_ne(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'两张表四不相同 / two tables 四 differ';
COMMENT ON FUNCTION @extschema@.gd_appeals_hash(@extschema@.gd_appeals) IS
'表四的哈希值 / hash of a table 四, for hash joins and grouping';
COMMENT ON OPERATOR @extschema@.= (@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'相等 / equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'不相等 / not equal';
COMMENT ON OPERATOR CLASS @extschema@.gd_appeals_hash_ops USING hash IS
'表四的哈希运算符类 / hash operator class of gd_appeals';

-- An arbitrary total order (format, then cells), so sorting, DISTINCT and
-- merge joins work.  It says nothing about the reports themselves.
CREATE FUNCTION @extschema@.gd_appeals_cmp(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_appeals_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_appeals_cmp(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'表四的排序比较（任意但全序，仅供排序与去重） / btree comparison of gd_appeals: an arbitrary total order for sorting and DISTINCT';
CREATE FUNCTION @extschema@.gd_appeals_lt(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_appeals_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_appeals_lt(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'表四排序：小于 / gd_appeals sort order: less than';
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.gd_appeals,
    RIGHTARG = @extschema@.gd_appeals,
    FUNCTION = @extschema@.gd_appeals_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'排序：小于（任意全序） / sort order: less than (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_appeals_le(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_appeals_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_appeals_le(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'表四排序：小于等于 / gd_appeals sort order: less than or equal';
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.gd_appeals,
    RIGHTARG = @extschema@.gd_appeals,
    FUNCTION = @extschema@.gd_appeals_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'排序：小于等于（任意全序） / sort order: less than or equal (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_appeals_gt(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_appeals_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_appeals_gt(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'表四排序：大于 / gd_appeals sort order: greater than';
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.gd_appeals,
    RIGHTARG = @extschema@.gd_appeals,
    FUNCTION = @extschema@.gd_appeals_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'排序：大于（任意全序） / sort order: greater than (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_appeals_ge(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_appeals_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_appeals_ge(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'表四排序：大于等于 / gd_appeals sort order: greater than or equal';
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.gd_appeals,
    RIGHTARG = @extschema@.gd_appeals,
    FUNCTION = @extschema@.gd_appeals_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'排序：大于等于（任意全序） / sort order: greater than or equal (an arbitrary total order)';
CREATE OPERATOR CLASS @extschema@.gd_appeals_btree_ops
DEFAULT FOR TYPE @extschema@.gd_appeals USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.gd_appeals_cmp(@extschema@.gd_appeals, @extschema@.gd_appeals);
COMMENT ON OPERATOR CLASS @extschema@.gd_appeals_btree_ops USING btree IS
'表四的 B 树运算符类（排序、去重） / btree operator class of gd_appeals (sorting, DISTINCT)';
COMMENT ON OPERATOR FAMILY @extschema@.gd_appeals_btree_ops USING btree IS
'表四的 B 树运算符族 / btree operator family of gd_appeals';
COMMENT ON OPERATOR FAMILY @extschema@.gd_appeals_hash_ops USING hash IS
'表四的哈希运算符族 / hash operator family of gd_appeals';

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
'表三某格的数量（未填报为 NULL）；分组键给出该组之和 / one cell of table 三 (NULL = not stated); a group key gives the group''s sum';
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

-- ---------------------------------------------------------------------------
-- Sums: the + operators and the sum() aggregates
-- ---------------------------------------------------------------------------

-- Transition and combine function: NULL-tolerant, updates its state in place.
CREATE FUNCTION @extschema@.gd_applications_accum(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_add(@extschema@.gd_applications, @extschema@.gd_applications)
RETURNS @extschema@.gd_applications
AS 'MODULE_PATHNAME', 'gd_applications_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.gd_applications,
    RIGHTARG = @extschema@.gd_applications,
    FUNCTION = @extschema@.gd_add,
    COMMUTATOR = OPERATOR(@extschema@.+)
);

CREATE AGGREGATE @extschema@.sum(@extschema@.gd_applications) (
    SFUNC = @extschema@.gd_applications_accum,
    STYPE = @extschema@.gd_applications,
    COMBINEFUNC = @extschema@.gd_applications_accum,
    PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.gd_applications_accum(@extschema@.gd_applications, @extschema@.gd_applications) IS
'sum(gd_applications) 的累加与合并函数 / transition and combine function of sum(gd_applications)';
COMMENT ON FUNCTION @extschema@.gd_add(@extschema@.gd_applications, @extschema@.gd_applications) IS
'两张表三逐格相加（未填报 + n = n；跨格式得 2019 格式） / cell-wise sum of two tables 三 (not stated + n = n; mixed formats give 2019)';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.gd_applications, @extschema@.gd_applications) IS
'逐格相加 / cell-wise sum';
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.gd_applications) IS
'表三逐格汇总（未填报 + n = n；跨格式得 2019 格式；溢出报错） / cell-wise sum of tables 三 (not stated + n = n; mixed formats give 2019; overflow is an error)';

CREATE FUNCTION @extschema@.gd_appeals_accum(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_add(@extschema@.gd_appeals, @extschema@.gd_appeals)
RETURNS @extschema@.gd_appeals
AS 'MODULE_PATHNAME', 'gd_appeals_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.gd_appeals,
    RIGHTARG = @extschema@.gd_appeals,
    FUNCTION = @extschema@.gd_add,
    COMMUTATOR = OPERATOR(@extschema@.+)
);

CREATE AGGREGATE @extschema@.sum(@extschema@.gd_appeals) (
    SFUNC = @extschema@.gd_appeals_accum,
    STYPE = @extschema@.gd_appeals,
    COMBINEFUNC = @extschema@.gd_appeals_accum,
    PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.gd_appeals_accum(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'sum(gd_appeals) 的累加与合并函数 / transition and combine function of sum(gd_appeals)';
COMMENT ON FUNCTION @extschema@.gd_add(@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'两张表四逐格相加 / cell-wise sum of two tables 四';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.gd_appeals, @extschema@.gd_appeals) IS
'逐格相加 / cell-wise sum';
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.gd_appeals) IS
'表四逐格汇总 / cell-wise sum of tables 四 (not stated + n = n; overflow is an error)';

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
'按官方表式列出表三，每行一条（中文行名） / the official table 三, one row per table row with its Chinese label';
COMMENT ON FUNCTION @extschema@.gd_table(@extschema@.gd_appeals) IS
'按官方表式列出表四，每栏一行 / the official table 四, one row per block';
COMMENT ON FUNCTION @extschema@.gd_cells(@extschema@.gd_applications) IS
'表三长表：每格一行，含中英文行列名 / table 三 in long format: one row per cell, with Chinese and English labels';
COMMENT ON FUNCTION @extschema@.gd_cells(@extschema@.gd_appeals) IS
'表四长表：每格一行 / table 四 in long format: one row per cell';
COMMENT ON FUNCTION @extschema@.gd_rows(pg_catalog.int4) IS
'某格式表三的行：序号、键、分组、中英文名称 / the rows of table 三 in a format: number, key, group, Chinese and English labels';
COMMENT ON FUNCTION @extschema@.gd_columns() IS
'表三的列 / the columns of table 三';
COMMENT ON FUNCTION @extschema@.gd_identities() IS
'表内勾稽关系（规则 A–D） / the within-report identities (rules A–D)';
