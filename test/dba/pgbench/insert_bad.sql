-- An INCONSISTENT table 三 (granted × column c set to 999: rules B and C
-- fail). The CHECK constraint must reject it; the rejection is caught here
-- and logged, so pgbench sees no error. An acceptance is logged as an anomaly.
\set c random(1, 6)
DO $$
BEGIN
    INSERT INTO filed (m)
    SELECT gd_set_cell(m, 'granted', (ARRAY['natural_person', 'commercial', 'research',
                                            'public_interest', 'legal_service', 'other_org'])[:c], 999)
    FROM base;
    INSERT INTO anomalies (what) VALUES ('inconsistent value accepted (column :c)');
EXCEPTION WHEN check_violation THEN
    INSERT INTO rejections DEFAULT VALUES;
END
$$;
INSERT INTO runs (script) VALUES ('insert_bad.sql');
