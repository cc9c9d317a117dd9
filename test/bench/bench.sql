-- test/bench/bench.sql — time the queries and print the Markdown report
-- (run by run.sh after gen.sql; psql variables rows, runs, nproc, cpu, when,
-- code).
--
-- Every query is timed as the "Execution Time" of
-- EXPLAIN (ANALYZE, TIMING OFF): the whole executor run, no per-node timing
-- overhead, no planning, no result transfer.  One warm-up round of every
-- query, then :runs rounds (5 by default); the queries take turns within a
-- round, so a slow moment of the machine does not fall on one query only.
-- The median of the rounds is reported, with the fastest and slowest.
-- Parallelism is off (max_parallel_workers_per_gather = 0) except in (5);
-- jit is the server's setting except in (3b).

\set ON_ERROR_STOP 1
SET client_min_messages = notice;

VACUUM ANALYZE bench_m;
VACUUM ANALYZE bench_plain;
VACUUM ANALYZE bench_m_stated;
VACUUM ANALYZE bench_mu;
VACUUM ANALYZE bench_plain_u;
VACUUM ANALYZE bench_m_judged;
VACUUM ANALYZE bench_mu_judged;

-- Empty shared_buffers of the tables: gen.sql fills them with INSERT …
-- SELECT, which leaves the last table written partly in shared_buffers
-- (the scans, through a small ring, would find those pages there and its
-- floor would be lower than the others').  A scratch table twice the size
-- of shared_buffers, written the same way and dropped, takes every buffer.
CREATE UNLOGGED TABLE bench_evict (x bigint, pad text);
INSERT INTO bench_evict
SELECT g, repeat('x', 900) FROM generate_series(1, 2 * pg_size_bytes(current_setting('shared_buffers')) / 1000) g;
DROP TABLE bench_evict;

-- The host reclaims idle pages of the OS page cache at will (one table
-- scanned from disk in part and another not would compare the disk with
-- the CPU): each query's table is read once through the OS cache
-- (pg_prewarm's 'read' mode, nothing kept in shared_buffers) just before
-- it is timed, so every scan starts from the same state.
CREATE EXTENSION IF NOT EXISTS pg_prewarm;

-- One timed execution: milliseconds, workers launched, whether JIT ran.
CREATE FUNCTION pg_temp.bench_ms(q text, workers int, use_jit bool,
                                 OUT ms float8, OUT workers_launched int, OUT jit_used bool)
LANGUAGE plpgsql AS $fn$
DECLARE
    plan jsonb;
BEGIN
    PERFORM pg_prewarm(substring(q FROM 'FROM ([a-z_]+)')::regclass, 'read');
    PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
    PERFORM set_config('jit', CASE WHEN use_jit THEN 'on' ELSE 'off' END, true);
    EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO plan;
    ms := (plan -> 0 ->> 'Execution Time')::float8;
    workers_launched := coalesce(jsonb_path_query_first(plan, '$.**."Workers Launched"')::int, 0);
    jit_used := plan -> 0 -> 'JIT' IS NOT NULL;
END
$fn$;

SELECT current_setting('jit')::bool AS server_jit \gset

-- floor: the query whose median is the floor of the same table, for the ratio.
CREATE TEMP TABLE bench_queries (no text PRIMARY KEY, ord int, label text, q text,
                                 workers int, use_jit bool, floor text);
INSERT INTO bench_queries VALUES
    ('1',  1, 'SELECT count(*) FROM bench_m — the floor',
     'SELECT count(*) FROM bench_m', 0, :'server_jit', '1'),
    ('1b', 2, 'SELECT count(*) FROM bench_plain — floor of table B (info)',
     'SELECT count(*) FROM bench_plain', 0, :'server_jit', '1b'),
    ('2',  3, 'SELECT sum(m) FROM bench_m',
     'SELECT sum(m) FROM bench_m', 0, :'server_jit', '1'),
    ('2c', 4, 'SELECT count(m) FROM bench_m — PostgreSQL reads the column and calls a transition, none of our code runs (info)',
     'SELECT count(m) FROM bench_m', 0, :'server_jit', '1'),
    ('3',  5, 'SELECT sum(c1), …, sum(c175) FROM bench_plain', NULL, 0, :'server_jit', '1b'),
    ('3b', 6, 'the same 175 sums, jit = off (info)', NULL, 0, false, '1b'),
    ('4',  7, 'SELECT count(*) FROM bench_m WHERE gd_is_consistent(m)',
     'SELECT count(*) FROM bench_m WHERE gd_is_consistent(m)', 0, :'server_jit', '1'),
    ('4b', 8, 'the same on bench_m_stated: blanks written as 0 (info)',
     'SELECT count(*) FROM bench_m_stated WHERE gd_is_consistent(m)', 0, :'server_jit', '1s'),
    ('1s', 9, 'SELECT count(*) FROM bench_m_stated — its floor (info)',
     'SELECT count(*) FROM bench_m_stated', 0, :'server_jit', '1s'),
    ('5',  10, 'SELECT sum(m) FROM bench_m, 2 parallel workers allowed (info)',
     'SELECT sum(m) FROM bench_m', 2, :'server_jit', '1'),
    ('1u', 11, 'uniform: SELECT count(*) FROM bench_mu — the floor',
     'SELECT count(*) FROM bench_mu', 0, :'server_jit', '1u'),
    ('1ub', 12, 'uniform: SELECT count(*) FROM bench_plain_u (info)',
     'SELECT count(*) FROM bench_plain_u', 0, :'server_jit', '1ub'),
    ('2u', 13, 'uniform: SELECT sum(m) FROM bench_mu',
     'SELECT sum(m) FROM bench_mu', 0, :'server_jit', '1u'),
    ('2uc', 14, 'uniform: SELECT count(m) FROM bench_mu (info)',
     'SELECT count(m) FROM bench_mu', 0, :'server_jit', '1u'),
    ('3u', 15, 'uniform: SELECT sum(c1), …, sum(c175) FROM bench_plain_u', NULL, 0, :'server_jit', '1ub'),
    ('4u', 16, 'uniform: SELECT count(*) FROM bench_mu WHERE gd_is_consistent(m)',
     'SELECT count(*) FROM bench_mu WHERE gd_is_consistent(m)', 0, :'server_jit', '1u'),
    ('1j', 17, 'SELECT count(*) FROM bench_m_judged — the same values without a stored verdict: its floor (info)',
     'SELECT count(*) FROM bench_m_judged', 0, :'server_jit', '1j'),
    ('4j', 18, 'the consistency scan on bench_m_judged: every value judged cell by cell (info)',
     'SELECT count(*) FROM bench_m_judged WHERE gd_is_consistent(m)', 0, :'server_jit', '1j'),
    ('1uj', 19, 'uniform: SELECT count(*) FROM bench_mu_judged — its floor (info)',
     'SELECT count(*) FROM bench_mu_judged', 0, :'server_jit', '1uj'),
    ('4uj', 20, 'uniform: the consistency scan on bench_mu_judged, judged cell by cell (info)',
     'SELECT count(*) FROM bench_mu_judged WHERE gd_is_consistent(m)', 0, :'server_jit', '1uj');
UPDATE bench_queries SET q = (
    SELECT format('SELECT %s FROM bench_plain', string_agg(format('sum(c%s)', i), ', ' ORDER BY i))
    FROM generate_series(1, 175) i)
WHERE no IN ('3', '3b');
UPDATE bench_queries SET q = (
    SELECT format('SELECT %s FROM bench_plain_u', string_agg(format('sum(c%s)', i), ', ' ORDER BY i))
    FROM generate_series(1, 175) i)
WHERE no = '3u';

CREATE TEMP TABLE bench_runs (no text, run int, ms float8, workers_launched int, jit_used bool);

SELECT set_config('bench.runs', :'runs', false) \gset
DO $do$
DECLARE
    b record;
    runs int := current_setting('bench.runs')::int;
BEGIN
    FOR run IN 0 .. runs LOOP           -- run 0 is the warm-up
        FOR b IN SELECT * FROM bench_queries ORDER BY ord LOOP
            INSERT INTO bench_runs
            SELECT b.no, run, t.* FROM pg_temp.bench_ms(b.q, b.workers, b.use_jit) t;
        END LOOP;
        RAISE NOTICE 'bench: round % of % done%', run, runs, CASE WHEN run = 0 THEN ' (warm-up)' ELSE '' END;
    END LOOP;
END
$do$;

-- The target's pair, timed more closely: :pairs triples of count(*),
-- sum(m) and count(m) back to back on one table (in turn forwards and
-- backwards, so that neither query always comes first), each read through
-- the OS cache first as above.  The host's slow and fast moments, which
-- move the medians above by more than the target's margin, fall on all
-- three queries of a triple; what moves within a triple is the machine's
-- state between the floor and reading the column (count(m) / floor)
-- apart from the cost of our own code (sum(m) − count(m)).
CREATE TEMP TABLE bench_pairs (tbl text, pair int, floor float8, sum_m float8, count_m float8);
SELECT set_config('bench.pairs', :'pairs', false) \gset
DO $do$
DECLARE
    queries text[] := ARRAY['SELECT count(*) FROM ', 'SELECT sum(m) FROM ', 'SELECT count(m) FROM '];
    ms float8[];
    t text;
    use_jit bool := current_setting('jit')::bool;    -- the server's setting, as for the rounds above
BEGIN
    FOR pair IN 0 .. current_setting('bench.pairs')::int LOOP    -- pair 0 is a warm-up
        FOREACH t IN ARRAY ARRAY['bench_m', 'bench_mu'] LOOP
            FOR k IN 1 .. 3 LOOP
                -- forwards on even pairs, backwards on odd ones
                ms[CASE WHEN pair % 2 = 0 THEN k ELSE 4 - k END] :=
                    (pg_temp.bench_ms(queries[CASE WHEN pair % 2 = 0 THEN k ELSE 4 - k END] || t, 0, use_jit)).ms;
            END LOOP;
            IF pair > 0 THEN
                INSERT INTO bench_pairs VALUES (t, pair, ms[1], ms[2], ms[3]);
            END IF;
        END LOOP;
    END LOOP;
    RAISE NOTICE 'bench: % triples of count(*), sum(m), count(m) done', current_setting('bench.pairs');
END
$do$;
-- each figure's median (interquartile range) over a table's triples
WITH q AS (
    SELECT tbl, what, unit, digits, percentile_cont(ARRAY[0.5, 0.25, 0.75]) WITHIN GROUP (ORDER BY x) AS p
    FROM bench_pairs,
         LATERAL (VALUES ('sum', sum_m / floor, '×', 3), ('count', count_m / floor, '×', 3),
                         ('ours', (sum_m - count_m) * 1e6 / :rows, '', 1)) v(what, x, unit, digits)
    GROUP BY tbl, what, unit, digits),
f AS (
    SELECT tbl, what, format('%s%s (%s–%s%s)', round(p[1]::numeric, digits), unit,
                            round(p[2]::numeric, digits), round(p[3]::numeric, digits), unit) AS t
    FROM q)
SELECT max(t) FILTER (WHERE tbl = 'bench_m' AND what = 'sum') AS pair_sum_m,
       max(t) FILTER (WHERE tbl = 'bench_mu' AND what = 'sum') AS pair_sum_u,
       max(t) FILTER (WHERE tbl = 'bench_m' AND what = 'count') AS pair_count_m,
       max(t) FILTER (WHERE tbl = 'bench_mu' AND what = 'count') AS pair_count_u,
       max(t) FILTER (WHERE tbl = 'bench_m' AND what = 'ours') AS pair_ours_m,
       max(t) FILTER (WHERE tbl = 'bench_mu' AND what = 'ours') AS pair_ours_u
FROM f \gset

CREATE TEMP TABLE bench_stats AS
SELECT no, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median,
       min(ms) AS min, max(ms) AS max,
       max(workers_launched) AS workers, bool_or(jit_used) AS jit
FROM bench_runs WHERE run > 0 GROUP BY no;

-- Facts about the data, and the checks that the tables hold the same
-- numbers.
SELECT count(*) AS n_rows,
       count(*) FILTER (WHERE gd_is_consistent(m)) AS n_consistent,
       round(avg(pg_column_size(m)), 1) AS avg_size,
       max(pg_column_size(m)) AS max_size
FROM bench_m \gset
SELECT count(*) FILTER (WHERE gd_is_consistent(m)) AS n_consistent_u,
       round(avg(pg_column_size(m)), 1) AS avg_size_u
FROM bench_mu \gset
SELECT count(*) FILTER (WHERE gd_is_consistent(m)) AS n_consistent_stated,
       round(avg(pg_column_size(m)), 1) AS avg_size_stated
FROM bench_m_stated \gset
-- the same values without a stored verdict: judged, and still all consistent
SELECT (SELECT count(*) FILTER (WHERE gd_is_consistent(m)) FROM bench_m_judged) AS n_consistent_j,
       (SELECT count(*) FILTER (WHERE gd_is_consistent(m)) FROM bench_mu_judged) AS n_consistent_uj \gset
-- the largest values: one cell at the count limit puts every cell in 4 bytes
-- (0.2.0 stored every 2021 value in 708 bytes)
SELECT pg_column_size(gd_set_cell(m, 'granted', 'natural_person', 2147483647)) AS size_largest
FROM bench_m WHERE id = 1 \gset
SELECT pg_relation_size('bench_m') AS size_m, pg_relation_size('bench_plain') AS size_plain,
       pg_relation_size('bench_mu') AS size_mu, pg_relation_size('bench_plain_u') AS size_plain_u,
       pg_relation_size('bench_m_stated') AS size_stated,
       pg_size_bytes(current_setting('shared_buffers')) AS shared_bytes,
       current_setting('shared_buffers') AS shared_buffers,
       current_setting('server_version') AS server_version \gset
-- num_nulls takes at most 100 arguments: two calls.
SELECT format('SELECT round(100.0 * sum(num_nulls(%s) + num_nulls(%s)) / (175.0 * count(*)), 1) AS null_pct FROM bench_plain',
              string_agg(format('c%s', i), ', ' ORDER BY i) FILTER (WHERE i <= 88),
              string_agg(format('c%s', i), ', ' ORDER BY i) FILTER (WHERE i > 88))
FROM generate_series(1, 175) i \gset q_
:q_format \gset
SELECT format('SELECT ARRAY[%s]::bigint[] AS plain_sums FROM bench_plain',
              string_agg(format('sum(c%s)', i), ', ' ORDER BY i))
FROM generate_series(1, 175) i \gset q_
:q_format \gset
SELECT ARRAY(SELECT unnest((SELECT sum(m) FROM bench_m)::int[]))::bigint[] = :'plain_sums'::bigint[]
       AS sums_agree \gset
SELECT format('SELECT ARRAY[%s]::bigint[] AS plain_sums_u FROM bench_plain_u',
              string_agg(format('sum(c%s)', i), ', ' ORDER BY i))
FROM generate_series(1, 175) i \gset q_
:q_format \gset
SELECT ARRAY(SELECT unnest((SELECT sum(m) FROM bench_mu)::int[]))::bigint[] = :'plain_sums_u'::bigint[]
       AS sums_agree_u \gset

-- sum(m)'s ratio round by round: each round times the floor and sum(m)
-- seconds apart, so the host's slow and fast moments mostly fall on both;
-- the spread of these ratios says how much of a run's ratio is the host.
WITH r AS (
    SELECT tbl, format('%s× (%s–%s×)', round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.ms / f.ms)::numeric, 3),
                      round(min(s.ms / f.ms)::numeric, 3), round(max(s.ms / f.ms)::numeric, 3)) AS t
    FROM (VALUES ('m', '2', '1'), ('u', '2u', '1u')) q(tbl, sum_no, floor_no)
         JOIN bench_runs s ON s.no = q.sum_no
         JOIN bench_runs f ON f.no = q.floor_no AND f.run = s.run
    WHERE s.run > 0
    GROUP BY tbl)
