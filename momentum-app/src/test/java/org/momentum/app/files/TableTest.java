package org.momentum.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableTest {
    private static Table sample() {
        return new Table("period", "name", "value", "release", "status")
                .row("2018-01", "=HYPERLINK(\"http://evil\",\"x\")", 2.5, 7L, "A")
                .row("2018-02", "北京市", Table.WITHHELD, 7L, "C")
                .row("2018-03", "-2+3", Double.NaN, null, "A")
                .row("2018-04", "@SUM(A1)", -3.25, 8L, "A");
    }

    @Test
    void csvKeepsItsColumnsLeavesWithheldEmptyAndNeutralisesFormulas() {
        assertEquals("""
                period,name,value,release,status
                2018-01,"'=HYPERLINK(""http://evil"",""x"")",2.5,7,A
                2018-02,北京市,,7,C
                2018-03,'-2+3,,,A
                2018-04,'@SUM(A1),-3.25,8,A
                """, sample().csv());
    }

    @Test
    void workbookOpensWithPoiWithTypedCellsMarksAndNote() throws Exception {
        byte[] bytes = sample().xlsx("observations");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(1, book.getNumberOfSheets());
            Sheet s = book.getSheet("observations");
            Row head = s.getRow(0);
            assertEquals("period", head.getCell(0).getStringCellValue());
            assertTrue(book.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold(), "header bold");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
            Row r1 = s.getRow(1);
            assertEquals(CellType.STRING, r1.getCell(0).getCellType(), "a period is text, not a date or number");
            assertEquals(CellType.NUMERIC, r1.getCell(2).getCellType());
            assertEquals(2.5, r1.getCell(2).getNumericCellValue());
            assertEquals(7.0, r1.getCell(3).getNumericCellValue());
            // the injection payload is a plain string cell, and prefixed so a re-save as CSV stays inert
            assertEquals(CellType.STRING, r1.getCell(1).getCellType());
            assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", r1.getCell(1).getStringCellValue());
            assertEquals("'@SUM(A1)", s.getRow(4).getCell(1).getStringCellValue());
            Row r2 = s.getRow(2);
            assertEquals("北京市", r2.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, r2.getCell(2).getCellType());
            assertEquals(Table.MARK, r2.getCell(2).getStringCellValue(), "withheld cell carries the mark");
            assertEquals(null, s.getRow(3).getCell(2), "an undefined value is an empty cell");
            assertEquals(null, s.getRow(3).getCell(3));
            assertEquals(-3.25, s.getRow(4).getCell(2).getNumericCellValue());
            assertEquals(null, s.getRow(5), "a blank row before the notes");
            assertTrue(s.getRow(6).getCell(0).getStringCellValue().startsWith("C: value withheld"), "the mark is explained");
            assertEquals(6, s.getLastRowNum());
            for (Row row : s)
                for (org.apache.poi.ss.usermodel.Cell c : row) assertTrue(c.getCellType() != CellType.FORMULA, "no formula anywhere: " + c.getAddress());
        }
    }

    @Test
    void noWithheldCellNoNote() throws Exception {
        byte[] bytes = new Table("a", "b").row("x", 1.0).xlsx("s");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(1, book.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void chineseHeaderRowInBothFormatsAndBothFrozen() throws Exception {
        Table t = new Table("region", "value").withChineseHeader("地区", "数值").row("110000", 1.5);
        assertEquals("region,value\n地区,数值\n110000,1.5\n", t.csv());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(t.xlsx("s")))) {
            Sheet s = book.getSheetAt(0);
            assertEquals("地区", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(CellType.STRING, s.getRow(2).getCell(0).getCellType(), "a region code keeps its digits as text");
        }
    }

    @Test
    void aBigTableStreams() throws Exception {
        Table t = new Table("i", "v");
        for (int i = 0; i < 20_000; i++) t.row("s" + i, i * 0.5);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(t.xlsx("big")))) {
            Sheet s = book.getSheetAt(0);
            assertEquals(20_000, s.getLastRowNum());
            assertEquals(9999.5, s.getRow(20_000).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void rowsMustMatchTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new Table("a", "b").row("x"));
        assertThrows(IllegalArgumentException.class, () -> new Table("a", "b").withChineseHeader("甲"));
    }
}
