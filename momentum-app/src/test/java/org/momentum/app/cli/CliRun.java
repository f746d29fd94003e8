package org.momentum.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.momentum.app.Main;
import picocli.CommandLine;

/** A command line run in the test's JVM, its exit code with what it wrote to standard output and error. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) { return on(new CommandLine(new Main()), args); }

    /** As {@link Main#run} runs it: a refused step (an exception) is one line on standard error and exit code 2. */
    static CliRun asMain(String... args) { return on(Main.commandLine(), args); }

    private static CliRun on(CommandLine cl, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
