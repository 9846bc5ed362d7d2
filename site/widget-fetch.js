// widget-fetch.js — starts what the widget waits for as soon as the page's head is read (the other
// scripts run only once the whole document is parsed): downloading and compiling the module,
// downloading the editors' data, then creating the canvas's WebGL context, which takes tens of
// milliseconds the page would otherwise spend idle, waiting for those downloads. widget.js takes
// them from window.aiCostFetches, or does each itself when it is not there (this script blocked
// or late, or a sandbox).
(function () {
  'use strict';
  var early = (window.aiCostFetches = {});

  // Not in a sandbox without allow-same-origin: these would be cross-origin requests, and
  // widget.js loads the same bytes as scripts instead.
  if (window.origin !== 'null') {
    var preview = new URLSearchParams(location.search).get('preview') === '1';
    // Compiled as it streams in, while the rest of the page arrives; from its bytes when the
    // server does not say application/wasm.
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

  // The canvas is not parsed yet: this one takes its place (widget.js swaps it in). The
  // attributes are the module's renderer's (wasm/web/renderer.cpp: keep them in step); asking
  // for the context again there gives this one back. Its drawing buffer is made as wide as the
  // widget will most likely be (the window's width, in an iframe sized by its host): each new
  // width later means a new buffer, made while the reader waits.
  early.canvas = document.createElement('canvas');
  early.canvas.width = Math.round(window.innerWidth * (window.devicePixelRatio || 1)) || 300;
  early.canvas.height = 1;
  try {
    early.canvas.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false,
                                        powerPreference: 'low-power' });
  } catch (e) { /* no WebGL 2: the module finds out and says so */ }

  // While the canvas starts, the document written in the page is not laid out (widget.css): the
  // loading line stands in for it, for eyes and screen readers alike, and the first frame comes
  // a few per cent sooner. widget.js lifts this as soon as it takes over or gives up; should it
  // never run, the document is back after a few seconds.
  var page = document.documentElement;
  page.setAttribute('data-widget-starting', '');
  setTimeout(function () { page.removeAttribute('data-widget-starting'); }, 3000);
})();
