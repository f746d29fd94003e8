package org.momentum.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Formula injection (OWASP "CSV Injection"): text cells that a spreadsheet would evaluate get a leading apostrophe. */
class CsvOutTest {
    @Test
    void formulaCellsAreNeutralisedAndNumbersKept() {
        assertEquals("'=1+1", CsvOut.quote("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvOut.quote("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+cmd|' /C calc'!A0", CsvOut.quote("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvOut.quote("-2+3"));
        assertEquals("'@SUM(A1)", CsvOut.quote("@SUM(A1)"));
        assertEquals("'\t=1", CsvOut.quote("\t=1"));
        assertEquals("\"'\r=1\"", CsvOut.quote("\r=1"));
        assertEquals("-3.5", CsvOut.quote("-3.5"));
        assertEquals("+1e-3", CsvOut.quote("+1e-3"));
        assertEquals("北京机器人有限公司", CsvOut.quote("北京机器人有限公司"));
        assertEquals("\"a, b\"", CsvOut.quote("a, b"));
    }
}
