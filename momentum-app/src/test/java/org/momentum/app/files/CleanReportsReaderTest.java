package org.momentum.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.registry.EnterpriseIndex;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.ReportRules;

/**
 * The byte reader against the string reader whose behaviour is the spec ({@link InputReader#readReports}), on a
 * seeded corpus of valid and broken files: quoted fields, CRLF and lone CR, blank lines, BOM, non-ASCII text,
 * invalid UTF-8, control characters, space padding, repeated keys, bad decimals, field counts, quoting errors. For
 * every file, an import reaches the same outcome (the byte reader's, or the string reader's where it gives way):
 * the byte reader vouches only for files the string reader finds clean, with the same outcome, and gives way on
 * such a file only when it holds what it leaves to CsvParser (a doubled quote, a line break in quotes).
 */
class CleanReportsReaderTest {
    static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
    static final List<String> IDS = List.of("E1", "E2", "E3", "91110000MA01ABCD1X");
    static final EnterpriseIndex REGISTER = new EnterpriseIndex(new String[] {"E1", "E2", "E3", "91110000MA01ABCD1X", "Q\"1"});
    static final int CURRENT = Period.of(2026, 11);

    @TempDir Path dir;

    @Test
    void agreesWithTheStringReaderOnASeededCorpus() throws Exception {
        Random rnd = new Random(4754);
        int vouched = 0, refused = 0, leftToStrings = 0, padded = 0;
        ReportRules rules = new ReportRules(CATALOG, REGISTER::contains, CURRENT);
        for (int k = 0; k < 800; k++) {
            ReportsCorpus.File g = new ReportsCorpus(rnd, IDS, "Q\"1").file(rnd.nextDouble() < 0.5);
            Path p = dir.resolve("r" + k + ".csv");
            Files.write(p, g.bytes());
            ReadOutcome strings;
            try {
                strings = InputReader.readReports(p, g.options(), rules, (l, r) -> {}, Progress.NONE);
            } catch (InputFileException e) {
                strings = null; // the header is refused
            }
            InputReader.Shape shape = InputReader.reportsShape(p, g.options());
            // as ImportService: only a UTF-8 file goes to the byte reader
            CleanReportsReader.Clean clean = shape == null || !shape.encoding().startsWith("UTF-8") ? null
                    : CleanReportsReader.read(p, g.options(), shape.encoding(), CATALOG, REGISTER, CURRENT, Progress.NONE);
            boolean stringsClean = strings != null && strings.ok() && strings.identicalRepeats() == 0 && !strings.controlPadding();
            String what = "file " + k + ":\n" + new String(g.bytes(), StandardCharsets.UTF_8) + "\nstring reader: " + strings;
            if (clean != null) {
                assertTrue(stringsClean, what);
                assertEquals(strings, clean.outcome(), what);
                assertEquals(g.paddedText(), clean.paddedText(), what);
                vouched++;
                if (g.paddedText()) padded++;
            } else if (stringsClean && shape.encoding().startsWith("UTF-8")) {
                assertTrue(g.leftToCsvParser(), what);
                leftToStrings++;
            } else {
                refused++;
            }
        }
        // the corpus is worth something only if it has plenty of each
        assertTrue(vouched > 200 && refused > 200 && leftToStrings > 5 && padded > 20,
                vouched + " vouched for, " + refused + " refused, " + leftToStrings + " left to the string reader, " + padded + " padded");
    }

    @Test
    void vouchesForAPlainFileWithItsChecksum() throws Exception {
        Path p = dir.resolve("plain.csv");
        Files.writeString(p, "\uFEFFenterprise_id,period,indicator,value,prev_year_value\r\nE1,2017-01,output_value,1.5,\r\n\"E2\",2017-01,output_value,2,1\r\n");
        CleanReportsReader.Clean c = CleanReportsReader.read(p, ReadOptions.strict(), "UTF-8 (BOM)", CATALOG, REGISTER, CURRENT, Progress.NONE);
        assertNotNull(c);
        assertEquals(2, c.outcome().accepted());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))),
                c.outcome().sha256());
        Files.writeString(p, "enterprise_id,period,indicator,value\nE1,2017-01,output_value,1\nE1,2017-01,output_value,1\n");
        assertNull(CleanReportsReader.read(p, ReadOptions.strict(), "UTF-8", CATALOG, REGISTER, CURRENT, Progress.NONE), "a repeated row");
    }

    @Test
    void aFileLargerThanTheBufferAndBadBytesPastTheFirstMegabyte() throws Exception {
        String[] ids = new String[150_000];
        for (int i = 0; i < ids.length; i++) ids[i] = "E" + i;
        EnterpriseIndex register = new EnterpriseIndex(ids);
        ReportRules rules = new ReportRules(CATALOG, register::contains, CURRENT);
        StringBuilder sb = new StringBuilder("enterprise_id,period,indicator,value,note\r\n");
        for (String id : ids) sb.append(id).append(",2018-12,output_value,").append(id.length() * 7.25).append(",北京\r\n");
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(b.length > CleanReportsReader.BUFFER + (1 << 20));
        Path p = dir.resolve("big.csv");
        Files.write(p, b);
        ReadOptions opt = new ReadOptions(null, true, false);
        ReadOutcome strings = InputReader.readReports(p, opt, rules, (l, r) -> {}, Progress.NONE);
        CleanReportsReader.Clean clean = CleanReportsReader.read(p, opt, "UTF-8", CATALOG, register, CURRENT, Progress.NONE);
        assertNotNull(clean);
        assertEquals(strings, clean.outcome());
        assertEquals(ids.length, clean.outcome().accepted());

        // a byte that is not UTF-8 in the last row's note: the encoding was decided on the first megabyte as UTF-8
        b[b.length - 4] = (byte) 0xC0;
        Files.write(p, b);
        assertTrue(InputReader.readReports(p, opt, rules, (l, r) -> {}, Progress.NONE).fatal());
        assertEquals("UTF-8", InputReader.reportsShape(p, opt).encoding());
        assertNull(CleanReportsReader.read(p, opt, "UTF-8", CATALOG, register, CURRENT, Progress.NONE));
    }
}
