package org.momentum.dissemination;

import java.util.ArrayList;
import java.util.List;

/**
 * Monthly observations to a lower frequency as FRED does it (fredhelp.stlouisfed.org, "How are Missing Values
 * Determined for First/Last Observations?" and "Except for the first and last observations… ignore any other
 * missing values"): the first and the last period are given only when all their months are there (3 for a
 * quarter, 6 for a half-year, 12 for a year); periods in between are aggregated over the months they have.
 * A period holding a withheld (confidential) month is withheld itself: its aggregate would reveal the month.
 */
public final class FrequencyAggregation {
    private FrequencyAggregation() {}

    /** {@code monthly} ascending by period, one observation per month at most. */
    public static List<RealTimeObservation> aggregate(List<RealTimeObservation> monthly, Frequency to, AggregationMethod method) {
        if (to == Frequency.MONTHLY) return List.copyOf(monthly);
        List<List<RealTimeObservation>> groups = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (RealTimeObservation o : monthly) {
            if (o.status() == ObservationStatus.MISSING) continue;
            int p = to.periodOf(o.period());
            if (p != current) {
                groups.add(new ArrayList<>());
                current = p;
            }
            groups.get(groups.size() - 1).add(o);
        }
        List<RealTimeObservation> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            List<RealTimeObservation> months = groups.get(g);
            boolean edge = g == 0 || g == groups.size() - 1;
            if (edge && present(months) < to.months()) continue;
            RealTimeObservation a = aggregateOne(to.periodOf(months.get(0).period()), months, method);
            if (a != null) out.add(a);
        }
        return out;
    }

    private static int present(List<RealTimeObservation> months) {
        int n = 0;
        for (RealTimeObservation o : months) if (o.defined() || o.status() == ObservationStatus.CONFIDENTIAL) n++;
        return n;
    }

    private static RealTimeObservation aggregateOne(int period, List<RealTimeObservation> months, AggregationMethod method) {
        List<RealTimeObservation> used = new ArrayList<>();
        double sum = 0, last = Double.NaN;
        for (RealTimeObservation o : months) {
            if (o.status() == ObservationStatus.CONFIDENTIAL) used.add(o);
            if (!o.defined()) continue;
            used.add(o);
            sum += o.value();
            last = o.value();
        }
        if (used.isEmpty()) return null;
        long n = used.stream().filter(RealTimeObservation::defined).count();
        double v = switch (method) {
            case AVG -> n == 0 ? Double.NaN : sum / n;
            case SUM -> sum;
            case EOP -> last;
        };
        return RealTimeObservation.derived(period, v, used);
    }
}
