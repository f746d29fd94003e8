package org.momentum.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.momentum.app.files.InputFileException;
import org.momentum.app.files.RowError;
import org.momentum.app.quality.QualityService;
import org.momentum.classification.Period;
import org.momentum.quality.Flag;
import org.momentum.quality.QualityScorer;
import org.momentum.quality.RuleSet;
import org.momentum.quality.RulesFormatException;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum quality}: files in, ranked quality flags out (formats.md, "Quality flags"); no database. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Scores one month's reports for data quality and falsification and writes the flags, ranked.",
                "Rules (docs/quality-rules.md) and statistical checks each give a score in [0,1] with a sentence;",
                "a report is flagged when its highest score is at least 0.5. The checks read up to 24 earlier months."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:written", "1:input errors, nothing written", "2:usage or system error"})
public final class QualityCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FileOptions files;

    @Mixin PanelFileOptions panelFiles;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write flags.csv (a name ending .xlsx: the same table as an Excel workbook).")
    Path out;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "The month to review; default: the latest month with reports.")
    String period;

    @Option(names = "--rules", paramLabel = "FILE", description = "A rules file to use instead of the default rules.")
    Path rules;

    @Option(names = "--min-score", paramLabel = "S", defaultValue = "0.5",
            description = "Write flags with at least this score (default ${DEFAULT-VALUE}: only what counts as flagged).")
    double minScore;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!(minScore > 0 && minScore <= 1)) {
            err.println("momentum quality: --min-score must be in (0, 1], not " + minScore);
            return 2;
        }
        int month = Period.NONE;
        if (period != null) {
            month = Period.parseOrNone(period);
            if (month == Period.NONE) {
                err.println("momentum quality: --period '" + period + "' is not YYYY-MM");
                return 2;
            }
        }
        RuleSet ruleSet;
        try {
            ruleSet = rules == null ? RuleSet.defaults() : RuleSet.parse(Files.readString(rules, StandardCharsets.UTF_8), rules.toString());
        } catch (RulesFormatException e) {
            err.println(e.getMessage());
            err.println("nothing written");
            return 1;
        } catch (IOException e) {
            err.println("momentum quality: cannot read " + rules + ": " + e.getMessage());
            return 2;
        }
        QualityService svc = new QualityService(ReferenceData.shipped());
        QualityService.FromFiles r;
        try {
            r = svc.read(panelFiles.enterprises, panelFiles.reports, panelFiles.prices, files.toReadOptions(false), Clocks.currentPeriod(), new ConsoleProgress(System.err));
        } catch (InputFileException | IllegalArgumentException e) {
            err.println(e instanceof InputFileException ? e.getMessage() : "momentum quality: " + e.getMessage());
            err.println("nothing written");
            return 1;
        }
        if (r.panel() == null) {
            for (RowError e : r.errors()) err.println(e);
            long hidden = r.errorCount() - r.errors().size();
            if (hidden > 0) err.printf("… and %,d more errors%n", hidden);
            err.printf("%,d error%s; nothing written%n", r.errorCount(), r.errorCount() == 1 ? "" : "s");
            return 1;
        }
        if (month == Period.NONE) month = r.panel().maxPeriod();
        if (month == Period.NONE) {
            err.println("momentum quality: the reports hold no month to review; nothing written");
            return 1;
        }
        QualityScorer.Result result = new QualityScorer(ruleSet).score(r.panel(), r.sizes(), month, r.prices());
        if (result.context().reportCount() == 0) {
            err.println("momentum quality: no enterprise reported for " + Period.format(month) + "; nothing written");
            return 1;
        }
        List<Flag> flags = result.flags(minScore);
        QualityService.write(flags, out);
        spec.commandLine().getOut().printf("%s: %,d flags; %,d of %,d reports for %s flagged (highest score >= 0.5)%n", out, flags.size(),
                result.flaggedReports(), result.context().reportCount(), Period.format(month));
        return 0;
    }
}
