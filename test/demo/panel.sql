-- test/demo/panel.sql — a synthetic but realistic panel of annual reports on
-- open government information, loaded into gd_reports for the demo.
--
-- FICTIONAL DATA.  松岚市 (Songlan, code 233100) and its districts and
-- counties do not exist; 2331xx is not an assigned GB/T 2260 prefecture.
-- Every number is generated here; nothing is taken from a real report.
--
-- What it holds
--   8 county-level units of 松岚市, each with its people's government and five
--   departments (教育局, 自然资源局, 住房和城乡建设局, 市场监督管理局,
--   人力资源和社会保障局): 48 bodies, reports for 2019–2025 (335 reports:
--   48 × 7 minus one missing year).
--     233102 青枫区 Qingfeng   233103 白桦区 Baihua    233104 鹤汀区 Heting
--     233105 望川区 Wangchuan  233121 柳溪县 Liuxi     233122 石砚县 Shiyan
--     233123 云墩县 Yundun     233181 北泠市 Beiling (county-level city)
--   2019 and 2020 reports use the 2019 trial format (table 三 with 23 rows,
--   （六）其他处理 one row; the 2019 table 二 with items, changes and
--   procurement); 2021 onwards the 2021 format, except three 2021-period
--   reports that still print the 2019 row set (below).
--
-- How it is generated (deterministic: no random(); every draw is
-- md5(key) read as a number in [0, 1), so the panel is the same on every run)
--   * Applications are simulated one by one as a log for 2018–2025: each has
--     an applicant column, an outcome and a flag "answered next year".  The
--     number received grows over the years and is skewed: a district
--     government or a 自然资源局 gets tens to a hundred a year, a 住建局 some
--     tens, 教育局 / 市场监管局 / 人社局 none to a handful; urban districts
--     more than counties.  About 85 % of applicants are natural persons;
--     予以公开 and 本机关不掌握 are the common outcomes.
--   * Table 三 is counted from the log, so identities A, B, C hold and
--     carried_over(Y) = carried_forward(Y−1) in every column, by construction.
--   * Table 四 draws reconsiderations and suits from the refused applications;
--     each district has its own correction propensity.  D holds.
--   * Table 二: normative documents issued, repealed and in force roll
--     forward (X2 holds), decision counts by kind of body, fees in 万元
--     with up to six decimals; 2019 format: item counts that carry into the
--     next year's 上一年项目数量, signed changes, procurement in 万元.
--   * Small bodies with one or two applications could repeat a table by
--     chance; where the raw draw does, one more application (or one more
--     upheld reconsideration) is added, so X3 fires only where injected.
--     All-zero tables repeated year after year are left alone: X3 exempts
--     them (a body with no applications is normal).
--
-- Injected departures (also in table demo_injected, with the printed and
-- the true values; the demo checks that gd_audit finds exactly these)
--   kind                   organ                     year  cell
--   mistyped_cell          白桦区自然资源局          2023  granted × natural_person: digits transposed
--                                                          → B (column natural_person) and C (row granted), crossing there
--   row_total_off_by_one   望川区人民政府            2024  new_received × total printed one more
--                                                          → C (row new_received) and A (column total)
--   column_fails_A         鹤汀区住房和城乡建设局    2022  new_received × natural_person printed one less,
--                                                          the 总计 column left right → A fails in column
--                                                          natural_person only (and C in row new_received)
--   blank_total_column     柳溪县人民政府            2025  the whole 总计 column blank: not an error, A/B in
--                                                          that column and C are not judged → no finding
--   carry_over_break       青枫区人民政府            2025  carried_over printed 0 in every column, those
--                                                          applications counted as new_received instead
--                                                          (the report balances) → X1 per non-zero column
--   copied_last_year       青枫区教育局              2020  tables 二, 三, 四 copied from 2019 → X3 for
--                                                          二 and 三 (its 四 is all zero: X3 exempts that)
--   in_force_break         北泠市人民政府            2024  行政规范性文件 现行有效件数 9 lower than last
--                                                          year + issued − repealed (a clean-up not counted
--                                                          as repeals) → X2
--   missing_year           鹤汀区自然资源局          2022  no report: 2021 and 2023 must NOT be compared
--                                                          (a naive comparison would see 上年结转 and
--                                                          现行有效 differ across the gap)
--   format_2019_in_2021    石砚县人民政府            2021  printed in the 2019 row set (tables 二 and 三)
--   format_2019_in_2021    云墩县住房和城乡建设局    2021  likewise
--   format_2019_in_2021    望川区市场监督管理局      2022  likewise
--   zeros_blank            白桦区市场监督管理局      all   zeros of table 三 left blank (style, not error)
--
-- Tables left behind: demo_regions, demo_organs, demo_injected, and the rows
-- of gd_reports whose source is 'synthetic: test/demo/panel.sql'.  Running
-- the file again replaces them.

BEGIN;
SET LOCAL client_min_messages = warning;

DROP TABLE IF EXISTS demo_injected, demo_organs, demo_regions;
DELETE FROM gd_reports WHERE source = 'synthetic: test/demo/panel.sql';

