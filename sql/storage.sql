-- The stored form (src/core/compact.h): one cell width per value, chosen by
-- its largest cell; every form (text, int[], jsonb, binary COPY) round-trips
-- at the edges of each width class, and sums and checks read every width.
-- Sizes are worked out by hand: 4 bytes of varlena header, 4 of header
-- (format, version, width), 4 of verdict in a table 三 of 1- or 2-byte
-- cells, then the cells: 175 in a 2021 table 三, 161 in a 2019 one, 15 in
-- table 四, 10 in a 2021 table 二.  A table 三 whose few large cells are
-- at most 65279 takes the blocks form instead of 2-byte cells: after the
-- verdict a mask of the blocks of 8 cells that hold one (4 bytes), a low
-- byte a cell and 8 high bytes a block.

SET client_min_messages = warning;

-- Table 三 at the edges: 254 is the largest 1-byte cell (255 means not
-- stated); one cell of 255 … 65279 (254 + 255 × 255) is the blocks form
-- (4 + 4 + 4 + 4 + 175 + 8 = 199 bytes); 65534 the largest 2-byte cell;
-- then 4 bytes up to 2147483647.
CREATE TABLE storage_edges (v int, bytes int);
INSERT INTO storage_edges VALUES (NULL, 187), (0, 187), (254, 187), (255, 199), (65279, 199),
                                 (65280, 362), (65534, 362), (65535, 708), (2147483647, 708);
CREATE TABLE storage_m AS
SELECT e.v, e.bytes, gd_set_cell(s.m, 'withheld_state_secret', 'commercial', e.v) AS m
FROM storage_edges e, seed s;

SELECT v, pg_column_size(m) AS bytes, pg_column_size(m) = bytes AS as_worked_out,
       gd_cell(m, 'withheld_state_secret', 'commercial') IS NOT DISTINCT FROM v AS cell_back,
       m::text::gd_applications = m AS text_trip,
       m::int[]::gd_applications = m AS array_trip,
       m::jsonb::gd_applications = m AS jsonb_trip,
       (m::int[])[5][2] IS NOT DISTINCT FROM v AS array_cell
FROM storage_m ORDER BY v NULLS FIRST;

-- The same matrices in the 2019 format (161 cells).
SELECT v, pg_column_size(gd_to_2019(m)) AS bytes,
       gd_to_2019(m)::text::gd_applications = gd_to_2019(m) AS text_trip
FROM storage_m ORDER BY v NULLS FIRST;

-- Binary COPY out and in: the same values.
COPY (SELECT v, m FROM storage_m) TO '/tmp/gd_regress_storage.bin' WITH (FORMAT binary);
CREATE TABLE storage_back (v int, m gd_applications);
COPY storage_back FROM '/tmp/gd_regress_storage.bin' WITH (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE b.m = s.m AND b.m::text = s.m::text) AS same
FROM storage_back b JOIN storage_m s ON b.v IS NOT DISTINCT FROM s.v;

-- sum() reads each width as it is stored: the cell is the sum of the
-- edge values (NULL counts as not stated), the rest the seed times 8; with
-- 2147483647 the cell overflows.
SELECT gd_cell(sum(m), 'withheld_state_secret', 'commercial') AS summed,
       (SELECT sum(v) FROM storage_edges WHERE v < 2147483647) AS expected
FROM storage_m WHERE v IS DISTINCT FROM 2147483647;
SELECT gd_cell(sum(m), 'granted', 'total') = 8 * (SELECT gd_cell(m, 'granted', 'total') FROM seed) AS others_summed
FROM storage_m WHERE v IS DISTINCT FROM 2147483647;
SELECT try($$SELECT sum(m) FROM storage_m WHERE v >= 65535$$);
-- + across widths; a 2019 value and a 2021 one sum in the 2019 format
SELECT (SELECT m FROM storage_m WHERE v = 254) + (SELECT m FROM storage_m WHERE v = 65535)
       = gd_set_cell((SELECT m FROM seed), 'withheld_state_secret', 'commercial', 254 + 65535)
       + (SELECT m FROM seed) AS plus_across_widths;
SELECT gd_format(sum(x)) AS format, gd_cell(sum(x), 'granted', 'total') AS granted_total
FROM (SELECT m AS x FROM seed UNION ALL SELECT gd_to_2019(m) FROM storage_m WHERE v = 65535) s;

-- Checks judge every width alike: a count written into the seed's empty
-- withheld_state_secret row breaks two identities, the outcomes summing to
-- total_processed in column commercial and the row's own total; 0 and a
-- blank (a part counts as 0) break none.
SELECT v, gd_is_consistent(m) AS consistent, (SELECT count(*) FROM gd_check(m)) AS violations
FROM storage_m ORDER BY v NULLS FIRST;

