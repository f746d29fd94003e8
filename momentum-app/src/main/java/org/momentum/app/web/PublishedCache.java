package org.momentum.app.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.momentum.dissemination.SeriesKey;
import org.momentum.dissemination.Vintage;
import org.momentum.store.Database;
import org.momentum.store.Releases;

/**
 * Published releases in memory. A published release never changes (corrections are new releases), so what was read
 * stays true until the next publication; only the instant that decides what is public varies, and that filter is
 * applied here, per request, to the vintages held. At each publication the list of published series is read, and every
 * vintage in one scan when they fit under {@link #MAX_VINTAGES} (else each series' on first use). Current while {@link Releases#publications()} has not moved (DuckDB: this process is
 * the only writer), or, on PostgreSQL where another process may publish, while {@link Releases#publishedState} is the same.
 */
final class PublishedCache {
    /** At most this many vintages are held (a bound on memory, ~50 B each); past it the held ones are dropped and read again as asked. */
    static final long MAX_VINTAGES = 4_000_000;
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");
    private static final Map<Database, PublishedCache> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

    /** Weak: the map of caches is keyed by the database, and must not keep a closed one (and its releases) alive. */
    private final java.lang.ref.WeakReference<Database> database;
    private volatile Snapshot snapshot;

    private PublishedCache(Database db) { this.database = new java.lang.ref.WeakReference<>(db); }

    private Database db() {
        Database db = database.get();
        if (db == null) throw new IllegalStateException("the database of this cache is gone");
        return db;
    }

    /** The one cache of this database (routes built separately share it). */
    static PublishedCache of(Database db) {
        return BY_DATABASE.computeIfAbsent(db, PublishedCache::new);
    }

    private record Snapshot(Object version, List<Releases.PublishedSeries> series, Map<SeriesKey, Releases.PublishedSeries> byKey,
                            Set<String> variables, ConcurrentHashMap<SeriesKey, List<Vintage>> vintages, AtomicLong held,
                            ConcurrentHashMap<Object, Object> memo, AtomicLong memoWeight) {}

    /** The memo's budget (its results' weight, e.g. characters): an eighth of the heap, at most 256 M; past it the memo starts again. */
    static final long MAX_MEMO_WEIGHT = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

    /**
     * A result computed from the published data only (not from the instant asked), kept until the next publication:
     * e.g. a series' observations rendered for a given units and frequency, when every vintage was public at the instant asked.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, java.util.function.Supplier<T> compute, java.util.function.ToLongFunction<T> weight) {
        Snapshot s = current();
        Object v = s.memo().get(key);
        if (v == null) {
            T t = compute.get();
            if (s.memoWeight().addAndGet(weight.applyAsLong(t) + 64) > MAX_MEMO_WEIGHT) {
                s.memo().clear();
                s.memoWeight().set(0);
            }
            s.memo().put(key, t);
            return t;
        }
        return (T) v;
    }

    /** True when every vintage of the series was public at {@code asOf}: what it shows then is what it shows at any later instant. */
    boolean allPublicAt(SeriesKey k, Instant asOf) {
        Snapshot s = current();
        if (!s.byKey().containsKey(k)) return false;
        return vintages(k, asOf).size() == vintages(k, END_OF_TIME).size();
    }

