// Money per year on an entity page (programme, organisation, region): bars of lower-bound totals per measure, the
// approximate total in the tooltip; a click on a bar goes to the list of that year's figures below the chart.
(function () {
  const data = JSON.parse(document.getElementById('ledger-data').textContent);
  const colours = ['#8e2a3a', '#3a6e8e', '#6e8e3a'];
  const yuan = v => v.toLocaleString('zh-CN') + ' 元';
  const chart = new Chart(document.getElementById('ledger-chart'), {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d, i) => ({label: d.label, data: d.data, approximate: d.approximate,
        backgroundColor: colours[i % colours.length]}))
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {y: {beginAtZero: true, ticks: {callback: v => (v / 10000).toLocaleString('zh-CN') + '万'}}},
      plugins: {tooltip: {callbacks: {
        label: c => c.dataset.label + ': ≥ ' + yuan(c.raw) + ' (≈ ' + yuan(c.dataset.approximate[c.dataIndex]) + ')'
      }}},
      onClick: (event, elements) => {
        if (elements.length) location.hash = data.anchors[elements[0].index];
      },
      onHover: (event, elements) => {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
      }
    }
  });
  window.ledgerChart = chart; // for tests and the console
})();
