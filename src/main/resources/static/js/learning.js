// Federated rounds chart of the AI monitor: server-side AUC per round.
(function () {
  var element = document.getElementById('rounds-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var rounds = JSON.parse(element.getAttribute('data-rounds') || '[]');
  if (rounds.length === 0) {
    element.style.display = 'none';
    return;
  }
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rounds.map(function (r) { return r.round; }) },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: function (v) { return v.toFixed(3); } } },
    series: [{ name: element.getAttribute('data-label'), type: 'line', data: rounds.map(function (r) { return r.auc; }) }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
