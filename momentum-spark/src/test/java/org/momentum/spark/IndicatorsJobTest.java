package org.momentum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorRow;
import org.momentum.synthetic.GeneratorSpec;

/** The job in local[2] on a generated panel against the single-machine engine, row by row. */
class IndicatorsJobTest {
    static SparkSession spark;

    @BeforeAll
    static void start() { spark = LocalSpark.start(); }

    @AfterAll
    static void stop() { spark.stop(); }

    @Test
    void theCubeIsTheSingleMachinesRowByRow(@TempDir Path tmp) throws Exception {
        // 600 enterprises, 2016-01..2018-12 (three Januaries: year to date restarts; bases from prev_year_value and t−12)
        GeneratedExport data = new GeneratedExport(GeneratorSpec.of(600, Period.of(2016, 1), Period.of(2018, 12), 7L));
        data.write(spark, tmp.resolve("export"), true);
        IndicatorCube expected = data.singleMachineCube(true);
        assertTrue(expected.size() > 10_000, "a cube worth comparing: " + expected.size());
        assertTrue(expected.rows().stream().anyMatch(r -> r.measure().equals("output_value_real")), "prices give output_value_real");

        IndicatorsJob.Result r = IndicatorsJob.run(spark, tmp.resolve("export").toString(), tmp.resolve("out").toString(), 5);

        // cut by class, each cell summed in one partition in the store's order: the same doubles, to the bit
        assertEquals(expected.rows(), r.cube().rows());
        // and the CSV written by the job reads back to the same numbers (1e-9 relative), row by row
        List<String> lines = Files.readAllLines(tmp.resolve("out/indicators.csv"), StandardCharsets.UTF_8);
        assertEquals(CsvFiles.INDICATORS_HEADER, lines.get(0));
        assertEquals(expected.size() + 1, lines.size());
        for (int k = 0; k < expected.size(); k++) assertRow(expected.rows().get(k), lines.get(k + 1), k + 2);
    }

    @Test
    void withoutPricesThereIsNoRealOutputAndTheRestIsTheSame(@TempDir Path tmp) {
        GeneratedExport data = new GeneratedExport(GeneratorSpec.of(250, Period.of(2017, 7), Period.of(2018, 6), 11L));
        data.write(spark, tmp.resolve("export"), false);
        IndicatorCube expected = data.singleMachineCube(false);
        IndicatorsJob.Result r = IndicatorsJob.run(spark, tmp.resolve("export").toString(), tmp.resolve("out").toString(), 3);
        assertTrue(r.cube().rows().stream().noneMatch(x -> x.measure().equals("output_value_real")));
        assertEquals(expected.rows(), r.cube().rows());
    }

    static void assertRow(IndicatorRow e, String line, int lineNo) {
        String[] f = line.split(",", -1);
        String where = "indicators.csv line " + lineNo + ": " + line + " expected " + e;
        assertEquals(e.measure(), f[0], where);
        assertEquals(e.industry(), f[1], where);
        assertEquals(e.region(), f[2], where);
        assertEquals(Period.format(e.period()), f[3], where);
        close(e.value(), f[4], where);
        assertEquals(Integer.toString(e.enterprises()), f[5], where);
        close(e.yoyPct(), f[6], where);
        close(e.ytdValue(), f[7], where);
        close(e.ytdYoyPct(), f[8], where);
        close(e.contributionPp(), f[9], where);
    }

    static void close(double expected, String field, String where) {
        if (Double.isNaN(expected)) {
            assertEquals("", field, where);
            return;
        }
        double a = Double.parseDouble(field);
        assertTrue(Math.abs(expected - a) <= 1e-9 * Math.max(1, Math.abs(expected)), where);
    }
}
