-- Issue 9: reports submitted over HTTP (POST /api/reports). The same tables as db/vendor/postgresql/V9; only
-- PostgreSQL gets the secondary indexes (DuckDB scans columns fast, and an ART index on report would slow bulk import).

-- One receipt per accepted submission; its rows are in report (batch_id = the group-commit transaction's import_batch).
CREATE TABLE submission_receipt (
    receipt         VARCHAR(40)   PRIMARY KEY,
    principal       VARCHAR(64)   NOT NULL,   -- the account that submitted
    enterprise_id   VARCHAR(32)   NOT NULL,
    period          VARCHAR(7)    NOT NULL,
    accepted_at     TIMESTAMP     NOT NULL,
    rows_submitted  INTEGER       NOT NULL,
    rows_revised    INTEGER       NOT NULL,
    rows_unchanged  INTEGER       NOT NULL,
    batch_id        BIGINT        NOT NULL,
    request_sha256  VARCHAR(64)   NOT NULL,
    explanation     VARCHAR(4000)
);

-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): a key is scoped to the account that sent it and
-- remembers the request's hash and the receipt it produced, so a retry replays the receipt instead of applying twice.
CREATE TABLE idempotency_key (
    principal       VARCHAR(64)   NOT NULL,
    idem_key        VARCHAR(255)  NOT NULL,
    request_sha256  VARCHAR(64)   NOT NULL,
    receipt         VARCHAR(40)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
