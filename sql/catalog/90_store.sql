-- ---------------------------------------------------------------------------
-- Where reports live: stores.  A store is a table of reports identified by
-- region code, organ and year, with a history table that keeps every
-- version a store no longer holds (replaced or deleted), filled by the
-- trigger gd_keep_history.  gd_reports (with gd_reports_history) is the
-- default store; gd_create_store makes more, owned by whoever calls it.
-- README "Loading a folder" and "Stores".
-- ---------------------------------------------------------------------------

-- The shape every store copies (CREATE TABLE … (LIKE gd_store_template
-- INCLUDING ALL)); it holds no rows.  It belongs to the extension (the
-- bootstrap superuser in a trusted install), so nobody can give it a
-- default or a constraint that a new store would copy.
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

-- The default store.  Its 0.2.0 columns first, then those added in 0.3.0,
-- so that an updated database and a fresh install have the same table.
CREATE TABLE @extschema@.gd_reports (
    organ pg_catalog.text NOT NULL,
    -- text and int, checked by the domains through a cast: an update from
    -- 0.2.0 can change the check without changing the column's type, which
    -- views over gd_reports would forbid
    region_code pg_catalog.text
        CONSTRAINT gd_reports_region_code_check
        CHECK (region_code IS NULL OR region_code::@extschema@.gd_region_code IS NOT NULL),
    year pg_catalog.int4 NOT NULL
        CONSTRAINT gd_reports_year_check CHECK (year::@extschema@.gd_year IS NOT NULL),
    format pg_catalog.int4 CHECK (format OPERATOR(pg_catalog.=) 2019 OR format OPERATOR(pg_catalog.=) 2021),
    proactive @extschema@.gd_proactive,
    applications @extschema@.gd_applications,
    appeals @extschema@.gd_appeals,
    source pg_catalog.text,
    loaded_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
    organ_printed pg_catalog.text,
    diagnostics pg_catalog.jsonb NOT NULL DEFAULT '[]'::pg_catalog.jsonb
        CHECK (pg_catalog.jsonb_typeof(diagnostics) OPERATOR(pg_catalog.=) 'array'::pg_catalog.text),
    partial pg_catalog.bool NOT NULL DEFAULT false,
    loaded_by pg_catalog.text DEFAULT CURRENT_USER,
    reason pg_catalog.text,
    CONSTRAINT gd_reports_identity UNIQUE NULLS NOT DISTINCT (region_code, organ, year)
);
CREATE INDEX gd_reports_region_year ON @extschema@.gd_reports (region_code, year);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gd_reports', '');
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

-- The installing user owns the default store: indexes, row-level security,
-- triggers and foreign keys are theirs to add.  (A trusted install runs
-- this script as the bootstrap superuser, who would own them otherwise.)
ALTER TABLE @extschema@.gd_reports OWNER TO @extowner@;
ALTER TABLE @extschema@.gd_reports_history OWNER TO @extowner@;

-- New stores, owned by the caller.
CREATE FUNCTION @extschema@.gd_create_store(store pg_catalog.text, history pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.regclass
AS 'MODULE_PATHNAME', 'gd_create_store'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.gd_create_store(pg_catalog.text, pg_catalog.text) IS
'新建报告库（按 gd_store_template）及其历史表（默认名为 store_history）并装上 gd_keep_history 触发器，均归调用者所有；已有的同形空表（如分区表）则被采用 / create a store (shaped as gd_store_template) and its history table (store_history unless named), with the gd_keep_history trigger, all owned by the caller; an existing table of that shape (e.g. partitioned) is adopted';

-- C, not an SQL body: an SQL body using gd_reports' row type would keep
-- its owner from some ALTER TABLEs (a NOT NULL column with a default).
CREATE FUNCTION @extschema@.gd_report_of(r @extschema@.gd_reports)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_of_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_report_of(@extschema@.gd_reports) IS
'gd_reports 的一行作为 gd_report / a gd_reports row as a gd_report';

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

CREATE VIEW @extschema@.gd_audit AS
SELECT a.organ, a.region_code, a.year, a.rule, a.severity, a.row_key, a.column_key,
       a.expected, a.reported, a.message
FROM @extschema@.gd_audit('@extschema@.gd_reports'::pg_catalog.regclass) a;
GRANT SELECT ON @extschema@.gd_audit TO @extowner@ WITH GRANT OPTION;
COMMENT ON VIEW @extschema@.gd_audit IS
'审核清单：gd_reports 中所有不成立的表内勾稽关系（错误）、跨年衔接问题（警告）与解析诊断，含机关、年度、规则、单元格、应为值与填报值；按调用者权限读取 / the audit: every broken within-report identity (error), cross-year warning and parse diagnostic in gd_reports, with organ, year, rule, cell, expected and reported; read with the caller''s privileges';
