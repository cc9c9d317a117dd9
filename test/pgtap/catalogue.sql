-- Catalogue facts of gov_disclosure: every object of the install script with
-- its signature, return type, volatility, strictness and parallel label, then
-- generic rules that every member of the extension must keep satisfying as
-- objects are added (bilingual comments, PARALLEL SAFE and never VOLATILE
-- unless they write data, every body C or SQL-standard, bound at creation).
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(276);

-- ---------------------------------------------------------------------------
-- Types
-- ---------------------------------------------------------------------------
SELECT has_type('gd_applications', 'type gd_applications exists');
SELECT has_type('gd_appeals', 'type gd_appeals exists');
SELECT has_type('gd_violation', 'type gd_violation exists');
SELECT has_composite('gd_violation', 'gd_violation is a composite type');
SELECT is(
    (SELECT array_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)
       FROM pg_catalog.pg_attribute a
      WHERE a.attrelid = (SELECT typrelid FROM pg_catalog.pg_type WHERE oid = to_regtype('gd_violation'))
        AND a.attnum > 0 AND NOT a.attisdropped),
    ARRAY['rule text', 'severity text', 'row_key text', 'column_key text',
          'expected bigint', 'reported bigint', 'message text'],
    'gd_violation is (rule, severity, row_key, column_key, expected bigint, reported bigint, message)');
SELECT is(
    (SELECT ARRAY[typinput::text, typoutput::text, typreceive::text, typsend::text]
       FROM pg_catalog.pg_type WHERE oid = to_regtype('gd_applications')),
    ARRAY['gd_applications_in', 'gd_applications_out', 'gd_applications_recv', 'gd_applications_send'],
    'gd_applications has text and binary I/O functions');
SELECT is(
    (SELECT ARRAY[typinput::text, typoutput::text, typreceive::text, typsend::text]
       FROM pg_catalog.pg_type WHERE oid = to_regtype('gd_appeals')),
    ARRAY['gd_appeals_in', 'gd_appeals_out', 'gd_appeals_recv', 'gd_appeals_send'],
    'gd_appeals has text and binary I/O functions');

-- ---------------------------------------------------------------------------
-- Functions: existence with argument types, return type, IMMUTABLE,
-- strictness (only the *_accum transition functions and gd_set_cell take
-- NULLs), PARALLEL SAFE
-- ---------------------------------------------------------------------------
-- gd_applications_in(cstring)
SELECT has_function('gd_applications_in', ARRAY['cstring']::name[], 'function gd_applications_in(cstring) exists');
SELECT function_returns('gd_applications_in', ARRAY['cstring']::name[], 'gd_applications', 'gd_applications_in(cstring) returns gd_applications');
SELECT volatility_is('gd_applications_in', ARRAY['cstring']::name[], 'immutable', 'gd_applications_in(cstring) is IMMUTABLE');
SELECT is_strict('gd_applications_in', ARRAY['cstring']::name[], 'gd_applications_in(cstring) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_in(cstring)')), 's'::"char", 'gd_applications_in(cstring) is PARALLEL SAFE');

-- gd_applications_out(gd_applications)
SELECT has_function('gd_applications_out', ARRAY['gd_applications']::name[], 'function gd_applications_out(gd_applications) exists');
SELECT function_returns('gd_applications_out', ARRAY['gd_applications']::name[], 'cstring', 'gd_applications_out(gd_applications) returns cstring');
SELECT volatility_is('gd_applications_out', ARRAY['gd_applications']::name[], 'immutable', 'gd_applications_out(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_applications_out', ARRAY['gd_applications']::name[], 'gd_applications_out(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_out(gd_applications)')), 's'::"char", 'gd_applications_out(gd_applications) is PARALLEL SAFE');

-- gd_applications_recv(internal)
SELECT has_function('gd_applications_recv', ARRAY['internal']::name[], 'function gd_applications_recv(internal) exists');
SELECT function_returns('gd_applications_recv', ARRAY['internal']::name[], 'gd_applications', 'gd_applications_recv(internal) returns gd_applications');
SELECT volatility_is('gd_applications_recv', ARRAY['internal']::name[], 'immutable', 'gd_applications_recv(internal) is IMMUTABLE');
SELECT is_strict('gd_applications_recv', ARRAY['internal']::name[], 'gd_applications_recv(internal) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_recv(internal)')), 's'::"char", 'gd_applications_recv(internal) is PARALLEL SAFE');

-- gd_applications_send(gd_applications)
SELECT has_function('gd_applications_send', ARRAY['gd_applications']::name[], 'function gd_applications_send(gd_applications) exists');
SELECT function_returns('gd_applications_send', ARRAY['gd_applications']::name[], 'bytea', 'gd_applications_send(gd_applications) returns bytea');
SELECT volatility_is('gd_applications_send', ARRAY['gd_applications']::name[], 'immutable', 'gd_applications_send(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_applications_send', ARRAY['gd_applications']::name[], 'gd_applications_send(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_send(gd_applications)')), 's'::"char", 'gd_applications_send(gd_applications) is PARALLEL SAFE');

-- gd_appeals_in(cstring)
SELECT has_function('gd_appeals_in', ARRAY['cstring']::name[], 'function gd_appeals_in(cstring) exists');
SELECT function_returns('gd_appeals_in', ARRAY['cstring']::name[], 'gd_appeals', 'gd_appeals_in(cstring) returns gd_appeals');
SELECT volatility_is('gd_appeals_in', ARRAY['cstring']::name[], 'immutable', 'gd_appeals_in(cstring) is IMMUTABLE');
SELECT is_strict('gd_appeals_in', ARRAY['cstring']::name[], 'gd_appeals_in(cstring) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_in(cstring)')), 's'::"char", 'gd_appeals_in(cstring) is PARALLEL SAFE');

-- gd_appeals_out(gd_appeals)
SELECT has_function('gd_appeals_out', ARRAY['gd_appeals']::name[], 'function gd_appeals_out(gd_appeals) exists');
SELECT function_returns('gd_appeals_out', ARRAY['gd_appeals']::name[], 'cstring', 'gd_appeals_out(gd_appeals) returns cstring');
SELECT volatility_is('gd_appeals_out', ARRAY['gd_appeals']::name[], 'immutable', 'gd_appeals_out(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_appeals_out', ARRAY['gd_appeals']::name[], 'gd_appeals_out(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_out(gd_appeals)')), 's'::"char", 'gd_appeals_out(gd_appeals) is PARALLEL SAFE');

