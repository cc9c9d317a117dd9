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

-- The report gd_load_report would store, parsed and checked (C); kept for
-- callers of 0.3.0's first form.
CREATE FUNCTION @extschema@.gd_report_for_store(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_for_store'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_report_for_store(pg_catalog.text, pg_catalog.text) IS
'解析报告文本并校验能否存入报告库（行政区划代码、标题中的机关与年度、年度在 2008–2100），返回将存入的报告，不存储 / the report gd_load_report would store: the text parsed, the region code (six digits or NULL), and the organ and year of the title (2008–2100) checked; an error says what is missing; stores nothing';

-- ---------------------------------------------------------------------------
-- Loading reports into a store: one report (gd_load_report), or every
-- pending row of an inbox table (gd_load_inbox), each with its outcome.
-- C: the store is a regclass (an OID) given by the caller, its current
-- name quoted into the SPI statements, which are parsed with search_path
-- pg_catalog, pg_temp; rows are compared in C.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.gd_load_result AS (
    outcome pg_catalog.text,
    region_code pg_catalog.text,
    organ pg_catalog.text,
    year pg_catalog.int4,
    source pg_catalog.text,
    message pg_catalog.text,
    report @extschema@.gd_report
);
COMMENT ON TYPE @extschema@.gd_load_result IS
'载入一份报告的结果：outcome（loaded 新载入、unchanged 相同版本已存、replaced 已替换、partial 部分表未读出）、标识、来源、说明与所存报告 / what loading one report did: outcome (loaded, unchanged, replaced, partial), the identity, the source, a message and the report as stored';

CREATE FUNCTION @extschema@.gd_load_report(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL,
                                           source pg_catalog.text DEFAULT NULL, organ pg_catalog.text DEFAULT NULL,
                                           year pg_catalog.int4 DEFAULT NULL, replace pg_catalog.bool DEFAULT false,
                                           partial pg_catalog.bool DEFAULT false,
                                           store pg_catalog.regclass DEFAULT '@extschema@.gd_reports'::pg_catalog.regclass,
                                           reason pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.gd_load_result
AS 'MODULE_PATHNAME', 'gd_load_report_sql'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.gd_load_report(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.bool, pg_catalog.bool, pg_catalog.regclass, pg_catalog.text) IS
'解析报告文本并存入报告库（默认 gd_reports），以行政区划代码、机关、年度为标识（organ、year 可覆盖标题）：相同则 unchanged；不同则报错 23505，除非 replace => true（旧版本移入历史表）；partial => true 时读不全的报告连同诊断存入；参数为 NULL 报错 / parse a report''s text and store it in a store (gd_reports by default), identified by region code, organ and year (organ and year override the title): an identical report is unchanged; a different one is ERROR 23505 unless replace => true (the stored version moves to the history); with partial => true a report with unreadable tables is stored with its diagnostics; a NULL argument is an error';

-- The default inbox: texts already in the database, loaded by
-- gd_load_inbox, which writes each row's outcome back.
CREATE TABLE @extschema@.gd_inbox (
    id pg_catalog.int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body pg_catalog.text NOT NULL,
    source pg_catalog.text,
    region_code pg_catalog.text,
    organ pg_catalog.text,
    year pg_catalog.int4,
    replace pg_catalog.bool NOT NULL DEFAULT false,
    added_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
    outcome pg_catalog.text,
    message pg_catalog.text,
    diagnostics pg_catalog.jsonb,
    processed_at pg_catalog.timestamptz
);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gd_inbox', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gd_inbox_id_seq', '');
COMMENT ON SEQUENCE @extschema@.gd_inbox_id_seq IS
'收件箱编号 / numbers the rows of gd_inbox';
ALTER TABLE @extschema@.gd_inbox OWNER TO @extowner@;
COMMENT ON TABLE @extschema@.gd_inbox IS
'待载入的报告文本（gd_load_inbox 处理 outcome 为 NULL 的行，并写回结果、说明与诊断）；属于安装扩展的用户 / report texts waiting to be loaded: gd_load_inbox takes the rows whose outcome is NULL and writes back each one''s outcome, message and diagnostics; owned by the user who installed the extension';

CREATE FUNCTION @extschema@.gd_load_inbox(inbox pg_catalog.regclass DEFAULT '@extschema@.gd_inbox'::pg_catalog.regclass,
                                          store pg_catalog.regclass DEFAULT '@extschema@.gd_reports'::pg_catalog.regclass,
                                          partial pg_catalog.bool DEFAULT true)
RETURNS TABLE (outcome pg_catalog.text, reports pg_catalog.int8)
AS 'MODULE_PATHNAME', 'gd_load_inbox_sql'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.gd_load_inbox(pg_catalog.regclass, pg_catalog.regclass, pg_catalog.bool) IS
'载入收件表中所有待处理的行（outcome 为 NULL），每行在子事务中处理，结果（loaded、unchanged、replaced、partial、duplicate、refused）、说明与诊断写回该行，一行出错不影响其余；返回各结果的份数 / load every pending row (outcome NULL) of an inbox into a store, each in a subtransaction; its outcome (loaded, unchanged, replaced, partial, duplicate, refused), message and diagnostics are written back to the row, and one bad row never stops the batch; returns the count per outcome';
