-- The schema takeover, as the database owner (NOSUPERUSER) who installed
-- gov_disclosure into the schema gd that it owns.  test/security/run.sh runs
-- this after
--
--   ALTER SCHEMA gd RENAME TO gd_moved;  CREATE SCHEMA gd;
--
-- and plants, under the old name gd, look-alikes of everything an extension
-- body could name: every function of the extension (same name, same
-- argument types, same result), every operator of the extension, the
-- operators and functions on built-in types that bodies use (=, ||, +, -,
-- /, ~, ->, jsonb_build_object, substr, now, "coalesce", "nullif", …),
-- domains named like our types and like built-in types, a composite type
-- named gd_violation, a table gd_reports and a view gd_audit.
--
-- Every plant, if it ever runs, calls public.gd_planted(what), which leaves
-- evidence that survives a rolled-back or failed statement (a sequence bump,
-- never transactional), a readable trace (a row in public.gd_planted_log,
-- which a failing statement may roll back) and, when it runs as a
-- superuser, does what an attacker would: ALTER ROLE gd_sec_owner SUPERUSER.
-- A plant that only raised would not be enough: an error can be swallowed.

\set ON_ERROR_STOP 1
-- Every type named below is written schema-qualified, whatever is visible.
SET search_path = pg_catalog;

-- Functions of the extension: same name and argument types under gd.
-- PL/pgSQL and SQL functions can neither take nor return cstring or
-- internal, so the type I/O functions cannot be planted by a non-superuser;
-- the list of those not planted is checked by run.sh.
CREATE TABLE public.gd_not_planted (signature text);
DO $do$
DECLARE
    f record;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, p.proretset,
               pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
               pg_catalog.pg_get_function_result(p.oid) AS result
          FROM pg_catalog.pg_proc p
          JOIN pg_catalog.pg_depend d ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
                                     AND d.objid OPERATOR(pg_catalog.=) p.oid AND d.deptype OPERATOR(pg_catalog.=) 'e'
          JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
                                         AND e.extname OPERATOR(pg_catalog.=) 'gov_disclosure'
         ORDER BY 1
    LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.unnest(
                       (SELECT proargtypes::pg_catalog.oid[] OPERATOR(pg_catalog.||) prorettype
                          FROM pg_catalog.pg_proc WHERE oid OPERATOR(pg_catalog.=) f.oid)) t
                   WHERE t OPERATOR(pg_catalog.=) ANY (ARRAY['pg_catalog.cstring'::pg_catalog.regtype,
                                                             'pg_catalog.internal'::pg_catalog.regtype]::pg_catalog.oid[])) THEN
            INSERT INTO public.gd_not_planted VALUES (f.oid::pg_catalog.regprocedure::text);
            CONTINUE;
        END IF;
        EXECUTE pg_catalog.format(
            'CREATE FUNCTION gd.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
            f.proname, f.args, f.result,
            pg_catalog.format('BEGIN PERFORM public.gd_planted(%L); RETURN%s; END',
                              'function gd.' OPERATOR(pg_catalog.||) f.proname OPERATOR(pg_catalog.||) '(' OPERATOR(pg_catalog.||) f.args OPERATOR(pg_catalog.||) ')',
                              CASE WHEN f.proretset THEN '' ELSE ' NULL' END));
    END LOOP;
END
$do$;

-- Operators of the extension, and the operators on built-in types that a
-- body may use, each over a planted function.
DO $do$
DECLARE
    o record;
    n int := 0;
