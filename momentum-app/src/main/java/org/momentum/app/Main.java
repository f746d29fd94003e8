package org.momentum.app;

import org.momentum.app.cli.AdjustCommand;
import org.momentum.app.cli.AuditCommand;
import org.momentum.app.cli.BackupCommand;
import org.momentum.app.cli.RestoreCommand;
import org.momentum.app.cli.BacktestCommand;
import org.momentum.app.cli.ComputeCommand;
import org.momentum.app.cli.DemoCommand;
import org.momentum.app.cli.ForecastCommand;
import org.momentum.app.cli.GenerateCommand;
import org.momentum.app.cli.ImportCommand;
import org.momentum.app.cli.IndicatorsCommand;
import org.momentum.app.cli.ReleaseCommand;
import org.momentum.app.cli.UserCommand;
import org.momentum.app.cli.ExportCommand;
import org.momentum.app.cli.QualityCommand;
import org.momentum.app.cli.ProtectCommand;
import org.momentum.app.cli.ServeCommand;
import org.momentum.app.cli.TargetsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code momentum} command: one subcommand per step of the monthly cycle. */
@Command(name = "momentum", mixinStandardHelpOptions = true, version = "Momentum 0.1.0",
        description = "Industrial statistics for a national regulator: intake, indicators, release, dashboard.",
        subcommands = {ImportCommand.class, IndicatorsCommand.class, ComputeCommand.class, GenerateCommand.class,
                DemoCommand.class, ServeCommand.class, AuditCommand.class, ForecastCommand.class, BacktestCommand.class, AdjustCommand.class,
                ReleaseCommand.class,
                TargetsCommand.class,
                QualityCommand.class,
                ProtectCommand.class,
                BackupCommand.class, RestoreCommand.class,
                UserCommand.class,
                ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) { return commandLine().execute(args); }

    /** The command line {@link #run} executes: a refused step is one line on standard error and exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("momentum: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("MOMENTUM_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 2;
        });
        return cl;
    }
}
