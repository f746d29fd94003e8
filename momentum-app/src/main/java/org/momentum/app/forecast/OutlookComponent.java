package org.momentum.app.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.momentum.app.releases.ReleaseComponent;
import org.momentum.app.releases.ReleaseContext;
import org.momentum.classification.Period;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.forecast.AnnualOutlook;
import org.momentum.forecast.Forecast;
import org.momentum.forecast.Forecaster;
import org.momentum.indicators.IndicatorRow;
import org.momentum.store.ForecastVintages.SeriesKey;
import org.momentum.store.PublishedOutlook;
import org.momentum.store.Releases;

/**
 * A release's outlook: for {@link OutlookService}'s series (the headline and each industrial section, at comparable
 * prices, {@code output_value_real}) the forecasts from the release's snapshot with the service's method — monthly
 * mean with 80% and 95% intervals and the year's expected growth ("output should grow about 6% this year"). A
 * December release states the next year's outlook. Stored with the release (release_outlook, release_forecast),
 * not as observations: its months lie after the release's. A series whose output_value level of any month the
 * outlook sums is withheld by disclosure control gets no outlook (its observed total would give the level back).
 */
public final class OutlookComponent implements ReleaseComponent {
    private final Forecaster method;

    public OutlookComponent() { this(OutlookService.method()); }

    public OutlookComponent(Forecaster method) { this.method = method; }

    @Override
    public String name() { return "outlook"; }

    @Override
    public void contribute(ReleaseContext context, Consumer<ReleaseObservation> out) {}

    @Override
    public Releases.Attachment attach(ReleaseContext context, UnaryOperator<ReleaseObservation> published) {
        List<PublishedOutlook.Series> outlook = compute(context, published);
        return outlook.isEmpty() ? null : (c, id) -> PublishedOutlook.write(c, id, outlook);
    }

    /** The outlook of each series from the snapshot's cube, months up to the release's. */
    public List<PublishedOutlook.Series> compute(ReleaseContext context, UnaryOperator<ReleaseObservation> published) {
        List<SeriesKey> keys = new OutlookService(context.ref()).series();
        Map<String, List<IndicatorRow>> nominal = new HashMap<>(), real = new HashMap<>();
        for (SeriesKey k : keys) {
            nominal.put(k.industry() + "|" + k.region(), new ArrayList<>());
            real.put(k.industry() + "|" + k.region(), new ArrayList<>());
        }
        for (IndicatorRow r : context.indicators().rows()) {
            if (r.period() > context.period()) continue;
            Map<String, List<IndicatorRow>> into = r.measure().equals(OutlookService.MEASURE) ? real
                    : r.measure().equals(org.momentum.indicators.IndicatorEngine.OUTPUT_VALUE) ? nominal : null;
            if (into == null) continue;
            List<IndicatorRow> l = into.get(r.industry() + "|" + r.region());
            if (l != null) l.add(r);
        }
        List<PublishedOutlook.Series> out = new ArrayList<>();
        for (SeriesKey k : keys) {
            String cell = k.industry() + "|" + k.region();
            nominal.get(cell).sort(Comparator.comparingInt(IndicatorRow::period));
            real.get(cell).sort(Comparator.comparingInt(IndicatorRow::period));
            OutlookService.Volumes v = OutlookService.volumes(nominal.get(cell), real.get(cell));
            OutlookService.Made m = OutlookService.compute(k, v, method, true);
            if (m == null || m.outlook() == null || !disclosed(k, m, published)) continue;
            out.add(series(k, m.origin(), m.outlook()));
        }
        return out;
    }

    /** Whether every month of the levels the outlook sums (the base year and the observed months) would be published. */
    private static boolean disclosed(SeriesKey k, OutlookService.Made m, UnaryOperator<ReleaseObservation> published) {
        int year = Period.year(m.origin()) + (m.outlook().lastMonth() == 0 ? 1 : 0);
        for (int p = Period.of(year - 1, 1); p <= m.origin(); p++) {
            ReleaseObservation o = published.apply(ReleaseObservation.of(
                    org.momentum.dissemination.SeriesKey.level(org.momentum.indicators.IndicatorEngine.OUTPUT_VALUE, k.industry(), k.region()), p, 1));
            if (o == null || !o.status().hasValue()) return false;
        }
        return true;
    }

    /** An outlook as a release stores it: the monthly forecasts h = 1.. after the origin and the year's growth. */
    public static PublishedOutlook.Series series(SeriesKey k, int origin, AnnualOutlook o) {
        Forecast f = o.months();
        List<PublishedOutlook.Point> points = new ArrayList<>();
        for (int i = 0; i < f.horizon(); i++)
            points.add(new PublishedOutlook.Point(i + 1, origin + i + 1, f.mean(i), f.lo80(i), f.hi80(i), f.lo95(i), f.hi95(i)));
        int year = Period.year(origin) + (o.lastMonth() == 0 ? 1 : 0);
        return new PublishedOutlook.Series(k.measure(), k.industry(), k.region(), o.method(), origin, year, o.observed(),
                o.previousYearTotal(), o.growthPct(), o.lo80(), o.hi80(), o.lo95(), o.hi95(), o.intervalMethod(), points);
    }
}
