package org.momentum.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An expression of the rules file, evaluated over all enterprises at once: every node gives a {@code double[]}
 * (one value per enterprise; NaN = unknown, as VTL's null). Conditions are 1 (true), 0 (false) or NaN; a missing
 * report makes a condition unknown, and an unknown condition never raises a flag.
 */
public sealed interface RuleExpr {
    double[] eval(QualityContext ctx, Map<String, double[]> cache);

    /** The expression as written (normalised), also the cache key. */
    String text();

    /** The indicators it reads, in order of appearance. */
    default void indicators(List<String> out) {}

    record Num(double value) implements RuleExpr {
        public double[] eval(QualityContext ctx, Map<String, double[]> cache) {
            double[] r = new double[ctx.enterprises()];
            Arrays.fill(r, value);
            return r;
        }

        public String text() { return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value); }
    }

    /** An indicator's value at t − lag (lag 0 = the month under review). */
    record Var(String indicator, int lag) implements RuleExpr {
        public double[] eval(QualityContext ctx, Map<String, double[]> cache) { return ctx.column(indicator, lag); }

        public String text() { return lag == 0 ? indicator : "lag(" + indicator + ", " + lag + ")"; }

        public void indicators(List<String> out) { if (!out.contains(indicator)) out.add(indicator); }
    }

    record Neg(RuleExpr x) implements RuleExpr {
        public double[] eval(QualityContext ctx, Map<String, double[]> cache) {
            double[] a = x.eval(ctx, cache), r = new double[a.length];
            for (int i = 0; i < a.length; i++) r[i] = -a[i];
            return r;
        }

        public String text() { return "-" + x.text(); }

        public void indicators(List<String> out) { x.indicators(out); }
    }

    /** Arithmetic (+ − × ÷; a division by zero is unknown) and comparisons (=, <>, <, <=, >, >=). */
    record Binary(String op, RuleExpr left, RuleExpr right) implements RuleExpr {
        public double[] eval(QualityContext ctx, Map<String, double[]> cache) {
            double[] a = left.eval(ctx, cache), b = right.eval(ctx, cache), r = new double[a.length];
            for (int i = 0; i < a.length; i++) r[i] = apply(a[i], b[i]);
            return r;
        }

        private double apply(double x, double y) {
            if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> y == 0 ? Double.NaN : x / y;
                case "=" -> x == y ? 1 : 0;
                case "<>" -> x != y ? 1 : 0;
                case "<" -> x < y ? 1 : 0;
                case "<=" -> x <= y ? 1 : 0;
                case ">" -> x > y ? 1 : 0;
                case ">=" -> x >= y ? 1 : 0;
                default -> throw new IllegalStateException(op);
            };
        }

        public String text() { return "(" + left.text() + " " + op + " " + right.text() + ")"; }

        public void indicators(List<String> out) {
            left.indicators(out);
            right.indicators(out);
        }

        boolean comparison() { return !"+-*/".contains(op); }
    }

    /** x between lo and hi (inclusive). */
    record Between(RuleExpr x, RuleExpr lo, RuleExpr hi) implements RuleExpr {
        public double[] eval(QualityContext ctx, Map<String, double[]> cache) {
            double[] a = x.eval(ctx, cache), l = lo.eval(ctx, cache), h = hi.eval(ctx, cache), r = new double[a.length];
            for (int i = 0; i < a.length; i++)
                r[i] = Double.isNaN(a[i]) || Double.isNaN(l[i]) || Double.isNaN(h[i]) ? Double.NaN : (a[i] >= l[i] && a[i] <= h[i] ? 1 : 0);
            return r;
        }

        public String text() { return "(" + x.text() + " between " + lo.text() + " and " + hi.text() + ")"; }

        public void indicators(List<String> out) {
            x.indicators(out);
            lo.indicators(out);
            hi.indicators(out);
        }
    }

    /** Three-valued and/or/not as in VTL (false and unknown = false; true or unknown = true). */
    record Logic(String op, RuleExpr left, RuleExpr right) implements RuleExpr {
        public double[] eval(QualityContext ctx, Map<String, double[]> cache) {
            double[] a = left.eval(ctx, cache), b = right == null ? null : right.eval(ctx, cache), r = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double x = a[i];
                r[i] = switch (op) {
                    case "not" -> Double.isNaN(x) ? Double.NaN : 1 - x;
                    case "and" -> x == 0 || b[i] == 0 ? 0 : Double.isNaN(x) || Double.isNaN(b[i]) ? Double.NaN : 1;
                    case "or" -> x == 1 || b[i] == 1 ? 1 : Double.isNaN(x) || Double.isNaN(b[i]) ? Double.NaN : 0;
                    default -> throw new IllegalStateException(op);
                };
            }
            return r;
        }

        public String text() { return op.equals("not") ? "not " + left.text() : "(" + left.text() + " " + op + " " + right.text() + ")"; }

        public void indicators(List<String> out) {
            left.indicators(out);
            if (right != null) right.indicators(out);
        }
    }

    /** abs(x), min(a, b), max(a, b), isnull(x). */
    record Call(String function, List<RuleExpr> args) implements RuleExpr {
        public double[] eval(QualityContext ctx, Map<String, double[]> cache) {
            double[] a = args.get(0).eval(ctx, cache), b = args.size() > 1 ? args.get(1).eval(ctx, cache) : null;
            double[] r = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                r[i] = switch (function) {
                    case "abs" -> Math.abs(a[i]);
                    case "min" -> Double.isNaN(a[i]) || Double.isNaN(b[i]) ? Double.NaN : Math.min(a[i], b[i]);
                    case "max" -> Double.isNaN(a[i]) || Double.isNaN(b[i]) ? Double.NaN : Math.max(a[i], b[i]);
                    case "isnull" -> Double.isNaN(a[i]) ? 1 : 0;
                    default -> throw new IllegalStateException(function);
                };
            }
            return r;
        }

        public String text() {
            List<String> t = new ArrayList<>();
            for (RuleExpr a : args) t.add(a.text());
            return function + "(" + String.join(", ", t) + ")";
        }

        public void indicators(List<String> out) { for (RuleExpr a : args) a.indicators(out); }
    }

    /**
     * industry_quantile(x, q): the q-quantile of x over the reports of the enterprise's 2-digit division this month
     * (the industry's bounds, learned from the month itself); unknown when the division has fewer than
     * {@link #MIN_GROUP} values.
     */
    record IndustryQuantile(RuleExpr x, double q) implements RuleExpr {
        public static final int MIN_GROUP = 20;

        public double[] eval(QualityContext ctx, Map<String, double[]> cache) {
            double[] hit = cache.get(text());
            if (hit != null) return hit;
            double[] a = x.eval(ctx, cache);
            int[] count = new int[100];
            for (int e = 0; e < a.length; e++) if (Double.isFinite(a[e]) && ctx.reported(e)) count[ctx.divisionNumber(e)]++;
            double[][] byDivision = new double[100][];
            for (int d = 0; d < 100; d++) if (count[d] > 0) byDivision[d] = new double[count[d]];
            int[] fill = new int[100];
            for (int e = 0; e < a.length; e++) {
                if (!Double.isFinite(a[e]) || !ctx.reported(e)) continue;
                int d = ctx.divisionNumber(e);
                byDivision[d][fill[d]++] = a[e];
            }
            double[] quantile = new double[100];
            for (int d = 0; d < 100; d++)
                quantile[d] = count[d] < MIN_GROUP ? Double.NaN : RobustStats.quantile(byDivision[d], q);
            double[] r = new double[a.length];
            for (int e = 0; e < a.length; e++) r[e] = quantile[ctx.divisionNumber(e)];
            cache.put(text(), r);
            return r;
        }

        public String text() { return "industry_quantile(" + x.text() + ", " + String.format(Locale.ROOT, "%s", q) + ")"; }

        public void indicators(List<String> out) { x.indicators(out); }
    }
}
