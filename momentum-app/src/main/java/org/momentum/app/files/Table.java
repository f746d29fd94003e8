package org.momentum.app.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table served for download, written as CSV or as a one-sheet XLSX workbook (Apache POI, SXSSF: rows are
 * streamed to a temporary file past a window, so a 100,000-row table does not sit in memory as POI objects).
 * <p>
 * Cells are {@link String} (text; formula-like text made inert as {@link CsvOut#neutralise} does, so a re-save of
 * the workbook as CSV stays safe — OWASP "CSV Injection"), a {@link Number} (a numeric cell; NaN and null are
 * empty), or {@link #WITHHELD}: a value suppressed by disclosure control — empty in the CSV (its row's status
 * column says C), the mark {@value #MARK} in the workbook, explained by a note under the table.
 */
public final class Table {
    /** A cell whose value is withheld (confidential). */
    public static final Object WITHHELD = new Object() {
        @Override public String toString() { return MARK; }
    };
    /** What a withheld cell shows in a workbook: C, as the API's and SDMX's OBS_STATUS for confidential. */
    public static final String MARK = "C";
    static final String WITHHELD_NOTE = MARK + ": value withheld to protect the confidentiality of individual enterprises "
            + "(statistical disclosure control) · " + MARK + "：为保护单个企业信息而不予公布的数值（统计披露控制）";

    private final List<String> header;
    private final List<String> headerZh;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A table with these column names (the CSV's header line). */
    public Table(String... header) { this(List.of(header), List.of()); }

    private Table(List<String> header, List<String> headerZh) {
        this.header = List.copyOf(header);
        this.headerZh = List.copyOf(headerZh);
    }

    /** The same table with a second, Chinese header row (as a bilingual CSV would carry under its header). */
    public Table withChineseHeader(String... zh) {
        if (zh.length != header.size()) throw new IllegalArgumentException("Chinese header has " + zh.length + " columns, not " + header.size());
        return new Table(header, List.of(zh));
    }

    public Table row(Object... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        rows.add(cells.clone());
        return this;
    }

    /** A line of explanation shown under the table in the workbook (the CSV keeps its bare rows). */
    public Table note(String text) {
        notes.add(text);
        return this;
    }

    public List<String> header() { return header; }

    public int rowCount() { return rows.size(); }

    /** RFC 4180 CSV with a header line (and the Chinese one when given), LF line ends. */
    public String csv() {
        StringBuilder b = new StringBuilder(64 + rows.size() * 16 * header.size());
        line(b, header.toArray());
        if (!headerZh.isEmpty()) line(b, headerZh.toArray());
        for (Object[] r : rows) line(b, r);
        return b.toString();
    }

    private static void line(StringBuilder b, Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(',');
            Object v = cells[i];
            if (v instanceof Double d) b.append(CsvOut.number(d));
            else if (v instanceof Float f) b.append(CsvOut.number(f));
            else if (v instanceof Number n) b.append(n);
            else if (v != null && v != WITHHELD) b.append(CsvOut.quote(v.toString()));
        }
        b.append('\n');
    }

    /** The table as an XLSX workbook: header bold and frozen, numbers numeric, withheld cells marked and explained. */
    public byte[] xlsx(String sheetName) {
        SXSSFWorkbook book = new SXSSFWorkbook(500);
        try {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            int r = 0;
            r = headerRow(sheet, r, header, head);
            if (!headerZh.isEmpty()) r = headerRow(sheet, r, headerZh, head);
            sheet.createFreezePane(0, r);
            for (int c = 0; c < header.size(); c++) {
                int chars = Math.max(header.get(c).length(), headerZh.isEmpty() ? 0 : 2 * headerZh.get(c).length());
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, chars + 2)) * 256);
            }
            boolean withheld = false;
            for (Object[] cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    Object v = cells[c];
                    if (v == null) continue;
                    if (v instanceof Number n) {
                        double d = n.doubleValue();
                        if (Double.isFinite(d)) row.createCell(c).setCellValue(d);
                    } else if (v == WITHHELD) {
                        row.createCell(c).setCellValue(MARK);
                        withheld = true;
                    } else {
                        row.createCell(c).setCellValue(CsvOut.neutralise(v.toString()));
                    }
                }
            }
            List<String> under = new ArrayList<>(notes);
            if (withheld) under.add(WITHHELD_NOTE);
            if (!under.isEmpty()) r++; // a blank row keeps the notes apart from the data (and out of a filter's range)
            for (String n : under) sheet.createRow(r++).createCell(0).setCellValue(CsvOut.neutralise(n));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose(); // the temporary sheet files
            try { book.close(); } catch (IOException ignored) { /* in memory */ }
        }
    }

    /** An output file named *.xlsx is written as a workbook; any other name keeps the file's CSV format. */
    public static boolean isWorkbook(java.nio.file.Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** The workbook written atomically, its sheet named after the file. */
    public void writeWorkbook(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        AtomicOutput.write(file, xlsx(name.substring(0, name.length() - ".xlsx".length())));
    }

    private static int headerRow(Sheet sheet, int r, List<String> names, CellStyle style) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(CsvOut.neutralise(names.get(c)));
            cell.setCellStyle(style);
        }
        return r + 1;
    }

    @Override public String toString() { return "Table" + header + " × " + rows.size() + (rows.isEmpty() ? "" : " " + Arrays.toString(rows.get(0))); }
}
