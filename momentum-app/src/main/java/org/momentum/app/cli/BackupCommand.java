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

/** {@code momentum backup --out DIR}: a consistent snapshot of the store as CSV files and a manifest. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent snapshot of the store (one CSV per table and manifest.json with row counts and SHA-256)",
                "into a new or empty folder. On PostgreSQL it runs while the server runs; a DuckDB file is open to one process at a time."})
public final class BackupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The backup folder (new or empty).")
    Path out;

    @Override
    public Integer call() {
        try (Database store = Database.open(Database.resolveUrl(db.url))) {
            Backup.Manifest m = Backup.write(store, out, java.time.Instant.now());
            spec.commandLine().getOut().printf("backed up %d tables, %,d rows, schema version %s, to %s%n",
                    m.tables().size(), m.rows(), m.schemaVersion(), out);
            return 0;
        }
    }
}
