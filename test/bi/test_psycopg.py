#!/usr/bin/python3
"""BI client test through psycopg2 (Debian's python3-psycopg2).

Connects with libpq's environment (PGHOST, PGPORT, PGUSER, PGPASSWORD) to the
database named in argv[1], which run.sh has loaded with test/bi/fixture.sql,
and checks from cursor.description that the set-returning functions and the
gd_audit view give built-in column types, that the extension's own types
arrive as text, and every value against numbers typed here by hand.
Prints TAP-style lines and "# psycopg2: N passed, N failed"; exits 1 on any
failure.
"""
import decimal
import sys
import traceback

import psycopg2
import psycopg2.extensions as ext

CLIENT = "psycopg2"

# The fixture's 2024 table 三, typed by hand (FORMAT.md row order).
ROW_KEYS = [
    "new_received", "carried_over", "granted", "partially_granted",
    "withheld_state_secret", "withheld_prohibited_by_law",
    "withheld_security_stability", "withheld_third_party",
    "withheld_internal_affairs", "withheld_process_info",
    "withheld_enforcement_file", "withheld_inquiry_matter",
    "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
    "not_processed_complaint", "not_processed_duplicate",
    "not_processed_publication", "not_processed_excessive",
    "not_processed_confirmation",
    "other_no_supplement", "other_unpaid_fee", "other_misc",
    "total_processed", "carried_forward",
]
# row_no names a row in every format (1-20, then 21 is 2019's other_handling,
# which the 2021 format splits into 22-24); typed by hand.
ROW_NOS = list(range(1, 21)) + [22, 23, 24, 25, 26]
COLUMN_KEYS = ["natural_person", "commercial", "research", "public_interest",
               "legal_service", "other_org", "total"]
Z = [0, 0, 0, 0, 0, 0, 0]
M2024 = ([[16, 0, 0, 0, 0, 4, 20], Z, [6, 0, 0, 0, 0, 4, 10], [5, 0, 0, 0, 0, 0, 5]]
         + [Z] * 8 + [[5, 0, 0, 0, 0, 0, 5]] + [Z] * 2 + [Z] * 5 + [Z] * 3
         + [[16, 0, 0, 0, 0, 4, 20], Z])
APPEALS_TEXT = "{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}"
ORGAN = "红旗区人民政府"

# PostgreSQL type OIDs (pg_type.dat): what a BI tool should see.
INT4, INT8, NUMERIC, TEXT, TIMESTAMPTZ = 23, 20, 1700, 25, 1184
FIRST_NORMAL_OID = 16384   # OIDs below this are built-in types

passed = failed = 0


def check(ok, what, diag=None):
    global passed, failed
    if ok:
        passed += 1
        print("ok %d - %s: %s" % (passed + failed, CLIENT, what))
    else:
        failed += 1
        print("not ok %d - %s: %s" % (passed + failed, CLIENT, what))
        if diag is not None:
            for line in str(diag).splitlines():
                print("#   " + line)
    sys.stdout.flush()
    return ok


def eq(got, want, what):
    return check(got == want, what, "got:  %r\nwant: %r" % (got, want))


def check_types(desc, want, query):
    """want: column name -> expected OID; every listed column must be there
    with exactly that built-in type, and psycopg2 must have a DB-API category
    for it (NUMBER or STRING; for timestamptz PYDATETIMETZ, as psycopg2's
    DB-API DATETIME lists only timestamp), i.e. not an unknown/binary one."""
    got = {d.name: d.type_code for d in desc}
    for name, oid in want.items():
        tc = got.get(name)
        category = (tc == psycopg2.NUMBER or tc == psycopg2.STRING
                    or tc == psycopg2.DATETIME or tc == ext.PYDATETIMETZ)
        check(tc == oid and tc < FIRST_NORMAL_OID and category
              and tc != psycopg2.BINARY,
              "%s: column %s has built-in type oid %d" % (query, name, oid),
              "got type_code %r" % (tc,))


