-- sum(gd_applications) and sum(gd_appeals) in every plan their expanded
-- transition state meets (sum_state.c: pending sums after 32 rows, the
-- state flattened wherever it is read): one group, many groups hashed and
-- spilled, windows, parallel workers, grouping sets, FILTER, NULL inputs,
-- DISTINCT, formats folding, overflow.  Every sum is compared with the
-- same sum computed in plain SQL from the int[] the values were made from;
-- blank totals are filled there the way sum() fills them (a row's blank
-- 总计 = its stated parts, a table 四 block's blank total = its stated
-- parts).  Uses try() from types.sql.

SET client_min_messages = warning;

-- 2000 values from deterministic arithmetic: 1-byte cells, every 10th
-- value 2-byte cells (up to 59999), every 97th 4-byte cells (up to
-- 4999999); parts blank where (7·id + 3·row + column) is a multiple of
-- 11, one row's 总计 blank in every 15th value (filled when summed);
-- carried_over × commercial blank in every value, carried_forward ×
-- research blank in all but value 1500 (which states 0).  total_processed
-- (row 24 of 25, row 22 of 23 in 2019) is always stated, so only row
-- totals are ever filled.
CREATE FUNCTION sum_state_cells(id int, nrows int) RETURNS int[] LANGUAGE sql IMMUTABLE
RETURN (SELECT array_agg(r ORDER BY i) FROM (
    SELECT i, array_agg(
        CASE
            WHEN i = 2 AND j = 2 THEN NULL
            WHEN i = nrows AND j = 3 THEN CASE WHEN id = 1500 THEN 0 END
            WHEN i = nrows - 1 THEN (id * 13 + j) % 200
            WHEN j = 7 AND id % 15 = 0 AND i % 3 = id % 3 THEN NULL
            WHEN j < 7 AND (id * 7 + i * 3 + j) % 11 = 0 THEN NULL
            ELSE (id * 37 + i * 11 + j * 5) % (CASE WHEN id % 97 = 0 THEN 5000000
                                                     WHEN id % 10 = 3 THEN 60000 ELSE 255 END)
        END ORDER BY j) AS r
    FROM generate_series(1, nrows) i, generate_series(1, 7) j GROUP BY i) t);

-- Groups of 333 or 334 (g 0–2), 50 (g 10–19) and 4 values (g 100–224).
CREATE TABLE sv (id int, g int, arr int[], m gd_applications, aarr int[], a gd_appeals);
INSERT INTO sv
SELECT id,
       CASE WHEN id <= 1000 THEN id % 3 WHEN id <= 1500 THEN 10 + id % 10 ELSE 100 + id % 125 END,
       sum_state_cells(id, 25), sum_state_cells(id, 25),
       t.aarr, t.aarr
FROM generate_series(1, 2000) id,
     LATERAL (SELECT array_agg(CASE WHEN p % 5 = 4 AND id % 7 = p / 5 THEN NULL       -- a blank block total
                                    WHEN (id + p) % 9 = 0 THEN NULL
                                    ELSE (id * 17 + p * 3) % CASE WHEN id % 4 = 0 THEN 40000 ELSE 250 END END
                               ORDER BY p) AS aarr
              FROM generate_series(0, 14) p) t;
ANALYZE sv;
SELECT count(*) AS sv_values, count(DISTINCT m) AS distinct_values,
       count(*) FILTER (WHERE gd_cell(m, 'carried_over', 'commercial') IS NULL) AS blank_carried_over_commercial
FROM sv;

-- Each value's cells, blank row totals filled from their parts: what the sums must add up to.
CREATE TABLE sv_cells AS
SELECT id, i, j, CASE WHEN x IS NULL AND j = 6
                      THEN sum(x) FILTER (WHERE j < 6) OVER (PARTITION BY id, i) ELSE x END AS x
FROM (SELECT id, (k - 1) / 7 AS i, (k - 1) % 7 AS j, x
      FROM sv, unnest(arr) WITH ORDINALITY e(x, k)) c;
