-- Forecast vintages (issue 4): every forecast made at compute is kept as it was said, with its outlook of the
-- year's growth; past vintages are scored against the outturns once known. Portable SQL (DuckDB and PostgreSQL).
CREATE SEQUENCE forecast_vintage_seq START 1;
CREATE TABLE forecast_vintage (
    id          BIGINT       PRIMARY KEY,
    measure     VARCHAR(80)  NOT NULL,
    industry    VARCHAR(4)   NOT NULL,
    region      VARCHAR(6)   NOT NULL,
    method      VARCHAR(40)  NOT NULL,
    origin      VARCHAR(7)   NOT NULL,   -- the last period the forecast saw
    made_at     TIMESTAMP    NOT NULL,
    scale       DOUBLE PRECISION         -- in-sample seasonal-naive MAE at the origin: scales absolute errors
);

-- The forecast months of a vintage, h = 1.. after its origin.
CREATE TABLE forecast_point (
    vintage_id  BIGINT       NOT NULL,
    h           INTEGER      NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    mean        DOUBLE PRECISION NOT NULL,
    lo80        DOUBLE PRECISION,
    hi80        DOUBLE PRECISION,
    lo95        DOUBLE PRECISION,
    hi95        DOUBLE PRECISION,
    PRIMARY KEY (vintage_id, h)
);

-- The outlook a vintage states: expected growth of the origin's year (sum of the year / sum of the previous one).
CREATE TABLE forecast_outlook (
    vintage_id      BIGINT       PRIMARY KEY,
    year            INTEGER      NOT NULL,
    observed        DOUBLE PRECISION NOT NULL,   -- sum of the year's months up to the origin
    previous_total  DOUBLE PRECISION NOT NULL,   -- sum of the previous year's 12 months
    growth_pct      DOUBLE PRECISION NOT NULL,
    lo80            DOUBLE PRECISION,
    hi80            DOUBLE PRECISION,
    lo95            DOUBLE PRECISION,
    hi95            DOUBLE PRECISION,
    interval_method VARCHAR(200) NOT NULL
);

-- Accuracy of the past vintages of a series and method against the outturns known at scored_at (replaced at each scoring).
CREATE TABLE forecast_accuracy (
    measure        VARCHAR(80)  NOT NULL,
    industry       VARCHAR(4)   NOT NULL,
    region         VARCHAR(6)   NOT NULL,
    method         VARCHAR(40)  NOT NULL,
    points         INTEGER      NOT NULL,   -- forecast months with an outturn
    vintages       INTEGER      NOT NULL,   -- vintages with at least one
    smape          DOUBLE PRECISION,
    mase           DOUBLE PRECISION,        -- mean absolute error scaled by each vintage's scale
    coverage80     DOUBLE PRECISION,
    coverage95     DOUBLE PRECISION,
    outlooks       INTEGER      NOT NULL,   -- outlooks whose year is complete
    growth_mae_pp  DOUBLE PRECISION,        -- their mean absolute growth error, percentage points
    scored_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (measure, industry, region, method)
);
