-- Issue 10: the quality review queue. Portable SQL (DuckDB and PostgreSQL).

-- The flags of the latest quality run of a month (a new run of the month replaces them; the run is in audit_log).
CREATE TABLE quality_flag (
    enterprise_id VARCHAR(32)   NOT NULL,
    period        VARCHAR(7)    NOT NULL,
    indicator     VARCHAR(80)   NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    rule          VARCHAR(80)   NOT NULL,
    detail        VARCHAR(2000) NOT NULL,
    report_score  DOUBLE PRECISION NOT NULL,  -- the report's highest score: the queue's rank
    computed_at   TIMESTAMP     NOT NULL
);

-- Every reviewer action, append-only; a report's status is its latest action (none = open).
CREATE SEQUENCE quality_action_seq START 1;
CREATE TABLE quality_action (
    id              BIGINT        PRIMARY KEY,
    enterprise_id   VARCHAR(32)   NOT NULL,
    period          VARCHAR(7)    NOT NULL,
    action          VARCHAR(10)   NOT NULL,   -- accept | query | correct
    reason          VARCHAR(2000) NOT NULL,
    indicator       VARCHAR(80),              -- correct only
    corrected_value DOUBLE PRECISION,         -- correct only
    actor           VARCHAR(100)  NOT NULL,
    acted_at        TIMESTAMP     NOT NULL
);
