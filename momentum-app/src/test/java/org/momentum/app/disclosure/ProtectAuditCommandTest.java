package org.momentum.app.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.IndustryLevel;
import org.momentum.disclosure.Cell;
import org.momentum.disclosure.ProtectedCell;
import org.momentum.disclosure.ReleaseCells;
import org.momentum.disclosure.Status;
import org.momentum.store.ReferenceData;

/**
 * {@code momentum protect --audit} end to end on random hierarchical tables (every level × provinces): the
 * certified method passes the attacker's audit, the hypercube baseline is caught leaking (exit code 3).
 */
class ProtectAuditCommandTest {
    @TempDir Path dir;

    static List<Cell> randomTables(IndustryClassification ic) {
        List<Cell> all = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            List<Industry> divisions = ic.industrial(IndustryLevel.DIVISION);
            List<String> divs = new ArrayList<>();
            int want = 2 + (int) (seed % 3);
            while (divs.size() < want) {
                String d = divisions.get(rnd.nextInt(divisions.size())).code();
                if (!divs.contains(d)) divs.add(d);
            }
            List<String> classes = new ArrayList<>();
            for (Industry c : ic.industrial(IndustryLevel.CLASS)) if (divs.contains(IndustryClassification.divisionOf(c.code()))) classes.add(c.code());
            int provinces = 3 + (int) (seed % 4), n = 150 + (int) seed * 20;
            List<String> provs = new ArrayList<>();
            for (int p = 0; p < provinces; p++) provs.add((11 + p) + "0000");
            ReleaseCells rc = new ReleaseCells(ic, provs, ReleaseCells.Shape.FULL);
            int[] cls = new int[n], prov = new int[n];
            double[] value = new double[n];
            for (int e = 0; e < n; e++) {
                cls[e] = rc.classIndex(classes.get((int) (classes.size() * Math.pow(rnd.nextDouble(), 2))));
                prov[e] = (int) (provinces * Math.pow(rnd.nextDouble(), 1.5));
                value[e] = Math.round(Math.exp(4 + 1.5 * rnd.nextGaussian()) * 100) / 100.0 + 0.01;
            }
            all.addAll(rc.cells("t" + seed, 24216, cls, prov, value));
        }
        return all;
    }

    @Test
    void certifiedPassesTheAuditAndTheBaselineIsCaught() throws IOException {
        List<Cell> cells = randomTables(ReferenceData.shipped().industries());
        List<ProtectedCell> unprotected = new ArrayList<>();
        for (Cell c : cells) unprotected.add(new ProtectedCell(c, Status.PUBLISHED, ""));
        // the input columns are the output's first eight
        Path written = dir.resolve("written.csv");
        CellFiles.write(written, unprotected);
        StringBuilder in = new StringBuilder(String.join(",", CellFiles.INPUT)).append('\n');
        for (String line : Files.readAllLines(written).subList(1, cells.size() + 1))
            in.append(line, 0, line.lastIndexOf(",published,")).append('\n');
        Path file = Files.writeString(dir.resolve("cells.csv"), in);

        ProtectCommandTest.Run certified = ProtectCommandTest.run("protect", "--cells", file.toString(), "--out", dir.resolve("c.csv").toString(), "--audit");
        assertEquals(0, certified.code(), certified.out() + " / " + certified.err() + " / " + Files.readAllLines(file).subList(0, 3));
        assertTrue(certified.out().contains("12 tables") && certified.out().contains(" 0 leaks"), certified.out());

        ProtectCommandTest.Run hypercube = ProtectCommandTest.run("protect", "--cells", file.toString(), "--out", dir.resolve("h.csv").toString(),
                "--audit", "--method", "hypercube");
        assertEquals(3, hypercube.code(), hypercube.out() + hypercube.err());
        assertTrue(hypercube.err().contains("leak: "), hypercube.err());
    }
}
