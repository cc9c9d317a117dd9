-- Sample calls of every function of gov_disclosure, for the schema-takeover
-- test (test/security/run.sh).  Run by a SUPERUSER with a safe search_path
-- after the extension's schema was renamed to gd_moved; builds, in a schema
-- only superusers can write (gd_sec_su):
--
--   gd_sec_su.x        one row of sample values, each of the exact type the
--                      functions declare (a report parsed from :'body')
--   gd_sec_su.samples  per function signature, the statements that call it
--                      with valid arguments: @f@ stands for the function's
--                      schema-qualified name, @s@ for the extension's
--                      schema, @bin@ for a scratch file of the server
--
-- run.sh fails when a function of the extension has no sample here, or a
-- sample names a function the extension does not have; so a function added
-- later must get a sample before the test passes.  Every argument is
-- written with its exact declared type (explicit casts), so that each call
-- binds to the extension's function and not to a better-matching overload.

\set ON_ERROR_STOP 1
SET search_path = pg_catalog;

CREATE SCHEMA gd_sec_su;
REVOKE ALL ON SCHEMA gd_sec_su FROM PUBLIC;

CREATE TABLE gd_sec_su.x AS
SELECT s.body, s.r, s.r_prev, s.m, s.a, s.p,
       gd_moved.gd_to_array(s.m) AS m_arr, gd_moved.gd_to_jsonb(s.m) AS m_json, s.m::pg_catalog.text AS m_text,
       gd_moved.gd_to_array(s.a) AS a_arr, gd_moved.gd_to_jsonb(s.a) AS a_json, s.a::pg_catalog.text AS a_text,
       gd_moved.gd_to_jsonb(s.p) AS p_json, s.p::pg_catalog.text AS p_text,
       -- what gd_to_jsonb(gd_report) gives, built from C functions only
       pg_catalog.jsonb_build_object('organ', (s.r).organ, 'region_code', (s.r).region_code,
                                     'year', (s.r).year, 'format', (s.r).format,
                                     'proactive', gd_moved.gd_to_jsonb(s.p),
                                     'applications', gd_moved.gd_to_jsonb(s.m),
                                     'appeals', gd_moved.gd_to_jsonb(s.a)) AS r_json
  FROM (SELECT t.body, t.r, (t.r).applications AS m, (t.r).appeals AS a, (t.r).proactive AS p,
               ROW((t.r).organ, '230102', (t.r).year OPERATOR(pg_catalog.-) 1, (t.r).format,
                   (t.r).proactive, (t.r).applications, (t.r).appeals)::gd_moved.gd_report AS r_prev
          FROM (SELECT :'body'::pg_catalog.text AS body,
                       gd_moved.gd_parse_report(:'body'::pg_catalog.text) AS r) t) s;

-- A store and an inbox of the superuser's own, in its schema.
SELECT gd_moved.gd_create_store('gd_sec_su.store');
CREATE TABLE gd_sec_su.inbox (LIKE gd_moved.gd_inbox INCLUDING ALL);

-- Scratch tables for the binary round trips (send, then receive).
CREATE TABLE gd_sec_su.bin_m (v gd_moved.gd_applications);
CREATE TABLE gd_sec_su.bin_a (v gd_moved.gd_appeals);
CREATE TABLE gd_sec_su.bin_p (v gd_moved.gd_proactive);

