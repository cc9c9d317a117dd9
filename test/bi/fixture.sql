-- Fixture for the BI client tests (test/bi/run.sh): the seed report's tables
-- (shared/seed/hongqi-2024.txt, transcribed by hand) as year 2024, and a
-- made-up 2025 report of the same organ with one mistyped cell
-- (granted × natural_person printed 6 instead of 5) so gd_audit has findings.
\set ON_ERROR_STOP on
CREATE EXTENSION gov_disclosure;

INSERT INTO gd_reports (organ, region_code, year, format, proactive, applications, appeals, source)
VALUES
('红旗区人民政府', '410702', 2024, 2021,
 '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:0}',
 ARRAY[
    [16,0,0,0,0,4,20],   -- new_received
    [0,0,0,0,0,0,0],     -- carried_over
    [6,0,0,0,0,4,10],    -- granted
    [5,0,0,0,0,0,5],     -- partially_granted
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],   -- withheld_* (8)
    [5,0,0,0,0,0,5],     -- unavailable_not_held
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],                                     -- unavailable_* (2, 3)
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], -- not_processed_* (5)
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],                    -- other_* (3)
    [16,0,0,0,0,4,20],   -- total_processed
    [0,0,0,0,0,0,0]      -- carried_forward
 ]::gd_applications,
 '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}',
 'shared/seed/hongqi-2024.txt'),
('红旗区人民政府', '410702', 2025, 2021,
 -- normative_docs_in_force rolls forward (42 + 3 - 5 = 40), so no X2 warning
 '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:3, normative_docs_repealed:5, normative_docs_in_force:40, licensing_decisions:7012, penalty_decisions:401, coercion_decisions:2, fees_collected:24252.311082}',
 ARRAY[
    [10,1,0,0,0,2,13],   -- new_received
    [0,0,0,0,0,0,0],     -- carried_over (= 2024 carried_forward, so no X1)
    [6,1,0,0,0,1,7],     -- granted: natural_person mistyped, should be 5
    [2,0,0,0,0,0,2],     -- partially_granted
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [1,0,0,0,0,0,1], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],   -- withheld_process_info 1
    [2,0,0,0,0,1,3],     -- unavailable_not_held
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],
    [10,1,0,0,0,2,13],   -- total_processed
    [0,0,0,0,0,0,0]      -- carried_forward
 ]::gd_applications,
 '{review:[1,0,0,1,2], suit_direct:[0,0,0,0,0], suit_after_review:[0,1,0,0,1]}',
 'made up for test/bi');