SELECT max(t) FILTER (WHERE tbl = 'm') AS per_round_m,
       max(t) FILTER (WHERE tbl = 'u') AS per_round_u
FROM r \gset

\pset format unaligned
\pset tuples_only on
\pset footer off

WITH s AS (SELECT * FROM bench_stats),
m AS (SELECT no, median FROM s),
r AS (SELECT (SELECT median FROM m WHERE no = '1') AS floor,
             (SELECT median FROM m WHERE no = '2') AS sum_m,
             (SELECT median FROM m WHERE no = '3') AS sums175,
             (SELECT median FROM m WHERE no = '4') AS consistent,
             (SELECT median FROM m WHERE no = '1u') AS floor_u,
             (SELECT median FROM m WHERE no = '2u') AS sum_u,
             (SELECT median FROM m WHERE no = '3u') AS sums175_u,
             (SELECT median FROM m WHERE no = '4u') AS consistent_u,
             (SELECT median FROM m WHERE no = '1j') AS floor_j,
             (SELECT median FROM m WHERE no = '4j') AS consistent_j,
             (SELECT median FROM m WHERE no = '1uj') AS floor_uj,
             (SELECT median FROM m WHERE no = '4uj') AS consistent_uj,
             (SELECT median FROM m WHERE no = '2c') AS count_m,
             (SELECT median FROM m WHERE no = '2uc') AS count_u)
