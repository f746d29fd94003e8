package org.momentum.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transactions that append to the audit log at the same time, on both databases: none fails on the chain's
 * sequence (before AuditChainLock, two transactions read the same head and the later one's whole work, an import
 * say, was rolled back on the key), and the chain verifies.
 */
class AuditChainConcurrencyTest {
    @TempDir Path dir;

    @ParameterizedTest
    @MethodSource("org.momentum.store.TestDatabases#both")
    void concurrentTransactionsEachAppendAndTheChainHolds(TestDatabases kind) throws Exception {
        try (Database db = Database.open(kind.newUrl(dir, "auditchain"))) {
            int writers = 8, each = 15;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int id = w;
                done.add(pool.submit(() -> {
                    for (int k = 0; k < each; k++) {
                        if (k % 3 == 0) { // one entry in autocommit
                            try (Connection c = db.connect()) {
                                AuditLog.append(c, "w" + id, "test.single", "t", id + "/" + k, "one");
                            }
                        } else { // two entries inside a longer transaction that began before the head was read
                            int kk = k;
                            db.inTransaction(c -> {
                                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_log")) { rs.next(); }
                                AuditLog.append(c, "w" + id, "test.first", "t", id + "/" + kk, "a");
                                Thread.yield();
                                AuditLog.append(c, "w" + id, "test.second", "t", id + "/" + kk, "b");
                                return null;
                            });
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            try (Connection c = db.connect()) {
                assertNull(AuditLog.verify(c));
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'test.%'")) {
                    rs.next();
                    assertEquals(writers * (5 + 10 * 2), rs.getLong(1));
                }
            }
        }
    }
}
