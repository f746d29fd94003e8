-- Releases and vintages (issue 6). Portable SQL (DuckDB and PostgreSQL).
-- A release freezes the reports received up to its cut-off (import_batch.finished_at <= cutoff, with the
-- revisions then current: report/report_history already say which batch superseded which, so no column is added
-- to them), computes what the release's components publish, and becomes public at its embargo time once approved.
-- A published release is never updated (the code refuses); a correction is a new version with a reason.
CREATE SEQUENCE release_seq START 1;
CREATE TABLE release (
    id            BIGINT        PRIMARY KEY,
    period        VARCHAR(7)    NOT NULL,
    version       INTEGER       NOT NULL,
    status        VARCHAR(12)   NOT NULL,   -- DRAFT | APPROVED | PUBLISHED | DISCARDED
    cutoff        TIMESTAMP     NOT NULL,
    embargo_at    TIMESTAMP,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    approved_at   TIMESTAMP,
    approved_by   VARCHAR(100),
    published_at  TIMESTAMP,               -- the instant it became public (its vintage date)
    published_by  VARCHAR(100),
    correction_of BIGINT,                  -- the published release this version corrects
    reason        VARCHAR(2000),           -- why; shown to users
    components    VARCHAR(400)  NOT NULL   -- what computed its observations, e.g. "indicators"
);

-- One row per published number: a series (measure, industry, region, variable) and a month. A draft holds
-- everything its components computed; publication keeps only what is new or changed against what was public
-- (so each row of a published release is a vintage) and adds status M rows for numbers it withdraws.
-- status: A normal, C confidential (disclosure control; value NULL), M no longer available (value NULL).
CREATE TABLE release_observation (
    release_id BIGINT           NOT NULL,
    measure    VARCHAR(80)      NOT NULL,
    industry   VARCHAR(4)       NOT NULL,
    region     VARCHAR(6)       NOT NULL,
    variable   VARCHAR(40)      NOT NULL,
    period     VARCHAR(7)       NOT NULL,
    value      DOUBLE PRECISION,
    status     VARCHAR(1)       NOT NULL
);

-- The published series (a look-up for search and listing): first and latest release that published them.
-- One row per series, kept so by the publishing code (no key index: DuckDB updates keyed rows as delete + insert).
CREATE TABLE release_series (
    measure            VARCHAR(80)  NOT NULL,
    industry           VARCHAR(4)   NOT NULL,
    region             VARCHAR(6)   NOT NULL,
    variable           VARCHAR(40)  NOT NULL,
    first_release_id   BIGINT       NOT NULL,
    first_published_at TIMESTAMP    NOT NULL,
    last_release_id    BIGINT       NOT NULL,
    last_published_at  TIMESTAMP    NOT NULL
);
