-- gd_proactive (table 二): both formats, money in 万元 kept exactly, text,
-- jsonb and binary forms, bad input.

-- The seed's table 二 (test/data/hongqi-2024.txt), transcribed.
CREATE TABLE pro (name text, p gd_proactive);
INSERT INTO pro VALUES
  ('hongqi-2024', '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:0}'),
  -- 2021 with six-decimal fees, as real reports print them
  ('fees', '2021:{rules_issued:-, rules_repealed:-, rules_in_force:-, normative_docs_issued:8, normative_docs_repealed:26, normative_docs_in_force:66, licensing_decisions:447228, penalty_decisions:3985758, coercion_decisions:88283, fees_collected:24252.311082}'),
  -- 2019: different cells, signed changes, procurement amount
  ('y2019', '2019:{rules_made:13, rules_published:13, rules_total_published:524, normative_docs_made:60, normative_docs_published:60, normative_docs_total_published:368, licensing_items_prev:0, licensing_items_change:-3, licensing_decisions:0, other_services_items_prev:0, other_services_items_change:+2, other_services_decisions:0, penalty_items_prev:0, penalty_items_change:0, penalty_decisions:0, coercion_items_prev:0, coercion_items_change:0, coercion_decisions:0, fee_items_prev:0, fee_items_change:0, procurement_projects:6, procurement_amount:25.1}');

SELECT name, p FROM pro ORDER BY name;
SELECT name, gd_format(p), p::text::gd_proactive = p AS text_rt, p::jsonb::gd_proactive = p AS jsonb_rt FROM pro ORDER BY name;
SELECT p::jsonb FROM pro WHERE name = 'fees';
SELECT gd_cell(p, 'fees_collected') AS fees, pg_typeof(gd_cell(p, 'fees_collected')), gd_cell(p, 'rules_issued') AS blank
FROM pro WHERE name = 'fees';
SELECT gd_cell(p, 'licensing_items_change') AS change, gd_cell(p, 'procurement_amount') AS amount,
       gd_cell(p, 'licensing_decisions') AS decisions_2019
FROM pro WHERE name = 'y2019';
SELECT t.* FROM pro, gd_table(p) t WHERE name = 'hongqi-2024' ORDER BY cell_no;
SELECT cell_no, cell_key, item_label, label, value, unit FROM pro, gd_table(p) t WHERE name = 'y2019' AND cell_no > 18 ORDER BY cell_no;
SELECT count(DISTINCT p), count(*) FROM (SELECT p FROM pro UNION ALL SELECT p FROM pro) s;
SELECT name FROM pro WHERE p = (SELECT p FROM pro WHERE name = 'fees');

-- Binary round trip.
COPY (SELECT p FROM pro ORDER BY name) TO '/tmp/gd_regress_pro.bin' WITH (FORMAT binary);
CREATE TEMP TABLE pro_back (p gd_proactive);
COPY pro_back FROM '/tmp/gd_regress_pro.bin' WITH (FORMAT binary);
SELECT count(*) FILTER (WHERE p IN (SELECT p FROM pro)) AS identical FROM pro_back;

-- Bad input.
SELECT try($$SELECT '2021:{rules_issued:0}'::gd_proactive$$);
SELECT try($$SELECT '2021:{rules_made:0}'::gd_proactive$$);
SELECT try(format('SELECT %L::gd_proactive', replace(p::text, 'fees_collected:0', 'fees_collected:1.1234567'))) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::gd_proactive', replace(p::text, 'licensing_decisions:6935', 'licensing_decisions:69.5'))) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::gd_proactive', replace(p::text, 'penalty_decisions:437', 'penalty_decisions:-437'))) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::gd_proactive', replace(p::text, 'penalty_decisions:437', 'penalty_decisions:4370000000'))) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::gd_proactive', replace(p::text, 'fees_collected:0', 'fees_collected:-5'))) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::gd_proactive', replace(p::text, 'rules_issued:0,', 'rules_issued:0, rules_issued:0,'))) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::jsonb::gd_proactive', (p::jsonb - 'format')::text)) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::jsonb::gd_proactive', (p::jsonb || '{"procurement_amount": 1}')::text)) FROM pro WHERE name = 'hongqi-2024';
SELECT try(format('SELECT %L::jsonb::gd_proactive', jsonb_set(p::jsonb, '{fees_collected}', '"1万元"')::text)) FROM pro WHERE name = 'hongqi-2024';
-- a key of the other format is not stated here (NULL), so queries across years run
SELECT gd_cell(p, 'procurement_amount') IS NULL AS other_format_key_is_null FROM pro WHERE name = 'hongqi-2024';
SELECT try($$SELECT gd_cell(p, 'procurement_amounts') FROM pro WHERE name = 'hongqi-2024'$$);
