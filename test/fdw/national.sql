-- The national database: postgres_fdw servers for the provinces.
-- Variables: host, port, user, pw (the superuser's connection), analyst,
-- analyst_pw (a non-superuser login role).
\set ON_ERROR_STOP 1
CREATE EXTENSION postgres_fdw;
CREATE EXTENSION gov_disclosure;

-- One server per province. 'extensions' tells postgres_fdw that the
-- remote side has gov_disclosure, so its operators, functions and
-- aggregates - sum(gd_applications) among them - may be shipped.
CREATE SERVER prov_a FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (dbname 'gd_prov_a', host :'host', port :'port', extensions 'gov_disclosure');
CREATE SERVER prov_b FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (dbname 'gd_prov_b', host :'host', port :'port', extensions 'gov_disclosure');
-- The same province A without the option: nothing of the extension ships.
CREATE SERVER prov_a_noext FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (dbname 'gd_prov_a', host :'host', port :'port');

CREATE USER MAPPING FOR CURRENT_USER SERVER prov_a       OPTIONS (user :'user', password :'pw');
CREATE USER MAPPING FOR CURRENT_USER SERVER prov_b       OPTIONS (user :'user', password :'pw');
CREATE USER MAPPING FOR CURRENT_USER SERVER prov_a_noext OPTIONS (user :'user', password :'pw');

CREATE SCHEMA prov_a;
CREATE SCHEMA prov_b;
CREATE SCHEMA prov_a_noext;
IMPORT FOREIGN SCHEMA public LIMIT TO (gd_reports) FROM SERVER prov_a       INTO prov_a;
IMPORT FOREIGN SCHEMA public LIMIT TO (gd_reports) FROM SERVER prov_b       INTO prov_b;
IMPORT FOREIGN SCHEMA public LIMIT TO (gd_reports) FROM SERVER prov_a_noext INTO prov_a_noext;

-- A national table over both provinces: a partitioned table whose
-- partitions are the foreign tables, split by GB/T 2260 province prefix.
CREATE SCHEMA national;
CREATE TABLE national.gd_reports (
    organ text NOT NULL,
    region_code text,
    year int NOT NULL,
    format int,
    applications gd_applications,
    appeals gd_appeals
) PARTITION BY RANGE (region_code);
CREATE FOREIGN TABLE national.gd_reports_a PARTITION OF national.gd_reports
    FOR VALUES FROM ('320000') TO ('330000')
    SERVER prov_a OPTIONS (schema_name 'public', table_name 'gd_reports');
CREATE FOREIGN TABLE national.gd_reports_b PARTITION OF national.gd_reports
    FOR VALUES FROM ('330000') TO ('340000')
    SERVER prov_b OPTIONS (schema_name 'public', table_name 'gd_reports');

-- A non-superuser analyst: postgres_fdw requires a password in its user
-- mapping (and the remote server must ask for it). prov_b gets a mapping
-- without one, to show the refusal.
GRANT USAGE ON FOREIGN SERVER prov_a, prov_b TO :"analyst";
GRANT USAGE ON SCHEMA prov_a, prov_b TO :"analyst";
GRANT SELECT ON ALL TABLES IN SCHEMA prov_a, prov_b TO :"analyst";
CREATE USER MAPPING FOR :"analyst" SERVER prov_a OPTIONS (user :'analyst', password :'analyst_pw');
CREATE USER MAPPING FOR :"analyst" SERVER prov_b OPTIONS (user :'analyst');
