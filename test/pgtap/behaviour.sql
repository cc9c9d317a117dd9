-- Behaviour of the gov_disclosure types at the SQL level: input errors carry
-- the right SQLSTATE, a valid table 四 is accepted and consistent, and
-- gd_is_consistent works as a CHECK constraint.
SET client_encoding = 'UTF8';
BEGIN;
SELECT plan(30);

-- Input errors and their SQLSTATEs
SELECT throws_ok($$SELECT '2021:{}'::gd_applications$$, '22023', NULL,
    'a gd_applications literal missing its rows is 22023 (invalid_parameter_value)');
SELECT throws_like($$SELECT '2021:{}'::gd_applications$$, '%new_received%',
    'the missing-row error names the first missing row');
SELECT throws_ok($$SELECT 'x'::gd_applications$$, '22P02', NULL,
    'a malformed gd_applications literal is 22P02 (invalid_text_representation)');
SELECT throws_ok($$SELECT '{review:[-4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals$$,
    '22023', NULL, 'a negative count in gd_appeals text is 22023');
SELECT throws_ok(
    $$SELECT replace(pg_catalog.array_fill(0, ARRAY[25, 7])::gd_applications::text,
                     'new_received:[0,', 'new_received:[-1,')::gd_applications$$,
    '22023', NULL, 'a negative count in gd_applications text is 22023');
SELECT throws_ok($$SELECT '{review:[2147483648,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals$$,
    '22003', NULL, 'a count of 2147483648 in gd_appeals text is 22003 (numeric_value_out_of_range)');
SELECT throws_ok(
    $$SELECT replace(pg_catalog.array_fill(0, ARRAY[25, 7])::gd_applications::text,
                     'new_received:[0,', 'new_received:[2147483648,')::gd_applications$$,
    '22003', NULL, 'a count of 2147483648 in gd_applications text is 22003');
SELECT throws_ok($$SELECT ARRAY[1,2]::gd_appeals$$, '2202E', NULL,
    'an int[] of the wrong length cast to gd_appeals is 2202E (array_subscript_error)');

-- A valid table 四
SELECT lives_ok(
    $$SELECT '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals$$,
    'a valid gd_appeals literal is accepted');
SELECT is(gd_is_consistent('{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals),
    true, 'the valid gd_appeals literal is consistent');
SELECT is(gd_is_consistent('{review:[4,7,0,0,12], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals),
    false, 'a review total that is not upheld + corrected + other + pending is inconsistent');
SELECT is(
    '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals::text::gd_appeals,
    '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals,
    'gd_appeals text output round-trips');

-- gd_is_consistent in a CHECK constraint
CREATE TEMP TABLE gd_tap_appeals (m gd_appeals CHECK (gd_is_consistent(m)));
SELECT lives_ok(
    $$INSERT INTO gd_tap_appeals VALUES ('{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}')$$,
    'CHECK (gd_is_consistent(m)) accepts a consistent table 四');
SELECT throws_ok(
    $$INSERT INTO gd_tap_appeals VALUES ('{review:[4,7,0,0,12], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}')$$,
    '23514', NULL, 'CHECK (gd_is_consistent(m)) rejects an inconsistent table 四 with 23514 (check_violation)');
SELECT lives_ok(
    $$INSERT INTO gd_tap_appeals VALUES (NULL)$$,
    'CHECK (gd_is_consistent(m)) lets a NULL table 四 through (STRICT: NULL is not a failure)');
SELECT is((SELECT count(*)::integer FROM gd_tap_appeals), 2, 'only the consistent row and the NULL row were stored');

-- The domains and the C checks say the same about region codes and years
-- (the C side gives the messages of gd_region_level, gd_load_report and
-- the gd_report jsonb form; the domains check the stores).
SELECT lives_ok($$SELECT '230102'::gd_region_code$$, 'gd_region_code accepts 230102');
SELECT lives_ok($$SELECT gd_region_level('230102')$$, 'gd_region_level accepts 230102');
SELECT lives_ok($$SELECT '100000'::gd_region_code$$, 'gd_region_code accepts 100000');
SELECT lives_ok($$SELECT gd_region_level('100000')$$, 'gd_region_level accepts 100000');
SELECT throws_ok($$SELECT '030102'::gd_region_code$$, '23514', NULL, 'gd_region_code refuses a leading 0');
SELECT throws_ok($$SELECT gd_region_level('030102')$$, '22023', NULL, 'gd_region_level refuses a leading 0');
SELECT throws_ok($$SELECT '2301020'::gd_region_code$$, '23514', NULL, 'gd_region_code refuses seven digits');
SELECT throws_ok($$SELECT gd_region_level('2301020')$$, '22023', NULL, 'gd_region_level refuses seven digits');
SELECT throws_ok($$SELECT '２３０１０２'::gd_region_code$$, '23514', NULL, 'gd_region_code refuses full-width digits');
SELECT throws_ok($$SELECT gd_region_level('２３０１０２')$$, '22023', NULL, 'gd_region_level refuses full-width digits');
SELECT lives_ok($$SELECT 2008::gd_year, 2100::gd_year$$, 'gd_year accepts 2008 and 2100');
SELECT lives_ok($$SELECT '{"year": 2008}'::jsonb::gd_report, '{"year": 2100}'::jsonb::gd_report$$, 'a gd_report accepts the years 2008 and 2100');
SELECT throws_ok($$SELECT 2007::gd_year$$, '23514', NULL, 'gd_year refuses 2007');
SELECT throws_ok($$SELECT '{"year": 2007}'::jsonb::gd_report$$, '22023', NULL, 'a gd_report refuses the year 2007');

SELECT * FROM finish();
ROLLBACK;
