-- gov_disclosure 0.1.0 → 0.2.0: whole reports.  Table 二 (gd_proactive),
-- the gd_report composite, parsing and rendering published reports, checks
-- across years, metrics, region helpers, the gd_reports store and gd_audit.
-- A fresh CREATE EXTENSION installs 0.1.0 and applies this script, so a new
-- install and an upgraded one are built by the same statements.
--
-- Every reference is schema-qualified (@extschema@ or pg_catalog).

\echo Use "ALTER EXTENSION gov_disclosure UPDATE TO '0.2.0'" to load this file. \quit

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
'表二某项的数值（金额以万元计；未填报为 NULL） / one cell of table 二 (amounts in 万元; NULL = not stated)';

CREATE FUNCTION @extschema@.gd_table(@extschema@.gd_proactive)
RETURNS TABLE (cell_no pg_catalog.int4, cell_key pg_catalog.text, item_key pg_catalog.text,
               item_label pg_catalog.text, article pg_catalog.text, label pg_catalog.text,
               value pg_catalog.numeric, unit pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_proactive_table'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 22;

COMMENT ON FUNCTION @extschema@.gd_table(@extschema@.gd_proactive) IS
'按官方表式列出表二，每项一行（条款、事项、栏目、数值、单位） / the official table 二, one row per cell: article, item, column label, value, unit';

-- ---------------------------------------------------------------------------
-- gd_report: one published report
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.gd_report AS (
    organ pg_catalog.text,
    region_code pg_catalog.text,
    year pg_catalog.int4,
    format pg_catalog.int4,
    proactive @extschema@.gd_proactive,
    applications @extschema@.gd_applications,
    appeals @extschema@.gd_appeals
);
COMMENT ON TYPE @extschema@.gd_report IS
'一份政府信息公开工作年度报告：机关、行政区划代码、年度、格式与表二、三、四 / one annual report: organ (as printed in the title), region_code (GB/T 2260), year, format, tables 二, 三 and 四';

CREATE FUNCTION @extschema@.gd_render(report @extschema@.gd_report, format pg_catalog.text DEFAULT 'text')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_render_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_render(@extschema@.gd_report, pg_catalog.text) IS
'按报告自身格式输出官方表格（text、markdown 或 html，中文行列名） / the report''s official tables in its own format, as text, markdown or html, with the Chinese labels';

CREATE FUNCTION @extschema@.gd_check(report @extschema@.gd_report)
RETURNS SETOF @extschema@.gd_violation
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 3
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT v.* FROM @extschema@.gd_check(report.applications) v
    WHERE report.applications IS NOT NULL
    UNION ALL
    SELECT v.* FROM @extschema@.gd_check(report.appeals) v
    WHERE report.appeals IS NOT NULL
$$;
COMMENT ON FUNCTION @extschema@.gd_check(@extschema@.gd_report) IS
'一份报告的全部表内勾稽关系检查（规则 A–D） / every within-report rule (A–D) over the report''s tables, one row per broken identity';

CREATE FUNCTION @extschema@.gd_is_consistent(report @extschema@.gd_report)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(@extschema@.gd_is_consistent(report.applications), true)
       AND coalesce(@extschema@.gd_is_consistent(report.appeals), true)
$$;
COMMENT ON FUNCTION @extschema@.gd_is_consistent(@extschema@.gd_report) IS
'报告各表所有经判定的勾稽关系均成立 / true unless a judged identity of one of the report''s tables fails';

CREATE FUNCTION @extschema@.gd_to_jsonb(report @extschema@.gd_report)
RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.jsonb_build_object(
        'organ', report.organ,
        'region_code', report.region_code,
        'year', report.year,
        'format', report.format,
        'proactive', @extschema@.gd_to_jsonb(report.proactive),
        'applications', @extschema@.gd_to_jsonb(report.applications),
        'appeals', @extschema@.gd_to_jsonb(report.appeals))
$$;
COMMENT ON FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_report) IS
'报告转为 JSON（缺项为 null） / a report as jsonb (null for a missing part)';