-- The verdict (version 2): a table 三 value of 1- or 2-byte cells is judged
-- when it is written and keeps the verdict after its header; a 4-byte one
-- keeps none (version 1, no larger than 0.2.0's 708 bytes).  The bytes are
-- read and laid out by hand through casts to and from bytea (superuser
-- only; dropped below): offset 2 is the version, 3 the width, 4 … 7 the
-- verdict, then the cells.
CREATE CAST (gd_applications AS bytea) WITHOUT FUNCTION;
CREATE CAST (bytea AS gd_applications) WITHOUT FUNCTION;
CREATE TABLE storage_v AS SELECT v, m, m::bytea AS b FROM storage_m;
SELECT v, get_byte(b, 2) AS version, get_byte(b, 3) AS width FROM storage_v ORDER BY v NULLS FIRST;
-- The same values without the verdict, as 0.3.0 wrote them before it
-- (version 1): equal, the same text, judged the same, summed the same.
CREATE TABLE storage_v1 AS
SELECT v, m, (substr(b, 1, 2) || '\x01'::bytea || substr(b, 4, 1) || substr(b, 9))::gd_applications AS m1
FROM storage_v WHERE get_byte(b, 2) = 2;
SELECT v, pg_column_size(m1) AS bytes, m1 = m AS same, m1::text = m::text AS same_text,
       gd_is_consistent(m1) AS consistent, gd_is_consistent(m1) = gd_is_consistent(m) AS same_verdict,
       (SELECT count(*) FROM gd_check(m1)) AS violations
FROM storage_v1 ORDER BY v NULLS FIRST;
SELECT sum(m1) = sum(m) AS same_sum, gd_is_consistent(sum(m1)) = gd_is_consistent(sum(m)) AS same_verdict,
       pg_column_size(sum(m1)) = pg_column_size(sum(m)) AS same_size
FROM storage_v1;
-- A verdict is taken as written, like the cells.  A cell changed by hand
-- (new_received × natural_person, the first cell, one more) under the
-- verdict these identities gave: the verdict stands.  Under a verdict of
-- other identities (one bit of its fingerprint changed) or none, the
-- changed cells are judged: the row's total no longer holds.
WITH t AS (SELECT set_byte(b, 8, get_byte(b, 8) + 1) AS b FROM storage_v WHERE v = 0)
SELECT get_byte(b, 8) AS first_cell,
       gd_is_consistent(b::gd_applications) AS own_verdict,
       gd_is_consistent(set_byte(b, 4, get_byte(b, 4) # 2)::gd_applications) AS other_verdict,
       gd_is_consistent((substr(b, 1, 2) || '\x01'::bytea || substr(b, 4, 1) || substr(b, 9))::gd_applications)
         AS no_verdict
FROM t;
-- The blocks form (version 4, width 3) of the one-large-cell values:
-- after the verdict (offset 8) the mask, block 3 alone (cells 24 … 31: 8);
-- the 175 low bytes (offset 12), withheld_state_secret × commercial being
-- cell 29 (row 4, column 1, from 0); then block 3's 8 high bytes (offset
-- 187), cell 29's the sixth (192): 255 = 0 + 255 × 1, 65279 = 254 + 255 × 255;
-- 195 bytes after the varlena header.
SELECT v, get_byte(b, 2) AS version, get_byte(b, 8) AS mask, get_byte(b, 9) + get_byte(b, 10) + get_byte(b, 11) AS mask_rest,
       get_byte(b, 12 + 29) AS low, get_byte(b, 192) AS high,
       get_byte(b, 187) + get_byte(b, 188) + get_byte(b, 189) + get_byte(b, 190) + get_byte(b, 191) + get_byte(b, 193) + get_byte(b, 194) AS other_high,
       length(b) AS bytes
FROM storage_v WHERE get_byte(b, 2) = 4 ORDER BY v;
-- Judged from its cells under other identities (a bit of the fingerprint
-- changed): the same as its verdict.
SELECT v, gd_is_consistent(set_byte(b, 4, get_byte(b, 4) # 2)::gd_applications) AS judged,
       gd_is_consistent(m) AS verdict,
       (SELECT count(*) FROM gd_check(set_byte(b, 4, get_byte(b, 4) # 2)::gd_applications)) AS violations
FROM storage_v WHERE get_byte(b, 2) = 4 ORDER BY v;
-- The runs form (version 3), which 0.3.0 wrote before the blocks form:
-- read, no longer written.  The same values laid out by hand: after the
-- verdict one run (1), of cell 29, length 1 (0x1d 0x01), the 175 low
-- bytes, cell 29's high byte: 191 bytes with the varlena header.  Equal
-- to the blocks form, the same text and cells, judged and summed the
-- same; rewritten in the blocks form when written again.
CREATE TABLE storage_v3 AS
SELECT v, m, (substr(b, 1, 2) || '\x0303'::bytea || substr(b, 5, 4) || '\x011d01'::bytea
              || substr(b, 13, 175) || substr(b, 193, 1))::gd_applications AS m3
FROM storage_v WHERE get_byte(b, 2) = 4;
SELECT v, get_byte(m3::bytea, 2) AS version, pg_column_size(m3) AS bytes, m3 = m AS same,
       m3::text = m::text AS same_text, gd_cell(m3, 'withheld_state_secret', 'commercial') AS cell,
       gd_is_consistent(m3) = gd_is_consistent(m) AS same_verdict,
       gd_is_consistent(set_byte(m3::bytea, 4, get_byte(m3::bytea, 4) # 2)::gd_applications) AS judged,
       (SELECT count(*) FROM gd_check(m3)) = (SELECT count(*) FROM gd_check(m)) AS same_violations,
       get_byte(gd_set_cell(m3, 'granted', 'total', 1)::bytea, 2) AS written_again
FROM storage_v3 ORDER BY v;
SELECT sum(m3) = sum(m) AS same_sum, count(*) AS n FROM storage_v3;
-- A run past the last cell, or bytes missing, is refused.
SELECT try($$SELECT gd_is_consistent(set_byte(m3::bytea, 9, 175)::gd_applications) FROM storage_v3 WHERE v = 255$$);
SELECT try($$SELECT gd_cell(substr(m3::bytea, 1, 186)::gd_applications, 'granted', 'total') FROM storage_v3 WHERE v = 255$$);
-- A consistent one: the seed summed 20 times (its sums above 254, most
-- parts not), judged from its cells as its verdict says.
SELECT get_byte(b, 2) AS version, get_byte(b, 3) AS width, gd_is_consistent(b::gd_applications) AS verdict,
       gd_is_consistent(set_byte(b, 4, get_byte(b, 4) # 2)::gd_applications) AS judged
FROM (SELECT sum(m)::bytea AS b FROM seed, generate_series(1, 20)) s;
-- A block past the last cell (bit 22 of the mask: cells 176 …), a block
-- in the mask without its bytes, or bytes missing, is refused.
SELECT try($$SELECT gd_is_consistent(set_byte(b, 10, 64)::gd_applications) FROM storage_v WHERE v = 255$$);
SELECT try($$SELECT gd_is_consistent(set_byte(b, 8, 9)::gd_applications) FROM storage_v WHERE v = 255$$);
SELECT try($$SELECT gd_cell(substr(b, 1, 194)::gd_applications, 'granted', 'total') FROM storage_v WHERE v = 255$$);
DROP CAST (gd_applications AS bytea);
DROP CAST (bytea AS gd_applications);
DROP TABLE storage_v, storage_v1, storage_v3;

-- Table 四: 15 cells of 1 byte, then 2, then 4.
SELECT pg_column_size(a) AS bytes, pg_column_size(gd_set_cell(a, 'review', 'other', 300)) AS bytes_300,
       pg_column_size(gd_set_cell(a, 'review', 'other', 70000)) AS bytes_70000,
       gd_set_cell(a, 'review', 'other', 70000)::text::gd_appeals = gd_set_cell(a, 'review', 'other', 70000) AS text_trip
FROM seed;

-- Table 二: counts and amounts; an amount in millionths of 万元 above
-- 4294967294 (4294.967294 万元) or a negative change takes 8-byte cells.
CREATE TABLE storage_p (label text, p gd_proactive, bytes int);
INSERT INTO storage_p VALUES
 ('small', '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6, penalty_decisions:4, coercion_decisions:0, fees_collected:0.000254}', 18),
 ('blank', '2021:{rules_issued:-, rules_repealed:-, rules_in_force:-, normative_docs_issued:-, normative_docs_repealed:-, normative_docs_in_force:-, licensing_decisions:-, penalty_decisions:-, coercion_decisions:-, fees_collected:-}', 18),
 ('2-byte', '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:0.065534}', 28),
 ('4-byte', '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:4294.967294}', 48),
 ('8-byte', '2021:{rules_issued:0, rules_repealed:0, rules_in_force:0, normative_docs_issued:1, normative_docs_repealed:22, normative_docs_in_force:42, licensing_decisions:6935, penalty_decisions:437, coercion_decisions:0, fees_collected:4294.967295}', 88);
SELECT label, pg_column_size(p) AS bytes, pg_column_size(p) = bytes AS as_worked_out,
       p::text::gd_proactive = p AS text_trip, p::jsonb::gd_proactive = p AS jsonb_trip,
       gd_cell(p, 'fees_collected') AS fees
FROM storage_p ORDER BY bytes, label;
COPY (SELECT label, p FROM storage_p) TO '/tmp/gd_regress_storage_p.bin' WITH (FORMAT binary);
CREATE TABLE storage_p_back (label text, p gd_proactive);
COPY storage_p_back FROM '/tmp/gd_regress_storage_p.bin' WITH (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE b.p = s.p AND b.p::text = s.p::text) AS same
FROM storage_p_back b JOIN storage_p s USING (label);

DROP TABLE storage_edges, storage_m, storage_back, storage_p, storage_p_back;
