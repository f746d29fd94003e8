package org.momentum.forecast;

import java.util.List;

/**
 * Exponential smoothing state space models (Hyndman, Koehler, Ord &amp; Snyder 2008, Forecasting with Exponential
 * Smoothing) fitted and selected as R forecast::ets 8.20 does by default: the 15 models with error A/M, trend N/A/Ad,
 * season N/A/M less ETS(A,·,M) (restrict = TRUE); multiplicative ones only for positive data; parameters and initial
 * states by Nelder–Mead on the likelihood (opt.crit = "lik", maxit 2000) within the "both" bounds (usual and
 * admissible); the model of least AICc; forecasts with analytic prediction intervals (forecast.ets, simulate = FALSE).
 *
 * @param model           the model to fit, or null to select one automatically ("ZZZ")
 * @param simulationPaths 0 for ets's analytic intervals, otherwise intervals from this many simulated paths (fixed seed)
 */
public record Ets(EtsModel model, int simulationPaths) implements Forecaster {
    /** The simulation's seed: simulated intervals are reproducible. */
    public static final long SEED = 20080601L;
    /** ets's default lower/upper bounds for α, β, γ and φ. */
    static final double LOWER = 1e-4, UPPER = 0.9999, PHI_LOWER = 0.8, PHI_UPPER = 0.98;
    private static final double TOL = 1e-10, HUGEN = 1e10;  // etscalc's constants
    private static final double RELTOL = Math.sqrt(Math.ulp(1.0));
    private static final int MAXIT = 2000;

    public Ets {
        if (simulationPaths < 0 || simulationPaths == 1) throw new IllegalArgumentException("simulation paths: 0 or at least 2");
    }

    /** Automatic model selection, analytic intervals. */
    public Ets() { this(null, 0); }

    /** A given model (null: automatic selection), analytic intervals. */
    public Ets(EtsModel model) { this(model, 0); }

    @Override public String name() { return "ets"; }

    @Override
    public Forecast forecast(double[] y, int frequency, int horizon) {
        Forecaster.check(y, frequency, horizon);
        if (model == null && y.length <= 6) return tiny(y, horizon);
        EtsFit fit = model == null ? select(y, frequency) : fit(y, frequency, model);
        if (fit == null) throw new IllegalArgumentException("too few observations (" + y.length + ") for " + model);
        return simulationPaths > 0 ? fit.simulatedForecast(horizon, name(), simulationPaths, SEED) : fit.forecast(horizon, name());
    }

