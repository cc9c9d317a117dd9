-- gd_parse_report and gd_parse_diagnostics on the bundled real reports
-- (test/data; the header block above '---' is ours and is stripped), and
-- the property parse(render(r)) = r for every report, real and generated.
-- Cell-by-cell expectations of every sample live in test/unit/test_parse.c.

CREATE TABLE samples (name text PRIMARY KEY, body text);
\set f `cat test/data/hongqi-2024.txt`
INSERT INTO samples VALUES ('hongqi-2024', :'f');
\set f `sed '1,/^---$/d' test/data/huaian-2024-pdftotext.txt`
INSERT INTO samples VALUES ('huaian-2024', :'f');
\set f `sed '1,/^---$/d' test/data/shanghai-2019-html.txt`
INSERT INTO samples VALUES ('shanghai-2019', :'f');
\set f `cat test/data/pingtan-2025.html`
INSERT INTO samples VALUES ('pingtan-2025', :'f');
\set f `sed '1,/^---$/d' test/data/pingtan-2021-flattened.txt`
INSERT INTO samples VALUES ('pingtan-2021', :'f');
\set f `sed '1,/^---$/d' test/data/pingtan-2023-flattened.txt`
INSERT INTO samples VALUES ('pingtan-2023', :'f');
\set f `sed '1,/^---$/d' test/data/district-stats-2023-pipes-partial.txt`
INSERT INTO samples VALUES ('district-stats-2023 (partial)', :'f');
\set f `sed '1,/^---$/d' test/data/wendeng-2019-pipes-partial.txt`
INSERT INTO samples VALUES ('wendeng-2019 (partial)', :'f');
\set f `sed '1,/^---$/d' test/data/hebao-2020-cell-per-line-partial.txt`
INSERT INTO samples VALUES ('hebao-2020 (partial)', :'f');
\set f `sed '1,/^---$/d' test/data/tianmen-2025-cell-per-line-partial.txt`
INSERT INTO samples VALUES ('tianmen-2025 (partial)', :'f');
\set f `sed '1,/^---$/d' test/data/nanhu-2019-collapsed-cells-partial.txt`
INSERT INTO samples VALUES ('nanhu-2019 (collapsed cells)', :'f');

-- Complete reports parse; the partial and collapsed pages are refused with
-- 22P02 saying which section and row.
SELECT name, try(format('SELECT gd_parse_report(%L)', body)) AS parse FROM samples ORDER BY name;

CREATE TABLE parsed AS
SELECT name, gd_parse_report(body) AS r FROM samples WHERE name NOT LIKE '%(%' ;
SELECT name, (r).organ, (r).year, (r).format, gd_format((r).applications) AS table3_format,
       gd_format((r).proactive) AS table2_format,
       gd_cell((r).applications, 'new_received', 'total') AS new_received,
       gd_cell((r).applications, 'total_processed', 'total') AS total_processed,
       gd_cell((r).appeals, 'review', 'total') AS review_total
FROM parsed ORDER BY name;

-- Reports that are inconsistent as published parse as published and then
-- fail gd_check at the right cells.
SELECT name, rule, row_key, column_key, expected, reported
FROM parsed, gd_check(r) ORDER BY name, rule, row_key, column_key;

-- Diagnostics never error: what each page holds, including rule T (prose
-- against tables), unit conversions and ambiguous flattened digits.
SELECT name, severity, section, row_key, column_key, left(message, 90) AS message
FROM samples, gd_parse_diagnostics(body) ORDER BY name, severity, section, row_key, column_key, message;
SELECT count(*) AS rows_for_garbage FROM gd_parse_diagnostics(E'\x01\x02 not a report <table><tr><td>');
SELECT try($$SELECT gd_parse_report('')$$);
SELECT try($$SELECT gd_parse_report('<html><table><tr><td>三、收到和处理政府信息公开申请情况</td></tr>')$$);

-- parse(render(r)) = r in all three formats, for every real report ...
SELECT name, how, gd_parse_report(gd_render(r, how)) = r AS round_trip
FROM parsed, unnest(ARRAY['text', 'markdown', 'html']) how ORDER BY name, how;