CREATE FUNCTION @extschema@.gd_report(pg_catalog.jsonb)
RETURNS @extschema@.gd_report
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    unknown text;
    k text;
    r @extschema@.gd_report;
BEGIN
    IF jsonb_typeof($1) <> 'object' THEN
        RAISE EXCEPTION 'a gd_report in jsonb is an object, not %', jsonb_typeof($1)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT key INTO unknown FROM jsonb_object_keys($1) key
    WHERE key NOT IN ('organ', 'region_code', 'year', 'format', 'proactive', 'applications', 'appeals')
    LIMIT 1;
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown key "%" in a gd_report', unknown
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'Expected organ, region_code, year, format, proactive, applications, appeals.';
    END IF;
    FOREACH k IN ARRAY ARRAY['organ', 'region_code'] LOOP
        IF jsonb_typeof($1 -> k) NOT IN ('string', 'null') THEN
            RAISE EXCEPTION '"%" of a gd_report must be a string or null, not %', k, jsonb_typeof($1 -> k)
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    FOREACH k IN ARRAY ARRAY['year', 'format'] LOOP
        IF jsonb_typeof($1 -> k) NOT IN ('number', 'null')
           OR ($1 ->> k) !~ '^[0-9]{1,9}$' AND jsonb_typeof($1 -> k) = 'number' THEN
            RAISE EXCEPTION '"%" of a gd_report must be a whole number or null, not %', k, $1 -> k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    r.organ := $1 ->> 'organ';
    r.region_code := $1 ->> 'region_code';
    r.year := ($1 ->> 'year')::int4;
    r.format := ($1 ->> 'format')::int4;
    IF r.region_code !~ '^[1-9][0-9]{5}$' THEN
        RAISE EXCEPTION '"region_code" of a gd_report must be a GB/T 2260 code of six digits, not "%"', r.region_code
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.year NOT BETWEEN 2008 AND 2100 THEN
        RAISE EXCEPTION '"year" of a gd_report must be between 2008 and 2100, not %', r.year
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.format NOT IN (2019, 2021) THEN
        RAISE EXCEPTION '"format" of a gd_report must be 2019 or 2021, not %', r.format
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH k IN ARRAY ARRAY['proactive', 'applications', 'appeals'] LOOP
        IF jsonb_typeof($1 -> k) NOT IN ('object', 'null') THEN
            RAISE EXCEPTION '"%" of a gd_report must be an object or null, not %', k, jsonb_typeof($1 -> k)
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    IF jsonb_typeof($1 -> 'proactive') = 'object' THEN
        r.proactive := @extschema@.gd_proactive($1 -> 'proactive');
    END IF;
    IF jsonb_typeof($1 -> 'applications') = 'object' THEN
        r.applications := @extschema@.gd_applications($1 -> 'applications');
    END IF;
    IF jsonb_typeof($1 -> 'appeals') = 'object' THEN
        r.appeals := @extschema@.gd_appeals($1 -> 'appeals');
    END IF;
    RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@.gd_report(pg_catalog.jsonb) IS
'由 JSON 构造报告 / a report from jsonb (keys organ, region_code, year, format, proactive, applications, appeals)';

CREATE CAST (@extschema@.gd_report AS pg_catalog.jsonb)
    WITH FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_report);
CREATE CAST (pg_catalog.jsonb AS @extschema@.gd_report)
    WITH FUNCTION @extschema@.gd_report(pg_catalog.jsonb);
COMMENT ON CAST (@extschema@.gd_report AS pg_catalog.jsonb) IS
'报告转 JSON / report to jsonb';
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.gd_report) IS
'JSON 转报告 / jsonb to report';

