// embed-page.js — fills embed.html's code blocks with the snippets for this very deployment, as
// the widget's own "Embed" panel would show them.
(function () {
  'use strict';
  var url = new URL('widget.html?v=1&scenario=v3-final-run&lang=fr', location.href).href;
  // This page is in French: its codes are the French ones.
  var snippets = window.aiCostSnippets(url, 2300, 'Calculateur du coût d’entraînement d’une IA', 'fr',
    'Afficher tout le calculateur');
  document.querySelectorAll('[data-snippet]').forEach(function (code) {
    code.textContent = snippets[code.getAttribute('data-snippet')];
  });
  // The live pym example checks messages' origin as the code shown does. pym.js, deferred after
  // this script, reads the attribute when it starts.
  var shown = document.createElement('template');
  shown.innerHTML = snippets.pym;
  document.getElementById('pym-calculator').setAttribute('data-pym-xdomain',
    shown.content.querySelector('[data-pym-src]').getAttribute('data-pym-xdomain'));
})();
