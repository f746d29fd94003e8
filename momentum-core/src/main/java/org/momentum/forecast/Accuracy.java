package org.momentum.forecast;

/** The M4 competition's accuracy measures (Makridakis, Spiliotis &amp; Assimakopoulos 2020, IJF 36(1)). */
public final class Accuracy {
    private Accuracy() {}

    /** sMAPE = 200/h Σ |y − f| / (|y| + |f|), in percent; a step with y = f = 0 counts as 0. */
    public static double smape(double[] actual, double[] forecast) {
        int h = checkLengths(actual, forecast);
        double s = 0;
        for (int i = 0; i < h; i++) {
            double den = Math.abs(actual[i]) + Math.abs(forecast[i]);
            if (den > 0) s += Math.abs(actual[i] - forecast[i]) / den;
        }
        return 200 * s / h;
    }

    /**
     * MASE: mean absolute error over the in-sample MAE of the seasonal naive method (lag m; lag 1 when the sample
     * holds no more than one season, as M4's code does). Infinite when the in-sample scale is 0.
     */
    public static double mase(double[] insample, int m, double[] actual, double[] forecast) {
        int h = checkLengths(actual, forecast);
        double scale = seasonalNaiveMae(insample, m);
        double s = 0;
        for (int i = 0; i < h; i++) s += Math.abs(actual[i] - forecast[i]);
        return s / h / scale;
    }

    /** The in-sample mean absolute lag-m difference that scales MASE. */
    public static double seasonalNaiveMae(double[] insample, int m) {
        int lag = insample.length > m ? m : 1;
        if (insample.length <= lag) throw new IllegalArgumentException("MASE needs more than " + lag + " in-sample values");
        double s = 0;
        for (int t = lag; t < insample.length; t++) s += Math.abs(insample[t] - insample[t - lag]);
        return s / (insample.length - lag);
    }

    /** OWA = ½(sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2), M4's overall weighted average on panel means. */
    public static double owa(double smape, double mase, double smapeNaive2, double maseNaive2) {
        return 0.5 * (smape / smapeNaive2 + mase / maseNaive2);
    }

    /** Number of actual values inside [lo, hi]; 0 when the bounds are NaN (no interval). */
    public static int covered(double[] actual, double[] lo, double[] hi) {
        int c = 0;
        for (int i = 0; i < actual.length; i++) if (actual[i] >= lo[i] && actual[i] <= hi[i]) c++;
        return c;
    }

    private static int checkLengths(double[] actual, double[] forecast) {
        if (actual.length != forecast.length || actual.length == 0)
            throw new IllegalArgumentException("actual and forecast need the same non-zero length");
        return actual.length;
    }
}
