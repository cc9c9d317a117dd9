-- sum() over the whole table while it grows: a sum of consistent tables is
-- consistent, and its new_received total is the sum of the rows' totals.
INSERT INTO anomalies (what)
SELECT 'sum() inconsistent or wrong: ' || s::text
FROM (SELECT sum(m) AS s, sum(gd_cell(m, 'new_received', 'total')::bigint) AS t FROM filed) x
WHERE NOT gd_is_consistent(s) OR gd_cell(s, 'new_received', 'total') <> t;
INSERT INTO runs (script) VALUES ('sum.sql');
