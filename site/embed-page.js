// embed-page.js — fills embed.html's code blocks with the snippets for this very deployment, as
// the widget's own "Embed" panel would show them.
(function () {
  'use strict';
  var url = new URL('widget.html?v=1&scenario=v3-final-run&lang=fr', location.href).href;
  var snippets = window.aiCostSnippets(url, 2300, 'Calculateur du coût d’entraînement d’une IA', 'fr');
  document.querySelectorAll('[data-snippet]').forEach(function (code) {
    code.textContent = snippets[code.getAttribute('data-snippet')];
  });
})();
