package org.momentum.forecast;

/**
 * Simple exponential smoothing ETS(A,N,N) fitted as forecast::ses does (ets(x, "ANN", opt.crit = "mse")): α in
 * ets's usual bounds [0.0001, 0.9999] and the initial level ℓ₀ minimise the in-sample one-step MSE.
 * {@link #fit} follows R's path (start α = 0.20006, ℓ₀ = mean of the first 10 values, Nelder–Mead, reltol
 * sqrt(ε), 2000 evaluations) and so lands where R lands; {@link #fitGlobal} finds the global optimum instead: for
 * fixed α the errors are linear in ℓ₀, so ℓ₀ is solved exactly and only α is searched (grid, then golden section).
 *
 * @param alpha  smoothing parameter
 * @param level0 initial level ℓ₀
 * @param level  final level ℓ_n (the flat point forecast)
 * @param sse    sum of squared one-step errors
 * @param n      number of observations
 */
public record SimpleExponentialSmoothing(double alpha, double level0, double level, double sse, int n) {
    public static final double ALPHA_MIN = 1e-4, ALPHA_MAX = 0.9999;
    private static final int GRID = 200;

    /** σ² as ets reports it: SSE / (n − number of parameters), the parameters being α and ℓ₀. */
    public double sigma2() { return sse / (n - 2); }

    /** As forecast::ets fits ANN (initparam, initstate, etsNelderMead on the MSE). */
    public static SimpleExponentialSmoothing fit(double[] y) {
        if (y.length < 3) throw new IllegalArgumentException("simple exponential smoothing needs at least 3 observations");
        double alpha0 = ALPHA_MIN + 0.2 * (ALPHA_MAX - ALPHA_MIN);  // ets's initparam with m = 1
        int maxn = Math.min(10, y.length);
        double l0 = 0;
        for (int i = 0; i < maxn; i++) l0 += y[i];
        l0 /= maxn;  // ets's initstate: mean of the first max(10, 2m) values
        NelderMead.Result r = NelderMead.minimise(p -> runningMse(y, p[0], p[1]), new double[] {alpha0, l0},
                Math.sqrt(Math.ulp(1.0)), 2000);
        return at(y, r.par()[0], r.par()[1]);
    }

    /** The fit at given α and ℓ₀. */
    public static SimpleExponentialSmoothing at(double[] y, double alpha, double level0) {
        double l = level0, sse = 0;
        for (double v : y) { double e = v - l; sse += e * e; l += alpha * e; }
        return new SimpleExponentialSmoothing(alpha, level0, l, sse, y.length);
    }

    /** ets's C objective for opt.crit "mse": the running mean of squared one-step errors; +∞ outside the bounds. */
    static double runningMse(double[] y, double alpha, double l) {
        if (!(alpha >= ALPHA_MIN && alpha <= ALPHA_MAX)) return Double.POSITIVE_INFINITY;
        double amse = 0;
        int k = 0;
        for (double v : y) {
            double e = v - l;
            k++;
            amse = (amse * (k - 1) + e * e) / k;
            l = alpha * v + (1 - alpha) * l;
        }
        return amse;
    }

    /** The global least-squares optimum over α in the bounds and ℓ₀ (what R's optimiser approaches). */
    public static SimpleExponentialSmoothing fitGlobal(double[] y) {
        if (y.length < 3) throw new IllegalArgumentException("simple exponential smoothing needs at least 3 observations");
        double best = Double.POSITIVE_INFINITY;
        int bestK = 0;
        double step = (ALPHA_MAX - ALPHA_MIN) / GRID;
        for (int k = 0; k <= GRID; k++) {
            double s = profileSse(y, ALPHA_MIN + k * step);
            if (s < best) { best = s; bestK = k; }
        }
        // golden-section search in the grid cells either side of the best grid point
        double a = ALPHA_MIN + Math.max(0, bestK - 1) * step, b = ALPHA_MIN + Math.min(GRID, bestK + 1) * step;
        final double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a), d = a + g * (b - a);
        double fc = profileSse(y, c), fd = profileSse(y, d);
        while (b - a > 1e-10) {
            if (fc < fd) { b = d; d = c; fd = fc; c = b - g * (b - a); fc = profileSse(y, c); }
            else { a = c; c = d; fc = fd; d = a + g * (b - a); fd = profileSse(y, d); }
        }
        double alpha = (a + b) / 2;
        double gridAlpha = ALPHA_MIN + bestK * step;
        if (profileSse(y, gridAlpha) < profileSse(y, alpha)) alpha = gridAlpha;  // a bound can be the optimum
        return withAlpha(y, alpha);
    }

    /** The fit at a given α with ℓ₀ optimal for it. */
    public static SimpleExponentialSmoothing withAlpha(double[] y, double alpha) {
        return at(y, alpha, optimalLevel0(y, alpha));
    }

    /** ℓ_{t−1} = (1−α)^{t−1}ℓ₀ + u_{t−1}, so e_t = a_t − c_t ℓ₀ and least squares gives ℓ₀ = Σac / Σc². */
    static double optimalLevel0(double[] y, double alpha) {
        double beta = 1 - alpha, u = 0, c = 1, sac = 0, scc = 0;
        for (double v : y) {
            double a = v - u;
            sac += a * c;
            scc += c * c;
            u = alpha * v + beta * u;
            c *= beta;
        }
        return sac / scc;
    }

    private static double profileSse(double[] y, double alpha) {
        double l = optimalLevel0(y, alpha), sse = 0;
        for (double v : y) { double e = v - l; sse += e * e; l += alpha * e; }
        return sse;
    }
}
