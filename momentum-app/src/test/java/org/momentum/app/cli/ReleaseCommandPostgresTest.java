package org.momentum.app.cli;

import org.momentum.app.TestPostgres;

/** The same on PostgreSQL ({@code --db jdbc:postgresql://…}). */
class ReleaseCommandPostgresTest extends ReleaseCommandTest {
    @Override
    protected String newDatabaseUrl(String name) { return TestPostgres.newDatabase(name); }
}
