package org.momentum.app.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.app.files.RowSink;
import org.momentum.app.files.TableReader;
import org.momentum.classification.Period;
import org.momentum.reports.Decimals;
import org.momentum.reports.FieldProblem;
import org.momentum.store.ReferenceData;
import org.momentum.targets.DemonstrationZone;
import org.momentum.targets.Direction;
import org.momentum.targets.GoalKind;
import org.momentum.targets.Kpi;
import org.momentum.targets.KpiReport;
import org.momentum.targets.PilotProject;
import org.momentum.targets.Programme;
import org.momentum.targets.Target;

/**
 * Readers of targets.csv, programmes.csv, zones.csv, pilots.csv and kpis.csv (docs/targets-formats.md), with the
 * common input rules (encoding, header, file:line:column errors, --partial) of {@link InputReader#readTable}.
 * References (programme, project, enterprise) are checked against the sets the caller gives.
 */
public final class TargetFiles {
    public static final List<String> TARGET_COLUMNS = List.of("target_id", "name", "measure", "industry", "region", "baseline_value",
            "baseline_period", "goal_kind", "goal_value", "deadline", "direction");
    public static final List<String> TARGET_OPTIONAL = List.of("name_zh", "tolerance");
    public static final List<String> PROGRAMME_COLUMNS = List.of("programme_id", "kind", "name");
    public static final List<String> PROGRAMME_OPTIONAL;
    public static final List<String> ZONE_COLUMNS = List.of("zone_id", "programme_id", "name", "region", "approved");
    public static final List<String> ZONE_OPTIONAL = List.of("focus_industries");
    public static final List<String> PILOT_COLUMNS = List.of("project_id", "programme_id", "batch", "year", "enterprise_id");
    public static final List<String> PILOT_OPTIONAL = List.of("project_type");
    public static final List<String> KPI_COLUMNS = List.of("project_id", "kpi", "period", "baseline", "current");
    static final int MAX_ID = 64;

    static {
        List<String> o = new ArrayList<>(List.of("name_zh"));
        for (Kpi k : Kpi.values()) o.add(thresholdColumn(k));
        PROGRAMME_OPTIONAL = List.copyOf(o);
    }

    private final ReferenceData ref;

    public TargetFiles(ReferenceData ref) { this.ref = ref; }

    public static String thresholdColumn(Kpi k) { return "threshold_" + k.code(); }

    public ReadOutcome readTargets(Path file, ReadOptions opt, RowSink<Target> sink) {
        Keys<Target> keys = new Keys<>(Target::id, "target_id", "target");
        return InputReader.readTable(file, opt, TARGET_COLUMNS, TARGET_OPTIONAL, "targets", (t, problems) -> {
            String id = id(t, "target_id", problems);
            String measure = t.get(t.column("measure"));
            if (!measure.equals("output_value_real") && ref.indicators().get(measure) == null)
                problems.add(new FieldProblem("measure", ref.indicators().problem(measure)));
            String industry = t.get(t.column("industry")), region = t.get(t.column("region"));
            if (!industry.equals("ALL") && !ref.industries().contains(industry))
                problems.add(new FieldProblem("industry", "'" + industry + "' is not ALL, a section, a division or a class of GB/T 4754-2017"));
            if (!region.equals("ALL") && ref.regions().province(region) == null)
                problems.add(new FieldProblem("region", "'" + region + "' is not ALL or a province code NN0000"));
            double baseline = signed(t, "baseline_value", problems);
            int basePeriod = period(t, "baseline_period", problems);
            GoalKind kind = GoalKind.parseOrNull(t.get(t.column("goal_kind")));
            if (kind == null) problems.add(new FieldProblem("goal_kind", "'" + t.get(t.column("goal_kind")) + "' is not level, change or growth"));
            double goal = signed(t, "goal_value", problems);
            int deadline = period(t, "deadline", problems);
            Direction dir = Direction.parseOrNull(t.get(t.column("direction")));
            if (dir == null) problems.add(new FieldProblem("direction", "'" + t.get(t.column("direction")) + "' is not up or down"));
            String tol = t.get(t.column("tolerance"));
            double tolerance = tol.isEmpty() ? 0 : unsigned(t, "tolerance", problems);
            if (basePeriod != Period.NONE && deadline != Period.NONE && deadline <= basePeriod)
                problems.add(new FieldProblem("deadline", Period.format(deadline) + " is not after the baseline period " + Period.format(basePeriod)));
            if (!problems.isEmpty()) return null;
            String name = t.get(t.column("name")), nameZh = t.get(t.column("name_zh"));
            Target target = new Target(id, name, nameZh.isEmpty() ? name : nameZh, measure, industry, region, baseline, basePeriod, kind,
                    goal, deadline, dir, tolerance);
            return keys.see(target, t.line(), problems);
        }, sink, Progress.NONE);
    }

