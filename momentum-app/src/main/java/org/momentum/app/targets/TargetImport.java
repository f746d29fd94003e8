package org.momentum.app.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Registers;
import org.momentum.store.TargetStore;

/**
 * Imports targets, programmes, zones, pilot projects and KPI reports: each file is read and checked whole, then
 * applied in one transaction with an audit entry — or, with errors, not at all (unless --partial). Rows replace
 * the stored rows with the same key.
 */
public final class TargetImport {
    /** What one file did: the reader's outcome and the rows applied (-1 when the file was refused). */
    public record Result(String kind, ReadOutcome read, int applied) {
        public boolean refused() { return applied < 0; }
    }

    private final Database db;
    private final TargetFiles files;
    private final String actor;

    public TargetImport(Database db, ReferenceData ref, String actor) {
        this.db = db;
        this.files = new TargetFiles(ref);
        this.actor = actor;
    }

    public Result targets(Path file, ReadOptions opt) {
        List<org.momentum.targets.Target> rows = new ArrayList<>();
        ReadOutcome read = files.readTargets(file, opt, (line, t) -> rows.add(t));
        return apply("target", read, opt, rows.size(), List.of("target_id"), rows.stream().map(t -> List.of(t.id())).toList(), c -> TargetStore.putTargets(c, rows));
    }

    public Result programmes(Path file, ReadOptions opt) {
        List<org.momentum.targets.Programme> rows = new ArrayList<>();
        ReadOutcome read = files.readProgrammes(file, opt, (line, p) -> rows.add(p));
        return apply("programme", read, opt, rows.size(), List.of("programme_id"), rows.stream().map(p -> List.of(p.id())).toList(), c -> TargetStore.putProgrammes(c, rows));
    }

    public Result zones(Path file, ReadOptions opt) {
        List<org.momentum.targets.DemonstrationZone> rows = new ArrayList<>();
        ReadOutcome read = files.readZones(file, opt, TargetStore.programmeIds(db), (line, z) -> rows.add(z));
        return apply("demonstration_zone", read, opt, rows.size(), List.of("zone_id"), rows.stream().map(z -> List.of(z.id())).toList(), c -> TargetStore.putZones(c, rows));
    }

    public Result pilots(Path file, ReadOptions opt) {
        List<org.momentum.targets.PilotProject> rows = new ArrayList<>();
        Set<String> enterprises = new HashSet<>(Registers.enterpriseIds(db));
        ReadOutcome read = files.readPilots(file, opt, TargetStore.programmeIds(db), enterprises, (line, p) -> rows.add(p));
        return apply("pilot_project", read, opt, rows.size(), List.of("project_id"), rows.stream().map(p -> List.of(p.id())).toList(), c -> TargetStore.putPilots(c, rows));
    }

    public Result kpis(Path file, ReadOptions opt) {
        List<org.momentum.targets.KpiReport> rows = new ArrayList<>();
        ReadOutcome read = files.readKpis(file, opt, TargetStore.projectIds(db), (line, k) -> rows.add(k));
        return apply("kpi_report", read, opt, rows.size(), List.of("project_id", "kpi", "period"),
                rows.stream().map(k -> List.of(k.projectId(), k.kpi().code(), org.momentum.classification.Period.format(k.period()))).toList(), c -> TargetStore.putKpiReports(c, rows));
    }

    private interface Write {
        void run(java.sql.Connection c) throws java.sql.SQLException;
    }

    /** Applies the rows (kind is their table) and audits the file, with the rows it replaced before -> after. */
    private Result apply(String kind, ReadOutcome read, ReadOptions opt, int rows, List<String> keyColumns, List<List<String>> keys, Write write) {
        if (read.fatal() || (!read.ok() && !opt.partial())) return new Result(kind, read, -1);
        db.inTransaction(c -> {
            java.util.Map<String, String> before = TargetStore.rowsByKey(c, kind, keyColumns, keys);
            write.run(c);
            List<List<String>> replacedKeys = keys.stream().filter(k -> before.containsKey(String.join(" ", k))).distinct().toList();
            java.util.Map<String, String> after = TargetStore.rowsByKey(c, kind, keyColumns, replacedKeys);
            StringBuilder replaced = new StringBuilder();
            for (var e : before.entrySet())
                if (!e.getValue().equals(after.get(e.getKey())))
                    replaced.append(replaced.length() == 0 ? "; replaced, before -> after:" : ";").append(" [").append(e.getValue()).append("] -> [").append(after.get(e.getKey())).append(']');
            AuditLog.append(c, actor, "targets.import", kind, read.file(),
                    rows + " rows applied, " + read.rejectedRows() + " rejected; sha256 " + read.sha256() + replaced);
            return null;
        });
        return new Result(kind, read, rows);
    }
}
