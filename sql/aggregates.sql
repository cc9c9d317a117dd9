-- sum(gd_applications), sum(gd_appeals) and +: not stated + n = n, mixed
-- formats, overflow, and correctness under parallel and partitionwise plans.

-- Cell-wise, checked against the long-format cells summed in plain SQL.
CREATE TABLE panel (id int, region int, m gd_applications, a gd_appeals);
INSERT INTO panel
SELECT i, i % 7,
       gd_set_cell(gd_set_cell(m, 'granted', 'natural_person', gd_cell(m, 'granted', 'natural_person') + i % 5),
                   'carried_over', 'research', CASE WHEN i % 3 = 0 THEN NULL ELSE i % 4 END),
       gd_set_cell(a, 'review', 'upheld', i % 11)
FROM seed, generate_series(1, 5000) i;

CREATE FUNCTION sum_by_cells(q text) RETURNS gd_applications LANGUAGE plpgsql AS $$
DECLARE r gd_applications;
BEGIN
    EXECUTE format($f$
        SELECT gd_applications(array_agg(r ORDER BY row_no))
        FROM (SELECT row_no, array_agg(v ORDER BY column_no) AS r
              FROM (SELECT c.row_no, c.column_no, sum(c.value)::int AS v
                    FROM (%s) p, gd_cells(p.m) c GROUP BY 1, 2) s
              GROUP BY row_no) t $f$, q) INTO r;
    RETURN r;
END $$;

SELECT sum(m) = sum_by_cells('SELECT m FROM panel') AS sum_matches_cells FROM panel;
SELECT gd_cell(sum(m), 'granted', 'natural_person') AS granted_np,
       gd_cell(sum(m), 'carried_over', 'research') AS carried_over_research,
       gd_cell(sum(m), 'new_received', 'total') AS new_received_total
FROM panel;
SELECT gd_to_array(sum(a)) FROM panel;

-- not stated + n = n; all not stated stays not stated; NULL rows are skipped.
SELECT gd_cell(sum(x), 'carried_over', 'research') AS still_blank,
       gd_cell(sum(x), 'unavailable_not_held', 'natural_person') AS stated_sum
FROM (SELECT gd_set_cell(m, 'carried_over', 'research', NULL) AS x FROM seed
      UNION ALL SELECT gd_set_cell(gd_set_cell(m, 'carried_over', 'research', NULL), 'unavailable_not_held', 'natural_person', NULL) FROM seed
      UNION ALL SELECT NULL) s;

-- A total left blank whose parts are stated counts as derived before it is
-- added, so pooled totals and rates include every report.  By hand: the
-- seed (granted 6 + 4 = 10, partially_granted 5, total_processed 20) and a
-- second report with granted natural_person 9 and unavailable_not_held
-- natural_person 2 (outcomes still 16 natural persons) that prints no 总计
-- column at all: its totals are granted 9 + 4 = 13, partially_granted 5,
-- total_processed 16 + 4 = 20.  Pooled: granted 23, total_processed 40,
-- disclosure rate (23 + 10) / 40 = 0.8250.  Adding only the stated totals
-- would give (10 + 5) / 20 = 0.7500, the second report left out.
CREATE TABLE blank_totals AS
SELECT m AS x FROM seed
UNION ALL
SELECT gd_applications(array_agg(ARRAY[v[n][1], v[n][2], v[n][3], v[n][4], v[n][5], v[n][6], NULL] ORDER BY n))
FROM (SELECT gd_set_cell(gd_set_cell(m, 'granted', 'natural_person', 9), 'unavailable_not_held', 'natural_person', 2)::int[] AS v
      FROM seed) t, generate_series(1, 25) n;
SELECT gd_cell(sum(x), 'granted', 'total') AS granted, gd_cell(sum(x), 'total_processed', 'total') AS processed,
       gd_disclosure_rate(sum(x)) AS pooled_rate,
       (SELECT count(*) FROM blank_totals WHERE gd_cell(x, 'total_processed', 'total') IS NULL) AS reports_without_totals
FROM blank_totals;
-- the same in parallel plans and as a combine of partial sums
SELECT gd_disclosure_rate(sum(x) FILTER (WHERE gd_cell(x, 'total_processed', 'total') IS NULL)
                          + sum(x) FILTER (WHERE gd_cell(x, 'total_processed', 'total') IS NOT NULL)) AS pooled_by_parts
FROM blank_totals;
-- and with + (either side leaving its totals blank)
SELECT gd_cell((SELECT x FROM blank_totals WHERE gd_cell(x, 'total_processed', 'total') IS NULL)
               + (SELECT x FROM blank_totals WHERE gd_cell(x, 'total_processed', 'total') IS NOT NULL),
               'total_processed', 'total') AS blank_left,
       gd_cell((SELECT x FROM blank_totals WHERE gd_cell(x, 'total_processed', 'total') IS NOT NULL)
               + (SELECT x FROM blank_totals WHERE gd_cell(x, 'total_processed', 'total') IS NULL),
               'total_processed', 'total') AS blank_right;
