-- gov_disclosure 0.2.0 → 0.3.0.
--
-- Every reference is schema-qualified (@extschema@ or pg_catalog).

\echo Use "ALTER EXTENSION gov_disclosure UPDATE TO '0.3.0'" to load this file. \quit
