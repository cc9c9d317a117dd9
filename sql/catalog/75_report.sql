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
