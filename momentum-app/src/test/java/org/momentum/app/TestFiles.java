package org.momentum.app;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.momentum.store.Database;

/** Small helpers for app tests: writing CSV fixtures and a content checksum of the whole store. */
public final class TestFiles {
    private TestFiles() {}

    public static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    public static Path write(Path dir, String name, String content, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(cs));
        return p;
    }

    static final List<String> TABLES = List.of("industry", "region", "product", "indicator", "import_batch", "enterprise",
            "enterprise_history", "report", "report_history", "price_index", "price_index_history", "indicator_value", "audit_log",
            "report_stage", "enterprise_stage", "price_stage");

    /** SHA-256 over every row of every table, in a fixed order: equal checksums mean equal content. */
    public static String checksum(Database db) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String t : TABLES) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                int n;
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t + " WHERE 1 = 0")) { n = rs.getMetaData().getColumnCount(); }
                // ORDER BY 1, 2, …, n: every column, in both DuckDB and PostgreSQL (DuckDB's ORDER BY ALL is its own)
                String order = java.util.stream.IntStream.rangeClosed(1, n).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(", "));
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY " + order)) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            md.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            md.update((byte) 0x1f);
                        }
                        md.update((byte) '\n');
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A generated panel's three files through the import's path, each of which must be accepted whole. */
    public static void importPanel(org.momentum.app.intake.ImportService s, org.momentum.app.demo.PanelFiles.Written w) {
        org.momentum.app.files.ReadOptions strict = org.momentum.app.files.ReadOptions.strict();
        org.momentum.app.files.Progress none = org.momentum.app.files.Progress.NONE;
        org.junit.jupiter.api.Assertions.assertFalse(s.importEnterprises(w.enterprises(), strict, none).refused(), "enterprises refused");
        org.junit.jupiter.api.Assertions.assertFalse(s.importReports(w.reports(), strict, none).refused(), "reports refused");
        org.junit.jupiter.api.Assertions.assertFalse(s.importPrices(w.prices(), strict, none).refused(), "prices refused");
    }
}