-- gd_appeals_recv(internal)
SELECT has_function('gd_appeals_recv', ARRAY['internal']::name[], 'function gd_appeals_recv(internal) exists');
SELECT function_returns('gd_appeals_recv', ARRAY['internal']::name[], 'gd_appeals', 'gd_appeals_recv(internal) returns gd_appeals');
SELECT volatility_is('gd_appeals_recv', ARRAY['internal']::name[], 'immutable', 'gd_appeals_recv(internal) is IMMUTABLE');
SELECT is_strict('gd_appeals_recv', ARRAY['internal']::name[], 'gd_appeals_recv(internal) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_recv(internal)')), 's'::"char", 'gd_appeals_recv(internal) is PARALLEL SAFE');

-- gd_appeals_send(gd_appeals)
SELECT has_function('gd_appeals_send', ARRAY['gd_appeals']::name[], 'function gd_appeals_send(gd_appeals) exists');
SELECT function_returns('gd_appeals_send', ARRAY['gd_appeals']::name[], 'bytea', 'gd_appeals_send(gd_appeals) returns bytea');
SELECT volatility_is('gd_appeals_send', ARRAY['gd_appeals']::name[], 'immutable', 'gd_appeals_send(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_appeals_send', ARRAY['gd_appeals']::name[], 'gd_appeals_send(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_send(gd_appeals)')), 's'::"char", 'gd_appeals_send(gd_appeals) is PARALLEL SAFE');

-- gd_applications_eq(gd_applications,gd_applications)
SELECT has_function('gd_applications_eq', ARRAY['gd_applications', 'gd_applications']::name[], 'function gd_applications_eq(gd_applications,gd_applications) exists');
SELECT function_returns('gd_applications_eq', ARRAY['gd_applications', 'gd_applications']::name[], 'boolean', 'gd_applications_eq(gd_applications,gd_applications) returns boolean');
SELECT volatility_is('gd_applications_eq', ARRAY['gd_applications', 'gd_applications']::name[], 'immutable', 'gd_applications_eq(gd_applications,gd_applications) is IMMUTABLE');
SELECT is_strict('gd_applications_eq', ARRAY['gd_applications', 'gd_applications']::name[], 'gd_applications_eq(gd_applications,gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_eq(gd_applications,gd_applications)')), 's'::"char", 'gd_applications_eq(gd_applications,gd_applications) is PARALLEL SAFE');

-- gd_applications_ne(gd_applications,gd_applications)
SELECT has_function('gd_applications_ne', ARRAY['gd_applications', 'gd_applications']::name[], 'function gd_applications_ne(gd_applications,gd_applications) exists');
SELECT function_returns('gd_applications_ne', ARRAY['gd_applications', 'gd_applications']::name[], 'boolean', 'gd_applications_ne(gd_applications,gd_applications) returns boolean');
SELECT volatility_is('gd_applications_ne', ARRAY['gd_applications', 'gd_applications']::name[], 'immutable', 'gd_applications_ne(gd_applications,gd_applications) is IMMUTABLE');
SELECT is_strict('gd_applications_ne', ARRAY['gd_applications', 'gd_applications']::name[], 'gd_applications_ne(gd_applications,gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_ne(gd_applications,gd_applications)')), 's'::"char", 'gd_applications_ne(gd_applications,gd_applications) is PARALLEL SAFE');

-- gd_applications_hash(gd_applications)
SELECT has_function('gd_applications_hash', ARRAY['gd_applications']::name[], 'function gd_applications_hash(gd_applications) exists');
SELECT function_returns('gd_applications_hash', ARRAY['gd_applications']::name[], 'integer', 'gd_applications_hash(gd_applications) returns integer');
SELECT volatility_is('gd_applications_hash', ARRAY['gd_applications']::name[], 'immutable', 'gd_applications_hash(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_applications_hash', ARRAY['gd_applications']::name[], 'gd_applications_hash(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_hash(gd_applications)')), 's'::"char", 'gd_applications_hash(gd_applications) is PARALLEL SAFE');

-- gd_appeals_eq(gd_appeals,gd_appeals)
SELECT has_function('gd_appeals_eq', ARRAY['gd_appeals', 'gd_appeals']::name[], 'function gd_appeals_eq(gd_appeals,gd_appeals) exists');
SELECT function_returns('gd_appeals_eq', ARRAY['gd_appeals', 'gd_appeals']::name[], 'boolean', 'gd_appeals_eq(gd_appeals,gd_appeals) returns boolean');
SELECT volatility_is('gd_appeals_eq', ARRAY['gd_appeals', 'gd_appeals']::name[], 'immutable', 'gd_appeals_eq(gd_appeals,gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_appeals_eq', ARRAY['gd_appeals', 'gd_appeals']::name[], 'gd_appeals_eq(gd_appeals,gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_eq(gd_appeals,gd_appeals)')), 's'::"char", 'gd_appeals_eq(gd_appeals,gd_appeals) is PARALLEL SAFE');

-- gd_appeals_ne(gd_appeals,gd_appeals)
SELECT has_function('gd_appeals_ne', ARRAY['gd_appeals', 'gd_appeals']::name[], 'function gd_appeals_ne(gd_appeals,gd_appeals) exists');
SELECT function_returns('gd_appeals_ne', ARRAY['gd_appeals', 'gd_appeals']::name[], 'boolean', 'gd_appeals_ne(gd_appeals,gd_appeals) returns boolean');
SELECT volatility_is('gd_appeals_ne', ARRAY['gd_appeals', 'gd_appeals']::name[], 'immutable', 'gd_appeals_ne(gd_appeals,gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_appeals_ne', ARRAY['gd_appeals', 'gd_appeals']::name[], 'gd_appeals_ne(gd_appeals,gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_ne(gd_appeals,gd_appeals)')), 's'::"char", 'gd_appeals_ne(gd_appeals,gd_appeals) is PARALLEL SAFE');

