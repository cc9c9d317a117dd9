-- ---------------------------------------------------------------------------
-- Reading published reports
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_parse_report(report_text pg_catalog.text)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_parse_report_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_parse_report(pg_catalog.text) IS
'解析已发布的年度报告文本（纯文本、制表符或竖线表格、pdftotext -layout、HTML），按行列名称匹配；读不出表三或无法定位的单元格报错 22P02 / a gd_report from a published report''s text (plain, tab- or pipe-separated, pdftotext -layout, HTML), matching rows and columns by label; no readable table 三, or a cell it cannot place, is ERROR 22P02 naming the section and row';

CREATE FUNCTION @extschema@.gd_parse_report(report_text pg_catalog.text, partial pg_catalog.bool)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_parse_report_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_parse_report(pg_catalog.text, pg_catalog.bool) IS
'解析报告文本；partial => true 时返回能读出的表，读不出的表为 NULL（原因见 gd_parse_diagnostics），partial => false 与单参数形式相同 / a report''s text parsed; with partial => true the tables that can be read are returned and the others are NULL (the reasons are in gd_parse_diagnostics); partial => false is the one-argument form';

CREATE FUNCTION @extschema@.gd_parse_diagnostics(report_text pg_catalog.text)
RETURNS TABLE (severity pg_catalog.text, section pg_catalog.text, row_key pg_catalog.text,
               column_key pg_catalog.text, message pg_catalog.text, detail pg_catalog.text,
               hint pg_catalog.text, rule pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_parse_diagnostics_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.gd_parse_diagnostics(pg_catalog.text) IS
'解析诊断：读取报告时发现的错误、警告（含正文与表格不符的规则 T）与说明，附所见内容（detail）与处理建议（hint），从不报错，便于批量分拣 / everything found while reading a report: errors, warnings (incl. rule T, prose against tables) and notes, each with what was seen (detail) and what to do (hint) where there is one, and the rule it belongs to; never errors, for triaging thousands of files';

-- gd_load_report is an SQL-standard body: its INSERT … ON CONFLICT is bound
-- to gd_reports, its columns, its key and gd_report_for_store by OID when
-- the function is created (a C function with SPI would have to name the
-- table in a query string, resolved again at every call).  What must be an
-- error with its own SQLSTATE — the region code, the parse, the title's
-- year and organ — is checked by gd_report_for_store, in C.
CREATE FUNCTION @extschema@.gd_report_for_store(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_for_store'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_report_for_store(pg_catalog.text, pg_catalog.text) IS
'解析报告文本并校验能否存入 gd_reports（行政区划代码、标题中的机关与年度、年度在 2008–2100），返回将存入的报告；gd_load_report 用它 / the report gd_load_report would store: the text parsed, the region code (six digits or NULL), and the organ and year of the title (2008–2100) checked; an error says what is missing';

-- not STRICT: region_code and source may well be NULL; a NULL text stores nothing
CREATE FUNCTION @extschema@.gd_load_report(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL,
                                           source pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.gd_reports
LANGUAGE sql VOLATILE PARALLEL UNSAFE
BEGIN ATOMIC
    INSERT INTO @extschema@.gd_reports AS g (organ, region_code, year, format, proactive, applications, appeals, source)
    SELECT r.organ, r.region_code, r.year, r.format, r.proactive, r.applications, r.appeals, gd_load_report.source
      FROM @extschema@.gd_report_for_store(gd_load_report.report_text, gd_load_report.region_code) r
     WHERE gd_load_report.report_text IS NOT NULL
    ON CONFLICT (organ, year) DO UPDATE
        SET region_code = excluded.region_code, format = excluded.format, proactive = excluded.proactive,
            applications = excluded.applications, appeals = excluded.appeals, source = excluded.source,
            loaded_at = pg_catalog.now()
    RETURNING g.*;
END;
COMMENT ON FUNCTION @extschema@.gd_load_report(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'解析报告文本并存入 gd_reports（同一机关同一年度则覆盖） / parse a report''s text and store it in gd_reports (replacing the same organ and year)';