-- ---------------------------------------------------------------------------
-- Across years
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_check_continuity(previous @extschema@.gd_report, current @extschema@.gd_report)
RETURNS SETOF @extschema@.gd_violation
AS 'MODULE_PATHNAME', 'gd_check_continuity_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.gd_check_continuity(@extschema@.gd_report, @extschema@.gd_report) IS
'同一机关相邻两年报告的衔接检查（X1 结转、X2 现行有效件数、X3 照抄上年），仅为警告；年份不相邻时不比较 / warnings between one body''s reports of consecutive years: X1 carry-over per column, X2 in-force roll-forward, X3 numbers repeated from last year; nothing when the years are not consecutive';

-- ---------------------------------------------------------------------------
-- Metrics (FORMAT.md): NULL when the denominator is 0 or not stated.  Table
-- 三 metrics first fill blank derived cells from their parts (gd_fill_totals:
-- reports often leave the 总计 column blank); a numerator left wholly blank
-- even then gives NULL, never 0; a blank part beside stated ones counts as 0.
-- Computed in the total column unless a column key is given.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_disclosure_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN g IS NULL AND p IS NULL THEN NULL
                ELSE (coalesce(g, 0)::pg_catalog.int8 + coalesce(p, 0))::numeric / nullif(tp, 0) END
    FROM (SELECT @extschema@.gd_cell(f, 'granted', column_key) AS g,
                 @extschema@.gd_cell(f, 'partially_granted', column_key) AS p,
                 @extschema@.gd_cell(f, 'total_processed', column_key) AS tp
          FROM (SELECT @extschema@.gd_fill_totals(m) AS f) filled) cells
$$;
COMMENT ON FUNCTION @extschema@.gd_disclosure_rate(@extschema@.gd_applications, pg_catalog.text) IS
'公开率：（予以公开 + 部分公开）/（七）总计 / disclosure rate: (granted + partially_granted) / total_processed, in the given column (default total); NULL when total_processed is 0 or not stated';