-- A draw in [0, 1) from a key: the first 32 bits of its md5.
CREATE FUNCTION pg_temp.u(key text) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT AS
$$ SELECT ('x' || substr(md5(key), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

-- A Poisson draw with mean lambda, by inversion of the draw u.
CREATE FUNCTION pg_temp.poisson(lambda float8, u float8) RETURNS int
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    k int := 0;
    p float8 := exp(-lambda);
    s float8 := exp(-lambda);
BEGIN
    WHILE u > s AND k < 1000 LOOP
        k := k + 1;
        p := p * lambda / k;
        s := s + p;
    END LOOP;
    RETURN k;
END $$;

-- ---------------------------------------------------------------------------
-- Places and bodies
-- ---------------------------------------------------------------------------

CREATE TABLE demo_regions (
    region_code text PRIMARY KEY,
    name text NOT NULL,
    name_en text NOT NULL
);
COMMENT ON TABLE demo_regions IS 'demo: the fictional 松岚市 and its county-level units (GB/T 2260-style codes)';
INSERT INTO demo_regions VALUES
    ('233100', '松岚市', 'Songlan (prefecture)'),
    ('233102', '青枫区', 'Qingfeng District'),
    ('233103', '白桦区', 'Baihua District'),
    ('233104', '鹤汀区', 'Heting District'),
    ('233105', '望川区', 'Wangchuan District'),
    ('233121', '柳溪县', 'Liuxi County'),
    ('233122', '石砚县', 'Shiyan County'),
    ('233123', '云墩县', 'Yundun County'),
    ('233181', '北泠市', 'Beiling (county-level city)');

-- How busy each unit is (urban core > suburbs > counties).
CREATE TEMP TABLE unit_scale (region_code text PRIMARY KEY, scale float8) ON COMMIT DROP;
INSERT INTO unit_scale VALUES
    ('233102', 1.6), ('233103', 1.3), ('233104', 1.0), ('233105', 0.8),
    ('233121', 0.6), ('233122', 0.4), ('233123', 0.5), ('233181', 0.9);

-- Kinds of body: base applications a year (at scale 1, 2019), share of
-- applications answered only next year, reconsideration rate per refusal.
CREATE TEMP TABLE kinds (
    kind text PRIMARY KEY, kind_zh text, kind_en text, ord int,
    base float8, p_carry float8, p_review float8, p_suit float8, p_natural float8
) ON COMMIT DROP;
INSERT INTO kinds VALUES
    ('gov',     '人民政府',             'government',                1, 40, 0.06, 0.10, 0.035, 0.88),
    ('edu',     '教育局',               'education bureau',          2,  3, 0.00, 0.04, 0.000, 0.93),
    ('natres',  '自然资源局',           'natural resources bureau',  3, 30, 0.08, 0.10, 0.040, 0.80),
    ('housing', '住房和城乡建设局',     'housing and construction',  4, 18, 0.05, 0.08, 0.030, 0.82),
    ('market',  '市场监督管理局',       'market regulation bureau',  5,  4, 0.03, 0.04, 0.000, 0.86),
    ('hrss',    '人力资源和社会保障局', 'human resources bureau',    6,  2, 0.00, 0.04, 0.000, 0.90);

CREATE TABLE demo_organs (
    organ text PRIMARY KEY,
    region_code text NOT NULL REFERENCES demo_regions,
    kind text NOT NULL,
    kind_zh text NOT NULL,
    kind_en text NOT NULL
);
COMMENT ON TABLE demo_organs IS 'demo: the 48 bodies of the panel, their county-level unit and kind';
INSERT INTO demo_organs
SELECT r.name || k.kind_zh, r.region_code, k.kind, k.kind_zh, k.kind_en
FROM demo_regions r CROSS JOIN kinds k
WHERE r.region_code <> '233100';

-- Growth of applications over the years (2018 feeds 2019's carried_over).
CREATE TEMP TABLE growth (y int PRIMARY KEY, g float8) ON COMMIT DROP;
INSERT INTO growth VALUES (2018, 0.90), (2019, 1.00), (2020, 1.10), (2021, 1.25),
                          (2022, 1.35), (2023, 1.30), (2024, 1.40), (2025, 1.45);

-- ---------------------------------------------------------------------------
-- The application log
-- ---------------------------------------------------------------------------

-- Outcome weights by row of the 2021 table 三 (rows 3–23), per kind of body.
CREATE TEMP TABLE outcome_w (row_no int, gov float8, edu float8, natres float8,
                             housing float8, market float8, hrss float8) ON COMMIT DROP;
INSERT INTO outcome_w VALUES
    ( 3, 38, 55, 42, 45, 50, 55),   -- granted
    ( 4,  8,  5, 10,  8,  6,  5),   -- partially_granted
    ( 5, .2, .1, .2, .1, .1, .1),   -- withheld_state_secret
    ( 6, .4, .2, .3, .3, .3, .2),   -- withheld_prohibited_by_law
    ( 7, .4, .1, .3, .2, .1, .1),   -- withheld_security_stability
    ( 8,  2,  1,  3,  3,  2,  2),   -- withheld_third_party
    ( 9,  1, .5, .5, .5, .5, .5),   -- withheld_internal_affairs
    (10,  2,  1,  2,  2,  1,  1),   -- withheld_process_info
    (11, .6, .2,  1, .6,  2, .5),   -- withheld_enforcement_file
    (12, .6, .2,  2,  1, .5, .5),   -- withheld_inquiry_matter
    (13, 26, 22, 20, 20, 20, 20),   -- unavailable_not_held
    (14,  4,  3,  4,  4,  3,  3),   -- unavailable_needs_creation
    (15,  3,  2,  3,  3,  2,  2),   -- unavailable_unclear
    (16,  6,  3,  4,  4,  4,  3),   -- not_processed_complaint
    (17,  3,  1,  3,  2,  2,  1),   -- not_processed_duplicate
    (18, .5, .3, .3, .3, .3, .3),   -- not_processed_publication
    (19,  1, .1,  1, .5, .2, .1),   -- not_processed_excessive
    (20,  1, .5,  1,  1, .5, .5),   -- not_processed_confirmation
    (21,  3,  1,  3,  2,  2,  1),   -- other_no_supplement
    (22, .2,  0, .2,  0,  0,  0),   -- other_unpaid_fee
    (23,  2,  1,  2,  2,  1,  1);   -- other_misc

-- Cumulative bounds per kind, normalised to [0, 1).
CREATE TEMP TABLE outcome_cum ON COMMIT DROP AS
WITH long AS (
    SELECT row_no, k.kind,
           CASE k.kind WHEN 'gov' THEN gov WHEN 'edu' THEN edu WHEN 'natres' THEN natres
                       WHEN 'housing' THEN housing WHEN 'market' THEN market ELSE hrss END AS w
    FROM outcome_w CROSS JOIN kinds k
)
SELECT kind, row_no,
       sum(w) OVER (PARTITION BY kind ORDER BY row_no) / sum(w) OVER (PARTITION BY kind) AS hi
FROM long;

-- One row per application received: organ, year received, serial number,
-- applicant column (1–6), outcome row (3–23), answered next year or not.
CREATE TEMP TABLE app_log ON COMMIT DROP AS
WITH oy AS (
    SELECT o.organ, o.kind, o.region_code, g.y,
           -- Poisson around a noisy mean: small bodies often get none at all
           pg_temp.poisson(k.base * s.scale * g.g * (0.65 + 0.7 * pg_temp.u(o.organ || g.y || ':n')),
                           pg_temp.u(o.organ || g.y || ':r')) AS n
    FROM demo_organs o JOIN kinds k USING (kind) JOIN unit_scale s USING (region_code)
    CROSS JOIN growth g
), draws AS (
    SELECT oy.organ, oy.kind, oy.y AS received, i,
           pg_temp.u(oy.organ || oy.y || ':' || i || ':col') AS ucol,
           pg_temp.u(oy.organ || oy.y || ':' || i || ':out') AS uout,
           pg_temp.u(oy.organ || oy.y || ':' || i || ':carry') AS ucarry
    FROM oy, generate_series(1, oy.n) i
)
SELECT d.organ, d.kind, d.received, d.i,
       CASE WHEN d.ucol < k.p_natural THEN 1                                  -- natural_person
            WHEN d.ucol < k.p_natural + (1 - k.p_natural) * 0.55 THEN 2       -- commercial
            WHEN d.ucol < k.p_natural + (1 - k.p_natural) * 0.58 THEN 3       -- research
            WHEN d.ucol < k.p_natural + (1 - k.p_natural) * 0.62 THEN 4       -- public_interest
            WHEN d.ucol < k.p_natural + (1 - k.p_natural) * 0.82 THEN 5       -- legal_service
            ELSE 6 END AS col_no,                                             -- other_org
       (SELECT c.row_no FROM outcome_cum c
        WHERE c.kind = d.kind AND c.hi > d.uout ORDER BY c.hi LIMIT 1) AS outcome,
       d.ucarry < k.p_carry AS carried
FROM draws d JOIN kinds k USING (kind);

-- ---------------------------------------------------------------------------
-- Table 三 (true values, 2021 layout) from the log
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE truth_apps (organ text, y int, m gd_applications, PRIMARY KEY (organ, y)) ON COMMIT DROP;

CREATE FUNCTION pg_temp.build_truth_apps() RETURNS void LANGUAGE sql AS $$
    TRUNCATE truth_apps;
    INSERT INTO truth_apps
    WITH events AS (
        SELECT organ, received AS y, 1 AS row_no, col_no FROM app_log                      -- new_received
        UNION ALL SELECT organ, received + 1, 2, col_no FROM app_log WHERE carried         -- carried_over
        UNION ALL SELECT organ, received + carried::int, outcome, col_no FROM app_log      -- outcome rows
        UNION ALL SELECT organ, received + carried::int, 24, col_no FROM app_log           -- total_processed
        UNION ALL SELECT organ, received, 25, col_no FROM app_log WHERE carried            -- carried_forward
    ), counted AS (
        SELECT organ, y, row_no, col_no, count(*)::int AS v FROM events GROUP BY 1, 2, 3, 4
    ), grid AS (
        SELECT o.organ, y, row_no, col_no, coalesce(c.v, 0) AS v
        FROM demo_organs o CROSS JOIN generate_series(2019, 2025) y
        CROSS JOIN generate_series(1, 25) row_no CROSS JOIN generate_series(1, 6) col_no
        LEFT JOIN counted c USING (organ, y, row_no, col_no)
    ), rowarr AS (
        SELECT organ, y, row_no, array_agg(v ORDER BY col_no) || sum(v)::int AS r
        FROM grid GROUP BY organ, y, row_no
    )
    SELECT organ, y, array_agg(r ORDER BY row_no)::gd_applications
    FROM rowarr GROUP BY organ, y;
$$;

-- Which reports are printed in the 2019 format.
CREATE TEMP TABLE printed_format ON COMMIT DROP AS
SELECT o.organ, y,
       CASE WHEN y <= 2020
              OR (o.organ, y) IN (('石砚县人民政府', 2021), ('云墩县住房和城乡建设局', 2021),
                                  ('望川区市场监督管理局', 2022))
            THEN 2019 ELSE 2021 END AS format
FROM demo_organs o CROSS JOIN generate_series(2019, 2025) y;

-- Small bodies: where a table 三 would repeat last year's non-zero table by
-- chance, add one granted application from a natural person and rebuild.
DO $$
DECLARE
    fixes int;
    rounds int := 0;
BEGIN
    LOOP
        PERFORM pg_temp.build_truth_apps();
        INSERT INTO app_log (organ, kind, received, i, col_no, outcome, carried)
        SELECT cur.organ, o.kind, cur.y, 1000 + rounds, 1, 3, false
        FROM truth_apps cur
        JOIN truth_apps prev ON prev.organ = cur.organ AND prev.y = cur.y - 1
        JOIN printed_format fc ON fc.organ = cur.organ AND fc.y = cur.y
        JOIN printed_format fp ON fp.organ = prev.organ AND fp.y = prev.y
        JOIN demo_organs o ON o.organ = cur.organ
        WHERE fc.format = fp.format
          AND CASE WHEN fc.format = 2019 THEN gd_to_2019(cur.m) = gd_to_2019(prev.m) ELSE cur.m = prev.m END
          AND gd_cell(cur.m, 'new_received', 'total') + gd_cell(cur.m, 'carried_over', 'total') > 0;
        GET DIAGNOSTICS fixes = ROW_COUNT;
        EXIT WHEN fixes = 0;
        rounds := rounds + 1;
        IF rounds > 10 THEN
            RAISE EXCEPTION 'panel: table 三 repeats do not converge';
        END IF;
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------
-- Table 四 (true values): reconsiderations and suits from the refusals
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE truth_appeals (organ text, y int, a int[], PRIMARY KEY (organ, y)) ON COMMIT DROP;
INSERT INTO truth_appeals
WITH refused AS (
    SELECT t.organ, t.y, o.kind, o.region_code,
           gd_cell(t.m, 'total_processed', 'total')
             - gd_cell(t.m, 'granted', 'total') - gd_cell(t.m, 'partially_granted', 'total') AS n
    FROM truth_apps t JOIN demo_organs o USING (organ)
), counts AS (
    SELECT r.*, k.p_review, k.p_suit,
           floor(r.n * k.p_review + pg_temp.u(r.organ || r.y || ':rv'))::int AS n_review,
           floor(r.n * k.p_suit + pg_temp.u(r.organ || r.y || ':sd'))::int AS n_direct
    FROM refused r JOIN kinds k USING (kind)
), cases AS (
    SELECT organ, y, region_code, 0 AS block, i FROM counts, generate_series(1, n_review) i
    UNION ALL
    SELECT organ, y, region_code, 1, i FROM counts, generate_series(1, n_direct) i
    UNION ALL   -- about a quarter of reconsiderations go on to court
    SELECT organ, y, region_code, 2, i FROM counts,
           generate_series(1, floor(n_review * 0.25 + pg_temp.u(organ || y || ':sa'))::int) i
), results AS (
    -- each district has its own propensity to correct (0.05–0.35)
    SELECT organ, y, block,
           CASE WHEN uu < 0.10 THEN 4                                               -- pending
                WHEN uu < 0.10 + 0.05 + 0.30 * pg_temp.u(region_code || ':corr')
                     * CASE WHEN block = 0 THEN 1 ELSE 0.5 END THEN 2               -- corrected
                WHEN uu < 0.90 THEN 1                                               -- upheld
                ELSE 3 END AS result                                                -- other
    FROM (SELECT c.*, pg_temp.u(organ || y || ':' || block || ':' || i) AS uu FROM cases c) s
), grid AS (
    SELECT o.organ, y, b, res,
           (SELECT count(*) FROM results r WHERE r.organ = o.organ AND r.y = yy.y
                                             AND r.block = b AND r.result = res)::int AS v
    FROM demo_organs o CROSS JOIN generate_series(2019, 2025) yy(y)
    CROSS JOIN generate_series(0, 2) b CROSS JOIN generate_series(1, 4) res
)
SELECT organ, y,
       array_agg(v ORDER BY b, res)
FROM (SELECT organ, y, b, res, v FROM grid
      UNION ALL
      SELECT organ, y, b, 5, sum(v)::int FROM grid GROUP BY organ, y, b) s
GROUP BY organ, y;

-- Where a non-zero table 四 would repeat last year's by chance, add one
-- upheld reconsideration (year by year, so the fix cannot create a repeat).
DO $$
DECLARE
    r record;
    prev int[];
    prev_organ text := NULL;
BEGIN
    FOR r IN SELECT organ, y, a FROM truth_appeals ORDER BY organ, y LOOP
        IF r.organ IS DISTINCT FROM prev_organ THEN
            prev := NULL;
        END IF;
        IF r.a = prev AND r.a <> array_fill(0, ARRAY[15]) THEN
            r.a[1] := r.a[1] + 1;
            r.a[5] := r.a[5] + 1;
            UPDATE truth_appeals SET a = r.a WHERE organ = r.organ AND y = r.y;
        END IF;
        prev := r.a;
        prev_organ := r.organ;
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------
-- Table 二 (true values) in both formats
-- ---------------------------------------------------------------------------

-- Normative documents: issued and repealed each year; in force rolls forward
-- from a base at the end of 2020.  北泠市人民政府 cleans up 9 in 2024 without
-- counting them as repealed (the injected X2 break).
CREATE TEMP TABLE norm_docs ON COMMIT DROP AS
WITH draws AS (
    SELECT o.organ, o.kind, y,
           CASE WHEN o.kind = 'gov' THEN floor(3 + 10 * pg_temp.u(o.organ || y || ':ndi'))
                ELSE floor(2.4 * pg_temp.u(o.organ || y || ':ndi')) END::int AS issued,
           CASE WHEN o.kind = 'gov' THEN floor(6 * pg_temp.u(o.organ || y || ':ndr'))
                ELSE (pg_temp.u(o.organ || y || ':ndr') < 0.25)::int END AS repealed,
           CASE WHEN o.organ = '北泠市人民政府' AND y = 2024 THEN 9 ELSE 0 END AS cleanup,
           CASE WHEN o.kind = 'gov' THEN 40 + floor(50 * pg_temp.u(o.organ || ':ndbase'))
                ELSE 5 + floor(12 * pg_temp.u(o.organ || ':ndbase')) END::int AS base
    FROM demo_organs o CROSS JOIN generate_series(2019, 2025) y
)
SELECT organ, kind, y, issued, repealed, cleanup,
       -- in force at the end of year y (meaningful from 2021 on)
       base + sum(CASE WHEN y >= 2021 THEN issued - repealed - cleanup ELSE 0 END)
                  OVER (PARTITION BY organ ORDER BY y) AS in_force,
       -- 2019 format: documents published to date (cumulative)
       base * 3 + sum(issued) OVER (PARTITION BY organ ORDER BY y) AS total_published
FROM draws;

-- Decision counts and money by kind of body (scaled by the unit's size).
CREATE TEMP TABLE pro_truth ON COMMIT DROP AS
SELECT o.organ, o.kind, y, s.scale,
       floor(s.scale * CASE o.kind WHEN 'gov' THEN 5 + 20 * v1 WHEN 'edu' THEN 30 + 120 * v1
                                   WHEN 'natres' THEN 200 + 700 * v1 WHEN 'housing' THEN 300 + 1200 * v1
                                   WHEN 'market' THEN 1500 + 4500 * v1 ELSE 800 + 3200 * v1 END)::bigint AS licensing,
       floor(s.scale * CASE o.kind WHEN 'gov' THEN 0 WHEN 'edu' THEN 3 * v2
                                   WHEN 'natres' THEN 10 + 70 * v2 WHEN 'housing' THEN 5 + 35 * v2
                                   WHEN 'market' THEN 150 + 550 * v2 ELSE 5 + 25 * v2 END)::bigint AS penalty,
       floor(s.scale * CASE o.kind WHEN 'natres' THEN 10 * v3 WHEN 'housing' THEN 5 * v3
                                   WHEN 'market' THEN 10 + 50 * v3 ELSE 0 END)::bigint AS coercion,
       -- fees in 万元: 不动产登记费 to six decimals, others coarser
       CASE o.kind WHEN 'natres' THEN round((s.scale * (80 + 320 * v4))::numeric, 6)
                   WHEN 'housing' THEN round((s.scale * (5 + 55 * v4))::numeric, 4)
                   WHEN 'market' THEN round((s.scale * (0.5 + 4.5 * v4))::numeric, 2)
                   ELSE 0 END AS fees,
       floor(2 + 28 * s.scale * v5)::bigint AS procurement_projects,
       round((s.scale * CASE WHEN o.kind = 'gov' THEN 800 + 4000 * v6 ELSE 20 + 600 * v6 END)::numeric, 4)
           AS procurement_amount
FROM demo_organs o JOIN unit_scale s USING (region_code) CROSS JOIN generate_series(2019, 2025) y,
     LATERAL (SELECT pg_temp.u(o.organ || y || ':p1') AS v1, pg_temp.u(o.organ || y || ':p2') AS v2,
                     pg_temp.u(o.organ || y || ':p3') AS v3, pg_temp.u(o.organ || y || ':p4') AS v4,
                     pg_temp.u(o.organ || y || ':p5') AS v5, pg_temp.u(o.organ || y || ':p6') AS v6) v;

-- 2019 format item counts: 上一年项目数量 of year y = that of y−1 plus its change.
CREATE TEMP TABLE items ON COMMIT DROP AS
WITH base AS (
    SELECT o.organ, o.kind, it.item, y,
           floor(CASE it.item
               WHEN 'licensing' THEN CASE o.kind WHEN 'market' THEN 120 WHEN 'natres' THEN 60 WHEN 'housing' THEN 40
                                                  WHEN 'edu' THEN 15 WHEN 'gov' THEN 8 ELSE 30 END
               WHEN 'other_services' THEN 8
               WHEN 'penalty' THEN CASE o.kind WHEN 'market' THEN 800 WHEN 'natres' THEN 200 WHEN 'housing' THEN 250
                                                WHEN 'edu' THEN 40 WHEN 'gov' THEN 0 ELSE 120 END
               WHEN 'coercion' THEN CASE o.kind WHEN 'market' THEN 30 WHEN 'natres' THEN 12 WHEN 'housing' THEN 10 ELSE 0 END
               ELSE CASE o.kind WHEN 'natres' THEN 8 WHEN 'housing' THEN 6 WHEN 'market' THEN 7 ELSE 0 END
           END * (1 + pg_temp.u(o.organ || it.item || ':base')))::int AS base,
           pg_temp.u(o.organ || it.item || y || ':chg') AS uchg
    FROM demo_organs o
    CROSS JOIN unnest(ARRAY['licensing', 'other_services', 'penalty', 'coercion', 'fee']) it(item)
    CROSS JOIN generate_series(2019, 2025) y
), changes AS (
    -- a body without such items keeps none; a short list changes by −1 … +1
    -- a year, a long one by −3 … +2 (so no list can go below zero)
    SELECT organ, item, y, base,
           CASE WHEN base = 0 THEN 0
                WHEN base < 20 THEN floor(3 * uchg)::int - 1
                ELSE floor(6 * uchg)::int - 3 END AS change
    FROM base
)
SELECT organ, item, y,
       base + coalesce(sum(change) OVER (PARTITION BY organ, item ORDER BY y
                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS prev,
       change
FROM changes;
DO $$
BEGIN
    IF EXISTS (SELECT FROM items WHERE prev < 0 OR prev + change < 0) THEN
        RAISE EXCEPTION 'panel: an item count went below zero';
    END IF;
END $$;

CREATE TEMP TABLE truth_pro (organ text, y int, p2021 gd_proactive, p2019 gd_proactive,
                             PRIMARY KEY (organ, y)) ON COMMIT DROP;
INSERT INTO truth_pro
SELECT p.organ, p.y,
       jsonb_build_object(
           'format', 2021,
           -- county-level bodies make no 规章: governments print 0, departments leave it blank
           'rules_issued', CASE WHEN p.kind = 'gov' THEN 0 END,
           'rules_repealed', CASE WHEN p.kind = 'gov' THEN 0 END,
           'rules_in_force', CASE WHEN p.kind = 'gov' THEN 0 END,
           'normative_docs_issued', n.issued, 'normative_docs_repealed', n.repealed,
           'normative_docs_in_force', n.in_force,
           'licensing_decisions', p.licensing, 'penalty_decisions', p.penalty,
           'coercion_decisions', p.coercion, 'fees_collected', p.fees)::gd_proactive,
       jsonb_build_object(
           'format', 2019,
           'rules_made', CASE WHEN p.kind = 'gov' THEN 0 END,
           'rules_published', CASE WHEN p.kind = 'gov' THEN 0 END,
           'rules_total_published', CASE WHEN p.kind = 'gov' THEN 0 END,
           'normative_docs_made', n.issued, 'normative_docs_published', n.issued,
           'normative_docs_total_published', n.total_published,
           'licensing_items_prev', (SELECT prev FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'licensing'),
           'licensing_items_change', (SELECT change FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'licensing'),
           'licensing_decisions', p.licensing,
           'other_services_items_prev', (SELECT prev FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'other_services'),
           'other_services_items_change', (SELECT change FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'other_services'),
           'other_services_decisions', floor(p.licensing * 0.1),
           'penalty_items_prev', (SELECT prev FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'penalty'),
           'penalty_items_change', (SELECT change FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'penalty'),
           'penalty_decisions', p.penalty,
           'coercion_items_prev', (SELECT prev FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'coercion'),
           'coercion_items_change', (SELECT change FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'coercion'),
           'coercion_decisions', p.coercion,
           'fee_items_prev', (SELECT prev FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'fee'),
           'fee_items_change', (SELECT change FROM items i WHERE i.organ = p.organ AND i.y = p.y AND item = 'fee'),
           'procurement_projects', p.procurement_projects,
           'procurement_amount', p.procurement_amount)::gd_proactive
FROM pro_truth p JOIN norm_docs n USING (organ, y);

-- ---------------------------------------------------------------------------
-- The reports as published
-- ---------------------------------------------------------------------------

INSERT INTO gd_reports (organ, region_code, year, format, proactive, applications, appeals, source)
SELECT o.organ, o.region_code, f.y, f.format,
       CASE f.format WHEN 2019 THEN p.p2019 ELSE p.p2021 END,
       CASE f.format WHEN 2019 THEN gd_to_2019(t.m) ELSE t.m END,
       ap.a::gd_appeals,
       'synthetic: test/demo/panel.sql'
FROM demo_organs o
JOIN printed_format f USING (organ)
JOIN truth_apps t ON t.organ = o.organ AND t.y = f.y
JOIN truth_appeals ap ON ap.organ = o.organ AND ap.y = f.y
JOIN truth_pro p ON p.organ = o.organ AND p.y = f.y;

-- ---------------------------------------------------------------------------
-- Injected departures, each recorded with what was printed and what was true
-- ---------------------------------------------------------------------------

CREATE TABLE demo_injected (
    organ text NOT NULL,
    year int NOT NULL,
    kind text NOT NULL,
    cell text,
    note text NOT NULL,
    PRIMARY KEY (organ, year, kind)
);
COMMENT ON TABLE demo_injected IS 'demo: the departures injected into the synthetic panel (test/demo/panel.sql), with the cell, the printed and the true values';

-- Set every stated cell of table 三 that is 0 to "not stated".
CREATE FUNCTION pg_temp.blank_zeros(m gd_applications) RETURNS gd_applications
LANGUAGE plpgsql AS $$
DECLARE c record;
BEGIN
    FOR c IN SELECT row_key, column_key FROM gd_cells(m) WHERE value = 0 LOOP
        m := gd_set_cell(m, c.row_key, c.column_key, NULL);
    END LOOP;
    RETURN m;
END $$;

-- Set a whole column of table 三 to "not stated".
CREATE FUNCTION pg_temp.blank_column(m gd_applications, col text) RETURNS gd_applications
LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
    FOR r IN SELECT row_key FROM gd_rows(gd_format(m)) LOOP
        m := gd_set_cell(m, r.row_key, col, NULL);
    END LOOP;
    RETURN m;
END $$;

-- The digits of n reversed (a transposition typo); n + 10 when that changes nothing.
CREATE FUNCTION pg_temp.transpose(n int) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN n >= 10 AND reverse(n::text)::int <> n THEN reverse(n::text)::int ELSE n + 10 END
$$;

DO $$
DECLARE
    m gd_applications;
    v int;
    moved int[];
    c record;
BEGIN
    -- 1. mistyped cell: 白桦区自然资源局 2023, granted × natural_person, digits transposed
    SELECT applications INTO m FROM gd_reports WHERE organ = '白桦区自然资源局' AND year = 2023;
    v := gd_cell(m, 'granted', 'natural_person');
    UPDATE gd_reports SET applications = gd_set_cell(m, 'granted', 'natural_person', pg_temp.transpose(v))
    WHERE organ = '白桦区自然资源局' AND year = 2023;
    INSERT INTO demo_injected VALUES ('白桦区自然资源局', 2023, 'mistyped_cell', 'granted × natural_person',
        format('予以公开·自然人 printed %s, true %s (%s)',
               pg_temp.transpose(v), v,
               CASE WHEN pg_temp.transpose(v) = v + 10 THEN 'a stray 1 typed in front' ELSE 'digits transposed' END));

    -- 2. row total off by one: 望川区人民政府 2024, new_received × total
    SELECT applications INTO m FROM gd_reports WHERE organ = '望川区人民政府' AND year = 2024;
    v := gd_cell(m, 'new_received', 'total');
    UPDATE gd_reports SET applications = gd_set_cell(m, 'new_received', 'total', v + 1)
    WHERE organ = '望川区人民政府' AND year = 2024;
    INSERT INTO demo_injected VALUES ('望川区人民政府', 2024, 'row_total_off_by_one', 'new_received × total',
        format('本年新收·总计 printed %s; its six columns add up to %s', v + 1, v));

    -- 3. a column failing A while the 总计 column balances: 鹤汀区住房和城乡建设局 2022
    SELECT applications INTO m FROM gd_reports WHERE organ = '鹤汀区住房和城乡建设局' AND year = 2022;
    v := gd_cell(m, 'new_received', 'natural_person');
    UPDATE gd_reports SET applications = gd_set_cell(m, 'new_received', 'natural_person', v - 1)
    WHERE organ = '鹤汀区住房和城乡建设局' AND year = 2022;
    INSERT INTO demo_injected VALUES ('鹤汀区住房和城乡建设局', 2022, 'column_fails_A', 'new_received × natural_person',
        format('本年新收·自然人 printed %s, true %s; the 总计 column is right (and balances)', v - 1, v));

    -- 4. blank total column: 柳溪县人民政府 2025 (not an error: not judged)
    UPDATE gd_reports SET applications = pg_temp.blank_column(applications, 'total')
    WHERE organ = '柳溪县人民政府' AND year = 2025;
    INSERT INTO demo_injected VALUES ('柳溪县人民政府', 2025, 'blank_total_column', '* × total',
        '总计 column blank in all 25 rows: not judged, so no finding');

    -- 5. carry-over break (X1): 青枫区人民政府 2025 restarts at 0 and counts the
    --    applications carried from 2024 as received in 2025 (the report balances)
    SELECT applications INTO m FROM gd_reports WHERE organ = '青枫区人民政府' AND year = 2025;
    IF coalesce(gd_cell(m, 'carried_over', 'total'), 0) = 0 THEN
        RAISE EXCEPTION 'panel: 青枫区人民政府 2025 has no carried_over to break';
    END IF;
    moved := ARRAY[]::int[];
    FOR c IN SELECT column_key FROM gd_columns() ORDER BY column_no LOOP
        v := gd_cell(m, 'carried_over', c.column_key);
        moved := moved || v;
        m := gd_set_cell(m, 'new_received', c.column_key, gd_cell(m, 'new_received', c.column_key) + v);
        m := gd_set_cell(m, 'carried_over', c.column_key, 0);
    END LOOP;
    UPDATE gd_reports SET applications = m WHERE organ = '青枫区人民政府' AND year = 2025;
    INSERT INTO demo_injected VALUES ('青枫区人民政府', 2025, 'carry_over_break', 'carried_over × *',
        format('上年结转 printed 0; 2024 carried forward %s (by column %s), counted here as 本年新收',
               moved[7], array_to_string(moved[1:6], '/')));

    -- 6. numbers copied from last year (X3): 青枫区教育局 2020 repeats 2019
    IF (SELECT gd_cell(applications, 'new_received', 'total') FROM gd_reports
        WHERE organ = '青枫区教育局' AND year = 2019) = 0 THEN
        RAISE EXCEPTION 'panel: 青枫区教育局 2019 has an empty table 三; copying it would not be suspicious';
    END IF;
    UPDATE gd_reports cur SET proactive = prev.proactive, applications = prev.applications, appeals = prev.appeals
    FROM gd_reports prev
    WHERE cur.organ = '青枫区教育局' AND cur.year = 2020 AND prev.organ = cur.organ AND prev.year = 2019;
    INSERT INTO demo_injected
    SELECT '青枫区教育局', 2020, 'copied_last_year', 'tables 二 三 四',
           format('2020 repeats 2019 cell for cell%s',
                  CASE WHEN a = array_fill(0, ARRAY[15]) THEN ' (table 四 all zero: X3 exempts it)' ELSE '' END)
    FROM truth_appeals WHERE organ = '青枫区教育局' AND y = 2019;

    -- 7. in-force roll-forward break (X2): built into norm_docs above
    INSERT INTO demo_injected
    SELECT '北泠市人民政府', 2024, 'in_force_break', 'normative_docs_in_force',
           format('规范性文件现行有效 printed %s; 2023''s %s + 制发 %s − 废止 %s = %s (9 cleaned up, not counted as 废止)',
                  n.in_force, prev.in_force, n.issued, n.repealed, prev.in_force + n.issued - n.repealed)
    FROM norm_docs n JOIN norm_docs prev ON prev.organ = n.organ AND prev.y = n.y - 1
    WHERE n.organ = '北泠市人民政府' AND n.y = 2024;

    -- 8. missing year: 鹤汀区自然资源局 published no 2022 report
    IF (SELECT gd_cell(a.applications, 'carried_forward', 'total') = gd_cell(b.applications, 'carried_over', 'total')
        FROM gd_reports a, gd_reports b
        WHERE a.organ = '鹤汀区自然资源局' AND b.organ = a.organ AND a.year = 2021 AND b.year = 2023) THEN
        RAISE EXCEPTION 'panel: 鹤汀区自然资源局 2021 → 2023 would look continuous; pick another gap';
    END IF;
    DELETE FROM gd_reports WHERE organ = '鹤汀区自然资源局' AND year = 2022;
    INSERT INTO demo_injected VALUES ('鹤汀区自然资源局', 2022, 'missing_year', NULL,
        'no 2022 report: 2021 and 2023 are not consecutive, so not compared');

    -- 9. 2021-period reports printed in the 2019 row set (done in printed_format)
    INSERT INTO demo_injected VALUES
        ('石砚县人民政府', 2021, 'format_2019_in_2021', 'tables 二 三',
         'printed in the 2019 format (23 rows, （六） one row; 2019 table 二): not an error'),
        ('云墩县住房和城乡建设局', 2021, 'format_2019_in_2021', 'tables 二 三',
         'printed in the 2019 format: not an error (X2 skips 2021 → 2022)'),
        ('望川区市场监督管理局', 2022, 'format_2019_in_2021', 'tables 二 三',
         'printed in the 2019 format: not an error');

    -- 10. zeros left blank in table 三 (style, not an error): 白桦区市场监督管理局, every year
    UPDATE gd_reports SET applications = pg_temp.blank_zeros(applications)
    WHERE organ = '白桦区市场监督管理局';
    INSERT INTO demo_injected VALUES ('白桦区市场监督管理局', 2019, 'zeros_blank', '* (every 0)',
        'zeros of table 三 printed blank, every year 2019–2025: not an error');
END $$;

COMMIT;