BEGIN
    FOR o IN
        SELECT op.oprname AS name, op.oprleft::pg_catalog.regtype::text AS l,
               op.oprright::pg_catalog.regtype::text AS r, op.oprresult::pg_catalog.regtype::text AS result
          FROM pg_catalog.pg_operator op
          JOIN pg_catalog.pg_depend d ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass
                                     AND d.objid OPERATOR(pg_catalog.=) op.oid AND d.deptype OPERATOR(pg_catalog.=) 'e'
          JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
                                         AND e.extname OPERATOR(pg_catalog.=) 'gov_disclosure'
        UNION ALL
        SELECT * FROM (VALUES
            ('=', 'text', 'text', 'boolean'), ('<>', 'text', 'text', 'boolean'),
            ('||', 'text', 'text', 'text'), ('~', 'text', 'text', 'boolean'), ('!~', 'text', 'text', 'boolean'),
            ('=', 'integer', 'integer', 'boolean'), ('<>', 'integer', 'integer', 'boolean'),
            ('<', 'integer', 'integer', 'boolean'), ('<=', 'integer', 'integer', 'boolean'),
            ('>', 'integer', 'integer', 'boolean'), ('>=', 'integer', 'integer', 'boolean'),
            ('+', 'integer', 'integer', 'integer'), ('-', 'integer', 'integer', 'integer'),
            ('=', 'bigint', 'integer', 'boolean'), ('=', 'bigint', 'bigint', 'boolean'),
            ('+', 'bigint', 'integer', 'bigint'), ('+', 'bigint', 'bigint', 'bigint'),
            ('-', 'bigint', 'integer', 'bigint'), ('-', 'bigint', 'bigint', 'bigint'),
            ('/', 'numeric', 'integer', 'numeric'), ('/', 'numeric', 'bigint', 'numeric'),
            ('/', 'numeric', 'numeric', 'numeric'), ('=', 'numeric', 'numeric', 'boolean'),
            ('->', 'jsonb', 'text', 'jsonb'), ('->>', 'jsonb', 'text', 'text'),
            ('=', 'jsonb', 'jsonb', 'boolean')) builtin (name, l, r, result)
    LOOP
        n := n OPERATOR(pg_catalog.+) 1;
        EXECUTE pg_catalog.format(
            'CREATE FUNCTION gd.gd_planted_op_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
            n, o.l, o.r, o.result,
            pg_catalog.format('BEGIN PERFORM public.gd_planted(%L); RETURN NULL; END',
                              'operator gd.' OPERATOR(pg_catalog.||) o.name OPERATOR(pg_catalog.||) ' (' OPERATOR(pg_catalog.||) o.l
                              OPERATOR(pg_catalog.||) ', ' OPERATOR(pg_catalog.||) o.r OPERATOR(pg_catalog.||) ')'));
        EXECUTE pg_catalog.format('CREATE OPERATOR gd.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = gd.gd_planted_op_%s)',
                                  o.name, o.l, o.r, n);
    END LOOP;
END
$do$;

-- Built-in function names a body may call, under gd.
DO $do$
DECLARE
    f record;
BEGIN
    FOR f IN
        SELECT * FROM (VALUES
            ('jsonb_build_object', 'VARIADIC text[]', 'jsonb', false),
            ('jsonb_typeof', 'jsonb', 'text', false),
            ('jsonb_object_keys', 'jsonb', 'text', true),
            ('jsonb_build_array', 'VARIADIC text[]', 'jsonb', false),
            ('substr', 'text, integer', 'text', false),
            ('substr', 'text, integer, integer', 'text', false),
            ('textcat', 'text, text', 'text', false),
            ('texteq', 'text, text', 'boolean', false),
            ('textregexeq', 'text, text', 'boolean', false),
            ('array_position', 'anycompatiblearray, anycompatible', 'integer', false),
            ('now', '', 'timestamp with time zone', false),
            ('lag', 'anyelement', 'anyelement', false),
            ('"coalesce"', 'integer, integer', 'integer', false),
            ('"coalesce"', 'bigint, bigint', 'bigint', false),
            ('"coalesce"', 'boolean, boolean', 'boolean', false),
            ('"nullif"', 'integer, integer', 'integer', false),
            ('"nullif"', 'bigint, bigint', 'bigint', false),
            ('"numeric"', 'integer', 'numeric', false),
            ('"numeric"', 'bigint', 'numeric', false),
            ('int8', 'integer', 'bigint', false),
            ('numeric_div', 'numeric, numeric', 'numeric', false),
            ('int8pl', 'bigint, bigint', 'bigint', false),
            ('int4mi', 'integer, integer', 'integer', false),
            ('format', 'text, VARIADIC text[]', 'text', false),
            ('count', 'bigint', 'bigint', false)) builtin (name, args, result, retset)
    LOOP
        EXECUTE pg_catalog.format(
            'CREATE FUNCTION gd.%s(%s) RETURNS %s%s LANGUAGE plpgsql AS %L',
            f.name, f.args, CASE WHEN f.retset THEN 'SETOF ' ELSE '' END, f.result,
            pg_catalog.format('BEGIN PERFORM public.gd_planted(%L); RETURN%s; END',
                              'function gd.' OPERATOR(pg_catalog.||) f.name OPERATOR(pg_catalog.||) '(' OPERATOR(pg_catalog.||) f.args OPERATOR(pg_catalog.||) ')',
                              CASE WHEN f.retset THEN '' ELSE ' NULL' END));
    END LOOP;
