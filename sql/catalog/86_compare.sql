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
