-- The labels of every function and aggregate of the extension, declared
-- here as intended: IMMUTABLE, STRICT and PARALLEL SAFE unless there is a
-- reason (transition functions and gd_set_cell take NULLs; a NULL block
-- pools both suits in gd_litigation_loss_rate; gd_load_report writes to
-- a store (gd_load_report, gd_load_inbox, gd_create_store, the trigger
-- gd_keep_history) and raise on NULL themselves; gd_audit reads a store
-- through SPI (STABLE, PARALLEL RESTRICTED); gd_report_for_store
-- takes a NULL region_code; gd_render_page takes a NULL previous report).
-- A function added to the extension but not listed here
-- fails the first test, so its labels get decided, not inherited.
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(106);

CREATE TEMP TABLE intended (signature text PRIMARY KEY, volatility "char", strict bool, parallel "char");
INSERT INTO intended VALUES
    ('gd_add(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_add(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_appeals(integer[])', 'i', true, 's'),
    ('gd_appeals(jsonb)', 'i', true, 's'),
    ('gd_appeals_accum(gd_appeals,gd_appeals)', 'i', false, 's'),
    ('gd_appeals_cmp(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_appeals_eq(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_appeals_ge(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_appeals_gt(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_appeals_hash(gd_appeals)', 'i', true, 's'),
    ('gd_appeals_in(cstring)', 'i', true, 's'),
    ('gd_appeals_le(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_appeals_lt(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_appeals_ne(gd_appeals,gd_appeals)', 'i', true, 's'),
    ('gd_appeals_out(gd_appeals)', 'i', true, 's'),
    ('gd_appeals_recv(internal)', 'i', true, 's'),
    ('gd_appeals_send(gd_appeals)', 'i', true, 's'),
    ('gd_applications(integer[])', 'i', true, 's'),
    ('gd_applications(jsonb)', 'i', true, 's'),
    ('gd_applications_accum(gd_applications,gd_applications)', 'i', false, 's'),
    ('gd_applications_cmp(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_applications_eq(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_applications_ge(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_applications_gt(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_applications_hash(gd_applications)', 'i', true, 's'),
    ('gd_applications_in(cstring)', 'i', true, 's'),
    ('gd_applications_le(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_applications_lt(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_applications_ne(gd_applications,gd_applications)', 'i', true, 's'),
    ('gd_applications_out(gd_applications)', 'i', true, 's'),
    ('gd_applications_recv(internal)', 'i', true, 's'),
    ('gd_applications_send(gd_applications)', 'i', true, 's'),
    ('gd_carry_forward_rate(gd_applications,text)', 'i', true, 's'),
    ('gd_cell(gd_appeals,text,text)', 'i', true, 's'),
    ('gd_cell(gd_applications,text,text)', 'i', true, 's'),
    ('gd_cell(gd_proactive,text)', 'i', true, 's'),
    ('gd_cells(gd_appeals)', 'i', true, 's'),
    ('gd_cells(gd_applications)', 'i', true, 's'),
    ('gd_check(gd_appeals)', 'i', true, 's'),
    ('gd_check(gd_applications)', 'i', true, 's'),
    ('gd_check(gd_report)', 'i', true, 's'),
    ('gd_check_continuity(gd_report,gd_report)', 'i', true, 's'),
    ('gd_columns()', 'i', true, 's'),
    ('gd_disclosure_rate(gd_applications,text)', 'i', true, 's'),
    ('gd_dispute_rate(gd_applications,gd_appeals)', 'i', true, 's'),
    ('gd_fill_totals(gd_appeals)', 'i', true, 's'),
    ('gd_fill_totals(gd_applications)', 'i', true, 's'),
    ('gd_format(gd_applications)', 'i', true, 's'),
    ('gd_format(gd_proactive)', 'i', true, 's'),
    ('gd_identities()', 'i', true, 's'),
    ('gd_is_consistent(gd_appeals)', 'i', true, 's'),
    ('gd_is_consistent(gd_applications)', 'i', true, 's'),
    ('gd_is_consistent(gd_report)', 'i', true, 's'),
    ('gd_litigation_loss_rate(gd_appeals,text)', 'i', false, 's'),
    ('gd_load_report(text,text,text,text,integer,boolean,boolean,regclass,text)', 'v', false, 'u'),
    ('gd_load_inbox(regclass,regclass,boolean)', 'v', false, 'u'),
    ('gd_create_store(text,text)', 'v', false, 'u'),
    ('gd_keep_history()', 'v', false, 'u'),
    ('gd_audit(regclass)', 's', false, 'r'),
    ('gd_outcome_share(gd_applications,text,text)', 'i', true, 's'),
    ('gd_parse_diagnostics(text)', 'i', true, 's'),
    ('gd_parse_report(text)', 'i', true, 's'),
    ('gd_parse_report(text,boolean)', 'i', true, 's'),
    ('gd_proactive(jsonb)', 'i', true, 's'),
    ('gd_proactive_cmp(gd_proactive,gd_proactive)', 'i', true, 's'),
    ('gd_proactive_eq(gd_proactive,gd_proactive)', 'i', true, 's'),
    ('gd_proactive_ge(gd_proactive,gd_proactive)', 'i', true, 's'),
    ('gd_proactive_gt(gd_proactive,gd_proactive)', 'i', true, 's'),
    ('gd_proactive_hash(gd_proactive)', 'i', true, 's'),
    ('gd_proactive_in(cstring)', 'i', true, 's'),
    ('gd_proactive_le(gd_proactive,gd_proactive)', 'i', true, 's'),
    ('gd_proactive_lt(gd_proactive,gd_proactive)', 'i', true, 's'),
    ('gd_proactive_ne(gd_proactive,gd_proactive)', 'i', true, 's'),
    ('gd_proactive_out(gd_proactive)', 'i', true, 's'),
    ('gd_proactive_recv(internal)', 'i', true, 's'),
    ('gd_proactive_send(gd_proactive)', 'i', true, 's'),
    ('gd_region_at(text,text)', 'i', true, 's'),
    ('gd_region_level(text)', 'i', true, 's'),
    ('gd_region_parent(text)', 'i', true, 's'),
    ('gd_render(gd_report,text)', 'i', true, 's'),
    ('gd_render_page(gd_report,gd_report,boolean)', 'i', false, 's'),
    ('gd_report(jsonb)', 'i', true, 's'),
    ('gd_report_for_store(text,text)', 'i', false, 's'),
    ('gd_report_of(gd_reports)', 'i', true, 's'),
    ('gd_review_correction_rate(gd_appeals)', 'i', true, 's'),
    ('gd_rows(integer)', 'i', true, 's'),
    ('gd_set_cell(gd_appeals,text,text,integer)', 'i', false, 's'),
    ('gd_set_cell(gd_applications,text,text,integer)', 'i', false, 's'),
    ('gd_compare(gd_applications,gd_applications,boolean)', 'i', true, 's'),
    ('gd_compare(gd_appeals,gd_appeals,boolean)', 'i', true, 's'),
    ('gd_compare(gd_proactive,gd_proactive,boolean)', 'i', true, 's'),
    ('gd_compare(gd_report,gd_report,boolean)', 'i', true, 's'),
    ('gd_table(gd_appeals)', 'i', true, 's'),
    ('gd_table(gd_applications)', 'i', true, 's'),
    ('gd_table(gd_proactive)', 'i', true, 's'),
    ('gd_to_2019(gd_applications)', 'i', true, 's'),
    ('gd_to_array(gd_appeals)', 'i', true, 's'),
    ('gd_to_array(gd_applications)', 'i', true, 's'),
    ('gd_to_jsonb(gd_appeals)', 'i', true, 's'),
    ('gd_to_jsonb(gd_applications)', 'i', true, 's'),
    ('gd_to_jsonb(gd_proactive)', 'i', true, 's'),
    ('gd_to_jsonb(gd_report)', 'i', true, 's'),
    ('sum(gd_appeals)', 'i', false, 's'),
    ('sum(gd_applications)', 'i', false, 's');

CREATE TEMP VIEW actual AS
SELECT p.oid::regprocedure::text AS signature, p.provolatile AS volatility,
       p.proisstrict AS strict, p.proparallel AS parallel
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'gov_disclosure';

SELECT is(
    (SELECT coalesce(array_agg(signature ORDER BY signature), '{}') FROM
       (SELECT signature FROM actual EXCEPT SELECT signature FROM intended) x),
    '{}'::text[], 'every member function is listed here with its intended labels (objects listed are not)');
SELECT is(
    (SELECT coalesce(array_agg(signature ORDER BY signature), '{}') FROM
       (SELECT signature FROM intended EXCEPT SELECT signature FROM actual) x),
    '{}'::text[], 'every function listed here exists in the extension (objects listed do not)');

SELECT is(a.volatility::text || ' ' || a.strict::text || ' ' || a.parallel::text,
          i.volatility::text || ' ' || i.strict::text || ' ' || i.parallel::text,
          i.signature || ': volatility, strictness, parallel label')
FROM intended i LEFT JOIN actual a USING (signature)
ORDER BY i.signature;

SELECT * FROM finish();
ROLLBACK;
