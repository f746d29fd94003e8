package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void chainDetectsEditsAndDeletions(TestDatabases kind) throws Exception {
        try (Database db = Database.open(kind.newUrl(dir, "a"))) {
            assertTrue(ReferenceData.shipped().installIfEmpty(db));
            db.inTransaction(c -> AuditLog.append(c, "alice", "register.update", "enterprise", "E1", "name: a -> b"));
            db.inTransaction(c -> AuditLog.append(c, "bob", "report.revise", "report", "E1/2017-01/output_value", "110 -> 111"));
            try (Connection c = db.connect()) {
                assertNull(AuditLog.verify(c));
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE audit_log SET detail = '110 -> 999' WHERE seq = 3");
                }
                assertEquals("audit entry 3 was altered", AuditLog.verify(c));
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
                }
                assertEquals("audit entry 2 is missing (next is 3)", AuditLog.verify(c));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void referenceDataIsInstalledOnceWithItsCounts(TestDatabases kind) throws Exception {
        String url = kind.newUrl(dir, "b");
        try (Database db = Database.open(url)) {
            assertTrue(ReferenceData.shipped().installIfEmpty(db));
            assertTrue(!ReferenceData.shipped().installIfEmpty(db), "second start finds the tables filled");
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                var rs = st.executeQuery("SELECT COUNT(*) FROM industry WHERE level = 'class'");
                rs.next();
                assertEquals(1381, rs.getLong(1));
                rs = st.executeQuery("SELECT COUNT(*) FROM region");
                rs.next();
                assertEquals(31, rs.getLong(1));
            }
        }
        // reopening migrates nothing new and keeps the data
        try (Database db = Database.open(url); Connection c = db.connect(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT COUNT(*) FROM audit_log");
            rs.next();
            assertEquals(1, rs.getLong(1));
        }
    }
}
