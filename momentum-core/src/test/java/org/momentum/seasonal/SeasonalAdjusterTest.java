package org.momentum.seasonal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.seasonal.AdjustmentResult.Mode;
import org.momentum.seasonal.AdjustmentSpec.Method;

class SeasonalAdjusterTest {
    /** Box & Jenkins (1976) series G, international airline passengers 1949–1960 (thousands), as in R's AirPassengers. */
    static final double[] AIR = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
            145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
            196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
            242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
            315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
            360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432};

    /** True seasonal factors (arithmetic mean 1 over the year), Jan..Dec. */
    static final double[] S = {0.97, 0.88, 1.05, 1.00, 1.02, 1.06, 0.98, 0.99, 1.03, 0.97, 1.02, 1.03};
    static final double BETA_SF = -0.12, GAMMA_WD = 0.012;

    @Test void airlinePassengersX13Rsa5() {
        AdjustmentResult r = new SeasonalAdjuster(AdjustmentSpec.plain(Method.X13, "RSA5"), List.of()).adjust(Period.of(1949, 1), AIR);
        var d = r.diagnostics();
        // published X-13 behaviour on this series (e.g. R seasonal's seas(AirPassengers)): log, seasonal (.,1,.)(0,1,1), AO 1951.May
        assertTrue(d.log());
        assertEquals(Mode.MULTIPLICATIVE, r.mode());
        assertTrue(d.arima().matches("\\(0,1,[01]\\)\\(0,1,1\\)"), d.arima());
        assertTrue(d.outliers().stream().anyMatch(o -> o.startsWith("AO") && o.contains("1951-05")), d.outliers().toString());
        assertTrue(d.seasonal());
        double[] y = r.original(), sa = r.sa(), s = r.seasonal(), c = r.calendar(), t = r.trend(), i = r.irregular();
        for (int k = 0; k < y.length; k++) {
            assertEquals(y[k], sa[k] * s[k] * c[k], 1e-6 * y[k]);                // y = sa·s·c
            assertEquals(sa[k], t[k] * i[k], 1e-6 * y[k]);                       // sa = t·i
        }
        // July/August peak, November trough: the well-known pattern
        assertTrue(s[6] > 1.15 && s[7] > 1.15 && s[10] < 0.85, java.util.Arrays.toString(java.util.Arrays.copyOf(s, 12)));
    }

    @Test void airlinePassengersTramoSeatsRsa5IsTheAirlineModel() {
        AdjustmentResult r = new SeasonalAdjuster(AdjustmentSpec.plain(Method.TRAMOSEATS, "RSA5"), List.of()).adjust(Period.of(1949, 1), AIR);
        assertEquals("(0,1,1)(0,1,1)", r.diagnostics().arima());
        assertTrue(r.diagnostics().log());
        assertEquals(Mode.MULTIPLICATIVE, r.mode());
    }

    /** 2008-01 .. 2019-12 (12 years): y = trend · S · exp(β·sf + γ·wd) · noise with China's calendar. */
    static double[] synthetic(List<Regressor> regs, boolean seasonal, long seed) {
        Random rnd = new Random(seed);
        int start = Period.of(2008, 1), n = 144;
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            int p = start + k;
            double trend = 100 * Math.exp(0.004 * k) * (1 + 0.02 * Math.sin(k / 9.0));
            double cal = Math.exp(BETA_SF * regs.get(0).at(p) + GAMMA_WD * regs.get(1).at(p));
            y[k] = trend * (seasonal ? S[Period.month(p) - 1] : 1) * cal * Math.exp(0.004 * rnd.nextGaussian());
        }
        return y;
    }

    @Test void recoversSeasonalityAndSpringFestivalEffect() {
        List<Regressor> regs = CalendarFiles.regressors();
        double[] y = synthetic(regs, true, 7);
        AdjustmentResult r = new SeasonalAdjuster(AdjustmentSpec.chinaDefault(), regs).adjust(Period.of(2008, 1), y);
        var d = r.diagnostics();
        assertEquals(Mode.MULTIPLICATIVE, r.mode());
        assertTrue(d.log());
        assertTrue(d.seasonal());
        var sf = d.regressors().stream().filter(e -> e.name().equals("sf")).findFirst().orElseThrow();
        var wd = d.regressors().stream().filter(e -> e.name().equals("wd")).findFirst().orElseThrow();
        // tolerance: β within 0.01 of −0.12 (its stderr is ≈ 0.003 at this noise), γ within 0.002 of 0.012
        assertEquals(BETA_SF, sf.coefficient(), 0.01, sf.toString());
        assertEquals(GAMMA_WD, wd.coefficient(), 0.002, wd.toString());
        assertTrue(sf.significant() && Math.abs(sf.tStat()) > 10, sf.toString());
        assertTrue(wd.significant(), wd.toString());
        // seasonal factors within 1% of the truth in every month; the calendar factor within 0.3% of exp(β·sf + γ·wd)
        double[] s = r.seasonal(), c = r.calendar();
        for (int k = 0; k < y.length; k++) {
            int p = Period.of(2008, 1) + k;
            assertEquals(S[Period.month(p) - 1], s[k], 0.01, "seasonal " + Period.format(p));
            double trueCal = Math.exp(BETA_SF * regs.get(0).at(p) + GAMMA_WD * regs.get(1).at(p));
            assertEquals(trueCal, c[k], 0.003, "calendar " + Period.format(p));
        }
    }

    @Test void tramoSeatsAlsoEstimatesTheSpringFestivalEffect() {
        List<Regressor> regs = CalendarFiles.regressors();
        AdjustmentResult r = new SeasonalAdjuster(AdjustmentSpec.of(Method.TRAMOSEATS, "RSA4"), regs).adjust(Period.of(2008, 1), synthetic(regs, true, 11));
        var sf = r.diagnostics().regressors().stream().filter(e -> e.name().equals("sf")).findFirst().orElseThrow();
        assertEquals(BETA_SF, sf.coefficient(), 0.01, sf.toString());
        double[] s = r.seasonal();
        for (int k = 0; k < s.length; k++) assertEquals(S[k % 12], s[k], 0.02, "seasonal month " + k);
    }

    @Test void nonSeasonalSeriesIsLeftAlone() {
        List<Regressor> regs = CalendarFiles.regressors();
        for (long seed : new long[] {3, 4}) {
            double[] y = synthetic(regs, false, seed);
            for (AdjustmentSpec spec : List.of(AdjustmentSpec.chinaDefault(), AdjustmentSpec.of(Method.X13, "RSA5"),
                    AdjustmentSpec.of(Method.TRAMOSEATS, "RSA4"), AdjustmentSpec.of(Method.TRAMOSEATS, "RSA5"),
                    AdjustmentSpec.of(Method.TRAMOSEATS, "RSAfull"))) {
                AdjustmentResult r = new SeasonalAdjuster(spec, regs).adjust(Period.of(2008, 1), y);
                String what = spec.method() + " " + spec.specName() + " seed " + seed;
                assertFalse(r.diagnostics().seasonal(), what);
                double[] s = r.seasonal(), sa = r.sa(), c = r.calendar();
                for (int k = 0; k < y.length; k++) {
                    assertEquals(1.0, s[k], 1e-9, what);                          // no seasonal component: neutral factor
                    assertEquals(y[k], sa[k] * c[k], 1e-6 * y[k], what);          // sa removes the calendar only
                }
            }
        }
    }

    @Test void specNamesAreChecked() {
        assertEquals("RSA4", AdjustmentSpec.of(Method.X13, "rsa4").specName());
        assertEquals("RSAX11", AdjustmentSpec.plain(Method.X13, "x11").specName());
        assertEquals("RSAfull", AdjustmentSpec.of(Method.TRAMOSEATS, "rsafull").specName());
        assertThrows(IllegalArgumentException.class, () -> AdjustmentSpec.of(Method.X13, "RSA9"));
        assertThrows(IllegalArgumentException.class, () -> AdjustmentSpec.of(Method.X13, "X11"));  // calendar needs regARIMA
        assertThrows(IllegalArgumentException.class, () -> AdjustmentSpec.plain(Method.TRAMOSEATS, "X11"));
    }

    @Test void regressorsMustCoverTheSeries() {
        List<Regressor> regs = CalendarFiles.regressors();          // working days from 2007 only
        double[] y = synthetic(regs, true, 1);
        var adj = new SeasonalAdjuster(AdjustmentSpec.chinaDefault(), regs);
        var e = assertThrows(IllegalArgumentException.class, () -> adj.adjust(Period.of(2000, 1), y));
        assertEquals("calendar regressor wd is known for 2007–2026 only and the series runs 2000-01..2011-12: adjust the part"
                + " within those years, or run without China's calendar", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> adj.adjust(Period.of(2020, 1), y));      // runs to 2031-12
        assertTrue(e.getMessage().contains("2007–2026 only and the series runs 2020-01..2031-12"), e.getMessage());
        assertEquals(Period.of(2026, 12), adj.adjust(Period.of(2015, 1), y).startPeriod() + y.length - 1);  // the last covered month
    }

    /** The series of {@link #synthetic} with January and February of 2013–2019 replaced by their sum. */
    private static Map<Integer, Double> combineJanFeb(double[] v, int fromYear) {
        Map<Integer, Double> sums = new HashMap<>();
        for (int yr = fromYear; yr <= 2019; yr++) {
            int j = Period.of(yr, 1) - Period.of(2008, 1);
            sums.put(yr, v[j] + v[j + 1]);
            v[j] = v[j + 1] = Double.NaN;
        }
        return sums;
    }

    @Test void janFebKnownOnlyCombinedAreSplitByTheModelAndFlagged() {
        List<Regressor> regs = CalendarFiles.regressors();
        double[] y = synthetic(regs, true, 7), v = y.clone();
        Map<Integer, Double> sums = combineJanFeb(v, 2013);            // 5 years with both months, then 7 years of sums only
        var adj = new SeasonalAdjuster(AdjustmentSpec.chinaDefault(), regs);
        AdjustmentResult full = adj.adjust(Period.of(2008, 1), y), r = adj.adjust(Period.of(2008, 1), v, sums);
        double[] o = r.original(), sa = r.sa(), fullSa = full.sa();
        boolean[] est = r.estimated();
        for (int k = 0; k < y.length; k++) {
            int p = Period.of(2008, 1) + k;
            boolean split = Period.year(p) >= 2013 && Period.month(p) <= 2;
            assertEquals(split, est[k], Period.format(p));
            // tolerance: the split within 1.5% of the true month (noise is 0.4%, the Spring Festival moves up to ~12%),
            // the adjusted series within 1.5% of the adjustment of the complete series
            assertEquals(y[k], o[k], (split ? 0.015 : 1e-12) * y[k], "value " + Period.format(p));
            assertEquals(fullSa[k], sa[k], 0.015 * fullSa[k], "sa " + Period.format(p));
        }
        for (int yr = 2013; yr <= 2019; yr++) {
            int j = Period.of(yr, 1) - Period.of(2008, 1);
            assertEquals(sums.get(yr), o[j] + o[j + 1], 1e-9 * sums.get(yr), "the split keeps the known sum " + yr);
            final int year = yr;
            assertTrue(r.diagnostics().notes().stream().anyMatch(n -> n.startsWith(year + "-01 and " + year + "-02 estimated")), r.diagnostics().notes().toString());
        }
        var sf = r.diagnostics().regressors().stream().filter(e -> e.name().equals("sf")).findFirst().orElseThrow();
        assertEquals(BETA_SF, sf.coefficient(), 0.01, sf.toString());
    }

    @Test void tramoSeatsSplitsCombinedJanFebLessSharply() {
        List<Regressor> regs = CalendarFiles.regressors();
        double[] y = synthetic(regs, true, 7), v = y.clone();
        Map<Integer, Double> sums = combineJanFeb(v, 2013);
        AdjustmentResult r = new SeasonalAdjuster(AdjustmentSpec.of(Method.TRAMOSEATS, "RSA4"), regs).adjust(Period.of(2008, 1), v, sums);
        double[] o = r.original();
        // TRAMO's interpolation is rougher on this gappy series than X-13's regARIMA: within 8% (seen: ≤ 5.1%)
        for (int k = 0; k < y.length; k++) assertEquals(y[k], o[k], 0.08 * y[k], "value " + Period.format(Period.of(2008, 1) + k));
        for (var e : sums.entrySet()) {
            int j = Period.of(e.getKey(), 1) - Period.of(2008, 1);
            assertEquals(e.getValue(), o[j] + o[j + 1], 1e-9 * e.getValue());
        }
    }

    @Test void combinedJanFebNeedsYearsWithBothMonths() {
        List<Regressor> regs = CalendarFiles.regressors();
        double[] v = synthetic(regs, true, 7);
        Map<Integer, Double> sums = combineJanFeb(v, 2010);              // only 2008 and 2009 have both months
        var adj = new SeasonalAdjuster(AdjustmentSpec.chinaDefault(), regs);
        var e = assertThrows(IllegalArgumentException.class, () -> adj.adjust(Period.of(2008, 1), v, sums));
        assertTrue(e.getMessage().contains("known separately in 2 year(s)"), e.getMessage());
        double[] w = synthetic(regs, true, 7);
        w[40] = Double.NaN;                                              // a missing month that is not a combined January–February
        assertThrows(IllegalArgumentException.class, () -> adj.adjust(Period.of(2008, 1), w, Map.of()));
        double[] u = synthetic(regs, true, 7);
        assertThrows(IllegalArgumentException.class, () -> adj.adjust(Period.of(2008, 1), u, Map.of(2015, 100.0)));  // months present
    }
}
