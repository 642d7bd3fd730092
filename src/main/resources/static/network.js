// Graph view: draws the Cytoscape.js elements of #cy's data-src; sets data-nodes/data-edges once laid out.
(function () {
  'use strict';
  const el = document.getElementById('cy');
  if (!el) { return; }
  const colours = {Speech: '#9b1c1c', Organization: '#2563eb', Document: '#dc2626', Policy: '#ca8a04',
    Campaign: '#16a34a', Event: '#9333ea', Person: '#ea580c', Place: '#0d9488', Resource: '#64748b'};
  fetch(el.dataset.src, {headers: {Accept: 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (json) {
      const style = [
        {selector: 'node', style: {'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120,
          'background-color': function (n) { return colours[n.data('type')] || colours.Resource; }, 'width': 14, 'height': 14}},
        {selector: 'node[?center]', style: {'width': 26, 'height': 26, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111'}},
        {selector: 'edge', style: {'width': 1, 'line-color': '#c4c9d4', 'target-arrow-color': '#c4c9d4',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 7, 'color': '#8a93a3'}}
      ];
      const cy = cytoscape({container: el, elements: json.elements, style: style,
        layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 8000; }}});
      window.cy = cy;
      cy.on('tap', 'node', function (e) { const h = e.target.data('href'); if (h) { window.location.href = h; } });
      el.dataset.nodes = String(cy.nodes().length);
      el.dataset.edges = String(cy.edges().length);
      el.dataset.ready = 'true';
    })
    .catch(function (e) { el.dataset.error = String(e); el.textContent = 'Could not draw the graph: ' + e; });
})();
