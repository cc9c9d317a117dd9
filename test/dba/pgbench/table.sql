-- gd_table on one stored row: 25 rows, and each row's total is its cell.
\set id random(1, 200)
INSERT INTO anomalies (what)
SELECT 'gd_table disagrees with gd_cell for id ' || f.id
FROM filed f
WHERE f.id = :id
  AND ((SELECT count(*) FROM gd_table(f.m)) <> 25
       OR EXISTS (SELECT FROM gd_table(f.m) t WHERE t.total IS DISTINCT FROM gd_cell(f.m, t.row_key, 'total')));
INSERT INTO runs (script) VALUES ('table.sql');
