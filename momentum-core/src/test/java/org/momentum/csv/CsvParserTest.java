package org.momentum.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 4180 records with line numbers. Most tests run twice: with a plain reader and with one that hands out a single
 * character per read, so that every record, quote, CR and LF also meets a buffer boundary.
 */
class CsvParserTest {

    /** A record as read: the line it starts on and its fields. */
    record Rec(long line, List<String> fields) {
        static Rec of(long line, String... fields) { return new Rec(line, List.of(fields)); }
    }

    /** Hands out one character per read. */
    static final class TrickleReader extends Reader {
        private final String s;
        private int pos;

        TrickleReader(String s) { this.s = s; }

        @Override public int read(char[] cbuf, int off, int len) {
            if (len == 0) return 0;
            if (pos >= s.length()) return -1;
            cbuf[off] = s.charAt(pos++);
            return 1;
        }

        @Override public void close() {}
    }

    static Stream<Function<String, Reader>> readers() {
        return Stream.of(StringReader::new, TrickleReader::new);
    }

    private static List<Rec> parse(Function<String, Reader> reader, String text) {
        CsvParser p = new CsvParser(reader.apply(text));
        List<Rec> out = new ArrayList<>();
        while (p.next()) {
            assertEquals(p.fieldCount(), p.fields().length);
            for (int i = 0; i < p.fieldCount(); i++) assertEquals(p.field(i), p.fields()[i]);
            out.add(new Rec(p.recordLine(), List.of(p.fields())));
        }
        assertFalse(p.next(), "stays at the end");
        return out;
    }

    private static CsvFormatException failure(Function<String, Reader> reader, String text) {
        CsvParser p = new CsvParser(reader.apply(text));
        return assertThrows(CsvFormatException.class, () -> { while (p.next()) { /* read on */ } });
    }

