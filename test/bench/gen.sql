-- test/bench/gen.sql — build the two benchmark tables (run by run.sh).
--
--   psql -v rows=N -f gen.sql
--
-- bench_plain (id, c1 … c175): table 三 as 175 int columns, row-major in
-- FORMAT.md order (c1 … c7 = new_received × natural_person … total,
-- c8 … c14 = carried_over, …, c169 … c175 = carried_forward).
-- bench_m (id, m gd_applications): the same rows, built from bench_plain.
-- bench_m_stated (id, m gd_applications): the same again with blanks as 0.
--
-- All tables are UNLOGGED: loading skips WAL; scanning them is no
-- different from scanning logged tables.
--
-- Every row is a consistent 2021-format matrix:
--   * the 23 "part" rows (carried_over, the 21 outcome rows, carried_forward)
--     × the 6 applicant columns are drawn at random: a body size
--     s = exp(U · ln 1000) (log-uniform, 1 … 1000: most bodies small, a few
--     large) times a row weight times a column weight times 3·U² (skewed
--     towards 0); many cells are therefore 0;
--   * each of those 138 part cells is "not stated" (NULL) with probability
--     0.127, i.e. ~17.5 of the 175 cells, ~10 %; it counts as 0 in the totals,
--     exactly as FORMAT.md judges a blank part;
--   * total_processed = Σ outcome rows, new_received = total_processed +
--     carried_forward − carried_over (carried_over is capped so this is never
--     negative), total column = Σ the six applicant cells; these totals are
--     always stated, so every identity is judged (when a part is stated) and
--     holds: count(*) WHERE gd_is_consistent(m) must equal the row count.
-- The mean total_processed total is ~170, so sum(m) stays far below
-- 2147483647 up to ~10 million rows.
--
-- setseed() + a single sequential INSERT … SELECT make the data
-- deterministic.  The 175-column SELECT is generated here (format/string_agg)
-- and run with \gexec: no per-row subquery or aggregate, only expressions.

\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;

-- dist=panel (default): bench_plain, bench_m, bench_m_stated as above.
-- dist=uniform: bench_plain_u and bench_mu, the same structure with every
-- part cell uniform in 0 … 29 (no skew, no body size): the totals reach
-- a few thousand, so most values take 2-byte cells; 29 keeps the largest
-- sum of 1M rows (total_processed × total, ~1.6e9) below 2147483647.
\if :{?dist}
\else
\set dist panel
\endif
SELECT :'dist' = 'uniform' AS uniform \gset
\if :uniform
\set plain bench_plain_u
\set m bench_mu
\set part 'floor(30 * random() + 0 * %s)::int'
\else
\set plain bench_plain
\set m bench_m
\set part 'floor(s * %s * 3 * random() ^ 2)::int'
\endif

DROP TABLE IF EXISTS :"m", :"plain";
CREATE TABLE IF NOT EXISTS bench_meta (k text PRIMARY KEY, v text);

SELECT format('CREATE UNLOGGED TABLE %I (id int, %s)', :'plain',
              string_agg(format('c%s int', i), ', ' ORDER BY i))
FROM generate_series(1, 175) i
\gexec

CREATE UNLOGGED TABLE :"m" (id int, m gd_applications);
\if :uniform
\else
DROP TABLE IF EXISTS bench_m_stated;
CREATE UNLOGGED TABLE bench_m_stated (id int, m gd_applications);
\endif

-- Row weights of the part rows (row number in the 2021 format → weight) and
-- column weights of the six applicant columns: natural persons dominate,
-- granted and "not held" dominate the outcomes.
CREATE TEMP TABLE bench_row_w (r int PRIMARY KEY, w float8);
INSERT INTO bench_row_w VALUES
    (2, 0.05),                                       -- carried_over
    (3, 0.45), (4, 0.08),                            -- granted, partially_granted
    (5, 0.004), (6, 0.01), (7, 0.005), (8, 0.02),    -- withheld_*
    (9, 0.01), (10, 0.02), (11, 0.005), (12, 0.005),
    (13, 0.15), (14, 0.03), (15, 0.02),              -- unavailable_*
    (16, 0.05), (17, 0.03), (18, 0.01), (19, 0.01), (20, 0.01),  -- not_processed_*
    (21, 0.03), (22, 0.002), (23, 0.05),             -- other_*
    (25, 0.06);                                      -- carried_forward
CREATE TEMP TABLE bench_col_w (k int PRIMARY KEY, w float8);
INSERT INTO bench_col_w VALUES (1, 1.0), (2, 0.25), (3, 0.02), (4, 0.02), (5, 0.08), (6, 0.1);

SELECT setseed(0.20210101);
SELECT clock_timestamp() AS t0 \gset