CREATE TABLE sv_appeal_cells AS
SELECT id, p, CASE WHEN x IS NULL AND p % 5 = 4
                   THEN sum(x) FILTER (WHERE p % 5 < 4) OVER (PARTITION BY id, p / 5) ELSE x END AS x
FROM (SELECT id, k - 1 AS p, x FROM sv, unnest(aarr) WITH ORDINALITY e(x, k)) c;

-- Compare sums: `got` yields (k, s gd_applications), `expected` (k, i, j, x)
-- for row i, column j (from 0); how many sums, and how many cells differ.
CREATE FUNCTION sum_state_compare(got text, expected text, OUT sums bigint, OUT cells_differing bigint)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($f$
        WITH got AS (%s),
             a AS (SELECT got.k, (e.n - 1) / 7 AS i, (e.n - 1) %% 7 AS j, e.x
                   FROM got, unnest(got.s::int[]) WITH ORDINALITY e(x, n)),
             e AS (%s)
        SELECT count(DISTINCT coalesce(a.k, e.k)),
               count(*) FILTER (WHERE a.k IS NULL OR e.k IS NULL OR a.x IS DISTINCT FROM e.x)
        FROM a FULL JOIN e ON a.k = e.k AND a.i = e.i AND a.j = e.j $f$, got, expected)
    INTO sums, cells_differing;
END $$;

-- One group: 2000 values, most of them through the pending sums.
SELECT * FROM sum_state_compare('SELECT 0 AS k, sum(m) AS s FROM sv',
                                'SELECT 0 AS k, i, j, sum(x) AS x FROM sv_cells GROUP BY i, j');
-- the expected sum as a value, for the uses of the result below
CREATE TABLE sv_expected AS
SELECT (SELECT array_agg(r ORDER BY i) FROM (
            SELECT i, array_agg(x ORDER BY j) AS r
            FROM (SELECT i, j, sum(x)::int AS x FROM sv_cells GROUP BY i, j) s GROUP BY i) t)::gd_applications AS m,
       (SELECT array_agg(x ORDER BY p) FROM (SELECT p, sum(x)::int AS x FROM sv_appeal_cells GROUP BY p) s)::gd_appeals AS a;
SELECT sum(m) IS NOT NULL AS not_null,
       sum(m) = sum(m) AS equals_itself,
       sum(m) = (SELECT m FROM sv_expected) AS equals_expected,
       (sum(m))::text = (SELECT m::text FROM sv_expected) AS same_text,
       (sum(m))::int[] = (SELECT m::int[] FROM sv_expected) AS same_array,
       sum(a) = (SELECT a FROM sv_expected) AS appeals_equal,
       (sum(a))::text = (SELECT a::text FROM sv_expected) AS appeals_same_text
FROM sv;
-- blank in every value stays blank; blank in all but one is that one's 0
SELECT gd_cell(sum(m), 'carried_over', 'commercial') IS NULL AS blank_everywhere,
       gd_cell(sum(m), 'carried_forward', 'research') AS stated_once,
       gd_cell(sum(m), 'new_received', 'natural_person') = (SELECT sum(x) FROM sv_cells WHERE i = 0 AND j = 0) AS first_cell,
       gd_cell(sum(m), 'granted', 'total') = (SELECT sum(x) FROM sv_cells WHERE i = 2 AND j = 6) AS filled_total
FROM sv;
SELECT sum(m) IS NULL AS empty_is_null, sum(a) IS NULL AS empty_appeals_is_null FROM sv WHERE id < 0;
-- the text of a small sum, by hand: new_received (row 1) of value 1 is
-- 37 + 11 + 5j mod 255, of value 2 74 + 11 + 5j, blank where 7·id + 3 + j
-- is a multiple of 11 (id 1 column 1, id 2 column 5):
--   id 1:  -, 58, 63, 68, 73, 78, 83;  id 2: 90, 95, 100, 105, -, 115, 120
--   sum:  90, 153, 163, 173, 73, 193, 203
SELECT left((sum(m))::text, 55) AS small_sum FROM sv WHERE id <= 2;
-- sums of sums, and + of two halves
SELECT sum(s) = (SELECT m FROM sv_expected) AS sum_of_group_sums
FROM (SELECT g, sum(m) AS s FROM sv GROUP BY g) t;
SELECT (SELECT sum(m) FROM sv WHERE id <= 1300) + (SELECT sum(m) FROM sv WHERE id > 1300)
       = (SELECT m FROM sv_expected) AS halves_added;

