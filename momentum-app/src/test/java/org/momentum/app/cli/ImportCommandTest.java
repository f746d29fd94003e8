package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;
import picocli.CommandLine;

/** {@code momentum import} as a user runs it: summary, errors, exit codes, --partial, audit verify. */
class ImportCommandTest {
    @TempDir Path dir;

    /** A new store: a DuckDB file here, PostgreSQL in {@link ImportCommandPostgresTest}. */
    protected String newDatabaseUrl(String name) { return "jdbc:duckdb:" + dir.resolve(name + ".duckdb"); }

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void importsAndSummarises() throws Exception {
        Path e = TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT);
        Path r = TestFiles.write(dir, "reports.csv", EndToEndTest.REPORTS_TEXT);
        String db = newDatabaseUrl("m");
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, run(out, err, "import", "--db", db, "--enterprises", e.toString(), "--reports", r.toString()));
        assertTrue(out.toString().contains("3 rows read, 3 applied, 0 rejected, 0 unchanged, 0 revisions"), out.toString());
        assertTrue(out.toString().contains("5 rows read, 5 applied, 0 rejected, 0 unchanged, 0 revisions"), out.toString());

        Path bad = TestFiles.write(dir, "bad.csv", "enterprise_id,period,indicator,value\nE1,2017-02,output_value,x\nE1,2017-03,output_value,5\n");
        out = new StringWriter();
        err = new StringWriter();
        assertEquals(1, run(out, err, "import", "--db", db, "--reports", bad.toString()));
        assertTrue(err.toString().contains("bad.csv:2: value: 'x' is not a number"), err.toString());
        assertTrue(err.toString().contains("refused"), err.toString());

        out = new StringWriter();
        err = new StringWriter();
        assertEquals(1, run(out, err, "import", "--db", db, "--partial", "--reports", bad.toString()));
        assertTrue(out.toString().contains("2 rows read, 1 applied, 1 rejected"), out.toString());
        assertTrue(Files.exists(dir.resolve("bad.rejects.csv")));

        out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "audit", "verify", "--db", db));
        assertTrue(out.toString().contains("intact"));
    }

    @Test
    void computeThenIndicatorsAreServedFromTheStore() throws Exception {
        Path e = TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT);
        Path r = TestFiles.write(dir, "reports.csv", EndToEndTest.REPORTS_TEXT);
        String db = newDatabaseUrl("c");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "import", "--db", db, "--enterprises", e.toString(), "--reports", r.toString()));
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "compute", "--db", db));
        assertTrue(out.toString().startsWith("computed "), out.toString());
        out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "compute", "--db", db, "--revised", "2016-01"));
    }

    @Test
    void missingInputsIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "import", "--db", "jdbc:duckdb:" + dir.resolve("x.duckdb")));
        assertTrue(err.toString().contains("give at least one of"));
    }
}
