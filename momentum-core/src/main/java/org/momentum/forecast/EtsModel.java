package org.momentum.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * An exponential smoothing state space model ETS(error, trend, season) of Hyndman, Koehler, Ord &amp; Snyder (2008),
 * Forecasting with Exponential Smoothing, table 2.1: error A or M, trend N, A or Ad (damped), season N, A or M.
 *
 * @param error  'A' additive or 'M' multiplicative
 * @param trend  'N' none or 'A' additive (multiplicative trend is off by default in forecast::ets and not offered here)
 * @param damped whether the additive trend is damped by φ (only with trend 'A')
 * @param season 'N', 'A' or 'M'
 */
public record EtsModel(char error, char trend, boolean damped, char season) {
    public EtsModel {
        if (error != 'A' && error != 'M') throw new IllegalArgumentException("error must be A or M: " + error);
        if (trend != 'N' && trend != 'A') throw new IllegalArgumentException("trend must be N or A: " + trend);
        if (season != 'N' && season != 'A' && season != 'M') throw new IllegalArgumentException("season must be N, A or M: " + season);
        if (damped && trend == 'N') throw new IllegalArgumentException("a damped model needs a trend");
        // forecast::ets(restrict = TRUE): additive error with multiplicative season is numerically unstable
        if (error == 'A' && season == 'M') throw new IllegalArgumentException("ETS(A,*,M) is excluded as in forecast::ets (restrict = TRUE)");
    }

    /** From R's model strings "ANN", "AAdA", "MAM", … */
    public static EtsModel parse(String s) {
        String t = s.trim().toUpperCase(java.util.Locale.ROOT).replace("AD", "D");
        if (t.length() != 3) throw new IllegalArgumentException("model must be like ANN, AAdA, MAM: " + s);
        char trend = t.charAt(1);
        return new EtsModel(t.charAt(0), trend == 'D' ? 'A' : trend, trend == 'D', t.charAt(2));
    }

    public boolean hasTrend() { return trend != 'N'; }

    public boolean hasSeason() { return season != 'N'; }

    /** The 15 models forecast::ets considers by default, in its loop order (error, trend, season, damped before not). */
    public static List<EtsModel> candidates(boolean seasonal, boolean positiveData) {
        List<EtsModel> out = new ArrayList<>();
        for (char e : new char[] {'A', 'M'}) {
            if (e == 'M' && !positiveData) continue;  // ets: multiplicative error needs positive data
            for (char t : new char[] {'N', 'A'})
                for (char s : seasonal ? new char[] {'N', 'A', 'M'} : new char[] {'N'})
                    for (boolean d : new boolean[] {true, false}) {
                        if (t == 'N' && d) continue;
                        if (e == 'A' && s == 'M') continue;
                        out.add(new EtsModel(e, t, d, s));
                    }
        }
        return out;
    }

    /** R's short form, e.g. "MAdM". */
    public String code() { return "" + error + trend + (damped ? "d" : "") + season; }

    @Override public String toString() { return "ETS(" + error + "," + trend + (damped ? "d" : "") + "," + season + ")"; }
}
