package org.momentum.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The engine against the independent DuckDB SQL of indicators.md, row by row, on random panels. */
class SqlCrossCheckTest {

    @Property(tries = 120)
    void engineAgreesWithTheReferenceSql(@ForAll long seed) throws Exception {
        Fixture f = RandomPanels.generate(seed, seed % 3 != 0);
        try (SqlReferenceCube sql = new SqlReferenceCube()) {
            sql.load(f.enterprises, f.reports, f.prices);
            List<String> missing = sql.missingPrices();
            if (!missing.isEmpty()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, f::cube);
                assertTrue(missing.stream().anyMatch(m -> e.getMessage().contains(m.split(" ")[0]) && e.getMessage().contains(m.split(" ")[1])),
                        e.getMessage() + " names none of " + missing);
                return;
            }
            CubeAssertions.assertSameCube(sql.cube(), f.cube().rows());
        }
    }

    @Test
    void handWorkedFixturesAgreeToo() throws Exception {
        Fixture f = new Fixture()
                .enterprise("E1", "3612", "110101", "2023-06", null)
                .enterprise("E2", "0610", "140101", "2020-01", "2024-02")
                .enterprise("E3", "4411", "140101", "2020-01", null)
                .report("E1", "2023-03", "output_value", 40).report("E1", "2024-03", "output_value", 50)
                .report("E2", "2023-02", "output_value", 10).report("E2", "2024-02", "output_value", 12, 0)
                .report("E3", "2024-01", "output_value", 7, 5).report("E3", "2024-03", "output_value", 9, 10)
                .report("E3", "2024-03", "employment", 9, 10)
                .price("ALL", "2024-01", 1.1).price("ALL", "2024-02", 1.2).price("D", "2024-03", 0.9).price("36", "2024-03", 1.05);
        try (SqlReferenceCube sql = new SqlReferenceCube()) {
            sql.load(f.enterprises, f.reports, f.prices);
            assertEquals(List.of(), sql.missingPrices());
            CubeAssertions.assertSameCube(sql.cube(), f.cube().rows());
        }
    }

    @Test
    void mainResourceHasTheNamedStatements() throws IOException {
        try (InputStream in = SqlReferenceCube.class.getResourceAsStream("/org/momentum/indicators/reference-cube.sql")) {
            assertEquals(SqlReferenceCube.SQL, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("views", "cube", "missing_prices"), List.copyOf(SqlReferenceCube.statements().keySet()));
    }
}
