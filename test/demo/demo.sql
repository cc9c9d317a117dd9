-- make demo: an analyst's tour of gov_disclosure on a synthetic panel.
--
-- test/demo/panel.sql loads 335 annual reports (2019–2025) of 48 bodies of a
-- FICTIONAL prefecture, 松岚市 (233100), into gd_reports, with known errors
-- injected (listed in demo_injected).  This script sums, ranks and audits them
-- and checks that the audit finds exactly the injected errors.
--
--   pg_virtualenv -v 15 psql -X -q -v ON_ERROR_STOP=1 -f test/demo/demo.sql
--
-- Every table it creates stays in the database, so `make demo-psql` can open
-- psql on the same data afterwards.

\set ON_ERROR_STOP 1
SET client_min_messages = warning;
\pset footer off
\pset null '-'
\pset border 1
\pset columns 120
\pset format aligned

CREATE EXTENSION IF NOT EXISTS gov_disclosure;
\ir panel.sql

-- Shorter labels for table 三 in a 120-column terminal: the group's number in
-- front of a sub-row, the long remarks cut.  (gd_table gives the full ones.)
CREATE TEMP VIEW short_label AS
SELECT f.format, r.row_no,
       CASE WHEN char_length(s.l) > 18 THEN left(s.l, 17) || '…' ELSE s.l END AS label
FROM (VALUES (2019), (2021)) f(format), gd_rows(f.format) r,
     LATERAL (SELECT CASE r.group_key WHEN 'withheld' THEN '（三）' WHEN 'unavailable' THEN '（四）'
                                      WHEN 'not_processed' THEN '（五）'
                                      WHEN 'other_handling' THEN CASE WHEN r.row_key = 'other_handling' THEN '' ELSE '（六）' END
                                      ELSE '' END
                     || regexp_replace(regexp_replace(regexp_replace(regexp_replace(r.label,
                            '政府信息公开申请数量$', '申请数'),
                            '（区分处理.*$', ''),
                            '^1\.申请人无正当理由逾期不补正.*$', '1.逾期不补正'),
                            '^2\.申请人逾期未按收费通知.*$', '2.逾期未缴费') AS l) s;

\echo
\echo '######################################################################################################'
\echo '#  松岚市（虚构）政府信息公开年度报告面板 · The (fictional) Songlan prefecture panel, 2019–2025        #'
\echo '######################################################################################################'
\echo
\echo '== 1. 载入了什么 / What was loaded (gd_reports, by year; new_received as published, blank 总计 filled) =='
SELECT year AS "年度",
       count(*) AS "报告数 reports",
       count(*) FILTER (WHERE format = 2019) AS "2019 格式",
       count(*) FILTER (WHERE format = 2021) AS "2021 格式",
       gd_cell(sum(gd_fill_totals(applications)), 'new_received', 'total') AS "新收申请 new",
       gd_format(sum(applications)) AS "sum() 的格式 format of sum"
FROM gd_reports GROUP BY year ORDER BY year;

\echo
\echo '-- 谁在收申请 / Who receives the applications: by kind of body, 2019–2025 (skewed, as in real reports)'
SELECT o.kind_zh AS "机关类别", o.kind_en AS "kind",
       count(DISTINCT g.organ) AS "机关 bodies",
       round(avg(gd_cell(gd_fill_totals(g.applications), 'new_received', 'total')), 1) AS "年均 mean/yr",
       max(gd_cell(gd_fill_totals(g.applications), 'new_received', 'total')) AS "最多 max",
       count(*) FILTER (WHERE gd_cell(gd_fill_totals(g.applications), 'new_received', 'total') = 0) AS "零申请年 zero",
       round(100 * gd_cell(sum(gd_fill_totals(g.applications)), 'new_received', 'natural_person')::numeric
                 / gd_cell(sum(gd_fill_totals(g.applications)), 'new_received', 'total'), 1) AS "自然人 %"
