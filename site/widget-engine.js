// widget-engine.js — the WebAssembly module's end of the page's protocol, in one table. The module
// runs in a worker (widget-worker.js) where the browser gives it one, so that none of its work
// blocks the reader; else on the page itself (widget.js). Either way the page's messages are the
// same: each is one call of the module (wasm/web/main.cpp), listed in CALLS, and the module's own
// messages come back through `host(kind, payload)` (wasm/web/widget_library.js).
//   aiCostEngine.start(settings)  Promise of an engine, once the module is instantiated. settings:
//     canvas   where it draws: the page's <canvas>, or a worker's OffscreenCanvas
//     host     function (kind, payload): the module's messages (widget.js lists their kinds)
//     place    function (bufferWidth, bufferHeight, cssWidth, cssHeight, cssTop): sizes the
//              drawing buffer (device px) and says where it goes; returns whether it is a new one
//     present  function (): a frame was drawn (a worker hands it to the page); optional
//     glyphs   function (request): the type (widget-glyphs.js)
//     instantiateWasm / wasmBinary / onAbort   as Emscripten takes them
//   engine.call(kind, args)   one message of the page: its answer, when it has one
//   engine.steps(start)       the start-up, as [name, step] pairs to run in order, each short enough
//     for a task of its own; a step returns false when the canvas cannot start (the module has
//     told the page why), or a job whose next() is run, a task each, until it says false.
//     start: { scenarios, strings: the data's texts, query, lang, folder, width, ratio, screen,
//              dark, drawType: function (glyph request) → optional job drawing it ahead }
//   aiCostEngine.placeElement(canvas, cssWidth, cssHeight, cssTop)   lays a canvas element over
//     the band of the widget it shows.
//   aiCostEngine.timed(name, fn)   runs fn as a User Timing measure, "ai-cost: " + name: the tools
//     a newsroom runs on its articles (DevTools, Lighthouse's traces) say what each step cost, in
//     the thread that ran it.
(function (global) {
  'use strict';

  // Strings cross into the module's memory; `fn` gets their addresses. The browser's encoder
  // writes them (the data files are tens of kilobytes: Emscripten's own copy loop took a tenth of
  // the start-up), into room for the longest UTF-8 a string of that length can be.
  var encoder = new TextEncoder();
  function withStrings(m, strings, fn) {
    var pointers = [];
    try {
      strings.forEach(function (s) {
        var size = s.length * 3 + 1;
        var p = m._malloc(size);
        if (!p) throw new Error('out of memory');
        pointers.push(p);
        var written = encoder.encodeInto(s, m.HEAPU8.subarray(p, p + size - 1)).written;
        m.HEAPU8[p + written] = 0;
      });
      return fn.apply(null, pointers);
    } finally { pointers.forEach(function (p) { m._free(p); }); }
  }
  function text(m, pointer) { return m.UTF8ToString(pointer); }

  // The page's messages. Pointer kinds: 0 move, 1 press, 2 release, 3 leave (CSS px from the
  // canvas' corner).
  var CALLS = {
    act: function (m, key, value) { withStrings(m, [key], function (k) { m._widget_act(k, value); }); },
    focus: function (m, key) { withStrings(m, [key], function (k) { m._widget_focus_control(k); }); },
    pointer: function (m, kind, x, y, button) { m._widget_pointer(kind, x, y, button); },
    resize: function (m, width, ratio, screen) { m._widget_resize(width, ratio, screen); },
    view: function (m, top, height) { m._widget_view(top, height); },
    show: function (m, shown) { m._widget_show_canvas(shown ? 1 : 0); },
    dark: function (m, dark) { m._widget_set_prefers_dark(dark ? 1 : 0); },
    data: function (m, scenarios, strings) {
      withStrings(m, [scenarios, strings], function (a, b) { m._widget_set_data(a, b); });
    },
    // Answered: the new state (JSON), the live region's sentence, interface texts, frames drawn.
    setState: function (m, json) {
      return withStrings(m, [json], function (p) { return text(m, m._widget_set_state(p)); });
    },
    announce: function (m) { return text(m, m._widget_announce()); },
    text: function (m, key) { return withStrings(m, [key], function (k) { return text(m, m._widget_text(k)); }); },
    texts: function (m) { return text(m, m._widget_texts()); },
    frames: function (m) { return m._widget_frames_drawn(); },
  };

  // A lost GPU context (driver reset, too many contexts, a phone backgrounding the tab) must not
  // leave a blank box: the page shows the document ('lost'), preventDefault asks for the context
  // back, and the module answers 'gl' once it has rebuilt its GL objects.
  function watchContext(m, canvas, host) {
    canvas.addEventListener('webglcontextlost', function (event) {
      event.preventDefault();
      m._widget_set_gl(0);
      host('lost', '');
    });
    canvas.addEventListener('webglcontextrestored', function () { m._widget_set_gl(1); });
  }

  function steps(m, start) {
    var withData = function (fn) { return withStrings(m, [start.scenarios, start.strings, start.lang], fn); };
    return [
      ['strings', function () { withStrings(m, [start.strings], function (s) { m._widget_load_strings(s); }); }],
      ['scenarios', function () {
        withData(function (scenarios, strings, lang) {
          m._widget_load(scenarios, strings, lang, start.width, start.ratio, start.screen, start.dark ? 1 : 0);
        });
      }],
      // The state reaches the page through host('state') during the call.
      ['state', function () {
        withStrings(m, [start.query, start.lang, start.folder], function (q, l, f) { m._widget_start(q, l, f); });
      }],
      ['document', function () { m._widget_send_document(); }],
      // The type the layout will ask for, drawn ahead where that can be cut in steps.
      ['type', function () { return start.drawType && start.drawType(text(m, m._widget_glyph_request())); }],
      ['layout', function () { m._widget_lay_out(); }], // sizes the canvas, before its context
      ['context', function () { return m._widget_make_context() !== 0; }],
      ['renderer', function () { return m._widget_start_canvas() !== 0; }],
      ['type upload', function () { return m._widget_upload_type() !== 0; }],
      ['first frame', function () { m._widget_first_frame(); }], // host('ready') when drawn
    ];
  }

  global.aiCostEngine = {
    start: function (settings) {
      // Properties Emscripten reads by name (wasm/web/widget_library.js): quoted for Closure.
      var options = {
        'widgetHost': settings.host, 'widgetGlyphs': settings.glyphs, 'widgetCanvas': settings.canvas,
        'widgetPlace': settings.place, 'widgetPresent': settings.present, 'onAbort': settings.onAbort,
      };
      if (settings.wasmBinary) options['wasmBinary'] = settings.wasmBinary;
      if (settings.instantiateWasm) options['instantiateWasm'] = settings.instantiateWasm;
      return global.createWidgetModule(options).then(function (m) {
        watchContext(m, settings.canvas, settings.host);
        return {
          call: function (kind, args) { return CALLS[kind].apply(null, [m].concat(args || [])); },
          steps: function (start) { return steps(m, start); },
        };
      });
    },
    timed: function (name, fn) {
      var start = performance.now();
      try { return fn(); } finally {
        try { performance.measure('ai-cost: ' + name, { start: start }); } catch (e) { /* no User Timing L3 */ }
      }
    },
    placeElement: function (canvas, width, height, top) {
      var style = canvas.style, px = function (n) { return n + 'px'; };
      if (style.width !== px(width)) style.width = px(width);
      if (style.height !== px(height)) style.height = px(height);
      if (style.top !== px(top)) style.top = px(top);
    },
  };
})(self);
