-- gov_disclosure 0.2.0 → 0.3.0.
--
-- Every reference is schema-qualified (@extschema@ or pg_catalog).
--
-- Security: in 0.2.0 the SQL and PL/pgSQL bodies named the extension's
-- objects as text ("gd.gd_check(…)") and resolved them again at every call,
-- so whoever owned the extension's schema could rename it, create one with
-- the old name and plant functions there that a superuser calling ours
-- would run.  0.3.0 binds every body by OID when it is created:
--
--   * the SQL functions become SQL-standard bodies (RETURN … or BEGIN
--     ATOMIC … END), parsed once, here, with every operator written
--     OPERATOR(pg_catalog.…) on operands of exactly its argument types and
--     every literal cast to the type its function takes;
--   * the functions that must raise errors with their own SQLSTATE and
--     message become C: gd_report(jsonb), gd_litigation_loss_rate, the
--     three region functions; gd_load_report becomes an SQL-standard
--     INSERT … ON CONFLICT over a new C helper, gd_report_for_store, that
--     parses and checks;
--   * no function keeps SET search_path: a body bound at creation does not
--     read it.
--
-- Each is CREATE OR REPLACE FUNCTION of a function this extension already
-- owns (the only use of OR REPLACE that PostgreSQL's "Security
-- Considerations for Extension Scripts" allows): the OID stays, so the view
-- gd_audit, the casts of gd_report and the comments stay bound to it.  The
-- signatures, defaults, labels and comments are those of 0.2.0; the
-- definitions are the same text as in sql/catalog/ (test/upgrade/run.sh
-- compares every function's language, settings and body with a fresh
-- install).

\echo Use "ALTER EXTENSION gov_disclosure UPDATE TO '0.3.0'" to load this file. \quit

-- gd_report (75_report.sql)

CREATE OR REPLACE FUNCTION @extschema@.gd_check(report @extschema@.gd_report)
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

CREATE OR REPLACE FUNCTION @extschema@.gd_is_consistent(report @extschema@.gd_report)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN coalesce(@extschema@.gd_is_consistent((report).applications), true)
   AND coalesce(@extschema@.gd_is_consistent((report).appeals), true);

CREATE OR REPLACE FUNCTION @extschema@.gd_to_jsonb(report @extschema@.gd_report)
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

CREATE OR REPLACE FUNCTION @extschema@.gd_report(pg_catalog.jsonb)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- metrics (82_metrics.sql)

CREATE OR REPLACE FUNCTION @extschema@.gd_disclosure_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.g IS NULL AND cells.p IS NULL THEN NULL
                WHEN cells.tp OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round((coalesce(cells.g, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.p, 0)::pg_catalog.int8)::pg_catalog.numeric
                     OPERATOR(pg_catalog./) cells.tp::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(filled.f, 'granted'::pg_catalog.text, gd_disclosure_rate.column_key) AS g,
                   @extschema@.gd_cell(filled.f, 'partially_granted'::pg_catalog.text, gd_disclosure_rate.column_key) AS p,
                   @extschema@.gd_cell(filled.f, 'total_processed'::pg_catalog.text, gd_disclosure_rate.column_key) AS tp
              FROM (SELECT @extschema@.gd_fill_totals(gd_disclosure_rate.m) AS f) filled) cells;
END;

CREATE OR REPLACE FUNCTION @extschema@.gd_outcome_share(m @extschema@.gd_applications, outcome pg_catalog.text, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.tp OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round(cells.o::pg_catalog.numeric OPERATOR(pg_catalog./) cells.tp::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(filled.f, gd_outcome_share.outcome, gd_outcome_share.column_key) AS o,
                   @extschema@.gd_cell(filled.f, 'total_processed'::pg_catalog.text, gd_outcome_share.column_key) AS tp
              FROM (SELECT @extschema@.gd_fill_totals(gd_outcome_share.m) AS f) filled) cells;
END;

CREATE OR REPLACE FUNCTION @extschema@.gd_carry_forward_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN sums.received OPERATOR(pg_catalog.=) 0::pg_catalog.int8 THEN NULL
                ELSE pg_catalog.round(sums.cf::pg_catalog.numeric OPERATOR(pg_catalog./) sums.received::pg_catalog.numeric, 4) END
      FROM (SELECT cells.cf,
                   coalesce(cells.nr, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.co, 0)::pg_catalog.int8 AS received
              FROM (SELECT @extschema@.gd_cell(filled.f, 'carried_forward'::pg_catalog.text, gd_carry_forward_rate.column_key) AS cf,
                           @extschema@.gd_cell(filled.f, 'new_received'::pg_catalog.text, gd_carry_forward_rate.column_key) AS nr,
                           @extschema@.gd_cell(filled.f, 'carried_over'::pg_catalog.text, gd_carry_forward_rate.column_key) AS co
                      FROM (SELECT @extschema@.gd_fill_totals(gd_carry_forward_rate.m) AS f) filled) cells) sums;
END;

CREATE OR REPLACE FUNCTION @extschema@.gd_review_correction_rate(a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.concluded OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round(coalesce(cells.corrected, 0)::pg_catalog.numeric OPERATOR(pg_catalog./) cells.concluded::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(gd_review_correction_rate.a, 'review'::pg_catalog.text, 'corrected'::pg_catalog.text) AS corrected,
                   @extschema@.gd_cell(gd_review_correction_rate.a, 'review'::pg_catalog.text, 'total'::pg_catalog.text)
                   OPERATOR(pg_catalog.-)
                   coalesce(@extschema@.gd_cell(gd_review_correction_rate.a, 'review'::pg_catalog.text, 'pending'::pg_catalog.text), 0) AS concluded) cells;
END;

CREATE OR REPLACE FUNCTION @extschema@.gd_litigation_loss_rate(a @extschema@.gd_appeals, block pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'gd_litigation_loss_rate_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE FUNCTION @extschema@.gd_dispute_rate(m @extschema@.gd_applications, a @extschema@.gd_appeals)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN cells.nr OPERATOR(pg_catalog.=) 0 THEN NULL
                ELSE pg_catalog.round((coalesce(cells.rv, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.sd, 0)::pg_catalog.int8
                      OPERATOR(pg_catalog.+) coalesce(cells.sa, 0)::pg_catalog.int8)::pg_catalog.numeric
                     OPERATOR(pg_catalog./) cells.nr::pg_catalog.numeric, 4) END
      FROM (SELECT @extschema@.gd_cell(gd_dispute_rate.a, 'review'::pg_catalog.text, 'total'::pg_catalog.text) AS rv,
                   @extschema@.gd_cell(gd_dispute_rate.a, 'suit_direct'::pg_catalog.text, 'total'::pg_catalog.text) AS sd,
                   @extschema@.gd_cell(gd_dispute_rate.a, 'suit_after_review'::pg_catalog.text, 'total'::pg_catalog.text) AS sa,
                   @extschema@.gd_cell(gd_dispute_rate.m, 'new_received'::pg_catalog.text, 'total'::pg_catalog.text) AS nr) cells;
END;

-- regions (84_regions.sql)

CREATE OR REPLACE FUNCTION @extschema@.gd_region_level(code pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_region_level_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION @extschema@.gd_region_parent(code pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_region_parent_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OR REPLACE FUNCTION @extschema@.gd_region_at(code pg_catalog.text, level pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_region_at_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- ---------------------------------------------------------------------------
-- What identifies a report besides its organ: the region code (GB/T 2260,
-- six digits, not starting with 0) and the year (annual reports exist
-- since the regulations of 2008).  Declared once, as domains; the stores
-- and the functions that take them use these.
-- ---------------------------------------------------------------------------

CREATE DOMAIN @extschema@.gd_region_code AS pg_catalog.text
    CONSTRAINT gd_region_code_format CHECK (VALUE OPERATOR(pg_catalog.~) '^[1-9][0-9]{5}$');
COMMENT ON DOMAIN @extschema@.gd_region_code IS
'行政区划代码（GB/T 2260，六位数字，首位非 0） / a region code (GB/T 2260: six digits, the first not 0)';

CREATE DOMAIN @extschema@.gd_year AS pg_catalog.int4
    CONSTRAINT gd_year_range CHECK (VALUE OPERATOR(pg_catalog.>=) 2008 AND VALUE OPERATOR(pg_catalog.<=) 2100);
COMMENT ON DOMAIN @extschema@.gd_year IS
'报告年度（2008–2100：年度报告始于 2008 年施行的条例） / a report year (2008–2100: annual reports exist since the regulations of 2008)';

-- the store (90_store.sql, 95_parse.sql)
--
-- gd_reports becomes a store identified by region code, organ and year
-- (0.2.0 keyed it by organ and year, so two 和平区人民政府 of different
-- cities overwrote each other): its rows are all kept (the old key is
-- unique, so the new one is too), the organ as printed is the organ they
-- were stored under, and the columns 0.3.0 adds come after the old ones,
-- in the order a fresh install creates them.  Replaced and deleted
-- versions go to gd_reports_history from now on; the installing user
-- (here: whoever runs the update) owns both.

CREATE OR REPLACE FUNCTION @extschema@.gd_report_of(r @extschema@.gd_reports)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_of_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TABLE @extschema@.gd_store_template (
    organ pg_catalog.text NOT NULL,
    region_code @extschema@.gd_region_code,
    year @extschema@.gd_year NOT NULL,
    format pg_catalog.int4 CONSTRAINT format_known CHECK (format OPERATOR(pg_catalog.=) 2019 OR format OPERATOR(pg_catalog.=) 2021),
    proactive @extschema@.gd_proactive,
    applications @extschema@.gd_applications,
    appeals @extschema@.gd_appeals,
    source pg_catalog.text,
    loaded_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
    organ_printed pg_catalog.text,
    diagnostics pg_catalog.jsonb NOT NULL DEFAULT '[]'::pg_catalog.jsonb
        CONSTRAINT diagnostics_array CHECK (pg_catalog.jsonb_typeof(diagnostics) OPERATOR(pg_catalog.=) 'array'::pg_catalog.text),
    partial pg_catalog.bool NOT NULL DEFAULT false,
    loaded_by pg_catalog.text DEFAULT CURRENT_USER,
    reason pg_catalog.text,
    UNIQUE NULLS NOT DISTINCT (region_code, organ, year)
);
GRANT SELECT ON @extschema@.gd_store_template TO PUBLIC;
COMMENT ON TABLE @extschema@.gd_store_template IS
'报告库的模板（不存数据）：gd_create_store 按它建表，列、默认值、约束与唯一标识（行政区划代码、机关、年度）相同 / the shape of a store, holding no rows: gd_create_store copies its columns, defaults, constraints and identity (region_code, organ, year)';

ALTER TABLE @extschema@.gd_reports DROP CONSTRAINT gd_reports_pkey;
-- region code and year checked by the domains (08_domains.sql), through a
-- cast so that the columns keep their types (views over them survive)
ALTER TABLE @extschema@.gd_reports
    DROP CONSTRAINT gd_reports_region_code_check,
    DROP CONSTRAINT gd_reports_year_check,
    ADD CONSTRAINT gd_reports_region_code_check
        CHECK (region_code IS NULL OR region_code::@extschema@.gd_region_code IS NOT NULL),
    ADD CONSTRAINT gd_reports_year_check CHECK (year::@extschema@.gd_year IS NOT NULL);
ALTER TABLE @extschema@.gd_reports
    ADD COLUMN organ_printed pg_catalog.text,
    ADD COLUMN diagnostics pg_catalog.jsonb NOT NULL DEFAULT '[]'::pg_catalog.jsonb
        CHECK (pg_catalog.jsonb_typeof(diagnostics) OPERATOR(pg_catalog.=) 'array'::pg_catalog.text),
    ADD COLUMN partial pg_catalog.bool NOT NULL DEFAULT false,
    ADD COLUMN loaded_by pg_catalog.text,
    ADD COLUMN reason pg_catalog.text;
-- who loaded a 0.2.0 row is not known: NULL, not the updater
ALTER TABLE @extschema@.gd_reports ALTER COLUMN loaded_by SET DEFAULT CURRENT_USER;
UPDATE @extschema@.gd_reports SET organ_printed = organ;
UPDATE @extschema@.gd_reports SET partial = true
 WHERE proactive IS NULL OR applications IS NULL OR appeals IS NULL;
ALTER TABLE @extschema@.gd_reports ADD CONSTRAINT gd_reports_identity UNIQUE NULLS NOT DISTINCT (region_code, organ, year);
COMMENT ON TABLE @extschema@.gd_reports IS
'默认报告库：每份报告以行政区划代码、机关、年度为标识，按原样保存并附解析诊断（不强制勾稽关系，由 gd_audit 列出问题）；被替换或删除的版本移入 gd_reports_history；属于安装扩展的用户，包含在 pg_dump 中 / the default store: one report per region code, organ and year, stored as published with its parse diagnostics (identities are audited by gd_audit, not enforced); replaced or deleted versions move to gd_reports_history; owned by the user who installed the extension, included in pg_dump';
COMMENT ON COLUMN @extschema@.gd_reports.organ IS
'机关（标识的一部分；默认取标题所印，可由 organ 参数覆盖） / the organ, part of the identity: as printed in the title unless given';
COMMENT ON COLUMN @extschema@.gd_reports.organ_printed IS
'标题所印的机关名称 / the organ as the title prints it';
COMMENT ON COLUMN @extschema@.gd_reports.diagnostics IS
'解析诊断（gd_parse_diagnostics 的各行，JSON 数组） / the parse diagnostics (gd_parse_diagnostics rows, as a JSON array)';
COMMENT ON COLUMN @extschema@.gd_reports.partial IS
'有表未能读出（为 NULL，原因见 diagnostics） / some table could not be read (it is NULL; diagnostics say why)';
COMMENT ON COLUMN @extschema@.gd_reports.reason IS
'替换前一版本的理由 / why this version replaced the previous one';

-- Versions that gd_reports no longer holds: the row as it was, and when,
-- by whom, how (UPDATE or DELETE) and why it left.
CREATE TABLE @extschema@.gd_reports_history (
    LIKE @extschema@.gd_reports INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    replaced_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
    replaced_by pg_catalog.text DEFAULT CURRENT_USER,
    replaced_how pg_catalog.text NOT NULL,
    replaced_reason pg_catalog.text
);
CREATE INDEX gd_reports_history_identity ON @extschema@.gd_reports_history (region_code, organ, year);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gd_reports_history', '');
COMMENT ON TABLE @extschema@.gd_reports_history IS
'gd_reports 的历史：被替换或删除的每个版本，连同其来源、时间与理由，不丢失任何版本 / the history of gd_reports: every version replaced or deleted, with its source, when, by whom and why; nothing is lost';

-- The trigger that keeps the history: AFTER UPDATE OR DELETE, FOR EACH
-- ROW, with one argument, the history table's name, found in the store's
-- own schema (by its OID) and required to have the store's owner.
CREATE FUNCTION @extschema@.gd_keep_history()
RETURNS trigger
AS 'MODULE_PATHNAME', 'gd_keep_history'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.gd_keep_history() IS
'报告库的触发器：UPDATE 或 DELETE 前的版本移入历史表（参数为历史表名，在报告库同一模式中，须与报告库同一所有者） / the store trigger: the version before an UPDATE or DELETE goes to the history table (its argument: the history table''s name, in the store''s schema, with the store''s owner)';

CREATE TRIGGER gd_keep_history AFTER UPDATE OR DELETE ON @extschema@.gd_reports
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gd_keep_history('gd_reports_history');

REVOKE ALL ON @extschema@.gd_reports FROM @extowner@;
ALTER TABLE @extschema@.gd_reports OWNER TO @extowner@;
ALTER TABLE @extschema@.gd_reports_history OWNER TO @extowner@;

-- New stores, owned by the caller.
CREATE FUNCTION @extschema@.gd_create_store(store pg_catalog.text, history pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.regclass
AS 'MODULE_PATHNAME', 'gd_create_store'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.gd_create_store(pg_catalog.text, pg_catalog.text) IS
'新建报告库（按 gd_store_template）及其历史表（默认名为 store_history）并装上 gd_keep_history 触发器，均归调用者所有；已有的同形空表（如分区表）则被采用 / create a store (shaped as gd_store_template) and its history table (store_history unless named), with the gd_keep_history trigger, all owned by the caller; an existing table of that shape (e.g. partitioned) is adopted';

-- The audit of any store, in C: the store is read through SPI under its
-- current name (from its OID), with the caller's privileges and row-level
-- security; the checks are the core's, called directly.
CREATE FUNCTION @extschema@.gd_audit(store pg_catalog.regclass)
RETURNS TABLE (organ pg_catalog.text, region_code pg_catalog.text, year pg_catalog.int4, rule pg_catalog.text,
               severity pg_catalog.text, row_key pg_catalog.text, column_key pg_catalog.text,
               expected pg_catalog.int8, reported pg_catalog.int8, message pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_audit_sql'
LANGUAGE C STABLE PARALLEL RESTRICTED ROWS 100;
COMMENT ON FUNCTION @extschema@.gd_audit(pg_catalog.regclass) IS
'审核一个报告库：表内勾稽关系（错误）、跨年衔接（警告，同一行政区划与机关的相邻年度）与保存的解析诊断，按调用者的权限与行级安全读取 / the audit of a store: broken identities (errors), cross-year warnings (consecutive years of one region code and organ) and the stored parse diagnostics, read with the caller''s privileges and row-level security';

CREATE OR REPLACE VIEW @extschema@.gd_audit AS
SELECT a.organ, a.region_code, a.year, a.rule, a.severity, a.row_key, a.column_key,
       a.expected, a.reported, a.message
FROM @extschema@.gd_audit('@extschema@.gd_reports'::pg_catalog.regclass) a;
COMMENT ON VIEW @extschema@.gd_audit IS
'审核清单：gd_reports 中所有不成立的表内勾稽关系（错误）、跨年衔接问题（警告）与解析诊断，含机关、年度、规则、单元格、应为值与填报值；按调用者权限读取 / the audit: every broken within-report identity (error), cross-year warning and parse diagnostic in gd_reports, with organ, year, rule, cell, expected and reported; read with the caller''s privileges';

CREATE FUNCTION @extschema@.gd_report_for_store(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_for_store'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_report_for_store(pg_catalog.text, pg_catalog.text) IS
'解析报告文本并校验能否存入报告库（行政区划代码、标题中的机关与年度、年度在 2008–2100），返回将存入的报告，不存储 / the report gd_load_report would store: the text parsed, the region code (six digits or NULL), and the organ and year of the title (2008–2100) checked; an error says what is missing; stores nothing';

-- gd_load_report returns the outcome of a load now, and takes the
-- identity's overrides, replace, partial, the store and a reason: dropped
-- and created again (nothing in the extension depends on it).
DROP FUNCTION @extschema@.gd_load_report(pg_catalog.text, pg_catalog.text, pg_catalog.text);

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

-- ---------------------------------------------------------------------------
-- Reading published reports: partial results, and diagnostics with what was
-- seen (detail), what to do (hint) and the rule they belong to.  The result
-- columns of gd_parse_diagnostics change, so it is dropped and created
-- again (nothing in the extension depends on it).
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_parse_report(report_text pg_catalog.text, partial pg_catalog.bool)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_parse_report_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_parse_report(pg_catalog.text, pg_catalog.bool) IS
'解析报告文本；partial => true 时返回能读出的表，读不出的表为 NULL（原因见 gd_parse_diagnostics），partial => false 与单参数形式相同 / a report''s text parsed; with partial => true the tables that can be read are returned and the others are NULL (the reasons are in gd_parse_diagnostics); partial => false is the one-argument form';

DROP FUNCTION @extschema@.gd_parse_diagnostics(pg_catalog.text);
CREATE FUNCTION @extschema@.gd_parse_diagnostics(report_text pg_catalog.text)
RETURNS TABLE (severity pg_catalog.text, section pg_catalog.text, row_key pg_catalog.text,
               column_key pg_catalog.text, message pg_catalog.text, detail pg_catalog.text,
               hint pg_catalog.text, rule pg_catalog.text)
AS 'MODULE_PATHNAME', 'gd_parse_diagnostics_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.gd_parse_diagnostics(pg_catalog.text) IS
'解析诊断：读取报告时发现的错误、警告（含正文与表格不符的规则 T）与说明，附所见内容（detail）与处理建议（hint），从不报错，便于批量分拣 / everything found while reading a report: errors, warnings (incl. rule T, prose against tables) and notes, each with what was seen (detail) and what to do (hint) where there is one, and the rule it belongs to; never errors, for triaging thousands of files';

-- ---------------------------------------------------------------------------
-- row_no is the row's number in the layout, the same in every format (the
-- C functions changed; their result columns did not, so views over them
-- survive the update).
-- ---------------------------------------------------------------------------

COMMENT ON FUNCTION @extschema@.gd_table(@extschema@.gd_applications) IS
'按官方表式列出表三，按印刷顺序每行一条（中文行名）；row_no 在各格式中指同一行 / the official table 三, one row per table row in printed order, with its Chinese label; row_no names the same row in every format';
COMMENT ON FUNCTION @extschema@.gd_cells(@extschema@.gd_applications) IS
'表三长表：每格一行，含中英文行列名；row_no 在各格式中指同一行 / table 三 in long format: one row per cell, with Chinese and English labels; row_no names the same row in every format';
COMMENT ON FUNCTION @extschema@.gd_rows(pg_catalog.int4) IS
'某格式表三的行（按印刷顺序）：行号（各格式通用）、键、分组、中英文名称 / the rows of table 三 in a format, in printed order: number (the same in every format), key, group, Chinese and English labels';

-- ---------------------------------------------------------------------------
-- Year over year: two values, or two reports, cell by cell (pg/compare.c).
-- Values of two formats are compared in the format a sum of them would be
-- in (the three （六） rows of 2021 folded into 2019's other_handling).
-- row_no is the row's number in the layout (the same in every format);
-- before is the previous value's cell, after the current one's; change is
-- after − before, relative_change (after − before) / before
-- rounded to 4 places; either is NULL where a side is not stated (or
-- before is 0).  changed_only leaves out the cells that are the same.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_compare(previous @extschema@.gd_applications, current @extschema@.gd_applications,
                                       changed_only pg_catalog.bool DEFAULT false)
RETURNS TABLE (row_no pg_catalog.int4, row_key pg_catalog.text, row_label pg_catalog.text,
               column_no pg_catalog.int4, column_key pg_catalog.text, column_label pg_catalog.text,
               before pg_catalog.int4, after pg_catalog.int4, change pg_catalog.int4,
               relative_change pg_catalog.numeric)
AS 'MODULE_PATHNAME', 'gd_applications_compare_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 175;
COMMENT ON FUNCTION @extschema@.gd_compare(@extschema@.gd_applications, @extschema@.gd_applications, pg_catalog.bool) IS
'表三逐格比较（两年度）：前值、后值、变化与变化率；不同格式按合计的格式折算 / table 三 compared cell by cell (two years): before, after, change and relative change; two formats are compared in the format of their sum';

CREATE FUNCTION @extschema@.gd_compare(previous @extschema@.gd_appeals, current @extschema@.gd_appeals,
                                       changed_only pg_catalog.bool DEFAULT false)
RETURNS TABLE (row_no pg_catalog.int4, row_key pg_catalog.text, row_label pg_catalog.text,
               column_no pg_catalog.int4, column_key pg_catalog.text, column_label pg_catalog.text,
               before pg_catalog.int4, after pg_catalog.int4, change pg_catalog.int4,
               relative_change pg_catalog.numeric)
AS 'MODULE_PATHNAME', 'gd_appeals_compare_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 15;
COMMENT ON FUNCTION @extschema@.gd_compare(@extschema@.gd_appeals, @extschema@.gd_appeals, pg_catalog.bool) IS
'表四逐格比较：前值、后值、变化与变化率 / table 四 compared cell by cell: before, after, change and relative change';

CREATE FUNCTION @extschema@.gd_compare(previous @extschema@.gd_proactive, current @extschema@.gd_proactive,
                                       changed_only pg_catalog.bool DEFAULT false)
RETURNS TABLE (row_no pg_catalog.int4, row_key pg_catalog.text, row_label pg_catalog.text,
               column_no pg_catalog.int4, column_key pg_catalog.text, column_label pg_catalog.text,
               before pg_catalog.numeric, after pg_catalog.numeric, change pg_catalog.numeric,
               relative_change pg_catalog.numeric)
AS 'MODULE_PATHNAME', 'gd_proactive_compare_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 22;
COMMENT ON FUNCTION @extschema@.gd_compare(@extschema@.gd_proactive, @extschema@.gd_proactive, pg_catalog.bool) IS
'表二逐格比较：row_key 为事项（规章等），column_key 为单元格；某格式没有的单元格视为未填报 / table 二 compared cell by cell: row_key is the item (rules, …), column_key the cell; a cell its format lacks is not stated';

CREATE FUNCTION @extschema@.gd_compare(previous @extschema@.gd_report, current @extschema@.gd_report,
                                       changed_only pg_catalog.bool DEFAULT false)
RETURNS TABLE (table_no pg_catalog.text, row_no pg_catalog.int4, row_key pg_catalog.text,
               row_label pg_catalog.text, column_no pg_catalog.int4, column_key pg_catalog.text,
               column_label pg_catalog.text, before pg_catalog.numeric, after pg_catalog.numeric,
               change pg_catalog.numeric, relative_change pg_catalog.numeric)
AS 'MODULE_PATHNAME', 'gd_report_compare_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 212;
COMMENT ON FUNCTION @extschema@.gd_compare(@extschema@.gd_report, @extschema@.gd_report, pg_catalog.bool) IS
'两份报告逐格比较（表二、三、四；任一报告缺少的表不比较） / two reports compared cell by cell (tables 二, 三, 四; a table either lacks is left out)';

-- A standalone page with the audit marked on the tables.
CREATE FUNCTION @extschema@.gd_render_page(report @extschema@.gd_report,
                                           previous @extschema@.gd_report DEFAULT NULL,
                                           audit pg_catalog.bool DEFAULT true)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gd_render_page_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_render_page(@extschema@.gd_report, @extschema@.gd_report, pg_catalog.bool) IS
'完整的 HTML 页面（表格线、数字右对齐），审核结果标在表格上：勾稽关系不符的单元格、最可能填错的单元格、未填报单元格，给出上年报告时标出不衔接之处 / a standalone HTML page (the form''s grid, numbers right-aligned) with the audit marked on the tables: cells of broken identities, the likely mistyped cell most strongly, cells not stated, and with the previous year''s report the continuity warnings';

-- gd_cell: a key of another format gives NULL (not stated), so that
-- queries across years run; a key of no format stays an error.
COMMENT ON FUNCTION @extschema@.gd_cell(@extschema@.gd_applications, pg_catalog.text, pg_catalog.text) IS
'表三某格的数量（未填报为 NULL）；分组键给出该组之和；其他格式才有的行为 NULL / one cell of table 三 (NULL = not stated); a group key gives the group''s sum; a row of another format gives NULL, so that queries across years run; a key of no format is an error';
COMMENT ON FUNCTION @extschema@.gd_cell(@extschema@.gd_proactive, pg_catalog.text) IS
'表二某项的数值（金额以万元计；未填报或其他格式才有的项为 NULL） / one cell of table 二 (amounts in 万元; NULL = not stated, or a key of another format); a key of no format is an error';
