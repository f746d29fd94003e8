package org.momentum.app.releases.press;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The press release's page rendered to PDF by openhtmltopdf (pure Java, on PDFBox), with a TrueType CJK font
 * embedded (subset) for Chinese. English renders with that font too when there is one, else with the PDF's
 * standard fonts; Chinese without a CJK font is refused with a message saying how to install one.
 */
public final class PressReleasePdf {
    private PressReleasePdf() {}

    /** Thrown when the Chinese PDF cannot be made for want of a font. */
    public static final class NoCjkFont extends RuntimeException {
        NoCjkFont(String message) { super(message); }
    }

    public static byte[] render(String xhtml, boolean zh) {
        return render(xhtml, zh, System.getenv(CjkFont.ENV));
    }

    static byte[] render(String xhtml, boolean zh, String configuredFont) {
        Path font = CjkFont.find(configuredFont);
        if (font == null && (zh || (configuredFont != null && !configuredFont.isBlank())))
            throw new NoCjkFont(CjkFont.missing(configuredFont));
        java.util.List<java.io.Closeable> fonts = new java.util.ArrayList<>(); // read until the document is written (subsetting)
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            String html = xhtml;
            if (font != null) {
                b.useFont(new PDFontSupplier(load(doc, font, fonts)), PressReleaseHtml.PDF_FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            } else {
                html = html.replace('\u2212', '-'); // the standard fonts' WinAnsi encoding has no minus sign
            }
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the press release as PDF: " + e.getMessage(), e);
        } finally {
            for (java.io.Closeable c : fonts) {
                try { c.close(); } catch (IOException ignored) { /* the PDF is written or the failure already reported */ }
            }
        }
    }

    /** The font (the first of a collection), embedded as a subset: only the glyphs used go into the file. */
    private static PDType0Font load(PDDocument doc, Path file, java.util.List<java.io.Closeable> open) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        TrueTypeFont ttf;
        if (name.endsWith(".ttc")) {
            TrueTypeCollection c = new TrueTypeCollection(file.toFile());
            open.add(c);
            TrueTypeFont[] first = {null};
            c.processAllFonts(f -> { if (first[0] == null) first[0] = f; });
            if (first[0] == null) throw new IOException(file + " holds no font");
            ttf = first[0];
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            open.add(ttf);
        }
        try {
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException | IllegalArgumentException e) {
            throw new NoCjkFont(file + " cannot be embedded (" + e.getMessage() + "); set " + CjkFont.ENV + " to a TrueType CJK font");
        }
    }
}
