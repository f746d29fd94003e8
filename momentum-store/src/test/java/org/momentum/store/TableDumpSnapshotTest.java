package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dump (backup) is one instant: rows another connection commits while the dump reads its first table are in none
 * of the tables it reads afterwards, on DuckDB and on PostgreSQL alike.
 */
class TableDumpSnapshotTest {
    @TempDir Path dir;

    private static void commitABatch(Database db, long id) {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO import_batch (id, kind, file_name, file_sha256, encoding, actor, started_at, finished_at, rows_read, rows_applied,"
                        + " rows_rejected, rows_unchanged, revisions) VALUES (" + id + ", 'reports', 'r.csv', 'x', 'UTF-8', 'test',"
                        + " TIMESTAMP '2026-11-01 00:00:00', TIMESTAMP '2026-11-01 00:00:01', 1, 1, 0, 0, 0)");
                st.execute("INSERT INTO report (enterprise_id, period, indicator, value, prev_year_value, revision, batch_id) VALUES ('E1', '2017-0"
                        + id + "', 'output_value', " + (100 + id) + ", NULL, 1, " + id + ")");
            }
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("org.momentum.store.TestDatabases#both")
    void rowsCommittedDuringADumpAreNotInIt(TestDatabases kind) throws Exception {
        try (Database db = Database.open(kind.newUrl(dir, "snap"))) {
            commitABatch(db, 1);
            Map<String, String> before = ContentChecksum.perTable(db);
            Map<String, Long> dumped = new LinkedHashMap<>();
            boolean[] first = {true};
            TableDump.read(db, (table, rows) -> {
                if (first[0]) { // another import commits while the dump is under way
                    first[0] = false;
                    commitABatch(db, 2);
                }
                long n = 0;
                while (rows.next() != null) n++;
                dumped.put(table.name(), n);
            });
            assertEquals(1, dumped.get("import_batch"), "the batch committed during the dump is not in it");
            assertEquals(1, dumped.get("report"));
            assertNotEquals(before, ContentChecksum.perTable(db), "yet it is in the store");
            try (Connection c = db.connect()) {
                assertEquals(2, TableDump.count(c, "report"));
            }
        }
    }
}
