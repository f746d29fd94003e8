package org.momentum.app.indicators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.app.files.RowError;
import org.momentum.app.files.TableReader;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;
import org.momentum.reports.Decimals;
import org.momentum.reports.FieldProblem;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.store.Reports;

/**
 * A cube computed elsewhere (the Spark job's indicators.csv, or {@code momentum indicators}) read back into the store
 * ({@code momentum compute --cube}). Every row is checked against formats.md and the reference data; one wrong row,
 * or a period the store holds no reports for, refuses the whole file and the store is left as it was.
 */
public final class CubeFile {
    /** indicators.csv's columns, in the order {@link IndicatorService#write} writes them. */
    public static final List<String> COLUMNS = List.of(IndicatorService.HEADER.split(","));

    private CubeFile() {}

    /**
     * What reading (and, for {@link #importInto}, storing) found: the errors, or the rows and the periods they cover
     * (each with the line it first appears on).
     */
    public record Outcome(String file, String sha256, long errorCount, List<RowError> errors, List<IndicatorRow> rows,
                          SortedMap<Integer, Long> firstLines) {
        public boolean ok() { return errorCount == 0; }

        public SortedSet<Integer> periods() { return new TreeSet<>(firstLines.keySet()); }
    }

    /**
     * Reads and checks the file, then replaces the stored cube of exactly the periods it covers in one transaction,
     * audited with the file's name and SHA-256. With any error nothing is stored.
     */
    public static Outcome importInto(Database db, ReferenceData ref, Path file, String actor) {
        Outcome read = read(file, ref);
        if (!read.ok()) return read;
        List<RowError> outside = outsideReports(read, Reports.periodRange(db));
        if (!outside.isEmpty()) return new Outcome(read.file(), read.sha256(), outside.size(), outside, List.of(), read.firstLines());
        IndicatorValues.replace(db, read.periods(), read.rows(), actor, "file=" + read.file() + " sha256=" + read.sha256());
        return read;
    }