    public ReadOutcome readProgrammes(Path file, ReadOptions opt, RowSink<Programme> sink) {
        Keys<Programme> keys = new Keys<>(Programme::id, "programme_id", "programme");
        return InputReader.readTable(file, opt, PROGRAMME_COLUMNS, PROGRAMME_OPTIONAL, "programmes", (t, problems) -> {
            String id = id(t, "programme_id", problems);
            Programme.Kind kind = Programme.Kind.parseOrNull(t.get(t.column("kind")));
            if (kind == null) problems.add(new FieldProblem("kind", "'" + t.get(t.column("kind")) + "' is not pilot or zone"));
            Map<Kpi, Double> th = new EnumMap<>(Kpi.class);
            for (Kpi k : Kpi.values()) {
                String col = thresholdColumn(k);
                if (t.get(t.column(col)).isEmpty()) continue;
                double v = signed(t, col, problems);
                if (!Double.isNaN(v)) th.put(k, v);
            }
            if (!problems.isEmpty()) return null;
            String name = t.get(t.column("name")), nameZh = t.get(t.column("name_zh"));
            return keys.see(new Programme(id, kind, name, nameZh.isEmpty() ? name : nameZh, th), t.line(), problems);
        }, sink, Progress.NONE);
    }

    public ReadOutcome readZones(Path file, ReadOptions opt, Set<String> programmes, RowSink<DemonstrationZone> sink) {
        Keys<DemonstrationZone> keys = new Keys<>(DemonstrationZone::id, "zone_id", "zone");
        return InputReader.readTable(file, opt, ZONE_COLUMNS, ZONE_OPTIONAL, "zones", (t, problems) -> {
            String id = id(t, "zone_id", problems);
            String programme = programme(t, programmes, problems);
            String region = t.get(t.column("region"));
            if (!ref.regions().isKnownRegion(region))
                problems.add(new FieldProblem("region", "'" + region + "' is not a six-digit GB/T 2260 code of one of the 31 provinces"));
            int approved = period(t, "approved", problems);
            List<String> focus = new ArrayList<>();
            for (String f : t.get(t.column("focus_industries")).split("[;\\s]+")) {
                if (f.isEmpty()) continue;
                if (!ref.industries().contains(f)) problems.add(new FieldProblem("focus_industries", "'" + f + "' is not a GB/T 4754-2017 code"));
                else focus.add(f);
            }
            if (!problems.isEmpty()) return null;
            return keys.see(new DemonstrationZone(id, programme, t.get(t.column("name")), region, approved, focus), t.line(), problems);
        }, sink, Progress.NONE);
    }

    public ReadOutcome readPilots(Path file, ReadOptions opt, Set<String> programmes, Set<String> enterprises, RowSink<PilotProject> sink) {
        Keys<PilotProject> keys = new Keys<>(PilotProject::id, "project_id", "project");
        return InputReader.readTable(file, opt, PILOT_COLUMNS, PILOT_OPTIONAL, "pilots", (t, problems) -> {
            String id = id(t, "project_id", problems);
            String programme = programme(t, programmes, problems);
            String batch = t.get(t.column("batch"));
            if (batch.isEmpty() || batch.length() > MAX_ID) problems.add(new FieldProblem("batch", "a batch name of 1–" + MAX_ID + " characters is required"));
            String ys = t.get(t.column("year"));
            int year = ys.matches("\\d{4}") ? Integer.parseInt(ys) : -1;
            if (year < 1900 || year > 2999) problems.add(new FieldProblem("year", "'" + ys + "' is not a year YYYY"));
            String enterprise = t.get(t.column("enterprise_id"));
            if (!enterprises.contains(enterprise)) problems.add(new FieldProblem("enterprise_id", "enterprise '" + enterprise + "' is not in the register"));
            if (!problems.isEmpty()) return null;
            return keys.see(new PilotProject(id, programme, batch, year, enterprise, t.get(t.column("project_type"))), t.line(), problems);
        }, sink, Progress.NONE);
    }