-- gd_appeals_hash(gd_appeals)
SELECT has_function('gd_appeals_hash', ARRAY['gd_appeals']::name[], 'function gd_appeals_hash(gd_appeals) exists');
SELECT function_returns('gd_appeals_hash', ARRAY['gd_appeals']::name[], 'integer', 'gd_appeals_hash(gd_appeals) returns integer');
SELECT volatility_is('gd_appeals_hash', ARRAY['gd_appeals']::name[], 'immutable', 'gd_appeals_hash(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_appeals_hash', ARRAY['gd_appeals']::name[], 'gd_appeals_hash(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_hash(gd_appeals)')), 's'::"char", 'gd_appeals_hash(gd_appeals) is PARALLEL SAFE');

-- gd_applications(integer[])
SELECT has_function('gd_applications', ARRAY['integer[]']::name[], 'function gd_applications(integer[]) exists');
SELECT function_returns('gd_applications', ARRAY['integer[]']::name[], 'gd_applications', 'gd_applications(integer[]) returns gd_applications');
SELECT volatility_is('gd_applications', ARRAY['integer[]']::name[], 'immutable', 'gd_applications(integer[]) is IMMUTABLE');
SELECT is_strict('gd_applications', ARRAY['integer[]']::name[], 'gd_applications(integer[]) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications(integer[])')), 's'::"char", 'gd_applications(integer[]) is PARALLEL SAFE');

-- gd_to_array(gd_applications)
SELECT has_function('gd_to_array', ARRAY['gd_applications']::name[], 'function gd_to_array(gd_applications) exists');
SELECT function_returns('gd_to_array', ARRAY['gd_applications']::name[], 'integer[]', 'gd_to_array(gd_applications) returns integer[]');
SELECT volatility_is('gd_to_array', ARRAY['gd_applications']::name[], 'immutable', 'gd_to_array(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_to_array', ARRAY['gd_applications']::name[], 'gd_to_array(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_to_array(gd_applications)')), 's'::"char", 'gd_to_array(gd_applications) is PARALLEL SAFE');

-- gd_applications(jsonb)
SELECT has_function('gd_applications', ARRAY['jsonb']::name[], 'function gd_applications(jsonb) exists');
SELECT function_returns('gd_applications', ARRAY['jsonb']::name[], 'gd_applications', 'gd_applications(jsonb) returns gd_applications');
SELECT volatility_is('gd_applications', ARRAY['jsonb']::name[], 'immutable', 'gd_applications(jsonb) is IMMUTABLE');
SELECT is_strict('gd_applications', ARRAY['jsonb']::name[], 'gd_applications(jsonb) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications(jsonb)')), 's'::"char", 'gd_applications(jsonb) is PARALLEL SAFE');

-- gd_to_jsonb(gd_applications)
SELECT has_function('gd_to_jsonb', ARRAY['gd_applications']::name[], 'function gd_to_jsonb(gd_applications) exists');
SELECT function_returns('gd_to_jsonb', ARRAY['gd_applications']::name[], 'jsonb', 'gd_to_jsonb(gd_applications) returns jsonb');
SELECT volatility_is('gd_to_jsonb', ARRAY['gd_applications']::name[], 'immutable', 'gd_to_jsonb(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_to_jsonb', ARRAY['gd_applications']::name[], 'gd_to_jsonb(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_to_jsonb(gd_applications)')), 's'::"char", 'gd_to_jsonb(gd_applications) is PARALLEL SAFE');

-- gd_appeals(integer[])
SELECT has_function('gd_appeals', ARRAY['integer[]']::name[], 'function gd_appeals(integer[]) exists');
SELECT function_returns('gd_appeals', ARRAY['integer[]']::name[], 'gd_appeals', 'gd_appeals(integer[]) returns gd_appeals');
SELECT volatility_is('gd_appeals', ARRAY['integer[]']::name[], 'immutable', 'gd_appeals(integer[]) is IMMUTABLE');
SELECT is_strict('gd_appeals', ARRAY['integer[]']::name[], 'gd_appeals(integer[]) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals(integer[])')), 's'::"char", 'gd_appeals(integer[]) is PARALLEL SAFE');

-- gd_to_array(gd_appeals)
SELECT has_function('gd_to_array', ARRAY['gd_appeals']::name[], 'function gd_to_array(gd_appeals) exists');
SELECT function_returns('gd_to_array', ARRAY['gd_appeals']::name[], 'integer[]', 'gd_to_array(gd_appeals) returns integer[]');
SELECT volatility_is('gd_to_array', ARRAY['gd_appeals']::name[], 'immutable', 'gd_to_array(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_to_array', ARRAY['gd_appeals']::name[], 'gd_to_array(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_to_array(gd_appeals)')), 's'::"char", 'gd_to_array(gd_appeals) is PARALLEL SAFE');

-- gd_appeals(jsonb)
SELECT has_function('gd_appeals', ARRAY['jsonb']::name[], 'function gd_appeals(jsonb) exists');
SELECT function_returns('gd_appeals', ARRAY['jsonb']::name[], 'gd_appeals', 'gd_appeals(jsonb) returns gd_appeals');
SELECT volatility_is('gd_appeals', ARRAY['jsonb']::name[], 'immutable', 'gd_appeals(jsonb) is IMMUTABLE');
SELECT is_strict('gd_appeals', ARRAY['jsonb']::name[], 'gd_appeals(jsonb) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals(jsonb)')), 's'::"char", 'gd_appeals(jsonb) is PARALLEL SAFE');

-- gd_to_jsonb(gd_appeals)
SELECT has_function('gd_to_jsonb', ARRAY['gd_appeals']::name[], 'function gd_to_jsonb(gd_appeals) exists');
SELECT function_returns('gd_to_jsonb', ARRAY['gd_appeals']::name[], 'jsonb', 'gd_to_jsonb(gd_appeals) returns jsonb');
SELECT volatility_is('gd_to_jsonb', ARRAY['gd_appeals']::name[], 'immutable', 'gd_to_jsonb(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_to_jsonb', ARRAY['gd_appeals']::name[], 'gd_to_jsonb(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_to_jsonb(gd_appeals)')), 's'::"char", 'gd_to_jsonb(gd_appeals) is PARALLEL SAFE');