    @ParameterizedTest
    @MethodSource("readers")
    void plainRecords(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "a", "b", "c"), Rec.of(2, "1", "2", "3")), parse(r, "a,b,c\n1,2,3\n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void emptyInputHasNoRecords(Function<String, Reader> r) {
        assertEquals(List.of(), parse(r, ""));
        assertEquals(List.of(), parse(r, "\n\n\r\n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void emptyFieldsAreKept(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "a", "", "c"), Rec.of(2, "", ""), Rec.of(3, "", "", "")), parse(r, "a,,c\n,\n,,\n"));
        assertEquals(List.of(Rec.of(1, "a", "")), parse(r, "a,"), "a trailing comma at the end of input");
        assertEquals(List.of(Rec.of(1, "")), parse(r, "\"\""), "one empty quoted field");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void finalRecordWithoutNewline(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "h1", "h2"), Rec.of(2, "x", "y")), parse(r, "h1,h2\nx,y"));
        assertEquals(List.of(Rec.of(1, "h1", "h2"), Rec.of(2, "x", "y z")), parse(r, "h1,h2\nx,\"y z\""));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void quotedFieldsMayHoldCommas(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "E1", "Fuzhou, Fujian", "3491")), parse(r, "E1,\"Fuzhou, Fujian\",3491\n"));
        assertEquals(List.of(Rec.of(1, ",", ",,")), parse(r, "\",\",\",,\"\n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void doubledQuotesAreOneQuote(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "say \"hi\"", "\"", "\"\"")), parse(r, "\"say \"\"hi\"\"\",\"\"\"\",\"\"\"\"\"\"\n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void embeddedNewlinesAreKeptAndCounted(Function<String, Reader> r) {
        String text = "id,note\n"
                + "E1,\"first\nsecond\nthird\"\n"   // lines 2-4
                + "E2,plain\n"                       // line 5
                + "E3,\"a\r\nb\"\r\n"                // lines 6-7
                + "E4,x\n";                          // line 8
        assertEquals(List.of(Rec.of(1, "id", "note"), Rec.of(2, "E1", "first\nsecond\nthird"), Rec.of(5, "E2", "plain"),
                Rec.of(6, "E3", "a\r\nb"), Rec.of(8, "E4", "x")), parse(r, text));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void quotedFieldStartingWithNewline(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "\n", "x"), Rec.of(3, "y")), parse(r, "\"\n\",x\ny\n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void crlfEndsRecords(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "a", "b"), Rec.of(2, "c", "d"), Rec.of(3, "e", "f")), parse(r, "a,b\r\nc,d\r\ne,f\r\n"));
        assertEquals(List.of(Rec.of(1, "a", "b"), Rec.of(2, "c", "")), parse(r, "\"a\",\"b\"\r\nc,\r\n"));
        assertEquals(List.of(Rec.of(1, "a"), Rec.of(2, "b")), parse(r, "a\nb\r\n"), "mixed endings");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void blankLinesAreSkippedButCounted(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(3, "a", "b"), Rec.of(6, "c", "d"), Rec.of(9, "e")),
                parse(r, "\n\na,b\n\r\n\nc,d\r\n\r\n\ne\n\n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void spacesAreData(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, " a ", "  ", " 12 ")), parse(r, " a ,  , 12 \n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void unicodeIsData(Function<String, Reader> r) {
        assertEquals(List.of(Rec.of(1, "北京市", "工业机器人制造", "\uD83C\uDFED")), parse(r, "北京市,\"工业机器人制造\",\uD83C\uDFED\n"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void unclosedQuoteNamesTheLineItOpenedOn(Function<String, Reader> r) {
        CsvFormatException e = failure(r, "a,b\nc,d\ne,\"never\nclosed\nat all\n");
        assertEquals(3, e.line());
        assertEquals("a quoted field opened on line 3 is never closed", e.getMessage());
        assertEquals(1, failure(r, "\"").line());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void textAfterClosingQuoteIsAnError(Function<String, Reader> r) {
        CsvFormatException e = failure(r, "a,b\n\"x\"y,z\n");
        assertEquals(2, e.line());
        assertEquals("text after the closing quote of a field: 'y'", e.getMessage());
        CsvFormatException space = failure(r, "h\n\"multi\nline\" ,z\n");
        assertEquals(3, space.line(), "the line of the closing quote");
        assertEquals("text after the closing quote of a field: ' '", space.getMessage());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void quoteInsideUnquotedFieldIsAnError(Function<String, Reader> r) {
        CsvFormatException e = failure(r, "a,b\nc,\"d\"\ne,f\"g\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("a quote inside an unquoted field"), e.getMessage());
        assertEquals(1, failure(r, " \"a\"").line(), "a quote after a leading space");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void recordsBeforeAnErrorAreReturned(Function<String, Reader> r) {
        CsvParser p = new CsvParser(r.apply("a\nb\nc\"\nd\n"));
        assertTrue(p.next());
        assertEquals("a", p.field(0));
        assertTrue(p.next());
        assertEquals("b", p.field(0));
        assertEquals(2, p.recordLine());
        assertThrows(CsvFormatException.class, p::next);
    }

    @Test
    void fieldOfMaxFieldCharsIsAccepted() {
        String max = "x".repeat(CsvParser.MAX_FIELD_CHARS);
        List<Rec> unquoted = parse(StringReader::new, "a," + max + ",b\nc\n");
        assertEquals(List.of("a", max, "b"), unquoted.get(0).fields());
        assertEquals(Rec.of(2, "c"), unquoted.get(1));
        List<Rec> quoted = parse(StringReader::new, "a,\"" + max + "\",b\nc\n");
        assertEquals(List.of("a", max, "b"), quoted.get(0).fields());
    }

    @Test
    void fieldLongerThanMaxFieldCharsIsAnError() {
        String over = "x".repeat(CsvParser.MAX_FIELD_CHARS + 1);
        CsvFormatException unquoted = failure(StringReader::new, "h\nok\n" + over + "\n");
        assertEquals(3, unquoted.line());
        assertEquals("a field longer than " + CsvParser.MAX_FIELD_CHARS + " characters", unquoted.getMessage());
        CsvFormatException quoted = failure(StringReader::new, "h\n\"" + over + "\"\n");
        assertEquals(2, quoted.line());
        assertEquals("a field longer than " + CsvParser.MAX_FIELD_CHARS + " characters", quoted.getMessage());
        CsvFormatException atEnd = failure(StringReader::new, over);
        assertEquals(1, atEnd.line(), "without a newline after it");
    }

    @Test
    void doubledQuotesCountOnceTowardsTheLimit() {
        // MAX_FIELD_CHARS quotes written doubled: twice as many characters in the file, MAX_FIELD_CHARS in the field
        String field = "\"".repeat(CsvParser.MAX_FIELD_CHARS);
        List<Rec> recs = parse(StringReader::new, "\"" + field.replace("\"", "\"\"") + "\"\n");
        assertEquals(CsvParser.MAX_FIELD_CHARS, recs.get(0).fields().get(0).length());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void manyFields(Function<String, Reader> r) {
        String[] fields = new String[1024];
        for (int i = 0; i < fields.length; i++) fields[i] = "f" + i;
        List<Rec> recs = parse(r, String.join(",", fields) + "\n" + String.join(",", fields));
        assertEquals(2, recs.size());
        assertEquals(List.of(fields), recs.get(0).fields());
        assertEquals(List.of(fields), recs.get(1).fields());
        assertEquals(2, recs.get(1).line());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void moreThan1024FieldsIsAnError(Function<String, Reader> r) {
        CsvFormatException e = failure(r, "a\nb\n" + ",".repeat(1024) + "\n");
        assertEquals(3, e.line());
        assertEquals("more than 1024 fields in a record", e.getMessage());
    }

    @Test
    void fieldCountFollowsTheLastRecord() {
        CsvParser p = new CsvParser(new StringReader("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r\nx\n"));
        assertTrue(p.next());
        assertEquals(18, p.fieldCount());
        assertEquals("r", p.field(17));
        String[] copy = p.fields();
        assertTrue(p.next());
        assertEquals(1, p.fieldCount());
        assertArrayEquals(new String[] {"x"}, p.fields());
        assertEquals("a", copy[0], "fields() is a copy");
    }

    @Test
    void largeInputAcrossManyBuffers() {
        StringBuilder sb = new StringBuilder("enterprise_id,period,indicator,value,prev_year_value\r\n");
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0) sb.append("\"E").append(i).append("\",2024-05,\"output\nvalue\",").append(i).append(",\r\n");
            else sb.append('E').append(i).append(",2024-05,revenue,").append(i).append(".5,\"1,0\"\"0\"\r\n");
        }
        CsvParser p = new CsvParser(new StringReader(sb.toString()));
        assertTrue(p.next());
        long expectedLine = 2;
        for (int i = 0; i < n; i++) {
            assertTrue(p.next(), "record " + i);
            assertEquals(expectedLine, p.recordLine(), "record " + i);
            assertEquals(5, p.fieldCount());
            assertEquals("E" + i, p.field(0));
            if (i % 3 == 0) {
                assertEquals("output\nvalue", p.field(2));
                assertEquals("", p.field(4));
                expectedLine += 2;
            } else {
                assertEquals(i + ".5", p.field(3));
                assertEquals("1,0\"0", p.field(4));
                expectedLine += 1;
            }
        }
        assertFalse(p.next());
        assertEquals(expectedLine, p.currentLine());
    }

    @Test
    void readErrorsAreUnchecked() {
        Reader failing = new Reader() {
            @Override public int read(char[] cbuf, int off, int len) throws IOException { throw new IOException("disk gone"); }
            @Override public void close() {}
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new CsvParser(failing).next());
        assertEquals("disk gone", e.getCause().getMessage());
    }
}
