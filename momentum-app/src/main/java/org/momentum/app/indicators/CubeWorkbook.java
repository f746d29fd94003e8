package org.momentum.app.indicators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.RowError;
import org.momentum.indicators.IndicatorRow;
import org.momentum.reports.FieldProblem;

/**
 * indicators.xlsx as {@link IndicatorService#write} writes it (one sheet, the header in row 1, a row per cell, numbers
 * as numeric cells), read with the same row checks as the CSV. Apart from {@link CubeFile} so that Apache POI is
 * loaded only for a workbook.
 */
final class CubeWorkbook {
    private CubeWorkbook() {}

    static CubeFile.Outcome read(Path file, CubeFile.RowCheck check) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException(name + ": no such file");
        } catch (IOException e) {
            throw new InputFileException(name + ": cannot be read: " + e.getMessage());
        }
        List<RowError> errors = new ArrayList<>();
        List<IndicatorRow> rows = new ArrayList<>();
        long count = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            String problem = sheet.getRow(0) == null ? "the sheet is empty; a header row is required"
                    : CubeFile.headerProblem(List.of(cells(sheet.getRow(0), sheet.getRow(0).getLastCellNum())));
            if (problem != null) throw new InputFileException(name + ":1: header: " + problem);
            int width = CubeFile.COLUMNS.size();
            List<FieldProblem> problems = new ArrayList<>(4);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getLastCellNum() <= 0) break; // a blank row ends the table (notes may follow it)
                problems.clear();
                IndicatorRow x = null;
                if (row.getLastCellNum() > width) problems.add(new FieldProblem("", "the row has " + row.getLastCellNum() + " fields but the header has " + width));
                else x = check.row(cells(row, width), r + 1, problems);
                for (FieldProblem p : problems)
                    if (errors.size() < InputReader.MAX_LISTED_ERRORS) errors.add(new RowError(name, r + 1, p.column(), p.reason()));
                count += problems.size();
                if (x != null) rows.add(x);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException ie) throw ie;
            throw new InputFileException(name + ": not an Excel workbook (.xlsx): " + e.getMessage());
        }
        return CubeFile.outcome(name, org.momentum.app.security.Secrets.sha256(bytes), errors, count, rows, check);
    }

    /** The first {@code n} cells as the CSV would carry them: numbers as CsvOut writes them (they read back to the same double). */
    private static String[] cells(Row row, int n) {
        String[] f = new String[Math.max(0, n)];
        for (int c = 0; c < f.length; c++) {
            Cell cell = row.getCell(c);
            f[c] = cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> CsvOut.number(cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue().trim();
                case BLANK -> "";
                case FORMULA -> "=" + cell.getCellFormula(); // refused by the checks: a cube holds values, not formulas
                default -> cell.toString();
            };
        }
        return f;
    }
}
