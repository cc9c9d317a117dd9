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