def main(dbname):
    conn = psycopg2.connect(dbname=dbname)
    conn.set_client_encoding("UTF8")
    conn.autocommit = True
    cur = conn.cursor()
    print("# %s %s, libpq %s, server %s" % (
        CLIENT, psycopg2.__version__, psycopg2.extensions.libpq_version(),
        conn.server_version))

    # --- 1. the wide official table 三 -------------------------------------
    q = "wide gd_table"
    cur.execute("SELECT r.organ, r.region_code, r.year, r.format, r.proactive, r.applications, r.appeals, r.source, r.loaded_at, t.* FROM gd_reports r, gd_table(r.applications) t "
                "WHERE r.year = 2024 ORDER BY t.row_no")
    desc = cur.description
    names = [d.name for d in desc]
    print("# %s types: %s" % (q, ", ".join("%s=%s" % (d.name, d.type_code) for d in desc)))
    eq(names, ["organ", "region_code", "year", "format", "proactive",
               "applications", "appeals", "source", "loaded_at",
               "row_no", "row_key", "label"] + COLUMN_KEYS,
       q + ": column names")
    want = {"row_no": INT4, "row_key": TEXT, "label": TEXT}
    want.update({c: INT4 for c in COLUMN_KEYS})
    check_types(desc, want, q)
    check_types(desc, {"organ": TEXT, "region_code": TEXT, "year": INT4,
                       "format": INT4, "source": TEXT,
                       "loaded_at": TIMESTAMPTZ}, q + " (gd_reports)")
    rows = cur.fetchall()
    eq(len(rows), 25, q + ": 25 rows")
    for i, row in enumerate(rows):
        r = dict(zip(names, row))
        eq((r["row_no"], r["row_key"], [r[c] for c in COLUMN_KEYS]),
           (ROW_NOS[i], ROW_KEYS[i], M2024[i]),
           q + ": row %d %s cell by cell" % (i + 1, ROW_KEYS[i]))
    if len(rows) >= 24:
        r3 = dict(zip(names, rows[2]))
        eq((r3["natural_person"], r3["other_org"], r3["total"]), (6, 4, 10),
           q + ": row 3 granted natural_person 6, other_org 4, total 10")
        eq(type(r3["natural_person"]), int, q + ": int4 arrives as Python int")
        eq(r3["label"], "（一）予以公开", q + ": row 3 Chinese label")
        eq(dict(zip(names, rows[0]))["label"], "一、本年新收政府信息公开申请数量",
           q + ": row 1 Chinese label")
        eq(dict(zip(names, rows[23]))["label"], "（七）总计", q + ": row 24 Chinese label")
        r1 = dict(zip(names, rows[0]))
        eq((r1["organ"], r1["region_code"], r1["year"], r1["format"]),
           (ORGAN, "410702", 2024, 2021), q + ": gd_reports columns")
        # the custom-typed columns that SELECT * drags along arrive as text
        for col, prefix in (("applications", "2021:{new_received:[16,0,0,0,0,4,20]"),
                            ("proactive", "2021:{rules_issued:0,"),
                            ("appeals", "{review:[4,7,0,0,11]")):
            v = r1[col]
            check(isinstance(v, str) and v.startswith(prefix),
                  q + ": custom column %s is a str starting %s" % (col, prefix),
                  "got %r" % (v,))

    # --- 2. long format ----------------------------------------------------
    q = "long gd_cells"
    cur.execute("SELECT r.year, c.* FROM gd_reports r, gd_cells(r.applications) c "
                "ORDER BY r.year, c.row_no, c.column_no")
    desc = cur.description
    names = [d.name for d in desc]
    print("# %s types: %s" % (q, ", ".join("%s=%s" % (d.name, d.type_code) for d in desc)))
    eq(names, ["year", "row_no", "row_key", "row_label", "row_label_en",
               "column_no", "column_key", "column_label", "column_label_en",
               "value"], q + ": column names")
    check_types(desc, {"year": INT4, "row_no": INT4, "row_key": TEXT,
                       "row_label": TEXT, "row_label_en": TEXT,
                       "column_no": INT4, "column_key": TEXT,
                       "column_label": TEXT, "column_label_en": TEXT,
                       "value": INT4}, q)
    rows = [dict(zip(names, row)) for row in cur.fetchall()]
    y24 = [r for r in rows if r["year"] == 2024]
    y25 = [r for r in rows if r["year"] == 2025]
    eq(len(y24), 175, q + ": 175 rows for 2024")
    eq(sum(r["value"] for r in y24), 120, q + ": 2024 sum(value) = 120")
    eq(len(y25), 175, q + ": 175 rows for 2025")
    eq(sum(r["value"] for r in y25), 79, q + ": 2025 sum(value) = 79")
    bad = [(r["row_no"], r["column_no"], r["row_key"], r["column_key"], r["value"])
           for r in y24
           if r["row_no"] not in ROW_NOS or not (1 <= r["column_no"] <= 7)
           or r["row_key"] != ROW_KEYS[ROW_NOS.index(r["row_no"])]
           or r["column_key"] != COLUMN_KEYS[r["column_no"] - 1]
           or r["value"] != M2024[ROW_NOS.index(r["row_no"])][r["column_no"] - 1]]
    eq(bad, [], q + ": every 2024 cell equals the fixture (keys and value)")
    cell = {(r["row_key"], r["column_key"]): r for r in y24}
    g = cell.get(("granted", "natural_person"), {})
    eq((g.get("value"), g.get("row_label"), g.get("column_label")),
       (6, "（一）予以公开", "自然人"), q + ": granted × natural_person")
    eq(cell.get(("granted", "other_org"), {}).get("value"), 4, q + ": granted × other_org")
    eq(cell.get(("total_processed", "total"), {}).get("value"), 20,
       q + ": total_processed × total")
    g25 = [r["value"] for r in y25 if (r["row_key"], r["column_key"]) == ("granted", "natural_person")]
    eq(g25, [6], q + ": 2025 granted × natural_person (the mistyped cell)")

    # --- 3. gd_audit --------------------------------------------------------
    q = "gd_audit"
    cur.execute("SELECT * FROM gd_audit ORDER BY organ, year, rule, row_key, column_key")
    desc = cur.description
    names = [d.name for d in desc]
    print("# %s types: %s" % (q, ", ".join("%s=%s" % (d.name, d.type_code) for d in desc)))
    eq(names, ["organ", "region_code", "year", "rule", "severity", "row_key",
               "column_key", "expected", "reported", "message"], q + ": column names")
    check_types(desc, {"organ": TEXT, "region_code": TEXT, "year": INT4,
                       "rule": TEXT, "severity": TEXT, "row_key": TEXT,
                       "column_key": TEXT, "expected": INT8, "reported": INT8,
                       "message": TEXT}, q)
    rows = [dict(zip(names, row)) for row in cur.fetchall()]
    got = [(r["organ"], r["region_code"], r["year"], r["rule"], r["severity"],
            r["row_key"], r["column_key"], r["expected"], r["reported"]) for r in rows]
    eq(got, [(ORGAN, "410702", 2025, "B", "error", "total_processed", "natural_person", 11, 10),
             (ORGAN, "410702", 2025, "C", "error", "granted", "total", 8, 7)],
       q + ": exactly the two findings of the mistyped 2025 cell")
    for r in rows:
        m = r["message"]
        check(isinstance(m, str) and "granted × natural_person" in m and "可能误填" in m,
              q + ": rule %s message names granted × natural_person (zh and en)" % r["rule"],
              "got %r" % (m,))
    if rows:
        eq(type(rows[0]["expected"]), int, q + ": int8 arrives as Python int")

    # --- 4. the custom-typed columns themselves -----------------------------
    q = "custom types"
    cur.execute("SELECT r.applications, r.appeals, r.proactive, "
                "gd_report_of(r) AS report, "
                "gd_disclosure_rate(r.applications) AS disclosure_rate "
                "FROM gd_reports r WHERE r.year = 2024")
    desc = cur.description
    names = [d.name for d in desc]
    print("# %s types: %s" % (q, ", ".join("%s=%s" % (d.name, d.type_code) for d in desc)))
    row = dict(zip(names, cur.fetchone()))
    for name in ("applications", "appeals", "proactive", "report"):
        tc = [d.type_code for d in desc if d.name == name][0]
        check(tc >= FIRST_NORMAL_OID and tc != psycopg2.BINARY and isinstance(row[name], str),
              q + ": %s (extension type oid %s) arrives as str" % (name, tc),
              "got %r" % (type(row[name]),))
    apps = row["applications"]
    check(isinstance(apps, str) and apps.startswith("2021:{new_received:[16,0,0,0,0,4,20]"),
          q + ": applications text starts 2021:{new_received:[16,0,0,0,0,4,20]", "got %r" % (apps,))
    segs = ["%s:[%s]" % (k, ",".join(str(v) for v in M2024[i])) for i, k in enumerate(ROW_KEYS)]
    missing = [s for s in segs if s not in (apps or "")]
    eq(missing, [], q + ": applications text holds all 25 rows of the fixture")
    eq(row["appeals"], APPEALS_TEXT, q + ": appeals text")
    rep = row["report"] or ""
    check(rep.startswith("(%s,410702,2024,2021," % ORGAN) and rep.endswith(")")
          and ('"%s"' % APPEALS_TEXT) in rep and '"2021:{new_received:[16,0,0,0,0,4,20]' in rep,
          q + ": gd_report text is the record (organ,region,year,format,…,\"applications\",\"appeals\")",
          "got %r" % (rep,))
    check_types(desc, {"disclosure_rate": NUMERIC}, q)
    dr = row["disclosure_rate"]
    check(isinstance(dr, decimal.Decimal) and dr == decimal.Decimal("0.75"),
          q + ": disclosure rate (10 + 5) / 20 = 0.75 as Decimal", "got %r" % (dr,))

    # --- 5. the other SRFs: table 四 and table 二 (numeric) -----------------
    q = "gd_table(appeals)"
    cur.execute("SELECT t.* FROM gd_reports r, gd_table(r.appeals) t "
                "WHERE r.year = 2024 ORDER BY t.block_no")
    desc = cur.description
    names = [d.name for d in desc]
    check_types(desc, {"block_no": INT4, "block_key": TEXT, "label": TEXT,
                       "upheld": INT4, "corrected": INT4, "other": INT4,
                       "pending": INT4, "total": INT4}, q)
    got = [(r[0], r[1], list(r[3:8])) for r in cur.fetchall()]
    eq(got, [(1, "review", [4, 7, 0, 0, 11]), (2, "suit_direct", [1, 0, 0, 1, 2]),
             (3, "suit_after_review", [1, 0, 0, 2, 3])], q + ": three blocks cell by cell")

    q = "gd_table(proactive)"
    cur.execute("SELECT t.* FROM gd_reports r, gd_table(r.proactive) t "
                "WHERE r.year = 2025 ORDER BY t.cell_no")
    desc = cur.description
    names = [d.name for d in desc]
    print("# %s types: %s" % (q, ", ".join("%s=%s" % (d.name, d.type_code) for d in desc)))
    check_types(desc, {"cell_no": INT4, "cell_key": TEXT, "item_key": TEXT,
                       "item_label": TEXT, "article": TEXT, "label": TEXT,
                       "value": NUMERIC, "unit": TEXT}, q)
    rows = [dict(zip(names, row)) for row in cur.fetchall()]
    eq(len(rows), 10, q + ": 10 cells in the 2021 format")
    byk = {r["cell_key"]: r for r in rows}
    fee = byk.get("fees_collected", {})
    eq((fee.get("value"), fee.get("unit")), (decimal.Decimal("24252.311082"), "万元"),
       q + ": fees_collected 24252.311082 万元 exactly, as Decimal")
    eq(byk.get("normative_docs_in_force", {}).get("value"), decimal.Decimal(40),
       q + ": normative_docs_in_force 40")
    conn.close()


if __name__ == "__main__":
    try:
        main(sys.argv[1] if len(sys.argv) > 1 else "gd_bi")
    except Exception:
        check(False, "ran to completion", traceback.format_exc())
    print("# %s: %d passed, %d failed" % (CLIENT, passed, failed))
    sys.exit(1 if failed else 0)
