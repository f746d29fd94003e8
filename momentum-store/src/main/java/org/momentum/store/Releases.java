package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.momentum.classification.Period;
import org.momentum.dissemination.ObservationStatus;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseLifecycle;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Vintage;

/**
 * Releases and their observations in the store. Every step goes through {@link ReleaseLifecycle} (which refuses
 * any change to a published release) and the audit log, in one transaction. Publication keeps of a release only
 * what is new or changed against what was public, so each published row is a vintage (see V5__releases.sql).
 */
public final class Releases {
    /** Relative difference below which a recomputed number is the same number (summation order, not data). */
    static final double SAME = 1e-12;
    /** Publications committed in this JVM: a cache of published data is current while this has not moved. */
    private static final java.util.concurrent.atomic.AtomicLong PUBLICATIONS = new java.util.concurrent.atomic.AtomicLong();

    private Releases() {}

    /** The observations of a new release, written as they are produced (a cube can be millions of numbers). */
    @FunctionalInterface
    public interface ObservationSource {
        void forEach(Consumer<ReleaseObservation> out) throws SQLException;
    }

    /** What a new release is: its month, cut-off and optional embargo, and for a correction what and why. */
    /**
     * @param source where the observations came from when the release did not compute them all from its snapshot (e.g.
     *               "cube=FILE sha256=HEX"), appended to the audit entry of the creation; null when it did
     */
    public record NewRelease(int period, Instant cutoff, Instant embargoAt, long correctionOf, String reason, String components, String source) {
        public NewRelease(int period, Instant cutoff, Instant embargoAt, long correctionOf, String reason, String components) {
            this(period, cutoff, embargoAt, correctionOf, reason, components, null);
        }
    }

    private static final String COLUMNS = "id, period, version, status, cutoff, embargo_at, created_at, created_by, approved_at, approved_by, "
            + "published_at, published_by, correction_of, reason";

    /**
     * What a component keeps with a release besides observations — tables of its own keyed by the release id (the
     * outlook, the targets board) — written in the transaction that creates the release.
     */
    @FunctionalInterface
    public interface Attachment {
        void write(Connection c, long releaseId) throws SQLException;
    }

    /** Creates a draft with the observations of {@code source}; refused by the rules of {@link ReleaseLifecycle#newVersion}. */
    public static Release create(Database db, NewRelease spec, String user, Instant now, ObservationSource source) {
        return create(db, spec, user, now, source, List.of());
    }

    /** The same, with the components' attachments written under the new release's id. */
    public static Release create(Database db, NewRelease spec, String user, Instant now, ObservationSource source, List<Attachment> attachments) {
        return db.inTransaction(c -> {
            ReleaseLifecycle.NewVersion v = ReleaseLifecycle.newVersion(spec.period(), ofPeriod(c, spec.period()), spec.correctionOf(), spec.reason());
            long id;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('release_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO release (" + COLUMNS + ", components) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, Period.format(spec.period()));
                ps.setInt(3, v.version());
                ps.setString(4, ReleaseStatus.DRAFT.name());
                ps.setTimestamp(5, Timestamp.from(spec.cutoff()));
                setInstant(ps, 6, spec.embargoAt());
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setString(8, user);
                if (v.correctionOf() == 0) ps.setNull(9, java.sql.Types.BIGINT);
                else ps.setLong(9, v.correctionOf());
                ps.setString(10, v.reason());
                ps.setString(11, spec.components());
                ps.executeUpdate();
            }
            long[] n = {0};
            try (BulkWriter w = BulkWriter.open(c, "release_observation", "release_id", "measure", "industry", "region", "variable", "period", "value", "status")) {
                String[] periodText = {null};
                int[] lastPeriod = {Integer.MIN_VALUE};
                source.forEach(o -> {
                    if (o.period() > spec.period())
                        throw new IllegalArgumentException("release of " + Period.format(spec.period()) + " cannot hold " + o.series().id() + " " + Period.format(o.period()));
                    if (o.period() != lastPeriod[0]) { lastPeriod[0] = o.period(); periodText[0] = Period.format(o.period()); }
                    SeriesKey k = o.series();
                    try {
                        w.lng(id).str(k.measure()).str(k.industry()).str(k.region()).str(k.variable()).str(periodText[0])
                                .num(o.value()).str(o.status().code()).endRow();
                    } catch (SQLException e) {
                        throw new StoreException("cannot write release observations: " + e.getMessage(), e);
                    }
                    n[0]++;
                });
            }
            for (Attachment a : attachments) a.write(c, id);
            AuditLog.append(c, user, "release.create", "release", Long.toString(id), "before: none; after: draft, period=" + Period.format(spec.period())
                    + " version=" + v.version() + " cutoff=" + spec.cutoff() + " embargo=" + spec.embargoAt() + " observations=" + n[0]
                    + " components=" + spec.components() + (spec.source() == null ? "" : " " + spec.source())
                    + (v.correctionOf() == 0 ? "" : " correction_of=" + v.correctionOf() + " reason=" + v.reason()));
            return read(c, id);
        });
    }

