package org.momentum.app.cli;

import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import picocli.CommandLine.Option;

/** {@code --db}: the store's JDBC URL (default: MOMENTUM_DB, else ./momentum-data/momentum.duckdb). */
public final class DbOption {
    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database URL (default: $MOMENTUM_DB, else jdbc:duckdb:momentum-data/momentum.duckdb).")
    String url;

    /** Opens and migrates the store and installs the reference data on first start. */
    public Database open() {
        Database db = Database.open(Database.resolveUrl(url));
        ReferenceData.shipped().installIfEmpty(db);
        return db;
    }
}
