-- gd_compare: two values or two reports, cell by cell.
-- The seed (hongqi 2024) against itself with a few cells changed by hand:
-- granted natural_person 6 → 9, other_org 4 → blank; total_processed
-- total 20 → 25.

CREATE TABLE yoy AS
SELECT m AS m0,
       gd_set_cell(gd_set_cell(gd_set_cell(m, 'granted', 'natural_person', 9),
                               'granted', 'other_org', NULL), 'total_processed', 'total', 25) AS m1,
       a
FROM seed;

-- Every cell is listed (175), and the three changed ones are the only
-- changed ones: 6 → 9 (+3, +0.5), 4 → blank (no change computed), 20 → 25
-- (+5, +0.25).
SELECT count(*) AS cells FROM yoy, gd_compare(m0, m1);
SELECT row_no, row_key, column_key, before, after, change, relative_change
FROM yoy, gd_compare(m0, m1, changed_only => true) ORDER BY row_no, column_no;

-- A 0 before gives no relative change; a blank on both sides is unchanged.
SELECT row_key, column_key, before, after, change, relative_change
FROM yoy, gd_compare(gd_set_cell(m0, 'carried_over', 'total', NULL),
                     gd_set_cell(gd_set_cell(m1, 'carried_over', 'total', NULL), 'carried_over', 'research', 2),
                     true)
WHERE row_key = 'carried_over';

-- Across formats: the 2019 value and the 2021 value meet in the 2019
-- format, the three （六） rows folded into other_handling (row 21), as
-- sum() folds them.  other_no_supplement 1 + other_unpaid_fee 2 + other_misc 3
-- in natural_person = 6.
SELECT row_no, row_key, column_key, before, after, change
FROM yoy, gd_compare(gd_to_2019(m0),
                     gd_set_cell(gd_set_cell(gd_set_cell(m0, 'other_no_supplement', 'natural_person', 1),
                                             'other_unpaid_fee', 'natural_person', 2), 'other_misc', 'natural_person', 3),
                     true);
SELECT count(*) AS cells_2019 FROM yoy, gd_compare(gd_to_2019(m0), m0);

-- Table 四.
SELECT row_key, column_key, before, after, change, relative_change
FROM yoy, gd_compare(a, gd_set_cell(gd_set_cell(a, 'review', 'corrected', 5), 'review', 'total', 9), true);

-- Table 二 across formats: a key only one format has is blank on the other
-- side; money keeps its six decimals.
SELECT row_key, column_key, before, after, change, relative_change
FROM gd_compare('2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:1.5}'::gd_proactive,
                '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:7000, penalty_decisions:437, coercion_decisions:0, fees_collected:2.250001}'::gd_proactive,
                true);
SELECT count(*) AS cells, count(before) AS stated_before, count(after) AS stated_after
FROM pro p19, pro p21, gd_compare(p19.p, p21.p)
WHERE p19.name = 'y2019' AND p21.name = 'hongqi-2024';

-- Two reports: tables 二, 三, 四 in that order, numeric columns throughout.
SELECT table_no, row_key, column_key, before, after, change, relative_change
FROM yoy, gd_parse_report(gd_render(ROW('红旗区人民政府', NULL, 2023, 2021, NULL, m0, a)::gd_report)) r1,
     LATERAL gd_compare(r1, ROW('红旗区人民政府', NULL, 2024, 2021, NULL, m1, gd_set_cell(a, 'suit_direct', 'pending', 2))::gd_report, true) c;
SELECT DISTINCT table_no FROM yoy,
     gd_compare(ROW('甲', NULL, 2023, 2021, '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:0}', m0, NULL)::gd_report,
                ROW('甲', NULL, 2024, 2021, '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:0}', m1, a)::gd_report) c
ORDER BY 1;
