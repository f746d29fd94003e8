package org.momentum.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.disclosure.CellFiles;
import org.momentum.app.indicators.IndicatorService;
import org.momentum.app.quality.QualityService;
import org.momentum.classification.Period;
import org.momentum.disclosure.Cell;
import org.momentum.disclosure.ProtectedCell;
import org.momentum.disclosure.Status;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorRow;
import org.momentum.quality.Flag;

/** The CLI's table outputs (flags, indicators, protected cells) as workbooks when the --out name ends in .xlsx. */
class WorkbookOutputsTest {
    @TempDir Path dir;

    private Sheet sheet(Path file, List<XSSFWorkbook> keep) throws Exception {
        assertTrue(Files.exists(file));
        assertTrue(!Files.exists(file.resolveSibling(file.getFileName() + ".tmp")), "no temporary file left");
        try (InputStream in = Files.newInputStream(file)) {
            XSSFWorkbook book = new XSSFWorkbook(in);
            keep.add(book);
            return book.getSheetAt(0);
        }
    }

    @Test
    void flagsIndicatorsAndProtectedCells() throws Exception {
        List<XSSFWorkbook> books = new java.util.ArrayList<>();
        int dec = Period.of(2018, 12);
        Path flags = dir.resolve("flags.xlsx");
        QualityService.write(List.of(new Flag("=cmd|'/C calc'!A0", dec, "output_value", 0.8125, "hidiroglou_berthelot", "ratio 9.1")), flags);
        Sheet f = sheet(flags, books);
        assertEquals(QualityService.HEADER, String.join(",", cells(f.getRow(0))));
        assertEquals("'=cmd|'/C calc'!A0", f.getRow(1).getCell(0).getStringCellValue(), "an enterprise id that looks like a formula stays text");
        assertEquals(0.8125, f.getRow(1).getCell(3).getNumericCellValue());

        Path ind = dir.resolve("indicators.xlsx");
        IndicatorService.write(IndicatorCube.of(List.of(new IndicatorRow("output_value", "36", "440000", dec, 1234.5, 7, 6.5, 15000, Double.NaN, 0.8))), ind);
        Sheet i = sheet(ind, books);
        assertEquals(IndicatorService.HEADER, String.join(",", cells(i.getRow(0))));
        Row r = i.getRow(1);
        assertEquals(CellType.STRING, r.getCell(1).getCellType(), "industry code stays text");
        assertEquals("440000", r.getCell(2).getStringCellValue());
        assertEquals("2018-12", r.getCell(3).getStringCellValue());
        assertEquals(1234.5, r.getCell(4).getNumericCellValue());
        assertEquals(7, r.getCell(5).getNumericCellValue());
        assertEquals(null, r.getCell(8), "an undefined growth is an empty cell");

        Path cells = dir.resolve("protected.xlsx");
        CellFiles.write(cells, List.of(new ProtectedCell(new Cell("output", "34", "310000", dec, 150, 2, 80, 70), Status.PRIMARY, "freq(3)")));
        Sheet c = sheet(cells, books);
        assertEquals(CellFiles.OUTPUT_HEADER, String.join(",", cells(c.getRow(0))));
        assertEquals("primary", c.getRow(1).getCell(8).getStringCellValue());
        assertEquals(150, c.getRow(1).getCell(4).getNumericCellValue());
        for (XSSFWorkbook b : books) b.close();
    }

    private static List<String> cells(Row row) {
        List<String> out = new java.util.ArrayList<>();
        for (org.apache.poi.ss.usermodel.Cell c : row) out.add(c.getStringCellValue());
        return out;
    }
}
