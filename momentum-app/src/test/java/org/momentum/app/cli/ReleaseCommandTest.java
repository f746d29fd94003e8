package org.momentum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;
import picocli.CommandLine;

/** {@code momentum release} as an operator runs it: create, approve, publish, a correction, list, and refusals. */
class ReleaseCommandTest {
    @TempDir Path dir;

    /** A new store: a DuckDB file here, PostgreSQL in the Postgres subclass. */
    protected String newDatabaseUrl(String name) { return "jdbc:duckdb:" + dir.resolve(name + ".duckdb"); }

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // as Main.run: a refused step is one line on stderr and exit code 2
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("momentum: " + ex.getMessage());
            return 2;
        });
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void createApprovePublishCorrectAndList() throws Exception {
        String db = newDatabaseUrl("m");
        Path e = TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT);
        Path r = TestFiles.write(dir, "reports.csv", EndToEndTest.REPORTS_TEXT);
        assertEquals(0, run("import", "--db", db, "--enterprises", e.toString(), "--reports", r.toString()).code());

        Run none = run("release", "create", "--db", db, "--period", "2017-02");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no reports for 2017-02 had been received by the cut-off"), none.err());

        String embargo = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Run created = run("release", "create", "--db", db, "--period", "2017-01", "--embargo", embargo, "--user", "ana");
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().startsWith("created release 1: 2017-01 version 1, draft, "), created.out());
        assertTrue(created.out().contains("from 5 reports"), created.out());

        Run early = run("release", "publish", "--db", db, "--id", "1");
        assertEquals(2, early.code());
        assertTrue(early.err().contains("release 1 is draft; only an approved release can be published"), early.err());

        Run approved = run("release", "approve", "--db", db, "--id", "1", "--user", "pat");
        assertEquals(0, approved.code(), approved.err());
        assertTrue(approved.out().contains("approved release 1 (2017-01 version 1); public at " + embargo), approved.out());

        Run published = run("release", "publish", "--db", db, "--id", "1", "--user", "ops");
        assertEquals(0, published.code(), published.err());
        assertTrue(published.out().startsWith("published release 1 (2017-01 version 1) at "), published.out());

        Run again = run("release", "create", "--db", db, "--period", "2017-01");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("2017-01 is published (release 1, version 1); a new version must be a correction of it, with a reason"), again.err());

        Run correction = run("release", "create", "--db", db, "--period", "2017-01", "--correction-of", "1", "--reason", "E3's report was late",
                "--embargo", "2017-02-20T09:30");
        assertEquals(0, correction.code(), correction.err());
        assertTrue(correction.out().startsWith("created release 2: 2017-01 version 2, draft"), correction.out());

        Run list = run("release", "list", "--db", db);
        assertEquals(0, list.code());
        String[] lines = list.out().split("\n");
        assertTrue(lines[1].startsWith("1     2017-01 1       published"), list.out());
        assertTrue(lines[2].startsWith("2     2017-01 2       draft"), list.out());
        assertTrue(lines[2].contains("2017-02-20T01:30:00Z"), "local date-times are China time: " + lines[2]);
        assertTrue(lines[2].endsWith("of 1: E3's report was late"), lines[2]);

        Run discarded = run("release", "discard", "--db", db, "--id", "2");
        assertEquals(0, discarded.code(), discarded.err());
        Run immutable = run("release", "discard", "--db", db, "--id", "1");
        assertEquals(2, immutable.code());
        assertTrue(immutable.err().contains("release 1 is published and can never change; publish a correction instead"), immutable.err());

        Run badTime = run("release", "create", "--db", db, "--period", "2017-01", "--embargo", "tomorrow");
        assertEquals(2, badTime.code());
        assertTrue(badTime.err().contains("--embargo: 'tomorrow' is not an ISO date-time"), badTime.err());

        assertEquals(0, run("audit", "verify", "--db", db).code());
    }
}
