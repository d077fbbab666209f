// ReformTrack dashboards: draws every canvas[data-chart] with Chart.js from the JSON the server put in the
// attribute (the CSP allows no inline script). The same numbers stand in the table beneath each chart.
(function () {
  'use strict';

  if (typeof window.Chart === 'undefined') {
    return;
  }

  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });

  // Horizontal bars get the height their labels need; the others take their size from the stylesheet.
  function sizeFor(spec) {
    var rows = spec.labels.length;
    return Math.max(140, rows * (spec.kind === 'stacked' ? 26 : 18) + 70);
  }

  // Long names (units, index areas) are cut on the axis of a narrow screen; the table beneath has them whole.
  function shortLabel(label) {
    var max = window.innerWidth < 576 ? 18 : 48;
    return typeof label === 'string' && label.length > max ? label.slice(0, max - 1) + '\u2026' : label;
  }

  function categoryTicks(extra) {
    var ticks = { autoSkip: false, callback: function (value) { return shortLabel(this.getLabelForValue(value)); } };
    return Object.assign(ticks, extra || {});
  }

  function datasets(spec) {
    return spec.series.map(function (series) {
      var set = {
        label: series.label,
        data: series.data,
        backgroundColor: series.colors || series.color,
        borderColor: series.colors || series.color
      };
      if (spec.kind === 'rank' || spec.kind === 'spark') {
        set.fill = false;
        set.tension = 0.2;
        set.pointRadius = spec.kind === 'spark' ? 2 : 4;
        set.borderWidth = 2;
      }
      return set;
    });
  }

  function config(spec) {
    var tooltip = {
      callbacks: {
        label: function (context) {
          var value = spec.kind === 'stacked' || spec.kind === 'bars' ? context.parsed.x : context.parsed.y;
          return context.dataset.label + ': ' + number.format(value);
        }
      }
    };
    var base = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: spec.kind === 'stacked' }, tooltip: tooltip, title: { display: false } }
    };
    switch (spec.kind) {
      case 'stacked':
        base.indexAxis = 'y';
        base.scales = {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: true, ticks: categoryTicks() }
        };
        return { type: 'bar', data: { labels: spec.labels, datasets: datasets(spec) }, options: base };
      case 'bars':
        base.indexAxis = 'y';
        base.scales = { x: { beginAtZero: false }, y: { ticks: categoryTicks({ font: { size: 11 } }) } };
        return { type: 'bar', data: { labels: spec.labels, datasets: datasets(spec) }, options: base };
      case 'columns':
        base.scales = { y: { beginAtZero: true, ticks: { precision: 0 } } };
        return { type: 'bar', data: { labels: spec.labels, datasets: datasets(spec) }, options: base };
      case 'rank':
        // Rank 1 is the best: the axis runs downwards so that climbing the table climbs the chart.
        base.scales = { y: { reverse: true, min: 1, suggestedMax: spec.max || undefined, ticks: { precision: 0 } } };
        return { type: 'line', data: { labels: spec.labels, datasets: datasets(spec) }, options: base };
      case 'spark':
        base.plugins.tooltip.enabled = true;
        base.scales = { x: { display: false }, y: { display: false } };
        return { type: 'line', data: { labels: spec.labels, datasets: datasets(spec) }, options: base };
      default:
        return null;
    }
  }

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var settings = config(spec);
    if (!settings) {
      return;
    }
    if (spec.kind === 'stacked' || spec.kind === 'bars') {
      canvas.parentNode.style.height = sizeFor(spec) + 'px';
    }
    canvas.chart = new window.Chart(canvas, settings);
    canvas.setAttribute('data-chart-drawn', 'true');
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
