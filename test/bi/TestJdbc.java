/*
 * BI client test through PgJDBC (Debian's libpostgresql-jdbc-java).
 *
 * run.sh compiles this against /usr/share/java/postgresql.jar and runs it
 * with GD_BI_HOST, GD_BI_PORT, GD_BI_DB, PGUSER and PGPASSWORD in the
 * environment.  Checks from ResultSetMetaData.getColumnType that the
 * set-returning functions and the gd_audit view give standard java.sql.Types
 * (INTEGER, BIGINT, NUMERIC, VARCHAR), that the extension's own types arrive
 * readable with getString, and every value against numbers typed here by
 * hand.  Prints TAP-style lines and "# jdbc: N passed, N failed"; exits 1 on
 * any failure.
 */
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

public class TestJdbc {
    static final String CLIENT = "jdbc";

    // row_no names a row in every format (21 is 2019's other_handling, which
    // the 2021 format splits into 22-24); typed by hand.
    static final int[] ROW_NOS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                  22, 23, 24, 25, 26};

    static int printedIndex(int rowNo) {
        for (int i = 0; i < ROW_NOS.length; i++)
            if (ROW_NOS[i] == rowNo) return i;
        return -1;
    }

    // The fixture's 2024 table 三, typed by hand (FORMAT.md row order).
    static final String[] ROW_KEYS = {
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
    };
    static final String[] COLUMN_KEYS = {
        "natural_person", "commercial", "research", "public_interest",
        "legal_service", "other_org", "total",
    };
    static final int[][] M2024 = new int[25][7];
    static {
        M2024[0] = new int[] {16, 0, 0, 0, 0, 4, 20};   // new_received
        M2024[2] = new int[] {6, 0, 0, 0, 0, 4, 10};    // granted
        M2024[3] = new int[] {5, 0, 0, 0, 0, 0, 5};     // partially_granted
        M2024[12] = new int[] {5, 0, 0, 0, 0, 0, 5};    // unavailable_not_held
        M2024[23] = new int[] {16, 0, 0, 0, 0, 4, 20};  // total_processed
    }
    static final String APPEALS_TEXT =
        "{review:[4,7,0,0,11], suit_direct:[1,0,0,1,2], suit_after_review:[1,0,0,2,3]}";
    static final String ORGAN = "红旗区人民政府";

    // What a BI tool may see for each PostgreSQL type.
    static final int[] INT4 = {Types.INTEGER};
    static final int[] INT8 = {Types.BIGINT};
    static final int[] NUMERIC = {Types.NUMERIC};
    static final int[] TEXT = {Types.VARCHAR, Types.LONGVARCHAR};
    static final int[] TIMESTAMPTZ = {Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE};

    static int passed = 0, failed = 0;
    static PrintStream out;

    static boolean check(boolean ok, String what, String diag) {
        if (ok) {
            passed++;
            out.printf("ok %d - %s: %s%n", passed + failed, CLIENT, what);
        } else {
            failed++;
            out.printf("not ok %d - %s: %s%n", passed + failed, CLIENT, what);
            if (diag != null)
                for (String line : diag.split("\n"))
                    out.println("#   " + line);
        }
        out.flush();
        return ok;
    }

    static boolean eq(Object got, Object want, String what) {
        return check(Objects.equals(got, want), what, "got:  " + got + "\nwant: " + want);
    }

    static String typeName(int t) {
        try {
            return JDBCType.valueOf(t).getName();
        } catch (IllegalArgumentException e) {
            return "?" + t;
        }
    }

    static boolean isBinary(int t) {
        return t == Types.BINARY || t == Types.VARBINARY || t == Types.LONGVARBINARY
            || t == Types.BLOB;
    }

    static void describe(String q, ResultSetMetaData md) throws SQLException {
        StringBuilder sb = new StringBuilder("# " + q + " types:");
        for (int i = 1; i <= md.getColumnCount(); i++)
            sb.append(i == 1 ? " " : ", ").append(md.getColumnLabel(i)).append('=')
              .append(typeName(md.getColumnType(i))).append('(').append(md.getColumnTypeName(i))
              .append(')');
        out.println(sb);
    }

    static List<String> names(ResultSetMetaData md) throws SQLException {
        List<String> l = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++)
            l.add(md.getColumnLabel(i));
        return l;
    }

    /** Every listed column is there with one of the allowed standard types. */
    static void checkTypes(String q, ResultSetMetaData md, Map<String, int[]> want)
            throws SQLException {
        List<String> n = names(md);
        for (Map.Entry<String, int[]> e : want.entrySet()) {
            int i = n.indexOf(e.getKey()) + 1;
            int t = i > 0 ? md.getColumnType(i) : Integer.MIN_VALUE;
            boolean ok = false;
            for (int a : e.getValue())
                ok |= t == a;
            StringBuilder allowed = new StringBuilder();
            for (int a : e.getValue())
                allowed.append(allowed.length() > 0 ? " or " : "").append(typeName(a));
            check(ok && t != Types.OTHER && !isBinary(t),
                  q + ": column " + e.getKey() + " is " + allowed,
                  "got " + (i > 0 ? typeName(t) + " (" + md.getColumnTypeName(i) + ")" : "no such column"));
        }
    }

    static Map<String, int[]> types(Object... kv) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2)
            m.put((String) kv[i], (int[]) kv[i + 1]);
        return m;
    }

    static Integer getInt(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static List<Integer> list(int... v) {
        List<Integer> l = new ArrayList<>();
        for (int x : v)
            l.add(x);
        return l;
    }

    static void run(Connection conn) throws SQLException {
        Statement st = conn.createStatement();
        out.println("# " + CLIENT + " " + conn.getMetaData().getDriverName() + " "
                    + conn.getMetaData().getDriverVersion() + ", server "
                    + conn.getMetaData().getDatabaseProductVersion() + ", java "
                    + System.getProperty("java.version"));

        // --- 1. the wide official table 三 ---------------------------------
        String q = "wide gd_table";
        ResultSet rs = st.executeQuery("SELECT r.organ, r.region_code, r.year, r.format, r.proactive, r.applications, r.appeals, r.source, r.loaded_at, t.* FROM gd_reports r, gd_table(r.applications) t "
                                       + "WHERE r.year = 2024 ORDER BY t.row_no");
        ResultSetMetaData md = rs.getMetaData();
        describe(q, md);
        List<String> want = new ArrayList<>(Arrays.asList(
            "organ", "region_code", "year", "format", "proactive", "applications", "appeals",
            "source", "loaded_at", "row_no", "row_key", "label"));
        want.addAll(Arrays.asList(COLUMN_KEYS));
        eq(names(md), want, q + ": column names");
        Map<String, int[]> wt = types("row_no", INT4, "row_key", TEXT, "label", TEXT);
        for (String c : COLUMN_KEYS)
            wt.put(c, INT4);
        checkTypes(q, md, wt);
        checkTypes(q + " (gd_reports)", md, types("organ", TEXT, "region_code", TEXT,
            "year", INT4, "format", INT4, "source", TEXT, "loaded_at", TIMESTAMPTZ));
        int n = 0;
        while (rs.next()) {
            n++;
            List<Integer> cells = new ArrayList<>();
            for (String c : COLUMN_KEYS)
                cells.add(getInt(rs, c));
            if (n <= 25)
                eq(Arrays.asList(getInt(rs, "row_no"), rs.getString("row_key"), cells),
                   Arrays.asList(ROW_NOS[n - 1], ROW_KEYS[n - 1], list(M2024[n - 1])),
                   q + ": row " + n + " " + ROW_KEYS[n - 1] + " cell by cell");
            if (n == 1) {
                eq(rs.getString("label"), "一、本年新收政府信息公开申请数量", q + ": row 1 Chinese label");
                eq(Arrays.asList(rs.getString("organ"), rs.getString("region_code"),
                                 getInt(rs, "year"), getInt(rs, "format")),
                   Arrays.asList(ORGAN, "410702", 2024, 2021), q + ": gd_reports columns");
                String[][] custom = {
                    {"applications", "2021:{new_received:[16,0,0,0,0,4,20]"},
                    {"proactive", "2021:{rules_issued:0,"},
                    {"appeals", "{review:[4,7,0,0,11]"},
                };
                for (String[] c : custom) {
                    String v = rs.getString(c[0]);
                    check(v != null && v.startsWith(c[1]),
                          q + ": custom column " + c[0] + " getString starts " + c[1], "got " + v);
                }
            }
            if (n == 3) {
                eq(list(rs.getInt("natural_person"), rs.getInt("other_org"), rs.getInt("total")),
                   list(6, 4, 10), q + ": row 3 granted natural_person 6, other_org 4, total 10");
                eq(rs.getObject("natural_person"), Integer.valueOf(6),
                   q + ": int4 arrives as java.lang.Integer");
                eq(rs.getString("label"), "（一）予以公开", q + ": row 3 Chinese label");
            }
            if (n == 24)
                eq(rs.getString("label"), "（七）总计", q + ": row 24 Chinese label");
        }
        eq(n, 25, q + ": 25 rows");
        rs.close();

        // --- 2. long format ------------------------------------------------
        q = "long gd_cells";
        rs = st.executeQuery("SELECT r.year, c.* FROM gd_reports r, gd_cells(r.applications) c "
                             + "ORDER BY r.year, c.row_no, c.column_no");
        md = rs.getMetaData();
        describe(q, md);
        eq(names(md), Arrays.asList("year", "row_no", "row_key", "row_label", "row_label_en",
                                    "column_no", "column_key", "column_label", "column_label_en",
                                    "value"), q + ": column names");
        checkTypes(q, md, types("year", INT4, "row_no", INT4, "row_key", TEXT,
            "row_label", TEXT, "row_label_en", TEXT, "column_no", INT4, "column_key", TEXT,
            "column_label", TEXT, "column_label_en", TEXT, "value", INT4));
        Map<Integer, Integer> count = new HashMap<>(), sum = new HashMap<>();
        List<String> bad = new ArrayList<>();
        Map<String, Integer> cell24 = new HashMap<>();
        Integer mistyped = null;
        String grantedLabels = null;
        while (rs.next()) {
            int year = rs.getInt("year");
            int r = rs.getInt("row_no"), c = rs.getInt("column_no");
            Integer v = getInt(rs, "value");
            String rk = rs.getString("row_key"), ck = rs.getString("column_key");
            count.merge(year, 1, Integer::sum);
            sum.merge(year, v == null ? 0 : v, Integer::sum);
            if (year == 2024) {
                cell24.put(rk + "|" + ck, v);
                int p = printedIndex(r);
                if (p < 0 || c < 1 || c > 7 || !rk.equals(ROW_KEYS[p])
                    || !ck.equals(COLUMN_KEYS[c - 1]) || v == null || v != M2024[p][c - 1])
                    bad.add(r + "," + c + "," + rk + "," + ck + "=" + v);
                if (rk.equals("granted") && ck.equals("natural_person"))
                    grantedLabels = rs.getString("row_label") + "|" + rs.getString("column_label");
            } else if (year == 2025 && rk.equals("granted") && ck.equals("natural_person")) {
                mistyped = v;
            }
        }
        rs.close();
        eq(count.get(2024), 175, q + ": 175 rows for 2024");
        eq(sum.get(2024), 120, q + ": 2024 sum(value) = 120");
        eq(count.get(2025), 175, q + ": 175 rows for 2025");
        eq(sum.get(2025), 79, q + ": 2025 sum(value) = 79");
        eq(bad, new ArrayList<String>(), q + ": every 2024 cell equals the fixture (keys and value)");
        eq(cell24.get("granted|natural_person"), 6, q + ": granted × natural_person");
        eq(grantedLabels, "（一）予以公开|自然人", q + ": granted × natural_person labels");
        eq(cell24.get("granted|other_org"), 4, q + ": granted × other_org");
        eq(cell24.get("total_processed|total"), 20, q + ": total_processed × total");
        eq(mistyped, 6, q + ": 2025 granted × natural_person (the mistyped cell)");

        // --- 3. gd_audit ---------------------------------------------------
        q = "gd_audit";
        rs = st.executeQuery("SELECT * FROM gd_audit ORDER BY organ, year, rule, row_key, column_key");
        md = rs.getMetaData();
        describe(q, md);
        eq(names(md), Arrays.asList("organ", "region_code", "year", "rule", "severity", "row_key",
                                    "column_key", "expected", "reported", "message"),
           q + ": column names");
        checkTypes(q, md, types("organ", TEXT, "region_code", TEXT, "year", INT4, "rule", TEXT,
            "severity", TEXT, "row_key", TEXT, "column_key", TEXT, "expected", INT8,
            "reported", INT8, "message", TEXT));
        List<List<Object>> got = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Object expectedObj = null;
        while (rs.next()) {
            got.add(Arrays.asList(rs.getString("organ"), rs.getString("region_code"),
                                  rs.getInt("year"), rs.getString("rule"), rs.getString("severity"),
                                  rs.getString("row_key"), rs.getString("column_key"),
                                  rs.getLong("expected"), rs.getLong("reported")));
            messages.add(rs.getString("rule") + "\t" + rs.getString("message"));
            expectedObj = rs.getObject("expected");
        }
        rs.close();
        eq(got, Arrays.asList(
               Arrays.asList(ORGAN, "410702", 2025, "B", "error", "total_processed", "natural_person", 11L, 10L),
               Arrays.asList(ORGAN, "410702", 2025, "C", "error", "granted", "total", 8L, 7L)),
           q + ": exactly the two findings of the mistyped 2025 cell");
        for (String m : messages) {
            String[] p = m.split("\t", 2);
            check(p.length == 2 && p[1].contains("granted × natural_person") && p[1].contains("可能误填"),
                  q + ": rule " + p[0] + " message names granted × natural_person (zh and en)",
                  "got " + m);
        }
        check(expectedObj instanceof Long, q + ": int8 arrives as java.lang.Long",
              "got " + (expectedObj == null ? null : expectedObj.getClass()));

        // --- 4. the custom-typed columns themselves -------------------------
        q = "custom types";
        PreparedStatement ps = conn.prepareStatement(
            "SELECT r.applications, r.appeals, r.proactive, gd_report_of(r) AS report, "
            + "gd_disclosure_rate(r.applications) AS disclosure_rate "
            + "FROM gd_reports r WHERE r.year = ?");
        ps.setInt(1, 2024);
        rs = ps.executeQuery();
        md = rs.getMetaData();
        describe(q, md);
        if (check(rs.next(), q + ": one row for 2024", null)) {
            for (String c : new String[] {"applications", "appeals", "proactive", "report"}) {
                int i = names(md).indexOf(c) + 1;
                int t = md.getColumnType(i);
                String s = rs.getString(c);
                Object o = rs.getObject(c);
                check(!isBinary(t) && s != null && !s.isEmpty() && !(o instanceof byte[])
                      && s.equals(o.toString()),
                      q + ": " + c + " (" + md.getColumnTypeName(i) + ", reported as " + typeName(t)
                      + ") reads as a string", "getString " + s + ", getObject " + o);
            }
            String apps = rs.getString("applications");
            check(apps != null && apps.startsWith("2021:{new_received:[16,0,0,0,0,4,20]"),
                  q + ": applications text starts 2021:{new_received:[16,0,0,0,0,4,20]", "got " + apps);
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                StringBuilder seg = new StringBuilder(ROW_KEYS[i]).append(":[");
                for (int j = 0; j < 7; j++)
                    seg.append(j > 0 ? "," : "").append(M2024[i][j]);
                seg.append(']');
                if (apps == null || !apps.contains(seg))
                    missing.add(seg.toString());
            }
            eq(missing, new ArrayList<String>(), q + ": applications text holds all 25 rows of the fixture");
            eq(rs.getString("appeals"), APPEALS_TEXT, q + ": appeals text");
            String rep = rs.getString("report");
            check(rep != null && rep.startsWith("(" + ORGAN + ",410702,2024,2021,") && rep.endsWith(")")
                  && rep.contains("\"" + APPEALS_TEXT + "\"")
                  && rep.contains("\"2021:{new_received:[16,0,0,0,0,4,20]"),
                  q + ": gd_report text is the record (organ,region,year,format,…,\"applications\",\"appeals\")",
                  "got " + rep);
            checkTypes(q, md, types("disclosure_rate", NUMERIC));
            BigDecimal dr = rs.getBigDecimal("disclosure_rate");
            check(dr != null && dr.compareTo(new BigDecimal("0.75")) == 0,
                  q + ": disclosure rate (10 + 5) / 20 = 0.75 as BigDecimal", "got " + dr);
        }
        rs.close();
        ps.close();

        // --- 5. the other SRFs: table 四 and table 二 (numeric) -------------
        q = "gd_table(appeals)";
        rs = st.executeQuery("SELECT t.* FROM gd_reports r, gd_table(r.appeals) t "
                             + "WHERE r.year = 2024 ORDER BY t.block_no");
        md = rs.getMetaData();
        checkTypes(q, md, types("block_no", INT4, "block_key", TEXT, "label", TEXT,
            "upheld", INT4, "corrected", INT4, "other", INT4, "pending", INT4, "total", INT4));
        List<List<Object>> blocks = new ArrayList<>();
        while (rs.next())
            blocks.add(Arrays.asList(rs.getInt("block_no"), rs.getString("block_key"),
                list(rs.getInt("upheld"), rs.getInt("corrected"), rs.getInt("other"),
                     rs.getInt("pending"), rs.getInt("total"))));
        rs.close();
        eq(blocks, Arrays.asList(Arrays.asList(1, "review", list(4, 7, 0, 0, 11)),
                                 Arrays.asList(2, "suit_direct", list(1, 0, 0, 1, 2)),
                                 Arrays.asList(3, "suit_after_review", list(1, 0, 0, 2, 3))),
           q + ": three blocks cell by cell");

        q = "gd_table(proactive)";
        rs = st.executeQuery("SELECT t.* FROM gd_reports r, gd_table(r.proactive) t "
                             + "WHERE r.year = 2025 ORDER BY t.cell_no");
        md = rs.getMetaData();
        describe(q, md);
        checkTypes(q, md, types("cell_no", INT4, "cell_key", TEXT, "item_key", TEXT,
            "item_label", TEXT, "article", TEXT, "label", TEXT, "value", NUMERIC, "unit", TEXT));
        int cells = 0;
        BigDecimal fee = null, inForce = null;
        String feeUnit = null;
        while (rs.next()) {
            cells++;
            if (rs.getString("cell_key").equals("fees_collected")) {
                fee = rs.getBigDecimal("value");
                feeUnit = rs.getString("unit");
            }
            if (rs.getString("cell_key").equals("normative_docs_in_force"))
                inForce = rs.getBigDecimal("value");
        }
        rs.close();
        eq(cells, 10, q + ": 10 cells in the 2021 format");
        eq(Arrays.asList(fee, feeUnit), Arrays.asList(new BigDecimal("24252.311082"), "万元"),
           q + ": fees_collected 24252.311082 万元 exactly, as BigDecimal");
        check(inForce != null && inForce.compareTo(new BigDecimal(40)) == 0,
              q + ": normative_docs_in_force 40", "got " + inForce);
        st.close();
    }

    public static void main(String[] args) {
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String host = System.getenv().getOrDefault("GD_BI_HOST", "localhost");
        if (host.contains(":") && !host.startsWith("["))
            host = "[" + host + "]";   // an IPv6 address
        String url = "jdbc:postgresql://" + host + ":"
            + System.getenv().getOrDefault("GD_BI_PORT", "5432") + "/"
            + System.getenv().getOrDefault("GD_BI_DB", "gd_bi_test");
        Properties props = new Properties();
        props.setProperty("user", System.getenv().getOrDefault("PGUSER", "postgres"));
        String pw = System.getenv("PGPASSWORD");
        if (pw != null)
            props.setProperty("password", pw);
        out.println("# " + url);
        try (Connection conn = DriverManager.getConnection(url, props)) {
            run(conn);
        } catch (Exception e) {
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            check(false, "ran to completion", sw.toString());
        }
        out.printf("# %s: %d passed, %d failed%n", CLIENT, passed, failed);
        System.exit(failed > 0 ? 1 : 0);
    }
}
