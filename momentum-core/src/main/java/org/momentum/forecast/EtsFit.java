package org.momentum.forecast;

import java.util.Arrays;

/**
 * A fitted ETS model as forecast::ets 8.20 returns it. States are laid out as R's {@code states} rows:
 * ℓ, b (with a trend), s₁ … s_m (with a season; s₁ the most recent, s_m the one the next observation uses).
 *
 * @param model        the model
 * @param period       m (1 for a non-seasonal model)
 * @param alpha        level smoothing α
 * @param beta         trend smoothing β (0 without a trend)
 * @param gamma        seasonal smoothing γ (0 without a season)
 * @param phi          damping φ (1 for an undamped or trendless model)
 * @param initialState x₀ (the seasonal part includes the m-th state ets derives from the others)
 * @param finalState   x_n, the state forecasts start from
 * @param residuals    one-step errors: y − ŷ (additive error) or (y − ŷ)/ŷ (multiplicative error)
 * @param lik          ets's −2·log-likelihood up to a constant: n·log Σe² (+ 2 Σ log|ŷ| for multiplicative errors)
 * @param parameters   number of estimated parameters and initial states plus one for σ² (ets's np)
 * @param aicc         lik + 2·np + 2·np(np+1)/(n − np − 1)
 * @param sigma2       Σe² / (n − np + 1), as ets
 */
