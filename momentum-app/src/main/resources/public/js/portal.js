/* Momentum portal and staff pages: instant checks of the report form (the server checks again with the import's
   rules), and the progress of a release being created. No inline script anywhere: the CSP forbids it. */
(function () {
  'use strict';
  // the import's decimal (Decimals.parse): [+-]digits[.digits][e[+-]digits], no thousands separators
  var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

  function relative(v, before) {
    if (before === null || isNaN(before)) return NaN;
    if (before === 0) return v === 0 ? 0 : Infinity;
    return v / before - 1;
  }

  function num(attr) { return attr === null || attr === '' ? NaN : parseFloat(attr); }

  function reportForm(form) {
    var threshold = parseFloat(form.getAttribute('data-threshold'));
    var inputs = form.querySelectorAll('input[name^="v."]');
    var explanation = document.getElementById('explanation');
    var explainErr = document.getElementById('err-explanation');

    /** Checks one field; returns {error, large}. */
    function check(input) {
      var id = input.id, text = input.value.trim(), error = '', large = false;
      if (text !== '') {
        if (text.length > 64 || !DECIMAL.test(text)) error = "'" + text + "' " + form.getAttribute('data-msg-number');
        else {
          var v = parseFloat(text);
          if (!isFinite(v)) error = "'" + text + "' " + form.getAttribute('data-msg-number');
          else if (v < 0) error = text + ' ' + form.getAttribute('data-msg-negative');
          else {
            var lm = relative(v, num(input.getAttribute('data-last-month')));
            var ly = relative(v, num(input.getAttribute('data-last-year')));
            large = Math.abs(lm) > threshold || Math.abs(ly) > threshold;
          }
        }
      }
      document.getElementById('err-' + id).textContent = error;
      document.getElementById('warn-' + id).textContent = large ? form.getAttribute('data-msg-large') : '';
      if (error) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      return { error: error, large: large };
    }

    function anyLarge() {
      for (var i = 0; i < inputs.length; i++) if (check(inputs[i]).large) return true;
      return false;
    }

    function updateExplanation() {
      var needed = anyLarge();
      explanation.required = needed;
      if (!needed || explanation.value.trim() !== '') {
        explainErr.textContent = '';
        explanation.removeAttribute('aria-invalid');
      }
      return needed;
    }

    for (var i = 0; i < inputs.length; i++) {
      inputs[i].addEventListener('input', function (e) { check(e.target); updateExplanation(); });
      inputs[i].addEventListener('blur', function (e) { check(e.target); });
    }
    explanation.addEventListener('input', updateExplanation);

    form.addEventListener('submit', function (e) {
      var first = null;
      for (var i = 0; i < inputs.length; i++) if (check(inputs[i]).error && !first) first = inputs[i];
      if (updateExplanation() && explanation.value.trim() === '') {
        explainErr.textContent = form.getAttribute('data-msg-explain');
        explanation.setAttribute('aria-invalid', 'true');
        if (!first) first = explanation;
      }
      if (first) {
        e.preventDefault();
        first.focus();
        return;
      }
      // one submission per page: a second click is not sent (the Idempotency-Key makes a resent form one submission too)
      var button = form.querySelector('button[type=submit]');
      if (form.getAttribute('data-sent')) { e.preventDefault(); return; }
      form.setAttribute('data-sent', '1');
      if (button) button.setAttribute('aria-disabled', 'true');
    });
  }

  function releaseJob(box) {
    var url = box.getAttribute('data-job-url'), text = document.getElementById('job-text');
    function poll() {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (j) {
          if (j.state === 'running') {
            text.textContent = box.getAttribute('data-msg-running') + Math.round(j.elapsed_seconds) + ' s';
            setTimeout(poll, 500);
          } else if (j.state === 'done') {
            window.location.href = box.getAttribute('data-done-url');
          } else {
            var bar = box.querySelector('progress');
            if (bar) bar.remove();
            text.textContent = box.getAttribute('data-msg-failed') + j.message;
            box.setAttribute('role', 'alert');
          }
        })
        .catch(function () { setTimeout(poll, 2000); });
    }
    poll();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('report-form');
    if (form) reportForm(form);
    var job = document.getElementById('job');
    if (job && job.getAttribute('data-job-url')) releaseJob(job);
  });
})();
