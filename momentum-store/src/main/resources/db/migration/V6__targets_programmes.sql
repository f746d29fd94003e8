-- Issue 12: policy targets and programmes (pilot projects, demonstration zones) with their KPI reports.
-- Portable SQL (DuckDB and PostgreSQL). Imports replace rows by key; each import file leaves an audit entry.

CREATE TABLE target (
    target_id       VARCHAR(64)  PRIMARY KEY,
    name            VARCHAR(500) NOT NULL,
    name_zh         VARCHAR(500) NOT NULL,
    measure         VARCHAR(80)  NOT NULL,
    industry        VARCHAR(4)   NOT NULL,
    region          VARCHAR(6)   NOT NULL,
    baseline_value  DOUBLE PRECISION NOT NULL,
    baseline_period VARCHAR(7)   NOT NULL,
    goal_kind       VARCHAR(10)  NOT NULL,   -- level | change | growth
    goal_value      DOUBLE PRECISION NOT NULL,
    deadline        VARCHAR(7)   NOT NULL,
    direction       VARCHAR(4)   NOT NULL,   -- up | down
    tolerance       DOUBLE PRECISION NOT NULL
);

CREATE TABLE programme (
    programme_id    VARCHAR(64)  PRIMARY KEY,
    kind            VARCHAR(8)   NOT NULL,   -- pilot | zone
    name            VARCHAR(500) NOT NULL,
    name_zh         VARCHAR(500) NOT NULL,
    -- required improvement in percent per KPI; NULL = no threshold
    threshold_production_efficiency DOUBLE PRECISION,
    threshold_operating_cost        DOUBLE PRECISION,
    threshold_development_cycle     DOUBLE PRECISION,
    threshold_defect_rate           DOUBLE PRECISION,
    threshold_energy_per_unit       DOUBLE PRECISION
);

CREATE TABLE demonstration_zone (
    zone_id          VARCHAR(64)  PRIMARY KEY,
    programme_id     VARCHAR(64)  NOT NULL,
    name             VARCHAR(500) NOT NULL,
    region           VARCHAR(6)   NOT NULL,
    approved         VARCHAR(7)   NOT NULL,
    focus_industries VARCHAR(500) NOT NULL   -- codes separated by ';', empty = all industry
);

CREATE TABLE pilot_project (
    project_id    VARCHAR(64)  PRIMARY KEY,
    programme_id  VARCHAR(64)  NOT NULL,
    batch         VARCHAR(64)  NOT NULL,
    year          INTEGER      NOT NULL,
    enterprise_id VARCHAR(32)  NOT NULL,
    project_type  VARCHAR(200) NOT NULL
);

CREATE TABLE kpi_report (
    project_id VARCHAR(64) NOT NULL,
    kpi        VARCHAR(40) NOT NULL,
    period     VARCHAR(7)  NOT NULL,
    baseline_value DOUBLE PRECISION NOT NULL,
    current_value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (project_id, kpi, period)
);