FROM gd_reports g JOIN demo_organs o USING (organ)
GROUP BY o.kind, o.kind_zh, o.kind_en ORDER BY min(o.kind_zh) = '人民政府' DESC, 4 DESC;

-- ---------------------------------------------------------------------------
\echo
\echo '== 2. 全市合计表三 / Table 三 summed over the prefecture, 2025 =='
\echo '   2025 is shown because all its 48 reports use the 2021 format, so sum() keeps the 25 rows. A sum over'
\echo '   mixed formats is a 2019-format matrix: 2021 and 2022 (three reports still in the 2019 row set) fold'
\echo '   （六）其他处理 into one row — see "format of sum" above. 柳溪县人民政府 left its 总计 column blank in'
\echo '   2025, so each report goes through gd_fill_totals() before sum(): blank + n = n would otherwise drop'
\echo '   its numbers from the 总计 column only, and the sum would fail rule C in every row it touches.'
\echo
DROP TABLE IF EXISTS demo_combined;
CREATE TABLE demo_combined AS
SELECT ROW('松岚市县级机关合计', '233100', 2025, 2021, NULL,
           sum(gd_fill_totals(applications)), sum(appeals))::gd_report AS report,
       sum(applications) AS unfilled_sum
FROM gd_reports WHERE year = 2025;
COMMENT ON TABLE demo_combined IS 'demo: the 2025 reports of the panel summed into one gd_report (and the sum without gd_fill_totals)';

SELECT s.label AS "三、收到和处理申请 (2025 合计)",
       t.natural_person AS "自然人", t.commercial AS "商业企业", t.research AS "科研机构",
       t.public_interest AS "公益组织", t.legal_service AS "法律服务", t.other_org AS "其他", t.total AS "总计"
FROM demo_combined c, gd_table((c.report).applications) t
JOIN short_label s ON s.format = 2021 AND s.row_no = t.row_no
ORDER BY t.row_no;

\echo
\echo '-- the same sum rendered as the official tables (gd_render, markdown):'
\pset format unaligned
\pset tuples_only on
SELECT gd_render(report, 'markdown') FROM demo_combined;
\pset tuples_only off
\pset format aligned
\echo
SELECT t.label AS "四、行政复议、行政诉讼 (2025 合计)", t.upheld AS "结果维持", t.corrected AS "结果纠正",
       t.other AS "其他结果", t.pending AS "尚未审结", t.total AS "总计"
FROM demo_combined c, gd_table((c.report).appeals) t ORDER BY t.block_no;

\echo
\echo '-- 二、主动公开 2025, by kind of body (all 2025 reports use the 2021 table 二; fees summed exactly, in 万元)'
SELECT CASE WHEN grouping(o.kind_zh) = 1 THEN '合计 all' ELSE o.kind_zh END AS "机关类别",
       sum(gd_cell(g.proactive, 'normative_docs_issued')) AS "规范性文件制发",
       sum(gd_cell(g.proactive, 'normative_docs_repealed')) AS "废止",
       sum(gd_cell(g.proactive, 'normative_docs_in_force')) AS "现行有效",
       sum(gd_cell(g.proactive, 'licensing_decisions')) AS "行政许可",
       sum(gd_cell(g.proactive, 'penalty_decisions')) AS "行政处罚",
       sum(gd_cell(g.proactive, 'coercion_decisions')) AS "行政强制",
       sum(gd_cell(g.proactive, 'fees_collected')) AS "收费（万元）"
FROM gd_reports g JOIN demo_organs o USING (organ)
WHERE g.year = 2025
GROUP BY ROLLUP (o.kind_zh) ORDER BY grouping(o.kind_zh), min(o.kind_zh) = '人民政府' DESC, o.kind_zh;

