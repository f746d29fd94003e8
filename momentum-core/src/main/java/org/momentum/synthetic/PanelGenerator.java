package org.momentum.synthetic;

import java.util.Arrays;

import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;

/**
 * Generates the synthetic register and monthly report panel, streaming it to a {@link PanelSink}.
 *
 * <p>Calibration by construction: each month every enterprise's output moves from its own value a year earlier by
 * its division's published growth, its own trend and noise; then each division's values are scaled by one factor
 * so that its matched-set growth (indicators.md: in scope, with a base, prev_year_value first) is exactly the
 * division target plus a common shift that makes the national growth the published one. Entries, exits,
 * restated bases and outliers are all inside the sums the factor is computed from, so they cannot distort it.
 * Only the last twelve months are held (ring buffers), never the reports.
 */
public final class PanelGenerator {
    /** Share of output reports that carry a restated prev_year_value. */
    static final double PREV_YEAR_SHARE = 0.30;
    /** Chance that a small firm mistypes its output for a month (a multiple of the true value). */
    static final double OUTPUT_OUTLIER_RATE = 0.0002;
    static final double ELECTRICITY_OUTLIER_RATE = 0.0002;
    /** Industrial employment shrank about 1.5% a year over 2015–2018. */
    static final double EMPLOYMENT_TREND = -0.015;
    /** A maker entering scope produces this share of an established maker of its size. */
    static final double NEWCOMER_PRODUCT_SHARE = 0.5;

    // noise streams
    private static final int S_MONTH = 1, S_OUTLIER = 2, S_PREV = 3, S_RESTATE = 4, S_SALES = 5, S_EXPORT = 6,
            S_REVENUE = 7, S_ELEC = 8, S_ELEC_OUT = 9, S_EMPLOY = 10, S_PRODUCT = 11, S_OUT_SIZE = 12;

    private PanelGenerator() {}

    public static void generate(GeneratorSpec spec, PanelSink sink) {
        new Run(spec, ProgrammeEffect.NONE, sink).run();
    }

    /**
     * The panel with a programme's effect injected: the treated enterprises' output grows by {@code effect} more in
     * the twelve months from {@code from} (and stays that much higher). Division calibration is unchanged, so the
     * published national and division growth come out exactly as without it.
     */
    public static void generate(GeneratorSpec spec, ProgrammeEffect effect, PanelSink sink) {
        new Run(spec, effect, sink).run();
    }

    /** The register the panel of {@code spec} is generated for (deterministic; cheap next to the panel). */
    public static java.util.List<Enterprise> register(GeneratorSpec spec) {
        return java.util.List.of(SyntheticRegister.build(spec).enterprises);
    }

    /** One generation: the register, the targets and the twelve-month memory. */
    private static final class Run {
        final GeneratorSpec spec;
        final PanelSink sink;
        final SyntheticRegister reg;
        final GrowthPath path = new GrowthPath();
        final ProductPlan plan = new ProductPlan();
        final PriceIndex prices = new PriceIndex();
        final int n, divisions;
        final int[] pathDivision; // register division -> GrowthPath division
        final double[][] reported, clean; // [month slot][enterprise], NaN when no report
        final double[] rawReported, rawClean, base;
        final double[][] divisionIndex; // expected clean level of a newcomer by division and month
        // products: makers of each product, their weights and last year's reported quantities
        final int[][] makers;
        final int[] makerSlot;
        final double[][] makerWeight;
        final double[][][] productRing;
        final double[][] productNow, capacityNow;
        final boolean[] emit = new boolean[GeneratorSpec.ALL_INDICATORS.size()];
        double januaryX, januaryB; // national matched sums of the last January, to pin the Jan–Feb figure
        final String[] code = GeneratorSpec.ALL_INDICATORS.toArray(new String[0]);
        final ProgrammeEffect effect;
        final boolean[] treated;

