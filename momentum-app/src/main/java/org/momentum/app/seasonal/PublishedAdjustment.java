package org.momentum.app.seasonal;

import java.util.ArrayList;
import java.util.List;
import org.momentum.app.files.Progress;
import org.momentum.classification.Period;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.seasonal.AdjustmentSpec;
import org.momentum.seasonal.RevisionPolicy;
import org.momentum.seasonal.SavedModel;
import org.momentum.seasonal.SeasonalAdjuster;
import org.momentum.seasonal.SeasonalBatch;
import org.momentum.store.AdjustedSeries;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * The compute step's seasonal adjustment: every published monthly level series in the store (indicators.csv's
 * cells of the flow measures — not stocks, which carry no working-day or Spring Festival effect as flows do, and
 * not output_value_real, which has no level) with at least {@link #MIN_MONTHS} consecutive months up to its last
 * month, adjusted in parallel and stored with its diagnostics (adjusted_series, adjusted_value).
 */
public final class PublishedAdjustment {
    /** Three years: the shortest span X-13 and TRAMO-SEATS adjust. */
    public static final int MIN_MONTHS = 36;

    private final ReferenceData ref;
    private final ChinaCalendar calendar;

    public PublishedAdjustment(ReferenceData ref, ChinaCalendar calendar) {
        this.ref = ref;
        this.calendar = calendar;
    }

    /** How many series were adjusted and how many skipped (each with its reason in adjusted_series). */
    public record Summary(int adjusted, int skipped) {}

    /** The measures whose level series are adjusted: flows with a level. */
    public List<String> measures(Database db) {
        List<String> out = new ArrayList<>();
        for (String m : AdjustedSeries.measures(db)) if (adjusts(m)) out.add(m);
        return out;
    }

    public Summary adjustAll(Database db, AdjustmentSpec spec, String actor, int threads, Progress progress) {
        return adjustAll(db, spec, RevisionPolicy.COMPLETE, actor, threads, progress);
    }

    /**
     * Under a revision policy other than complete, each series starts from the model stored by the previous
     * computation (a series without one, or whose stored model was made by another method, is identified completely).
     */
    public Summary adjustAll(Database db, AdjustmentSpec spec, RevisionPolicy revision, String actor, int threads, Progress progress) {
        List<AdjustedSeries.Levels> levels = AdjustedSeries.levels(db, measures(db));
        java.util.Map<AdjustedSeries.Key, String> saved = revision == RevisionPolicy.COMPLETE ? java.util.Map.of() : AdjustedSeries.models(db, spec.method().name());
        List<AdjustedSeries.Entry> entries = adjust(levels, spec, revision, saved, threads, progress);
        AdjustedSeries.replace(db, entries, actor);
        int adjusted = (int) entries.stream().filter(AdjustedSeries.Entry::adjusted).count();
        return new Summary(adjusted, entries.size() - adjusted);
    }

    /** Whether a measure's level series are adjusted: a flow with a level (see the class comment). */
    public boolean adjusts(String measure) {
        IndicatorDefinition d = ref.indicators().get(measure);
        return d != null && !d.stock();
    }

    /**
     * Adjusts level series (the trailing run of consecutive months of each; shorter than {@link #MIN_MONTHS} or
     * constant: skipped with the reason) in parallel; {@code saved} holds the previous models for the policy.
     */
    public List<AdjustedSeries.Entry> adjust(List<AdjustedSeries.Levels> levels, AdjustmentSpec spec, RevisionPolicy revision,
                                             java.util.Map<AdjustedSeries.Key, String> saved, int threads, Progress progress) {
        List<AdjustedSeries.Entry> entries = new ArrayList<>();
        List<AdjustedSeries.Key> keys = new ArrayList<>();
        List<SeasonalBatch.Input> inputs = new ArrayList<>();
        List<Memo> memoKeys = new ArrayList<>();
        List<AdjustedSeries.Key> reusedKeys = new ArrayList<>();
        List<SeasonalBatch.Outcome> reused = new ArrayList<>();
        String method = spec.method().name(), specName = spec.specName(), policy = revision.code();
        for (AdjustedSeries.Levels l : levels) {
            String skip = null;
            int[] p = l.periods();
            int from = p.length - 1;                                 // the trailing run of consecutive months
            while (from > 0 && p[from - 1] == p[from] - 1) from--;
            int n = p.length - from;
            double[] v = java.util.Arrays.copyOfRange(l.values(), from, p.length);
            if (n < MIN_MONTHS) {
                skip = n + " consecutive months up to " + Period.format(p[p.length - 1]) + "; " + MIN_MONTHS + " needed";
            } else if (java.util.Arrays.stream(v).distinct().count() == 1) {
                skip = "constant at " + v[0] + ": nothing to adjust";
            }
            if (skip != null) {
                entries.add(AdjustedSeries.Entry.skipped(l.key(), method, specName, policy, skip));
            } else {
                String model = saved.get(l.key());
                Memo memo = new Memo(l.key(), p[from], v, spec, revision, model);
                SeasonalBatch.Outcome known = MEMO.get(memo);
                if (known != null) {
                    reusedKeys.add(l.key());
                    reused.add(known);
                    continue;
                }
                keys.add(l.key());
                memoKeys.add(memo);
                inputs.add(new SeasonalBatch.Input(l.key().toString(), p[from], v, java.util.Map.of(), model == null ? null : SavedModel.parse(model)));
            }
        }
        keys.addAll(reusedKeys);
        SeasonalAdjuster adjuster = new SeasonalAdjuster(spec, spec.chineseCalendar() ? calendar.regressors(spec.springFestivalWindows()) : List.of());
        int total = inputs.size();
        Object lock = new Object();
        List<SeasonalBatch.Outcome> outcomes = SeasonalBatch.run(adjuster, revision, inputs, threads, done -> {
            synchronized (lock) {                                    // progress displays are not thread-safe
                if (done == total || done % 16 == 0) progress.update("adjust", done, total, done);
            }
        });
        progress.finish("adjust", total);
        for (int i = 0; i < outcomes.size(); i++) MEMO.put(memoKeys.get(i), outcomes.get(i));
        outcomes = new ArrayList<>(outcomes);
        outcomes.addAll(reused);
        for (int i = 0; i < outcomes.size(); i++) {
            SeasonalBatch.Outcome o = outcomes.get(i);
            if (o.adjusted()) {
                entries.add(new AdjustedSeries.Entry(keys.get(i), method, specName, policy, o.result(), null,
                        o.result().model() == null ? null : o.result().model().format()));
            } else {
                entries.add(AdjustedSeries.Entry.skipped(keys.get(i), method, specName, policy, o.error()));
            }
        }
        return entries;
    }

    /**
     * The same series (values, start, spec, policy, saved model) adjusted again in this process — {@code compute}
     * and then a release of the same data in {@code momentum demo} — gets the result already computed: the
     * adjustment is a deterministic function of these inputs.
     */
    private record Memo(AdjustedSeries.Key key, int start, double[] values, AdjustmentSpec spec, RevisionPolicy policy, String model) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Memo m && key.equals(m.key) && start == m.start && java.util.Arrays.equals(values, m.values)
                    && spec.equals(m.spec) && policy == m.policy && java.util.Objects.equals(model, m.model);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(key, start, java.util.Arrays.hashCode(values), spec, policy, model); }
    }

    private static final int MEMO_SIZE = 50_000;
    private static final java.util.Map<Memo, SeasonalBatch.Outcome> MEMO = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Memo, SeasonalBatch.Outcome> eldest) { return size() > MEMO_SIZE; }
            });
}