\echo
\echo '-- the sum is consistent; without gd_fill_totals it would not be:'
SELECT gd_is_consistent(report) AS "合计一致 consistent",
       (SELECT count(*) FROM gd_check(report)) AS "违反 violations",
       gd_is_consistent(unfilled_sum) AS "不补总计 unfilled sum consistent",
       (SELECT string_agg(DISTINCT v.rule, ',') FROM gd_check(unfilled_sum) v) AS "its rules",
       (SELECT count(*) FROM gd_check(unfilled_sum)) AS "its violations"
FROM demo_combined;

-- ---------------------------------------------------------------------------
\echo
\echo '== 3. 各区县新收申请 / New applications by district and year: GROUP BY ROLLUP (gd_region_at(region_code, ''county'')) =='
\echo '   Figures as published: 望川区 2024 includes its government''s 总计 printed one too high, 鹤汀区 2022 lacks'
\echo '   its 自然资源局 (no report that year), 青枫区 2025 counts its government''s carried-over applications as new.'
WITH t AS (
    SELECT gd_region_at(region_code, 'county') AS code,
           grouping(gd_region_at(region_code, 'county')) AS is_total,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2019) AS y2019,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2020) AS y2020,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2021) AS y2021,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2022) AS y2022,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2023) AS y2023,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2024) AS y2024,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2025) AS y2025,
           sum(gd_fill_totals(applications)) AS all_years,
           count(*) AS reports
    FROM gd_reports
    GROUP BY ROLLUP (gd_region_at(region_code, 'county'))
)
SELECT CASE WHEN is_total = 1 THEN '全市 all' ELSE r.name END AS "区县", t.code AS "代码",
       gd_cell(y2019, 'new_received', 'total') AS "2019", gd_cell(y2020, 'new_received', 'total') AS "2020",
       gd_cell(y2021, 'new_received', 'total') AS "2021", gd_cell(y2022, 'new_received', 'total') AS "2022",
       gd_cell(y2023, 'new_received', 'total') AS "2023", gd_cell(y2024, 'new_received', 'total') AS "2024",
       gd_cell(y2025, 'new_received', 'total') AS "2025", gd_cell(all_years, 'new_received', 'total') AS "2019–2025",
       reports AS "报告 reports"
FROM t LEFT JOIN demo_regions r ON r.region_code = t.code
ORDER BY is_total, t.code;

-- ---------------------------------------------------------------------------
\echo
\echo '== 4. 排名 / Rankings of the districts (rank(): ties share a place) =='
\echo '   公开率 disclosure rate = (予以公开 + 部分公开) / （七）总计, 2025.  复议纠错率 review correction rate ='
\echo '   结果纠正 / (总计 − 尚未审结), pooled over 2021–2025 because a district sees only a handful of reviews a year.'
WITH d AS (
    SELECT gd_region_at(region_code, 'county') AS code,
           sum(gd_fill_totals(applications)) FILTER (WHERE year = 2025) AS m2025,
           sum(appeals) FILTER (WHERE year >= 2021) AS a2125
    FROM gd_reports GROUP BY 1
), rates AS (
    SELECT code, gd_cell(m2025, 'total_processed', 'total') AS processed,
           gd_cell(m2025, 'granted', 'total') + gd_cell(m2025, 'partially_granted', 'total') AS disclosed,
           gd_disclosure_rate(m2025) AS disclosure,
           gd_cell(a2125, 'review', 'total') - gd_cell(a2125, 'review', 'pending') AS concluded,
           gd_cell(a2125, 'review', 'corrected') AS corrected,
           gd_review_correction_rate(a2125) AS correction
    FROM d
)
SELECT r.name AS "区县", processed AS "2025 办结", disclosed AS "公开",
       to_char(100 * disclosure, 'FM990.0') || '%' AS "公开率",
       rank() OVER (ORDER BY disclosure DESC NULLS LAST) AS "名次 rank",
       concluded AS "21–25 复议审结", corrected AS "纠正",
       to_char(100 * correction, 'FM990.0') || '%' AS "纠错率",
       rank() OVER (ORDER BY correction DESC NULLS LAST) AS "名次 rank "
