-- make demo: the seed report (红旗区人民政府 2024, test/data/hongqi-2024.txt)
-- loaded into a table, printed as the official table 三, and checked.
\pset footer off
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS gov_disclosure;

CREATE TABLE report (
    organ text NOT NULL,
    year int NOT NULL,
    applications gd_applications CHECK (gd_is_consistent(applications)),
    appeals gd_appeals CHECK (gd_is_consistent(appeals)),
    PRIMARY KEY (organ, year)
);

-- Table 三 and 四 of the seed, row by row as published (NULL = blank).
INSERT INTO report VALUES ('红旗区人民政府', 2024, ARRAY[
    [16,0,0,0,0,4,20], [0,0,0,0,0,0,0],
    [6,0,0,0,0,4,10], [5,0,0,0,0,0,5],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [5,0,0,0,0,0,5], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [16,0,0,0,0,4,20], [0,0,0,0,0,0,0]]::gd_applications,
    '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}');

\echo
\echo '== 红旗区人民政府 2024: 三、收到和处理政府信息公开申请情况 (gd_table) =='
SELECT row_no AS "#", label AS "行", natural_person AS "自然人", commercial AS "商业企业",
       research AS "科研机构", public_interest AS "社会公益组织", legal_service AS "法律服务机构",
       other_org AS "其他", total AS "总计"
FROM report, gd_table(applications) ORDER BY row_no;

\echo '== 四、政府信息公开行政复议、行政诉讼情况 (gd_table) =='
SELECT label AS "栏", upheld AS "结果维持", corrected AS "结果纠正", other AS "其他结果",
       pending AS "尚未审结", total AS "总计"
FROM report, gd_table(appeals) ORDER BY block_no;

\echo '== gd_check: broken identities (none expected) =='
SELECT organ, year, gd_is_consistent(applications) AS "表三一致", gd_is_consistent(appeals) AS "表四一致",
       (SELECT count(*) FROM gd_check(applications)) + (SELECT count(*) FROM gd_check(appeals)) AS violations
FROM report;

\echo '== and what gd_check says when one cell is mistyped (granted × natural_person 6 → 7) =='
SELECT v.rule, v.row_key, v.column_key, v.expected, v.reported, v.message
FROM report, gd_check(gd_set_cell(applications, 'granted', 'natural_person', 7)) v;

\echo '== a CHECK constraint keeps such a table out =='
SET client_min_messages = notice;
DO $$
BEGIN
    INSERT INTO report SELECT organ, 2025, gd_set_cell(applications, 'granted', 'natural_person', 7), appeals FROM report;
EXCEPTION WHEN check_violation THEN
    RAISE NOTICE 'rejected (%): %', SQLSTATE, SQLERRM;
END $$;
