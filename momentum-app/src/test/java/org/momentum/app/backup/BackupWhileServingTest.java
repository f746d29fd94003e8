package org.momentum.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.EndToEndTest;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;
import org.momentum.app.TestPostgres;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.app.web.Server;
import org.momentum.app.web.TestAccounts;
import org.momentum.classification.Period;
import org.momentum.store.ContentChecksum;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine;

/**
 * Issue 9: {@code momentum backup} while the server runs and reports keep arriving. The backup is one instant (each
 * month's batch wholly in or out, a prefix of the batches, the report rows exactly those of its batches), its files
 * match the manifest, and restoring it into a new DuckDB file and a new PostgreSQL database gives the same content.
 */
class BackupWhileServingTest {
    @TempDir Path dir;

    private static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    /** Found by the hostile corpus: the backup wrote text through the spreadsheet quoting, so "=SUM(A1)" came back as "'=SUM(A1)". */
    @Test
    void textThatLooksLikeAFormulaRoundTripsVerbatim() throws Exception {
        String source = "jdbc:duckdb:" + dir.resolve("f.duckdb");
        Path e = TestFiles.write(dir, "e.csv", "enterprise_id,name,industry,region,size,scope_from,scope_to\n"
                + "E1,=SUM(A1),3491,110101,large,2016-01,\nE2,-3 Co.,3612,310101,small,2016-01,\nE3,\"@x, +1\",0610,110105,small,2016-01,\nE4,\\N,0610,110105,small,2016-01,\n");
        assertEquals(0, run("import", "--db", source, "--enterprises", e.toString()));
        Path b = dir.resolve("f");
        assertEquals(0, run("backup", "--db", source, "--out", b.toString()));
        String copy = "jdbc:duckdb:" + dir.resolve("f2.duckdb");
        assertEquals(0, run("restore", "--from", b.toString(), "--db", copy));
        try (Database a = Database.open(source); Database c = Database.open(copy)) {
            assertEquals(ContentChecksum.perTable(a), ContentChecksum.perTable(c));
            try (Connection conn = c.connect(); Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM enterprise ORDER BY enterprise_id")) {
                for (String name : new String[] {"=SUM(A1)", "-3 Co.", "@x, +1", "\\N"}) {
                    assertTrue(rs.next());
                    assertEquals(name, rs.getString(1));
                }
            }
        }
    }

    @Test
    void aBackupTakenWhileTheServerServesAndImportsRunIsOneInstantAndRestoresIdentically() throws Exception {
        liveBackupIsOneInstant(TestPostgres.newDatabase("serving"), false);
    }

    /** A DuckDB file is open to the server's process alone: `momentum backup --server` has the server write it. */
    @Test
    void theServerHoldingADuckDbFileWritesTheBackupWhileImportsRun() throws Exception {
        liveBackupIsOneInstant("jdbc:duckdb:" + dir.resolve("serving.duckdb"), true);
    }

    private void liveBackupIsOneInstant(String url, boolean throughServer) throws Exception {
        ReferenceData ref = ReferenceData.shipped();
        try (Database db = Database.open(url)) {
            ref.installIfEmpty(db);
            ImportService intake = new ImportService(db, ref, Period.of(2026, 11), "test");
            intake.importEnterprises(TestFiles.write(dir, "e.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
            Javalin app = new Server(db, ref).start("127.0.0.1", 0);
            String analyst = TestAccounts.analyst(db, "watcher");
            HttpClient http = HttpClient.newHttpClient();
            AtomicInteger committed = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            int months = 16;
            Thread imports = new Thread(() -> {
                try {
                    for (int m = 0; m < months; m++) {
                        String month = Period.format(Period.of(2014, 1) + m);
                        Path f = TestFiles.write(dir, "r" + m + ".csv", "enterprise_id,period,indicator,value\nE1," + month + ",output_value," + (100 + m)
                                + "\nE2," + month + ",output_value," + (200 + m) + "\n");
                        assertFalse(intake.importReports(f, ReadOptions.strict(), Progress.NONE).refused());
                        committed.incrementAndGet();
                        // the server answers all along
                        HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/health"))
                                .header("Authorization", analyst).build(), HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, h.statusCode(), h.body());
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            try {
                imports.start();
                while (committed.get() < 3 && imports.isAlive()) Thread.sleep(5);
                Path b = dir.resolve("live");
                if (throughServer) {
                    Path token = TestFiles.write(dir, "admin.token", TestAccounts.bearer(db, "operator", org.momentum.security.Role.ADMIN,
                            java.util.Set.of(), java.util.Set.of()).substring("Bearer ".length()));
                    assertEquals(0, run("backup", "--server", "http://127.0.0.1:" + app.port(), "--token-file", token.toString(),
                            "--out", b.toString()), "momentum backup --server");
                } else {
                    assertEquals(0, run("backup", "--db", url, "--out", b.toString()), "momentum backup");
                }
                imports.join();
            } finally {
                app.stop();
            }
            if (failure.get() != null) throw new AssertionError("the imports failed", failure.get());

            Path b = dir.resolve("live");
            Backup.Manifest m = Backup.readManifest(b);
            for (Backup.TableEntry t : m.tables()) assertEquals(t.sha256(), Backup.sha256(b.resolve(t.file())), t.file() + " against the manifest");
            long batches = BackupRestoreTest.entry(m, "import_batch").rows();
            assertTrue(batches >= 4 && batches <= months + 1, batches + " batches");
            assertEquals(2 * (batches - 1), BackupRestoreTest.entry(m, "report").rows(), "the report rows of exactly the batches in the backup");
            assertTrue(m.sequences().get("import_batch_seq") > batches, "the next batch id is past every batch in the backup");

            String duck = "jdbc:duckdb:" + dir.resolve("restored.duckdb");
            String pg = TestPostgres.newDatabase("restored");
            assertEquals(0, run("restore", "--from", b.toString(), "--db", duck));
            assertEquals(0, run("restore", "--from", b.toString(), "--db", pg));
            try (Database d = Database.open(duck); Database p = Database.open(pg)) {
                assertEquals(ContentChecksum.of(d), ContentChecksum.of(p), "the same content restored on DuckDB and on PostgreSQL");
                try (Connection c = d.connect(); Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT batch_id), MAX(batch_id) FROM report")) {
                    rs.next();
                    assertEquals(2 * (batches - 1), rs.getLong(1));
                    assertEquals(batches - 1, rs.getLong(2));
                    assertEquals(batches, rs.getLong(3), "a prefix of the batches: ids 1 (the register) to the last one in");
                }
            }
            // and a backup of the restored DuckDB store has the very same files
            Path again = dir.resolve("again");
            assertEquals(0, run("backup", "--db", duck, "--out", again.toString()));
            assertEquals(m.tables(), Backup.readManifest(again).tables());
        }
    }
}
