package org.momentum.app.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.RegisterRules;
import org.momentum.reports.Decimals;
import org.momentum.reports.DuplicateKeys;
import org.momentum.reports.FieldProblem;
import org.momentum.reports.Report;
import org.momentum.reports.ReportRules;

/**
 * The readers of enterprises.csv, reports.csv and prices.csv ({@code formats.md}). Each validates every row
 * with the core rules, gives valid rows to a sink and collects errors by file, line and column. Whether a file
 * with errors is applied at all is the caller's decision (one transaction per file, or --partial).
 */
public final class InputReader {
    /** Errors kept for display; all are counted, and with --partial all are in the rejects file. */
    public static final int MAX_LISTED_ERRORS = 1000;

    public static final List<String> ENTERPRISE_COLUMNS = List.of("enterprise_id", "name", "industry", "region", "size", "scope_from", "scope_to");
    public static final List<String> REPORT_COLUMNS = List.of("enterprise_id", "period", "indicator", "value");
    public static final List<String> REPORT_OPTIONAL = List.of("prev_year_value");
    public static final List<String> PRICE_COLUMNS = List.of("industry", "period", "ppi_yoy");

    private InputReader() {}

    public static ReadOutcome readEnterprises(Path file, ReadOptions opt, RegisterRules rules, RowSink<Enterprise> sink, Progress progress) {
        try (TableReader t = TableReader.open(file, opt.encoding(), ENTERPRISE_COLUMNS.subList(0, 6), List.of("scope_to"), opt.ignoreUnknownColumns())) {
            int cId = t.column("enterprise_id"), cName = t.column("name"), cInd = t.column("industry"), cReg = t.column("region"),
                    cSize = t.column("size"), cFrom = t.column("scope_from"), cTo = t.column("scope_to");
            Map<String, Enterprise> seen = new HashMap<>();
            Map<String, Long> seenLine = new HashMap<>();
            return loop(t, opt, progress, "enterprises", (problems) -> {
                Enterprise e = rules.check(t.get(cId), t.get(cName), t.get(cInd), t.get(cReg), t.get(cSize), t.get(cFrom), t.get(cTo), problems);
                if (e == null) return null;
                Enterprise before = seen.putIfAbsent(e.id(), e);
                if (before != null) {
                    if (before.equals(e)) return Skip.INSTANCE;
                    problems.add(new FieldProblem("enterprise_id", "enterprise '" + e.id() + "' is also on line "
                            + seenLine.get(e.id()) + " with other values"));
                    return null;
                }
                seenLine.put(e.id(), t.line());
                return e;
            }, sink);
        }
    }

    public static ReadOutcome readReports(Path file, ReadOptions opt, ReportRules rules, RowSink<Report> sink, Progress progress) {
        try (TableReader t = TableReader.open(file, opt.encoding(), REPORT_COLUMNS, REPORT_OPTIONAL, opt.ignoreUnknownColumns())) {
            int cId = t.column("enterprise_id"), cPer = t.column("period"), cInd = t.column("indicator"), cVal = t.column("value"),
                    cPrev = t.column("prev_year_value");
            DuplicateKeys keys = new DuplicateKeys((int) Math.min(1 << 27, t.size() / 40)); // ~40 bytes a row
            return loop(t, opt, progress, "reports", (problems) -> {
                Report r = rules.check(t.get(cId), t.get(cPer), t.get(cInd), t.get(cVal), t.get(cPrev), problems);
                if (r == null) return null;
                switch (keys.see(r, t.line())) {
                    case IDENTICAL: return Skip.INSTANCE;
                    case CONFLICT:
                        problems.add(new FieldProblem("value", "enterprise " + r.enterpriseId() + ", " + Period.format(r.period()) + ", "
                                + r.indicator() + " is also on line " + keys.firstLine() + " with another value"));
                        return null;
                    default: return r;
                }
            }, sink);
        }
    }

    /** The encoding and whether there is a prev_year_value column, from the header alone; null when it cannot be read. */
    public record Shape(String encoding, boolean hasPrevYearValue) {}

