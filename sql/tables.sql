-- The official tables as rows (gd_table), long format (gd_cells), layout.

-- Table 三 of the seed, as published: 16/0/0/0/0/4/20 …
SELECT t.* FROM seed, gd_table(m) t ORDER BY row_no;
SELECT t.* FROM seed, gd_table(a) t;

-- The 2019 layout: 23 rows, （六）其他处理 as one row.
SELECT row_no, printed_no, row_key, label, total
FROM seed, gd_table(gd_to_2019(m)) WITH ORDINALITY AS t(row_no, row_key, label, natural_person, commercial,
     research, public_interest, legal_service, other_org, total, printed_no)
WHERE printed_no >= 20;

-- row_no is the same row in both formats (a BI tool may group by it); the
-- rows come in printed order, so WITH ORDINALITY gives where each is
-- printed.  The rows of one format and the other join on row_no, and no
-- number stands for two rows.
SELECT row_key, row_no, n.printed_no AS printed_2021, o.printed_no AS printed_2019
FROM (SELECT t.row_no, t.row_key, t.printed_no FROM seed, gd_table(m) WITH ORDINALITY
        AS t(row_no, row_key, label, c1, c2, c3, c4, c5, c6, c7, printed_no)) n
     FULL JOIN
     (SELECT t.row_no, t.row_key, t.printed_no FROM seed, gd_table(gd_to_2019(m)) WITH ORDINALITY
        AS t(row_no, row_key, label, c1, c2, c3, c4, c5, c6, c7, printed_no)) o USING (row_no, row_key)
WHERE n.row_no IS NULL OR o.row_no IS NULL OR n.printed_no <> o.printed_no ORDER BY row_no;
SELECT count(DISTINCT row_no) AS numbers, count(DISTINCT row_key) AS rows
FROM (SELECT row_no, row_key FROM gd_rows(2021) UNION ALL SELECT row_no, row_key FROM gd_rows(2019)) r;

-- Long format, for BI tools: built-in column types only.
SELECT count(*) AS cells, count(value) AS stated, sum(value) AS total_of_all_cells FROM seed, gd_cells(m);
SELECT row_key, column_key, row_label, row_label_en, column_label, column_label_en, value
FROM seed, gd_cells(m) WHERE row_key = 'granted' ORDER BY column_no;
SELECT c.* FROM seed, gd_cells(a) c WHERE column_key = 'total';
SELECT DISTINCT pg_typeof(row_no)::text, pg_typeof(row_key)::text, pg_typeof(value)::text
FROM seed, gd_cells(m);

-- Blank cells come out as NULL.
SELECT row_key, natural_person, total FROM seed, gd_table(gd_set_cell(m, 'granted', 'total', NULL)) WHERE row_key = 'granted';

-- The layout itself.
SELECT * FROM gd_rows(2021);
SELECT row_no, row_key, group_key FROM gd_rows(2019) WHERE row_no >= 20;
SELECT * FROM gd_columns();
SELECT try($$SELECT * FROM gd_rows(2020)$$);

-- gd_cell with row, group and column keys; unknown keys list the valid ones.
SELECT gd_cell(m, 'unavailable', 'total') AS unavailable,
       gd_cell(m, 'withheld', 'natural_person') AS withheld,
       gd_cell(m, 'other_handling', 'total') AS other_handling_2021,
       gd_cell(gd_to_2019(m), 'other_handling', 'total') AS other_handling_2019
FROM seed;
SELECT gd_cell(gd_set_cell(gd_set_cell(m, 'other_misc', 'total', NULL), 'other_unpaid_fee', 'total', 3), 'other_handling', 'total') AS partly_blank_group,
       gd_cell(gd_set_cell(gd_set_cell(gd_set_cell(m, 'other_misc', 'total', NULL), 'other_unpaid_fee', 'total', NULL), 'other_no_supplement', 'total', NULL), 'other_handling', 'total') AS all_blank_group
FROM seed;
SELECT try($$SELECT gd_cell(m, 'granted_x', 'total') FROM seed$$);
SELECT try($$SELECT gd_cell(m, 'granted', 'totals') FROM seed$$);
SELECT try($$SELECT gd_set_cell(m, 'withheld', 'total', 1) FROM seed$$);
SELECT try($$SELECT gd_set_cell(m, 'granted', 'total', -1) FROM seed$$);
