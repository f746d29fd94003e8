package org.momentum.app.disclosure;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.app.files.AtomicOutput;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.Table;
import org.momentum.app.files.RowError;
import org.momentum.app.files.TableReader;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Period;
import org.momentum.disclosure.Cell;
import org.momentum.disclosure.ProtectedCell;
import org.momentum.reports.Decimals;

/**
 * The cells file of {@code momentum protect} (formats.md "Disclosure"): input
 * {@code table,industry,region,period,value,contributors,largest1,largest2}; output the same columns plus
 * {@code status} and {@code rule}. Every bad row is reported with file, line, column and reason; a file with any
 * error gives no cells.
 */
public final class CellFiles {
    public static final List<String> INPUT = List.of("table", "industry", "region", "period", "value", "contributors", "largest1", "largest2");
    public static final String OUTPUT_HEADER = String.join(",", INPUT) + ",status,rule";
    static final int MAX_LISTED = 50;

    private CellFiles() {}

    /** The cells, or the errors (the first {@value #MAX_LISTED} listed) when there is any. */
    public record Read(List<Cell> cells, List<RowError> errors, long errorCount) {
        public boolean ok() { return errorCount == 0; }
    }

    public static Read read(Path file, String encoding, boolean ignoreUnknownColumns, IndustryClassification industries) {
        List<Cell> cells = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long[] count = {0};
        Map<String, Long> seen = new HashMap<>();
        try (TableReader t = TableReader.open(file, encoding, INPUT, List.of(), ignoreUnknownColumns)) {
            int[] col = new int[INPUT.size()];
            for (int i = 0; i < col.length; i++) col[i] = t.column(INPUT.get(i));
            String[] why = new String[1];
            while (true) {
                try {
                    if (!t.next()) break;
                } catch (TableReader.FatalRowException e) {
                    add(errors, count, e.error());
                    break;
                }
                long line = t.line();
                String shape = t.shapeProblem();
                if (shape != null) { add(errors, count, new RowError(t.fileName(), line, "", "the row " + shape)); continue; }
                String table = t.get(col[0]), industry = t.get(col[1]), region = t.get(col[2]), period = t.get(col[3]);
                long errorsBefore = count[0];
                if (table.isEmpty()) add(errors, count, new RowError(t.fileName(), line, "table", "empty, a table name is required"));
                if (!industry.equals(Cell.ALL) && !isIndustry(industry, industries))
                    add(errors, count, new RowError(t.fileName(), line, "industry", "'" + industry + "' is not ALL or a GB/T 4754-2017 section, division, group or class"));
                if (!region.equals(Cell.ALL) && !(region.length() == 6 && region.chars().allMatch(Character::isDigit) && region.endsWith("0000")))
                    add(errors, count, new RowError(t.fileName(), line, "region", "'" + region + "' is not ALL or a province code NN0000"));
                int p = Period.parseOrNone(period);
                if (p == Period.NONE) add(errors, count, new RowError(t.fileName(), line, "period", "'" + period + "' is not a month YYYY-MM"));
                double[] num = new double[4];
                String[] numCols = {"value", "contributors", "largest1", "largest2"};
                for (int k = 0; k < 4; k++) {
                    String s = t.get(col[4 + k]);
                    double x = Decimals.parse(s, why);
                    if (Double.isNaN(x)) { add(errors, count, new RowError(t.fileName(), line, numCols[k], why[0])); continue; }
                    if (x < 0) { add(errors, count, new RowError(t.fileName(), line, numCols[k], s + " is negative")); continue; }
                    if (k == 1 && x != Math.rint(x)) { add(errors, count, new RowError(t.fileName(), line, "contributors", s + " is not a whole number")); continue; }
                    num[k] = x;
                }
                if (count[0] != errorsBefore) continue; // this row had errors
                Cell c;
                try {
                    c = new Cell(table, industry, region, p, num[0], (int) num[1], num[2], num[3]);
                } catch (IllegalArgumentException e) {
                    add(errors, count, new RowError(t.fileName(), line, "", e.getMessage().replaceFirst("^cell [^:]*: ", "")));
                    continue;
                }
                Long first = seen.putIfAbsent(c.key(), line);
                if (first != null) {
                    add(errors, count, new RowError(t.fileName(), line, "", "the cell " + c.key() + " is already on line " + first));
                    continue;
                }
                cells.add(c);
            }
        }
        return new Read(count[0] == 0 ? List.copyOf(cells) : List.of(), List.copyOf(errors), count[0]);
    }

    private static boolean isIndustry(String code, IndustryClassification industries) {
        return industries.contains(code) && (code.length() == 1 || code.chars().allMatch(Character::isDigit));
    }

    private static void add(List<RowError> errors, long[] count, RowError e) {
        if (errors.size() < MAX_LISTED) errors.add(e);
        count[0]++;
    }

    /** The protected cells as CSV, or for a *.xlsx name the same columns as a workbook (analysts' file: values kept, status says what is suppressed). */
    public static void write(Path file, List<ProtectedCell> cells) {
        if (!Table.isWorkbook(file)) {
            AtomicOutput.write(file, w -> write(w, cells));
            return;
        }
        Table t = new Table(OUTPUT_HEADER.split(","));
        for (ProtectedCell pc : cells) {
            Cell c = pc.cell();
            t.row(c.table(), c.industry(), c.region(), Period.format(c.period()), c.value(), c.contributors(), c.largest1(), c.largest2(),
                    pc.status().code(), pc.rule());
        }
        t.writeWorkbook(file);
    }

    static void write(Writer w, List<ProtectedCell> cells) throws IOException {
        w.write(OUTPUT_HEADER);
        w.write('\n');
        StringBuilder sb = new StringBuilder(128);
        for (ProtectedCell pc : cells) {
            Cell c = pc.cell();
            sb.setLength(0);
            sb.append(CsvOut.quote(c.table())).append(',').append(c.industry()).append(',').append(c.region()).append(',')
                    .append(Period.format(c.period())).append(',').append(CsvOut.number(c.value())).append(',').append(c.contributors())
                    .append(',').append(CsvOut.number(c.largest1())).append(',').append(CsvOut.number(c.largest2())).append(',')
                    .append(pc.status().code()).append(',').append(CsvOut.quote(pc.rule())).append('\n');
            w.write(sb.toString());
        }
    }
}
