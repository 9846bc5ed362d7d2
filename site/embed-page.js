// embed-page.js — fills embed.html's code blocks with the snippets for this very deployment, as
// the widget's own "Embed" panel would show them.
(function () {
  'use strict';
  var url = new URL('widget-v3-final-run-fr.html?v=1&scenario=v3-final-run&lang=fr', location.href).href;
  // This page is in French: its codes are the French ones.
  var snippets = window.aiCostSnippets(url, 2300, 'Calculateur du coût d’entraînement d’une IA',
    'Afficher tout le calculateur');
  document.querySelectorAll('[data-snippet]').forEach(function (code) {
    code.textContent = snippets[code.getAttribute('data-snippet')];
  });
  // Each view's embed.js code, shown and, for the ladder and the calculator, running under it:
  // the very markup shown, parsed, as a newsroom would paste it.
  var views = {
    ladder: ['widget-ladder-fr.html?v=1&view=ladder&lang=fr', 'Sur l’échelle des coûts — Calculateur du coût d’entraînement d’une IA'],
    calculator: ['widget-calculator-r1-nature-fr.html?v=1&view=calculator&scenario=r1-nature&lang=fr', 'Calculateur : le coût de R1 selon Nature'],
    full: ['widget-v3-final-run-fr.html?v=1&scenario=v3-final-run&lang=fr', 'Calculateur du coût d’entraînement d’une IA'],
  };
  document.querySelectorAll('[data-view-snippet]').forEach(function (code) {
    var view = code.getAttribute('data-view-snippet');
    var script = window.aiCostSnippets(new URL(views[view][0], location.href).href, 1000, views[view][1],
      'Afficher tout le calculateur').script;
    code.textContent = script;
    var example = document.getElementById('example-' + view);
    if (!example) return;
    var pasted = document.createElement('template');
    pasted.innerHTML = script;
    var host = pasted.content.querySelector('[data-ai-cost-widget]');
    example.appendChild(host);
    window.aiCostWidget.mount(host);
  });
  // The live pym example checks messages' origin as the code shown does. pym.js, deferred after
  // this script, reads the attribute when it starts.
  var shown = document.createElement('template');
  shown.innerHTML = snippets.pym;
  document.getElementById('pym-calculator').setAttribute('data-pym-xdomain',
    shown.content.querySelector('[data-pym-src]').getAttribute('data-pym-xdomain'));
})();
