package org.momentum.app.targets;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.momentum.app.releases.ReleaseComponent;
import org.momentum.app.releases.ReleaseContext;
import org.momentum.classification.Period;
import org.momentum.disclosure.DisclosureRules;
import org.momentum.disclosure.MinimumFrequencyRule;
import org.momentum.disclosure.SensitivityRule;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.SeriesKey;
import org.momentum.indicators.IndicatorRow;
import org.momentum.indicators.Panel;
import org.momentum.registry.Enterprise;
import org.momentum.store.Database;
import org.momentum.store.PublishedTargets;
import org.momentum.store.Releases;
import org.momentum.store.Snapshots;
import org.momentum.store.StoreException;
import org.momentum.targets.Evaluation;
import org.momentum.targets.KpiImprovement;
import org.momentum.targets.KpiSummary;
import org.momentum.targets.PilotResult;
import org.momentum.targets.Programme;
import org.momentum.targets.TargetAssessment;

/**
 * A release's targets board and programme results, computed by {@link TargetService} and {@link ProgrammeService}
 * from the release's snapshot (its indicator cube, register and reports at the cut-off) and stored with the release
 * (release_target, release_programme, release_kpi_aggregate). Disclosure-safe:
 * <ul>
 *   <li>a programme publishes aggregates and its evaluation only, never a pilot's own KPI values; an aggregate of
 *       fewer enterprises than the frequency rule (FREQ 3, formats.md) is withheld, and so is the evaluation's
 *       estimate when fewer participants were matched (one enterprise's growth against its controls);</li>
 *   <li>the median is not published: for an odd group it is one enterprise's own value;</li>
 *   <li>a target whose cell (its measure's level or year to date at the outcome's month) disclosure control withholds
 *       keeps its status and probability but not its outcome, progress or forecast, which would give the cell back.</li>
 * </ul>
 */
public final class TargetsComponent implements ReleaseComponent {
    @Override
    public String name() { return "targets"; }

    @Override
    public void contribute(ReleaseContext context, Consumer<ReleaseObservation> out) {}

    @Override
    public Releases.Attachment attach(ReleaseContext context, UnaryOperator<ReleaseObservation> published) {
        Frozen f = compute(context, published);
        if (f.board().isEmpty() && f.programmes().isEmpty()) return null;
        return (c, id) -> PublishedTargets.write(c, id, f.board(), f.programmes());
    }

    /** What a release publishes of targets and programmes. */
    public record Frozen(List<TargetAssessment> board, List<PublishedTargets.ProgrammeResult> programmes) {}

    public Frozen compute(ReleaseContext context, UnaryOperator<ReleaseObservation> published) {
        TargetData data = new SnapshotData(context);
        List<TargetAssessment> board = new ArrayList<>();
        for (TargetAssessment a : new TargetService(data, context.ref()).board(context.period()))
            board.add(disclosed(a, published) ? a : withheld(a));
        ProgrammeService svc = new ProgrammeService(data);
        List<PublishedTargets.ProgrammeResult> programmes = new ArrayList<>();
        for (Programme p : svc.programmes()) programmes.add(published(svc.view(p.id())));
        return new Frozen(board, programmes);
    }

    /** The fewest enterprises an aggregate may publish: the frequency rule of the default disclosure rules. */
    public static final int MIN_ENTERPRISES = minimumFrequency(DisclosureRules.defaults());

    private static int minimumFrequency(DisclosureRules rules) {
        for (SensitivityRule r : rules.rules()) if (r instanceof MinimumFrequencyRule f) return f.minContributors();
        return 1;
    }

    /** A programme's public part: counts, aggregates (withheld below {@link #MIN_ENTERPRISES}), evaluation. */
    public static PublishedTargets.ProgrammeResult published(ProgrammeService.View v) {
        Set<String> enterprises = new HashSet<>();
        for (PilotResult r : v.pilots()) enterprises.add(r.project().enterpriseId());
        List<PublishedTargets.Aggregate> aggregates = new ArrayList<>();
        for (Map.Entry<KpiSummary.By, List<KpiSummary>> e : v.summaries().entrySet()) {
            Function<PilotResult, String> group = groupOf(e.getKey());
            for (KpiSummary s : e.getValue()) {
                Set<String> in = new HashSet<>();
                for (PilotResult r : v.pilots())
                    if (group.apply(r).equals(s.group()) && r.improvements().stream().map(KpiImprovement::kpi).anyMatch(k -> k == s.kpi()))
                        in.add(r.project().enterpriseId());
                boolean withheld = in.size() < MIN_ENTERPRISES;
                aggregates.add(new PublishedTargets.Aggregate(e.getKey().code(), s.group(), s.kpi(), s.projects(), in.size(),
                        withheld ? Double.NaN : s.meanPct(), withheld ? -1 : s.withThreshold(), withheld ? -1 : s.meeting(), withheld));
            }
        }
        return new PublishedTargets.ProgrammeResult(v.programme(), v.pilots().size(), enterprises.size(), aggregates, safe(v.evaluation()));
    }

