-- Momentum schema v1. Portable SQL (DuckDB and PostgreSQL): no engine-specific types or functions.

CREATE TABLE industry (
    code        VARCHAR(4)   PRIMARY KEY,
    level       VARCHAR(8)   NOT NULL,
    parent      VARCHAR(4),
    section     VARCHAR(1)   NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200)
);

CREATE TABLE region (
    code          VARCHAR(6)   PRIMARY KEY,
    name_zh       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    short_name_zh VARCHAR(20)  NOT NULL
);

CREATE TABLE product (
    code      VARCHAR(64)  PRIMARY KEY,
    unit_en   VARCHAR(40)  NOT NULL,
    unit_zh   VARCHAR(40)  NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_zh   VARCHAR(200) NOT NULL,
    industry  VARCHAR(4)   NOT NULL
);

CREATE TABLE indicator (
    code      VARCHAR(80)  PRIMARY KEY,
    unit_en   VARCHAR(60)  NOT NULL,
    unit_zh   VARCHAR(60)  NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_zh   VARCHAR(200) NOT NULL,
    is_stock  BOOLEAN      NOT NULL
);

-- One row per file applied (or partly applied with --partial). Rejected files leave no row: nothing happened.
CREATE SEQUENCE import_batch_seq START 1;
CREATE TABLE import_batch (
    id            BIGINT        PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL,   -- enterprises | reports | prices
    file_name     VARCHAR(1000) NOT NULL,
    file_sha256   VARCHAR(64)   NOT NULL,
    encoding      VARCHAR(20)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    finished_at   TIMESTAMP     NOT NULL,
    rows_read     BIGINT        NOT NULL,
    rows_applied  BIGINT        NOT NULL,
    rows_rejected BIGINT        NOT NULL,
    rows_unchanged BIGINT       NOT NULL,
    revisions     BIGINT        NOT NULL
);

-- The statistical register: the current version of each enterprise; earlier versions in enterprise_history.
CREATE TABLE enterprise (
    enterprise_id VARCHAR(32)  NOT NULL,
    name          VARCHAR(500) NOT NULL,
    industry      VARCHAR(4)   NOT NULL,
    region        VARCHAR(6)   NOT NULL,
    size          VARCHAR(6)   NOT NULL,
    scope_from    VARCHAR(7)   NOT NULL,
    scope_to      VARCHAR(7),
    batch_id      BIGINT       NOT NULL
);
CREATE TABLE enterprise_history (
    enterprise_id VARCHAR(32)  NOT NULL,
    name          VARCHAR(500) NOT NULL,
    industry      VARCHAR(4)   NOT NULL,
    region        VARCHAR(6)   NOT NULL,
    size          VARCHAR(6)   NOT NULL,
    scope_from    VARCHAR(7)   NOT NULL,
    scope_to      VARCHAR(7),
    batch_id      BIGINT       NOT NULL,
    superseded_by BIGINT       NOT NULL
);

-- Reports: the current revision of each (enterprise, period, indicator); every superseded revision moves to
-- report_history, so nothing is ever overwritten. Keys are unique by construction of the import merge.
CREATE TABLE report (
    enterprise_id   VARCHAR(32) NOT NULL,
    period          VARCHAR(7)  NOT NULL,
    indicator       VARCHAR(80) NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    prev_year_value DOUBLE PRECISION,
    revision        INTEGER     NOT NULL,
    batch_id        BIGINT      NOT NULL
);
CREATE TABLE report_history (
    enterprise_id   VARCHAR(32) NOT NULL,
    period          VARCHAR(7)  NOT NULL,
    indicator       VARCHAR(80) NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    prev_year_value DOUBLE PRECISION,
    revision        INTEGER     NOT NULL,
    batch_id        BIGINT      NOT NULL,
    superseded_by   BIGINT      NOT NULL
);

-- Staging tables: rows of the file being imported, inside the import's transaction only.
CREATE TABLE report_stage (
    line            BIGINT      NOT NULL,
    enterprise_id   VARCHAR(32) NOT NULL,
    period          VARCHAR(7)  NOT NULL,
    indicator       VARCHAR(80) NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    prev_year_value DOUBLE PRECISION
);

CREATE TABLE enterprise_stage (
    line          BIGINT       NOT NULL,
    enterprise_id VARCHAR(32)  NOT NULL,
    name          VARCHAR(500) NOT NULL,
    industry      VARCHAR(4)   NOT NULL,
    region        VARCHAR(6)   NOT NULL,
    size          VARCHAR(6)   NOT NULL,
    scope_from    VARCHAR(7)   NOT NULL,
    scope_to      VARCHAR(7)
);

CREATE TABLE price_stage (
    line      BIGINT      NOT NULL,
    industry  VARCHAR(4)  NOT NULL,
    period    VARCHAR(7)  NOT NULL,
    ppi_yoy   DOUBLE PRECISION NOT NULL
);

CREATE TABLE price_index (
    industry  VARCHAR(4)  NOT NULL,
    period    VARCHAR(7)  NOT NULL,
    ppi_yoy   DOUBLE PRECISION NOT NULL,
    batch_id  BIGINT      NOT NULL
);
CREATE TABLE price_index_history (
    industry      VARCHAR(4)  NOT NULL,
    period        VARCHAR(7)  NOT NULL,
    ppi_yoy       DOUBLE PRECISION NOT NULL,
    batch_id      BIGINT      NOT NULL,
    superseded_by BIGINT      NOT NULL
);

-- Computed indicators (indicators.csv), replaced period by period when recomputed.
CREATE TABLE indicator_value (
    measure         VARCHAR(80) NOT NULL,
    industry        VARCHAR(4)  NOT NULL,
    region          VARCHAR(6)  NOT NULL,
    period          VARCHAR(7)  NOT NULL,
    value           DOUBLE PRECISION,
    enterprises     BIGINT      NOT NULL,
    yoy_pct         DOUBLE PRECISION,
    ytd_value       DOUBLE PRECISION,
    ytd_yoy_pct     DOUBLE PRECISION,
    contribution_pp DOUBLE PRECISION,
    computed_at     TIMESTAMP   NOT NULL
);

-- Append-only audit log; each row carries the SHA-256 of the previous row's hash and its own content.
CREATE TABLE audit_log (
    seq        BIGINT        PRIMARY KEY,
    logged_at  TIMESTAMP     NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    action     VARCHAR(60)   NOT NULL,
    entity     VARCHAR(60)   NOT NULL,
    entity_key VARCHAR(200)  NOT NULL,
    detail     VARCHAR(4000) NOT NULL,
    prev_hash  VARCHAR(64)   NOT NULL,
    hash       VARCHAR(64)   NOT NULL
);
