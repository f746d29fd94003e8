package org.momentum.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.momentum.registry.Enterprise;
import org.momentum.reports.Report;

/** Keeps output value and product quantities of a panel as [enterprise][month] arrays, and checks every value. */
final class PanelCollector implements PanelSink {
    static final String[] PRODUCTS = {"product.industrial_robot", "product.nev", "product.crude_steel", "product.cement"};

    final int from, months;
    final List<Enterprise> enterprises = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    double[][] output, prevYear;
    final double[][][] product = new double[PRODUCTS.length][][];
    final double[] steelCapacity, cementCapacity;
    final Map<String, Integer> reportsByIndicator = new HashMap<>();
    final List<String> badValues = new ArrayList<>();
    int prices;
    /** PPI (same month last year = 1) by industry code and period, as the panel's prices file has it. */
    final Map<String, Double> ppi = new HashMap<>();

    PanelCollector(GeneratorSpec spec) {
        from = spec.fromPeriod();
        months = spec.toPeriod() - spec.fromPeriod() + 1;
        steelCapacity = new double[months];
        cementCapacity = new double[months];
    }

    private double[][] nanMatrix() {
        double[][] m = new double[enterprises.size()][months];
        for (double[] r : m) java.util.Arrays.fill(r, Double.NaN);
        return m;
    }

    @Override public void enterprise(Enterprise e) {
        index.put(e.id(), enterprises.size());
        enterprises.add(e);
    }

    @Override public void report(Report r) {
        if (output == null) {
            output = nanMatrix();
            prevYear = nanMatrix();
            for (int p = 0; p < PRODUCTS.length; p++) product[p] = nanMatrix();
        }
        reportsByIndicator.merge(r.indicator(), 1, Integer::sum);
        if (!Double.isFinite(r.value()) || r.value() < 0 || (r.hasPrevYearValue() && (!Double.isFinite(r.prevYearValue()) || r.prevYearValue() < 0)))
            if (badValues.size() < 10) badValues.add(r.toString());
        int i = index.get(r.enterpriseId()), t = r.period() - from;
        switch (r.indicator()) {
            case "output_value" -> {
                output[i][t] = r.value();
                prevYear[i][t] = r.prevYearValue();
            }
            case "capacity.crude_steel" -> steelCapacity[t] += r.value();
            case "capacity.cement" -> cementCapacity[t] += r.value();
            default -> {
                for (int p = 0; p < PRODUCTS.length; p++) if (PRODUCTS[p].equals(r.indicator())) product[p][i][t] = r.value();
            }
        }
    }

    @Override public void price(String industry, int period, double ppiYoy) {
        prices++;
        ppi.put(industry + "@" + period, ppiYoy);
        if (!(ppiYoy > 0) || !Double.isFinite(ppiYoy)) badValues.add("price " + industry + " " + period + " " + ppiYoy);
    }

    /**
     * Year-to-date comparable-basis growth in % (indicators.md), written out plainly: for each month, in-scope
     * enterprises with a value and a base (prev_year_value first, else last year's report) sum into both sides.
     */
    double ytdGrowth(double[][] values, double[][] prev, int lastPeriod, int firstPeriod) {
        return ytdGrowth(values, prev, lastPeriod, firstPeriod, null);
    }

    /** The same for the enterprises of one division (null: all). */
    double ytdGrowth(double[][] values, double[][] prev, int lastPeriod, int firstPeriod, String division) {
        double x = 0, b = 0;
        for (int period = firstPeriod; period <= lastPeriod; period++) {
            int t = period - from;
            for (int i = 0; i < enterprises.size(); i++) {
                if (!enterprises.get(i).inScope(period) || Double.isNaN(values[i][t])) continue;
                if (division != null && !enterprises.get(i).industry().startsWith(division)) continue;
                double base = prev != null && !Double.isNaN(prev[i][t]) ? prev[i][t] : t >= 12 ? values[i][t - 12] : Double.NaN;
                if (Double.isNaN(base)) continue;
                x += values[i][t];
                b += base;
            }
        }
        return (x / b - 1) * 100;
    }

    /**
     * Year-to-date growth of output at constant prices (indicators.md "Constant prices"): each month's current-price
     * value divided by the PPI of the enterprise's division (the generator publishes ALL and division indices), over
     * the same base as current-price growth (prev_year_value, else last year's current-price report).
     */
    double realYtdGrowth(int lastPeriod, int firstPeriod, String division) {
        double x = 0, b = 0;
        for (int period = firstPeriod; period <= lastPeriod; period++) {
            int t = period - from;
            for (int i = 0; i < enterprises.size(); i++) {
                Enterprise e = enterprises.get(i);
                if (!e.inScope(period) || Double.isNaN(output[i][t])) continue;
                if (division != null && !e.industry().startsWith(division)) continue;
                double base = !Double.isNaN(prevYear[i][t]) ? prevYear[i][t] : t >= 12 ? output[i][t - 12] : Double.NaN;
                if (Double.isNaN(base)) continue;
                Double p = ppi.get(e.industry().substring(0, 2) + "@" + period);
                x += output[i][t] / (p != null ? p : ppi.get("ALL@" + period));
                b += base;
            }
        }
        return (x / b - 1) * 100;
    }

    /** An enterprise's output of each complete year in scope (all twelve months reported), the evaluations' outcome. */
    Map<Integer, Double> annualOutput(int i, int fromYear, int toYear) {
        Enterprise e = enterprises.get(i);
        Map<Integer, Double> annual = new HashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            double s = 0;
            int n = 0;
            for (int m = 1; m <= 12; m++) {
                double v = output[i][org.momentum.classification.Period.of(year, m) - from];
                if (!Double.isNaN(v) && e.inScope(org.momentum.classification.Period.of(year, m))) { s += v; n++; }
            }
            if (n == 12) annual.put(year, s);
        }
        return annual;
    }

    double level(double[][] values, int firstPeriod, int lastPeriod) {
        double s = 0;
        for (int period = firstPeriod; period <= lastPeriod; period++)
            for (int i = 0; i < enterprises.size(); i++)
                if (enterprises.get(i).inScope(period) && !Double.isNaN(values[i][period - from])) s += values[i][period - from];
        return s;
    }
}
