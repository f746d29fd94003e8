package org.momentum.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules of a rules file, evaluated together over the month under review. */
public record RuleSet(List<QualityRule> rules) {
    public static final String DEFAULT_RESOURCE = "default-rules.txt";

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public static RuleSet parse(String text, String source) { return new RuleSet(RulesParser.parse(text, source)); }

    /** The rules shipped with Momentum ({@code default-rules.txt}, documented in docs/quality-rules.md). */
    public static RuleSet defaults() {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the default rules " + DEFAULT_RESOURCE + " are missing from the build");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One result per rule: the rule's severity score where it is broken, 0 elsewhere. */
    public List<CheckResult> evaluate(QualityContext ctx) {
        Map<String, double[]> cache = new HashMap<>();
        List<CheckResult> out = new ArrayList<>();
        for (QualityRule r : rules) out.add(evaluate(r, ctx, cache));
        return out;
    }

    private static CheckResult evaluate(QualityRule r, QualityContext ctx, Map<String, double[]> cache) {
        int n = ctx.enterprises();
        double[] cond = r.condition().eval(ctx, cache);
        double[] when = r.when() == null ? null : r.when().eval(ctx, cache);
        double[] score = new double[n];
        for (int e = 0; e < n; e++) {
            if (!ctx.reported(e)) continue;
            if (when != null && when[e] != 1) continue;
            if (cond[e] == 0) score[e] = r.severity().score();
        }
        return new CheckResult(r.name(), score, score, null, e -> r.indicator(), e -> describe(r, ctx, cache, e));
    }

    /** The rule's message with the figures it read: what a reviewer needs to see why it fired. */
    static String describe(QualityRule r, QualityContext ctx, Map<String, double[]> cache, int e) {
        StringBuilder sb = new StringBuilder(r.severity().code()).append(": ").append(r.message());
        List<String> shown = new ArrayList<>();
        collectVars(r.condition(), shown, ctx, cache, e);
        if (!shown.isEmpty()) sb.append(" (").append(String.join(", ", shown)).append(')');
        if (r.condition() instanceof RuleExpr.Between b) {
            sb.append("; ").append(b.x().text()).append(" = ").append(Wording.amount(memo(b.x(), ctx, cache)[e]))
                    .append(", allowed ").append(Wording.amount(memo(b.lo(), ctx, cache)[e]))
                    .append(" to ").append(Wording.amount(memo(b.hi(), ctx, cache)[e]));
        } else if (r.condition() instanceof RuleExpr.Binary b && b.comparison()
                && !(b.left() instanceof RuleExpr.Var && b.right() instanceof RuleExpr.Var)) {
            sb.append("; ").append(b.left().text()).append(" = ").append(Wording.amount(memo(b.left(), ctx, cache)[e]))
                    .append(", ").append(b.right().text()).append(" = ").append(Wording.amount(memo(b.right(), ctx, cache)[e]));
        }
        return sb.toString();
    }

    /** Values for the sentence, evaluated once per expression however many enterprises are described. */
    private static double[] memo(RuleExpr x, QualityContext ctx, Map<String, double[]> cache) {
        String key = "=" + x.text();
        double[] v = cache.get(key);
        if (v == null) cache.put(key, v = x.eval(ctx, cache));
        return v;
    }

    private static void collectVars(RuleExpr x, List<String> out, QualityContext ctx, Map<String, double[]> cache, int e) {
        if (x instanceof RuleExpr.Var v) {
            String s = v.text() + " " + Wording.amount(memo(v, ctx, cache)[e]);
            if (!out.contains(s)) out.add(s);
        } else if (x instanceof RuleExpr.Neg v) {
            collectVars(v.x(), out, ctx, cache, e);
        } else if (x instanceof RuleExpr.Binary b) {
            collectVars(b.left(), out, ctx, cache, e);
            collectVars(b.right(), out, ctx, cache, e);
        } else if (x instanceof RuleExpr.Between b) {
            collectVars(b.x(), out, ctx, cache, e);
        } else if (x instanceof RuleExpr.Logic l) {
            collectVars(l.left(), out, ctx, cache, e);
            if (l.right() != null) collectVars(l.right(), out, ctx, cache, e);
        } else if (x instanceof RuleExpr.Call c) {
            for (RuleExpr a : c.args()) collectVars(a, out, ctx, cache, e);
        } else if (x instanceof RuleExpr.IndustryQuantile q) {
            collectVars(q.x(), out, ctx, cache, e);
        }
    }
}