    /** A publisher approves a draft (with its embargo time, or a new one). */
    public static Release approve(Database db, long id, String user, Instant embargoAt, Instant now) {
        return db.inTransaction(c -> {
            Release r = ReleaseLifecycle.approve(require(c, id), user, embargoAt, now);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE release SET status = ?, embargo_at = ?, approved_at = ?, approved_by = ? WHERE id = ? AND status = ?")) {
                ps.setString(1, r.status().name());
                setInstant(ps, 2, r.embargoAt());
                setInstant(ps, 3, r.approvedAt());
                ps.setString(4, user);
                ps.setLong(5, id);
                ps.setString(6, ReleaseStatus.DRAFT.name());
                requireOneRow(ps.executeUpdate(), id);
            }
            AuditLog.append(c, user, "release.approve", "release", Long.toString(id), "before: draft; after: approved, embargo=" + r.embargoAt());
            return read(c, id);
        });
    }

    /** Withdraws a draft or approved release; its observations are deleted, the record stays. */
    public static Release discard(Database db, long id, String user) {
        return db.inTransaction(c -> {
            Release was = require(c, id);
            Release r = ReleaseLifecycle.discard(was);
            try (PreparedStatement ps = c.prepareStatement("UPDATE release SET status = ? WHERE id = ? AND status IN (?, ?)")) {
                ps.setString(1, r.status().name());
                ps.setLong(2, id);
                ps.setString(3, ReleaseStatus.DRAFT.name());
                ps.setString(4, ReleaseStatus.APPROVED.name());
                requireOneRow(ps.executeUpdate(), id);
            }
            long deleted = update(c, "DELETE FROM release_observation WHERE release_id = ?", id);
            PublishedOutlook.delete(c, id);
            PublishedTargets.delete(c, id);
            AuditLog.append(c, user, "release.discard", "release", Long.toString(id), "before: " + was.status().name().toLowerCase(java.util.Locale.ROOT) + "; after: discarded, observations deleted=" + deleted);
            return read(c, id);
        });
    }

    /**
     * Publishes an approved release at {@code now} (at or after its embargo, or earlier when {@code forced}).
     * Its rows become vintages: numbers equal to what was public are dropped, numbers public before but no longer
     * computed (for the variables the release holds, months up to its own) are withdrawn with status M.
     */
    public static Release publish(Database db, long id, String user, Instant now, boolean forced) {
        try {
            return db.inTransaction(c -> publish(c, id, user, now, forced));
        } finally {
            PUBLICATIONS.incrementAndGet(); // after the commit (or a failure: a needless reload is harmless)
        }
    }

    /**
     * Publications committed by this JVM so far. A DuckDB file is written by one process only (it holds the file's
     * lock), so there this counts every publication; with PostgreSQL another process may publish: see {@link #publishedState}.
     */
    public static long publications() { return PUBLICATIONS.get(); }

    /** What identifies the set of published releases (count, newest id, latest publication): one cheap query. */
    public static String publishedState(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), MAX(id), MAX(published_at) FROM release WHERE status = 'PUBLISHED'"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getTimestamp(3);
        } catch (SQLException e) {
            throw new StoreException("cannot read releases: " + e.getMessage(), e);
        }
    }

    /** The scheduler's step: publishes every approved release whose embargo time has come, oldest first. */
    public static List<Release> publishDue(Database db, Instant now, String user) {
        List<Long> due = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM release WHERE status = ? AND embargo_at <= ? ORDER BY embargo_at, id")) {
            ps.setString(1, ReleaseStatus.APPROVED.name());
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) due.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read releases: " + e.getMessage(), e);
        }
        List<Release> out = new ArrayList<>();
        for (long id : due) out.add(publish(db, id, user, now, false));
        return out;
    }

    private static Release publish(Connection c, long id, String user, Instant now, boolean forced) throws SQLException {
        Release r = ReleaseLifecycle.publish(require(c, id), user, now, forced);
        String period = Period.format(r.period());
        update(c, """
                CREATE TEMP TABLE release_latest AS
                SELECT measure, industry, region, variable, period, value, status FROM (
                  SELECT o.measure, o.industry, o.region, o.variable, o.period, o.value, o.status,
                         ROW_NUMBER() OVER (PARTITION BY o.measure, o.industry, o.region, o.variable, o.period
                                            ORDER BY r.published_at DESC, r.id DESC) AS rn
                  FROM release_observation o JOIN release r ON r.id = o.release_id WHERE r.status = 'PUBLISHED') x
                WHERE rn = 1""");
        long withdrawn = update(c, """
                INSERT INTO release_observation (release_id, measure, industry, region, variable, period, value, status)
                SELECT ?, l.measure, l.industry, l.region, l.variable, l.period, NULL, 'M' FROM release_latest l
                WHERE l.status <> 'M' AND l.period <= ?
                  AND l.variable IN (SELECT DISTINCT variable FROM release_observation WHERE release_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM release_observation o WHERE o.release_id = ? AND o.measure = l.measure
                    AND o.industry = l.industry AND o.region = l.region AND o.variable = l.variable AND o.period = l.period)""",
                id, period, id, id);
        long unchanged = update(c, """
                DELETE FROM release_observation WHERE release_id = ? AND EXISTS (SELECT 1 FROM release_latest l
                  WHERE l.measure = release_observation.measure AND l.industry = release_observation.industry
                    AND l.region = release_observation.region AND l.variable = release_observation.variable
                    AND l.period = release_observation.period AND l.status = release_observation.status
                    AND ((l.value IS NULL AND release_observation.value IS NULL)
                      OR ABS(l.value - release_observation.value) <= ? * GREATEST(ABS(l.value), ABS(release_observation.value))))""",
                id, SAME);
        update(c, "DROP TABLE release_latest");
        Timestamp at = Timestamp.from(now);
        update(c, """
                UPDATE release_series SET last_release_id = ?, last_published_at = ? WHERE EXISTS (SELECT 1 FROM release_observation o
                  WHERE o.release_id = ? AND o.measure = release_series.measure AND o.industry = release_series.industry
                    AND o.region = release_series.region AND o.variable = release_series.variable)""", id, at, id);
        update(c, """
                -- typed parameters: PostgreSQL takes an untyped parameter under DISTINCT as text
                INSERT INTO release_series (measure, industry, region, variable, first_release_id, first_published_at, last_release_id, last_published_at)
                SELECT DISTINCT o.measure, o.industry, o.region, o.variable,
                  CAST(? AS BIGINT), CAST(? AS TIMESTAMP), CAST(? AS BIGINT), CAST(? AS TIMESTAMP) FROM release_observation o
                WHERE o.release_id = ? AND o.status <> 'M' AND NOT EXISTS (SELECT 1 FROM release_series s WHERE s.measure = o.measure
                  AND s.industry = o.industry AND s.region = o.region AND s.variable = o.variable)""", id, at, id, at, id);
        try (PreparedStatement ps = c.prepareStatement("UPDATE release SET status = ?, published_at = ?, published_by = ? WHERE id = ? AND status = ?")) {
            ps.setString(1, ReleaseStatus.PUBLISHED.name());
            ps.setTimestamp(2, at);
            ps.setString(3, user);
            ps.setLong(4, id);
            ps.setString(5, ReleaseStatus.APPROVED.name());
            requireOneRow(ps.executeUpdate(), id);
        }
        long kept = count(c, "SELECT COUNT(*) FROM release_observation WHERE release_id = ?", id);
        AuditLog.append(c, user, "release.publish", "release", Long.toString(id), "before: approved; after: published " + (forced ? "forced before embargo " + r.embargoAt() : "at embargo " + r.embargoAt())
                + " period=" + period + " version=" + r.version() + " vintages=" + kept + " (withdrawn=" + withdrawn + ") unchanged=" + unchanged);
        return read(c, id);
    }

    public static Release get(Database db, long id) {
        try (Connection c = db.connect()) {
            return read(c, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read release " + id + ": " + e.getMessage(), e);
        }
    }

    /** Every release, by month and version. */
    public static List<Release> all(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM release ORDER BY period, version, id")) {
            return list(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read releases: " + e.getMessage(), e);
        }
    }

    /** Every vintage of one series from the releases published at or before {@code upTo}. */
    public static List<Vintage> vintages(Database db, SeriesKey k, Instant upTo) {
        String sql = """
                SELECT o.period, o.value, o.status, r.id, r.published_at FROM release_observation o JOIN release r ON r.id = o.release_id
                WHERE r.status = 'PUBLISHED' AND r.published_at <= ? AND o.measure = ? AND o.industry = ? AND o.region = ? AND o.variable = ?""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(upTo));
            ps.setString(2, k.measure());
            ps.setString(3, k.industry());
            ps.setString(4, k.region());
            ps.setString(5, k.variable());
            List<Vintage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(2);
                    if (rs.wasNull()) v = Double.NaN;
                    out.add(new Vintage(Period.parse(rs.getString(1)), v, ObservationStatus.ofCode(rs.getString(3)), rs.getLong(4), rs.getTimestamp(5).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read vintages of " + k.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every vintage of each of these series, from the releases published at or before {@code upTo}, in one query:
     * the rows of the dimension codes they use (bound as parameters; a dimension with very many codes is filtered
     * here instead), then only the series asked. A series with no vintage maps to an empty list.
     */
    public static java.util.Map<SeriesKey, List<Vintage>> vintages(Database db, java.util.Collection<SeriesKey> keys, Instant upTo) {
        java.util.Map<SeriesKey, List<Vintage>> out = new java.util.LinkedHashMap<>();
        for (SeriesKey k : keys) out.put(k, new ArrayList<>());
        if (out.isEmpty()) return out;
        List<java.util.function.Function<SeriesKey, String>> dims = List.of(SeriesKey::measure, SeriesKey::industry, SeriesKey::region, SeriesKey::variable);
        List<String> columns = List.of("o.measure", "o.industry", "o.region", "o.variable");
        StringBuilder sql = new StringBuilder("""
                SELECT o.measure, o.industry, o.region, o.variable, o.period, o.value, o.status, r.id, r.published_at
                FROM release_observation o JOIN release r ON r.id = o.release_id
                WHERE r.status = 'PUBLISHED' AND r.published_at <= ?""");
        List<String> params = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            java.util.Set<String> codes = new java.util.TreeSet<>();
            for (SeriesKey k : out.keySet()) codes.add(dims.get(d).apply(k));
            if (codes.size() > 500) continue; // a superset, narrowed below
            sql.append(" AND ").append(columns.get(d)).append(" IN (").append("?,".repeat(codes.size() - 1)).append("?)");
            params.addAll(codes);
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setTimestamp(1, Timestamp.from(upTo));
            for (int i = 0; i < params.size(); i++) ps.setString(i + 2, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Vintage> l = out.get(new SeriesKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    if (l == null) continue;
                    double v = rs.getDouble(6);
                    if (rs.wasNull()) v = Double.NaN;
                    l.add(new Vintage(Period.parse(rs.getString(5)), v, ObservationStatus.ofCode(rs.getString(7)), rs.getLong(8), rs.getTimestamp(9).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read vintages of " + out.size() + " series: " + e.getMessage(), e);
        }
    }

    /** Receives the published vintages series by series. */
    @FunctionalInterface
    public interface VintageSink {
        void accept(SeriesKey series, Vintage vintage);
    }

    /** How many vintages the published releases hold (to decide whether they fit in memory). */
    public static long publishedVintageCount(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM release_observation o JOIN release r ON r.id = o.release_id WHERE r.status = 'PUBLISHED'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count vintages: " + e.getMessage(), e);
        }
    }

    /** Every vintage of every published release, in one scan, grouped by series (consecutive rows of a series share its key). */
    public static void publishedVintages(Database db, VintageSink sink) {
        String sql = """
                SELECT o.measure, o.industry, o.region, o.variable, o.period, o.value, o.status, r.id, r.published_at
                FROM release_observation o JOIN release r ON r.id = o.release_id WHERE r.status = 'PUBLISHED'
                ORDER BY o.measure, o.industry, o.region, o.variable""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            SeriesKey k = null;
            java.util.Map<Long, Instant> published = new java.util.HashMap<>();
            while (rs.next()) {
                String m = rs.getString(1), i = rs.getString(2), g = rs.getString(3), v = rs.getString(4);
                if (k == null || !k.measure().equals(m) || !k.industry().equals(i) || !k.region().equals(g) || !k.variable().equals(v))
                    k = new SeriesKey(m, i, g, v);
                double value = rs.getDouble(6);
                if (rs.wasNull()) value = Double.NaN;
                long release = rs.getLong(8);
                Instant at = published.get(release);
                if (at == null) published.put(release, at = rs.getTimestamp(9).toInstant());
                sink.accept(k, new Vintage(Period.parse(rs.getString(5)), value, ObservationStatus.ofCode(rs.getString(7)), release, at));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read published vintages: " + e.getMessage(), e);
        }
    }

    /** Every vintage of every series at one period, from the releases published at or before {@code upTo} (one query for a table). */
    public static java.util.Map<SeriesKey, List<Vintage>> vintagesAt(Database db, int period, Instant upTo) {
        return vintagesAt(db, period, upTo, null);
    }

    /** As {@link #vintagesAt(Database, int, Instant)}, of one region's series only (null: every region). */
    public static java.util.Map<SeriesKey, List<Vintage>> vintagesAt(Database db, int period, Instant upTo, String region) {
        String sql = """
                SELECT o.measure, o.industry, o.region, o.variable, o.value, o.status, r.id, r.published_at
                FROM release_observation o JOIN release r ON r.id = o.release_id
                WHERE r.status = 'PUBLISHED' AND r.published_at <= ? AND o.period = ?""" + (region == null ? "" : " AND o.region = ?");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(upTo));
            ps.setString(2, Period.format(period));
            if (region != null) ps.setString(3, region);
            java.util.Map<SeriesKey, List<Vintage>> out = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(5);
                    if (rs.wasNull()) v = Double.NaN;
                    SeriesKey k = new SeriesKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    out.computeIfAbsent(k, x -> new ArrayList<>())
                            .add(new Vintage(period, v, ObservationStatus.ofCode(rs.getString(6)), rs.getLong(7), rs.getTimestamp(8).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read vintages of " + Period.format(period) + ": " + e.getMessage(), e);
        }
    }

    /** A published series with the first and latest release that published it. */
    public record PublishedSeries(SeriesKey key, long firstRelease, Instant firstPublishedAt, long lastRelease, Instant lastPublishedAt) {}

    /** The series public at {@code asOf}, in key order. */
    public static List<PublishedSeries> series(Database db, Instant asOf) {
        String sql = """
                SELECT measure, industry, region, variable, first_release_id, first_published_at, last_release_id, last_published_at
                FROM release_series WHERE first_published_at <= ? ORDER BY measure, industry, region, variable""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(asOf));
            List<PublishedSeries> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new PublishedSeries(new SeriesKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getLong(7), rs.getTimestamp(8).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read published series: " + e.getMessage(), e);
        }
    }

    /** One series if it was public at {@code asOf}, else null. */
    public static PublishedSeries series(Database db, SeriesKey k, Instant asOf) {
        String sql = "SELECT first_release_id, first_published_at, last_release_id, last_published_at FROM release_series"
                + " WHERE measure = ? AND industry = ? AND region = ? AND variable = ? AND first_published_at <= ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, k.measure());
            ps.setString(2, k.industry());
            ps.setString(3, k.region());
            ps.setString(4, k.variable());
            ps.setTimestamp(5, Timestamp.from(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return new PublishedSeries(k, rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getTimestamp(4).toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read published series: " + e.getMessage(), e);
        }
    }

    /** The variables of the published series (for reading series ids). */
    public static java.util.Set<String> variables(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT variable FROM release_series");
             ResultSet rs = ps.executeQuery()) {
            java.util.Set<String> out = new java.util.HashSet<>(SeriesKey.INDICATOR_VARIABLES);
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read published series: " + e.getMessage(), e);
        }
    }

    public static long observationCount(Database db, long releaseId) {
        try (Connection c = db.connect()) {
            return count(c, "SELECT COUNT(*) FROM release_observation WHERE release_id = ?", releaseId);
        } catch (SQLException e) {
            throw new StoreException("cannot read release " + releaseId + ": " + e.getMessage(), e);
        }
    }

    /** The rows of one release in series and month order, a page at a time. */
    public static List<ReleaseObservation> observations(Database db, long releaseId, int limit, long offset) {
        String sql = """
                SELECT measure, industry, region, variable, period, value, status FROM release_observation WHERE release_id = ?
                ORDER BY measure, industry, region, variable, period LIMIT ? OFFSET ?""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, releaseId);
            ps.setInt(2, limit);
            ps.setLong(3, offset);
            List<ReleaseObservation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(6);
                    if (rs.wasNull()) v = Double.NaN;
                    out.add(new ReleaseObservation(new SeriesKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            Period.parse(rs.getString(5)), v, ObservationStatus.ofCode(rs.getString(7))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read release " + releaseId + ": " + e.getMessage(), e);
        }
    }

    /** One release's own rows at one period and region (a draft's numbers, which publication has not pruned yet). */
    public static List<ReleaseObservation> observationsAt(Database db, long releaseId, int period, String region) {
        String sql = """
                SELECT measure, industry, region, variable, value, status FROM release_observation
                WHERE release_id = ? AND period = ? AND region = ? ORDER BY measure, industry, variable""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, releaseId);
            ps.setString(2, Period.format(period));
            ps.setString(3, region);
            List<ReleaseObservation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(5);
                    if (rs.wasNull()) v = Double.NaN;
                    out.add(new ReleaseObservation(new SeriesKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            period, v, ObservationStatus.ofCode(rs.getString(6))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read release " + releaseId + " at " + Period.format(period) + ": " + e.getMessage(), e);
        }
    }

    private static List<Release> ofPeriod(Connection c, int period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM release WHERE period = ? ORDER BY version, id")) {
            ps.setString(1, Period.format(period));
            return list(ps);
        }
    }

    private static Release require(Connection c, long id) throws SQLException {
        Release r = read(c, id);
        if (r == null) throw new org.momentum.dissemination.ReleaseRuleException("there is no release " + id);
        return r;
    }

    private static Release read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM release WHERE id = ?")) {
            ps.setLong(1, id);
            List<Release> l = list(ps);
            return l.isEmpty() ? null : l.get(0);
        }
    }

    private static List<Release> list(PreparedStatement ps) throws SQLException {
        List<Release> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long corr = rs.getLong(13);
                if (rs.wasNull()) corr = 0;
                out.add(new Release(rs.getLong(1), Period.parse(rs.getString(2)), rs.getInt(3), ReleaseStatus.valueOf(rs.getString(4)),
                        instant(rs, 5), instant(rs, 6), instant(rs, 7), rs.getString(8), instant(rs, 9), rs.getString(10),
                        instant(rs, 11), rs.getString(12), corr, rs.getString(14)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }

    private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) ps.setNull(i, java.sql.Types.TIMESTAMP);
        else ps.setTimestamp(i, Timestamp.from(t));
    }

    private static void requireOneRow(int n, long id) {
        if (n != 1) throw new StoreException("release " + id + " changed while it was being updated; try again");
    }

    private static long update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            return ps.executeLargeUpdate();
        }
    }

    private static long count(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