-- Many groups hashed: about 333, 50 and 4 values a group.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT g AS k, sum(m) AS s, sum(a) AS sa FROM sv GROUP BY g;
CREATE TEMP TABLE got_hashed AS SELECT g AS k, sum(m) AS s, sum(a) AS sa FROM sv GROUP BY g;
RESET enable_sort;
SELECT * FROM sum_state_compare('SELECT k, s FROM got_hashed',
                                'SELECT g AS k, i, j, sum(x) AS x FROM sv JOIN sv_cells USING (id) GROUP BY 1, 2, 3');
SELECT count(*) FILTER (WHERE sa::int[] IS DISTINCT FROM e.x) AS appeals_groups_differing
FROM got_hashed h JOIN (SELECT k, array_agg(x ORDER BY p) AS x
                        FROM (SELECT g AS k, p, sum(x)::int AS x FROM sv JOIN sv_appeal_cells USING (id) GROUP BY 1, 2) s
                        GROUP BY k) e USING (k);
-- the same with too little memory: the hash table spills to disk
SET enable_sort = off;
SET work_mem = '64kB';
SET hash_mem_multiplier = 1;
CREATE FUNCTION sum_state_spills(q text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE plan jsonb;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON, TIMING OFF, SUMMARY OFF) ' || q INTO plan;
    RETURN (plan -> 0 -> 'Plan' ->> 'Node Type') = 'Aggregate'
           AND (plan -> 0 -> 'Plan' ->> 'HashAgg Batches')::int > 1;
END $$;
SELECT sum_state_spills('SELECT g, sum(m) FROM sv GROUP BY g') AS spilled;
CREATE TEMP TABLE got_spilled AS SELECT g AS k, sum(m) AS s FROM sv GROUP BY g;
RESET work_mem;
RESET hash_mem_multiplier;
RESET enable_sort;
SELECT * FROM sum_state_compare('SELECT k, s FROM got_spilled',
                                'SELECT g AS k, i, j, sum(x) AS x FROM sv JOIN sv_cells USING (id) GROUP BY 1, 2, 3');

