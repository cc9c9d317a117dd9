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
