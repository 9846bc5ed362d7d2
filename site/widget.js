// widget.js — the page glue around the WebAssembly calculator (ai-cost.js).
// It forwards input to the module, keeps the accessible text in step, shows the exact-value
// editor, and publishes the JavaScript API:
//   window.widget.ready            Promise, resolves with the state once the first frame is drawn
//   window.widget.getState()       the state object (see README)
//   window.widget.setState(part)   applies { scenario, lang, currency, theme, compare,
//                                  lines: [{ id, inputs }] }; Promise of the new state. Never
//                                  interprets HTML.
//   window.widget.addEventListener('change', e => e.detail)   after every change of state
//   window.widget.text(key)        an interface text of strings.json in the current language
(function () {
  'use strict';

  var canvas = document.getElementById('widget-canvas');
  var root = document.getElementById('widget');
  var status = document.getElementById('widget-status');
  var loading = document.getElementById('widget-loading');
  var fallback = document.getElementById('widget-fallback');
  var events = new EventTarget();
  var module = null;
  var state = null;
  var resolveReady, rejectReady;
  var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
  // Let a host that never asks for readiness not see an "unhandled rejection".
  ready.catch(function () {});

  function fallbackLang() {
    var nav = (navigator.language || '').toLowerCase();
    return nav.indexOf('en') === 0 ? 'en' : 'fr';
  }

  // --- strings across the boundary ---------------------------------------------------------------
  function withStrings(strings, fn) {
    var pointers = strings.map(function (s) {
      var size = module.lengthBytesUTF8(s) + 1;
      var p = module._malloc(size);
      module.stringToUTF8(s, p, size);
      return p;
    });
    try { return fn.apply(null, pointers); } finally { pointers.forEach(function (p) { module._free(p); }); }
  }

  // --- messages from the module (wasm/web/widget_library.js) -------------------------------------
  var statusTimer = 0, urlTimer = 0;
  function onState(json) {
    state = JSON.parse(json);
    document.documentElement.lang = state.lang;
    canvas.setAttribute('aria-label', state.title);
    // Screen readers hear the result once the reader pauses, not at every slider step.
    clearTimeout(statusTimer);
    statusTimer = setTimeout(updateStatus, 250);
    if (window.parent === window) { // the page's own URL is the permalink; an iframe's is the host's business
      clearTimeout(urlTimer);
      urlTimer = setTimeout(function () {
        try { history.replaceState(null, '', '?' + state.permalink.split('?')[1]); } catch (e) { /* opaque origin */ }
      }, 300);
    }
    applyTheme();
    if (!fallback.hidden) renderFallback();
    events.dispatchEvent(new CustomEvent('change', { detail: state }));
  }

  // The page around the canvas (editor, fallback, loading text) wears the same theme.
  var darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  function applyTheme() {
    var theme = state && state.theme !== 'auto' ? state.theme : (darkQuery.matches ? 'dark' : 'light');
    if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
  }

  function updateStatus() {
    var text = state.sentence;
    state.warnings.forEach(function (w) { text += ' ' + w.message; });
    if (status.textContent !== text) status.textContent = text;
  }

  function host(kind, payload) {
    switch (kind) {
      case 'state': onState(payload); break;
      case 'ready':
        loading.hidden = true;
        updateStatus();
        resolveReady(getState());
        break;
      case 'cursor': canvas.style.cursor = payload; break;
      case 'edit': openEditor(JSON.parse(payload)); break;
      case 'open': openLink(payload); break;
      case 'error': showFallback(payload); break;
    }
  }

  // A sandbox without allow-popups refuses new tabs: the share bar then offers the link to copy.
  function openLink(url) {
    var opened = null;
    try { opened = window.open(url, '_blank', 'noopener,noreferrer'); } catch (e) { /* refused */ }
    // With noopener, open() returns null even on success; a sandbox is what we can detect.
    var sandboxed = window.origin === 'null';
    if (!opened && sandboxed) events.dispatchEvent(new CustomEvent('linkblocked', { detail: { url: url } }));
  }

  // --- without WebGL: the same figures as text ---------------------------------------------------
  function text(tag, content, className) {
    var el = document.createElement(tag);
    el.textContent = content; // text only: nothing from the state is ever parsed as HTML
    if (className) el.className = className;
    return el;
  }

  function renderFallback() {
    fallback.replaceChildren();
    var fr = state.lang === 'fr';
    var colon = fr ? '\u00a0: ' : ': ';
    fallback.appendChild(text('p', fr
      ? 'Votre navigateur ne peut pas afficher le calculateur interactif (WebGL 2 indisponible). Voici les chiffres :'
      : 'Your browser cannot show the interactive calculator (WebGL 2 is unavailable). Here are the figures:'));
    fallback.appendChild(text('h2', state.title));
    fallback.appendChild(text('p', state.total_text, 'total'));
    var list = document.createElement('ul');
    state.lines.forEach(function (line) {
      var item = text('li', line.label + colon + line.equation + ' — ');
      var link = text('a', line.source.publisher + ', ' + line.source.locator);
      link.href = line.source.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.appendChild(link);
      list.appendChild(item);
    });
    fallback.appendChild(list);
    state.published.forEach(function (p) { fallback.appendChild(text('p', p.label)); });
    // The ladder as a list, highest first, so the comparison survives without a canvas.
    var ladder = document.createElement('ol');
    ladder.className = 'ladder';
    state.ladder.slice().reverse().forEach(function (rung) {
      ladder.appendChild(text('li', rung.label + colon + rung.text, rung.computed ? 'current' : ''));
    });
    fallback.appendChild(ladder);
  }

  function showFallback(reason) {
    loading.hidden = true;
    canvas.hidden = true;
    fallback.hidden = false;
    if (state) renderFallback();
    else fallback.appendChild(text('p', 'Le calculateur n’a pas pu démarrer. The calculator could not start. (' + reason + ')'));
    // The model still answers getState/setState without a canvas.
    if (state) resolveReady(getState()); else rejectReady(new Error(reason));
  }

  // --- exact-value editor: a real <input>, so phones show their keyboard -------------------------
  var editor = null;
  function closeEditor(commit) {
    if (!editor) return;
    var current = editor;
    editor = null;
    if (commit) {
      var raw = current.input.value.replace(/[\s\u00a0\u202f$€¥]/g, '').replace(',', '.');
      var value = Number(raw);
      if (raw !== '' && isFinite(value)) {
        withStrings([current.request.line, current.request.key], function (line, key) {
          module._widget_set_input(line, key, value);
        });
      }
    }
    current.input.remove();
    canvas.focus({ preventScroll: true });
  }

  function openEditor(request) {
    closeEditor(false);
    var input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    input.className = 'widget-editor';
    input.setAttribute('aria-label', request.label);
    var shown = request.value.toFixed(request.decimals);
    input.value = state && state.lang === 'fr' ? shown.replace('.', ',') : shown;
    input.style.left = request.x + 'px';
    input.style.top = request.y + 'px';
    input.style.width = request.width + 'px';
    input.style.height = request.height + 'px';
    editor = { input: input, request: request };
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); closeEditor(true); }
      else if (e.key === 'Escape') { e.preventDefault(); closeEditor(false); }
    });
    input.addEventListener('input', function () {
      var raw = input.value.replace(/[\s\u00a0\u202f$€¥]/g, '').replace(',', '.');
      input.setAttribute('aria-invalid', raw === '' || !isFinite(Number(raw)) ? 'true' : 'false');
    });
    input.addEventListener('blur', function () { if (editor && editor.input === input) closeEditor(true); });
    root.appendChild(input);
    input.focus();
    input.select();
  }

  // --- input --------------------------------------------------------------------------------------
  function local(e) {
    var rect = canvas.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  }
  var MOVE = 0, PRESS = 1, RELEASE = 2, LEAVE = 3;
  function pointer(kind, xy, button) { module._widget_pointer(kind, xy ? xy[0] : 0, xy ? xy[1] : 0, button || 0); }

  // A finger is held back until it shows intent: a sideways drag drives a slider, a vertical one
  // scrolls the article (the browser takes it, see touch-action), a tap is a click.
  var touch = null;
  canvas.addEventListener('pointerdown', function (e) {
    if (!module) return;
    if (e.pointerType === 'touch') {
      if (touch) return; // one finger at a time
      touch = { id: e.pointerId, start: local(e), x: e.clientX, y: e.clientY, mode: 'undecided' };
      return;
    }
    if (e.button !== 0) return;
    canvas.setPointerCapture(e.pointerId);
    pointer(PRESS, local(e), 0);
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!module) return;
    if (e.pointerType !== 'touch') { pointer(MOVE, local(e)); return; }
    if (!touch || touch.id !== e.pointerId) return;
    if (touch.mode === 'undecided') {
      var dx = Math.abs(e.clientX - touch.x), dy = Math.abs(e.clientY - touch.y);
      if (dx > 6 && dx > dy) {
        touch.mode = 'drag';
        canvas.setPointerCapture(e.pointerId);
        pointer(PRESS, touch.start, 0);
      } else if (dy > 6) {
        touch.mode = 'scroll';
      }
    }
    if (touch.mode === 'drag') pointer(MOVE, local(e));
  });
  function endTouch(e, cancelled) {
    if (!touch || touch.id !== e.pointerId) return;
    if (touch.mode === 'drag') pointer(RELEASE, local(e), 0);
    else if (touch.mode === 'undecided' && !cancelled) { pointer(PRESS, touch.start, 0); pointer(RELEASE, touch.start, 0); }
    pointer(LEAVE); // no hover state lingers after a finger lifts
    touch = null;
  }
  canvas.addEventListener('pointerup', function (e) {
    if (!module) return;
    if (e.pointerType === 'touch') endTouch(e, false);
    else if (e.button === 0) pointer(RELEASE, local(e), 0);
  });
  canvas.addEventListener('pointercancel', function (e) { if (module) endTouch(e, true); });
  canvas.addEventListener('pointerleave', function (e) {
    if (module && e.pointerType !== 'touch' && !canvas.hasPointerCapture(e.pointerId)) pointer(LEAVE);
  });

  // ImGuiKey_ indices (Dear ImGui 1.86). Tab is left to the browser, so focus never gets trapped.
  var KEYS = { ArrowLeft: 1, ArrowRight: 2, ArrowUp: 3, ArrowDown: 4, PageUp: 5, PageDown: 6,
               Home: 7, End: 8, ' ': 12, Enter: 12, Escape: 14 }; // Enter activates, like Space
  var keysDown = {};
  function key(e, down) {
    var code = KEYS[e.key];
    if (!module || code === undefined || e.altKey || e.metaKey) return;
    e.preventDefault();
    if (down) keysDown[code] = true; else delete keysDown[code];
    module._widget_key(code, down ? 1 : 0, e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0);
  }
  canvas.addEventListener('keydown', function (e) { key(e, true); });
  canvas.addEventListener('keyup', function (e) { key(e, false); });
  canvas.addEventListener('focus', function () { if (module) module._widget_focus(1); });
  canvas.addEventListener('blur', function () {
    if (!module) return;
    // The key-up may go to the editor that took focus: release what the canvas saw pressed.
    Object.keys(keysDown).forEach(function (code) { module._widget_key(Number(code), 0, 0, 0); });
    keysDown = {};
    module._widget_focus(0);
  });

  // --- size and pixel ratio -------------------------------------------------------------------------
  // Only the width and the pixel ratio matter: the canvas sets its own height, and the share bar
  // opening below it must not cost frames.
  var lastWidth = 0, lastRatio = 0;
  function resize() {
    var width = root.clientWidth, ratio = window.devicePixelRatio || 1;
    if (!module || (width === lastWidth && ratio === lastRatio)) return;
    lastWidth = width;
    lastRatio = ratio;
    module._widget_resize(width, ratio);
  }
  var dprQuery = null;
  function watchPixelRatio() {
    if (dprQuery) dprQuery.removeEventListener('change', onPixelRatio);
    dprQuery = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    dprQuery.addEventListener('change', onPixelRatio);
  }
  function onPixelRatio() { watchPixelRatio(); resize(); }
  // Observing device pixels also catches a pixel-ratio change (zoom, another screen), which
  // leaves the CSS size alone; browsers without that box fall back to the matchMedia watch.
  var observer = new ResizeObserver(function () { closeEditor(false); resize(); });
  try { observer.observe(root, { box: 'device-pixel-content-box' }); } catch (e) { observer.observe(root); }

  // --- the API ------------------------------------------------------------------------------------
  function getState() {
    if (!module) return null;
    return JSON.parse(module.UTF8ToString(module._widget_get_state()));
  }

  function setState(partial) {
    return ready.then(function () {
      var json = JSON.stringify(partial === undefined ? {} : partial);
      var after = withStrings([json], function (p) { return module.UTF8ToString(module._widget_set_state(p)); });
      var next = JSON.parse(after);
      // Resolve once the new state is on screen (or soon, in a tab the browser is not painting).
      return new Promise(function (resolve) {
        var done = false;
        function finish() { if (!done) { done = true; resolve(next); } }
        requestAnimationFrame(function () { requestAnimationFrame(finish); });
        setTimeout(finish, 200);
      });
    });
  }

  window.widget = {
    ready: ready,
    getState: getState,
    setState: setState,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    framesDrawn: function () { return module ? module._widget_frames_drawn() : 0; },
    // A text of the widget's interface in the current language (strings.json), for its own page.
    text: function (key) {
      if (!module) return key;
      return withStrings([key], function (k) { return module.UTF8ToString(module._widget_text(k)); });
    },
  };

  // --- start ----------------------------------------------------------------------------------------
  // A lost GPU context (driver reset, too many contexts on the page) must not leave a blank box.
  canvas.addEventListener('webglcontextlost', function (e) { e.preventDefault(); showFallback('webgl-context-lost'); });

  if (typeof createWidgetModule !== 'function') { showFallback('ai-cost.js did not load'); return; }

  // In an iframe sandboxed without allow-same-origin the page's origin is opaque, and fetching
  // ai-cost.wasm would be a cross-origin request most static servers refuse. A classic script is
  // not subject to CORS: load the same bytes from ai-cost.wasm.js instead.
  function wasmBinary() {
    if (window.origin !== 'null') return Promise.resolve(undefined);
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = 'ai-cost.wasm.js';
      tag.onload = function () {
        var text = atob(window.aiCostWasmBase64);
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
        delete window.aiCostWasmBase64;
        resolve(bytes);
      };
      tag.onerror = function () { reject(new Error('ai-cost.wasm.js did not load')); };
      document.head.appendChild(tag);
    });
  }

  wasmBinary().then(function (binary) {
    var options = { widgetHost: host };
    if (binary) options.wasmBinary = binary;
    return createWidgetModule(options);
  }).then(function (instance) {
    module = instance;
    var query = location.search.replace(/^\?/, '');
    var base = location.href.split(/[?#]/)[0];
    // The state arrives through host('state') during the call.
    withStrings([query, fallbackLang(), base], function (q, lang, b) {
      module._widget_start(q, lang, b, root.clientWidth, window.devicePixelRatio || 1, darkQuery.matches ? 1 : 0);
    });
    lastWidth = root.clientWidth;
    lastRatio = window.devicePixelRatio || 1;
    watchPixelRatio();
    darkQuery.addEventListener('change', function () {
      module._widget_set_prefers_dark(darkQuery.matches ? 1 : 0);
      applyTheme();
    });
  }, function (error) {
    showFallback(String(error && error.message || error));
  });
})();
