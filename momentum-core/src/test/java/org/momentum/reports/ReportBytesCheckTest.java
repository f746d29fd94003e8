package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.registry.EnterpriseIndex;

/**
 * The byte check against the string rules it stands in for: a row passes it exactly when ReportRules finds no
 * problem in the trimmed fields, no field used is padded with a control character, and DuplicateKeys has not seen
 * the key before — row after row, up to the first row it refuses (where the string reader takes over).
 */
class ReportBytesCheckTest {
    static final EnterpriseIndex REGISTER = new EnterpriseIndex(new String[] {"E1", "E2", "91110000MA01ABCD1X", "a-b"});
    static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
    static final int CURRENT = Period.of(2026, 11);

    record Row(String id, String period, String indicator, String value, String prev) {}

    @Provide
    Arbitrary<List<Row>> files() {
        Arbitrary<String> ids = padded(mostly(Arbitraries.of("E1", "E2", "91110000MA01ABCD1X", "a-b"),
                Arbitraries.of("E3", "", "e1", "É1", "E1E1")));
        Arbitrary<String> periods = padded(mostly(Arbitraries.of("2017-01", "2017-02", "2026-11"),
                Arbitraries.of("2026-12", "2017-13", "2017-00", "1899-12", "3000-01", "2017-1", "2017/01", "17-01-01", "２017-01")));
        Arbitrary<String> indicators = padded(mostly(Arbitraries.of("output_value", "sales_value", "employment", "product.nev", "capacity.cement"),
                Arbitraries.of("product.unicorn", "Output_value", "output_value.", "输出")));
        Arbitrary<String> values = padded(mostly(Arbitraries.of("0", "12", "12.5", ".5", "5.", "+3", "-0", "-0.0", "1e5", "1E+05", "2.5e-3",
                "00012", "0.000001", "1".repeat(64), "9".repeat(40) + "." + "9".repeat(23)),
                Arbitraries.of("1".repeat(65), "-1", "-.5", "1,000", "NaN", "Infinity", "1e309", "0x10", "", "1e", "e5", ".", "1.2.3",
                        "１", "12d", "1_0", "+", "1..2")));
        Arbitrary<String> prevs = Arbitraries.oneOf(values, Arbitraries.just(null));
        return Combinators.combine(ids, periods, indicators, values, prevs).as(Row::new).list().ofMaxSize(30);
    }

    /** Mostly valid text, sometimes not. */
    static Arbitrary<String> mostly(Arbitrary<String> valid, Arbitrary<String> invalid) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, valid), net.jqwik.api.Tuple.of(1, invalid));
    }

    /** Sometimes spaces or a control character around the field. */
    static Arbitrary<String> padded(Arbitrary<String> text) {
        return Combinators.combine(text, Arbitraries.of("", "", "", "", "", "", "", " ", "  ", "\t", "\u0000"), Arbitraries.of("", "", "", "", "", " ", "\r"))
                .as((t, before, after) -> before + t + after);
    }

    @Property(tries = 2000)
    void agreesWithReportRulesAndDuplicateKeys(@ForAll("files") List<Row> rows, @ForAll boolean withPrev) {
        ReportBytesCheck check = new ReportBytesCheck(CATALOG, REGISTER, CURRENT);
        ReportRules rules = new ReportRules(CATALOG, REGISTER::contains, CURRENT);
        DuplicateKeys keys = new DuplicateKeys();
        boolean padded = false;
        for (Row r : rows) {
            String prev = withPrev && r.prev() != null ? r.prev() : "";
            List<FieldProblem> problems = new ArrayList<>();
            boolean control = controlAtEdges(r.id()) || controlAtEdges(r.period()) || controlAtEdges(r.indicator())
                    || controlAtEdges(r.value()) || controlAtEdges(prev);
            Report rep = rules.check(r.id().trim(), r.period().trim(), r.indicator().trim(), r.value().trim(), prev.trim(), problems);
            boolean expected = !control && rep != null && keys.see(rep, 1) == DuplicateKeys.Seen.NEW;
            assertEquals(expected, accept(check, r, withPrev), () -> r + " " + problems);
            if (!expected) return; // the string reader takes the file from here
            padded |= !r.id().equals(r.id().trim()) || !r.period().equals(r.period().trim()) || !r.indicator().equals(r.indicator().trim());
            assertEquals(padded, check.paddedText());
        }
    }

    /** TableReader's test: a character below the space among the ones String.trim removes. */
    static boolean controlAtEdges(String s) {
        for (int i = 0; i < s.length() && s.charAt(i) <= ' '; i++) if (s.charAt(i) != ' ') return true;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) <= ' '; i--) if (s.charAt(i) != ' ') return true;
        return false;
    }

    /** The row written as one line of UTF-8 and checked by its field ranges. */
    static boolean accept(ReportBytesCheck check, Row r, boolean withPrev) {
        String[] f = {r.id(), r.period(), r.indicator(), r.value(), withPrev && r.prev() != null ? r.prev() : ""};
        byte[][] bytes = new byte[5][];
        int n = 0;
        for (int i = 0; i < 5; i++) {
            bytes[i] = f[i].getBytes(StandardCharsets.UTF_8);
            n += bytes[i].length + 1;
        }
        byte[] line = new byte[n];
        int[] s = new int[5], e = new int[5];
        int p = 0;
        for (int i = 0; i < 5; i++) {
            s[i] = p;
            System.arraycopy(bytes[i], 0, line, p, bytes[i].length);
            p += bytes[i].length;
            e[i] = p;
            line[p++] = ',';
        }
        return check.accept(line, s[0], e[0], s[1], e[1], s[2], e[2], s[3], e[3], withPrev ? s[4] : -1, withPrev ? e[4] : -1);
    }

    @Test
    void examples() {
        ReportBytesCheck check = new ReportBytesCheck(CATALOG, REGISTER, CURRENT);
        assertTrue(accept(check, new Row("E1", "2017-01", "output_value", "12.5", ""), true));
        assertFalse(check.paddedText());
        assertTrue(accept(check, new Row(" E1", "2017-01 ", "sales_value", " -0 ", "+1e3"), true));
        assertTrue(check.paddedText());
        assertFalse(accept(check, new Row("E1", "2017-01", "sales_value", "7", ""), true), "the same key again");
        assertFalse(accept(check, new Row("E1", "2017-01", "employment", "-1", ""), true), "negative");
        assertFalse(accept(check, new Row("E1\t", "2017-01", "employment", "1", ""), true), "control-character padding");
        assertTrue(accept(check, new Row("E1", "2017-02", "output_value", "1", "junk"), false), "no prev_year_value column");
    }

    @Test
    void aFileOfTooManyMonthsIsLeftToTheStringReader() {
        String[] ids = new String[400_000];
        for (int i = 0; i < ids.length; i++) ids[i] = "E" + i;
        ReportBytesCheck check = new ReportBytesCheck(CATALOG, new EnterpriseIndex(ids), CURRENT);
        long perMonth = (long) ids.length * CATALOG.all().size();
        int months = (int) (ReportBytesCheck.MAX_KEY_BITS / perMonth);
        for (int m = 0; m < months; m++)
            assertTrue(accept(check, new Row("E1", Period.format(Period.of(2000, 1) + m), "output_value", "1", ""), false));
        assertFalse(accept(check, new Row("E1", Period.format(Period.of(2000, 1) + months), "output_value", "1", ""), false));
    }
}