        Run(GeneratorSpec spec, ProgrammeEffect effect, PanelSink sink) {
            this.spec = spec;
            this.sink = sink;
            this.effect = effect;
            this.reg = SyntheticRegister.build(spec);
            n = reg.n;
            treated = new boolean[n];
            for (int i = 0; i < n; i++) treated[i] = effect.enterprises().contains(reg.enterprises[i].id());
            divisions = reg.divisionCodes.size();
            pathDivision = new int[divisions];
            for (int d = 0; d < divisions; d++) {
                pathDivision[d] = path.divisions().indexOf(reg.divisionCodes.get(d));
                if (pathDivision[d] < 0) throw new IllegalStateException("no published growth for division " + reg.divisionCodes.get(d));
            }
            reported = new double[12][n];
            clean = new double[12][n];
            for (double[] r : reported) Arrays.fill(r, Double.NaN);
            for (double[] r : clean) Arrays.fill(r, Double.NaN);
            rawReported = new double[n];
            rawClean = new double[n];
            base = new double[n];
            divisionIndex = new double[divisions][spec.toPeriod() - spec.fromPeriod() + 1];
            for (int k = 0; k < code.length; k++) emit[k] = spec.emits(code[k]);

            int products = ProductPlan.CODES.length;
            int[] count = new int[products];
            for (int i = 0; i < n; i++) if (reg.product[i] >= 0) count[reg.product[i]]++;
            makers = new int[products][];
            makerWeight = new double[products][];
            productRing = new double[products][][];
            productNow = new double[products][];
            capacityNow = new double[products][];
            for (int p = 0; p < products; p++) {
                makers[p] = new int[count[p]];
                makerWeight[p] = new double[count[p]];
                productRing[p] = new double[12][count[p]];
                for (double[] r : productRing[p]) Arrays.fill(r, Double.NaN);
                productNow[p] = new double[count[p]];
                capacityNow[p] = new double[count[p]];
                count[p] = 0;
            }
            makerSlot = new int[n];
            for (int i = 0; i < n; i++) {
                int p = reg.product[i];
                if (p < 0) continue;
                makers[p][count[p]] = i;
                // bigger firms make more; the square root keeps one giant from being the whole industry
                // a newcomer starts with a small line: comparable growth then stays near level growth
                double start = reg.enterprises[i].scopeFrom() > spec.fromPeriod() ? NEWCOMER_PRODUCT_SHARE : 1.0;
                makerWeight[p][count[p]] = start * Math.sqrt(reg.scale[i]) * Math.exp(0.4 * Noise.gauss(spec.seed(), S_PRODUCT, i, 0));
                makerSlot[i] = count[p]++;
            }
        }

        void run() {
            for (Enterprise e : reg.enterprises) sink.enterprise(e);
            for (int t = spec.fromPeriod(); t <= spec.toPeriod(); t++) {
                emitPrices(t);
                double[] k = calibrateOutput(t);
                for (int p = 0; p < ProductPlan.CODES.length; p++) calibrateProduct(p, t);
                emitReports(t, k);
            }
        }

        private void emitPrices(int t) {
            sink.price("ALL", t, prices.index(1.0, t));
            for (int d = 0; d < divisions; d++) sink.price(reg.divisionCodes.get(d), t, prices.index(reg.ppiBeta[d], t));
        }

