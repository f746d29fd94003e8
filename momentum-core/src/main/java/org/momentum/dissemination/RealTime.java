package org.momentum.dissemination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ALFRED's real-time periods (alfred.stlouisfed.org): each published value of an observation is valid from the
 * moment its release was published until the next release that changed it. Releases store only what they change,
 * so every vintage of an observation starts a new real-time period. Here a real-time period is half-open,
 * [realtime_start, realtime_end), on instants rather than ALFRED's closed day ranges: releases are published at a
 * time of day, and a user asking "as of 09:30" must not see the 09:30 release twice.
 */
public final class RealTime {
    private static final Comparator<Vintage> PUBLICATION = Comparator.comparing(Vintage::publishedAt).thenComparingLong(Vintage::release);

    private RealTime() {}

    /** What was public at {@code asOf}: per period the latest vintage published at or before it; withdrawn ones left out. */
    public static List<RealTimeObservation> asOf(List<Vintage> vintages, Instant asOf) {
        List<RealTimeObservation> out = new ArrayList<>();
        for (List<Vintage> v : byPeriod(vintages).values()) {
            int pick = -1;
            for (int i = 0; i < v.size(); i++) if (!v.get(i).publishedAt().isAfter(asOf)) pick = i;
            if (pick < 0) continue;
            RealTimeObservation o = realTime(v, pick);
            if (o.status() != ObservationStatus.MISSING) out.add(o);
        }
        return out;
    }

    /** Every vintage of every period with its real-time period: the revision history, by period then time. */
    public static List<RealTimeObservation> history(List<Vintage> vintages) {
        List<RealTimeObservation> out = new ArrayList<>();
        for (List<Vintage> v : byPeriod(vintages).values())
            for (int i = 0; i < v.size(); i++) out.add(realTime(v, i));
        return out;
    }

    private static RealTimeObservation realTime(List<Vintage> v, int i) {
        Vintage x = v.get(i);
        Instant end = i + 1 < v.size() ? v.get(i + 1).publishedAt() : null;
        return new RealTimeObservation(x.period(), x.value(), x.status(), x.publishedAt(), end, x.release());
    }

    private static Map<Integer, List<Vintage>> byPeriod(List<Vintage> vintages) {
        Map<Integer, List<Vintage>> m = new TreeMap<>();
        for (Vintage v : vintages) m.computeIfAbsent(v.period(), k -> new ArrayList<>()).add(v);
        for (List<Vintage> l : m.values()) l.sort(PUBLICATION);
        return m;
    }
}