-- gd_format(gd_applications)
SELECT has_function('gd_format', ARRAY['gd_applications']::name[], 'function gd_format(gd_applications) exists');
SELECT function_returns('gd_format', ARRAY['gd_applications']::name[], 'integer', 'gd_format(gd_applications) returns integer');
SELECT volatility_is('gd_format', ARRAY['gd_applications']::name[], 'immutable', 'gd_format(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_format', ARRAY['gd_applications']::name[], 'gd_format(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_format(gd_applications)')), 's'::"char", 'gd_format(gd_applications) is PARALLEL SAFE');

-- gd_cell(gd_applications,text,text)
SELECT has_function('gd_cell', ARRAY['gd_applications', 'text', 'text']::name[], 'function gd_cell(gd_applications,text,text) exists');
SELECT function_returns('gd_cell', ARRAY['gd_applications', 'text', 'text']::name[], 'integer', 'gd_cell(gd_applications,text,text) returns integer');
SELECT volatility_is('gd_cell', ARRAY['gd_applications', 'text', 'text']::name[], 'immutable', 'gd_cell(gd_applications,text,text) is IMMUTABLE');
SELECT is_strict('gd_cell', ARRAY['gd_applications', 'text', 'text']::name[], 'gd_cell(gd_applications,text,text) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_cell(gd_applications,text,text)')), 's'::"char", 'gd_cell(gd_applications,text,text) is PARALLEL SAFE');

-- gd_set_cell(gd_applications,text,text,integer)
SELECT has_function('gd_set_cell', ARRAY['gd_applications', 'text', 'text', 'integer']::name[], 'function gd_set_cell(gd_applications,text,text,integer) exists');
SELECT function_returns('gd_set_cell', ARRAY['gd_applications', 'text', 'text', 'integer']::name[], 'gd_applications', 'gd_set_cell(gd_applications,text,text,integer) returns gd_applications');
SELECT volatility_is('gd_set_cell', ARRAY['gd_applications', 'text', 'text', 'integer']::name[], 'immutable', 'gd_set_cell(gd_applications,text,text,integer) is IMMUTABLE');
SELECT isnt_strict('gd_set_cell', ARRAY['gd_applications', 'text', 'text', 'integer']::name[], 'gd_set_cell(gd_applications,text,text,integer) is not STRICT (takes NULLs)');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_set_cell(gd_applications,text,text,integer)')), 's'::"char", 'gd_set_cell(gd_applications,text,text,integer) is PARALLEL SAFE');

-- gd_fill_totals(gd_applications)
SELECT has_function('gd_fill_totals', ARRAY['gd_applications']::name[], 'function gd_fill_totals(gd_applications) exists');
SELECT function_returns('gd_fill_totals', ARRAY['gd_applications']::name[], 'gd_applications', 'gd_fill_totals(gd_applications) returns gd_applications');
SELECT volatility_is('gd_fill_totals', ARRAY['gd_applications']::name[], 'immutable', 'gd_fill_totals(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_fill_totals', ARRAY['gd_applications']::name[], 'gd_fill_totals(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_fill_totals(gd_applications)')), 's'::"char", 'gd_fill_totals(gd_applications) is PARALLEL SAFE');

-- gd_to_2019(gd_applications)
SELECT has_function('gd_to_2019', ARRAY['gd_applications']::name[], 'function gd_to_2019(gd_applications) exists');
SELECT function_returns('gd_to_2019', ARRAY['gd_applications']::name[], 'gd_applications', 'gd_to_2019(gd_applications) returns gd_applications');
SELECT volatility_is('gd_to_2019', ARRAY['gd_applications']::name[], 'immutable', 'gd_to_2019(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_to_2019', ARRAY['gd_applications']::name[], 'gd_to_2019(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_to_2019(gd_applications)')), 's'::"char", 'gd_to_2019(gd_applications) is PARALLEL SAFE');

-- gd_cell(gd_appeals,text,text)
SELECT has_function('gd_cell', ARRAY['gd_appeals', 'text', 'text']::name[], 'function gd_cell(gd_appeals,text,text) exists');
SELECT function_returns('gd_cell', ARRAY['gd_appeals', 'text', 'text']::name[], 'integer', 'gd_cell(gd_appeals,text,text) returns integer');
SELECT volatility_is('gd_cell', ARRAY['gd_appeals', 'text', 'text']::name[], 'immutable', 'gd_cell(gd_appeals,text,text) is IMMUTABLE');
SELECT is_strict('gd_cell', ARRAY['gd_appeals', 'text', 'text']::name[], 'gd_cell(gd_appeals,text,text) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_cell(gd_appeals,text,text)')), 's'::"char", 'gd_cell(gd_appeals,text,text) is PARALLEL SAFE');

-- gd_set_cell(gd_appeals,text,text,integer)
SELECT has_function('gd_set_cell', ARRAY['gd_appeals', 'text', 'text', 'integer']::name[], 'function gd_set_cell(gd_appeals,text,text,integer) exists');
SELECT function_returns('gd_set_cell', ARRAY['gd_appeals', 'text', 'text', 'integer']::name[], 'gd_appeals', 'gd_set_cell(gd_appeals,text,text,integer) returns gd_appeals');
SELECT volatility_is('gd_set_cell', ARRAY['gd_appeals', 'text', 'text', 'integer']::name[], 'immutable', 'gd_set_cell(gd_appeals,text,text,integer) is IMMUTABLE');
SELECT isnt_strict('gd_set_cell', ARRAY['gd_appeals', 'text', 'text', 'integer']::name[], 'gd_set_cell(gd_appeals,text,text,integer) is not STRICT (takes NULLs)');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_set_cell(gd_appeals,text,text,integer)')), 's'::"char", 'gd_set_cell(gd_appeals,text,text,integer) is PARALLEL SAFE');

