-- Parse throughput: MB/s of report text per core, in SQL, over a table of
-- report texts, side by side with length() over the same texts (the floor:
-- reading and detoasting the text).  The texts are the bundled complete
-- real reports (five layouts), repeated to :copies rows each; each row gets
-- a distinct prefix line so no two values are byte-identical.
-- Expects psql variables: samples (loaded by run.sh into bench_samples),
-- copies, runs.
SET max_parallel_workers_per_gather = 0;
SET jit = off;

DROP TABLE IF EXISTS bench_texts;
CREATE UNLOGGED TABLE bench_texts AS
SELECT s.name, i, '第 ' || i || ' 份\n' || s.body AS body
FROM bench_samples s, generate_series(1, :copies) i;
VACUUM ANALYZE bench_texts;

CREATE TEMP TABLE parse_timing (query text, round int, ms float8);
CREATE FUNCTION pg_temp.time_query(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
BEGIN
    t0 := clock_timestamp();
    EXECUTE q;
    RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

-- one warm-up round (not printed), then :runs rounds
\o /dev/null
SELECT pg_temp.time_query('SELECT sum(length(body)) FROM bench_texts'),
       pg_temp.time_query('SELECT count(gd_parse_report(body)) FROM bench_texts');
\o
INSERT INTO parse_timing
SELECT q, r, pg_temp.time_query(q)
FROM generate_series(1, :runs) r,
     unnest(ARRAY['SELECT sum(length(body)) FROM bench_texts',
                  'SELECT count(gd_parse_report(body)) FROM bench_texts']) q;

\pset footer off
\echo
\echo '## Parse throughput (gd_parse_report, one core)'
\echo
\pset tuples_only on
SELECT format('%s report texts (%s distinct real reports × %s), %s MB in all (octet_length).',
              count(*), count(DISTINCT name), :copies,
              round(sum(octet_length(body)) / 1e6, 1)) AS " "
FROM bench_texts;
\echo
\pset format unaligned
SELECT '| query | median ms | MB/s of report text |';
SELECT '|---|---:|---:|';
WITH m AS (
    SELECT query, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM parse_timing GROUP BY query
), size AS (SELECT sum(octet_length(body)) / 1e6 AS mb FROM bench_texts)
SELECT format('| `%s` | %s | %s |', query, round(ms::numeric, 1),
              round((size.mb / (ms / 1000))::numeric, 1))
FROM m, size ORDER BY ms;
WITH m AS (
    SELECT query, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM parse_timing GROUP BY query
), size AS (SELECT sum(octet_length(body)) / 1e6 AS mb FROM bench_texts)
SELECT format(E'\nParse throughput: **%s MB/s** per core (target ≥ 50 MB/s: %s); length() floor %s MB/s.',
              round((size.mb / (p.ms / 1000))::numeric, 1),
              CASE WHEN size.mb / (p.ms / 1000) >= 50 THEN 'met' ELSE 'not met' END,
              round((size.mb / (f.ms / 1000))::numeric, 1))
FROM size, m p, m f WHERE p.query LIKE '%gd_parse_report%' AND f.query LIKE '%length%';
\pset tuples_only off
\pset format aligned
DROP TABLE bench_texts;