    /**
     * ets with n ≤ npars + 4 (npars = 2 for "ZZZ", so n ≤ 6) does not fit a state space model: it returns
     * HoltWintersZZ(y, beta = FALSE, gamma = FALSE), simple exponential smoothing from ℓ₀ = y₁ with α in [0, 1]
     * minimising the SSE (R by L-BFGS-B from α = 0.2/m; here a grid and golden-section search for the minimum),
     * σ² = mean of the squared residuals, and forecast.ets's class-1 intervals v_h = σ²(1 + (h − 1)α²).
     */
    private Forecast tiny(double[] y, int horizon) {
        double best = Double.POSITIVE_INFINITY, alpha = 0;
        int grid = 1000;
        for (int k = 0; k <= grid; k++) {
            double a = (double) k / grid, s = sesSse(y, a);
            if (s < best) { best = s; alpha = a; }
        }
        double lo = Math.max(0, alpha - 1.0 / grid), hi = Math.min(1, alpha + 1.0 / grid);
        final double g = (Math.sqrt(5) - 1) / 2;
        double c = hi - g * (hi - lo), d = lo + g * (hi - lo), fc = sesSse(y, c), fd = sesSse(y, d);
        while (hi - lo > 1e-10) {
            if (fc < fd) { hi = d; d = c; fd = fc; c = hi - g * (hi - lo); fc = sesSse(y, c); }
            else { lo = c; c = d; fc = fd; d = lo + g * (hi - lo); fd = sesSse(y, d); }
        }
        double refined = (lo + hi) / 2;
        if (sesSse(y, refined) < best) { alpha = refined; best = sesSse(y, refined); }
        double l = y[0];
        for (double v : y) l += alpha * (v - l);
        double sigma2 = best / y.length;
        double[] mean = new double[horizon], se = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            mean[i] = l;
            se[i] = Math.sqrt(sigma2 * (1 + i * alpha * alpha));
        }
        return Forecast.normal(name(), mean, se);
    }

    /** SSE of simple exponential smoothing from ℓ₀ = y₁ (HoltWintersZZ's zzhw without trend and season). */
    private static double sesSse(double[] y, double alpha) {
        double l = y[0], sse = 0;
        for (double v : y) { double e = v - l; sse += e * e; l += alpha * e; }
        return sse;
    }

    /** Whether a seasonal model can be fitted to n values of this frequency (ets: 1 < m ≤ 24 and n > m). */
    static boolean seasonalPossible(int n, int frequency) { return frequency > 1 && frequency <= 24 && n > frequency; }

    /** ets(y) with model "ZZZ": every admissible candidate fitted, the least AICc kept (first on ties, in R's order). */
    public static EtsFit select(double[] y, int frequency) {
        EtsFit best = null;
        for (EtsFit f : fitAll(y, frequency))
            if (f.aicc() < (best == null ? Double.POSITIVE_INFINITY : best.aicc())) best = f;
        if (best == null) throw new IllegalArgumentException("no ETS model can be fitted to " + y.length + " observations");
        return best;
    }

    /** Every candidate of ets(y, "ZZZ") that fits with a finite AICc, in R's loop order (possibly none). */
    public static List<EtsFit> fitAll(double[] y, int frequency) {
        return SeriesMemo.get("ets.fitAll", y, frequency, () -> List.copyOf(fitAllCandidates(y, frequency)));
    }

    private static List<EtsFit> fitAllCandidates(double[] y, int frequency) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : y) min = Math.min(min, v);
        List<EtsFit> out = new java.util.ArrayList<>();
        for (EtsModel md : EtsModel.candidates(seasonalPossible(y.length, frequency), min > 0)) {
            EtsFit f;
            try {
                f = fit(y, frequency, md);
            } catch (RuntimeException e) {
                continue;  // ets wraps each etsmodel call in try(): a failed fit has AICc Inf
            }
            if (f != null && Double.isFinite(f.aicc())) out.add(f);
        }
        return out;
    }

    /**
     * etsmodel(): fits one model; null when it has too many parameters for the data (np ≥ n − 1) or its likelihood
     * is not finite, which ets treats as AICc = Inf.
     */
    public static EtsFit fit(double[] y, int frequency, EtsModel md) {
        int n = y.length;
        if (md.hasSeason() && !seasonalPossible(n, frequency))
            throw new IllegalArgumentException("a seasonal model needs 1 < frequency ≤ 24 and more than one season of data");
        if (md.error() == 'M' || md.season() == 'M') {
            for (double v : y) if (v <= 0) throw new IllegalArgumentException("multiplicative models need positive data");
        }
        int m = md.hasSeason() ? frequency : 1;
        double[] par = initialParameters(md, m);
        double[] state = initialState(y, m, md);
        int np = par.length + state.length;
        if (np >= n - 1) return null;
        double[] start = new double[np];
        System.arraycopy(par, 0, start, 0, par.length);
        System.arraycopy(state, 0, start, par.length, state.length);
        Objective obj = new Objective(y, md, m, par.length);
        NelderMead.Result r = NelderMead.minimise(obj::value, start, RELTOL, MAXIT);
        double[] p = r.par();
        double[] q = obj.parameters(p);
        double[] x0 = obj.state(p);
        double[] e = new double[n];
        double[] last = new double[x0.length];
        double lik = calc(y, md, m, q[0], q[1], q[2], q[3], x0, e, last);
        if (!Double.isFinite(lik)) return null;
        int k = np + 1;  // ets counts σ² as a parameter
        double aicc = lik + 2 * k + 2.0 * k * (k + 1) / (n - k - 1);
        double sse = 0;
        for (double v : e) sse += v * v;
        double sigma2 = sse / (n - np);
        return new EtsFit(md, m, q[0], q[1], q[2], q[3], x0, last, e, lik, k, aicc, sigma2);
    }

    /** ets's initparam: α, then β, γ, φ as the model has them, at the documented fractions of their bounds. */
    static double[] initialParameters(EtsModel md, int m) {
        double[] out = new double[1 + (md.hasTrend() ? 1 : 0) + (md.hasSeason() ? 1 : 0) + (md.damped() ? 1 : 0)];
        int j = 0;
        double alpha = LOWER + 0.2 * (UPPER - LOWER) / m;
        out[j++] = alpha;
        if (md.hasTrend()) out[j++] = LOWER + 0.1 * (Math.min(UPPER, alpha) - LOWER);
        if (md.hasSeason()) out[j++] = LOWER + 0.05 * (Math.min(UPPER, 1 - alpha) - LOWER);
        if (md.damped()) out[j++] = PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER);
        return out;
    }

    /**
     * ets's initstate: ℓ₀ (and b₀) from the first max(10, 2m) seasonally adjusted values (their mean, or the
     * intercept and slope of a regression on 1..maxn), seasonal s₀ … s_{m−2} from a classical decomposition (three
     * seasons of data or more) or a linear trend plus one Fourier pair; the m-th seasonal state is implied.
     */
    static double[] initialState(double[] y, int m, EtsModel md) {
        int n = y.length;
        double[] ysa = y;
        double[] seas = null;
        if (md.hasSeason()) {
            if (n < 4) throw new IllegalArgumentException("not enough data for a seasonal model");
            boolean mult = md.season() == 'M';
            double[] seasonal = new double[n];
            if (n < 3 * m) {
                double[] c = trendFourierFit(y, m);
                for (int t = 0; t < n; t++) {
                    double tr = c[0] + c[1] * (t + 1);
                    seasonal[t] = mult ? y[t] / tr : y[t] - tr;
                }
            } else {
                ClassicalDecomposition d = mult ? ClassicalDecomposition.multiplicative(y, m) : ClassicalDecomposition.additive(y, m);
                double[] fig = d.figure();
                for (int t = 0; t < n; t++) seasonal[t] = fig[t % m];
            }
            seas = new double[m - 1];
            for (int j = 0; j < m - 1; j++) seas[j] = seasonal[m - 1 - j];  // rev(seasonal[2:m])
            ysa = new double[n];
            if (!mult) {
                for (int t = 0; t < n; t++) ysa[t] = y[t] - seasonal[t];
            } else {
                double sum = 0;
                for (int j = 0; j < m - 1; j++) { seas[j] = Math.max(seas[j], 1e-2); sum += seas[j]; }
                if (sum > m) for (int j = 0; j < m - 1; j++) seas[j] /= sum + 1e-2 * (m - 1);  // as ets: sum(init.seas + 1e-2)
                for (int t = 0; t < n; t++) ysa[t] = y[t] / Math.max(seasonal[t], 1e-2);
            }
        }
        int maxn = Math.min(Math.max(10, 2 * m), n);
        double[] out = new double[(md.hasTrend() ? 2 : 1) + (seas == null ? 0 : seas.length)];
        int j = 0;
        if (!md.hasTrend()) {
            double s = 0;
            for (int t = 0; t < maxn; t++) s += ysa[t];
            out[j++] = s / maxn;
        } else {  // lsfit(1:maxn, y.sa[1:maxn])
            double tbar = (maxn + 1) / 2.0, ybar = 0;
            for (int t = 0; t < maxn; t++) ybar += ysa[t];
            ybar /= maxn;
            double sxy = 0, sxx = 0;
            for (int t = 0; t < maxn; t++) { sxy += (t + 1 - tbar) * (ysa[t] - ybar); sxx += (t + 1 - tbar) * (t + 1 - tbar); }
            double b0 = sxy / sxx, l0 = ybar - b0 * tbar;
            if (Math.abs(l0 + b0) < 1e-8) { l0 *= 1 + 1e-3; b0 *= 1 - 1e-3; }  // keep ŷ₁ ≠ 0 for multiplicative errors
            out[j++] = l0;
            out[j++] = b0;
        }
        if (seas != null) System.arraycopy(seas, 0, out, j, seas.length);
        return out;
    }

    /** Least squares of y on (1, t, sin 2πt/m, cos 2πt/m), t = 1..n (ets's initstate for fewer than three seasons). */
    static double[] trendFourierFit(double[] y, int m) {
        int n = y.length, k = m == 2 ? 3 : 4;  // for m = 2 the sine column is zero and fourier() drops it
        double[][] a = new double[k][k + 1];
        for (int t = 1; t <= n; t++) {
            double[] row = k == 4 ? new double[] {1, t, Math.sin(2 * Math.PI * t / m), Math.cos(2 * Math.PI * t / m)}
                    : new double[] {1, t, Math.cos(Math.PI * t)};
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < k; c++) a[i][c] += row[i] * row[c];
                a[i][k] += row[i] * y[t - 1];
            }
        }
        for (int c = 0; c < k; c++) {  // Gaussian elimination with partial pivoting
            int piv = c;
            for (int r = c + 1; r < k; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] tmp = a[c]; a[c] = a[piv]; a[piv] = tmp;
            for (int r = c + 1; r < k; r++) {
                double f = a[r][c] / a[c][c];
                for (int cc = c; cc <= k; cc++) a[r][cc] -= f * a[c][cc];
            }
        }
        double[] b = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double s = a[r][k];
            for (int c = r + 1; c < k; c++) s -= a[r][c] * b[c];
            b[r] = s / a[r][r];
        }
        return b;
    }

    /**
     * ets's usual bounds (check.param): LOWER ≤ α ≤ UPPER, LOWER ≤ β ≤ min(α, UPPER), LOWER ≤ γ ≤ min(1 − α, UPPER),
     * 0.8 ≤ φ ≤ 0.98. NaN marks a parameter the model does not have.
     */
    static boolean usual(double alpha, double beta, double gamma, double phi) {
        if (!(alpha >= LOWER && alpha <= UPPER)) return false;
        if (!Double.isNaN(beta) && !(beta >= LOWER && beta <= alpha && beta <= UPPER)) return false;
        if (!Double.isNaN(phi) && !(phi >= PHI_LOWER && phi <= PHI_UPPER)) return false;
        return Double.isNaN(gamma) || (gamma >= LOWER && gamma <= 1 - alpha && gamma <= UPPER);
    }

    /**
     * ets's admissible(): the parameter region where the model is forecastable (Hyndman et al. 2008, ch. 10); for
     * seasonal models the roots of the characteristic polynomial must lie in |z| ≤ 1 + 1e−10. NaN marks a parameter
     * the model does not have (β = 0, φ = 1 then).
     */
    static boolean admissible(double alpha, double beta, double gamma, double phi, int m) {
        if (Double.isNaN(phi)) phi = 1;
        if (phi < 0 || phi > 1 + 1e-8) return false;
        if (Double.isNaN(gamma)) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
            if (!Double.isNaN(beta) && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) return false;
            return true;
        }
        if (m <= 1) return true;
        if (Double.isNaN(beta)) beta = 0;
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) return false;
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) return false;
        if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
        // P(z) = φ(1−α−γ) + (α+β−αφ+γ−1) z + Σ_{k=2}^{m−1} (α+β−αφ) z^k + (α+β−φ) z^m + z^{m+1}
        double[] c = new double[m + 2];
        c[0] = phi * (1 - alpha - gamma);
        c[1] = alpha + beta - alpha * phi + gamma - 1;
        for (int k = 2; k < m; k++) c[k] = alpha + beta - alpha * phi;
        c[m] = alpha + beta - phi;
        c[m + 1] = 1;
        return rootsWithin(c, 1 + 1e-10);
    }

    /**
     * Whether every root of Σ c_k z^k lies in |z| &lt; r: the Schur–Cohn test on c_k r^k (the roots scaled by 1/r):
     * p has all roots in the open unit disc iff |p₀| &lt; |p_d| and (p_d p(z) − p₀ p*(z))/z has, p* the reversed p.
     */
    static boolean rootsWithin(double[] c, double r) {
        int d = c.length - 1;
        double[] a = new double[d + 1];
        double rk = 1;
        for (int k = 0; k <= d; k++) { a[k] = c[k] * rk; rk *= r; }
        while (d > 0) {
            double a0 = a[0], ad = a[d];
            if (!(Math.abs(a0) < Math.abs(ad))) return false;
            double[] b = new double[d];
            for (int i = 1; i <= d; i++) b[i - 1] = ad * a[i] - a0 * a[d - i];
            double lead = b[d - 1];
            for (int i = 0; i < d; i++) b[i] /= lead;
            a = b;
            d--;
        }
        return true;
    }

    /**
     * etscalc: runs the model's recursions (written, as ets writes them, in error-correction form, which holds for
     * additive and multiplicative errors alike: Hyndman et al. 2008, table 2.1) from x₀ over y and returns
     * n·log Σe² (+ 2 Σ log|ŷ_t| for multiplicative errors), e_t = y_t − ŷ_t or (y_t − ŷ_t)/ŷ_t.
     *
     * @param x0   ℓ₀, b₀ (with a trend), s₁ … s_m (with a season) in ets's state order
     * @param e    receives the errors (may be null)
     * @param last receives x_n (may be null)
     */
    static double calc(double[] y, EtsModel md, int m, double alpha, double beta, double gamma, double phi, double[] x0,
                       double[] e, double[] last) {
        int n = y.length;
        boolean trend = md.hasTrend(), mult = md.error() == 'M';
        char season = md.season();
        double l = x0[0], b = trend ? x0[1] : 0;
        int s0 = trend ? 2 : 1;
        double[] ring = null;  // ring[t mod m] holds s_{t−m}, the seasonal state observation t uses
        if (season != 'N') {
            ring = new double[m];
            for (int k = 0; k < m; k++) ring[k] = x0[s0 + m - 1 - k];
        }
        double sse = 0, logf = 0;
        for (int t = 0; t < n; t++) {
            double phib = trend ? phi * b : 0;
            double q = l + phib;  // ℓ_{t−1} + φ b_{t−1}
            int k = season == 'N' ? 0 : t % m;
            double so = season == 'N' ? 0 : ring[k];
            double f = season == 'A' ? q + so : season == 'M' ? q * so : q;
            double err = mult ? (y[t] - f) / f : y[t] - f;
            if (e != null) e[t] = err;
            sse += err * err;
            logf += Math.log(Math.abs(f));
            double p = season == 'N' ? y[t] : season == 'A' ? y[t] - so : (Math.abs(so) < TOL ? HUGEN : y[t] / so);
            double nl = q + alpha * (p - q);  // ℓ_t
            if (trend) b = phib + (beta / alpha) * (nl - l - phib);  // b_t = φb + β/α (ℓ_t − ℓ_{t−1} − φb)
            if (season != 'N') {
                double tt = season == 'A' ? y[t] - q : (Math.abs(q) < TOL ? HUGEN : y[t] / q);
                ring[k] = so + gamma * (tt - so);  // s_t = s_{t−m} + γ(… − s_{t−m})
            }
            l = nl;
        }
        if (last != null) {
            last[0] = l;
            if (trend) last[1] = b;
            if (season != 'N') for (int j = 0; j < m; j++) last[s0 + j] = ring[Math.floorMod(n - 1 - j, m)];
        }
        double lik = n * Math.log(sse);
        if (mult) lik += 2 * logf;
        return lik;
    }

    /** ets's C++ target function (opt.crit "lik", bounds "both") over α, β?, γ?, φ?, ℓ₀, b₀?, s₀ … s_{m−2}. */
    static final class Objective {
        private final double[] y;
        private final EtsModel md;
        private final int m, npar;

        Objective(double[] y, EtsModel md, int m, int npar) {
            this.y = y;
            this.md = md;
            this.m = m;
            this.npar = npar;
        }

        /** {α, β, γ, φ} with NaN for parameters the model lacks. */
        double[] parametersOrNaN(double[] p) {
            int j = 0;
            double alpha = p[j++];
            double beta = md.hasTrend() ? p[j++] : Double.NaN;
            double gamma = md.hasSeason() ? p[j++] : Double.NaN;
            double phi = md.damped() ? p[j++] : Double.NaN;
            return new double[] {alpha, beta, gamma, phi};
        }

        /** {α, β, γ, φ} with β = 0, γ = 0, φ = 1 where the model lacks them. */
        double[] parameters(double[] p) {
            double[] q = parametersOrNaN(p);
            if (Double.isNaN(q[1])) q[1] = 0;
            if (Double.isNaN(q[2])) q[2] = 0;
            if (Double.isNaN(q[3])) q[3] = 1;
            return q;
        }

        /** The full initial state, the m-th seasonal state being m − Σ (multiplicative) or −Σ (additive) of the others. */
        double[] state(double[] p) {
            int ns = p.length - npar;
            double[] x = new double[ns + (md.hasSeason() ? 1 : 0)];
            System.arraycopy(p, npar, x, 0, ns);
            if (md.hasSeason()) {
                double sum = 0;
                for (int i = md.hasTrend() ? 2 : 1; i < ns; i++) sum += x[i];
                x[ns] = (md.season() == 'M' ? m : 0) - sum;
            }
            return x;
        }

        double value(double[] p) {
            double[] q = parametersOrNaN(p);
            if (!usual(q[0], q[1], q[2], q[3]) || !admissible(q[0], q[1], q[2], q[3], m)) return Double.POSITIVE_INFINITY;
            double[] x = state(p);
            if (md.season() == 'M') {
                for (int i = md.hasTrend() ? 2 : 1; i < x.length; i++) if (x[i] < 0) return Double.POSITIVE_INFINITY;
            }
            double lik = calc(y, md, m, q[0], Double.isNaN(q[1]) ? 0 : q[1], Double.isNaN(q[2]) ? 0 : q[2],
                    Double.isNaN(q[3]) ? 1 : q[3], x, null, null);
            if (lik < -1e10) lik = -1e10;  // ets: avoid perfect fits
            if (Double.isNaN(lik)) return Double.POSITIVE_INFINITY;
            return lik;
        }
    }
}
