// Charts of the campaign visualisation step (ECharts): sizes, PCA scatter, profile heatmap.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('campaign-charts');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-charts'));
  var label = function (i) { return holder.getAttribute('data-segment').replace('{0}', i + 1); };
  var segments = [];
  for (var s = 0; s < data.k; s++) { segments.push(label(s)); }
  echarts.init(document.getElementById('chart-sizes')).setOption({
    tooltip: {}, xAxis: { type: 'category', data: segments }, yAxis: { type: 'value' },
    series: [{ type: 'bar', data: data.sizes }]
  });
  var series = segments.map(function (name, i) {
    return { name: name, type: 'scatter', symbolSize: 4,
      data: data.points.filter(function (p) { return p[2] === i; }).map(function (p) { return [p[0], p[1]]; }) };
  });
  echarts.init(document.getElementById('chart-pca')).setOption({
    tooltip: {}, legend: { data: segments }, xAxis: { type: 'value', name: 'PC1' }, yAxis: { type: 'value', name: 'PC2' },
    series: series
  });
  var cells = [];
  data.heatmap.forEach(function (row, r) {
    row.forEach(function (v, s) {
      var isIndex = data.rows[r].indexOf('=') >= 0;
      cells.push([s, r, isIndex ? Math.max(-2, Math.min(2, (v - 100) / 50)) : v, v]);
    });
  });
  echarts.init(document.getElementById('chart-heatmap')).setOption({
    tooltip: { formatter: function (p) { return data.rows[p.value[1]] + ' · ' + segments[p.value[0]] + ' : ' + p.value[3]; } },
    grid: { left: 160 },
    xAxis: { type: 'category', data: segments }, yAxis: { type: 'category', data: data.rows },
    visualMap: { min: -2, max: 2, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      inRange: { color: ['#2c7bb6', '#f7f7f7', '#d7191c'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: false } }]
  });
});
