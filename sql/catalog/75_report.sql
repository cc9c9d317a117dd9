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

CREATE FUNCTION @extschema@.gd_render_page(report @extschema@.gd_report,
                                           previous @extschema@.gd_report DEFAULT NULL,
                                           audit pg_catalog.bool DEFAULT true)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_render_page_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_render_page(@extschema@.gd_report, @extschema@.gd_report, pg_catalog.bool) IS
'完整的 HTML 页面（表格线、数字右对齐），审核结果标在表格上：勾稽关系不符的单元格、最可能填错的单元格、未填报单元格，给出上年报告时标出不衔接之处 / a standalone HTML page (the form''s grid, numbers right-aligned) with the audit marked on the tables: cells of broken identities, the likely mistyped cell most strongly, cells not stated, and with the previous year''s report the continuity warnings';

-- SQL-standard bodies: parsed once, when the function is created, and
-- stored bound to the OIDs of what they call, so no schema, search_path or
-- look-alike object can change what they run (README "Security").  Every
-- argument has the exact type of the function it is passed to.
CREATE FUNCTION @extschema@.gd_check(report @extschema@.gd_report)
RETURNS SETOF @extschema@.gd_violation
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 3
BEGIN ATOMIC
    SELECT v.rule, v.severity, v.row_key, v.column_key, v.expected, v.reported, v.message
      FROM @extschema@.gd_check((gd_check.report).applications) v
     WHERE (gd_check.report).applications IS NOT NULL
    UNION ALL
    SELECT v.rule, v.severity, v.row_key, v.column_key, v.expected, v.reported, v.message
      FROM @extschema@.gd_check((gd_check.report).appeals) v
     WHERE (gd_check.report).appeals IS NOT NULL;
END;
COMMENT ON FUNCTION @extschema@.gd_check(@extschema@.gd_report) IS
'一份报告的全部表内勾稽关系检查（规则 A–D） / every within-report rule (A–D) over the report''s tables, one row per broken identity';

CREATE FUNCTION @extschema@.gd_is_consistent(report @extschema@.gd_report)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN coalesce(@extschema@.gd_is_consistent((report).applications), true)
   AND coalesce(@extschema@.gd_is_consistent((report).appeals), true);
COMMENT ON FUNCTION @extschema@.gd_is_consistent(@extschema@.gd_report) IS
'报告各表所有经判定的勾稽关系均成立 / true unless a judged identity of one of the report''s tables fails';

CREATE FUNCTION @extschema@.gd_to_jsonb(report @extschema@.gd_report)
RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.jsonb_build_object(
    'organ'::pg_catalog.text, (report).organ,
    'region_code'::pg_catalog.text, (report).region_code,
    'year'::pg_catalog.text, (report).year,
    'format'::pg_catalog.text, (report).format,
    'proactive'::pg_catalog.text, @extschema@.gd_to_jsonb((report).proactive),
    'applications'::pg_catalog.text, @extschema@.gd_to_jsonb((report).applications),
    'appeals'::pg_catalog.text, @extschema@.gd_to_jsonb((report).appeals));
COMMENT ON FUNCTION @extschema@.gd_to_jsonb(@extschema@.gd_report) IS
'报告转为 JSON（缺项为 null） / a report as jsonb (null for a missing part)';

-- C: every bad field is an error naming it (22023).
CREATE FUNCTION @extschema@.gd_report(pg_catalog.jsonb)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
