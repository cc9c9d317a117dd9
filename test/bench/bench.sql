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

-- One timed execution: milliseconds, workers launched, whether JIT ran.
CREATE FUNCTION pg_temp.bench_ms(q text, workers int, use_jit bool,
                                 OUT ms float8, OUT workers_launched int, OUT jit_used bool)
LANGUAGE plpgsql AS $fn$
DECLARE
    plan jsonb;
BEGIN
    PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
    PERFORM set_config('jit', CASE WHEN use_jit THEN 'on' ELSE 'off' END, true);
    EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO plan;
    ms := (plan -> 0 ->> 'Execution Time')::float8;
    workers_launched := coalesce(jsonb_path_query_first(plan, '$.**."Workers Launched"')::int, 0);
    jit_used := plan -> 0 -> 'JIT' IS NOT NULL;
END
$fn$;

SELECT current_setting('jit')::bool AS server_jit \gset

CREATE TEMP TABLE bench_queries (no text PRIMARY KEY, ord int, label text, q text,
                                 workers int, use_jit bool);
INSERT INTO bench_queries VALUES
    ('1',  1, 'SELECT count(*) FROM bench_m — the floor',
     'SELECT count(*) FROM bench_m', 0, :'server_jit'),
    ('1b', 2, 'SELECT count(*) FROM bench_plain — floor of table B (info)',
     'SELECT count(*) FROM bench_plain', 0, :'server_jit'),
    ('2',  3, 'SELECT sum(m) FROM bench_m',
     'SELECT sum(m) FROM bench_m', 0, :'server_jit'),
    ('3',  4, 'SELECT sum(c1), …, sum(c175) FROM bench_plain', NULL, 0, :'server_jit'),
    ('3b', 5, 'the same 175 sums, jit = off (info)', NULL, 0, false),
    ('4',  6, 'SELECT count(*) FROM bench_m WHERE gd_is_consistent(m)',
     'SELECT count(*) FROM bench_m WHERE gd_is_consistent(m)', 0, :'server_jit'),
    ('4b', 7, 'the same on bench_m_stated: blanks written as 0 (info)',
     'SELECT count(*) FROM bench_m_stated WHERE gd_is_consistent(m)', 0, :'server_jit'),
    ('5',  8, 'SELECT sum(m) FROM bench_m, 2 parallel workers allowed (info)',
     'SELECT sum(m) FROM bench_m', 2, :'server_jit');
UPDATE bench_queries SET q = (
    SELECT format('SELECT %s FROM bench_plain', string_agg(format('sum(c%s)', i), ', ' ORDER BY i))
    FROM generate_series(1, 175) i)
WHERE no IN ('3', '3b');

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

CREATE TEMP TABLE bench_stats AS
SELECT no, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median,
       min(ms) AS min, max(ms) AS max,
       max(workers_launched) AS workers, bool_or(jit_used) AS jit
FROM bench_runs WHERE run > 0 GROUP BY no;

-- Facts about the data, and the checks that the two tables hold the same
-- numbers.
SELECT count(*) AS n_rows,
       count(*) FILTER (WHERE gd_is_consistent(m)) AS n_consistent,
       round(avg(pg_column_size(m)), 1) AS avg_size
FROM bench_m \gset
SELECT count(*) FILTER (WHERE gd_is_consistent(m)) AS n_consistent_stated FROM bench_m_stated \gset
SELECT pg_relation_size('bench_m') AS size_m, pg_relation_size('bench_plain') AS size_plain,
       pg_size_pretty(pg_relation_size('bench_m')) AS pretty_m,
       pg_size_pretty(pg_relation_size('bench_plain')) AS pretty_plain,
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

\pset format unaligned
\pset tuples_only on
\pset footer off

WITH s AS (SELECT * FROM bench_stats),
f AS (SELECT median AS floor FROM s WHERE no = '1'),
r AS (SELECT (SELECT median FROM s WHERE no = '2') AS sum_m,
             (SELECT median FROM s WHERE no = '3') AS sums175,
             (SELECT median FROM s WHERE no = '4') AS consistent,
             (SELECT floor FROM f) AS floor)