-- Level a: the random part cells p<r>_<k>.  Level b (OFFSET 0 keeps it a
-- separate level): per column, tp<k> = Σ rows 3 … 23, cf<k>, and the capped
-- carried_over co<k>.  Outer level: the 175 cells.
WITH
parts AS (
    SELECT r, k, format(
        'CASE WHEN random() < 0.127 THEN NULL ELSE ' || :'part' || ' END AS p%s_%s',
        rw.w * cw.w, r, k) AS expr
    FROM bench_row_w rw CROSS JOIN bench_col_w cw
),
level_b AS (
    SELECT k, format('coalesce(%s, 0) AS tp%s, coalesce(p25_%s, 0) AS cf%s',
                     string_agg(format('coalesce(p%s_%s, 0)', r, k), ' + ' ORDER BY r), k, k, k) AS expr
    FROM bench_row_w, generate_series(1, 6) k
    WHERE r BETWEEN 3 AND 23
    GROUP BY k
),
cell AS (
    -- the expression of cell (r, k), k = 1 … 6
    SELECT r, k,
           CASE r WHEN 1 THEN format('(tp%s + cf%s - coalesce(co%s, 0))', k, k, k)
                  WHEN 2 THEN format('co%s', k)
                  WHEN 24 THEN format('tp%s', k)
                  ELSE format('p%s_%s', r, k) END AS expr
    FROM generate_series(1, 25) r, generate_series(1, 6) k
),
cell7 AS (
    SELECT r, k, expr FROM cell
    UNION ALL
    SELECT r, 7, string_agg(format('coalesce(%s, 0)', expr), ' + ' ORDER BY k)
    FROM cell GROUP BY r
)
SELECT format($q$
INSERT INTO %I
SELECT id, %s
FROM (
    SELECT b.*, %s
    FROM (
        SELECT a.*, %s
        FROM (
            SELECT id, s, %s
            FROM (SELECT id, exp(random() * ln(1000.0)) AS s
                  FROM generate_series(1, %s) id) g
        ) a
        OFFSET 0
    ) b
    OFFSET 0
) c
$q$, :'plain',
    (SELECT string_agg(expr, ', ' ORDER BY r, k) FROM cell7),
    (SELECT string_agg(format('CASE WHEN p2_%s IS NULL THEN NULL ELSE least(p2_%s, tp%s + cf%s) END AS co%s',
                              k, k, k, k, k), ', ' ORDER BY k)
     FROM generate_series(1, 6) k),
    (SELECT string_agg(expr, ', ' ORDER BY k) FROM level_b),
    (SELECT string_agg(expr, ', ' ORDER BY r, k) FROM parts),
    :rows)
\gexec
INSERT INTO bench_meta
SELECT 'load_plain_s_' || :'dist', round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1);
SELECT clock_timestamp() AS t0 \gset

SELECT format('INSERT INTO %I SELECT id, gd_applications(ARRAY[%s]) FROM %I', :'m',
              string_agg(row_arr, ', ' ORDER BY r), :'plain')
FROM (SELECT r, format('ARRAY[%s]', string_agg(format('c%s', (r - 1) * 7 + k), ', ' ORDER BY k)) AS row_arr
      FROM generate_series(1, 25) r, generate_series(1, 7) k
      GROUP BY r) x
\gexec
INSERT INTO bench_meta
SELECT 'load_m_s_' || :'dist', round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1);

-- bench_m_stated: the same matrices with every blank cell written as 0 (still
-- consistent: a blank part counts as 0).  Only for the informational
-- consistency scan (4b): gd_is_consistent has a faster path for matrices
-- without a blank cell.
\if :uniform
\else
SELECT format('INSERT INTO bench_m_stated SELECT id, gd_applications(ARRAY[%s]) FROM bench_plain',
              string_agg(row_arr, ', ' ORDER BY r))
FROM (SELECT r, format('ARRAY[%s]', string_agg(format('coalesce(c%s, 0)', (r - 1) * 7 + k), ', ' ORDER BY k)) AS row_arr
      FROM generate_series(1, 25) r, generate_series(1, 7) k
      GROUP BY r) x
\gexec
\endif

-- bench_m_judged (bench_mu_judged): the same values without their stored
-- verdict, as 0.3.0 wrote them before it kept one (version 1): the header's
-- version byte set to 1 and the 4 bytes of the verdict taken out, through
-- casts to and from bytea (superuser only; dropped again at once).  The
-- blocks form (version 4) has no form without a verdict: its verdict is
-- made one of other identities (a bit of the fingerprint flipped), which
-- is judged from the cells alike.  For the consistency scan that judges
-- the cells (4j, 4uj).
\set judged :m _judged
DROP TABLE IF EXISTS :"judged";
CREATE UNLOGGED TABLE :"judged" (id int, m gd_applications);
BEGIN;
CREATE CAST (gd_applications AS bytea) WITHOUT FUNCTION;
CREATE CAST (bytea AS gd_applications) WITHOUT FUNCTION;
INSERT INTO :"judged"
SELECT id, CASE WHEN get_byte(m::bytea, 2) = 2
                THEN (substr(m::bytea, 1, 2) || '\x01'::bytea || substr(m::bytea, 4, 1) || substr(m::bytea, 9))::gd_applications
                WHEN get_byte(m::bytea, 2) = 4
                THEN set_byte(m::bytea, 4, get_byte(m::bytea, 4) # 2)::gd_applications
                ELSE m END
FROM :"m";
DROP CAST (gd_applications AS bytea);
DROP CAST (bytea AS gd_applications);
COMMIT;

DROP TABLE bench_row_w, bench_col_w;
