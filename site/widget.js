// widget.js — the page glue around the WebAssembly calculator (ai-cost.js).
// It forwards pointer input to the module, keeps the document beside the canvas alive
// (widget-mirror.js), speaks each change in the live region, and publishes the JavaScript API:
//   window.widget.ready            Promise, resolves with the state once the widget is up
//   window.widget.getState()       the state object (see README)
//   window.widget.setState(part)   applies { scenario, lang, currency, theme, compare,
//                                  lines: [{ id, inputs }] }; Promise of the new state. Never
//                                  interprets HTML.
//   window.widget.addEventListener('change', e => e.detail)   once after every change of state
//   window.widget.addEventListener('error', e => e.detail.message)   if the module ever traps:
//                                  it stops for good and the document keeps its last figures
//   window.widget.text(key)        an interface text of strings.json in the current language
(function () {
  'use strict';

  var canvas = document.getElementById('widget-canvas');
  canvas.hidden = true; // until its first frame is drawn (present)
  var root = document.getElementById('widget');
  var status = document.getElementById('widget-status');
  var doc = document.getElementById('widget-doc');
  // The document the build wrote is on screen. When the link asked for other figures than it
  // holds (widget-fetch.js), they are pending until the model has computed the reader's own; else
  // the live document waits for the canvas, which takes over from the written one in one step.
  var pending = document.documentElement.hasAttribute('data-widget-pending');
  if (pending) doc.setAttribute('aria-busy', 'true');
  var liveDocument = null; // the model's latest document, not yet shown
  var tookOver = false; // the canvas, or the live document, has replaced the written one
  var events = new EventTarget();
  var engine = null; // the module's end, on the page or in a worker: { send, ask, text, frames, stop }
  var state = null, stateJson = '';
  var canvasUsable = false; // WebGL 2 is there and its context alive
  var canvasProblem = null; // why it is not: a strings.json key the document's note says
  var resolveReady, rejectReady;
  var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
  // Let a host that never asks for readiness not see an "unhandled rejection".
  ready.catch(function () {});

  // What the first frame does not need waits for it (or for the widget to give up): the share
  // bar, its embed codes, and the height messages to a host page (which start with the height
  // the widget has by then). In order: the share bar uses the embed codes.
  function loadExtras() {
    ['embed-snippets.js', 'widget-share.js', 'widget-embed.js'].forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.body.appendChild(script);
    });
  }
  ready.then(loadExtras, loadExtras);

  // The language: the link's, else the page's own when it is a scenario page written in one,
  // else the reader's browser.
  function startLang(query) {
    var asked = new URLSearchParams(query).get('lang');
    if (asked) return asked;
    if (/^widget-.+-[a-z]{2}\.html$/.test(location.pathname.split('/').pop())) return doc.lang;
    // The model takes it when strings.json has this language, else its first.
    return (navigator.language || '').toLowerCase().split('-')[0];
  }

  // --- the module, in a worker or on the page ------------------------------------------------------
  // Every message to the module goes through `engine` (widget-engine.js lists them). A trap (stack
  // exhausted, memory out of bounds, abort) leaves the instance in no known state, and later calls
  // would fail or lie: it is stopped for good, and the document shows the last figures it computed
  // (see stopModule).
  var stopped = null; // the error that stopped the module
  function send(kind, args) { if (engine) engine.send(kind, args); }
  function ask(kind, args, fallback) { return engine ? engine.ask(kind, args, fallback) : Promise.resolve(fallback); }

  // The module on the page, where there is no worker for it (a sandbox): its answers come at once.
  function pageEngine(started) {
    function call(kind, args, fallback) {
      if (stopped) return fallback;
      try { return started.call(kind, args); } catch (error) { stopModule(error); return fallback; }
    }
    return {
      send: call,
      ask: function (kind, args, fallback) { return Promise.resolve(call(kind, args, fallback)); },
      text: function (key) { return call('text', [key], key); },
      frames: function () { return call('frames', [], 0); },
      shown: function () { return Promise.resolve(); }, // drawn in the call, on the canvas
      stop: function () {},
    };
  }

  // The module in a worker (widget-worker.js): messages there and back. The texts of the current
  // language and the frames drawn come along, so that text() and framesDrawn() answer at once.
  var bitmaps = null; // the canvas' 'bitmaprenderer' context, which shows the worker's frames
  function workerEngine(worker, failedToStart) {
    var answers = new Map(), lastId = 0, texts = {}, frames = 0, heard = false, onFrame = [];
    worker.onmessage = function (event) {
      var message = event.data;
      heard = true;
      switch (message.kind) {
        case 'frame':
          showFrame(message);
          frames = message.frames;
          onFrame.splice(0).forEach(function (shown) { shown(); });
          break;
        case 'texts': texts = JSON.parse(message.payload); break;
        case 'reply':
          var answer = answers.get(message.id);
          answers.delete(message.id);
          if (answer) answer(message.payload);
          break;
        case 'trap': stopModule(new Error(message.payload)); break;
        default: host(message.kind, message.payload);
      }
    };
    // The worker's script could not run (blocked, missing): the page runs the module instead.
    worker.onerror = function (event) {
      event.preventDefault();
      if (heard) stopModule(new Error(event.message || 'the worker stopped'));
      else failedToStart();
    };
    return {
      send: function (kind, args) { worker.postMessage({ kind: kind, args: args }); },
      ask: function (kind, args, fallback) {
        return new Promise(function (resolve) {
          answers.set(++lastId, function (payload) { resolve(payload === undefined ? fallback : payload); });
          worker.postMessage({ kind: kind, args: args, id: lastId });
        });
      },
      text: function (key) { return Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key; },
      frames: function () { return frames; },
      shown: function () { return new Promise(function (shown) { onFrame.push(shown); }); }, // the next frame
      stop: function () {
        worker.terminate();
        answers.forEach(function (answer) { answer(undefined); });
        answers.clear();
      },
    };
  }

  // A frame of the worker's, with the part of the widget it shows: both in one step.
  function showFrame(frame) {
    var place = frame.place;
    window.aiCostEngine.placeElement(canvas, place[2], place[3], place[4]);
    if (canvas.width !== place[0]) canvas.width = place[0];
    if (canvas.height !== place[1]) canvas.height = place[1];
    if (!bitmaps) bitmaps = canvas.getContext('bitmaprenderer');
    bitmaps.transferFromImageBitmap(frame.bitmap);
  }

  // --- the document beside the canvas ------------------------------------------------------------
  // Links in a sandbox without popups cannot open a tab: offer them to copy (widget-share.js).
  function openLink(url) {
    if (window.origin !== 'null') return false; // the link opens itself
    var opened = null;
    try { opened = window.open(url, '_blank', 'noopener,noreferrer'); } catch (e) { /* refused */ }
    // With noopener, open() returns null even on success; a sandbox is what we can detect.
    if (!opened) events.dispatchEvent(new CustomEvent('linkblocked', { detail: { url: url } }));
    return true;
  }

  var mirror = window.aiCostMirror(doc, {
    act: function (key, value) { return ask('act', [key, value]); }, // answered once done
    focus: function (key) { send('focus', [key]); },
    openLink: openLink,
  });

  // The canvas shows, with the document over it for assistive technology; or the document shows
  // alone and live: without WebGL, after a lost context, under forced colours.
  var forcedColors = window.matchMedia('(forced-colors: active)');
  var notice = null;
  var canvasShown = true; // as the module starts
  function present() {
    var pictured = canvasUsable && !forcedColors.matches;
    canvas.hidden = !pictured;
    mirror.setMode(pictured ? 'mirror' : 'document');
    if (pictured !== canvasShown) send('show', [pictured]);
    canvasShown = pictured;
    showNote(canvasProblem && window.widget.text(canvasProblem));
  }

  // The line above the document that says why it stands in for the canvas.
  function showNote(text) {
    if (notice) { notice.remove(); notice = null; }
    if (!text) return;
    notice = document.createElement('p');
    notice.className = 'widget-message widget-note';
    notice.textContent = text;
    root.insertBefore(notice, doc);
  }

  // --- the live region -----------------------------------------------------------------------------
  // One short sentence after any change ("Total $329,520 — R1-Zero, GPUs: 600 GPU."), once the
  // reader pauses: a dragged slider is heard where it stops, not at every step.
  var announceTimer = 0;
  function announce() {
    clearTimeout(announceTimer);
    ask('announce', [], '').then(function (text) { if (text) status.textContent = text; });
  }

  // --- messages from the module (wasm/web/widget_library.js) -------------------------------------
  var urlTimer = 0;
  var stoppedText = 'The calculator stopped.';
  function onState(json) {
    if (json === stateJson) return; // nothing changed: no event
    var first = state === null;
    var lang = state && state.lang;
    stateJson = json;
    state = JSON.parse(json);
    document.documentElement.lang = state.lang;
    // Asked now, in the state's language: once the module has stopped, it cannot be asked.
    if (state.lang !== lang) stoppedText = window.widget.text('doc.stopped');
    applyTheme();
    if (first) { Promise.resolve().then(watch); return; }
    clearTimeout(announceTimer);
    announceTimer = setTimeout(announce, 500);
    if (window.parent === window) { // the page's own URL is the permalink; an iframe's is the host's business
      clearTimeout(urlTimer);
      // The page of the new scenario, language or view too: a reload starts from its document.
      urlTimer = setTimeout(function () {
        try { history.replaceState(null, '', state.permalink); } catch (e) { /* opaque origin */ }
      }, 300);
    }
    events.dispatchEvent(new CustomEvent('change', { detail: state }));
  }

  // The page around the canvas (the document, the share bar) wears the same theme.
  var darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  function applyTheme() {
    var theme = state && state.theme !== 'auto' ? state.theme : (darkQuery.matches ? 'dark' : 'light');
    if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
  }

  function host(kind, payload) {
    switch (kind) {
      case 'state': onState(payload); break;
      case 'document':
        if (tookOver || pending) showDocument(payload);
        else liveDocument = payload;
        break;
      case 'anchors': mirror.place(payload); break;
      case 'height': mirror.setHeight(Number(payload)); break;
      case 'ready':
        canvasUsable = true;
        takeOver();
        started();
        break;
      case 'cursor': canvas.style.cursor = payload; break;
      case 'edit': mirror.focus(payload); break;
      case 'open': if (!openLink(payload)) window.open(payload, '_blank', 'noopener,noreferrer'); break;
      case 'error': stopCanvas('doc.no_webgl'); break;
      case 'lost': stopCanvas('doc.context_lost'); break;
      case 'gl': // the context came back after a loss, with every GL object rebuilt
        canvasUsable = true;
        canvasProblem = null;
        present();
        break;
    }
  }

  // The reader's figures, computed, where the link asked for others than the page holds: the
  // live document replaces the written one at once, before any canvas.
  function showDocument(json) {
    mirror.update(json);
    if (!pending) return;
    pending = false;
    document.documentElement.removeAttribute('data-widget-pending');
    doc.removeAttribute('aria-busy');
    if (!tookOver) mirror.setMode('document');
  }

  // The canvas takes over from the document, or the document from the written one, in one task:
  // no frame shows neither. What the reader was looking at stays where it was: the part of the
  // widget at the top of the window keeps its place on screen, whatever moved above it.
  function takeOver() {
    var kept = null, before = 0;
    if (window.parent === window) {
      var parts = doc.querySelectorAll('[data-block]');
      for (var i = 0; i < parts.length && !kept; ++i) {
        var box = parts[i].getBoundingClientRect();
        if (box.bottom > 0 && box.height > 0) { kept = parts[i]; before = box.top; }
      }
    }
    tookOver = true;
    if (liveDocument) showDocument(liveDocument);
    liveDocument = null;
    settled();
    present();
    if (kept && doc.contains(kept) && window.scrollY > 0) window.scrollBy(0, kept.getBoundingClientRect().top - before);
  }

  // The module has computed the reader's figures, or will not: nothing is pending any more.
  function settled() {
    tookOver = true;
    document.documentElement.removeAttribute('data-widget-pending');
    doc.removeAttribute('aria-busy');
  }

  function started() {
    announce(); // a link's notices, if any
    resolveReady(getState());
  }

  // The module runs, the canvas cannot: the document stands in, live.
  function stopCanvas(reason) {
    canvasUsable = false;
    canvasProblem = reason;
    if (liveDocument) mirror.update(liveDocument);
    liveDocument = null;
    settled();
    present();
    if (state) started();
  }

  // The module trapped: it is never called again. The document it last wrote stays, with its
  // figures, every fold open and its controls disabled, under a line saying what happened.
  function stopModule(error) {
    if (stopped) return;
    stopped = error instanceof Error ? error : new Error(String(error));
    if (engine) engine.stop();
    engine = null;
    canvasUsable = false;
    clearTimeout(announceTimer);
    clearTimeout(urlTimer);
    settled();
    canvas.hidden = true;
    mirror.stop();
    showNote(stoppedText);
    status.textContent = stoppedText;
    rejectReady(stopped);
    events.dispatchEvent(new CustomEvent('error', { detail: { message: stopped.message } }));
    if (window.console) console.error('ai-cost widget stopped:', stopped);
  }

  // The module could not start: the page keeps the document it was written with.
  function failed(reason) {
    settled();
    canvas.hidden = true;
    mirror.setMode('static');
    var line = document.getElementById('w:failed');
    if (line) line.hidden = false;
    rejectReady(new Error(reason));
  }

  // --- pointer input --------------------------------------------------------------------------------
  function local(e) {
    var rect = canvas.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  }
  var MOVE = 0, PRESS = 1, RELEASE = 2, LEAVE = 3;
  function pointer(kind, xy, button) {
    send('pointer', [kind, xy ? xy[0] : 0, xy ? xy[1] : 0, button || 0]);
  }

  // A finger is held back until it shows intent: a sideways drag drives a slider, a vertical one
  // scrolls the article (the browser takes it, see touch-action), a tap is a click.
  var touch = null;
  canvas.addEventListener('pointerdown', function (e) {
    if (!engine) return;
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
    if (!engine) return;
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
    if (!engine) return;
    if (e.pointerType === 'touch') endTouch(e, false);
    else if (e.button === 0) pointer(RELEASE, local(e), 0);
  });
  canvas.addEventListener('pointercancel', function (e) { if (engine) endTouch(e, true); });
  canvas.addEventListener('pointerleave', function (e) {
    if (engine && e.pointerType !== 'touch' && !canvas.hasPointerCapture(e.pointerId)) pointer(LEAVE);
  });

  // --- size and pixel ratio -------------------------------------------------------------------------
  // Only the width, the pixel ratio and the screen's height matter: the widget sets its own
  // height, and the share bar opening below it must not cost frames.
  var lastWidth = 0, lastRatio = 0, lastScreen = 0;
  function screenHeight() { return (window.screen && screen.height) || window.innerHeight; }
  function resize() {
    layStrips();
    var width = root.clientWidth, ratio = window.devicePixelRatio || 1, tall = screenHeight();
    if (!watching || (width === lastWidth && ratio === lastRatio && tall === lastScreen)) return;
    lastWidth = width;
    lastRatio = ratio;
    lastScreen = tall;
    send('resize', [width, ratio, tall]);
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
  var observer = new ResizeObserver(resize);
  try { observer.observe(root, { box: 'device-pixel-content-box' }); } catch (e) { observer.observe(root); }
  window.addEventListener('resize', resize); // a phone turned: another screen height

  // --- the part on screen ---------------------------------------------------------------------------
  // The canvas covers only a band of the widget around the reader's screen (wasm/web/main.cpp):
  // the page tells the module which part is on screen. Strips laid across the widget, each watched
  // by an IntersectionObserver, say it, and only when the reader scrolls: against the top-level
  // window even inside a cross-origin iframe, with no help from the host page.
  var STRIP = 200; // CSS px
  var strips = document.createElement('div');
  strips.className = 'widget-strips';
  strips.setAttribute('aria-hidden', 'true');
  root.appendChild(strips);
  var onScreen = new Map(); // strip → the part of it on screen: [top, bottom], CSS px from its top
  var view = [0, 0]; // top and height of the widget's part on screen; [0, 0] while none is
  var thresholds = [];
  for (var t = 0; t <= 10; ++t) thresholds.push(t / 10);
  // (Every browser with WebGL 2 has IntersectionObserver; without one, the band is all of it.)
  var stripWatch = typeof IntersectionObserver === 'function' && new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      var from = e.boundingClientRect.top;
      if (e.isIntersecting) onScreen.set(e.target, [e.intersectionRect.top - from, e.intersectionRect.bottom - from]);
      else onScreen.delete(e.target);
    });
    var top = Infinity, bottom = -Infinity;
    onScreen.forEach(function (part, strip) {
      top = Math.min(top, strip.stripTop + part[0]);
      bottom = Math.max(bottom, strip.stripTop + part[1]);
    });
    view = bottom > top ? [Math.round(top), Math.round(bottom - top)] : [0, 0];
    sendView();
  }, { threshold: thresholds });
  function layStrips() {
    var height = root.clientHeight, count = Math.ceil(height / STRIP);
    if (!stripWatch) { view = [0, height]; return; }
    while (strips.children.length > count) {
      onScreen.delete(strips.lastChild);
      stripWatch.unobserve(strips.lastChild);
      strips.lastChild.remove();
    }
    for (var i = 0; i < count; ++i) {
      var strip = strips.children[i];
      if (!strip) {
        strip = strips.appendChild(document.createElement('div'));
        strip.stripTop = i * STRIP;
        strip.style.top = strip.stripTop + 'px';
        stripWatch.observe(strip);
      }
      var tall = Math.min(STRIP, height - i * STRIP) + 'px';
      if (strip.style.height !== tall) strip.style.height = tall;
    }
  }
  function sendView() {
    if (watching) send('view', view);
  }

  // --- the API ------------------------------------------------------------------------------------
  // The module sends the state after every change: the page answers from its copy (a fresh
  // object each time, so a caller may change it freely). After a stop, it is what the document
  // still shows.
  function getState() {
    return state && JSON.parse(stateJson);
  }

  // The model refuses a state text longer than this (kStateLimits, widget_state.cpp) with a
  // warning; a longer one is cut here so that it never has to be copied into the module whole.
  var MAX_STATE_CHARS = 64 * 1024;

  function setState(partial) {
    return ready.then(function () {
      var json;
      // Cycles, BigInts and nesting too deep for JSON.stringify become an unreadable state.
      try { json = JSON.stringify(partial === undefined ? {} : partial); } catch (e) { json = ''; }
      if (typeof json !== 'string') json = '';
      if (json.length > MAX_STATE_CHARS) json = json.slice(0, MAX_STATE_CHARS + 1);
      return ask('setState', [json]);
    }).then(function (after) {
      if (stopped) throw stopped;
      var next = JSON.parse(after);
      // Resolve once the new state is on screen (or soon, in a tab the browser is not painting,
      // or when it looks as it did).
      return new Promise(function (resolve) {
        var done = false;
        function finish() { if (!done) { done = true; resolve(next); } }
        (engine ? engine.shown() : Promise.resolve()).then(function () {
          requestAnimationFrame(function () { requestAnimationFrame(finish); });
        });
        setTimeout(finish, 250);
      });
    });
  }

  window.widget = {
    ready: ready,
    getState: getState,
    setState: setState,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    // Frames drawn on the canvas so far (tests and tools/bench.mjs: idle must cost none). A frame
    // identical to the one shown is not drawn, and not counted.
    framesDrawn: function () { return engine ? engine.frames() : 0; },
    // A text of the widget's interface in the current language (strings.json), for its own page.
    text: function (key) { return engine ? engine.text(key) : key; },
  };

  // --- start ----------------------------------------------------------------------------------------
  // A trap inside a frame the module drew on its own on the page (requestAnimationFrame) reaches no
  // call: it surfaces as an uncaught error.
  window.addEventListener('error', function (e) {
    if (engine && e.error instanceof WebAssembly.RuntimeError) stopModule(e.error);
  });
  forcedColors.addEventListener('change', function () { if (engine && state) present(); });

  // In an iframe sandboxed without allow-same-origin the page's origin is opaque, and fetching
  // ai-cost.wasm would be a cross-origin request most static servers refuse. A classic script is
  // not subject to CORS: load the same bytes from ai-cost.wasm.js instead.
  function wasmBinary() {
    if (window.origin !== 'null') return Promise.resolve(undefined);
    return loadScript('ai-cost.wasm.js').then(function () {
      var text = atob(window.aiCostWasmBase64);
      var bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
      delete window.aiCostWasmBase64;
      return bytes;
    });
  }

  // A script of this folder, run once loaded.
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = src;
      tag.onload = function () { resolve(); };
      tag.onerror = function () { reject(new Error(src + ' did not load')); };
      document.head.appendChild(tag);
    });
  }

  // The editors' data, read at every start from this deployment's own data/ folder: an edit on
  // the server shows at the next reload, and no link can name other data. In a sandbox (opaque
  // origin) the same texts come as scripts, as the .wasm does.
  var DATA_FILES = ['scenarios.json', 'strings.json'];

  // The editor page (editor.html) previews edited data in an iframe of this page: it sends the
  // texts, then new ones as the editor types. Only a page of this very site can: the parent must
  // be of this origin, so a foreign page that frames widget.html?preview=1 gets the published
  // data, as any embed does. Null when this page is no such preview.
  function previewParent() {
    if (new URLSearchParams(location.search).get('preview') !== '1' || window.parent === window) return null;
    try { return window.parent.location.origin === location.origin ? window.parent : null; } catch (e) { return null; }
  }
  var preview = previewParent();

  function previewData() {
    return new Promise(function (resolve) {
      window.addEventListener('message', function (event) {
        var data = event.data;
        if (event.source !== preview || event.origin !== location.origin || !data ||
            data.source !== 'ai-cost-editor' || typeof data.scenarios !== 'string' ||
            typeof data.strings !== 'string') return;
        if (!engine) resolve([data.scenarios, data.strings]);
        else send('data', [data.scenarios, data.strings]);
      });
      preview.postMessage({ source: 'ai-cost-widget', type: 'preview' }, location.origin);
    });
  }

  var early = window.aiCostFetches || {};
  function loadData() {
    if (preview) return previewData();
    return Promise.all(DATA_FILES.map(function (name, i) {
      if (window.origin !== 'null') {
        var fetched = early.data ? early.data[i] : fetch('data/' + name, { cache: 'no-cache' });
        return fetched.then(function (response) {
          if (!response.ok) throw new Error('data/' + name + ': HTTP ' + response.status);
          return response.text();
        });
      }
      var src = 'data/' + name.replace(/\.json$/, '.js');
      return loadScript(src).then(function () {
        var text = (window.aiCostData || {})[name];
        if (typeof text !== 'string') throw new Error(src + ' holds no data');
        return text;
      });
    }));
  }

  // The module widget-fetch.js compiled early (Emscripten's instantiateWasm hook).
  function instantiateEarly(imports, receive) {
    early.wasm.then(function (compiled) {
      return WebAssembly.instantiate(compiled, imports).then(function (instance) {
        receive(instance, compiled);
      });
    }).catch(function (error) {
      failed(String(error && error.message || error));
    });
    return {}; // the exports come through receive()
  }

  // Start-up runs in short tasks, each its own, so that the reader's scrolling and taps are never
  // kept waiting behind it (and an article's Lighthouse run sees no long task): a task boundary
  // lets the browser paint and handle input in between.
  function nextTask() {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { resolve(); };
      channel.port2.postMessage(null);
    });
  }

  // An embed far below the reader's screen costs nothing until the reader comes near it: within
  // half a screen (inside a cross-origin iframe the browser ignores the margin, and it starts as
  // it comes into view). The downloads and the compilation (widget-fetch.js) run meanwhile, off
  // the main thread.
  function nearView() {
    return new Promise(function (resolve) {
      if (typeof IntersectionObserver !== 'function') { resolve(); return; }
      var watch = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) { watch.disconnect(); resolve(); }
      }, { rootMargin: '50% 0px' });
      watch.observe(root);
    });
  }

  // The written document is painted before anything else runs: the reader reads while the canvas
  // starts. (A tab in the background paints nothing: it starts when shown.)
  function afterPaint() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () { setTimeout(resolve, 0); });
    });
  }

  // The permalink the model starts from: the link's query. Without a scenario or a view in it, a
  // page starts on its own (widget-ladder-fr.html is the ladder, widget-calculator-r1-nature-fr.html
  // that scenario's calculator).
  function startQuery() {
    var query = location.search.replace(/^\?/, '');
    if (!/(^|&)scenario=/.test(query) && doc.dataset.scenario) query += (query ? '&' : '') + 'scenario=' + encodeURIComponent(doc.dataset.scenario);
    if (!/(^|&)view=/.test(query) && doc.dataset.view && doc.dataset.view !== 'full') query += (query ? '&' : '') + 'view=' + encodeURIComponent(doc.dataset.view);
    return query;
  }

  // What the module starts from (widget-engine.js): the data's texts, the link, the page's language
  // and folder (permalinks name the page of the reader's scenario, language and view, in this
  // folder), the widget's width, the screen, the reader's system theme.
  function startSettings(texts) {
    var query = startQuery();
    return { scenarios: texts[0], strings: texts[1], query: query, lang: startLang(query),
             folder: location.href.split(/[?#]/)[0].replace(/[^/]*$/, ''), width: root.clientWidth,
             ratio: window.devicePixelRatio || 1, screen: screenHeight(), dark: darkQuery.matches };
  }

  // Once the state is there, the module follows the page: the part on screen, its size and pixel
  // ratio, the system's theme.
  var watching = false;
  function watch() {
    if (watching || !engine) return;
    watching = true;
    sendView();
    lastWidth = root.clientWidth;
    lastRatio = window.devicePixelRatio || 1;
    lastScreen = screenHeight();
    watchPixelRatio();
    darkQuery.addEventListener('change', function () {
      send('dark', [darkQuery.matches]);
      applyTheme();
    });
  }

  // The module in a worker, where the page can give it one: the compiled module (widget-fetch.js)
  // and the data go there, and the page's main thread only shows what comes back.
  function workerUsable() {
    return !!early.wasm && typeof Worker === 'function' && typeof OffscreenCanvas === 'function' &&
           typeof OffscreenCanvas.prototype.transferToImageBitmap === 'function' &&
           typeof ImageBitmapRenderingContext === 'function';
  }
  function startInWorker(texts) {
    return early.wasm.then(function (compiled) {
      var worker = new Worker('widget-worker.js');
      var settings = startSettings(texts);
      settings.kind = 'start';
      settings.module = compiled;
      settings.family = getComputedStyle(canvas).fontFamily;
      engine = workerEngine(worker, function () {
        engine = null;
        worker.terminate();
        startOnPage(texts);
      });
      worker.postMessage(settings);
    }, function (error) {
      failed(String(error && error.message || error));
    });
  }

  // The module on the page (a sandbox, an old browser): each step in a task of its own, so that
  // the reader's scrolling and taps are never kept waiting behind it. The type is drawn here, a
  // face per task.
  function startOnPage(texts) {
    return (moduleScript || loadScript('ai-cost.js')).then(wasmBinary).then(function (binary) {
      return window.aiCostEngine.start({
        canvas: canvas, host: host, glyphs: window.aiCostGlyphs,
        place: function (bufferWidth, bufferHeight, width, height, top) {
          window.aiCostEngine.placeElement(canvas, width, height, top);
          // Each side only when it changes: every assignment makes a new buffer (a wait on the GPU).
          if (canvas.width === bufferWidth && canvas.height === bufferHeight) return false;
          if (canvas.width !== bufferWidth) canvas.width = bufferWidth;
          if (canvas.height !== bufferHeight) canvas.height = bufferHeight;
          return true;
        },
        wasmBinary: binary,
        instantiateWasm: !binary && early.wasm ? instantiateEarly : undefined,
        onAbort: function (what) { stopModule(new Error('abort: ' + what)); },
      });
    }).then(function (started) {
      engine = pageEngine(started);
      var settings = startSettings(texts);
      settings.drawType = function (request) { return window.aiCostGlyphs.prepare(request); };
      var steps = started.steps(settings);
      return (function next() {
        var step = steps.shift();
        if (!step || stopped) return null;
        return nextTask().then(function () {
          var result = window.aiCostEngine.timed(step[0], function () {
            try { return step[1](); } catch (error) { stopModule(error); return false; }
          });
          if (result === false) return null;
          if (!result || !result.next) return next();
          return (function more() { // a job: one part per task
            return nextTask().then(function () { return window.aiCostEngine.timed(step[0], result.next) ? more() : next(); });
          })();
        });
      })();
    }, function (error) {
      failed(String(error && error.message || error));
    });
  }

  var data = loadData();
  // Emscripten's glue, for the module on the page only (a worker loads its own): early, beside
  // the data.
  var moduleScript = workerUsable() ? null : loadScript('ai-cost.js');
  if (moduleScript) moduleScript.catch(function () { /* reported when the module starts */ });
  nearView().then(afterPaint).then(function () {
    return data.then(function (texts) {
      return workerUsable() ? startInWorker(texts) : startOnPage(texts);
    }, function (error) {
      failed(String(error && error.message || error));
    });
  }).catch(function (error) {
    // A step of the page's own failed (the type could not be drawn): the document stays.
    if (window.console) console.error('ai-cost widget: the canvas could not start:', error);
    if (!stopped) stopCanvas('doc.no_webgl');
  });
})();
