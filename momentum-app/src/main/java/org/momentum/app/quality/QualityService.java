package org.momentum.app.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.momentum.app.files.AtomicOutput;
import org.momentum.app.files.CsvOut;
import org.momentum.app.files.Table;
import org.momentum.app.files.InputReader;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.files.ReadOutcome;
import org.momentum.app.files.RowError;
import org.momentum.classification.Period;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PanelBuilder;
import org.momentum.indicators.PriceIndex;
import org.momentum.quality.Flag;
import org.momentum.registry.EnterpriseSize;
import org.momentum.registry.RegisterRules;
import org.momentum.reports.ReportRules;
import org.momentum.store.ReferenceData;

/**
 * The quality review from files: the register, reports and prices read and validated exactly as for
 * {@code momentum indicators} (the import's readers and rules), plus the register's size classes, which the peer
 * comparison needs and the panel does not hold; and the flags file of formats.md.
 */
public final class QualityService {
    public static final String HEADER = "enterprise_id,period,indicator,score,rule,detail";

    private final ReferenceData ref;

    public QualityService(ReferenceData ref) { this.ref = ref; }

    /** The files' errors (nothing else), or the panel with the size class of each of its enterprises and the prices. */
    public record FromFiles(List<RowError> errors, long errorCount, Panel panel, EnterpriseSize[] sizes, PriceIndex prices) {}

    public FromFiles read(Path enterprises, List<Path> reports, Path prices, ReadOptions opt, int currentPeriod, Progress progress) {
        List<RowError> errors = new ArrayList<>();
        long[] count = {0};
        PanelBuilder panel = new PanelBuilder(ref.industries());
        Set<String> ids = new HashSet<>();
        List<EnterpriseSize> sizes = new ArrayList<>();
        ReadOutcome e = InputReader.readEnterprises(enterprises, opt, new RegisterRules(ref.industries(), ref.regions()), (line, ent) -> {
            int i = panel.addEnterprise(ent);
            while (sizes.size() <= i) sizes.add(null);
            sizes.set(i, ent.size());
            ids.add(ent.id());
        }, progress);
        collect(e, errors, count);
        ReportRules rules = new ReportRules(ref.indicators(), ids::contains, currentPeriod);
        for (Path r : reports) collect(InputReader.readReports(r, opt, rules, (line, rep) -> panel.addReport(rep), progress), errors, count);
        PriceIndex index = null;
        if (prices != null) {
            PriceIndex.Builder pb = PriceIndex.builder();
            collect(InputReader.readPrices(prices, opt, ref.industries(), currentPeriod,
                    (line, p) -> pb.add(p.industry(), p.period(), p.ppiYoy()), progress), errors, count);
            index = pb.build();
        }
        if (count[0] > 0) return new FromFiles(errors, count[0], null, null, null);
        return new FromFiles(List.of(), 0, panel.build(), sizes.toArray(new EnterpriseSize[0]), index);
    }

    private static void collect(ReadOutcome o, List<RowError> errors, long[] count) {
        errors.addAll(o.errors());
        count[0] += o.errorCount();
    }

    /** Writes the flags file (formats.md) atomically, in the order given (ranked); a *.xlsx name gets the same table as a workbook. */
    public static void write(List<Flag> flags, Path out) {
        if (Table.isWorkbook(out)) {
            Table t = new Table(HEADER.split(","));
            for (Flag f : flags) t.row(f.enterpriseId(), Period.format(f.period()), f.indicator(), f.score(), f.rule(), f.detail());
            t.writeWorkbook(out);
            return;
        }
        AtomicOutput.write(out, w -> {
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (Flag f : flags) {
                sb.setLength(0);
                sb.append(CsvOut.quote(f.enterpriseId())).append(',').append(Period.format(f.period())).append(',')
                        .append(CsvOut.quote(f.indicator())).append(',').append(String.format(Locale.ROOT, "%.4f", f.score())).append(',')
                        .append(CsvOut.quote(f.rule())).append(',').append(CsvOut.quote(f.detail())).append('\n');
                w.append(sb);
            }
        });
    }
}
