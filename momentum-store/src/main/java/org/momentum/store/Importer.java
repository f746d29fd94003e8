package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseIndex;
import org.momentum.reports.Report;

/**
 * Applies one file as one transaction. Validated rows are appended to a staging table; {@link #commit} merges
 * them into the current table, moving every superseded row to history (nothing is overwritten), records the
 * batch and an audit entry, and commits. {@link #rollback} leaves the store exactly as it was.
 */
public final class Importer implements AutoCloseable {
    public enum Kind { ENTERPRISES, REPORTS, PRICES }

    private static final String STAGE = "import_stage";

    private final Kind kind;
    private final String actor;
    private BatchInfo info;
    private final Connection c;
    private BulkWriter stage;
    private String[] stageTarget;
    private final long batchId;
    private final Instant started = Instant.now();
    private boolean done;
    private long staged;
    private ReportCodes codes;        // reports into DuckDB: staged as numbers (see ReportCodes)
    private EnterpriseIndex register; // reports: the register the file is checked against

    public Importer(Database db, Kind kind, String actor) { this(db, kind, actor, false); }

    /**
     * @param storeReadsFile reports that the store is to read itself ({@link #startDirectIngest}): the register is
     *                       then loaded for checking ids only, without numbering it for the appender
     */
    public Importer(Database db, Kind kind, String actor, boolean storeReadsFile) {
        this.kind = kind;
        this.actor = actor;
        this.info = new BatchInfo("(not yet read)", "", "", actor);
        try {
            this.c = db.connect();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('import_batch_seq')")) {
                rs.next();
                batchId = rs.getLong(1);
            }
            // staging lives in a temporary table of this connection: never written to disk, gone with the transaction
            String shape = switch (kind) {
                case REPORTS -> "report_stage";
                case ENTERPRISES -> "enterprise_stage";
                case PRICES -> "price_stage";
            };
            if (kind == Kind.REPORTS && storeReadsFile && DirectReportIngest.supported(c)) {
                register = DirectReportIngest.register(c);
            } else if (kind == Kind.REPORTS && ReportCodes.supported(c)) {
                codes = ReportCodes.open(c, batchId);
                register = codes.register();
            } else if (kind == Kind.REPORTS) {
                register = new EnterpriseIndex(Registers.enterpriseIds(c).toArray(new String[0]));
            }
            if (kind != Kind.REPORTS) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TEMP TABLE " + STAGE + " AS SELECT * FROM " + shape + " WHERE 1 = 0");
                }
            }
            // the appender is opened by the thread that appends (DuckDB confines an appender to its thread)
            this.stageTarget = switch (kind) {
                // reports go straight into the report table as revision 1 of this batch (the common case: a new
                // month); commit() moves them through a staging merge only when the store already holds their months
                case REPORTS -> new String[] {"report", "enterprise_id", "period", "indicator", "value", "prev_year_value", "revision", "batch_id"};
                case ENTERPRISES -> new String[] {STAGE, "line", "enterprise_id", "name", "industry", "region", "size", "scope_from", "scope_to"};
                case PRICES -> new String[] {STAGE, "line", "industry", "period", "ppi_yoy"};
            };
        } catch (SQLException e) {
            throw new StoreException("cannot start an import of " + kind + ": " + e.getMessage(), e);
        }
    }

    // Rows are handed in chunks to a writer thread, so that parsing and validation (the caller's thread) and
    // appending to the staging table run on two cores at once.
    private static final int CHUNK = 8192;
    private static final Chunk END = new Chunk(0);
    private final java.util.concurrent.BlockingQueue<Chunk> queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
    private Chunk chunk = new Chunk(CHUNK);

    /** Rows with their lines, in parallel arrays (no boxed line per row). */
    private static final class Chunk {
        final long[] lines;
        final Object[] rows;
        int filled;

        Chunk(int n) {
            lines = new long[n];
            rows = new Object[n];
        }
    }
    private Thread writer;
    private volatile Throwable writerError;
    private int lastPeriod = Integer.MIN_VALUE;
    private String lastPeriodText;

    /** Reports: the register as this import's transaction sees it, numbered. */
    public EnterpriseIndex register() { return register; }

    private DirectReportIngest direct;

    /** True when the store can read a reports file itself (DuckDB), see {@link DirectReportIngest}. */
    public boolean canIngestDirectly() {
        try {
            return kind == Kind.REPORTS && DirectReportIngest.supported(c);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Starts DuckDB reading the file into this batch; rows must then not be added one by one. */
    public void startDirectIngest(java.nio.file.Path file, boolean hasPrevYearValue) {
        direct = new DirectReportIngest(c, batchId, file, hasPrevYearValue);
    }

    /** Waits for the direct read; the number of rows it inserted, or -1 when it failed (the caller then rolls back). */
    public long awaitDirectIngest() {
        try {
            long n = direct.await();
            staged = n;
            return n;
        } catch (SQLException e) {
            trace("direct read failed: " + e.getMessage(), System.nanoTime());
            return -1;
        }
    }

    /** After a direct read of a file with padded fields: trims the batch's text as the Java reader trims it. */
    public void trimDirectIngest() {
        try {
            DirectReportIngest.trimText(c, batchId);
        } catch (SQLException e) {
            rollback();
            throw new StoreException("import failed and was rolled back: " + e.getMessage(), e);
        }
    }

    public void add(long line, Report r) { enqueue(line, r); }

    public void add(long line, Enterprise e) { enqueue(line, e); }

    public void addPrice(long line, String industry, int period, double ppiYoy) {
        enqueue(line, new Object[] {industry, period, ppiYoy});
    }

    private void enqueue(long line, Object row) {
        chunk.lines[chunk.filled] = line;
        chunk.rows[chunk.filled++] = row;
        staged++;
        if (chunk.filled == CHUNK) handOff();
    }

    private void handOff() {
        if (writer == null) {
            writer = new Thread(this::drain, "import-stage-writer");
            writer.setDaemon(true);
            writer.start();
        }
        Chunk full = chunk;
        chunk = new Chunk(CHUNK);
        put(full);
    }

    private void put(Chunk c) {
        try {
            while (!queue.offer(c, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (writerError != null || !writer.isAlive()) throw new StoreException("staging failed: " + writerError, writerError);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("import interrupted", e);
        }
    }

    private void drain() {
        try {
            while (true) {
                Chunk rows = queue.take();
                if (rows == END) {
                    closeStage();
                    return;
                }
                for (int i = 0; i < rows.filled; i++) write(rows.lines[i], rows.rows[i]);
            }
        } catch (Throwable t) {
            writerError = t;
            queue.clear();
        }
    }

    private BulkWriter stage() throws SQLException {
        if (stage == null) {
            String[] cols = java.util.Arrays.copyOfRange(stageTarget, 1, stageTarget.length);
            stage = kind == Kind.REPORTS ? BulkWriter.open(c, stageTarget[0], cols) : BulkWriter.openTemp(c, stageTarget[0], cols);
        }
        return stage;
    }

    /** Completes the appends of the writing thread: every added row is in its table afterwards. */
    private void closeStage() throws SQLException {
        if (codes != null) codes.finish();
        if (stage != null) stage.close();
    }

    private void write(long line, Object row) throws SQLException {
        if (codes != null && row instanceof Report r) {
            codes.add(r);
            return;
        }
        BulkWriter stage = stage();
        if (row instanceof Report r) {
            if (r.period() != lastPeriod) { lastPeriod = r.period(); lastPeriodText = Period.format(lastPeriod); }
            stage.str(r.enterpriseId()).str(lastPeriodText).str(r.indicator()).num(r.value()).num(r.prevYearValue()).intg(1).lng(batchId).endRow();
        } else if (row instanceof Enterprise e) {
            stage.lng(line).str(e.id()).str(e.name()).str(e.industry()).str(e.region()).str(e.size().code())
                    .str(Period.format(e.scopeFrom())).str(e.scopeTo() == Period.OPEN ? null : Period.format(e.scopeTo())).endRow();
        } else {
            Object[] p = (Object[]) row;
            stage.lng(line).str((String) p[0]).str(Period.format((Integer) p[1])).num((Double) p[2]).endRow();
        }
    }

    /** Waits until every added row is in the staging table; rethrows the writer's failure. */
    private void finishStaging() throws SQLException {
        if (writer == null) {
            for (int i = 0; i < chunk.filled; i++) write(chunk.lines[i], chunk.rows[i]);
            chunk.filled = 0;
        } else {
            if (chunk.filled > 0) handOff();
            put(END);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("import interrupted", e);
            }
            if (writerError instanceof SQLException se) throw se;
            if (writerError != null) throw new StoreException("staging failed: " + writerError.getMessage(), writerError);
        }
    }

    private void stopWriter() {
        if (writer == null || !writer.isAlive()) return;
        queue.clear();
        queue.offer(END);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Merges the staged rows and commits; rowsRead and rejected are the reader's counts. */
    public ImportSummary commit(BatchInfo file, long rowsRead, long rejected) {
        this.info = file;
        try {
            long t0 = System.nanoTime();
            finishStaging();
            if (writer == null) closeStage();
            trace("stage flush", t0);
            long revisions, inserted;
            switch (kind) {
                case REPORTS -> {
                    // Fast path: no other batch holds a report of the file's months, so every appended row is new.
                    boolean overlap = exists("SELECT 1 FROM report WHERE batch_id <> ? AND period IN "
                            + "(SELECT DISTINCT period FROM report WHERE batch_id = ?) LIMIT 1", batchId, batchId);
                    if (overlap) {
                        update("CREATE TEMP TABLE import_stage AS SELECT * FROM report_stage WHERE 1 = 0");
                        update("INSERT INTO import_stage (line, enterprise_id, period, indicator, value, prev_year_value) "
                                + "SELECT 0, enterprise_id, period, indicator, value, prev_year_value FROM report WHERE batch_id = ?", batchId);
                        update("DELETE FROM report WHERE batch_id = ?", batchId);
                    }
                    revisions = !overlap ? 0 : update("""
                            INSERT INTO report_history (enterprise_id, period, indicator, value, prev_year_value, revision, batch_id, superseded_by)
                            SELECT r.enterprise_id, r.period, r.indicator, r.value, r.prev_year_value, r.revision, r.batch_id, ?
                            FROM report r JOIN import_stage s
                              ON r.enterprise_id = s.enterprise_id AND r.period = s.period AND r.indicator = s.indicator
                            WHERE NOT (r.value = s.value AND (r.prev_year_value = s.prev_year_value
                                       OR (r.prev_year_value IS NULL AND s.prev_year_value IS NULL)))""", batchId);
                    if (revisions > 0) update("""
                            DELETE FROM report WHERE EXISTS (SELECT 1 FROM report_history h WHERE h.superseded_by = ?
                              AND h.enterprise_id = report.enterprise_id AND h.period = report.period AND h.indicator = report.indicator)""", batchId);
                    if (!overlap) inserted = staged;
                    else inserted = update("""
                            INSERT INTO report (enterprise_id, period, indicator, value, prev_year_value, revision, batch_id)
                            SELECT s.enterprise_id, s.period, s.indicator, s.value, s.prev_year_value, COALESCE(h.revision, 0) + 1, ?
                            FROM import_stage s LEFT JOIN report_history h ON h.superseded_by = ?
                              AND h.enterprise_id = s.enterprise_id AND h.period = s.period AND h.indicator = s.indicator
                            WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.enterprise_id = s.enterprise_id
                              AND r.period = s.period AND r.indicator = s.indicator)""", batchId, batchId);
                    if (overlap) update("DROP TABLE import_stage");
                }
                case ENTERPRISES -> {
                    revisions = update("""
                            INSERT INTO enterprise_history (enterprise_id, name, industry, region, size, scope_from, scope_to, batch_id, superseded_by)
                            SELECT e.enterprise_id, e.name, e.industry, e.region, e.size, e.scope_from, e.scope_to, e.batch_id, ?
                            FROM enterprise e JOIN import_stage s ON e.enterprise_id = s.enterprise_id
                            WHERE NOT (e.name = s.name AND e.industry = s.industry AND e.region = s.region AND e.size = s.size
                                   AND e.scope_from = s.scope_from AND (e.scope_to = s.scope_to OR (e.scope_to IS NULL AND s.scope_to IS NULL)))""", batchId);
                    if (revisions > 0) update("""
                            DELETE FROM enterprise WHERE EXISTS (SELECT 1 FROM enterprise_history h
                              WHERE h.superseded_by = ? AND h.enterprise_id = enterprise.enterprise_id)""", batchId);
                    inserted = update("""
                            INSERT INTO enterprise (enterprise_id, name, industry, region, size, scope_from, scope_to, batch_id)
                            SELECT s.enterprise_id, s.name, s.industry, s.region, s.size, s.scope_from, s.scope_to, ?
                            FROM import_stage s
                            WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.enterprise_id = s.enterprise_id)""", batchId);
                    update("DROP TABLE import_stage");
                }
                default -> {
                    revisions = update("""
                            INSERT INTO price_index_history (industry, period, ppi_yoy, batch_id, superseded_by)
                            SELECT p.industry, p.period, p.ppi_yoy, p.batch_id, ? FROM price_index p JOIN import_stage s
                              ON p.industry = s.industry AND p.period = s.period WHERE p.ppi_yoy <> s.ppi_yoy""", batchId);
                    if (revisions > 0) update("""
                            DELETE FROM price_index WHERE EXISTS (SELECT 1 FROM price_index_history h WHERE h.superseded_by = ?
                              AND h.industry = price_index.industry AND h.period = price_index.period)""", batchId);
                    inserted = update("""
                            INSERT INTO price_index (industry, period, ppi_yoy, batch_id)
                            SELECT s.industry, s.period, s.ppi_yoy, ? FROM import_stage s
                            WHERE NOT EXISTS (SELECT 1 FROM price_index p WHERE p.industry = s.industry AND p.period = s.period)""", batchId);
                    update("DROP TABLE import_stage");
                }
            }
            trace("merge", t0);
            long unchanged = staged - inserted;
            String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO import_batch (id, kind, file_name, file_sha256, encoding, actor, started_at, finished_at,
                      rows_read, rows_applied, rows_rejected, rows_unchanged, revisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, batchId);
                ps.setString(2, kindName);
                ps.setString(3, info.fileName());
                ps.setString(4, info.sha256());
                ps.setString(5, info.encoding());
                ps.setString(6, info.actor());
                ps.setTimestamp(7, Timestamp.from(started));
                ps.setTimestamp(8, Timestamp.from(Instant.now()));
                ps.setLong(9, rowsRead);
                ps.setLong(10, inserted);
                ps.setLong(11, rejected);
                ps.setLong(12, unchanged);
                ps.setLong(13, revisions);
                ps.executeUpdate();
            }
            AuditLog.append(c, info.actor(), "import." + kindName, "import_batch", Long.toString(batchId),
                    "file=" + info.fileName() + " sha256=" + info.sha256() + " read=" + rowsRead + " applied=" + inserted
                            + " revisions=" + revisions + " unchanged=" + unchanged + " rejected=" + rejected
                            + (revisions > 0 ? "; " + revisionSample(revisions) : ""));
            trace("batch+audit", t0);
            c.commit();
            trace("commit", t0);
            done = true;
            return new ImportSummary(kindName, info.fileName(), batchId, rowsRead, inserted, rejected, unchanged, revisions);
        } catch (SQLException e) {
            rollback();
            throw new StoreException("import of " + info.fileName() + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    public long batchId() { return batchId; }

    /** Rows shown before -> after in the audit entry of an import that replaced rows; all of them are in the *_history tables. */
    static final int AUDITED_REVISIONS = 10;

    /** The first replaced rows of this batch, before -> after (the rest are in the history table under superseded_by = batch). */
    private String revisionSample(long revisions) throws SQLException {
        String sql = switch (kind) {
            case REPORTS -> "SELECT h.enterprise_id || ' ' || h.period || ' ' || h.indicator,"
                    + " CAST(h.value AS VARCHAR) || ' (prev year ' || COALESCE(CAST(h.prev_year_value AS VARCHAR), '-') || ')',"
                    + " CAST(r.value AS VARCHAR) || ' (prev year ' || COALESCE(CAST(r.prev_year_value AS VARCHAR), '-') || ')'"
                    + " FROM report_history h JOIN report r ON r.batch_id = h.superseded_by AND r.enterprise_id = h.enterprise_id"
                    + " AND r.period = h.period AND r.indicator = h.indicator WHERE h.superseded_by = ? ORDER BY 1 LIMIT ?";
            case ENTERPRISES -> "SELECT h.enterprise_id,"
                    + " h.name || '|' || h.industry || '|' || h.region || '|' || h.size || '|' || h.scope_from || '|' || COALESCE(h.scope_to, ''),"
                    + " e.name || '|' || e.industry || '|' || e.region || '|' || e.size || '|' || e.scope_from || '|' || COALESCE(e.scope_to, '')"
                    + " FROM enterprise_history h JOIN enterprise e ON e.batch_id = h.superseded_by AND e.enterprise_id = h.enterprise_id"
                    + " WHERE h.superseded_by = ? ORDER BY 1 LIMIT ?";
            default -> "SELECT h.industry || ' ' || h.period, CAST(h.ppi_yoy AS VARCHAR), CAST(p.ppi_yoy AS VARCHAR)"
                    + " FROM price_index_history h JOIN price_index p ON p.batch_id = h.superseded_by AND p.industry = h.industry"
                    + " AND p.period = h.period WHERE h.superseded_by = ? ORDER BY 1 LIMIT ?";
        };
        String history = switch (kind) { case REPORTS -> "report_history"; case ENTERPRISES -> "enterprise_history"; default -> "price_index_history"; };
        StringBuilder b = new StringBuilder("before -> after");
        if (revisions > AUDITED_REVISIONS) b.append(" (first ").append(AUDITED_REVISIONS).append(" of ").append(revisions).append(", all in ").append(history).append(')');
        b.append(':');
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, batchId);
            ps.setInt(2, AUDITED_REVISIONS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) b.append(' ').append(rs.getString(1)).append(": ").append(rs.getString(2)).append(" -> ").append(rs.getString(3)).append(';');
            }
        }
        return b.toString();
    }

    private static final boolean TRACE = Boolean.getBoolean("momentum.trace");

    private static void trace(String what, long t0) {
        if (TRACE) System.err.printf("  [import] %s done at %.2f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    private boolean exists(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long update(String sql, Object... args) throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            return ps.executeLargeUpdate();
        } finally {
            trace(sql.strip().lines().findFirst().orElse(""), t0);
        }
    }

    /** Discards everything staged: the store is as it was before the import started. */
    public void rollback() {
        if (done) return;
        done = true;
        try {
            stopWriter();
            if (direct != null) direct.cancel();
            if (writer == null && codes != null) codes.abandon();
            if (writer == null && stage != null) {
                try { stage.close(); } catch (SQLException ignored) { /* the rollback below discards the rows anyway */ }
            }
            c.rollback();
        } catch (SQLException e) {
            throw new StoreException("rollback of " + info.fileName() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (!done) rollback();
            c.close();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
