// Charts of the support dashboard; the figures and labels come from #support-charts
// (a script file rather than inline code, so the Content-Security-Policy allows it).
(function () {
  var source = document.getElementById('support-charts');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.dataset.chart || '{}');
  var labels = { auto: source.dataset.labelAuto, escalade: source.dataset.labelEscalade };
  function stacked(id, series) {
    var chart = echarts.init(document.getElementById(id));
    chart.setOption({
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll' },
      xAxis: { type: 'category', data: data.days }, yAxis: { type: 'value' },
      series: Object.keys(series || {}).map(function (key) { return { name: key, type: 'bar', stack: 'total', data: series[key] }; })
    });
  }
  stacked('chart-channels', data.channels);
  stacked('chart-categories', data.categories);
  echarts.init(document.getElementById('chart-share')).setOption({
    // on a phone the slice labels are cut off: the legend under the pie names them instead
    tooltip: { trigger: 'item' }, legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '70%'], label: { show: window.innerWidth > 500 }, data: [
      { name: labels.auto, value: data.auto }, { name: labels.escalade, value: data.escalade }] }]
  });
})();