    public static Shape reportsShape(Path file, ReadOptions opt) {
        try (TableReader t = TableReader.open(file, opt.encoding(), REPORT_COLUMNS, REPORT_OPTIONAL, opt.ignoreUnknownColumns())) {
            return new Shape(t.encoding(), t.column("prev_year_value") >= 0);
        } catch (InputFileException e) {
            return null;
        }
    }

    public static ReadOutcome readPrices(Path file, ReadOptions opt, IndustryClassification industries, int currentPeriod,
                                         RowSink<PriceRow> sink, Progress progress) {
        try (TableReader t = TableReader.open(file, opt.encoding(), PRICE_COLUMNS, List.of(), opt.ignoreUnknownColumns())) {
            int cInd = t.column("industry"), cPer = t.column("period"), cPpi = t.column("ppi_yoy");
            Map<String, PriceRow> seen = new HashMap<>();
            Map<String, Long> seenLine = new HashMap<>();
            String[] why = new String[1];
            return loop(t, opt, progress, "prices", (problems) -> {
                String ind = t.get(cInd);
                if (!ind.equals("ALL") && !industries.contains(ind))
                    problems.add(new FieldProblem("industry", "'" + ind + "' is neither ALL nor a GB/T 4754-2017 code"));
                String ps = t.get(cPer);
                int p = Period.parseOrNone(ps);
                if (p == Period.NONE) problems.add(new FieldProblem("period", "'" + ps + "' is not a month YYYY-MM"));
                else if (p > currentPeriod) problems.add(new FieldProblem("period", ps + " is after the current month " + Period.format(currentPeriod)));
                String vs = t.get(cPpi);
                double v = Decimals.parse(vs, why);
                if (Double.isNaN(v)) problems.add(new FieldProblem("ppi_yoy", why[0]));
                else if (v <= 0) problems.add(new FieldProblem("ppi_yoy", vs + " is not > 0 (an index: same month last year = 1.000)"));
                if (!problems.isEmpty()) return null;
                PriceRow row = new PriceRow(ind, p, v);
                String key = ind + "|" + p;
                PriceRow before = seen.putIfAbsent(key, row);
                if (before != null) {
                    if (before.equals(row)) return Skip.INSTANCE;
                    problems.add(new FieldProblem("ppi_yoy", ind + " " + ps + " is also on line " + seenLine.get(key) + " with another value"));
                    return null;
                }
                seenLine.put(key, t.line());
                return row;
            }, sink);
        }
    }

    /** Checks one record of {@link #readTable}: its value, null when it added problems, or {@link #REPEAT}. */
    @FunctionalInterface
    public interface RowParser {
        Object parse(TableReader t, List<FieldProblem> problems);
    }

    /** What a {@link RowParser} returns for a row that repeats an earlier one exactly (read, not applied again). */
    public static final Object REPEAT = Skip.INSTANCE;

    /**
     * Reads any other input file with the same rules as the three above (encoding, header, file:line:column errors,
     * rejects file with --partial): each record is checked by {@code parser} and valid values go to {@code sink}.
     */
    public static <T> ReadOutcome readTable(Path file, ReadOptions opt, List<String> required, List<String> optional, String what,
                                            RowParser parser, RowSink<T> sink, Progress progress) {
        try (TableReader t = TableReader.open(file, opt.encoding(), required, optional, opt.ignoreUnknownColumns())) {
            return loop(t, opt, progress, what, problems -> parser.parse(t, problems), sink);
        }
    }

    /** Marks an identical repeated row: read, not an error, not given to the sink again. */
    private enum Skip { INSTANCE }

    private interface RowCheck {
        Object check(List<FieldProblem> problems);
    }

