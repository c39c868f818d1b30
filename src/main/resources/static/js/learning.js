// Federated rounds chart of the AI monitor: server-side AUC per round, axes titled,
// the AUC axis padded to whole hundredths so that close values do not repeat one tick.
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
  var language = document.documentElement.lang || 'fr';
  var decimals = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var precise = new Intl.NumberFormat(language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  var values = rounds.map(function (r) { return r.auc; });
  var low = Math.max(0, Math.floor((Math.min.apply(null, values) - 0.005) * 100) / 100);
  var high = Math.min(1, Math.ceil((Math.max.apply(null, values) + 0.005) * 100) / 100);
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return precise.format(v); } },
    grid: { left: 12, right: 16, top: 28, bottom: 28, containLabel: true },
    xAxis: {
      type: 'category', name: element.getAttribute('data-x-label'), nameLocation: 'middle', nameGap: 26,
      data: rounds.map(function (r) { return r.round; })
    },
    yAxis: {
      type: 'value', name: element.getAttribute('data-label'), min: low, max: high,
      interval: Math.max(0.01, Math.ceil((high - low) / 4 * 100) / 100),
      axisLabel: { formatter: function (v) { return decimals.format(v); } }
    },
    series: [{ name: element.getAttribute('data-label'), type: 'line', data: values }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