    /** The grouping of {@link KpiSummary.By} (its own key function is the core's). */
    private static Function<PilotResult, String> groupOf(KpiSummary.By by) {
        return switch (by) {
            case ALL -> r -> "ALL";
            case BATCH -> r -> r.project().batch();
            case REGION -> PilotResult::province;
            case INDUSTRY -> PilotResult::division;
        };
    }

    /** The evaluation without its estimate when fewer participants than the frequency rule were matched. */
    static Evaluation safe(Evaluation e) {
        if (e == null) return null;
        boolean enough = e.matched() >= MIN_ENTERPRISES;
        double nan = Double.NaN;
        return new Evaluation(enough ? e.verdict() : Evaluation.Verdict.TOO_FEW_DATA, enough ? e.estimate() : nan, enough ? e.se() : nan,
                enough ? e.lo95() : nan, enough ? e.hi95() : nan, e.participants(), e.matched(), e.controls(), e.clusters(), safe(e.placebo()));
    }

    /** Whether the numbers the outcome is read from (the cell's level and year to date at the outcome's month) are published. */
    private static boolean disclosed(TargetAssessment a, UnaryOperator<ReleaseObservation> published) {
        int p = Math.min(a.period(), a.target().deadline());
        for (String variable : new String[] {SeriesKey.LEVEL, "ytd_yoy_pct"}) {
            SeriesKey k = new SeriesKey(a.target().measure(), a.target().industry(), a.target().region(), variable);
            ReleaseObservation o = published.apply(ReleaseObservation.of(k, p, 1));
            if (o == null || !o.status().hasValue()) return false;
        }
        return true;
    }

    private static TargetAssessment withheld(TargetAssessment a) {
        return new TargetAssessment(a.target(), a.period(), Double.NaN, Double.NaN, a.status(), a.probability(), null);
    }

    /** The snapshot's data: the cube's rows and the panel's reports up to the release's month, the register at the cut-off. */
    static final class SnapshotData implements TargetData {
        private final ReleaseContext context;
        private final Map<String, List<IndicatorRow>> cells = new HashMap<>();
        private List<Enterprise> register;

        SnapshotData(ReleaseContext context) {
            this.context = context;
            for (IndicatorRow r : context.indicators().rows())
                if (r.period() <= context.period())
                    cells.computeIfAbsent(r.measure() + '|' + r.industry() + '|' + r.region(), k -> new ArrayList<>()).add(r);
        }

        @Override public Database db() { return context.db(); }

        @Override public Integer latestPeriod() { return context.period(); }

        @Override public List<IndicatorRow> series(String measure, String industry, String region) {
            return cells.getOrDefault(measure + '|' + industry + '|' + region, List.of());
        }

        @Override public List<Enterprise> register() {
            if (register == null) {
                try (Connection c = context.db().connect()) {
                    register = Snapshots.enterprises(c, context.cutoff());
                } catch (SQLException e) {
                    throw new StoreException("cannot read the register at " + context.cutoff() + ": " + e.getMessage(), e);
                }
            }
            return register;
        }

        @Override public Map<String, NavigableMap<Integer, Double>> reportsByEnterprise(String indicator, String classPrefix) {
            Map<String, NavigableMap<Integer, Double>> out = new HashMap<>();
            Panel panel = context.panel();
            int m = panel.measureIndex(indicator);
            if (m < 0 || panel.minPeriod() == Period.NONE) return out;
            for (int e = 0; e < panel.enterpriseCount(); e++) {
                if (!panel.industry(e).startsWith(classPrefix)) continue;
                for (int p = panel.minPeriod(); p <= Math.min(panel.maxPeriod(), context.period()); p++) {
                    double v = panel.value(m, p, e);
                    if (!Double.isNaN(v)) out.computeIfAbsent(panel.enterpriseId(e), k -> new TreeMap<>()).put(p, v);
                }
            }
            return out;
        }

        @Override public Map<String, Map<Integer, Double>> annualTotals(String indicator) {
            Map<String, Map<Integer, Double>> out = new HashMap<>();
            Panel panel = context.panel();
            int m = panel.measureIndex(indicator);
            if (m < 0 || panel.minPeriod() == Period.NONE) return out;
            int last = Math.min(panel.maxPeriod(), context.period());
            for (int e = 0; e < panel.enterpriseCount(); e++) {
                for (int y = Period.year(panel.minPeriod()); y <= Period.year(last); y++) {
                    double sum = 0;
                    int n = 0;
                    for (int mo = 1; mo <= 12; mo++) {
                        int p = Period.of(y, mo);
                        if (p < panel.minPeriod() || p > last) continue;
                        double v = panel.value(m, p, e);
                        if (!Double.isNaN(v)) {
                            sum += v;
                            n++;
                        }
                    }
                    // the years with all twelve months reported (a part year would look like a fall or a jump)
                    if (n == 12) out.computeIfAbsent(panel.enterpriseId(e), k -> new HashMap<>()).put(y, sum);
                }
            }
            return out;
        }
    }
}