FROM rates JOIN demo_regions r ON r.region_code = rates.code
ORDER BY disclosure DESC NULLS LAST, r.region_code;

-- ---------------------------------------------------------------------------
\echo
\echo '== 5. 审核 / The audit: gd_audit over all 335 reports =='
SELECT severity AS "级别", rule AS "规则", count(*) AS "条数 findings", count(DISTINCT (organ, year)) AS "报告 reports",
       CASE rule WHEN 'A' THEN '新收+结转 = 总计+结转下年, per column'
                 WHEN 'B' THEN '（七）总计 = sum of the outcome rows, per column'
                 WHEN 'C' THEN '总计 = the six applicant columns, per row'
                 WHEN 'D' THEN 'table 四 block total = its parts'
                 WHEN 'X1' THEN '上年结转 = last year''s 结转下年度'
                 WHEN 'X2' THEN '现行有效 = last year''s + 制发 − 废止'
                 WHEN 'X3' THEN 'a table repeats last year''s cell for cell' END AS "what it checks"
FROM gd_audit GROUP BY severity, rule ORDER BY severity, rule;

\echo
\echo '-- 5a. 错误与可疑单元格 / Errors (identities A–D within one report) and the cell each points to'
SELECT organ AS "机关", year AS "年度", rule AS "规则",
       CASE WHEN rule IN ('A', 'B') THEN 'col ' || column_key ELSE 'row ' || row_key END AS "where",
       expected AS "应为", reported AS "填报",
       substring(message FROM 'likely mistyped cell: ([a-z_]+ × [a-z_]+)') AS "可疑单元格 suspect cell"
FROM gd_audit WHERE severity = 'error'
ORDER BY organ, year, rule;

\echo
\echo '-- each message is in Chinese and English; those for the transposed digits (split at ； and ; here):'
\pset format unaligned
\pset tuples_only on
SELECT '   ' || rule || ' │ ' || regexp_replace(message, '(；| / |; |: (?=expected))', E'\\1\n     │ ', 'g')
FROM gd_audit WHERE organ = '白桦区自然资源局' AND year = 2023 ORDER BY rule;
\pset tuples_only off
\pset format aligned

\echo
\echo '-- 5b. 结转不衔接 / Carry-over breaks (X1): this year''s 上年结转 against last year''s 结转下年度, per column'
SELECT a.organ AS "机关", a.year AS "年度", a.column_key AS "列 column",
       a.expected AS "上年结转下年度 previous forward", a.reported AS "本年上年结转 carried over"
FROM gd_audit a WHERE rule = 'X1' ORDER BY organ, year, column_key = 'total', column_key;

\echo
\echo '-- 5c. 其他警告 / Other warnings: X2 (in force does not roll forward), X3 (copied from last year)'
SELECT a.organ AS "机关", a.year AS "年度", a.rule AS "规则",
       CASE a.rule
           WHEN 'X2' THEN format('%s: last year %s + 制发 %s − 废止 %s = %s, printed %s', a.row_key,
                                 gd_cell(p.proactive, a.row_key || '_in_force'),
                                 gd_cell(c.proactive, a.row_key || '_issued'),
                                 gd_cell(c.proactive, a.row_key || '_repealed'), a.expected, a.reported)
           ELSE substring(a.message FROM 'rule X3: (.*)$') END AS "detail"
FROM gd_audit a
JOIN gd_reports c ON c.organ = a.organ AND c.year = a.year
LEFT JOIN gd_reports p ON p.organ = a.organ AND p.year = a.year - 1
WHERE a.rule IN ('X2', 'X3') ORDER BY a.rule, a.organ, a.year;

\echo
\echo '-- not flagged, by design: reports repeating last year''s all-zero table 三 (a body with no applications'
\echo '   year after year is normal, FORMAT.md X3)'
SELECT count(*) AS "重复的全零表三 repeated all-zero tables 三",
       string_agg(organ || ' ' || year, '、' ORDER BY organ, year) AS "机关 年度"
