package org.momentum.app.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.Main;
import org.momentum.app.TestFiles;
import picocli.CommandLine;

/** {@code momentum targets import|status|programme} on a hand-worked steel register, as a user runs them. */
class TargetsCommandTest {
    @TempDir Path dir;

    /** A new store: a DuckDB file here, PostgreSQL in the Postgres subclass. */
    protected String newDatabaseUrl(String name) { return "jdbc:duckdb:" + dir.resolve(name + ".duckdb"); }

    static final String ENTERPRISES = """
            enterprise_id,name,industry,region,size,scope_from,scope_to
            S1,甲钢铁,3120,130102,large,2010-01,
            S2,乙钢铁,3120,130103,large,2010-01,2017-06
            S3,丙钢铁,3120,140105,medium,2017-03,
            """;

    // capacity (t a year): S1 40 Mt → 30 Mt (cut 10); S2 25 Mt, leaves scope after 2017-06 (cut 25 by exit);
    // S3 enters in 2017-03 with 3 Mt (a newcomer offsets the cut). Cut 2016-12 → 2017-12 = 65 − (30 + 0 + 3) = 32 Mt
    // ≥ 30 Mt: achieved, progress 106.7%.
    static final String REPORTS = """
            enterprise_id,period,indicator,value
            S1,2016-12,capacity.crude_steel,40000000
            S2,2016-12,capacity.crude_steel,25000000
            S1,2017-06,capacity.crude_steel,35000000
            S2,2017-06,capacity.crude_steel,25000000
            S3,2017-06,capacity.crude_steel,3000000
            S1,2017-12,capacity.crude_steel,30000000
            S3,2017-12,capacity.crude_steel,3000000
            S1,2016-12,output_value,1000
            S1,2017-06,output_value,1000
            S1,2017-12,output_value,1000
            """;

    static final String TARGETS = """
            target_id,name,name_zh,measure,industry,region,baseline_value,baseline_period,goal_kind,goal_value,deadline,direction,tolerance
            steel,"Cut steel capacity by 30 Mt <b>",压减产能,capacity.crude_steel,3120,ALL,65000000,2016-12,change,-30000000,2017-12,down,0
            """;

    static final String PROGRAMMES = """
            programme_id,kind,name,name_zh,threshold_operating_cost,threshold_production_efficiency
            im,pilot,Pilots,试点,20,20
            """;

    static final String PILOTS = """
            project_id,programme_id,batch,year,enterprise_id,project_type
            P1,im,2017,2017,S1,process
            P2,im,2017,2017,S3,process
            """;

    static final String KPIS = """
            project_id,kpi,period,baseline,current
            P1,operating_cost,2018-12,500,395
            P1,production_efficiency,2018-12,100,138
            P2,operating_cost,2018-12,200,190
            """;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void importAssessAndShow() throws Exception {
        String db = newDatabaseUrl("t");
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, run(out, err, "import", "--db", db, "--enterprises", TestFiles.write(dir, "enterprises.csv", ENTERPRISES).toString(),
                "--reports", TestFiles.write(dir, "reports.csv", REPORTS).toString()), err.toString());
        assertEquals(0, run(out, err, "compute", "--db", db), err.toString());
        out = new StringWriter();
        assertEquals(0, run(out, err, "targets", "import", "--db", db,
                "--targets", TestFiles.write(dir, "targets.csv", TARGETS).toString(),
                "--programmes", TestFiles.write(dir, "programmes.csv", PROGRAMMES).toString(),
                "--pilots", TestFiles.write(dir, "pilots.csv", PILOTS).toString(),
                "--kpis", TestFiles.write(dir, "kpis.csv", KPIS).toString()), err.toString());
        assertTrue(out.toString().contains("kpis.csv (kpi_report): 3 rows read, 3 applied, 0 rejected"), out.toString());

