package org.momentum.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The register, the current reports, the prices and the classification as Parquet, written by DuckDB's own Parquet
 * writer (no Hadoop): the input of the Spark jobs (docs/spark.md).
 * <ul>
 *   <li>{@code enterprises/province=NN0000/}: enterprise_id, name, industry, region, size, scope_from, scope_to;</li>
 *   <li>{@code reports/year=YYYY/month=M/}: enterprise_id, period, indicator, value, prev_year_value, revision;</li>
 *   <li>{@code prices/year=YYYY/}: industry, period, ppi_yoy (only when the store has prices);</li>
 *   <li>{@code industry.parquet}: code, level, parent, section, name_zh, name_en.</li>
 * </ul>
 * The folder is written beside its final name and moved into place at the end: a reader never sees half an export.
 */
public final class ParquetExport {
    private ParquetExport() {}

    /** Row counts of what was written. */
    public record Written(long enterprises, long reports, long prices, long industries) {}

    public static Written write(Database db, Path out) {
        if (!db.isDuckDb()) throw new IllegalArgumentException("export --format parquet needs the DuckDB store (its Parquet writer); this store is " + db.url());
        Path target = out.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target)))
                throw new IllegalArgumentException(target + " exists and is not an empty folder; nothing written");
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                long e = count(st, "enterprise"), r = count(st, "report"), p = count(st, "price_index"), i = count(st, "industry");
                // COPY takes its target as a literal, not a parameter: the folder name is quoted as a SQL string
                st.execute("COPY (SELECT enterprise_id, name, industry, region, size, scope_from, scope_to, substr(region, 1, 2) || '0000' AS province"
                        + " FROM enterprise ORDER BY enterprise_id) TO " + literal(tmp.resolve("enterprises")) + " (FORMAT parquet, PARTITION_BY (province))");
                st.execute("COPY (SELECT enterprise_id, period, indicator, value, prev_year_value, revision,"
                        + " CAST(substr(period, 1, 4) AS INTEGER) AS year, CAST(substr(period, 6, 2) AS INTEGER) AS month"
                        + " FROM report ORDER BY period, enterprise_id, indicator) TO " + literal(tmp.resolve("reports")) + " (FORMAT parquet, PARTITION_BY (year, month))");
                if (p > 0)
                    st.execute("COPY (SELECT industry, period, ppi_yoy, CAST(substr(period, 1, 4) AS INTEGER) AS year FROM price_index"
                            + " ORDER BY period, industry) TO " + literal(tmp.resolve("prices")) + " (FORMAT parquet, PARTITION_BY (year))");
                st.execute("COPY (SELECT code, level, parent, section, name_zh, name_en FROM industry ORDER BY code) TO "
                        + literal(tmp.resolve("industry.parquet")) + " (FORMAT parquet)");
                if (Files.exists(target)) Files.delete(target); // the empty folder checked above
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return new Written(e, r, p, i);
            } catch (SQLException | IOException | RuntimeException ex) {
                deleteTree(tmp);
                if (ex instanceof SQLException s) throw new IllegalStateException("export to " + target + " failed: " + s.getMessage(), s);
                if (ex instanceof IOException io) throw new UncheckedIOException("export to " + target + " failed", io);
                throw (RuntimeException) ex;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String literal(Path p) { return "'" + p.toString().replace("'", "''") + "'"; }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) { return s.findAny().isEmpty(); }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a failed export's temporary folder
        }
    }
}
