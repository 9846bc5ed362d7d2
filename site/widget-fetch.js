// widget-fetch.js — starts what the widget waits for, downloading and compiling the module and
// downloading the editors' data, as soon as the page's head is read: the other scripts run only
// once the whole document is parsed. widget.js takes them from window.aiCostFetches, or fetches for itself when they are
// not there (this script blocked or late, or a sandbox).
(function () {
  'use strict';
  // A sandbox without allow-same-origin: these would be cross-origin requests, and widget.js
  // loads the same bytes as scripts instead.
  if (window.origin === 'null') return;
  var preview = new URLSearchParams(location.search).get('preview') === '1';
  // Compiled as it streams in, while the rest of the page arrives; from its bytes when the
  // server does not say application/wasm.
  var wasm = fetch('ai-cost.wasm', { credentials: 'same-origin' }).then(function (response) {
    if (!response.ok) throw new Error('ai-cost.wasm: HTTP ' + response.status);
    var copy = response.clone();
    return WebAssembly.compileStreaming(response).catch(function () {
      return copy.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    });
  });
  window.aiCostFetches = {
    wasm: wasm, // a promise of the compiled WebAssembly.Module
    // The editor's preview is sent its data instead.
    data: preview ? null : ['scenarios.json', 'strings.json'].map(function (name) {
      return fetch('data/' + name, { cache: 'no-cache' });
    }),
  };
  // A failed early fetch is widget.js's to report, when it uses it.
  window.aiCostFetches.wasm.catch(function () {});
  (window.aiCostFetches.data || []).forEach(function (p) { p.catch(function () {}); });
})();
