package org.momentum.quality.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.momentum.quality.QualityScorer;

/**
 * The evaluation harness of issue 10: a clean synthetic month scored as it is (the share of reports flagged), then
 * the same month with each kind of falsification injected, one kind at a time, into a share of its reports.
 */
public final class Evaluation {
    public static final String CLEAN = "clean";

    private Evaluation() {}

    /** One row per kind, after a first row {@link #CLEAN} whose flaggedShare is the clean flag rate. */
    public static List<Detection> run(QualityScorer scorer, SyntheticMonth clean, List<Falsification> kinds, double share, long seed) {
        List<Detection> out = new ArrayList<>();
        QualityScorer.Result base = scorer.score(clean.panel(), clean.sizes(), clean.period());
        boolean[] reported = new boolean[clean.panel().enterpriseCount()];
        for (int e = 0; e < reported.length; e++) reported[e] = base.context().reported(e);
        out.add(Detection.of(CLEAN, best(base), reported, new boolean[reported.length]));
        for (Falsification k : kinds) {
            Injector.Injected inj = Injector.inject(clean, k, share, seed);
            QualityScorer.Result r = scorer.score(inj.month().panel(), inj.month().sizes(), inj.month().period());
            boolean[] rep = new boolean[reported.length];
            for (int e = 0; e < rep.length; e++) rep[e] = r.context().reported(e);
            out.add(Detection.of(k.name(), best(r), rep, inj.falsified()));
        }
        return out;
    }

    private static double[] best(QualityScorer.Result r) {
        double[] b = new double[r.context().enterprises()];
        for (int e = 0; e < b.length; e++) b[e] = r.best(e);
        return b;
    }
}
