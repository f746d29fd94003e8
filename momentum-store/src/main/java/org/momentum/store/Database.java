package org.momentum.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;

/**
 * The store: a JDBC database migrated by Flyway. DuckDB (one file, embedded) is the default; a
 * {@code jdbc:postgresql:} URL selects a server. DuckDB allows one process per file, so the process keeps one
 * root connection and hands out duplicates of it.
 */
public final class Database implements AutoCloseable {
    /** DuckDB's WAL size that triggers a checkpoint (see {@link #open(String, String)}). */
    public static final String CHECKPOINT_THRESHOLD = "256MB";
    public static final String DEFAULT_URL = "jdbc:duckdb:momentum-data/momentum.duckdb";

    private final String url;
    private final DuckDBConnection duckRoot;
    private final AuditChainLock auditChain;

    private Database(String url, DuckDBConnection duckRoot) {
        this.url = url;
        this.duckRoot = duckRoot;
        this.auditChain = duckRoot == null ? null : new AuditChainLock(duckRoot);
        this.pool = new ConnectionPool(() -> DriverManager.getConnection(url), 16);
    }

    /** The URL from {@code --db}, else {@code MOMENTUM_DB}, else the default DuckDB file. */
    public static String resolveUrl(String option) {
        if (option != null && !option.isBlank()) return option;
        String env = System.getenv("MOMENTUM_DB");
        if (env != null && !env.isBlank()) return env;
        return DEFAULT_URL;
    }

    /** Opens (creating the DuckDB file and its folder if needed) and migrates to the latest schema. */
    public static Database open(String url) { return open(url, null); }

    /**
     * Opens and migrates up to {@code version} only (null: the latest), e.g. to restore a backup taken at that
     * version before the later migrations run over its data; {@link #migrate()} then finishes.
     */
    public static Database open(String url, String version) {
        try {
            if (url.startsWith("jdbc:duckdb:")) {
                String path = url.substring("jdbc:duckdb:".length());
                int q = path.indexOf('?');
                if (q >= 0) path = path.substring(0, q);
                if (!path.isEmpty() && !path.startsWith(":memory:")) {
                    Path parent = Path.of(path).toAbsolutePath().getParent();
                    if (parent != null) Files.createDirectories(parent);
                }
                DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection(url);
                try (var st = root.createStatement()) {
                    // DuckDB checkpoints inside the commit that fills the WAL to this size, and a checkpoint rewrites
                    // the tables' indexes whole: at the default 16 MB a burst of submissions stalled every 2 s for up
                    // to half a second (issue 9). 256 MB makes that rare; recovery replays at most that much WAL.
                    st.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
                }
                Database db = new Database(url, root);
                db.migrate(version);
                return db;
            }
            Database db = new Database(url, null);
            db.migrate(version);
            return db;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open database " + url + ": " + e.getMessage(), e);
        }
    }

    /** Applies every pending migration. */
    public void migrate() { migrate(null); }

    private void migrate(String version) {
        // Flyway gets a data source that hands out duplicates of our root connection: a second DuckDB instance
        // on the same file in one process would be refused by DuckDB's file lock.
        var config = flyway();
        if (version != null) config.target(version);
        config.load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        // db/migration holds the portable schema (one source of truth for both databases); a migration that cannot
        // be written portably goes, with the same version, into db/vendor/duckdb and db/vendor/postgresql (README)
        String vendor = "classpath:db/vendor/" + (isDuckDb() ? "duckdb" : "postgresql");
        return Flyway.configure().dataSource(new ConnectionDataSource(this)).locations("classpath:db/migration", vendor);
    }

    /** Migrations known to this build but not applied to the database (readiness: 0). */
    public int pendingMigrations() {
        return flyway().load().info().pending().length;
    }

    public String url() { return url; }

    public boolean isDuckDb() { return duckRoot != null; }

    /** A new connection (autocommit on); the caller closes it. */
    public Connection connect() {
        try {
            if (duckRoot != null) return auditChain.wrap((DuckDBConnection) duckRoot.duplicate());
            return pool.take();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL: closed connections go back to a small pool instead of ending their server process, since a new one
     * (a backend forked and authenticated) costs more than most of what the server does with it (issue 9: a request
     * authenticates its token with a connection of its own). Returned connections are reset to a new session's state.
     */
    private final ConnectionPool pool;

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable t) {
                c.rollback();
                throw t;
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public void close() {
        pool.close();
        try {
            if (duckRoot != null) duckRoot.close();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