FROM (SELECT organ, year, applications,
             lag(applications) OVER w AS prev, lag(year) OVER w AS prev_year
      FROM gd_reports WINDOW w AS (PARTITION BY organ ORDER BY year)) s
WHERE prev_year = year - 1 AND applications = prev
  AND coalesce(gd_cell(gd_fill_totals(applications), 'new_received', 'total'), 0) = 0
  AND coalesce(gd_cell(gd_fill_totals(applications), 'carried_over', 'total'), 0) = 0;

-- ---------------------------------------------------------------------------
\echo
\echo '== 6. 与注入清单核对 / Cross-check against demo_injected: every injected error found, nothing else =='
\echo '-- what panel.sql injected (table demo_injected: organ, year, kind, cell, note — printed against true values)'
\pset format unaligned
\pset tuples_only on
SELECT format('   %s %s · %s · %s', organ, year, kind, coalesce(cell, '-')) || E'\n       ' || note
FROM demo_injected ORDER BY year, organ;
\pset tuples_only off
\pset format aligned
\echo
CREATE TEMP VIEW expectation AS
SELECT i.*, CASE i.kind WHEN 'mistyped_cell' THEN ARRAY['B', 'C']
                        WHEN 'row_total_off_by_one' THEN ARRAY['A', 'C']
                        WHEN 'column_fails_A' THEN ARRAY['A', 'C']
                        WHEN 'carry_over_break' THEN ARRAY['X1']
                        WHEN 'copied_last_year' THEN ARRAY['X3']
                        WHEN 'in_force_break' THEN ARRAY['X2']
                        ELSE ARRAY[]::text[] END AS rules
FROM demo_injected i;

-- which findings an injection accounts for: its own report; for a missing
-- year, the cross-year rules of the report after the gap; for a style that
-- runs through every year, all of the body's reports
CREATE TEMP VIEW finding AS
SELECT a.*, a.rule || CASE WHEN a.rule IN ('A', 'B', 'X1') THEN ':' || a.column_key
                           WHEN a.rule IN ('C', 'X2') THEN ':' || a.row_key
                           WHEN a.rule = 'X3' THEN ':' || substring(a.message FROM 'table (\S+) ')
                           ELSE '' END AS tag
FROM gd_audit a;

SELECT e.kind AS "注入 injected", e.organ AS "机关", e.year AS "年度",
       coalesce(array_to_string(e.rules, ','), '') AS "应有 expected",
       coalesce((SELECT string_agg(f.tag, ' ' ORDER BY f.tag) FROM finding f
                 WHERE f.organ = e.organ
                   AND (f.year = e.year
                        OR (e.kind = 'missing_year' AND f.year = e.year + 1 AND f.rule LIKE 'X%')
                        OR e.kind = 'zeros_blank')), '(none)') AS "查出 found",
       CASE WHEN ARRAY(SELECT DISTINCT f.rule FROM finding f
                       WHERE f.organ = e.organ
                         AND (f.year = e.year
                              OR (e.kind = 'missing_year' AND f.year = e.year + 1 AND f.rule LIKE 'X%')
                              OR e.kind = 'zeros_blank') ORDER BY 1) = e.rules
            THEN 'ok' ELSE 'MISMATCH' END AS "核对"
FROM expectation e
ORDER BY cardinality(e.rules) = 0, e.kind, e.organ;

\echo
\echo '-- findings no injection accounts for (expected: 0)'
SELECT count(*) AS "意外 unexpected",
       coalesce(string_agg(f.organ || ' ' || f.year || ' ' || f.tag, '; '), '') AS "which"
FROM finding f
WHERE NOT EXISTS (
    SELECT FROM expectation e
    WHERE e.organ = f.organ AND f.rule = ANY (e.rules)
      AND (f.year = e.year OR (e.kind = 'missing_year' AND f.year = e.year + 1)));

