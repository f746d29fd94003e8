package org.momentum.seasonal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Adjusts many series with one {@link SeasonalAdjuster}, in parallel over a fixed number of threads. A series that
 * cannot be adjusted yields its reason, not a failure of the batch: one odd cell must not stop a release.
 */
public final class SeasonalBatch {
    private SeasonalBatch() {}

    /** One series to adjust; {@code janFebSums} as in {@link SeasonalAdjuster#adjust(int, double[], Map)}. */
    public record Input(String id, int start, double[] values, Map<Integer, Double> janFebSums, SavedModel previous) {
        public Input {
            values = values.clone();
            janFebSums = Map.copyOf(janFebSums);
        }

        public Input(String id, int start, double[] values) { this(id, start, values, Map.of(), null); }

        @Override public double[] values() { return values.clone(); }
    }

    /** The result, or the reason there is none. */
    public record Outcome(String id, AdjustmentResult result, String error) {
        public boolean adjusted() { return result != null; }
    }

    /**
     * @param progress called with the number of series done so far, from the worker threads (must be thread-safe)
     * @return the outcomes in the order of {@code inputs}
     */
    public static List<Outcome> run(SeasonalAdjuster adjuster, List<Input> inputs, int threads, IntConsumer progress) {
        return run(adjuster, RevisionPolicy.COMPLETE, inputs, threads, progress);
    }

    /** As {@link #run(SeasonalAdjuster, List, int, IntConsumer)}, each series under {@code policy} from its saved model. */
    public static List<Outcome> run(SeasonalAdjuster adjuster, RevisionPolicy policy, List<Input> inputs, int threads, IntConsumer progress) {
        Outcome[] out = new Outcome[inputs.size()];
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, inputs.size()).parallel().forEach(i -> {
                Input in = inputs.get(i);
                Outcome o;
                try {
                    o = new Outcome(in.id(), adjuster.adjust(in.start(), in.values, in.janFebSums(), policy, in.previous()), null);
                } catch (RuntimeException e) {
                    o = new Outcome(in.id(), null, e.getMessage() == null ? e.toString() : e.getMessage());
                }
                out[i] = o;
                progress.accept(done.incrementAndGet());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seasonal adjustment interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seasonal adjustment failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return new ArrayList<>(List.of(out));
    }
}
