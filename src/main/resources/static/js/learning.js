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
    yAxis: { type: 'value', scale: true },
    series: [{ name: element.getAttribute('data-label'), type: 'line', data: rounds.map(function (r) { return r.auc; }) }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
