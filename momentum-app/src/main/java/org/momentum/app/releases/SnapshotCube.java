package org.momentum.app.releases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.momentum.app.files.RowError;
import org.momentum.app.indicators.CubeFile;
import org.momentum.classification.Period;
import org.momentum.dissemination.ReleaseRuleException;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PriceIndex;

/**
 * A cube computed elsewhere (the Spark job's indicators.csv) as a release's indicators. It must be a cube of the
 * release's snapshot: recomputing it to compare would make the file pointless, so what is checked is what pins it
 * to the frozen reports cheaply — its months, and for every measure and month the national total (ALL/ALL value and
 * enterprises) against the engine's own totals of the snapshot's panel.
 */
final class SnapshotCube {
    /** Relative tolerance of a total: another summation order (the job's) differs by ~1e-15. */
    static final double TOLERANCE = 1e-9;

    private SnapshotCube() {}

    /** The rows of a file CubeFile read, or a refusal naming every error it listed. */
    static CubeFile.Outcome requireReadable(CubeFile.Outcome read) {
        if (read.ok()) return read;
        StringBuilder b = new StringBuilder("the cube in " + read.file() + " is refused (" + read.errorCount()
                + (read.errorCount() == 1 ? " error" : " errors") + "); no release created");
        for (RowError e : read.errors()) b.append('\n').append(e);
        long hidden = read.errorCount() - read.errors().size();
        if (hidden > 0) b.append("\n… and ").append(hidden).append(" more errors");
        throw new ReleaseRuleException(b.toString());
    }

    /** The file's cube when it is one of this snapshot; otherwise a refusal naming the first disagreement. */
    static IndicatorCube check(CubeFile.Outcome file, Panel panel, PriceIndex pricesOrNull, Instant cutoff) {
        String refused = "the cube in " + file.file() + " was not computed from the reports frozen at " + cutoff + ": ";
        List<IndicatorEngine.NationalTotal> totals = new IndicatorEngine().nationalTotals(panel);
        SortedSet<Integer> months = new TreeSet<>();
        for (IndicatorEngine.NationalTotal t : totals) months.add(t.period());
        if (!file.periods().equals(months)) throw new ReleaseRuleException(refused + periodsDiffer(file.periods(), months));
        IndicatorCube cube = IndicatorCube.of(file.rows());
        String all = IndicatorRow.ALL;
        java.util.Set<String> known = new java.util.HashSet<>();
        for (IndicatorEngine.NationalTotal t : totals) {
            String cell = t.measure() + " " + Period.format(t.period()) + " ALL/ALL";
            known.add(t.measure() + "|" + t.period());
            Optional<IndicatorRow> row = cube.find(t.measure(), all, all, t.period());
            if (row.isEmpty()) throw new ReleaseRuleException(refused + cell + " is not in the file, " + t.value() + " in the store");
            IndicatorRow r = row.get();
            if (!close(r.value(), t.value())) throw new ReleaseRuleException(refused + cell + " is " + r.value() + " in the file, " + t.value() + " in the store");
            if (r.enterprises() != t.enterprises())
                throw new ReleaseRuleException(refused + cell + " has " + r.enterprises() + " enterprises in the file, " + t.enterprises() + " in the store");
            // output_value_real has no level to compare; it is due wherever output_value is, when there are prices
            boolean real = cube.find(IndicatorEngine.OUTPUT_VALUE_REAL, all, all, t.period()).isPresent();
            if (t.measure().equals(IndicatorEngine.OUTPUT_VALUE) && real != (pricesOrNull != null))
                throw new ReleaseRuleException(refused + IndicatorEngine.OUTPUT_VALUE_REAL + " " + Period.format(t.period()) + " ALL/ALL is "
                        + (real ? "in the file, but the store held no prices" : "not in the file, but the store held prices"));
        }
        // every national total the store has is in the file; a further one is a measure the snapshot has no value of
        for (IndicatorRow r : cube.rows()) {
            if (!r.industry().equals(all) || !r.region().equals(all)) continue;
            String measure = r.measure().equals(IndicatorEngine.OUTPUT_VALUE_REAL) ? IndicatorEngine.OUTPUT_VALUE : r.measure();
            if (!known.contains(measure + "|" + r.period()))
                throw new ReleaseRuleException(refused + r.measure() + " " + Period.format(r.period()) + " ALL/ALL is " + r.value()
                        + " in the file; the store has no in-scope value of " + measure + " then");
        }
        return cube;
    }

    /** Equal within {@link #TOLERANCE} relative (both 0 included). */
    static boolean close(double file, double store) {
        return Math.abs(file - store) <= TOLERANCE * Math.max(Math.abs(file), Math.abs(store));
    }

    private static String periodsDiffer(SortedSet<Integer> file, SortedSet<Integer> store) {
        List<String> extra = new ArrayList<>(), missing = new ArrayList<>();
        for (int p : file) if (!store.contains(p)) extra.add(Period.format(p));
        for (int p : store) if (!file.contains(p)) missing.add(Period.format(p));
        StringBuilder b = new StringBuilder("its months are " + span(file) + ", the frozen reports' up to the release month " + span(store));
        if (!extra.isEmpty()) b.append("; not in the reports: ").append(first(extra));
        if (!missing.isEmpty()) b.append("; missing from the file: ").append(first(missing));
        return b.toString();
    }

    private static String span(SortedSet<Integer> months) {
        return months.isEmpty() ? "none" : Period.format(months.first()) + ".." + Period.format(months.last());
    }

    private static String first(List<String> months) {
        return months.size() <= 6 ? String.join(", ", months) : String.join(", ", months.subList(0, 6)) + " and " + (months.size() - 6) + " more";
    }
}