public record EtsFit(EtsModel model, int period, double alpha, double beta, double gamma, double phi, double[] initialState,
                     double[] finalState, double[] residuals, double lik, int parameters, double aicc, double sigma2) {
    public EtsFit {
        initialState = initialState.clone();
        finalState = finalState.clone();
        residuals = residuals.clone();
    }

    public int n() { return residuals.length; }

    public double aic() { return lik + 2 * parameters; }

    public double bic() { return lik + Math.log(n()) * parameters; }

    @Override public double[] initialState() { return initialState.clone(); }
    @Override public double[] finalState() { return finalState.clone(); }
    @Override public double[] residuals() { return residuals.clone(); }

    /** Point forecasts ŷ_{n+h|n} from the final state (ets's C forecast routine). */
    public double[] pointForecasts(int h) {
        double[] x = finalState;
        int m = period;
        boolean trend = model.hasTrend();
        double l = x[0], b = trend ? x[1] : 0, phistar = phi;
        double[] f = new double[h];
        for (int i = 0; i < h; i++) {
            f[i] = trend ? l + phistar * b : l;
            if (model.hasSeason()) {
                double s = x[(trend ? 2 : 1) + m - 1 - (i % m)];  // s_{m−i mod m}
                f[i] = model.season() == 'A' ? f[i] + s : f[i] * s;
            }
            phistar += Math.pow(phi, i + 2);  // φ + φ² + … + φ^{i+2} for the next step
        }
        return f;
    }

    /**
     * Forecast means and 80%/95% normal intervals mean ± z·sqrt(v_h) with ets's analytic variances (forecast.ets with
     * simulate = FALSE): class 1 (additive error) and class 2 (multiplicative error, additive trend and season) of
     * Hyndman et al. (2008) ch. 6, class 3 (multiplicative error and season) by its Kronecker-product moments.
     */
    public Forecast forecast(int h, String name) {
        double[][] mv;
        if (model.error() == 'A') mv = class1(h);
        else if (model.season() != 'M') mv = class2(h);
        else mv = class3(h);
        double[] se = new double[h];
        for (int i = 0; i < h; i++) se[i] = Math.sqrt(Math.max(0, mv[1][i]));
        return Forecast.normal(name, mv[0], se);
    }

    /**
     * Intervals from {@code paths} simulated sample paths (Hyndman et al. 2008 §6.1; forecast.ets with simulate =
     * TRUE): ε ~ N(0, σ²), y = ŷ + ε or ŷ(1 + ε), the state updated by the model's recursions; bounds are R's type-8
     * quantiles of the paths at each horizon, the mean the point forecast. Deterministic for a given seed.
     */
    public Forecast simulatedForecast(int h, String name, int paths, long seed) {
        double[][] sim = samplePaths(h, paths, seed);
        double[] mean = pointForecasts(h);
        double[] lo80 = new double[h], hi80 = new double[h], lo95 = new double[h], hi95 = new double[h];
        double[] v = new double[paths];
        for (int i = 0; i < h; i++) {
            for (int p = 0; p < paths; p++) v[p] = sim[p][i];
            Arrays.sort(v);
            lo80[i] = quantile8(v, 0.10);
            hi80[i] = quantile8(v, 0.90);
            lo95[i] = quantile8(v, 0.025);
            hi95[i] = quantile8(v, 0.975);
        }
        return new Forecast(name, mean, lo80, hi80, lo95, hi95);
    }

    /**
     * {@code paths} future sample paths of h values each, {@code [path][step]} (Hyndman et al. 2008 §6.1): ε ~ N(0, σ²),
     * y = ŷ + ε or ŷ(1 + ε), the state updated by the model's recursions. Sums over a path keep the errors'
     * correlation across horizons (e.g. for a year's total). Deterministic for a given seed.
     */
    public double[][] samplePaths(int h, int paths, long seed) {
        if (paths < 2) throw new IllegalArgumentException("at least two paths: " + paths);
        java.util.Random rnd = new java.util.Random(seed);
        double sigma = Math.sqrt(sigma2);
        double[][] ys = new double[paths][h];
        int m = period, s0 = model.hasTrend() ? 2 : 1;
        boolean trend = model.hasTrend(), mult = model.error() == 'M';
        char season = model.season();
        double[] ring = new double[m];
        for (int p = 0; p < paths; p++) {
            double l = finalState[0], b = trend ? finalState[1] : 0;
            if (season != 'N') for (int k = 0; k < m; k++) ring[k] = finalState[s0 + m - 1 - k];
            for (int i = 0; i < h; i++) {
                double phib = trend ? phi * b : 0, q = l + phib;
                int k = season == 'N' ? 0 : i % m;
                double so = season == 'N' ? 0 : ring[k];
                double f = season == 'A' ? q + so : season == 'M' ? q * so : q;
                double eps = sigma * rnd.nextGaussian();
                double y = mult ? f * (1 + eps) : f + eps;
                ys[p][i] = y;
                double pr = season == 'N' ? y : season == 'A' ? y - so : y / so;
                double nl = q + alpha * (pr - q);
                if (trend) b = phib + (beta / alpha) * (nl - l - phib);
                if (season != 'N') ring[k] = so + gamma * ((season == 'A' ? y - q : y / q) - so);
                l = nl;
            }
        }
        return ys;
    }

    /** R's quantile(type = 8) of sorted values: median-unbiased, m = (p + 1)/3. */
    static double quantile8(double[] sorted, double p) {
        int n = sorted.length;
        double nppm = p * n + (p + 1) / 3.0;
        int j = (int) Math.floor(nppm + 4 * Math.ulp(nppm));
        double g = nppm - j;
        if (Math.abs(g) < 4 * Math.ulp(nppm)) g = 0;
        double lo = sorted[Math.max(0, Math.min(n - 1, j - 1))], hi = sorted[Math.max(0, Math.min(n - 1, j))];
        return (1 - g) * lo + g * hi;
    }

    /** Linear state space form x_t = F x_{t−1} + G ε_t, ŷ = H x_{t−1} (Hyndman et al. 2008, §3.5 / ets's class1). */
    private double[][] class1Parts(int h, double[] cj) {
        int p = finalState.length, m = period;
        boolean trend = model.hasTrend(), season = model.hasSeason();
        double[] hv = new double[p];
        double[][] f = new double[p][p];
        double[] g = new double[p];
        hv[0] = 1;
        f[0][0] = 1;
        g[0] = alpha;
        if (trend) { hv[1] = phi; f[0][1] = phi; f[1][1] = phi; g[1] = beta; }
        if (season) {
            hv[p - 1] = 1;
            f[p - m][p - 1] = 1;
            for (int j = 1; j < m; j++) f[p - m + j][p - m + j - 1] = 1;
            // forecast 8.20 (ets_fc_class1) puts γ in row 3 of G: s₁ with a trend, s₂ without one. The textbook G has
            // it on s₁ in both cases; we follow R so that intervals match the reference run.
            g[2] = gamma;
        }
        double[] mu = new double[h];
        double[] hf = hv.clone();  // H F^j
        for (int i = 0; i < h; i++) {
            mu[i] = dot(hf, finalState);
            if (i < h - 1) cj[i] = dot(hf, g);
            double[] next = new double[p];
            for (int c = 0; c < p; c++) { double s = 0; for (int r = 0; r < p; r++) s += hf[r] * f[r][c]; next[c] = s; }
            hf = next;
        }
        return new double[][] {mu};
    }

    private double[][] class1(int h) {
        double[] cj = new double[Math.max(0, h - 1)];
        double[] mu = class1Parts(h, cj)[0];
        double[] var = new double[h];
        double cum = 0;
        var[0] = sigma2;
        for (int i = 1; i < h; i++) { cum += cj[i - 1] * cj[i - 1]; var[i] = sigma2 * (1 + cum); }
        return new double[][] {mu, var};
    }

    /** Hyndman et al. (2008) §6.3, class 2: θ_j = μ_j² + σ² Σ_{i<j} c_i² θ_{j−i}, v_h = (1 + σ²) θ_h − μ_h². */
    private double[][] class2(int h) {
        double[] cj = new double[Math.max(0, h - 1)];
        double[] mu = class1Parts(h, cj)[0];
        double[] theta = new double[h], var = new double[h];
        for (int j = 0; j < h; j++) {
            double s = 0;
            for (int i = 0; i < j; i++) s += cj[i] * cj[i] * theta[j - 1 - i];
            theta[j] = mu[j] * mu[j] + sigma2 * s;
            var[j] = (1 + sigma2) * theta[j] - mu[j] * mu[j];
        }
        return new double[][] {mu, var};
    }

    /**
     * Hyndman et al. (2008) §6.4, class 3 as forecast 8.20's ets_fc_class3 computes it (M_h the outer product of the
     * level/trend and seasonal states, V_h its covariance). Like R 8.20 we use H₁ = (1, 1) and F₁ = [[1, 1], [0, φ]]
     * also for damped trends, and take the mean μ_h (not the point forecast) as the forecast: R's reference forecasts
     * are those.
     */
    private double[][] class3(int h) {
        int m = period, q = model.hasTrend() ? 2 : 1, d = q * m;
        double[][] f1 = q == 1 ? new double[][] {{1}} : new double[][] {{1, 1}, {0, phi}};
        double[][] g1 = q == 1 ? new double[][] {{alpha}} : new double[][] {{alpha, alpha}, {beta, beta}};
        double[][] f2 = new double[m][m];
        f2[0][m - 1] = 1;
        for (int j = 1; j < m; j++) f2[j][j - 1] = 1;
        double[][] g2 = new double[m][m];
        g2[0][m - 1] = gamma;
        double[][] mh = new double[q][m];
        for (int r = 0; r < q; r++) for (int c = 0; c < m; c++) mh[r][c] = finalState[r] * finalState[q + c];
        double[][] vh = new double[d][d];
        double[] h21 = new double[d];  // H2 ⊗ H1: ones on the last seasonal column's q entries
        for (int r = 0; r < q; r++) h21[(m - 1) * q + r] = 1;
        double[][] f21 = kron(f2, f1), g21 = kron(g2, g1), k = add(kron(g2, f1), kron(f2, g1));
        double[][] f21t = t(f21), g21t = t(g21), kt = t(k);
        double[] mu = new double[h], var = new double[h];
        double s2 = sigma2;
        for (int i = 0; i < h; i++) {
            double mi = 0;
            for (int r = 0; r < q; r++) mi += mh[r][m - 1];
            mu[i] = mi;
            var[i] = (1 + s2) * dot(h21, mul(vh, h21)) + s2 * mi * mi;
            double[] vec = new double[d];  // column-major vec(M_h)
            for (int c = 0; c < m; c++) for (int r = 0; r < q; r++) vec[c * q + r] = mh[r][c];
            double[][] outer = new double[d][d];
            for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) outer[a][b] = vec[a] * vec[b];
            double[][] inner = add(mul(mul(f21, vh), g21t), mul(mul(g21, vh), f21t));
            inner = add(inner, mul(mul(k, add(vh, outer)), kt));
            double[][] three = new double[d][d];
            for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) three[a][b] = 3 * vh[a][b] + 2 * outer[a][b];
            inner = add(inner, scale(mul(mul(g21, three), g21t), s2));
            vh = add(mul(mul(f21, vh), f21t), scale(inner, s2));
            mh = add(mul(mul(f1, mh), t(f2)), scale(mul(mul(g1, mh), t(g2)), s2));
        }
        return new double[][] {mu, var};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double[] mul(double[][] a, double[] x) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) r[i] = dot(a[i], x);
        return r;
    }

    private static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = b[0].length;
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int l = 0; l < k; l++) {
                double v = a[i][l];
                if (v == 0) continue;
                for (int j = 0; j < m; j++) r[i][j] += v * b[l][j];
            }
        return r;
    }

    private static double[][] add(double[][] a, double[][] b) {
        double[][] r = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) r[i][j] = a[i][j] + b[i][j];
        return r;
    }

    private static double[][] scale(double[][] a, double s) {
        double[][] r = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) r[i][j] = a[i][j] * s;
        return r;
    }

    private static double[][] t(double[][] a) {
        double[][] r = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) r[j][i] = a[i][j];
        return r;
    }

    /** Kronecker product a ⊗ b. */
    private static double[][] kron(double[][] a, double[][] b) {
        int ar = a.length, ac = a[0].length, br = b.length, bc = b[0].length;
        double[][] r = new double[ar * br][ac * bc];
        for (int i = 0; i < ar; i++) for (int j = 0; j < ac; j++)
            for (int k = 0; k < br; k++) for (int l = 0; l < bc; l++) r[i * br + k][j * bc + l] = a[i][j] * b[k][l];
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EtsFit f && model.equals(f.model) && Arrays.equals(finalState, f.finalState) && lik == f.lik;
    }

    @Override public int hashCode() { return model.hashCode() * 31 + Arrays.hashCode(finalState); }

    @Override
    public String toString() {
        return model + String.format(" α=%.4g β=%.4g γ=%.4g φ=%.4g AICc=%.4f", alpha, beta, gamma, phi, aicc);
    }
}
