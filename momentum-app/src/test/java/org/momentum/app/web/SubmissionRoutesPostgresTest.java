package org.momentum.app.web;

import org.momentum.app.TestPostgres;

/** The submission contract on PostgreSQL (the store's SQL, group commit and idempotency keys there). */
class SubmissionRoutesPostgresTest extends SubmissionRoutesTest {
    @Override
    protected String newDatabaseUrl(String name) { return TestPostgres.newDatabase(name); }
}
