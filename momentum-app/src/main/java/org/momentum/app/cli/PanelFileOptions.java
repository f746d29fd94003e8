package org.momentum.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The three files a stateless command reads a panel from (formats.md): register, reports, prices. */
public final class PanelFileOptions {
    @Option(names = "--enterprises", required = true, paramLabel = "FILE", description = "The statistical register (enterprises.csv).")
    Path enterprises;

    @Option(names = "--reports", required = true, paramLabel = "FILE", description = "Monthly reports; repeat the option, later files revise earlier ones.")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--prices", paramLabel = "FILE",
            description = "Producer price indices (prices.csv): adds output_value_real, and the quality region check compares real output with electricity.")
    Path prices;
}