        /** First pass over the month: raw output and bases; returns each division's scaling factor. */
        private double[] calibrateOutput(int t) {
            int slot = Math.floorMod(t, 12), age = t - spec.fromPeriod();
            double[] g = new double[divisions];
            for (int d = 0; d < divisions; d++) {
                g[d] = path.division(pathDivision[d], t);
                divisionIndex[d][age] = age < 12 ? Seasonality.factor(t, GrowthPath.FESTIVAL_DEPTH)
                        : divisionIndex[d][age - 12] * (1 + g[d]);
            }
            double[] x = new double[divisions], b = new double[divisions];
            long seed = spec.seed();
            for (int i = 0; i < n; i++) {
                Enterprise e = reg.enterprises[i];
                if (!e.inScope(t)) {
                    rawReported[i] = Double.NaN;
                    continue;
                }
                int d = reg.division[i];
                double growth = (1 + g[d]) * (1 + reg.trend[i]);
                if (treated[i] && t >= effect.from() && t < effect.from() + 12) growth *= 1 + effect.effect();
                double shock = Math.exp(reg.noiseSigma[i] * Noise.gauss(seed, S_MONTH, i, t));
                double prevClean = clean[slot][i], prevReported = reported[slot][i];
                double r = Double.isNaN(prevClean) ? reg.scale[i] * divisionIndex[d][age] * shock : prevClean * growth * shock;
                double rr = r;
                if (reg.smallUnit[i] && Noise.uniform(seed, S_OUTLIER, i, t) < OUTPUT_OUTLIER_RATE)
                    rr = r * (3 + 5 * Noise.uniform(seed, S_OUT_SIZE, i, t));
                double bi = prevReported;
                if (spec.prevYearValues() && Noise.uniform(seed, S_PREV, i, t) < PREV_YEAR_SHARE) {
                    // the firm's own comparable figure: last year's report restated slightly, or (new to the panel)
                    // what it says it made a year ago
                    double restate = Noise.gauss(seed, S_RESTATE, i, t);
                    bi = Double.isNaN(prevReported) ? round1(r / growth * Math.exp(0.03 * restate))
                            : round1(prevReported * (1 + 0.015 * restate));
                    base[i] = bi;
                } else {
                    base[i] = Double.NaN;
                }
                rawClean[i] = r;
                rawReported[i] = rr;
                if (!Double.isNaN(bi)) {
                    x[d] += rr;
                    b[d] += bi;
                }
            }
            // national reconciliation: one shift c for all divisions so that the base-weighted mean is the target
            double bSum = 0, gSum = 0;
            for (int d = 0; d < divisions; d++) {
                if (b[d] > 0 && x[d] > 0) {
                    bSum += b[d];
                    gSum += b[d] * g[d];
                }
            }
            double target = path.national(t);
            if (Period.month(t) == 2 && januaryB > 0 && bSum > 0) // NBS publishes January–February as one figure: hit it
                target = (path.januaryFebruary(Period.year(t)) * (januaryB + bSum) - januaryX) / bSum - 1;
            double c = bSum > 0 ? target - gSum / bSum : 0;
            // the targets are comparable-price growth (NBS's 按可比价格计算): current-price output is the volume times the
            // division's producer price index, so output_value_real (indicators.md "Constant prices") hits them
            double[] k = new double[divisions];
            double xSum = 0;
            for (int d = 0; d < divisions; d++) {
                double ppi = prices.index(reg.ppiBeta[d], t);
                k[d] = b[d] > 0 && x[d] > 0 ? (1 + g[d] + c) * ppi * b[d] / x[d] : 1.0;
                if (b[d] > 0 && x[d] > 0) xSum += k[d] * x[d] / ppi;
            }
            if (Period.month(t) == 1) {
                januaryX = xSum;
                januaryB = bSum;
            } else {
                januaryX = januaryB = 0;
            }
            return k;
        }

        /** Products: growth products hit comparable growth on the matched makers and the level with newcomers. */
        private void calibrateProduct(int p, int t) {
            int[] mk = makers[p];
            if (mk.length == 0) return;
            int slot = Math.floorMod(t, 12);
            double[] now = productNow[p], prev = productRing[p][slot];
            double xm = 0, bm = 0, xu = 0, weightInScope = 0;
            double depth = ProductPlan.FESTIVAL_DEPTH[p], season = Seasonality.factor(t, depth);
            double years = (t - spec.fromPeriod()) / 12.0;
            for (int j = 0; j < mk.length; j++) {
                int i = mk[j];
                if (!reg.enterprises[i].inScope(t)) {
                    now[j] = Double.NaN;
                    continue;
                }
                double v = makerWeight[p][j] * Math.pow(1 + reg.trend[i], years) * season
                        * Math.exp(0.05 * Noise.gauss(spec.seed(), S_PRODUCT, i, t));
                now[j] = v;
                weightInScope += makerWeight[p][j];
                if (!Double.isNaN(prev[j])) {
                    xm += v;
                    bm += prev[j];
                } else {
                    xu += v;
                }
            }
            double level = plan.monthlyLevel(p, t);
            double kMatched, kNew;
            if (ProductPlan.calibratedOnGrowth(p) && bm > 0 && xm > 0) {
                kMatched = (1 + plan.monthlyGrowth(p, t)) * bm / xm;
                // newcomers fill the gap to the level, within reason
                kNew = xu > 0 ? SyntheticRegister.clamp((level - kMatched * xm) / xu, 0.2 * kMatched, 5 * kMatched) : kMatched;
            } else {
                kMatched = kNew = xm + xu > 0 ? level / (xm + xu) : 1.0;
            }
            double capacity = ProductPlan.hasCapacity(p) ? plan.capacity(p, t) : 0;
            for (int j = 0; j < mk.length; j++) {
                if (Double.isNaN(now[j])) {
                    prev[j] = Double.NaN;
                    continue;
                }
                now[j] = Math.rint(now[j] * (Double.isNaN(prev[j]) ? kNew : kMatched));
                prev[j] = now[j]; // the slot now holds this month, read again in twelve months
                capacityNow[p][j] = Math.rint(capacity * makerWeight[p][j] / weightInScope);
            }
        }

