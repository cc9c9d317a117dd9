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

-- An SQL-standard body, bound by OID when created (README "Security").
CREATE FUNCTION @extschema@.gd_report_of(r @extschema@.gd_reports)
RETURNS @extschema@.gd_report
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ROW((r).organ, (r).region_code, (r).year, (r).format, (r).proactive, (r).applications, (r).appeals)::@extschema@.gd_report;
COMMENT ON FUNCTION @extschema@.gd_report_of(@extschema@.gd_reports) IS
'gd_reports 的一行作为 gd_report / a gd_reports row as a gd_report';

-- A view is stored bound by OID when created; every function and operator
-- in it is schema-qualified (PARTITION BY and ORDER BY use the types'
-- default operator classes, found by OID).
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
