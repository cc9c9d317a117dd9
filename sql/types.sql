-- gd_applications: text, int[], jsonb and binary forms; equality; bad input.
-- Also creates what later tests share: try() and the seed report's tables.

SET client_min_messages = warning;

-- Run a statement; return 'ok' or 'SQLSTATE: message | detail'.
CREATE FUNCTION try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || CASE WHEN detail <> '' THEN ' | ' || detail ELSE '' END;
END $$;

-- 红旗区人民政府 2024 (test/data/hongqi-2024.txt), table 三 transcribed by hand.
CREATE TABLE seed (organ text, m gd_applications, a gd_appeals);
INSERT INTO seed VALUES ('红旗区人民政府', ARRAY[
    [16,0,0,0,0,4,20],   -- new_received
    [0,0,0,0,0,0,0],     -- carried_over
    [6,0,0,0,0,4,10],    -- granted
    [5,0,0,0,0,0,5],     -- partially_granted
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],  -- withheld 1-4
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],  -- withheld 5-8
    [5,0,0,0,0,0,5],     -- unavailable_not_held
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],                                    -- unavailable 2-3
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],  -- not_processed
    [0,0,0,0,0,0,0], [0,0,0,0,0,0,0], [0,0,0,0,0,0,0],                   -- other_*
    [16,0,0,0,0,4,20],   -- total_processed
    [0,0,0,0,0,0,0]      -- carried_forward
]::gd_applications,
'{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}');

-- The canonical text form.
SELECT m FROM seed;
SELECT gd_format(m) FROM seed;

-- Round trips: text, int[], jsonb.
SELECT m::text::gd_applications = m AS text_round_trip,
       m::int[]::gd_applications = m AS array_round_trip,
       m::jsonb::gd_applications = m AS jsonb_round_trip
FROM seed;
SELECT m::int[] FROM seed;
SELECT jsonb_pretty(jsonb_build_object('new_received', m::jsonb -> 'new_received',
                                       'format', m::jsonb -> 'format')) FROM seed;
SELECT array_length(ARRAY(SELECT jsonb_object_keys(m::jsonb)), 1) AS keys_2021 FROM seed;

-- Not stated is not zero, and survives every form.
CREATE TEMP TABLE blanky AS
SELECT gd_set_cell(gd_set_cell(m, 'carried_over', 'total', NULL), 'granted', 'research', NULL) AS m FROM seed;
SELECT gd_cell(m, 'carried_over', 'total') IS NULL AS blank,
       gd_cell(m, 'carried_over', 'natural_person') AS zero,
       m::text LIKE '%carried_over:[0,0,0,0,0,0,-]%' AS text_dash,
       (m::jsonb -> 'granted' -> 'research') = 'null'::jsonb AS json_null,
       (m::int[])[2][7] IS NULL AS array_null,
       m = (SELECT m FROM seed) AS equal_to_zeroes
FROM blanky;
SELECT m::text::gd_applications = m, m::jsonb::gd_applications = m, m::int[]::gd_applications = m FROM blanky;

-- Whitespace and row order are free on input; output is canonical.
SELECT ' 2021 :{ ' || string_agg(row_key || ' : [ ' || cells || ' ] ', ' , ' ORDER BY row_no DESC) || ' } ' AS shuffled
FROM (SELECT row_no, row_key, string_agg(coalesce(value::text, '-'), ' , ' ORDER BY column_no) AS cells
      FROM seed, gd_cells(m) GROUP BY row_no, row_key) r \gset
SELECT try(format('SELECT %L::gd_applications', :'shuffled'));
SELECT :'shuffled'::gd_applications = m FROM seed;

-- A 2019-format matrix: 23 rows, （六） is the single row other_handling.
CREATE TEMP TABLE m2019 AS
SELECT gd_to_2019(m) AS m FROM seed;
SELECT gd_format(m), array_length(m::int[], 1) AS rows, m::text LIKE '%other_handling:[0,0,0,0,0,0,0]%' AS has_other_handling FROM m2019;
SELECT m::int[]::gd_applications = m, m::jsonb::gd_applications = m, m::text::gd_applications = m FROM m2019;
SELECT m = (SELECT m FROM seed) AS same_as_2021 FROM m2019;