SELECT concat_ws(E'\n',
'# gov_disclosure benchmark: sum(gd_applications) and gd_is_consistent on ' || :rows || ' rows',
'',
'Generated by `make bench` (`test/bench/run.sh`); informational, not a test.',
'',
format('- Machine: nproc = %s, CPU: %s, PostgreSQL %s, %s; gov_disclosure at %s.', :'nproc', :'cpu', :'server_version', :'when', :'code'),
format('- Data, realistic (bench_m, bench_plain): %s rows of 2021-format matrices, the panel''s distribution (body size log-uniform 1 … 1000, skewed towards 0), %s %% of cells not stated; %s of %s rows consistent (%s of %s in bench_m_stated); sum(m) equals the 175 column sums: %s.',
       :n_rows, :'null_pct', :n_consistent, :n_rows, :n_consistent_stated, :n_rows, CASE WHEN :'sums_agree' THEN 'yes' ELSE 'NO' END),
format('- Data, uniform (bench_mu, bench_plain_u): the same structure, every part cell uniform in 0 … 29 with the same blanks; %s of %s rows consistent; sum(m) equals the 175 column sums: %s.',
       :n_consistent_u, :n_rows, CASE WHEN :'sums_agree_u' THEN 'yes' ELSE 'NO' END),
format('- Load: bench_plain %s s (random generation), bench_m %s s (int[] cast); bench_plain_u %s s, bench_mu %s s.',
       (SELECT v FROM bench_meta WHERE k = 'load_plain_s_panel'), (SELECT v FROM bench_meta WHERE k = 'load_m_s_panel'),
       (SELECT v FROM bench_meta WHERE k = 'load_plain_s_uniform'), (SELECT v FROM bench_meta WHERE k = 'load_m_s_uniform')),
format('- Method: VACUUM ANALYZE, one warm-up round, then the median of %s rounds of EXPLAIN (ANALYZE, TIMING OFF) execution time, each query''s table read through the OS page cache (pg_prewarm, mode read) just before it is timed; max_parallel_workers_per_gather = 0 except (5); jit = %s (server setting) except (3b).',
       :runs, CASE WHEN :'server_jit' THEN 'on' ELSE 'off' END),
format('- Scans: shared_buffers = %s; every table here is larger than it (the smallest, %s, %s), so each scan goes through a small ring of buffers and reads every page from the OS page cache, the coldest scan this machine allows (its page cache cannot be dropped here, and the host reclaims idle pages of it, hence the pg_prewarm read before each query).',
       :'shared_buffers', CASE WHEN :size_m <= :size_mu THEN 'bench_m' ELSE 'bench_mu' END,
       pg_size_pretty(least(:size_m, :size_mu)::bigint)),
'',
'| # | query | median ms | min–max ms | ns/row | ratio to the floor of its table | JIT | workers |',
'|---|---|---:|---:|---:|---:|---|---:|',
(SELECT string_agg(format('| %s | %s | %s | %s–%s | %s | %s× | %s | %s |', q.no, q.label,
                          round(s.median::numeric, 1), round(s.min::numeric, 1), round(s.max::numeric, 1),
                          round((s.median * 1e6 / :n_rows)::numeric),
                          round((s.median / f.median)::numeric, 2),
                          CASE WHEN s.jit THEN 'yes' ELSE 'no' END, s.workers), E'\n' ORDER BY q.ord)
 FROM bench_queries q JOIN s USING (no) JOIN s f ON f.no = q.floor),
'',
format('Ratio 175 sums / sum(m): **%s×** realistic (jit off: %s×), **%s×** uniform.',
       round((r.sums175 / r.sum_m)::numeric, 2),
       round(((SELECT median FROM m WHERE no = '3b') / r.sum_m)::numeric, 2),
       round((r.sums175_u / r.sum_u)::numeric, 2)),
'',
'| size | bytes | per row |',
'|---|---:|---:|',
format('| avg(pg_column_size(m)), realistic (bench_m) | %s | |', :avg_size),
format('| max(pg_column_size(m)), realistic | %s | |', :max_size),
format('| avg(pg_column_size(m)), uniform (bench_mu) | %s | |', :avg_size_u),
format('| avg(pg_column_size(m)), blanks as 0 (bench_m_stated) | %s | |', :avg_size_stated),
format('| pg_column_size of a value with a cell at 2147483647 (0.2.0: 708) | %s | |', :size_largest),
format('| pg_relation_size(''bench_m'') | %s (%s) | %s |', :size_m, pg_size_pretty(:size_m::bigint), round(:size_m::numeric / :n_rows, 1)),
format('| pg_relation_size(''bench_plain'') | %s (%s) | %s |', :size_plain, pg_size_pretty(:size_plain::bigint), round(:size_plain::numeric / :n_rows, 1)),
format('| pg_relation_size(''bench_mu'') | %s (%s) | %s |', :size_mu, pg_size_pretty(:size_mu::bigint), round(:size_mu::numeric / :n_rows, 1)),
format('| pg_relation_size(''bench_plain_u'') | %s (%s) | %s |', :size_plain_u, pg_size_pretty(:size_plain_u::bigint), round(:size_plain_u::numeric / :n_rows, 1)),
'',
'| target | measured | |',
'|---|---:|---|',
format('| avg(pg_column_size(m)) ≤ 260 bytes, realistic | %s | %s |', :avg_size,
       CASE WHEN :avg_size <= 260 THEN 'met' ELSE 'not met' END),
format('| largest values no larger than 0.2.0 (708 bytes) | %s | %s |', :size_largest,
       CASE WHEN :size_largest <= 708 THEN 'met' ELSE 'not met' END),
-- three decimals: at two, a ratio just above the target reads as 1.30× and "not met"
format('| sum(m) ≤ 1.3× floor, realistic / uniform | %s× / %s× | %s |', round((r.sum_m / r.floor)::numeric, 3),
       round((r.sum_u / r.floor_u)::numeric, 3),
       CASE WHEN r.sum_m <= 1.3 * r.floor AND r.sum_u <= 1.3 * r.floor_u THEN 'met'
            WHEN r.sum_m <= 1.3 * r.floor THEN 'met realistic, not met uniform'
            WHEN r.sum_u <= 1.3 * r.floor_u THEN 'not met realistic, met uniform'
            ELSE 'not met' END),
format('| (info) sum(m) / floor round by round: the median (and range) of the rounds, each the pair timed seconds apart, realistic / uniform | %s / %s | |',
       :'per_round_m', :'per_round_u'),
format('| (info) count(m) / floor, realistic / uniform: what reading the column costs before any code of ours runs | %s× / %s× | |',
       round((r.count_m / r.floor)::numeric, 2), round((r.count_u / r.floor_u)::numeric, 2)),
format('| (info) in %s triples of count(*), sum(m), count(m) timed back to back, the median (interquartile range), realistic / uniform: sum(m) / floor | %s / %s | |',
       :pairs, :'pair_sum_m', :'pair_sum_u'),
format('| (info) … count(m) / floor in the same triples: the host''s part, PostgreSQL reading the column | %s / %s | |',
       :'pair_count_m', :'pair_count_u'),
format('| (info) … sum(m) − count(m) in the same triples: our own code, ns a row | %s / %s | |',
       :'pair_ours_m', :'pair_ours_u'),
format('| the 175 sums ≥ 10× slower than sum(m), realistic / uniform | %s× / %s× | %s |',
       round((r.sums175 / r.sum_m)::numeric, 2), round((r.sums175_u / r.sum_u)::numeric, 2),
       CASE WHEN r.sums175 >= 10 * r.sum_m AND r.sums175_u >= 10 * r.sum_u THEN 'met' ELSE 'not met' END),
format('| consistency scan ≤ 1.5× floor, realistic / uniform | %s× / %s× | %s |',
       round((r.consistent / r.floor)::numeric, 2), round((r.consistent_u / r.floor_u)::numeric, 2),
       CASE WHEN r.consistent <= 1.5 * r.floor AND r.consistent_u <= 1.5 * r.floor_u THEN 'met' ELSE 'not met' END),
format('| (info) the same scan judging every value cell by cell (no stored verdict: bench_m_judged / bench_mu_judged) | %s× / %s× | %s / %s of %s rows consistent |',
       round((r.consistent_j / r.floor_j)::numeric, 2), round((r.consistent_uj / r.floor_uj)::numeric, 2),
       :n_consistent_j, :n_consistent_uj, :n_rows)
)
FROM r;