\echo
\echo '-- the gap: 鹤汀区自然资源局 has 2021 and 2023 but no 2022. gd_audit pairs each report with the previous'
\echo '   one it has (lag over the year); gd_check_continuity compares consecutive years only, so what a naive'
\echo '   comparison across the gap would flag (the numbers differ because of 2022) is rightly not reported:'
SELECT a.year || ' → ' || b.year AS "pair",
       gd_cell(a.applications, 'carried_forward', 'total') AS "2021 结转下年",
       gd_cell(b.applications, 'carried_over', 'total') AS "2023 上年结转",
       gd_cell(a.proactive, 'normative_docs_in_force') + gd_cell(b.proactive, 'normative_docs_issued')
           - gd_cell(b.proactive, 'normative_docs_repealed') AS "2021 在效+2023 制发−废止",
       gd_cell(b.proactive, 'normative_docs_in_force') AS "2023 在效",
       (SELECT count(*) FROM gd_check_continuity(gd_report_of(a), gd_report_of(b))) AS "gd_check_continuity"
FROM gd_reports a JOIN gd_reports b ON b.organ = a.organ AND b.year = 2023
WHERE a.organ = '鹤汀区自然资源局' AND a.year = 2021;

\echo
\echo '-- not errors, and not reported: reports of the 2021 period printed in the 2019 row set, a blank 总计'
\echo '   column (not judged), zeros printed as blanks (blank parts count as 0 where an identity is judged)'
SELECT g.organ AS "机关", g.year AS "年度", g.format AS "格式 format",
       gd_format(g.applications) AS "表三", gd_format(g.proactive) AS "表二",
       (SELECT count(*) FROM gd_rows(gd_format(g.applications))) AS "表三行数 rows",
       (SELECT count(*) FROM gd_cells(g.applications) c WHERE c.value IS NULL) AS "空格 blank cells",
       gd_is_consistent(gd_report_of(g)) AS "一致 consistent"
FROM gd_reports g JOIN demo_injected i ON i.organ = g.organ AND (i.year = g.year OR (i.kind = 'zeros_blank' AND g.year = 2025))
WHERE i.kind IN ('format_2019_in_2021', 'blank_total_column', 'zeros_blank')
ORDER BY i.kind, g.year, g.organ;


-- ---------------------------------------------------------------------------
\echo
\echo '== 7. 同比 / Year over year: 青枫区人民政府 2024 → 2025, cell by cell (gd_compare: changed 总计 cells) =='
SELECT c.table_no AS "表", c.row_label AS "行", c.column_label AS "列", c.before AS "2024", c.after AS "2025",
       c.change AS "变化", c.relative_change AS "变化率"
FROM gd_reports a, gd_reports b,
     gd_compare(gd_report_of(a), gd_report_of(b), changed_only => true) c
WHERE a.organ = '青枫区人民政府' AND a.year = 2024 AND b.organ = a.organ AND b.year = 2025
  AND c.column_key = 'total'
ORDER BY c.table_no DESC, c.row_no, c.column_no;

-- ---------------------------------------------------------------------------
\echo
\echo '== 8. 真实报告样本 / Real published reports (test/data), read by gd_parse_report =='
-- The seed first: 红旗区人民政府 2024, tab-separated text as published.
\set report `cat test/data/hongqi-2024.txt`
SELECT outcome AS "结果", organ AS "机关", year AS "年度", (report).format AS "格式", source AS "来源"
FROM gd_load_report(:'report', '230102', 'test/data/hongqi-2024.txt');
\echo
\echo '-- 红旗区人民政府 2024, 三、收到和处理政府信息公开申请情况, as published (gd_table):'
SELECT t.row_no AS "#", t.label AS "行", t.natural_person AS "自然人", t.commercial AS "商业企业",
       t.research AS "科研机构", t.public_interest AS "社会公益组织", t.legal_service AS "法律服务机构",
       t.other_org AS "其他", t.total AS "总计"