-- A window's running sum: the state is read (flattened, its pending sums
-- folded in) after every row.  Some rows whole, around 32 (where the
-- pending sums start) ...
SELECT * FROM sum_state_compare(
    'SELECT id AS k, s FROM (SELECT id, sum(m) OVER (ORDER BY id) AS s FROM sv) w
     WHERE id IN (1, 2, 31, 32, 33, 34, 258, 259, 291, 1500, 2000)',
    'SELECT w.k, i, j, sum(x) AS x FROM unnest(ARRAY[1, 2, 31, 32, 33, 34, 258, 259, 291, 1500, 2000]) w(k)
     JOIN sv_cells c ON c.id <= w.k GROUP BY 1, 2, 3');
-- ... and every row, on four cells: new_received × natural_person, a part
-- that is sometimes blank, a filled total, the cell stated only by value 1500
SELECT count(*) AS rows,
       count(*) FILTER (WHERE gd_cell(s, 'new_received', 'natural_person') IS DISTINCT FROM e0
                           OR gd_cell(s, 'granted', 'commercial') IS DISTINCT FROM e1
                           OR gd_cell(s, 'withheld_state_secret', 'total') IS DISTINCT FROM e2
                           OR gd_cell(s, 'carried_forward', 'research') IS DISTINCT FROM e3) AS rows_differing
FROM (SELECT id, sum(m) OVER (ORDER BY id) AS s FROM sv) w
JOIN (SELECT id, sum(x0) OVER o AS e0, sum(x1) OVER o AS e1, sum(x2) OVER o AS e2, sum(x3) OVER o AS e3
      FROM (SELECT id, sum(x) FILTER (WHERE i = 0 AND j = 0) AS x0, sum(x) FILTER (WHERE i = 2 AND j = 1) AS x1,
                   sum(x) FILTER (WHERE i = 4 AND j = 6) AS x2, sum(x) FILTER (WHERE i = 24 AND j = 2) AS x3
            FROM sv_cells GROUP BY id) c
      WINDOW o AS (ORDER BY id)) e USING (id);

-- Moving frames: 11 rows (never pending) and 300 rows (pending, flushed past 258).
SELECT * FROM sum_state_compare(
    'SELECT id AS k, s FROM (SELECT id, sum(m) OVER (ORDER BY id ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS s FROM sv) w
     WHERE id IN (1, 5, 11, 12, 40, 1000, 2000)',
    'SELECT w.k, i, j, sum(x) AS x FROM unnest(ARRAY[1, 5, 11, 12, 40, 1000, 2000]) w(k)
     JOIN sv_cells c ON c.id BETWEEN w.k - 10 AND w.k GROUP BY 1, 2, 3');
SELECT * FROM sum_state_compare(
    'SELECT id AS k, s FROM (SELECT id, sum(m) OVER (ORDER BY id ROWS BETWEEN 299 PRECEDING AND CURRENT ROW) AS s FROM sv) w
     WHERE id IN (33, 299, 300, 301, 1777, 2000)',
    'SELECT w.k, i, j, sum(x) AS x FROM unnest(ARRAY[33, 299, 300, 301, 1777, 2000]) w(k)
     JOIN sv_cells c ON c.id BETWEEN w.k - 299 AND w.k GROUP BY 1, 2, 3');

-- Parallel: partial sums in the workers, flattened to the leader, combined there.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) CREATE TEMP TABLE got_parallel AS SELECT 0 AS k, sum(m) AS s, sum(a) AS sa FROM sv;
CREATE TEMP TABLE got_parallel AS SELECT 0 AS k, sum(m) AS s, sum(a) AS sa FROM sv;
EXPLAIN (COSTS OFF) CREATE TEMP TABLE got_parallel_groups AS SELECT g AS k, sum(m) AS s FROM sv GROUP BY g;
CREATE TEMP TABLE got_parallel_groups AS SELECT g AS k, sum(m) AS s FROM sv GROUP BY g;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT * FROM sum_state_compare('SELECT k, s FROM got_parallel',
                                'SELECT 0 AS k, i, j, sum(x) AS x FROM sv_cells GROUP BY i, j');
SELECT sa = (SELECT a FROM sv_expected) AS parallel_appeals_equal FROM got_parallel;
SELECT * FROM sum_state_compare('SELECT k, s FROM got_parallel_groups',
                                'SELECT g AS k, i, j, sum(x) AS x FROM sv JOIN sv_cells USING (id) GROUP BY 1, 2, 3');

-- Grouping sets: ROLLUP (the groups and the grand total, k = -1) and two sets at once.
SELECT * FROM sum_state_compare(
    'SELECT coalesce(g, -1) AS k, sum(m) AS s FROM sv GROUP BY ROLLUP (g)',
    'SELECT g AS k, i, j, sum(x) AS x FROM sv JOIN sv_cells USING (id) GROUP BY 1, 2, 3
     UNION ALL SELECT -1, i, j, sum(x) FROM sv_cells GROUP BY 2, 3');
SELECT * FROM sum_state_compare(
    'SELECT CASE WHEN GROUPING(g) = 0 THEN g ELSE 1000 + id % 7 END AS k, sum(m) AS s
     FROM sv GROUP BY GROUPING SETS ((g), (id % 7))',
    'SELECT g AS k, i, j, sum(x) AS x FROM sv JOIN sv_cells USING (id) GROUP BY 1, 2, 3
     UNION ALL SELECT 1000 + id % 7, i, j, sum(x) FROM sv_cells GROUP BY 1, 2, 3');

-- FILTER, beside an unfiltered sum of the same values; NULL values (the
-- first 39, then every 50th) skipped; DISTINCT over duplicates.
SELECT * FROM sum_state_compare(
    'SELECT 0 AS k, sum(m) FILTER (WHERE id % 3 = 0) AS s FROM sv
     UNION ALL SELECT 1, sum(m) FILTER (WHERE g >= 100) FROM sv
     UNION ALL SELECT 2, sum(m) FROM sv
     UNION ALL SELECT 3, sum(CASE WHEN id < 40 OR id % 50 = 0 THEN NULL ELSE m END) FROM sv',
    'SELECT 0 AS k, i, j, sum(x) AS x FROM sv_cells WHERE id % 3 = 0 GROUP BY 2, 3
     UNION ALL SELECT 1, i, j, sum(x) FROM sv JOIN sv_cells USING (id) WHERE g >= 100 GROUP BY 2, 3
     UNION ALL SELECT 2, i, j, sum(x) FROM sv_cells GROUP BY 2, 3
     UNION ALL SELECT 3, i, j, sum(x) FROM sv_cells WHERE NOT (id < 40 OR id % 50 = 0) GROUP BY 2, 3');
SELECT sum(DISTINCT m) = (SELECT m FROM sv_expected) AS distinct_sum,
       sum(m) <> (SELECT m FROM sv_expected) AS duplicates_counted
FROM (SELECT m FROM sv UNION ALL SELECT m FROM sv WHERE id <= 500) s;

-- Two formats in one group: 400 values of 2021, then every third a 2019
-- one; the sum is in 2019, （六）'s three rows folded into other_handling
-- (2021 rows 21–23 → 2019 row 21, rows 24–25 → 22–23).
CREATE TABLE sv_mixed AS
SELECT id, id % 4 AS g, sum_state_cells(id, n) AS arr, sum_state_cells(id, n)::gd_applications AS m
FROM generate_series(1, 1000) id, LATERAL (SELECT CASE WHEN id > 400 AND id % 3 = 0 THEN 23 ELSE 25 END) f(n);
CREATE TABLE sv_mixed_cells AS
SELECT id, CASE WHEN nrows = 23 OR i < 20 THEN i WHEN i <= 22 THEN 20 ELSE i - 2 END AS i, j,
       CASE WHEN x IS NULL AND j = 6
            THEN sum(x) FILTER (WHERE j < 6) OVER (PARTITION BY id, i) ELSE x END AS x
FROM (SELECT id, array_length(arr, 1) AS nrows, (k - 1) / 7 AS i, (k - 1) % 7 AS j, x
      FROM sv_mixed, unnest(arr) WITH ORDINALITY e(x, k)) c;
SELECT gd_format(sum(m)) AS format, count(*) FILTER (WHERE gd_format(m) = 2019) AS values_2019 FROM sv_mixed;
SELECT * FROM sum_state_compare('SELECT 0 AS k, sum(m) AS s FROM sv_mixed',
                                'SELECT 0 AS k, i, j, sum(x) AS x FROM sv_mixed_cells GROUP BY 2, 3');
SELECT * FROM sum_state_compare('SELECT g AS k, sum(m) AS s FROM sv_mixed GROUP BY g',
                                'SELECT g AS k, i, j, sum(x) AS x FROM sv_mixed JOIN sv_mixed_cells USING (id) GROUP BY 1, 2, 3');
-- a 2019 total from the first value on: the 200 values of 2019 first, then
-- the 800 of 2021 folded into it
SELECT * FROM sum_state_compare('SELECT 0 AS k, sum(m ORDER BY gd_format(m), id) AS s FROM sv_mixed',
                                'SELECT 0 AS k, i, j, sum(x) AS x FROM sv_mixed_cells GROUP BY 2, 3');

-- Overflow is the same error as before, also after thousands of small values.
-- granted × commercial: 10002 1-byte values of 1 (3 in every other
-- cell) and, at n = 100 (after the pending sums have started), one of
-- 2147483647 − 5000 there: 5000 values of 1 reach 2147483647 exactly, the
-- 5001st overflows, in whatever order they come; so does the half (n
-- even) the big value is in.
CREATE TABLE sv_limit AS
SELECT n, CASE WHEN n = 100 THEN gd_set_cell(z, 'granted', 'commercial', 2147483647 - 5000)
               ELSE gd_set_cell(z, 'granted', 'commercial', 1) END AS m
FROM generate_series(0, 10002) n,
     (SELECT gd_applications(array_fill(3, ARRAY[25, 7])) AS z) zero;
SET max_parallel_workers_per_gather = 0;
SELECT gd_cell(sum(m), 'granted', 'commercial') AS at_the_limit,
       gd_cell(sum(m), 'granted', 'research') AS three_each
FROM sv_limit WHERE n <= 5000;
SELECT try($$SELECT sum(m) FROM sv_limit$$) AS big_early;
SELECT try($$SELECT sum(m ORDER BY n DESC) FROM sv_limit$$) AS big_last;
SELECT try($$SELECT n % 2, sum(m) FROM sv_limit GROUP BY 1$$) AS grouped;
SELECT try($$SELECT sum(m) OVER (ORDER BY n) FROM sv_limit$$) AS window_sum;
-- A big value added the exact way in the middle of pending sums: the
-- headroom is measured again after it.  1001 values of 254 in granted ×
-- commercial, except n = 100: 2147483647 − 35400 there.  Up to n = 139:
-- 139 × 254 + 2147483647 − 35400 = 2147483647 − 94; n = 140 overflows.
CREATE TABLE sv_limit_254 AS
SELECT n, gd_set_cell(z, 'granted', 'commercial', CASE WHEN n = 100 THEN 2147483647 - 35400 ELSE 254 END) AS m
FROM generate_series(0, 1000) n,
     (SELECT gd_applications(array_fill(3, ARRAY[25, 7])) AS z) zero;
SELECT gd_cell(sum(m), 'granted', 'commercial') AS below_the_limit FROM sv_limit_254 WHERE n <= 139;
SELECT try($$SELECT sum(m) FROM sv_limit_254 WHERE n <= 140$$) AS one_too_many;
-- 2-byte values: 32769 × 65534 = 2147483646, + 1 = 2147483647; one more 1 overflows
SELECT gd_cell(sum(CASE WHEN n <= 32769 THEN w2 ELSE one END), 'granted', 'research') AS two_byte_limit
FROM generate_series(1, 32770) n,
     (SELECT gd_set_cell(z, 'granted', 'research', 65534) AS w2, gd_set_cell(z, 'granted', 'research', 1) AS one
      FROM (SELECT gd_applications(array_fill(0, ARRAY[25, 7])) AS z) zero) v;
SELECT try($$SELECT sum(CASE WHEN n <= 32769 THEN w2 ELSE one END)
             FROM generate_series(1, 32771) n,
                  (SELECT gd_set_cell(z, 'granted', 'research', 65534) AS w2, gd_set_cell(z, 'granted', 'research', 1) AS one
                   FROM (SELECT gd_applications(array_fill(0, ARRAY[25, 7])) AS z) zero) v$$) AS two_byte_past;
-- table 四: 3000 values of 1 in review × other (and its block total), then
-- 2147483647 − 2999 there (its total blank, filled from it): one too many;
-- 2999 values of 1 reach 2147483647 exactly
SELECT try($$SELECT sum(CASE WHEN n = 3001 THEN big ELSE one END ORDER BY n)
             FROM generate_series(1, 3001) n,
                  (SELECT ARRAY[0,0,2147483647 - 2999,0,NULL, 0,0,0,0,0, 0,0,0,0,0]::gd_appeals AS big,
                          ARRAY[0,0,1,0,1, 0,0,0,0,0, 0,0,0,0,0]::gd_appeals AS one) v$$) AS appeals_past;
SELECT gd_to_array(sum(CASE WHEN n = 3000 THEN big ELSE one END ORDER BY n)) AS appeals_at_limit
FROM generate_series(1, 3000) n,
     (SELECT ARRAY[0,0,2147483647 - 2999,0,NULL, 0,0,0,0,0, 0,0,0,0,0]::gd_appeals AS big,
             ARRAY[0,0,1,0,1, 0,0,0,0,0, 0,0,0,0,0]::gd_appeals AS one) v;
RESET max_parallel_workers_per_gather;
