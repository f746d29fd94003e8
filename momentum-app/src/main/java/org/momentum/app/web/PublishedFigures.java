package org.momentum.app.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.dissemination.ObservationStatus;
import org.momentum.dissemination.RealTime;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.SeriesKey;
import org.momentum.store.Database;
import org.momentum.store.Releases;

/**
 * What the public may see at an instant: the latest public value of each published series, read through the same
 * store queries as the public API ({@link Releases#series}, {@link Releases#vintages}). Never working data.
 * Read lazily and kept: what is public changes only when another release becomes public.
 */
final class PublishedFigures {
    /** One published number; status C (withheld by disclosure control) and M (withdrawn) carry no value. */
    record Figure(double value, ObservationStatus status) {
        static final Figure ABSENT = new Figure(Double.NaN, null);
        boolean shown() { return status == ObservationStatus.NORMAL && !Double.isNaN(value); }
        boolean withheld() { return status == ObservationStatus.CONFIDENTIAL; }
        boolean absent() { return status == null; }
    }

    private final Database db;
    private final Instant now;
    private final Map<String, Releases.PublishedSeries> published = new HashMap<>();
    // shared by concurrent requests while no other release becomes public (DashboardRoutes keeps one)
    private final Map<String, List<RealTimeObservation>> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Map<String, Figure>> periods = new java.util.concurrent.ConcurrentHashMap<>();

    PublishedFigures(Database db, Instant now) {
        this.db = db;
        this.now = now;
        for (Releases.PublishedSeries s : Releases.series(db, now)) published.put(s.key().id(), s);
    }

    boolean any() { return !published.isEmpty(); }

    boolean has(SeriesKey k) { return published.containsKey(k.id()); }

    /** Published level series of a measure (variable "value"), in key order. */
    List<SeriesKey> levels(String measure) {
        List<SeriesKey> out = new ArrayList<>();
        for (Releases.PublishedSeries s : published.values())
            if (s.key().measure().equals(measure) && s.key().variable().equals(SeriesKey.LEVEL)) out.add(s.key());
        out.sort(java.util.Comparator.comparing(SeriesKey::id));
        return out;
    }

    List<SeriesKey> allLevels() {
        List<SeriesKey> out = new ArrayList<>();
        for (Releases.PublishedSeries s : published.values()) if (s.key().variable().equals(SeriesKey.LEVEL)) out.add(s.key());
        out.sort(java.util.Comparator.comparing(SeriesKey::id));
        return out;
    }

    /** The series as public now, oldest first. */
    List<RealTimeObservation> series(SeriesKey k) {
        if (!has(k)) return List.of();
        return cache.computeIfAbsent(k.id(), id -> RealTime.asOf(Releases.vintages(db, k, now), now));
    }

    /** A series' value at a period; a table's cells come from one query for the whole period. */
    Figure at(SeriesKey k, int period) {
        Map<String, Figure> cells = periods.computeIfAbsent(period, this::readPeriod);
        return cells.getOrDefault(k.id(), Figure.ABSENT);
    }

    private Map<String, Figure> readPeriod(int period) {
        Map<String, Figure> out = new HashMap<>();
        for (Map.Entry<SeriesKey, List<org.momentum.dissemination.Vintage>> e : Releases.vintagesAt(db, period, now).entrySet())
            for (RealTimeObservation o : RealTime.asOf(e.getValue(), now))
                out.put(e.getKey().id(), new Figure(o.defined() ? o.value() : Double.NaN, o.status()));
        return out;
    }

    /** The public release of a month with the highest version (its latest word), or -1. */
    long releaseOf(int period) {
        long id = -1;
        int version = 0;
        for (org.momentum.dissemination.Release r : Releases.all(db))
            if (r.period() == period && r.isPublicAt(now) && r.version() > version) { id = r.id(); version = r.version(); }
        return id;
    }

    /** The latest period of a series, or -1. */
    int latest(SeriesKey k) {
        List<RealTimeObservation> s = series(k);
        return s.isEmpty() ? -1 : s.get(s.size() - 1).period();
    }
}