-- gd_fill_totals(gd_appeals)
SELECT has_function('gd_fill_totals', ARRAY['gd_appeals']::name[], 'function gd_fill_totals(gd_appeals) exists');
SELECT function_returns('gd_fill_totals', ARRAY['gd_appeals']::name[], 'gd_appeals', 'gd_fill_totals(gd_appeals) returns gd_appeals');
SELECT volatility_is('gd_fill_totals', ARRAY['gd_appeals']::name[], 'immutable', 'gd_fill_totals(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_fill_totals', ARRAY['gd_appeals']::name[], 'gd_fill_totals(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_fill_totals(gd_appeals)')), 's'::"char", 'gd_fill_totals(gd_appeals) is PARALLEL SAFE');

-- gd_check(gd_applications)
SELECT has_function('gd_check', ARRAY['gd_applications']::name[], 'function gd_check(gd_applications) exists');
SELECT function_returns('gd_check', ARRAY['gd_applications']::name[], 'setof gd_violation', 'gd_check(gd_applications) returns setof gd_violation');
SELECT volatility_is('gd_check', ARRAY['gd_applications']::name[], 'immutable', 'gd_check(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_check', ARRAY['gd_applications']::name[], 'gd_check(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_check(gd_applications)')), 's'::"char", 'gd_check(gd_applications) is PARALLEL SAFE');

-- gd_check(gd_appeals)
SELECT has_function('gd_check', ARRAY['gd_appeals']::name[], 'function gd_check(gd_appeals) exists');
SELECT function_returns('gd_check', ARRAY['gd_appeals']::name[], 'setof gd_violation', 'gd_check(gd_appeals) returns setof gd_violation');
SELECT volatility_is('gd_check', ARRAY['gd_appeals']::name[], 'immutable', 'gd_check(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_check', ARRAY['gd_appeals']::name[], 'gd_check(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_check(gd_appeals)')), 's'::"char", 'gd_check(gd_appeals) is PARALLEL SAFE');

-- gd_is_consistent(gd_applications)
SELECT has_function('gd_is_consistent', ARRAY['gd_applications']::name[], 'function gd_is_consistent(gd_applications) exists');
SELECT function_returns('gd_is_consistent', ARRAY['gd_applications']::name[], 'boolean', 'gd_is_consistent(gd_applications) returns boolean');
SELECT volatility_is('gd_is_consistent', ARRAY['gd_applications']::name[], 'immutable', 'gd_is_consistent(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_is_consistent', ARRAY['gd_applications']::name[], 'gd_is_consistent(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_is_consistent(gd_applications)')), 's'::"char", 'gd_is_consistent(gd_applications) is PARALLEL SAFE');

-- gd_is_consistent(gd_appeals)
SELECT has_function('gd_is_consistent', ARRAY['gd_appeals']::name[], 'function gd_is_consistent(gd_appeals) exists');
SELECT function_returns('gd_is_consistent', ARRAY['gd_appeals']::name[], 'boolean', 'gd_is_consistent(gd_appeals) returns boolean');
SELECT volatility_is('gd_is_consistent', ARRAY['gd_appeals']::name[], 'immutable', 'gd_is_consistent(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_is_consistent', ARRAY['gd_appeals']::name[], 'gd_is_consistent(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_is_consistent(gd_appeals)')), 's'::"char", 'gd_is_consistent(gd_appeals) is PARALLEL SAFE');

-- gd_applications_accum(gd_applications,gd_applications)
SELECT has_function('gd_applications_accum', ARRAY['gd_applications', 'gd_applications']::name[], 'function gd_applications_accum(gd_applications,gd_applications) exists');
SELECT function_returns('gd_applications_accum', ARRAY['gd_applications', 'gd_applications']::name[], 'gd_applications', 'gd_applications_accum(gd_applications,gd_applications) returns gd_applications');
SELECT volatility_is('gd_applications_accum', ARRAY['gd_applications', 'gd_applications']::name[], 'immutable', 'gd_applications_accum(gd_applications,gd_applications) is IMMUTABLE');
SELECT isnt_strict('gd_applications_accum', ARRAY['gd_applications', 'gd_applications']::name[], 'gd_applications_accum(gd_applications,gd_applications) is not STRICT (takes NULLs)');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_applications_accum(gd_applications,gd_applications)')), 's'::"char", 'gd_applications_accum(gd_applications,gd_applications) is PARALLEL SAFE');

-- gd_add(gd_applications,gd_applications)
SELECT has_function('gd_add', ARRAY['gd_applications', 'gd_applications']::name[], 'function gd_add(gd_applications,gd_applications) exists');
SELECT function_returns('gd_add', ARRAY['gd_applications', 'gd_applications']::name[], 'gd_applications', 'gd_add(gd_applications,gd_applications) returns gd_applications');
SELECT volatility_is('gd_add', ARRAY['gd_applications', 'gd_applications']::name[], 'immutable', 'gd_add(gd_applications,gd_applications) is IMMUTABLE');
SELECT is_strict('gd_add', ARRAY['gd_applications', 'gd_applications']::name[], 'gd_add(gd_applications,gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_add(gd_applications,gd_applications)')), 's'::"char", 'gd_add(gd_applications,gd_applications) is PARALLEL SAFE');

-- gd_appeals_accum(gd_appeals,gd_appeals)
SELECT has_function('gd_appeals_accum', ARRAY['gd_appeals', 'gd_appeals']::name[], 'function gd_appeals_accum(gd_appeals,gd_appeals) exists');
SELECT function_returns('gd_appeals_accum', ARRAY['gd_appeals', 'gd_appeals']::name[], 'gd_appeals', 'gd_appeals_accum(gd_appeals,gd_appeals) returns gd_appeals');
SELECT volatility_is('gd_appeals_accum', ARRAY['gd_appeals', 'gd_appeals']::name[], 'immutable', 'gd_appeals_accum(gd_appeals,gd_appeals) is IMMUTABLE');
SELECT isnt_strict('gd_appeals_accum', ARRAY['gd_appeals', 'gd_appeals']::name[], 'gd_appeals_accum(gd_appeals,gd_appeals) is not STRICT (takes NULLs)');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_appeals_accum(gd_appeals,gd_appeals)')), 's'::"char", 'gd_appeals_accum(gd_appeals,gd_appeals) is PARALLEL SAFE');