END
$do$;

-- Types: domains named like our types and like built-in types (a cast or a
-- declaration that resolved to one would run its CHECK), and a composite
-- gd_violation whose fields are such a domain.
CREATE DOMAIN gd.gd_applications AS gd_moved.gd_applications CHECK (public.gd_planted('domain gd.gd_applications'));
CREATE DOMAIN gd.gd_appeals AS gd_moved.gd_appeals CHECK (public.gd_planted('domain gd.gd_appeals'));
CREATE DOMAIN gd.gd_proactive AS gd_moved.gd_proactive CHECK (public.gd_planted('domain gd.gd_proactive'));
CREATE DOMAIN gd.gd_report AS gd_moved.gd_report CHECK (public.gd_planted('domain gd.gd_report'));
CREATE DOMAIN gd.text AS pg_catalog.text CHECK (public.gd_planted('domain gd.text'));
CREATE DOMAIN gd.int4 AS pg_catalog.int4 CHECK (public.gd_planted('domain gd.int4'));
CREATE DOMAIN gd.int8 AS pg_catalog.int8 CHECK (public.gd_planted('domain gd.int8'));
CREATE DOMAIN gd."numeric" AS pg_catalog.numeric CHECK (public.gd_planted('domain gd.numeric'));
CREATE DOMAIN gd.jsonb AS pg_catalog.jsonb CHECK (public.gd_planted('domain gd.jsonb'));
CREATE DOMAIN gd.bool AS pg_catalog.bool CHECK (public.gd_planted('domain gd.bool'));
CREATE DOMAIN gd.gd_violation_text AS pg_catalog.text CHECK (public.gd_planted('type gd.gd_violation'));
CREATE TYPE gd.gd_violation AS (
    rule gd.gd_violation_text, severity gd.gd_violation_text, row_key gd.gd_violation_text,
    column_key gd.gd_violation_text, expected pg_catalog.int8, reported pg_catalog.int8,
    message gd.gd_violation_text);

-- The store and the audit under the old name: a table whose every write
-- fires a trigger, a view whose every row calls the payload.
CREATE TABLE gd.gd_reports (LIKE gd_moved.gd_reports INCLUDING ALL);
CREATE FUNCTION gd.gd_planted_trigger() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN PERFORM public.gd_planted('table gd.gd_reports: ' OPERATOR(pg_catalog.||) TG_OP); RETURN NULL; END $$;
CREATE TRIGGER gd_planted BEFORE INSERT OR UPDATE OR DELETE ON gd.gd_reports
    FOR EACH ROW EXECUTE FUNCTION gd.gd_planted_trigger();
CREATE VIEW gd.gd_audit AS
SELECT a.* FROM gd_moved.gd_audit a WHERE public.gd_planted('view gd.gd_audit');

-- What was planted, for the log.
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.||) ' functions, '
       OPERATOR(pg_catalog.||) (SELECT pg_catalog.count(*) FROM pg_catalog.pg_operator
                                 WHERE oprnamespace OPERATOR(pg_catalog.=) 'gd'::pg_catalog.regnamespace)
       OPERATOR(pg_catalog.||) ' operators, '
       OPERATOR(pg_catalog.||) (SELECT pg_catalog.count(*) FROM pg_catalog.pg_type
                                 WHERE typnamespace OPERATOR(pg_catalog.=) 'gd'::pg_catalog.regnamespace
                                   AND typtype OPERATOR(pg_catalog.=) ANY (ARRAY['d', 'c']::"char"[]))
       OPERATOR(pg_catalog.||) ' domains and composite types planted under gd' AS planted
  FROM pg_catalog.pg_proc WHERE pronamespace OPERATOR(pg_catalog.=) 'gd'::pg_catalog.regnamespace;
