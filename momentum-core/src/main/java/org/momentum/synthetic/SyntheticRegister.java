package org.momentum.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;
import org.momentum.registry.UnifiedSocialCreditCode;

/**
 * The generated register, held column by column (one array per attribute) so that a national panel of 400,000
 * enterprises costs a few tens of megabytes, plus the enterprise's hidden traits that drive its reports.
 */
final class SyntheticRegister {
    /** GB 32100-2015 alphabet (the register module keeps its copy private). */
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long USCC_ORG_SPACE = 26_439_622_160_671L; // 31^9
    /** Exit hazard per year by size: large firms rarely drop out of the register. */
    private static final double[] EXIT_RATE = {0.02, 0.04, 0.07, 0.12};
    /** Size shares among enterprises above designated size (large, medium, small, micro). */
    private static final double[] SIZE_SHARE = {0.025, 0.13, 0.84, 0.005};
    /** Median monthly output (10k yuan) and its log spread by size. */
    private static final double[] SIZE_MEDIAN = {30_000, 4_000, 800, 150};
    private static final double[] SIZE_SIGMA = {0.9, 0.5, 0.7, 0.5};
    /** Births per year relative to the register, so that exits are replaced (the register grows slightly). */
    private static final double BIRTH_RATE = 0.07;

    final int n;
    final Enterprise[] enterprises;
    final int[] division;
    final double[] scale;
    final float[] trend, salesRatio, revenueRatio, exportShare, electricityIntensity, employees, noiseSigma;
    final boolean[] smallUnit;
    final int[] product; // index into ProductPlan.PRODUCTS, or -1
    final List<String> divisionCodes = new ArrayList<>();
    final double[] ppiBeta;

    private SyntheticRegister(int n, int divisions) {
        this.n = n;
        enterprises = new Enterprise[n];
        division = new int[n];
        scale = new double[n];
        trend = new float[n];
        salesRatio = new float[n];
        revenueRatio = new float[n];
        exportShare = new float[n];
        electricityIntensity = new float[n];
        employees = new float[n];
        noiseSigma = new float[n];
        smallUnit = new boolean[n];
        product = new int[n];
        ppiBeta = new double[divisions];
    }

