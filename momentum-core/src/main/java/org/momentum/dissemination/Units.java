package org.momentum.dissemination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FRED's units transformations (fredhelp.stlouisfed.org, "What Formulas are Used to Calculate Growth Rates?"),
 * with x(t−k) the observation k periods earlier at the series' frequency and n the observations per year:
 * chg x(t)−x(t−1); ch1 x(t)−x(t−n); pch (x(t)/x(t−1)−1)·100; pc1 (x(t)/x(t−n)−1)·100;
 * pca ((x(t)/x(t−1))^n−1)·100; cch (ln x(t)−ln x(t−1))·100; cca (ln x(t)−ln x(t−1))·100·n; log ln x(t).
 * Where an input is missing, a ratio has a zero denominator or a logarithm a non-positive argument, the value
 * is undefined (FRED's "."). FRED applies units after frequency aggregation; so does the API.
 */
public enum Units {
    LIN("lin", "Levels"),
    CHG("chg", "Change"),
    CH1("ch1", "Change from Year Ago"),
    PCH("pch", "Percent Change"),
    PC1("pc1", "Percent Change from Year Ago"),
    PCA("pca", "Compounded Annual Rate of Change"),
    CCH("cch", "Continuously Compounded Rate of Change"),
    CCA("cca", "Continuously Compounded Annual Rate of Change"),
    LOG("log", "Natural Log");

    private final String code;
    private final String label;

    Units(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    public static Units ofCode(String code) {
        for (Units u : values()) if (u.code.equals(code)) return u;
        throw new IllegalArgumentException("units '" + code + "' is not one of lin, chg, ch1, pch, pc1, pca, cch, cca, log");
    }

    /** Transforms a series of the given frequency (ascending, missing observations already left out). */
    public List<RealTimeObservation> apply(List<RealTimeObservation> series, Frequency frequency) {
        if (this == LIN) return List.copyOf(series);
        Map<Integer, RealTimeObservation> byPeriod = new HashMap<>();
        for (RealTimeObservation o : series) byPeriod.put(o.period(), o);
        int n = frequency.observationsPerYear();
        int lag = switch (this) {
            case CH1, PC1 -> n;
            case LOG -> 0;
            default -> 1;
        };
        List<RealTimeObservation> out = new ArrayList<>(series.size());
        for (RealTimeObservation o : series) {
            if (this == LOG) {
                out.add(RealTimeObservation.derived(o.period(), o.defined() && o.value() > 0 ? Math.log(o.value()) : Double.NaN, List.of(o)));
                continue;
            }
            RealTimeObservation before = byPeriod.get(frequency.lag(o.period(), lag));
            if (before == null) {
                // no earlier observation: undefined, and valid exactly as long as this one is
                out.add(RealTimeObservation.derived(o.period(), Double.NaN, List.of(o)));
                continue;
            }
            double v = o.defined() && before.defined() ? formula(o.value(), before.value(), n) : Double.NaN;
            out.add(RealTimeObservation.derived(o.period(), v, List.of(o, before)));
        }
        return out;
    }

    /** The formula on x(t) and x(t−lag); NaN where it is not defined. */
    double formula(double x, double earlier, int n) {
        double v = switch (this) {
            case LIN -> x;
            case CHG, CH1 -> x - earlier;
            case PCH, PC1 -> (x / earlier - 1) * 100;
            case PCA -> (Math.pow(x / earlier, n) - 1) * 100;
            case CCH -> x > 0 && earlier > 0 ? (Math.log(x) - Math.log(earlier)) * 100 : Double.NaN;
            case CCA -> x > 0 && earlier > 0 ? (Math.log(x) - Math.log(earlier)) * 100 * n : Double.NaN;
            case LOG -> x > 0 ? Math.log(x) : Double.NaN;
        };
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
