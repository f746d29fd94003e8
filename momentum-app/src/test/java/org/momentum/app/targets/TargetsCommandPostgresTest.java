package org.momentum.app.targets;

import org.momentum.app.TestPostgres;

/** The same on PostgreSQL ({@code --db jdbc:postgresql://…}). */
class TargetsCommandPostgresTest extends TargetsCommandTest {
    @Override
    protected String newDatabaseUrl(String name) { return TestPostgres.newDatabase(name); }
}
