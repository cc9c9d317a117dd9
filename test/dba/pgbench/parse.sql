-- Parse the seed report (loaded from test/data/hongqi-2024.txt); a result
-- other than the stored parse is logged as an anomaly.
INSERT INTO anomalies (what)
SELECT 'gd_parse_report gave a different report'
FROM seed, base, LATERAL gd_parse_report(seed.body) r
WHERE r.applications <> base.m OR r.appeals <> base.a OR r.proactive <> base.p
   OR r.organ IS DISTINCT FROM base.organ OR r.year IS DISTINCT FROM base.year;
INSERT INTO runs (script) VALUES ('parse.sql');
