package org.momentum.app;

/** The end-to-end tests (import, compute, API; refusal, partial import, revisions, the same file twice) on PostgreSQL. */
class EndToEndPostgresTest extends EndToEndTest {
    @Override
    protected String newDatabaseUrl() { return TestPostgres.newDatabase("e2e"); }
}
