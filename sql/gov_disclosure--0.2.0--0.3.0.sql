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
                ELSE (coalesce(cells.g, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.p, 0)::pg_catalog.int8)::pg_catalog.numeric
                     OPERATOR(pg_catalog./) cells.tp::pg_catalog.numeric END
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
                ELSE cells.o::pg_catalog.numeric OPERATOR(pg_catalog./) cells.tp::pg_catalog.numeric END
      FROM (SELECT @extschema@.gd_cell(filled.f, gd_outcome_share.outcome, gd_outcome_share.column_key) AS o,
                   @extschema@.gd_cell(filled.f, 'total_processed'::pg_catalog.text, gd_outcome_share.column_key) AS tp
              FROM (SELECT @extschema@.gd_fill_totals(gd_outcome_share.m) AS f) filled) cells;
END;

CREATE OR REPLACE FUNCTION @extschema@.gd_carry_forward_rate(m @extschema@.gd_applications, column_key pg_catalog.text DEFAULT 'total')
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN sums.received OPERATOR(pg_catalog.=) 0::pg_catalog.int8 THEN NULL
                ELSE sums.cf::pg_catalog.numeric OPERATOR(pg_catalog./) sums.received::pg_catalog.numeric END
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
                ELSE coalesce(cells.corrected, 0)::pg_catalog.numeric OPERATOR(pg_catalog./) cells.concluded::pg_catalog.numeric END
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
                ELSE (coalesce(cells.rv, 0)::pg_catalog.int8 OPERATOR(pg_catalog.+) coalesce(cells.sd, 0)::pg_catalog.int8
                      OPERATOR(pg_catalog.+) coalesce(cells.sa, 0)::pg_catalog.int8)::pg_catalog.numeric
                     OPERATOR(pg_catalog./) cells.nr::pg_catalog.numeric END
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

-- the store (90_store.sql, 95_parse.sql)

CREATE OR REPLACE FUNCTION @extschema@.gd_report_of(r @extschema@.gd_reports)
RETURNS @extschema@.gd_report
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ROW((r).organ, (r).region_code, (r).year, (r).format, (r).proactive, (r).applications, (r).appeals)::@extschema@.gd_report;

-- new: what gd_load_report stores, parsed and checked (C)
CREATE FUNCTION @extschema@.gd_report_for_store(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.gd_report
AS 'MODULE_PATHNAME', 'gd_report_for_store'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gd_report_for_store(pg_catalog.text, pg_catalog.text) IS
'解析报告文本并校验能否存入 gd_reports（行政区划代码、标题中的机关与年度、年度在 2008–2100），返回将存入的报告；gd_load_report 用它 / the report gd_load_report would store: the text parsed, the region code (six digits or NULL), and the organ and year of the title (2008–2100) checked; an error says what is missing';

CREATE OR REPLACE FUNCTION @extschema@.gd_load_report(report_text pg_catalog.text, region_code pg_catalog.text DEFAULT NULL,
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