SELECT concat_ws(E'\n',
'# gov_disclosure benchmark: sum(gd_applications) and gd_is_consistent on ' || :rows || ' rows',
'',
'Generated by `make bench` (`test/bench/run.sh`); informational, not a test.',
'',
format('- Machine: nproc = %s, CPU: %s, PostgreSQL %s, %s; gov_disclosure at %s.', :'nproc', :'cpu', :'server_version', :'when', :'code'),
format('- Data: %s rows of 2021-format matrices in each table (UNLOGGED), %s %% of cells not stated (NULL); %s of %s rows consistent (%s of %s in bench_m_stated); sum(m) equals the 175 column sums: %s.',
       :n_rows, :'null_pct', :n_consistent, :n_rows, :n_consistent_stated, :n_rows, CASE WHEN :'sums_agree' THEN 'yes' ELSE 'NO' END),
format('- Load: bench_plain %s s (random generation), bench_m %s s (int[] cast from bench_plain).',
       (SELECT v FROM bench_meta WHERE k = 'load_plain_s'), (SELECT v FROM bench_meta WHERE k = 'load_m_s')),
format('- Method: VACUUM ANALYZE, one warm-up round, then the median of %s rounds of EXPLAIN (ANALYZE, TIMING OFF) execution time; max_parallel_workers_per_gather = 0 except (5); jit = %s (server setting) except (3b); shared_buffers = %s (%s).',
       :runs, CASE WHEN :'server_jit' THEN 'on' ELSE 'off' END, :'shared_buffers',
       CASE WHEN greatest(:size_m, :size_plain) > pg_size_bytes(:'shared_buffers') / 4
            THEN 'larger than a quarter of it, each table is scanned through a small ring of buffers: the scans read through the OS page cache'
            ELSE 'both tables stay in shared buffers' END),
'',
'| # | query | median ms | min–max ms | ns/row | ratio to floor | JIT | workers |',
'|---|---|---:|---:|---:|---:|---|---:|',
(SELECT string_agg(format('| %s | %s | %s | %s–%s | %s | %s× | %s | %s |', q.no, q.label,
                          round(s.median::numeric, 1), round(s.min::numeric, 1), round(s.max::numeric, 1),
                          round((s.median * 1e6 / :n_rows)::numeric),
                          round((s.median / f.floor)::numeric, 2),
                          CASE WHEN s.jit THEN 'yes' ELSE 'no' END, s.workers), E'\n' ORDER BY q.ord)
 FROM bench_queries q JOIN s USING (no) CROSS JOIN f),
'',
format('Ratio 175 sums / sum(m): **%s×** (jit off: %s×).',
       round((r.sums175 / r.sum_m)::numeric, 2),
       round(((SELECT median FROM s WHERE no = '3b') / r.sum_m)::numeric, 2)),
'',
'| size | bytes | per row |',
'|---|---:|---:|',
format('| avg(pg_column_size(m)) | %s | |', :avg_size),
format('| pg_relation_size(''bench_m'') | %s (%s) | %s |', :size_m, :'pretty_m', round(:size_m::numeric / :n_rows, 1)),
format('| pg_relation_size(''bench_plain'') | %s (%s) | %s |', :size_plain, :'pretty_plain', round(:size_plain::numeric / :n_rows, 1)),
'',
'| target | measured | |',
'|---|---:|---|',
format('| sum(m) ≤ 1.5× floor | %s× | %s |', round((r.sum_m / r.floor)::numeric, 2),
       CASE WHEN r.sum_m <= 1.5 * r.floor THEN 'met' ELSE 'not met' END),
format('| sum(m) ≥ 10× faster than the 175 sums | %s× | %s |', round((r.sums175 / r.sum_m)::numeric, 2),
       CASE WHEN r.sums175 >= 10 * r.sum_m THEN 'met' ELSE 'not met' END),
format('| consistency scan ≤ 2× floor | %s× | %s |', round((r.consistent / r.floor)::numeric, 2),
       CASE WHEN r.consistent <= 2 * r.floor THEN 'met' ELSE 'not met' END),
format('| avg(pg_column_size(m)) ≤ 760 bytes | %s | %s |', :avg_size,
       CASE WHEN :avg_size <= 760 THEN 'met' ELSE 'not met' END)
)
FROM r;
