package org.momentum.app.cli;

import org.momentum.app.TestPostgres;

/** {@code momentum import}, {@code compute} and {@code audit verify} with {@code --db jdbc:postgresql://…}. */
class ImportCommandPostgresTest extends ImportCommandTest {
    @Override
    protected String newDatabaseUrl(String name) { return TestPostgres.newDatabase(name); }
}
