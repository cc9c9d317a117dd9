-- gd_report: the composite, its jsonb form, gd_check over all its tables,
-- and gd_render in the three formats.

CREATE TABLE reports_t (r gd_report);
INSERT INTO reports_t
SELECT ROW(organ, '230102', 2024, 2021, p, m, a)::gd_report
FROM seed, pro WHERE pro.name = 'hongqi-2024';

SELECT (r).organ, (r).region_code, (r).year, (r).format, gd_is_consistent(r) FROM reports_t;
SELECT r::jsonb::gd_report = r AS jsonb_round_trip, r::text::gd_report = r AS text_round_trip FROM reports_t;
SELECT jsonb_object_keys(r::jsonb) FROM reports_t ORDER BY 1;
SELECT ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL)::gd_report::jsonb;
SELECT ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL)::gd_report::jsonb::gd_report IS NULL AS all_null;

-- Every within-report rule: A–C on table 三, D on table 四.
SELECT rule, row_key, column_key, expected, reported
FROM reports_t, gd_check(ROW((r).organ, (r).region_code, (r).year, (r).format, (r).proactive,
                             gd_set_cell((r).applications, 'granted', 'natural_person', 7),
                             gd_set_cell((r).appeals, 'review', 'total', 12))::gd_report)
ORDER BY rule;
SELECT count(*) FROM gd_check(ROW('x', NULL, 2024, 2021, NULL, NULL, NULL)::gd_report);

-- Rendering: the official tables with Chinese labels, blank cells empty.
SELECT gd_render(r, 'text') FROM reports_t;
SELECT gd_render(r, 'markdown') LIKE '%| （一）予以公开 | 6 | 0 | 0 | 0 | 0 | 4 | 10 |%' AS markdown_row,
       gd_render(r, 'html') LIKE '%colspan="5">法人或其他组织%' AS html_colspan,
       gd_render(r) = gd_render(r, 'text') AS text_default
FROM reports_t;
SELECT gd_render(ROW('a<b&c', NULL, 2019, 2019, NULL, gd_to_2019(gd_set_cell(m, 'granted', 'total', NULL)), NULL)::gd_report, 'html') LIKE '%a&lt;b&amp;c%' AS escaped
FROM seed;

-- Bad input.
SELECT try($$SELECT gd_render(r, 'pdf') FROM reports_t$$);
SELECT try($$SELECT '{"organ": "x", "year": 2024, "tables": {}}'::jsonb::gd_report$$);
SELECT try($$SELECT '[1]'::jsonb::gd_report$$);
SELECT try($$SELECT '{"organ": "x", "appeals": {"review": {}}}'::jsonb::gd_report$$);
SELECT try($$SELECT '{"year": "2024年"}'::jsonb::gd_report$$);

-- gd_render_page: a standalone page with the audit marked on the cells.
-- granted × natural_person 6 → 9 puts row C and column B off by 3: that
-- cell, and no other, is the likely mistyped one.
SELECT p LIKE '<!DOCTYPE html>%' AS document,
       (length(p) - length(replace(p, 'class="n suspect"', ''))) / length('class="n suspect"') AS suspects,
       p LIKE '%<td class="n suspect"%>9</td>%' AS suspect_is_the_9,
       p LIKE '%C: 应为 expected 13, 填报 printed 10%' AS rule_c_tooltip,
       p LIKE '%<li class="error">%' AS findings_listed
FROM reports_t, LATERAL (SELECT gd_render_page(ROW((r).organ, (r).region_code, (r).year, (r).format, (r).proactive,
                                                   gd_set_cell((r).applications, 'granted', 'natural_person', 9),
                                                   (r).appeals)::gd_report) AS p) page
LIMIT 1;
SELECT gd_render_page(r, NULL, false) NOT LIKE '%class="n suspect"%' AND gd_render_page(r, NULL, false) NOT LIKE '%<ol%' AS no_audit,
       gd_render_page(r) LIKE '%every identity holds%' AS consistent,
       gd_render_page(NULL, r) IS NULL AS null_report
FROM reports_t LIMIT 1;