-- Extremes: the largest count.
SELECT gd_cell(gd_set_cell(m, 'granted', 'total', 2147483647), 'granted', 'total') FROM seed;

-- Bad input: every one an ERROR with its SQLSTATE, naming what and where.
SELECT try($$SELECT ''::gd_applications$$);
SELECT try($$SELECT 'x'::gd_applications$$);
SELECT try($$SELECT '2020:{}'::gd_applications$$);
SELECT try($$SELECT '2021{}'::gd_applications$$);
SELECT try($$SELECT '2021:{}'::gd_applications$$);
SELECT try($$SELECT '2021:{new_received:[1,2]}'::gd_applications$$);
SELECT try($$SELECT '2021:{new_received:[1,2,3,4,5,6,7,8]}'::gd_applications$$);
SELECT try($$SELECT '2021:{granted:[1,2,3,4,5,6,-7]}'::gd_applications$$);
SELECT try($$SELECT '2021:{granted:[1,2,3,4,5,6,2147483648]}'::gd_applications$$);
SELECT try($$SELECT '2021:{granted:[1,2,3,4,5,6,1.5]}'::gd_applications$$);
SELECT try($$SELECT '2021:{bogus:[1,2,3,4,5,6,7]}'::gd_applications$$);
SELECT try($$SELECT '2021:{granted:[1,2,3,4,5,6,7], granted:[1,2,3,4,5,6,7]}'::gd_applications$$);
SELECT try(format('SELECT %L::gd_applications', m::text || ' trailing')) FROM seed;
SELECT try(format('SELECT %L::gd_applications', replace(m::text, 'other_misc', 'other_handling'))) FROM seed;
SELECT try(format('SELECT %L::gd_applications', replace(m::text, 'granted:[6', 'granted:[x'))) FROM seed;
SELECT try($$SELECT ARRAY[1,2,3]::gd_applications$$);
SELECT try($$SELECT array_fill(0, ARRAY[24,7])::gd_applications$$);
SELECT try($$SELECT array_fill(0, ARRAY[25,6])::gd_applications$$);
SELECT try($$SELECT array_fill(0, ARRAY[25,7,1])::gd_applications$$);
SELECT try($$SELECT '{}'::int[]::gd_applications$$);
SELECT try(format('SELECT %L::int[]::gd_applications', replace(m::int[]::text, '{{16,', '{{-16,'))) FROM seed;
SELECT try($$SELECT '{}'::jsonb::gd_applications$$);
SELECT try($$SELECT '{"format": 2022}'::jsonb::gd_applications$$);
SELECT try($$SELECT '[1,2]'::jsonb::gd_applications$$);
SELECT try(format('SELECT %L::jsonb::gd_applications', (m::jsonb - 'granted')::text)) FROM seed;
SELECT try(format('SELECT %L::jsonb::gd_applications', jsonb_set(m::jsonb, '{granted,research}', '"7"')::text)) FROM seed;
SELECT try(format('SELECT %L::jsonb::gd_applications', jsonb_set(m::jsonb, '{granted,research}', '7.5')::text)) FROM seed;
SELECT try(format('SELECT %L::jsonb::gd_applications', jsonb_set(m::jsonb, '{granted,research}', '-1')::text)) FROM seed;
SELECT try(format('SELECT %L::jsonb::gd_applications', jsonb_set(m::jsonb, '{granted,bogus}', '1')::text)) FROM seed;
SELECT try(format('SELECT %L::jsonb::gd_applications', (m::jsonb || '{"other_handling": {}}')::text)) FROM seed;
-- one notion of a count in every form: digits only, so 0.0 is refused in
-- jsonb as in the text form (jsonb keeps the fraction it was written with)
SELECT try(format('SELECT %L::jsonb::gd_applications', jsonb_set(m::jsonb, '{granted,research}', '0.0')::text)) AS zero_point_zero FROM seed;

