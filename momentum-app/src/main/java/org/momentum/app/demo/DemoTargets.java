package org.momentum.app.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.targets.TargetFiles;
import org.momentum.app.targets.TargetImport;
import org.momentum.classification.Period;
import org.momentum.indicators.IndicatorRow;
import org.momentum.store.Database;
import org.momentum.store.IndicatorValues;
import org.momentum.store.ReferenceData;
import org.momentum.synthetic.DemoProgramme;
import org.momentum.targets.Kpi;
import org.momentum.targets.KpiReport;
import org.momentum.targets.PilotProject;
import org.momentum.targets.Programme;

/**
 * The demo's targets and programme as files (docs/targets-formats.md), loaded through the ordinary import: the 2017
 * steel-capacity target (cut more than 50 Mt), the 2018 growth target (about 6% at comparable prices, output_value_real), and the 97 pilot projects with
 * their KPI reports. Baselines are read from the computed indicators, so this runs after the demo's compute.
 */
public final class DemoTargets {
    public static final String STEEL = "steel-capacity-2017", GROWTH = "output-growth-2018";

    private DemoTargets() {}

    /** Writes the four files into {@code dir}, imports them and returns the import results (each must be applied). */
    public static List<TargetImport.Result> load(Database db, ReferenceData ref, DemoProgramme programme, Path dir, String actor) {
        try {
            Files.createDirectories(dir);
            Path programmes = dir.resolve("programmes.csv"), pilots = dir.resolve("pilots.csv"), kpis = dir.resolve("kpis.csv"),
                    targets = dir.resolve("targets.csv");
            writeProgramme(programmes, programme.programme());
            writePilots(pilots, programme.pilots());
            writeKpis(kpis, programme.kpis());
            writeTargets(targets, db);
            TargetImport imp = new TargetImport(db, ref, actor);
            ReadOptions strict = ReadOptions.strict();
            List<TargetImport.Result> out = new ArrayList<>();
            out.add(imp.programmes(programmes, strict));
            out.add(imp.pilots(pilots, strict));
            out.add(imp.kpis(kpis, strict));
            out.add(imp.targets(targets, strict));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's targets to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeTargets(Path file, Database db) throws IOException {
        IndicatorRow capacity = one(db, "capacity.crude_steel", "3120", Period.of(2016, 12));
        IndicatorRow output = one(db, "output_value", "ALL", Period.of(2017, 12));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("target_id,name,name_zh,measure,industry,region,baseline_value,baseline_period,goal_kind,goal_value,deadline,direction,tolerance\n");
            if (capacity != null)
                w.write(String.join(",", STEEL, CsvOut.quote("Cut crude-steel capacity by more than 50 Mt in 2017"), "2017年压减粗钢产能5000万吨以上",
                        "capacity.crude_steel", "3120", "ALL", CsvOut.number(capacity.value()), "2016-12", "change", "-50000000", "2017-12", "down", "0") + "\n");
            if (output != null)
                // the regulator's growth figure is at comparable prices (output_value_real); its base is 2017's total at 2017's prices
                w.write(String.join(",", GROWTH, CsvOut.quote("Industrial output growth of about 6% in 2018"), "2018年工业增长6%左右",
                        "output_value_real", "ALL", "ALL", CsvOut.number(output.ytdValue()), "2017-12", "growth", "6", "2018-12", "up", "0.5") + "\n");
        }
    }

    private static IndicatorRow one(Database db, String measure, String industry, int period) {
        List<IndicatorRow> r = IndicatorValues.series(db, measure, industry, "ALL", period, period);
        return r.isEmpty() ? null : r.get(0);
    }

    private static void writeProgramme(Path file, Programme p) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("programme_id", "kind", "name", "name_zh"));
            List<String> row = new ArrayList<>(List.of(p.id(), p.kind().code(), CsvOut.quote(p.name()), CsvOut.quote(p.nameZh())));
            for (Kpi k : Kpi.values()) {
                header.add(TargetFiles.thresholdColumn(k));
                row.add(CsvOut.number(p.threshold(k)));
            }
            w.write(String.join(",", header) + "\n" + String.join(",", row) + "\n");
        }
    }

    private static void writePilots(Path file, List<PilotProject> pilots) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("project_id,programme_id,batch,year,enterprise_id,project_type\n");
            for (PilotProject p : pilots)
                w.write(String.join(",", p.id(), p.programmeId(), p.batch(), Integer.toString(p.year()), p.enterpriseId(), CsvOut.quote(p.projectType())) + "\n");
        }
    }

    private static void writeKpis(Path file, List<KpiReport> kpis) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("project_id,kpi,period,baseline,current\n");
            for (KpiReport k : kpis)
                w.write(String.join(",", k.projectId(), k.kpi().code(), Period.format(k.period()), CsvOut.number(k.baseline()), CsvOut.number(k.current())) + "\n");
        }
    }
}
