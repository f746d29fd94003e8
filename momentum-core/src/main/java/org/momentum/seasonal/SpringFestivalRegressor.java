package org.momentum.seasonal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.momentum.classification.Period;

/**
 * Moving-holiday regressors for Chinese New Year (正月初一), one per window of days around it.
 * Method: share of the window's days in each month, centred on the long-run mean of that calendar
 * month — US Census Bureau genhol (Monsell 2009) as applied to China in RBA RDP 2015-13 (Roberts &amp; White).
 */
public final class SpringFestivalRegressor {
    private SpringFestivalRegressor() {}

    /**
     * Days {@code from..to} inclusive, relative to 正月初一 = day 0 (so -20..-1 is "the 20 days before").
     */
    public record Window(String name, int from, int to) {
        public Window {
            if (from > to) throw new IllegalArgumentException("window " + name + ": from " + from + " > to " + to);
            if (to - from > 90) throw new IllegalArgumentException("window " + name + " longer than 91 days");
        }
        public int days() { return to - from + 1; }
    }

    /** One window: 20 days before, the day itself and 7 after (the brief's default; RDP 2015-13 uses similar spans). */
    public static List<Window> defaultWindows() { return List.of(new Window("sf", -20, 7)); }

    /** Three windows before / around / after, in the style of RDP 2015-13's separate pre- and post-holiday effects. */
    public static List<Window> threeWindows() {
        return List.of(new Window("sfbefore", -20, -1), new Window("sfaround", 0, 7), new Window("sfafter", 8, 20));
    }

    /** Uncentred share of the window's days falling in each month of {@code year}, index 0 = January. */
    static double[] rawShares(LocalDate newYear, Window w) {
        double[] share = new double[12 * 3];                     // previous, this, next year
        int base = newYear.getYear() - 1;
        for (int d = w.from(); d <= w.to(); d++) {
            LocalDate day = newYear.plusDays(d);
            int idx = (day.getYear() - base) * 12 + day.getMonthValue() - 1;
            if (idx >= 0 && idx < share.length) share[idx] += 1.0 / w.days();
        }
        return share;
    }

    /**
     * The regressor for one window over all years of {@code newYearDays} (one date per Gregorian year,
     * e.g. spring-festival.csv), centred by subtracting, for each calendar month, its mean over those years.
     */
    public static Regressor of(List<LocalDate> newYearDays, Window w) {
        TreeMap<Integer, LocalDate> byYear = new TreeMap<>();
        for (LocalDate d : newYearDays)
            if (byYear.put(d.getYear(), d) != null) throw new IllegalArgumentException("two Spring Festival dates in " + d.getYear());
        if (byYear.size() < 2) throw new IllegalArgumentException("need Spring Festival dates for at least two years");
        int y0 = byYear.firstKey(), y1 = byYear.lastKey();
        if (y1 - y0 + 1 != byYear.size()) throw new IllegalArgumentException("Spring Festival years " + y0 + ".." + y1 + " have gaps");
        int start = Period.of(y0, 1), n = (y1 - y0 + 1) * 12;
        double[] raw = new double[n];
        for (LocalDate ny : byYear.values()) {
            double[] s = rawShares(ny, w);
            int off = Period.of(ny.getYear() - 1, 1) - start;
            for (int i = 0; i < s.length; i++)
                if (s[i] != 0 && off + i >= 0 && off + i < n) raw[off + i] += s[i];
        }
        return new Regressor(w.name(), start, centreByMonth(raw));
    }

    public static List<Regressor> of(List<LocalDate> newYearDays, List<Window> windows) {
        List<Regressor> out = new ArrayList<>();
        for (Window w : windows) out.add(of(newYearDays, w));
        return List.copyOf(out);
    }

    /** Subtracts each calendar month's mean (array starts in January, whole years), so the regressor carries no seasonality. */
    static double[] centreByMonth(double[] x) {
        int years = x.length / 12;
        double[] c = x.clone();
        for (int m = 0; m < 12; m++) {
            double s = 0;
            for (int y = 0; y < years; y++) s += x[y * 12 + m];
            double mean = s / years;
            for (int y = 0; y < years; y++) c[y * 12 + m] -= mean;
        }
        return c;
    }

    /** Raw (uncentred) share of window {@code w} of the year's festival falling in {@code ym}; for checks by hand. */
    public static double share(LocalDate newYear, Window w, YearMonth ym) {
        int idx = (ym.getYear() - newYear.getYear() + 1) * 12 + ym.getMonthValue() - 1;
        double[] s = rawShares(newYear, w);
        return idx >= 0 && idx < s.length ? s[idx] : 0;
    }
}