    static SyntheticRegister build(GeneratorSpec spec) {
        String[][] div = split(RegisterTables.DIVISIONS);
        String[][] prov = split(RegisterTables.PROVINCES);
        SyntheticRegister r = new SyntheticRegister(spec.enterprises(), div.length);
        double[] divCum = cumulative(div, 1);
        double[] provCum = cumulative(prov, 2);
        for (int d = 0; d < div.length; d++) {
            r.divisionCodes.add(div[d][0]);
            r.ppiBeta[d] = Double.parseDouble(div[d][6]);
        }
        int years = (spec.toPeriod() - spec.fromPeriod()) / 12 + 1;
        double birthShare = BIRTH_RATE * (years - 1) / (1 + BIRTH_RATE * (years - 1));
        long multiplier = 0x5DEECE66DL; // not a multiple of 31, so i -> i*a+b is a permutation of the code space
        long offset = Math.floorMod(Noise.mix(spec.seed()), USCC_ORG_SPACE);
        for (int i = 0; i < r.n; i++) {
            SplittableRandom rnd = new SplittableRandom(Noise.mix(spec.seed() * 31 + i));
            // the first 41 / 31 enterprises cover every division and province, so small registers are complete too
            int d = i < div.length ? i : pick(divCum, rnd.nextDouble());
            int p = i < prov.length ? i : pick(provCum, rnd.nextDouble());
            String[] dv = div[d], pv = prov[p];
            String industry = dv[0] + pickClass(dv, rnd);
            String region = pv[3 + rnd.nextInt(pv.length - 3)];
            int s = pick(cumulativeOf(SIZE_SHARE), rnd.nextDouble());


            int from, to;
            if (rnd.nextDouble() < birthShare) { // enters scope during the panel, mostly at the January register update
                int span = spec.toPeriod() - spec.fromPeriod();
                from = spec.fromPeriod() + 1 + rnd.nextInt(Math.max(1, span));
                if (rnd.nextDouble() < 0.75 && Period.january(from) > spec.fromPeriod()) from = Period.january(from);
            } else {
                from = spec.fromPeriod() - rnd.nextInt(120);
            }
            // a firm entering scope has mostly just crossed the 20-million-yuan threshold: it is small
            if (from > spec.fromPeriod() && s < 2 && rnd.nextDouble() < 0.8) s = 2;
            EnterpriseSize size = EnterpriseSize.values()[s];
            long org = Math.floorMod(Math.floorMod(i * multiplier, USCC_ORG_SPACE) + offset, USCC_ORG_SPACE);
            String id = UnifiedSocialCreditCode.complete("91" + region + base31(org));
            String name = pv[1] + syllables(rnd) + nameWord(industry, dv[3]) + (s == 0 ? (rnd.nextBoolean() ? "集团有限公司" : "股份有限公司") : "有限公司");
            int start = Math.max(from, spec.fromPeriod());
            int exit = start + (int) Math.floor(-Math.log(1 - rnd.nextDouble()) / EXIT_RATE[s] * 12);
            if (rnd.nextDouble() < 0.7) exit = Period.january(exit) + 11; // most leave at the annual register update
            to = exit >= spec.toPeriod() ? Period.OPEN : Math.max(exit, start);

            r.enterprises[i] = new Enterprise(id, name, industry, region, size, from, to);
            r.division[i] = d;
            double mult = Double.parseDouble(dv[2]);
            r.scale[i] = SIZE_MEDIAN[s] * mult * Math.exp(SIZE_SIGMA[s] * rnd.nextGaussian());
            r.trend[i] = (float) (0.05 * rnd.nextGaussian());
            r.noiseSigma[i] = s == 0 ? 0.03f : s == 1 ? 0.04f : 0.06f;
            r.smallUnit[i] = s >= 2;
            r.salesRatio[i] = (float) clamp(0.97 + 0.015 * rnd.nextGaussian(), 0.85, 1.0);
            r.revenueRatio[i] = (float) clamp(1.02 + 0.03 * rnd.nextGaussian(), 0.9, 1.2);
            double exportMean = Double.parseDouble(dv[5]);
            boolean exporter = rnd.nextDouble() < (exportMean > 0.3 ? 0.7 : exportMean > 0 ? 0.35 : 0.0);
            r.exportShare[i] = exporter ? (float) clamp(exportMean * Math.exp(0.6 * rnd.nextGaussian()), 0, 0.95) : 0f;
            r.electricityIntensity[i] = (float) (Double.parseDouble(dv[4]) * Math.exp(0.35 * rnd.nextGaussian()));
            // persons: annual output over output per person, which rises with the division's capital intensity
            double productivity = 150 * Math.pow(mult, 0.6) * Math.exp(0.3 * rnd.nextGaussian());
            r.employees[i] = (float) Math.max(8, r.scale[i] * 12 / productivity);
            r.product[i] = ProductPlan.productOfClass(industry);
        }
        return r;
    }

    /** Product classes carry more weight than their siblings so that even the demo has dozens of makers. */
    private static String pickClass(String[] dv, SplittableRandom rnd) {
        int classes = dv.length - 7;
        double[] w = new double[classes];
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            w[c] = ProductPlan.classWeight(dv[0] + dv[7 + c]);
            sum += w[c];
        }
        double u = rnd.nextDouble() * sum;
        for (int c = 0; c < classes; c++) {
            u -= w[c];
            if (u < 0) return dv[7 + c];
        }
        return dv[dv.length - 1];
    }

    private static String nameWord(String industry, String divisionWord) {
        String w = ProductPlan.nameWordOfClass(industry);
        return w != null ? w : divisionWord;
    }

    private static String syllables(SplittableRandom rnd) {
        String s = RegisterTables.SYLLABLES;
        int a = rnd.nextInt(s.length()), b = rnd.nextInt(s.length() - 1);
        if (b >= a) b++;
        return "" + s.charAt(a) + s.charAt(b);
    }

    private static String base31(long v) {
        char[] c = new char[9];
        for (int k = 8; k >= 0; k--) {
            c[k] = USCC_ALPHABET.charAt((int) (v % 31));
            v /= 31;
        }
        return new String(c);
    }

    private static String[][] split(String[] rows) {
        String[][] out = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i].trim().split("\\s+");
        return out;
    }

    private static double[] cumulative(String[][] rows, int col) {
        double[] w = new double[rows.length];
        for (int i = 0; i < rows.length; i++) w[i] = Double.parseDouble(rows[i][col]);
        return cumulativeOf(w);
    }

    private static double[] cumulativeOf(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (double x : w) s += x;
        double acc = 0;
        for (int i = 0; i < w.length; i++) c[i] = (acc += w[i]) / s;
        return c;
    }

    private static int pick(double[] cum, double u) {
        for (int i = 0; i < cum.length; i++) if (u < cum[i]) return i;
        return cum.length - 1;
    }

    static double clamp(double x, double lo, double hi) { return Math.max(lo, Math.min(hi, x)); }
}