        out = new StringWriter();
        assertEquals(0, run(out, err, "targets", "status", "--db", db, "--period", "2017-12"), err.toString());
        String s = out.toString();
        assertTrue(s.contains("steel,capacity.crude_steel,3120,ALL,change,-30000000,0,2017-12,-32000000,106.667,achieved,1"), s);
        assertTrue(s.contains("capacity cut 2017-12 since 2016-12: 32000000 (exits 1 of 2 makers: 25000000; continuing: 10000000); added by newcomers 3000000"), s);
        // in June the cut is 65 − (35 + 25 + 3) = 2 Mt at half time: the straight line (4 Mt by December) misses
        // 30 Mt and there are too few months to forecast: at risk
        out = new StringWriter();
        assertEquals(0, run(out, err, "targets", "status", "--db", db, "--period", "2017-06"), err.toString());
        assertTrue(out.toString().contains(",-2000000,6.66667,at_risk,"), out.toString());

        out = new StringWriter();
        assertEquals(0, run(out, err, "targets", "programme", "--db", db, "im"), err.toString());
        s = out.toString();
        assertTrue(s.contains("all,ALL,operating_cost,2,13,13,1/2"), s);   // (21 + 5) / 2, P1 meets 20, P2 does not
        assertTrue(s.contains("all,ALL,production_efficiency,1,38,38,1/1"), s);
        assertTrue(s.contains("evaluation: too_few_data"), s);

        out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "audit", "verify", "--db", db));
        assertTrue(out.toString().contains("intact"));
    }

    @Test
    void badRowsAreNamedByFileLineAndColumnAndNothingIsApplied() throws Exception {
        String db = newDatabaseUrl("b");
        Path bad = TestFiles.write(dir, "targets.csv", """
                target_id,name,measure,industry,region,baseline_value,baseline_period,goal_kind,goal_value,deadline,direction,tolerance
                a,A,capacity.crude_steel,3120,ALL,1,2016-12,more,-5,2017-12,down,0
                b,B,capacity.unobtainium,3120,ALL,1,2016-12,change,-5,2016-06,sideways,-1
                c,C,output_value,ALL,ALL,1,2016-12,growth,6,2017-12,up,
                """);
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(1, run(out, err, "targets", "import", "--db", db, "--targets", bad.toString()));
        String e = err.toString();
        assertTrue(e.contains("targets.csv:2: goal_kind: 'more' is not level, change or growth"), e);
        assertTrue(e.contains("targets.csv:3: measure: unknown product 'unobtainium'"), e);
        assertTrue(e.contains("targets.csv:3: deadline: 2016-06 is not after the baseline period 2016-12"), e);
        assertTrue(e.contains("targets.csv:3: direction: 'sideways' is not up or down"), e);
        assertTrue(e.contains("targets.csv:3: tolerance: -1 is negative"), e);
        assertTrue(e.contains("refused"), e);
        out = new StringWriter();
        assertEquals(0, run(out, err, "targets", "status", "--db", db, "--period", "2017-12"));
        assertEquals(2, out.toString().lines().count(), "no target was applied: " + out);

        // --partial applies the good row and writes the rejects beside the file
        out = new StringWriter();
        assertEquals(1, run(out, new StringWriter(), "targets", "import", "--db", db, "--partial", "--targets", bad.toString()));
        assertTrue(out.toString().contains("3 rows read, 1 applied, 2 rejected"), out.toString());
        assertTrue(java.nio.file.Files.exists(dir.resolve("targets.rejects.csv")));

        Path pilots = TestFiles.write(dir, "pilots.csv", "project_id,programme_id,batch,year,enterprise_id\nP1,nope,2017,17,X\n");
        err = new StringWriter();
        assertEquals(1, run(new StringWriter(), err, "targets", "import", "--db", db, "--pilots", pilots.toString()));
        assertTrue(err.toString().contains("pilots.csv:2: programme_id: programme 'nope' is not known"), err.toString());
        assertTrue(err.toString().contains("pilots.csv:2: year: '17' is not a year YYYY"), err.toString());
        assertTrue(err.toString().contains("pilots.csv:2: enterprise_id: enterprise 'X' is not in the register"), err.toString());
    }
}
