// Daily AI usage chart: calls and fallbacks as bars, estimated cost as a line.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('ai-usage-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var series = JSON.parse(element.dataset.series);
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [element.dataset.labelCalls, element.dataset.labelFallbacks, element.dataset.labelCost] },
    xAxis: { type: 'category', data: series.days },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', position: 'right' }],
    series: [
      { name: element.dataset.labelCalls, type: 'bar', data: series.calls },
      { name: element.dataset.labelFallbacks, type: 'bar', data: series.fallbacks },
      { name: element.dataset.labelCost, type: 'line', yAxisIndex: 1, data: series.cost }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
