-- ---------------------------------------------------------------------------
-- gd_proactive: table 二, proactive disclosure
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.gd_proactive;

CREATE FUNCTION @extschema@.gd_proactive_in(pg_catalog.cstring)
RETURNS @extschema@.gd_proactive
AS 'MODULE_PATHNAME', 'gd_proactive_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_proactive_out(@extschema@.gd_proactive)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'gd_proactive_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_proactive_recv(pg_catalog.internal)
RETURNS @extschema@.gd_proactive
AS 'MODULE_PATHNAME', 'gd_proactive_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_proactive_send(@extschema@.gd_proactive)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'gd_proactive_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.gd_proactive (
    INPUT = @extschema@.gd_proactive_in,
    OUTPUT = @extschema@.gd_proactive_out,
    RECEIVE = @extschema@.gd_proactive_recv,
    SEND = @extschema@.gd_proactive_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE @extschema@.gd_proactive IS
'主动公开政府信息情况表（表二）：2021 或 2019 格式的各项数量与金额（万元） / table 二, proactive disclosure: the cells of its 2021 or 2019 format, counts and amounts in 万元';
COMMENT ON FUNCTION @extschema@.gd_proactive_in(pg_catalog.cstring) IS
'表二文本输入 / text input of gd_proactive';
COMMENT ON FUNCTION @extschema@.gd_proactive_out(@extschema@.gd_proactive) IS
'表二文本输出 / text output of gd_proactive';
COMMENT ON FUNCTION @extschema@.gd_proactive_recv(pg_catalog.internal) IS
'表二二进制输入 / binary input of gd_proactive';
COMMENT ON FUNCTION @extschema@.gd_proactive_send(@extschema@.gd_proactive) IS
'表二二进制输出 / binary output of gd_proactive';

CREATE FUNCTION @extschema@.gd_proactive_eq(@extschema@.gd_proactive, @extschema@.gd_proactive)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_proactive_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.gd_proactive_ne(@extschema@.gd_proactive, @extschema@.gd_proactive)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_proactive_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.gd_proactive_hash(@extschema@.gd_proactive)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_proactive_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.gd_proactive,
    RIGHTARG = @extschema@.gd_proactive,
    FUNCTION = @extschema@.gd_proactive_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.gd_proactive,
    RIGHTARG = @extschema@.gd_proactive,
    FUNCTION = @extschema@.gd_proactive_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR CLASS @extschema@.gd_proactive_hash_ops
DEFAULT FOR TYPE @extschema@.gd_proactive USING hash AS
    OPERATOR 1 @extschema@.= (@extschema@.gd_proactive, @extschema@.gd_proactive),
    FUNCTION 1 @extschema@.gd_proactive_hash(@extschema@.gd_proactive);

COMMENT ON FUNCTION @extschema@.gd_proactive_eq(@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'两张表二格式相同且每格相同 / two tables 二 are equal: same format, every cell the same';
COMMENT ON FUNCTION @extschema@.gd_proactive_ne(@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'两张表二不相同 / two tables 二 differ';
COMMENT ON FUNCTION @extschema@.gd_proactive_hash(@extschema@.gd_proactive) IS
'表二的哈希值 / hash of a table 二';
COMMENT ON OPERATOR @extschema@.= (@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'相等 / equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'不相等 / not equal';
COMMENT ON OPERATOR CLASS @extschema@.gd_proactive_hash_ops USING hash IS
'表二的哈希运算符类 / hash operator class of gd_proactive';

-- An arbitrary total order (format, then cells), so sorting, DISTINCT and
-- merge joins work.  It says nothing about the reports themselves.
CREATE FUNCTION @extschema@.gd_proactive_cmp(@extschema@.gd_proactive, @extschema@.gd_proactive)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_proactive_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_proactive_cmp(@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'表二的排序比较（任意但全序，仅供排序与去重） / btree comparison of gd_proactive: an arbitrary total order for sorting and DISTINCT';
CREATE FUNCTION @extschema@.gd_proactive_lt(@extschema@.gd_proactive, @extschema@.gd_proactive)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_proactive_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_proactive_lt(@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'表二排序：小于 / gd_proactive sort order: less than';
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.gd_proactive,
    RIGHTARG = @extschema@.gd_proactive,
    FUNCTION = @extschema@.gd_proactive_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'排序：小于（任意全序） / sort order: less than (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_proactive_le(@extschema@.gd_proactive, @extschema@.gd_proactive)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_proactive_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_proactive_le(@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'表二排序：小于等于 / gd_proactive sort order: less than or equal';
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.gd_proactive,
    RIGHTARG = @extschema@.gd_proactive,
    FUNCTION = @extschema@.gd_proactive_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'排序：小于等于（任意全序） / sort order: less than or equal (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_proactive_gt(@extschema@.gd_proactive, @extschema@.gd_proactive)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_proactive_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_proactive_gt(@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'表二排序：大于 / gd_proactive sort order: greater than';
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.gd_proactive,
    RIGHTARG = @extschema@.gd_proactive,
    FUNCTION = @extschema@.gd_proactive_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'排序：大于（任意全序） / sort order: greater than (an arbitrary total order)';
CREATE FUNCTION @extschema@.gd_proactive_ge(@extschema@.gd_proactive, @extschema@.gd_proactive)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gd_proactive_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.gd_proactive_ge(@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'表二排序：大于等于 / gd_proactive sort order: greater than or equal';
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.gd_proactive,
    RIGHTARG = @extschema@.gd_proactive,
    FUNCTION = @extschema@.gd_proactive_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.gd_proactive, @extschema@.gd_proactive) IS
'排序：大于等于（任意全序） / sort order: greater than or equal (an arbitrary total order)';
CREATE OPERATOR CLASS @extschema@.gd_proactive_btree_ops
DEFAULT FOR TYPE @extschema@.gd_proactive USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.gd_proactive_cmp(@extschema@.gd_proactive, @extschema@.gd_proactive);
COMMENT ON OPERATOR CLASS @extschema@.gd_proactive_btree_ops USING btree IS
'表二的 B 树运算符类（排序、去重） / btree operator class of gd_proactive (sorting, DISTINCT)';
COMMENT ON OPERATOR FAMILY @extschema@.gd_proactive_btree_ops USING btree IS
'表二的 B 树运算符族 / btree operator family of gd_proactive';
COMMENT ON OPERATOR FAMILY @extschema@.gd_proactive_hash_ops USING hash IS
'表二的哈希运算符族 / hash operator family of gd_proactive';

CREATE FUNCTION @extschema@.gd_proactive(pg_catalog.jsonb)
RETURNS @extschema@.gd_proactive
AS 'MODULE_PATHNAME', 'gd_proactive_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_proactive)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'gd_proactive_to_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (pg_catalog.jsonb AS @extschema@.gd_proactive)
    WITH FUNCTION @extschema@.gd_proactive(pg_catalog.jsonb)
    AS ASSIGNMENT;
CREATE CAST (@extschema@.gd_proactive AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_proactive);

COMMENT ON FUNCTION @extschema@.gd_proactive(pg_catalog.jsonb) IS
'由 JSON 构造表二（扁平键值，含 format） / table 二 from flat jsonb with "format" and every cell key';
COMMENT ON FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_proactive) IS
'表二转为 JSON / table 二 as jsonb';
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.gd_proactive) IS
'JSON 转表二 / jsonb to table 二';
COMMENT ON CAST (@extschema@.gd_proactive AS pg_catalog.jsonb) IS
'表二转 JSON / table 二 to jsonb';

CREATE FUNCTION @extschema@.gd_format(@extschema@.gd_proactive)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gd_proactive_format'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gd_cell(@extschema@.gd_proactive, cell_key pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'gd_proactive_cell'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gd_format(@extschema@.gd_proactive) IS
'表二的格式（2019 或 2021） / the format of a table 二: 2019 or 2021';
COMMENT ON FUNCTION @extschema@.gd_cell(@extschema@.gd_proactive, pg_catalog.text) IS
'表二某项的数值（金额以万元计；未填报或其他格式才有的项为 NULL） / one cell of table 二 (amounts in 万元; NULL = not stated, or a key of another format); a key of no format is an error';

CREATE FUNCTION @extschema@.gd_table(@extschema@.gd_proactive)
RETURNS TABLE (cell_no pg_catalog.int4, cell_key pg_catalog.text, item_key pg_catalog.text,
               item_label pg_catalog.text, article pg_catalog.text, label pg_catalog.text,
               value pg_catalog.numeric, unit pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_proactive_table'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 22;

COMMENT ON FUNCTION @extschema@.gd_table(@extschema@.gd_proactive) IS
'按官方表式列出表二，每项一行（条款、事项、栏目、数值、单位） / the official table 二, one row per cell: article, item, column label, value, unit';
