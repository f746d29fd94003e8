package org.momentum.app.releases.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PressReleasePdfTest {
    static final String PAGE = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/></head>"
            + "<body style=\"font-family:'Momentum CJK',sans-serif\"><p>Output fell \u22121.5% · 工业机器人13.1万套</p></body></html>";

    @Test
    void aChinesePdfWithoutAFontIsRefusedSayingHowToGetOne() {
        PressReleasePdf.NoCjkFont e = assertThrows(PressReleasePdf.NoCjkFont.class,
                () -> PressReleasePdf.render(PAGE, true, "/nonexistent/font.ttf"));
        assertTrue(e.getMessage().startsWith("MOMENTUM_CJK_FONT=/nonexistent/font.ttf is not a readable font file"), e.getMessage());
        assertTrue(CjkFont.missing(null).contains("scripts/install-fonts.sh"), CjkFont.missing(null));
    }

    @Test
    void aConfiguredFontIsEmbeddedAndItsTextExtracted() throws Exception {
        Path font = CjkFont.find(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(font != null, "no CJK font here (PressReleaseDemoTest installs one)");
        byte[] pdf = PressReleasePdf.render(PAGE, true, font.toString());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(1, d.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(d).contains("Output fell \u22121.5% · 工业机器人13.1万套"));
            boolean embedded = false;
            for (var name : d.getPage(0).getResources().getFontNames())
                embedded |= d.getPage(0).getResources().getFont(name).isEmbedded();
            assertTrue(embedded, "the CJK font travels with the file");
        }
    }
}
