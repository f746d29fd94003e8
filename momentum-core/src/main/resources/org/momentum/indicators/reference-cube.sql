-- reference-cube.sql: the cross-check SQL, used by tests and by momentum-bench.
-- An independent implementation of shared/docs/indicators.md in plain DuckDB SQL; it is text, not code that runs
-- in momentum-core. Statements are separated by lines "-- @statement <name>"; run "views" first.
-- Input tables (periods are ints year*12 + month - 1; an open scope_to is 2147483647; a higher seq replaces a
-- lower one with the same key, which is how revisions arrive):
--   enterprises(seq INTEGER, enterprise_id VARCHAR, industry VARCHAR, region VARCHAR, scope_from INTEGER, scope_to INTEGER)
--   reports(seq INTEGER, enterprise_id VARCHAR, period INTEGER, indicator VARCHAR, value DOUBLE, prev_year_value DOUBLE)
--   prices(seq INTEGER, industry VARCHAR, period INTEGER, ppi_yoy DOUBLE)
--   settings(with_prices BOOLEAN)   -- one row: whether a price file is given
-- @statement views
CREATE OR REPLACE TEMP VIEW ref_ent AS
SELECT enterprise_id, industry AS class, substr(industry, 1, 3) AS grp, substr(industry, 1, 2) AS division,
       CASE WHEN CAST(substr(industry, 1, 2) AS INTEGER) BETWEEN 6 AND 12 THEN 'B'
            WHEN CAST(substr(industry, 1, 2) AS INTEGER) BETWEEN 13 AND 43 THEN 'C'
            WHEN CAST(substr(industry, 1, 2) AS INTEGER) BETWEEN 44 AND 46 THEN 'D' END AS section,
       substr(region, 1, 2) || '0000' AS province, scope_from, scope_to
FROM enterprises
QUALIFY row_number() OVER (PARTITION BY enterprise_id ORDER BY seq DESC) = 1;
CREATE OR REPLACE TEMP VIEW ref_rep AS
SELECT enterprise_id, period, indicator, value, prev_year_value
FROM reports
QUALIFY row_number() OVER (PARTITION BY enterprise_id, period, indicator ORDER BY seq DESC) = 1;
CREATE OR REPLACE TEMP VIEW ref_price AS
SELECT industry, period, ppi_yoy
FROM prices
QUALIFY row_number() OVER (PARTITION BY industry, period ORDER BY seq DESC) = 1;
-- in-scope observations with their base: prev_year_value first (even 0), else the report of t-12 (any scope)
CREATE OR REPLACE TEMP VIEW ref_obs AS
SELECT r.indicator AS measure, r.period, e.class, e.grp, e.division, e.section, e.province, r.value AS x,
       COALESCE(r.prev_year_value, b.value) AS base
FROM ref_rep r
JOIN ref_ent e ON e.enterprise_id = r.enterprise_id
LEFT JOIN ref_rep b ON b.enterprise_id = r.enterprise_id AND b.indicator = r.indicator AND b.period = r.period - 12
WHERE r.period BETWEEN e.scope_from AND e.scope_to;
-- the most specific price index: class, group, division, section, ALL
CREATE OR REPLACE TEMP VIEW ref_obs_priced AS
SELECT o.*, COALESCE(p4.ppi_yoy, p3.ppi_yoy, p2.ppi_yoy, p1.ppi_yoy, p0.ppi_yoy) AS ppi
FROM ref_obs o
LEFT JOIN ref_price p4 ON p4.industry = o.class AND p4.period = o.period
LEFT JOIN ref_price p3 ON p3.industry = o.grp AND p3.period = o.period
LEFT JOIN ref_price p2 ON p2.industry = o.division AND p2.period = o.period
LEFT JOIN ref_price p1 ON p1.industry = o.section AND p1.period = o.period
LEFT JOIN ref_price p0 ON p0.industry = 'ALL' AND p0.period = o.period
WHERE o.measure = 'output_value' AND (SELECT with_prices FROM settings);
CREATE OR REPLACE TEMP VIEW ref_all_obs AS
SELECT measure, period, class, division, section, province, x, base FROM ref_obs
UNION ALL
SELECT 'output_value_real', period, class, division, section, province,
       CASE WHEN base IS NOT NULL THEN x / ppi END, base
FROM ref_obs_priced;
-- the published cells: {ALL, section, division} x {ALL, province}, and class x ALL
CREATE OR REPLACE TEMP VIEW ref_cell_obs AS
          SELECT measure, period, 'ALL' AS industry, 'ALL' AS region, x, base FROM ref_all_obs
UNION ALL SELECT measure, period, 'ALL', province, x, base FROM ref_all_obs
UNION ALL SELECT measure, period, section, 'ALL', x, base FROM ref_all_obs
UNION ALL SELECT measure, period, section, province, x, base FROM ref_all_obs
UNION ALL SELECT measure, period, division, 'ALL', x, base FROM ref_all_obs
UNION ALL SELECT measure, period, division, province, x, base FROM ref_all_obs
UNION ALL SELECT measure, period, class, 'ALL', x, base FROM ref_all_obs;
CREATE OR REPLACE TEMP VIEW ref_agg AS
SELECT measure, period, industry, region,
       sum(x) AS level, count(*) AS n,
       sum(CASE WHEN base IS NOT NULL THEN x END) AS mx,
       sum(base) AS mb,
       count(base) AS mn
FROM ref_cell_obs
GROUP BY measure, period, industry, region;
-- @statement cube
WITH cum AS (
  SELECT *,
         sum(level) OVER w AS ytd_level, sum(mx) OVER w AS ytd_mx, sum(mb) OVER w AS ytd_mb, sum(mn) OVER w AS ytd_mn,
         (measure = 'employment' OR starts_with(measure, 'capacity.')) AS stock
  FROM ref_agg
  WINDOW w AS (PARTITION BY measure, industry, region, period // 12 ORDER BY period
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
)
SELECT c.measure, c.industry, c.region, c.period,
       CASE WHEN c.measure = 'output_value_real' THEN NULL ELSE c.level END AS value,
       c.n AS enterprises,
       CASE WHEN c.mn = 0 OR c.mb = 0 THEN NULL ELSE (c.mx / c.mb - 1) * 100 END AS yoy_pct,
       CASE WHEN c.measure = 'output_value_real' OR c.stock THEN NULL ELSE c.ytd_level END AS ytd_value,
       CASE WHEN c.stock OR c.ytd_mn = 0 OR c.ytd_mb = 0 THEN NULL ELSE (c.ytd_mx / c.ytd_mb - 1) * 100 END AS ytd_yoy_pct,
       CASE WHEN c.region <> 'ALL' OR c.industry = 'ALL' OR c.mn = 0 OR a.mn = 0 OR a.mb = 0 THEN NULL
            ELSE (c.mx - c.mb) / a.mb * 100 END AS contribution_pp
FROM cum c
JOIN ref_agg a ON a.measure = c.measure AND a.period = c.period AND a.industry = 'ALL' AND a.region = 'ALL'
ORDER BY c.measure, c.period,
         CASE WHEN c.industry = 'ALL' THEN 0 WHEN length(c.industry) = 1 THEN 1 ELSE length(c.industry) END, c.industry,
         CASE WHEN c.region = 'ALL' THEN 0 ELSE 1 END, c.region;
-- @statement missing_prices
SELECT DISTINCT class AS industry, period
FROM ref_obs_priced
WHERE base IS NOT NULL AND ppi IS NULL
ORDER BY period, industry;