CREATE TABLE gd_sec_su.samples (signature text PRIMARY KEY, call text NOT NULL);
INSERT INTO gd_sec_su.samples VALUES
-- table 三
('gd_applications_in(cstring)', $$SELECT @f@(x.m_text::pg_catalog.cstring) FROM gd_sec_su.x$$),
('gd_applications_out(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_applications_send(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_applications_recv(internal)', $$COPY (SELECT x.m FROM gd_sec_su.x) TO '@bin@' (FORMAT binary); COPY gd_sec_su.bin_m FROM '@bin@' (FORMAT binary)$$),
('gd_applications_eq(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_applications_ne(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_applications_lt(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_applications_le(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_applications_gt(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_applications_ge(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_applications_cmp(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_applications_hash(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_applications_accum(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('gd_add(gd_applications,gd_applications)', $$SELECT @f@(x.m, x.m) FROM gd_sec_su.x$$),
('sum(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_applications(integer[])', $$SELECT @f@(x.m_arr) FROM gd_sec_su.x$$),
('gd_applications(jsonb)', $$SELECT @f@(x.m_json) FROM gd_sec_su.x$$),
('gd_to_array(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_to_jsonb(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_format(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_cell(gd_applications,text,text)', $$SELECT @f@(x.m, 'granted'::pg_catalog.text, 'total'::pg_catalog.text), @f@(x.m, 'withheld'::pg_catalog.text, 'natural_person'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_set_cell(gd_applications,text,text,integer)', $$SELECT @f@(x.m, 'granted'::pg_catalog.text, 'total'::pg_catalog.text, 7::pg_catalog.int4), @f@(x.m, 'granted'::pg_catalog.text, 'total'::pg_catalog.text, NULL::pg_catalog.int4) FROM gd_sec_su.x$$),
('gd_fill_totals(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_to_2019(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_check(gd_applications)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.m) v$$),
('gd_is_consistent(gd_applications)', $$SELECT @f@(x.m) FROM gd_sec_su.x$$),
('gd_table(gd_applications)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.m) v$$),
('gd_cells(gd_applications)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.m) v$$),
('gd_disclosure_rate(gd_applications,text)', $$SELECT @f@(x.m), @f@(x.m, 'natural_person'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_outcome_share(gd_applications,text,text)', $$SELECT @f@(x.m, 'withheld'::pg_catalog.text), @f@(x.m, 'granted'::pg_catalog.text, 'other_org'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_carry_forward_rate(gd_applications,text)', $$SELECT @f@(x.m), @f@(x.m, 'natural_person'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_dispute_rate(gd_applications,gd_appeals)', $$SELECT @f@(x.m, x.a) FROM gd_sec_su.x$$),
-- table 四
('gd_appeals_in(cstring)', $$SELECT @f@(x.a_text::pg_catalog.cstring) FROM gd_sec_su.x$$),
('gd_appeals_out(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_appeals_send(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_appeals_recv(internal)', $$COPY (SELECT x.a FROM gd_sec_su.x) TO '@bin@' (FORMAT binary); COPY gd_sec_su.bin_a FROM '@bin@' (FORMAT binary)$$),
('gd_appeals_eq(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_appeals_ne(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_appeals_lt(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_appeals_le(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_appeals_gt(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_appeals_ge(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_appeals_cmp(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_appeals_hash(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_appeals_accum(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('gd_add(gd_appeals,gd_appeals)', $$SELECT @f@(x.a, x.a) FROM gd_sec_su.x$$),
('sum(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_appeals(integer[])', $$SELECT @f@(x.a_arr) FROM gd_sec_su.x$$),
('gd_appeals(jsonb)', $$SELECT @f@(x.a_json) FROM gd_sec_su.x$$),
('gd_to_array(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_to_jsonb(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_cell(gd_appeals,text,text)', $$SELECT @f@(x.a, 'review'::pg_catalog.text, 'corrected'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_set_cell(gd_appeals,text,text,integer)', $$SELECT @f@(x.a, 'review'::pg_catalog.text, 'total'::pg_catalog.text, 3::pg_catalog.int4) FROM gd_sec_su.x$$),
('gd_fill_totals(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_check(gd_appeals)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.a) v$$),
('gd_is_consistent(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_table(gd_appeals)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.a) v$$),
('gd_cells(gd_appeals)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.a) v$$),
('gd_review_correction_rate(gd_appeals)', $$SELECT @f@(x.a) FROM gd_sec_su.x$$),
('gd_litigation_loss_rate(gd_appeals,text)', $$SELECT @f@(x.a), @f@(x.a, 'suit_direct'::pg_catalog.text), @f@(x.a, NULL::pg_catalog.text) FROM gd_sec_su.x$$),
-- table 二
('gd_proactive_in(cstring)', $$SELECT @f@(x.p_text::pg_catalog.cstring) FROM gd_sec_su.x$$),
('gd_proactive_out(gd_proactive)', $$SELECT @f@(x.p) FROM gd_sec_su.x$$),
('gd_proactive_send(gd_proactive)', $$SELECT @f@(x.p) FROM gd_sec_su.x$$),
('gd_proactive_recv(internal)', $$COPY (SELECT x.p FROM gd_sec_su.x) TO '@bin@' (FORMAT binary); COPY gd_sec_su.bin_p FROM '@bin@' (FORMAT binary)$$),
('gd_proactive_eq(gd_proactive,gd_proactive)', $$SELECT @f@(x.p, x.p) FROM gd_sec_su.x$$),
('gd_proactive_ne(gd_proactive,gd_proactive)', $$SELECT @f@(x.p, x.p) FROM gd_sec_su.x$$),
('gd_proactive_lt(gd_proactive,gd_proactive)', $$SELECT @f@(x.p, x.p) FROM gd_sec_su.x$$),
('gd_proactive_le(gd_proactive,gd_proactive)', $$SELECT @f@(x.p, x.p) FROM gd_sec_su.x$$),
('gd_proactive_gt(gd_proactive,gd_proactive)', $$SELECT @f@(x.p, x.p) FROM gd_sec_su.x$$),
('gd_proactive_ge(gd_proactive,gd_proactive)', $$SELECT @f@(x.p, x.p) FROM gd_sec_su.x$$),
('gd_proactive_cmp(gd_proactive,gd_proactive)', $$SELECT @f@(x.p, x.p) FROM gd_sec_su.x$$),
('gd_proactive_hash(gd_proactive)', $$SELECT @f@(x.p) FROM gd_sec_su.x$$),
('gd_proactive(jsonb)', $$SELECT @f@(x.p_json) FROM gd_sec_su.x$$),
('gd_to_jsonb(gd_proactive)', $$SELECT @f@(x.p) FROM gd_sec_su.x$$),
('gd_format(gd_proactive)', $$SELECT @f@(x.p) FROM gd_sec_su.x$$),
('gd_cell(gd_proactive,text)', $$SELECT @f@(x.p, 'fees_collected'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_table(gd_proactive)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.p) v$$),
-- whole reports
('gd_render(gd_report,text)', $$SELECT @f@(x.r), @f@(x.r, 'html'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_check(gd_report)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.r) v$$),
('gd_is_consistent(gd_report)', $$SELECT @f@(x.r) FROM gd_sec_su.x$$),
('gd_to_jsonb(gd_report)', $$SELECT @f@(x.r) FROM gd_sec_su.x$$),
('gd_report(jsonb)', $$SELECT @f@(x.r_json) FROM gd_sec_su.x$$),
('gd_check_continuity(gd_report,gd_report)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.r_prev, x.r) v$$),
('gd_render_page(gd_report,gd_report,boolean)', $$SELECT @f@(x.r, x.r_prev, true) FROM gd_sec_su.x; SELECT @f@(x.r, NULL::gd_moved.gd_report, false) FROM gd_sec_su.x$$),
('gd_compare(gd_report,gd_report,boolean)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.r_prev, x.r, false) v$$),
('gd_compare(gd_applications,gd_applications,boolean)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.m, x.m, true) v$$),
('gd_compare(gd_appeals,gd_appeals,boolean)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.a, x.a, false) v$$),
('gd_compare(gd_proactive,gd_proactive,boolean)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.p, x.p, false) v$$),
('gd_report_of(gd_reports)', $$SELECT @f@(g) FROM @s@.gd_reports g$$),
('gd_parse_report(text)', $$SELECT @f@(x.body) FROM gd_sec_su.x$$),
('gd_parse_report(text,boolean)', $$SELECT @f@(x.body, true) FROM gd_sec_su.x$$),
('gd_parse_diagnostics(text)', $$SELECT v.* FROM gd_sec_su.x, LATERAL @f@(x.body) v$$),
('gd_report_for_store(text,text)', $$SELECT @f@(x.body), @f@(x.body, '230102'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_load_report(text,text,text,text,integer,boolean,boolean,regclass,text)', $$SELECT @f@(x.body), @f@(x.body, '230102'::pg_catalog.text, 'superuser'::pg_catalog.text) FROM gd_sec_su.x; SELECT @f@(x.body, '230199'::pg_catalog.text, 'su'::pg_catalog.text, '甲'::pg_catalog.text, 2023::pg_catalog.int4, false, false, 'gd_sec_su.store'::pg_catalog.regclass, NULL::pg_catalog.text) FROM gd_sec_su.x; SELECT @f@(pg_catalog.replace(x.body, '16', '17'), '230199'::pg_catalog.text, 'su2'::pg_catalog.text, '甲'::pg_catalog.text, 2023::pg_catalog.int4, true, true, 'gd_sec_su.store'::pg_catalog.regclass, 'replaced'::pg_catalog.text) FROM gd_sec_su.x$$),
('gd_load_inbox(regclass,regclass,boolean)', $$INSERT INTO gd_sec_su.inbox (body, source, region_code) SELECT x.body, 'inbox', '230198' FROM gd_sec_su.x UNION ALL SELECT 'garbage', 'bad', NULL; SELECT v.* FROM @f@('gd_sec_su.inbox'::pg_catalog.regclass, 'gd_sec_su.store'::pg_catalog.regclass, true) v$$),
('gd_create_store(text,text)', $$SELECT @f@('gd_sec_su.store2'::pg_catalog.text, NULL::pg_catalog.text)$$),
('gd_keep_history()', $$DELETE FROM gd_sec_su.store WHERE source OPERATOR(pg_catalog.=) 'inbox'$$),
('gd_audit(regclass)', $$SELECT v.* FROM @f@('gd_sec_su.store'::pg_catalog.regclass) v; SELECT v.* FROM @f@('@s@.gd_reports'::pg_catalog.regclass) v$$),
-- layout and regions
('gd_rows(integer)', $$SELECT v.* FROM @f@(2021::pg_catalog.int4) v; SELECT v.* FROM @f@(2019::pg_catalog.int4) v$$),
('gd_columns()', $$SELECT v.* FROM @f@() v$$),
('gd_identities()', $$SELECT v.* FROM @f@() v$$),
('gd_region_level(text)', $$SELECT @f@('230102'::pg_catalog.text), @f@('230100'::pg_catalog.text), @f@('230000'::pg_catalog.text)$$),
('gd_region_parent(text)', $$SELECT @f@('230102'::pg_catalog.text), @f@('230100'::pg_catalog.text), @f@('230000'::pg_catalog.text)$$),
('gd_region_at(text,text)', $$SELECT @f@('230102'::pg_catalog.text, 'province'::pg_catalog.text), @f@('230102'::pg_catalog.text, 'prefecture'::pg_catalog.text), @f@('230000'::pg_catalog.text, 'county'::pg_catalog.text)$$);

-- Every sample value is there (a NULL would call a STRICT function with
-- nothing to compute).
DO $$
BEGIN
    IF (SELECT pg_catalog.count(*) FROM gd_sec_su.x WHERE x IS NOT NULL) OPERATOR(pg_catalog.<>) 1 THEN
        RAISE EXCEPTION 'a sample value is NULL: %', (SELECT x::text FROM gd_sec_su.x);
    END IF;
END
$$;
