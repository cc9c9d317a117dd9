-- Across years and districts: gd_check_continuity (X1–X3, gaps), metrics
-- with their NULL rules, region helpers, the gd_reports store and gd_audit.

-- Metrics on the seed (hand-computed from hongqi-2024: granted 10,
-- partially 5, total_processed 20, unavailable 5, carried_forward 0,
-- new_received 20; review 4/7/0/0/11; suits 1/0/0/1/2 and 1/0/0/2/3).
SELECT gd_disclosure_rate(m) AS disclosure,                     -- 15/20
       gd_disclosure_rate(m, 'natural_person') AS disclosure_np,  -- 11/16
       gd_outcome_share(m, 'unavailable') AS unavailable,         -- 5/20
       gd_outcome_share(m, 'withheld') AS withheld,               -- 0/20
       gd_carry_forward_rate(m) AS carry_forward,                 -- 0/20
       gd_review_correction_rate(a) AS review_correction,         -- 7/11
       gd_litigation_loss_rate(a) AS loss_pooled,                 -- 0/(1+1)
       gd_litigation_loss_rate(a, 'suit_after_review') AS loss_after_review,  -- 0/1
       gd_dispute_rate(m, a) AS dispute                           -- 16/20
FROM seed;

-- NULL on a zero or blank denominator; a wholly blank numerator is NULL, not 0.
SELECT gd_disclosure_rate(gd_set_cell(m, 'total_processed', 'commercial', 0), 'commercial') AS zero_denominator,
       gd_disclosure_rate(gd_set_cell(gd_set_cell(m, 'granted', 'research', NULL), 'partially_granted', 'research', NULL), 'research') AS blank_numerator,
       gd_review_correction_rate(gd_set_cell(a, 'review', 'total', NULL)) AS blank_total,
       gd_review_correction_rate('{review:[0,0,0,2,2], suit_direct:[0,0,0,0,0], suit_after_review:[0,0,0,0,0]}') AS none_concluded,
       gd_dispute_rate(gd_set_cell(m, 'new_received', 'total', 0), a) AS no_applications
FROM seed;
-- A blank 总计 column (as many reports print) is filled from its parts first.
SELECT gd_disclosure_rate(m) AS with_totals, gd_disclosure_rate(x) AS blank_totals_filled,
       gd_outcome_share(x, 'unavailable') AS share_filled
FROM seed, LATERAL (SELECT gd_applications(array_agg(ARRAY[v[n][1], v[n][2], v[n][3], v[n][4], v[n][5], v[n][6], NULL] ORDER BY n)) AS x
                    FROM (SELECT m::int[] AS v) t, generate_series(1, 25) n) blank;
-- On sums: the pooled rate of several reports.
SELECT round(gd_disclosure_rate(sum(m)), 4) AS pooled FROM panel;
SELECT try($$SELECT gd_litigation_loss_rate(a, 'review') FROM seed$$);
SELECT try($$SELECT gd_outcome_share(m, 'nonsense') FROM seed$$);

-- Regions (GB/T 2260).
SELECT code, gd_region_level(code), gd_region_parent(code),
       gd_region_at(code, 'province') AS province, gd_region_at(code, 'prefecture') AS prefecture
FROM unnest(ARRAY['230000', '230100', '230102', '110101']) code;
SELECT try($$SELECT gd_region_level('23010')$$);
SELECT try($$SELECT gd_region_level('2301020')$$);
SELECT try($$SELECT gd_region_at('230102', 'city')$$);

-- Continuity: a body's reports 2021, 2022, 2024 (a gap year), built from
-- the seed with known breaks.
CREATE TEMP TABLE series AS
-- 2021: 3 natural-person applications carried forward (A and C kept: new_received +3)
SELECT 2021 AS year, ROW('甲区人民政府', '230102', 2021, 2021, p,
       gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(m, 'carried_forward', 'natural_person', 3), 'carried_forward', 'total', 3),
                               'new_received', 'natural_person', 19), 'new_received', 'total', 23), a)::gd_report AS r
FROM seed, pro WHERE pro.name = 'hongqi-2024'
UNION ALL
-- 2022: carried_over 2 where 2021 carried forward 3 (X1, natural_person and
-- total); normative docs in force 42 ≠ 42 + 1 − 22 (X2); table 二 otherwise
-- differs (licensing 7000), table 四 too (review upheld 5, total 12)
SELECT 2022, ROW('甲区人民政府', '230102', 2022, 2021, jsonb_set(p::jsonb, '{licensing_decisions}', '7000')::gd_proactive,
       gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(m, 'carried_over', 'natural_person', 2), 'carried_over', 'total', 2),
                               'carried_forward', 'natural_person', 2), 'carried_forward', 'total', 2),
       gd_set_cell(gd_set_cell(a, 'review', 'upheld', 5), 'review', 'total', 12))::gd_report
FROM seed, pro WHERE pro.name = 'hongqi-2024'
UNION ALL  -- 2024: after a gap year, nothing is compared
SELECT 2024, ROW('甲区人民政府', '230102', 2024, 2021, p, m, a)::gd_report
FROM seed, pro WHERE pro.name = 'hongqi-2024';
SELECT year, gd_is_consistent(r) FROM series ORDER BY year;
SELECT year, v.rule, v.severity, v.row_key, v.column_key, v.expected, v.reported
FROM (SELECT year, r, lag(r) OVER (ORDER BY year) AS prev FROM series) s,
     gd_check_continuity(prev, r) v ORDER BY year, rule, column_key;
-- X3: identical tables repeat (but not when all zero or blank).
SELECT v.rule, v.expected IS NULL AS no_numbers, left(v.message, 40) AS message
FROM series s, gd_check_continuity(s.r, ROW((s.r).organ, NULL, 2025, 2021, (s.r).proactive, (s.r).applications, (s.r).appeals)::gd_report) v
WHERE s.year = 2024 ORDER BY 3;
SELECT count(*) AS all_zero_repeated FROM gd_check_continuity(
    ROW('乙', NULL, 2021, 2021, NULL, array_fill(0, ARRAY[25,7])::gd_applications, array_fill(0, ARRAY[15])::gd_appeals)::gd_report,
    ROW('乙', NULL, 2022, 2021, NULL, array_fill(0, ARRAY[25,7])::gd_applications, array_fill(0, ARRAY[15])::gd_appeals)::gd_report);
SELECT count(*) AS unknown_year FROM series s, gd_check_continuity(ROW('甲', NULL, NULL, 2021, NULL, NULL, NULL)::gd_report, s.r);

-- The store and the audit: errors with the suspect cell, then warnings.
INSERT INTO gd_reports (organ, region_code, year, format, proactive, applications, appeals, source)
SELECT (r).organ, (r).region_code, (r).year, (r).format, (r).proactive,
       CASE WHEN year = 2024 THEN gd_set_cell((r).applications, 'granted', 'natural_person', 7) ELSE (r).applications END,
       (r).appeals, 'regress'
FROM series;
SELECT organ, region_code, year, rule, severity, row_key, column_key, expected, reported
FROM gd_audit ORDER BY year, severity, rule, column_key;
SELECT message FROM gd_audit WHERE rule = 'C';
SELECT gd_region_at(region_code, 'prefecture') AS prefecture, year,
       gd_cell(sum(applications), 'new_received', 'total') AS new_received
FROM gd_reports GROUP BY ROLLUP (gd_region_at(region_code, 'prefecture'), year) ORDER BY 1, 2;
DELETE FROM gd_reports;