    /** Every published vintage in one scan, or null when there are too many to hold. */
    private ConcurrentHashMap<SeriesKey, List<Vintage>> readAll(Map<SeriesKey, Releases.PublishedSeries> byKey) {
        long n = Releases.publishedVintageCount(db());
        if (n > MAX_VINTAGES) return null;
        Map<SeriesKey, List<Vintage>> read = new HashMap<>();
        Releases.publishedVintages(db(), (k, v) -> read.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        ConcurrentHashMap<SeriesKey, List<Vintage>> out = new ConcurrentHashMap<>(byKey.size() * 2);
        for (SeriesKey k : byKey.keySet()) out.put(k, List.copyOf(read.getOrDefault(k, List.of()))); // a published series without vintages: none
        return out;
    }

    private Snapshot current() {
        // the version is read before the data: a publication in between makes the next request read again
        Database db = db();
        Object version = db.isDuckDb() ? (Object) Releases.publications() : Releases.publishedState(db);
        Snapshot s = snapshot;
        if (s != null && s.version().equals(version)) return s;
        synchronized (this) {
            s = snapshot;
            if (s != null && s.version().equals(version)) return s;
            List<Releases.PublishedSeries> all = Releases.series(db, END_OF_TIME);
            Map<SeriesKey, Releases.PublishedSeries> byKey = new HashMap<>();
            for (Releases.PublishedSeries p : all) byKey.put(p.key(), p);
            ConcurrentHashMap<SeriesKey, List<Vintage>> vintages = readAll(byKey);
            AtomicLong held = new AtomicLong();
            if (vintages == null) vintages = new ConcurrentHashMap<>();
            else for (List<Vintage> l : vintages.values()) held.addAndGet(l.size());
            s = new Snapshot(version, List.copyOf(all), byKey, Set.copyOf(Releases.variables(db)), vintages, held, new ConcurrentHashMap<>(), new AtomicLong());
            snapshot = s;
            return s;
        }
    }

    /** As {@link Releases#series(Database, Instant)}: the series public at asOf, in key order. */
    List<Releases.PublishedSeries> series(Instant asOf) {
        List<Releases.PublishedSeries> out = new ArrayList<>();
        for (Releases.PublishedSeries p : current().series()) if (!p.firstPublishedAt().isAfter(asOf)) out.add(p);
        return out;
    }

    /** As {@link Releases#series(Database, SeriesKey, Instant)}: the series if it was public at asOf, else null. */
    Releases.PublishedSeries series(SeriesKey k, Instant asOf) {
        Releases.PublishedSeries p = current().byKey().get(k);
        return p == null || p.firstPublishedAt().isAfter(asOf) ? null : p;
    }

    /** As {@link Releases#variables}. */
    Set<String> variables() { return current().variables(); }

    /** As {@link Releases#vintages(Database, SeriesKey, Instant)}; nothing for a series never published. */
    List<Vintage> vintages(SeriesKey k, Instant upTo) {
        Snapshot s = current();
        if (!s.byKey().containsKey(k)) return List.of();
        List<Vintage> all = s.vintages().get(k);
        if (all == null) {
            all = List.copyOf(Releases.vintages(db(), k, END_OF_TIME));
            hold(s, Map.of(k, all));
        }
        return upTo(all, upTo);
    }

    /** The vintages of many series: those not held are read in one query. */
    Map<SeriesKey, List<Vintage>> vintages(Collection<SeriesKey> keys, Instant upTo) {
        Snapshot s = current();
        List<SeriesKey> missing = new ArrayList<>();
        for (SeriesKey k : keys) if (s.byKey().containsKey(k) && !s.vintages().containsKey(k)) missing.add(k);
        Map<SeriesKey, List<Vintage>> read = new HashMap<>();
        if (!missing.isEmpty()) {
            for (Map.Entry<SeriesKey, List<Vintage>> e : Releases.vintages(db(), missing, END_OF_TIME).entrySet()) read.put(e.getKey(), List.copyOf(e.getValue()));
            hold(s, read);
        }
        Map<SeriesKey, List<Vintage>> out = new LinkedHashMap<>();
        for (SeriesKey k : keys) {
            List<Vintage> all = read.containsKey(k) ? read.get(k) : s.vintages().getOrDefault(k, List.of());
            out.put(k, upTo(all, upTo));
        }
        return out;
    }

    private static void hold(Snapshot s, Map<SeriesKey, List<Vintage>> read) {
        long n = 0;
        for (List<Vintage> l : read.values()) n += l.size();
        if (s.held().addAndGet(n) > MAX_VINTAGES) {
            s.vintages().clear();
            s.held().set(n);
        }
        s.vintages().putAll(read);
    }

    private static List<Vintage> upTo(List<Vintage> all, Instant upTo) {
        boolean every = true;
        for (Vintage v : all) if (v.publishedAt().isAfter(upTo)) { every = false; break; }
        if (every) return all;
        List<Vintage> out = new ArrayList<>();
        for (Vintage v : all) if (!v.publishedAt().isAfter(upTo)) out.add(v);
        return out;
    }
}
