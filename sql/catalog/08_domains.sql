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