    /** Reads and checks the file (no store): the rows, or every error (the first {@link InputReader#MAX_LISTED_ERRORS} listed). */
    public static Outcome read(Path file, ReferenceData ref) {
        RowCheck check = new RowCheck(ref);
        // by name, as IndicatorService.write chooses; not Table.isWorkbook, so that reading a CSV never loads Apache POI
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) return CubeWorkbook.read(file, check);
        checkHeaderOrder(file);
        List<IndicatorRow> rows = new ArrayList<>();
        String[] f = new String[COLUMNS.size()];
        ReadOutcome o = InputReader.readTable(file, ReadOptions.strict(), COLUMNS, List.of(), "indicators", (t, problems) -> {
            for (int i = 0; i < f.length; i++) f[i] = t.get(i); // the header's order was checked: column i is COLUMNS[i]
            return check.row(f, t.line(), problems);
        }, (line, row) -> rows.add((IndicatorRow) row), Progress.NONE);
        return outcome(o.file(), o.sha256(), o.errors(), o.errorCount(), rows, check);
    }

    /** The rows read, or the errors; a file without rows is an error too (it would replace no month). */
    static Outcome outcome(String file, String sha256, List<RowError> listed, long errorCount, List<IndicatorRow> rows, RowCheck check) {
        List<RowError> errors = new ArrayList<>(listed);
        long count = errorCount;
        if (count == 0 && rows.isEmpty()) {
            errors.add(new RowError(file, 2, "", "no rows: a cube file holds at least one indicator row"));
            count = 1;
        }
        if (count > 0) return new Outcome(file, sha256, count, List.copyOf(errors), List.of(), new TreeMap<>());
        return new Outcome(file, sha256, 0, List.of(), rows, check.firstLines());
    }

    /** The header's problem when it is not exactly indicators.csv's, else null. */
    static String headerProblem(List<String> header) {
        return header.equals(COLUMNS) ? null
                : "the columns must be " + IndicatorService.HEADER + " in this order, not " + String.join(",", header);
    }

    /** formats.md fixes indicators.csv's header exactly; the reader checks names, this the order. */
    private static void checkHeaderOrder(Path file) {
        try (TableReader t = TableReader.open(file, null, COLUMNS, List.of(), false)) {
            String problem = headerProblem(Arrays.asList(t.header()));
            if (problem != null) throw new InputFileException(t.fileName() + ":1: header: " + problem);
        }
    }

    /** A cube for months the store holds no reports for would publish numbers nobody can trace back to reports. */
    private static List<RowError> outsideReports(Outcome read, int[] range) {
        List<RowError> errors = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : read.firstLines().entrySet()) {
            int p = e.getKey();
            if (range == null)
                errors.add(new RowError(read.file(), e.getValue(), "period", Period.format(p) + ": the store holds no reports; import them before their cube"));
            else if (p < range[0] || p > range[1])
                errors.add(new RowError(read.file(), e.getValue(), "period", Period.format(p) + " is outside the store's reports, "
                        + Period.format(range[0]) + ".." + Period.format(range[1]) + "; a cube must be of data the store holds"));
        }
        return errors;
    }

    /** Checks one row's fields (formats.md, indicators.md) and keys; the checked row, or null with its problems. */
    static final class RowCheck {
        private final IndustryClassification industries;
        private final ReferenceData ref;
        private final Map<String, Long> keys = new HashMap<>();
        private final TreeMap<Integer, Long> periodLines = new TreeMap<>();
        private final String[] why = new String[1];

        RowCheck(ReferenceData ref) {
            this.ref = ref;
            this.industries = ref.industries();
        }

        IndicatorRow row(String[] f, long line, List<FieldProblem> problems) {
            String measure = f[0], industry = f[1], region = f[2];
            boolean real = measure.equals(IndicatorCatalog.OUTPUT_VALUE_REAL);
            if (!real && !ref.indicators().isKnown(measure))
                problems.add(new FieldProblem("measure", "'" + measure + "' is neither a reference indicator nor " + IndicatorCatalog.OUTPUT_VALUE_REAL));
            Industry ind = industry.equals(IndicatorRow.ALL) ? null : industries.get(industry);
            if (!industry.equals(IndicatorRow.ALL) && (ind == null || ind.level() == IndustryLevel.GROUP
                    || !IndustryClassification.INDUSTRIAL_SECTIONS.contains(ind.section())))
                problems.add(new FieldProblem("industry", "'" + industry + "' is neither ALL nor an industrial (B, C, D) section, division or class of GB/T 4754-2017"));
            boolean regionAll = region.equals(IndicatorRow.ALL);
            if (!regionAll && (!region.endsWith("0000") || ref.regions().province(region) == null))
                problems.add(new FieldProblem("region", "'" + region + "' is neither ALL nor a province code NN0000"));
            else if (!regionAll && ind != null && ind.level() == IndustryLevel.CLASS)
                problems.add(new FieldProblem("region", "a class (" + industry + ") has rows for region ALL only"));
            int period = Period.parseOrNone(f[3]);
            if (period == Period.NONE) problems.add(new FieldProblem("period", "'" + f[3] + "' is not a month YYYY-MM"));
            double value;
            if (real) {
                value = Double.NaN;
                if (!f[4].isEmpty()) problems.add(new FieldProblem("value", "'" + f[4] + "': output_value_real has no level; the field must be empty"));
            } else {
                value = number(f[4], "value", false, problems);
            }
            int enterprises = count(f[5], problems);
            double yoy = number(f[6], "yoy_pct", true, problems);
            double ytd = number(f[7], "ytd_value", true, problems);
            double ytdYoy = number(f[8], "ytd_yoy_pct", true, problems);
            double contribution = number(f[9], "contribution_pp", true, problems);
            if (!f[9].isEmpty() && (!regionAll || industry.equals(IndicatorRow.ALL)))
                problems.add(new FieldProblem("contribution_pp", "a contribution is defined only where region = ALL and industry ≠ ALL"));
            if (!problems.isEmpty()) return null;
            String key = measure + '|' + industry + '|' + region + '|' + period;
            Long before = keys.putIfAbsent(key, line);
            if (before != null) {
                problems.add(new FieldProblem("", measure + ", " + industry + ", " + region + ", " + f[3] + " is also on line " + before));
                return null;
            }
            periodLines.putIfAbsent(period, line);
            return new IndicatorRow(measure, industry, region, period, value, enterprises, yoy, ytd, ytdYoy, contribution);
        }

        /** A finite number; empty is NaN ("not defined") where {@code emptyAllowed}. */
        private double number(String s, String column, boolean emptyAllowed, List<FieldProblem> problems) {
            if (s.isEmpty() && emptyAllowed) return Double.NaN;
            double v = Decimals.parse(s, why);
            if (Double.isNaN(v)) problems.add(new FieldProblem(column, why[0]));
            return v;
        }

        private static int count(String s, List<FieldProblem> problems) {
            boolean digits = !s.isEmpty() && s.length() <= 9 && s.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!digits) {
                problems.add(new FieldProblem("enterprises", "'" + s + "' is not a count (a non-negative integer)"));
                return 0;
            }
            return Integer.parseInt(s);
        }

        TreeMap<Integer, Long> firstLines() { return periodLines; }
    }
}
