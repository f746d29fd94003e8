package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL connections are reused, and come back as a new session would be: nothing open, nothing left behind. */
class ConnectionPoolTest {
    @TempDir Path dir;

    static long backend(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aReturnedConnectionIsReusedClean() throws Exception {
        try (Database db = Database.open(TestDatabases.POSTGRESQL.newUrl(dir, "pool"))) {
            long pid;
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                pid = backend(c);
                c.setAutoCommit(false);
                st.execute("CREATE TEMP TABLE left_behind (x INTEGER)");
                st.execute("INSERT INTO audit_log (seq, logged_at, actor, action, entity, entity_key, detail, prev_hash, hash) "
                        + "VALUES (999, now(), 'a', 'b', 'c', 'd', 'e', 'f', 'g')");
                st.execute("SET statement_timeout = 1234");
                // closed without a commit
            }
            Connection closed;
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                closed = c;
                assertEquals(pid, backend(c), "the same server process serves the next caller");
                assertTrue(c.getAutoCommit());
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE seq = 999")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "the open transaction was rolled back");
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'left_behind'")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "the temporary table is gone");
                }
                try (ResultSet rs = st.executeQuery("SHOW statement_timeout")) {
                    rs.next();
                    assertEquals("0", rs.getString(1));
                }
            }
            assertTrue(closed.isClosed());
            assertThrows(SQLException.class, closed::createStatement);
            assertFalse(db.isDuckDb());
        }
    }
}
