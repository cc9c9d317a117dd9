-- gd_appeals (table 四): text, int[], jsonb and binary forms; cells; bad input.

SELECT a FROM seed;
SELECT a::text::gd_appeals = a AS text_round_trip,
       a::int[]::gd_appeals = a AS array_round_trip,
       a::jsonb::gd_appeals = a AS jsonb_round_trip
FROM seed;
SELECT a::int[] FROM seed;
SELECT a::jsonb FROM seed;
SELECT gd_cell(a, 'review', 'corrected') AS review_corrected,
       gd_cell(a, 'suit_after_review', 'pending') AS after_review_pending,
       gd_cell(gd_set_cell(a, 'suit_direct', 'other', NULL), 'suit_direct', 'other') AS now_blank
FROM seed;
SELECT pg_column_size(a) AS bytes FROM seed;

-- Not stated round-trips and is distinct from 0.
SELECT '{review:[-,-,-,-,3], suit_direct:[0,0,0,0,0], suit_after_review:[-,-,-,-,-]}'::gd_appeals;
SELECT x::jsonb::gd_appeals = x, x::int[]::gd_appeals = x, x::text::gd_appeals = x,
       x = '{review:[0,0,0,0,3], suit_direct:[0,0,0,0,0], suit_after_review:[-,-,-,-,-]}'::gd_appeals AS blank_equals_zero
FROM (SELECT '{review:[-,-,-,-,3], suit_direct:[0,0,0,0,0], suit_after_review:[-,-,-,-,-]}'::gd_appeals AS x) s;

-- Sorting, DISTINCT and GROUP BY.
SELECT count(DISTINCT a), count(*) FROM (SELECT a FROM seed UNION ALL SELECT a FROM seed UNION ALL SELECT gd_set_cell(a, 'review', 'other', 1) FROM seed) s;
SELECT gd_cell(a, 'review', 'other') AS review_other, count(*) FROM (SELECT a FROM seed UNION ALL SELECT a FROM seed UNION ALL SELECT gd_set_cell(a, 'review', 'other', 1) FROM seed) s GROUP BY a ORDER BY a;

-- Bad input.
SELECT try($$SELECT ''::gd_appeals$$);
SELECT try($$SELECT '{review:[4,7,0,0,11]}'::gd_appeals$$);
SELECT try($$SELECT '{review:[4,7,0,0], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals$$);
SELECT try($$SELECT '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3], review:[0,0,0,0,0]}'::gd_appeals$$);
SELECT try($$SELECT '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], appeal:[1,0,0,2,3]}'::gd_appeals$$);
SELECT try($$SELECT '{review:[4,7,0,0,-11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals$$);
SELECT try($$SELECT '{review:[4,7,0,0,99999999999], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}'::gd_appeals$$);
SELECT try($$SELECT '{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]} x'::gd_appeals$$);
SELECT try($$SELECT ARRAY[1,2,3]::gd_appeals$$);
SELECT try($$SELECT array_fill(0, ARRAY[3,5])::gd_appeals$$);
SELECT try($$SELECT (array_fill(0, ARRAY[14]) || -1)::gd_appeals$$);
SELECT try($$SELECT '{"review": {}}'::jsonb::gd_appeals$$);
SELECT try(format('SELECT %L::jsonb::gd_appeals', (a::jsonb - 'suit_direct')::text)) FROM seed;
SELECT try(format('SELECT %L::jsonb::gd_appeals', jsonb_set(a::jsonb, '{review,upheld}', 'true')::text)) FROM seed;
SELECT try(format('SELECT %L::jsonb::gd_appeals', (a::jsonb || '{"format": 2021}')::text)) FROM seed;
SELECT try($$SELECT gd_cell(a, 'reviews', 'total') FROM seed$$);
SELECT try($$SELECT gd_cell(a, 'review', 'sum') FROM seed$$);
SELECT try($$SELECT gd_set_cell(a, 'review', 'total', -1) FROM seed$$);

-- Binary: COPY BINARY round trip, and recv re-validating bytes built in SQL.
COPY (SELECT a FROM seed) TO '/tmp/gd_regress_appeals.bin' WITH (FORMAT binary);
CREATE TEMP TABLE appeals_back (a gd_appeals);
COPY appeals_back FROM '/tmp/gd_regress_appeals.bin' WITH (FORMAT binary);
SELECT a = (SELECT a FROM seed) AS identical FROM appeals_back;

CREATE FUNCTION recv_appeals(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    lo oid := lo_from_bytea(0, copy_one_value(payload));
BEGIN
    PERFORM lo_export(lo, '/tmp/gd_regress_recv.bin');
    PERFORM lo_unlink(lo);
    RETURN try($q$COPY appeals_back FROM '/tmp/gd_regress_recv.bin' WITH (FORMAT binary)$q$);
END $$;
CREATE FUNCTION appeals_payload(version int, flags int, cells int[]) RETURNS bytea LANGUAGE sql AS $$
    SELECT set_byte('\x00'::bytea, 0, version) || int4send(flags)
        || coalesce((SELECT string_agg(int4send(c), ''::bytea ORDER BY i) FROM unnest(cells) WITH ORDINALITY u(c, i)), ''::bytea)
$$;
TRUNCATE appeals_back;
SELECT recv_appeals(appeals_payload(1, 0, ARRAY[4,7,0,0,11, 1,0,0,1,2, 1,0,0,2,3]));
SELECT recv_appeals(appeals_payload(1, 0, array_fill(-1, ARRAY[15])));
SELECT recv_appeals(appeals_payload(0, 0, array_fill(0, ARRAY[15])));
SELECT recv_appeals(appeals_payload(1, 4, array_fill(0, ARRAY[15])));
SELECT recv_appeals(appeals_payload(1, 0, array_fill(0, ARRAY[14])));
SELECT recv_appeals(appeals_payload(1, 0, array_fill(0, ARRAY[16])));
SELECT recv_appeals(appeals_payload(1, 0, array_fill(0, ARRAY[9]) || -2 || array_fill(0, ARRAY[5])));
SELECT a FROM appeals_back ORDER BY a;