    public ReadOutcome readKpis(Path file, ReadOptions opt, Set<String> projects, RowSink<KpiReport> sink) {
        Keys<KpiReport> keys = new Keys<>(r -> r.projectId() + "|" + r.kpi().code() + "|" + Period.format(r.period()), "baseline", "KPI report");
        return InputReader.readTable(file, opt, KPI_COLUMNS, List.of(), "kpis", (t, problems) -> {
            String project = t.get(t.column("project_id"));
            if (!projects.contains(project)) problems.add(new FieldProblem("project_id", "pilot project '" + project + "' is not known (import --pilots first)"));
            String ks = t.get(t.column("kpi"));
            Kpi kpi = Kpi.parseOrNull(ks);
            if (kpi == null) problems.add(new FieldProblem("kpi", "'" + ks + "' is not a KPI (" + kpiCodes() + ")"));
            int period = period(t, "period", problems);
            double baseline = unsigned(t, "baseline", problems);
            if (baseline == 0) problems.add(new FieldProblem("baseline", "0: an improvement is measured against a baseline > 0"));
            double current = unsigned(t, "current", problems);
            if (!problems.isEmpty()) return null;
            return keys.see(new KpiReport(project, kpi, period, baseline, current), t.line(), problems);
        }, sink, Progress.NONE);
    }

    static String kpiCodes() {
        List<String> c = new ArrayList<>();
        for (Kpi k : Kpi.values()) c.add(k.code());
        return String.join(", ", c);
    }

    private static String id(TableReader t, String column, List<FieldProblem> problems) {
        String id = t.get(t.column(column));
        if (id.isEmpty() || id.length() > MAX_ID) problems.add(new FieldProblem(column, "an id of 1–" + MAX_ID + " characters is required"));
        return id;
    }

    private static String programme(TableReader t, Set<String> programmes, List<FieldProblem> problems) {
        String p = t.get(t.column("programme_id"));
        if (!programmes.contains(p)) problems.add(new FieldProblem("programme_id", "programme '" + p + "' is not known (import --programmes first)"));
        return p;
    }

    private static int period(TableReader t, String column, List<FieldProblem> problems) {
        String s = t.get(t.column(column));
        int p = Period.parseOrNone(s);
        if (p == Period.NONE) problems.add(new FieldProblem(column, "'" + s + "' is not a month YYYY-MM"));
        return p;
    }

    /** A decimal that may be negative (a cut is a negative change): an optional '-' before the strict decimal. */
    private static double signed(TableReader t, String column, List<FieldProblem> problems) {
        String s = t.get(t.column(column));
        boolean negative = s.startsWith("-");
        String[] why = new String[1];
        double v = Decimals.parse(negative ? s.substring(1) : s, why);
        if (Double.isNaN(v) || (negative && s.length() > 1 && s.charAt(1) == '+')) {
            problems.add(new FieldProblem(column, why[0] == null ? "'" + s + "' is not a decimal number" : why[0]));
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    private static double unsigned(TableReader t, String column, List<FieldProblem> problems) {
        String s = t.get(t.column(column));
        String[] why = new String[1];
        double v = Decimals.parse(s, why);
        if (Double.isNaN(v)) problems.add(new FieldProblem(column, why[0]));
        else if (v < 0) problems.add(new FieldProblem(column, s + " is negative; values are ≥ 0"));
        return v;
    }

    /** Keys seen in one file: an identical repeat is skipped, a different row with the same key is an error. */
    private static final class Keys<T> {
        final Map<String, T> seen = new HashMap<>();
        final Map<String, Long> line = new HashMap<>();
        final Function<T, String> key;
        final String column, what;

        Keys(Function<T, String> key, String column, String what) {
            this.key = key;
            this.column = column;
            this.what = what;
        }

        Object see(T value, long at, List<FieldProblem> problems) {
            String k = key.apply(value);
            T before = seen.putIfAbsent(k, value);
            if (before == null) {
                line.put(k, at);
                return value;
            }
            if (before.equals(value)) return InputReader.REPEAT;
            problems.add(new FieldProblem(column, what + " '" + k + "' is also on line " + line.get(k) + " with other values"));
            return null;
        }
    }
}
