// Draws each chart from its text table (the accessible alternative), and redraws after live updates swap a section.
(function () {
  'use strict';
  var palette = ['#1f5fbf', '#4c8f5a', '#b3261e', '#9a6400', '#7d4fb5', '#00838f', '#5b6575'];

  function number(text) {
    var cleaned = (text || '').replace(/[^0-9.\-]/g, '');
    return cleaned === '' ? null : Number(cleaned);
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table || typeof Chart === 'undefined') { return; }
    var existing = Chart.getChart(canvas);
    if (existing) { existing.destroy(); }
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th; });
    var rows = table.querySelectorAll('tbody tr');
    var labels = Array.prototype.map.call(rows, function (r) { return r.cells[0].textContent.trim(); });
    var datasets = [];
    var wanted = (canvas.getAttribute('data-columns') || '').split(',').map(Number);
    heads.forEach(function (th, col) {
      if (col === 0 || wanted.indexOf(col) < 0) { return; }
      var color = palette[datasets.length % palette.length];
      datasets.push({
        label: th.textContent.trim(),
        data: Array.prototype.map.call(rows, function (r) { return number(r.cells[col].getAttribute('data-value') || r.cells[col].textContent); }),
        borderColor: color, backgroundColor: color, tension: 0.2
      });
    });
    var type = canvas.getAttribute('data-chart') || 'line';
    if (type === 'doughnut' && datasets.length) {
      // One colour per slice (a row's data-color, else the palette), so the slices and the legend tell them apart.
      var slices = Array.prototype.map.call(rows, function (r, i) { return r.getAttribute('data-color') || palette[i % palette.length]; });
      datasets[0].backgroundColor = slices;
      datasets[0].borderColor = '#fff';
      canvas.setAttribute('data-colors', slices.join(' '));
    }
    var scales = { y: { beginAtZero: true } };
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: type === 'doughnut' ? {} : scales,
                 indexAxis: canvas.getAttribute('data-axis') === 'y' ? 'y' : 'x' }
    });
    canvas.setAttribute('data-points', String(labels.length));
  }

  function drawAll(root) {
    (root || document).querySelectorAll('canvas[data-table]').forEach(draw);
  }

  // A form refused by a service is answered at the form's POST address; the page's own address replaces it, so the
  // address bar, a bookmark and a reload show the page, not the form's target.
  function settleLocation() {
    var main = document.getElementById('main');
    var own = main && main.getAttribute('data-location');
    if (own && own !== window.location.pathname) { window.history.replaceState(null, '', own); }
  }

  document.addEventListener('DOMContentLoaded', function () { settleLocation(); drawAll(document); });
  // Leaving a page closes its live stream itself: a page kept in the back/forward cache would keep its stream open,
  // and after six such pages the browser has no connection left to the console (its per-host limit) and hangs.
  window.addEventListener('pagehide', function () {
    var main = document.getElementById('main');
    if (main && typeof htmx !== 'undefined') { htmx.trigger(main, 'htmx:beforeCleanupElement'); }
  });
  // Back to a cached page: its stream was closed, so it is loaded afresh (with current figures too).
  window.addEventListener('pageshow', function (e) { if (e.persisted) { window.location.reload(); } });
  document.addEventListener('htmx:afterSettle', function (e) { drawAll(e.target); });
})();