FROM gd_reports g, gd_table(g.applications) t
WHERE g.organ = '红旗区人民政府' AND g.year = 2024 ORDER BY t.row_no;
\echo '-- 四 and the check (gd_check over the whole report: no broken identity):'
SELECT t.label AS "栏", t.upheld AS "结果维持", t.corrected AS "结果纠正", t.other AS "其他结果",
       t.pending AS "尚未审结", t.total AS "总计"
FROM gd_reports g, gd_table(g.appeals) t WHERE g.organ = '红旗区人民政府' AND g.year = 2024 ORDER BY t.block_no;
SELECT gd_is_consistent(gd_report_of(g)) AS "一致 consistent",
       (SELECT count(*) FROM gd_check(gd_report_of(g))) AS "violations"
FROM gd_reports g WHERE g.organ = '红旗区人民政府' AND g.year = 2024;

-- The other layouts: pdftotext, HTML (2019 and Word-exported), flattened
-- archive text; the header block above '---' in test/data is ours.
CREATE TEMP TABLE samples (file text, body text);
\set f `sed '1,/^---$/d' test/data/huaian-2024-pdftotext.txt`
INSERT INTO samples VALUES ('huaian-2024-pdftotext.txt', :'f');
\set f `sed '1,/^---$/d' test/data/shanghai-2019-html.txt`
INSERT INTO samples VALUES ('shanghai-2019-html.txt', :'f');
\set f `cat test/data/pingtan-2025.html`
INSERT INTO samples VALUES ('pingtan-2025.html', :'f');
\set f `sed '1,/^---$/d' test/data/pingtan-2021-flattened.txt`
INSERT INTO samples VALUES ('pingtan-2021-flattened.txt', :'f');
\set f `sed '1,/^---$/d' test/data/pingtan-2023-flattened.txt`
INSERT INTO samples VALUES ('pingtan-2023-flattened.txt', :'f');
\set f `sed '1,/^---$/d' test/data/nanhu-2019-collapsed-cells-partial.txt`
INSERT INTO samples VALUES ('nanhu-2019-collapsed-cells-partial.txt', :'f');
\echo
\echo '-- triage first: gd_parse_diagnostics never errors (rule T = the prose contradicts the tables)'
SELECT s.file AS "文件", d.severity, d.section AS "节", d.row_key, left(d.message, 70) AS message
FROM samples s, gd_parse_diagnostics(s.body) d
WHERE d.severity <> 'note' ORDER BY s.file, d.severity;
\echo '-- then load what is readable; the collapsed page is refused (its positions are lost)'
SELECT l.outcome AS "结果", r.organ AS "机关", r.year AS "年度", r.format AS "格式",
       gd_cell(r.applications, 'new_received', 'total') AS "新收",
       gd_cell(r.applications, 'total_processed', 'total') AS "办结",
       gd_disclosure_rate(r.applications) AS "公开率",
       gd_cell(r.proactive, CASE r.format WHEN 2019 THEN 'procurement_amount' ELSE 'fees_collected' END) AS "收费/采购 万元",
       gd_is_consistent(r) AS "一致"
FROM samples s, gd_load_report(s.body, NULL, s.file) l, LATERAL (SELECT (l.report).*) r
WHERE s.file NOT LIKE '%partial%' ORDER BY r.organ, r.year;
\echo '-- cross-year checks on the real 平潭 series (2021, 2023, 2025: gaps, so nothing is compared):'
SELECT a.year AS "上年", b.year AS "本年", count(v.rule) AS "warnings"
FROM gd_reports a JOIN gd_reports b ON b.organ = a.organ AND b.year > a.year
LEFT JOIN LATERAL gd_check_continuity(gd_report_of(a), gd_report_of(b)) v ON true
WHERE a.organ = '平潭综合实验区' GROUP BY 1, 2 ORDER BY 1, 2;
