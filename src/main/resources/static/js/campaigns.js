// Charts of the campaign visualisation step (ECharts): sizes, PCA scatter, profile heatmap.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('campaign-charts');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-charts'));
  var label = function (i) { return holder.getAttribute('data-segment').replace('{0}', i + 1); };
  var charts = [];
  var chart = function (element) { var c = echarts.init(element); charts.push(c); return c; };
  // the charts follow the width of the page (a phone turned, a window resized)
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  var segments = [];
  for (var s = 0; s < data.k; s++) { segments.push(label(s)); }
  chart(document.getElementById('chart-sizes')).setOption({
    tooltip: {}, xAxis: { type: 'category', data: segments }, yAxis: { type: 'value' },
    series: [{ type: 'bar', data: data.sizes }]
  });
  var series = segments.map(function (name, i) {
    return { name: name, type: 'scatter', symbolSize: 4,
      data: data.points.filter(function (p) { return p[2] === i; }).map(function (p) { return [p[0], p[1]]; }) };
  });
  chart(document.getElementById('chart-pca')).setOption({
    tooltip: {}, legend: { data: segments }, xAxis: { type: 'value', name: 'PC1' }, yAxis: { type: 'value', name: 'PC2' },
    series: series
  });
  // One chart per kind of measure, its neutral colour in the middle of its scale: z-scores
  // of numeric features (-2..2, 0 = the mean), indices of categories (0..200, 100 = as
  // frequent as among all customers); each row labelled, the chart as tall as its rows.
  var heatmap = function (id, measure, min, max) {
    var element = document.getElementById(id);
    if (!element || measure.rows.length === 0) {
      return;
    }
    element.style.height = (measure.rows.length * 36 + 90) + 'px';
    var cells = [];
    measure.values.forEach(function (row, r) {
      row.forEach(function (v, s) { cells.push([s, r, Math.max(min, Math.min(max, v)), v]); });
    });
    chart(element).setOption({
      tooltip: { formatter: function (p) { return measure.rows[p.value[1]] + ' · ' + segments[p.value[0]] + ' : ' + p.value[3]; } },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: segments },
      yAxis: { type: 'category', data: measure.rows, axisLabel: { interval: 0, width: (window.innerWidth < 600) ? 110 : 150, overflow: 'break', lineHeight: 13 } },
      visualMap: { min: min, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        text: [String(max), String(min)], inRange: { color: ['#2c7bb6', '#f7f7f7', '#d7191c'] },
        range: [min, max], formatter: function (v) { return Math.round(v * 10) / 10; } },
      series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 10,
        formatter: function (p) { return p.value[3]; } } }]
    });
  };
  heatmap('chart-heatmap-numeric', data.heatmaps.numeric, -2, 2);
  heatmap('chart-heatmap-categories', data.heatmaps.categories, 0, 200);
});