-- Sorting works too (an arbitrary total order), so count(DISTINCT) does.
SELECT count(DISTINCT m) FROM (SELECT m FROM seed UNION ALL SELECT m FROM blanky UNION ALL SELECT m FROM m2019 UNION ALL SELECT m FROM seed) s;

-- Binary: COPY BINARY round trip.
COPY (SELECT m FROM seed UNION ALL SELECT m FROM blanky UNION ALL SELECT m FROM m2019) TO '/tmp/gd_regress_apps.bin' WITH (FORMAT binary);
CREATE TEMP TABLE apps_back (m gd_applications);
COPY apps_back FROM '/tmp/gd_regress_apps.bin' WITH (FORMAT binary);
SELECT count(*) AS rows_back,
       count(*) FILTER (WHERE m IN (SELECT m FROM seed UNION ALL SELECT m FROM blanky UNION ALL SELECT m FROM m2019)) AS identical
FROM apps_back;

-- Binary input re-validates: bytes built in SQL, written with lo_export.
CREATE FUNCTION copy_one_value(payload bytea) RETURNS bytea LANGUAGE sql AS $$
    SELECT '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
        || '\x0001'::bytea || int4send(length(payload)) || payload || '\xffff'::bytea
$$;
CREATE FUNCTION recv_apps(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    lo oid := lo_from_bytea(0, copy_one_value(payload));
    result text;
BEGIN
    PERFORM lo_export(lo, '/tmp/gd_regress_recv.bin');
    PERFORM lo_unlink(lo);
    result := try($q$COPY apps_back FROM '/tmp/gd_regress_recv.bin' WITH (FORMAT binary)$q$);
    RETURN result;
END $$;
CREATE FUNCTION apps_payload(version int, format int, flags int, cells int[]) RETURNS bytea LANGUAGE sql AS $$
    SELECT set_byte('\x00'::bytea, 0, version) || substr(int4send(format), 3) || substr(int4send(flags), 3)
        || coalesce((SELECT string_agg(int4send(c), ''::bytea ORDER BY i) FROM unnest(cells) WITH ORDINALITY u(c, i)), ''::bytea)
$$;
TRUNCATE apps_back;
SELECT recv_apps(apps_payload(1, 2021, 0, array_fill(0, ARRAY[175])));
SELECT recv_apps(apps_payload(1, 2019, 0, array_fill(-1, ARRAY[161])));
SELECT recv_apps(apps_payload(2, 2021, 0, array_fill(0, ARRAY[175])));
SELECT recv_apps(apps_payload(1, 2020, 0, array_fill(0, ARRAY[175])));
SELECT recv_apps(apps_payload(1, 2021, 1, array_fill(0, ARRAY[175])));
SELECT recv_apps(apps_payload(1, 2021, 0, array_fill(0, ARRAY[174])));
SELECT recv_apps(apps_payload(1, 2021, 0, array_fill(0, ARRAY[176])));
SELECT recv_apps(apps_payload(1, 2021, 0, array_fill(0, ARRAY[22]) || -5 || array_fill(0, ARRAY[152])));
SELECT count(*), count(*) FILTER (WHERE gd_cell(m, 'total_processed', 'total') = 0) AS zeros,
       count(*) FILTER (WHERE gd_cell(m, 'total_processed', 'total') IS NULL) AS blanks
FROM apps_back;

-- Equality and hashing: GROUP BY and DISTINCT, hashed and otherwise.
SELECT count(DISTINCT m) FROM (SELECT m FROM seed UNION ALL SELECT m FROM seed UNION ALL SELECT m FROM blanky) s;
SELECT m = (SELECT m FROM seed) AS is_seed, count(*) FROM (SELECT m FROM seed UNION ALL SELECT m FROM seed UNION ALL SELECT m FROM blanky) s GROUP BY m ORDER BY 1;
SELECT (SELECT m FROM seed) <> (SELECT m FROM blanky) AS differ;
SELECT count(*) FROM seed s JOIN blanky b ON s.m = b.m;
