package org.momentum.app.cli;

import java.sql.Connection;
import java.util.concurrent.Callable;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code momentum audit verify}: checks the audit log's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The append-only audit log.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Detects any edited or deleted audit entry.")
    public static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;

        @Override
        public Integer call() throws Exception {
            try (Database store = db.open(); Connection c = store.connect()) {
                String problem = AuditLog.verify(c);
                if (problem == null) {
                    spec.commandLine().getOut().println("audit log intact: " + AuditLog.head(c));
                    return 0;
                }
                spec.commandLine().getErr().println("audit log broken: " + problem);
                return 1;
            }
        }
    }
}