-- table 四: a blank block total with its parts stated
SELECT gd_cell(sum(a), 'review', 'total') AS review_total
FROM (SELECT a FROM seed UNION ALL SELECT gd_set_cell(a, 'review', 'total', NULL) FROM seed) s;
SELECT sum(m) IS NULL AS empty_is_null FROM panel WHERE false;
SELECT (SELECT m FROM seed) + (SELECT m FROM seed) = sum_by_cells('SELECT m FROM seed UNION ALL SELECT m FROM seed') AS doubled;
SELECT (SELECT a FROM seed) + (SELECT a FROM seed) AS appeals_doubled;

-- Mixed formats: the sum is a 2019-format matrix, （六） folded into other_handling.
SELECT gd_format(sum(x)), gd_cell(sum(x), 'other_handling', 'total') AS other_handling,
       gd_cell(sum(x), 'total_processed', 'total') AS total_processed
FROM (SELECT gd_set_cell(m, 'other_misc', 'total', 2) AS x FROM seed
      UNION ALL SELECT gd_to_2019(gd_set_cell(m, 'other_no_supplement', 'total', 1)) FROM seed
      UNION ALL SELECT gd_set_cell(m, 'other_unpaid_fee', 'total', 4) FROM seed) s;
SELECT gd_format(sum(x)) FROM (SELECT gd_to_2019(m) AS x FROM seed UNION ALL SELECT m FROM seed) s;
-- a 2021 row of a 2019 value is not stated there (NULL); over years of both
-- formats a query by the 2021 rows runs, and other_handling covers both
SELECT gd_cell(gd_to_2019(m), 'other_misc', 'total') IS NULL AS other_format_row_is_null,
       gd_cell(gd_to_2019(m), 'other_handling', 'total') AS other_handling FROM seed;
SELECT try($$SELECT gd_cell(m, 'other_miscellaneous', 'total') FROM seed$$);

-- Overflow is an error (22003) naming the cell, never a wrapped number.
SELECT try($$SELECT sum(x) FROM (SELECT gd_set_cell(m, 'granted', 'commercial', 2147483647) AS x FROM seed
                                  UNION ALL SELECT gd_set_cell(m, 'granted', 'commercial', 1) FROM seed) s$$);
SELECT gd_cell(sum(x), 'granted', 'commercial') AS at_the_limit
FROM (SELECT gd_set_cell(m, 'granted', 'commercial', 2147483646) AS x FROM seed
      UNION ALL SELECT gd_set_cell(m, 'granted', 'commercial', 1) FROM seed) s;
SELECT try($$SELECT sum(gd_set_cell(a, 'review', 'total', 2147483647)) FROM panel$$);
SELECT try($$SELECT gd_cell(sum(gd_set_cell(m, 'withheld_state_secret', 'total', 2147483647)), 'withheld', 'total') FROM panel LIMIT 1$$);

-- Forced parallel plan: partial sums combined by the same function.
ANALYZE panel;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(m), sum(a) FROM panel;
SELECT sum(m) = sum_by_cells('SELECT m FROM panel') AS parallel_sum_matches,
       sum(a) = (SELECT sum(a) FROM (SELECT a FROM panel ORDER BY id) s) AS parallel_appeals_match
FROM panel;
EXPLAIN (COSTS OFF) SELECT region, sum(m) FROM panel GROUP BY region;
SELECT count(*) AS regions_matching
FROM (SELECT region, sum(m) AS s FROM panel GROUP BY region) g
WHERE s = sum_by_cells(format('SELECT m FROM panel WHERE region = %s', region));
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- Partitionwise aggregation: partial sums per partition, combined on top.
CREATE TABLE panel_parts (id int, region int, m gd_applications) PARTITION BY LIST (region);
CREATE TABLE panel_parts_a PARTITION OF panel_parts FOR VALUES IN (0, 1, 2);
CREATE TABLE panel_parts_b PARTITION OF panel_parts FOR VALUES IN (3, 4);
CREATE TABLE panel_parts_c PARTITION OF panel_parts DEFAULT;
INSERT INTO panel_parts SELECT id, region, m FROM panel;
ANALYZE panel_parts;
SET enable_partitionwise_aggregate = on;
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF) SELECT sum(m) FROM panel_parts;
EXPLAIN (COSTS OFF) SELECT id % 2, sum(m) FROM panel_parts GROUP BY 1;
SELECT (SELECT sum(m) FROM panel_parts) = (SELECT sum(m) FROM panel) AS partitionwise_matches;
SELECT count(*) FROM (SELECT id % 2 AS k, sum(m) AS s FROM panel_parts GROUP BY 1) g
WHERE s = (SELECT sum(m) FROM panel WHERE id % 2 = g.k);
RESET enable_partitionwise_aggregate;
RESET max_parallel_workers_per_gather;

-- GROUP BY ROLLUP over regions gives the combined tables.
SELECT region, gd_cell(sum(m), 'new_received', 'total') AS new_received
FROM panel WHERE region IN (1, 2) GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
