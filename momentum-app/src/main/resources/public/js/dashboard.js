/* Momentum public dashboard: draws the charts from data-* attributes and the public API (/api/series/...).
   No inline scripts anywhere, so a Content-Security-Policy without 'unsafe-inline' holds. */
(function () {
  'use strict';
  var charts = [];
  function $(sel, root) { return (root || document).querySelector(sel); }
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function zh(el) { return el.getAttribute('data-lang') === 'zh'; }
  function make(el) { var c = echarts.init(el, null, { renderer: 'canvas' }); charts.push(c); return c; }
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  function obs(id, units) {
    return getJson('/api/series/' + encodeURIComponent(id) + '/observations?units=' + units);
  }
  function pairs(json) {
    return json.observations.map(function (o) { return [o.period, o.value]; });
  }

  function sparklines() {
    all('[data-spark]').forEach(function (el) {
      var data = JSON.parse(el.getAttribute('data-spark'));
      make(el).setOption({
        animation: false, grid: { left: 2, right: 2, top: 4, bottom: 4 },
        xAxis: { type: 'category', show: false, data: data.map(function (_, i) { return i; }) },
        yAxis: { type: 'value', show: false, scale: true },
        // points marked: January and February have no monthly growth (published together), so a line may be one point
        series: [{ type: 'line', data: data, symbol: 'circle', symbolSize: 4, itemStyle: { color: '#0b4f8a' }, lineStyle: { width: 2, color: '#0b4f8a' }, areaStyle: { color: '#0b4f8a22' } }]
      });
    });
  }

  /* The national trend: level and YoY; the seasonally adjusted and trend series and the forecast fan when the
     published releases have them (the release's .sa/.trend series, /api/forecasts). A part that is not there is said
     to be absent; the chart still draws. */
  function trend() {
    var el = $('#trend');
    if (!el) return;
    var z = zh(el), m = el.getAttribute('data-measure'), id = m + '.ALL.ALL', notes = [];
    var chart = make(el);
    var optional = function (p, what) {
      return p.catch(function () { notes.push(what); return null; });
    };
    var fanName = z ? '预测区间' : 'forecast fan';
    Promise.all([
      obs(id, 'lin'),
      optional(obs(id + '.yoy_pct', 'lin'), z ? '同比增速' : 'growth on a year earlier'),
      // the release publishes the adjusted series as series of their own (measure.ALL.ALL.sa, .trend)
      optional(Promise.all([obs(id + '.sa', 'lin'), obs(id + '.trend', 'lin')]), z ? '季节调整与趋势' : 'seasonally adjusted and trend series'),
      // the outlook is of output at comparable prices: a fan for the total output chart only
      m === 'output_value' ? optional(getJson('/api/forecasts'), fanName) : Promise.resolve(null)
    ]).then(function (r) {
      var series = [{ name: z ? '水平值' : 'Level', type: 'line', data: pairs(r[0]), symbol: 'none', lineStyle: { color: '#0b4f8a' } }];
      if (r[1]) series.push({ name: z ? '同比增速（%）' : 'YoY growth, %', type: 'bar', yAxisIndex: 1, data: pairs(r[1]), itemStyle: { color: '#9cb9d6' } });
      if (r[2]) addAdjusted(series, r[2], z);
      var fan = r[3] ? addFan(series, r[3], r[0], z) : null;
      if (fan) el.setAttribute('data-fan', fan);
      else if (notes.indexOf(fanName) < 0) notes.push(fanName);
      chart.setOption({
        animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
        grid: { left: 60, right: 50, top: 40, bottom: 60 },
        xAxis: { type: 'category' }, dataZoom: [{ type: 'slider', bottom: 10 }],
        yAxis: [{ type: 'value', scale: true, name: r[0].series_units || '' }, { type: 'value', name: '%' }],
        series: series
      });
      $('#trend-notes').textContent = notes.length ? (z ? '暂未发布：' : 'Not yet available: ') + notes.join(z ? '、' : ', ') + '.' : '';
    }).catch(function (e) { $('#trend-notes').textContent = (z ? '无法载入图表：' : 'The chart could not be loaded: ') + e.message; });
  }
  // The adjusted pair is [sa observations, trend observations] of the published series.
  function addAdjusted(series, j, z) {
    if (!j[0].observations.length) return;
    series.push({ name: z ? '季节调整' : 'Seasonally adjusted', type: 'line', symbol: 'none', data: pairs(j[0]) });
    series.push({ name: z ? '趋势' : 'Trend', type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: pairs(j[1]) });
  }
  /* The published outlook of output_value_real.ALL.ALL ({series:[{id, origin, observed, previous_total,
     forecasts:[{period, mean, lo80, hi80, lo95, hi95}]}]}) drawn on the level chart. Its forecasts are chain-linked
     volumes (comparable prices); they are drawn at the prices of the months the outlook sums — this year's observed
     months, or last year's when none is observed — i.e. scaled by their published levels over their volumes, so the
     fan starts from the published level. Returns the number of months drawn, 0 when it cannot be drawn. */
  function addFan(series, j, level, z) {
    var s = (j.series || []).filter(function (x) { return x.id === 'output_value_real.ALL.ALL'; })[0];
    if (!s || !s.forecasts.length) return 0;
    var y = +s.origin.slice(0, 4), mo = +s.origin.slice(5, 7), nominal = {}, sum = 0, n = 0;
    level.observations.forEach(function (o) { nominal[o.period] = o.value; });
    var year = y, last = s.observed > 0 ? mo : 12;  // a December origin: last year is the origin's year
    for (var k = 1; k <= last; k++) {
      var v = nominal[year + '-' + (k < 10 ? '0' : '') + k];
      if (typeof v !== 'number') return 0;
      sum += v; n++;
    }
    var volume = s.observed > 0 ? s.observed : s.previous_total;
    if (!n || !(volume > 0)) return 0;
    var scale = sum / volume, f = s.forecasts;
    function at(x, key) { return x[key] === null ? null : x[key] * scale; }
    function band(lo, hi, name, colour) {
      series.push({ name: name, type: 'line', stack: name, symbol: 'none', lineStyle: { opacity: 0 }, data: f.map(function (x) { return [x.period, at(x, lo)]; }) });
      series.push({ name: name, type: 'line', stack: name, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: colour },
        data: f.map(function (x) { return [x.period, x[hi] === null || x[lo] === null ? null : (x[hi] - x[lo]) * scale]; }) });
    }
    band('lo95', 'hi95', z ? '95%区间' : '95% interval', '#f0a50033');
    band('lo80', 'hi80', z ? '80%区间' : '80% interval', '#f0a50066');
    series.push({ name: (z ? '预测（' : 'Forecast (') + s.method + ')', type: 'line', symbol: 'none', lineStyle: { color: '#c26a00' },
      data: f.map(function (x) { return [x.period, at(x, 'mean')]; }) });
    return f.length;
  }

  function provinceMap() {
    var el = $('#map');
    if (!el) return;
    var z = zh(el), rows = JSON.parse(el.getAttribute('data-map'));
    getJson(el.getAttribute('data-geo')).then(function (geo) {
      // features are named by their short Chinese name; the data are keyed by the GB/T 2260 code
      var nameOf = {};
      geo.features.forEach(function (f) { nameOf[String(f.id || f.properties.id)] = f.properties.name; });
      echarts.registerMap('china', geo);
      var values = rows.filter(function (r) { return r.value !== null; }).map(function (r) { return r.value; });
      var lo = values.length ? Math.min.apply(null, values) : 0, hi = values.length ? Math.max.apply(null, values) : 1;
      make(el).setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) {
          return p.data ? p.data.label + ': ' + (p.data.value === null ? '—' : p.data.value.toFixed(1) + '%') : p.name; } },
        visualMap: { min: lo, max: hi === lo ? lo + 1 : hi, calculable: true, left: 10, bottom: 10, text: [z ? '高' : 'High', z ? '低' : 'Low'],
          inRange: { color: ['#d6e4f0', '#0b4f8a'] } },
        series: [{ type: 'map', map: 'china', roam: false, name: z ? '同比增速' : 'YoY growth',
          itemStyle: { borderColor: '#fff', areaColor: '#e3e6ea' },
          data: rows.map(function (r) { return { name: nameOf[r.code] || r.code, value: r.value, label: r.label, code: r.code }; }) }]
      });
      el.setAttribute('data-drawn', String(geo.features.length));
    }).catch(function (e) { el.textContent = e.message; });
  }

  /* Sortable tables: the header buttons sort by their column (numbers by data-v), keyboard-operable. */
  function sortable() {
    all('table.sortable').forEach(function (table) {
      all('th button', table).forEach(function (btn) {
        btn.addEventListener('click', function () {
          var col = +btn.getAttribute('data-col'), numeric = btn.hasAttribute('data-numeric'), th = btn.parentNode;
          var dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
          all('th', table).forEach(function (x) { x.setAttribute('aria-sort', 'none'); });
          th.setAttribute('aria-sort', dir);
          var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[col], y = b.cells[col], c;
            if (numeric) {
              var vx = x.getAttribute('data-v'), vy = y.getAttribute('data-v');
              if (vx === '' || vy === '') return (vx === '') - (vy === ''); // withheld and missing last
              c = parseFloat(vx) - parseFloat(vy);
            } else c = x.textContent.localeCompare(y.textContent);
            return dir === 'ascending' ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  function explorer() {
    var el = $('#explorer');
    if (!el) return;
    var ids = JSON.parse(el.getAttribute('data-series')), units = el.getAttribute('data-units'), z = zh(el);
    var chart = make(el);
    Promise.all(ids.map(function (id) { return obs(id, units); })).then(function (rs) {
      chart.setOption({
        animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' },
        grid: { left: 70, right: 20, top: 40, bottom: 60 }, xAxis: { type: 'category' }, yAxis: { type: 'value', scale: true },
        dataZoom: [{ type: 'slider', bottom: 10 }],
        series: rs.map(function (r) { return { name: z ? r.title_zh : r.title, type: 'line', symbol: 'none', connectNulls: false, data: pairs(r) }; })
      });
      var png = $('#png');
      if (png) png.addEventListener('click', function () { png.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }); });
    }).catch(function (e) { el.textContent = e.message; });
    // changing the units or the series redraws at once (the form's URL is the shareable state)
    all('#explorer-form select').forEach(function (s) {
      s.addEventListener('change', function () { $('#explorer-form').submit(); });
    });
  }

  function start() {
    sparklines(); trend(); provinceMap(); sortable(); explorer();
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
