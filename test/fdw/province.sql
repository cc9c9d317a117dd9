-- One province's database: the extension and :n deterministic reports in
-- gd_reports. The first :n2019 reports are 2019-format (gd_to_2019 of the
-- generated 2021 matrix, years 2019-2020); the rest are 2021-format
-- (years 2021-2024). Variables: prov (name), region (two-digit GB/T 2260
-- province prefix), n, n2019, analyst (a login role granted SELECT).
\set ON_ERROR_STOP 1
CREATE EXTENSION gov_disclosure;
GRANT SELECT ON gd_reports TO :"analyst";

-- Table 三 of the seed report (test/data/hongqi-2024.txt), 2021 format.
CREATE TEMP TABLE seed AS SELECT ARRAY[
    [16,0,0,0,0,4,20], [0,0,0,0,0,0,0],
    [6,0,0,0,0,4,10], [5,0,0,0,0,0,5],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [5,0,0,0,0,0,5], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [16,0,0,0,0,4,20], [0,0,0,0,0,0,0]]::gd_applications AS m,
    '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals AS a;

-- Report i: k more natural persons (granted), j more other organisations
-- (unavailable_not_held), h natural persons under other_misc (one of the
-- three (六) rows that the 2019 format folds into other_handling); the
-- identities A-C still hold. Every 7th report leaves
-- carried_over x legal_service blank (not stated), and no report states
-- carried_forward x research, so that cell stays blank in every sum.
INSERT INTO gd_reports (organ, region_code, year, format, applications, appeals, source)
SELECT format('%s第%s号机关', :'prov', i),
       :'region' || lpad((i % 17 + 1)::text, 2, '0') || '00',
       CASE WHEN i <= :n2019 THEN 2019 + i % 2 ELSE 2021 + i % 4 END,
       CASE WHEN i <= :n2019 THEN 2019 ELSE 2021 END,
       CASE WHEN i <= :n2019 THEN gd_to_2019(g.m) ELSE g.m END,
       gd_set_cell(gd_set_cell(seed.a, 'review', 'upheld', 4 + j), 'review', 'total', 11 + j),
       'test/fdw synthetic'
FROM seed, generate_series(1, :n) AS i,
     LATERAL (SELECT i % 13 AS k, i % 5 AS j, i % 3 AS h) AS v,
     LATERAL (SELECT
        gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(
        gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(
        gd_set_cell(gd_set_cell(seed.m,
            'new_received', 'natural_person', 16 + k + h),
            'new_received', 'other_org', 4 + j),
            'new_received', 'total', 20 + k + j + h),
            'granted', 'natural_person', 6 + k),
            'granted', 'total', 10 + k),
            'unavailable_not_held', 'other_org', j),
            'unavailable_not_held', 'total', 5 + j),
            'other_misc', 'natural_person', h),
            'other_misc', 'total', h),
            'total_processed', 'natural_person', 16 + k + h),
            'total_processed', 'other_org', 4 + j),
            'total_processed', 'total', 20 + k + j + h),
            'carried_over', 'legal_service', CASE WHEN i % 7 = 0 THEN NULL ELSE 0 END),
            'carried_forward', 'research', NULL)
        AS m) AS g;

ANALYZE gd_reports;
