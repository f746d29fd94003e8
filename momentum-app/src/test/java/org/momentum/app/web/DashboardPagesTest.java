package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.momentum.app.files.CsvOut;

class DashboardPagesTest {
    @Test
    void languageSwitchKeepsPathAndQuery() {
        assertEquals("/explorer?measure=output_value&units=pc1&lang=zh", DashboardPages.Page.withLang("/explorer", "measure=output_value&lang=en&units=pc1", true));
        assertEquals("/?lang=en", DashboardPages.Page.withLang("/", null, false));
        assertEquals("/products/nev?lang=zh", new DashboardPages.Page("/products/nev", "", false).switchTo(true));
        assertEquals("/downloads/sectors.csv?lang=zh&amp;x=1", new DashboardPages.Page("/", "lang=zh&x=1", true).link("/downloads/sectors.csv"),
                "escaped for the attribute");
    }

    @Test
    void aWithheldCellShowsItsMarkAndSaysWhy() {
        PublishedFigures.Figure withheld = new PublishedFigures.Figure(Double.NaN, org.momentum.dissemination.ObservationStatus.CONFIDENTIAL);
        assertEquals("<abbr class=\"withheld\" title=\"Withheld: too few enterprises or one dominates (disclosure control)\">×</abbr>",
                DashboardPages.cell(withheld, false, true));
        assertEquals(DashboardPages.cell(withheld, false, true).replace(DashboardPages.WITHHELD_EN, DashboardPages.WITHHELD_ZH), DashboardPages.cell(withheld, true, true));
        assertEquals("—", DashboardPages.cell(PublishedFigures.Figure.ABSENT, false, true), "not published: a dash, not zero");
        assertEquals("+6.6%", DashboardPages.cell(new PublishedFigures.Figure(6.55, org.momentum.dissemination.ObservationStatus.NORMAL), false, false));
        assertEquals("33.7", DashboardPages.shareCell(new PublishedFigures.Figure(100 * 132.0 / 392, org.momentum.dissemination.ObservationStatus.NORMAL), false));
    }

    @Test
    void csvTextCannotRunAsAFormula() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvOut.text("=HYPERLINK(\"x\")"), "OWASP CSV injection: prefixed, then quoted");
        assertEquals("+1", CsvOut.text("+1"), "a plain number cannot carry a formula: left as it is");
        assertEquals("-2", CsvOut.text("-2"));
        assertEquals("'-2+3", CsvOut.text("-2+3"), "an expression is prefixed");
        assertEquals("'@SUM(A1)", CsvOut.text("@SUM(A1)"));
        assertEquals("北京市", CsvOut.text("北京市"));
        assertEquals("\"'=1,2\"", CsvOut.text("=1,2"));
    }
}
