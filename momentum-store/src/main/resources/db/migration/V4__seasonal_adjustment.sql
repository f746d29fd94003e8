-- Seasonal adjustment of the published level series (issue 5). Portable SQL (DuckDB and PostgreSQL).
-- One row per series of the last computation: how it was adjusted (or why not) and its diagnostics.
CREATE TABLE adjusted_series (
    measure        VARCHAR(80)   NOT NULL,
    industry       VARCHAR(4)    NOT NULL,
    region         VARCHAR(6)    NOT NULL,
    status         VARCHAR(10)   NOT NULL,   -- adjusted | skipped
    reason         VARCHAR(1000),            -- why skipped
    method         VARCHAR(12)   NOT NULL,   -- X13 | TRAMOSEATS
    spec           VARCHAR(12)   NOT NULL,   -- RSA0..RSA5, RSAX11, RSAfull
    policy         VARCHAR(16)   NOT NULL,   -- revision policy: complete | parameters | outliers | fixed
    first_period   VARCHAR(7),
    last_period    VARCHAR(7),
    mode           VARCHAR(16),              -- multiplicative | additive
    arima          VARCHAR(40),
    log_transform  BOOLEAN,
    seasonal       BOOLEAN,                  -- false: no identifiable seasonality, seasonal factor neutral
    outliers       VARCHAR(4000),            -- e.g. "AO 2015-03; LS 2016-07"
    regressors     VARCHAR(4000),            -- name coefficient stderr t p, "; " separated
    sa_qs_pvalue   DOUBLE PRECISION,         -- residual seasonality in sa (QS test)
    sa_f_pvalue    DOUBLE PRECISION,         -- residual seasonality in sa (F-test)
    irr_qs_pvalue  DOUBLE PRECISION,
    q_stat         DOUBLE PRECISION,         -- X-11 Q (X-13 only)
    m7             DOUBLE PRECISION,         -- X-11 M7 (X-13 only)
    notes          VARCHAR(4000),
    model          VARCHAR(4000),            -- the estimated model, kept for the next run's revision policy
    computed_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (measure, industry, region)
);

-- The adjusted series, month by month (components as factors or effects according to mode).
CREATE TABLE adjusted_value (
    measure    VARCHAR(80) NOT NULL,
    industry   VARCHAR(4)  NOT NULL,
    region     VARCHAR(6)  NOT NULL,
    period     VARCHAR(7)  NOT NULL,
    value      DOUBLE PRECISION,
    sa         DOUBLE PRECISION,
    trend      DOUBLE PRECISION,
    seasonal   DOUBLE PRECISION,
    calendar   DOUBLE PRECISION,
    irregular  DOUBLE PRECISION,
    sa_mom_pct DOUBLE PRECISION,
    estimated  BOOLEAN     NOT NULL,
    PRIMARY KEY (measure, industry, region, period)
);
