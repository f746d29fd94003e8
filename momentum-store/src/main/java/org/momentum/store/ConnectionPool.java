package org.momentum.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Idle PostgreSQL connections kept for reuse: {@link #take} hands out a connection whose {@code close()} rolls back
 * what is open, resets the session ({@code DISCARD ALL}: temporary tables, settings, prepared statements) and keeps
 * it, up to {@code maxIdle}; a connection that fails either step is closed instead. There is no upper bound on
 * connections in use: callers get one at once, as they did without the pool.
 */
final class ConnectionPool {
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final int maxIdle;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private volatile boolean closed;

    ConnectionPool(Opener opener, int maxIdle) {
        this.opener = opener;
        this.maxIdle = maxIdle;
    }

    Connection take() throws SQLException {
        Connection raw;
        while ((raw = idle.pollFirst()) != null) {
            if (raw.isValid(2)) return wrap(raw);
            quietly(raw);
        }
        return wrap(opener.open());
    }

    private Connection wrap(Connection raw) {
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
            switch (m.getName()) {
                case "close" -> {
                    if (returned.compareAndSet(false, true)) release(raw);
                    return null;
                }
                case "isClosed" -> {
                    if (returned.get()) return true;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    if (returned.get()) throw new SQLException("the connection is closed");
                }
            }
            try {
                return m.invoke(raw, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private void release(Connection raw) {
        try {
            if (closed || raw.isClosed()) {
                quietly(raw);
                return;
            }
            if (!raw.getAutoCommit()) {
                raw.rollback();
                raw.setAutoCommit(true);
            }
            if (raw.isReadOnly()) raw.setReadOnly(false);
            if (raw.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) raw.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (Statement st = raw.createStatement()) {
                st.execute("DISCARD ALL");
            }
            if (idle.size() < maxIdle && !closed) idle.offerFirst(raw);
            else quietly(raw);
        } catch (SQLException e) {
            quietly(raw);
        }
    }

    void close() {
        closed = true;
        Connection raw;
        while ((raw = idle.pollFirst()) != null) quietly(raw);
    }

    private static void quietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a broken connection: nothing more to do
        }
    }
}
