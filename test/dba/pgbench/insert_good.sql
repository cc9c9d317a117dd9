-- A consistent table 三: the seed with k added to one applicant column and to
-- total, in new_received, one outcome row r (3..23) and total_processed.
-- Built with int[] arithmetic or gd_set_cell (:how); the ledger row records
-- r, c, k so the final sum can be recomputed independently.
\set k random(1, 1000)
\set c random(1, 6)
\set r random(3, 23)
\set how random(0, 1)
WITH i AS (
    INSERT INTO filed (m) SELECT dba_bump(m, :r, :c, :k, :how = 1) FROM base RETURNING id
)
INSERT INTO ledger (id, r, c, k) SELECT id, :r, :c, :k FROM i;
INSERT INTO runs (script) VALUES ('insert_good.sql');
