package org.momentum.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;
import org.momentum.app.TestPostgres;
import org.momentum.store.Database;
import picocli.CommandLine;

/** {@code momentum backup} and {@code restore}: identical round trips DuckDB → DuckDB and DuckDB → PostgreSQL → backup. */
class BackupRestoreTest {
    @TempDir Path dir;

    private String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertEquals(expectedExit, code, () -> String.join(" ", args) + "\nout: " + out + "\nerr: " + err);
        return out + err.toString();
    }

    /** A store with the register, reports with a revision (so history rows), prices-free, indicators and an audit chain. */
    private String filledDuckDb() throws Exception {
        String db = "jdbc:duckdb:" + dir.resolve("source.duckdb");
        Path e = TestFiles.write(dir, "enterprises.csv", EndToEndTest.ENTERPRISES_TEXT);
        Path r = TestFiles.write(dir, "reports.csv", EndToEndTest.REPORTS_TEXT);
        Path rev = TestFiles.write(dir, "rev.csv", "enterprise_id,period,indicator,value,prev_year_value\nE1,2017-01,output_value,111.25,\n");
        run(0, "import", "--db", db, "--enterprises", e.toString(), "--reports", r.toString());
        run(0, "import", "--db", db, "--reports", rev.toString());
        run(0, "compute", "--db", db);
        return db;
    }

    @Test
    void roundTripsAreIdenticalAcrossDatabases() throws Exception {
        String source = filledDuckDb();
        Path b1 = dir.resolve("b1");
        assertTrue(run(0, "backup", "--db", source, "--out", b1.toString()).contains("backed up"));
        Backup.Manifest m = Backup.readManifest(b1);
        assertEquals("duckdb", m.source());
        TableEntryCheck.hasRows(m, "report", 5);
        TableEntryCheck.hasRows(m, "report_history", 1);
        TableEntryCheck.hasRows(m, "enterprise", 3);
        TableEntryCheck.hasRows(m, "import_batch", 3);
        for (Backup.TableEntry t : m.tables()) assertEquals(t.sha256(), Backup.sha256(b1.resolve(t.file())), t.file());
        assertEquals(List.of("enterprise_id", "period", "indicator", "value", "prev_year_value", "revision", "batch_id"), entry(m, "report").columns());
        assertTrue(Files.readString(b1.resolve("report.csv")).contains("E1,2016-01,output_value,100.0,\\N,1,"), "NULL is \\N");

        // DuckDB → DuckDB: every row of every table equal
        String duck2 = "jdbc:duckdb:" + dir.resolve("restored.duckdb");
        assertTrue(run(0, "restore", "--from", b1.toString(), "--db", duck2).contains("restored"));
        try (Database a = Database.open(source); Database b = Database.open(duck2)) {
            assertEquals(TestFiles.checksum(a), TestFiles.checksum(b));
        }
        Path b1again = dir.resolve("b1again");
        run(0, "backup", "--db", duck2, "--out", b1again.toString());
        assertEquals(m.sequences(), Backup.readManifest(b1again).sequences(), "sequences go on where they were");
        assertEquals(m.tables(), Backup.readManifest(b1again).tables());

        // DuckDB → PostgreSQL → backup again: the same files, byte for byte
        String pg = TestPostgres.newDatabase("restore");
        run(0, "restore", "--from", b1.toString(), "--db", pg);
        Path b2 = dir.resolve("b2");
        run(0, "backup", "--db", pg, "--out", b2.toString());
        Backup.Manifest m2 = Backup.readManifest(b2);
        assertEquals("postgresql", m2.source());
        assertEquals(m.sequences(), m2.sequences());
        assertEquals(m.tables(), m2.tables(), "same tables, columns, row counts and checksums");
        assertTrue(run(0, "audit", "verify", "--db", pg).contains("intact"));

        // the restored store goes on: the next import gets the next batch id, not a clash with a restored one
        Path more = TestFiles.write(dir, "more.csv", "enterprise_id,period,indicator,value\nE2,2017-02,output_value,240\n");
        run(0, "import", "--db", pg, "--reports", more.toString());
        try (Database d = Database.open(pg); Connection c = d.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(id), COUNT(*) FROM import_batch")) {
            rs.next();
            assertEquals(m.sequences().get("import_batch_seq"), rs.getLong(1));
            assertEquals(4, rs.getLong(2));
        }
    }

    @Test
    void restoreRefusesADamagedBackupAndANonEmptyDatabase() throws Exception {
        String source = filledDuckDb();
        Path b = dir.resolve("b");
        run(0, "backup", "--db", source, "--out", b.toString());
        assertTrue(run(1, "backup", "--db", source, "--out", b.toString()).contains("must be new or empty"));

        assertTrue(run(1, "restore", "--from", b.toString(), "--db", source).contains("is not empty"));

        Files.writeString(b.resolve("report.csv"), Files.readString(b.resolve("report.csv")).replace("230.0", "231.0"));
        String target = "jdbc:duckdb:" + dir.resolve("t.duckdb");
        String msg = run(1, "restore", "--from", b.toString(), "--db", target);
        assertTrue(msg.contains("report.csv: checksum") && msg.contains("damaged"), msg);

        assertTrue(run(1, "restore", "--from", dir.resolve("nothing").toString(), "--db", target).contains("not a finished backup"));
    }

    @Test
    void aBackupTakenWhileImportsRunIsOneConsistentSnapshot() throws Exception {
        String url = TestPostgres.newDatabase("live");
        org.momentum.store.ReferenceData ref = org.momentum.store.ReferenceData.shipped();
        try (Database db = Database.open(url)) {
            ref.installIfEmpty(db);
            var intake = new org.momentum.app.intake.ImportService(db, ref, org.momentum.classification.Period.of(2026, 11), "test");
            intake.importEnterprises(TestFiles.write(dir, "e.csv", EndToEndTest.ENTERPRISES_TEXT), org.momentum.app.files.ReadOptions.strict(),
                    org.momentum.app.files.Progress.NONE);
            // months of reports keep arriving while the backup reads
            Thread imports = new Thread(() -> {
                for (int m = 1; m <= 12; m++) {
                    String month = String.format("2018-%02d", m);
                    try {
                        Path f = TestFiles.write(dir, "r" + m + ".csv", "enterprise_id,period,indicator,value\nE1," + month + ",output_value," + (100 + m)
                                + "\nE2," + month + ",output_value," + (200 + m) + "\n");
                        intake.importReports(f, org.momentum.app.files.ReadOptions.strict(), org.momentum.app.files.Progress.NONE);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            imports.start();
            Path b = dir.resolve("live");
            Backup.Manifest m = Backup.write(db, b, java.time.Instant.now());
            imports.join();
            // whatever the interleaving: each imported month is wholly in or wholly out, with its batch and audit entry
            long batches = entry(m, "import_batch").rows();
            assertEquals(2 * (batches - 1), entry(m, "report").rows(), "two rows per reports batch after the register's");
            assertEquals(batches + 1, entry(m, "audit_log").rows(), "reference data, then one entry per batch");
            String copy = TestPostgres.newDatabase("live_copy");
            Backup.restore(b, copy);
            try (Database d = Database.open(copy); Connection c = d.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = r.batch_id)")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }

    static Backup.TableEntry entry(Backup.Manifest m, String name) {
        return m.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static final class TableEntryCheck {
        static void hasRows(Backup.Manifest m, String table, long rows) { assertEquals(rows, entry(m, table).rows(), table); }
    }
}
