-- Identities A–D on the seed's real numbers and on mutated copies; blank
-- cells judged as FORMAT.md says; CHECK constraints and domains; fill_totals.

-- The seed is consistent.
SELECT gd_is_consistent(m) AS m_ok, gd_is_consistent(a) AS a_ok FROM seed;
SELECT count(*) AS violations FROM seed, gd_check(m);
SELECT count(*) AS violations FROM seed, gd_check(a);
SELECT * FROM gd_identities();

-- One mistyped cell, granted × natural_person 6 → 7: B fails in that column,
-- C in that row, and both name the crossing as the likely typo.
SELECT v.* FROM seed, gd_check(gd_set_cell(m, 'granted', 'natural_person', 7)) v;

-- new_received × total 20 → 21: A fails in column total, C in row new_received.
SELECT rule, row_key, column_key, expected, reported FROM seed, gd_check(gd_set_cell(m, 'new_received', 'total', 21));

-- total_processed × other_org 4 → 3: A and B fail in column other_org, C in
-- row total_processed; the crossing is total_processed × other_org.
SELECT rule, row_key, column_key, expected, reported, message LIKE '%likely mistyped cell: total_processed × other_org%' AS names_cell
FROM seed, gd_check(gd_set_cell(m, 'total_processed', 'other_org', 3));

-- A real report pattern: balanced in 总计 but not in single columns (A is
-- checked per column): one application moved from natural_person to other_org.
SELECT rule, row_key, column_key, expected, reported
FROM seed, gd_check(gd_set_cell(gd_set_cell(m, 'total_processed', 'natural_person', 15), 'total_processed', 'other_org', 5));

-- Table 四: review total 11 → 12.
SELECT v.* FROM seed, gd_check(gd_set_cell(a, 'review', 'total', 12)) v;

-- Blank cells (FORMAT.md): a blank total column is not judged ...
CREATE TEMP TABLE no_totals AS
SELECT gd_applications(array_agg(r ORDER BY n)) AS m
FROM (SELECT n, ARRAY[x[n][1], x[n][2], x[n][3], x[n][4], x[n][5], x[n][6], NULL] AS r
      FROM seed, LATERAL (SELECT m::int[] AS x) s, generate_series(1, 25) n) t
GROUP BY ();
SELECT m::int[] FROM no_totals;
SELECT gd_is_consistent(m), (SELECT count(*) FROM gd_check(m)) AS violations FROM no_totals;
-- ... nor a row whose parts are all blank (C for granted is not judged; the
-- blank parts then count as 0 in columns where B is judged) ...
SELECT v.rule, v.row_key, v.column_key, v.expected, v.reported
FROM (SELECT gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(gd_set_cell(m,
        'granted', 'natural_person', NULL), 'granted', 'commercial', NULL), 'granted', 'research', NULL),
        'granted', 'public_interest', NULL), 'granted', 'legal_service', NULL), 'granted', 'other_org', NULL) AS x FROM seed) s,
     gd_check(x) v;
-- ... while blank parts of a judged identity count as 0: carried_over and
-- carried_forward blank, A still holds; total_processed blank, A and B are not judged.
SELECT gd_is_consistent(gd_set_cell(gd_set_cell(m, 'carried_over', 'total', NULL), 'carried_forward', 'total', NULL)) FROM seed;
SELECT rule, row_key, column_key, expected, reported
FROM seed, gd_check(gd_set_cell(gd_set_cell(m, 'granted', 'total', NULL), 'total_processed', 'total', 19));
SELECT count(*) FROM seed, gd_check(gd_set_cell(gd_set_cell(m, 'total_processed', 'total', NULL), 'new_received', 'total', 99)) v WHERE v.rule IN ('A', 'B');
SELECT rule, row_key, column_key, expected, reported FROM seed, gd_check(gd_set_cell(gd_set_cell(m, 'total_processed', 'total', NULL), 'new_received', 'total', 99));

-- The 2019 format: B sums other_handling (one row) in place of the three other_* rows.
SELECT gd_is_consistent(gd_to_2019(m)) FROM seed;
SELECT rule, row_key, column_key, expected, reported
FROM seed, gd_check(gd_set_cell(gd_to_2019(m), 'other_handling', 'natural_person', 2));

-- Usable in CHECK constraints and domains; a rejected row changes nothing.
CREATE TABLE reports (organ text PRIMARY KEY, m gd_applications CHECK (gd_is_consistent(m)));
CREATE DOMAIN consistent_appeals AS gd_appeals CHECK (gd_is_consistent(VALUE));
ALTER TABLE reports ADD COLUMN a consistent_appeals;
INSERT INTO reports SELECT organ, m, a FROM seed;
SELECT try($$INSERT INTO reports SELECT 'mutated', gd_set_cell(m, 'granted', 'natural_person', 7), a FROM seed$$);
SELECT try($$INSERT INTO reports SELECT 'mutated', m, gd_set_cell(a, 'review', 'total', 12) FROM seed$$);
SELECT try($$UPDATE reports SET m = gd_set_cell(m, 'granted', 'total', 11)$$);
SELECT organ, m = (SELECT m FROM seed) AS unchanged FROM reports;

-- gd_fill_totals: derived cells from their parts, only where not stated.
SELECT gd_fill_totals(m) = (SELECT m FROM seed) AS totals_restored FROM no_totals;
SELECT gd_cell(gd_fill_totals(gd_set_cell(m, 'total_processed', 'natural_person', NULL)), 'total_processed', 'natural_person') AS filled
FROM seed;
SELECT gd_cell(gd_fill_totals(gd_set_cell(m, 'granted', 'total', 99)), 'granted', 'total') AS kept_as_stated FROM seed;
SELECT gd_fill_totals(gd_set_cell(a, 'review', 'total', NULL)) = a AS appeals_restored FROM seed;
SELECT try($$SELECT gd_fill_totals(gd_set_cell(gd_set_cell(gd_set_cell(m, 'granted', 'natural_person', 2147483647),
              'granted', 'other_org', 2147483647), 'granted', 'total', NULL)) FROM seed$$);
