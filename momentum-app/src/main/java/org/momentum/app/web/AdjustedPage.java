package org.momentum.app.web;

import static org.momentum.app.web.Html.esc;

import java.util.List;
import java.util.Locale;
import org.momentum.classification.Period;
import org.momentum.store.AdjustedSeries;

/**
 * The dashboard's series view of one adjusted series (/adjusted?measure=&industry=&region=): the original and the
 * seasonally adjusted series as an inline SVG chart (no script), the model and diagnostics, and the months in a
 * table. Every stored text is escaped.
 */
final class AdjustedPage {
    private AdjustedPage() {}

    static String render(AdjustedSeries.Header h, List<AdjustedSeries.Observation> obs) {
        AdjustedSeries.Key k = h.key();
        StringBuilder b = new StringBuilder(16_000);
        String title = k.measure() + " · " + k.industry() + " · " + k.region();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append(" — seasonally adjusted</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}"
                        + "table{border-collapse:collapse}td,th{padding:2px 8px;text-align:right;border-bottom:1px solid #ddd}"
                        + "td.est{color:#a40}.note{color:#555}</style></head><body>");
        b.append("<p><a href=\"/\">Momentum</a> · synthetic demo data</p><h1>").append(esc(title)).append("</h1>");
        if (!"adjusted".equals(h.status())) {
            b.append("<p>Not adjusted: ").append(esc(h.reason())).append("</p></body></html>");
            return b.toString();
        }
        b.append("<p>").append(esc(h.method())).append(' ').append(esc(h.spec())).append(", revision policy ").append(esc(h.policy()))
                .append(", ").append(esc(h.mode())).append(", ARIMA ").append(esc(h.arima())).append(Boolean.TRUE.equals(h.log()) ? " in logs" : "")
                .append(Boolean.FALSE.equals(h.seasonal()) ? ", no identifiable seasonality (seasonal factor neutral)" : "").append("</p>");
        b.append("<p>Outliers: ").append(esc(h.outliers() == null || h.outliers().isEmpty() ? "none" : h.outliers()))
                .append("<br>Calendar regressors: ").append(esc(h.regressors() == null || h.regressors().isEmpty() ? "none" : h.regressors()))
                .append(String.format(Locale.ROOT, "<br>Residual seasonality in sa: QS p = %s, F p = %s; X-11 Q = %s</p>",
                        fmt(h.saQsPValue()), fmt(h.saFPValue()), fmt(h.q())));
        if (h.notes() != null) b.append("<p class=\"note\">").append(esc(h.notes())).append("</p>");
        b.append(chart(obs));
        b.append("<table><tr><th>month</th><th>value</th><th>sa</th><th>trend</th><th>seasonal</th><th>calendar</th><th>sa m/m %</th></tr>");
        for (AdjustedSeries.Observation o : obs) {
            b.append("<tr><td>").append(Period.format(o.period())).append("</td><td").append(o.estimated() ? " class=\"est\" title=\"estimated\"" : "")
                    .append('>').append(fmt(o.value())).append("</td><td>").append(fmt(o.sa())).append("</td><td>").append(fmt(o.trend()))
                    .append("</td><td>").append(fmt(o.seasonal())).append("</td><td>").append(fmt(o.calendar())).append("</td><td>")
                    .append(Double.isNaN(o.saMomPct()) ? "" : String.format(Locale.ROOT, "%.1f", o.saMomPct())).append("</td></tr>");
        }
        return b.append("</table></body></html>").toString();
    }

    /** Original (grey) and seasonally adjusted (blue) on one scale. */
    private static String chart(List<AdjustedSeries.Observation> obs) {
        if (obs.size() < 2) return "";
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (AdjustedSeries.Observation o : obs) {
            lo = Math.min(lo, Math.min(o.value(), o.sa()));
            hi = Math.max(hi, Math.max(o.value(), o.sa()));
        }
        double w = 720, hgt = 240, span = hi > lo ? hi - lo : 1;
        StringBuilder[] lines = {new StringBuilder(), new StringBuilder()};
        for (int i = 0; i < obs.size(); i++) {
            double x = i * w / (obs.size() - 1);
            lines[0].append(String.format(Locale.ROOT, "%.1f,%.1f ", x, hgt - (obs.get(i).value() - lo) / span * hgt));
            lines[1].append(String.format(Locale.ROOT, "%.1f,%.1f ", x, hgt - (obs.get(i).sa() - lo) / span * hgt));
        }
        return "<svg width=\"720\" height=\"250\" role=\"img\" aria-label=\"original and seasonally adjusted\">"
                + "<polyline fill=\"none\" stroke=\"#999\" points=\"" + lines[0] + "\"/>"
                + "<polyline fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"2\" points=\"" + lines[1] + "\"/></svg>"
                + "<p class=\"note\">grey: original · blue: seasonally adjusted</p>";
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.1f" : "%.4g", d);
    }
}
