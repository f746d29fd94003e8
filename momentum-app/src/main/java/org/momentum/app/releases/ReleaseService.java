package org.momentum.app.releases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.momentum.app.cli.Clocks;
import org.momentum.app.indicators.CubeFile;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.dissemination.ReleaseRuleException;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.IndicatorEngine;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.indicators.PriceIndex;
import org.momentum.registry.Enterprise;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import org.momentum.store.Reports;
import org.momentum.store.Snapshots;
import org.momentum.store.StoreException;

/**
 * Creates releases: freezes the store at a cut-off, computes the release's components from that snapshot with the
 * same engine as {@code momentum compute}, passes every observation through the release steps (disclosure control
 * goes there), and stores the draft. Approval and publication are {@link Releases}' steps; the server's
 * {@link ReleaseScheduler} publishes at embargo time.
 */
public final class ReleaseService {
    private static final int SNAPSHOT_ATTEMPTS = 5;

    private final Database db;
    private final ReferenceData ref;
    private final Clock clock;
    /** The capabilities a release gathers, in order ({@link #allComponents}: owners of quality flags add theirs there). */
    private final List<ReleaseComponent> components;

    /** Every capability's component, in order: what a release publishes. */
    public static List<ReleaseComponent> allComponents() {
        return List.of(new IndicatorsComponent(), new org.momentum.app.seasonal.AdjustmentComponent(),
                new org.momentum.app.forecast.OutlookComponent(), new org.momentum.app.targets.TargetsComponent(),
                new org.momentum.app.quality.QualityComponent());
    }
    /** Steps applied to every observation after the components; disclosure control is added here. */
    private final List<ReleaseStep> steps = List.of(new DisclosureStep());

    public ReleaseService(Database db, ReferenceData ref, Clock clock) { this(db, ref, clock, allComponents()); }

    /**
     * With chosen components (the indicators first), e.g. a test of the outlook and targets on a panel whose
     * seasonal adjustment would take minutes; the components' names are recorded with the release.
     */
    public ReleaseService(Database db, ReferenceData ref, Clock clock, List<ReleaseComponent> components) {
        this.db = db;
        this.ref = ref;
        this.clock = clock;
        this.components = List.copyOf(components);
    }

    /** A created draft and what went into it. */
    public record Created(Release release, long observations, long reports) {}

    /**
     * Creates the draft release of {@code period} from the reports received up to {@code cutoff} (null: now).
     * For a correction, {@code correctionOf} is the published release it corrects and {@code reason} says why.
     */
    public Created create(int period, Instant cutoff, Instant embargoAt, long correctionOf, String reason, String user) {
        return create(period, cutoff, embargoAt, correctionOf, reason, user, null);
    }

