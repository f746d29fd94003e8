package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentChecksumTest {
    @TempDir Path dir;

    private static void exec(Database db, String... sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : sql) st.execute(s);
        }
    }

    @Test
    void equalContentGivesEqualChecksumsOnBothDatabasesAndAnyChangeShowsInItsTable() throws Exception {
        String insert = "INSERT INTO enterprise (enterprise_id, name, industry, region, size, scope_from, scope_to, batch_id) VALUES "
                + "('E1', 'a', '3491', '110101', 'large', '2016-01', NULL, 1), ('E2', 'b', '3612', '310101', 'small', '2016-01', '', 1)";
        try (Database duck = Database.open(TestDatabases.DUCKDB.newUrl(dir, "a"));
             Database pg = Database.open(TestDatabases.POSTGRESQL.newUrl(dir, "b"))) {
            exec(duck, insert);
            exec(pg, insert);
            String before = ContentChecksum.of(duck);
            assertEquals(before, ContentChecksum.of(pg), "the same rows on DuckDB and PostgreSQL");
            assertEquals(ContentChecksum.perTable(duck), ContentChecksum.perTable(pg));

            Map<String, String> tables = ContentChecksum.perTable(duck);
            exec(duck, "UPDATE enterprise SET scope_to = NULL WHERE enterprise_id = 'E2'"); // '' and NULL are different content
            assertNotEquals(before, ContentChecksum.of(duck));
            Map<String, String> after = ContentChecksum.perTable(duck);
            for (String t : tables.keySet()) {
                if (t.equals("enterprise")) assertNotEquals(tables.get(t), after.get(t));
                else assertEquals(tables.get(t), after.get(t), t);
            }
            exec(duck, "UPDATE enterprise SET scope_to = '' WHERE enterprise_id = 'E2'");
            assertEquals(before, ContentChecksum.of(duck), "back to the same content");
        }
    }
}
