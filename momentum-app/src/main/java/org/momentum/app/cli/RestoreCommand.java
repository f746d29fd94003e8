package org.momentum.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.app.backup.Backup;
import org.momentum.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code momentum restore --from DIR}: rebuilds an empty database from a backup folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Rebuilds a new, empty database (--db) from a backup folder: checks every file's SHA-256, loads all tables",
                "in one transaction, checks row counts and the audit chain, then applies any later migrations."})
public final class RestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The backup folder (with manifest.json).")
    Path from;

    @Override
    public Integer call() {
        Backup.Manifest m = Backup.restore(from, Database.resolveUrl(db.url));
        spec.commandLine().getOut().printf("restored %d tables, %,d rows, schema version %s, from %s (a %s backup of %s)%n",
                m.tables().size(), m.rows(), m.schemaVersion(), from, m.source(), m.createdAt());
        return 0;
    }
}