-- gd_add(gd_appeals,gd_appeals)
SELECT has_function('gd_add', ARRAY['gd_appeals', 'gd_appeals']::name[], 'function gd_add(gd_appeals,gd_appeals) exists');
SELECT function_returns('gd_add', ARRAY['gd_appeals', 'gd_appeals']::name[], 'gd_appeals', 'gd_add(gd_appeals,gd_appeals) returns gd_appeals');
SELECT volatility_is('gd_add', ARRAY['gd_appeals', 'gd_appeals']::name[], 'immutable', 'gd_add(gd_appeals,gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_add', ARRAY['gd_appeals', 'gd_appeals']::name[], 'gd_add(gd_appeals,gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_add(gd_appeals,gd_appeals)')), 's'::"char", 'gd_add(gd_appeals,gd_appeals) is PARALLEL SAFE');

-- gd_table(gd_applications)
SELECT has_function('gd_table', ARRAY['gd_applications']::name[], 'function gd_table(gd_applications) exists');
SELECT function_returns('gd_table', ARRAY['gd_applications']::name[], 'setof record', 'gd_table(gd_applications) returns setof record');
SELECT volatility_is('gd_table', ARRAY['gd_applications']::name[], 'immutable', 'gd_table(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_table', ARRAY['gd_applications']::name[], 'gd_table(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_table(gd_applications)')), 's'::"char", 'gd_table(gd_applications) is PARALLEL SAFE');

-- gd_table(gd_appeals)
SELECT has_function('gd_table', ARRAY['gd_appeals']::name[], 'function gd_table(gd_appeals) exists');
SELECT function_returns('gd_table', ARRAY['gd_appeals']::name[], 'setof record', 'gd_table(gd_appeals) returns setof record');
SELECT volatility_is('gd_table', ARRAY['gd_appeals']::name[], 'immutable', 'gd_table(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_table', ARRAY['gd_appeals']::name[], 'gd_table(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_table(gd_appeals)')), 's'::"char", 'gd_table(gd_appeals) is PARALLEL SAFE');

-- gd_cells(gd_applications)
SELECT has_function('gd_cells', ARRAY['gd_applications']::name[], 'function gd_cells(gd_applications) exists');
SELECT function_returns('gd_cells', ARRAY['gd_applications']::name[], 'setof record', 'gd_cells(gd_applications) returns setof record');
SELECT volatility_is('gd_cells', ARRAY['gd_applications']::name[], 'immutable', 'gd_cells(gd_applications) is IMMUTABLE');
SELECT is_strict('gd_cells', ARRAY['gd_applications']::name[], 'gd_cells(gd_applications) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_cells(gd_applications)')), 's'::"char", 'gd_cells(gd_applications) is PARALLEL SAFE');

-- gd_cells(gd_appeals)
SELECT has_function('gd_cells', ARRAY['gd_appeals']::name[], 'function gd_cells(gd_appeals) exists');
SELECT function_returns('gd_cells', ARRAY['gd_appeals']::name[], 'setof record', 'gd_cells(gd_appeals) returns setof record');
SELECT volatility_is('gd_cells', ARRAY['gd_appeals']::name[], 'immutable', 'gd_cells(gd_appeals) is IMMUTABLE');
SELECT is_strict('gd_cells', ARRAY['gd_appeals']::name[], 'gd_cells(gd_appeals) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_cells(gd_appeals)')), 's'::"char", 'gd_cells(gd_appeals) is PARALLEL SAFE');

-- gd_rows(integer)
SELECT has_function('gd_rows', ARRAY['integer']::name[], 'function gd_rows(integer) exists');
SELECT function_returns('gd_rows', ARRAY['integer']::name[], 'setof record', 'gd_rows(integer) returns setof record');
SELECT volatility_is('gd_rows', ARRAY['integer']::name[], 'immutable', 'gd_rows(integer) is IMMUTABLE');
SELECT is_strict('gd_rows', ARRAY['integer']::name[], 'gd_rows(integer) is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_rows(integer)')), 's'::"char", 'gd_rows(integer) is PARALLEL SAFE');

-- gd_columns()
SELECT has_function('gd_columns', ARRAY[]::name[], 'function gd_columns() exists');
SELECT function_returns('gd_columns', ARRAY[]::name[], 'setof record', 'gd_columns() returns setof record');
SELECT volatility_is('gd_columns', ARRAY[]::name[], 'immutable', 'gd_columns() is IMMUTABLE');
SELECT is_strict('gd_columns', ARRAY[]::name[], 'gd_columns() is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_columns()')), 's'::"char", 'gd_columns() is PARALLEL SAFE');

-- gd_identities()
SELECT has_function('gd_identities', ARRAY[]::name[], 'function gd_identities() exists');
SELECT function_returns('gd_identities', ARRAY[]::name[], 'setof record', 'gd_identities() returns setof record');
SELECT volatility_is('gd_identities', ARRAY[]::name[], 'immutable', 'gd_identities() is IMMUTABLE');
SELECT is_strict('gd_identities', ARRAY[]::name[], 'gd_identities() is STRICT');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('gd_identities()')), 's'::"char", 'gd_identities() is PARALLEL SAFE');
-- The columns of the set-returning table functions (function_returns only
-- sees "setof record" for RETURNS TABLE).
SELECT is(pg_catalog.pg_get_function_result(to_regprocedure('gd_table(gd_applications)')),
    'TABLE(row_no integer, row_key text, label text, natural_person integer, commercial integer, research integer, public_interest integer, legal_service integer, other_org integer, total integer)',
    'gd_table(gd_applications) returns the official table 三 columns');
SELECT is(pg_catalog.pg_get_function_result(to_regprocedure('gd_table(gd_appeals)')),
    'TABLE(block_no integer, block_key text, label text, upheld integer, corrected integer, other integer, pending integer, total integer)',
    'gd_table(gd_appeals) returns one row per block of table 四');