    @SuppressWarnings("unchecked")
    private static <T> ReadOutcome loop(TableReader t, ReadOptions opt, Progress progress, String what, RowCheck check, RowSink<T> sink) {
        List<RowError> errors = new ArrayList<>();
        long errorCount = 0, rows = 0, accepted = 0, rejectedRows = 0;
        boolean fatal = false;
        Rejects rejects = opt.partial() ? new Rejects(t) : null;
        List<FieldProblem> problems = new ArrayList<>(4);
        long lastReport = System.nanoTime();
        try {
            while (true) {
                try {
                    if (!t.next()) break;
                } catch (TableReader.FatalRowException e) {
                    errors.add(e.error());
                    errorCount++;
                    rejectedRows++;
                    fatal = true;
                    break;
                }
                rows++;
                problems.clear();
                String shape = t.shapeProblem();
                Object row = null;
                String[] control = shape == null ? t.controlCharacterProblem() : null;
                if (shape != null) problems.add(new FieldProblem("", "the row " + shape));
                else if (control != null) problems.add(new FieldProblem(control[0], control[1]));
                else row = check.check(problems);
                if (!problems.isEmpty()) {
                    rejectedRows++;
                    errorCount += problems.size();
                    for (FieldProblem p : problems) {
                        if (errors.size() < MAX_LISTED_ERRORS) errors.add(new RowError(t.fileName(), t.line(), p.column(), p.reason()));
                    }
                    if (rejects != null) rejects.write(t, problems);
                } else if (row != Skip.INSTANCE) {
                    sink.accept(t.line(), (T) row);
                    accepted++;
                }
                if ((rows & 0xFFFF) == 0) {
                    long now = System.nanoTime();
                    if (now - lastReport > 500_000_000L) {
                        progress.update(what, t.bytesRead(), t.size(), rows);
                        lastReport = now;
                    }
                }
            }
        } catch (RuntimeException e) {
            if (rejects != null) rejects.close();
            throw e;
        } catch (Exception e) {
            if (rejects != null) rejects.close();
            throw new IllegalStateException("cannot apply " + t.fileName() + ": " + e.getMessage(), e);
        }
        progress.finish(what, rows);
        Path rp = null;
        if (rejects != null) {
            rejects.close();
            rp = rejects.count > 0 ? rejects.path : null;
            if (rejects.count == 0) rejects.delete();
        }
        return new ReadOutcome(t.fileName(), t.encoding(), t.sha256(), rows, accepted, rejectedRows, errorCount, List.copyOf(errors), fatal, rp,
                t.sawControlPadding());
    }

    /** The rejects file written beside the input with --partial: the rejected rows as they were, with line and reason. */
    private static final class Rejects {
        final Path path;
        final BufferedWriter w;
        long count;

        Rejects(TableReader t) {
            Path in = t.path().toAbsolutePath();
            String name = in.getFileName().toString();
            String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
            this.path = in.resolveSibling(base + ".rejects.csv");
            try {
                this.w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                List<String> h = new ArrayList<>(List.of(t.header()));
                h.add("line");
                h.add("error");
                writeRow(h.toArray(new String[0]));
            } catch (IOException e) {
                throw new InputFileException("cannot write the rejects file " + path + ": " + e.getMessage());
            }
        }

        void write(TableReader t, List<FieldProblem> problems) {
            String[] raw = t.rawFields();
            String[] row = new String[raw.length + 2];
            System.arraycopy(raw, 0, row, 0, raw.length);
            row[raw.length] = Long.toString(t.line());
            StringBuilder sb = new StringBuilder();
            for (FieldProblem p : problems) {
                if (sb.length() > 0) sb.append("; ");
                if (!p.column().isEmpty()) sb.append(p.column()).append(": ");
                sb.append(p.reason());
            }
            row[raw.length + 1] = sb.toString();
            writeRow(row);
            count++;
        }

        private void writeRow(String[] fields) {
            try {
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) w.write(',');
                    w.write(CsvOut.quote(fields[i]));
                }
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try { w.close(); } catch (IOException e) { throw new UncheckedIOException(e); }
        }

        void delete() {
            try { Files.deleteIfExists(path); } catch (IOException ignored) { /* an empty rejects file is harmless */ }
        }
    }
}
