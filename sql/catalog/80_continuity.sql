-- ---------------------------------------------------------------------------
-- Across years
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gd_check_continuity(previous @extschema@.gd_report, current @extschema@.gd_report)
RETURNS SETOF @extschema@.gd_violation
AS 'MODULE_PATHNAME', 'gd_check_continuity_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.gd_check_continuity(@extschema@.gd_report, @extschema@.gd_report) IS
'同一机关相邻两年报告的衔接检查（X1 结转、X2 现行有效件数、X3 照抄上年），仅为警告；年份不相邻时不比较 / warnings between one body''s reports of consecutive years: X1 carry-over per column, X2 in-force roll-forward, X3 numbers repeated from last year; nothing when the years are not consecutive';