-- ---------------------------------------------------------------------------
-- Aggregates: sum(gd_applications), sum(gd_appeals), combinable, parallel safe
-- ---------------------------------------------------------------------------
-- aggregate sum(gd_applications)
SELECT has_function('sum', ARRAY['gd_applications']::name[], 'aggregate sum(gd_applications) exists');
SELECT is_aggregate('sum', ARRAY['gd_applications']::name[], 'sum(gd_applications) is an aggregate');
SELECT function_returns('sum', ARRAY['gd_applications']::name[], 'gd_applications', 'sum(gd_applications) returns gd_applications');
SELECT volatility_is('sum', ARRAY['gd_applications']::name[], 'immutable', 'sum(gd_applications) is IMMUTABLE');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('sum(gd_applications)')), 's'::"char", 'sum(gd_applications) is PARALLEL SAFE');
SELECT is((SELECT aggtransfn::pg_catalog.regprocedure::text FROM pg_catalog.pg_aggregate WHERE aggfnoid = to_regprocedure('sum(gd_applications)')), 'gd_applications_accum(gd_applications,gd_applications)', 'sum(gd_applications) transition function is gd_applications_accum(gd_applications,gd_applications)');
SELECT is((SELECT aggcombinefn::pg_catalog.regprocedure::text FROM pg_catalog.pg_aggregate WHERE aggfnoid = to_regprocedure('sum(gd_applications)')), 'gd_applications_accum(gd_applications,gd_applications)', 'sum(gd_applications) is combinable: combine function gd_applications_accum(gd_applications,gd_applications)');

-- aggregate sum(gd_appeals)
SELECT has_function('sum', ARRAY['gd_appeals']::name[], 'aggregate sum(gd_appeals) exists');
SELECT is_aggregate('sum', ARRAY['gd_appeals']::name[], 'sum(gd_appeals) is an aggregate');
SELECT function_returns('sum', ARRAY['gd_appeals']::name[], 'gd_appeals', 'sum(gd_appeals) returns gd_appeals');
SELECT volatility_is('sum', ARRAY['gd_appeals']::name[], 'immutable', 'sum(gd_appeals) is IMMUTABLE');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc WHERE oid = to_regprocedure('sum(gd_appeals)')), 's'::"char", 'sum(gd_appeals) is PARALLEL SAFE');
SELECT is((SELECT aggtransfn::pg_catalog.regprocedure::text FROM pg_catalog.pg_aggregate WHERE aggfnoid = to_regprocedure('sum(gd_appeals)')), 'gd_appeals_accum(gd_appeals,gd_appeals)', 'sum(gd_appeals) transition function is gd_appeals_accum(gd_appeals,gd_appeals)');
SELECT is((SELECT aggcombinefn::pg_catalog.regprocedure::text FROM pg_catalog.pg_aggregate WHERE aggfnoid = to_regprocedure('sum(gd_appeals)')), 'gd_appeals_accum(gd_appeals,gd_appeals)', 'sum(gd_appeals) is combinable: combine function gd_appeals_accum(gd_appeals,gd_appeals)');
-- ---------------------------------------------------------------------------
-- Operators and hash operator classes
-- ---------------------------------------------------------------------------
SELECT has_operator('gd_applications', '=',  'gd_applications', 'boolean',         'operator = (gd_applications, gd_applications) exists');
SELECT has_operator('gd_applications', '<>', 'gd_applications', 'boolean',         'operator <> (gd_applications, gd_applications) exists');
SELECT has_operator('gd_applications', '+',  'gd_applications', 'gd_applications', 'operator + (gd_applications, gd_applications) exists');
SELECT has_operator('gd_appeals', '=',  'gd_appeals', 'boolean',    'operator = (gd_appeals, gd_appeals) exists');
SELECT has_operator('gd_appeals', '<>', 'gd_appeals', 'boolean',    'operator <> (gd_appeals, gd_appeals) exists');
SELECT has_operator('gd_appeals', '+',  'gd_appeals', 'gd_appeals', 'operator + (gd_appeals, gd_appeals) exists');
SELECT is(
    (SELECT ARRAY[oprcanhash::text, oprnegate::regoperator::text, oprcom::regoperator::text]
       FROM pg_catalog.pg_operator WHERE oid = to_regoperator('=(gd_applications,gd_applications)')),
    ARRAY['true', '<>(gd_applications,gd_applications)', '=(gd_applications,gd_applications)'],
    '= on gd_applications HASHES, negator <>, self-commutator');
SELECT is(
    (SELECT ARRAY[oprcanhash::text, oprnegate::regoperator::text, oprcom::regoperator::text]
       FROM pg_catalog.pg_operator WHERE oid = to_regoperator('=(gd_appeals,gd_appeals)')),
    ARRAY['true', '<>(gd_appeals,gd_appeals)', '=(gd_appeals,gd_appeals)'],
    '= on gd_appeals HASHES, negator <>, self-commutator');

SELECT has_opclass('gd_applications_hash_ops', 'operator class gd_applications_hash_ops exists');
SELECT has_opclass('gd_appeals_hash_ops', 'operator class gd_appeals_hash_ops exists');
SELECT is(
    (SELECT array_agg(c.opcname::text ORDER BY c.opcname)
       FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
      WHERE am.amname = 'hash' AND c.opcdefault AND c.opcintype = to_regtype('gd_applications')),
    ARRAY['gd_applications_hash_ops'],
    'gd_applications_hash_ops is the default hash operator class of gd_applications');
SELECT is(
    (SELECT array_agg(c.opcname::text ORDER BY c.opcname)
       FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
      WHERE am.amname = 'hash' AND c.opcdefault AND c.opcintype = to_regtype('gd_appeals')),
    ARRAY['gd_appeals_hash_ops'],
    'gd_appeals_hash_ops is the default hash operator class of gd_appeals');

