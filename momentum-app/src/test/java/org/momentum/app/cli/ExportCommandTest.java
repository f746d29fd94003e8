package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import picocli.CommandLine;

/** {@code momentum export --format parquet}: the store's tables, whole, in the layout momentum-spark reads. */
class ExportCommandTest {
    @TempDir Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesTheRegisterAndReportsPartitionedByYearAndMonth() throws Exception {
        Path gen = dir.resolve("gen");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "generate", "--enterprises", "150", "--from", "2017-11", "--to", "2018-02", "--out", gen.toString()));
        String db = "jdbc:duckdb:" + dir.resolve("m.duckdb");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "import", "--db", db, "--enterprises", gen.resolve("enterprises.csv").toString(),
                "--reports", gen.resolve("reports.csv").toString(), "--prices", gen.resolve("prices.csv").toString()), err.toString());
        Path out = dir.resolve("export");
        StringWriter so = new StringWriter();
        assertEquals(0, run(so, new StringWriter(), "export", "--format", "parquet", "--out", out.toString(), "--db", db));
        assertTrue(so.toString().contains("150 enterprises"), so.toString());

        assertTrue(Files.isDirectory(out.resolve("reports/year=2017/month=11")));
        assertTrue(Files.isDirectory(out.resolve("reports/year=2018/month=2")));
        assertTrue(Files.isDirectory(out.resolve("prices/year=2018")));
        assertTrue(Files.isRegularFile(out.resolve("industry.parquet")));
        try (Connection c = DriverManager.getConnection(db); Statement st = c.createStatement()) {
            // the same rows as the store, column for column (EXCEPT both ways is empty)
            assertEquals(0, count(st, "(SELECT enterprise_id, period, indicator, value, prev_year_value, revision FROM report EXCEPT "
                    + "SELECT enterprise_id, period, indicator, value, prev_year_value, revision FROM read_parquet('" + out + "/reports/*/*/*.parquet', hive_partitioning = true))"));
            assertEquals(count(st, "report"), count(st, "read_parquet('" + out + "/reports/*/*/*.parquet', hive_partitioning = true)"));
            assertEquals(0, count(st, "(SELECT enterprise_id, name, industry, region, size, scope_from, scope_to FROM enterprise EXCEPT "
                    + "SELECT enterprise_id, name, industry, region, size, scope_from, scope_to FROM read_parquet('" + out + "/enterprises/*/*.parquet', hive_partitioning = true))"));
            assertEquals(150, count(st, "read_parquet('" + out + "/enterprises/*/*.parquet', hive_partitioning = true)"));
            // a report's partition is its own month
            assertEquals(0, count(st, "read_parquet('" + out + "/reports/*/*/*.parquet', hive_partitioning = true) WHERE period <> printf('%04d-%02d', year, month)"));
            assertEquals(count(st, "price_index"), count(st, "read_parquet('" + out + "/prices/*/*.parquet', hive_partitioning = true)"));
            assertEquals(count(st, "industry"), count(st, "read_parquet('" + out + "/industry.parquet')"));
        }

        StringWriter e2 = new StringWriter();
        assertEquals(1, run(new StringWriter(), e2, "export", "--format", "parquet", "--out", out.toString(), "--db", db));
        assertTrue(e2.toString().contains("exists and is not an empty folder"), e2.toString());
        StringWriter e3 = new StringWriter();
        assertEquals(2, run(new StringWriter(), e3, "export", "--format", "csv", "--out", dir.resolve("x").toString(), "--db", db));
        assertTrue(e3.toString().contains("--format must be parquet"), e3.toString());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    private static long count(Statement st, String from) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
