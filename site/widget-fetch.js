// widget-fetch.js — runs as soon as the page's head is read (the other scripts run only once the
// whole document is parsed). It starts what costs the reader nothing on the main thread:
// downloading and compiling the module, downloading the editors' data. widget.js takes them from
// window.aiCostFetches, or does each itself when it is not there (this script blocked or late,
// or a sandbox). Nothing here draws or waits: the document the build wrote into the page is the
// first paint, and the canvas takes over later, in short steps (widget.js).
(function () {
  'use strict';
  var early = (window.aiCostFetches = {});
  var query = new URLSearchParams(location.search);

  // Not in a sandbox without allow-same-origin: these would be cross-origin requests, and
  // widget.js loads the same bytes as scripts instead.
  if (window.origin !== 'null') {
    var preview = query.get('preview') === '1';
    // Compiled as it streams in, off the main thread; from its bytes when the server does not say
    // application/wasm.
    early.wasm = fetch('ai-cost.wasm', { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error('ai-cost.wasm: HTTP ' + response.status);
      var copy = response.clone();
      return WebAssembly.compileStreaming(response).catch(function () {
        return copy.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
      });
    }); // a promise of the compiled WebAssembly.Module
    // The editor's preview is sent its data instead.
    early.data = preview ? null : ['scenarios.json', 'strings.json'].map(function (name) {
      return fetch('data/' + name, { cache: 'no-cache' });
    });
    // A failed early fetch is widget.js's to report, when it uses it.
    early.wasm.catch(function () {});
    (early.data || []).forEach(function (p) { p.catch(function () {}); });
  }

  // The page holds the figures of its own scenario, language and view, as published (data-page:
  // "scenario view", and "browser" on widget.html, whose language is the reader's browser's when
  // the link names none). A link that asks for anything else (another scenario, language or view,
  // a changed figure, a currency) would show them as if they were the reader's: they are marked
  // as pending (widget.css) until the model has computed the reader's own. The theme and the
  // permalink's version change no figure.
  var page = document.documentElement, own = (page.getAttribute('data-page') || '').split(' ');
  var held = { scenario: own[0], view: own[1], lang: page.lang };
  var asked = { lang: own[2] === 'browser' ? (navigator.language || '').toLowerCase().split('-')[0] : page.lang };
  query.forEach(function (value, key) { asked[key] = value; });
  var pending = Object.keys(asked).some(function (key) {
    return key !== 'v' && key !== 'theme' && key !== 'preview' && held[key] !== asked[key];
  });
  if (pending) page.setAttribute('data-widget-pending', '');
})();