    /**
     * The same; with {@code cubeFile} (indicators.csv or .xlsx, e.g. the Spark job's) the release's indicator cube is
     * that file's instead of the engine's computation. The file passes CubeFile's row checks and must be a cube of the
     * snapshot ({@link SnapshotCube#check}: its months, and every national total to 1e-9), else the release is refused
     * and nothing is stored. The panel is frozen as always: the other components and disclosure control read it.
     */
    public Created create(int period, Instant cutoff, Instant embargoAt, long correctionOf, String reason, String user, Path cubeFile) {
        // read before the snapshot: a wrong row is found without freezing the store
        CubeFile.Outcome file = cubeFile == null ? null : SnapshotCube.requireReadable(CubeFile.read(cubeFile, ref));
        Instant now = Clocks.now(clock);
        Instant cut = cutoff == null ? now : cutoff;
        if (cut.isAfter(now)) throw new ReleaseRuleException("the cut-off " + cut + " is in the future; data cannot be frozen before they arrive");
        Snapshot s = snapshot(cut, period);
        if (s.reportsOfPeriod == 0)
            throw new ReleaseRuleException("no reports for " + Period.format(period) + " had been received by the cut-off " + cut);
        IndicatorCube cube = file == null ? new IndicatorEngine().compute(s.panel, s.prices) : SnapshotCube.check(file, s.panel, s.prices, cut);
        ReleaseContext ctx = new ReleaseContext(period, cut, s.panel, s.prices, cube, db, ref);
        List<UnaryOperator<ReleaseObservation>> filters = new ArrayList<>();
        for (ReleaseStep step : steps) filters.add(step.prepare(ctx));
        UnaryOperator<ReleaseObservation> published = o -> {
            for (UnaryOperator<ReleaseObservation> f : filters) {
                if (o == null) return null;
                o = f.apply(o);
            }
            return o;
        };
        List<Releases.Attachment> attachments = new ArrayList<>();
        for (ReleaseComponent c : components) {
            Releases.Attachment a = c.attach(ctx, published);
            if (a != null) attachments.add(a);
        }
        List<String> names = new ArrayList<>();
        for (ReleaseComponent c : components)
            // no space, comma or '=' inside a name: the audit entry's "components=a,b,c" still splits as before
            names.add(file != null && c instanceof IndicatorsComponent ? c.name() + "(cube:sha256:" + file.sha256().substring(0, 12) + ")" : c.name());
        for (ReleaseStep st : steps) names.add(st.name());
        long[] n = {0};
        Release r = Releases.create(db, new Releases.NewRelease(period, cut, embargoAt, correctionOf, reason, String.join(",", names),
                file == null ? null : "cube=" + file.file() + " sha256=" + file.sha256()), user, now, out -> {
            Consumer<ReleaseObservation> filtered = o -> {
                for (UnaryOperator<ReleaseObservation> f : filters) {
                    o = f.apply(o);
                    if (o == null) return;
                }
                out.accept(o);
                n[0]++;
            };
            for (ReleaseComponent c : components) c.contribute(ctx, filtered);
        }, attachments);
        return new Created(r, n[0], s.reports);
    }

    private record Snapshot(Panel panel, PriceIndex prices, long reports, long reportsOfPeriod) {}

    /**
     * Reads the store at the cut-off in one transaction. An import stamps its batch just before it commits, so a
     * batch finished before the cut-off may become visible only after the snapshot began: the count of such
     * batches is read again afterwards, and the snapshot retaken when it changed.
     */
    private Snapshot snapshot(Instant cutoff, int period) {
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                long batches = Snapshots.batchesFinishedBy(c, cutoff);
                int[] range = Snapshots.periodRange(c, cutoff);
                List<Enterprise> register = Snapshots.enterprises(c, cutoff);
                PanelBuilder b = new PanelBuilder(ref.industries(), Math.max(16, register.size()));
                for (Enterprise e : register) b.addEnterprise(e);
                long[] ofPeriod = {0};
                long reports = range == null ? 0 : Snapshots.forEachReport(c, cutoff, range[0], Math.max(range[0], period), (id, p, indicator, value, prev) -> {
                    int idx = b.enterpriseIndex(id);
                    if (idx >= 0) b.addReport(idx, p, indicator, value, prev);
                    if (p == period) ofPeriod[0]++;
                });
                List<Reports.Price> prices = Snapshots.prices(c, cutoff);
                c.commit();
                PriceIndex index = null;
                if (!prices.isEmpty()) {
                    PriceIndex.Builder pb = PriceIndex.builder();
                    for (Reports.Price p : prices) pb.add(p.industry(), p.period(), p.ppiYoy());
                    index = pb.build();
                }
                try (Connection check = db.connect()) {
                    if (Snapshots.batchesFinishedBy(check, cutoff) == batches) return new Snapshot(b.build(), index, reports, ofPeriod[0]);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the store at " + cutoff + ": " + e.getMessage(), e);
            }
        }
        throw new StoreException("the store kept changing under the snapshot at " + cutoff + "; try again");
    }
}
