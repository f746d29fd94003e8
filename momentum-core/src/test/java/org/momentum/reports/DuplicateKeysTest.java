package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.momentum.classification.Period;
import org.momentum.reports.DuplicateKeys.Seen;

class DuplicateKeysTest {
    private static final int P = Period.of(2024, 5);
    private final DuplicateKeys keys = new DuplicateKeys();

    private static Report r(String id, int period, String indicator, double value, double prev) {
        return new Report(id, period, indicator, value, prev);
    }

    @Test
    void firstSightingIsNew() {
        assertEquals(Seen.NEW, keys.see(r("E1", P, "output_value", 1, Double.NaN), 2));
    }

    @Test
    void theSameRowAgainIsIdenticalAndNamesTheFirstLine() {
        keys.see(r("E1", P, "output_value", 1.5, 1.0), 2);
        keys.see(r("E2", P, "output_value", 1.5, 1.0), 3);
        assertEquals(Seen.IDENTICAL, keys.see(r("E1", P, "output_value", 1.5, 1.0), 7));
        assertEquals(2, keys.firstLine());
        assertEquals(Seen.IDENTICAL, keys.see(r("E2", P, "output_value", 1.5, 1.0), 9));
        assertEquals(3, keys.firstLine());
    }

    @Test
    void missingPrevYearValuesAreIdentical() {
        keys.see(r("E1", P, "output_value", 1, Double.NaN), 2);
        assertEquals(Seen.IDENTICAL, keys.see(r("E1", P, "output_value", 1, Double.NaN), 3));
    }

    @Test
    void aDifferentValueIsAConflict() {
        keys.see(r("E1", P, "output_value", 1, Double.NaN), 2);
        assertEquals(Seen.CONFLICT, keys.see(r("E1", P, "output_value", 2, Double.NaN), 5));
        assertEquals(2, keys.firstLine());
    }

    @Test
    void aDifferentPrevYearValueIsAConflict() {
        keys.see(r("E1", P, "output_value", 1, 1), 2);
        assertEquals(Seen.CONFLICT, keys.see(r("E1", P, "output_value", 1, 2), 3));
        assertEquals(Seen.CONFLICT, keys.see(r("E1", P, "output_value", 1, Double.NaN), 4), "given vs not given");
        assertEquals(2, keys.firstLine());
    }

    @Test
    void laterRowsAreComparedWithTheFirst() {
        keys.see(r("E1", P, "revenue", 1, Double.NaN), 2);
        assertEquals(Seen.CONFLICT, keys.see(r("E1", P, "revenue", 2, Double.NaN), 3));
        assertEquals(Seen.IDENTICAL, keys.see(r("E1", P, "revenue", 1, Double.NaN), 4));
        assertEquals(Seen.CONFLICT, keys.see(r("E1", P, "revenue", 2, Double.NaN), 5));
        assertEquals(2, keys.firstLine());
    }

    @Test
    void eachPartOfTheKeyCounts() {
        assertEquals(Seen.NEW, keys.see(r("E1", P, "output_value", 1, Double.NaN), 2));
        assertEquals(Seen.NEW, keys.see(r("E2", P, "output_value", 1, Double.NaN), 3));
        assertEquals(Seen.NEW, keys.see(r("E1", P + 1, "output_value", 1, Double.NaN), 4));
        assertEquals(Seen.NEW, keys.see(r("E1", P - 12, "output_value", 1, Double.NaN), 5));
        assertEquals(Seen.NEW, keys.see(r("E1", P, "sales_value", 1, Double.NaN), 6));
        assertEquals(Seen.NEW, keys.see(r("e1", P, "output_value", 1, Double.NaN), 7), "ids are case-sensitive");
        assertEquals(Seen.NEW, keys.see(r("E1", Period.of(1900, 1), "output_value", 1, Double.NaN), 8));
        assertEquals(Seen.NEW, keys.see(r("E1", Period.of(2999, 12), "output_value", 1, Double.NaN), 9));
        assertEquals(Seen.IDENTICAL, keys.see(r("E1", Period.of(2999, 12), "output_value", 1, Double.NaN), 10));
        assertEquals(9, keys.firstLine());
    }

    @Test
    void firstLineKeepsItsValueAfterNewKeys() {
        keys.see(r("E1", P, "output_value", 1, Double.NaN), 2);
        assertEquals(Seen.CONFLICT, keys.see(r("E1", P, "output_value", 3, Double.NaN), 40));
        assertEquals(Seen.NEW, keys.see(r("E9", P, "output_value", 3, Double.NaN), 41));
        assertEquals(2, keys.firstLine(), "firstLine is that of the last IDENTICAL or CONFLICT");
    }

    @Test
    void linesBeyondIntRangeAreKept() {
        long line = 5_000_000_000L;
        keys.see(r("E1", P, "output_value", 1, Double.NaN), line);
        keys.see(r("E1", P, "output_value", 1, Double.NaN), line + 1);
        assertEquals(line, keys.firstLine());
    }

    /** Past 100k keys the table has grown several times (it starts with 65536 slots at load ≤ 1/2). */
    @Test
    void growsPastOneHundredThousandKeys() {
        int enterprises = 5_000, months = 30;
        String[] indicators = {"output_value", "revenue"};
        long line = 2;
        for (int e = 0; e < enterprises; e++)
            for (int m = 0; m < months; m++)
                for (String ind : indicators)
                    assertEquals(Seen.NEW, keys.see(r("E" + e, P - m, ind, e + m, Double.NaN), line++));
        // 300,000 keys; every one is found again with its line and its numbers
        line = 2;
        for (int e = 0; e < enterprises; e++)
            for (int m = 0; m < months; m++)
                for (String ind : indicators) {
                    boolean conflict = (e + m) % 7 == 0;
                    Seen s = keys.see(r("E" + e, P - m, ind, conflict ? -1 : e + m, Double.NaN), 1_000_000 + line);
                    assertEquals(conflict ? Seen.CONFLICT : Seen.IDENTICAL, s);
                    assertEquals(line, keys.firstLine());
                    line++;
                }
        assertEquals(Seen.NEW, keys.see(r("E" + enterprises, P, "output_value", 0, Double.NaN), 1));
    }

    /** Random keys, values and repeats against a plain map. */
    @Test
    void agreesWithAMapOnRandomRows() {
        Random rnd = new Random(20240601);
        Map<String, Object[]> model = new HashMap<>();
        String[] indicators = {"output_value", "sales_value", "employment", "product.nev", "capacity.nev"};
        for (long line = 2; line < 250_000; line++) {
            String id = "ENT" + rnd.nextInt(20_000);
            int period = Period.of(2015 + rnd.nextInt(10), 1 + rnd.nextInt(12));
            String ind = indicators[rnd.nextInt(indicators.length)];
            double value = rnd.nextInt(3);
            double prev = rnd.nextBoolean() ? Double.NaN : rnd.nextInt(2);
            String key = id + "|" + period + "|" + ind;
            Object[] first = model.get(key);
            Seen expected;
            if (first == null) {
                model.put(key, new Object[] {line, value, prev});
                expected = Seen.NEW;
            } else {
                boolean same = Double.compare((double) first[1], value) == 0 && Double.compare((double) first[2], prev) == 0;
                expected = same ? Seen.IDENTICAL : Seen.CONFLICT;
            }
            Seen s = keys.see(r(id, period, ind, value, prev), line);
            assertEquals(expected, s, key);
            if (first != null) assertEquals((long) first[0], keys.firstLine(), key);
        }
    }
}