CREATE FUNCTION @extschema@.gd_outcome_share(m @extschema@.gd_applications, outcome pg_catalog.text, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT o::numeric / nullif(tp, 0)
    FROM (SELECT @extschema@.gd_cell(f, outcome, column_key) AS o,
                 @extschema@.gd_cell(f, 'total_processed', column_key) AS tp
          FROM (SELECT @extschema@.gd_fill_totals(m) AS f) filled) cells
$$;
COMMENT ON FUNCTION @extschema@.gd_outcome_share(@extschema@.gd_applications, pg_catalog.text, pg_catalog.text) IS
'某办理结果（行或分组，如 withheld）占（七）总计的比例 / share of an outcome row or group (granted, withheld, unavailable, not_processed, other_handling, …) in total_processed; NULL when total_processed is 0 or not stated';

CREATE FUNCTION @extschema@.gd_carry_forward_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT cf::numeric / nullif(coalesce(nr, 0)::pg_catalog.int8 + coalesce(co, 0), 0)
    FROM (SELECT @extschema@.gd_cell(f, 'carried_forward', column_key) AS cf,
                 @extschema@.gd_cell(f, 'new_received', column_key) AS nr,
                 @extschema@.gd_cell(f, 'carried_over', column_key) AS co
          FROM (SELECT @extschema@.gd_fill_totals(m) AS f) filled) cells
$$;
COMMENT ON FUNCTION @extschema@.gd_carry_forward_rate(@extschema@.gd_applications, pg_catalog.text) IS
'结转率：结转下年度 /（新收 + 上年结转） / carry-forward rate: carried_forward / (new_received + carried_over); NULL when that is 0';

CREATE FUNCTION @extschema@.gd_review_correction_rate(a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(@extschema@.gd_cell(a, 'review', 'corrected'), 0)::numeric
           / nullif(@extschema@.gd_cell(a, 'review', 'total') - coalesce(@extschema@.gd_cell(a, 'review', 'pending'), 0), 0)
$$;
COMMENT ON FUNCTION @extschema@.gd_review_correction_rate(@extschema@.gd_appeals) IS
'行政复议纠错率：结果纠正 /（总计 − 尚未审结） / review correction rate: review corrected / (review total − review pending); NULL when no review was concluded';

CREATE FUNCTION @extschema@.gd_litigation_loss_rate(a @extschema@.gd_appeals, block pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    blocks text[] := CASE WHEN block IS NULL THEN ARRAY['suit_direct', 'suit_after_review'] ELSE ARRAY[block] END;
    corrected bigint := 0;
    concluded bigint := NULL;
    b text;
BEGIN
    IF block IS NOT NULL AND block NOT IN ('suit_direct', 'suit_after_review') THEN
        RAISE EXCEPTION 'unknown litigation block "%"', block
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The blocks are suit_direct and suit_after_review; NULL pools both.';
    END IF;
    IF a IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH b IN ARRAY blocks LOOP
        IF @extschema@.gd_cell(a, b, 'total') IS NOT NULL THEN
            corrected := corrected + coalesce(@extschema@.gd_cell(a, b, 'corrected'), 0);
            concluded := coalesce(concluded, 0) + @extschema@.gd_cell(a, b, 'total')
                         - coalesce(@extschema@.gd_cell(a, b, 'pending'), 0);
        END IF;
    END LOOP;
    RETURN corrected::numeric / nullif(concluded, 0);
END
$$;
COMMENT ON FUNCTION @extschema@.gd_litigation_loss_rate(@extschema@.gd_appeals, pg_catalog.text) IS
'行政诉讼败诉（纠正）率：结果纠正 /（总计 − 尚未审结），按 suit_direct、suit_after_review 或两者合计（NULL） / litigation loss rate: corrected / (total − pending) for suit_direct, suit_after_review, or both pooled (block NULL); NULL when none concluded';

CREATE FUNCTION @extschema@.gd_dispute_rate(m @extschema@.gd_applications, a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (coalesce(@extschema@.gd_cell(a, 'review', 'total'), 0)::pg_catalog.int8
            + coalesce(@extschema@.gd_cell(a, 'suit_direct', 'total'), 0)
            + coalesce(@extschema@.gd_cell(a, 'suit_after_review', 'total'), 0))::numeric
           / nullif(@extschema@.gd_cell(m, 'new_received', 'total'), 0)
$$;
COMMENT ON FUNCTION @extschema@.gd_dispute_rate(@extschema@.gd_applications, @extschema@.gd_appeals) IS
'争议率：（行政复议总计 + 行政诉讼总计）/ 本年新收申请 / dispute rate: (review total + both suit totals) / new_received total; NULL when new_received is 0 or not stated';

-- ---------------------------------------------------------------------------
-- Regions: GB/T 2260 six-digit codes (a province ends in 0000, a prefecture in 00)
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_region_level(code pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF code !~ '^[1-9][0-9]{5}$' THEN
        RAISE EXCEPTION 'invalid region code "%"', code
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A GB/T 2260 code has six digits, e.g. 230102.';
    END IF;
    RETURN CASE WHEN substr(code, 3) = '0000' THEN 'province'
                WHEN substr(code, 5) = '00' THEN 'prefecture'
                ELSE 'county' END;
END
$$;
COMMENT ON FUNCTION @extschema@.gd_region_level(pg_catalog.text) IS
'行政区划代码的层级：province 省级、prefecture 地级、county 县级 / level of a GB/T 2260 code: province, prefecture or county';

CREATE FUNCTION @extschema@.gd_region_parent(code pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE @extschema@.gd_region_level(code)
               WHEN 'county' THEN substr(code, 1, 4) || '00'
               WHEN 'prefecture' THEN substr(code, 1, 2) || '0000'
           END
$$;
COMMENT ON FUNCTION @extschema@.gd_region_parent(pg_catalog.text) IS
'上一级行政区划代码（县→地，地→省，省为 NULL） / the parent code: county → prefecture, prefecture → province, province → NULL';

CREATE FUNCTION @extschema@.gd_region_at(code pg_catalog.text, level pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    own text := @extschema@.gd_region_level(code);
    rank_own int := array_position(ARRAY['province', 'prefecture', 'county'], own);
    rank_want int := array_position(ARRAY['province', 'prefecture', 'county'], level);
BEGIN
    IF rank_want IS NULL THEN
        RAISE EXCEPTION 'unknown region level "%"', level
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The levels are province, prefecture and county.';
    END IF;
    IF rank_want > rank_own THEN
        RETURN NULL;
    END IF;
    RETURN CASE level WHEN 'province' THEN substr(code, 1, 2) || '0000'
                      WHEN 'prefecture' THEN substr(code, 1, 4) || '00'
                      ELSE code END;
END
$$;
COMMENT ON FUNCTION @extschema@.gd_region_at(pg_catalog.text, pg_catalog.text) IS
'某代码所属的省级或地级代码（用于 GROUP BY ROLLUP） / the code''s ancestor at a level (province, prefecture, county), for GROUP BY ROLLUP; NULL when the code is above that level';

-- ---------------------------------------------------------------------------
-- Where reports live: one row per organ and year, dumped by pg_dump
-- ---------------------------------------------------------------------------

CREATE TABLE @extschema@.gd_reports (
    organ pg_catalog.text NOT NULL,
    region_code pg_catalog.text CHECK (region_code OPERATOR(pg_catalog.~) '^[1-9][0-9]{5}$'),
    year pg_catalog.int4 NOT NULL CHECK (year OPERATOR(pg_catalog.>=) 2008 AND year OPERATOR(pg_catalog.<=) 2100),
    format pg_catalog.int4 CHECK (format OPERATOR(pg_catalog.=) 2019 OR format OPERATOR(pg_catalog.=) 2021),
    proactive @extschema@.gd_proactive,
    applications @extschema@.gd_applications,
    appeals @extschema@.gd_appeals,
    source pg_catalog.text,
    loaded_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (organ, year)
);
CREATE INDEX gd_reports_region_year ON @extschema@.gd_reports (region_code, year);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gd_reports', '');
-- A trusted install runs this script as the bootstrap superuser, who then
-- owns the table: the user who ran CREATE EXTENSION gets full use of it and
-- may grant it on.
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.gd_reports TO @extowner@ WITH GRANT OPTION;
COMMENT ON TABLE @extschema@.gd_reports IS
'已载入的年度报告：每个机关每年一份，按原样保存（不强制勾稽关系，由 gd_audit 列出问题） / loaded reports, one per organ and year, stored as published (identities are audited by gd_audit, not enforced); included in pg_dump';

CREATE FUNCTION @extschema@.gd_report_of(r @extschema@.gd_reports)
RETURNS @extschema@.gd_report
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(r.organ, r.region_code, r.year, r.format, r.proactive, r.applications, r.appeals)::@extschema@.gd_report
$$;
COMMENT ON FUNCTION @extschema@.gd_report_of(@extschema@.gd_reports) IS
'gd_reports 的一行作为 gd_report / a gd_reports row as a gd_report';

CREATE VIEW @extschema@.gd_audit AS
WITH r AS (
    SELECT g.organ, g.region_code, g.year,
           @extschema@.gd_report_of(g) AS report,
           pg_catalog.lag(@extschema@.gd_report_of(g)) OVER (PARTITION BY g.organ ORDER BY g.year) AS previous
    FROM @extschema@.gd_reports g
)
SELECT r.organ, r.region_code, r.year, v.rule, v.severity, v.row_key, v.column_key,
       v.expected, v.reported, v.message
FROM r, LATERAL @extschema@.gd_check(r.report) v
UNION ALL
SELECT r.organ, r.region_code, r.year, v.rule, v.severity, v.row_key, v.column_key,
       v.expected, v.reported, v.message
FROM r, LATERAL @extschema@.gd_check_continuity(r.previous, r.report) v;
GRANT SELECT ON @extschema@.gd_audit TO @extowner@ WITH GRANT OPTION;
COMMENT ON VIEW @extschema@.gd_audit IS
'审核清单：gd_reports 中所有不成立的表内勾稽关系（错误）与跨年衔接问题（警告），含机关、年度、规则、单元格、应为值与填报值 / the audit: every broken within-report identity (error) and cross-year warning in gd_reports, with organ, year, rule, cell, expected and reported';

-- ---------------------------------------------------------------------------
-- Reading published reports
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_parse_report(report_text pg_catalog.text)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_parse_report_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_parse_report(pg_catalog.text) IS
'解析已发布的年度报告文本（纯文本、制表符或竖线表格、pdftotext -layout、HTML），按行列名称匹配；读不出表三或无法定位的单元格报错 22P02 / a gd_report from a published report''s text (plain, tab- or pipe-separated, pdftotext -layout, HTML), matching rows and columns by label; no readable table 三, or a cell it cannot place, is ERROR 22P02 naming the section and row';

CREATE FUNCTION @extschema@.gd_parse_diagnostics(report_text pg_catalog.text)
RETURNS TABLE (severity pg_catalog.text, section pg_catalog.text, row_key pg_catalog.text,
               column_key pg_catalog.text, message pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_parse_diagnostics_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.gd_parse_diagnostics(pg_catalog.text) IS
'解析诊断：读取报告时发现的错误、警告（含正文与表格不符的规则 T）与说明，从不报错，便于批量分拣 / everything found while reading a report: errors, warnings (incl. rule T, prose against tables) and notes; never errors, for triaging thousands of files';

CREATE FUNCTION @extschema@.gd_load_report(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL,
                                           source pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.gd_reports
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r @extschema@.gd_report;
    result @extschema@.gd_reports;
BEGIN
    -- not STRICT: region_code and source may well be NULL
    IF report_text IS NULL THEN
        RETURN NULL;
    END IF;
    IF region_code !~ '^[1-9][0-9]{5}$' THEN
        RAISE EXCEPTION 'invalid region code "%"', region_code
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A GB/T 2260 code has six digits, e.g. 230102.';
    END IF;
    r := @extschema@.gd_parse_report(report_text);
    IF r.year NOT BETWEEN 2008 AND 2100 THEN
        RAISE EXCEPTION 'the title gives the year %, outside 2008–2100', r.year
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'Annual reports on open government information exist since 2008.';
    END IF;
    IF r.organ IS NULL OR r.year IS NULL THEN
        RAISE EXCEPTION 'cannot store a report whose title gives no %', CASE WHEN r.organ IS NULL THEN 'organ' ELSE 'year' END
            USING ERRCODE = 'invalid_text_representation',
                  DETAIL = 'gd_reports is keyed by organ and year, read from the title (e.g. "红旗区人民政府 2024 年政府信息公开工作年度报告").',
                  HINT = 'Insert into gd_reports yourself with the organ and year filled in.';
    END IF;
    INSERT INTO @extschema@.gd_reports AS g (organ, region_code, year, format, proactive, applications, appeals, source)
    VALUES (r.organ, region_code, r.year, r.format, r.proactive, r.applications, r.appeals, source)
    ON CONFLICT (organ, year) DO UPDATE
        SET region_code = excluded.region_code, format = excluded.format, proactive = excluded.proactive,
            applications = excluded.applications, appeals = excluded.appeals, source = excluded.source,
            loaded_at = pg_catalog.now()
    RETURNING g.* INTO result;
    RETURN result;
END
$$;
COMMENT ON FUNCTION @extschema@.gd_load_report(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'解析报告文本并存入 gd_reports（同一机关同一年度则覆盖） / parse a report''s text and store it in gd_reports (replacing the same organ and year)';
