package org.momentum.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * CsvBytes against CsvParser, the reader whose behaviour is the spec: every record CsvBytes reads has the fields
 * CsvParser reads, also when the bytes arrive a few at a time; what it leaves to CsvParser it says so.
 */
class CsvBytesTest {

    /** The records CsvBytes reads until the end or its first NOT_SIMPLE (then the list ends with null). */
    static List<List<String>> read(byte[] b, int step, int maxFields) {
        CsvBytes c = new CsvBytes(maxFields);
        List<List<String>> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int to = Math.min(b.length, pos + step), r;
            while ((r = c.next(b, pos, to, to == b.length)) == CsvBytes.NEED_MORE) to = Math.min(b.length, to + step);
            if (r == CsvBytes.END) return out;
            if (r == CsvBytes.NOT_SIMPLE) {
                out.add(null);
                return out;
            }
            List<String> rec = new ArrayList<>();
            for (int i = 0; i < c.count(); i++) {
                rec.add(new String(b, c.start(i), c.end(i) - c.start(i), StandardCharsets.UTF_8));
                boolean high = false;
                for (int j = c.start(i); j < c.end(i); j++) high |= b[j] < 0;
                assertEquals(high, c.nonAscii(i));
            }
            out.add(rec);
            pos = r;
        }
    }

    /** CsvParser's records, as far as it reads before an error (then the list ends with null). */
    static List<List<String>> parse(String text) {
        CsvParser p = new CsvParser(new StringReader(text));
        List<List<String>> out = new ArrayList<>();
        try {
            while (p.next()) out.add(List.of(p.fields()));
        } catch (CsvFormatException e) {
            out.add(null);
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab,\"\r\n 北\t").ofMaxLength(40);
    }

    @Property(tries = 2000)
    void readsWhatCsvParserReads(@ForAll("texts") String text, @ForAll("steps") int step) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        List<List<String>> ours = read(b, step, 1024), theirs = parse(text);
        int simple = ours.indexOf(null) < 0 ? ours.size() : ours.indexOf(null);
        assertTrue(theirs.size() >= simple, () -> ours + " against " + theirs);
        assertEquals(theirs.subList(0, simple), ours.subList(0, simple), text);
        if (simple == ours.size()) assertEquals(theirs, ours, text); // read to the end: the same records, no error missed
    }

    @Provide
    Arbitrary<Integer> steps() { return Arbitraries.of(1, 2, 3, 7, 1000); }

    @Test
    void commonShapes() {
        byte[] b = "\uFEFFa,\"b c\",,\"\"\r\n\r\n\nx,y\rz".getBytes(StandardCharsets.UTF_8);
        List<List<String>> r = read(Arrays.copyOfRange(b, 3, b.length), 1000, 8);
        assertEquals(List.of(List.of("a", "b c", "", ""), List.of("x", "y"), List.of("z")), r);
        assertEquals(List.of(List.of("a"), List.of("b", "")), read("a\nb,".getBytes(StandardCharsets.UTF_8), 1, 8));
    }

    @Test
    void leavesToCsvParserWhatNeedsUnescapingOrIsAnError() {
        for (String t : List.of("\"a\"\"b\"\n", "\"a\nb\"\n", "ab\"c\n", "\"ab\"c\n", "\"ab", "a,b,c\n")) {
            List<List<String>> r = read(t.getBytes(StandardCharsets.UTF_8), 1000, 2);
            assertEquals(null, r.get(r.size() - 1), t);
        }
        assertEquals(1, read(("x" + "a".repeat(CsvBytes.MAX_FIELD_BYTES) + "\n").getBytes(StandardCharsets.UTF_8), 1 << 20, 4).size());
        assertEquals(null, read(("x" + "a".repeat(CsvBytes.MAX_FIELD_BYTES) + "\n").getBytes(StandardCharsets.UTF_8), 1 << 20, 4).get(0));
    }
}
