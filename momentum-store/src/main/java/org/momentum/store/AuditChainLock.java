package org.momentum.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;

/**
 * One writer at a time at the head of the audit chain, from reading the head until the writer's transaction ends:
 * two transactions that read the same head would both claim the next sequence number, and one of them (an import,
 * say) would fail on the key. PostgreSQL: a transaction-scoped advisory lock (across processes; READ COMMITTED
 * then reads the head the previous holder committed). DuckDB (one process per file): a lock of the process,
 * released by the connection's commit, rollback or close; since a DuckDB transaction reads the snapshot it began
 * with, the head is read on a fresh connection too.
 */
final class AuditChainLock {
    /** pg_advisory_xact_lock key: "MOMA" */
    private static final long PG_KEY = 0x4D4F4D41L;
    private static final long WAIT_SECONDS = 120;

    private final ReentrantLock lock = new ReentrantLock(true);
    private final DuckDBConnection root;

    AuditChainLock(DuckDBConnection root) { this.root = root; }

    /** A DuckDB connection of this store that gives the chain's lock back when its transaction ends. */
    Connection wrap(DuckDBConnection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Holder(c));
    }

    /** Takes the chain's head for {@code c}'s transaction (which must not be in autocommit) and returns it: {seq, hash} or null. */
    static Object[] lockAndReadHead(Connection c) throws SQLException {
        if (Proxy.isProxyClass(c.getClass()) && Proxy.getInvocationHandler(c) instanceof Holder h) {
            h.take();
            Object[] own = head(c);
            try (Connection fresh = h.owner().root.duplicate()) {
                Object[] committed = head(fresh);
                if (own == null) return committed;
                return committed != null && (long) committed[0] > (long) own[0] ? committed : own;
            }
        }
        if (!c.isWrapperFor(DuckDBConnection.class)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, PG_KEY);
                ps.execute();
            }
        }
        return head(c);
    }

    private static Object[] head(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? new Object[] {rs.getLong(1), rs.getString(2)} : null;
        }
    }

    /** The proxy's handler: forwards every call, and gives the lock back once the transaction has ended. */
    private final class Holder implements InvocationHandler {
        private final DuckDBConnection target;
        private int holds;

        Holder(DuckDBConnection target) { this.target = target; }

        AuditChainLock owner() { return AuditChainLock.this; }

        void take() throws SQLException {
            if (holds > 0) return; // already ours for this transaction
            try {
                if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS))
                    throw new SQLException("the audit log stayed busy for " + WAIT_SECONDS + " s: another transaction holds its head");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the audit log", e);
            }
            holds = 1;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            Object r;
            try {
                r = m.invoke(target, args);
            } catch (InvocationTargetException e) {
                if (ends(m, args)) release();
                throw e.getCause();
            }
            if (ends(m, args)) release();
            return r;
        }

        private boolean ends(Method m, Object[] args) {
            return switch (m.getName()) {
                case "commit", "rollback", "close" -> true;
                case "setAutoCommit" -> Boolean.TRUE.equals(args[0]);
                default -> false;
            };
        }

        private void release() {
            if (holds == 0) return;
            holds = 0;
            if (lock.isHeldByCurrentThread()) lock.unlock();
        }
    }
}