-- ---------------------------------------------------------------------------
-- Casts: int4[] and jsonb, both ways
-- ---------------------------------------------------------------------------
SELECT has_cast('integer[]', 'gd_applications', 'gd_applications', 'cast int4[] -> gd_applications via gd_applications(int4[])');
SELECT has_cast('gd_applications', 'integer[]', 'gd_to_array', 'cast gd_applications -> int4[] via gd_to_array');
SELECT has_cast('jsonb', 'gd_applications', 'gd_applications', 'cast jsonb -> gd_applications via gd_applications(jsonb)');
SELECT has_cast('gd_applications', 'jsonb', 'gd_to_jsonb', 'cast gd_applications -> jsonb via gd_to_jsonb');
SELECT has_cast('integer[]', 'gd_appeals', 'gd_appeals', 'cast int4[] -> gd_appeals via gd_appeals(int4[])');
SELECT has_cast('gd_appeals', 'integer[]', 'gd_to_array', 'cast gd_appeals -> int4[] via gd_to_array');
SELECT has_cast('jsonb', 'gd_appeals', 'gd_appeals', 'cast jsonb -> gd_appeals via gd_appeals(jsonb)');
SELECT has_cast('gd_appeals', 'jsonb', 'gd_to_jsonb', 'cast gd_appeals -> jsonb via gd_to_jsonb');

-- ---------------------------------------------------------------------------
-- Generic rules over every member of the extension (pg_depend deptype 'e').
-- These keep holding as objects are added; a failure lists the objects.
-- ---------------------------------------------------------------------------
CREATE TEMP VIEW gd_members AS
SELECT d.classid, d.objid,
       pg_catalog.pg_describe_object(d.classid, d.objid, 0) AS object,
       (SELECT ds.description FROM pg_catalog.pg_description ds
         WHERE ds.classoid = d.classid AND ds.objoid = d.objid AND ds.objsubid = 0) AS comment
  FROM pg_catalog.pg_depend d
 WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
   AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'gov_disclosure')
   AND d.deptype = 'e'
   -- functions and aggregates, types, operators, operator classes and
   -- families, casts, tables and views
   AND d.classid IN ('pg_catalog.pg_proc'::pg_catalog.regclass, 'pg_catalog.pg_type'::pg_catalog.regclass,
                     'pg_catalog.pg_operator'::pg_catalog.regclass, 'pg_catalog.pg_opclass'::pg_catalog.regclass,
                     'pg_catalog.pg_opfamily'::pg_catalog.regclass, 'pg_catalog.pg_cast'::pg_catalog.regclass,
                     'pg_catalog.pg_class'::pg_catalog.regclass);

CREATE TEMP VIEW gd_member_functions AS
SELECT p.oid::pg_catalog.regprocedure::text AS function, p.*, l.lanname
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
 WHERE p.oid IN (SELECT objid FROM gd_members WHERE classid = 'pg_catalog.pg_proc'::pg_catalog.regclass);

SELECT is(
    (SELECT array_agg(DISTINCT classid::pg_catalog.regclass::text ORDER BY classid::pg_catalog.regclass::text) FROM gd_members)
        @> ARRAY['pg_cast', 'pg_class', 'pg_opclass', 'pg_opfamily', 'pg_operator', 'pg_proc', 'pg_type'],
    true,
    'the extension has member functions, types, operators, operator classes and families, casts, tables and views (the rules below are not vacuous)');

SELECT is(
    (SELECT coalesce(array_agg(object ORDER BY object), '{}') FROM gd_members
      WHERE comment IS NULL OR btrim(comment) = ''),
    '{}'::text[],
    'every member function, aggregate, type, operator, operator class and family, cast, table and view has a COMMENT');

SELECT is(
    (SELECT coalesce(array_agg(object ORDER BY object), '{}') FROM gd_members
      WHERE comment IS NOT NULL AND comment !~ '[一-龥]'),
    '{}'::text[],
    'every member comment contains Chinese (objects listed lack it)');

SELECT is(
    (SELECT coalesce(array_agg(object ORDER BY object), '{}') FROM gd_members
      WHERE comment IS NOT NULL AND comment !~ '[A-Za-z]'),
    '{}'::text[],
    'every member comment contains English (objects listed lack ASCII letters)');

-- Functions that write data (loading into a store, creating one, keeping
-- its history) are truthfully VOLATILE and PARALLEL UNSAFE; gd_audit(store)
-- reads a table through SPI, PARALLEL RESTRICTED; every other member computes.
SELECT is(
    (SELECT coalesce(array_agg(function ORDER BY function), '{}') FROM gd_member_functions
      WHERE proparallel <> 's' AND function NOT IN ('gd_load_report(text,text,text,text,integer,boolean,boolean,regclass,text)', 'gd_load_inbox(regclass,regclass,boolean)', 'gd_create_store(text,text)', 'gd_keep_history()', 'gd_audit(regclass)')),
    '{}'::text[],
    'every member function and aggregate but the data-writing ones is PARALLEL SAFE (objects listed are not)');

SELECT is(
    (SELECT coalesce(array_agg(function ORDER BY function), '{}') FROM gd_member_functions
      WHERE provolatile = 'v' AND function NOT IN ('gd_load_report(text,text,text,text,integer,boolean,boolean,regclass,text)', 'gd_load_inbox(regclass,regclass,boolean)', 'gd_create_store(text,text)', 'gd_keep_history()')),
    '{}'::text[],
    'no member function or aggregate but the data-writing ones is VOLATILE (objects listed are)');

-- Every body is bound by OID when the function is created (README
-- "Security"): C, or SQL with an SQL-standard body (RETURN … / BEGIN
-- ATOMIC … END, stored parsed in prosqlbody).  A PL/pgSQL body or an SQL
-- body kept as a string is parsed again at every call, resolving names
-- that whoever owns the schema can replace.
SELECT is(
    (SELECT coalesce(array_agg(function || ' (' || lanname || ')' ORDER BY function), '{}') FROM gd_member_functions
      WHERE NOT (lanname IN ('c', 'sql') OR prokind = 'a' AND lanname = 'internal')),
    '{}'::text[],
    'every member function is C or SQL: no PL/pgSQL or other procedural body (objects listed are not)');

SELECT is(
    (SELECT coalesce(array_agg(function ORDER BY function), '{}') FROM gd_member_functions
      WHERE lanname = 'sql' AND prosqlbody IS NULL),
    '{}'::text[],
    'every LANGUAGE sql member function has an SQL-standard body, bound at creation, not a string (objects listed do not)');

SELECT * FROM finish();
ROLLBACK;