        /** Second pass: scale, remember and emit every in-scope enterprise's reports. */
        private void emitReports(int t, double[] k) {
            int slot = Math.floorMod(t, 12);
            long seed = spec.seed();
            double yearsIn = (t - spec.fromPeriod()) / 12.0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(rawReported[i])) {
                    reported[slot][i] = Double.NaN;
                    clean[slot][i] = Double.NaN;
                    continue;
                }
                double kd = k[reg.division[i]];
                double xc = rawClean[i] * kd, x = round1(rawReported[i] * kd);
                clean[slot][i] = xc;
                reported[slot][i] = x;
                String id = reg.enterprises[i].id();
                if (emit[0]) sink.report(new Report(id, t, code[0], x, base[i]));
                double sales = round1(xc * reg.salesRatio[i] * (1 + 0.01 * Noise.gauss(seed, S_SALES, i, t)));
                if (emit[1]) sink.report(new Report(id, t, code[1], sales, Double.NaN));
                if (emit[2]) {
                    double ex = reg.exportShare[i] == 0 ? 0
                            : Math.min(sales, round1(sales * reg.exportShare[i] * Math.exp(0.1 * Noise.gauss(seed, S_EXPORT, i, t))));
                    sink.report(new Report(id, t, code[2], ex, Double.NaN));
                }
                if (emit[3]) sink.report(new Report(id, t, code[3],
                        round1(sales * reg.revenueRatio[i] * (1 + 0.02 * Noise.gauss(seed, S_REVENUE, i, t))), Double.NaN));
                if (emit[4]) {
                    double kwh = xc * reg.electricityIntensity[i] * Math.exp(0.05 * Noise.gauss(seed, S_ELEC, i, t));
                    if (Noise.uniform(seed, S_ELEC_OUT, i, t) < ELECTRICITY_OUTLIER_RATE) kwh *= 10; // a slipped decimal point
                    sink.report(new Report(id, t, code[4], round1(kwh), Double.NaN));
                }
                if (emit[5]) {
                    double persons = reg.employees[i] * Math.pow(1 + EMPLOYMENT_TREND + 0.5 * reg.trend[i], yearsIn)
                            * (1 + 0.01 * Noise.gauss(seed, S_EMPLOY, i, t));
                    sink.report(new Report(id, t, code[5], Math.max(1, Math.rint(persons)), Double.NaN));
                }
                int p = reg.product[i];
                if (p >= 0) {
                    int j = makerSlot[i];
                    if (emit[6 + p]) sink.report(new Report(id, t, code[6 + p], productNow[p][j], Double.NaN));
                    if (p == ProductPlan.STEEL && emit[10]) sink.report(new Report(id, t, code[10], capacityNow[p][j], Double.NaN));
                    if (p == ProductPlan.CEMENT && emit[11]) sink.report(new Report(id, t, code[11], capacityNow[p][j], Double.NaN));
                }
            }
        }
    }

    static double round1(double v) { return Math.rint(v * 10) / 10; }
}
