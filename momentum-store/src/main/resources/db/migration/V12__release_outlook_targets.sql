-- Issues 6/7/12: the outlook and the targets a release publishes, frozen with it (keyed by release id; a correction
-- is a new release id with its own copy). Unlike release_observation these are not diffed at publication: each
-- release keeps its whole outlook and board as computed from its snapshot. Portable SQL (DuckDB and PostgreSQL).

-- The annual outlook of a headline series at the release's cut-off (growth of the year at comparable prices).
CREATE TABLE release_outlook (
    release_id      BIGINT       NOT NULL,
    measure         VARCHAR(80)  NOT NULL,
    industry        VARCHAR(4)   NOT NULL,
    region          VARCHAR(6)   NOT NULL,
    method          VARCHAR(40)  NOT NULL,
    origin          VARCHAR(7)   NOT NULL,   -- the last month the forecast saw
    year            INTEGER      NOT NULL,
    observed        DOUBLE PRECISION NOT NULL,
    previous_total  DOUBLE PRECISION NOT NULL,
    growth_pct      DOUBLE PRECISION NOT NULL,
    lo80            DOUBLE PRECISION,
    hi80            DOUBLE PRECISION,
    lo95            DOUBLE PRECISION,
    hi95            DOUBLE PRECISION,
    interval_method VARCHAR(200) NOT NULL,
    PRIMARY KEY (release_id, measure, industry, region)
);

-- Its monthly forecasts h = 1.. after the origin (chain-linked volumes, the fan of the trend chart).
CREATE TABLE release_forecast (
    release_id BIGINT       NOT NULL,
    measure    VARCHAR(80)  NOT NULL,
    industry   VARCHAR(4)   NOT NULL,
    region     VARCHAR(6)   NOT NULL,
    h          INTEGER      NOT NULL,
    period     VARCHAR(7)   NOT NULL,
    mean       DOUBLE PRECISION NOT NULL,
    lo80       DOUBLE PRECISION,
    hi80       DOUBLE PRECISION,
    lo95       DOUBLE PRECISION,
    hi95       DOUBLE PRECISION,
    PRIMARY KEY (release_id, measure, industry, region, h)
);

-- Each target as the release assessed it (the target's definition is copied: a later re-import does not change it).
CREATE TABLE release_target (
    release_id      BIGINT       NOT NULL,
    target_id       VARCHAR(64)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    name_zh         VARCHAR(500) NOT NULL,
    measure         VARCHAR(80)  NOT NULL,
    industry        VARCHAR(4)   NOT NULL,
    region          VARCHAR(6)   NOT NULL,
    baseline_value  DOUBLE PRECISION NOT NULL,
    baseline_period VARCHAR(7)   NOT NULL,
    goal_kind       VARCHAR(10)  NOT NULL,
    goal_value      DOUBLE PRECISION NOT NULL,
    deadline        VARCHAR(7)   NOT NULL,
    direction       VARCHAR(4)   NOT NULL,
    tolerance       DOUBLE PRECISION NOT NULL,
    assessed_at     VARCHAR(7)   NOT NULL,
    outcome         DOUBLE PRECISION,
    progress        DOUBLE PRECISION,
    status          VARCHAR(10)  NOT NULL,   -- achieved | on_track | at_risk | off_track
    probability     DOUBLE PRECISION,
    forecast_mean   DOUBLE PRECISION,        -- the outcome's distribution at the deadline, N(mean, sd²)
    forecast_sd     DOUBLE PRECISION,
    forecast_method VARCHAR(40),
    forecast_basis  VARCHAR(500),
    PRIMARY KEY (release_id, target_id)
);

-- A programme's evaluation (difference in differences) as the release published it; aggregates only.
CREATE TABLE release_programme (
    release_id       BIGINT       NOT NULL,
    programme_id     VARCHAR(64)  NOT NULL,
    kind             VARCHAR(8)   NOT NULL,
    name             VARCHAR(500) NOT NULL,
    name_zh          VARCHAR(500) NOT NULL,
    threshold_production_efficiency DOUBLE PRECISION,
    threshold_operating_cost        DOUBLE PRECISION,
    threshold_development_cycle     DOUBLE PRECISION,
    threshold_defect_rate           DOUBLE PRECISION,
    threshold_energy_per_unit       DOUBLE PRECISION,
    projects         INTEGER      NOT NULL,
    enterprises      INTEGER      NOT NULL,
    verdict          VARCHAR(12)  NOT NULL,
    estimate         DOUBLE PRECISION,
    se               DOUBLE PRECISION,
    lo95             DOUBLE PRECISION,
    hi95             DOUBLE PRECISION,
    participants     INTEGER      NOT NULL,
    matched          INTEGER      NOT NULL,
    controls         INTEGER      NOT NULL,
    clusters         INTEGER      NOT NULL,
    placebo_verdict  VARCHAR(12),
    placebo_estimate DOUBLE PRECISION,
    placebo_se       DOUBLE PRECISION,
    placebo_lo95     DOUBLE PRECISION,
    placebo_hi95     DOUBLE PRECISION,
    placebo_participants INTEGER,
    placebo_matched  INTEGER,
    placebo_controls INTEGER,
    placebo_clusters INTEGER,
    PRIMARY KEY (release_id, programme_id)
);

-- The pilots' KPI improvements aggregated by all | batch | region | industry. status C: fewer enterprises than
-- the frequency rule allows (numbers NULL), so no single pilot enterprise's KPI can be read off.
CREATE TABLE release_kpi_aggregate (
    release_id     BIGINT       NOT NULL,
    programme_id   VARCHAR(64)  NOT NULL,
    grouped_by     VARCHAR(10)  NOT NULL,
    group_code     VARCHAR(64)  NOT NULL,
    kpi            VARCHAR(40)  NOT NULL,
    projects       INTEGER      NOT NULL,
    enterprises    INTEGER      NOT NULL,
    mean_pct       DOUBLE PRECISION,
    with_threshold INTEGER,
    meeting        INTEGER,
    status         VARCHAR(1)   NOT NULL,
    PRIMARY KEY (release_id, programme_id, grouped_by, group_code, kpi)
);
