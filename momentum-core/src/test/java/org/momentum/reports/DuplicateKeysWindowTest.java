package org.momentum.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DuplicateKeys against a plain map, on files whose enterprises have many months and indicators (full slot windows). */
class DuplicateKeysWindowTest {
    @Test
    void agreesWithAMapOnGroupedAndShuffledRows() {
        for (boolean shuffle : new boolean[] {false, true}) {
            Random rnd = new Random(7);
            List<Report> rows = new ArrayList<>();
            String[] inds = new String[70]; // more indicators than a 64-slot window
            for (int i = 0; i < inds.length; i++) inds[i] = "product.p" + i;
            for (int e = 0; e < 300; e++) {
                String id = "E" + e;
                for (int p = 0; p < 1 + e % 30; p++)
                    for (int i = 0; i < 1 + (e * 7 + p) % inds.length; i++) {
                        double v = rnd.nextInt(3);
                        rows.add(new Report(id, 24000 + p, inds[i], v, rnd.nextBoolean() ? Double.NaN : 1.0));
                        if (rnd.nextInt(20) == 0) rows.add(new Report(id, 24000 + p, inds[i], rnd.nextInt(3), Double.NaN));
                    }
            }
            if (shuffle) Collections.shuffle(rows, rnd);
            DuplicateKeys keys = new DuplicateKeys(16); // small hint: the table grows many times
            Map<String, Integer> first = new HashMap<>();
            for (int line = 0; line < rows.size(); line++) {
                Report r = rows.get(line);
                String k = r.enterpriseId() + "|" + r.period() + "|" + r.indicator();
                Integer f = first.putIfAbsent(k, line);
                DuplicateKeys.Seen expected = f == null ? DuplicateKeys.Seen.NEW
                        : rows.get(f).sameAs(r) ? DuplicateKeys.Seen.IDENTICAL : DuplicateKeys.Seen.CONFLICT;
                assertEquals(expected, keys.see(r, line), "row " + line + " " + k);
                if (f != null) assertEquals((long) f, keys.firstLine());
            }
        }
    }
}