-- ... and for generated ones: random counts, blanks, both formats,
-- money with decimals (a fixed seed keeps the run reproducible).
SELECT setseed(0.2024);
CREATE TABLE generated AS
SELECT i, ROW('测试' || i || '区人民政府', NULL, 2019 + i % 7, fmt, pro, m, a)::gd_report AS r
FROM generate_series(1, 60) i,
     LATERAL (SELECT CASE WHEN i % 3 = 0 THEN 2019 ELSE 2021 END AS fmt) f,
     LATERAL (SELECT gd_applications(array_agg(row ORDER BY rn)) AS m
              FROM (SELECT rn, array_agg(CASE WHEN random() < 0.1 THEN NULL ELSE (random() * CASE WHEN random() < 0.1 THEN 100000 ELSE 20 END)::int END ORDER BY cn) AS row
                    FROM generate_series(1, CASE WHEN fmt = 2019 THEN 23 ELSE 25 END) rn, generate_series(1, 7) cn
                    WHERE i > 0 GROUP BY rn) x) mm,
     LATERAL (SELECT gd_appeals(array_agg(CASE WHEN random() < 0.2 THEN NULL ELSE (random() * 9)::int END)) AS a
              FROM generate_series(1, 15) WHERE i > 0) aa,
     LATERAL (SELECT gd_proactive(jsonb_object_agg(key, CASE WHEN random() < 0.1 THEN NULL
                                                       WHEN key IN ('fees_collected', 'procurement_amount') THEN to_jsonb(round((random() * 30000)::numeric, (random() * 6)::int))
                                                       WHEN key LIKE '%change' THEN to_jsonb((random() * 40)::int - 20)
                                                       ELSE to_jsonb((random() * 500)::int) END)
                                   || jsonb_build_object('format', fmt)) AS pro
              FROM gd_table(gd_proactive(CASE WHEN fmt = 2019
                   THEN '{"format": 2019, "rules_made": 0, "rules_published": 0, "rules_total_published": 0, "normative_docs_made": 0, "normative_docs_published": 0, "normative_docs_total_published": 0, "licensing_items_prev": 0, "licensing_items_change": 0, "licensing_decisions": 0, "other_services_items_prev": 0, "other_services_items_change": 0, "other_services_decisions": 0, "penalty_items_prev": 0, "penalty_items_change": 0, "penalty_decisions": 0, "coercion_items_prev": 0, "coercion_items_change": 0, "coercion_decisions": 0, "fee_items_prev": 0, "fee_items_change": 0, "procurement_projects": 0, "procurement_amount": 0}'::jsonb
                   ELSE '{"format": 2021, "rules_issued": 0, "rules_repealed": 0, "rules_in_force": 0, "normative_docs_issued": 0, "normative_docs_repealed": 0, "normative_docs_in_force": 0, "licensing_decisions": 0, "penalty_decisions": 0, "coercion_decisions": 0, "fees_collected": 0}'::jsonb END)) t(cell_no, key)
              WHERE i > 0) pp;
SELECT count(*) AS generated, count(*) FILTER (WHERE gd_format((r).applications) = 2019) AS in_2019_format FROM generated;
SELECT how, count(*) AS reports,
       count(*) FILTER (WHERE gd_parse_report(gd_render(r, how)) = r) AS round_trips
FROM generated, unnest(ARRAY['text', 'markdown', 'html']) how GROUP BY how ORDER BY how;
-- any that did not round-trip, to see why
SELECT i, how, left(try(format('SELECT gd_parse_report(%L)', gd_render(r, how))), 200)
FROM generated, unnest(ARRAY['text', 'markdown', 'html']) how
WHERE gd_parse_report(gd_render(r, how)) IS DISTINCT FROM r ORDER BY i, how LIMIT 5;

-- gd_load_report stores a parsed report in gd_reports, keyed by organ and year.
SELECT (gd_load_report(body, '230102', 'hongqi-2024.txt')).organ FROM samples WHERE name = 'hongqi-2024';
SELECT organ, region_code, year, format, source, gd_cell(applications, 'new_received', 'total') FROM gd_reports;
SELECT (gd_load_report(body, '230102', 'again')).source FROM samples WHERE name = 'hongqi-2024';
SELECT count(*) FROM gd_reports;
DELETE FROM gd_reports;
