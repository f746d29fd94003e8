package org.momentum.app.cli;

import org.momentum.app.TestPostgres;

/** {@code momentum audit verify} against PostgreSQL. */
class AuditVerifyCommandPostgresTest extends AuditVerifyCommandTest {
    @Override
    protected String newDatabaseUrl(String name) { return TestPostgres.newDatabase(name); }
}
