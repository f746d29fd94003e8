package org.momentum.app.seasonal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.momentum.app.files.Progress;
import org.momentum.app.releases.ReleaseComponent;
import org.momentum.app.releases.ReleaseContext;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.SeriesKey;
import org.momentum.indicators.IndicatorRow;
import org.momentum.seasonal.AdjustmentResult;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.seasonal.RevisionPolicy;
import org.momentum.store.AdjustedSeries;

/**
 * A release's seasonal adjustment: every published level series of the flow measures in the release's snapshot
 * (months up to the release's), adjusted with X-13 RSA4 and China's calendar as in {@code compute}, and published as
 * series of their own — variables {@code sa}, {@code trend}, {@code seasonal}, {@code calendar}, {@code sa_mom_pct},
 * e.g. {@code output_value.ALL.ALL.sa}. Identified completely from the snapshot, so a release can be recomputed.
 */
public final class AdjustmentComponent implements ReleaseComponent {
    public static final List<String> VARIABLES = List.of("sa", "trend", "seasonal", "calendar", "sa_mom_pct");

    @Override
    public String name() { return "seasonal_adjustment"; }

    @Override
    public void contribute(ReleaseContext context, Consumer<ReleaseObservation> out) {
        PublishedAdjustment pa = new PublishedAdjustment(context.ref(), ChinaCalendar.shipped());
        Map<AdjustedSeries.Key, List<IndicatorRow>> cells = new LinkedHashMap<>();
        for (IndicatorRow r : context.indicators().rows())
            if (r.period() <= context.period() && Double.isFinite(r.value()) && pa.adjusts(r.measure()))
                cells.computeIfAbsent(new AdjustedSeries.Key(r.measure(), r.industry(), r.region()), k -> new ArrayList<>()).add(r);
        List<AdjustedSeries.Levels> levels = new ArrayList<>(cells.size());
        cells.forEach((k, rows) -> {
            rows.sort(java.util.Comparator.comparingInt(IndicatorRow::period));
            levels.add(new AdjustedSeries.Levels(k, rows.stream().mapToInt(IndicatorRow::period).toArray(),
                    rows.stream().mapToDouble(IndicatorRow::value).toArray()));
        });
        for (AdjustedSeries.Entry e : pa.adjust(levels, AdjustmentSpec.chinaDefault(), RevisionPolicy.COMPLETE, Map.of(),
                Runtime.getRuntime().availableProcessors(), Progress.NONE)) {
            AdjustmentResult r = e.result();
            if (r == null) continue;
            double[][] columns = {r.sa(), r.trend(), r.seasonal(), r.calendar(), r.saMomPct()};
            for (int v = 0; v < VARIABLES.size(); v++) {
                SeriesKey key = new SeriesKey(e.key().measure(), e.key().industry(), e.key().region(), VARIABLES.get(v));
                for (int k = 0; k < r.length(); k++)
                    if (Double.isFinite(columns[v][k])) out.accept(ReleaseObservation.of(key, r.startPeriod() + k, columns[v][k]));
            }
        }
    }
}
