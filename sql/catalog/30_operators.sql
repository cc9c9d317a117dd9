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
