package org.momentum.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.app.demo.PanelFiles;
import org.momentum.classification.Period;
import org.momentum.synthetic.GeneratorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum generate}: a synthetic register and report panel, for the demo and for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, reproducible panel (enterprises.csv, reports.csv, prices.csv) calibrated to",
                "published national figures. Synthetic microdata: not official statistics."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--enterprises", defaultValue = "20000", description = "Number of enterprises (default ${DEFAULT-VALUE}).")
    int enterprises;

    @Option(names = "--from", defaultValue = "2015-01", paramLabel = "YYYY-MM", description = "First month (default ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", defaultValue = "2018-12", paramLabel = "YYYY-MM", description = "Last month (default ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--seed", defaultValue = "20171231", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the three files.")
    Path out;

    @Override
    public Integer call() {
        GeneratorSpec gs = GeneratorSpec.of(enterprises, Period.parse(from), Period.parse(to), seed);
        long t0 = System.nanoTime();
        PanelFiles.Written w = PanelFiles.generate(gs, out, new ConsoleProgress(System.err));
        spec.commandLine().getOut().printf("%s: %,d enterprises; %s: %,d reports; %s: %,d prices (%.1f s)%n",
                w.enterprises(), w.enterpriseRows(), w.reports(), w.reportRows(), w.prices(), w.priceRows(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
